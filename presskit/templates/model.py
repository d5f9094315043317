"""The template model: a named look plus reusable content, read from JSON (never executed),
migrated by ``schema_version``, with warnings for what it cannot use."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from presskit.errors import PresskitError
from presskit.files import FileRefused, member_reference, printable, strict_json
from presskit.model import Contact, KitStyle, PressKit
from presskit.references import FONT_ROLES, FONT_SUFFIXES, style_references

TEMPLATE_VERSION = 2


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
        kit.social_links += [link for link in c.social_links if link not in kit.social_links]


def parse_template(raw: bytes, name: str, files: set[str]) -> tuple[Template, list[str]]:
    """Validate template JSON, migrating older versions; unknown keys, missing fonts and a missing
    logo give warnings and fall back, anything else that is wrong is refused with a clear message."""
    try:
        data = strict_json(raw)
    except ValueError as exc:
        raise PresskitError(f"“{printable(name)}” is not a template (not readable JSON).") from exc
    if not isinstance(data, dict):
        raise PresskitError(f"“{name}” is not a template.")
    version = data.get("schema_version", 1)
    if not isinstance(version, int) or version > TEMPLATE_VERSION:
        raise PresskitError(f"“{name}” was written by a newer Presskit; please update Presskit.")
    if version < 2:
        data = _migrate_v1(data)
    warnings: list[str] = []
    data = _drop_unknown(data, Template, "", warnings)
    _own_files(data.get("style"), name, files, warnings)
    try:
        return Template.model_validate(data), warnings
    except ValidationError as exc:
        first = exc.errors()[0]
        where = " › ".join(str(x) for x in first.get("loc", ()))
        raise PresskitError(f"“{name}” is not a valid template: {where}: {first.get('msg')}") from exc


def _own_files(style: Any, name: str, files: set[str], warnings: list[str]) -> None:
    """A template's logo and font files must be its own files, named exactly: anything else (an
    absolute path, ``~``, ``..``, a decoy member with the same last name) is dropped with a warning."""
    for ref in style_references(style):
        if ref.key != "logo" and ref.value in _families():
            continue
        try:
            member_reference(ref.value, files, ref.what, name)
        except FileRefused as exc:
            if ref.key == "logo":
                warnings.append(f"{exc} The kit will have no logo.")
                ref.holder["logo"] = ""
            else:
                warnings.append(f"{exc} The template uses {getattr(KitStyle(), ref.key)} instead.")
                ref.holder.pop(ref.key)
    if isinstance(style, dict):
        for role in FONT_ROLES:  # a family name Presskit does not ship
            font = style.get(role)
            if isinstance(font, str) and not font.lower().endswith(FONT_SUFFIXES) and font not in _families():
                warnings.append(
                    f"Font “{printable(font)}” is not available; the template uses {getattr(KitStyle(), role)}."
                )
                style.pop(role)


def _families() -> set[str]:
    from presskit.fonts import FAMILIES

    return set(FAMILIES)


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
    return {
        "schema_version": TEMPLATE_VERSION,
        "name": old.get("name", "Imported template"),
        "description": old.get("description", ""),
        "style": style,
        "content": {"contacts": old.get("contacts", []), "distributor": old.get("distributor", "")},
    }


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
