"""The command line's sentences in the user's language: ``--lang vi|en``, else the terminal's.

English costs nothing: the sentences are written in English. Vietnamese reads the "errors"
context of the interface's catalogue (the .ts the window compiles for Qt) with the standard
library, once and only when there is something to say: about 7 ms, where importing QtCore alone
takes about 75 ms, half of a whole ``articledesk check``; so ``check`` never loads Qt. ``export``
also translates the export's own sentences (written with QCoreApplication.translate): from the
same catalogue, without Qt, for txt, HTML, DOCX and NITF; a PDF installs Qt's translators on the
application its rendering needs anyway. Findings keep their
rule ids and JSON keys, and their messages stay in the article's language (contract.md).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping
from typing import Any

from editor.model.file_io import N_, error_sentence, filled_in

LANGUAGES = ("vi", "en")
LANGUAGE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")  # POSIX order: the first one set decides


def terminal_language(environ: Mapping[str, str] = os.environ) -> str:
    """"vi" when the terminal's locale for messages is Vietnamese, else "en"."""
    for name in LANGUAGE_VARIABLES:
        value = environ.get(name, "")
        if value:
            return "vi" if value.lower().startswith("vi") else "en"
    return "en"


def warn(sentence: str) -> None:
    """Say ``sentence`` on standard error, after the program's name."""
    print(f"articledesk: {sentence}", file=sys.stderr)


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
        self._errors: dict[str, str] | None = None
        self._contexts: dict[tuple[str, str], str] = {}  # (context, source) -> translation, every context
        self._hooked = False
        self._translators: list[Any] = []
        self._app: Any = None

    @classmethod
    def for_args(cls, args: argparse.Namespace, graphical: bool = False) -> CommandLine:
        """The language asked for with ``--lang``, else the terminal's."""
        return cls(getattr(args, "lang", None) or terminal_language(), graphical)

    def _catalogue(self) -> dict[str, str]:
        """The finished translations of the catalogue's "errors" context, read once."""
        if self._errors is None:
            import xml.etree.ElementTree as ET

            from editor.resources import resource_path

            self._errors = {}
            try:
                root = ET.parse(resource_path("translations", f"articledesk_{self.language}.ts")).getroot()
            except (OSError, ET.ParseError):
                return self._errors  # no catalogue: English, as the window does
            for context in root.iter("context"):
                name = context.findtext("name", "")
                for message in context.iter("message"):
                    translation = message.find("translation")
                    if translation is not None and translation.text and translation.get("type") is None:
                        source = message.findtext("source", "")
                        self._contexts[(name, source)] = translation.text
                        if name == "errors":
                            self._errors[source] = translation.text
        return self._errors

    def install(self) -> None:
        """Translate the sentences other modules translate with QCoreApplication.translate: for a
        graphical command, Qt's translators on the application object (made now if there is none);
        else the export's sentences from the catalogue, without loading Qt."""
        if self.language == "en" or self._app is not None or self._hooked:
            return
        if not self.graphical:
            from editor.session.export_errors import use_catalogue

            use_catalogue(self.translate_in)
            self._hooked = True
            return
        from PySide6.QtCore import QCoreApplication

        from editor.i18n import load_translators

        if self.graphical:
            from exports.print_pdf import ensure_gui_application

            ensure_gui_application()
        self._app = QCoreApplication.instance() or QCoreApplication(["articledesk"])
        self._translators = load_translators(self.language)
        for translator in self._translators:
            self._app.installTranslator(translator)

    def close(self) -> None:
        """Take the translators off the application again (the command ran inside another program)."""
        if self._hooked:
            from editor.session.export_errors import use_catalogue

            use_catalogue(None)
            self._hooked = False
        if self._app is not None:
            for translator in self._translators:
                self._app.removeTranslator(translator)
        self._app, self._translators = None, []

    def translate(self, template: str) -> str:
        """``template`` (context "errors") in this language; itself in English or when the catalogue lacks it."""
        if self.language == "en":
            return template
        return self._catalogue().get(template, template)

    def translate_in(self, context: str, source: str) -> str:
        """``source`` of ``context`` in this language, as Qt's translator would give it; itself when
        the catalogue lacks it."""
        if self.language == "en":
            return source
        self._catalogue()
        return self._contexts.get((context, source), source)

    def __call__(self, template: str, **params: Any) -> str:
        """The sentence ``template`` marked with N_, translated and filled in."""
        return filled_in(template, params, self.translate)

    def count(self, n: int, one: str, many: str, **params: Any) -> str:
        """``one`` for 1 thing, else ``many`` (with ``{n}``): "1 safe fix", "2 safe fixes"."""
        return self(one if n == 1 else many, n=n, **params)

    def error(self, exc: Exception) -> str:
        """The one sentence of a bad file or pack (ArticleFileError, PackError) in this language."""
        if not hasattr(exc, "template") or not isinstance(getattr(exc, "params", None), dict):
            return str(exc)
        return error_sentence(exc, self.translate)  # type: ignore[arg-type]  # a PackError has template and params

    def warning(self, file: str, sentence: str) -> str:
        """A warning about ``file`` that does not stop the command."""
        return self(N_("warning: {file}: {sentence}"), file=file, sentence=sentence)
