"""Nothing is lost when the app dies: a killed process's autosave is offered back at the next start."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from presskit.recovery import find_recoverable, recovery_dir
from presskit.ui.main_window import MainWindow

DRIVER = Path(__file__).parent / "app_driver.py"


@pytest.fixture(autouse=True)
def empty_recovery_dir() -> None:
    shutil.rmtree(recovery_dir())


def test_a_killed_app_offers_its_unsaved_work_back(qtbot, monkeypatch) -> None:  # noqa: ANN001
    proc = subprocess.Popen(
        [sys.executable, str(DRIVER), "Written before the crash"],
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )
    try:
        line = proc.stdout.readline()  # type: ignore[union-attr]
        assert line.startswith("SAVED "), line
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    (found,) = find_recoverable()
    assert found.title == "Harbour Lights"

    asked: list[str] = []

    def answer(_parent, _title, text, *_a, **_k):  # noqa: ANN001, ANN202
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.offer_recovery()
    assert "Harbour Lights" in asked[0] and found.saved_at.strftime("%H:%M:%S") in asked[0]
    assert window.ctl.kit.film.tagline == "Written before the crash"
    assert window.ctl.modified  # restored work is unsaved until the publicist saves it
    assert find_recoverable() == []
    window.ctl.undo_stack.setClean()


def test_declining_discards_the_copy_and_a_clean_close_leaves_none(qtbot, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = MainWindow()
    qtbot.addWidget(window)
    window.ctl.set_field(("film", "title"), "Salt Roads")
    window.autosaver.tick()
    assert window.autosaver.slot.path.exists()
    assert find_recoverable() == []  # its process (this one) is still running
    window.close()
    assert not window.autosaver.slot.path.exists()


def test_saving_removes_the_recovery_copy(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    window = MainWindow()
    qtbot.addWidget(window)
    window.ctl.set_field(("film", "title"), "Salt Roads")
    window.autosaver.tick()
    assert window.autosaver.slot.path.exists()
    window.ctl.save(tmp_path / "salt.presskit")
    assert not window.autosaver.slot.path.exists()
