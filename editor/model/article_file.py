"""Reading and writing the `.article` file (see docs/article-format.md).

Guarantees: save → load → save is byte-identical; keys this program does not know survive;
saving is atomic (temp file, fsync, rename); a bad file is refused with one sentence and is
never written to.
"""

from __future__ import annotations

import copy
import json
import os
import sys
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from .article import (
    BLOCK_TYPES,
    IMAGE_KEYS,
    MARK_TYPES,
    QUOTE_KINDS,
    RECIPIENT_KINDS,
    STATUSES,
    Article,
    Award,
    Block,
    Byline,
    Dateline,
    Mark,
    Quote,
)
from .file_io import MAX_FILE_BYTES, N_, ArticleFileError, TemplatedError, read_document, to_bytes, write_atomic
from .file_io import write_error as _write_error
from .json_guard import MAX_DEPTH, TooDeep, may_hold_surrogates, repaired
from .text import nfc_offset_map

__all__ = ["EXTENSION", "FORMAT_ID", "FORMAT_VERSION", "MAX_FILE_BYTES", "N_", "ArticleFileError", "_write_error",
           "article_from_dict", "read_document", "article_to_dict", "dumps", "load", "loads", "save", "to_bytes", "write_atomic"]

FORMAT_ID = "articledesk.article"
FORMAT_VERSION = 1
EXTENSION = ".article"
IGNORES_KEY = "house_style_ignores"  # written by the house-style checker (docs/article-format.md)
_IGNORE_ENTRIES = {
    "once": (("rule", str, False), ("field", str, False), ("block", int, True), ("text", str, False),
             ("context", str, False)),
    "words": (("word", str, False), ("rule", str, True)),
}


class _Invalid(TemplatedError):
    """A wrongly typed value inside the file; becomes an ArticleFileError."""


# ---------------------------------------------------------------- to the file


def _with_extra(known: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(known)
    for key, value in extra.items():
        if key not in out:
            out[key] = value
    return out


def _mark_to_dict(m: Mark) -> dict[str, Any]:
    d: dict[str, Any] = {"start": m.start, "end": m.end, "type": m.type}
    if m.href is not None:
        d["href"] = m.href
    return _with_extra(d, m.extra)


def _block_to_dict(b: Block) -> dict[str, Any]:  # a text block's is also written by _plain_block_json
    d: dict[str, Any] = {"type": b.type, "text": b.text, "marks": [_mark_to_dict(m) for m in b.marks]}
    if b.type == "image":
        for key in IMAGE_KEYS:
            d[key] = getattr(b, key)
    return _with_extra(d, b.extra)


def article_to_dict(a: Article) -> dict[str, Any]:
    """The JSON object of the file, known keys first in a fixed order, then unknown keys."""
    d: dict[str, Any] = {
        "format": FORMAT_ID,
        "version": FORMAT_VERSION,
        "id": a.id,
        "language": a.language,
        "status": a.status,
        "topic": a.topic,
        "tags": list(a.tags),
        "kicker": a.kicker,
        "headline": a.headline,
        "dateline": _with_extra(
            {"source": a.dateline.source, "place": a.dateline.place, "date": a.dateline.date},
            a.dateline.extra,
        ),
        "lede": a.lede,
        "body": [_block_to_dict(b) for b in a.body],
        "quotes": [
            _with_extra({"speaker": q.speaker, "role": q.role, "text": q.text, "kind": q.kind}, q.extra)
            for q in a.quotes
        ],
        "awards": [
            _with_extra(
                {
                    "recipient": w.recipient,
                    "recipient_kind": w.recipient_kind,
                    "award": w.award,
                    "conferred_by": w.conferred_by,
                    "reason": w.reason,
                },
                w.extra,
            )
            for w in a.awards
        ],
        "byline": _with_extra({"authors": list(a.byline.authors), "signoff": a.byline.signoff}, a.byline.extra),
        "created": a.created,
        "updated": a.updated,
        "published": a.published,
    }
    return _with_extra(d, a.extra)


def dumps(a: Article) -> str:
    """The exact text of the `.article` file for ``a``: ``json.dumps(article_to_dict(a), ensure_ascii=False,
    indent=2)`` and a line break, made a block at a time (see json_pieces)."""
    return "".join(json_pieces(a)) + "\n"


def json_pieces(a: Article, indent: int = 2, around: Callable[[dict[str, Any]], Any] | None = None) -> Iterator[str]:
    """The text of ``json.dumps(around(article_to_dict(a)), ensure_ascii=False, indent=indent)``, a body
    block at a time: a worker thread serialising a long article then never holds the interpreter
    lock for one long call, and each block's objects are freed before the next is made (no mass of
    containers for the cyclic collector to promote and then scan with the whole heap). The last
    piece holds every field after the body, whatever the body."""
    head = copy.copy(a)
    head.body = []
    marker = f"\x00{os.urandom(12).hex()}\x00"  # stands for the body; no text holds it
    fields = article_to_dict(head)
    fields["body"] = marker
    text = json.dumps(around(fields) if around is not None else fields, ensure_ascii=False, indent=indent)
    parts = text.split(json.dumps(marker))
    if len(parts) != 2:  # cannot happen; the whole text is still right
        whole = article_to_dict(a)
        yield json.dumps(around(whole) if around is not None else whole, ensure_ascii=False, indent=indent)
        return
    before, after = parts
    line = before[before.rfind("\n") + 1:]  # '    "body": ' : the key's indentation
    key_indent = len(line) - len(line.lstrip(" "))
    item_break = "\n" + " " * (key_indent + indent)
    yield before
    if not a.body:
        yield "[]"
    else:
        separator = "["
        step = " " * indent
        for block in a.body:
            piece = _plain_block_json(block, item_break, step)
            if piece is None:
                piece = json.dumps(_block_to_dict(block), ensure_ascii=False, indent=indent).replace("\n", item_break)
            yield separator + item_break + piece
            separator = ","
        yield "\n" + " " * key_indent + "]"
    yield after


_quoted = json.encoder.encode_basestring  # the quoting json.dumps(ensure_ascii=False) uses (C when available)


def _plain_block_json(b: Block, line: str, step: str) -> str | None:
    """The text json.dumps(indent=len(step)) gives for a text block without unknown keys, its lines
    after the first starting with ``line``, written directly (several times faster than the
    general encoder); None for any other block."""
    if b.type == "image" or b.extra or type(b.type) is not str or type(b.text) is not str:
        return None
    inner = line + step
    if b.marks:
        mark_line = inner + step
        field_line = mark_line + step
        marks = []
        for m in b.marks:
            if m.extra or type(m.start) is not int or type(m.end) is not int or type(m.type) is not str \
                    or (m.href is not None and type(m.href) is not str):
                return None
            href = "" if m.href is None else f',{field_line}"href": {_quoted(m.href)}'
            marks.append(f'{mark_line}{{{field_line}"start": {m.start},{field_line}"end": {m.end},'
                         f'{field_line}"type": {_quoted(m.type)}{href}{mark_line}}}')
        marks_text = "[" + ",".join(marks) + inner + "]"
    else:
        marks_text = "[]"
    return (f'{{{inner}"type": {_quoted(b.type)},{inner}"text": {_quoted(b.text)},'
            f'{inner}"marks": {marks_text}{line}}}')


# -------------------------------------------------------------- from the file

_TYPE_NAMES = {str: "a text", int: "a whole number", list: "a list", dict: "an object"}


def _get(obj: dict[str, Any], key: str, kind: type, path: str, default: Any, nullable: bool = False) -> Any:
    if key not in obj:
        return default
    value = obj[key]
    if value is None and nullable:
        return None
    if kind is int and isinstance(value, bool):
        value = "bool"
    if not isinstance(value, kind):
        expected = _TYPE_NAMES[kind] + (" or null" if nullable else "")
        raise _Invalid(N_("“{path}” should be {expected}"), path=path, expected=expected)
    return value


def shown(value: str, most: int = 40) -> str:
    """A value from a file as a one-line sentence may quote it: cut to ``most`` characters, and every
    control, format or separator character (a line break, an escape, a direction override) written as
    its escape, so the sentence stays one line and cannot steer a terminal."""
    cut = value[:most] + ("…" if len(value) > most else "")
    return "".join(ch.encode("unicode_escape").decode("ascii") if unicodedata.category(ch)[0] in "CZ" and ch != " "
                   else ch for ch in cut)


def _choice(obj: dict[str, Any], key: str, choices: tuple[str, ...], path: str, default: str) -> str:
    value = _get(obj, key, str, path, default)
    if value not in choices:
        raise _Invalid(
            N_("“{path}” is “{value}”, which is not one of {choices}"),
            path=path,
            value=shown(value),
            choices=", ".join(choices),
        )
    return value


def _str_list(obj: dict[str, Any], key: str, path: str) -> list[str]:
    items = _get(obj, key, list, path, [])
    for i, item in enumerate(items):
        if not isinstance(item, str):
            raise _Invalid(N_("“{path}” should be a text"), path=f"{path}[{i}]", expected="")
    return list(items)


def _obj(value: Any, path: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Invalid(N_("“{path}” should be an object"), path=path)
    return value


def _extra(obj: dict[str, Any], known: tuple[str, ...]) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if k not in known}


def _marks_from(items: list[Any], raw_text: str, path: str) -> tuple[str, list[Mark]]:
    text, offset = nfc_offset_map(raw_text)
    marks = []
    for i, raw in enumerate(items):
        mp = f"{path}.marks[{i}]"
        m = _obj(raw, mp)
        start = _get(m, "start", int, f"{mp}.start", None)
        end = _get(m, "end", int, f"{mp}.end", None)
        if start is None or end is None or not 0 <= start <= end <= len(raw_text):
            raise _Invalid(N_("“{path}” does not lie inside the text of its block"), path=mp)
        marks.append(
            Mark(
                start=offset[start],
                end=offset[end],
                type=_choice(m, "type", MARK_TYPES, f"{mp}.type", "bold"),
                href=_get(m, "href", str, f"{mp}.href", None, nullable=True),
                extra=_extra(m, ("start", "end", "type", "href")),
            )
        )
    return text, marks


def _block_from(raw: Any, path: str) -> Block:
    d = _obj(raw, path)
    btype = _choice(d, "type", BLOCK_TYPES, f"{path}.type", "paragraph")
    text, marks = _marks_from(_get(d, "marks", list, f"{path}.marks", []), _get(d, "text", str, f"{path}.text", ""), path)
    known: tuple[str, ...] = ("type", "text", "marks")
    block = Block(type=btype, text=text, marks=marks)
    if btype == "image":
        known += IMAGE_KEYS
        for key in IMAGE_KEYS:
            setattr(block, key, _get(d, key, str, f"{path}.{key}", ""))
    block.extra = _extra(d, known)
    return block


def article_from_dict(d: dict[str, Any]) -> Article:
    """Build an article from the file's JSON object; raises ``_Invalid`` on wrong types."""
    a = Article(id=_get(d, "id", str, "id", ""))
    if not a.id:
        raise _Invalid(N_("the article has no “id”"))
    a.language = _get(d, "language", str, "language", "vi")
    if a.base_language not in ("vi", "en"):
        raise _Invalid(N_("the language “{value}” is not supported (use “vi” or “en”)"), value=shown(a.language))
    a.status = _choice(d, "status", STATUSES, "status", "draft")
    a.topic = _get(d, "topic", str, "topic", "")
    a.tags = _str_list(d, "tags", "tags")
    a.kicker = _get(d, "kicker", str, "kicker", "")
    a.headline = _get(d, "headline", str, "headline", "")
    dl = _obj(d.get("dateline", {}), "dateline")
    a.dateline = Dateline(
        source=_get(dl, "source", str, "dateline.source", ""),
        place=_get(dl, "place", str, "dateline.place", ""),
        date=_get(dl, "date", str, "dateline.date", None, nullable=True),
        extra=_extra(dl, ("source", "place", "date")),
    )
    a.lede = _get(d, "lede", str, "lede", "")
    a.body = [_block_from(b, f"body[{i}]") for i, b in enumerate(_get(d, "body", list, "body", []))]
    for i, raw in enumerate(_get(d, "quotes", list, "quotes", [])):
        p = f"quotes[{i}]"
        q = _obj(raw, p)
        a.quotes.append(
            Quote(
                speaker=_get(q, "speaker", str, f"{p}.speaker", ""),
                role=_get(q, "role", str, f"{p}.role", ""),
                text=_get(q, "text", str, f"{p}.text", ""),
                kind=_choice(q, "kind", QUOTE_KINDS, f"{p}.kind", "direct"),
                extra=_extra(q, ("speaker", "role", "text", "kind")),
            )
        )
    for i, raw in enumerate(_get(d, "awards", list, "awards", [])):
        p = f"awards[{i}]"
        w = _obj(raw, p)
        a.awards.append(
            Award(
                recipient=_get(w, "recipient", str, f"{p}.recipient", ""),
                recipient_kind=_choice(w, "recipient_kind", RECIPIENT_KINDS, f"{p}.recipient_kind", "collective"),
                award=_get(w, "award", str, f"{p}.award", ""),
                conferred_by=_get(w, "conferred_by", str, f"{p}.conferred_by", ""),
                reason=_get(w, "reason", str, f"{p}.reason", ""),
                extra=_extra(w, ("recipient", "recipient_kind", "award", "conferred_by", "reason")),
            )
        )
    by = _obj(d.get("byline", {}), "byline")
    a.byline = Byline(
        authors=_str_list(by, "authors", "byline.authors"),
        signoff=_get(by, "signoff", str, "byline.signoff", ""),
        extra=_extra(by, ("authors", "signoff")),
    )
    a.created = _get(d, "created", str, "created", None, nullable=True)
    a.updated = _get(d, "updated", str, "updated", None, nullable=True)
    a.published = _get(d, "published", str, "published", None, nullable=True)
    a.extra = _extra(d, tuple(article_to_dict(Article()).keys()))
    return a


def _check_ignores(d: dict[str, Any]) -> None:
    """The checker's ignores must have the documented shape, or checking the article would fail later."""
    if IGNORES_KEY not in d:
        return
    store = _obj(d[IGNORES_KEY], IGNORES_KEY)
    for kind, keys in _IGNORE_ENTRIES.items():
        for i, raw in enumerate(_get(store, kind, list, f"{IGNORES_KEY}.{kind}", [])):
            entry = _obj(raw, f"{IGNORES_KEY}.{kind}[{i}]")
            for key, value_kind, nullable in keys:
                _get(entry, key, value_kind, f"{IGNORES_KEY}.{kind}[{i}].{key}", None, nullable)


def _parse(text: str, name: str) -> Any:
    """The JSON value of ``text``; every way it fails is one sentence naming ``name``."""
    stripped = text.strip()
    if not stripped:
        raise ArticleFileError(N_("Cannot open “{file}”: the file is empty."), file=name)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()) or (stripped.startswith("{") and not stripped.endswith("}")):
            raise ArticleFileError(
                N_("Cannot open “{file}”: the file is cut short (truncated) and is not a complete article."),
                file=name,
            ) from None
        raise ArticleFileError(
            N_("Cannot open “{file}”: it is not an article file (invalid JSON at line {line}, column {column})."),
            file=name,
            line=exc.lineno,
            column=exc.colno,
        ) from None
    except RecursionError:
        raise _too_deep(name) from None
    except ValueError:  # Python reads integers of at most sys.get_int_max_str_digits() digits
        raise ArticleFileError(
            N_("Cannot open “{file}”: it holds a number longer than {digits} digits."),
            file=name,
            digits=sys.get_int_max_str_digits(),
        ) from None


def _too_deep(name: str) -> ArticleFileError:
    return ArticleFileError(
        N_("Cannot open “{file}”: it nests lists and objects more than {depth} levels deep."), file=name, depth=MAX_DEPTH
    )


def loads(text: str, name: str = "article", notes: list[ArticleFileError] | None = None) -> Article:
    """Parse the text of an `.article` file; raises ArticleFileError naming ``name``.

    What was repaired on the way (a broken character replaced by U+FFFD) is appended to ``notes``
    as one sentence each, for the window or the command line to tell.
    """
    data = _parse(text, name)
    if not isinstance(data, dict) or data.get("format") != FORMAT_ID:
        raise ArticleFileError(
            N_("Cannot open “{file}”: it is JSON but not an ArticleDesk article (no “format”: “{format}”)."),
            file=name,
            format=FORMAT_ID,
        )
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ArticleFileError(N_("Cannot open “{file}”: its “version” is missing or not a number."), file=name)
    if version > FORMAT_VERSION:
        raise ArticleFileError(
            N_(
                "Cannot open “{file}”: it was written by a newer ArticleDesk (file version {version}, "
                "this program reads up to {known}); please update ArticleDesk."
            ),
            file=name,
            version=version,
            known=FORMAT_VERSION,
        )
    try:
        data, broken = repaired(data, surrogates=may_hold_surrogates(text))
    except TooDeep:
        raise _too_deep(name) from None
    try:
        article = article_from_dict(data)
        _check_ignores(data)
    except _Invalid as exc:
        raise ArticleFileError(
            N_("Cannot open “{file}”: {problem}."), file=name, problem=str(exc)
        ) from None
    if broken and notes is not None:
        places = ", ".join(f"“{shown(where, 60)}”" for where in broken[:3]) + (", …" if len(broken) > 3 else "")
        notes.append(ArticleFileError(
            N_("“{file}” held broken characters (halves of UTF-16 pairs) in {where}; "
               "each was replaced by “\ufffd”."),
            file=name,
            where=places,
        ))
    return article


def from_bytes(raw: bytes, name: str, notes: list[ArticleFileError] | None = None) -> Article:
    """The article in the bytes of a file called ``name`` (UTF-8, with or without a BOM)."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleFileError(
            N_("Cannot open “{file}”: it is not UTF-8 text (bad byte at position {pos})."),
            file=name,
            pos=exc.start,
        ) from None
    return loads(text, name, notes)


def load(path: str | os.PathLike[str], notes: list[ArticleFileError] | None = None) -> Article:
    """Read an `.article` file. The file is only read, never written; repairs go to ``notes``."""
    return from_bytes(read_document(path), str(Path(path)), notes)


def save(article: Article, path: str | os.PathLike[str]) -> None:
    """Write ``article`` to ``path`` atomically."""
    write_atomic(path, to_bytes(dumps(article), path))
