"""``python -m presskit.ui.screenshot ARTICLE OUT.png``: the full window with an article loaded (make screenshot)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication


def main(argv: list[str]) -> int:
    """Open the window, load the article, wait for the preview, save a PNG of the window."""
    from presskit.ui.main_window import MainWindow

    article, out = Path(argv[0]), Path(argv[1])
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow()
    window.resize(1560, 960)
    window.show()
    window.open_path(article, clean=True)
    QThreadPool.globalInstance().waitForDone(20_000)
    loop = QEventLoop()
    window.preview.rendered.connect(lambda _s: QTimer.singleShot(300, loop.quit))
    QTimer.singleShot(15_000, loop.quit)
    loop.exec()
    out.parent.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(out))
    window.ctl.undo_stack.setClean()
    window.close()
    app.processEvents()
    print(f"wrote {out}" if ok else f"could not write {out}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
