"""Recovery copies of unsaved work: written by the window's autosave, offered back after a crash.

Each window owns one slot, a private folder ``recovery/<unique id>/`` (0700, files 0600) holding
``kit.presskit`` and ``note.json`` (when it was saved, which file it belongs to). The slot is owned
through a lock that dies with its process (:mod:`presskit.workspace`): a slot nobody holds is what a
crash or a kill left behind. No process id is involved, so a reused one can never hide a copy.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

from presskit.document import load_kit, save_kit
from presskit.errors import PresskitError
from presskit.files import read_regular
from presskit.model import PressKit
from presskit.workspace import abandoned, claim, private_dir, release

KIND = "recovery"
KIT, NOTE = "kit.presskit", "note.json"


def recovery_dir() -> Path:
    """Where recovery slots live (created on demand, private to the user)."""
    return private_dir(KIND)


@dataclass(frozen=True)
class Recoverable:
    """A recovery copy left by a process that did not close cleanly."""

    kit_path: Path
    saved_at: dt.datetime
    document: str | None
    title: str

    def load(self) -> PressKit:
        """The kit as it was at the last autosave (its images unpacked for this session)."""
        return load_kit(self.kit_path)

    def discard(self) -> None:
        """Remove the copy (restored or declined)."""
        release(self.kit_path.parent)


class Slot:
    """This window's recovery copy."""

    def __init__(self) -> None:
        self.folder: Path | None = None

    @property
    def path(self) -> Path:
        """The recovery document (its folder is claimed on first use)."""
        if self.folder is None:
            self.folder = claim(KIND)
        return self.folder / KIT

    def write(self, kit: PressKit, document: Path | None, base_dir: Path | None) -> None:
        """Save a recovery copy now (atomically, like any document; a file that cannot be read is
        left out rather than losing the rest)."""
        save_kit(kit, self.path, base_dir=base_dir, lenient=True)
        os.chmod(self.path, 0o600)
        note = {
            "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
            "document": str(document) if document else None,
            "title": kit.film.title,
        }
        assert self.folder is not None
        tmp = self.folder / f".{NOTE}.tmp"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(note, fh)
        tmp.replace(self.folder / NOTE)

    def clear(self) -> None:
        """A clean close or a save: nothing to recover."""
        if self.folder is not None:
            release(self.folder)
            self.folder = None


def find_recoverable() -> list[Recoverable]:
    """Recovery copies whose process is gone, newest first; empty leftovers are removed."""
    found = []
    for folder in abandoned(KIND):
        kit_path = folder / KIT
        try:
            note = json.loads(read_regular(folder / NOTE, 1 << 20).decode("utf-8"))
            saved = dt.datetime.fromisoformat(note["saved_at"])
            document = note.get("document")
            title = note.get("title")
        except (OSError, PresskitError, ValueError, KeyError, TypeError, AttributeError):
            if not kit_path.is_file():
                release(folder)  # a slot that never got a copy
            continue
        if kit_path.is_file():
            found.append(Recoverable(kit_path, saved, str(document) if document else None, str(title or "")))
        else:
            with contextlib.suppress(OSError):
                release(folder)
    return sorted(found, key=lambda r: r.saved_at, reverse=True)
