"""The article as an e-mail message (outputs.md §4, E1–E4): structure, Vietnamese headers, the HTML
part a mail program shows, the plain-text part, and header fields that cannot inject headers."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.header import decode_header, make_header

import pytest
from lxml import html as lhtml

from editor.model import article_file as af
from editor.model.article import Article, Block, Byline, Dateline, Mark
from editor.model.file_io import error_sentence
from editor.resources import resource_path
from exports.email_html import MAX_HTML_BYTES
from exports.email_message import HeaderError, article_attachment, attachment_name, build_message
from exports.text import article_to_text
from tests.exports.fixtures import SCRIPT, hostile_article

SEED_HEADLINE = "Nâng cao hiệu quả phòng cháy, chữa cháy tại khu dân cư"
HOA = "Nguyễn Văn Hòa <hoa@example.vn>"
PDF_NAME = "Bài viết – In bài.pdf"
ICT = timezone(timedelta(hours=7))


def sample(lang: str = "vi") -> Article:
    return af.load(resource_path("samples", f"sample-{lang}.article"))


def message(article: Article, **kw):
    kw.setdefault("sender", HOA)
    kw.setdefault("to", ["Trần Thị Bích <bich@example.vn>"])
    return build_message(article, **kw)


def reparsed(msg):
    return message_from_bytes(msg.as_bytes(), policy=policy.default)


def html_part(msg) -> str:
    return reparsed(msg).get_body(preferencelist=("html",)).get_content()


def text_part(msg) -> str:
    return reparsed(msg).get_body(preferencelist=("plain",)).get_content()


def long_article(words: int, language: str = "vi") -> Article:
    """An article of about ``words`` words in paragraphs of 100, with headings, bold and links."""
    a = sample(language)
    unit = ("phòng cháy chữa cháy khu dân cư an toàn tổ liên gia hội nghị " if language == "vi"
            else "fire safety in residential areas neighbourhood group meeting ")
    per = len(unit.split())
    a.body = []
    for i in range(words // 100):
        text = (unit * (100 // per + 1)).split()[:100]
        a.body.append(Block(type="paragraph", text=f"{i}. " + " ".join(text),
                            marks=[Mark(0, 8, "bold"), Mark(10, 20, "link", href="https://example.vn/a")]))
        if i % 10 == 9:
            a.body.append(Block(type="heading", text=f"Phần {i // 10 + 1}"))
    a.body.append(Block(type="paragraph", text="Đoạn cuối cùng của bài."))
    return a


# ----------------------------------------------------------------------------- E1 structure


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_structure_is_mixed_of_alternative_and_attachments(lang):
    a = sample(lang)
    msg = reparsed(message(a, attachments=[(PDF_NAME, b"%PDF-1.4 x", "application/pdf"), article_attachment(a)]))
    assert msg.get_content_type() == "multipart/mixed"
    alternative, *files = msg.iter_parts()
    assert alternative.get_content_type() == "multipart/alternative"
    plain, html = alternative.iter_parts()
    assert (plain.get_content_type(), plain.get_content_charset()) == ("text/plain", "utf-8")
    assert (html.get_content_type(), html.get_content_charset()) == ("text/html", "utf-8")
    assert [f.get_content_type() for f in files] == ["application/pdf", "application/vnd.articledesk.article+json"]
    assert all(f.get_content_disposition() == "attachment" for f in files)
    for name in ("Date", "Message-ID", "From", "To", "Subject"):
        assert msg[name], name
    assert msg["MIME-Version"] == "1.0"
    assert msg["Subject"] == a.headline


def test_without_attachments_it_is_still_mixed():
    msg = reparsed(message(sample()))
    assert [p.get_content_type() for p in msg.walk()] == [
        "multipart/mixed", "multipart/alternative", "text/plain", "text/html"]


def test_message_id_date_and_draft_flag():
    when = datetime(2026, 3, 12, 18, 40, tzinfo=ICT)
    msg = message(sample(), date=when)
    assert re.fullmatch(r"<[^@<>]+@example\.vn>", msg["Message-ID"])
    assert reparsed(msg)["Date"].datetime == when
    assert "X-Unsent" not in msg
    fixed = message(sample(), message_id="<abc.123@desk.example.vn>", unsent=True)
    assert fixed["Message-ID"] == "<abc.123@desk.example.vn>"
    assert fixed["X-Unsent"] == "1"
    assert message(sample(), message_id="abc@x.vn")["Message-ID"] == "<abc@x.vn>"


def test_a_draft_may_have_no_sender_or_recipient_a_message_may_not():
    draft = reparsed(build_message(sample(), sender="", to=[], unsent=True))
    assert draft["X-Unsent"] == "1" and "To" not in draft and "From" not in draft
    with pytest.raises(HeaderError) as sender:
        build_message(sample(), sender=" ", to=["a@example.vn"])
    assert sender.value.field == "from"
    with pytest.raises(HeaderError) as to:
        build_message(sample(), sender=HOA, to=[])
    assert to.value.field == "to"


# ----------------------------------------------------------------------------- E2 Vietnamese headers


def test_vietnamese_subject_names_and_file_names_round_trip_exactly():
    long_subject = SEED_HEADLINE + " — một tiêu đề rất dài để thử gập dòng trong thư điện tử tiếng Việt có dấu"
    names = ["Trần Thị Bích", "Lê, Văn \"Tí\" Tèo", "Phạm Ngọc Tài - Thanh Tùng", "Desk, Night \"Editor\""]
    to = [f'"{n.replace(chr(34), chr(92) + chr(34))}" <p{i}@example.vn>' for i, n in enumerate(names)]
    files = [PDF_NAME, SEED_HEADLINE + " – bản cuối cùng, đã duyệt (In bài).docx"]
    for subject in (SEED_HEADLINE, long_subject, "Plain ASCII subject that is long enough to be folded " * 3):
        msg = message(sample(), subject=subject, to=to, cc=["Đức Anh <ducanh@example.vn>, bt@example.vn"],
                      attachments=[(f, b"data", "application/octet-stream") for f in files])
        back = reparsed(msg)
        assert back["Subject"] == subject.strip()
        assert back["From"].addresses[0].display_name == "Nguyễn Văn Hòa"
        assert back["From"].addresses[0].addr_spec == "hoa@example.vn"
        assert [a.display_name for a in back["To"].addresses] == names
        assert [a.addr_spec for a in back["Cc"].addresses] == ["ducanh@example.vn", "bt@example.vn"]
        assert [p.get_filename() for p in back.iter_attachments()] == files
        # and as an RFC 2047 reader (Thunderbird, Outlook) decodes them: spaces between encoded words ignored
        head = msg.as_bytes().split(b"\n\n", 1)[0].decode("ascii")
        raw = dict(re.findall(r"^([\w-]+): (.*(?:\n .*)*)", head, re.MULTILINE))
        assert str(make_header(decode_header(raw["Subject"].replace("\n", "")))) == subject.strip()
        assert str(make_header(decode_header(raw["From"].replace("\n", "")))) == HOA


def test_header_lines_stay_short_so_a_reparsed_message_is_written_back_byte_for_byte():
    """The outbox stores the bytes and sends them later: re-serialising must not refold (CPython's
    folder would drop spaces between encoded words and encode the commas of the To list)."""
    names = [f"Nguyễn Thị Phương Thảo số {i} <thao{i}@example.vn>" for i in range(12)]
    msg = message(sample(), to=names, subject=SEED_HEADLINE * 3,
                  attachments=[(SEED_HEADLINE * 2 + ".pdf", b"x", "application/pdf")])
    raw = msg.as_bytes()
    head = raw.split(b"\n\n", 1)[0]
    assert max(len(line) for line in head.split(b"\n")) <= 78
    assert head.isascii() and b"\n  " not in head  # written by us, not refolded by CPython
    assert reparsed(msg).as_bytes() == raw
    assert [a.addr_spec for a in reparsed(msg)["To"].addresses] == [f"thao{i}@example.vn" for i in range(12)]


# ----------------------------------------------------------------------------- E4 header injection

INJECTIONS = [
    ("to", dict(to=["x@y.vn\r\nBcc: evil@z.vn"])),
    ("to", dict(to=["Hòa\n <x@y.vn>"])),
    ("cc", dict(cc=["x@y.vn\nBcc: evil@z.vn"])),
    ("from", dict(sender="x@y.vn\rBcc: evil@z.vn")),
    ("subject", dict(subject="Tin mới\nBcc: evil@z.vn")),
    ("subject", dict(subject="Tin\x00mới")),
    ("subject", dict(subject="Tin\tmới")),
    ("subject", dict(subject="Tin\u2028mới")),
    ("subject", dict(subject="Tin\x85mới")),
    ("attachment", dict(attachments=[("a.pdf\r\nBcc: evil@z.vn", b"x", "application/pdf")])),
    ("attachment", dict(attachments=[("bai\u202efdp.exe", b"x", "application/pdf")])),
    ("attachment", dict(attachments=[("../../etc/passwd", b"x", "text/plain")])),
    ("message_id", dict(message_id="<a@b>\r\nBcc: evil@z.vn")),
]


@pytest.mark.parametrize(("field", "kw"), INJECTIONS)
def test_control_characters_in_typed_fields_are_refused(field, kw):
    with pytest.raises(HeaderError) as caught:
        message(sample(), **kw)
    assert caught.value.field == field
    sentence = error_sentence(caught.value)
    assert sentence.endswith(".") and "\n" not in sentence and "\r" not in sentence
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize("bad", ["not an address", "a@b", "hoa@", "@example.vn", "hoa@example..vn",
                                 "Hòa <hoa@example.vn", "hoa@exa mple.vn", "a..b@example.vn", "Hòa, Tèo <x@y.vn>"])
def test_things_that_are_not_addresses_are_refused(bad):
    with pytest.raises(HeaderError, match="is not an e-mail address") as caught:
        message(sample(), to=[bad])
    assert caught.value.field == "to"


def test_no_injected_header_reaches_the_bytes_even_from_the_article():
    """A headline full of controls becomes a clean default subject; nothing adds a header."""
    a = hostile_article()
    a.headline = "Tin\r\nBcc: evil@z.vn\nX-Evil: 1 " + SCRIPT
    raw = message(a).as_bytes()
    head = raw.split(b"\n\n", 1)[0].decode("ascii")
    names = [line.split(":", 1)[0] for line in head.split("\n") if line and not line[0].isspace()]
    assert names == ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "X-Mailer", "Content-Type"]
    assert "Bcc" not in reparsed(message(a)) and "X-Evil" not in reparsed(message(a))
    assert reparsed(message(a))["Subject"].startswith("Tin Bcc: evil@z.vn X-Evil: 1 <script>")


# ----------------------------------------------------------------------------- E3 the HTML part


def _doc(msg) -> lhtml.HtmlElement:
    return lhtml.document_fromstring(html_part(msg))


def _assert_mail_safe(doc: lhtml.HtmlElement) -> None:
    assert doc.xpath("//script|//style|//link|//iframe|//object|//embed|//img|//form|//svg") == []
    assert doc.xpath("//@src|//@srcset|//@class") == []
    unstyled = [el.tag for el in doc.find("body").iter() if isinstance(el.tag, str) and el.tag != "br"
                and not el.get("style")]
    assert unstyled == []
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        assert not [k for k in el.attrib if k.lower().startswith("on")], el.attrib
        assert "url(" not in el.get("style", "") and "expression" not in el.get("style", "")
    for href in doc.xpath("//a/@href"):
        assert href.split(":", 1)[0] in ("http", "https", "mailto"), href


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_html_part_is_a_styled_single_column_article(lang, tmp_path):
    a = sample(lang)
    msg = message(a, note="Chào chị Bích,\n\nGửi chị bài hội nghị sáng nay.\nCảm ơn chị.")
    doc = _doc(msg)
    _assert_mail_safe(doc)
    assert len(html_part(msg).encode("utf-8")) < MAX_HTML_BYTES
    sheet = doc.xpath("//table[@width='600']")
    assert len(sheet) == 1 and "max-width:600px" in sheet[0].get("style")
    text = doc.find("body").text_content()
    assert text.index("Gửi chị bài hội nghị") < text.index(a.headline)  # the note comes first, apart
    h1 = doc.xpath("//h1")
    assert [h.text_content() for h in h1] == [a.headline]
    lede = doc.xpath("//p[contains(@style,'font-weight:bold')][contains(., $t)]", t=a.lede[:40])
    assert lede, "the sapo is bold"
    assert doc.xpath("//h2"), "intertitles"
    assert doc.xpath("//blockquote")
    assert doc.xpath("//ul/li")
    for block in a.body:
        if block.type == "paragraph":
            assert " ".join(block.text.split())[:60] in " ".join(text.split())
    byline = doc.xpath("//p[contains(@style,'text-align:right')][contains(@style,'font-weight:bold')]")
    assert byline and a.byline.authors[0] in byline[0].text_content()
    assert a.byline.signoff in text
    fonts = {m for style in doc.xpath("//@style") for m in re.findall(r"font-family:([^;]+)", style)}
    assert all("Arial" in f or "Times New Roman" in f for f in fonts)


def test_links_bold_and_italic_are_kept_as_mail_html():
    a = sample()
    a.body = [Block(type="paragraph", text="Xem trang Bộ Công an và thư toà soạn ngay.", marks=[
        Mark(4, 20, "link", href="https://bocongan.gov.vn/"), Mark(10, 13, "bold"), Mark(24, 32, "italic"),
        Mark(24, 32, "link", href="mailto:toasoan@example.vn")])]
    doc = _doc(message(a))
    links = doc.xpath("//a")
    assert [(x.get("href"), x.text_content()) for x in links] == [
        ("https://bocongan.gov.vn/", "trang Bộ Công an"), ("mailto:toasoan@example.vn", "thư toà ")]
    assert all("color:" in x.get("style") for x in links)
    assert doc.xpath("//a//strong[.='Bộ ']")
    assert doc.xpath("//a//em")


def test_pictures_are_a_caption_line_never_an_image(tmp_path):
    from tests.exports.fixtures import png_bytes

    (tmp_path / "p.png").write_bytes(png_bytes())
    a = sample()
    a.body.insert(0, Block(type="image", src=str(tmp_path / "p.png"), caption="Quang cảnh hội nghị", credit="ANTV",
                           alt="Hội trường"))
    a.body.insert(1, Block(type="image", src="https://example.vn/tracker.png", caption="Ảnh ngoài"))
    doc = _doc(message(a))
    _assert_mail_safe(doc)
    assert "Ảnh: Quang cảnh hội nghị (ANTV)" in doc.text_content()


def test_hostile_article_yields_no_executable_content():
    a = hostile_article()
    a.body.append(Block(type="paragraph", text="click me now please", marks=[
        Mark(0, 5, "link", href="javascript:alert(1)"), Mark(6, 8, "link", href=" JaVaScRiPt:alert(2)"),
        Mark(9, 12, "link", href='https://x.vn/" onmouseover="alert(3)'),
        Mark(13, 19, "link", href="vbscript:msgbox(4)")]))
    msg = message(a, note=SCRIPT, attachments=[(PDF_NAME, b"x", "application/pdf")])
    html = html_part(msg)
    doc = lhtml.document_fromstring(html)
    _assert_mail_safe(doc)
    assert "<script" not in html.lower() and "javascript:" not in html.lower() and "vbscript:" not in html.lower()
    assert "<img" not in html.lower() and "onerror" not in html.lower().replace("onerror=alert(2)&gt;", "")
    assert [a.get("href") for a in doc.xpath("//a") if "onmouseover" in (a.get("href") or "")] == [
        "https://x.vn/%22onmouseover=%22alert(3)"]
    assert "<script>alert(1)</script>" in doc.text_content()  # shown as text, not run


def test_a_10000_word_article_fits_whole_and_a_huge_one_is_cut_with_a_line_saying_so(tmp_path):
    big = long_article(10_000)
    msg = message(big)
    html = html_part(msg)
    assert len(html.encode("utf-8")) < MAX_HTML_BYTES
    assert "Đoạn cuối cùng của bài." in html and "X-ArticleDesk-Html" not in msg
    (tmp_path / "big.html").write_text(html, encoding="utf-8")

    huge = long_article(30_000)
    for attached, says in ((False, "phần văn bản thuần"), (True, "tệp đính kèm")):
        files = [(PDF_NAME, b"x", "application/pdf")] if attached else []
        msg = message(huge, attachments=files)
        html = html_part(msg)
        doc = lhtml.document_fromstring(html)
        assert len(html.encode("utf-8")) < MAX_HTML_BYTES
        assert msg["X-ArticleDesk-Html"] == "shortened"
        assert "Bài viết còn tiếp" in doc.text_content() and says in doc.text_content()
        assert "Đoạn cuối cùng của bài." not in html
        assert "Minh Thu - Đức Anh" in doc.text_content(), "the byline stays after the cut"
        _assert_mail_safe(doc)
        assert "Đoạn cuối cùng của bài." in text_part(msg), "the plain-text part keeps the whole article"


# ----------------------------------------------------------------------------- the text part


def test_text_part_is_the_note_then_the_wire_story():
    a = sample()
    text = text_part(message(a, note="Chào chị,\n\nbài đây."))
    note, story = text.split("\n\n" + "—" * 24 + "\n\n")
    assert note == "Chào chị,\n\nbài đây."
    assert story == article_to_text(a, blank_before_date=True)
    assert text_part(message(a)) == article_to_text(a, blank_before_date=True)
    lines = story.split("\n")
    assert a.headline in lines and a.byline.authors[0] in story
    # E3: headline, a blank line, the date, a blank line, the sapo
    at = lines.index(a.headline)
    assert lines[at + 1] == "" and lines[at + 2].startswith("Thứ Năm") and lines[at + 3] == ""
    assert lines[at + 4].startswith("(ANTV) – ")


# ----------------------------------------------------------------------------- attachment names


def test_attachment_name_is_readable_and_safe():
    a = sample()
    assert attachment_name(a, ".pdf") == SEED_HEADLINE + ".pdf"
    assert attachment_name(a, "docx") == SEED_HEADLINE + ".docx"
    a.headline = 'Hà Nội: "nóng" 40°C / TP.HCM <mưa>?\n* lần 2 | 3\\4 ...'
    assert attachment_name(a, ".pdf") == "Hà Nội nóng 40°C TP.HCM mưa lần 2 3 4.pdf"
    a.headline = "Chủ tịch " * 30
    name = attachment_name(a, ".pdf")
    assert len(name) <= 84 and name.endswith("Chủ tịch.pdf")
    assert attachment_name(Article(language="vi"), ".pdf") == "Bài viết.pdf"
    assert attachment_name(Article(language="en", headline=" ... "), ".pdf") == "Article.pdf"
    assert attachment_name(Article(headline="CON"), ".txt") == "CON_.txt"
    a.headline = "Tin\x00 nóng\u202e"
    assert attachment_name(a, ".pdf") == "Tin nóng.pdf"


def test_the_article_attachment_is_the_article_file():
    a = sample()
    name, data, mime = article_attachment(a)
    assert name == SEED_HEADLINE + ".article" and mime == "application/vnd.articledesk.article+json"
    assert data.decode("utf-8") == af.dumps(a)


def test_an_article_without_dateline_or_byline_still_makes_a_message():
    a = Article(language="en", headline="Short", dateline=Dateline(), byline=Byline())
    doc = _doc(message(a))
    _assert_mail_safe(doc)
    assert doc.xpath("//h1")[0].text_content() == "Short"


def test_a_giant_sapo_or_note_still_stays_under_the_limit():
    a = sample()
    a.lede = "Sapo rất dài. " * 12_000
    a.headline = "Tiêu đề " * 200
    msg = message(a, note="Ghi chú dài. " * 10_000)
    html = html_part(msg)
    assert len(html.encode("utf-8")) < MAX_HTML_BYTES and msg["X-ArticleDesk-Html"] == "shortened"
    doc = lhtml.document_fromstring(html)
    _assert_mail_safe(doc)
    assert "Bài viết còn tiếp" in doc.text_content() and doc.xpath("//h1")
    assert text_part(msg).count("Sapo rất dài.") == 12_000



def test_long_words_and_urls_wrap_inside_the_sheet():
    """A 2,000-letter word or a long URL wraps instead of widening the message sideways: every
    element holding text sits inside the sheet, whose inherited style lets a word break anywhere."""
    word = "Nghiêng" * 286
    url = "https://example.org/" + "thu-muc/" * 120 + "bai-viet.html"
    a = sample()
    a.headline = "Tít " + "X" * 300
    a.body = [Block(text=word), Block(text="Xem " + url, marks=[Mark(4, 4 + len(url), "link", href=url)])]
    doc = lhtml.document_fromstring(html_part(message(a)).encode())
    wraps = [el for el in doc.iter() if isinstance(el.tag, str) and "overflow-wrap:anywhere" in (el.get("style") or "")]
    assert wraps
    texts = [el for el in doc.find("body").iter() if isinstance(el.tag, str) and (el.text or "").strip()]
    assert any(word in (el.text or "") for el in texts) and any(url in (el.text or "") for el in texts)
    for el in texts:
        assert any(w in [el, *el.iterancestors()] for w in wraps), el.tag
