"""Recovery copies of unsaved work: written by the window's autosave, offered back after a crash.

Each running window owns one slot in the user data folder: ``recovery/<pid>-<n>.presskit`` with a
``.json`` note beside it (when it was saved, which file it belongs to, which process wrote it).
A slot whose process is no longer running is what a crash or a kill left behind.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from dataclasses import dataclass
from itertools import count
from pathlib import Path

from platformdirs import user_data_dir

from presskit.document import load_kit, save_kit
from presskit.model import PressKit

_slots = count(1)


def recovery_dir() -> Path:
    """Where recovery copies live (created on demand)."""
    folder = Path(user_data_dir("Presskit")) / "recovery"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@dataclass(frozen=True)
class Recoverable:
    """A recovery copy left by a process that did not close cleanly."""

    kit_path: Path
    saved_at: dt.datetime
    document: str | None
    title: str

    def load(self) -> PressKit:
        """The kit as it was at the last autosave."""
        return load_kit(self.kit_path, media_dir=self.kit_path.with_suffix(".media"))

    def discard(self) -> None:
        """Remove the copy (restored or declined); its unpacked images stay until the kit is saved."""
        backup = self.kit_path.with_name(self.kit_path.name + ".bak")
        for p in (self.kit_path, self.kit_path.with_suffix(".json"), backup):
            with contextlib.suppress(OSError):
                p.unlink()


class Slot:
    """This window's recovery copy."""

    def __init__(self) -> None:
        self.path = recovery_dir() / f"{os.getpid()}-{next(_slots)}.presskit"

    def write(self, kit: PressKit, document: Path | None, base_dir: Path | None) -> None:
        """Save a recovery copy now (atomically, like any document)."""
        save_kit(kit, self.path, base_dir=base_dir)
        note = {"saved_at": dt.datetime.now().isoformat(timespec="seconds"), "pid": os.getpid(),
                "document": str(document) if document else None, "title": kit.film.title}
        tmp = self.path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(note), encoding="utf-8")
        tmp.replace(self.path.with_suffix(".json"))

    def clear(self) -> None:
        """A clean close or a save: nothing to recover."""
        for p in (self.path, self.path.with_suffix(".json"), self.path.with_name(self.path.name + ".bak")):
            with contextlib.suppress(OSError):
                p.unlink()


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def find_recoverable() -> list[Recoverable]:
    """Recovery copies whose process is gone, newest first."""
    found = []
    for note_path in recovery_dir().glob("*.json"):
        try:
            note = json.loads(note_path.read_text(encoding="utf-8"))
            pid = int(note["pid"])
            saved = dt.datetime.fromisoformat(note["saved_at"])
        except (OSError, ValueError, KeyError, TypeError):
            continue
        kit_path = note_path.with_suffix(".presskit")
        if kit_path.exists() and not _alive(pid):
            found.append(Recoverable(kit_path, saved, note.get("document"), str(note.get("title") or "")))
    return sorted(found, key=lambda r: r.saved_at, reverse=True)
