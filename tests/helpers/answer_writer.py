"""Test helper process: keeps answering items and reports each answer once the store has confirmed it.

Usage: answer_writer.py STORE ASSESSMENT_ID TAG [COUNT]
Prints "ready", then "saved <item> <level> <note>" after each committed answer; COUNT 0 means forever.
"""

import sys

from exportaudit.core.store import open_store


def main() -> None:
    path, assessment_id, tag = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    count = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    store = open_store(path, create=False, user=tag)
    items = [i.id for i in store.checklists.get(store.assessments.get(assessment_id).checklist_sha256).items]
    print("ready", flush=True)
    seq = 0
    while count == 0 or seq < count:
        item = items[seq % len(items)]
        level = seq % 6
        note = f"{tag}:{seq}"
        store.answers.save(assessment_id, item, level=level, na=False, note=note)
        print(f"saved {item} {level} {note}", flush=True)
        seq += 1
    store.close()


if __name__ == "__main__":
    main()
