"""The one undo history, without widgets: order, merging, groups, labels, redo, saving."""

from __future__ import annotations

from editor.session.article_session import ArticleSession
from editor.session.undo import MERGE_PAUSE_S, TextStep, UndoHistory


class Fields:
    """Stands in for the widgets: a dict of field texts, changed through recorded steps."""

    def __init__(self, history: UndoHistory) -> None:
        self.history = history
        self.values: dict[str, str] = {}

    def apply(self, name: str, text: str) -> None:
        self.values[name] = text
        self.record(name, text)  # as a widget's textChanged would: ignored while undoing

    def record(self, name: str, new: str, at: float = 0.0, old: str | None = None) -> None:
        previous = self.values.get(name, "") if old is None else old
        self.values[name] = new
        self.history.push(TextStep(f"Typing in {name}", name, previous, new,
                                   lambda text, n=name: self.apply(n, text), at=at))

    def type(self, name: str, text: str, at: float = 0.0) -> None:
        for ch in text:
            self.record(name, self.values.get(name, "") + ch, at=at)


def test_steps_are_undone_in_the_order_they_happened() -> None:
    history = UndoHistory()
    fields = Fields(history)
    fields.type("headline", "Tin", at=1.0)
    fields.type("body", "Hà", at=2.0)
    assert history.labels() == ["Typing in headline", "Typing in body"]
    assert history.undo_label() == "Typing in body"
    history.undo()
    assert fields.values == {"headline": "Tin", "body": ""}
    history.undo()
    assert fields.values == {"headline": "", "body": ""}
    assert not history.can_undo()
    assert history.redo_label() == "Typing in headline"
    history.redo()
    history.redo()
    assert fields.values == {"headline": "Tin", "body": "Hà"}
    assert history.labels() == ["Typing in headline", "Typing in body"]  # redo added no steps


def test_typing_merges_until_a_pause_or_another_field() -> None:
    history = UndoHistory()
    fields = Fields(history)
    fields.type("headline", "ab", at=1.0)
    fields.type("headline", "cd", at=1.0 + MERGE_PAUSE_S / 2)
    assert len(history.labels()) == 1
    fields.type("headline", "ef", at=10.0)  # after a pause
    fields.type("kicker", "k", at=10.1)
    fields.type("headline", "g", at=10.2)  # back in the headline: a new step
    assert len(history.labels()) == 4
    history.undo()
    history.undo()
    assert fields.values == {"headline": "abcdef", "kicker": ""}
    history.undo()
    assert fields.values["headline"] == "abcd"


def test_undo_ends_the_merging() -> None:
    history = UndoHistory()
    fields = Fields(history)
    fields.type("headline", "ab", at=1.0)
    history.undo()
    history.redo()
    fields.type("headline", "c", at=1.1)
    assert len(history.labels()) == 2


def test_group_is_one_step_with_its_label() -> None:
    history = UndoHistory()
    fields = Fields(history)
    fields.type("headline", "a b", at=1.0)
    log: list[str] = []
    with history.group("Replace All"):
        fields.record("headline", "a–b", at=1.1)
        fields.record("lede", "x–y", at=1.1)
        history.add("", lambda: log.append("body undo"), lambda: log.append("body redo"))
        with history.group("inner"):  # a nested group joins the outer one
            fields.record("kicker", "k", at=1.1)
    assert history.labels() == ["Typing in headline", "Replace All"]
    history.undo()
    assert fields.values == {"headline": "a b", "lede": "", "kicker": ""}
    assert log == ["body undo"]
    history.redo()
    assert fields.values == {"headline": "a–b", "lede": "x–y", "kicker": "k"}
    assert log == ["body undo", "body redo"]
    fields.type("headline", "!", at=1.2)  # typing right after a group is a step of its own
    assert history.labels() == ["Typing in headline", "Replace All", "Typing in headline"]


def test_an_empty_group_adds_no_step() -> None:
    history = UndoHistory()
    with history.group("Fix All Safe"):
        pass
    assert not history.can_undo()


def test_a_new_change_clears_redo() -> None:
    history = UndoHistory()
    fields = Fields(history)
    fields.type("headline", "a", at=1.0)
    fields.type("kicker", "b", at=2.0)
    history.undo()
    assert history.can_redo()
    fields.type("lede", "c", at=3.0)
    assert not history.can_redo()
    assert history.labels() == ["Typing in headline", "Typing in lede"]


def test_changed_is_emitted() -> None:
    history = UndoHistory()
    seen: list[int] = []
    history.changed.connect(lambda: seen.append(1))
    history.add("Add Quote", lambda: None, lambda: None)
    history.undo()
    history.redo()
    history.clear()
    assert len(seen) == 4


def test_saving_keeps_the_history_and_knows_the_saved_state(tmp_path) -> None:
    session = ArticleSession()
    fields = Fields(session.undo)

    def apply(text: str) -> None:
        session.article.headline = text
        session.mark_modified()
        fields.record("headline", text)

    def type_headline(text: str, at: float) -> None:
        old = session.article.headline
        session.article.headline = text
        session.mark_modified()
        session.undo.push(TextStep("Typing in Headline", "headline", old, text, apply, at=at))

    type_headline("Tin", 1.0)
    session.save(tmp_path / "a.article")
    assert not session.modified
    type_headline("Tin mới", 1.1)  # no pause, but a save ends the step
    assert session.undo.labels() == ["Typing in Headline", "Typing in Headline"]
    session.undo.undo()
    session.recheck_modified()
    assert session.article.headline == "Tin"
    assert not session.modified  # back at the saved text
    session.undo.undo()
    session.recheck_modified()
    assert session.article.headline == ""
    assert session.modified  # undoing past the save changes the article
    session.undo.redo()
    session.recheck_modified()
    assert not session.modified


def test_opening_or_new_starts_a_fresh_history(tmp_path) -> None:
    session = ArticleSession()
    session.undo.add("Add Quote", lambda: None, lambda: None)
    session.save(tmp_path / "a.article")
    assert session.undo.can_undo()  # saving keeps it
    session.open(tmp_path / "a.article")
    assert not session.undo.can_undo()
    session.undo.add("Add Quote", lambda: None, lambda: None)
    session.new_article()
    assert not session.undo.can_undo()


def test_past_the_step_limit_the_oldest_steps_go_and_undo_works_to_the_limit() -> None:
    history = UndoHistory(limit=5)
    fields = Fields(history)
    for n in range(12):  # twelve steps: each after a pause
        fields.type("headline", str(n % 10), at=10.0 * (n + 1))
    assert len(history.labels()) == 5
    assert fields.values["headline"] == "012345678901"
    for _ in range(5):
        history.undo()
    assert fields.values["headline"] == "0123456"  # the five newest steps taken back, no more
    assert not history.can_undo()
    history.undo()  # nothing left: nothing changes
    assert fields.values["headline"] == "0123456"
    for _ in range(5):
        history.redo()
    assert fields.values["headline"] == "012345678901"
    assert not history.can_redo()


def test_steps_holding_too_much_text_go_oldest_first_and_the_newest_always_stays() -> None:
    history = UndoHistory(max_text=100)
    fields = Fields(history)
    for n, name in enumerate(("headline", "lede", "kicker", "topic")):
        fields.record(name, name[0] * 30, at=10.0 * n)  # each step holds "" and 30 characters
    assert history.labels() == ["Typing in lede", "Typing in kicker", "Typing in topic"]  # 90 ≤ 100
    assert history.text_held() == 90
    fields.record("headline", "h" * 30 + "!", at=100.0)  # holds 61: only it and the topic step fit
    assert history.labels() == ["Typing in topic", "Typing in headline"]
    assert history.text_held() == 91
    fields.record("lede", "x" * 500, at=200.0)  # bigger than the bound alone: kept, the rest go
    assert history.labels() == ["Typing in lede"]
    history.undo()
    assert fields.values["lede"] == "l" * 30
    history.redo()
    history.clear()
    assert history.text_held() == 0


def test_text_held_follows_merging_undone_steps_and_groups() -> None:
    history = UndoHistory(max_text=1_000)
    fields = Fields(history)
    fields.type("headline", "abc", at=1.0)  # one merged step: "ab" -> "abc" as "" -> "abc"
    assert history.text_held() == 3
    fields.type("lede", "xy", at=5.0)
    history.undo()
    fields.type("kicker", "k", at=9.0)  # the undone lede step is dropped: its text no longer held
    assert history.text_held() == 3 + 1
    with history.group("Replace All"):
        fields.record("headline", "ABC", at=9.5)
        history.add("", lambda: None, lambda: None, size=40)
    assert history.text_held() == 4 + 6 + 40


def test_the_saved_state_is_forgotten_when_its_step_is_dropped() -> None:
    history = UndoHistory(limit=3)
    fields = Fields(history)
    fields.type("headline", "a", at=1.0)
    history.mark_saved()
    fields.type("headline", "b", at=10.0)
    fields.type("headline", "c", at=20.0)
    assert not history.at_saved()
    for _ in range(2):
        history.undo()
    assert history.at_saved()  # back at "a", still within the history
    for _ in range(2):
        history.redo()
    fields.type("headline", "d", at=30.0)
    fields.type("headline", "e", at=40.0)  # the steps up to "b" are gone: c, d and e are kept
    for expected in ("abcd", "abc", "ab"):
        history.undo()
        assert fields.values["headline"] == expected
        assert not history.at_saved()  # "a" was saved; no state left in the history is it
    assert not history.can_undo()
