"""How the desk's house style prints data: dateline prefix, labels, bylines.

These are the article's language, not the interface's, so they live here as plain tables
rather than in Qt translations. Date lines are :mod:`editor.model.dates`'s, with every other date.
"""

from __future__ import annotations

LABELS = {
    "vi": {"awards": "Khen thưởng", "collective": "tập thể", "individual": "cá nhân", "by": "Trao tặng",
           "source": "Nguồn", "page": "Trang", "printed": "In bài", "photo": "Ảnh: ", "draft": "BẢN NHÁP", "not_embedded": "không in kèm",
           "more_attached": "… Bài viết còn tiếp. Toàn văn có trong tệp đính kèm.",
           "more_text": "… Bài viết còn tiếp. Toàn văn có trong phần văn bản thuần (plain text) của thư này."},
    "en": {"awards": "Awards", "collective": "group", "individual": "individual", "by": "Conferred by",
           "source": "Source", "page": "Page", "printed": "Printed", "photo": "Photo: ", "draft": "DRAFT", "not_embedded": "not embedded",
           "more_attached": "… The article continues; the full text is in the attached files.",
           "more_text": "… The article continues; the full text is in this message's plain-text version."},
}


def label(language: str, key: str) -> str:
    """A fixed label in the article's language (English for unknown languages)."""
    return LABELS.get(language, LABELS["en"])[key]


def dateline_prefix(source: str, place: str, language: str) -> str:
    """The lead marker before the sapo: "(ANTV) – " in Vietnamese, "HANOI (AD) — " in English."""
    source = source.strip()
    place = place.strip()
    if language == "vi":
        return f"({source}) – " if source else ""
    if place:
        # AP datelines capitalise the city only: "SACRAMENTO, Calif.", not "CALIF.".
        city, comma, rest = place.partition(",")
        place = city.upper() + comma + rest
    if place and source:
        return f"{place} ({source}) — "
    if place:
        return f"{place} — "
    return f"({source}) — " if source else ""


def byline_text(authors: list[str], language: str) -> str:
    """Authors joined the house way: "Minh Thu - Đức Anh" (vi) or "Minh Thu and Duc Anh" (en)."""
    names = [a.strip() for a in authors if a.strip()]
    if language == "vi" or len(names) < 2:
        return " - ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
