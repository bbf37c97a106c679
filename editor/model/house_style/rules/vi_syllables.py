"""VN-O01…O09, VN-U03, VN-U06: syllable-level orthography, through editor.model.vietnamese.

Every Vietnamese word token of a field is checked once (cached per field and per token);
each rule reports the problems of its own code. Foreign names, loanwords and abbreviations
are left alone by the syllable functions (capitalised unmarked tokens, English look-alikes).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

from ..findings import Hit
from ..kinds import literal_alternation, match_case
from ..pack_build import ParamProblem
from ..registry import builtin
from .vi_common import is_sentence_start, period_abbreviations

CODE_RULES = {"checked_tone": "VN-O01", "tone_misplaced": "VN-O02", "multi_tone": "VN-O03",
              "onset_spelling": "VN-O04", "bad_rhyme": "VN-O05", "d_stroke": "VN-U03", "mixed_script": "VN-U06"}
IY = regex.compile(r"^(k|l|m|s|t|h|n|v|d|đ|ph|th|tr|ch|nh|kh|ngh|x|r|b)([iìíỉĩịyỳýỷỹỵ])$")
_Y_TO_I = str.maketrans("yỳýỷỹỵ", "iìíỉĩị")
_I_TO_Y = str.maketrans("iìíỉĩị", "yỳýỷỹỵ")


def house_style(pack: Any) -> str:
    """The tone style replacements use: the house setting, or first_vowel in "consistent" mode."""
    style = pack.setting("tone_placement", "first_vowel")
    return style if style in ("first_vowel", "main_vowel") else "first_vowel"


@lru_cache(maxsize=65536)
def _problems(token: str, style: str) -> tuple[Any, ...]:
    from ...vietnamese import check_syllable
    from ...vietnamese.syllable_table import is_well_formed

    if is_well_formed(token):  # a listed syllable (NFC, as field texts are): check_syllable finds nothing
        return ()
    return tuple(check_syllable(token, style))


def vi_tokens(an: Any) -> list[tuple[int, int, str]]:
    """Word tokens of a field (its Analysis) as the syllable functions see them (no URLs, e-mails,
    numbers), computed once per field."""
    from ...vietnamese.tokens import syllable_tokens

    return an.cache("vi_tokens", lambda: list(syllable_tokens(an.lexed)))


def legacy_encoding(an: Any) -> str | None:
    """The legacy charset (vni, tcvn3, viqr) the field is written in, if any (cached per field)."""
    from ...vietnamese.legacy import detect_legacy

    def detect() -> str | None:
        text = an.text
        if text.isascii() and not any(c in text for c in "^`~?'("):
            return None
        return detect_legacy(text)

    return an.cache("legacy", detect)


def token_problems(ctx: Any) -> list[tuple[int, int, str, Any]]:
    """``(start, end, token, problem)`` for every syllable problem in the field, as
    :func:`~editor.model.vietnamese.syllable_findings` finds them (unaccented words among
    English ones are English); none in a paragraph still in a legacy encoding: VN-U02
    converts it as a whole."""
    from ...vietnamese import syllable_findings

    style = house_style(ctx.pack)

    def build() -> list[tuple[int, int, str, Any]]:
        if legacy_encoding(ctx.an):
            return []
        return list(syllable_findings(ctx.text, style, vi_tokens(ctx.an), _problems))

    return ctx.an.cache("vi_problems", build)


def valid_syllable(word: str) -> bool:
    """Whether ``word`` is one well-formed Vietnamese syllable."""
    from ...vietnamese import parse

    syl = parse(word.lower())
    return syl is not None and syl.valid


def _report(code: str):  # noqa: ANN202 - returns the rule function
    def rule(ctx: Any) -> Iterator[Hit]:
        for start, end, _token, problem in token_problems(ctx):
            if problem.code == code:
                certain = code == "bad_rhyme" and problem.safe
                yield Hit(start, end, tuple(problem.replacements), safe=problem.safe, certain=certain,
                          case=getattr(problem, "message_key", None))
    rule.__doc__ = f"Tokens with the syllable problem “{code}”."
    return rule


for _code, _rule_id in CODE_RULES.items():
    builtin(_rule_id)(_report(_code))


@builtin("VN-O06", params={"min_run": 4, "long_run": 8, "hints": []},
         prepare=lambda rule, pack: {"hints": frozenset(h.lower() for h in rule.params["hints"])})
def no_diacritics_run(ctx: Any) -> Iterator[Hit]:
    """Four or more valid Vietnamese syllables in a row, all without accents (typed without an IME).

    Real text has short accentless runs ("khen cho anh Phan"), so a run counts only when it
    holds a ``hints`` word (one that is nearly always written with a mark: toi, dang, khong)
    or reaches ``long_run`` syllables.
    """
    hints = ctx.data["hints"]
    min_run, long_run = ctx.params["min_run"], ctx.params["long_run"]
    text = ctx.text
    run: list[tuple[int, int, str]] = []
    for tok in vi_tokens(ctx.an) + [(len(text), len(text), "")]:
        plain = _plain(tok[2])
        if plain and run and text[run[-1][1]:tok[0]].strip() == "":
            run.append(tok)
            continue
        if len(run) >= min_run and (len(run) >= long_run or any(t[2].lower() in hints for t in run)):
            yield Hit(run[0][0], run[-1][1], (), safe=False)
        run = [tok] if plain else []


@lru_cache(maxsize=65536)
def _plain(token: str) -> bool:
    """Whether ``token`` is a Vietnamese syllable written without a diacritic (cached per token)."""
    from ...vietnamese import is_plain_vietnamese

    return bool(token) and token.isascii() and is_plain_vietnamese(token)


def _prepare_ime(rule: Any, pack: Any) -> dict[str, Any]:
    return {"keep": frozenset(w.lower() for w in rule.params["keep"])}


@builtin("VN-O07", params={"keep": []}, prepare=_prepare_ime)
def ime_residue(ctx: Any) -> Iterator[Hit]:
    """Telex/VNI keystrokes left in a word (vieejt, vie65t, thichs): offer the word the IME meant.

    Keys no English word makes (vieejt, hocj, vie65t) are reported wherever they are. Keys that
    English words make too (sachs/cups, nhaf/his, leen/been, lam2) only on a lower-case word
    among Vietnamese ones (see :func:`_among_vietnamese`): "giải thichs" is reported, "Goldman
    Sachs", "the tots were" and a quoted English sentence are not; ``keep`` lists a desk's own
    loanwords beside the built-in ones (bus, bar, teen).
    """
    from ...vietnamese.ime import SURE

    style = house_style(ctx.pack)
    keep = ctx.data["keep"]
    words = ctx.an.lexed.words()
    for i, (start, end, token) in enumerate(words):
        if not token.isascii():
            continue  # keystroke residue is plain ASCII letters and digits
        found = _decode(token, style)
        if found is None or found[0] == token:
            continue
        fixed, tier = found
        if tier != SURE and (token in keep or not _among_vietnamese(ctx.text, words, i)):
            continue
        yield Hit(start, end, (fixed,), safe=False)


# How many words on each side decide whether a word sits in Vietnamese or in English.
IME_WINDOW = 3


def _among_vietnamese(text: str, words: list[Any], i: int) -> bool:
    """Whether word ``i`` sits among Vietnamese words: its neighbourhood holds no more foreign
    words than accented Vietnamese syllables, and either there are two of these and no foreign
    word at all, or one touches it (only spaces between) and no foreign word does."""
    start, end, _ = words[i]
    near = words[max(0, i - IME_WINDOW):i] + words[i + 1:i + 1 + IME_WINDOW]
    accented = sum(1 for w in near if _accented(w.text))
    if not accented:
        return False
    foreign = sum(1 for w in near if w.text.isalpha() and _foreign_word(w.text))
    if foreign > accented:
        return False
    if not foreign and accented >= 2:
        return True
    touching = []
    if i > 0 and _spaces(text, words[i - 1].end, start):
        touching.append(words[i - 1].text)
    if i + 1 < len(words) and _spaces(text, end, words[i + 1].start):
        touching.append(words[i + 1].text)
    if any(w.isalpha() and _foreign_word(w) for w in touching):
        return False  # part of a foreign phrase: "goldman sachs", "happy tots"
    return any(_accented(w) for w in touching)


def _spaces(text: str, a: int, b: int) -> bool:
    gap = text[a:b]
    return bool(gap) and gap.isspace() and "\n" not in gap


@lru_cache(maxsize=65536)
def _accented(word: str) -> bool:
    """A valid Vietnamese syllable with a tone mark or ă â ê ô ơ ư đ."""
    from ...vietnamese import parse

    syl = parse(word)
    return syl is not None and syl.marked and syl.valid


@lru_cache(maxsize=65536)
def _foreign_word(word: str) -> bool:
    """A word that is no Vietnamese syllable, accents or not, nor a sure keystroke residue
    ("Goldman", "were"; "the" is a syllable, "vieejt" a residue)."""
    if valid_syllable(word):
        return False
    found = _decode(word, "first_vowel")
    return found is None or found[1] != "sure"


@lru_cache(maxsize=65536)
def _decode(token: str, style: str) -> tuple[str, str] | None:
    from ...vietnamese.ime import ime_decode

    return ime_decode(token, style)


@lru_cache(maxsize=65536)
def _iy_form(token: str) -> str | None:
    """The i-spelling of a syllable that ends in an i/y variant after a consonant (kỹ → kĩ), else None."""
    if IY.match(token) and token[-1] not in "iy":
        return token.translate(_Y_TO_I)
    return None


def _prepare_iy(rule: Any, pack: Any) -> dict[str, Any]:
    table = dict(rule.params["house"])
    keys = list(table) + [k[:1].upper() + k[1:] for k in table if k[:1].islower()]
    return {"words": literal_alternation(keys), "table": table}


@builtin("VN-O08", params={"house": {}}, prepare=_prepare_iy)
def i_or_y_list(ctx: Any) -> Iterator[Hit]:
    """i/y spellings the house list fixes (quí → quý); capitalised names are left alone."""
    pattern = ctx.data["words"]
    if pattern is None:
        return
    abbrevs = period_abbreviations(ctx.pack)
    for m in pattern.finditer(ctx.text):
        found = m.group()
        good = ctx.data["table"].get(found)
        if good is None:
            if not is_sentence_start(ctx.text, m.start(), abbrevs):
                continue  # a capitalised word mid-sentence is a name
            good = match_case(found, ctx.data["table"][found[:1].lower() + found[1:]])
        yield Hit(m.start(), m.end(), (good,), params={"good": good})


def _vi_tokens_step(an: Any, pack: Any) -> None:
    vi_tokens(an)


@builtin("VN-O08", level="article", per_field=_vi_tokens_step)
def i_or_y_consistency(ctx: Any) -> Iterator[tuple[Any, Hit]]:
    """kĩ/kỹ, lí/lý, tỉ/tỷ …: one spelling per article (lower-case words only; names exempt)."""
    seen: list[tuple[Any, int, int, str, str]] = []
    for ft in ctx.in_scope():
        for start, end, token in vi_tokens(ctx.analysis(ft)):
            key = _iy_form(token)
            if key is not None:
                seen.append((ft, start, end, token, key))
    forms: dict[str, Counter[str]] = {}
    for _, _, _, token, key in seen:
        forms.setdefault(key, Counter())[token] += 1
    for ft, start, end, token, key in seen:
        tally = forms[key]
        if len(tally) > 1:
            best = max(tally, key=lambda f: (tally[f], f == key.translate(_I_TO_Y)))
            if token != best:
                yield ft, Hit(start, end, (best,), safe=False, case="consistency", params={"good": best})


def _prepare_lexicon(rule: Any, pack: Any) -> dict[str, Any]:
    from ...vietnamese import to_tone_style

    words = list(rule.params["lexicon"])
    name = rule.params["lexicon_file"]
    if name:
        base = Path(rule.param_files.get("lexicon_file", rule.origin)).parent
        path = Path(name) if Path(name).is_absolute() else base / name
        try:
            words += path.read_text(encoding="utf-8").split()
        except (OSError, UnicodeDecodeError) as exc:
            raise ParamProblem("lexicon_file", f"names “{name}”, which cannot be read ({exc})") from None
    return {"lexicon": frozenset(to_tone_style(w.lower(), "first_vowel") for w in words)}


@builtin("VN-O09", params={"lexicon": [], "lexicon_file": ""}, prepare=_prepare_lexicon)
def lexicon(ctx: Any) -> Iterator[Hit]:
    """Valid-looking lower-case syllables missing from the newsroom lexicon (when one is given)."""
    from ...vietnamese import to_tone_style

    known = ctx.data["lexicon"]
    if not known:
        return
    for start, end, token in vi_tokens(ctx.an):
        if token.islower() and valid_syllable(token) and to_tone_style(token, "first_vowel") not in known:
            yield Hit(start, end, (), safe=False)
