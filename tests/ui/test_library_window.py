"""The article library window as a desk uses it: list, search, filter, templates, file chores."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from editor.app import create_main_window
from editor.model import article_file
from editor.model.article import Article, Block, Byline
from editor.settings import Settings, documents_dir


def write(folder: Path, name: str, headline: str, body: str, status: str = "draft", topic: str = "") -> Path:
    a = Article.new("vi")
    a.headline, a.status, a.topic = headline, status, topic
    a.byline = Byline(signoff="BT")
    a.body = [Block(text=body)]
    path = folder / name
    article_file.save(a, path)
    return path


@pytest.fixture
def desk(tmp_path) -> Path:
    folder = tmp_path / "desk"
    folder.mkdir()
    write(folder, "pccc.article", "Nâng cao hiệu quả phòng cháy", "Hội nghị tại Hà Nội.", "ready", "An ninh")
    write(folder, "bao.article", "Bão số 3 đổ bộ", "Gió giật mạnh ở Quảng Ninh.", "draft", "Thời tiết")
    write(folder, "storm.article", "Typhoon makes landfall", "Winds gusted hard.", "sent", "Weather")
    return folder


@pytest.fixture
def library(qtbot, tmp_path, desk, monkeypatch):
    settings = Settings(tmp_path / "s.ini")
    settings.set_value("library/folders", [str(desk)])
    window = create_main_window(None, settings)
    qtbot.addWidget(window)
    errors: list[str] = []
    monkeypatch.setattr(window.dialogs, "show_error", errors.append)
    monkeypatch.setattr(window.dialogs, "ask_save_changes", lambda _name: "discard")
    window.show()
    window.library.show_library()
    lib = window.library.library_window
    lib.errors = errors
    monkeypatch.setattr(lib, "show_error", errors.append)
    qtbot.waitUntil(lambda: lib.model.rowCount() == 3, timeout=5000)
    return lib


def headlines(lib) -> list[str]:
    return sorted(lib.model.data(lib.model.index(r, 0)) for r in range(lib.model.rowCount()))


def test_the_library_lists_headline_status_topic_signoff_updated_and_words(library):
    model = library.model
    row = model.row_of(str(Path(library.library.folders[0]) / "pccc.article"))
    cells = [model.data(model.index(row, c)) for c in range(model.columnCount())]
    assert cells[0] == "Nâng cao hiệu quả phòng cháy" and cells[1] == "Ready for the desk"
    assert cells[2] == "An ninh" and cells[3] == "BT" and cells[4] and cells[5] == "11"
    assert "3 of 3 articles" in library.count_label.text()


def test_search_answers_as_you_type_with_or_without_accents(library):
    library.search.setText("quang ninh")
    assert headlines(library) == ["Bão số 3 đổ bộ"]
    library.search.setText("")
    library.status_filter.setCurrentIndex(library.status_filter.findData("sent"))
    assert headlines(library) == ["Typhoon makes landfall"]
    library.status_filter.setCurrentIndex(0)
    library.topic_filter.setCurrentIndex(library.topic_filter.findData("An ninh"))
    assert headlines(library) == ["Nâng cao hiệu quả phòng cháy"]
    assert "1 of 3 articles" in library.count_label.text()


def test_a_file_added_by_someone_else_appears_by_itself(library, desk, qtbot):
    write(desk, "moi.article", "Tin mới từ phóng viên khác", "Nội dung.")
    qtbot.waitUntil(lambda: library.model.rowCount() == 4, timeout=5000)
    (desk / "bao.article").unlink()
    qtbot.waitUntil(lambda: library.model.rowCount() == 3, timeout=5000)
    assert "Bão số 3 đổ bộ" not in headlines(library)


def test_saving_in_the_editor_updates_the_list_at_once(library, desk):
    main = library.main
    assert main.files.open_path(desk / "bao.article")
    main.session.article.headline = "Bão số 3 suy yếu"
    main.session.mark_modified()
    assert main.files.save()
    assert "Bão số 3 suy yếu" in headlines(library)


def test_open_duplicate_rename_and_trash(library, desk, monkeypatch, qtbot):
    library.select_path(str(desk / "storm.article"))
    library.open_selected()
    assert library.main.session.path == desk / "storm.article"
    library.duplicate_button.click()
    copy = desk / "storm (copy).article"
    assert copy.exists() and library.selected_path() == str(copy)
    assert article_file.load(copy).id != article_file.load(desk / "storm.article").id
    monkeypatch.setattr(library, "ask_new_name", lambda current: "storm-followup")
    library.rename_button.click()
    assert (desk / "storm-followup.article").exists() and not copy.exists()
    library.trash_button.click()
    assert not (desk / "storm-followup.article").exists() and library.errors == []
    trash = Path(os.environ["XDG_DATA_HOME"]) / "Trash" / "files"
    assert any(p.name.startswith("storm-followup") for p in trash.iterdir())  # the desktop's trash: recoverable
    library.select_path(str(desk / "storm.article"))  # open in the editor: refused, with a reason
    library.trash_button.click()
    assert (desk / "storm.article").exists() and "open in the editor" in library.errors[-1]


def test_new_article_from_a_built_in_template(library):
    menu = library.template_menu
    menu.rebuild()
    texts = [a.text() for a in menu.actions()]
    assert "Event report with quotes and awards (tường thuật hội nghị)" in texts and "Interview" in texts
    action = next(a for a in menu.actions() if a.text() == "Event report with quotes and awards (tường thuật hội nghị)")
    action.trigger()
    session = library.main.session
    assert session.path is None and session.article.quotes and session.article.awards
    assert session.article.id != "3f0c2a1e-5b7d-4e8a-9c61-0a1b2c3d4e02"


def test_a_desk_template_folder_adds_its_own_templates(library, tmp_path, monkeypatch):
    folder = tmp_path / "mau"
    folder.mkdir()
    write(folder, "Tin ảnh.article", "[Tiêu đề tin ảnh]", "[Chú thích]")
    monkeypatch.setattr(library.template_menu, "ask_folder", lambda: str(folder))
    library.template_menu.choose_folder()
    assert library.main.settings.value("library/templates_folder") == str(folder)
    library.template_menu.rebuild()
    action = next(a for a in library.template_menu.actions() if a.text() == "Tin ảnh (desk template)")
    action.trigger()
    assert library.main.session.article.headline == "[Tiêu đề tin ảnh]"


def test_the_default_folder_is_in_the_documents(qtbot, tmp_path):
    settings = Settings(tmp_path / "s.ini")
    window = create_main_window(None, settings)
    qtbot.addWidget(window)
    window.library.show_library()
    assert window.library.library_window.library.folders == [documents_dir()]
    assert documents_dir().is_dir()


def test_thousands_of_articles_list_and_search_quickly(qtbot, tmp_path):
    """A smaller version of bench/bench_library.py, so a slow-down shows in the suite."""
    from bench.bench_library import make_articles

    folder = tmp_path / "many"
    make_articles(folder, 800)
    settings = Settings(tmp_path / "s.ini")
    settings.set_value("library/folders", [str(folder)])
    window = create_main_window(None, settings)
    qtbot.addWidget(window)
    window.library.show_library()
    lib = window.library.library_window
    qtbot.waitUntil(lambda: lib.model.rowCount() == 800, timeout=10_000)
    lib.search.setText("ha noi")
    assert 0 < lib.model.rowCount() < 800


# ------------------------------------------------- where you save is where the Library looks


def scripted_window(qtbot, monkeypatch, settings: Settings, save_path: Path | None = None):
    """A shown main window whose Save dialog answers ``save_path`` and records what it suggested."""
    window = create_main_window(None, settings)
    qtbot.addWidget(window)
    window.suggested = []

    def ask_save_path(suggested):
        window.suggested.append(suggested)
        return str(save_path) if save_path else None

    monkeypatch.setattr(window.dialogs, "ask_save_path", ask_save_path)
    monkeypatch.setattr(window.dialogs, "ask_save_changes", lambda _name: "discard")
    window.show()
    return window


def new_article(window, headline: str) -> None:
    window.files.new_article_in("vi")
    window.session.article.headline = headline
    window.session.mark_modified()


def test_the_first_save_opens_in_the_library_folder_made_when_missing(qtbot, tmp_path, monkeypatch):
    window = scripted_window(qtbot, monkeypatch, Settings(tmp_path / "s.ini"))
    new_article(window, "Giá xăng giảm")
    assert not window.files.save()  # the user cancels the dialog
    assert Path(window.suggested[-1]).parent == documents_dir() and documents_dir().is_dir()

    desk = tmp_path / "toa-soan" / "bai"  # the desk's library folder from the settings, not made yet
    settings = Settings(tmp_path / "desk.ini")
    settings.set_value("library/folders", [str(desk)])
    window = scripted_window(qtbot, monkeypatch, settings, save_path=desk / "gia-xang.article")
    new_article(window, "Giá xăng giảm")
    assert window.files.save_as()
    assert Path(window.suggested[-1]).parent == desk and desk.is_dir()
    assert window.session.path == desk / "gia-xang.article"
    window.files.save_as()  # later saves open where the article is
    assert window.suggested[-1] == str(desk / "gia-xang.article")


def rows_under_elsewhere(lib) -> list[str]:
    title = lib.model.title_row()
    return [] if title < 0 else [lib.model.item(r).path for r in range(title + 1, lib.model.rowCount())]


def test_an_article_saved_elsewhere_is_listed_under_recent_elsewhere_and_opens(qtbot, tmp_path, monkeypatch, desk):
    settings = Settings(tmp_path / "s.ini")
    settings.set_value("library/folders", [str(desk)])
    outside = tmp_path / "elsewhere" / "mua-lon.article"
    outside.parent.mkdir()
    window = scripted_window(qtbot, monkeypatch, settings, save_path=outside)
    new_article(window, "Mưa lớn ở miền Trung")
    assert window.files.save()
    new_article(window, "Bài khác")  # the saved one is no longer open

    window.library.show_library()
    lib = window.library.library_window
    qtbot.waitUntil(lambda: rows_under_elsewhere(lib) == [str(outside)], timeout=5000)
    title = lib.model.title_row()
    assert lib.model.data(lib.model.index(title, 0)) == "Recent elsewhere" and title == 3  # after the desk's three
    assert lib.table.columnSpan(title, 0) == lib.model.columnCount()
    assert "4 of 4 articles" in lib.count_label.text()  # the title row is not an article
    assert not lib.model.flags(lib.model.index(title, 0)) & Qt.ItemFlag.ItemIsSelectable
    bar = lib.elsewhere_bar
    assert bar.isVisible() and bar.label.text() == (
        f"“mua-lon.article” is saved in {outside.parent}, outside the library.")
    lib.search.setText("mua lon")  # the search finds it too
    assert rows_under_elsewhere(lib) == [str(outside)] and lib.model.title_row() == 0
    lib.search.setText("")

    lib.table.setCurrentIndex(lib.model.index(title - 1, 0))
    QTest.keyClick(lib.table, Qt.Key.Key_Down)  # the arrow key passes over the title row
    assert lib.selected_path() == str(outside)
    assert lib.open_button.isEnabled() and not lib.rename_button.isEnabled()  # a new name elsewhere would be lost
    lib.open_selected()
    assert window.session.path == outside and window.session.article.headline == "Mưa lớn ở miền Trung"

    bar.add_button.click()
    assert settings.value("library/folders") == [str(desk), str(outside.parent)]
    assert not bar.isVisible()
    qtbot.waitUntil(lambda: lib.model.title_row() == -1 and lib.model.row_of(str(outside)) >= 0, timeout=5000)
    assert lib.library.covers(outside) and lib.model.rowCount() == 4


def test_saving_elsewhere_with_the_library_open_lists_it_at_once(library, tmp_path, monkeypatch):
    main = library.main
    outside = tmp_path / "elsewhere" / "tin-nhanh.article"
    outside.parent.mkdir()
    monkeypatch.setattr(main.dialogs, "ask_save_path", lambda _suggested: str(outside))
    new_article(main, "Tin nhanh")
    assert main.files.save()
    assert rows_under_elsewhere(library) == [str(outside)] and library.elsewhere_bar.isVisible()
    library.elsewhere_bar.close_button.click()  # "not now": the bar goes, the article stays listed
    assert not library.elsewhere_bar.isVisible() and rows_under_elsewhere(library) == [str(outside)]


def test_the_library_opens_with_the_focus_in_its_search_box(qtbot, tmp_path, monkeypatch):
    window = scripted_window(qtbot, monkeypatch, Settings(tmp_path / "s.ini"))
    qtbot.waitExposed(window)
    window.library.show_library()
    lib = window.library.library_window
    qtbot.waitExposed(lib)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is lib.search, timeout=5000)
    lib.table.setFocus()
    window.activateWindow()
    lib.search.setText("bão")
    window.library.show_library()  # asked for again: back in the search box, its text ready to replace
    qtbot.waitUntil(lambda: QApplication.focusWidget() is lib.search, timeout=5000)
    assert lib.search.selectedText() == "bão"
