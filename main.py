"""Run ArticleDesk from a checkout: ``python main.py [FILE]`` does what ``articledesk`` does."""

import sys

from editor.cli import main

if __name__ == "__main__":
    sys.exit(main())
