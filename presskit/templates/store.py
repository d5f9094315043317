"""Templates: a kit's look and its reusable parts, kept for the next film.

A template is a folder holding ``template.json`` (readable JSON, validated by templates.model, never
executed) and the images it uses (a logo). Built-in templates ship in ``resources/templates``; a
user's live in the platform's user data folder; teams can add shared folders (a team drive).
A template file for sharing is a zip of that folder (``.presskit-template``).
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir

from presskit.errors import PresskitError
from presskit.resources import resource
from presskit.templates.model import Template, parse_template

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
                if (folder / FILE).is_file():
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
        if logo is not None and logo.is_file():
            target = folder / ("logo" + logo.suffix.lower())
            if logo.resolve() != target.resolve():
                shutil.copyfile(logo, target)
            template.style.logo = target.name
        for role in ("body_font", "display_font", "label_font", "heading_font"):
            font = Path(getattr(template.style, role))
            if font.suffix.lower() in (".ttf", ".otf") and font.is_file():  # a user's font travels along
                if font.resolve() != (folder / font.name).resolve():
                    shutil.copyfile(font, folder / font.name)
                setattr(template.style, role, font.name)
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
        shutil.copytree(entry.folder, target)
        template, _ = load_template(target)
        template.name = new_name
        _write_json(target / FILE, template.model_dump(mode="json"))
        return Entry(new_name, target, "user")

    def delete(self, name: str) -> None:
        """Delete a user template (built-in and shared ones cannot be deleted here)."""
        shutil.rmtree(self._editable(name).folder)

    def export(self, name: str, path: Path) -> None:
        """Write a template and its images as one file to share."""
        entry = self.find(name)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for f in sorted(entry.folder.iterdir()):
                if f.is_file():
                    zf.write(f, f.name)

    def import_file(self, path: Path) -> tuple[Entry, list[str]]:
        """Add a template file (a shared .presskit-template, or a bare template.json) to the user's folder."""
        raw = path.read_bytes()
        members: dict[str, bytes] = {}
        if raw[:4] == b"PK\x03\x04":
            try:
                with zipfile.ZipFile(io.BytesIO(raw)) as zf:
                    for info in zf.infolist():
                        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._\- ]{0,100}", info.filename) \
                                or info.file_size > 20 * 1024 * 1024:
                            raise PresskitError(f"“{path.name}” contains an unsafe member ({info.filename!r}).")
                        members[info.filename] = zf.read(info)
            except zipfile.BadZipFile as exc:
                raise PresskitError(f"“{path.name}” is not a template file (damaged archive).") from exc
        else:
            members[FILE] = raw
        if FILE not in members:
            raise PresskitError(f"“{path.name}” holds no template.json.")
        template, warnings = parse_template(members[FILE], path.name, set(members))
        folder = self.user / _slug(template.name)
        if folder.exists():
            raise PresskitError(f"A template called “{template.name}” already exists; rename it first.")
        folder.mkdir(parents=True)
        for name, blob in members.items():
            (folder / name).write_bytes(blob)
        _write_json(folder / FILE, template.model_dump(mode="json"))
        return Entry(template.name, folder, "user"), warnings

    def _editable(self, name: str) -> Entry:
        entry = self.find(name)
        if not entry.editable:
            raise PresskitError(f"“{entry.name}” is a {entry.source} template; duplicate it to change it.")
        return entry


def load_template(folder: Path) -> tuple[Template, list[str]]:
    """Read a template folder; the files it carries (logo, fonts) are named by absolute path."""
    files = {p.name for p in folder.iterdir() if p.is_file()}
    template, warnings = parse_template((folder / FILE).read_bytes(), folder.name, files)
    if template.style.logo:
        template.style.logo = str(folder / template.style.logo)
    for role in ("body_font", "display_font", "label_font", "heading_font"):
        font = getattr(template.style, role)
        if font in files:
            setattr(template.style, role, str(folder / font))
    return template, warnings


def _name_of(folder: Path) -> str:
    with contextlib.suppress(OSError, ValueError, AttributeError):
        data = json.loads((folder / FILE).read_text(encoding="utf-8"))
        if isinstance(data, dict) and isinstance(data.get("name"), str):
            return data["name"]
    return folder.name


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "template"


def _write_json(path: Path, data: Any) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    tmp.replace(path)
