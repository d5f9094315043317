"""Templates: a kit's look and its reusable parts, kept for the next film.

A template is a folder holding ``template.json`` (readable JSON, validated by templates.model, never
executed) and the images it uses (a logo). Built-in templates ship in ``resources/templates``; a
user's live in the platform's user data folder; teams can add shared folders (a team drive).
A template file for sharing is a zip of that folder (``.presskit-template``).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir

from presskit.errors import PresskitError
from presskit.files import (
    MAX_FONT_BYTES,
    MAX_IMAGE_BYTES,
    FileRefused,
    copy_regular,
    describe,
    inside,
    printable,
    read_regular,
)
from presskit.model import KitStyle
from presskit.references import FONT_ROLES, FONT_SUFFIXES
from presskit.resources import resource
from presskit.templates.model import Template, parse_template
from presskit.templates.sharing import MAX_TEMPLATE_JSON, read_template_file, write_template_file

TEMPLATE_SUFFIX = ".presskit-template"
FILE = "template.json"


@dataclass(frozen=True)
class Entry:
    """A template found on disk: where it lives and whether the user may change it."""

    name: str
    folder: Path
    source: str  # "built-in", "user" or "shared"

    @property
    def editable(self) -> bool:
        """Only the user's own templates can be renamed or deleted."""
        return self.source == "user"


def user_dir() -> Path:
    """The user's templates folder (created on demand)."""
    folder = Path(user_data_dir("Presskit")) / "templates"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class TemplateStore:
    """Every template Presskit can see: built-in, the user's, and shared folders."""

    def __init__(self, shared: list[Path] | None = None, user: Path | None = None) -> None:
        self.builtin = resource("templates")
        self.user = user or user_dir()
        self.shared = [Path(p) for p in shared or []]

    def entries(self) -> list[Entry]:
        """All templates, built-in first, then the user's, then shared ones; by name."""
        found: list[Entry] = []
        for source, root in [("built-in", self.builtin), ("user", self.user)] + [("shared", p) for p in self.shared]:
            if not root.is_dir():
                continue
            for folder in sorted(root.iterdir()):
                if folder.is_dir() and not folder.is_symlink() and FILE in own_files(folder):
                    found.append(Entry(_name_of(folder), folder, source))
        return found

    def find(self, name: str) -> Entry:
        """The template called name (case-insensitive), or a clear error listing the ones there are."""
        for e in self.entries():
            if e.name.casefold() == name.casefold() or e.folder.name.casefold() == name.casefold():
                return e
        known = ", ".join(e.name for e in self.entries())
        raise PresskitError(f"No template called “{name}”. Templates: {known}.")

    def load(self, name: str) -> tuple[Template, list[str]]:
        """The template and the warnings met loading it (unknown keys, missing fonts or logo)."""
        return load_template(self.find(name).folder)

    def save(self, template: Template, logo: Path | None = None) -> Entry:
        """Store a template in the user's folder (its logo copied beside it)."""
        folder = self.user / _slug(template.name)
        if folder.exists() and (folder / FILE).exists() and _name_of(folder) != template.name:
            raise PresskitError(f"A template folder “{folder.name}” already exists.")
        folder.mkdir(parents=True, exist_ok=True)
        if logo is not None and describe(logo) is None:
            target = folder / ("logo" + logo.suffix.lower())
            if logo.resolve() != target.resolve():
                copy_regular(logo, target, MAX_IMAGE_BYTES)
            template.style.logo = target.name
        for role in FONT_ROLES:
            font = Path(getattr(template.style, role))
            if font.suffix.lower() in FONT_SUFFIXES and describe(font) is None:  # a user's font travels along
                own = re.sub(r"[^A-Za-z0-9._\- ]", "_", font.name).lstrip(". ") or "font.ttf"
                if font.resolve() != (folder / own).resolve():
                    copy_regular(font, folder / own, MAX_FONT_BYTES)
                setattr(template.style, role, own)
        _write_json(folder / FILE, template.model_dump(mode="json"))
        return Entry(template.name, folder, "user")

    def rename(self, name: str, new_name: str) -> Entry:
        """Rename a user template."""
        entry = self._editable(name)
        template, _ = load_template(entry.folder)
        template.name = new_name
        target = self.user / _slug(new_name)
        if target.exists():
            raise PresskitError(f"A template called “{new_name}” already exists.")
        entry.folder.rename(target)
        _write_json(target / FILE, template.model_dump(mode="json"))
        return Entry(new_name, target, "user")

    def duplicate(self, name: str, new_name: str) -> Entry:
        """Copy any template into the user's folder under a new name."""
        entry = self.find(name)
        target = self.user / _slug(new_name)
        if target.exists():
            raise PresskitError(f"A template called “{new_name}” already exists.")
        target.mkdir(parents=True)
        for name in own_files(entry.folder):  # regular files only: a link is never followed into a copy
            copy_regular(entry.folder / name, target / name, MAX_IMAGE_BYTES)
        template, _ = load_template(target)
        template.name = new_name
        _write_json(target / FILE, template.model_dump(mode="json"))
        return Entry(new_name, target, "user")

    def delete(self, name: str) -> None:
        """Delete a user template (built-in and shared ones cannot be deleted here)."""
        shutil.rmtree(self._editable(name).folder)

    def export(self, name: str, path: Path) -> None:
        """Write a template and its files as one file to share."""
        write_template_file(self.find(name).folder, path)

    def import_file(self, path: Path) -> tuple[Entry, list[str]]:
        """Add a template file (a shared .presskit-template, or a bare template.json) to the user's folder."""
        template, warnings, folder = read_template_file(path, self.user)
        return Entry(template.name, folder, "user"), warnings

    def _editable(self, name: str) -> Entry:
        entry = self.find(name)
        if not entry.editable:
            raise PresskitError(f"“{entry.name}” is a {entry.source} template; duplicate it to change it.")
        return entry


def load_template(folder: Path) -> tuple[Template, list[str]]:
    """Read a template folder; the files it carries (logo, fonts) are named by absolute path, and only
    when they are its own regular files (never a link to a file elsewhere)."""
    if FILE not in own_files(folder):
        raise PresskitError(f"The template folder “{printable(folder.name)}” has no readable {FILE}.")
    files = {p.name for p in folder.iterdir()}  # every entry: a link is then refused by name, below
    template, warnings = parse_template(read_regular(folder / FILE, MAX_TEMPLATE_JSON), folder.name, files)
    style = template.style
    for what, key in [("The logo", "logo")] + [(f"The {r.replace('_', ' ')}", r) for r in FONT_ROLES]:
        value = getattr(style, key)
        if value in files:
            try:
                setattr(style, key, str(inside(folder, value, what)))
            except FileRefused as exc:
                warnings.append(str(exc))
                setattr(style, key, "" if key == "logo" else getattr(KitStyle(), key))
    return template, warnings


def own_files(folder: Path) -> set[str]:
    """The names of a folder's regular files (links, devices and sub-folders are not its files)."""
    found = set()
    for p in folder.iterdir():
        with contextlib.suppress(OSError):
            if stat.S_ISREG(os.lstat(p).st_mode):
                found.add(p.name)
    return found


def _name_of(folder: Path) -> str:
    with contextlib.suppress(OSError, PresskitError, ValueError, AttributeError, RecursionError):
        data = json.loads(read_regular(folder / FILE, MAX_TEMPLATE_JSON).decode("utf-8"))
        name = data.get("name") if isinstance(data, dict) else None
        if isinstance(name, str):
            return name
    return folder.name


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")[:60].strip("-") or "template"


def _write_json(path: Path, data: Any) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    tmp.replace(path)
