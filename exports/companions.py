"""Exports that are more than one file: a main file and pictures written beside it.

NITF names its photos as files next to the XML (``NAME-1.jpg`` beside ``NAME.xml``), as agency
and CMS ingest expects, instead of carrying them in base64. The writer returns
:class:`ExportFiles`; the session writes them (``editor.session.export_files``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, unquote

# ASCII characters a path segment may hold as they are (RFC 3987); ' and & are escaped too, so
# the reference reads the same inside any XML attribute.
_SAFE_ASCII = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$()*+,;=@")
# Picture types and the extension their files get (the bytes are written as they are).
EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png", "image/gif": ".gif", "image/webp": ".webp"}


@dataclass(frozen=True)
class ExportFiles:
    """The main file's bytes and the files beside it: (file name in the same folder, bytes)."""

    main: bytes
    beside: tuple[tuple[str, bytes], ...] = ()


def picture_name(stem: str, number: int, mime: str) -> str:
    """The file name of the ``number``-th picture (from 1) of the export named ``stem``: "bai-1.jpg"."""
    return f"{stem}-{number}{EXTENSIONS[mime]}"


def picture_reference(name: str) -> str:
    """``name`` as a relative reference (an IRI): "bài%20viết-1.jpg" for "bài viết-1.jpg".

    Letters outside ASCII stay readable; spaces, "%", "#", "?", quotes and the like are escaped.
    """
    return "".join(c if ord(c) > 127 or c in _SAFE_ASCII else quote(c, safe="") for c in name)


def referenced_pictures(stem: str, main: bytes) -> set[str]:
    """The picture file names of export ``stem`` that an earlier main file refers to (quoted attribute values)."""
    prefix = re.escape(picture_reference(stem).encode("utf-8"))
    pattern = re.compile(rb"""["'](%s-[0-9]+\.(?:jpg|png|gif|webp))["']""" % prefix)
    return {unquote(m.decode("utf-8", "replace")) for m in pattern.findall(main)}
