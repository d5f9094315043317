"""Start the window: ``presskit-gui [FILE]``."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import cast

from PySide6.QtWidgets import QApplication

from presskit import __version__


def run(argv: list[str]) -> int:
    """Open the main window, with an article or kit loaded if one is given."""
    from presskit.ui.main_window import MainWindow

    app = cast(QApplication, QApplication.instance() or QApplication([sys.argv[0], *argv]))
    app.setApplicationName("Presskit")
    app.setOrganizationName("Presskit")
    app.setApplicationVersion(__version__)
    from presskit.ui.icons import APP, icon

    app.setWindowIcon(icon(APP))
    app.setDesktopFileName("io.presskit.Presskit")
    scheme = os.environ.get("PRESSKIT_COLOR_SCHEME", "").lower()  # dark or light, when the desktop does not say
    if scheme in ("dark", "light"):
        from PySide6.QtCore import Qt

        from presskit.ui.colours import dark_palette

        app.setStyle("Fusion")
        app.styleHints().setColorScheme(Qt.ColorScheme.Dark if scheme == "dark" else Qt.ColorScheme.Light)
        if scheme == "dark":
            app.setPalette(dark_palette())
    from presskit.workspace import sweep

    sweep("media")  # images a crashed or killed session unpacked
    window = MainWindow()
    window.show()
    if not os.environ.get("PRESSKIT_QUIT_WHEN_SHOWN") and window.offer_recovery():
        argv = []  # the recovered kit wins over the file on the command line
    if argv:
        path = Path(argv[0])
        window.open_path(path, clean=True)
    if os.environ.get("PRESSKIT_QUIT_WHEN_SHOWN"):  # for the start-up benchmark: window shown, kit loaded
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(10_000)
        app.processEvents()
        app.processEvents()
        return 0
    return app.exec()


def main() -> None:
    """Console entry point of ``presskit-gui``."""
    sys.exit(run(sys.argv[1:]))


if __name__ == "__main__":
    main()
