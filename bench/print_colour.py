"""Even colour of the print layout (issue 14, point 2): how many justified lines are loose.

A justified line is loose when its word gaps are over twice a normal space of its font (last
lines of paragraphs and lines before a forced line break are ragged and not counted). The
articles are laid out exactly as ``articledesk export --to pdf`` lays them out, on a PDF
device at its resolution.

Run: ``.venv/bin/python bench/print_colour.py [--columns 2]``: one line per corpus article
(and the 10,000-syllable article), then the totals. The corpus text is read at run time only.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.corpus_articles import corpus_article  # noqa: E402
from bench.long_article import CORPUS, build_long_article  # noqa: E402
from editor.model import article_file as af  # noqa: E402
from editor.model.article import Article  # noqa: E402

LOOSE = 2.0  # a gap over twice a normal space


@dataclass(frozen=True)
class Colour:
    """Justified lines of one laid-out article, and how many of them are loose."""

    name: str
    justified: int
    loose: int
    worst: float  # the widest gap, in spaces

    @property
    def share(self) -> float:
        return self.loose / self.justified if self.justified else 0.0

    def __str__(self) -> str:
        return (f"{self.name:<28} {self.justified:>5} justified lines, {self.loose:>3} loose "
                f"({100 * self.share:4.1f}%), widest gap {self.worst:.2f} spaces")


def laid_out(article: Article, columns: int = 2):  # noqa: ANN201 - (PrintLayout, QPdfWriter)
    """``article`` laid out for a PDF as the export does: the layout and the writer it measured on."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPdfWriter

    from exports.print_layout import PrintOptions
    from exports.print_pdf import PDF_RESOLUTION, PrintJob, ensure_gui_application, page_layout

    ensure_gui_application()
    job = PrintJob(article, PrintOptions(columns=columns))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page_layout(job.options))
    writer.buffer = buffer  # the device writes into it until the writer goes
    return job.layout(writer), writer


def measure(article: Article, name: str = "", columns: int = 2) -> Colour:
    """Lay ``article`` out for a PDF as the export does and count its loose justified lines."""
    from exports.print_justify import Metrics, line_gaps

    laid, writer = laid_out(article, columns)
    metrics = Metrics(writer)
    gaps = [gap for piece in laid.pieces if piece.block is not None for gap in line_gaps(piece.block, metrics)]
    return Colour(name, len(gaps), sum(gap > LOOSE for gap in gaps), max(gaps, default=0.0))


def corpus_colours(columns: int = 2, long_words: int = 10_000) -> list[Colour]:
    """Every corpus article (vi and en) and the long article, measured; empty without the corpus."""
    if not CORPUS.is_dir():
        return []
    out = [measure(corpus_article(p, fresh=True), p.stem, columns)
           for lang in ("vi", "en") for p in sorted((CORPUS / lang).glob("*.json"))]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "long.article"
        build_long_article(path, long_words)
        out.append(measure(af.load(path), f"long ({long_words} words)", columns))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--columns", type=int, default=2, choices=(1, 2))
    args = parser.parse_args(argv)
    colours = corpus_colours(args.columns)
    if not colours:
        print(f"The corpus is not at {CORPUS}.")
        return 2
    for colour in colours:
        print(colour)
    justified = sum(c.justified for c in colours)
    loose = sum(c.loose for c in colours)
    print(f"{'all':<28} {justified:>5} justified lines, {loose:>3} loose ({100 * loose / justified:4.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
