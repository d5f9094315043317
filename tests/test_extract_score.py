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
    run = subprocess.run([sys.executable, str(EVAL / "score.py"), "--cmd", cmd, "--json", str(out)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    scores = json.loads(out.read_text())
    assert scores["failed"] == []
    assert scores["overall"] >= 0.90, run.stdout
    low = {name: v["f1"] for name, v in scores["fields"].items() if v["f1"] < 0.75}
    assert low == {}, run.stdout
