"""What the export tests share: a plain-text writer that waits, so a test can press Cancel mid-export."""

from __future__ import annotations

import threading


def slow_plain_text(monkeypatch) -> threading.Event:
    """Make the txt writer wait for the returned event (5 s at most), then give b"new"."""
    from exports import formats

    release = threading.Event()

    def slow(article, base_dir):
        release.wait(5)
        return b"new"

    monkeypatch.setitem(formats.FORMATS, "txt", formats.ExportFormat("txt", ".txt", "Plain text", slow))
    return release
