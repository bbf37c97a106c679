"""Reading a PDF the way a proof-reader does: words with their boxes (pdftotext -bbox), fonts, metadata."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from tests.tools import require_tool

_XHTML = "{http://www.w3.org/1999/xhtml}"


@dataclass(frozen=True)
class Word:
    """One word and its box in points, from the top-left corner of the page."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float

    def overlaps(self, other: Word) -> bool:
        """Whether the two boxes share any area."""
        return self.x0 < other.x1 and other.x0 < self.x1 and self.y0 < other.y1 and other.y0 < self.y1


@dataclass
class Page:
    """The words of one page and its size."""

    width: float
    height: float
    words: list[Word]


def pdf_pages(pdf: Path) -> list[Page]:
    """Every page's words with boxes (``pdftotext -bbox``)."""
    tool = require_tool("pdftotext")
    out = subprocess.run([tool, "-bbox", str(pdf), "-"], capture_output=True, check=True).stdout
    # pdftotext writes characters outside the BMP in the <title> as broken UTF-8; the words are fine
    text = out.decode("utf-8", errors="replace")
    pages = []
    for page in ET.fromstring(text).iter(f"{_XHTML}page"):
        words = [Word(w.text or "", float(w.get("xMin")), float(w.get("yMin")), float(w.get("xMax")),
                      float(w.get("yMax"))) for w in page.iter(f"{_XHTML}word")]
        pages.append(Page(float(page.get("width")), float(page.get("height")), words))
    return pages


def split_running(page: Page, header: str, footer: str) -> tuple[list[Word], list[Word], list[Word]]:
    """(header, body, footer) words of a page: the header is the topmost words that spell ``header``
    (in any order), the footer the bottom-most that spell ``footer``."""
    n_head, n_foot = len(header.split()), len(footer.split())
    by_top = sorted(page.words, key=lambda w: w.y0)
    head = by_top[:n_head]
    rest = by_top[n_head:]
    by_bottom = sorted(rest, key=lambda w: -w.y1)
    foot = by_bottom[:n_foot]
    body = [w for w in rest if w not in foot]
    return head, body, foot


def line_text(words: list[Word]) -> str:
    """Words of one line, left to right, joined by spaces."""
    return " ".join(w.text for w in sorted(words, key=lambda w: w.x0))


def reading_order(body: list[Word], gutter_x: float | None) -> list[Word]:
    """Body words in the order a reader follows them: the full-width head, then the left column,
    then the right one; top to bottom, then left to right, within each."""
    if gutter_x is None:
        regions = {0: body}
    else:
        # The columns start at the first line right of the gutter that is not a full-width line
        # (a full-width line has words on both sides with only a word space between them).
        right_tops = []
        for line in _lines(body):
            left = [w.x1 for w in line if w.x1 <= gutter_x]
            right = [w.x0 for w in line if w.x0 >= gutter_x]
            crossing = any(w.x0 < gutter_x < w.x1 for w in line)
            if right and not crossing and (not left or min(right) - max(left) >= 12):
                right_tops.append(min(w.y0 for w in line if w.x0 >= gutter_x))
        band_top = min(right_tops) - 1 if right_tops else float("inf")
        regions = {0: [w for w in body if w.y0 < band_top],
                   1: [w for w in body if w.y0 >= band_top and w.x0 < gutter_x],
                   2: [w for w in body if w.y0 >= band_top and w.x0 >= gutter_x]}
    ordered: list[Word] = []
    for key in sorted(regions):
        for line in _lines(regions[key]):
            ordered.extend(sorted(line, key=lambda w: w.x0))
    return ordered


def _lines(words: list[Word]) -> list[list[Word]]:
    """Words grouped into lines, top to bottom (tops within 3 pt)."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: w.y0):
        if lines and word.y0 - lines[-1][0].y0 <= 3:
            lines[-1].append(word)
        else:
            lines.append([word])
    return lines


def pdf_fonts(pdf: Path) -> list[dict[str, str]]:
    """``pdffonts`` rows as dicts: name, type, emb, sub, uni."""
    tool = require_tool("pdffonts")
    lines = subprocess.run([tool, str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()
    rows = []
    for line in lines[2:]:
        parts = line.split()
        # name, type (one or two words), encoding, emb, sub, uni, object, id
        rows.append({"name": parts[0], "type": " ".join(parts[1:-6]), "emb": parts[-5], "sub": parts[-4],
                     "uni": parts[-3]})
    return rows


def pdf_info(pdf: Path) -> dict[str, str]:
    """``pdfinfo`` as a dict (Title, Author, Creator, Pages, Page size …)."""
    tool = require_tool("pdfinfo")
    out = subprocess.run([tool, "-enc", "UTF-8", str(pdf)], capture_output=True, text=True, check=True).stdout
    info = {}
    for line in out.splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


def page_pixels(pdf: Path, folder: Path, dpi: int = 70) -> tuple[int, int, bytes]:
    """The first page as grey pixels (``pdftoppm -gray``): width, height and one byte per pixel."""
    tool = require_tool("pdftoppm")
    stem = folder / pdf.stem
    subprocess.run([tool, "-r", str(dpi), "-f", "1", "-l", "1", "-gray", "-singlefile", str(pdf), str(stem)],
                   check=True, capture_output=True)
    data = stem.with_suffix(".pgm").read_bytes()
    fields = data.split(maxsplit=4)  # P5, width, height, maximum, pixels
    return int(fields[1]), int(fields[2]), fields[4]
