"""English spelling (EN-SP01): Hunspell dictionaries through Enchant (the ``pyenchant`` binding).

Enchant is imported the first time a dictionary is asked for, which only an English pack with
EN-SP01 switched on does: a Vietnamese check never loads it. A missing Enchant library or a
missing dictionary is not an error: :func:`speller` returns None, :func:`missing` says which of
the two is absent, and :data:`MISSING_LIBRARY` / :data:`MISSING_DICTIONARY` are the one sentence
the window's status bar and ``articledesk check`` say about it.

A :class:`Speller` is shared by every thread (the live checker checks on the GUI thread and in a
worker): each call into Enchant holds the speller's lock, and what a word is (known or not, its
suggestions) is remembered, so a word is looked up once per run of the program.

Words a desk spells its own way are data: the pack's ``registry.words`` list and the user's word
list (:func:`set_user_words`, read from the configuration folder by the command line and the
window). As in Hunspell, an entry in lower case matches the word in any case ("ao dai" covers
"Ao"), an entry with capitals matches only so written ("McKinsey").
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Any

from ..file_io import N_

SPELLING_RULE = "EN-SP01"
DEFAULT_DICTIONARY = "en_US"
SUGGESTIONS = 5
CACHE_LIMIT = 200_000  # words remembered per dictionary (a few MB at most)
APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'"})

MISSING_LIBRARY = N_("English spelling is not checked because the Enchant spelling library is not installed.")
MISSING_DICTIONARY = N_("English spelling is not checked because the {dictionary} dictionary is not installed.")


def dictionary_tag(value: str | None) -> str:
    """A dictionary name as Enchant writes it: "en-gb" -> "en_GB" (default en_US)."""
    text = (value or DEFAULT_DICTIONARY).strip().replace("-", "_")
    lang, _, region = text.partition("_")
    return f"{lang.lower()}_{region.upper()}" if region else lang.lower()


def pack_dictionary(pack: Any) -> str:
    """The dictionary a pack asks for: its ``spelling_dictionary`` setting, else en_US."""
    return dictionary_tag(pack.setting("spelling_dictionary", DEFAULT_DICTIONARY))


class Speller:
    """One Enchant dictionary, safe to share between threads, with its answers remembered."""

    def __init__(self, tag: str, dictionary: Any) -> None:
        self.tag = tag
        self._dict = dictionary
        self._lock = threading.Lock()
        self._known: dict[str, bool] = {}
        self._suggestions: dict[str, tuple[str, ...]] = {}

    def check(self, word: str) -> bool:
        """Whether the dictionary knows ``word`` (as written: "Paris" yes, "paris" no)."""
        answer = self._known.get(word)
        if answer is None:
            with self._lock:
                answer = bool(self._dict.check(word))
            if len(self._known) >= CACHE_LIMIT:
                self._known.clear()
            self._known[word] = answer
        return answer

    def suggest(self, word: str) -> tuple[str, ...]:
        """The dictionary's best replacements for ``word``, best first (at most :data:`SUGGESTIONS`)."""
        found = self._suggestions.get(word)
        if found is None:
            with self._lock:
                raw = self._dict.suggest(word)
            found = tuple(dict.fromkeys(s for s in raw if s and s != word))[:SUGGESTIONS]
            if len(self._suggestions) >= CACHE_LIMIT // 10:
                self._suggestions.clear()
            self._suggestions[word] = found
        return found


_lock = threading.Lock()
_spellers: dict[str, Speller | str] = {}  # tag -> speller, or why there is none ("library" | "dictionary")


def _enchant() -> Any:
    """The ``enchant`` module (raises ImportError when pyenchant or the Enchant library is absent).
    A function of its own, so that tests can take Enchant away."""
    import enchant

    return enchant


def _open(tag: str) -> Speller | str:
    try:
        enchant = _enchant()
    except (ImportError, OSError):
        return "library"
    try:
        if not enchant.dict_exists(tag):
            return "dictionary"
        return Speller(tag, enchant.Dict(tag))
    except Exception:  # noqa: BLE001 - enchant.errors.Error, a broken provider: no spelling, nothing else lost
        return "dictionary"


def _get(tag: str) -> Speller | str:
    found = _spellers.get(tag)
    if found is None:
        with _lock:
            found = _spellers.get(tag)
            if found is None:
                found = _spellers[tag] = _open(tag)
    return found


def speller(tag: str) -> Speller | None:
    """The shared speller of dictionary ``tag`` ("en_US", "en_GB"), or None when it cannot be had."""
    found = _get(dictionary_tag(tag))
    return found if isinstance(found, Speller) else None


def missing(tag: str) -> str | None:
    """None when dictionary ``tag`` is usable, else "library" (no Enchant) or "dictionary"."""
    found = _get(dictionary_tag(tag))
    return None if isinstance(found, Speller) else found


def missing_template(tag: str) -> tuple[str, dict[str, str]] | None:
    """The sentence (template marked with N_, and its values) saying why ``tag`` cannot be used, or None."""
    why = missing(tag)
    if why is None:
        return None
    if why == "library":
        return MISSING_LIBRARY, {}
    return MISSING_DICTIONARY, {"dictionary": dictionary_tag(tag).replace("_", "-")}


def forget() -> None:
    """Forget every speller (tests; a dictionary installed while the program runs)."""
    with _lock:
        _spellers.clear()


class WordSet:
    """Words known beside the dictionary, with Hunspell's case rules (see the module docstring)."""

    __slots__ = ("any_case", "exact")

    def __init__(self, words: Iterable[str] = ()) -> None:
        self.any_case: set[str] = set()
        self.exact: set[str] = set()
        for word in words:
            self.add(word)

    def add(self, word: str) -> None:
        """Know ``word`` (apostrophes in one spelling; blank entries ignored)."""
        word = word.strip().translate(APOSTROPHES)
        if word:
            (self.any_case if word == word.lower() else self.exact).add(word)

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        if "\u2019" in word or "\u02bc" in word:
            word = word.translate(APOSTROPHES)
        return word in self.exact or word.lower() in self.any_case

    def __bool__(self) -> bool:
        return bool(self.any_case or self.exact)


_user_words: dict[str, WordSet] = {}


def set_user_words(language: str, words: Iterable[str]) -> None:
    """The user's own word list for articles in ``language`` ("en"), replacing the one before."""
    _user_words[language.split("-")[0].lower()] = WordSet(words)


def user_words(language: str) -> WordSet:
    """The user's word list for ``language`` (empty when none was set)."""
    return _user_words.get(language.split("-")[0].lower(), WordSet())


def pack_words(pack: Any) -> WordSet:
    """The desk's word list of a pack (``registry.words``), built once per pack."""
    return pack.share("spelling:words", lambda: WordSet(pack.registry.list("words")))
