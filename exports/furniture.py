"""Web page furniture: share buttons, "In bài", polls, "Cập nhật: …" stamps (outputs.md V8).

Articles copied from a news site bring the page's chrome along ("Chia sẻ lên twitter … In bài ·
Gửi cho bạn bè"). The house-style checker flags it (rule VN-S04) so the journalist deletes it;
until then, a paragraph made only of such furniture must never print. The list mirrors the
VN-S04 tokens of ``resources/packs/vi-newsroom.toml`` plus the English equivalents, kept here so
printing does not depend on loading a house-style pack.

Only whole paragraphs (every line of them) are recognised: a sentence that merely mentions
"In bài" is the journalist's text and stays.
"""

from __future__ import annotations

import re

from .document import Part

VI_TOKENS = (
    "Chia sẻ lên facebook", "Chia sẻ lên twitter", "Chia sẻ lên zing me", "Chia sẻ lên zalo", "Chia sẻ",
    "Chia sẻ bài viết", "In bài", "In bài viết", "Gửi cho bạn bè", "Gửi bài viết", "Thăm dò khán giả",
    "Dòng sự kiện", "Lịch phát sóng", "Bình luận", "Tin liên quan", "Tin cùng chuyên mục", "Tin mới nhất",
    "Xem thêm", "Bình chọn", "Đọc tiếp", "Quay lại", "Lên đầu trang", "Theo dõi chúng tôi", "Trở về đầu trang",
)
EN_TOKENS = (
    "Share", "Share this", "Share this article", "Share on Facebook", "Share on Twitter", "Share on X",
    "Print", "Print article", "Print this article", "Email this article", "Email to a friend",
    "Send to a friend", "Related articles", "Related stories", "Read more", "Comments", "Leave a comment",
    "Back to top", "Follow us", "Most read", "Advertisement",
)
_TOKENS = frozenset(t.casefold() for t in VI_TOKENS + EN_TOKENS)

# Stamps and link lists that make up a whole line of web chrome.
_LINE_PATTERNS = tuple(re.compile(p, re.IGNORECASE) for p in (
    r"\|?\s*Lịch phát sóng.*",
    r"(?:Cập nhật|Updated|Last updated)\s*:?\s*\d{1,2}:\d{2}.{0,40}",
    r"(?:Cập nhật|Updated|Last updated)\s*:?\s*(?:Thứ\s+\w+|Chủ nhật)?[,\s]*\d{1,2}/\d{1,2}/\d{4}.{0,20}",
    r"(?:Thứ\s+\w+|Chủ nhật),\s*(?:ngày\s*)?\d{1,2}/\d{1,2}/\d{4}\s*[-–]\s*\d{1,2}:\d{2}(?:\s*\(GMT\+7\))?",
    r"(?:Tags?|Từ khóa|Từ khoá|Keywords)\s*:.{0,200}",
    r"(?:Xem thêm|Tin liên quan|Read more|Related)\s*:.{0,200}",
))
# What separates the buttons of one chrome line: "Chia sẻ lên twitter … In bài · Gửi cho bạn bè".
_SEPARATORS = re.compile(r"\s*(?:[|·•…›»/]|\.{3}|\s[-–—]\s)\s*")
_EDGES = " \t\xa0.:,;!?-–—|·•…›»«/()[]"


def _is_token(piece: str) -> bool:
    return piece.strip(_EDGES).casefold() in _TOKENS


def is_furniture_line(line: str) -> bool:
    """Whether one line is nothing but web chrome (buttons, stamps, link lists)."""
    line = " ".join(line.split())
    if not line.strip(_EDGES):
        return False
    if any(p.fullmatch(line) for p in _LINE_PATTERNS):
        return True
    pieces = [p for p in _SEPARATORS.split(line) if p.strip(_EDGES)]
    return bool(pieces) and all(_is_token(p) or any(pat.fullmatch(p.strip()) for pat in _LINE_PATTERNS)
                                for p in pieces)


def is_furniture(text: str) -> bool:
    """Whether a paragraph is only web chrome: every non-blank line of it is."""
    lines = [line for line in text.split("\n") if line.strip(_EDGES)]
    return bool(lines) and all(is_furniture_line(line) for line in lines)


# Parts furniture can hide in: the kicker and the body. The headline, sapo and byline are the
# article's own fields and always print.
FURNITURE_ROLES = ("kicker", "paragraph", "heading", "quote", "list_item")


def drop_furniture(parts: list[Part]) -> list[Part]:
    """``parts`` without the kicker and body parts that are only web chrome (used by the print layout)."""
    return [p for p in parts if not (p.role in FURNITURE_ROLES and not p.prefix and is_furniture(p.text))]
