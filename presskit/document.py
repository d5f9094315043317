"""``.presskit`` documents: one zip holding kit.json, the images and fonts it uses, and a manifest of
checksums.

Saving reads every file the kit names (refusing, with the file named, when one cannot be read:
a save never drops a still), writes a temporary file beside the target under a lock, fsyncs it,
keeps the old document as ``NAME.presskit.bak`` (by an atomic link, so a kill never leaves half a
backup) and renames the new one over it with the old one's permissions. Opening is in
:mod:`presskit.document_read`: every member checked before anything is unpacked.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import stat
import tempfile
import zipfile
from pathlib import Path
from typing import Any, BinaryIO

from presskit.document_read import DOCUMENT_SUFFIX, Opened, kit_from_data, load_document, load_kit
from presskit.errors import PresskitError
from presskit.files import MAX_FONT_BYTES, MAX_IMAGE_BYTES, FileRefused, chunks, describe, printable
from presskit.model import SCHEMA_VERSION, PressKit
from presskit.references import FONT_ROLES, kit_references
from presskit.resources import kit_file

__all__ = ["DOCUMENT_SUFFIX", "Opened", "kit_from_data", "load_document", "load_kit", "save_kit", "sweep_temp"]
STAMP = (2020, 1, 1, 0, 0, 0)


def save_kit(kit: PressKit, path: str | Path, base_dir: Path | None = None, *, lenient: bool = False) -> list[str]:
    """Write the kit and its files as one document, atomically, keeping the previous version.
    A file the kit names that cannot be read refuses the save; with lenient (recovery copies) it
    is left out instead. Returns what was left out."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    data = kit.model_dump(mode="json")
    media, skipped = _media(data, base_dir or folder, target.name, lenient)
    old_mode = _existing_mode(target)
    sweep_temp(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise PresskitError(
            f"Cannot save “{target.name}” in {folder}: {exc.strerror}. Nothing was changed; choose another folder."
        ) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)  # a sweep leaves a temp file alone while it is written
            _write_zip(fh, data, media)
            fh.flush()
            os.fsync(fh.fileno())
            os.chmod(tmp, old_mode if old_mode is not None else 0o666 & ~_umask())
            if old_mode is not None:
                _backup(target)
            os.replace(tmp, target)
        _sync_folder(folder)
    except FileRefused as exc:
        _unlink(tmp)
        raise PresskitError(f"Cannot save “{target.name}”: {exc} Nothing was saved.") from exc
    except OSError as exc:
        _unlink(tmp)
        raise PresskitError(f"Saving “{target.name}” failed: {exc.strerror}. The previous file is intact.") from exc
    except BaseException:
        _unlink(tmp)
        raise
    return skipped


def _media(data: dict[str, Any], base: Path, doc: str, lenient: bool) -> tuple[dict[str, tuple[Path, int]], list[str]]:
    """Every file the kit names, checked before anything is written, as member name -> (file, cap)."""
    media: dict[str, tuple[Path, int]] = {}
    skipped: list[str] = []
    for n, ref in enumerate(kit_references(data), start=1):
        src = kit_file(ref.value, base)
        problem = describe(src)
        if problem:
            if not lenient:
                raise PresskitError(
                    f"Cannot save “{doc}”: {ref.what} (“{printable(src.name)}”) {problem}. "
                    "Choose the file again or remove it; nothing was saved."
                )
            skipped.append(f"{ref.what} (“{printable(src.name)}”) {problem}; left out.")
            if ref.key in FONT_ROLES:
                ref.holder.pop(ref.key)
            else:
                ref.holder[ref.key] = ""
            continue
        name = f"media/{n:03d}_{_safe(src.name)}"
        media[name] = (src, MAX_FONT_BYTES if ref.key in FONT_ROLES else MAX_IMAGE_BYTES)
        ref.holder[ref.key] = name
    return media, skipped


def _write_zip(fh: BinaryIO, data: dict[str, Any], media: dict[str, tuple[Path, int]]) -> None:
    sums: dict[str, str] = {}
    with zipfile.ZipFile(fh, "w") as zf:
        kit_json = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
        zf.writestr(zipfile.ZipInfo("kit.json", STAMP), kit_json, zipfile.ZIP_DEFLATED)
        sums["kit.json"] = hashlib.sha256(kit_json).hexdigest()
        for name, (src, cap) in media.items():
            digest = hashlib.sha256()
            with zf.open(zipfile.ZipInfo(name, STAMP), "w", force_zip64=True) as out:
                for block in chunks(src, cap):  # streamed: a large still is never held whole
                    digest.update(block)
                    out.write(block)
            sums[name] = digest.hexdigest()
        manifest = {"format": "presskit", "schema_version": SCHEMA_VERSION, "sha256": sums}
        zf.writestr("manifest.json", json.dumps(manifest, indent=1), zipfile.ZIP_DEFLATED)


def _backup(target: Path) -> None:
    """Keep the current document as NAME.bak: a hard link renamed into place, so the backup is always
    a whole document (a copy where links are not possible). A backup we cannot write never blocks."""
    bak = target.with_name(target.name + ".bak")
    partial = target.with_name(f".{target.name}.bak.tmp")
    with contextlib.suppress(OSError):
        _unlink(str(partial))
        try:
            os.link(target, partial)
        except OSError:
            with open(target, "rb") as src, open(partial, "wb") as out:
                while block := src.read(1 << 20):
                    out.write(block)
                out.flush()
                os.fsync(out.fileno())
        os.replace(partial, bak)


def sweep_temp(target: Path) -> int:
    """Remove temporary files that an interrupted save of this document left beside it (any that a
    running save still holds locked are left alone); returns how many."""
    removed = 0
    folder = target.parent if str(target.parent) else Path(".")
    pattern = re.compile(re.escape(f".{target.name}.") + r"(\w+\.tmp|bak\.tmp)")
    with contextlib.suppress(OSError):
        for leftover in folder.iterdir():
            if not pattern.fullmatch(leftover.name) or not stat.S_ISREG(os.lstat(leftover).st_mode):
                continue
            with contextlib.suppress(OSError), open(leftover, "rb") as fh:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                leftover.unlink()
                removed += 1
    return removed


def _existing_mode(target: Path) -> int | None:
    try:
        st = os.stat(target)
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode):
        raise PresskitError(f"Cannot save over “{target.name}”: it is not a regular file.")
    return stat.S_IMODE(st.st_mode)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _sync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _unlink(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._\- ]", "_", name)[:100].lstrip(". ") or "file"
