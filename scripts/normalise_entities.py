"""Give gold statements the knowledge-base id of a speaker the knowledge base has gained since they were annotated.

Guidelines §3: a known actor takes its KB id; an article-local id is for sources outside the KB. When the KB grows, a
``local:<article>:<slug>`` id becomes an actor's id when the slug names that one actor
(``KnowledgeBase.actor_for_slug``, the rule `pipeline evaluate` also scores links by):

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

from pipeline.kb import load_kb  # noqa: E402

SPLITS = ("train", "dev", "test", "real-train", "real-dev", "real-test")


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
                new = kb.actor_for_slug(e.split(":", 2)[2]) if e.startswith(f"local:{rec['id']}:") else None
                if new:
                    st["entity"], touched = new, True
                    changed += 1
            out.append(json.dumps(rec, ensure_ascii=False) if touched else line)
        path.write_text("\n".join(out) + "\n", "utf-8")
    print(f"{changed} statements now carry a knowledge-base id")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "data" / "annotations")
