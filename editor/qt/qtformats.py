"""What the body's QTextDocument formats mean, and how each block type and mark looks.

Meaning is carried by custom user properties, never read back from the look: a character is
bold only when it carries :data:`BOLD` (a heading's bold font is just its look), underlined
only with :data:`UNDERLINE` (a link's underline is just its look), and a link is a Qt anchor
with an ``href``. A block's type is read from the structure Qt keeps when editing: list
membership (list item), heading level (heading), :data:`KIND` plus Qt's block-quote level
(quote). Image blocks are told by their image object (see :mod:`editor.qt.qtdoc`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QRect
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QPalette,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
)

from editor.model.marks import Styles

if TYPE_CHECKING:  # pictures load their Qt classes when the first one is shown, not at start-up
    from PySide6.QtGui import QImage, QTextImageFormat

_U = int(QTextFormat.Property.UserProperty)
KIND = _U + 1  # block: "paragraph", "heading", "quote", "list_item" or "image"
BLOCK_EXTRA = _U + 2  # block: JSON of the model block's unknown keys
IMAGE_DATA = _U + 3  # image object (char format): JSON of the whole image block
BOLD = _U + 10  # char: the bold mark
ITALIC = _U + 11  # char: the italic mark
UNDERLINE = _U + 12  # char: the underline mark
MARK_EXTRA = _U + 13  # char: JSON {mark type: unknown keys of that mark}

_FLAG_PROPS = {"bold": BOLD, "italic": ITALIC, "underline": UNDERLINE}
BLOCK_KINDS = ("paragraph", "heading", "quote", "list_item", "image")
HEADING_LEVEL = 2
HEADING_SIZE_STEP = 1  # QTextFormat.FontSizeAdjustment: +1 is 1.2 times the body size
QUOTE_INDENT = 28.0
PARAGRAPH_SPACING = 8.0
LIST_SPACING = 3.0
LINE_HEIGHT_PERCENT = 125
MAX_IMAGE_WIDTH = 480


def link_colour() -> QColor:
    """The colour of links: the application palette's link colour."""
    return QGuiApplication.palette().link().color() if QGuiApplication.instance() else QColor("#1a5fb4")


def quote_background() -> QColor:
    """A translucent grey, readable under light and dark palettes alike."""
    return QColor(128, 128, 128, 40)


def solid_brush(colour: QColor) -> QBrush:
    """A solid brush of ``colour``, as ``QBrush(colour)`` would make.

    Made through a palette because PySide picks among QBrush's constructors (and
    setBackground's conversions) with its ``Qt`` namespace, and the body is filled before the
    window first paints (see editor/ui/qt_names.py).
    """
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, colour)
    return palette.base()


def styles_of(fmt: QTextCharFormat) -> Styles:
    """The marks a character format carries, as model styles."""
    styles: Styles = {}
    extras: dict[str, Any] = {}
    raw = fmt.property(MARK_EXTRA)
    if raw:
        try:
            extras = json.loads(raw)
        except (TypeError, ValueError):
            extras = {}
    for mtype, prop in _FLAG_PROPS.items():
        if fmt.boolProperty(prop):
            styles[mtype] = (None, _extra_json(extras.get(mtype)))
    if fmt.isAnchor() and fmt.anchorHref():
        styles["link"] = (fmt.anchorHref(), _extra_json(extras.get("link")))
    return styles


def _extra_json(extra: Any) -> str:
    return json.dumps(extra, sort_keys=True, ensure_ascii=False) if extra else ""


def char_format(kind: str, styles: Styles) -> QTextCharFormat:
    """The full character format for text with ``styles`` in a block of ``kind``."""
    fmt = QTextCharFormat()
    extras: dict[str, Any] = {}
    for mtype, (_href, extra) in styles.items():
        if mtype in _FLAG_PROPS:
            fmt.setProperty(_FLAG_PROPS[mtype], True)
        if extra:
            extras[mtype] = json.loads(extra)
    if extras:
        fmt.setProperty(MARK_EXTRA, json.dumps(extras, sort_keys=True, ensure_ascii=False))
    if "bold" in styles or kind == "heading":
        fmt.setFontWeight(QFont.Weight.Bold)
    if "italic" in styles:
        fmt.setFontItalic(True)
    if "underline" in styles:
        fmt.setFontUnderline(True)
    if kind == "heading":
        fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, HEADING_SIZE_STEP)
    link = styles.get("link")
    if link and link[0]:
        fmt.setAnchor(True)
        fmt.setAnchorHref(link[0])
        fmt.setFontUnderline(True)
        fmt.setForeground(solid_brush(link_colour()))
        fmt.setToolTip(link[0])
    return fmt


def caption_format() -> QTextCharFormat:
    """The look of an image caption: smaller italic text."""
    fmt = QTextCharFormat()
    fmt.setFontItalic(True)
    fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
    return fmt


def block_format(kind: str, extra: dict[str, Any] | None = None) -> QTextBlockFormat:
    """The block format of a body block of ``kind`` (list membership is set separately)."""
    fmt = QTextBlockFormat()
    fmt.setProperty(KIND, kind)
    if extra:
        fmt.setProperty(BLOCK_EXTRA, json.dumps(extra, sort_keys=True, ensure_ascii=False))
    fmt.setBottomMargin(LIST_SPACING if kind == "list_item" else PARAGRAPH_SPACING)
    fmt.setLineHeight(LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    if kind == "heading":
        fmt.setHeadingLevel(HEADING_LEVEL)
        fmt.setTopMargin(PARAGRAPH_SPACING)
    elif kind == "quote":
        fmt.setProperty(QTextFormat.Property.BlockQuoteLevel, 1)
        fmt.setLeftMargin(QUOTE_INDENT)
        fmt.setRightMargin(QUOTE_INDENT)
        fmt.setTopMargin(PARAGRAPH_SPACING / 2)
        fmt.setBackground(solid_brush(quote_background()))
    elif kind == "image":
        fmt.setAlignment(QtCore.Qt.AlignmentFlag.AlignHCenter)
    return fmt


def list_format() -> QTextListFormat:
    """The format of a bulleted list of list items."""
    fmt = QTextListFormat()
    fmt.setStyle(QTextListFormat.Style.ListDisc)
    fmt.setIndent(1)
    return fmt


def block_extra(block: QTextBlock) -> dict[str, Any]:
    """The model block's unknown keys kept on the Qt block."""
    raw = block.blockFormat().property(BLOCK_EXTRA)
    if not raw:
        return {}
    try:
        value = json.loads(raw)
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def kind_of(block: QTextBlock) -> str:
    """The body block type of a Qt block, from the structure Qt keeps while editing."""
    if block.textList() is not None:
        return "list_item"
    fmt = block.blockFormat()
    if fmt.headingLevel() > 0:
        return "heading"
    kind = fmt.property(KIND)
    if kind == "quote" or fmt.intProperty(QTextFormat.Property.BlockQuoteLevel) > 0:
        return "quote"
    if kind == "image":
        return "image"
    return "paragraph"


def local_image_file(doc: QTextDocument, src: str) -> Path | None:
    """The readable local file ``src`` names (relative to the document's base URL), or None.

    Remote sources are never fetched.
    """
    from PySide6.QtCore import QUrl

    url = QUrl(src)
    if url.scheme() == "file":
        path = Path(url.toLocalFile())
    elif url.scheme() and len(url.scheme()) > 1:  # http:, data:, ... (a one-letter scheme is a drive)
        return None
    else:
        path = Path(src)
        base = doc.baseUrl()
        if not path.is_absolute() and base.isLocalFile():
            root = Path(base.toLocalFile())
            path = (root.parent if root.is_file() else root) / path
    try:
        return path if src and path.is_file() else None
    except OSError:
        return None


def _placeholder(src: str) -> QImage:
    from PySide6.QtGui import QImage, QPainter

    image = QImage(MAX_IMAGE_WIDTH, 56, QImage.Format.Format_ARGB32)
    image.fill(QColor(128, 128, 128, 50))
    if QGuiApplication.instance() is None:
        return image
    painter = QPainter(image)
    painter.setPen(QColor(110, 110, 110))
    painter.drawRect(image.rect().adjusted(0, 0, -1, -1))
    name = src.rsplit("/", 1)[-1] or src
    label = QCoreApplication.translate("BodyEditor", "Picture not shown here: {name}").format(name=name)
    metrics = painter.fontMetrics()
    painter.drawText(QRect(8, 0, image.width() - 16, image.height()), QtCore.Qt.AlignmentFlag.AlignCenter,
                     metrics.elidedText(label, QtCore.Qt.TextElideMode.ElideMiddle, image.width() - 16))
    painter.end()
    return image


def image_format(doc: QTextDocument, src: str, tooltip: str) -> QTextImageFormat:
    """An image object showing ``src`` when it is a readable local file, else a placeholder."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QImage, QImageReader, QTextImageFormat

    path = local_image_file(doc, src)
    image = QImageReader(str(path)).read() if path else QImage()
    if image.isNull():
        name = "articledesk-placeholder:" + QUrl.toPercentEncoding(src).data().decode()
        image = _placeholder(src)
    else:
        name = QUrl.fromLocalFile(str(path)).toString()
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    fmt = QTextImageFormat()
    fmt.setName(name)
    width = min(image.width(), MAX_IMAGE_WIDTH)
    fmt.setWidth(width)
    fmt.setHeight(image.height() * width / max(image.width(), 1))
    if tooltip:
        fmt.setToolTip(tooltip)
    return fmt
