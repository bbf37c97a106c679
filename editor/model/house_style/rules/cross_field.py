"""Rules that compare the structured fields with the story: VN-S09 quotes, VN-S10 awards."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import regex

from ..findings import Hit
from ..registry import builtin

_QUOTE_CHARS = "“”\"‘’'«»„"
# A run of spaces becomes one space: only runs that are not already one plain space are replaced
# (replacing each single space by itself took most of the time on a long story).
_SPACES = regex.compile(r"[\s\u00a0]{2,}|[^\S ]")
_QUOTES = regex.compile(f"[{_QUOTE_CHARS}]")


def _normal(text: str) -> str:
    text = _SPACES.sub(" ", text.casefold())
    return _QUOTES.sub("", text).strip(" .,;:!?…–-")


@builtin("VN-S09", level="article", params={"kinds": ["direct"]})
def quote_in_story(ctx: Any) -> Iterator[tuple[Any, Hit]]:
    """A direct quote in the quotes list must appear in the sapo or the body as written."""
    story = None  # worked out for the first quote to look for (most articles have none)
    for i, quote in enumerate(ctx.article.quotes):
        if quote.kind not in ctx.params["kinds"]:
            continue
        ft = next((f for f in ctx.fields if f.field == f"quotes[{i}].text"), None)
        needle = _normal(ft.text) if ft else ""
        if needle and story is None:
            story = " ".join(_normal(f.text) for f in ctx.fields
                             if f.field in ("lede", "body", "body.caption") and f.text)
        if ft is not None and needle and needle not in story:
            yield ft, Hit(0, len(ft.text), (), safe=False, params={"speaker": quote.speaker})


@builtin("VN-S10", level="article")
def award_complete(ctx: Any) -> Iterator[tuple[Any, Hit]]:
    """Every award names its recipient and the award itself."""
    for i in range(len(ctx.article.awards)):
        for key, case in (("recipient", "no_recipient"), ("award", "no_award")):
            ft = next((f for f in ctx.fields if f.field == f"awards[{i}].{key}"), None)
            if ft is not None and not ft.text.strip():
                yield ft, Hit(0, len(ft.text), (), safe=False, case=case, params={"index": i + 1})
