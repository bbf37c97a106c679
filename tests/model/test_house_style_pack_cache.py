"""The compiled-pack cache and the two-core check of the command line give the same findings."""

from __future__ import annotations

import os

import pytest

from editor.model.article import Article, Block, Quote
from editor.model.article_file import load
from editor.model.house_style import check_article, load_pack, pack, pack_cache, parallel
from editor.resources import resource_path

DESK = 'extends = "vi-newsroom"\n[settings]\ntone_placement = "{style}"\n'


def _rows(findings):
    return [(f.rule, f.field, f.block, f.start, f.end, f.text, f.replacements, f.safe_fix, f.message)
            for f in findings]


def _article() -> Article:
    article = Article(language="vi", headline="Thủ tướng thăm tỉnh Hoà Bình")
    article.body = [Block(text="Ông Nguyễn Văn A nói:  “Chúng tôi sẽ hoàn thành kế hoạch trong năm nay” ."),
                    Block(text="UBND tỉnh đã  họp về an ninh Tổ quốc (ANTQ), hoà giải, hòa hợp, thuỷ lợi và kĩ thuật.")]
    article.quotes = [Quote(speaker="Nguyễn Văn A", role="Chủ tịch", text="Chúng tôi sẽ hoàn thành kế hoạch")]
    return article


def _entries(home) -> list:
    folder = home / "cache" / "packs"
    return sorted(folder.glob("*.pickle")) if folder.is_dir() else []


def _fresh(monkeypatch) -> None:
    """Forget the packs this process holds, as a new process would."""
    monkeypatch.setattr(pack, "_CACHE", {})


def test_a_new_process_gets_the_pack_from_the_cache_without_reading_its_toml(_private_dirs, monkeypatch, tmp_path):
    desk = tmp_path / "desk.toml"
    desk.write_text(DESK.format(style="main_vowel"), encoding="utf-8")
    _fresh(monkeypatch)
    built = _rows(check_article(_article(), load_pack(str(desk))))
    assert len(_entries(_private_dirs)) == 1
    _fresh(monkeypatch)

    def no_toml(*_args):
        raise AssertionError("the pack was built again")

    monkeypatch.setattr(pack, "_chain", no_toml)
    cached = load_pack(str(desk))
    assert cached.setting("tone_placement") == "main_vowel"
    assert _rows(check_article(_article(), cached)) == built
    assert any(row[0] == "VN-T01" for row in built)  # the desk's tone style shows in the findings


def test_an_edited_pack_file_is_built_again(_private_dirs, monkeypatch, tmp_path):
    desk = tmp_path / "desk.toml"
    desk.write_text(DESK.format(style="main_vowel"), encoding="utf-8")
    _fresh(monkeypatch)
    load_pack(str(desk))
    desk.write_text(DESK.format(style="first_vowel"), encoding="utf-8")
    _fresh(monkeypatch)
    assert load_pack(str(desk)).setting("tone_placement") == "first_vowel"


def test_an_edited_base_pack_is_built_again(_private_dirs, monkeypatch, tmp_path):
    base = tmp_path / "base.toml"
    base.write_text(DESK.format(style="main_vowel"), encoding="utf-8")
    desk = tmp_path / "desk.toml"
    desk.write_text('extends = "base.toml"\nname = "desk"\n', encoding="utf-8")
    _fresh(monkeypatch)
    assert load_pack(str(desk)).setting("tone_placement") == "main_vowel"
    base.write_text(DESK.format(style="first_vowel"), encoding="utf-8")
    _fresh(monkeypatch)
    assert load_pack(str(desk)).setting("tone_placement") == "first_vowel"


@pytest.mark.parametrize("damage", [b"", b"not a pickle at all", "truncate"])
def test_a_damaged_cache_entry_is_ignored_and_rebuilt(_private_dirs, monkeypatch, damage):
    _fresh(monkeypatch)
    expected = _rows(check_article(_article(), load_pack("vi-newsroom")))
    (entry,) = _entries(_private_dirs)
    data = entry.read_bytes()
    entry.write_bytes(data[: len(data) // 2] if damage == "truncate" else damage)
    _fresh(monkeypatch)
    assert _rows(check_article(_article(), load_pack("vi-newsroom"))) == expected
    assert entry.read_bytes() == data  # written again, whole


def test_a_cache_folder_that_cannot_be_written_only_costs_time(_private_dirs, monkeypatch):
    (_private_dirs / "cache").rmdir()
    (_private_dirs / "cache").write_text("a file where the folder should be", encoding="utf-8")
    _fresh(monkeypatch)
    assert _rows(check_article(_article(), load_pack("vi-newsroom")))
    assert pack_cache.load(resource_path("packs", "vi-newsroom.toml")) is None


def test_a_broken_pack_is_never_taken_from_the_cache(_private_dirs, monkeypatch, tmp_path):
    desk = tmp_path / "desk.toml"
    desk.write_text(DESK.format(style="main_vowel"), encoding="utf-8")
    _fresh(monkeypatch)
    load_pack(str(desk))
    desk.write_text(DESK.format(style="sideways"), encoding="utf-8")
    _fresh(monkeypatch)
    with pytest.raises(Exception, match="tone_placement"):
        load_pack(str(desk))


def _long_article() -> Article:
    sample = load(resource_path("samples", "sample-vi.article"))
    sample.body = sample.body * 6
    return sample


@pytest.mark.skipif(not hasattr(os, "fork"), reason="two-core checking needs os.fork")
def test_the_two_core_check_equals_the_one_core_check(monkeypatch):
    monkeypatch.setattr(parallel, "MIN_CHARACTERS", 0)
    monkeypatch.setattr(parallel, "usable", lambda: True)
    vi = load_pack("vi-newsroom")
    for article in (_article(), _long_article(), load(resource_path("samples", "sample-en.article"))):
        assert _rows(parallel.check_article_parallel(article, vi)) == _rows(check_article(article, vi))


@pytest.mark.skipif(not hasattr(os, "fork"), reason="two-core checking needs os.fork")
@pytest.mark.parametrize("failure", ["no fork", "child fails"])
def test_when_the_helper_process_fails_this_one_checks_everything(monkeypatch, failure):
    monkeypatch.setattr(parallel, "MIN_CHARACTERS", 0)
    monkeypatch.setattr(parallel, "usable", lambda: True)
    if failure == "no fork":
        def refuse():
            raise OSError("no more processes")
        monkeypatch.setattr(parallel.os, "fork", refuse)
    else:
        def broken(*_args, **_kwargs):
            raise RuntimeError("the child cannot send its findings")
        monkeypatch.setattr(parallel.pickle, "dumps", broken)  # only the child pickles
    vi = load_pack("vi-newsroom")
    article = _long_article()
    assert _rows(parallel.check_article_parallel(article, vi)) == _rows(check_article(article, vi))


def test_a_process_using_the_cache_finds_what_a_process_building_the_pack_finds(_private_dirs, tmp_path):
    import subprocess
    import sys

    from editor.model.article_file import save

    names = []
    for i, article in enumerate((_article(), _long_article())):
        names.append(str(tmp_path / f"a{i}.article"))
        save(article, names[-1])
    script = ("import json, sys\n"
              "from editor.model.article_file import load\n"
              "from editor.model.house_style import check_article, load_pack\n"
              f"for name in {names!r}:\n"
              "    article = load(name)\n"
              "    for pack in ('vi-newsroom', 'en-newsroom'):\n"
              "        for f in check_article(article, load_pack(pack)):\n"
              "            print(json.dumps(f.to_json(name), ensure_ascii=False))\n")
    env = dict(os.environ, ARTICLEDESK_HOME=str(_private_dirs))
    runs = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
            for _ in range(2)]
    assert len(_entries(_private_dirs)) == 2  # the first process built both packs and kept them
    assert runs[0].returncode == runs[1].returncode == 0, runs[1].stderr
    assert runs[0].stdout.count("\n") > 10 and runs[1].stdout == runs[0].stdout


def test_the_helper_process_is_forked_only_when_a_cpu_is_idle(monkeypatch):
    # threads other tests leave behind (a window's background writer) must not decide this one
    monkeypatch.setattr(parallel.threading, "active_count", lambda: 1)
    monkeypatch.setattr(parallel, "_cpus", lambda: 2)
    monkeypatch.setattr(parallel, "_running", lambda: 1)  # this process alone
    assert parallel.usable() == hasattr(os, "fork")
    monkeypatch.setattr(parallel, "_running", lambda: 3)
    assert not parallel.usable()
    monkeypatch.setattr(parallel, "_running", lambda: None)  # no /proc: the load average decides
    monkeypatch.setattr(parallel.os, "getloadavg", lambda: (0.4, 0.4, 0.4), raising=False)
    assert parallel.usable() == hasattr(os, "fork")
    monkeypatch.setattr(parallel.os, "getloadavg", lambda: (1.7, 1.0, 1.0), raising=False)
    assert not parallel.usable()  # the other CPU is busy: one process does it all
    monkeypatch.setattr(parallel, "_cpus", lambda: 1)
    monkeypatch.setattr(parallel.os, "getloadavg", lambda: (0.0, 0.0, 0.0), raising=False)
    assert not parallel.usable()


def test_an_entry_of_another_program_version_is_replaced_not_kept(_private_dirs, monkeypatch):
    _fresh(monkeypatch)
    load_pack("vi-newsroom")
    (old,) = _entries(_private_dirs)
    monkeypatch.setattr(pack_cache, "_program_key", lambda: "another version of the program")
    _fresh(monkeypatch)
    load_pack("vi-newsroom")
    (new,) = _entries(_private_dirs)
    assert new != old


def test_an_entry_brings_the_lexer_and_link_patterns_compiled(_private_dirs, monkeypatch, tmp_path):
    """Every check lexes: a new process takes those patterns from the entry instead of compiling them."""
    import regex
    from regex import _main

    from editor.model.text import lexer, links

    desk = tmp_path / "desk.toml"
    desk.write_text(DESK.format(style="first_vowel"), encoding="utf-8")
    _fresh(monkeypatch)
    lexer._patterns.cache_clear()  # as in a new process: nothing lexed yet
    links._compiled.cache_clear()
    regex.purge()
    load_pack(str(desk))
    regex.purge()
    stored = pack_cache.load(pack.pack_path(str(desk)))
    assert stored is not None
    assert stored[1]() is not None  # unpickling hands the entry's patterns to regex
    held = [key[0] for key in _main._cache]
    assert lexer.WORD_CHARACTER + "+" in held  # the lexer's runs
    assert any("|".join(links.TLDS) in p for p in held)  # the link recogniser
