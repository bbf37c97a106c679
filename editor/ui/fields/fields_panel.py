"""The structured fields of an article: headline, sapo, dateline, byline, filing, quotes, awards.

Every edit is written straight into the article (the model NFC-normalises it) and announced
with ``edited(field)``, so the window can mark the session modified.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from editor.i18n import interface_language, interface_locale
from editor.model.article import Article
from editor.model.dates import qt_date_format
from editor.qt.qt_text import insertable
from editor.ui.fields.awards_editor import AwardsEditor
from editor.ui.fields.quotes_editor import QuotesEditor
from editor.ui.fields.text_fields import (
    GrowingTextEdit,
    WrappingLineEdit,
    join_authors,
    join_tags,
    split_authors,
    split_tags,
)
from editor.ui.qt_names import set_enum_property

HEADLINE_LIMIT = 110
OVER_LIMIT_COLOUR = "#b3261e"
ISO_DATE = "yyyy-MM-dd"  # what Qt.DateFormat.ISODate writes for the years a QDateEdit offers


def _iso_date(text: str) -> QDate:
    """The date an ISO "2026-03-12" names (invalid when it names none). Dates in the usual form
    are read without Qt.DateFormat (see qt_names.py); others get Qt's own, more lenient, reading."""
    date = QDate.fromString(text, ISO_DATE)
    return date if date.isValid() else QDate.fromString(text, QtCore.Qt.DateFormat.ISODate)


class FieldsPanel(QWidget):
    """Editable view of every field of the article except the body."""

    edited = Signal(str)  # the field's name in the file: "headline", "dateline.place", ...

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fields_panel")
        self.article = Article()
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(10)
        layout.addWidget(self._build_headline_group())
        layout.addWidget(self._build_dateline_group())
        layout.addWidget(self._build_byline_group())
        layout.addWidget(self._build_filing_group())
        self.quotes = QuotesEditor(self)
        self.quotes.edited.connect(lambda: self._announce("quotes"))
        layout.addWidget(self._group(self.tr("Quotes"), self.quotes))
        self.awards = AwardsEditor(self)
        self.awards.edited.connect(lambda: self._announce("awards"))
        layout.addWidget(self._group(self.tr("Awards"), self.awards))
        layout.addStretch(1)
        self._align_labels()

    def _align_labels(self) -> None:
        """One label column width for every group, so the fields line up down the panel."""
        labels = []
        for form in self.findChildren(QFormLayout):
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                if item is not None and isinstance(item.widget(), QLabel):
                    labels.append(item.widget())
        width = max((label.sizeHint().width() for label in labels), default=0)
        for label in labels:
            label.setMinimumWidth(width)

    # ----------------------------------------------------------------- build

    @staticmethod
    def _form() -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        set_enum_property(form, "labelAlignment", "AlignLeft|AlignVCenter")
        return form

    def _group(self, title: str, content: QWidget | QFormLayout) -> QGroupBox:
        box = QGroupBox(title, self)
        if isinstance(content, QFormLayout):
            box.setLayout(content)
        else:
            inner = QVBoxLayout(box)
            inner.addWidget(content)
        return box

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _build_headline_group(self) -> QGroupBox:
        form = self._form()
        self.kicker = self._line("kicker", self.tr("Optional line above the headline"))
        self.kicker.textChanged.connect(lambda t: self._set("kicker", t))
        self.headline = WrappingLineEdit(lines=2, parent=self)
        self.headline.setObjectName("headline")
        self.headline.setPlaceholderText(self.tr("The headline"))
        headline_font = self.headline.font()
        headline_font.setBold(True)
        headline_font.setPointSizeF(headline_font.pointSizeF() * 1.15)
        self.headline.setFont(headline_font)
        self.headline.textChanged.connect(self._headline_changed)
        self.headline_count = QLabel(self)
        self.headline_count.setObjectName("headline_count")
        set_enum_property(self.headline_count, "alignment", "AlignRight")
        self.lede = GrowingTextEdit(min_lines=4, max_lines=14, parent=self)
        self.lede.setObjectName("lede")
        self.lede.setPlaceholderText(self.tr("The standfirst: the bold paragraph under the headline"))
        self.lede.textChanged.connect(lambda: self._set("lede", self.lede.raw_text()))
        form.addRow(self.tr("&Kicker:"), self.kicker)
        form.addRow(self.tr("&Headline:"), self.headline)
        form.addRow("", self.headline_count)
        form.addRow(self.tr("&Standfirst:"), self.lede)
        return self._group(self.tr("Headline and Standfirst"), form)

    def _build_dateline_group(self) -> QGroupBox:
        form = self._form()
        self.source = self._line("dateline.source", self.tr("Outlet or agency, e.g. ANTV"))
        self.source.textChanged.connect(lambda t: self._set_dateline("source", t))
        self.place = self._line("dateline.place", self.tr("e.g. Hà Nội"))
        self.place.textChanged.connect(lambda t: self._set_dateline("place", t))
        self.date = QDateEdit(self)
        self.date.setObjectName("dateline.date")
        self.date.setCalendarPopup(True)
        self.date.setLocale(interface_locale())  # month names and the calendar: never the machine's
        self.date.setDisplayFormat(qt_date_format(interface_language()))
        self.date.setDate(QDate.currentDate())
        self.date.dateChanged.connect(self._date_changed)
        self.no_date = QCheckBox(self.tr("No date"), self)
        self.no_date.setObjectName("no_date")
        self.no_date.toggled.connect(self._no_date_toggled)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date, 1)
        row.addWidget(self.no_date)
        form.addRow(self.tr("S&ource:"), self.source)
        form.addRow(self.tr("&Place:"), self.place)
        date_label = QLabel(self.tr("&Date:"), self)
        date_label.setBuddy(self.date)
        form.addRow(date_label, row)
        return self._group(self.tr("Dateline"), form)

    def _build_byline_group(self) -> QGroupBox:
        form = self._form()
        self.authors = self._line("byline.authors", self.tr("Full names, separated by commas"))
        self.authors.textChanged.connect(self._authors_changed)
        self.signoff = self._line("byline.signoff", self.tr("Initials printed at the end, e.g. BT"))
        self.signoff.textChanged.connect(lambda t: self._set_byline("signoff", t))
        form.addRow(self.tr("&Authors:"), self.authors)
        form.addRow(self.tr("Sign-o&ff:"), self.signoff)
        return self._group(self.tr("Byline"), form)

    def _build_filing_group(self) -> QGroupBox:
        form = self._form()
        self.topic = self._line("topic", self.tr("Section or event stream"))
        self.topic.textChanged.connect(lambda t: self._set("topic", t))
        self.tags = self._line("tags", self.tr("Separated by semicolons: tag one; tag two"))
        self.tags.textChanged.connect(lambda t: self._set("tags", split_tags(t)))
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem(self.tr("Vietnamese"), "vi")
        self.language.addItem(self.tr("English"), "en")
        self.language.currentIndexChanged.connect(self._language_changed)
        self.status = QComboBox(self)
        self.status.setObjectName("status")
        self.status.addItem(self.tr("Draft"), "draft")
        self.status.addItem(self.tr("Ready for the desk"), "ready")
        self.status.addItem(self.tr("Sent"), "sent")
        self.status.currentIndexChanged.connect(lambda _i: self._set("status", self.status.currentData()))
        form.addRow(self.tr("&Topic:"), self.topic)
        form.addRow(self.tr("Ta&gs:"), self.tags)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("Stat&us:"), self.status)
        return self._group(self.tr("Filing"), form)

    # ------------------------------------------------------------------ load

    def set_article(self, article: Article) -> None:
        """Show ``article``; later edits are written into it."""
        self.article = article
        self._loading = True
        try:
            # insertable(): a value opening with U+FEFF or U+FFFE reaches the widget whole (see qt_text)
            self.kicker.setText(insertable(article.kicker))
            self.headline.setPlainText(insertable(article.headline))
            self.lede.setPlainText(insertable(article.lede))
            self.source.setText(insertable(article.dateline.source))
            self.place.setText(insertable(article.dateline.place))
            self._show_date(article.dateline.date)
            self.authors.setText(insertable(join_authors(article.byline.authors)))
            self.signoff.setText(insertable(article.byline.signoff))
            self.topic.setText(insertable(article.topic))
            self.tags.setText(insertable(join_tags(article.tags)))
            self.language.setCurrentIndex(max(self.language.findData(article.base_language), 0))
            self.status.setCurrentIndex(max(self.status.findData(article.status), 0))
            self.quotes.set_records(article.quotes)
            self.awards.set_records(article.awards)
            for edit in self.findChildren(QLineEdit):
                edit.setCursorPosition(0)  # show the start of long values, not their end
        finally:
            self._loading = False
        self._update_headline_count()

    def _show_date(self, value: str | None) -> None:
        date = _iso_date(value[:10]) if value else QDate()
        self.no_date.setChecked(value is None)
        self.date.setEnabled(value is not None)
        self.date.setDate(date if date.isValid() else QDate.currentDate())
        if value is not None and not date.isValid():
            self.date.setToolTip(self.tr("The file holds the date “{date}”, which is not a calendar date.").format(
                date=value))
        else:
            self.date.setToolTip("")

    # ---------------------------------------------------------------- edits

    def _announce(self, name: str) -> None:
        if not self._loading:
            self.edited.emit(name)

    def _set(self, name: str, value: object) -> None:
        if self._loading or getattr(self.article, name) == value:
            return
        setattr(self.article, name, value)
        self.edited.emit(name)

    def _set_dateline(self, name: str, value: str | None) -> None:
        if self._loading or getattr(self.article.dateline, name) == value:
            return
        setattr(self.article.dateline, name, value)
        self.edited.emit(f"dateline.{name}")

    def _set_byline(self, name: str, value: object) -> None:
        if self._loading or getattr(self.article.byline, name) == value:
            return
        setattr(self.article.byline, name, value)
        self.edited.emit(f"byline.{name}")

    def _headline_changed(self) -> None:
        self._set("headline", self.headline.raw_text())
        self._update_headline_count()

    def _authors_changed(self, text: str) -> None:
        self._set_byline("authors", split_authors(text))

    def _date_changed(self, date: QDate) -> None:
        if not self.no_date.isChecked():
            self._set_dateline("date", date.toString(ISO_DATE))

    def _no_date_toggled(self, checked: bool) -> None:
        self.date.setEnabled(not checked)
        if checked:
            self._set_dateline("date", None)
        else:
            self._set_dateline("date", self.date.date().toString(ISO_DATE))

    def _language_changed(self, _index: int) -> None:
        value = self.language.currentData()
        if self._loading or value == self.article.base_language:
            return
        self.article.language = value
        self.edited.emit("language")

    def _update_headline_count(self) -> None:
        n = len(self.article.headline)
        number = QLocale().toString(n)
        if n == 1:
            text = self.tr("1 character")
        else:
            text = self.tr("{count} characters").format(count=number)
        over = n > HEADLINE_LIMIT
        if over:
            text = self.tr("{count} characters: over the limit of {limit}").format(
                count=number, limit=QLocale().toString(HEADLINE_LIMIT)
            )
        self.headline_count.setText(text)
        style = f"color: {OVER_LIMIT_COLOUR}; font-weight: bold;" if over else ""
        if self.headline_count.styleSheet() != style:  # every keystroke: re-polish only on a change
            self.headline_count.setStyleSheet(style)
        self.headline_count.setToolTip(
            self.tr("Headlines longer than {limit} characters are cut short in most listings.").format(
                limit=HEADLINE_LIMIT
            )
        )
