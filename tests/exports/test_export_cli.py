"""``articledesk export --to html|docx|nitf`` as a desk's script runs it: a real process, real files."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from lxml import etree
from lxml import html as lhtml

from editor.model import article_file as af
from editor.resources import resource_path

ROOT = Path(__file__).resolve().parent.parent.parent


def run(*args: str) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).parent / "articledesk"
    cmd = [str(exe)] if exe.exists() else [sys.executable, str(ROOT / "main.py")]
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run(cmd + list(args), capture_output=True, text=True, cwd=ROOT, env=env, timeout=60)


@pytest.mark.parametrize("fmt, ext", [("html", ".html"), ("docx", ".docx"), ("nitf", ".xml")])
def test_export_writes_the_format_next_to_the_article(tmp_path, fmt, ext):
    src = tmp_path / "bài viết.article"
    shutil.copy(resource_path("samples", "sample-vi.article"), src)
    out = run("export", str(src), "--to", fmt)
    assert out.returncode == 0, out.stderr
    target = tmp_path / f"bài viết{ext}"
    assert out.stdout.strip() == str(target)
    headline = af.load(src).headline
    data = target.read_bytes()
    if fmt == "html":
        doc = lhtml.document_fromstring(data)
        assert doc.xpath("string(//h1)") == headline
        assert json.loads(doc.xpath("//script")[0].text)["headline"] == headline
    elif fmt == "docx":
        assert docx.Document(io.BytesIO(data)).paragraphs[1].text == headline
    else:
        assert "".join(etree.fromstring(data).find(".//{*}hl1").itertext()) == headline


def test_help_lists_the_new_formats():
    out = run("export", "--help")
    assert out.returncode == 0
    for fmt in ("html", "docx", "nitf", "txt"):
        assert fmt in out.stdout
