"""Issue 13, point 3: AP numerals. "5 officials" is a warning that offers "five officials"; AP's
exceptions (ages, percentages, money, dimensions, times, dates, addresses, scores, votes…) stay
figures and raise nothing."""

from __future__ import annotations

import pytest

from editor.model.article import Article, Block
from editor.model.house_style import apply_safe_fixes, check_article, load_pack


@pytest.fixture(scope="module")
def pack():
    return load_pack("en-newsroom")


def article(text: str) -> Article:
    art = Article.new("en")
    art.headline = "Council meets"
    art.body = [Block(type="paragraph", text=text)]
    return art


def numerals(pack, text: str):
    return [f for f in check_article(article(text), pack) if f.rule == "EN-AP-06"]


def test_five_officials_is_a_warning_with_the_fix_offered(pack):
    text = "The mayor met 5 officials on Monday."
    [finding] = numerals(pack, text)
    assert (finding.severity, finding.text, finding.replacements) == ("warning", "5", ("five",))
    assert "five" in finding.message
    fixed = text[:finding.start] + finding.replacements[0] + text[finding.end:]
    assert fixed == "The mayor met five officials on Monday."
    assert not finding.safe_fix  # offered for review: --fix does not apply it unattended
    repaired, _ = apply_safe_fixes(article(text), [finding])
    assert repaired.body[0].text == text


def test_every_figure_under_ten_outside_the_exceptions(pack):
    found = numerals(pack, "They have 3 children, 2 dogs and 9 cats.")
    assert [(f.text, f.replacements[0], f.severity) for f in found] == [
        ("3", "three", "warning"), ("2", "two", "warning"), ("9", "nine", "warning")]


@pytest.mark.parametrize(
    "text",
    [
        "The boy, 5, was hurt.",                     # age
        "A 5-year-old girl was found.",
        "He is 5 years old.",
        "Prices rose 5% last year.",                 # percentage
        "It cost $5 at the door.",                   # money
        "The wall is 5 feet tall.",                  # dimension
        "The race is 5 km long.",
        "They met at 5 p.m. on May 5.",              # time and date
        "He lives at 5 Main St.",                    # address
        "They won 5-3 at home.",                     # score
        "The vote was 5-4.",                         # vote
        "Game 5 of the series is on Friday.",        # names with numbers
        "She is the No. 5 seed.",
        "He scored 5 points.",
        "Read chapter 5 first.",
        "About 1 in 5 Americans agree.",             # ratio
        "The list: 1. Finland 2. Norway 3. Denmark.",
    ],
)
def test_ap_exceptions_stay_figures(pack, text):
    assert numerals(pack, text) == []


def test_a_vietnamese_article_is_not_held_to_ap_numerals():
    vi = load_pack("vi-newsroom")
    art = Article(language="vi", headline="Hội nghị", body=[Block(text="Ông gặp 5 cán bộ vào thứ Hai.")])
    assert [f for f in check_article(art, vi) if f.rule.startswith("EN-")] == []
