"""Pictures of image blocks, read from local files only (remote sources are never fetched)."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

# Larger files are left out rather than bloating every export.
MAX_IMAGE_BYTES = 20 * 1024 * 1024

_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)


@dataclass(frozen=True)
class Picture:
    """An image file's bytes and its media type, checked from the bytes, not the name."""

    data: bytes
    mime: str

    def data_uri(self) -> str:
        """The picture as a ``data:`` URI for a self-contained HTML page."""
        return f"data:{self.mime};base64,{base64.b64encode(self.data).decode('ascii')}"


def sniff(data: bytes) -> str | None:
    """The media type of PNG, JPEG, GIF or WebP bytes, else None (SVG and others are not embedded)."""
    for signature, mime in _SIGNATURES:
        if data.startswith(signature):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def is_remote(src: str) -> bool:
    """True for http(s) sources: they are named in metadata but never downloaded."""
    try:
        return urlparse(src.strip()).scheme.lower() in ("http", "https")
    except ValueError:  # not a URL at all ("https://[::1": an IPv6 bracket left open)
        return False


def local_path(src: str, base_dir: Path | None) -> Path | None:
    """The local file ``src`` names: a ``file:`` URL, an absolute path, or a path relative to ``base_dir``."""
    src = src.strip()
    if not src:
        return None
    try:
        parsed = urlparse(src)
    except ValueError:  # "https://[::1": not a URL, and not a file either
        return None
    if parsed.scheme.lower() == "file":
        from urllib.request import url2pathname  # with http.client and email: about 20 ms, only for a file: URL

        return Path(url2pathname(unquote(parsed.path)))
    if len(parsed.scheme) > 1:  # http:, data:, javascript:, ... (a one-letter scheme is a drive)
        return None
    path = Path(src)
    if path.is_absolute():
        return path
    return base_dir / path if base_dir is not None else None


def load_picture(src: str, base_dir: Path | None = None) -> Picture | None:
    """The picture at ``src`` when it is a readable local PNG, JPEG, GIF or WebP file, else None."""
    path = local_path(src, base_dir)
    if path is None:
        return None
    try:
        if not path.is_file() or path.stat().st_size > MAX_IMAGE_BYTES:
            return None
        data = path.read_bytes()
    except (OSError, ValueError):
        return None
    mime = sniff(data)
    return Picture(data, mime) if mime else None
