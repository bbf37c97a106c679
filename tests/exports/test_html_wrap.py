"""HTML export: a 2,000-letter word or a long URL wraps instead of scrolling the page sideways (issue 14, point 7)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest
from lxml import html as lhtml

from editor.model.article import Article, Block, Mark
from exports.html import article_to_html, page_css

WORD = "Nghiêng" * 286  # 2,002 letters without a break opportunity
URL = "https://example.org/" + "thu-muc/" * 120 + "bai-viet.html"


def long_article() -> Article:
    a = Article.new("vi")
    a.headline = "Tít có một từ dài " + "X" * 300
    a.lede = "Sapo " + URL
    a.dateline.source = "ANTV-" + "A" * 200
    a.body = [Block(text=WORD), Block(text="Xem " + URL, marks=[Mark(4, 4 + len(URL), "link", href=URL)]),
              Block(type="image", src="https://example.org/a.jpg", caption=WORD)]
    return a


def _rules(css: str) -> list[tuple[list[str], str]]:
    """(selectors, declarations) of the style sheet's plain rules, outside @media blocks."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    css = re.sub(r"@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}", "", css)
    return [([s.strip() for s in selectors.split(",")], body) for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css)]


def _matches(el: lhtml.HtmlElement, selector: str) -> bool:
    """A simple selector (tag, .class or tag.class) against ``el``."""
    tag, _, cls = selector.partition(".")
    return (not tag or el.tag == tag) and (not cls or cls in (el.get("class") or "").split())


def test_body_text_css_wraps_anywhere():
    rules = _rules(page_css())
    wrapping = [sel for sels, body in rules if re.search(r"overflow-wrap:\s*anywhere", body) for sel in sels]
    assert wrapping, "no rule sets overflow-wrap: anywhere"
    # Nothing switches it back (overflow-wrap and its old name word-wrap are inherited).
    values = {v for _, body in rules for v in re.findall(r"(?:overflow-wrap|word-wrap):\s*([\w-]+)", body)}
    assert values == {"anywhere"}
    doc = lhtml.document_fromstring(article_to_html(long_article()))
    body = doc.find("body")
    texts = [el for el in body.iter() if isinstance(el.tag, str) and (el.text or "").strip()]
    assert any(WORD in (el.text or "") for el in texts) and any(URL in (el.text or "") for el in texts)
    uncovered = [el.tag for el in texts
                 if not any(_matches(a, s) for a in [el, *el.iterancestors()] for s in wrapping)]
    assert uncovered == []


def test_chromium_lays_the_long_word_out_without_sideways_scrolling(tmp_path):
    """A real browser's layout: the page is no wider than an 800-pixel window (optional tool)."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if browser is None:
        pytest.skip("no Chromium here (optional: .ci/run does not install a browser)")
    probe = ('<script>document.body.setAttribute("data-width", document.documentElement.scrollWidth + "/" + '
             'document.documentElement.clientWidth)</script></body>')
    widths = {}
    for name, css_off in (("now", False), ("without", True)):
        html = article_to_html(long_article())
        if css_off:  # the same page without the rule, to show the check can fail
            html = re.sub(r"overflow-wrap:\s*anywhere;?", "", html)
        path = tmp_path / f"{name}.html"
        path.write_text(html.replace("</body>", probe), encoding="utf-8")
        run = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--window-size=800,600",
                              f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", path.as_uri()],
                             capture_output=True, text=True, timeout=120, env=dict(os.environ, HOME=str(tmp_path)))
        found = re.search(r'data-width="(\d+)/(\d+)"', run.stdout)
        assert found, run.stderr[-500:]
        widths[name] = (int(found[1]), int(found[2]))
    scroll, client = widths["now"]
    assert scroll <= client
    assert widths["without"][0] > 2 * widths["without"][1]
