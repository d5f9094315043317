"""A real Presskit window in its own process, for the crash-recovery test: it edits the kit, waits
for the autosave to write a recovery copy, says so on stdout, then runs until it is killed."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PRESSKIT_AUTOSAVE_MS"] = "200"

from PySide6.QtWidgets import QApplication  # noqa: E402

from presskit.ui.main_window import MainWindow  # noqa: E402


def main() -> None:
    app = QApplication(sys.argv[:1])
    window = MainWindow()
    window.show()
    window.ctl.set_field(("film", "title"), "Harbour Lights")
    window.ctl.set_field(("film", "tagline"), sys.argv[1])
    window.autosaver.saved.connect(lambda path: print(f"SAVED {path}", flush=True))
    app.exec()


if __name__ == "__main__":
    main()
