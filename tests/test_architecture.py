"""The domain never imports Qt: everything but presskit.ui runs headless."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import presskit

PACKAGE = Path(presskit.__file__).parent


def test_no_domain_module_imports_pyside() -> None:
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*.py")
        if "ui" not in p.relative_to(PACKAGE).parts and "PySide6" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_export_runs_without_loading_qt(seed_path: Path, tmp_path: Path) -> None:
    code = (
        "import sys; from presskit.cli import main; "
        f"rc = main(['export', {str(seed_path)!r}, '-o', {str(tmp_path / 'k.pdf')!r}]); "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'; sys.exit(rc)"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    assert (tmp_path / "k.pdf").stat().st_size > 1000
