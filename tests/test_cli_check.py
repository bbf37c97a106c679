"""``articledesk check`` as a desk's script runs it: real process, contract output, exit codes."""

from __future__ import annotations

import json
import shutil

import pytest

from editor.model import article_file as af
from editor.model.article import Article, Block, Byline, Dateline
from editor.resources import resource_path
from tests.test_cli import run


def slipped_article(path):
    a = Article.new("vi")
    a.headline = "Hội nghị sơ kết công tác dân vận."
    a.dateline = Dateline(source="ANTV", place="Hà Nội")
    a.lede = "Chiều 11/3, tại Hà Nội, hội nghị đã diễn ra."
    a.body = [
        Block(text="Nhiều tập thể có thành tich xuất sắc  được khen thưởng."),
        Block(text="Hội nghị diễn ra vào Thứ 3 tuần trước."),
    ]
    a.byline = Byline(authors=["Bình Thư"], signoff="BT")
    af.save(a, path)
    return a


def test_json_lines_follow_the_contract(tmp_path):
    p = tmp_path / "tin.article"
    article = slipped_article(p)
    out = run("check", str(p), "--format", "json")
    assert out.returncode == 1, out.stderr  # an error-level finding ("thành tich")
    records = [json.loads(line) for line in out.stdout.splitlines()]
    keys = {"file", "rule", "severity", "field", "block", "start", "end", "text", "message", "replacements", "safe_fix"}
    assert records and all(set(r) == keys for r in records)
    by_rule = {r["rule"]: r for r in records}
    o01 = by_rule["VN-O01"]
    assert (o01["field"], o01["block"], o01["text"]) == ("body", 0, "tich")
    assert article.body[0].text[o01["start"]:o01["end"]] == "tich"
    assert o01["severity"] == "error" and o01["safe_fix"] is False and "tích" in o01["replacements"]
    assert by_rule["VN-P09"]["field"] == "headline" and by_rule["VN-P09"]["block"] is None
    assert by_rule["VN-D02"]["text"] == "Thứ 3"
    order = [(r["field"] != "headline", r["block"] or 0, r["start"]) for r in records if r["field"] in ("headline", "body")]
    assert order == sorted(order)  # document order


def test_fix_applies_only_safe_fixes_and_keeps_a_backup(tmp_path):
    p = tmp_path / "tin.article"
    slipped_article(p)
    original = p.read_bytes()
    out = run("check", str(p), "--fix")
    assert out.returncode == 1  # "tich" has no safe fix and is still there
    assert (tmp_path / "tin.article.bak").read_bytes() == original
    fixed = af.load(p)
    assert fixed.headline == "Hội nghị sơ kết công tác dân vận"
    assert "xuất sắc được" in fixed.body[0].text  # double space gone
    assert "thành tich" in fixed.body[0].text  # unsafe: left for a person
    assert "[fixed:" in out.stdout and "applied" in out.stderr
    again = run("check", str(p), "--format", "json")
    rules = {json.loads(line)["rule"] for line in again.stdout.splitlines()}
    assert "VN-P09" not in rules and "VN-P01" not in rules and "VN-O01" in rules


def test_clean_article_exits_0(tmp_path):
    a = Article.new("vi")
    a.headline = "Hà Nội đón mưa lớn"
    a.body = [Block(text="Sáng nay, Hà Nội có mưa lớn.")]
    a.byline = Byline(signoff="BT")
    p = tmp_path / "ok.article"
    af.save(a, p)
    out = run("check", str(p), "--format", "json")
    assert out.returncode == 0, out.stdout + out.stderr
    assert all(json.loads(line)["severity"] != "error" for line in out.stdout.splitlines())


def test_broken_pack_is_refused_with_file_line_and_key(tmp_path):
    p = tmp_path / "tin.article"
    slipped_article(p)
    pack = tmp_path / "desk.toml"
    pack.write_text('extends = "vi-newsroom"\n\n[rules.VN-P01]\nseverity = "fatal"\n', encoding="utf-8")
    out = run("check", str(p), "--style", str(pack))
    assert out.returncode == 2
    assert str(pack) in out.stderr and "line 4" in out.stderr and "severity" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr


def test_unreadable_file_exits_2_but_checks_the_others(tmp_path):
    good = tmp_path / "good.article"
    shutil.copy(resource_path("samples", "sample-vi.article"), good)
    bad = tmp_path / "bad.article"
    bad.write_text("{", encoding="utf-8")
    out = run("check", str(bad), str(good), "--format", "json")
    assert out.returncode == 2
    assert str(bad) in out.stderr
    assert all(json.loads(line)["file"] == str(good) for line in out.stdout.splitlines())


@pytest.mark.parametrize("name", ["vi-newsroom"])
def test_style_by_name(tmp_path, name):
    p = tmp_path / "tin.article"
    slipped_article(p)
    out = run("check", str(p), "--style", name)
    assert out.returncode == 1 and "VN-O01" in out.stdout


def test_fix_leaves_links_and_joined_words_alone(tmp_path):
    """A bare domain is a link to every rule: “theo tass.ru” must not become “theo tass. ru”."""
    p = tmp_path / "tin.article"
    a = Article.new("vi")
    a.headline = "Nga công bố số liệu mới"
    a.dateline = Dateline(source="TTXVN", place="Mát-xcơ-va")
    a.lede = "Số liệu được công bố chiều qua."
    # The paragraph starts with a capital: a lower-case start is rightly fixed (VN-C01).
    a.body = [Block(text="Tin theo tass.ru, www.anninh.vn và COVID-19"),
              Block(text="Người K'Ho và K’Ho ở Mát‑xcơ‑va, Mát‐xcơ‐va.")]
    a.byline = Byline(authors=["Bình Thư"], signoff="BT")
    af.save(a, p)
    original = p.read_bytes()
    out = run("check", str(p), "--fix")
    assert out.returncode in (0, 1), out.stderr
    assert p.read_bytes() == original
    assert not (tmp_path / "tin.article.bak").exists()
    assert "nothing to fix safely" in out.stderr
