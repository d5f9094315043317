"""Save and open ``.presskit`` documents: the kit as JSON with a schema version, written safely."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from presskit.errors import PresskitError
from presskit.model import SCHEMA_VERSION, PressKit

DOCUMENT_SUFFIX = ".presskit"
MAX_DOCUMENT_BYTES = 200 * 1024 * 1024


def save_kit(kit: PressKit, path: str | Path) -> None:
    """Write the kit atomically: temp file beside the target, fsync, rename; old file kept as .bak."""
    target = Path(path)
    data = json.dumps(kit.model_dump(mode="json"), ensure_ascii=False, indent=1).encode("utf-8")
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise PresskitError(f"Cannot save “{target.name}” in {folder}: {exc.strerror}. "
                            "Nothing was changed; choose another folder.") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if target.exists():
            backup = target.with_name(target.name + ".bak")
            with contextlib.suppress(OSError):  # a backup we cannot write never blocks the save
                shutil.copy2(target, backup)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise PresskitError(f"Saving “{target.name}” failed: {exc.strerror}. The previous file is intact.") from exc


def load_kit(path: str | Path) -> PressKit:
    """Open a document, migrating older versions; refuse newer or broken ones with a clear message."""
    p = Path(path)
    try:
        if p.stat().st_size > MAX_DOCUMENT_BYTES:
            raise PresskitError(f"“{p.name}” is too large to be a press kit document.")
        raw = p.read_bytes()
    except OSError as exc:
        raise PresskitError(f"Cannot open “{p.name}”: {exc.strerror}.") from exc
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PresskitError(f"“{p.name}” is not a Presskit document (it is damaged or another kind of file).") from exc
    return kit_from_data(data, p.name)


def kit_from_data(data: Any, name: str = "the document") -> PressKit:
    """Validate document data into a kit, migrating by ``schema_version``."""
    if not isinstance(data, dict):
        raise PresskitError(f"“{name}” is not a Presskit document.")
    version = data.get("schema_version", 1)
    if not isinstance(version, int) or version < 1:
        raise PresskitError(f"“{name}” has an invalid schema version.")
    if version > SCHEMA_VERSION:
        raise PresskitError(f"“{name}” was written by a newer Presskit (format {version}); "
                            f"this version reads up to format {SCHEMA_VERSION}. Please update Presskit.")
    try:
        return PressKit.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = " › ".join(str(x) for x in first.get("loc", ()))
        raise PresskitError(f"“{name}” is damaged: {where}: {first.get('msg')}.") from exc
