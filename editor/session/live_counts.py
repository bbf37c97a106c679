"""The status bar's counts while the user types, without counting the whole body again.

Counts add up text by text (words, characters, characters without spaces), so each text's counts
are remembered and only texts not seen at the previous count are counted: after a keystroke in a
20,000-paragraph article that is the one paragraph typed in. The body comes as model blocks (the
body mirror's, which re-reads only the Qt blocks a change touched); the result is exactly
``Article.counts()`` of the article with that body. No widgets here.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from editor.model.article import Article, Block
from editor.model.text import Counts
from editor.model.text.counts import READING_SPEED, count_words

Tally = tuple[int, int, int]  # words, characters, characters that are not spaces


def tally(text: str) -> Tally:
    """The counts of one text, as ``counts_for`` adds them up."""
    return count_words(text), len(text), len(text) - sum(1 for c in text if c.isspace())


class LiveCounts:
    """Counts of an article whose body changes a little between two counts."""

    def __init__(self) -> None:
        self._known: dict[str, Tally] = {}  # each text of the last count, with its counts

    def counts(self, article: Article, body: Sequence[Block]) -> Counts:
        """``article.counts()`` with ``body`` as the article's body."""
        known = self._known
        seen: dict[str, Tally] = {}
        words = characters = not_spaces = 0
        texts = [article.headline, article.lede]
        texts.extend(b.caption if b.type == "image" else b.text for b in body)
        for text in texts:
            if not text:
                continue
            counted = seen.get(text)
            if counted is None:
                counted = known.get(text)
                if counted is None:
                    counted = tally(text)
                seen[text] = counted
            words += counted[0]
            characters += counted[1]
            not_spaces += counted[2]
        self._known = seen  # texts gone from the article are forgotten
        language = article.base_language
        speed = READING_SPEED.get(language.split("-")[0], 230)
        return Counts(words, characters, not_spaces, math.ceil(words / speed) if words else 0, language)
