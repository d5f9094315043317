"""File › Open Recent: the articles and kits opened or saved lately, kept in the settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 8


def recent_files(settings: QSettings) -> list[str]:
    """Recently opened articles and kits, newest first, that still exist."""
    from presskit.ui.preferences import setting_list

    items = setting_list(settings.value("recentFiles", []))
    return [f for f in items if Path(f).exists()][:MAX_RECENT]


def remember(settings: QSettings, path: Path) -> None:
    """Put a file at the top of the list."""
    items = [str(path.resolve())] + [f for f in recent_files(settings) if f != str(path.resolve())]
    settings.setValue("recentFiles", items[:MAX_RECENT])
