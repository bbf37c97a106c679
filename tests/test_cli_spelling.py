"""``articledesk check`` on English articles: spelling findings (EN-SP01) with their suggestions, the
user's word list, and one warning sentence when no dictionary is installed."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from editor.model import article_file as af
from editor.model.article import Article, Block, Byline
from editor.model.house_style import spelling
from editor.places import user_words_file
from tests.test_cli import ROOT, run

spelling.forget()
needs_us = pytest.mark.skipif(spelling.missing("en_US") is not None and not os.environ.get("CI"),
                              reason="needs Enchant with the en_US Hunspell dictionary (Debian: libenchant-2-2 "
                                     "hunspell-en-us)")


def slipped(path) -> Article:
    a = Article.new("en")
    a.headline = "Mayor wins award"
    a.body = [Block(text="The mayor recieved the award on Thursday. Kalshy paid for it, officials said.")]
    a.byline = Byline(authors=["Jane Doe"], signoff="JD")
    af.save(a, path)
    return a


@needs_us
def test_json_has_the_spelling_finding_with_received_first(tmp_path):
    path = tmp_path / "story.article"
    article = slipped(path)
    out = run("check", str(path), "--format", "json")
    assert out.returncode == 1, out.stderr  # a spelling slip is an error
    records = [json.loads(line) for line in out.stdout.splitlines()]
    spelled = {r["text"]: r for r in records if r["rule"] == "EN-SP01"}
    assert set(spelled) == {"recieved", "Kalshy"}
    r = spelled["recieved"]
    assert (r["field"], r["block"], r["severity"], r["safe_fix"]) == ("body", 0, "error", False)
    assert article.body[0].text[r["start"]:r["end"]] == "recieved"
    assert r["replacements"][0] == "received"
    assert out.stderr == ""


@needs_us
def test_the_users_word_list_is_read(tmp_path):
    path = tmp_path / "story.article"
    slipped(path)
    user_words_file("en").parent.mkdir(parents=True)
    user_words_file("en").write_text("Kalshy\n", encoding="utf-8")
    out = run("check", str(path))
    assert "“recieved”" in out.stdout and "Kalshy" not in out.stdout


NO_ENCHANT = (
    "import sys\n"
    "from editor.model.house_style import spelling\n"
    "def gone():\n"
    "    raise ImportError('no enchant')\n"
    "spelling._enchant = gone\n"
    "from editor.cli.main import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "articledesk: English spelling is not checked because the Enchant spelling library is not installed."),
    ("vi", "articledesk: Chưa kiểm tra chính tả tiếng Anh vì máy chưa cài thư viện chính tả Enchant."),
])
def test_without_enchant_check_says_one_sentence_and_checks_the_rest(tmp_path, lang, sentence):
    first, second = tmp_path / "a.article", tmp_path / "b.article"
    slipped(first)
    slipped(second)
    a = af.load(first)
    a.body[0].text += "  Then he left."  # a double space: EN-AP-19 still runs
    af.save(a, first)
    out = subprocess.run([sys.executable, "-c", NO_ENCHANT, "check", "--lang", lang, str(first), str(second)],
                         capture_output=True, text=True, cwd=ROOT, env=dict(os.environ, PYTHONIOENCODING="utf-8"),
                         timeout=60)
    assert out.stderr.splitlines() == [sentence]  # once for the run, not once per file
    assert "EN-AP-19" in out.stdout and "EN-SP01" not in out.stdout
