"""Article ids and time stamps: made without the uuid and datetime modules, but the same values."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from types import SimpleNamespace

import pytest

from editor.model import article as article_module
from editor.model.article import Article, new_id, now_iso


def test_new_ids_are_random_version_4_uuids_in_their_usual_form():
    ids = {new_id() for _ in range(2000)}
    assert len(ids) == 2000
    for text in list(ids)[:200]:
        parsed = uuid.UUID(text)
        assert str(parsed) == text
        assert parsed.version == 4
        assert parsed.variant == uuid.RFC_4122


def test_every_new_article_gets_its_own_id():
    first, second = Article(), Article()
    assert first.id != second.id
    assert uuid.UUID(first.id).version == 4


def test_now_iso_is_the_local_time_with_its_offset_as_datetime_writes_it():
    before = datetime.now().astimezone().replace(microsecond=0)
    stamp = now_iso()
    after = datetime.now().astimezone()
    parsed = datetime.fromisoformat(stamp)
    assert before <= parsed <= after
    assert parsed.utcoffset() == before.utcoffset()
    assert stamp == parsed.isoformat()  # to the second, offset as "+07:00"


@pytest.mark.parametrize(("offset", "written"), [(7 * 3600, "+07:00"), (-(3 * 3600 + 30 * 60), "-03:30"),
                                               (0, "+00:00"), (5 * 3600 + 45 * 60, "+05:45")])
def test_now_iso_writes_offsets_east_and_west_of_utc(monkeypatch, offset, written):
    clock = SimpleNamespace(localtime=lambda: SimpleNamespace(tm_gmtoff=offset),
                            strftime=lambda fmt, moment: "2026-03-12T09:30:00")
    monkeypatch.setattr(article_module, "time", clock)
    stamp = now_iso()
    assert stamp == "2026-03-12T09:30:00" + written
    assert datetime.fromisoformat(stamp).utcoffset() == timedelta(seconds=offset)
