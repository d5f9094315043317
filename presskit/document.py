"""``.presskit`` documents: one zip holding kit.json, the images it uses and a manifest of checksums.

Saving writes a temporary file beside the target, fsyncs it and renames it over the old one, after
keeping the old one as ``NAME.presskit.bak``. Opening checks every member before reading anything:
paths must stay inside the archive, sizes must be plausible, checksums must match. Nothing in a
document is ever evaluated or unpickled: it is JSON validated by the kit model.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from presskit.errors import PresskitError
from presskit.model import SCHEMA_VERSION, PressKit
from presskit.resources import kit_file

DOCUMENT_SUFFIX = ".presskit"
MAX_DOCUMENT_BYTES = 1024 * 1024 * 1024
MAX_MEMBER_BYTES = 400 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed: beyond this a big member is a zip bomb
MAX_MEMBERS = 5000
MEMBER_RE = re.compile(r"^(kit\.json|manifest\.json|media/[A-Za-z0-9][A-Za-z0-9._\- ]{0,150})$")


def save_kit(kit: PressKit, path: str | Path, base_dir: Path | None = None) -> None:
    """Write the kit and its images as one document, atomically, keeping the previous version."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    base = base_dir or folder
    data = kit.model_dump(mode="json")
    media: dict[str, Path] = {}
    for n, (holder, key) in enumerate(_image_fields(data), start=1):
        src = _resolve(holder[key], base)
        if src is not None and src.is_file():
            name = f"media/{n:03d}_{_safe(src.name)}"
            media[name] = src
            holder[key] = name
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise PresskitError(f"Cannot save “{target.name}” in {folder}: {exc.strerror}. "
                            "Nothing was changed; choose another folder.") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            _write_zip(fh, data, media)
            fh.flush()
            os.fsync(fh.fileno())
        if target.exists():
            with contextlib.suppress(OSError):  # a backup we cannot write never blocks the save
                shutil.copy2(target, target.with_name(target.name + ".bak"))
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise PresskitError(f"Saving “{target.name}” failed: {exc.strerror}. The previous file is intact.") from exc


def _write_zip(fh: Any, data: dict[str, Any], media: dict[str, Path]) -> None:
    sums: dict[str, str] = {}
    with zipfile.ZipFile(fh, "w") as zf:
        kit_json = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
        zf.writestr(zipfile.ZipInfo("kit.json", (2020, 1, 1, 0, 0, 0)), kit_json, zipfile.ZIP_DEFLATED)
        sums["kit.json"] = hashlib.sha256(kit_json).hexdigest()
        for name, src in media.items():
            blob = src.read_bytes()
            zf.writestr(zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0)), blob, zipfile.ZIP_STORED)
            sums[name] = hashlib.sha256(blob).hexdigest()
        manifest = {"format": "presskit", "schema_version": SCHEMA_VERSION, "sha256": sums}
        zf.writestr("manifest.json", json.dumps(manifest, indent=1), zipfile.ZIP_DEFLATED)


def load_kit(path: str | Path, media_dir: Path | None = None) -> PressKit:
    """Open a document (or an older plain-JSON one); its images are unpacked into media_dir."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            raise PresskitError(f"“{p.name}” is too large to be a press kit document.")
        with p.open("rb") as fh:
            head = fh.read(4)
    except OSError as exc:
        raise PresskitError(f"Cannot open “{p.name}”: {exc.strerror}.") from exc
    if head.lstrip()[:1] == b"{":
        return _load_json(p)
    if head != b"PK\x03\x04":
        raise PresskitError(f"“{p.name}” is not a Presskit document (it is damaged or another kind of file).")
    try:
        with zipfile.ZipFile(p) as zf:
            return _load_zip(zf, p.name, media_dir or _media_dir(p))
    except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile) as exc:
        raise PresskitError(f"“{p.name}” is damaged (the archive is truncated or corrupt).") from exc


def _load_zip(zf: zipfile.ZipFile, name: str, media_dir: Path) -> PressKit:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise PresskitError(f"“{name}” holds too many files to be a press kit.")
    for info in infos:
        if not MEMBER_RE.match(info.filename) or ".." in info.filename:
            raise PresskitError(f"“{name}” contains a file with an unsafe name ({info.filename!r}); refused.")
        ratio = info.file_size / max(1, info.compress_size)
        if info.file_size > MAX_MEMBER_BYTES or (info.file_size > 10_000_000 and ratio > MAX_RATIO):
            raise PresskitError(f"“{name}” contains an implausibly large member ({info.filename}); refused.")
    names = {i.filename for i in infos}
    if "kit.json" not in names or "manifest.json" not in names:
        raise PresskitError(f"“{name}” is not a Presskit document (kit.json or manifest.json is missing).")
    manifest = _json(zf.read("manifest.json"), name)
    sums = manifest.get("sha256", {}) if isinstance(manifest, dict) else {}
    blobs = {n: zf.read(n) for n in names if n != "manifest.json"}
    for member, blob in blobs.items():
        if sums.get(member) != hashlib.sha256(blob).hexdigest():
            raise PresskitError(f"“{name}” is damaged: {member} does not match its checksum.")
    data = _json(blobs["kit.json"], name)
    if isinstance(data, dict):
        media_dir.mkdir(parents=True, exist_ok=True)
        for holder, key in _image_fields(data):
            if holder.get(key) in blobs:
                out = media_dir / Path(holder[key]).name
                out.write_bytes(blobs[holder[key]])
                holder[key] = str(out)
    return kit_from_data(data, name)


def _image_fields(data: dict[str, Any]) -> list[tuple[dict[str, Any], str]]:
    """Every place in kit data that names a file the kit needs: stills, festival laurels, the style's
    logo and user fonts."""
    found: list[tuple[dict[str, Any], str]] = []
    for field, key in (("stills", "file"), ("festivals", "laurel")):
        rows = data.get(field)
        for row in rows if isinstance(rows, list) else []:
            if isinstance(row, dict) and isinstance(row.get(key), str) and row[key]:
                found.append((row, key))
    style = data.get("style")
    if isinstance(style, dict):
        if isinstance(style.get("logo"), str) and style["logo"]:
            found.append((style, "logo"))
        for role in ("body_font", "display_font", "label_font", "heading_font"):  # a user's font files
            if isinstance(style.get(role), str) and style[role].lower().endswith((".ttf", ".otf")):
                found.append((style, role))
    return found


def _load_json(p: Path) -> PressKit:
    """A document from before the zip format: plain JSON of the kit."""
    return kit_from_data(_json(p.read_bytes(), p.name), p.name)


def _json(raw: bytes, name: str) -> Any:
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PresskitError(f"“{name}” is not a Presskit document (it is damaged or another kind of file).") from exc


MIGRATIONS: dict[int, Any] = {
    1: lambda d: d,  # version 2 added bios, production notes and the website, all with defaults
    2: lambda d: d,  # version 3 added the kit's style (from its template), with the classic look as default
    3: lambda d: d,  # version 4 added festivals, screenings, the main language and translations (all empty)
}


def kit_from_data(data: Any, name: str = "the document") -> PressKit:
    """Validate document data into a kit, migrating older versions by ``schema_version``."""
    if not isinstance(data, dict):
        raise PresskitError(f"“{name}” is not a Presskit document.")
    version = data.get("schema_version", 1)
    if not isinstance(version, int) or version < 1:
        raise PresskitError(f"“{name}” has an invalid schema version.")
    if version > SCHEMA_VERSION:
        raise PresskitError(f"“{name}” was written by a newer Presskit (format {version}); "
                            f"this version reads up to format {SCHEMA_VERSION}. Please update Presskit.")
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](dict(data))
        version += 1
    data["schema_version"] = SCHEMA_VERSION
    try:
        return PressKit.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = " › ".join(str(x) for x in first.get("loc", ()))
        raise PresskitError(f"“{name}” is damaged: {where}: {first.get('msg')}.") from exc


def _resolve(file: str, base: Path) -> Path | None:
    if not file:
        return None
    return kit_file(file, base)


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._\- ]", "_", name)[:100] or "image"


def _media_dir(p: Path) -> Path:
    from platformdirs import user_cache_dir

    digest = hashlib.sha256(str(p.resolve()).encode()).hexdigest()[:16]
    return Path(user_cache_dir("Presskit")) / "media" / digest
