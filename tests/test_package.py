"""The packaged app and the wheel (slow: run by `make test-package`, after `make package`)."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "ruby_sparks_article.txt"
pytestmark = pytest.mark.slow


def test_the_built_app_exports_the_seed_article(tmp_path: Path) -> None:
    binary = ROOT / "dist" / "presskit" / "presskit"
    assert binary.exists(), "run make package first"
    version = subprocess.run([str(binary), "--version"], capture_output=True, text=True, check=True, cwd=tmp_path)
    assert version.stdout.startswith("presskit ")
    out = tmp_path / "kit.pdf"
    subprocess.run([str(binary), "export", str(SEED), "-o", str(out)], check=True, cwd=tmp_path, timeout=120)
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Ruby Sparks" in text and "Zoe Kazan" in text
    templates = subprocess.run([str(binary), "templates", "list"], capture_output=True, text=True, check=True)
    assert "Festival Submission" in templates.stdout


def test_the_wheel_installs_and_carries_its_resources(tmp_path: Path) -> None:
    wheels = sorted((ROOT / "dist").glob("presskit-*.whl"))
    assert wheels, "run make package first"
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    py = env_dir / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "-q", str(wheels[-1])], check=True, timeout=900)
    cli = env_dir / "bin" / "presskit"
    assert (
        subprocess.run([str(cli), "--version"], capture_output=True, text=True, check=True)
        .stdout.strip()
        .startswith("presskit ")
    )
    out = tmp_path / "kit.pdf"
    subprocess.run(
        [str(cli), "export", str(SEED), "--template", "Minimal", "-o", str(out)], check=True, cwd=tmp_path, timeout=120
    )
    assert "Ruby Sparks" in PdfReader(out).pages[0].extract_text()
    where = subprocess.run(
        [str(py), "-c", "from presskit.resources import resource_dir; print(resource_dir())"],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    ).stdout
    assert "site-packages" in where


def test_desktop_entry_and_metainfo_are_valid() -> None:
    desktop = (ROOT / "packaging" / "io.presskit.Presskit.desktop").read_text()
    assert "Exec=presskit gui %f" in desktop and "Icon=io.presskit.Presskit" in desktop
    from xml.etree import ElementTree

    meta = ElementTree.parse(ROOT / "packaging" / "io.presskit.Presskit.metainfo.xml").getroot()
    assert meta.findtext("id") == "io.presskit.Presskit"
    assert meta.find("launchable").text == "io.presskit.Presskit.desktop"  # type: ignore[union-attr]
    assert sys.version_info >= (3, 11)
