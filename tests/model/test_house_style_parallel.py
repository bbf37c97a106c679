"""The two-core check (``articledesk check``): the helper process sends its fields' analyses, so
this process does not lex them again, and nothing it sends (or fails to send) changes a finding."""

from __future__ import annotations

import os

import pytest

from editor.model.article import Article, Block, Quote
from editor.model.article_file import load
from editor.model.house_style import check_article, load_pack, parallel, text_tools
from editor.model.house_style.fields import article_fields
from editor.model.house_style.rules.vi_abbrev import _initials
from editor.model.house_style.rules.vi_common import registry_hits
from editor.model.house_style.rules.vi_syllables import vi_tokens
from editor.model.house_style.text_tools import Analysis
from editor.model.text.lexer import lex
from editor.resources import resource_path

needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="two-core checking needs os.fork")


def _rows(findings):
    return [(f.rule, f.field, f.block, f.start, f.end, f.text, f.replacements, f.safe_fix, f.message)
            for f in findings]


def _article() -> Article:
    """Paragraphs whose findings depend on the whole article: i/y and capitals mixed across
    paragraphs, an abbreviation defined early and used late, a name spelt two ways."""
    article = Article(language="vi", headline="Bộ Y tế họp về kỹ thuật mới")
    early = ["Ông Nguyễn Văn An, Bộ trưởng Bộ Y tế, nói về kĩ thuật và Ủy ban nhân dân (UBND) tỉnh.",
             "Theo Dân chủ và đảng Dân chủ, kỹ thuật mới giúp an ninh Tổ quốc, xem https://moh.gov.vn/tin-123.",
             "Ngày 12/3, 1.250 người dự họp với ông Nguyễn Văn An tại Hà Nội; e-mail: bo@moh.gov.vn."]
    late = ["Bà Lê Thị Hoa nói kĩ thuật này giúp đảng dân chủ, còn UBND và ANTQ chưa có ý kiến.",
            "Ông Nguyễn Văn Ann cho biết kỹ thuật đã được thử ở Đà Nẵng từ tháng 2/2024.",
            "Dân chủ là điều ông An nhắc lại; lý do: kĩ thuật rẻ, tỉ lệ thành công cao."]
    article.body = [Block(text=t) for t in early * 3 + late * 3]
    article.quotes = [Quote(speaker="Nguyễn Văn An", role="Bộ trưởng", text="kĩ thuật mới giúp an ninh Tổ quốc")]
    return article


@pytest.fixture
def two_cores(monkeypatch):
    monkeypatch.setattr(parallel, "MIN_CHARACTERS", 0)
    monkeypatch.setattr(parallel, "usable", lambda: True)


def test_an_analysis_sent_to_another_process_is_the_same_analysis():
    vi = load_pack("vi-newsroom")
    ft = next(f for f in article_fields(_article()) if "https://" in f.text)
    an = Analysis(ft)
    vi_tokens(an), registry_hits(an, vi), _initials(an)
    import pickle

    back = Analysis.restored(ft, pickle.loads(pickle.dumps(an.export())))
    assert back.lexed == lex(ft.text) and back.urls  # the link is one token, as when lexed here
    assert back._memo == an._memo
    tokens = {id(t) for t in back.words}
    assert all(id(t) in tokens for t in back._memo["vi_tokens"])  # the field's own tokens, not copies
    assert Analysis(ft).export() is None  # nothing lexed yet: nothing to send


@needs_fork
def test_this_process_does_not_lex_the_helpers_fields_again(two_cores, monkeypatch):
    lexed_here: list[str] = []
    real_lex = text_tools.lex

    def counting(text):
        lexed_here.append(text)
        return real_lex(text)

    monkeypatch.setattr(text_tools, "lex", counting)
    vi = load_pack("vi-newsroom")
    article = _article()
    found = parallel.check_article_parallel(article, vi)
    mine = set(lexed_here)
    assert article.body[-1].text not in mine and article.body[-2].text not in mine
    lexed_here.clear()
    assert _rows(found) == _rows(check_article(article, vi))
    assert article.body[-1].text in lexed_here  # the one-core check lexes them (the test can fail)


@needs_fork
@pytest.mark.parametrize("trouble", ["dies after the analyses", "malformed analyses", "analyses that do not pickle"])
def test_whatever_the_helper_sends_the_findings_are_the_one_core_checks(two_cores, monkeypatch, trouble):
    parent = os.getpid()
    if trouble == "dies after the analyses":
        real = parallel._run_field

        def dying(*args, **kwargs):
            if os.getpid() != parent:
                os._exit(3)
            return real(*args, **kwargs)

        monkeypatch.setattr(parallel, "_run_field", dying)
    elif trouble == "malformed analyses":
        monkeypatch.setattr(Analysis, "export", lambda self: (((1, 2), (3,), ("x",)), [], {}, {}))
    else:
        real_export = Analysis.export

        def unpicklable(self):
            state = real_export(self)
            if state is not None:
                state[2]["lock"] = lambda: None
            return state

        monkeypatch.setattr(Analysis, "export", unpicklable)
    vi = load_pack("vi-newsroom")
    for article in (_article(), load(resource_path("samples", "sample-vi.article"))):
        assert _rows(parallel.check_article_parallel(article, vi)) == _rows(check_article(article, vi))
