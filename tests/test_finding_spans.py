"""Underlines follow the text while the journalist types, before the new findings arrive."""

from __future__ import annotations

import random

from editor.model.house_style import Finding
from editor.qt.finding_spans import Span, is_narrow, rebase_spans, utf16_length

TEXT = "Có thành tich xuất sắc, ANTQ đưa tin.  Hết."


def span(text: str, word: str) -> Span:
    start = text.index(word)
    finding = Finding("VN-X", "error", "body", 0, start, start + len(word), word, "", (), False)
    return Span(start, start + len(word), finding)


SPANS = [span(TEXT, "tich"), span(TEXT, "ANTQ"), span(TEXT, "  ")]


def shown(spans: list[Span], text: str) -> list[str]:
    return [text[s.start:s.end] for s in spans]


def test_typing_before_a_word_moves_its_underline_and_keeps_the_others():
    at = TEXT.index("xuất")
    new = TEXT[:at] + "rất " + TEXT[at:]
    assert shown(rebase_spans(SPANS, TEXT, new), new) == ["tich", "ANTQ", "  "]


def test_typing_inside_an_underlined_word_drops_its_underline_until_the_next_check():
    at = TEXT.index("tich") + 2
    new = TEXT[:at] + "x" + TEXT[at:]
    assert shown(rebase_spans(SPANS, TEXT, new), new) == ["ANTQ", "  "]


def test_with_the_edit_the_widget_reports_every_untouched_underline_stays_on_its_word():
    rng = random.Random(7)
    for _ in range(500):
        start = rng.randrange(len(TEXT) + 1)
        removed = rng.randrange(min(4, len(TEXT) - start) + 1)
        inserted = rng.choice(["", "a", "ă ", "xyz", " "])
        new = TEXT[:start] + inserted + TEXT[start + removed:]
        kept = rebase_spans(SPANS, TEXT, new, True, (start, removed, len(inserted)))
        # before the edit (ending where it starts, too), or after it (starting where it ends)
        untouched = [s for s in SPANS if s.end <= start or
                     (s.start >= start + removed and (s.start > start or removed > 0))]
        assert shown(kept, new) == shown(untouched, TEXT) or new == TEXT
        assert all(k.finding in {s.finding for s in untouched} for k in kept) or new == TEXT


def test_a_report_that_does_not_fit_the_change_is_not_trusted():
    new = TEXT.replace("ANTQ", "ANTQ báo")
    assert rebase_spans(SPANS, TEXT, new, True, (0, 0, 1)) == rebase_spans(SPANS, TEXT, new, True)


def test_utf16_width_of_emoji_and_vietnamese():
    assert is_narrow("Việt Nam") and utf16_length("Việt Nam") == 8
    assert not is_narrow("tin 📰") and utf16_length("tin 📰") == 6
