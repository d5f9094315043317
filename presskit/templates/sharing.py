"""Template files for sharing (``.presskit-template``): a zip of a template's folder.

A template file arrives from anyone, so it is read like a document (:mod:`presskit.archive`): only
a regular file is opened, never blocking; names, count, total size and zip bombs are checked from the
zip's directory; members are streamed into a staging folder that becomes the template only when
everything in it has been read and validated. Writing one takes only the folder's regular files.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import uuid
import zipfile
from pathlib import Path

from presskit.archive import Budget, directory, open_zip, read_small, unpack
from presskit.errors import PresskitError
from presskit.files import open_regular, printable, read_regular
from presskit.templates.model import Template, parse_template

MAX_TEMPLATE_FILE = 250 * 1024 * 1024
MAX_TEMPLATE_JSON = 4 * 1024 * 1024
MEMBER_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._\- ]{0,100}")


def budget() -> Budget:
    """A template (its JSON, a logo, a few fonts) unpacks to at most 200 MB in at most 100 files."""
    return Budget.from_env(total_mb=200, members=100, member_mb=50)


def read_template_file(path: Path, user: Path) -> tuple[Template, list[str], Path]:
    """Add a template file (a .presskit-template, or a bare template.json) to the user's folder."""
    from presskit.templates.store import FILE, _slug, _write_json

    name = printable(path.name)
    with open_regular(path, MAX_TEMPLATE_FILE) as fh:  # a pipe or a device is refused, never read
        is_zip = fh.read(4) == b"PK\x03\x04"
    staging = user / f".import-{uuid.uuid4().hex}"
    staging.mkdir(parents=True, mode=0o700)
    try:
        raw = _unpack(path, name, staging, FILE) if is_zip else read_regular(path, MAX_TEMPLATE_JSON)
        template, warnings = parse_template(raw, name, {p.name for p in staging.iterdir()} | {FILE})
        folder = user / _slug(template.name)
        if folder.exists():
            raise PresskitError(f"A template called “{printable(template.name)}” already exists; rename it first.")
        _write_json(staging / FILE, template.model_dump(mode="json"))
        staging.rename(folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return template, warnings, folder


def _unpack(path: Path, name: str, staging: Path, json_name: str) -> bytes:
    """Stream a template zip's members into staging; returns its template JSON."""
    with open_zip(path, MAX_TEMPLATE_FILE, budget().members) as zf:
        infos = directory(zf, name, MEMBER_RE, budget())
        if json_name not in infos:
            raise PresskitError(f"“{name}” holds no {json_name}.")
        raw = read_small(zf, infos[json_name], MAX_TEMPLATE_JSON, name)
        for member, info in infos.items():
            if member != json_name:
                unpack(zf, info, staging / member, name)
    return raw


def write_template_file(folder: Path, path: Path) -> None:
    """Write a template folder's regular files (never what a link points at) as one file to share."""
    from presskit.templates.store import own_files

    partial = path.with_name(f".{path.name}.tmp")
    partial.unlink(missing_ok=True)  # a link planted under the temporary name is never followed
    try:
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as zf:
            for member in sorted(own_files(folder)):
                if MEMBER_RE.fullmatch(member):
                    zf.writestr(member, read_regular(folder / member, budget().member_bytes))
        partial.replace(path)
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
