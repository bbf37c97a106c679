"""Never losing work, as a journalist meets it in the window: autosave, recovery, save conflicts,
failed saves, history. The session's own behaviour (each conflict answer, each reason a save
fails, backups, the journal's timing) is tested without a window in tests/session."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from editor.app import create_main_window
from editor.model import article_file
from editor.model.article import Article, Block
from editor.model.history import REPLACED_BY_DISK
from editor.model.journal import Journal
from editor.model.recovery import FILE_SAME, recoverables
from editor.settings import Settings, data_dir
from editor.ui.safety.recovery_dialog import RecoveryChoice, RecoveryDialog
from editor.ui.window_dialogs import CANCEL, TAKE_THEIRS


def type_text(widget, text: str) -> None:
    """Type like a keyboard would (QTest.keyClicks only knows ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def type_at_end(widget, text: str) -> None:
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(widget, text)


def write_article(path: Path, headline: str = "Mưa lớn ở Hà Nội", body: str = "Chiều nay trời mưa to.") -> Path:
    a = Article.new("vi")
    a.headline = headline
    a.body = [Block(text=body)]
    article_file.save(a, path)
    return path


class Answers:
    """Scripted answers to the window's questions."""

    def __init__(self) -> None:
        self.save_changes = "cancel"
        self.conflict = CANCEL
        self.save_path: str | None = None
        self.recovery = RecoveryChoice()
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.asked_conflict = 0

    def install(self, window, monkeypatch) -> None:
        def conflict(_name):
            self.asked_conflict += 1
            return self.conflict

        monkeypatch.setattr(window.dialogs, "ask_save_changes", lambda _name: self.save_changes)
        monkeypatch.setattr(window.dialogs, "ask_overwrite_changed_file", conflict)
        monkeypatch.setattr(window.dialogs, "ask_save_path", lambda _suggested: self.save_path)
        monkeypatch.setattr(window.safety, "ask_recovery", lambda _items: self.recovery)
        monkeypatch.setattr(window.dialogs, "show_error", self.errors.append)
        monkeypatch.setattr(window.dialogs, "show_info", self.infos.append)


@pytest.fixture
def settings(tmp_path) -> Settings:
    s = Settings(tmp_path / "settings" / "articledesk.ini")
    s.set_value("autosave/delay_ms", 150)
    s.set_value("autosave/max_interval_ms", 400)
    return s


@pytest.fixture
def answers() -> Answers:
    return Answers()


@pytest.fixture
def make_window(qtbot, settings, answers, monkeypatch):
    def make(path: str | None = None):
        window = create_main_window(path, settings)
        answers.install(window, monkeypatch)
        qtbot.addWidget(window)
        window.show()
        return window

    return make


def journal_articles() -> list[Article]:
    return [e.article for e in Journal(data_dir() / "recovery", owner="reader").entries()]


# ------------------------------------------------------------------ autosave


def test_edits_reach_the_journal_within_seconds_and_leave_it_on_save(make_window, tmp_path, qtbot):
    path = write_article(tmp_path / "mua.article")
    window = make_window(str(path))
    type_at_end(window.body, " Nhiều tuyến phố ngập sâu.")
    qtbot.waitUntil(lambda: len(journal_articles()) == 1, timeout=3000)
    [kept] = journal_articles()
    assert kept.body[0].text == "Chiều nay trời mưa to. Nhiều tuyến phố ngập sâu."
    assert window.session.modified  # autosave never marks anything saved
    assert json.loads(path.read_text(encoding="utf-8"))["body"][0]["text"] == "Chiều nay trời mưa to."
    assert window.files.save()
    assert journal_articles() == []


def test_the_journal_is_written_off_the_window_thread_from_the_text_on_screen(make_window, tmp_path, qtbot,
                                                                             monkeypatch):
    import threading

    threads: list[threading.Thread] = []
    real = Journal.write

    def write(self, *args):
        threads.append(threading.current_thread())
        return real(self, *args)

    monkeypatch.setattr(Journal, "write", write)
    path = write_article(tmp_path / "mua.article")
    window = make_window(str(path))
    type_at_end(window.body, " Nhiều tuyến phố ngập sâu.")
    window.fields.headline.setPlainText("Mưa lớn, phố ngập")  # a field too, edited after the body
    qtbot.waitUntil(lambda: bool(journal_articles())
                    and journal_articles()[0].headline == "Mưa lớn, phố ngập", timeout=3000)
    [kept] = journal_articles()
    assert kept.body[0].text == "Chiều nay trời mưa to. Nhiều tuyến phố ngập sâu."
    assert threads and threading.main_thread() not in threads


def test_choosing_not_to_save_removes_the_entry(make_window, answers, qtbot):
    window = make_window()
    window.files.new_article_in("vi")
    type_at_end(window.body, "Bản nháp bỏ đi.")
    qtbot.waitUntil(lambda: len(journal_articles()) == 1, timeout=3000)
    answers.save_changes = "discard"
    window.close()
    qtbot.wait(50)
    assert journal_articles() == []


def test_a_failed_autosave_is_reported_and_retried(make_window, qtbot, monkeypatch):
    from editor.model import journal as journal_module

    window = make_window()
    window.files.new_article_in("vi")
    real = journal_module.article_file.write_atomic

    def full_disk(path, data):
        raise journal_module.article_file._write_error(Path(path), OSError(errno.ENOSPC, "full"))

    monkeypatch.setattr(journal_module.article_file, "write_atomic", full_disk)
    type_at_end(window.body, "Viết tiếp khi ổ đầy.")
    qtbot.waitUntil(lambda: window.safety.autosave_label.isVisible(), timeout=3000)
    assert "disk is full" in window.safety.autosave_label.text()
    assert window.session.modified and window.isWindowModified()
    monkeypatch.setattr(journal_module.article_file, "write_atomic", real)
    qtbot.waitUntil(lambda: not window.safety.autosave_label.isVisible(), timeout=3000)
    assert journal_articles()[0].body[0].text == "Viết tiếp khi ổ đầy."


# ------------------------------------------------------------------ recovery


def crashed_entry(article: Article, path: Path | None, saved_text: str | None) -> None:
    """What a program killed while editing leaves behind (its lock is gone)."""
    Journal(data_dir() / "recovery").write(article, path, saved_text)


def test_start_offers_what_a_crash_left_and_restores_it(make_window, answers, tmp_path):
    path = write_article(tmp_path / "mua.article")
    text = path.read_text(encoding="utf-8")
    edited = article_file.load(path)
    edited.body[0].text += " Đoạn đã gõ trước khi máy treo."
    crashed_entry(edited, path, text)
    [item] = recoverables(Journal(data_dir() / "recovery", owner="reader"))
    answers.recovery = RecoveryChoice(restore=item)
    window = make_window(str(path))
    window.safety.offer_recovery()
    assert window.safety.recovery_offered
    assert window.session.path == path and window.session.modified
    assert window.body.blocks()[0].text.endswith("Đoạn đã gõ trước khi máy treo.")
    entries = Journal(data_dir() / "recovery", owner="reader").entries()
    assert [e.owner for e in entries] == [window.safety.service.journal.owner]  # this program keeps it now
    assert window.files.save() and answers.asked_conflict == 0  # the file was the one the text was based on
    assert Journal(data_dir() / "recovery", owner="reader").entries() == []


def test_discarded_recoveries_are_gone_and_later_ones_stay(make_window, answers, tmp_path):
    first, second = Article.new("vi"), Article.new("en")
    first.headline, second.headline = "Bài một", "Story two"
    crashed_entry(first, None, None)
    crashed_entry(second, None, None)
    items = recoverables(Journal(data_dir() / "recovery", owner="reader"))
    discard = next(i for i in items if i.article.headline == "Bài một")
    answers.recovery = RecoveryChoice(discard=[discard])
    window = make_window()
    window.safety.offer_recovery()
    left = recoverables(Journal(data_dir() / "recovery", owner="reader"))
    assert [i.article.headline for i in left] == ["Story two"]
    window.safety.show_recovery()  # File › Recover Unsaved Work… offers it again
    assert not window.session.modified


def test_the_recovery_dialog_shows_name_time_and_field_differences(qtbot, tmp_path, monkeypatch):
    path = write_article(tmp_path / "mua.article")
    edited = article_file.load(path)
    edited.headline = "Mưa rất lớn ở Hà Nội"
    crashed_entry(edited, path, path.read_text(encoding="utf-8"))
    items = recoverables(Journal(data_dir() / "recovery", owner="reader"))
    dialog = RecoveryDialog(items)
    qtbot.addWidget(dialog)
    assert items[0].file_state == FILE_SAME
    assert dialog.list.item(0).text().startswith("mua.article\nkept ")
    html = dialog.details.toHtml()
    assert "Headline" in html and "rất" in html and "line-through" not in html.split("rất")[0][-200:]
    monkeypatch.setattr(dialog, "confirm_discard", lambda _name: True)
    dialog.discard_button.click()
    assert dialog.choice.discard == items and dialog.result() == RecoveryDialog.DialogCode.Accepted


# -------------------------------------------------------------- save conflicts


@pytest.fixture
def conflict(make_window, tmp_path):
    """Mine: typed in the window. Theirs: another program saved the file meanwhile."""
    path = write_article(tmp_path / "mua.article")
    window = make_window(str(path))
    type_at_end(window.body, " Bản của tôi.")
    theirs = article_file.load(path)
    theirs.body[0].text = "Bản của đồng nghiệp."
    article_file.save(theirs, path)
    os.utime(path, ns=(1, 1))  # even on a coarse clock the change shows
    return window, path


def test_take_theirs_shows_the_file_and_keeps_mine_in_history(conflict, answers):
    window, path = conflict
    answers.conflict = TAKE_THEIRS
    assert window.files.save()
    assert window.body.blocks()[0].text == "Bản của đồng nghiệp." and not window.session.modified
    [mine] = window.safety.service.history.list(window.session.article.id)
    assert mine.reason == REPLACED_BY_DISK
    assert window.safety.service.history.load(mine).body[0].text.endswith("Bản của tôi.")


def test_cancel_writes_nothing_and_keeps_the_text(conflict, answers):
    window, path = conflict
    answers.conflict = CANCEL
    assert not window.files.save()
    assert window.session.modified and answers.asked_conflict == 1
    assert article_file.load(path).body[0].text == "Bản của đồng nghiệp."


# ------------------------------------------------------------- failed saves


def test_a_failed_save_says_why_and_keeps_the_text_in_the_window_and_journal(
        make_window, answers, tmp_path, monkeypatch):
    """We run as root, so chmod would not stop the write: the disk is simulated by patching. Each
    reason (full, read-only, no permission) is tested against the session in tests/session."""
    error, expected = errno.ENOSPC, "the disk is full"
    from editor.model import safe_save

    path = write_article(tmp_path / "mua.article")
    before = path.read_bytes()
    window = make_window(str(path))
    type_at_end(window.body, " Đoạn quan trọng.")
    real = safe_save.write_atomic

    def failing(target, data, **kwargs):
        if Path(target).parent == tmp_path:  # the article's folder fails; the data folder works
            raise article_file._write_error(Path(target), OSError(error, os.strerror(error)))
        real(target, data, **kwargs)

    monkeypatch.setattr(safe_save, "write_atomic", failing)
    assert not window.files.save()
    assert len(answers.errors) == 1 and expected in answers.errors[0] and "mua.article" in answers.errors[0]
    assert window.session.modified and window.body.blocks()[0].text.endswith("Đoạn quan trọng.")
    assert path.read_bytes() == before
    assert journal_articles()[0].body[0].text.endswith("Đoạn quan trọng.")


def test_saving_into_a_missing_folder_says_so(make_window, answers, tmp_path):
    window = make_window()
    window.files.new_article_in("vi")
    type_at_end(window.body, "Bài mới.")
    answers.save_path = str(tmp_path / "khong-co" / "bai.article")
    assert not window.files.save()
    assert "folder does not exist" in answers.errors[0]
    assert window.session.modified and window.session.path is None


# ------------------------------------------------------------------ history


def test_history_lists_each_save_and_restores_with_undo(make_window, tmp_path, qtbot):
    path = write_article(tmp_path / "mua.article")
    window = make_window(str(path))
    assert window.files.save()  # version 1
    type_at_end(window.body, " Phiên bản hai có thêm chữ.")
    assert window.files.save()  # version 2
    type_at_end(window.body, " Chưa lưu.")
    window.safety.set_history_visible(True)
    panel = window.safety.history_panel
    assert window.safety.history_dock.isVisible() and window.actions_by_id["show_history"].isChecked()
    assert panel.list.topLevelItemCount() == 2
    first = panel.list.topLevelItem(1)
    assert first.text(1) == str(article_file.load(path).counts().words - 6) and first.text(2) == "Draft"
    panel.list.setCurrentItem(first)
    html = panel.diff.toHtml()
    assert "Phiên bản hai có thêm chữ" in html and "Body" in html
    panel.restore_button.click()
    assert window.body.blocks()[0].text == "Chiều nay trời mưa to."
    assert window.session.modified and window.editing.can_undo() and panel.undo_button.isEnabled()
    window.editing.undo()
    assert window.body.blocks()[0].text == "Chiều nay trời mưa to. Phiên bản hai có thêm chữ. Chưa lưu."
    assert not panel.undo_button.isEnabled()


def test_restored_unsaved_text_is_kept_in_history_first(make_window, tmp_path):
    path = write_article(tmp_path / "mua.article")
    window = make_window(str(path))
    window.files.save()
    type_at_end(window.body, " Đoạn chưa lưu.")
    window.safety.set_history_visible(True)
    window.safety.history_panel.restore_button.click()
    reasons = [s.reason for s in window.safety.service.history.list(window.session.article.id)]
    assert reasons == ["before_restore", "saved"]
    assert not window.session.modified  # the restored version equals the file


def test_the_real_question_offers_keep_mine_take_theirs_and_copy(make_window, qtbot):
    from PySide6.QtCore import QTimer

    window = make_window()
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        buttons = {b.text(): b for b in box.buttons()}
        seen.extend(sorted(buttons))
        buttons["&Take Theirs"].click()

    QTimer.singleShot(0, answer)
    assert type(window.dialogs).ask_overwrite_changed_file(window.dialogs, "mua.article") == TAKE_THEIRS
    assert seen == ["&Keep Mine", "&Take Theirs", "Cancel", "Save Mine as a &Copy…"]
