"""The PDF's bookmarks and language, appended to QPdfWriter's bytes as an incremental update:
the same outline, language and pages as pikepdf writes, read back strictly (no repair)."""

from __future__ import annotations

import io

import pikepdf
import pytest

from exports import pdf_finish, print_pdf
from tests.exports.test_print_desk import long_article

TITLES = ["Bối cảnh (phần 1)", "a \\ b ) ( c", "Emoji 😀 và \u00ad", "  "]


def qt_bytes(monkeypatch, article) -> bytes:
    """What QPdfWriter wrote for ``article``, before finishing."""
    raw: list[bytes] = []

    def keep(data, language, bookmarks):
        raw.append(data)
        return data

    monkeypatch.setattr(print_pdf, "finish_pdf", keep)
    print_pdf.render_pdf(article)
    monkeypatch.undo()
    return raw[0]


def read(data: bytes) -> tuple:
    with pikepdf.open(io.BytesIO(data), attempt_recovery=False) as pdf:
        page_of = {page.objgen: n for n, page in enumerate(pdf.pages)}
        with pdf.open_outline() as outline:
            items = [(item.title, page_of[item.destination[0].objgen], str(item.destination[1]),
                      float(item.destination[3])) for item in outline.root]
        links = [(n, str(a.A.URI)) for n, page in enumerate(pdf.pages) for a in page.get("/Annots", [])]
        return (str(pdf.Root.get("/Lang", "")), str(pdf.Root.get("/PageMode", "")), items, len(pdf.pages), links,
                str(pdf.docinfo.get("/Title", "")))


@pytest.mark.parametrize("language", ["vi", "en-GB", ""])
def test_the_update_says_what_pikepdf_would_and_keeps_qts_bytes(qapp, monkeypatch, language):
    raw = qt_bytes(monkeypatch, long_article("vi"))
    pages = read(raw)[3]
    bookmarks = [(title, n % pages, 700.5 - 37.25 * n) for n, title in enumerate(TITLES)] + [("past the end", pages, 1)]
    finished = pdf_finish.finish_pdf(raw, language, bookmarks)
    assert finished.startswith(raw)  # Qt's objects untouched: the outline and language come after them
    assert read(finished) == read(pdf_finish._with_pikepdf(raw, language, bookmarks))
    lang, mode, items, _, _, _ = read(finished)
    assert lang == language and mode == "/UseOutlines"
    assert [title for title, _, _, _ in items] == TITLES[:3]


def test_no_bookmarks_and_no_language_leave_the_outline_out(qapp, monkeypatch):
    raw = qt_bytes(monkeypatch, long_article("en"))
    lang, mode, items, _, _, _ = read(pdf_finish.finish_pdf(raw, " ", []))
    assert (lang, mode, items) == ("", "", [])


def test_a_pdf_not_laid_out_as_qt_writes_it_is_finished_by_pikepdf(qapp, monkeypatch):
    raw = qt_bytes(monkeypatch, long_article("vi"))
    with pikepdf.open(io.BytesIO(raw)) as pdf:  # object streams and a cross-reference stream
        out = io.BytesIO()
        pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    packed = out.getvalue()
    assert pdf_finish._incremental(packed, "vi", [("Một", 0, 500.0)]) is None
    lang, mode, items, _, _, _ = read(pdf_finish.finish_pdf(packed, "vi", [("Một", 0, 500.0)]))
    assert (lang, mode, [title for title, _, _, _ in items]) == ("vi", "/UseOutlines", ["Một"])
    twice = pdf_finish.finish_pdf(pdf_finish.finish_pdf(raw, "vi", []), "en", [])  # already has a /Lang: pikepdf
    assert read(twice)[0] == "en"
