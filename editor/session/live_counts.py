"""The status bar's counts while the user types, without counting the whole body again.

Counts add up text by text (words, characters, characters without spaces), so each text's counts
are remembered and only texts not seen at the previous count are counted: after a keystroke in a
20,000-paragraph article that is the one paragraph typed in. The body comes as model blocks (the
body mirror's, which re-reads only the Qt blocks a change touched); the result is exactly
``Article.counts()`` of the article with that body. No widgets here.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from operator import attrgetter, eq, is_not, itemgetter

from editor.model.article import Article, Block
from editor.model.text import Counts
from editor.model.text.counts import READING_SPEED, count_words

Tally = tuple[int, int, int]  # words, characters, characters that are not spaces
LONG_TEXT = 8_000  # characters: a longer text is counted sentence by sentence, each remembered
_SENTENCE_CUT = re.compile(r"(?<=[.!?…]\s)")  # after the space that follows a sentence


def tally(text: str) -> Tally:
    """The counts of one text, as ``counts_for`` adds them up."""
    return count_words(text), len(text), len(text) - sum(1 for c in text if c.isspace())


class LiveCounts:
    """Counts of an article whose body changes a little between two counts."""

    def __init__(self) -> None:
        self._texts: list[str] = []  # the headline, the sapo and the body's texts at the last count
        self._tallies: list[Tally] = []  # their counts
        self._total: Tally = (0, 0, 0)
        self._sentences: dict[str, Tally] = {}  # the sentences of the long texts counted last

    def _tally(self, text: str, sentences: dict[str, Tally]) -> Tally:
        """A text's counts; a long one's sentence by sentence, the sentences counted before taken
        as they were (the cuts fall after spaces, so no word is cut and the counts add up)."""
        if len(text) <= LONG_TEXT:
            return tally(text)
        words = characters = not_spaces = 0
        for sentence in _SENTENCE_CUT.split(text):
            counted = sentences.get(sentence) or self._sentences.get(sentence) or tally(sentence)
            sentences[sentence] = counted
            words += counted[0]
            characters += counted[1]
            not_spaces += counted[2]
        return words, characters, not_spaces

    def counts(self, article: Article, body: Sequence[Block]) -> Counts:
        """``article.counts()`` with ``body`` as the article's body."""
        if "image" in map(_TYPE, body):
            texts = [article.headline, article.lede, *(b.caption if b.type == "image" else b.text for b in body)]
        else:
            texts = [article.headline, article.lede, *map(_TEXT, body)]
        words, characters, not_spaces = self._recount(texts)
        language = article.base_language
        speed = READING_SPEED.get(language.split("-")[0], 230)
        return Counts(words, characters, not_spaces, math.ceil(words / speed) if words else 0, language)

    def _recount(self, texts: list[str]) -> Tally:
        """The totals of ``texts``, counting again only the run of texts between the first and the last
        that are not the very texts of the last count (the scans run in C); texts moved inside that
        run are looked up, not counted."""
        old = self._texts
        shorter = min(len(texts), len(old))
        differs = list(map(is_not, texts, old))
        first = differs.index(True) if True in differs else shorter
        differs = list(map(is_not, reversed(texts), reversed(old)))
        last = differs.index(True) if True in differs else shorter
        last = min(last, shorter - first)  # the unchanged run at the end, not overlapping the start
        if first == len(texts) == len(old):
            return self._total
        gone_texts, gone = old[first:len(old) - last], self._tallies[first:len(old) - last]
        run = texts[first:len(texts) - last]
        sentences: dict[str, Tally] = {}
        # A text equal to the one at its place before (compared in C, no hashing: the whole body
        # read again from the editor is 20,000 new texts equal to the old) keeps its counts; the
        # others are looked up among the texts that went (moved), else counted.
        came: list[Tally | None] = [t if equal else None
                                    for t, equal in zip(gone, map(eq, run, gone_texts), strict=False)]
        came += [None] * (len(run) - len(came))
        if None in came:
            missing = [i for i, t in enumerate(came) if t is None]
            # a moved text is one that went from a place not matched (only those are hashed)
            known = {gone_texts[i]: gone[i] for i in missing if i < len(gone_texts)}
            known.update(zip(gone_texts[len(run):], gone[len(run):], strict=True))
            for i in missing:
                came[i] = known.get(run[i]) or self._tally(run[i], sentences)
        if sentences:  # a long text was counted: keep its sentences for the next keystroke in it
            self._sentences = sentences
        words, characters, not_spaces = self._total
        for sign, run in ((-1, gone), (1, came)):
            words += sign * sum(map(_WORDS, run))
            characters += sign * sum(map(_CHARACTERS, run))
            not_spaces += sign * sum(map(_NOT_SPACES, run))
        self._texts = texts
        self._tallies = self._tallies[:first] + came + self._tallies[len(old) - last:]
        self._total = (words, characters, not_spaces)
        return self._total


_TYPE, _TEXT = attrgetter("type"), attrgetter("text")
_WORDS, _CHARACTERS, _NOT_SPACES = itemgetter(0), itemgetter(1), itemgetter(2)
