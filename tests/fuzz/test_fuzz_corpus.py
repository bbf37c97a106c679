"""Fuzzing with real material: slices of the corpus's web pages pasted as a browser copies them, and
corpus paragraphs damaged (decomposed, cut, control characters and emoji put in) in the checker
(issue 15, point 1). The corpus is the publishers' copyright, kept beside the checkout and never in
the repository: without it these tests skip.
"""

from __future__ import annotations

import json
import unicodedata
from functools import cache
from pathlib import Path

import pytest

pytest.importorskip("hypothesis")

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from editor.model.article import Article, Block  # noqa: E402
from editor.model.html_paste import blocks_from_html  # noqa: E402
from tests.fuzz.strategies import EMOJI, ODD, RTL  # noqa: E402
from tests.fuzz.test_fuzz_checker import check_everything  # noqa: E402
from tests.fuzz.test_fuzz_paste import assert_clean  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=(
    f"needs the shared corpus of real articles, kept beside the checkout at {CORPUS} (not found; it is never "
    "in the repository, see README)"))


@cache
def pages() -> tuple[str, ...]:
    return tuple(p.read_text(encoding="utf-8", errors="replace") for p in sorted(CORPUS.glob("html/*/source.html")))


@cache
def paragraphs() -> tuple[tuple[str, str], ...]:
    out = []
    for path in sorted(CORPUS.glob("*/*.json")):
        if path.parent.name not in ("vi", "en"):
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        body = data.get("body") if isinstance(data, dict) else None
        if isinstance(body, str):
            out.extend((path.parent.name, p) for p in body.split("\n") if p.strip())
    return tuple(out)


@st.composite
def page_slices(draw) -> str:
    """What a browser copies: a stretch of a page's markup, cut anywhere."""
    page = draw(st.sampled_from(pages()))
    start = draw(st.integers(0, max(len(page) - 1, 0)))
    return page[start:start + draw(st.integers(0, 20_000))]


@st.composite
def damaged_paragraphs(draw) -> tuple[str, str]:
    language, text = draw(st.sampled_from(paragraphs()))
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(text)))
        action = draw(st.integers(0, 3))
        if action == 0:
            text = text[:at] + unicodedata.normalize("NFD", text[at:at + 40]) + text[at + 40:]
        elif action == 1:
            text = text[:at] + text[at + draw(st.integers(1, 30)):]
        else:
            text = text[:at] + draw(st.sampled_from(ODD + EMOJI + RTL)) + text[at:]
    return language, text


@needs_corpus
@given(page_slices())
def test_any_stretch_of_a_real_page_pastes_as_clean_blocks(markup):
    assert_clean(blocks_from_html(markup))


@needs_corpus
@given(damaged_paragraphs(), st.sampled_from(("body", "lede", "headline")))
def test_damaged_real_paragraphs_are_checked_with_offsets_inside_them(paragraph, where):
    language, text = paragraph
    article = Article(language=language, headline="Tin", body=[Block(text="Một đoạn.")])
    if where == "body":
        article.body.append(Block())
        object.__setattr__(article.body[-1], "text", text)
    else:
        object.__setattr__(article, where, text)
    check_everything(article, holdable=False)
