"""What the checker has found, as the editor reads it: per field, per body block, all of it,
with the journalist's ignores applied (a mixin of :class:`editor.session.checking.CheckController`).

Ignores are the engine's (``ignore_once`` / ``ignore_word``, stored in ``article.extra``). Body
findings are filtered against the block's text as the editor shows it, through a stand-in
article, since the session's body is only synced from the editor now and then.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from editor.model.article import Article, Block
from editor.model.house_style import IGNORES_KEY, SEVERITIES, Finding, filter_ignored, ignore_once, ignore_word
from editor.model.house_style.fields import AWARD_KEYS, QUOTE_KEYS
from editor.session.article_session import ArticleSession

SIMPLE_FIELDS = ("kicker", "headline", "dateline.source", "dateline.place", "lede", "byline.signoff")


def checkable_fields(article: Article) -> list[str]:
    """The names of the article's checked fields other than the body, in document order."""
    names = list(SIMPLE_FIELDS[:5])
    names += [f"quotes[{i}].{k}" for i in range(len(article.quotes)) for k in QUOTE_KEYS]
    names += [f"awards[{i}].{k}" for i in range(len(article.awards)) for k in AWARD_KEYS]
    names += [f"byline.authors[{i}]" for i in range(len(article.byline.authors))]
    names.append("byline.signoff")
    return names


@dataclass
class BlockEntry:
    """What the controller knows about one body block: the text checked and its findings."""

    text: str
    kind: str  # "body.paragraph", ..., "body.caption"
    index: int
    findings: list[Finding] | None = None  # None: not checked yet
    base: tuple[str, list[Finding]] | None = None  # a long block's last checked text and its findings


class FindingsAccess:
    """Mixin: reading findings and ignoring them. The controller provides the state below."""

    session: ArticleSession
    _fields: dict[str, tuple[str, list[Finding]]]
    _blocks: dict[int, BlockEntry]
    _article_fields: dict[str, list[Finding]]
    _article_blocks: dict[int, list[Finding]]
    field_changed: Any
    body_changed: Any
    summary_changed: Any

    def field_findings(self, name: str) -> list[Finding]:
        """The findings shown in field ``name`` (not ignored), by offset."""
        found = list(self._fields.get(name, ("", []))[1]) + self._article_fields.get(name, [])
        if self._has_ignores():
            found = filter_ignored(found, self.session.article)
        return sorted(found, key=lambda f: (f.start, f.end))

    def field_checked_text(self, name: str) -> str | None:
        """The text the field's findings were found in (None: not checked yet)."""
        got = self._fields.get(name)
        return got[0] if got is not None else None

    def block_entry(self, key: int) -> BlockEntry | None:
        """What is known about body block ``key``."""
        return self._blocks.get(key)

    def block_findings(self, key: int) -> list[Finding] | None:
        """The findings shown in body block ``key`` (None: not checked yet)."""
        entry = self._blocks.get(key)
        if entry is None or entry.findings is None:
            return None
        found = entry.findings + self._article_blocks.get(key, [])
        if found and self._has_ignores():
            found = [f for f in found if filter_ignored([f], self._proxy(f, entry.text))]
        return sorted(found, key=lambda f: (f.start, f.end))

    def all_findings(self) -> list[tuple[Finding, int | None]]:
        """Every finding shown, with its body key (None outside the body)."""
        out: list[tuple[Finding, int | None]] = []
        for name in set(self._fields) | set(self._article_fields):
            out.extend((f, None) for f in self.field_findings(name))
        for key in self._blocks:
            out.extend((f, key) for f in self.block_findings(key) or [])
        return out

    def counts(self) -> dict[str, int]:
        """How many errors, warnings and suggestions are shown."""
        counts = dict.fromkeys(SEVERITIES, 0)
        for f, _key in self.all_findings():
            counts[f.severity] = counts.get(f.severity, 0) + 1
        return counts

    # ------------------------------------------------------------------ ignoring

    def _has_ignores(self) -> bool:
        return bool(self.session.article.extra.get(IGNORES_KEY))

    def _proxy(self, finding: Finding, text: str) -> Article:
        """A stand-in article whose block ``finding.block`` holds ``text`` and whose ``extra`` is the
        real article's, so the engine's ignore functions see the body as the editor shows it."""
        index = finding.block or 0
        block = Block(type="image", caption=text) if finding.field == "body.caption" else Block(text=text)
        return Article(id="", language=self.session.article.language, body=[Block()] * index + [block],
                       extra=self.session.article.extra)

    def ignore_once(self, finding: Finding, key: int | None = None) -> None:
        """Ignore this finding (stored in the article, which becomes modified)."""
        entry = self._blocks.get(key) if key is not None else None
        ignore_once(self._proxy(finding, entry.text) if entry is not None else self.session.article, finding)
        self._ignores_changed()

    def ignore_word(self, word: str) -> None:
        """Ignore every finding on ``word`` in this article (stored in the article)."""
        if not word.strip():
            return
        ignore_word(self.session.article, word.strip())
        self._ignores_changed()

    def _ignores_changed(self) -> None:
        self.session.mark_modified()
        for name in set(self._fields) | set(self._article_fields):
            self.field_changed.emit(name)
        self.body_changed.emit()
        self.summary_changed.emit()
