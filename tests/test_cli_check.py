"""``articledesk check`` as a desk's script runs it: real process, contract output, exit codes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from editor.model import article_file as af
from editor.model.article import Article, Block, Byline, Dateline
from editor.resources import resource_path
from tests.model.test_article_file import HOSTILE_FILES, make_hostile
from tests.test_cli import ROOT, run


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


# ------------------------------------------------ hostile files (issue 11, point 9)


def test_hostile_files_get_one_sentence_each_and_exit_2(tmp_path):
    made = [make_hostile(kind, tmp_path) for kind in HOSTILE_FILES]
    out = run("check", *(str(p) for p, _ in made))
    assert out.returncode == 2 and out.stdout == ""
    lines = out.stderr.splitlines()
    assert "Traceback" not in out.stderr and len(lines) == len(made), out.stderr
    for (path, expected), line in zip(made, lines, strict=True):
        assert line.startswith(f"articledesk: Cannot open “{path}”") and expected in line and line.endswith(".")


@pytest.mark.parametrize("kind", ["deep-json", "long-number", "ignores-rule-list", "link-loop", "fifo", "device",
                                  "too-large"])
def test_hostile_files_are_not_exported(kind, tmp_path):
    path, expected = make_hostile(kind, tmp_path)
    out = run("export", str(path), "--to", "txt", "-o", str(tmp_path / "out.txt"))
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert out.stderr.count("\n") == 1 and expected in out.stderr and str(path) in out.stderr
    assert not (tmp_path / "out.txt").exists()


@pytest.mark.parametrize("nesting", [150, 100_000])
def test_a_deeply_nested_pack_is_one_sentence(tmp_path, nesting):
    p = tmp_path / "tin.article"
    slipped_article(p)
    pack = tmp_path / "deep.toml"
    pack.write_text('name = "deep"\nlanguage = "vi"\nx = ' + "[" * nesting + "]" * nesting + "\n", encoding="utf-8")
    out = run("check", str(p), "--style", str(pack))
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert out.stderr.count("\n") == 1 and "deep.toml" in out.stderr and "more than 100 levels deep" in out.stderr


def test_a_lone_surrogate_is_repaired_told_and_fixed(tmp_path):
    p = tmp_path / "tin.article"
    slipped_article(p)
    broken = p.read_text(encoding="utf-8").replace("Chiều 11/3", "Chiều \\ud800 11/3")
    p.write_text(broken, encoding="utf-8")
    out = run("check", str(p), "--fix")
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert "“lede”" in out.stderr and "replaced by “\ufffd”" in out.stderr and "applied" in out.stderr
    assert (tmp_path / "tin.article.bak").read_text(encoding="utf-8") == broken
    fixed = af.load(p)
    assert fixed.lede.startswith("Chiều \ufffd 11/3") and fixed.headline == "Hội nghị sơ kết công tác dân vận"
    out = run("export", str(p), "--to", "txt", "-o", str(tmp_path / "tin.txt"))
    assert out.returncode == 0 and "\ufffd" not in out.stderr  # the repair is in the file now


def big_slipped_article(path) -> bytes:
    """An article with safe fixes whose check takes a while (the window in which a colleague saves)."""
    a = slipped_article(path)
    a.body = [Block(text=f"Đoạn {i}: nhiều tập thể có thành tích xuất sắc  được khen thưởng.") for i in range(150)]
    af.save(a, path)
    return path.read_bytes()


COLLEAGUE = """
import os, random, sys, time
from editor.model import article_file
from editor.model.safe_save import save_with_backup
path, headline, delay = sys.argv[1], sys.argv[2], float(sys.argv[3])
first = os.stat(path).st_atime_ns
deadline = time.monotonic() + 20
while os.stat(path).st_atime_ns == first and time.monotonic() < deadline:
    time.sleep(0.0005)  # until check --fix has read the file
article = article_file.load(path)
article.headline = headline
data = article_file.dumps(article).encode()
time.sleep(random.uniform(0, delay))
save_with_backup(path, data)  # what the colleague's window does on Save
"""


def test_check_fix_never_overwrites_a_colleagues_save(tmp_path):
    """Rounds of a real second process saving while --fix works on the same file."""
    p = tmp_path / "tin.article"
    original = big_slipped_article(p)
    started = time.monotonic()
    run("check", str(p))
    checking = time.monotonic() - started
    for round_ in range(6):
        p.write_bytes(original)
        st = os.stat(p)
        os.utime(p, ns=(st.st_mtime_ns - 10**9, st.st_mtime_ns))  # the first read now moves the access time
        headline = f"Đồng nghiệp sửa lần {round_}"
        colleague = subprocess.Popen([sys.executable, "-c", COLLEAGUE, str(p), headline, str(checking)],
                                     cwd=ROOT, stderr=subprocess.PIPE, text=True)
        out = run("check", str(p), "--fix")
        assert colleague.wait(30) == 0, colleague.stderr.read()
        assert "Traceback" not in out.stderr
        assert af.load(p).headline == headline, f"round {round_}: the colleague's save was lost"
        if out.returncode == 2:
            assert "someone else saved it" in out.stderr and out.stderr.count("\n") == 1


def test_two_fix_runs_at_once_keep_the_original_as_backup(tmp_path):
    p = tmp_path / "tin.article"
    original = big_slipped_article(p)
    cmd = [str(Path(sys.executable).parent / "articledesk"), "check", str(p), "--fix"]
    for round_ in range(5):
        p.write_bytes(original)
        p.with_name("tin.article.bak").unlink(missing_ok=True)
        runs = [subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                for _ in range(2)]
        codes = [r.wait(60) for r in runs]
        errors = [r.stderr.read() for r in runs]
        assert p.with_name("tin.article.bak").read_bytes() == original, f"round {round_}: {codes} {errors}"
        assert "xuất sắc  được" not in p.read_text(encoding="utf-8")
        assert set(codes) <= {0, 2} and all("Traceback" not in e for e in errors)


# ------------------------------------------------ locations from 1, pack names (issue 11, point 7)


def test_text_output_names_places_as_the_window_does_counting_from_1(tmp_path):
    from editor.model.article import Quote

    p = tmp_path / "tin.article"
    article = slipped_article(p)
    article.quotes = [Quote(speaker="Bình Thư", role="phóng viên", text="Chúng tôi  sẽ làm tiếp.")]
    af.save(article, p)
    records = [json.loads(line) for line in run("check", str(p), "--format", "json").stdout.splitlines()]
    lines = run("check", str(p)).stdout.splitlines()
    assert len(lines) == len(records) and "[" not in "".join(line.split(" ")[0] for line in lines)
    where = {"headline": "Headline", "body": "Body ¶{n}", "quotes[0].text": "Quote {n}"}
    for record, line in zip(records, lines, strict=True):
        label = where[record["field"]].format(n=(record["block"] or 0) + 1)
        assert line.startswith(f"{p}:{label}:{record['start'] + 1}: {record['severity']} {record['rule']} "
                               f"“{record['text']}”"), (record, line)
    o01 = next(r for r in records if r["rule"] == "VN-O01")
    assert o01["block"] == 0 and o01["start"] == article.body[0].text.index("tich")  # JSON stays 0-based
    assert any(line.startswith(f"{p}:Body ¶1:{o01['start'] + 1}: error VN-O01 “tich”: ") for line in lines)
    assert any(line.startswith(f"{p}:Quote 1:") for line in lines)
    vietnamese = run("check", str(p), "--lang", "vi").stdout
    assert f"{p}:Thân bài ¶1:{o01['start'] + 1}: error VN-O01" in vietnamese  # the window's Vietnamese words


@pytest.mark.parametrize("name", ["nosuchpack", "vi-nosuch", "desk.toml"])
def test_an_unknown_pack_name_says_which_packs_there_are(tmp_path, name, _private_dirs):
    p = tmp_path / "tin.article"
    slipped_article(p)
    out = run("check", str(p), "--style", name, cwd=tmp_path)
    assert out.returncode == 2 and out.stdout == "" and "Traceback" not in out.stderr
    folder = _private_dirs / "data" / "packs"  # ARTICLEDESK_HOME/data: the tests' data folder
    assert out.stderr == (f"articledesk: There is no house-style pack “{name}”: use a built-in pack (vi-newsroom, "
                          f"en-newsroom), a desk's pack saved as NAME.toml in the desk pack folder “{folder}”, or the "
                          f"path of a pack file.\n")


def test_a_missing_pack_file_is_named_as_a_file(tmp_path):
    p = tmp_path / "tin.article"
    slipped_article(p)
    out = run("check", str(p), "--style", str(tmp_path / "packs" / "desk.toml"))
    assert out.returncode == 2 and "desk.toml" in out.stderr and "does not exist" in out.stderr


def test_a_desk_pack_is_found_by_name_in_the_desk_pack_folder(tmp_path, _private_dirs):
    p = tmp_path / "tin.article"
    slipped_article(p)
    folder = _private_dirs / "data" / "packs"
    folder.mkdir(parents=True)
    (folder / "my-desk.toml").write_text('name = "my-desk"\nlanguage = "vi"\nextends = "vi-newsroom"\n\n'
                                         '[rules.VN-O01]\nenabled = false\n', encoding="utf-8")
    out = run("check", str(p), "--style", "my-desk", "--format", "json", cwd=tmp_path)
    assert out.returncode == 0, out.stderr  # its one error rule is off
    rules = {json.loads(line)["rule"] for line in out.stdout.splitlines()}
    assert "VN-O01" not in rules and "VN-P01" in rules
    assert run("check", str(p), "--style", "vi-newsroom").returncode == 1  # a built-in name still wins


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path):
    """``articledesk check … | head``: when the pipe's reader goes away the command stops quietly."""
    files = [tmp_path / f"a{i}.article" for i in range(200)]  # more findings than a pipe holds
    for path in files:
        slipped_article(path)
    exe = Path(sys.executable).parent / "articledesk"
    cmd = [str(exe)] if exe.exists() else [sys.executable, str(ROOT / "main.py")]
    proc = subprocess.Popen(cmd + ["check", "--format", "json", *map(str, files)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=ROOT, env=dict(os.environ, PYTHONIOENCODING="utf-8"))
    assert proc.stdout.read(10)  # one finding's first bytes, then the reader leaves
    proc.stdout.close()
    err = proc.stderr.read().decode("utf-8")
    assert proc.wait(timeout=60) == 1
    assert "Traceback" not in err and "BrokenPipe" not in err, err
