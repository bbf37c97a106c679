"""The "In bài" PDF as a proof-reader checks it: words, order, running elements, columns, fonts, metadata."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from editor import __version__
from editor.model import article_file as af
from editor.model.article import Article, Block
from editor.resources import resource_path
from exports.document import Part, award_sentence, quote_credit
from exports.print_layout import PrintOptions, page_geometry, print_parts
from tests.exports.fixtures import png_bytes
from tests.exports.pdf_tools import page_pixels, pdf_fonts, pdf_info, pdf_pages, reading_order, split_running

PRINTED_ON = date(2026, 3, 13)
HEADERS = {"vi": ("ANTV", "In bài · 13/03/2026"), "en": ("AD", "Printed · March 13, 2026")}


def sample(language: str) -> Article:
    return af.load(resource_path("samples", f"sample-{language}.article"))


def render(article: Article, tmp_path: Path, name: str, **options) -> Path:
    from exports.print_pdf import render_pdf

    path = tmp_path / f"{name}.pdf"
    path.write_bytes(render_pdf(article, PrintOptions(**options), printed_on=PRINTED_ON))
    return path


def printed_text(parts: list[Part]) -> str:
    """What the parts print, in order, as one string."""
    out = []
    for part in parts:
        out.append(part.prefix + part.text)
        if part.role in ("quote", "pullquote") and quote_credit(part.attrs):
            out.append("— " + quote_credit(part.attrs))
    return " ".join(out)


def squeeze(text: str) -> str:
    """Text without white space or list bullets, for comparing reading order."""
    return "".join(c for c in text if not c.isspace() and c != "•")


def tokens(text: str) -> list[str]:
    """Words, with dashes as their own tokens (a line may break after a hyphen)."""
    return re.sub(r"([-–—])", r" \1 ", text).split()


def is_subsequence(needle: list[str], haystack: list[str]) -> bool:
    it = iter(haystack)
    return all(any(word == got for got in it) for word in needle)


def field_words(article: Article) -> list[str]:
    """Every word of every printed field of the article, in article order."""
    lang = article.base_language
    texts = [article.kicker, article.headline, article.lede]
    texts += [b.text if b.type != "image" else b.caption for b in article.body]
    for a in article.awards:
        texts.append(award_sentence(a.recipient, a.recipient_kind, a.award, a.conferred_by, a.reason, lang))
    texts += list(article.byline.authors) + [article.byline.signoff]
    return [w for t in texts for w in tokens(t)]


def running_lines(article: Article, options: PrintOptions, number: int, pages: int) -> tuple[str, str]:
    """The header and footer of page ``number``: masthead, "· headline" from page 2, draft mark, date;
    source, length and slug, page number (test_print_desk.py checks these pieces themselves)."""
    from exports.article_info import article_info
    from exports.print_layout import running_text

    text = running_text(article_info(article), options.validated(), PRINTED_ON, article)
    assert (text.masthead, text.printed) == HEADERS[article.base_language]
    headline = f"· {text.headline}" if number > 1 and text.headline else ""
    header = " ".join(t for t in (text.masthead, headline, text.draft, text.printed) if t)
    footer = " ".join(t for t in (text.source, text.desk_note, text.page_label(number, pages)) if t)
    return header, footer


def body_words(pdf: Path, article: Article, options: PrintOptions) -> tuple[list, list]:
    """(pages, body words in reading order) with the running header and footer checked and removed."""
    pages = pdf_pages(pdf)
    geo = page_geometry(options.validated(), pages[0].width, pages[0].height)
    ordered = []
    for number, page in enumerate(pages, start=1):
        header, footer = running_lines(article, options, number, len(pages))
        head, body, foot = split_running(page, header, footer)
        assert squeeze(" ".join(w.text for w in sorted(head, key=lambda w: w.x0))) == squeeze(header)
        assert squeeze(" ".join(w.text for w in sorted(foot, key=lambda w: w.x0))) == squeeze(footer)
        for w in body:  # P3: header and footer never touch body text
            assert not any(w.overlaps(h) for h in head + foot), w
            assert max(h.y1 for h in head) < w.y0 and w.y1 < min(f.y0 for f in foot)
        ordered += reading_order(body, geo.gutter_x() if options.columns == 2 else None)
    return pages, ordered


def joined(words: list, printed: str, language: str) -> str:
    """The words as one text, with a word hyphenated at a line end joined again.

    Checks each such cut: English only, and only where pyphen's dictionary allows it.
    """
    from exports.print_breaks import hyphenation_points

    out, whole, k = [], squeeze(printed), 0
    while k < len(words):
        word, after = words[k], words[k + 1] if k + 1 < len(words) else None
        if (after is not None and word.text.endswith("-") and abs(after.y0 - word.y0) > 1
                and squeeze(word.text + after.text) not in whole and squeeze(word.text[:-1] + after.text) in whole):
            left = re.search(r"[A-Za-z]+$", word.text[:-1]).group()
            right = re.match(r"[A-Za-z]+", after.text).group()
            assert language == "en" and len(left) in hyphenation_points(left + right, "en"), (word.text, after.text)
            out.append(word.text[:-1] + after.text)
            k += 2
            continue
        out.append(word.text)
        k += 1
    return " ".join(out)


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("columns", [1, 2])
def test_sample_prints_every_word_in_reading_order(qapp, tmp_path, language, columns):
    article = sample(language)
    options = PrintOptions(columns=columns)
    pdf = render(article, tmp_path, f"{language}{columns}", columns=columns)
    pages, words = body_words(pdf, article, options)
    assert len(pages) == 1
    text = joined(words, printed_text(print_parts(article, options)), language)
    assert text == unicodedata.normalize("NFC", text)
    assert squeeze(text) == squeeze(printed_text(print_parts(article, options)))
    assert is_subsequence(field_words(article), tokens(text))
    for quote in article.quotes:  # the quotes list prints as pull quotes, with the speaker
        assert squeeze(quote.text) in squeeze(text) and squeeze(quote.speaker) in squeeze(text)


def test_vietnamese_page_follows_the_house_layout(qapp, tmp_path):
    article = sample("vi")
    pdf = render(article, tmp_path, "vi")
    pages, words = body_words(pdf, article, PrintOptions())
    text = " ".join(w.text for w in words)
    assert text.startswith("Thứ Năm, 12/03/2026, 18:40 (GMT+7) Sơ kết công tác Nâng cao hiệu quả")  # V2, V3
    assert "(ANTV) – Chiều 12/3" in text  # V4: the sapo keeps the outlet marker
    by_text = {w.text: w for w in words}
    start = len("Thứ Năm, 12/03/2026, 18:40 (GMT+7)".split()) + len(article.kicker.split())
    headline = words[start:start + len(article.headline.split())]
    assert " ".join(w.text for w in headline) == article.headline
    body = words[start + len(headline):]
    assert min(w.y1 - w.y0 for w in headline) > 1.8 * max(w.y1 - w.y0 for w in body)  # the largest type
    right = pages[0].width - 20 * 72 / 25.4
    assert abs(by_text["Anh"].x1 - right) < 1 and abs(by_text["MT"].x1 - right) < 1  # V6: right-aligned
    # justified body: the first line of the first paragraph reaches the right margin too
    first_line = [w for w in words if abs(w.y0 - by_text["Theo"].y0) < 1]
    assert abs(max(w.x1 for w in first_line) - right) < 1


def test_two_columns_put_body_words_in_two_bands_after_page_one(qapp, tmp_path, corpus):
    from bench.long_article import build_long_article

    build_long_article(tmp_path / "long.article", 6000)
    article = af.load(tmp_path / "long.article")
    options = PrintOptions(columns=2)
    pdf = render(article, tmp_path, "long2", columns=2)
    pages, words = body_words(pdf, article, options)
    assert len(pages) >= 4
    geo = page_geometry(options, pages[0].width, pages[0].height)
    for number, page in enumerate(pages[1:], start=2):
        _, body, _ = split_running(page, *running_lines(article, options, number, len(pages)))
        left = [w for w in body if w.x1 <= geo.gutter_x()]
        right = [w for w in body if w.x0 >= geo.gutter_x()]
        assert left and len(left) + len(right) == len(body)  # no line crosses the gutter
        assert right or number == len(pages)  # the last page's few lines may all go in one column
    text = " ".join(w.text for w in words)
    assert text == unicodedata.normalize("NFC", text)
    assert squeeze(text) == squeeze(printed_text(print_parts(article, options)))
    assert is_subsequence(field_words(article), tokens(text))
    one_column = render(article, tmp_path, "long1")
    assert pdf.stat().st_size <= 1.2 * one_column.stat().st_size  # P9
    _, words_one = body_words(one_column, article, PrintOptions())
    assert squeeze(" ".join(w.text for w in words_one)) == squeeze(text)


def test_last_page_columns_are_balanced(qapp, tmp_path):
    article = sample("vi")
    article.body = article.body + [Block(type="paragraph", text=b.text) for b in article.body if b.type == "paragraph"]
    options = PrintOptions(columns=2)
    pdf = render(article, tmp_path, "balanced", columns=2)
    pages, words = body_words(pdf, article, options)
    geo = page_geometry(options, pages[-1].width, pages[-1].height)
    last = [w for w in words if w in pages[-1].words]
    left = max(w.y1 for w in last if w.x1 <= geo.gutter_x())
    right = max(w.y1 for w in last if w.x0 >= geo.gutter_x())
    assert abs(left - right) < 40  # within about three lines


def test_fonts_are_embedded_with_unicode_maps_and_metadata_is_set(qapp, tmp_path):
    pdf = render(sample("vi"), tmp_path, "fonts")
    fonts = pdf_fonts(pdf)
    assert fonts and all(f["emb"] == "yes" and f["uni"] == "yes" for f in fonts), fonts
    assert not any("Type 3" in f["type"] for f in fonts)
    info = pdf_info(pdf)
    assert info["Title"] == "Nâng cao hiệu quả phòng cháy, chữa cháy tại khu dân cư"
    assert info["Author"] == "Minh Thu - Đức Anh"
    assert info["Creator"] == f"ArticleDesk {__version__}"
    assert info["Page size"] == "595 x 842 pts (A4)"  # A4 by default


def test_letter_paper_and_margins(qapp, tmp_path):
    pdf = render(sample("en"), tmp_path, "letter", paper="Letter", margin_left_mm=30)
    assert pdf_info(pdf)["Page size"].startswith("612 x 792")
    words = pdf_pages(pdf)[0].words
    assert min(w.x0 for w in words) >= 30 * 72 / 25.4 - 0.5


def test_decomposed_input_prints_the_same_as_composed(qapp, tmp_path):
    article = sample("vi")
    nfd = sample("vi")
    for name in ("headline", "lede", "kicker"):  # bypass the model's NFC step
        object.__setattr__(nfd, name, unicodedata.normalize("NFD", getattr(article, name)))
    for plain, block in zip(article.body, nfd.body, strict=True):
        plain.marks, block.marks = [], []  # mark offsets count NFC code points: keep the runs out of it
        object.__setattr__(block, "text", unicodedata.normalize("NFD", block.text))
    nfc_pdf, nfd_pdf = render(article, tmp_path, "nfc"), render(nfd, tmp_path, "nfd")
    composed = [w.text for p in pdf_pages(nfc_pdf) for w in p.words]
    decomposed = [w.text for p in pdf_pages(nfd_pdf) for w in p.words]
    assert decomposed == composed
    width, height, nfc_pixels = page_pixels(nfc_pdf, tmp_path)
    assert page_pixels(nfd_pdf, tmp_path)[:2] == (width, height)
    nfd_pixels = page_pixels(nfd_pdf, tmp_path)[2]
    differ = sum(1 for a, b in zip(nfc_pixels, nfd_pixels, strict=True) if abs(a - b) > 32)
    assert differ <= 0.01 * width * height  # P5: renders the same (about 1 % tolerance)


def test_web_furniture_never_prints(qapp, tmp_path):
    article = sample("vi")
    article.body = [
        Block(type="paragraph", text="Chia sẻ lên twitter … In bài · Gửi cho bạn bè"),
        Block(type="paragraph", text="Cập nhật: 10:27, Thứ 3, 12/03/2019"),
        *article.body,
        Block(type="paragraph", text="Thăm dò khán giả"),
        Block(type="paragraph", text="Bạn đọc có thể bấm In bài để giữ bản giấy."),
    ]
    pdf = render(article, tmp_path, "furniture")
    text = " ".join(w.text for p in pdf_pages(pdf) for w in p.words)
    for chrome in ("Chia sẻ lên twitter", "Gửi cho bạn bè", "Cập nhật: 10:27", "Thăm dò khán giả"):
        assert chrome not in text
    assert "Bạn đọc có thể bấm In bài để giữ bản giấy." in text  # a sentence is the journalist's text


def test_pictures_print_with_their_caption(qapp, tmp_path):
    (tmp_path / "photo.png").write_bytes(png_bytes())
    article = sample("vi")
    article.body.insert(2, Block(type="image", src="photo.png", caption="Hội nghị sơ kết", credit="Ảnh: ANTV"))
    from exports.print_pdf import render_pdf

    pdf = tmp_path / "picture.pdf"
    pdf.write_bytes(render_pdf(article, PrintOptions(columns=2), base_dir=tmp_path, printed_on=PRINTED_ON))
    text = " ".join(w.text for p in pdf_pages(pdf) for w in p.words)
    assert "Hội nghị sơ kết (Ảnh: ANTV)" in text
    assert b"/Subtype /Image" in pdf.read_bytes()


def test_an_empty_article_prints_one_page_with_its_running_elements(qapp, tmp_path):
    pdf = render(Article.new("vi"), tmp_path, "empty", masthead="Báo Mẫu")
    pages = pdf_pages(pdf)
    assert len(pages) == 1
    assert " ".join(w.text for w in pages[0].words).startswith("Báo Mẫu")


def test_desk_profile_and_weekday_style(qapp, tmp_path):
    article = sample("vi")
    pdf = render(article, tmp_path, "desk", masthead="Báo An ninh Thủ đô", website="anninhthudo.vn",
                 weekday_style="number")
    text = " ".join(w.text for w in pdf_pages(pdf)[0].words)
    assert text.startswith("Báo An ninh Thủ đô BẢN NHÁP In bài · 13/03/2026 Thứ 5, 12/03/2026, 18:40 (GMT+7)")
    assert text.endswith("anninhthudo.vn 326 chữ · an-ninh-trat-tu Trang 1/1")


def test_bad_page_setup_is_one_sentence(qapp):
    from exports.print_layout import PrintOptionsError
    from exports.print_pdf import PrintJob

    for bad in (PrintOptions(paper="A5"), PrintOptions(columns=3), PrintOptions(margin_left_mm=200),
                replace(PrintOptions(), font_size=100)):
        with pytest.raises(PrintOptionsError) as caught:
            PrintJob(sample("vi"), bad)
        assert str(caught.value).endswith(".") and "\n" not in str(caught.value)


@pytest.mark.parametrize("columns", [1, 2])
def test_hostile_article_prints_its_text_and_nothing_else(qapp, tmp_path, columns):
    from tests.exports.fixtures import NFD, hostile_article

    pdf = render(hostile_article(), tmp_path, f"hostile{columns}", columns=columns)
    fonts = pdf_fonts(pdf)
    assert fonts and all(f["emb"] == "yes" for f in fonts)
    text = " ".join(w.text for p in pdf_pages(pdf) for w in p.words)
    assert not any(unicodedata.category(c) == "Cc" for c in text)
    assert unicodedata.normalize("NFC", NFD) in text and NFD not in text
    for field in ("headline", "kicker", "lede", "para", "heading", "quote", "item1", "caption", "award", "said"):
        assert field in text
    assert "<script>alert(1)</script>" in text  # printed as the words they are, nothing runs
