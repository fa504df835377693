"""RJDB train (phrase, skill name) pairs for the skill linker's reranker: each row's `Skills`
names aligned to the lines of the matched resume's Skills section and of the JD's Required
Skills section, exactly as train_linker.py aligns them ("Proven talent in making critical
decisions" -> "Decision Making"). RJDB dev is never read. Writes JSON lines to stdout:

    /usr/bin/python3 models/training/rjdb_link_pairs.py > models/training/.cache/rjdb-link-pairs.jsonl
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import train_linker as T  # noqa: E402


def main() -> None:
    rows = T.load_rows("train")
    out = []
    for r, row in enumerate(rows):
        for phrase, name in T._row_pairs(row):
            out.append({"row": r, "mention": phrase, "name": name, "names": row["Skills"]})
    print(f"{len(out)} pairs from {len(rows)} RJDB train rows", file=sys.stderr)
    sys.stdout.write("\n".join(json.dumps(o) for o in out) + "\n")


if __name__ == "__main__":
    main()
