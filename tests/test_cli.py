"""The articledesk command as a desk's script runs it: a real process, real files."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from editor import __version__
from editor.model import article_file as af
from editor.resources import resource_path

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).parent / "articledesk"
    cmd = [str(exe)] if exe.exists() else [sys.executable, str(ROOT / "main.py")]
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run(cmd + list(args), capture_output=True, text=True, cwd=cwd or ROOT, env=env, timeout=60)


def test_version():
    out = run("--version")
    assert out.returncode == 0
    assert out.stdout.strip() == f"ArticleDesk {__version__}"


def test_export_txt_next_to_the_file(tmp_path):
    src = tmp_path / "bài viết.article"
    shutil.copy(resource_path("samples", "sample-vi.article"), src)
    out = run("export", str(src), "--to", "txt")
    assert out.returncode == 0, out.stderr
    txt = tmp_path / "bài viết.txt"
    assert out.stdout.strip() == str(txt)
    text = txt.read_text(encoding="utf-8")
    article = af.load(src)
    assert text.splitlines()[1] == article.headline
    assert article.body[0].text in text


def test_export_txt_with_output_path(tmp_path):
    out_file = tmp_path / "wire.txt"
    out = run("export", str(resource_path("samples", "sample-en.article")), "--to", "txt", "-o", str(out_file))
    assert out.returncode == 0, out.stderr
    assert "HANOI (AD) —" in out_file.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "content, words",
    [(b"", "empty"), (b"{\"format\": \"articledesk.article\", \"version\": 1, \"id\": \"x\", \"head", "truncated"),
     (b"not json at all", "invalid JSON")],
)
def test_bad_input_exits_2_with_one_sentence(tmp_path, content, words):
    bad = tmp_path / "bad.article"
    bad.write_bytes(content)
    out = run("export", str(bad), "--to", "txt")
    assert out.returncode == 2
    assert words in out.stderr and str(bad) in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    assert "Traceback" not in out.stderr
    assert bad.read_bytes() == content
    assert not (tmp_path / "bad.txt").exists()


def test_missing_file_and_bad_usage_exit_2(tmp_path):
    out = run("export", str(tmp_path / "none.article"), "--to", "txt")
    assert out.returncode == 2 and "no such file" in out.stderr
    out = run("export", str(tmp_path / "none.article"), "--to", "rtf")
    assert out.returncode == 2 and "invalid choice" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_only_implemented_formats_are_offered():
    out = run("export", "--help")
    assert out.returncode == 0
    assert "txt" in out.stdout
