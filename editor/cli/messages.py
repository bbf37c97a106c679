"""The command line's sentences in the user's language: ``--lang vi|en``, else the terminal's.

English costs nothing: the sentences are written in English and Qt is not loaded. For Vietnamese
the interface's catalogue is loaded the first time a sentence is needed, so a check with nothing
to say beyond its findings never loads Qt (importing QtCore alone takes about 75 ms, half of a
whole ``articledesk check``). ``check`` asks the translator directly and makes no Qt application
object; ``export`` installs it on the application its rendering needs anyway, so the export's
own sentences (written with QCoreApplication.translate) come out translated too. Findings keep
their rule ids and JSON keys, and their messages stay in the article's language (contract.md).
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping
from typing import Any

from editor.model.file_io import N_

LANGUAGES = ("vi", "en")
LANGUAGE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")  # POSIX order: the first one set decides


def terminal_language(environ: Mapping[str, str] = os.environ) -> str:
    """"vi" when the terminal's locale for messages is Vietnamese, else "en"."""
    for name in LANGUAGE_VARIABLES:
        value = environ.get(name, "")
        if value:
            return "vi" if value.lower().startswith("vi") else "en"
    return "en"


def add_language_option(parser: argparse.ArgumentParser) -> None:
    """The ``--lang`` option of a subcommand."""
    parser.add_argument("--lang", choices=LANGUAGES, default=None,
                        help="language of the messages (default: from LC_ALL, LC_MESSAGES or LANG)")


class CommandLine:
    """Says the command line's sentences in one language; ``say(N_("… {file} …"), file=…)``.

    Templates are marked with ``N_`` and live in the catalogue's "errors" context, with the
    model's error sentences. ``graphical``: the command will need a QGuiApplication (PDF), so
    that is the application object the translator is installed on.
    """

    def __init__(self, language: str, graphical: bool = False) -> None:
        self.language = language if language in LANGUAGES else "en"
        self.graphical = graphical
        self._translators: list[Any] | None = None
        self._app: Any = None

    @classmethod
    def for_args(cls, args: argparse.Namespace, graphical: bool = False) -> CommandLine:
        """The language asked for with ``--lang``, else the terminal's."""
        return cls(getattr(args, "lang", None) or terminal_language(), graphical)

    def _catalogue(self) -> list[Any]:
        """The Vietnamese translators, loaded once (Qt's own first, then ArticleDesk's)."""
        if self._translators is None:
            from editor.i18n import load_translators

            self._translators = load_translators(self.language)
        return self._translators

    def install(self) -> None:
        """Install the translators on the application object (made now if there is none), for the
        sentences other modules translate with QCoreApplication.translate."""
        if self.language == "en" or self._app is not None:
            return
        from PySide6.QtCore import QCoreApplication

        if self.graphical:
            from exports.print_pdf import ensure_gui_application

            ensure_gui_application()
        self._app = QCoreApplication.instance() or QCoreApplication(["articledesk"])
        for translator in self._catalogue():
            self._app.installTranslator(translator)

    def close(self) -> None:
        """Take the translators off the application again (the command ran inside another program)."""
        if self._app is not None:
            for translator in self._catalogue():
                self._app.removeTranslator(translator)
        self._app = None

    def translate(self, template: str) -> str:
        """``template`` (context "errors") in this language; itself in English or when the catalogue lacks it."""
        if self.language == "en":
            return template
        for translator in reversed(self._catalogue()):  # the order QCoreApplication.translate asks them in
            found = translator.translate("errors", template)
            if found:
                return found
        return template

    def __call__(self, template: str, **params: Any) -> str:
        """The sentence ``template`` marked with N_, translated and filled in."""
        if self.language == "en":
            return template.format(**params)
        from editor.session.files import translated

        return translated(template, params, self.translate)

    def count(self, n: int, one: str, many: str, **params: Any) -> str:
        """``one`` for 1 thing, else ``many`` (with ``{n}``): "1 safe fix", "2 safe fixes"."""
        return self(one if n == 1 else many, n=n, **params)

    def error(self, exc: Exception) -> str:
        """The one sentence of a bad file or pack (ArticleFileError, PackError) in this language."""
        if self.language == "en" or not hasattr(exc, "template"):
            return str(exc)
        from editor.session.files import error_text

        return error_text(exc, self.translate)  # type: ignore[arg-type]  # a PackError has the same template and params

    def warning(self, file: str, sentence: str) -> str:
        """A warning about ``file`` that does not stop the command."""
        return self(N_("warning: {file}: {sentence}"), file=file, sentence=sentence)
