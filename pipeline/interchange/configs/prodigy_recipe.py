"""Prodigy recipe for pipeline: correct attributed statements and label their stance toward the West.

Save this file as stance_recipe.py, then:

    pipeline annotate articles/*.txt --format jsonl > results.jsonl
    pipeline export results.jsonl --to prodigy --out tasks.jsonl
    prodigy stance.statements my_dataset tasks.jsonl -F stance_recipe.py
    prodigy db-out my_dataset > annotated.jsonl
    pipeline import --from prodigy annotated.jsonl --out my-annotations

One task is one statement. Correct its speaker, cue and content spans and their relations (cue to content,
labelled with the kind; cue to speaker, labelled "speaker"), pick the stance, and accept. Reject a task that is
not a statement. The entity id is the task's "entity" field (edit it in tasks.jsonl if the link is wrong).
Written for Prodigy 1.11 and later; pipeline's own tests cannot run it, since Prodigy is a paid product.
"""

import prodigy

try:  # Prodigy 1.12 and later
    from prodigy.components.stream import get_stream

    def load(source):
        return get_stream(source, dedup=False)
except ImportError:  # Prodigy 1.11
    from prodigy.components.loaders import JSONL as load

SPAN_LABELS = ["speaker", "cue", "content"]
RELATION_LABELS = ["direct", "indirect", "mixed", "according_to", "speaker"]


@prodigy.recipe(
    "stance.statements",
    dataset=("Dataset to save the answers to", "positional", None, str),
    source=("JSONL written by `pipeline export --to prodigy`", "positional", None, str),
)
def stance_statements(dataset, source):
    """One statement per task: spans and relations to correct, one stance to choose."""
    return {
        "dataset": dataset,
        "stream": load(source),
        "view_id": "blocks",
        "config": {
            "blocks": [{"view_id": "relations"}, {"view_id": "choice", "text": None}],
            "labels": RELATION_LABELS,
            "relations_span_labels": SPAN_LABELS,
            "choice_style": "single",
            # Every task of a document has the same text, so tasks, not inputs, are what must be told apart.
            "exclude_by": "task",
        },
    }
