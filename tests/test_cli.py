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


def test_export_eml_is_a_draft_a_mail_program_opens_and_articledesk_reads_back(tmp_path):
    """contract.md lists eml among export's formats: an unsent message (no sender or recipient yet)
    with the article in its text and HTML parts and the .article attached."""
    from email import message_from_bytes, policy

    from editor.model.mail_import import article_from_eml

    src = tmp_path / "bài viết.article"
    shutil.copy(resource_path("samples", "sample-vi.article"), src)
    out = run("export", str(src), "--to", "eml")
    assert out.returncode == 0, out.stderr
    eml = tmp_path / "bài viết.eml"
    assert out.stdout.strip() == str(eml)
    data = eml.read_bytes()
    msg = message_from_bytes(data, policy=policy.default)
    article = af.load(src)
    assert msg["X-Unsent"] == "1" and msg["To"] is None and msg["From"] is None
    assert msg["Subject"] == article.headline
    assert article.body[0].text in msg.get_body(preferencelist=("plain",)).get_content()
    assert [p.get_filename() for p in msg.iter_attachments()] == [f"{article.headline}.article"]
    assert af.dumps(article_from_eml(data)) == af.dumps(article)  # the same article, same id


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


# ------------------------------------------------ the window without a display (issue 11, point 7)


def _without_display(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return dict(env, PYTHONIOENCODING="utf-8", **extra)


@pytest.mark.parametrize("args, extra", [((), {}), (("bài.article",), {}), ((), {"QT_QPA_PLATFORM": "xcb"})])
def test_the_window_without_a_display_is_one_sentence_not_an_abort(tmp_path, args, extra):
    exe = Path(sys.executable).parent / "articledesk"
    out = subprocess.run([str(exe), *args], capture_output=True, text=True, cwd=tmp_path,
                         env=_without_display(**extra), timeout=60)
    assert out.returncode == 2, (out.returncode, out.stderr)  # not 134 (Qt's abort) nor a signal
    assert out.stdout == "" and "Traceback" not in out.stderr and "platform plugin" not in out.stderr
    lines = out.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("articledesk: ") and lines[0].endswith(".")
    assert "graphical session" in lines[0]
    assert "articledesk check FILE" in lines[0] and "articledesk export FILE --to FORMAT" in lines[0]
    assert not list(tmp_path.iterdir())  # no core file, nothing written


@pytest.mark.parametrize("environ, platform", [
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux"),
    ({"QT_QPA_PLATFORM": "vnc"}, "linux"),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "linux"),
    ({"QT_QPA_PLATFORM": "xcb;wayland", "WAYLAND_DISPLAY": "wayland-0"}, "linux"),
    ({}, "darwin"),
    ({}, "win32"),
])
def test_a_session_that_can_show_a_window_is_left_to_qt(environ, platform):
    from editor.display import window_problem

    assert window_problem(environ, platform) is None


@pytest.mark.parametrize("environ", [{}, {"QT_QPA_PLATFORM": "xcb"}, {"QT_QPA_PLATFORM": "wayland"},
                                     {"QT_QPA_PLATFORM": "wayland;xcb", "XDG_SESSION_TYPE": "wayland"}])
def test_no_display_is_told(environ):
    from editor.display import window_problem

    problem = window_problem(environ, "linux")
    assert problem is not None and "needs a graphical session" in str(problem)


def test_missing_x11_libraries_are_named_with_their_packages(monkeypatch):
    from editor import display

    missing = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    monkeypatch.setattr(display, "_qt_xcb_library", lambda: Path("/qt/lib/libQt6XcbQpa.so.6"))
    monkeypatch.setattr(display, "_loads", lambda name: OSError(f"{name}: cannot open shared object file")
                        if str(name) in missing or str(name).endswith("XcbQpa.so.6") else None)
    sentence = str(display.window_problem({"DISPLAY": ":0"}, "linux"))
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in sentence
    assert "“apt-get install libxcb-icccm4 libxcb-keysyms1”" in sentence
    assert "articledesk check" in sentence and ". " not in sentence and sentence.endswith(".")  # one sentence


def test_debian_package_names_follow_the_library_names():
    from editor.display import XCB_LIBRARIES, debian_package

    assert [debian_package(s) for s in XCB_LIBRARIES] == [
        "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-shape0", "libxcb-xkb1", "libxkbcommon-x11-0",
        "libxcb-render-util0", "libxcb-image0", "libxcb-randr0", "libxcb-util1"]


def test_an_unreachable_display_is_told(monkeypatch):
    from editor import display

    try:
        import ctypes

        ctypes.CDLL("libxcb.so.1")
    except OSError:
        pytest.skip("libxcb is not installed")
    monkeypatch.setattr(display, "_qt_xcb_library", lambda: None)
    problem = display.window_problem({"DISPLAY": ":4711"}, "linux")
    assert problem is not None and "“:4711”" in str(problem) and "cannot be reached" in str(problem)


# ------------------------------------------------ help with examples (issue 11, point 7)


def test_help_shows_the_window_and_every_command_with_an_example():
    from editor.cli.main import EXAMPLES, SUBCOMMANDS

    out = run("--help")
    assert out.returncode == 0 and out.stderr == ""
    assert out.stdout.startswith("usage: articledesk [FILE]\n")
    assert set(EXAMPLES) == {"", *SUBCOMMANDS}
    for command, (example, _what) in EXAMPLES.items():
        assert example.startswith(f"articledesk {command}".rstrip() + " ")
        assert f"  {example}  " in out.stdout, command
        if command:
            assert f"    {command} " in out.stdout  # listed among the commands


@pytest.mark.parametrize("command", ["check", "export"])
def test_each_command_shows_its_example(command):
    from editor.cli.main import EXAMPLES

    out = run(command, "--help")
    assert out.returncode == 0
    assert out.stdout.startswith(f"usage: articledesk {command} ")
    assert "\nexample:\n  " + EXAMPLES[command][0] + "  " in out.stdout
