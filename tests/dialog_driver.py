"""A real Presskit window in its own process that opens every dialog of its menus twice, cancels
each one, then quits through File › Quit and lets Python tear everything down (the crash of
issue 16 came at that point, after the second Preferences dialog)."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMenu  # noqa: E402

from presskit.ui.main_window import MainWindow  # noqa: E402


def dialog_actions(window: MainWindow) -> list:  # noqa: ANN001
    """Every menu entry that opens a dialog (its text ends with an ellipsis)."""
    found, menus = [], [a.menu() for a in window.menuBar().actions()]
    while menus:
        menu: QMenu = menus.pop(0)
        for act in menu.actions():
            if act.menu():
                menus.append(act.menu())
            elif act.text().endswith("…"):
                found.append(act)
    return found


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = MainWindow()
    window.show()

    def cancel() -> None:  # whatever modal dialog is open, cancel it as Escape would
        dialog = app.activeModalWidget()
        if dialog is not None:
            dialog.reject()

    canceller = QTimer()
    canceller.timeout.connect(cancel)
    canceller.start(20)

    def run() -> None:
        for act in dialog_actions(window):
            for _ in range(2):
                print("opened and cancelled", act.text().replace("&", ""), flush=True)
                act.trigger()
        canceller.stop()
        quit_action = next(a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "&Quit")
        quit_action.trigger()

    QTimer.singleShot(0, run)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
