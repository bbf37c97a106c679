"""The en-newsroom pack, rule by rule: each bad example is flagged by the right rule at the right
words with the right first suggestion; each good example is left alone (house-style.md §4)."""

from __future__ import annotations

import pytest

from editor.model.article import Article, Block
from editor.model.house_style import apply_safe_fixes, check_article, check_text, load_pack


@pytest.fixture(scope="module")
def pack():
    return load_pack("en-newsroom")


def findings(pack, text: str, field: str = "body", block: int | None = 0):
    return check_text(text, pack, field=field, block=block if field == "body" else None)


# (rule, field, text, flagged text, first replacement). Offsets are those of the first
# occurrence of the flagged text.
BAD = [
    ("EN-AP-01", "lede", "AUSTIN, TX (AP) - Prices rose again.", "AUSTIN, TX (AP) - ", "AUSTIN, Texas (AP) — "),
    ("EN-AP-01", "body", "Austin, Texas (AP) — Prices rose.", "Austin, Texas (AP) — ", "AUSTIN, Texas (AP) — "),
    ("EN-AP-01", "body", "DENVER (AP)—Snow fell.", "DENVER (AP)—", "DENVER (AP) — "),
    ("EN-AP-01", "body", "SACRAMENTO, California (AP) — Lawmakers met.", "SACRAMENTO, California (AP) — ",
     "SACRAMENTO, Calif. (AP) — "),
    ("EN-AP-01", "dateline.place", "Sacramento, California", "California", "Calif."),
    ("EN-AP-02", "body", "SACRAMENTO, CA (AP) — Lawmakers met.", "CA", "Calif."),
    ("EN-AP-02", "dateline.place", "SACRAMENTO, CA", "CA", "Calif."),
    ("EN-AP-02", "lede", "PORTLAND, ME (AP) — Lobster prices fell.", "ME", "Maine"),
    ("EN-AP-03", "body", "CHICAGO, Ill. (AP) — Trains stopped.", ", Ill.", ""),
    ("EN-AP-03", "dateline.place", "Seattle, Wash.", ", Wash.", ""),
    ("EN-AP-04", "body", "DAYTON, Oh. (AP) — Factories hired.", "Oh.", "Ohio"),
    ("EN-AP-04", "dateline.place", "AUSTIN, Tex.", "Tex.", "Texas"),
    ("EN-AP-05", "body", "Sacramento, Calif., officials said.", "Calif.", "California"),
    ("EN-AP-05", "body", "She moved to Austin, TX, in May.", "TX", "Texas"),
    ("EN-AP-05", "lede", "The plant is in Gary, Ind. It employs 900.", "Ind.", "Indiana."),
    ("EN-AP-06", "body", "It took the 3 months to finish.", "3", "three"),
    ("EN-AP-06", "lede", "Officials said 4 schools closed.", "4", "four"),
    ("EN-AP-07", "body", "12 people came.", "12", "Twelve"),
    ("EN-AP-07", "body", "Rain fell. 7 roads closed.", "7", "Seven"),
    ("EN-AP-08", "body", "Prices rose 3.1 percent last year.", "3.1 percent", "3.1%"),
    ("EN-AP-08", "body", "Turnout fell 12 per cent.", "12 per cent", "12%"),
    ("EN-AP-08", "headline", "Sales up 5 % in March", "5 %", "5%"),
    ("EN-AP-09", "body", "The vote is on Oct. 4th in the capital.", "4th", "4"),
    ("EN-AP-09", "body", "It opened March 21st.", "21st", "21"),
    ("EN-AP-10", "body", "It ends September 30 this year.", "September", "Sept."),
    ("EN-AP-10", "body", "It began Mar. 3 in the north.", "Mar.", "March"),
    ("EN-AP-10", "body", "It began Sep. 12 in the north.", "Sep.", "Sept."),
    ("EN-AP-10", "body", "It began in Sept. 2019 and ended later.", "Sept.", "September"),
    ("EN-AP-10", "body", "The trial starts on 30 September 2019 in court.", "30 September 2019", "Sept. 30, 2019"),
    ("EN-AP-11", "body", "The doors open at 10:00 AM daily.", "10:00 AM", "10 a.m."),
    ("EN-AP-11", "body", "The meeting starts at 12 noon on Friday.", "12 noon", "noon"),
    ("EN-AP-11", "body", "They met at 3:30pm on Monday.", "3:30pm", "3:30 p.m."),
    ("EN-AP-11", "body", "They left at 9 PM.", "9 PM.", "9 p.m."),
    ("EN-AP-12", "body", "Prices soared in the 1990's and later.", "1990's", "1990s"),
    ("EN-AP-12", "body", "It was a hit in the ’80’s.", "’80’s", "’80s"),
]

GOOD = [
    ("EN-AP-01", "lede", "AUSTIN, Texas (AP) — Prices rose again."),
    ("EN-AP-01", "body", "HANOI (AD) — Volunteers met."),
    ("EN-AP-01", "body", "The agency (AP) said prices rose."),
    ("EN-AP-01", "dateline.place", "HANOI"),
    ("EN-AP-01", "dateline.place", "Hanoi"),
    ("EN-AP-02", "dateline.place", "SACRAMENTO, Calif."),
    ("EN-AP-03", "body", "MIAMI, Okla. (AP) — A small town voted."),
    ("EN-AP-03", "dateline.place", "CHICAGO"),
    ("EN-AP-04", "body", "DAYTON, Ohio (AP) — Factories hired."),
    ("EN-AP-05", "body", "Sacramento, California, officials said. Sen. Dianne Feinstein, D-Calif., agreed."),
    ("EN-AP-05", "body", "Washington, D.C., is the capital. Smith, OK, fine."),
    ("EN-AP-06", "body",
     "The boy, 5, and his sister, aged 7, saw 5% more, $5 bills, 5 feet, a 3-year-old, 2 km, at 5 p.m. on "
     "March 5 at 5 Main St. after a 5-3 win and a 6-4 vote; No. 1 and 2.5 times, 5-10 days, 5 to 10 years, "
     "1 in 5 adults, 3 million people, Game 7, the iPhone 4, 3 inches, 2 degrees, chapter 4, 6 ½ minutes, 2^8."),
    ("EN-AP-06", "body", "Ten people came and four left. The list: 1. Finland 2. Norway 3. Denmark."),
    ("EN-AP-06", "headline", "3 killed as storm hits coast"),
    ("EN-AP-07", "body", "1999 was a good year. In 2001, 12 people came."),
    ("EN-AP-07", "body", "Rules:\n1. Be kind.\n2. Be brief."),
    ("EN-AP-07", "body", "The No. 3 seed won. Oct. 4 was quiet. 3D printers sold well."),
    ("EN-AP-08", "body", "Prices rose 3.1% and the percentage was high. A large percent of voters stayed home."),
    ("EN-AP-09", "body", "The vote is on Oct. 4. He came fourth. The 4th Infantry Division moved."),
    ("EN-AP-10", "body", "It ends Sept. 30, begins March 3, and was planned in September 2019 and in May."),
    ("EN-AP-10", "body", "Jan Smith spoke. In December 25 people died."),
    ("EN-AP-11", "body", "The doors open at 10 a.m. and close at 3:30 p.m., at noon or at midnight."),
    ("EN-AP-12", "body", "Prices soared in the 1990s and the ’80s; the 1990 budget grew."),
]


@pytest.mark.parametrize(("rule", "field", "text", "flagged", "good"), BAD)
def test_bad_example_is_flagged(pack, rule, field, text, flagged, good):
    hits = [f for f in findings(pack, text, field) if f.rule == rule]
    start = text.index(flagged)
    assert [(f.start, f.end, f.text) for f in hits] == [(start, start + len(flagged), flagged)], hits
    assert hits[0].replacements[0] == good
    assert hits[0].message and "{" not in hits[0].message
    assert hits[0].field == field and hits[0].severity == pack.rule(rule).severity


@pytest.mark.parametrize(("rule", "field", "text"), GOOD)
def test_good_example_is_not_flagged(pack, rule, field, text):
    assert [f for f in findings(pack, text, field) if f.rule == rule] == []


def test_rules_have_the_ids_severities_and_fix_classes_of_the_spec(pack):
    spec = {
        "01": ("warning", "safe"), "02": ("warning", "safe"), "03": ("warning", "safe"), "04": ("warning", "safe"),
        "05": ("warning", "safe"), "06": ("warning", "review"), "07": ("warning", "no"), "08": ("warning", "safe"),
        "09": ("warning", "safe"), "10": ("warning", "safe"), "11": ("warning", "safe"), "12": ("warning", "safe"),
        "13": ("suggestion", "safe"), "14": ("warning", "safe"), "15": ("warning", "safe"),
        "16": ("suggestion", "safe"), "17": ("warning", "review"), "18": ("warning", "safe"),
        "19": ("warning", "safe"), "20": ("suggestion", "safe"), "21": ("suggestion", "review"),
        "22": ("suggestion", "review"),
    }
    for number, (severity, autofix) in spec.items():
        rule = pack.rule(f"EN-AP-{number}")
        assert (rule.severity, rule.autofix, rule.enabled) == (severity, autofix, True), rule.id
    assert pack.language == "en"


def test_dateline_is_one_finding_whose_safe_fix_rewrites_it(pack):
    article = Article.new("en")
    article.lede = "AUSTIN, TX (AP) - Prices rose again."
    found = [f for f in check_article(article, pack) if f.field == "lede"]
    assert [f.rule for f in found] == ["EN-AP-01"] and found[0].safe_fix
    fixed, applied = apply_safe_fixes(article, found)
    assert fixed.lede == "AUSTIN, Texas (AP) — Prices rose again." and applied == found
    assert article.lede == "AUSTIN, TX (AP) - Prices rose again."


def test_state_rules_speak_for_themselves_when_the_dateline_rule_is_off(tmp_path):
    custom = tmp_path / "desk.toml"
    custom.write_text('extends = "en-newsroom"\n[rules.EN-AP-01]\nenabled = false\n', encoding="utf-8")
    found = findings(load_pack(custom), "AUSTIN, TX (AP) - Prices rose.")
    assert [(f.rule, f.text, f.replacements[0]) for f in found if f.rule.startswith("EN-AP-0")] == \
        [("EN-AP-02", "TX", "Texas")]


def test_body_rules_do_not_look_inside_the_dateline(pack):
    """The known false positive: “ANN ARBOR, Mich. (AP)” is a dateline, not a state in the story."""
    article = Article.new("en")
    article.body = [Block(type="paragraph", text="ANN ARBOR, Mich. (AP) — The university opened 2 labs."),
                    Block(type="paragraph", text="It hired staff from Ann Arbor, Mich., and Toledo, Ohio.")]
    found = [(f.rule, f.block, f.text) for f in check_article(article, pack) if f.field == "body"]
    assert ("EN-AP-05", 1, "Mich.") in found
    assert not any(rule == "EN-AP-05" and block == 0 for rule, block, _ in found)
    assert ("EN-AP-06", 0, "2") in found  # the story after the dateline is still checked


def test_a_dateline_only_counts_at_the_start_of_the_first_paragraph(pack):
    article = Article.new("en")
    article.body = [Block(type="heading", text="Intro"), Block(type="paragraph", text="DENVER (AP)—Snow fell."),
                    Block(type="paragraph", text="Later, DENVER (AP)—was quoted.")]
    found = [(f.rule, f.block) for f in check_article(article, pack) if f.rule == "EN-AP-01"]
    assert found == [("EN-AP-01", 1)]


def test_percent_style_can_be_the_pre_2019_word(tmp_path):
    custom = tmp_path / "old-ap.toml"
    custom.write_text('extends = "en-newsroom"\n[rules.EN-AP-08]\nparams = { style = "word" }\n', encoding="utf-8")
    found = [f for f in findings(load_pack(custom), "Prices rose 3.1% and 4 percent.") if f.rule == "EN-AP-08"]
    assert [(f.text, f.replacements[0]) for f in found] == [("3.1%", "3.1 percent")]


def test_review_fixes_are_not_applied_unattended(pack):
    found = {f.rule: f for f in findings(pack, "12 people came. It took the 3 months. Mr. Smith said.")}
    assert not found["EN-AP-06"].safe_fix and not found["EN-AP-07"].safe_fix and not found["EN-AP-22"].safe_fix
    day_first = [f for f in findings(pack, "It starts on 30 September.") if f.rule == "EN-AP-10"]
    assert day_first and not day_first[0].safe_fix
