"""The articledesk command line."""

from editor.cli.main import main

__all__ = ["main"]
