"""Nothing a publicist made is ever lost: not to a cache cleaner, a kill during a save, a mistyped
export target, or a save that cannot read a still."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from samples import sample_kit

from presskit.document import load_kit, save_kit, sweep_temp
from presskit.errors import PresskitError
from presskit.model import FilmInfo, PressKit
from presskit.outputs import check_output
from presskit.recovery import Slot, find_recoverable, recovery_dir


def test_clearing_the_cache_under_an_open_document_loses_no_still(tmp_path: Path) -> None:
    doc = tmp_path / "kit.presskit"
    save_kit(sample_kit(tmp_path / "src", stills=2), doc, base_dir=tmp_path / "src")
    shutil.rmtree(tmp_path / "src")
    kit = load_kit(doc)  # unpacked where Presskit alone cleans, not in the cache
    shutil.rmtree(os.environ["XDG_CACHE_HOME"], ignore_errors=True)  # a cleaner, a reboot
    save_kit(kit, doc)
    with zipfile.ZipFile(doc) as zf:
        assert len([n for n in zf.namelist() if n.startswith("media/")]) == 2


def test_a_save_that_would_drop_a_still_refuses_and_names_it(tmp_path: Path) -> None:
    kit = sample_kit(tmp_path / "src", stills=2)
    doc = tmp_path / "kit.presskit"
    save_kit(PressKit(film=FilmInfo(title="Before")), doc)
    (tmp_path / "src" / "still_02.jpg").unlink()
    with pytest.raises(PresskitError, match=r"still 2 \(“still_02.jpg”\) is missing.*nothing was saved"):
        save_kit(kit, doc, base_dir=tmp_path / "src")
    assert load_kit(doc).film.title == "Before"


@pytest.mark.parametrize(
    "target",
    ["film.presskit", "other.presskit", "FILM.PRESSKIT", "film.presskit.bak", "look.presskit-template", "renamed.zip"],
)
def test_an_export_never_replaces_a_document(tmp_path: Path, target: str) -> None:
    source = tmp_path / "film.presskit"
    save_kit(PressKit(), source)
    save_kit(PressKit(), tmp_path / "renamed.presskit")
    (tmp_path / "renamed.presskit").rename(tmp_path / "renamed.zip")
    with pytest.raises(PresskitError, match="Will not export"):
        check_output(tmp_path / target, source)
    check_output(tmp_path / "film.pdf", source)  # a PDF, a bundle, a page beside it are fine
    check_output(tmp_path / "film.zip", source)


def test_a_shared_document_keeps_its_permissions(tmp_path: Path) -> None:
    doc = tmp_path / "team.presskit"
    save_kit(PressKit(), doc)
    doc.chmod(0o664)
    save_kit(PressKit(film=FilmInfo(title="Again")), doc)
    assert stat.S_IMODE(doc.stat().st_mode) == 0o664


SAVER = """
import sys
from pathlib import Path
from presskit.document import save_kit
sys.path.insert(0, sys.argv[3])
from samples import sample_kit
kit = sample_kit(Path(sys.argv[2]), stills=6)
print("ready", flush=True)
n = 0
while True:
    n += 1
    kit.film.title = f"Version {n}"
    save_kit(kit, Path(sys.argv[1]), base_dir=Path(sys.argv[2]))
"""


def test_after_kills_during_saves_the_document_and_its_backup_open_and_no_temp_is_left(tmp_path: Path) -> None:
    doc = tmp_path / "kit.presskit"
    for n in range(12):
        proc = subprocess.Popen(
            [sys.executable, "-c", SAVER, str(doc), str(tmp_path / "src"), str(Path(__file__).parent)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None and proc.stdout.readline() == "ready\n"
        time.sleep(0.05 + 0.037 * n)  # a different moment of the save each time
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        if doc.exists():
            assert load_kit(doc, media_dir=tmp_path / "m").film.title.startswith("Version")
        bak = tmp_path / "kit.presskit.bak"
        if bak.exists():
            assert load_kit(bak, media_dir=tmp_path / "m").film.title.startswith("Version")
    sweep_temp(doc)  # what the next open or save of the document does
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["kit.presskit", "kit.presskit.bak"]


def test_recovery_copies_are_private_and_keyed_by_a_unique_id(tmp_path: Path) -> None:
    slot = Slot()
    slot.write(PressKit(film=FilmInfo(title="Secret Film")), tmp_path / "film.presskit", None)
    assert stat.S_IMODE(recovery_dir().stat().st_mode) == 0o700
    assert stat.S_IMODE(slot.path.parent.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in slot.path.parent.iterdir())
    assert str(os.getpid()) not in slot.path.parent.name
    assert find_recoverable() == []  # this process holds it
    folder = slot.path.parent
    slot.clear()
    assert not folder.exists()


OPENER = """
import sys
from presskit.document import load_kit
kit = load_kit(sys.argv[1])
print(kit.stills[0].file, flush=True)
if sys.argv[2] == "hang":
    sys.stdin.read()
"""


def test_unpacked_images_are_removed_at_exit_and_a_killed_process_s_at_the_next_start(tmp_path: Path) -> None:
    from presskit.workspace import sweep

    doc = tmp_path / "kit.presskit"
    save_kit(sample_kit(tmp_path / "src", stills=1), doc, base_dir=tmp_path / "src")
    done = subprocess.run([sys.executable, "-c", OPENER, str(doc), "exit"], capture_output=True, text=True, check=True)
    assert not Path(done.stdout.strip()).exists()
    proc = subprocess.Popen(
        [sys.executable, "-c", OPENER, str(doc), "hang"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    still = Path(proc.stdout.readline().strip())
    sweep("media")
    assert still.exists()  # its owner is alive: left alone
    proc.kill()
    proc.wait(timeout=30)
    assert still.exists() and sweep("media") >= 1 and not still.exists()


def test_an_export_never_writes_through_a_link_planted_where_it_writes(tmp_path: Path) -> None:
    from presskit.bundle import export_bundle
    from presskit.pdf import export_pdf
    from presskit.web import export_web

    victim = tmp_path / "victim.txt"
    victim.write_text("mine")
    site = tmp_path / "site"
    (site / "images").mkdir(parents=True)
    for planted in (
        site / "index.html",
        site / "images" / "still-01.jpg",
        tmp_path / ".kit.pdf.tmp",
        tmp_path / ".kit.zip.tmp",
    ):
        planted.symlink_to(victim)
    kit = sample_kit(tmp_path / "src", stills=1)
    export_web(kit, site, base_dir=tmp_path / "src")
    export_pdf(kit, tmp_path / "kit.pdf", base_dir=tmp_path / "src")
    export_bundle(kit, tmp_path / "kit.zip", base_dir=tmp_path / "src")
    assert victim.read_text() == "mine"
    assert not (site / "index.html").is_symlink() and (tmp_path / "kit.zip").is_file()
