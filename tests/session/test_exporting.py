"""The export service without a window: every format, the house-style question, the sentence
of a failure, Cancel, atomic writes through symlinks, and the command line's own entry."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest

from editor.model.article import Block
from editor.model.mail_import import article_from_eml
from editor.resources import resource_path
from editor.session.article_session import ArticleSession
from editor.session.exporting import (
    CANCELLED,
    FAILED,
    FORMATS,
    WRITTEN,
    ExportChoice,
    ExportError,
    ExportService,
    export_file,
    failure_sentence,
)
from editor.settings import Settings
from tests.export_helpers import slow_plain_text

ERROR_TEXT = "Nhiều tập thể có thành tich xuất sắc."  # "thành tich": one house-style error


class FakeView:
    """Answers the house-style question as told and records what the service reported."""

    def __init__(self, answer: bool = True) -> None:
        self.answer = answer
        self.asked: list[int] = []
        self.started: list[object] = []
        self.finished: list[object] = []

    def ask_export_despite_errors(self, errors: int) -> bool:
        self.asked.append(errors)
        return self.answer

    def export_started(self, job, choice) -> None:
        self.started.append(job)

    def export_finished(self, job, choice) -> None:
        self.finished.append(job)


@pytest.fixture
def service(qapp, tmp_path):
    src = tmp_path / "bài.article"
    shutil.copy(resource_path("samples", "sample-vi.article"), src)
    session = ArticleSession()
    session.open(src)
    return ExportService(session, Settings(tmp_path / "settings" / "articledesk.ini"))


def run(qtbot, service: ExportService, choice: ExportChoice, view: FakeView):
    job = service.export(choice, view)
    if job is not None:
        qtbot.waitUntil(lambda: job in view.finished, timeout=20000)
    return job


@pytest.mark.parametrize("fmt, looks_right", [
    ("txt", lambda data, headline: headline in data.decode("utf-8")),
    ("html", lambda data, headline: headline in data.decode("utf-8")),
    ("docx", lambda data, headline: data[:2] == b"PK"),
    ("nitf", lambda data, headline: b"<nitf" in data),
    ("pdf", lambda data, headline: data[:5] == b"%PDF-"),
    ("eml", lambda data, headline: headline == article_from_eml(data).headline and b"\r\nX-Unsent: 1\r\n" in data),
])
def test_every_format_is_written(qtbot, service, tmp_path, fmt, looks_right):
    assert set(FORMATS) == {"txt", "html", "docx", "nitf", "pdf", "eml"}
    target = tmp_path / f"out{FORMATS[fmt].extension}"
    view = FakeView()
    job = run(qtbot, service, ExportChoice(fmt, target), view)
    assert job.outcome == WRITTEN and job.error == "" and view.asked == []
    assert looks_right(target.read_bytes(), service.session.article.headline)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_errors_are_asked_about_and_no_means_nothing_is_written(qtbot, service, tmp_path):
    service.session.article.body = [Block(text=ERROR_TEXT)]
    target = tmp_path / "x.html"
    view = FakeView(answer=False)
    assert run(qtbot, service, ExportChoice("html", target), view) is None
    assert view.asked and view.asked[0] >= 1 and view.started == []
    assert not target.exists()
    view.answer = True
    assert run(qtbot, service, ExportChoice("html", target), view).outcome == WRITTEN
    assert target.exists()


def test_a_current_live_checker_answers_without_a_fresh_check(qtbot, service, tmp_path, monkeypatch):
    import editor.model.house_style as house_style

    class SettledChecker:
        pack = object()
        flushed = False

        def flush(self):
            self.flushed = True

        def is_idle(self):
            return True

        def counts(self):
            return {"error": 3, "warning": 0, "suggestion": 0}

    checker = SettledChecker()
    service.live_checker = lambda: checker
    monkeypatch.setattr(house_style, "check_article", lambda *a: pytest.fail("checked again on the GUI thread"))
    view = FakeView(answer=False)
    assert run(qtbot, service, ExportChoice("txt", tmp_path / "a.txt"), view) is None
    assert view.asked == [3] and checker.flushed


def test_unwritable_target_is_one_sentence_naming_the_file(qtbot, service, tmp_path):
    (tmp_path / "blocker").write_text("a file where a folder should be")
    target = tmp_path / "blocker" / "out.pdf"
    view = FakeView()
    job = run(qtbot, service, ExportChoice("pdf", target), view)
    assert job.outcome == FAILED
    assert job.error == f"Could not export “{target}”: the folder does not exist."


@pytest.mark.parametrize("code, reason", [
    (errno.EACCES, "permission denied (the file or its folder is read-only)."),
    (errno.ENOSPC, "the disk is full."),
])
def test_a_failed_write_keeps_the_old_file_and_leaves_no_half_file(service, tmp_path, monkeypatch, code, reason):
    import editor.model.article_file as article_file

    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "keep.txt"
    target.write_bytes(b"old")

    def fail(*_args):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(article_file.os, "fsync", fail)
    with pytest.raises(ExportError) as caught:
        export_file(service.session.article, "txt", target, None)
    assert str(caught.value) == f"Could not export “{target}”: {reason}"
    assert target.read_bytes() == b"old"
    assert [p.name for p in target.parent.iterdir()] == ["keep.txt"]  # no temp file left behind


def test_a_page_setup_that_cannot_print_is_the_same_kind_of_sentence(service, tmp_path):
    from editor.session.page_setup import PrintOptions

    target = tmp_path / "a.pdf"
    with pytest.raises(ExportError) as caught:
        export_file(service.session.article, "pdf", target, None, PrintOptions(columns=3))
    assert str(caught.value) == f"Could not export “{target}”: The page can have 1 or 2 columns, not 3."
    assert failure_sentence(ValueError("No paper"), None) == "Cannot print: No paper."
    assert not target.exists()


def test_cancel_leaves_the_existing_file_untouched(qtbot, service, tmp_path, monkeypatch):
    release = slow_plain_text(monkeypatch)
    target = tmp_path / "keep.txt"
    target.write_bytes(b"old")
    view = FakeView()
    job = service.export(ExportChoice("txt", target), view)
    job.cancel()
    release.set()
    qtbot.waitUntil(lambda: job in view.finished, timeout=5000)
    assert job.outcome == CANCELLED and target.read_bytes() == b"old"


def test_writing_follows_a_symlink_and_keeps_it(service, tmp_path):
    real_folder = tmp_path / "real"
    real_folder.mkdir()
    real = real_folder / "article.txt"
    real.write_bytes(b"old")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    export_file(service.session.article, "txt", link, None)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert service.session.article.headline in real.read_text(encoding="utf-8")


def test_print_job_for_the_preview_comes_from_the_service(service):
    job = service.print_job()
    assert job.options == service.print_options()
    assert job.info.title == service.session.article.headline


def test_the_cli_entry_writes_what_the_window_writes(qtbot, service, tmp_path):
    by_window, by_cli = tmp_path / "w.html", tmp_path / "c.html"
    run(qtbot, service, ExportChoice("html", by_window), FakeView())
    export_file(service.session.article.copy(), "html", by_cli, service.base_dir)
    assert by_window.read_bytes() == by_cli.read_bytes()


def test_widgets_of_export_and_print_do_no_file_work():
    import ast

    root = Path(__file__).resolve().parents[2]
    forbidden = ("exports", "editor.model.article_file", "editor.model.journal", "editor.model.history",
                 "editor.model.safe_save", "editor.model.recovery", "editor.model.library")
    offenders = []
    for folder in ("export", "print"):
        for path in sorted((root / "editor" / "ui" / folder).glob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                    [node.module or ""] if isinstance(node, ast.ImportFrom) else []
                offenders += [f"{path.name}: {n}" for n in names if n.startswith(forbidden)]
    assert offenders == []
