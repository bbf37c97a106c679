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
