"""The bundled fonts' Latin parts as WOFF2, cut once by ``make web-fonts`` and shipped in
resources/fonts/latin, so that a web page in Latin letters costs no font cutting at export (cutting
one font costs about half a second; a page uses five). The folder's SOURCES.json records, for each
file, the SHA-256 of the TrueType file it was cut from: a font file that differs (a newer version, a
publicist's own font) is cut at export, as before."""

from __future__ import annotations

import hashlib
import json
from functools import cache

from presskit.resources import resource

MANIFEST = "SOURCES.json"


def shipped(digest: bytes) -> bytes | None:
    """The shipped Latin part (WOFF2) of the font file with this SHA-256 digest, if there is one."""
    name = _by_digest().get(digest.hex())
    if name is None:
        return None
    try:
        return resource("fonts", "latin", name).read_bytes()
    except OSError:
        return None


@cache
def _by_digest() -> dict[str, str]:
    """The TrueType file's digest (hex) -> the name of its Latin part's file."""
    try:
        recorded = json.loads(resource("fonts", "latin", MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(recorded, dict):
        return {}
    return {str(digest): str(name) for name, digest in recorded.items()}


def build() -> dict[str, str]:
    """Cut every bundled TrueType font's Latin part into resources/fonts/latin and record where each
    came from; returns the record (file name -> the TrueType file's digest)."""
    from presskit.web.fonts import LATIN, cut

    folder = resource("fonts", "latin")
    folder.mkdir(exist_ok=True)
    record = {}
    for ttf in sorted(resource("fonts").glob("*.ttf")):
        data = ttf.read_bytes()
        name = f"{ttf.stem}.woff2"
        (folder / name).write_bytes(cut(data, set(LATIN), "woff2"))
        record[name] = hashlib.sha256(data).hexdigest()
    (folder / MANIFEST).write_text(json.dumps(record, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    _by_digest.cache_clear()
    return record
