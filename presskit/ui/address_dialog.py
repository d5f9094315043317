"""File › Add from Web Address…: type or paste an address; the page is fetched off the GUI thread
while the dialog waits with a working Cancel, and a failure is one sentence in the dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from presskit.errors import user_message
from presskit.sources import is_address
from presskit.ui import colours, worker


class AddressDialog(QDialog):
    """Asks for a web address and reads it with ``work(address)`` in the thread pool; ``found``
    holds what it returned once the dialog is accepted."""

    def __init__(self, work: Callable[[str], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addressDialog")
        self.setWindowTitle(self.tr("Add from Web Address"))
        self.work = work
        self.job: worker.Job | None = None
        self.found: Any = None
        label = QLabel(self.tr("&Web address of the article, review or press release:"))
        self.address = QLineEdit()
        self.address.setObjectName("address")
        self.address.setPlaceholderText("https://")
        self.address.setClearButtonEnabled(True)
        label.setBuddy(self.address)
        pasted = QApplication.clipboard().text().strip()
        if is_address(pasted) and len(pasted) < 2000:
            self.address.setText(pasted)
            self.address.selectAll()
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no percentage to give: it moves while the page is fetched
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.fetch = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.fetch.setText(self.tr("&Fetch"))
        self.fetch.setToolTip(self.tr("Fetch the page and show what it would add to the kit"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            self.tr("Stop at once; nothing is added")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (label, self.address, self.busy, self.status, self.buttons):
            layout.addWidget(widget)
        self.resize(560, self.sizeHint().height())
        self.address.setFocus()

    def fetching(self) -> bool:
        """Is a page being fetched now?"""
        return self.job is not None

    def accept(self) -> None:
        """Fetch (OK, Enter): the dialog closes when the page has been read, not before."""
        if self.fetching():
            return
        address = self.address.text().strip()
        if not is_address(address):
            self._say(self.tr("Type a web address that starts with https:// (or http://)."), error=True)
            return
        self._say(self.tr("Fetching {0}…").format(address))
        self._busy(True)
        self.job = worker.start(self, lambda _job: self.work(address), self._done, self._failed)

    def reject(self) -> None:
        """Cancel (Escape) works at once: the page still on its way is dropped when it comes."""
        if self.job is not None:
            self.job.cancel()
            self.job = None
        super().reject()

    def _done(self, result: Any) -> None:
        if self.job is None or self.job.cancelled():
            return
        self.job, self.found = None, result
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        if self.job is None or self.job.cancelled():
            return
        self.job = None
        self._busy(False)
        self._say(user_message(exc), error=True)
        self.address.setFocus()

    def _busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.address.setReadOnly(busy)
        self.fetch.setEnabled(not busy)

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(colours.text_style(colours.ink(colours.ERROR)) if error else "")
