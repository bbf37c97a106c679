"""Writes resources/vietnamese/syllables.txt, the table of well-formed Vietnamese syllables.

The table is built by the program's own parser (see editor/model/vietnamese/syllable_table.py);
run this after changing the parser or the rhyme inventory, and commit the file::

    .venv/bin/python tools/build_syllable_table.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from editor.model.vietnamese.syllable_table import TABLE_PARTS, build, table_text  # noqa: E402
from editor.resources import resource_path  # noqa: E402


def main() -> int:
    path = resource_path(*TABLE_PARTS)
    path.parent.mkdir(parents=True, exist_ok=True)
    words = build()
    path.write_bytes(table_text(words).encode("utf-8"))
    print(f"{len(words)} syllables written to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
