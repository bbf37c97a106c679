""""Add to Desk Dictionary" on disk: the desk pack's word list or the user's list, written safely."""

from __future__ import annotations

import os
import sys

import pytest
import tomllib

from editor.model.file_io import TemplatedError
from editor.model.house_style import load_pack, spelling
from editor.places import user_words_file
from editor.session import desk_words


@pytest.fixture(autouse=True)
def _no_user_words():
    spelling.set_user_words("en", [])
    yield
    spelling.set_user_words("en", [])


DESK = ('# Our desk\nname = "desk"\nlanguage = "en"\nextends = "en-newsroom"\n\n'
        '[registry]\nwords = ["Vinfast"]  # cars\noutlets = ["VNE"]\n')


def test_a_word_goes_into_a_writable_desk_pack_keeping_the_rest(tmp_path):
    path = tmp_path / "desk.toml"
    path.write_text(DESK, encoding="utf-8")
    kind, where = desk_words.add_word(load_pack(path), "Kalshi")
    assert (kind, where) == (desk_words.PACK, path)
    text = path.read_text(encoding="utf-8")
    assert text == DESK.replace('["Vinfast"]', '["Vinfast", "Kalshi"]')
    assert load_pack(path).registry.list("words") == ("Vinfast", "Kalshi")
    assert not user_words_file("en").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges on Windows")
def test_a_desk_pack_behind_a_symbolic_link_is_written_at_its_target(tmp_path):
    real = tmp_path / "shared" / "desk.toml"
    real.parent.mkdir()
    real.write_text(DESK, encoding="utf-8")
    link = tmp_path / "desk.toml"
    link.symlink_to(real)
    desk_words.add_word(load_pack(link), "Kalshi")
    assert link.is_symlink() and '"Kalshi"' in real.read_text(encoding="utf-8")
    assert not list(tmp_path.glob(".*.tmp")) and not list(real.parent.glob(".*.tmp"))


def test_the_built_in_pack_sends_the_word_to_the_users_list(tmp_path):
    pack = load_pack("en-newsroom")
    before = open(pack.path, "rb").read()
    kind, where = desk_words.add_word(pack, "Kalshi")
    assert (kind, where) == (desk_words.USER_LIST, user_words_file("en"))
    desk_words.add_word(pack, "phở")
    desk_words.add_word(pack, "Kalshi")
    assert where.read_text(encoding="utf-8") == "Kalshi\nphở\n"
    known = spelling.user_words("en")
    assert "Kalshi" in known and "kalshi" not in known and "PHỞ" in known  # Hunspell's rules for case
    assert open(pack.path, "rb").read() == before  # the program's own pack is never edited


@pytest.mark.skipif(sys.platform == "win32" or (hasattr(os, "geteuid") and os.geteuid() == 0),
                    reason="needs POSIX permissions that apply (not root)")
def test_a_read_only_desk_pack_sends_the_word_to_the_users_list(tmp_path):
    path = tmp_path / "desk.toml"
    path.write_text(DESK, encoding="utf-8")
    path.chmod(0o444)
    kind, where = desk_words.add_word(load_pack(path), "Kalshi")
    assert kind == desk_words.USER_LIST and where.read_text(encoding="utf-8") == "Kalshi\n"
    assert path.read_text(encoding="utf-8") == DESK


def test_a_list_that_cannot_be_written_is_one_sentence_and_nothing_changes(tmp_path):
    folder = user_words_file("en").parent
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("not a folder\n", encoding="utf-8")  # where the list's folder should be
    with pytest.raises(TemplatedError) as err:
        desk_words.add_word(load_pack("en-newsroom"), "Kalshi")
    assert "en.txt" in str(err.value) and "\n" not in str(err.value)
    assert folder.read_text(encoding="utf-8") == "not a folder\n"
    assert "Kalshi" not in spelling.user_words("en")


def test_a_pack_that_cannot_be_replaced_keeps_its_text(tmp_path, monkeypatch):
    path = tmp_path / "desk.toml"
    path.write_text(DESK, encoding="utf-8")

    def full_disk(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("editor.model.file_io.write_temp", full_disk)
    with pytest.raises(TemplatedError) as err:
        desk_words.add_word(load_pack(path), "Kalshi")
    assert "desk.toml" in str(err.value) and "full" in str(err.value)
    assert path.read_text(encoding="utf-8") == DESK


def test_a_pack_changed_on_disk_since_it_was_loaded_is_read_again(tmp_path):
    path = tmp_path / "desk.toml"
    path.write_text(DESK, encoding="utf-8")
    pack = load_pack(path)
    path.write_text(DESK.replace('"Vinfast"', '"Vinfast", "Bassi"'), encoding="utf-8")  # a colleague's addition
    desk_words.add_word(pack, "Kalshi")
    assert tomllib.loads(path.read_text(encoding="utf-8"))["registry"]["words"] == ["Vinfast", "Bassi", "Kalshi"]


def test_the_users_list_is_read_into_the_checker():
    user_words_file("en").parent.mkdir(parents=True)
    user_words_file("en").write_text("# mine\nKalshi\n", encoding="utf-8")
    desk_words.load_user_words("en")
    assert "Kalshi" in spelling.user_words("en")
