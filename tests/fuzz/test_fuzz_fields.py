"""The fields panel shows exactly what the article holds, whatever the text (issue 15, point 1).

Found with the body bridge's fuzzing: PySide reads a leading U+FEFF or U+FFFE of a string as a
byte-order mark, so a field opening with one showed without it, or byte-swapped into other letters
(and an edit of that field stored them).
"""

from __future__ import annotations

import re

import pytest

pytest.importorskip("hypothesis")

from hypothesis import example, given, settings  # noqa: E402

from editor.model.article import Article, Award, Byline, Dateline, Quote  # noqa: E402
from editor.ui.fields.fields_panel import FieldsPanel  # noqa: E402
from tests.fuzz.strategies import holdable_text  # noqa: E402

# What a one-line field or the headline turns into something else on purpose (line and paragraph
# breaks, and the characters Qt documents break paragraphs at): left out here.
_BREAKS = re.compile("[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\ufdd0\ufdd1]")
TEXT = holdable_text(12).map(lambda t: _BREAKS.sub("", t))


def shown(widget) -> str:
    """What a multi-line field holds, as the panel reads it back (no-break spaces kept)."""
    return widget.raw_text() if hasattr(widget, "raw_text") else widget.toPlainText()


@pytest.fixture(scope="module")
def panel(qapp):
    widget = FieldsPanel()
    yield widget
    widget.deleteLater()


@settings(max_examples=max(5, settings.default.max_examples // 2))
@given(kicker=TEXT, headline=TEXT, place=TEXT, signoff=TEXT, speaker=TEXT, quote=TEXT, recipient=TEXT)
@example(kicker="\ufeffTin", headline="\ufffeTin nóng", place="\ufeff", signoff="\ufffe", speaker="\ufeffA",
         quote="\ufffeB", recipient="\ufeffC")
def test_the_fields_show_exactly_what_the_article_holds(panel, kicker, headline, place, signoff, speaker, quote,
                                                        recipient):
    article = Article(kicker=kicker, headline=headline, dateline=Dateline(place=place),
                      byline=Byline(signoff=signoff), quotes=[Quote(speaker=speaker, text=quote)],
                      awards=[Award(recipient=recipient)])
    panel.set_article(article)
    assert panel.kicker.text() == kicker
    assert shown(panel.headline) == headline
    assert panel.place.text() == place
    assert panel.signoff.text() == signoff
    panel.quotes.list.setCurrentRow(0)
    assert (panel.quotes.speaker.text(), shown(panel.quotes.text)) == (speaker, quote)
    panel.awards.list.setCurrentRow(0)
    assert panel.awards.recipient.text() == recipient
    assert article == Article(id=article.id, kicker=kicker, headline=headline, dateline=Dateline(place=place),
                              byline=Byline(signoff=signoff), quotes=[Quote(speaker=speaker, text=quote)],
                              awards=[Award(recipient=recipient)])  # showing it changed nothing
