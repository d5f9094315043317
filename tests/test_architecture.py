"""The domain never imports Qt: everything but presskit.ui runs headless. Which module may import which is
checked by import-linter's contracts in pyproject.toml (`make lint`); here, that an export really runs
without Qt being loaded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_export_runs_without_loading_qt(seed_path: Path, tmp_path: Path) -> None:
    code = (
        "import sys; from presskit.cli import main; "
        f"rc = main(['export', {str(seed_path)!r}, '-o', {str(tmp_path / 'k.pdf')!r}]); "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'; sys.exit(rc)"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    assert (tmp_path / "k.pdf").stat().st_size > 1000
