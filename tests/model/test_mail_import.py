"""Opening a received message: the attached .article comes back exactly; without one, the HTML
part (hostile markup neutralised) or the plain text becomes a new draft; anything else is one sentence."""

from __future__ import annotations

from email import policy
from email.message import EmailMessage

import pytest

from editor.model import article_file as af
from editor.model.article import Article, Block, Mark
from editor.model.file_io import MAX_FILE_BYTES, ArticleFileError, error_sentence
from editor.model.mail_import import article_from_eml
from editor.resources import resource_path
from exports.email_message import article_attachment, build_message
from tests.exports.fixtures import hostile_article

HOA = "Nguyễn Văn Hòa <hoa@example.vn>"


def sample(lang: str = "vi") -> Article:
    return af.load(resource_path("samples", f"sample-{lang}.article"))


def eml(article: Article, **kw) -> bytes:
    kw.setdefault("sender", HOA)
    kw.setdefault("to", ["bich@example.vn"])
    return build_message(article, **kw).as_bytes()


def plain_message(subject: str = "", text: str | None = None, html: str | None = None,
                  files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:
    """A message as another mail program would write it."""
    msg = EmailMessage(policy=policy.default)
    msg["From"] = "someone@example.org"
    msg["To"] = "desk@example.vn"
    if subject:
        msg["Subject"] = subject
    if text is not None:
        msg.set_content(text)
    if html is not None:
        if text is None:
            msg.set_content(html, subtype="html")
        else:
            msg.add_alternative(html, subtype="html")
    for name, data, mime in files:
        maintype, subtype = mime.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_attached_article_comes_back_exactly(lang):
    a = sample(lang)
    raw = eml(a, note="Gửi chị bài.", attachments=[("In bài.pdf", b"%PDF-1.4", "application/pdf"),
                                                 article_attachment(a)])
    back = article_from_eml(raw, "thu.eml")
    assert af.dumps(back) == af.dumps(a)
    assert back.id == a.id


def test_the_hostile_article_round_trips_as_its_file_does():
    a = af.loads(af.dumps(hostile_article()))
    assert af.dumps(article_from_eml(eml(a, attachments=[article_attachment(a)]))) == af.dumps(a)


def test_an_article_file_attached_by_another_program_is_found_by_its_name():
    a = sample()
    raw = plain_message("Fwd: bài", text="xem tệp", files=(("bai.article", af.dumps(a).encode(), "application/json"),))
    assert af.dumps(article_from_eml(raw)) == af.dumps(a)


def test_without_the_article_file_the_html_part_becomes_a_draft():
    a = sample()
    back = article_from_eml(eml(a, note="Chào chị,\n\nbài hội nghị đây."))
    assert back.id != a.id and back.language == "vi"
    assert back.headline == a.headline
    assert back.lede == a.lede
    assert back.dateline.source == "ANTV" and back.dateline.date == "2026-03-12"
    assert back.byline.authors == a.byline.authors and back.byline.signoff == a.byline.signoff
    texts = [b.text for b in back.body]
    assert "Chào chị," not in texts and a.kicker not in texts  # what stands above the headline is left out
    for block in a.body:
        assert block.text in texts or block.type == "quote"
    heading = next(b for b in back.body if b.type == "heading")
    assert heading.text == "Lấy người dân làm trung tâm"
    assert [b.type for b in back.body][-3:] == ["heading", "list_item", "list_item"]  # the awards


def test_english_draft_and_links_survive():
    a = sample("en")
    a.body.append(Block(type="paragraph", text="Read the report online.", marks=[
        Mark(9, 15, "link", href="https://example.org/report")]))
    back = article_from_eml(eml(a))
    assert back.language == "en" and back.headline == a.headline and back.lede == a.lede
    assert (back.dateline.place, back.dateline.source) == ("HANOI", "AD")
    last = next(b for b in back.body if b.text == "Read the report online.")
    assert [(m.type, m.href) for m in last.marks] == [("link", "https://example.org/report")]


def test_a_shortened_html_part_gives_way_to_the_whole_plain_text():
    from tests.exports.test_email_message import long_article

    big = long_article(30_000)
    back = article_from_eml(eml(big))
    assert back.headline == big.headline
    assert back.body[-1].text.endswith("Đoạn cuối cùng của bài.") or any(
        b.text == "Đoạn cuối cùng của bài." for b in back.body)


def test_hostile_html_is_neutralised():
    html = """<html><head><style>h1{color:red}</style><script>alert(1)</script></head><body>
    <p>Forwarded by a friend</p>
    <h1 onclick="alert(2)">Tin <b>nóng</b><script>alert(3)</script> hôm nay</h1>
    <p><b>(TTXVN) – Sáng nay, một vụ cháy.</b></p>
    <p>Xem <a href="javascript:alert(4)">đây</a> và <a href="https://vnexpress.net/x" onmouseover="alert(5)">đó</a>.</p>
    <iframe src="https://evil.example/"></iframe><img src="https://evil.example/t.png" onerror="alert(6)">
    <p style="background:url(javascript:alert(7))">Đoạn cuối.</p></body></html>"""
    back = article_from_eml(plain_message("Re: Fwd: Tin nóng", html=html))
    assert back.headline == "Tin nóng hôm nay"
    assert back.lede == "Sáng nay, một vụ cháy." and back.dateline.source == "TTXVN"
    assert [b.text for b in back.body] == ["Xem đây và đó.", "Đoạn cuối."]
    assert [m.href for b in back.body for m in b.marks if m.type == "link"] == ["https://vnexpress.net/x"]
    assert "alert" not in af.dumps(back) and "Forwarded" not in af.dumps(back)


def test_html_without_h1_takes_the_first_heading_or_the_subject():
    back = article_from_eml(plain_message("Re: Họp giao ban", html="<p>Mở đầu.</p><h3>Tiêu đề phụ</h3><p>Nội dung.</p>"))
    assert back.headline == "Tiêu đề phụ" and [b.text for b in back.body] == ["Mở đầu.", "Nội dung."]
    back = article_from_eml(plain_message("FW: Họp giao ban", html="<div>Nội dung <i>chính</i>.</div>"))
    assert back.headline == "Họp giao ban" and back.body[0].text == "Nội dung chính."


def test_plain_text_message():
    back = article_from_eml(plain_message("Mưa lớn ở Hà Nội", text="Sáng nay mưa lớn.\n\nNhiều tuyến phố ngập.\n"))
    assert back.headline == "Mưa lớn ở Hà Nội"
    assert [b.text for b in back.body] == ["Sáng nay mưa lớn.", "Nhiều tuyến phố ngập."]
    back = article_from_eml(plain_message(text="Heavy rain in Hanoi\n\nStreets flooded this morning.\n"))
    assert back.language == "en" and back.headline == "Heavy rain in Hanoi"
    assert [b.text for b in back.body] == ["Streets flooded this morning."]


@pytest.mark.parametrize(("data", "says"), [
    (b"", "the file is empty"),
    (b"  \n\n ", "the file is empty"),
    (b'{"format": "articledesk.article"}', "it is not an e-mail message"),
    (b"\x89PNG\r\n\x1a\n\x00\x00binary", "it is not an e-mail message"),
    (b"From: a@b.vn\nSubject: \n\n   \n", "the message has no text"),
])
def test_no_article_is_one_sentence(data, says):
    with pytest.raises(ArticleFileError) as caught:
        article_from_eml(data, "x.eml")
    assert error_sentence(caught.value) == f"“x.eml” holds no article: {says}."


def test_a_broken_or_huge_attached_article_is_refused_as_the_file_would_be():
    broken = plain_message("bài", text="x", files=(("bai.article", b'{"format": "articledesk.article", "vers', "application/json"),))
    with pytest.raises(ArticleFileError, match="“x.eml › bai.article”.*cut short"):
        article_from_eml(broken, "x.eml")
    huge = plain_message("bài", text="x", files=(("bai.article", b" " * (MAX_FILE_BYTES + 1), "application/json"),))
    with pytest.raises(ArticleFileError, match="more than the 20 MB"):
        article_from_eml(huge, "x.eml")
