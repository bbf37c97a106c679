"""The export formats the command line and the window offer, in one table.

Each writer takes the model article and the folder relative image paths are read from, and
returns the bytes of the file; a format with ``beside`` also takes the output's name (its stem)
and returns :class:`exports.companions.ExportFiles`, the main file and the pictures written next
to it. Writers import their modules on first use, so listing the formats costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from editor.model.article import Article

if TYPE_CHECKING:
    from exports.companions import ExportFiles
    from exports.print_layout import PrintOptions

# (article, base_dir) -> bytes; pdf also takes options=PrintOptions; a ``beside`` format takes
# name= and returns ExportFiles.
Writer = Callable[..., "bytes | ExportFiles"]


def _txt(article: Article, base_dir: Path | None) -> bytes:
    from exports.text import article_to_text

    return article_to_text(article).encode("utf-8")


def _html(article: Article, base_dir: Path | None) -> bytes:
    from exports.html import html_bytes

    return html_bytes(article, base_dir=base_dir)


def _docx(article: Article, base_dir: Path | None, masthead: str = "") -> bytes:
    from exports.docx_export import DocxOptions, article_to_docx

    return article_to_docx(article, DocxOptions(base_dir=base_dir, masthead=masthead))


def _nitf(article: Article, base_dir: Path | None, name: str = "article") -> ExportFiles:
    from exports.nitf import nitf_files

    return nitf_files(article, base_dir=base_dir, name=name)


def _eml(article: Article, base_dir: Path | None) -> bytes:
    from exports.email_message import draft_eml

    return draft_eml(article)


def _pdf(article: Article, base_dir: Path | None, options: PrintOptions | None = None) -> bytes:
    """The print layout as PDF; ``options`` None means A4, one column, default margins."""
    from exports.print_pdf import render_pdf

    return render_pdf(article, options, base_dir=base_dir)


@dataclass(frozen=True)
class ExportFormat:
    """One output format: its command-line name, file extension, label and writer."""

    key: str
    extension: str
    label: str
    write: Writer
    print_options: bool = False  # takes the page set-up (--paper, --columns)
    beside: bool = False  # writes its pictures as files beside the main one (NAME-1.jpg next to NAME.xml)
    desk_masthead: bool = False  # its page header takes the desk's masthead (masthead=), as "In bài" prints it


FORMATS: dict[str, ExportFormat] = {
    f.key: f
    for f in (
        ExportFormat("txt", ".txt", "Plain text", _txt),
        ExportFormat("html", ".html", "Web page (HTML)", _html),
        ExportFormat("docx", ".docx", "Word document (DOCX)", _docx, desk_masthead=True),
        ExportFormat("nitf", ".xml", "NITF XML for agencies", _nitf, beside=True),
        ExportFormat("eml", ".eml", "E-mail draft (.eml)", _eml),
        ExportFormat("pdf", ".pdf", "PDF for printing", _pdf, print_options=True),
    )
}
