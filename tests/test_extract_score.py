"""The dev set, scored with the shared scorer: OVERALL at least 0.90 and no field under 0.75."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

EVAL = Path(__file__).parent / "data" / "eval"


def test_dev_set_meets_the_floors(tmp_path: Path) -> None:
    out = tmp_path / "scores.json"
    cmd = f"{sys.executable} -m presskit extract {{path}} --json"
    run = subprocess.run(
        [sys.executable, str(EVAL / "score.py"), "--cmd", cmd, "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    scores = json.loads(out.read_text())
    assert scores["failed"] == []
    assert scores["overall"] >= 0.90, run.stdout
    low = {name: v["f1"] for name, v in scores["fields"].items() if v["f1"] < 0.75}
    assert low == {}, run.stdout


def test_the_whole_shared_dev_set_keeps_what_was_won(tmp_path: Path) -> None:
    """The 25 real articles of ../shared/eval/dev (20 of them unseen when the rules were first written):
    0.679 before the genre rules of issue 18, 0.784 after the first round, 0.901 after the second (no
    field under 0.79, the film's title right in 24 of 25). The floors sit just under what was reached,
    so that a step back fails: OVERALL 0.88, every field 0.75, at most one wrong or missing title."""
    from conftest import EVAL as SHARED

    # the shared set beside the project when there is one (it may have grown); else the copy of its 25
    # articles in tests/data/eval/all, so that a clean clone in CI holds the same floors
    dev = SHARED / "dev" if (SHARED / "dev").is_dir() else EVAL / "all"
    out = tmp_path / "scores.json"
    cmd = f"{sys.executable} -m presskit extract {{path}} --json"
    args = ["--cmd", cmd, "--set", str(dev), "--json", str(out)]
    run = subprocess.run([sys.executable, str(EVAL / "score.py"), *args], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
    scores = json.loads(out.read_text())
    assert scores["failed"] == [] and scores["overall"] >= 0.88, run.stdout
    low = {name: v["f1"] for name, v in scores["fields"].items() if v["f1"] < 0.75}
    assert low == {}, run.stdout
    title = scores["fields"]["title"]
    assert title["fp"] <= 1 and title["fn"] <= 1, run.stdout  # a wrong title is worse than none
