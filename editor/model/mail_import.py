"""Opening a received e-mail (`.eml`) as an article.

In order of preference: the attached `.article` file (read by :mod:`.article_file`, with the same
checks and size limit as opening the file itself, so the colleague's article comes back exactly);
else the HTML part, through the paste importer (:func:`.html_paste.blocks_from_html`, which drops
scripts, event handlers and links other than http, https and mailto); else the plain-text part.
From HTML or text, the headline is the first ``h1`` (else the first heading, else the Subject);
what comes before the ``h1`` (a personal note, a masthead) is left out; a bold first paragraph is
the sapo, with a "(ANTV) – " marker as the dateline's source; a date line and a bold byline the
way ArticleDesk writes them are recognised.
"""

from __future__ import annotations

import re
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

from .article import Article, Block, Byline
from .article_file import EXTENSION, from_bytes
from .dates import EN_MONTHS
from .file_io import MAX_FILE_BYTES, N_, ArticleFileError, too_large
from .html_paste import TolerantHTMLParser, blocks_from_html, blocks_from_text, clean_text

# The MIME type of an attached `.article` file (ArticleDesk writes it; a `.article` name is enough).
ARTICLE_MIME = "application/vnd.articledesk.article+json"
# Set by ArticleDesk when the HTML part had to be shortened: the plain-text part holds the whole article.
SHORTENED_HEADER = "X-ArticleDesk-Html"
# The line ArticleDesk puts between the personal note and the article in the plain-text part.
NOTE_RULE = "—" * 24

_MAIL_HEADERS = ("from", "to", "subject", "date", "message-id", "mime-version")
_REPLY_PREFIX = re.compile(r"^(?:\s*(?:re|fwd?|tr|aw|wg|sv|vs)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE)
# The sapo's dateline marker: "(ANTV) – " in Vietnamese, "HANOI (AD) — " in English.
_SOURCE_MARK = re.compile(r"^(?:(?P<place>[A-Z][A-Z.,' -]{1,40}?)\s+)?\((?P<source>[^()\n]{1,30})\)\s*[–—-]\s*")
_VI_DATE = re.compile(r"(?:(?:Thứ \w+|Chủ nhật),\s*)?(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})(?:,.*)?")
_EN_MONTHS = tuple(month.lower() for month in EN_MONTHS)
_EN_DATE = re.compile(r"(?:\w+day,\s*)?(?P<month>[A-Za-z]+)\.? (?P<d>\d{1,2}), (?P<y>\d{4})(?:,.*)?")
_SOURCE_LINE = re.compile(r"(?:Nguồn|Source):\s*\S.*")
_VIETNAMESE = re.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)


def _parse(data: bytes, name: str) -> EmailMessage:
    if not data.strip():
        raise ArticleFileError(N_("“{file}” holds no article: the file is empty."), file=name)
    msg = BytesParser(policy=policy.default).parsebytes(data)
    if not any(key in msg for key in _MAIL_HEADERS) or not isinstance(msg, EmailMessage):
        raise ArticleFileError(N_("“{file}” holds no article: it is not an e-mail message."), file=name)
    return msg


def _attached_article(msg: EmailMessage) -> tuple[str, bytes] | None:
    for part in msg.walk():
        if part.is_multipart():
            continue
        filename = part.get_filename() or ""
        if part.get_content_type() == ARTICLE_MIME or filename.lower().endswith(EXTENSION):
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                return filename or "article" + EXTENSION, payload
    return None


def _text_of(msg: EmailMessage, subtype: str) -> str | None:
    part = msg.get_body(preferencelist=(subtype,))
    if part is None or part.get_content_type() != f"text/{subtype}" or part.get_filename():
        return None
    try:
        content = part.get_content()
    except (LookupError, ValueError):  # an unknown charset or a broken encoding
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    return content if isinstance(content, str) else None


class _FirstH1(TolerantHTMLParser):
    """Finds where the first ``h1`` starts and ends (``script``/``style`` contents are not markup)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.start: tuple[int, int] | None = None
        self.end: tuple[int, int] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "h1" and self.start is None:
            self.start = self.getpos()

    def handle_endtag(self, tag: str) -> None:
        if tag == "h1" and self.start is not None and self.end is None:
            self.end = self.getpos()  # where "</h1" starts


def _offset(text: str, pos: tuple[int, int]) -> int:
    line, col = pos
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    return starts[line - 1] + col


def _split_at_h1(html: str) -> tuple[str, str] | None:
    """(the ``h1``'s text, the HTML after it), or None without an ``h1``."""
    finder = _FirstH1()
    finder.feed(html)
    finder.close()
    if finder.start is None:
        return None
    start = _offset(html, finder.start)
    end = html.find(">", _offset(html, finder.end)) + 1 if finder.end is not None else len(html)
    end = end or len(html)
    heading = " ".join(b.text for b in blocks_from_html(html[start:end]))
    return " ".join(heading.split()), html[end:]


def _fully_bold(block: Block) -> bool:
    covered = sorted((m.start, m.end) for m in block.marks if m.type == "bold")
    reach = 0
    for start, end in covered:
        if start > reach:
            return False
        reach = max(reach, end)
    return block.type == "paragraph" and bool(block.text.strip()) and reach >= len(block.text.rstrip())


def _iso_date(text: str) -> str | None:
    text = " ".join(text.split())
    match = _VI_DATE.fullmatch(text)
    if match:
        day, month, year = int(match["d"]), int(match["m"]), int(match["y"])
    else:
        match = _EN_DATE.fullmatch(text)
        if not match or match["month"].lower() not in _EN_MONTHS:
            return None
        day, month, year = int(match["d"]), _EN_MONTHS.index(match["month"].lower()) + 1, int(match["y"])
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


def _unstyled(block: Block) -> Block:
    """Without the look mail gives every link (underlined) and heading (bold): not the writer's marks."""
    links = {(m.start, m.end) for m in block.marks if m.type == "link"}
    block.marks = [m for m in block.marks if not (m.type == "underline" and (m.start, m.end) in links)
                   and not (m.type == "bold" and block.type == "heading")]
    return block


def _fill(article: Article, headline: str, blocks: list[Block]) -> Article:
    """Headline and body, with the date line, sapo and byline recognised at the edges."""
    article.headline = " ".join(clean_text(headline).split())
    blocks = [_unstyled(b) for b in blocks if b.type == "image" or b.text.strip()]
    if blocks and blocks[0].type == "paragraph" and (when := _iso_date(blocks[0].text)):
        article.dateline.date = when
        blocks.pop(0)
    if blocks and _fully_bold(blocks[0]):
        lede = blocks.pop(0).text.strip()
        marker = _SOURCE_MARK.match(lede)
        if marker:
            article.dateline.source = marker["source"].strip()
            article.dateline.place = (marker["place"] or "").strip(" ,")
            lede = lede[marker.end():]
        article.lede = lede
    while blocks and blocks[-1].type == "paragraph" and _SOURCE_LINE.fullmatch(blocks[-1].text.strip()):
        blocks.pop()
    tail = [i for i, b in enumerate(blocks) if _fully_bold(b) and len(b.text) <= 120][-1:]
    if tail and tail[0] >= len(blocks) - 2 and tail[0] > 0:
        i = tail[0]
        authors = [a.strip() for a in re.split(r" - | and |, ", blocks[i].text.strip()) if a.strip()]
        signoff = blocks[i + 1].text.strip() if i + 1 < len(blocks) and len(blocks[i + 1].text) <= 12 else ""
        article.byline = Byline(authors=authors, signoff=signoff)
        del blocks[i:]
    article.body = blocks
    return article


def _from_html(article: Article, html: str, subject: str) -> Article:
    split = _split_at_h1(html)
    if split is not None and split[0]:
        return _fill(article, split[0], blocks_from_html(split[1]))
    blocks = blocks_from_html(html)
    first = next((i for i, b in enumerate(blocks) if b.type == "heading"), None)
    if first is not None:
        return _fill(article, blocks.pop(first).text, blocks)
    return _fill(article, subject, blocks)


def _from_text(article: Article, text: str, subject: str) -> Article:
    lines = text.replace("\r\n", "\n").split("\n")
    if NOTE_RULE in lines:
        lines = lines[lines.index(NOTE_RULE) + 1:]
    blocks = blocks_from_text("\n".join(lines))
    headline = subject
    for i, block in enumerate(blocks[:2]):  # the kicker may stand above the headline
        if not subject or " ".join(block.text.split()) == subject:
            headline = block.text
            del blocks[: i + 1]
            break
    return _fill(article, headline, blocks)


def article_from_eml(data: bytes, name: str = "message.eml") -> Article:
    """The article a received message holds; raises ArticleFileError (naming ``name``) when none.

    The attached `.article` wins and comes back as it was sent (same id); otherwise a new draft is
    made from the HTML part, or else the plain-text part.
    """
    msg = _parse(data, name)
    attached = _attached_article(msg)
    if attached is not None:
        filename, raw = attached
        inner = f"{name} › {filename}"
        if len(raw) > MAX_FILE_BYTES:
            raise too_large(inner, len(raw))
        return from_bytes(raw, inner)
    subject = _REPLY_PREFIX.sub("", " ".join(clean_text(str(msg.get("subject", ""))).split()))
    html = None if msg.get(SHORTENED_HEADER) else _text_of(msg, "html")
    text = _text_of(msg, "plain")
    sample = " ".join(x for x in (subject, html or "", text or "") if x)
    article = Article.new("vi" if _VIETNAMESE.search(sample) else "en")
    if html and html.strip():
        article = _from_html(article, html, subject)
    elif text and text.strip():
        article = _from_text(article, text, subject)
    else:
        article.headline = subject
    if not article.headline and not article.lede and not article.body:
        raise ArticleFileError(N_("“{file}” holds no article: the message has no text."), file=name)
    return article
