"""Every text the window asks Qt to translate can be found by Qt's extractor (pyside6-lupdate), so a
translator's file holds the menus, panel titles, labels and tooltips, not only the texts written
inside a tr() call."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QMenu

import presskit

UI = Path(presskit.__file__).parent / "ui"


class Recorder(QTranslator):
    """Answers no translation, but notes each text asked for and the contexts it was asked in."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: dict[str, set[str]] = defaultdict(set)

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:  # type: ignore[override]
        self.asked[source].add(context)
        return None


def _extracted(tmp_path: Path) -> set[tuple[str, str]]:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    ts = tmp_path / "presskit.ts"
    subprocess.run([lupdate, *map(str, sorted(UI.rglob("*.py"))), "-ts", str(ts)], check=True, capture_output=True)
    root = ET.parse(ts).getroot()
    return {
        (c.findtext("name") or "", m.findtext("source") or "") for c in root.iter("context") for m in c.iter("message")
    }


def test_every_text_the_window_translates_is_found_by_lupdate(qtbot, seed_path: Path, tmp_path: Path) -> None:  # noqa: ANN001
    from presskit.ui.main_window import MainWindow

    recorder = Recorder()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.installTranslator(recorder)
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        assert window.open_path(seed_path, clean=True)
        qtbot.waitUntil(lambda: window.ctl.kit.film.title == "Ruby Sparks", timeout=5000)
        for entry in window.menuBar().actions():
            menu = entry.menu()
            assert isinstance(menu, QMenu)
            menu.aboutToShow.emit()
    finally:
        app.removeTranslator(recorder)
    found = _extracted(tmp_path)
    ours = {text: contexts for text, contexts in recorder.asked.items() if text and not _qt_own(contexts)}
    assert len(ours) > 150  # menus, panel titles, labels, tooltips, buttons
    unmarked = sorted(text for text, contexts in ours.items() if not any((c, text) in found for c in contexts))
    assert unmarked == [], "mark these with QT_TRANSLATE_NOOP (presskit.ui.translatable) where they are written"


def _qt_own(contexts: set[str]) -> bool:
    """Texts Qt's own widgets translate (QDockWidget's Close, QShortcut's Ctrl), from Qt's own files."""
    return all(c.startswith("Q") and c[1:2].isupper() for c in contexts)
