"""The en-newsroom pack: money, punctuation, quote style, headlines, word list, courtesy titles
and the cross-field rules (quotes, awards, sign-off, lengths)."""

from __future__ import annotations

import pytest

from editor.model.article import Article, Award, Block, Quote
from editor.model.house_style import apply_safe_fixes, check_article, check_text, load_pack


@pytest.fixture(scope="module")
def pack():
    return load_pack("en-newsroom")


def findings(pack, text: str, field: str = "body", article: Article | None = None):
    return check_text(text, pack, field=field, block=0 if field == "body" else None, article=article)


BAD = [
    ("EN-AP-13", "body", "Tickets cost $5.00 each.", "$5.00", "$5"),
    ("EN-AP-13", "body", "The city paid $5,000,000 for it.", "$5,000,000", "$5 million"),
    ("EN-AP-13", "body", "The fund lost $1,250,000,000 last year.", "$1,250,000,000", "$1.25 billion"),
    ("EN-AP-14", "body", "The bill—really a tax.", "—", " — "),
    ("EN-AP-14", "body", "The bill -- really a tax.", " -- ", " — "),
    ("EN-AP-14", "body", "The bill – really a tax.", " – ", " — "),
    ("EN-AP-14", "body", "The bill - really a tax.", " - ", " — "),
    ("EN-AP-14", "body", "The bill —really a tax.", " —", " — "),
    ("EN-AP-15", "body", 'He called it "unfair". Then he left.', '".', '."'),
    ("EN-AP-15", "body", "He called it “unfair”, then left.", "”,", ",”"),
    ("EN-AP-15", "body", "He called it ‘the people’s bill’.", "’.", ".’"),
    ("EN-AP-17", "headline", "Prices rise again.", ".", ""),
    ("EN-AP-17", "headline", "prices rise again in Austin", "p", "P"),
    ("EN-AP-18", "headline", '"Hope" for economy', '"Hope"', "'Hope'"),
    ("EN-AP-18", "headline", "Hope for U.S. economy grows", "U.S.", "US"),
    ("EN-AP-18", "headline", "Three firms return to Hanoi", "Three", "3"),
    ("EN-AP-18", "headline", "Court backs “fair” vote", "“fair”", "‘fair’"),
    ("EN-AP-19", "body", "He said.  It was late.", "  ", " "),
    ("EN-AP-19", "headline", "Prices rise  again", "  ", " "),
    ("EN-AP-20", "body", "He walked towards the door.", "towards", "toward"),
    ("EN-AP-20", "body", "Send an e-mail today.", "e-mail", "email"),
    ("EN-AP-20", "body", "Access to the Internet grew.", "Internet", "internet"),
    ("EN-AP-20", "body", "Her advisor agreed.", "advisor", "adviser"),
    ("EN-AP-20", "body", "Towards noon it rained.", "Towards", "Toward"),
    ("EN-AP-21", "body", "The flag is red, white, and blue.", ", and", None),
    ("EN-AP-21", "body", "Bring apples, pears, or plums to school.", ", or", None),
    ("EN-AP-22", "body", "Mr. Smith said the plan would work.", "Mr. Smith", "Smith"),
    ("EN-AP-22", "body", "The award went to Mrs Jane Brown of Leeds.", "Mrs Jane Brown", "Jane Brown"),
]

GOOD = [
    ("EN-AP-13", "body", "Tickets cost $5 each; the city paid $5 million, or $5.50 a head."),
    ("EN-AP-14", "body", "The bill — really a tax — passed. “I was—” she began. Pages 10–12 and 1990-2000."),
    ("EN-AP-14", "body", "—Jane Smith, Hanoi"),
    ("EN-AP-15", "body", "He called it “unfair.” The “bill,” she said, failed. It’s the students’ turn."),
    ("EN-AP-15", "body", 'Was it "fair"? He said "no."'),
    ("EN-AP-17", "headline", "Prices rise again in Austin, officials say"),
    ("EN-AP-17", "headline", "Obama admits US gun laws are his ‘biggest frustration’"),
    ("EN-AP-17", "headline", "White House and New York agree on Medicaid plan"),
    ("EN-AP-17", "headline", "Prices rise in the U.S."),
    ("EN-AP-18", "headline", "‘Hope’ for US economy as 3 firms return"),
    ("EN-AP-18", "headline", "No one expects a two-thirds majority"),
    ("EN-AP-19", "body", "He said. It was late.\nA new line."),
    ("EN-AP-20", "body", "He walked toward the door. Internet Explorer closed. The internet grew. Send an email."),
    ("EN-AP-20", "body", "See www.towards.com or mail advisor@example.com."),
    ("EN-AP-21", "body", "The flag is red, white and blue."),
    ("EN-AP-21", "body", "He came, he saw, and he conquered."),
    ("EN-AP-21", "body", "We drove to Austin, Texas, and Denver."),
    ("EN-AP-21", "body", "We ate bread, cheese, and ham and eggs."),
    ("EN-AP-21", "body", "He met its president, Omar al-Bashir, and a new round of sanctions followed."),
    ("EN-AP-21", "body", "Jane Smith, a teacher, and her son were hurt."),
    ("EN-AP-22", "body", "Smith said the plan would work. “Mr. Smith is right,” Jones said."),
]


@pytest.mark.parametrize(("rule", "field", "text", "flagged", "good"), BAD)
def test_bad_example_is_flagged(pack, rule, field, text, flagged, good):
    hits = [f for f in findings(pack, text, field) if f.rule == rule]
    start = text.index(flagged)
    if rule == "EN-AP-21":
        start, flagged, good = start, ",", ""  # the serial comma itself is dropped
    assert [(f.start, f.end, f.text) for f in hits] == [(start, start + len(flagged), flagged)], hits
    assert hits[0].replacements[0] == good
    assert hits[0].message and "{" not in hits[0].message


@pytest.mark.parametrize(("rule", "field", "text"), GOOD)
def test_good_example_is_not_flagged(pack, rule, field, text):
    assert [f for f in findings(pack, text, field) if f.rule == rule] == []


def _article(**fields) -> Article:
    article = Article.new("en")
    article.headline = "Prices rise again in Austin"
    article.lede = "Prices rose in Austin on Monday."
    article.body = [Block(type="paragraph", text="Shops in Austin raised prices, officials said.")]
    article.byline.signoff = "MT"
    for key, value in fields.items():
        setattr(article, key, value)
    return article


def test_title_case_headline_keeps_the_names_the_story_uses(pack):
    article = _article(headline="Prices Rise Again In Austin")
    found = [f for f in check_article(article, pack) if f.rule == "EN-AP-17"]
    assert [(f.start, f.end, f.replacements[0]) for f in found] == [(0, 27, "Prices rise again in Austin")]
    assert not found[0].safe_fix


def test_all_caps_headline_keeps_acronyms_the_story_writes_in_capitals(pack):
    article = _article(headline="NASA LAUNCHES NEW ROCKET FROM NEW YORK",
                       lede="NASA launched a rocket on Monday.")
    found = [f for f in check_article(article, pack) if f.rule == "EN-AP-17"]
    assert [f.replacements[0] for f in found] == ["NASA launches new rocket from New York"]


def test_quote_style_flags_the_minority_against_the_house_choice(pack):
    article = _article(body=[Block(type="paragraph", text="“Prices rose,” she said. He called it \"fair\".")])
    found = [(f.rule, f.start, f.replacements[0]) for f in check_article(article, pack) if f.rule == "EN-AP-16"]
    text = article.body[0].text
    assert found == [("EN-AP-16", text.index('"'), "“"), ("EN-AP-16", text.rindex('"'), "”")]
    fixed, _ = apply_safe_fixes(article, [f for f in check_article(article, pack) if f.rule == "EN-AP-16"])
    assert fixed.body[0].text == "“Prices rose,” she said. He called it “fair”."


def test_one_quote_style_throughout_is_fine(pack):
    article = _article(body=[Block(type="paragraph", text='"Prices rose," she said. It\'s "fair."')])
    assert [f for f in check_article(article, pack) if f.rule == "EN-AP-16"] == []


def test_quote_missing_from_the_story_is_a_warning(pack):
    article = _article(quotes=[Quote(speaker="Jane Doe", text="Prices will fall", kind="direct"),
                               Quote(speaker="Jane Doe", text="Shops in Austin raised prices", kind="direct"),
                               Quote(speaker="Jane Doe", text="Prices could drop soon", kind="paraphrase")])
    found = [(f.rule, f.field, f.severity) for f in check_article(article, pack) if f.rule == "EN-S09"]
    assert found == [("EN-S09", "quotes[0].text", "warning")]


def test_award_without_recipient_or_name_is_a_warning(pack):
    article = _article(awards=[Award(recipient="", award="Medal of Honor"), Award(recipient="Fire brigade", award=""),
                               Award(recipient="Ward 3 police", award="Certificate of merit")])
    found = [(f.field, f.message) for f in check_article(article, pack) if f.rule == "EN-S10"]
    assert found == [("awards[0].recipient", "Award 1 names no recipient."),
                     ("awards[1].award", "Award 2 does not say which award.")]


def test_empty_signoff_is_a_warning(pack):
    found = [(f.field, f.severity) for f in check_article(_article(), pack) if f.rule == "EN-S03"]
    assert found == []
    article = _article()
    article.byline.signoff = "  "
    found = [(f.field, f.severity) for f in check_article(article, pack) if f.rule == "EN-S03"]
    assert found == [("byline.signoff", "warning")]


def test_headline_and_lede_length(pack):
    long_lede = " ".join(["word"] * 45) + "."
    long_headline = "Prices rise again in Austin as shops and restaurants pass on higher costs to customers this winter"
    article = _article(lede=long_lede, headline=long_headline)
    found = {f.rule: f.message for f in check_article(article, pack) if f.rule in ("EN-S05", "EN-S11")}
    assert found == {"EN-S05": "The lede has 45 words, more than 40: tighten it.",
                     "EN-S11": f"The headline has {len(long_headline)} characters, more than 90."}
    assert not [f for f in check_article(_article(), pack) if f.rule in ("EN-S05", "EN-S11")]


def test_english_messages_by_default_and_vietnamese_on_request(pack):
    article = _article(lede="Prices rose 3.1 percent.")
    en = [f.message for f in check_article(article, pack) if f.rule == "EN-AP-08"]
    vi = [f.message for f in check_article(article, pack, lang="vi") if f.rule == "EN-AP-08"]
    assert en == ["With figures AP writes the percent sign: “3.1%”."]
    assert vi and vi != en and "3.1%" in vi[0]
