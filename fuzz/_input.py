"""Structured input from the fuzzer's bytes, the same with or without atheris (so crash files replay).

Texts are read in one of three ways picked by a byte: UTF-8 with bad bytes kept as lone surrogates,
UTF-16 code units (any BMP character, lone surrogates included, pairs for the rest), or Latin-1;
any of them may then be decomposed (NFD), so every kind of trouble is a few bytes away.
"""

from __future__ import annotations

import unicodedata


class Input:
    """Reads numbers, choices and texts off the front of ``data``; past its end everything is zero."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def byte(self) -> int:
        if self.pos >= len(self.data):
            return 0
        self.pos += 1
        return self.data[self.pos - 1]

    def int(self, below: int) -> int:
        """A number in ``range(below)`` (``below`` at most 65,536)."""
        value = self.byte() | (self.byte() << 8) if below > 256 else self.byte()
        return value % below if below else 0

    def bool(self) -> bool:
        return bool(self.byte() & 1)

    def pick(self, items):
        return items[self.int(len(items))]

    def raw(self, most: int) -> bytes:
        size = min(self.int(most + 1), len(self.data) - self.pos)
        chunk = self.data[self.pos:self.pos + size]
        self.pos += size
        return chunk

    def text(self, most: int = 200) -> str:
        how = self.byte()
        chunk = self.raw(most * (2 if how % 3 == 1 else 1))
        if how % 3 == 0:
            text = chunk.decode("utf-8", "surrogateescape")
        elif how % 3 == 1:
            text = chunk[: len(chunk) // 2 * 2].decode("utf-16-le", "surrogatepass")
        else:
            text = chunk.decode("latin-1")
        return unicodedata.normalize("NFD", text) if how & 0x80 else text

    def rest(self) -> bytes:
        chunk = self.data[self.pos:]
        self.pos = len(self.data)
        return chunk
