"""File › Page Setup… for "In bài": paper, margins, font, columns, the desk's masthead and its marks."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from editor.session.page_setup import (
    FONT_SIZE_RANGE,
    LINE_SPACING_RANGE,
    MARGIN_RANGE_MM,
    PAPERS_MM,
    PrintOptions,
    covers_vietnamese,
    first_vietnamese_family,
    installed_vietnamese_families,
)
from editor.ui.dialog_buttons import ok_cancel_buttons


def _spin(low: float, high: float, step: float, decimals: int, suffix: str, value: float, name: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setObjectName(name)
    box.setRange(low, high)
    box.setSingleStep(step)
    box.setDecimals(decimals)
    box.setSuffix(suffix)
    box.setValue(value)
    return box


class PageSetupDialog(QDialog):
    """Edits a PrintOptions; :meth:`options` gives the result after the user accepts."""

    def __init__(self, options: PrintOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_setup_dialog")
        self.setWindowTitle(self.tr("Page Setup"))
        self._base = options
        self.panel = QWidget()  # the settings scroll on a screen too small for them; OK and Cancel stay in view
        groups = QVBoxLayout(self.panel)
        groups.setContentsMargins(0, 0, 0, 0)
        groups.addWidget(self._page_group(options))
        groups.addWidget(self._type_group(options))
        groups.addWidget(self._desk_group(options))
        groups.addWidget(self._marks_group(options))
        groups.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("page_setup_scroll")
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.panel)
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        self.scroll.setMinimumWidth(self.panel.minimumSizeHint().width() + bar)  # scrolls down, never sideways
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        buttons = ok_cancel_buttons(self, self.tr("OK"), self.tr("Cancel"))
        layout.addWidget(buttons)

    def natural_size(self) -> QSize:
        """Room for every setting without scrolling (smaller on a small screen: dialog_geometry.py)."""
        hint = self.sizeHint()
        extra = self.panel.sizeHint() - self.scroll.sizeHint()  # the scroll area's own hint is bounded
        return QSize(hint.width() + max(extra.width(), 0), hint.height() + max(extra.height(), 0))

    def _page_group(self, options: PrintOptions) -> QGroupBox:
        group = QGroupBox(self.tr("Page"))
        form = QFormLayout(group)
        self.paper = QComboBox()
        self.paper.setObjectName("paper")
        for paper in PAPERS_MM:
            self.paper.addItem(paper, paper)
        self.paper.setCurrentIndex(max(self.paper.findData(options.paper), 0))
        form.addRow(self.tr("&Paper:"), self.paper)
        self.columns = QComboBox()
        self.columns.setObjectName("columns")
        self.columns.addItem(self.tr("One column"), 1)
        self.columns.addItem(self.tr("Two columns"), 2)
        self.columns.setCurrentIndex(max(self.columns.findData(options.columns), 0))
        form.addRow(self.tr("&Layout:"), self.columns)
        low, high = MARGIN_RANGE_MM
        mm = self.tr(" mm")
        self.margin_top = _spin(low, high, 1, 1, mm, options.margin_top_mm, "margin_top")
        self.margin_bottom = _spin(low, high, 1, 1, mm, options.margin_bottom_mm, "margin_bottom")
        self.margin_left = _spin(low, high, 1, 1, mm, options.margin_left_mm, "margin_left")
        self.margin_right = _spin(low, high, 1, 1, mm, options.margin_right_mm, "margin_right")
        grid = QGridLayout()
        for row, col, text, box in ((0, 0, self.tr("Top"), self.margin_top), (0, 2, self.tr("Bottom"), self.margin_bottom),
                                    (1, 0, self.tr("Left"), self.margin_left), (1, 2, self.tr("Right"), self.margin_right)):
            label = QLabel(text)
            label.setBuddy(box)
            grid.addWidget(label, row, col)
            grid.addWidget(box, row, col + 1)
        form.addRow(self.tr("Margins:"), grid)
        return group

    def _type_group(self, options: PrintOptions) -> QGroupBox:
        group = QGroupBox(self.tr("Type"))
        form = QFormLayout(group)
        self.font = QComboBox()
        self.font.setObjectName("font")
        automatic = first_vietnamese_family()
        self.font.addItem(self.tr("Automatic ({family})").format(family=automatic or self.tr("none found")), "")
        for family in installed_vietnamese_families():
            self.font.addItem(family, family)
        if options.font_family and self.font.findData(options.font_family) < 0:
            self.font.addItem(self.tr("{family} (lacks Vietnamese letters)").format(family=options.font_family),
                              options.font_family)
        self.font.setCurrentIndex(max(self.font.findData(options.font_family), 0))
        form.addRow(self.tr("&Font:"), self.font)
        self.font_note = QLabel()
        self.font_note.setObjectName("font_note")
        self.font_note.setWordWrap(True)
        form.addRow("", self.font_note)
        self._type_form = form  # the note's row shows only when there is something to say
        self.font.currentIndexChanged.connect(self._update_font_note)
        self._update_font_note()
        self.font_size = _spin(*FONT_SIZE_RANGE, 0.5, 1, self.tr(" pt"), options.font_size, "font_size")
        form.addRow(self.tr("&Size:"), self.font_size)
        self.line_spacing = _spin(*LINE_SPACING_RANGE, 0.05, 2, "", options.line_spacing, "line_spacing")
        self.line_spacing.setToolTip(self.tr("Distance from one line to the next, as a multiple of the font size"))
        form.addRow(self.tr("Line &spacing:"), self.line_spacing)
        self.weekday = QComboBox()
        self.weekday.setObjectName("weekday")
        self.weekday.addItem(self.tr("In words"), "word")  # the Vietnamese catalogue shows "Thứ Ba", "Thứ 3"
        self.weekday.addItem(self.tr("In figures"), "number")
        self.weekday.setToolTip(self.tr("How the date line of a Vietnamese article writes the weekday"))
        self.weekday.setCurrentIndex(max(self.weekday.findData(options.weekday_style), 0))
        form.addRow(self.tr("&Weekdays:"), self.weekday)
        return group

    def _desk_group(self, options: PrintOptions) -> QGroupBox:
        group = QGroupBox(self.tr("Desk profile"))
        form = QFormLayout(group)
        self.masthead = QLineEdit(options.masthead)
        self.masthead.setObjectName("masthead")
        self.masthead.setPlaceholderText(self.tr("Outlet name; empty = the article's source"))
        form.addRow(self.tr("&Masthead:"), self.masthead)
        self.website = QLineEdit(options.website)
        self.website.setObjectName("website")
        self.website.setPlaceholderText(self.tr("Printed in the footer; empty = the article's source"))
        form.addRow(self.tr("&Website:"), self.website)
        return group

    def _marks_group(self, options: PrintOptions) -> QGroupBox:
        """What a desk needs on the page; every box is ticked unless the user switched it off."""
        group = QGroupBox(self.tr("On the page"))
        column = QVBoxLayout(group)
        boxes = (
            ("draft_mark", self.tr("Mark a &draft in every page header"), self.tr("Draft mark"),
             self.tr("“BẢN NHÁP” (English articles: “DRAFT”) beside the date, while the article's status is draft")),
            ("running_headline", self.tr("Shortened &headline in the header from page 2"),
             self.tr("Running headline"), self.tr("Later pages name the outlet and the article")),
            ("footer_length", self.tr("Article le&ngth in the footer"), self.tr("Length in the footer"),
             self.tr("Counted as the status bar counts: syllables (chữ) for Vietnamese, words for English")),
            ("footer_slug", self.tr("T&opic slug in the footer"), self.tr("Topic slug in the footer"),
             self.tr("The article's topic without accents, words joined by hyphens")),
        )
        for name, text, accessible, tip in boxes:
            box = QCheckBox(text)
            box.setObjectName(name)
            box.setAccessibleName(accessible)
            box.setToolTip(tip)
            box.setChecked(bool(getattr(options, name)))
            setattr(self, name, box)
            column.addWidget(box)
        return group

    def _update_font_note(self) -> None:
        family = self.font.currentData()
        if not family and first_vietnamese_family() is None:
            self.font_note.setText(self.tr("No installed font has every Vietnamese letter: install Noto Serif or "
                                           "DejaVu Serif."))
        elif family and not covers_vietnamese(family):
            self.font_note.setText(self.tr("This font lacks some Vietnamese letters; they may print as boxes."))
        else:
            self.font_note.setText("")
        self._type_form.setRowVisible(self.font_note, bool(self.font_note.text()))

    def options(self) -> PrintOptions:
        """The page set-up as edited."""
        return PrintOptions(
            paper=str(self.paper.currentData()),
            margin_left_mm=self.margin_left.value(),
            margin_right_mm=self.margin_right.value(),
            margin_top_mm=self.margin_top.value(),
            margin_bottom_mm=self.margin_bottom.value(),
            font_family=str(self.font.currentData() or ""),
            font_size=self.font_size.value(),
            line_spacing=self.line_spacing.value(),
            columns=int(self.columns.currentData()),
            gutter_mm=self._base.gutter_mm,
            masthead=self.masthead.text(),
            website=self.website.text(),
            weekday_style=str(self.weekday.currentData()),
            draft_mark=self.draft_mark.isChecked(),
            running_headline=self.running_headline.isChecked(),
            footer_length=self.footer_length.isChecked(),
            footer_slug=self.footer_slug.isChecked(),
        )
