"""The checker on real copy: the seed ANTV page, professionally edited articles, and speed."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from bench.corpus_articles import corpus_article
from editor.model.article import Article, Block
from editor.model.house_style import check_article, load_pack
from editor.model.text import count_words

HEADLINE = "Nâng cao hiệu quả công tác dân vận và xây dựng phong trào Toàn dân bảo vệ an ninh Tổ quốc"
EDITED = [f"vi_{i:03}.json" for i in range(1, 25)] + ["vi_040.json"]


@pytest.fixture(scope="module")
def pack():
    return load_pack("vi-newsroom")


def seed_article(corpus) -> Article:
    """The seed page pasted as it is: the headline line, every other paragraph into the body."""
    text = (corpus / "seed-antv-article.txt").read_text(encoding="utf-8")
    article = Article(language="vi", headline=HEADLINE)
    article.body = [Block(text=p) for p in re.split(r"\n\s*\n", text) if p.strip() and p.strip() != HEADLINE]
    return article


def test_the_seed_article_shows_its_real_slips(corpus, pack):
    article = seed_article(corpus)
    found = check_article(article, pack)
    for f in found:
        assert article.body[f.block].text[f.start:f.end] == f.text if f.field == "body" else True
    by_rule: dict[str, list[str]] = {}
    for f in found:
        by_rule.setdefault(f.rule, []).append(f.text)
    assert "tich" in by_rule["VN-O01"]
    assert sorted(by_rule["VN-T01"]) == ["hoà", "hoá"]  # the two main-vowel forms among first-vowel ones
    defined = {r for f in found if f.rule == "VN-A01" for r in f.replacements[:1]}
    assert {"an ninh Tổ quốc (ANTQ)", "an ninh, trật tự (ANTT)", "Công an nhân dân (CAND)",
            "Mặt trận Tổ quốc (MTTQ)"} <= defined
    assert "\u00a0 " in by_rule["VN-P01"]
    assert by_rule["VN-S01"] == ["(ANTV) -\u00a0"]
    assert "Thứ 3" in by_rule["VN-D02"]
    chrome = " | ".join(by_rule["VN-S04"])
    for furniture in ("Chia sẻ lên facebook", "In bài", "Gửi cho bạn bè", "Cập nhật: 10:27", "Thăm dò khán giả",
                      "Dòng sự kiện", "Lịch phát sóng"):
        assert furniture in chrome
    assert all(f.severity == "error" and not f.safe_fix and f.replacements == ("",)
               for f in found if f.rule == "VN-S04")
    assert {"Ban dân vận Trung ương", "Ban chỉ đạo"} <= set(by_rule["VN-C03"])
    assert by_rule["VN-C04"] == ["Trưởng ban Dân vận Trung ương"]


def test_the_seed_article_in_consistent_mode_flags_the_minority_style(corpus, tmp_path):
    path = tmp_path / "desk.toml"
    path.write_text('extends = "vi-newsroom"\n[settings]\ntone_placement = "consistent"\n', encoding="utf-8")
    found = check_article(seed_article(corpus), load_pack(str(path)))
    assert sorted((f.text, f.replacements[0]) for f in found if f.rule == "VN-T02") == [
        ("hoà", "hòa"), ("hoá", "hóa")]


def test_edited_articles_raise_few_false_alarms(corpus, pack):
    syllables, counts = 0, Counter()
    for name in EDITED:
        article = corpus_article(corpus / "vi" / name)
        syllables += sum(count_words(t) for t in article.counted_texts())
        counts.update(f.rule for f in check_article(article, pack) if f.severity == "error")
    orthography = sum(n for rule, n in counts.items() if rule[:4] in ("VN-O", "VN-U") and rule != "VN-U01")
    assert syllables > 15000
    assert orthography * 1000 / syllables <= 0.5, counts
    assert counts["VN-C01"] == 0 and counts["VN-S04"] == 0

