"""Seed inputs for the coverage-guided harnesses, built in code (nothing from the corpus).

``.venv/bin/python fuzz/make_seeds.py DIR`` writes DIR/article, DIR/pack, DIR/paste and DIR/export
(DIR/paste also gets the first 64 KB of each web page of the corpus, when it is beside the checkout);
then, e.g., ``.venv/bin/python fuzz/fuzz_article.py DIR/article -atheris_runs=200000``. The
checker and body-bridge harnesses read structured bytes (fuzz/_input.py) and start from nothing.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

from _harness import ROOT, prepare

prepare()
from editor.model.article import Article, Award, Block, Byline, Dateline, Mark, Quote  # noqa: E402
from editor.model.article_file import dumps  # noqa: E402
from editor.resources import resource_path  # noqa: E402
from tests.fuzz.test_fuzz_paste import BROWSER_HEAD, CF_HTML, LIBRE_HEAD, WORD_HEAD  # noqa: E402


def articles() -> list[Article]:
    full = Article(
        id="0b7c1f0e-5a43-4c2e-9d6b-7f3a2e1c9d80", language="vi", status="ready", topic="Thời sự", tags=["dân vận"],
        kicker="Tin trong nước", headline="Hội nghị tổng kết công tác dân vận năm 2026",
        dateline=Dateline(source="ANTV", place="Hà Nội", date="2026-03-12"),
        lede="HÀ NỘI - Chiều 11/3, Ban Dân vận Trung ương tổ chức hội nghị tổng kết.",
        body=[Block(text="Phát biểu tại hội nghị, đồng chí nhấn mạnh 👍🏽 vai trò của người dân.",
                    marks=[Mark(0, 9, "bold"), Mark(10, 20, "link", href="https://example.org/a")]),
              Block(type="heading", text="Dân vận khéo"), Block(type="quote", text="Dân là gốc"),
              Block(type="list_item", text="Một"), Block(type="list_item", text="Hai"),
              Block(type="image", src="anh.jpg", caption="Quang cảnh hội nghị", credit="ANTV", alt="Hội trường")],
        quotes=[Quote(speaker="Nguyễn Văn A", role="Trưởng ban", text="Dân là gốc", kind="direct")],
        awards=[Award(recipient="Công an tỉnh", award="Bằng khen", conferred_by="Bộ Công an", reason="thành tích")],
        byline=Byline(authors=["Trần Thị B"], signoff="BT"),
        created="2026-03-12T09:30:00+07:00", updated="2026-03-12T10:00:00+07:00", extra={"x-newer": {"a": [1]}},
    )
    english = Article(id="e1", language="en-GB", headline="Minister opens the new bridge",
                      lede="HANOI - The minister said on Tuesday that the colour of the bridge...",
                      body=[Block(text="Mr O'Brien, 42, said: “It's done.”")])
    odd = Article(id="x", headline=unicodedata.normalize("NFC", "\u202eabc\u202c 𝕏 \ufeff"),
                  body=[Block(text="a\nb\tc\u2028d", marks=[Mark(0, 3, "italic")])])
    return [full, english, odd, Article(id="empty")]


def pastes() -> list[str]:
    return [
        WORD_HEAD + '<p class=MsoNormal><b>Đậm</b> <i>nghiêng</i><o:p></o:p></p><p class=MsoListParagraphCxSpFirst '
        'style="mso-list:l0 level1 lfo1"><![if !supportLists]><span style="mso-list:Ignore">1.</span><![endif]>'
        'Một</p></body></html>',
        BROWSER_HEAD + '<h2>Tiêu đề</h2><p>Đoạn <a href="https://example.org">liên kết</a><br>dòng hai</p>'
        '<ul><li>Một</li><li>Hai</li></ul><figure><img src="/x.png"><figcaption>Ảnh</figcaption></figure>'
        '<!--EndFragment--></body></html>',
        LIBRE_HEAD + '<p style="margin-bottom: 0cm"><font face="Times New Roman"><span style="font-weight: bold">'
        'Chữ</span></font></p><blockquote>Trích</blockquote><table><tr><td>Ô</td></tr></table></body></html>',
        CF_HTML + "<html><body><!--StartFragment--><span style=\"font-style:italic\">x</span><!--EndFragment-->",
    ]


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: make_seeds.py DIR")
    out = Path(sys.argv[1])
    for name in ("article", "pack", "paste", "export"):
        (out / name).mkdir(parents=True, exist_ok=True)
    for i, article in enumerate(articles()):
        for name in ("article", "export"):
            (out / name / f"seed-{i}.article").write_text(dumps(article), encoding="utf-8")
    for pack in ("vi-newsroom", "en-newsroom"):
        (out / "pack" / f"{pack}.toml").write_bytes(resource_path("packs", f"{pack}.toml").read_bytes())
    (out / "pack" / "desk.toml").write_text(
        'name = "desk"\nlanguage = "vi"\nextends = "vi-newsroom"\n[settings]\ntone_placement = "main_vowel"\n'
        '[rules.VN-C05.params]\ndoc_types = ["Thông tư"]\n[[names]]\nname = "Tô Lâm"\ntitle = "Đại tướng"\n',
        encoding="utf-8")
    for i, markup in enumerate(pastes()):
        (out / "paste" / f"seed-{i}.html").write_text(markup, encoding="utf-8")
    corpus = ROOT.parent / "shared" / "corpus" / "html"  # real pages, when the desk's corpus is beside the checkout
    for page in sorted(corpus.glob("*/source.html")):  # (copied to DIR only: never into the repository)
        (out / "paste" / f"corpus-{page.parent.name}.html").write_bytes(page.read_bytes()[:65536])
    print(f"seeds written under {out}")


if __name__ == "__main__":
    main()
