"""EN-SP01, English spelling: Hunspell dictionaries through Enchant, names the article knows,
the desk's word list, what is never checked, and what happens without a dictionary."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from bench.corpus_articles import corpus_article
from editor.model.article import Article, Award, Block, Byline, Dateline, Quote
from editor.model.house_style import check_article, check_article_level, load_pack, spelling
from editor.model.house_style.desk_words import DeskWordError, pack_text_with, read_word_list, word_list_with

ROOT = Path(__file__).resolve().parents[2]


def _have(tag: str) -> bool:
    spelling.forget()
    return spelling.missing(tag) is None


def needs(tag: str):
    """Skip (outside CI) when Enchant or the dictionary ``tag`` is not installed; CI must have them."""
    if _have(tag) or os.environ.get("CI"):
        return pytest.mark.skipif(False, reason="")
    return pytest.mark.skip(reason=f"needs Enchant with the {tag} Hunspell dictionary "
                                   "(Debian: libenchant-2-2 hunspell-en-us hunspell-en-gb)")


US = needs("en_US")
GB = needs("en_GB")


@pytest.fixture(autouse=True)
def _fresh_spelling():
    """No user words and no remembered speller leak from one test into another."""
    spelling.forget()
    spelling.set_user_words("en", [])
    yield
    spelling.forget()
    spelling.set_user_words("en", [])


@pytest.fixture
def pack():
    return load_pack("en-newsroom")


def story(*paragraphs: str, **fields) -> Article:
    a = Article.new("en")
    a.body = [Block(type="paragraph", text=p) for p in paragraphs]
    for key, value in fields.items():
        setattr(a, key, value)
    return a


def spelled(article: Article, pack) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(f.field, f.text, f.replacements) for f in check_article(article, pack) if f.rule == "EN-SP01"]


@US
def test_recieved_is_an_error_with_received_first(pack):
    a = story("The mayor recieved the award on Thursday.")
    (f,) = [f for f in check_article(a, pack) if f.rule == "EN-SP01"]
    assert (f.field, f.block, f.text, f.severity) == ("body", 0, "recieved", "error")
    assert a.body[0].text[f.start:f.end] == "recieved"
    assert f.replacements[0] == "received" and not f.safe_fix  # offered, never applied unattended
    assert f.message == "“recieved” is not in the en-US dictionary: check the spelling."
    assert check_article(a, pack, lang="vi")[0].message == "“recieved” không có trong từ điển en-US: kiểm tra chính tả."


@US
def test_spelling_is_an_article_level_rule(pack):
    a = story("They recieved it.")
    a.headline = "Team recieved award"
    found = [f for f in check_article_level(a, pack) if f.rule == "EN-SP01"]
    assert [(f.field, f.text) for f in found] == [("headline", "recieved"), ("body", "recieved")]


@US
@GB
def test_the_dictionary_follows_the_pack(tmp_path, pack):
    desk = tmp_path / "uk-desk.toml"
    desk.write_text('name = "uk-desk"\nlanguage = "en"\nextends = "en-newsroom"\n'
                    '[settings]\nspelling_dictionary = "en_GB"\n', encoding="utf-8")
    uk = load_pack(desk)
    a = story("The colour of the theatre was recognised by the organisation.")
    assert [t for _f, t, _r in spelled(a, pack)] == ["colour", "theatre", "recognised", "organisation"]
    assert spelled(a, uk) == []
    b = story("The color of the theater was recognized.")
    assert spelled(b, pack) == []
    assert [t for _f, t, _r in spelled(b, uk)] == ["color", "theater"]
    assert spelling.pack_dictionary(uk) == "en_GB" and spelling.pack_dictionary(pack) == "en_US"


@US
def test_names_the_article_knows_are_not_misspellings(pack):
    text = ("Xyzzar opened the meeting. Qwerlin said the plan worked. Bralthe agreed. Vundik wrote it. "
            "Plozny is far.")
    bare = story(text)
    assert [t for _f, t, _r in spelled(bare, pack)] == ["Xyzzar", "Qwerlin", "Bralthe", "Vundik", "Plozny"]
    known = story(text, byline=Byline(authors=["Anna Vundik"]), quotes=[Quote(speaker="Tom Qwerlin", text="x")],
                  awards=[Award(recipient="Bralthe Group", award="Medal")],
                  dateline=Dateline(source="Xyzzar News", place="PLOZNY"))
    assert [t for _f, t, _r in spelled(known, pack) if t in text] == ["Plozny"]  # the dateline place is in capitals
    known.dateline.place = "Plozny"
    assert spelled(known, pack) == []


@US
def test_the_desk_word_list_and_the_user_word_list(tmp_path):
    desk = tmp_path / "desk.toml"
    desk.write_text('name = "desk"\nlanguage = "en"\nextends = "en-newsroom"\n'
                    '[registry]\nwords = ["Vinfast", "phở"]\n', encoding="utf-8")
    pack = load_pack(desk)
    a = story("Vinfast sells cars. Kalshy trades bets. Vinfastt is a slip.")
    assert [t for _f, t, _r in spelled(a, pack)] == ["Kalshy", "Vinfastt"]
    spelling.set_user_words("en", ["kalshy"])  # lower case: any capitalisation
    assert [t for _f, t, _r in spelled(a, pack)] == ["Vinfastt"]


@US
def test_digits_capitals_links_and_mail_addresses_are_not_checked(pack):
    a = story("The COVID-19 unit and NATOO staff read https://exmaple.com/recieved and wrote to "
              "recieved@exmaple.org, www.recieved.com and exmaple.vn on 4G phones with 5ghz radios.")
    assert spelled(a, pack) == []


@US
def test_compounds_possessives_and_contractions(pack):
    a = story("It was a well-intentioned, pre-election move by the non-profit. The minister’s aides didn’t "
              "know, and the students' parents couldn't say. Nobody’s sure it's over. The ministr’s aide "
              "gave a well-intentoned speech.")
    assert [(t, r[0]) for _f, t, r in spelled(a, pack)] == [("ministr", "minister"), ("intentoned", "intentioned")]


@US
def test_capitalised_words_the_story_uses_as_names(pack):
    a = story("Kalshi opened in 2018. Shares of Kalshi rose, and Mr. Dong-hoon of al-Qaeda-linked Agence "
              "France-Presse said Zeev Sharon agreed.", "Zeev Sharon left. Heba Habib contributed.")
    assert spelled(a, pack) == []


@US
def test_a_slip_in_a_capitalised_word_is_still_caught(pack):
    a = story("The Amercian government met on Friady in Washington.", "Bassi fished. Then Bassi said so.")
    found = spelled(a, pack)
    assert [(t, r[0]) for _f, t, r in found] == [("Amercian", "American"), ("Friady", "Friday")]


@US
def test_headlines_in_title_case_are_checked_word_by_word(pack):
    a = story("Nothing to see.")
    a.headline = "Mayor Recieved Award From Governor"
    assert [(f, t, r[0]) for f, t, r in spelled(a, pack)] == [("headline", "Recieved", "Received")]


@US
def test_the_speller_is_safe_to_share_between_threads(pack):
    articles = [story(f"Line {i} recieved teh news from Xyzzar. Xyzzar was here.") for i in range(20)]
    results: list[list] = []

    def work() -> None:
        results.append([spelled(a, pack) for a in articles])

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 4 and all(r == results[0] for r in results)
    assert [t for _f, t, _r in results[0][0]] == ["recieved", "teh"]


class _NoDictionaries:
    @staticmethod
    def dict_exists(tag: str) -> bool:
        return False


def _no_enchant():
    raise ImportError("The 'enchant' C library was not found and maybe needs to be installed.")


@pytest.mark.parametrize(("fake", "sentence"), [
    (_no_enchant, "English spelling is not checked because the Enchant spelling library is not installed."),
    (lambda: _NoDictionaries, "English spelling is not checked because the en-US dictionary is not installed."),
])
def test_without_enchant_or_a_dictionary_the_other_rules_still_run(monkeypatch, pack, fake, sentence):
    monkeypatch.setattr(spelling, "_enchant", fake)
    spelling.forget()
    a = story("The mayor recieved it.  Then he left.")
    rules = {f.rule for f in check_article(a, pack)}
    assert "EN-SP01" not in rules and "EN-AP-19" in rules  # the double space is still found
    template, params = spelling.missing_template("en_US")
    assert template.format(**params) == sentence


def test_a_vietnamese_check_never_imports_enchant(tmp_path):
    code = ("import sys\nfrom editor.model.article import Article, Block\n"
            "from editor.model.house_style import check_article, load_pack\n"
            "a = Article.new('vi'); a.body = [Block(text='Hội nghị đã diễn ra tốt đẹp.')]\n"
            "check_article(a, load_pack('vi-newsroom'))\n"
            "print(sorted(m for m in sys.modules if 'enchant' in m or m.endswith('en_spelling')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_english_in_a_vietnamese_article_is_not_checked_as_vietnamese():
    a = Article.new("vi")
    english = "“The recovery has been remarkable,” the World Bank country director said."
    a.body = [Block(text=f"Ông Andrea Coppola nhận định: {english} Kinh tế có thành tich tốt."),
              Block(text="He said: “Growth will stay strong through the next quarter.”")]
    found = check_article(a, load_pack("vi-newsroom"))
    assert [(f.rule, f.text) for f in found if f.block == 0 and f.rule == "VN-O01"] == [("VN-O01", "tich")]
    start = a.body[0].text.index(english)
    inside = [f for f in found if f.block == 0 and start <= f.start < start + len(english)]
    assert [f for f in inside if f.rule.startswith(("VN-O", "VN-T", "VN-U"))] == []
    assert [f for f in found if f.block == 1 and f.rule.startswith(("VN-O", "VN-T"))] == []
    assert not any(f.rule.startswith("EN-") for f in found)  # English spelling is the English pack's


# ---------------------------------------------------------------- the word lists as text

def test_a_word_goes_at_the_end_of_the_packs_list_keeping_comments():
    text = 'name = "d"\n[registry]\nwords = [\n  "Bassi",  # skipper\n  "Tasos", # commissioner\n]\n# end\n'
    new = pack_text_with(text, "Kalshi", "d.toml")
    assert new == text.replace("# commissioner\n", "# commissioner\n  \"Kalshi\",\n")
    assert pack_text_with(new, "Kalshi", "d.toml") == new  # already there: unchanged


@pytest.mark.parametrize(("text", "expected"), [
    ('name = "d"\nextends = "en-newsroom"\n', 'name = "d"\nextends = "en-newsroom"\n\n[registry]\nwords = ["Kalshi"]\n'),
    ('name = "d"\n[registry]\noutlets = ["A"]\n', 'name = "d"\n[registry]\nwords = ["Kalshi"]\noutlets = ["A"]\n'),
    ('[registry]\nwords = []\n', '[registry]\nwords = ["Kalshi"]\n'),
    ('[registry]\nwords = ["a", "b] # x"] # c\n[settings]\n', '[registry]\nwords = ["a", "b] # x", "Kalshi"] # c\n[settings]\n'),
    ('[registry.states]\nA = "b"\n', '[registry.states]\nA = "b"\n\n[registry]\nwords = ["Kalshi"]\n'),
])
def test_the_word_list_is_made_or_extended_in_place(text, expected):
    assert pack_text_with(text, "Kalshi", "d.toml") == expected


@pytest.mark.parametrize("text", ['registry.words = ["z"]\n', 'name = [\n', '[registry]\nwords = "z"\n'])
def test_a_pack_that_cannot_be_extended_safely_is_left_alone(text):
    with pytest.raises(DeskWordError) as err:
        pack_text_with(text, "Kalshi", "d.toml")
    assert "d.toml" in str(err.value) and "\n" not in str(err.value)


def test_the_user_word_list_is_one_word_a_line():
    assert read_word_list("# mine\nKalshi\n\n  phở \n") == ["Kalshi", "phở"]
    assert word_list_with("Kalshi", "Vinfast") == "Kalshi\nVinfast\n"
    assert word_list_with("Kalshi\n", "Kalshi") == "Kalshi\n"


# ---------------------------------------------------------------- real articles

# Outlets that write British (or Australian, New Zealand) English: a desk there sets spelling_dictionary = "en_GB".
BRITISH_OUTLETS = {"BBC News", "The Independent", "BuzzFeed", "the Guardian", "HeraldSun", "The Telegraph"}
MAX_FLAGS_PER_1000_WORDS = 2.0


def _corpus_article(path: Path) -> Article:
    """A corpus article as a desk would have it: headline, standfirst, paragraphs, byline, outlet."""
    return corpus_article(path, language="en", fresh=True, strip=True, byline="split", outlet=True)


@US
@GB
def test_real_articles_get_at_most_two_flags_per_thousand_words(corpus, tmp_path):
    """Every flag on these professionally edited articles was judged by hand (see the closing note of
    issue 13): all but one (“West Merica Police”, a real slip) are jargon, Māori words or compounds
    Hunspell lacks. The bound is on all flags, so it holds whatever the judgement."""
    paths = sorted((corpus / "en").glob("*.json"))
    if not paths:
        pytest.skip("no English articles in the corpus")
    desk = tmp_path / "uk-desk.toml"
    desk.write_text('name = "uk-desk"\nlanguage = "en"\nextends = "en-newsroom"\n'
                    '[settings]\nspelling_dictionary = "en_GB"\n', encoding="utf-8")
    us, uk = load_pack("en-newsroom"), load_pack(desk)
    flags = words = 0
    per_article = {}
    for path in paths:
        a = _corpus_article(path)
        found = [f for f in check_article(a, uk if a.dateline.source in BRITISH_OUTLETS else us)
                 if f.rule == "EN-SP01"]
        per_article[path.name] = [f.text for f in found]
        flags += len(found)
        words += sum(len(t.split()) for t in [a.headline, a.lede] + [b.text for b in a.body])
    assert flags * 1000 / words <= MAX_FLAGS_PER_1000_WORDS, per_article
    buzzfeed = next((v for k, v in per_article.items() if k.startswith("en_buzzfeed")), None)
    if buzzfeed is not None:
        assert "Merica" in buzzfeed  # the one real slip in these articles is caught
