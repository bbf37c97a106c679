"""The library's New menu: empty articles, the built-in templates and the desk's own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from editor.session.library import Template, article_templates

LANGUAGES = ("vi", "en")


def template_title(template: Template) -> str:
    """A built-in template's name in the interface language; a desk template's file name."""
    names = {
        "vi-tin-ngan": QCoreApplication.translate("TemplateMenu", "Brief (tin ngắn)"),
        "vi-tuong-thuat-hoi-nghi": QCoreApplication.translate(
            "TemplateMenu", "Event report with quotes and awards (tường thuật hội nghị)"),
        "vi-phong-van": QCoreApplication.translate("TemplateMenu", "Interview (phỏng vấn)"),
        "en-brief": QCoreApplication.translate("TemplateMenu", "Brief"),
        "en-event-report": QCoreApplication.translate("TemplateMenu", "Event report with quotes and awards"),
        "en-interview": QCoreApplication.translate("TemplateMenu", "Interview"),
    }
    if template.builtin and template.key in names:
        return names[template.key]
    return template.key


class TemplateMenu(QMenu):
    """Rebuilt each time it opens, so templates added to the desk folder show up at once."""

    def __init__(self, main_window, library_window: QWidget) -> None:
        super().__init__(library_window)
        self.setObjectName("template_menu")
        self.main = main_window
        self.library_window = library_window
        self.aboutToShow.connect(self.rebuild)

    def rebuild(self) -> None:
        """List the choices, grouped by article language."""
        self.clear()
        desk_folder: Path = self.library_window.templates_folder()
        templates = article_templates(desk_folder)
        titles = {"vi": self.tr("Vietnamese"), "en": self.tr("English")}
        for language in LANGUAGES:
            self.addSection(titles[language])
            empty = self.addAction(self.tr("Empty Article"))
            empty.triggered.connect(lambda _c=False, lang=language: self.main.files.new_article_in(lang))
            for template in (t for t in templates if t.language == language):
                label = template_title(template)
                if not template.builtin:
                    label = self.tr("{name} (desk template)").format(name=label)
                action = self.addAction(label)
                action.setToolTip(str(template.path))
                action.triggered.connect(lambda _c=False, p=template.path: self.main.library.new_from_template(p))
        self.addSeparator()
        choose = self.addAction(self.tr("Choose Desk Templates Folder…"))
        choose.triggered.connect(self.choose_folder)
        show = self.addAction(self.tr("Show Desk Templates Folder"))
        show.triggered.connect(self.library_window.open_templates_folder)

    def ask_folder(self) -> str | None:
        """The folder that holds the desk's templates, or None."""
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self.library_window, self.tr("Desk Templates Folder"),
                                                  str(self.library_window.templates_folder()))
        return folder or None

    def choose_folder(self) -> None:
        """Use another folder for the desk's templates (a shared folder, typically)."""
        folder = self.ask_folder()
        if folder:
            self.library_window.set_templates_folder(folder)
