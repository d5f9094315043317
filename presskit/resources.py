"""Where the shipped resources (fonts, templates, icons, seeds) live."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_dir() -> Path:
    """The resources folder: beside the package in a checkout, inside it when installed."""
    for candidate in (_PACKAGE.parent / "resources", _PACKAGE / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("Presskit's resources folder is missing; reinstall Presskit.")


def resource(*parts: str) -> Path:
    """Path of one shipped resource file."""
    return resource_dir().joinpath(*parts)


def kit_file(name: str, base: Path | None) -> Path:
    """A file a kit names (a still, a logo, a font): as given when absolute, else in the kit's folder."""
    try:
        path = Path(name).expanduser()
    except RuntimeError:  # "~someone" who has no home here: a name like any other, which will be missing
        path = Path(name)
    return path if path.is_absolute() or base is None else base / path
