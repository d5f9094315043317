"""Every icon file Presskit uses is named here and nowhere else."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from presskit.resources import resource

APP = "presskit.svg"


def icon(name: str) -> QIcon:
    """An icon shipped in resources/icons."""
    return QIcon(str(resource("icons", name)))
