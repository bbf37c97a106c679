"""The command line speaks the user's language (``--lang`` or the terminal's), and only in its sentences:
findings keep their rule ids, JSON keys and messages whatever the language."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from editor.cli.messages import CommandLine, terminal_language
from editor.model import article_file as af
from editor.model.article import Article, Block
from editor.model.file_io import N_
from tests.test_cli import ROOT
from tests.test_cli_check import slipped_article

BAD = '{"format": "articledesk.article", "version": 1, "id": "x", "quotes": {"a": 1}}'


def run(*args: str, **env: str) -> subprocess.CompletedProcess:
    """``articledesk`` with exactly the locale variables given (none by default)."""
    base = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, cwd=ROOT,
                          env=dict(base, PYTHONIOENCODING="utf-8", **env), timeout=60)


@pytest.mark.parametrize(("environ", "expected"), [
    ({}, "en"), ({"LANG": "vi_VN.UTF-8"}, "vi"), ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "vi_VN"}, "vi"),
    ({"LANG": "vi_VN.UTF-8", "LC_ALL": "C.UTF-8"}, "en"), ({"LC_ALL": "vi"}, "vi"), ({"LANG": ""}, "en"),
])
def test_the_terminals_language_is_the_first_locale_variable_set(environ, expected):
    assert terminal_language(environ) == expected


def test_error_sentences_follow_lang_and_the_terminal(tmp_path):
    bad = tmp_path / "hong.article"
    bad.write_text(BAD, encoding="utf-8")
    english = f"articledesk: Cannot open “{bad}”: “quotes” should be a list."
    vietnamese = f"articledesk: Không mở được “{bad}”: “quotes” phải là danh sách."
    assert run("check", str(bad)).stderr.strip() == english
    assert run("check", str(bad), LANG="vi_VN.UTF-8").stderr.strip() == vietnamese
    assert run("check", str(bad), "--lang", "vi").stderr.strip() == vietnamese
    assert run("check", str(bad), "--lang", "en", LANG="vi_VN.UTF-8").stderr.strip() == english
    assert run("check", str(bad), LANG="vi_VN.UTF-8", LC_ALL="C.UTF-8").stderr.strip() == english
    out = run("export", str(bad), "--to", "txt", "--lang", "vi")
    assert out.returncode == 2 and out.stderr.strip() == vietnamese


def test_json_findings_are_the_same_in_both_languages(tmp_path):
    p = tmp_path / "tin.article"
    slipped_article(p)
    english = run("check", str(p), "--format", "json")
    vietnamese = run("check", str(p), "--format", "json", "--lang", "vi")
    assert english.returncode == vietnamese.returncode == 1
    assert english.stdout == vietnamese.stdout and english.stdout.count("\n") > 3


def _with_safe_fixes(path, n: int) -> None:
    a = Article.new("vi")
    a.headline = "Hà Nội đón mưa lớn"
    a.body = [Block(text="Sáng nay, Hà Nội  có mưa lớn" + ("  ở ngoại thành." if n == 2 else " ở ngoại thành."))]
    af.save(a, path)


@pytest.mark.parametrize(("n", "english", "vietnamese"), [
    (1, "applied 1 safe fix;", "đã áp dụng 1 sửa lỗi an toàn;"),
    (2, "applied 2 safe fixes;", "đã áp dụng 2 sửa lỗi an toàn;"),
])
def test_the_fix_summary_counts_in_words_of_the_language(tmp_path, n, english, vietnamese):
    p = tmp_path / "tin.article"
    _with_safe_fixes(p, n)
    assert english in run("check", str(p), "--fix").stderr
    _with_safe_fixes(p, n)
    said = run("check", str(p), "--fix", LANG="vi_VN.UTF-8").stderr
    assert vietnamese in said and "bản gốc được giữ lại là tin.article.bak" in said
    assert "không có lỗi nào sửa tự động an toàn được" in run("check", str(p), "--fix", "--lang", "vi").stderr


def test_the_export_warning_and_usage_sentences_in_vietnamese(tmp_path):
    p = tmp_path / "tin.article"
    a = Article.new("vi")
    a.headline = "Chia sẻ lên facebook"  # page furniture: one error
    a.body = [Block(text="Sáng nay, Hà Nội có mưa lớn.")]
    af.save(a, p)
    out = run("export", str(p), "--to", "txt", "--lang", "vi")
    assert out.returncode == 0
    assert out.stderr.strip() == f"articledesk: cảnh báo: {p}: Bộ kiểm tra quy chuẩn biên tập phát hiện 1 lỗi trong bài."
    assert "found 1 error in this article." in run("export", str(p), "--to", "txt").stderr
    out = run("export", str(p), "--to", "txt", "--paper", "A4", LANG="vi_VN.UTF-8")
    assert out.stderr.strip() == "articledesk: --paper và --columns chỉ dùng cho --to pdf, không dùng cho txt."


def test_pdf_export_in_vietnamese_still_gets_its_graphical_application(tmp_path):
    p = tmp_path / "tin.article"
    slipped_article(p)
    out = run("export", str(p), "--to", "pdf", "--lang", "vi")
    assert out.returncode == 0, out.stderr
    assert "cảnh báo:" in out.stderr and (tmp_path / "tin.pdf").read_bytes().startswith(b"%PDF")


PROBE = """
import sys
from editor.cli.main import main
code = main(sys.argv[1:])
loaded = sorted(m for m in sys.modules if m.startswith("PySide6"))
app = None
if loaded:
    from PySide6.QtCore import QCoreApplication
    app = QCoreApplication.instance()
print(code, "qt" if loaded else "no-qt", "app" if app is not None else "no-app")
"""


def _probe(*args: str) -> str:
    out = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, cwd=ROOT,
                         env=dict(os.environ, PYTHONIOENCODING="utf-8"), timeout=60)
    return out.stdout.strip().splitlines()[-1]


def test_a_check_never_loads_qt_in_either_language(tmp_path):
    """Importing QtCore is half a check's time: the Vietnamese sentences come from the catalogue
    read with the standard library, so no check loads Qt, even to say something."""
    p = tmp_path / "tin.article"
    slipped_article(p)
    bad = tmp_path / "hong.article"
    bad.write_text(BAD, encoding="utf-8")
    for lang in ("en", "vi"):
        assert _probe("check", str(p), "--lang", lang) == "1 no-qt no-app"
        assert _probe("check", str(p), "--fix", "--lang", lang) == "1 no-qt no-app"
        assert _probe("check", str(bad), "--lang", lang) == "2 no-qt no-app"


def test_a_translation_with_a_broken_placeholder_falls_back_to_english(monkeypatch):
    say = CommandLine("vi")
    monkeypatch.setattr(say, "translate", lambda template: "{tệp} hỏng")
    assert say(N_("{file}: nothing to fix safely"), file="a.article") == "a.article: nothing to fix safely"
    assert CommandLine("xx").language == "en"
