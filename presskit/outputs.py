"""Where an export may write: never over a document.

A press kit's PDF, web page or bundle is sent out; the ``.presskit`` document is the publicist's
work. An export refuses to replace any document (by its name, or by its contents when it was
renamed) and, above all, the one it is being exported from."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from presskit.errors import PresskitError
from presskit.files import printable

PROTECTED = (".presskit", ".presskit-template", ".presskit.bak")


def check_output(output: Path, source: Path | None = None) -> None:
    """Refuse an export target that would replace a document or the file being exported."""
    name = printable(output.name)
    if output.name.lower().endswith(PROTECTED):
        raise PresskitError(
            f"Will not export to “{name}”: that name is for Presskit documents and an "
            "export would replace one. Choose a .pdf, .zip or folder name."
        )
    if not output.exists():
        return
    if source is not None and source.exists() and os.path.samefile(output, source):
        raise PresskitError(f"Will not export over “{name}”: it is the kit being exported.")
    if output.is_file() and _is_document(output):
        raise PresskitError(f"Will not export over “{name}”: it is a Presskit document (renamed).")


def _is_document(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist()[:5000])
    except (OSError, zipfile.BadZipFile, ValueError, EOFError):
        return False
    return {"kit.json", "manifest.json"} <= names


PAGE_FILES = ("index.html", "style.css", "press-kit.pdf", "images", "fonts", "downloads")


def unlink_links(folder: Path) -> None:
    """Before a web page is written into a folder (perhaps one unpacked from someone else's zip), the
    links where its files go are removed, so writing never follows one to a file elsewhere."""
    for name in PAGE_FILES:
        p = folder / name
        if p.is_symlink():
            p.unlink()
        elif p.is_dir():
            for child in p.iterdir():
                if child.is_symlink():
                    child.unlink()
