"""Stable: opening and cancelling every dialog, twice, then quitting, exits cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_dialog_opened_and_cancelled_twice_then_quit_exits_0() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}  # offscreen, or the X server of `make test`'s Xvfb run
    done = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "dialog_driver.py")], env=env, capture_output=True, text=True, timeout=180
    )
    opened = [line for line in done.stdout.splitlines() if line.startswith("opened and cancelled")]
    assert "opened and cancelled Preferences…" in opened
    assert len(opened) >= 2 * 10  # every "…" entry of File and Edit, twice
    assert "shared QObject was deleted directly" not in done.stderr
    assert done.returncode == 0, done.stderr[-2000:]
