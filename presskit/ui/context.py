"""What every part of the window needs, passed down to it (as git-cola passes its ApplicationContext)
instead of each part reaching into the window: the document controller, the window as the parent
of dialogs, the settings, the status bar and messages, and the background worker."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMainWindow, QMessageBox

from presskit.errors import user_message
from presskit.ui.background import Background
from presskit.ui.controller import DocumentController


class WindowContext:
    """One per window: handed to each action object, which keeps no other way into the window."""

    def __init__(self, ctl: DocumentController, window: QMainWindow, settings: QSettings) -> None:
        self.ctl = ctl
        self.window = window
        self.settings = settings
        self.background = Background(window, self.error)

    def tr(self, text: str) -> str:
        """Translate a text marked QT_TRANSLATE_NOOP("MainWindow", …) where it is written."""
        return QCoreApplication.translate("MainWindow", text)

    def status(self, text: str, ms: int) -> None:
        """A line in the status bar for ms milliseconds."""
        self.window.statusBar().showMessage(text, ms)

    def error(self, title: str, exc: BaseException) -> None:
        """Show a failure as a sentence; the kit on screen is untouched. title is marked for lupdate."""
        self.status(user_message(exc), 8000)
        QMessageBox.warning(self.window, self.tr(title), user_message(exc))

    def warn(self, title: str, lines: list[str]) -> None:
        """A warning of several lines under a (translated) title."""
        QMessageBox.warning(self.window, title, "\n".join(lines))
