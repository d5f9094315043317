"""Folders that only Presskit writes and cleans: a document's unpacked images, recovery copies.

They live in the user data folder, private to the user (0700), never in a cache folder that a cleaner
or a reboot may empty under an open document. A running process owns each of its folders by holding
a lock on a file inside it; the lock dies with the process, however it dies, so a folder whose lock
can be taken was left by a crash or a kill. Such leftovers are swept at the next start; nothing is
keyed by a process id that the system may hand to another program.
"""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import os
import shutil
import time
import uuid
from functools import cache
from pathlib import Path

from platformdirs import user_data_dir

LOCK = ".owner.lock"
_held: dict[Path, int] = {}


def private_dir(*parts: str) -> Path:
    """A folder under Presskit's data folder, created 0700 (and made so if it was not)."""
    folder = Path(user_data_dir("Presskit")).joinpath(*parts)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    for p in (folder, *[folder.parents[i] for i in range(len(parts))]):
        with contextlib.suppress(OSError):
            p.chmod(0o700)
    return folder


def claim(kind: str) -> Path:
    """A new folder of this kind owned by this process until it releases it or ends."""
    name = uuid.uuid4().hex
    staging = private_dir(kind) / f".{name}"  # a sweep never looks at dot-folders: locked before it is seen
    staging.mkdir(mode=0o700)
    fd = os.open(staging / LOCK, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    folder = staging.rename(staging.with_name(name))
    _held[folder] = fd
    return folder


def release(folder: Path) -> None:
    """Give up a folder this process owns, removing it with everything in it."""
    fd = _held.pop(folder, None)
    shutil.rmtree(folder, ignore_errors=True)
    if fd is not None:
        os.close(fd)


def abandoned(kind: str) -> list[Path]:
    """Folders of this kind whose owner has gone (nobody holds their lock)."""
    root = private_dir(kind)
    found = []
    for folder in sorted(root.iterdir()):
        if folder.name.startswith(".") or not folder.is_dir() or folder.is_symlink() or folder in _held:
            continue
        try:
            fd = os.open(folder / LOCK, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            continue  # its owner is running
        finally:
            os.close(fd)
        found.append(folder)
    return found


def sweep(kind: str) -> int:
    """Remove what crashed or killed processes left of this kind; returns how many folders."""
    gone = abandoned(kind)
    now = time.time()
    for staging in private_dir(kind).glob(".*"):  # a process killed while claiming a folder
        with contextlib.suppress(OSError):
            if staging.is_dir() and not staging.is_symlink() and now - staging.stat().st_mtime > 3600:
                gone.append(staging)
    for folder in gone:
        shutil.rmtree(folder, ignore_errors=True)
    return len(gone)


@cache
def session_media() -> Path:
    """This process's folder for images unpacked from documents (removed when the process ends)."""
    sweep("media")
    folder = claim("media")
    atexit.register(release, folder)
    return folder


def media_folder() -> Path:
    """A fresh folder for one opened document's images, inside this session's."""
    folder = session_media() / uuid.uuid4().hex[:12]
    folder.mkdir(mode=0o700)
    return folder
