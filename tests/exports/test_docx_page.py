"""DOCX as the desk prints it: quotes kept with their attribution, the print-out's running header,
the sign-off under the byline, photos inside the margins, a footnote style (issue 14, point 6).

The python-docx tests read what Word and LibreOffice are told; the LibreOffice tests convert to
PDF and look at where things actually land on the page.
"""

from __future__ import annotations

import io
import os
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Pt
from lxml import etree

from editor.model.article import Article, Block, Quote
from editor.model.dates import article_short_date
from exports.docx_export import CREDIT_DASH, MAX_PICTURE_HEIGHT
from exports.docx_template import reference_docx
from tests.exports.fixtures import png_bytes
from tests.exports.test_docx import NOW, NS, export, part_xml, sample
from tests.tools import require, require_tool

WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
QUOTE = "Mô hình chỉ thật sự bền vững khi mỗi người dân coi an toàn của cả khu phố là việc của chính mình."
EMU_PER_TWIP = 635


def opened(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def test_block_text_keeps_with_next_and_the_attribution_starts_with_a_dash():
    a = sample()
    document = opened(export(a))
    block, source = document.styles["Block Text"], document.styles["Quote Source"]
    assert block.paragraph_format.keep_with_next is True
    assert source.paragraph_format.keep_with_next is False  # the attribution does not drag the next paragraph
    credits = [p.text for p in document.paragraphs if p.style.name == "Quote Source"]
    assert credits == [f"— {a.quotes[0].speaker}, {a.quotes[0].role}"] and CREDIT_DASH == "\u2014 "
    quoted = [i for i, p in enumerate(document.paragraphs) if p.style.name == "Quote Source"][0] - 1
    assert document.paragraphs[quoted].style.name == "Block Text"
    assert document.paragraphs[quoted].paragraph_format.keep_with_next is None  # the style's: kept
    # A quote without an attribution does not drag the next paragraph or photo onto its page.
    [unattributed] = [p for p in document.paragraphs if p.style.name == "Block Text" and p.text == a.body[4].text]
    assert unattributed.paragraph_format.keep_with_next is False


def test_the_page_header_holds_the_masthead_and_in_bai_with_the_date():
    document = opened(export(sample()))
    header = document.sections[0].header
    assert not header.is_linked_to_previous
    [paragraph] = header.paragraphs
    assert paragraph.style.name == "Header"
    assert paragraph.text == f"ANTV\tIn bài · {article_short_date(NOW.astimezone(), 'vi')}"
    assert paragraph.runs[0].text == "ANTV" and paragraph.runs[0].bold
    rule = part_xml(reference_docx(), "word/styles.xml").xpath(
        "//w:style[@w:styleId='Header']/w:pPr/w:pBdr/w:bottom/@w:val", namespaces=NS)
    assert rule == ["double"]  # the print-out's double rule under the masthead
    english = opened(export(sample("en"), masthead="The Desk Daily")).sections[0].header.paragraphs[0]
    assert english.text == f"The Desk Daily\tPrinted · {article_short_date(NOW.astimezone(), 'en')}"


def test_the_sign_off_follows_the_byline_without_a_gap():
    document = opened(export(sample()))
    byline, signoff = document.paragraphs[-2:]
    assert (byline.style.name, byline.text) == ("Author", "Minh Thu - Đức Anh")
    assert (signoff.style.name, signoff.text) == ("Sign-off", "MT")
    assert byline.style.paragraph_format.space_before == Pt(12)
    assert signoff.style.paragraph_format.space_before == 0 and signoff.style.paragraph_format.space_after == 0
    assert signoff.paragraph_format.space_before is None  # from the style, not direct formatting
    assert byline.style.paragraph_format.keep_with_next is True  # the byline never ends a page alone


@pytest.mark.parametrize(("width", "height"), [(1600, 400), (400, 1600), (3, 2)])
def test_a_picture_never_exceeds_the_text_area(tmp_path, width, height):
    (tmp_path / "p.png").write_bytes(png_bytes(width, height))
    a = sample()
    a.body.insert(1, Block(type="image", src="p.png", caption="Toàn cảnh", alt="Hội nghị"))
    for margin in (2.0, 3.5):
        data = export(a, base_dir=tmp_path, margin_cm=margin)
        section = opened(data).sections[0]
        text_width = section.page_width - section.left_margin - section.right_margin
        text_height = section.page_height - section.top_margin - section.bottom_margin
        [inline] = part_xml(data, "word/document.xml").iter(f"{WP}inline")
        extent = inline.find(f"{WP}extent")
        cx, cy = int(extent.get("cx")), int(extent.get("cy"))
        assert 0 < cx <= text_width and 0 < cy <= text_height * MAX_PICTURE_HEIGHT
        assert abs(cx / cy - width / height) < 0.01 * width / height  # proportions kept
        if width == 1600:
            assert cx == text_width  # a wide photo uses the full width
        # No wrapping distance: LibreOffice would add 0.32 cm each side and push it past the margin.
        assert [inline.get(k) for k in ("distT", "distB", "distL", "distR")] == ["0"] * 4


def test_a_footnote_style_exists_for_desks_that_use_one_d1():
    styles = opened(reference_docx()).styles
    reference, text = styles["footnote reference"], styles["footnote text"]  # Word's built-in names
    assert reference.type == WD_STYLE_TYPE.CHARACTER and reference.font.superscript
    assert text.type == WD_STYLE_TYPE.PARAGRAPH and text.font.size == Pt(10)
    assert opened(export(sample())).styles["footnote reference"].font.superscript  # kept in every export


# ------------------------------------------------------------------ LibreOffice puts it on paper


def _quote_article(lines: int, headings: int) -> Article:
    """One-line paragraphs, then a quote with its attribution near the bottom of page 1."""
    a = Article.new("vi")
    a.headline = "Thử trích dẫn cuối trang"
    a.dateline.source = "ANTV"
    a.body = [Block(type="heading", text="Tít phụ") for _ in range(headings)]
    a.body += [Block(text=f"Đoạn {i + 1} chỉ một dòng.") for i in range(lines)]
    a.body += [Block(type="quote", text=QUOTE), Block(text="Đoạn sau trích dẫn.")]
    a.quotes = [Quote(speaker="Nguyễn Văn Hòa", role="Cục trưởng", text=QUOTE)]
    return a


def _template_without_keep(folder: Path) -> Path:
    """ArticleDesk's template as it was before: Block Text without keep-with-next."""
    with zipfile.ZipFile(io.BytesIO(reference_docx())) as zf:
        files = {i.filename: zf.read(i) for i in zf.infolist()}
    styles = etree.fromstring(files["word/styles.xml"])
    for keep in styles.xpath("//w:style[@w:styleId='BlockText']/w:pPr/w:keepNext", namespaces=NS):
        keep.getparent().remove(keep)
    files["word/styles.xml"] = etree.tostring(styles, xml_declaration=True, encoding="UTF-8")
    path = folder / "without-keep.docx"
    with zipfile.ZipFile(path, "w") as zf:
        for name, blob in files.items():
            zf.writestr(name, blob)
    return path


# Enough positions of the quote around the foot of page 1 that one of them puts the page break
# between the quote and its attribution, whatever the fonts' exact line heights.
SWEEP = [(lines, headings) for lines in range(25, 35) for headings in range(3)]


@pytest.fixture(scope="module")
def on_paper(tmp_path_factory) -> dict[str, Path]:
    """PDFs from one LibreOffice run: the quote sweep with and without keep-with-next, and a photo."""
    soffice = require_tool("soffice")
    folder = tmp_path_factory.mktemp("docx-page")
    old = _template_without_keep(folder)
    docs: dict[str, Path] = {}
    for lines, headings in SWEEP:
        article = _quote_article(lines, headings)
        for kind, template in (("keep", None), ("old", old)):
            path = folder / f"{kind}-{lines}-{headings}.docx"
            path.write_bytes(export(article, template=template))
            docs[path.stem] = path
    (folder / "wide.png").write_bytes(png_bytes(1600, 400))
    photo = sample()
    photo.body.insert(1, Block(type="image", src="wide.png", caption="Toàn cảnh", credit="BT", alt="Hội nghị"))
    docs["photo"] = folder / "photo.docx"
    docs["photo"].write_bytes(export(photo, base_dir=folder))
    out = folder / "pdf"
    env = dict(os.environ, HOME=str(tmp_path_factory.mktemp("lo-home")))
    run = subprocess.run([soffice, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", str(out),
                          *(str(p) for p in docs.values())], capture_output=True, text=True, env=env, timeout=600)
    assert run.returncode == 0, run.stderr
    return {name: out / f"{name}.pdf" for name in docs}


def _page_starts(pdf: Path) -> list[str]:
    """The first line of body text on each page after the first (the running header left out)."""
    text = subprocess.run([require_tool("pdftotext"), "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    starts = []
    for page in text.split("\f")[1:]:
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        lines = [line for line in lines if line != "ANTV" and "In bài ·" not in line]
        if lines:
            starts.append(lines[0])
    return starts


def test_libreoffice_never_starts_a_page_with_a_quotes_attribution(on_paper):
    stranded_before = [key for key in SWEEP if any(s.startswith("—") for s in _page_starts(on_paper[
        "old-{}-{}".format(*key)]))]
    require(stranded_before != [], "with this machine's fonts no position of the sweep breaks before the "
                                   "attribution even without keep-with-next; widen SWEEP")
    stranded_now = [key for key in SWEEP if any(s.startswith("—") for s in _page_starts(on_paper[
        "keep-{}-{}".format(*key)]))]
    assert stranded_now == []
    for key in stranded_before:  # the quote went over with its attribution
        first = _page_starts(on_paper["keep-{}-{}".format(*key)])[0]
        assert QUOTE.startswith(first), (key, first)


def _ppm(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and RGB bytes of a binary PPM (P6) image as pdftoppm writes it."""
    fields: list[bytes] = []
    pos = 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    assert fields[0] == b"P6" and fields[3] == b"255"
    return int(fields[1]), int(fields[2]), data[pos + 1:]


def test_libreoffice_keeps_a_full_width_photo_inside_the_margins(on_paper):
    pdfimages = require_tool("pdfimages")
    listing = subprocess.run([pdfimages, "-list", str(on_paper["photo"])], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    assert len(listing) == 1 and listing[0].split()[3:5] == ["1600", "400"]
    ppm = subprocess.run([require_tool("pdftoppm"), "-r", "50", "-f", "1", "-l", "1", str(on_paper["photo"])],
                         capture_output=True, check=True).stdout
    width, height, rgb = _ppm(ppm)
    red = [(i // 3 % width, i // 3 // width) for i in range(0, len(rgb), 3)
           if rgb[i] > 200 and rgb[i + 1] < 60 and rgb[i + 2] < 60]
    xs, ys = [x for x, _ in red], [y for _, y in red]
    per_cm = width / 21.0
    margin = 2.0 * per_cm
    # The photo fills the text width and stays inside it (one pixel of anti-aliasing at 50 dpi).
    assert min(xs) >= margin - 1 and max(xs) <= width - margin + 1, (min(xs), max(xs), margin, width)
    assert max(xs) - min(xs) >= width - 2 * margin - 3
    assert min(ys) >= margin - 1 and max(ys) <= height - margin + 1


def test_the_desks_masthead_from_page_setup_heads_the_docx(qtbot, tmp_path):
    """File › Export… gives the DOCX header the masthead the desk set in Page Setup, as "In bài" prints it."""
    import shutil

    from editor.resources import resource_path
    from editor.session.article_session import ArticleSession
    from editor.session.exporting import WRITTEN, ExportChoice, ExportService
    from editor.settings import Settings

    src = tmp_path / "bài.article"
    shutil.copy(resource_path("samples", "sample-vi.article"), src)
    session = ArticleSession()
    session.open(src)
    settings = Settings(tmp_path / "settings" / "articledesk.ini")
    settings.set_value("desk/outlet", "Báo Thủ Đô")

    class View:
        def __init__(self):
            self.finished = []

        def ask_export_despite_errors(self, errors):
            return True

        def export_started(self, job, choice):
            pass

        def export_finished(self, job, choice):
            self.finished.append(job)

    view = View()
    service = ExportService(session, settings)
    job = service.export(ExportChoice("docx", tmp_path / "a.docx"), view)
    qtbot.waitUntil(lambda: job in view.finished, timeout=20000)
    assert job.outcome == WRITTEN
    header = opened((tmp_path / "a.docx").read_bytes()).sections[0].header.paragraphs[0]
    assert header.text.startswith("Báo Thủ Đô\tIn bài · ")
