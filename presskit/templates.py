"""Templates: a kit's look and its reusable parts, kept for the next film.

A template is a folder holding ``template.json`` (readable JSON, validated by the model below, never
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
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from presskit.errors import PresskitError
from presskit.model import Contact, KitStyle, PressKit
from presskit.resources import resource

TEMPLATE_VERSION = 2
TEMPLATE_SUFFIX = ".presskit-template"
FILE = "template.json"


class TemplateContent(BaseModel):
    """What every kit made from the template starts with."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    contacts: list[Contact] = Field(default_factory=list)
    distributor: str = ""
    boilerplate: str = Field(default="", description="Company boilerplate, printed as production notes.")
    website: str = ""
    social_links: list[str] = Field(default_factory=list)
    crew_departments: list[str] = Field(default_factory=list)


class Template(BaseModel):
    """A named look plus reusable content."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    schema_version: int = TEMPLATE_VERSION
    name: str
    description: str = ""
    style: KitStyle = Field(default_factory=KitStyle)
    content: TemplateContent = Field(default_factory=TemplateContent)

    def new_kit(self) -> PressKit:
        """A new kit carrying this template's look and content."""
        kit = PressKit(style=self.styled())
        self.fill(kit)
        return kit

    def styled(self) -> KitStyle:
        """The look a kit takes from this template (with its crew departments, if it names any)."""
        update: dict[str, Any] = {"template": self.name}
        if self.content.crew_departments:
            update["crew_departments"] = list(self.content.crew_departments)
        return self.style.model_copy(update=update)

    def fill(self, kit: PressKit) -> None:
        """Add the reusable content to a kit where it is still empty (contacts are appended once)."""
        c = self.content
        known = {(x.name, x.email) for x in kit.contacts}
        kit.contacts += [x.model_copy() for x in c.contacts if (x.name, x.email) not in known]
        if c.distributor and not kit.release.distributor:
            kit.release.distributor = c.distributor
        if c.boilerplate and not kit.production_notes:
            kit.production_notes = c.boilerplate
        if c.website and not kit.website:
            kit.website = c.website


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
    """Read a template folder; the logo path is made absolute."""
    files = {p.name for p in folder.iterdir() if p.is_file()}
    template, warnings = parse_template((folder / FILE).read_bytes(), folder.name, files)
    if template.style.logo:
        template.style.logo = str(folder / template.style.logo)
    return template, warnings


def parse_template(raw: bytes, name: str, files: set[str]) -> tuple[Template, list[str]]:
    """Validate template JSON, migrating older versions; unknown keys, missing fonts and a missing
    logo give warnings and fall back, anything else that is wrong is refused with a clear message."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PresskitError(f"“{name}” is not a template (not readable JSON).") from exc
    if not isinstance(data, dict):
        raise PresskitError(f"“{name}” is not a template.")
    version = data.get("schema_version", 1)
    if not isinstance(version, int) or version > TEMPLATE_VERSION:
        raise PresskitError(f"“{name}” was written by a newer Presskit; please update Presskit.")
    if version < 2:
        data = _migrate_v1(data)
    warnings: list[str] = []
    data = _drop_unknown(data, Template, "", warnings)
    style = data.get("style", {})
    if isinstance(style, dict):
        from presskit.pdf.fonts import FAMILIES

        for role in ("body_font", "display_font", "label_font", "heading_font"):
            font = style.get(role)
            if isinstance(font, str) and font not in FAMILIES and Path(font).name not in files:
                warnings.append(f"Font “{font}” is not available; the template uses {getattr(KitStyle(), role)}.")
                style.pop(role)
        logo = style.get("logo")
        if isinstance(logo, str) and logo and Path(logo).name not in files:
            warnings.append(f"Logo “{logo}” is missing from the template; the kit will have no logo.")
            style["logo"] = ""
    try:
        return Template.model_validate(data), warnings
    except ValidationError as exc:
        first = exc.errors()[0]
        where = " › ".join(str(x) for x in first.get("loc", ()))
        raise PresskitError(f"“{name}” is not a valid template: {where}: {first.get('msg')}") from exc


def _migrate_v1(old: dict[str, Any]) -> dict[str, Any]:
    """Version 1 templates were flat: page_size, colours{…}, fonts{…}, section_order, contacts."""
    colours = old.get("colours", {}) if isinstance(old.get("colours"), dict) else {}
    fonts = old.get("fonts", {}) if isinstance(old.get("fonts"), dict) else {}
    style: dict[str, Any] = {"page": old.get("page_size", "Letter"), "logo": old.get("logo", "")}
    for key, new in (("text", "ink"), ("accent", "accent"), ("cover", "cover_bg")):
        if key in colours:
            style[new] = colours[key]
    for key, new in (("body", "body_font"), ("titles", "display_font")):
        if key in fonts:
            style[new] = fonts[key]
    if "section_order" in old:
        style["sections"] = old["section_order"]
    return {"schema_version": TEMPLATE_VERSION, "name": old.get("name", "Imported template"),
            "description": old.get("description", ""), "style": style,
            "content": {"contacts": old.get("contacts", []), "distributor": old.get("distributor", "")}}


def _drop_unknown(data: Any, model: type[BaseModel], where: str, warnings: list[str]) -> Any:
    """Remove keys the model does not know (from a newer or hand-edited template), with a warning each."""
    if not isinstance(data, dict):
        return data
    out = {}
    for key, value in data.items():
        field = model.model_fields.get(key)
        if field is None:
            warnings.append(f"Unknown setting “{where}{key}” ignored.")
            continue
        sub = field.annotation
        if isinstance(sub, type) and issubclass(sub, BaseModel):
            value = _drop_unknown(value, sub, f"{where}{key}.", warnings)
        out[key] = value
    return out


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
