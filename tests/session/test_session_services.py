"""The session's small services the widgets use instead of touching files: the library index and
its file chores, the templates, the body's clipboard format, file names and error sentences."""

from __future__ import annotations

import os
from pathlib import Path

from session_helpers import write_article

from editor.model.article import Block
from editor.session.clipboard import blocks_from_bytes, blocks_to_bytes
from editor.session.files import EXTENSION, ArticleFileError, error_text, suggested_file_name, with_extension
from editor.session.library import article_templates, default_folder, move_to_trash, open_library
from editor.settings import data_dir, documents_dir


def test_the_library_index_lists_the_folders_and_is_cached_in_the_data_folder(qapp, tmp_path):
    desk = tmp_path / "desk"
    write_article(desk / "mua.article")
    write_article(desk / "mau" / "mau.article", headline="Mẫu")
    library = open_library([desk], exclude=[desk / "mau"])
    assert library.scan()
    assert [item.headline for item in library.search()] == ["Mưa lớn ở Hà Nội"]
    library.save_cache()
    assert (data_dir() / "library" / "index.json").is_file()


def test_the_default_library_folder_is_made_in_the_documents(qapp):
    assert not documents_dir().exists()
    assert default_folder() == documents_dir() and documents_dir().is_dir()


def test_moving_to_the_trash_takes_the_backup_along(qapp, tmp_path):
    path = write_article(tmp_path / "desk" / "mua.article")
    backup = path.with_name("mua.article.bak")
    backup.write_bytes(path.read_bytes())
    assert move_to_trash(str(path))
    assert not path.exists() and not backup.exists()
    trashed = {p.name for p in (Path(os.environ["XDG_DATA_HOME"]) / "Trash" / "files").iterdir()}
    assert {"mua.article", "mua.article.bak"} <= trashed
    assert not move_to_trash(str(path))  # gone already: says so


def test_templates_are_the_built_in_ones_in_menu_order_then_the_desks(qapp, tmp_path):
    write_article(tmp_path / "desk-templates" / "bao-chay.article", headline="Cháy")
    templates = article_templates(tmp_path / "desk-templates")
    assert [t.key for t in templates if t.builtin][:3] == ["vi-tin-ngan", "vi-tuong-thuat-hoi-nghi", "vi-phong-van"]
    assert templates[-1].key == "bao-chay" and not templates[-1].builtin


def test_the_clipboard_format_round_trips_blocks_and_refuses_anything_else():
    blocks = [Block(text="Đoạn một có liên kết."), Block(type="heading", text="Tiêu đề phụ")]
    assert blocks_from_bytes(blocks_to_bytes(blocks)) == blocks
    assert blocks_from_bytes(b"not an article") is None
    assert blocks_from_bytes(b"\xff\xfe") is None


def test_file_names_and_error_sentences(qapp, tmp_path):
    assert with_extension("/tmp/bai") == "/tmp/bai" + EXTENSION
    assert with_extension("/tmp/bai.ARTICLE") == "/tmp/bai.ARTICLE"
    assert suggested_file_name('Hà Nội: "mưa" lớn?', EXTENSION) == "Hà Nội mưa lớn" + EXTENSION
    assert suggested_file_name("  ", EXTENSION) == "Untitled" + EXTENSION
    error = ArticleFileError("Cannot open “{file}”: the file is empty.", file="bai.article")
    assert error_text(error) == "Cannot open “bai.article”: the file is empty."
