"""``articledesk export --to pdf`` as a script on a server runs it: no display, real files."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from editor.resources import resource_path
from tests.exports.pdf_tools import pdf_fonts, pdf_info, pdf_pages

ROOT = Path(__file__).resolve().parent.parent.parent


def run(*args: str, home: Path) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).parent / "articledesk"
    cmd = [str(exe)] if exe.exists() else [sys.executable, str(ROOT / "main.py")]
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(PYTHONIOENCODING="utf-8", ARTICLEDESK_HOME=str(home))
    return subprocess.run(cmd + list(args), capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


def test_headless_pdf_export_with_paper_and_columns(tmp_path):
    src = tmp_path / "bài viết.article"
    shutil.copy(resource_path("samples", "sample-vi.article"), src)
    out = run("export", str(src), "--to", "pdf", "--paper", "Letter", "--columns", "2", home=tmp_path / "home")
    assert out.returncode == 0, out.stderr
    pdf = tmp_path / "bài viết.pdf"
    assert out.stdout.strip() == str(pdf) and out.stderr == ""
    info = pdf_info(pdf)
    assert info["Page size"].startswith("612 x 792") and info["Title"].startswith("Nâng cao hiệu quả")
    assert all(f["emb"] == "yes" for f in pdf_fonts(pdf))
    words = pdf_pages(pdf)[0].words
    last = max(words, key=lambda w: w.y1)
    footer = [w for w in words if w.y1 > last.y0]  # the bottom line: source, desk note and page number
    assert " ".join(w.text for w in sorted(footer, key=lambda w: w.x0)) == \
        "Nguồn: ANTV 326 chữ · an-ninh-trat-tu Trang 1/1"  # the desk's marks are on by default


def test_remembered_desk_profile_is_used_and_bad_options_are_one_sentence(tmp_path):
    from editor.settings import Settings

    home = tmp_path / "home"
    settings = Settings(home / "config" / "articledesk.ini")
    settings.set_value("desk/outlet", "Báo Mẫu")
    settings.sync()
    src = tmp_path / "a.article"
    shutil.copy(resource_path("samples", "sample-en.article"), src)
    out = run("export", str(src), "--to", "pdf", "-o", str(tmp_path / "out.pdf"), home=home)
    assert out.returncode == 0, out.stderr
    assert pdf_pages(tmp_path / "out.pdf")[0].words[0].text == "Báo"
    bad = run("export", str(src), "--to", "pdf", "--paper", "A5", home=home)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "A4 or Letter" in bad.stderr
    wrong = run("export", str(src), "--to", "html", "--columns", "2", home=home)
    assert wrong.returncode == 2 and "apply only to --to pdf" in wrong.stderr
    assert not (tmp_path / "a.html").exists()
