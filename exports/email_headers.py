"""The header fields a user types (From, To, Cc, Subject, attachment names): checked, then written.

Checked: a value holding CR, LF or another control character is refused with one sentence
(:class:`HeaderError`), never cleaned silently, so no header can be injected (outputs.md §4, E4);
an address must look like ``local@domain.tld``.

Written: Subject and the address fields are encoded here (RFC 2047 encoded words, every line at
most 78 characters) and stored with ``set_raw``, because CPython's own folder (3.10–3.12) drops
the space between two encoded words ("tiêu đềrất") and, in a long address list, encodes the
comma that separates two addresses. Lines of 78 characters or fewer are written back verbatim
by every ``policy.default`` generator, so the message keeps these bytes when it is parsed again,
stored in the outbox and sent.
"""

from __future__ import annotations

import base64
import re
import unicodedata
from email.headerregistry import Address
from email.message import EmailMessage

from editor.model.file_io import N_, TemplatedError
from editor.model.text import nfc

MAX_LINE = 78  # RFC 5322's recommended line length; longer header lines get refolded by Python
_WORD_BYTES = 42  # UTF-8 bytes per encoded word: "=?utf-8?b?" + 56 base64 characters + "?=" = 68 characters
_LOCAL = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
ADDRESS = re.compile(rf"{_LOCAL}@{_LABEL}(?:\.{_LABEL})+\Z")
# Invisible characters that change how text reads (bidirectional overrides: "gpj.exe" shown as "exe.jpg").
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


class HeaderError(TemplatedError, ValueError):
    """A header field the user typed cannot go into a message; ``field`` names it.

    ``field`` is one of "from", "to", "cc", "subject", "attachment", "message_id", so a dialog
    can point at the box to correct; the sentence is ``str(exc)`` or, translated,
    ``error_sentence(exc, translate)``.
    """

    def __init__(self, template: str, field: str, **params: object) -> None:
        super().__init__(template, **params)
        self.field = field


def is_control(char: str) -> bool:
    """True for characters no header may hold: C0/C1 controls, line and paragraph separators, bidi overrides."""
    return unicodedata.category(char) in ("Cc", "Zl", "Zp") or char in _BIDI_CONTROLS


def shown(value: str, limit: int = 60) -> str:
    """``value`` for a message: controls as visible symbols ("x@y.vn␍␊Bcc: …"), long values cut."""
    out = "".join(chr(0x2400 + ord(c)) if ord(c) < 0x20 else "␡" if c == "\x7f" else "�" if is_control(c) else c
                  for c in value)
    return out if len(out) <= limit else out[: limit - 1] + "…"


def check_text(value: str, field: str) -> str:
    """``value`` in NFC; raises HeaderError when it holds a line break or another control character."""
    if any(is_control(c) for c in value):
        raise HeaderError(
            N_("“{value}” holds a line break or another control character, which a mail header may not hold."),
            field, value=shown(value))
    return nfc(value)


def strip_controls(value: str) -> str:
    """``value`` with every character :func:`is_control` refuses turned into a space, on one line."""
    return " ".join("".join(" " if is_control(c) else c for c in value).split())


def _split_list(text: str) -> list[str]:
    """Address list text cut at the commas outside quotes and angle brackets."""
    pieces, current, quoted, angle, escaped = [], [], False, False, False
    for c in text:
        if escaped:
            escaped = False
        elif c == "\\" and quoted:
            escaped = True
        elif c == '"' and not angle:
            quoted = not quoted
        elif c == "<" and not quoted:
            angle = True
        elif c == ">" and not quoted:
            angle = False
        elif c == "," and not quoted and not angle:
            pieces.append("".join(current))
            current = []
            continue
        current.append(c)
    pieces.append("".join(current))
    return [p.strip() for p in pieces if p.strip()]


def _unquote(name: str) -> str:
    if len(name) >= 2 and name[0] == name[-1] == '"':
        return re.sub(r"\\(.)", r"\1", name[1:-1])
    return name


def parse_address(text: str, field: str) -> Address:
    """One address, "Nguyễn Văn Hòa <hoa@example.vn>" or "hoa@example.vn"; raises HeaderError."""
    text = check_text(text, field).strip()
    match = re.fullmatch(r"(?P<name>[^<>]*?)\s*<(?P<addr>[^<>]*)>", text)
    name, addr = (_unquote(match["name"].strip()), match["addr"].strip()) if match else ("", text)
    if not ADDRESS.match(addr) or len(addr) > 254:
        raise HeaderError(N_("“{value}” is not an e-mail address."), field, value=shown(text))
    return Address(display_name=name.strip(), addr_spec=addr)


def parse_addresses(entries: list[str] | tuple[str, ...], field: str) -> list[Address]:
    """Every address in ``entries``; one entry may hold several, separated by commas."""
    out: list[Address] = []
    for entry in entries:
        check_text(entry, field)
        out.extend(parse_address(piece, field) for piece in _split_list(entry))
    return out


def encoded_words(text: str) -> list[str]:
    """``text`` as RFC 2047 "B" encoded words of at most 68 characters, cut between characters."""
    words, chunk = [], b""
    for char in text:
        data = char.encode("utf-8")
        if chunk and len(chunk) + len(data) > _WORD_BYTES:
            words.append(chunk)
            chunk = b""
        chunk += data
    if chunk:
        words.append(chunk)
    return [f"=?utf-8?b?{base64.b64encode(w).decode('ascii')}?=" for w in words]


def _needs_encoding(text: str) -> bool:
    return not text.isascii() or "=?" in text


def _fold(name: str, tokens: list[str]) -> str:
    """Tokens (each but the first starting with a space) packed onto lines of at most MAX_LINE characters."""
    lines = [""]
    room = MAX_LINE - len(name) - 2
    for token in tokens:
        if lines[-1] and len(lines[-1]) + len(token) > room:
            lines.append("")
            room = MAX_LINE
        lines[-1] += token
    return "\n".join(lines)


def _text_tokens(text: str) -> list[str]:
    if _needs_encoding(text):
        words = encoded_words(text)
        return words[:1] + [" " + w for w in words[1:]]
    return re.findall(r" *[^ ]+", text)


def _address_tokens(address: Address) -> list[str]:
    name = address.display_name
    if not name:
        return [address.addr_spec]
    if _needs_encoding(name):
        tokens = _text_tokens(name)
    else:
        tokens = re.findall(r" *[^ ]+", '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"')
    return tokens + [f" <{address.addr_spec}>"]


def set_subject(msg: EmailMessage, subject: str) -> None:
    """Store ``subject`` (already checked) as the Subject header, encoded and folded here."""
    msg.set_raw("Subject", _fold("Subject", _text_tokens(subject)))


def set_addresses(msg: EmailMessage, name: str, addresses: list[Address]) -> None:
    """Store an address header (From, To, Cc), one address a line when they do not fit on one."""
    tokens: list[str] = []
    for i, address in enumerate(addresses):
        entry = _address_tokens(address)
        if i:
            tokens[-1] += ","
            entry[0] = " " + entry[0]
        tokens.extend(entry)
    msg.set_raw(name, _fold(name, tokens))
