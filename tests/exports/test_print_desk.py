"""The "In bài" PDF on screen and on the desk: links, bookmarks, language, web photos, draft mark, footer.

Read back with poppler (pdftotext, pdfinfo) as a reader's viewer sees it, and with pikepdf for
what poppler's tools do not list (link rectangles, the outline, the catalog's /Lang).
"""

from __future__ import annotations

import socket
import subprocess
import urllib.request
from dataclasses import replace
from datetime import date
from pathlib import Path

import pikepdf
import pytest

from editor.model import article_file as af
from editor.model.article import Article, Block, Mark
from editor.resources import resource_path
from exports.print_layout import PrintOptions, length_text, running_text, short_headline, slug
from tests.exports.pdf_tools import pdf_pages
from tests.tools import require_tool

PRINTED_ON = date(2026, 3, 13)
LINK_VI = "https://antv.gov.vn/phong-chay?tu=in%20bai&x=1"
LINK_EN = "mailto:desk@example.com"


def sample(language: str) -> Article:
    return af.load(resource_path("samples", f"sample-{language}.article"))


def long_article(language: str) -> Article:
    """The sample with its body four times over (two pages or more), a link and an intertitle each time."""
    article = sample(language)
    body = []
    for n in range(4):
        body.append(Block(type="heading", text=f"{'Phần' if language == 'vi' else 'Part'} {n + 1}"))
        body += [replace(b, marks=list(b.marks)) for b in article.body if b.type in ("paragraph", "quote")]
    words = body[1].text.split()
    start = len(" ".join(words[:2])) + 1
    end = start + len(" ".join(words[2:5]))
    body[1].marks = [m for m in body[1].marks if m.end <= start or m.start >= end]
    body[1].marks.append(Mark(start, end, "link", LINK_VI if language == "vi" else LINK_EN))
    article.body = body
    return article


def render(article: Article, tmp_path: Path, name: str, **options) -> Path:
    from exports.print_pdf import render_pdf

    path = tmp_path / f"{name}.pdf"
    path.write_bytes(render_pdf(article, PrintOptions(**options), printed_on=PRINTED_ON))
    return path


def page_texts(pdf: Path) -> list[str]:
    """Each page's text as pdftotext gives it (reading order, one string per page)."""
    tool = require_tool("pdftotext")
    out = subprocess.run([tool, "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True).stdout
    return out.decode("utf-8").split("\f")[:-1]


def running_words(page) -> tuple[list, list]:
    """The words level with the topmost word (the header) and with the bottom-most one (the footer)."""
    first = min(page.words, key=lambda w: w.y0)
    last = max(page.words, key=lambda w: w.y1)
    return [w for w in page.words if w.y0 < first.y1], [w for w in page.words if w.y1 > last.y0]


def top_and_bottom_lines(pdf: Path) -> list[tuple[str, str]]:
    """Every page's topmost and bottom-most line of words (the running header and footer)."""
    lines = []
    for page in pdf_pages(pdf):
        head, foot = running_words(page)
        lines.append((" ".join(w.text for w in sorted(head, key=lambda w: w.x0)),
                      " ".join(w.text for w in sorted(foot, key=lambda w: w.x0))))
    return lines


# ---------------------------------------------------------------- the running texts, without Qt


def test_running_text_has_the_desk_marks_by_default_and_each_switches_off():
    from exports.article_info import article_info

    article = sample("vi")
    info = article_info(article)
    text = running_text(info, PrintOptions(), PRINTED_ON, article)
    assert text.draft == "BẢN NHÁP"
    assert text.headline == short_headline(article.headline) and text.headline
    assert text.desk_note == f"{length_text(article.counts().words, 'vi')} · an-ninh-trat-tu"
    off = {"draft_mark": "draft", "running_headline": "headline"}
    for option, field in off.items():
        assert getattr(running_text(info, PrintOptions(**{option: False}), PRINTED_ON, article), field) == ""
    assert running_text(info, PrintOptions(footer_length=False), PRINTED_ON, article).desk_note == "an-ninh-trat-tu"
    assert "chữ" in running_text(info, PrintOptions(footer_slug=False), PRINTED_ON, article).desk_note
    assert running_text(info, PrintOptions(footer_slug=False, footer_length=False), PRINTED_ON,
                        article).desk_note == ""
    article.status = "ready"
    assert running_text(info, PrintOptions(), PRINTED_ON, article).draft == ""  # only a draft says so


def test_length_slug_and_short_headline_read_as_a_desk_writes_them():
    assert length_text(326, "vi") == "326 chữ" and length_text(12345, "vi") == "12.345 chữ"
    assert length_text(540, "en") == "540 words" and length_text(1, "en") == "1 word"
    assert length_text(2150, "en") == "2,150 words"
    assert slug("An ninh trật tự") == "an-ninh-trat-tu" and slug("Đời sống / Xã hội") == "doi-song-xa-hoi"
    assert slug("  ") == ""
    long = "Nâng cao hiệu quả phòng cháy, chữa cháy tại khu dân cư trong mùa khô hanh ở các thành phố lớn"
    short = short_headline(long)
    assert len(short) <= 61 and short.endswith("…") and long.startswith(short[:-1])
    assert short[:-1] == long[:len(short) - 1] and long[len(short) - 1] == " "  # cut between words
    assert short_headline("Ngắn gọn") == "Ngắn gọn"


def test_the_length_is_the_status_bar_count(qapp):
    article = sample("en")
    from exports.article_info import article_info

    note = running_text(article_info(article), PrintOptions(), PRINTED_ON, article).desk_note
    assert note.startswith(f"{article.counts().words} words · ")
    assert note.endswith("public-safety")


# ---------------------------------------------------------------- the PDF


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_page_has_the_draft_mark_and_the_desk_footer(qapp, tmp_path, language):
    article = long_article(language)
    pdf = render(article, tmp_path, f"desk-{language}")
    lines = top_and_bottom_lines(pdf)
    assert len(lines) >= 2
    mark = "BẢN NHÁP" if language == "vi" else "DRAFT"
    length = length_text(article.counts().words, language)
    topic = "an-ninh-trat-tu" if language == "vi" else "public-safety"
    short = short_headline(article.headline)
    for number, (head, foot) in enumerate(lines, start=1):
        assert mark in head, (number, head)
        assert foot.endswith(f"{length} · {topic} {'Trang' if language == 'vi' else 'Page'} {number}/{len(lines)}"), foot
        if number > 1:  # the outlet and the shortened headline
            assert head.startswith(f"{'ANTV' if language == 'vi' else 'AD'} · {short[:20]}"), head
        else:
            assert short[:20] not in head  # page 1 has the headline itself, under the masthead
    texts = page_texts(pdf)
    assert all(mark in t for t in texts)


def test_desk_marks_switched_off_leave_the_plain_running_elements(qapp, tmp_path):
    article = long_article("vi")
    pdf = render(article, tmp_path, "plain", draft_mark=False, running_headline=False, footer_length=False,
                 footer_slug=False)
    lines = top_and_bottom_lines(pdf)
    for number, (head, foot) in enumerate(lines, start=1):
        assert head == "ANTV In bài · 13/03/2026"
        assert foot == f"Nguồn: ANTV Trang {number}/{len(lines)}"
    assert "BẢN NHÁP" not in "".join(page_texts(pdf))


def test_a_ready_article_prints_no_draft_mark(qapp, tmp_path):
    article = sample("en")
    article.status = "ready"
    assert "DRAFT" not in page_texts(render(article, tmp_path, "ready"))[0]


def test_header_and_footer_do_not_touch_the_body(qapp, tmp_path):
    pdf = render(long_article("vi"), tmp_path, "overlap", columns=2)
    for page in pdf_pages(pdf):
        head, foot = running_words(page)
        body = [w for w in page.words if w not in head and w not in foot]
        assert body
        assert max(w.y1 for w in head) < min(w.y0 for w in body)
        assert max(w.y1 for w in body) < min(w.y0 for w in foot)
        for a in head + foot:  # the header's and footer's pieces do not run into each other
            assert not any(a is not b and a.overlaps(b) for b in head + foot), a


@pytest.mark.parametrize("columns", [1, 2])
def test_links_are_clickable_over_their_words(qapp, tmp_path, columns):
    article = long_article("vi")
    pdf = render(article, tmp_path, f"links{columns}", columns=columns)
    linked = article.body[1].text.split()[2:5]
    with pikepdf.open(pdf) as doc:
        height = float(doc.pages[0].MediaBox[3])
        links = [(n, [float(v) for v in a.Rect], str(a.A.URI)) for n, page in enumerate(doc.pages)
                 for a in page.get("/Annots", []) if a.Subtype == "/Link"]
    assert links and {uri for _, _, uri in links} == {LINK_VI}
    pages = pdf_pages(pdf)
    covered = []
    for n, (x0, y0, x1, y1), _ in links:  # PDF space: y up from the bottom
        top, bottom = height - y1, height - y0
        covered += [w.text for w in pages[n].words
                    if x0 - 1 <= (w.x0 + w.x1) / 2 <= x1 + 1 and top - 2 <= (w.y0 + w.y1) / 2 <= bottom + 2]
    assert covered == linked  # the link's words and no others, wherever the line broke


def test_pdfinfo_lists_the_link(qapp, tmp_path):
    tool = require_tool("pdfinfo")
    pdf = render(long_article("en"), tmp_path, "url")
    out = subprocess.run([tool, "-url", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert LINK_EN in out


def test_intertitles_are_bookmarks_on_their_pages(qapp, tmp_path):
    article = long_article("vi")
    pdf = render(article, tmp_path, "outline")
    headings = [b.text for b in article.body if b.type == "heading"]
    pages = pdf_pages(pdf)
    with pikepdf.open(pdf) as doc:
        assert doc.Root.PageMode == "/UseOutlines"
        height = float(doc.pages[0].MediaBox[3])
        page_of = {page.objgen: n for n, page in enumerate(doc.pages)}
        with doc.open_outline() as outline:
            items = [(item.title, page_of[item.destination[0].objgen], float(item.destination[3]))
                     for item in outline.root]
    assert [title for title, _, _ in items] == headings
    for title, page, top in items:  # the bookmark shows the intertitle at the top of the window
        words = [w for w in pages[page].words if w.text == title.split()[0]]
        assert any(0 <= w.y0 - (height - top) < 6 for w in words), (title, page, top)


@pytest.mark.parametrize(("language", "tag"), [("vi", "vi"), ("en", "en"), ("en-GB", "en-GB")])
def test_the_document_language_is_set(qapp, tmp_path, language, tag):
    article = sample(language.split("-")[0])
    article.language = language
    with pikepdf.open(render(article, tmp_path, f"lang-{language}")) as doc:
        assert str(doc.Root.Lang) == tag


def test_a_web_photo_is_never_fetched_and_prints_as_a_box(qapp, tmp_path, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the print layout tried to reach the network")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(urllib.request, "urlopen", no_network)
    vi = sample("vi")
    vi.body.insert(1, Block(type="image", src="https://example.com/anh/hoi-nghi.jpg", caption="Hội nghị sơ kết",
                            credit="ANTV"))
    en = sample("en")
    en.body.insert(1, Block(type="image", src="http://example.com/p.png", caption="The drill"))
    en.body.insert(3, Block(type="image", src="https://example.com/q.png"))
    for article, name, boxes in ((vi, "web-vi", ["[Ảnh: Hội nghị sơ kết (ANTV) — không in kèm]"]),
                                 (en, "web-en", ["[Photo: The drill — not embedded]", "[Photo — not embedded]"])):
        pdf = render(article, tmp_path, name, columns=2)
        text = " ".join(" ".join(page_texts(pdf)).split())
        for box in boxes:
            assert box in text
        assert b"/Subtype /Image" not in pdf.read_bytes()


def test_the_box_is_drawn_around_the_photo_line(qapp, tmp_path):
    """The box is ink on the page: a column of pixels above and below the box text is dark at its edges."""
    article = sample("en")
    article.body.insert(1, Block(type="image", src="https://example.com/p.png", caption="The drill"))
    pdf = render(article, tmp_path, "box")
    word = next(w for w in pdf_pages(pdf)[0].words if w.text == "[Photo:")
    tool = require_tool("pdftoppm")
    subprocess.run([tool, "-r", "72", "-gray", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(tmp_path / "box")],
                   check=True, capture_output=True)
    data = (tmp_path / "box.pgm").read_bytes()
    magic, width, height, _, pixels = data.split(maxsplit=4)
    width = int(width)
    x = int(word.x0) - 4  # inside the box, left of its centred text
    middle = int((word.y0 + word.y1) / 2)
    above = [pixels[y * width + x] for y in range(middle - 16, middle)]
    below = [pixels[y * width + x] for y in range(middle, middle + 16)]
    assert min(above) < 160 and min(below) < 160  # an edge above and below the text
    left = [pixels[middle * width + x] for x in range(int(word.x0) - 12, int(word.x0))]
    assert min(left) > 200  # and room between the box and its text
