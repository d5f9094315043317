"""Test set-up: offscreen Qt, Qt's test mode for settings, shared fixtures."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = Path(tempfile.mkdtemp(prefix="presskit-test-home-"))
for _var in ("XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = str(_HOME / _var.lower())  # never touch the user's own folders

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "ruby_sparks_article.txt"
EVAL = ROOT.parent / "shared" / "eval"


@pytest.fixture(scope="session", autouse=True)
def _qt_test_mode() -> None:
    """Never touch the user's real settings or data folders."""
    try:
        from PySide6.QtCore import QStandardPaths
    except ImportError:  # domain-only runs
        return
    QStandardPaths.setTestModeEnabled(True)


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The seed article shipped in seeds/."""
    return SEED


@pytest.fixture(scope="session")
def seed_kit():  # noqa: ANN201
    """The kit imported from the seed article (read once)."""
    from presskit.merge import kit_from_source

    return kit_from_source(SEED)


@pytest.fixture
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A question about unsaved changes is answered Discard; a warning box is not shown (a test that
    checks what a dialog says patches it itself)."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)


@pytest.fixture
def window(qtbot, seed_path: Path, no_dialogs: None):  # noqa: ANN001, ANN201 - pytest-qt's qtbot; MainWindow
    """The window as a publicist starts: shown, with the seed article imported (a module may define its own)."""
    from tests_support import seeded_window

    return seeded_window(qtbot, seed_path)


@pytest.fixture
def hands(window, qtbot):  # noqa: ANN001, ANN201 - the test's window fixture
    """Real key presses into the test's window (tests/hands.py)."""
    from hands import Hands

    return Hands(window, qtbot)
