"""Shows a field-by-field difference as HTML: added text green, removed text struck through in red.

Used by the recovery dialog and the History panel. Long unchanged stretches of the body are
shortened around the changes, so the reader sees what differs without scrolling past it.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from editor.model.diff import ADDED, PARAGRAPH_BREAK, REMOVED, SAME, FieldChange, Piece

ADDED_STYLE = "background-color:#d7f3d0; color:#0b5a1a;"
REMOVED_STYLE = "background-color:#fbdad6; color:#8c1d12; text-decoration:line-through;"
CONTEXT_CHARS = 90  # unchanged text kept on each side of a change


def field_label(name: str) -> str:
    """The label of a field as the fields panel shows it."""
    labels = {
        "kicker": QCoreApplication.translate("DiffView", "Kicker"),
        "headline": QCoreApplication.translate("DiffView", "Headline"),
        "lede": QCoreApplication.translate("DiffView", "Standfirst"),
        "dateline.source": QCoreApplication.translate("DiffView", "Source"),
        "dateline.place": QCoreApplication.translate("DiffView", "Place"),
        "dateline.date": QCoreApplication.translate("DiffView", "Date"),
        "byline.authors": QCoreApplication.translate("DiffView", "Authors"),
        "byline.signoff": QCoreApplication.translate("DiffView", "Sign-off"),
        "topic": QCoreApplication.translate("DiffView", "Topic"),
        "tags": QCoreApplication.translate("DiffView", "Tags"),
        "language": QCoreApplication.translate("DiffView", "Language"),
        "status": QCoreApplication.translate("DiffView", "Status"),
        "quotes": QCoreApplication.translate("DiffView", "Quotes"),
        "awards": QCoreApplication.translate("DiffView", "Awards"),
        "body": QCoreApplication.translate("DiffView", "Body"),
    }
    return labels.get(name, name)


def status_label(status: str) -> str:
    """"draft", "ready", "sent" as the Status box shows them."""
    labels = {
        "draft": QCoreApplication.translate("DiffView", "Draft"),
        "ready": QCoreApplication.translate("DiffView", "Ready for the desk"),
        "sent": QCoreApplication.translate("DiffView", "Sent"),
    }
    return labels.get(status, status)


def _shorten(text: str, first: bool, last: bool) -> str:
    """Cut a long unchanged run down to the context around its neighbouring changes."""
    if len(text) <= 2 * CONTEXT_CHARS + 20:
        return escape(text)
    head = "" if first else text[:CONTEXT_CHARS]
    tail = "" if last else text[-CONTEXT_CHARS:]
    return f"{escape(head)} <span style='color:#777'>[…]</span> {escape(tail)}"


def _pieces_html(pieces: list[Piece], field: str, shorten: bool) -> str:
    parts: list[str] = []
    for index, piece in enumerate(pieces):
        text = status_label(piece.text) if field == "status" else piece.text
        if piece.kind == ADDED:
            parts.append(f"<span style='{ADDED_STYLE}'>{escape(text)}</span>")
        elif piece.kind == REMOVED:
            parts.append(f"<span style='{REMOVED_STYLE}'>{escape(text)}</span>")
        elif shorten:
            parts.append(_shorten(text, first=index == 0, last=index == len(pieces) - 1))
        else:
            parts.append(escape(text))
    return "".join(parts).replace("\n", "<br>")


def _paragraphs(pieces: list[Piece]) -> list[list[Piece]]:
    out: list[list[Piece]] = [[]]
    for piece in pieces:
        if piece.text == PARAGRAPH_BREAK:
            out.append([])
        else:
            out[-1].append(piece)
    return out


def _skipped(count: int) -> str:
    if count == 1:
        note = QCoreApplication.translate("DiffView", "[… 1 unchanged paragraph …]")
    else:
        note = QCoreApplication.translate("DiffView", "[… {n} unchanged paragraphs …]").format(n=count)
    return f"<p style='color:#777'>{escape(note)}</p>"


def _text_html(change: FieldChange, shorten: bool) -> str:
    """The field's text with its changes; in the body, paragraphs far from any change fold away."""
    if change.field != "body":
        return f"<p>{_pieces_html(change.pieces, change.field, shorten)}</p>"
    paragraphs = _paragraphs(change.pieces)
    changed = [any(p.kind != SAME for p in para) for para in paragraphs]
    near = [changed[i] or (i > 0 and changed[i - 1]) or (i + 1 < len(changed) and changed[i + 1])
            for i in range(len(changed))]
    out: list[str] = []
    skipped = 0
    for i, (para, keep) in enumerate(zip(paragraphs, near, strict=True)):
        if shorten and not keep:
            skipped += 1
            continue
        if skipped:
            out.append(_skipped(skipped))
            skipped = 0
        if shorten and not changed[i]:
            # an unchanged neighbour: its end before a change, its start after one
            text = "".join(p.text for p in para)
            before_change = i + 1 < len(changed) and changed[i + 1]
            out.append(f"<p>{_shorten(text, first=before_change, last=not before_change)}</p>")
        else:
            out.append(f"<p>{_pieces_html(para, 'body', shorten)}</p>")
    if skipped:
        out.append(_skipped(skipped))
    return "".join(out)


def changes_html(changes: list[FieldChange], shorten: bool = True) -> str:
    """The differences as HTML, one heading per changed field."""
    if not changes:
        return "<p><i>{}</i></p>".format(escape(QCoreApplication.translate("DiffView", "No differences.")))
    out: list[str] = []
    for change in changes:
        heading = escape(field_label(change.field))
        if change.field == "body":
            counts = QCoreApplication.translate("DiffView", "+{added} / −{removed} words").format(
                added=change.words_added, removed=change.words_removed)
            heading += f" <span style='font-weight:normal; color:#555'>({escape(counts)})</span>"
        out.append(f"<h4 style='margin-bottom:2px'>{heading}</h4>")
        if change.formatting_only:
            note = QCoreApplication.translate("DiffView", "Same words; formatting or paragraph types differ.")
            out.append(f"<p><i>{escape(note)}</i></p>")
        else:
            out.append(_text_html(change, shorten))
    return "".join(out)


def summary(changes: list[FieldChange]) -> str:
    """One line: which fields differ ("Headline, Body (+12 / −3 words)")."""
    parts = []
    for change in changes:
        label = field_label(change.field)
        if change.field == "body" and not change.formatting_only:
            label += " " + QCoreApplication.translate("DiffView", "(+{added} / −{removed} words)").format(
                added=change.words_added, removed=change.words_removed)
        parts.append(label)
    return ", ".join(parts)
