"""An export running in Qt's thread pool: the article is rendered off the GUI thread.

Loaded on the first export (editor/ui/export/export_commands.py), not at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from editor.model.article import Article
from editor.model.article_file import ArticleFileError
from exports.formats import FORMATS


@dataclass(frozen=True)
class ExportChoice:
    """What the user chose in the export dialog."""

    format: str
    path: Path
    open_folder: bool


class ExportJob(QObject):
    """One export running in the thread pool; ``done`` carries the file bytes or an error."""

    done = Signal(object, str)  # bytes or None, error sentence ("" when none)

    def __init__(self, article: Article, fmt: str, base_dir: Path | None, options: object = None) -> None:
        super().__init__()
        self.article = article
        self.fmt = fmt
        self.base_dir = base_dir
        self.options = options  # the page set-up, for formats that print
        self.cancelled = False
        self.choice: ExportChoice | None = None
        self.progress = None

    def run(self) -> None:
        """Render the article (worker thread)."""
        try:
            export_format = FORMATS[self.fmt]
            if export_format.print_options:
                data = export_format.write(self.article, self.base_dir, options=self.options)
            else:
                data = export_format.write(self.article, self.base_dir)
        except (ArticleFileError, OSError, ValueError) as exc:
            self.done.emit(None, str(exc))
            return
        self.done.emit(data, "")


class _Runner(QRunnable):
    def __init__(self, job: ExportJob) -> None:
        super().__init__()
        self.job = job

    def run(self) -> None:
        self.job.run()


def run_in_pool(job: ExportJob) -> None:
    """Start ``job`` in Qt's global thread pool; it reports through ``job.done``."""
    QThreadPool.globalInstance().start(_Runner(job))
