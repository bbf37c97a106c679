"""The article library index: scanning, caching, search and file chores (no Qt)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from editor.model import article_file
from editor.model.article import Article, Block, Byline
from editor.model.article_file import ArticleFileError
from editor.model.library import Library, duplicate, rename
from editor.model.search_text import fold
from editor.model.templates import list_templates
from editor.resources import resource_path


def write(folder: Path, name: str, headline: str, body: str = "", status: str = "draft", topic: str = "",
          lede: str = "") -> Path:
    a = Article.new("vi")
    a.headline, a.status, a.topic, a.lede = headline, status, topic, lede
    a.byline = Byline(authors=["Nguyễn Văn A"], signoff="NVA")
    a.body = [Block(text=body)] if body else []
    path = folder / name
    article_file.save(a, path)
    return path


@pytest.fixture
def desk(tmp_path) -> Path:
    folder = tmp_path / "desk"
    (folder / "2026" / "03").mkdir(parents=True)
    write(folder, "pccc.article", "Nâng cao hiệu quả phòng cháy, chữa cháy", "Hội nghị diễn ra tại Hà Nội.",
          "ready", "An ninh trật tự", "Chiều 12/3, Cục Cảnh sát PCCC tổ chức hội nghị.")
    write(folder / "2026" / "03", "bao.article", "Bão số 3 đổ bộ", "Gió giật cấp 12 ở Quảng Ninh.", "draft",
          "Thời tiết")
    write(folder, "storm.article", "Typhoon makes landfall", "Winds gusted to 130 km/h.", "sent", "Weather")
    (folder / "notes.txt").write_text("not an article", encoding="utf-8")
    (folder / ".hidden").mkdir()
    write(folder / ".hidden", "secret.article", "Ẩn")
    return folder


def test_a_scan_lists_every_article_below_the_folders_with_its_fields(desk):
    library = Library([desk])
    assert library.scan()
    items = {Path(i.path).name: i for i in library.items.values()}
    assert sorted(items) == ["bao.article", "pccc.article", "storm.article"]
    pccc = items["pccc.article"]
    assert (pccc.headline, pccc.status, pccc.topic, pccc.signoff) == (
        "Nâng cao hiệu quả phòng cháy, chữa cháy", "ready", "An ninh trật tự", "NVA")
    assert pccc.words == 8 + 11 + 6 and pccc.updated
    assert library.topics() == ["An ninh trật tự", "Thời tiết", "Weather"]


def test_search_covers_headline_sapo_and_body_with_or_without_accents(desk):
    library = Library([desk])
    library.scan()

    def names(*args, **kwargs) -> list[str]:
        return sorted(Path(i.path).name for i in library.search(*args, **kwargs))

    assert names("Hà Nội") == ["pccc.article"]  # body
    assert names("ha noi") == ["pccc.article"]  # typed without tone marks
    assert names("cuc canh sat") == ["pccc.article"]  # sapo
    assert names("BÃO") == ["bao.article"]  # headline, any case
    assert names("bão quảng") == ["bao.article"]  # every word must occur
    assert names("bão typhoon") == []
    assert names("", status="sent") == ["storm.article"]
    assert names("", topic="Thời tiết") == ["bao.article"]
    assert len(names("")) == 3


def test_folding_handles_every_vietnamese_letter_and_decomposed_text():
    assert fold("Đường Phố ĐÔNG ĐÚC ỞỞ ỹ") == "duong pho dong duc oo y"
    assert fold("Ha\u0300 No\u0323\u0302i") == "ha noi"  # NFD, as some pastes arrive


def test_the_cache_lists_the_next_time_without_reading_unchanged_files(desk, tmp_path, monkeypatch):
    cache = tmp_path / "cache" / "index.json"
    first = Library([desk], cache)
    first.scan()
    first.save_cache()
    again = Library([desk], cache)
    again.load_cache()
    reads = []
    from editor.model import library as library_module

    real = library_module.read_item
    monkeypatch.setattr(library_module, "read_item", lambda *a: reads.append(a[0]) or real(*a))
    assert not again.scan()
    assert reads == [] and len(again.items) == 3
    changed = desk / "storm.article"
    a = article_file.load(changed)
    a.headline = "Typhoon weakens"
    article_file.save(a, changed)
    future = time.time() + 5
    os.utime(changed, (future, future))
    (desk / "pccc.article").unlink()
    assert again.scan()
    assert reads == [changed]
    assert sorted(i.headline for i in again.items.values()) == ["Bão số 3 đổ bộ", "Typhoon weakens"]


def test_a_broken_file_is_listed_with_its_problem_and_does_not_stop_the_scan(desk):
    (desk / "hong.article").write_text('{"format": "articledesk.article", "headline": "cut', encoding="utf-8")
    library = Library([desk])
    library.scan()
    broken = [i for i in library.items.values() if i.problem]
    assert [(Path(i.path).name, i.problem) for i in broken] == [("hong.article", "damaged")]
    assert len(library.search("")) == 4


def test_hostile_files_in_a_folder_neither_stop_the_scan_nor_the_cache(desk, tmp_path):
    from tests.model.test_article_file import make_hostile

    for kind in ("deep-json", "fifo", "link-loop", "too-large"):
        make_hostile(kind, desk)
    broken = desk / "bao-hong.article"
    broken.write_text(article_file.dumps(Article.new("vi")).replace('"headline": ""', '"headline": "Bão \\ud800"'),
                      encoding="utf-8")
    library = Library([desk], tmp_path / "cache" / "index.json")
    library.scan()
    problems = {Path(i.path).name: i.problem for i in library.items.values() if i.problem}
    assert problems == {"deep-json.article": "damaged", "too-large.article": "unreadable"}
    assert library.items[str(broken)].headline == "Bão \ufffd"
    library.save_cache()  # the index is written as UTF-8
    assert (tmp_path / "cache" / "index.json").exists()


def test_a_missing_folder_is_an_empty_library(tmp_path):
    library = Library([tmp_path / "nowhere"])
    assert not library.scan() and library.items == {}


def test_duplicate_gives_a_new_id_beside_the_original(desk):
    source = desk / "pccc.article"
    copy = duplicate(source, "pccc (bản sao)")
    again = duplicate(source, "pccc (bản sao)")
    assert copy.name == "pccc (bản sao).article" and again.name == "pccc (bản sao) 2.article"
    original, copied = article_file.load(source), article_file.load(copy)
    assert copied.id != original.id and copied.headline == original.headline


def test_rename_keeps_the_extension_and_refuses_clashes_and_bad_names(desk):
    source = desk / "pccc.article"
    (desk / "pccc.article.bak").write_bytes(source.read_bytes())
    target = rename(source, "hoi-nghi-pccc")
    assert target.name == "hoi-nghi-pccc.article" and target.exists() and not source.exists()
    assert (desk / "hoi-nghi-pccc.article.bak").exists()
    with pytest.raises(ArticleFileError, match="already exists"):
        rename(target, "storm")
    with pytest.raises(ArticleFileError, match="cannot be used"):
        rename(target, "a/b")


def test_the_built_in_templates_are_six_valid_articles_in_both_languages():
    templates = list_templates(resource_path("templates", "articles"), builtin=True)
    keys = {t.key: t.language for t in templates}
    assert keys == {"vi-tin-ngan": "vi", "vi-tuong-thuat-hoi-nghi": "vi", "vi-phong-van": "vi",
                    "en-brief": "en", "en-event-report": "en", "en-interview": "en"}
    report = article_file.load(resource_path("templates", "articles", "vi-tuong-thuat-hoi-nghi.article"))
    assert report.quotes and report.awards and {w.recipient_kind for w in report.awards} == {"collective",
                                                                                             "individual"}


def test_a_broken_desk_template_is_not_offered(tmp_path):
    write(tmp_path, "Tin ảnh.article", "")
    (tmp_path / "hong.article").write_text("{", encoding="utf-8")
    assert [t.key for t in list_templates(tmp_path)] == ["Tin ảnh"]


def test_recent_files_outside_the_folders_are_listed_apart_and_not_cached(desk, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    outside = write(elsewhere, "ngoai.article", "Bài lưu ngoài thư viện", "Nội dung.")
    beside = tmp_path / "desk-2"  # a name that starts like the library folder's is still outside it
    beside.mkdir()
    write(beside, "ke-ben.article", "Bài ở thư mục kế bên")
    library = Library([desk], tmp_path / "cache.json")
    library.files = [str(outside), str(desk / "storm.article"), str(beside / "ke-ben.article"),
                     str(tmp_path / "gone.article"), str(desk / "notes.txt")]
    assert library.scan()
    assert library.elsewhere == {str(outside), str(beside / "ke-ben.article")}
    assert "Bài lưu ngoài thư viện" in [i.headline for i in library.search("luu ngoai")]
    assert library.covers(desk / "2026" / "03" / "bao.article") and not library.covers(beside / "ke-ben.article")
    library.save_cache()
    again = Library([desk], tmp_path / "cache.json")
    again.load_cache()
    assert len(again.items) == 3 and str(outside) not in again.items  # only the folders' articles are cached
    library.files = [str(outside)]
    outside.unlink()
    library.update_file(outside)  # deleted: forgotten at once
    assert str(outside) not in library.items and library.elsewhere == {str(beside / "ke-ben.article")}
    library.folders.append(beside)
    library.update_file(beside / "ke-ben.article")  # its folder was added: a library article now
    assert str(beside / "ke-ben.article") not in library.elsewhere
