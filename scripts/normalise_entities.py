"""Give gold statements the knowledge-base id of a speaker the knowledge base has gained since they were annotated.

Guidelines §3: a known actor takes its KB id; an article-local id is for sources outside the KB. When the KB grows, a
``local:<article>:<slug>`` id becomes an actor's id when the slug names that one actor:

- a name of two words or more that is exactly the actor's name or an alias (``local:c0012:geoff-hoon``);
- a transcript speaker's title and full name, ending with exactly a person's name or alias
  (``local:<doc>:president-of-austria-heinz-fischer``), as ``scripts/build_realtext.py`` resolves speakers;
- one word that is exactly the name or an alias of an organisation or a state (``gazprom``, ``fsb``, ``austria``).

A lone surname, a news outlet (outlets are not speakers), names with ``and`` and partial matches are left alone.
The same rule runs over every split, written and real, without looking at any prediction.

    python scripts/normalise_entities.py [data/annotations]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.kb import KnowledgeBase, load_kb, name_key  # noqa: E402

SPLITS = ("train", "dev", "test", "real-train", "real-dev", "real-test")


def kb_id(kb: KnowledgeBase, slug: str) -> str | None:
    """The one actor a local slug names exactly (see the module docstring), or None."""
    name = slug.replace("-", " ")
    words = name.split()
    if not words or "and" in words:
        return None
    hits = kb.lookup(name, fuzzy=False)
    if len(hits) != 1:
        return None
    actor = kb.actors[next(iter(hits))]
    exact = {name_key(n).removeprefix("the ") for n in (actor.name, *actor.aliases)}
    key = name_key(name)
    if len(words) == 1:
        return actor.id if key in exact and actor.type in ("organisation", "state") else None
    if key in exact:
        return actor.id
    if actor.type == "person" and any(len(n.split()) >= 2 and key.endswith(" " + n) for n in exact):
        return actor.id
    return None


def main(folder: Path) -> None:
    kb = load_kb()
    changed = 0
    for name in SPLITS:
        path = folder / f"{name}.jsonl"
        if not path.is_file():
            continue
        out = []
        for line in path.read_text("utf-8").splitlines():
            rec = json.loads(line)
            touched = False
            for st in rec["statements"]:
                e = st.get("entity") or ""
                new = kb_id(kb, e.split(":", 2)[2]) if e.startswith(f"local:{rec['id']}:") else None
                if new:
                    st["entity"], touched = new, True
                    changed += 1
            out.append(json.dumps(rec, ensure_ascii=False) if touched else line)
        path.write_text("\n".join(out) + "\n", "utf-8")
    print(f"{changed} statements now carry a knowledge-base id")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "data" / "annotations")
