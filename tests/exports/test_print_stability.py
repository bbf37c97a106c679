"""P10: a 500-page export ten times in one process does not crash (the PySide6 6.12 bug of outputs.md §0).

Every page costs dozens of Qt calls that return nothing (line drawing, pen and font changes,
new pages); on the broken binding each drops a reference to None and the interpreter aborts
after a few thousand. Large print (24 pt, wide margins) makes 500 pages from about 12,000
words, so the ten runs take seconds, not minutes; how many words exactly depends on the print
font, the first installed family covering Vietnamese, so the test sizes the article to it.
"""

from __future__ import annotations

import re
import sys
import time
from datetime import date

from editor.model.article import Article, Block, Byline, Dateline
from exports.print_layout import PrintOptions

LARGE_PRINT = PrintOptions(font_size=24, line_spacing=2.5, margin_left_mm=60, margin_right_mm=60,
                           margin_top_mm=60, margin_bottom_mm=60)
PRINTED_ON = date(2026, 3, 13)


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def long_article(words: int) -> Article:
    article = Article.new("vi")
    article.headline = "Bài rất dài để thử độ bền khi in"
    article.dateline = Dateline(source="ANTV", place="Hà Nội", date="2026-03-12")
    article.byline = Byline(authors=["Minh Thu"], signoff="MT")
    sentence = "Lực lượng Cảnh sát phòng cháy, chữa cháy phối hợp với chính quyền cơ sở mở rộng mô hình. "
    per_block = len(sentence.split()) * 4
    article.body = [Block(type="heading" if i % 12 == 11 else "paragraph",
                          text="Tổ liên gia an toàn" if i % 12 == 11 else sentence * 4)
                    for i in range(words // per_block)]
    return article


def test_five_hundred_pages_ten_times_in_one_process(qapp):
    from exports.print_pdf import render_pdf

    # How many words fill a page depends on the print font, which is the first installed family
    # covering Vietnamese (exports/print_fonts.py): size the article to make 500+ pages with it.
    words = 12_500
    while (made := page_count(render_pdf(long_article(words), LARGE_PRINT, printed_on=PRINTED_ON))) < 500:
        words = words * 520 // max(made, 1) + 1
    article = long_article(words)
    before = sys.getrefcount(None)
    started = time.perf_counter()
    pages = []
    for _ in range(10):
        data = render_pdf(article, LARGE_PRINT, printed_on=PRINTED_ON)
        assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
        pages.append(page_count(data))
    elapsed = time.perf_counter() - started
    assert pages[0] >= 500 and len(set(pages)) == 1, pages  # every run the same 500+ pages
    if sys.version_info < (3, 12):  # None is immortal from 3.12 on
        assert sys.getrefcount(None) >= before - 10
    print(f"\n10 exports of {pages[0]} pages: {elapsed:.1f} s")
