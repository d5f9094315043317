"""Opening a ``.presskit`` document, which may come from anyone.

Every member is checked from the zip's directory before anything is unpacked (names, count, total
size, zip bombs, duplicates); kit.json and every file it uses must match the manifest's checksums;
the files a kit names must be the document's own members (an older plain-JSON document: plain
names beside it). A name that points anywhere else (``/etc/passwd``, ``~/.ssh/id_rsa``, ``../x``, a
device) is left out with a warning naming the field, never opened. Images are streamed into a folder
that only Presskit cleans (:mod:`presskit.workspace`). Nothing is evaluated: JSON validated by the model.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from presskit.archive import Budget, directory, open_zip, read_small, unpack
from presskit.errors import PresskitError
from presskit.files import FileRefused, member_reference, open_regular, printable, read_regular, strict_json
from presskit.model import ID_ROWS, SCHEMA_VERSION, TRANSLATED_ROWS, PressKit, get_path, new_id, unique_ids
from presskit.references import FONT_ROLES, Reference, kit_references

DOCUMENT_SUFFIX = ".presskit"
MAX_DOCUMENT_BYTES = 2 * 1024 * 1024 * 1024
MAX_JSON_BYTES = 64 * 1024 * 1024
MAX_MANIFEST_BYTES = 1024 * 1024  # checksums of at most 2,000 members
MEMBER_RE = re.compile(r"kit\.json|manifest\.json|media/[A-Za-z0-9][A-Za-z0-9._\- ]{0,150}")


def budget() -> Budget:
    """A document unpacks to at most 2 GB in at most 2,000 files (see :mod:`presskit.archive`)."""
    return Budget.from_env(total_mb=2048, members=2000, member_mb=400)


@dataclass
class Opened:
    """A document's kit, with what was left out of it and why."""

    kit: PressKit
    warnings: list[str] = field(default_factory=list)


def load_kit(path: str | Path, media_dir: Path | None = None) -> PressKit:
    """Open a document (see :func:`load_document`), without its warnings."""
    return load_document(path, media_dir).kit


def load_document(path: str | Path, media_dir: Path | None = None) -> Opened:
    """Open a document (or an older plain-JSON one); its images are unpacked into media_dir."""
    p = Path(path)
    name = printable(p.name)
    try:
        with open_regular(p, MAX_DOCUMENT_BYTES) as fh:  # refuses a device, a pipe, a folder, a giant
            head = fh.read(4)
    except OSError as exc:
        raise PresskitError(f"Cannot open “{name}”: {exc.strerror}.") from exc
    if head.lstrip()[:1] == b"{":
        return _load_json(p, name)
    if head != b"PK\x03\x04":
        raise PresskitError(f"“{name}” is not a Presskit document (it is damaged or another kind of file).")
    if media_dir is None:
        from presskit.workspace import media_folder

        media_dir = media_folder()
    with open_zip(p, MAX_DOCUMENT_BYTES, budget().members) as zf:
        return _load_zip(zf, name, media_dir)


def _load_zip(zf: zipfile.ZipFile, name: str, media_dir: Path) -> Opened:
    infos = directory(zf, name, MEMBER_RE, budget())
    if "kit.json" not in infos or "manifest.json" not in infos:
        raise PresskitError(f"“{name}” is not a Presskit document (kit.json or manifest.json is missing).")
    manifest = parse_json(read_small(zf, infos["manifest.json"], MAX_MANIFEST_BYTES, name), name)
    sums = manifest.get("sha256") if isinstance(manifest, dict) else None
    sums = sums if isinstance(sums, dict) else {}
    raw = read_small(zf, infos["kit.json"], MAX_JSON_BYTES, name)
    if sums.get("kit.json") != hashlib.sha256(raw).hexdigest():
        raise PresskitError(f"“{name}” is damaged: kit.json does not match its checksum.")
    data = parse_json(raw, name)
    warnings: list[str] = []
    unpacked: dict[str, str] = {}
    media_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    media = {m for m in infos if m.startswith("media/")}  # once, not again for each of 2,000 references
    for ref in kit_references(data):
        try:
            member = member_reference(ref.value, media, ref.what, name)
        except FileRefused as exc:
            _drop(ref, str(exc), warnings)
            continue
        if member not in unpacked:
            out = media_dir / Path(member).name
            if unpack(zf, infos[member], out, name) != sums.get(member):
                out.unlink()
                raise PresskitError(f"“{name}” is damaged: {printable(member)} does not match its checksum.")
            unpacked[member] = str(out)
        ref.holder[ref.key] = unpacked[member]
    return Opened(kit_from_data(data, name), warnings)


def _load_json(p: Path, name: str) -> Opened:
    """A document from before the zip format: plain JSON of the kit. The files it names lay beside it
    on its author's disk; beside it here may lie anything (it arrived in a Downloads folder), so none
    is opened: each is left out, named, to be added again from the panels."""
    data = parse_json(read_regular(p, MAX_JSON_BYTES), name)
    warnings: list[str] = []
    for ref in kit_references(data):
        _drop(
            ref,
            f"“{name}” is an older document that names {ref.what} (“{printable(ref.value)}”) on its "
            "author's disk; add it again.",
            warnings,
        )
    return Opened(kit_from_data(data, name), warnings)


def _drop(ref: Reference, reason: str, warnings: list[str]) -> None:
    """Leave a file out of the kit (a font falls back to the style's own), saying so."""
    warnings.append(f"{reason} It is left out.")
    if ref.key in FONT_ROLES:
        ref.holder.pop(ref.key)
    else:
        ref.holder[ref.key] = ""


def parse_json(raw: bytes, name: str) -> Any:
    """JSON from a document, every way it can be wrong turned into one sentence."""
    try:
        return strict_json(raw)
    except ValueError as exc:
        raise PresskitError(f"“{name}” is not a Presskit document (it is damaged or another kind of file).") from exc


def give_ids(data: dict[str, Any]) -> dict[str, Any]:
    """Version 5 to 6: each quote, bio, still and cast row gets an id, and the translations of quotes,
    captions and bios, keyed by row number until then, are keyed by the id of that row. Data of the
    wrong shape is left as it is, for validation to name."""
    for path in ID_ROWS:
        for row in _rows(data, path):
            row.setdefault("id", new_id())
    translations = data.get("translations")
    for tr in translations.values() if isinstance(translations, dict) else ():
        for kind, (path, _attr) in TRANSLATED_ROWS.items():
            table = tr.get(kind) if isinstance(tr, dict) else None
            if isinstance(table, dict):
                rows = _rows(data, path)
                by_row = {str(i): row.get("id") for i, row in enumerate(rows)}
                tr[kind] = {by_row[k]: v for k, v in table.items() if isinstance(by_row.get(k), str)}
    return data


def _rows(data: dict[str, Any], path: tuple[str, ...]) -> list[dict[str, Any]]:
    """The rows at a path of document data that are objects (nothing when the data has another shape)."""
    value: Any = data
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    return [row for row in value if isinstance(row, dict)] if isinstance(value, list) else []


MIGRATIONS: dict[int, Any] = {
    1: lambda d: d,  # version 2 added bios, production notes and the website, all with defaults
    2: lambda d: d,  # version 3 added the kit's style (from its template), with the classic look as default
    3: lambda d: d,  # version 4 added festivals, screenings, the main language and translations (all empty)
    4: lambda d: d,  # version 5 added key art, links (trailer, screener, EPK) and the embargo line (all empty)
    5: give_ids,  # version 6: quotes, bios, stills and cast rows carry ids; translations are keyed by them
    6: lambda d: _sources_v7(d),  # version 7: the kit's source documents; quotes say press or filmmaker
    7: lambda d: d,  # version 8 added the running time as typed when it is not understood (empty)
}


def _sources_v7(data: dict[str, Any]) -> dict[str, Any]:
    """Version 6 kept one imported article in ``source_text``; it becomes the kit's first document
    (its name and the day it was added were not recorded). A quote that named no outlet and was no
    pull quote came from an interview in that article: a filmmaker's quote; the rest stay press."""
    text = data.pop("source_text", "")
    if isinstance(text, str) and text:
        data["documents"] = [{"name": "imported article", "kind": "text", "text": text}]
    quotes = data.get("quotes")
    for quote in quotes if isinstance(quotes, list) else []:
        if isinstance(quote, dict) and not quote.get("outlet") and not quote.get("pull_quote"):
            quote["kind"] = "filmmaker"
    return data


def kit_from_data(data: Any, name: str = "the document") -> PressKit:
    """Validate document data into a kit, migrating older versions by ``schema_version``."""
    if not isinstance(data, dict):
        raise PresskitError(f"“{name}” is not a Presskit document.")
    version = data.get("schema_version", 1)
    if not isinstance(version, int) or version < 1:
        raise PresskitError(f"“{name}” has an invalid schema version.")
    if version > SCHEMA_VERSION:
        raise PresskitError(
            f"“{name}” was written by a newer Presskit (format {version}); "
            f"this version reads up to format {SCHEMA_VERSION}. Please update Presskit."
        )
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](dict(data))
        version += 1
    data["schema_version"] = SCHEMA_VERSION
    try:
        kit = PressKit.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = " › ".join(printable(str(x), 40) for x in first.get("loc", ()))
        raise PresskitError(f"“{name}” is damaged: {where}: {printable(str(first.get('msg')), 160)}.") from exc
    except (RecursionError, TypeError, ValueError, AttributeError) as exc:
        raise PresskitError(f"“{name}” is damaged: its kit data has the wrong shape.") from exc
    for path in ID_ROWS:
        unique_ids(get_path(kit, path))
    return kit
