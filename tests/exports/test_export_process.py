"""``articledesk export`` as a process: no Qt outside the PDF, the check beside the export, the
desk's masthead read as the window saved it, and the same messages in the same order."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from editor.session import export_core
from editor.session.export_core import ErrorCount, count_house_style_errors, desk_masthead, stored_desk_masthead
from editor.settings import Settings, settings_path
from tests.test_cli import ROOT
from tests.test_cli_check import slipped_article

WARNING = "articledesk: warning: {file}: The house-style checker found 1 error in this article."


def run(*args: str, importtime: bool = False) -> subprocess.CompletedProcess:
    flags = ["-X", "importtime"] if importtime else []
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run([sys.executable, *flags, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=ROOT, env=dict(env, PYTHONIOENCODING="utf-8"), timeout=120)


@pytest.mark.parametrize("fmt", ["txt", "html", "docx", "nitf", "eml"])
def test_an_export_other_than_pdf_never_imports_qt(tmp_path, fmt):
    """Neither the process nor the helper counting the house-style errors loads PySide6 (QtCore
    alone is about 70 ms, more than the DOCX of a long article takes to render), with a desk
    masthead saved by the window, in Vietnamese too (its sentences come from the catalogue)."""
    settings = Settings(settings_path())
    settings.set_value("desk/outlet", "Đài Truyền hình Việt Nam")
    settings.sync()
    source = tmp_path / "tin.article"
    slipped_article(source)
    for lang in ("en", "vi"):
        out = run("export", str(source), "--to", fmt, "-o", str(tmp_path / f"out-{lang}"), "--lang", lang,
                  importtime=True)
        assert out.returncode == 0, out.stderr
        assert out.stdout.strip() == str(tmp_path / f"out-{lang}")
        imported = [line for line in out.stderr.splitlines() if line.startswith("import time:")]
        assert any(" editor.model.house_style" in line for line in imported)  # the check ran (here or beside)
        assert [line for line in imported if "PySide6" in line or "shiboken6" in line] == []
        said = [line for line in out.stderr.splitlines() if not line.startswith("import time:")]
        assert len(said) == 1 and ("1 error" in said[0] or "1 lỗi" in said[0]), said
    if fmt == "docx":
        header = docx.Document(io.BytesIO((tmp_path / "out-en").read_bytes())).sections[0].header
        assert "Đài Truyền hình Việt Nam" in "".join(p.text for p in header.paragraphs)


def test_the_warning_comes_before_the_failure_and_nothing_is_written(tmp_path):
    source = tmp_path / "tin.article"
    slipped_article(source)
    target = tmp_path / "no such folder" / "tin.docx"
    out = run("export", str(source), "--to", "docx", "-o", str(target))
    assert out.returncode == 2
    assert out.stdout == ""
    assert out.stderr.splitlines() == [
        WARNING.format(file=source),
        f"articledesk: Could not export “{target}”: the folder does not exist.",
    ]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_failure_in_vietnamese_says_what_qts_translator_says(qapp, tmp_path, fmt):
    """Without Qt (DOCX) the catalogue gives the export's sentence Qt's translator gives (PDF)."""
    from PySide6.QtCore import QCoreApplication

    from editor.i18n import install_translators, remove_translators

    source = tmp_path / "tin.article"
    slipped_article(source)
    target = tmp_path / "no such folder" / f"tin.{fmt}"
    out = run("export", str(source), "--to", fmt, "-o", str(target), "--lang", "vi")
    translators = install_translators(qapp, "vi")
    try:
        reason = QCoreApplication.translate("ExportService", "the folder does not exist.")
        sentence = QCoreApplication.translate("ExportService", "Could not export “{file}”: {reason}")
    finally:
        remove_translators(qapp, translators)
    assert reason != "the folder does not exist."
    assert out.returncode == 2
    assert out.stderr.splitlines()[-1] == "articledesk: " + sentence.format(file=target, reason=reason)


def test_a_page_setup_that_cannot_print_says_so_without_the_warning(tmp_path):
    source = tmp_path / "tin.article"
    slipped_article(source)
    out = run("export", str(source), "--to", "pdf", "--paper", "A5")
    assert out.returncode == 2
    assert len(out.stderr.splitlines()) == 1 and "warning" not in out.stderr, out.stderr
    assert not (tmp_path / "tin.pdf").exists()


# ------------------------------------------------------------------ the helper process

PROBE = """
import json, os, sys, time
from pathlib import Path
from editor.model import article_file as af
from editor.session import export_core

article = af.load(Path(sys.argv[1]))
mode = sys.argv[2]
parent = os.getpid()
real = export_core.count_house_style_errors

def in_helper(article, check=None):
    if os.getpid() == parent:
        return real(article, check=check)
    if mode == "dies":
        os._exit(3)
    if mode == "garbage":
        return "not a number"
    if mode == "slow":
        time.sleep(60)
    return real(article, check=check)

export_core.count_house_style_errors = in_helper
count = export_core.ErrorCount(article).start()
forked = count.pid != 0
started = time.monotonic()
if mode == "slow":
    count.discard()
    print(json.dumps({"forked": forked, "left_in": time.monotonic() - started, "pid": count.pid}))
else:
    print(json.dumps({"forked": forked, "errors": count.result(), "here": real(article)}))
"""


def _probe(article: Path, mode: str) -> dict:
    out = subprocess.run([sys.executable, "-c", PROBE, str(article), mode], capture_output=True, text=True,
                         cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


needs_fork = pytest.mark.skipif(not hasattr(os, "fork") or export_core._cpus() < 2,
                                reason="the helper is forked only on a POSIX system with two CPUs or more")


@needs_fork
@pytest.mark.parametrize("mode", ["works", "dies", "garbage"])
def test_the_count_never_depends_on_the_helper(tmp_path, mode):
    """A helper that counts, dies or sends something unreadable: the same number of errors."""
    source = tmp_path / "tin.article"
    slipped_article(source)
    result = _probe(source, mode)
    assert result["forked"] is True
    assert result["errors"] == result["here"] == 1


@needs_fork
def test_a_discarded_helper_is_ended_and_reaped(tmp_path):
    source = tmp_path / "tin.article"
    slipped_article(source)
    result = _probe(source, "slow")
    assert result["forked"] is True
    assert result["pid"] == 0 and result["left_in"] < 30


def test_without_a_helper_the_count_is_made_here(monkeypatch, tmp_path):
    source = tmp_path / "tin.article"
    article = slipped_article(source)
    monkeypatch.setattr(export_core, "can_fork", lambda: False)
    count = ErrorCount(article).start()
    assert count.pid == 0
    assert count.result() == count_house_style_errors(article) == 1
    count.discard()  # nothing to end


def test_no_helper_is_forked_once_qt_is_loaded():
    import PySide6.QtCore  # noqa: F401 - what a PDF export or the window has loaded

    assert export_core.can_fork() is False


# ------------------------------------------------------------------ the desk's masthead

MASTHEADS = ["Báo Tuổi Trẻ", "Đài Truyền hình Việt Nam (VTV)", "A, B", " lead", "trail ", 'q"uote', "back\\slash",
             "@at", "semi;colon", "tab\tx", "", "x=y", "#hash", "ü€😀", "a\nb", "[x]", "two  spaces", "50%",
             "a/b", "AB & C"]


@pytest.mark.parametrize("masthead", MASTHEADS)
def test_the_masthead_is_read_as_the_window_reads_it(tmp_path, masthead):
    path = tmp_path / "articledesk.ini"
    settings = Settings(path)
    settings.set_value("print/paper", "Letter")
    settings.set_value("desk/outlet", masthead)
    settings.set_value("desk/website", "vtv.vn")
    settings.sync()
    assert stored_desk_masthead(path) == desk_masthead(Settings(path)) == masthead


def test_plain_mastheads_are_read_without_qt(tmp_path):
    path = tmp_path / "articledesk.ini"
    assert export_core._plain_masthead(path) == ""  # no settings saved yet
    settings = Settings(path)
    settings.set_value("print/paper", "Letter")
    settings.sync()
    assert export_core._plain_masthead(path) == ""  # settings, but no masthead
    for masthead in ("Báo Tuổi Trẻ", "Đài Truyền hình Việt Nam (VTV)", "AB & C", "[x]"):
        settings.set_value("desk/outlet", masthead)
        settings.sync()
        assert export_core._plain_masthead(path) == masthead


def test_the_settings_file_is_the_windows():
    assert export_core.settings_file() == settings_path()
