"""Texts shown through tr() that are not written inside the tr() call (menu entries, panel titles,
labels and tooltips kept as data) are marked with QT_TRANSLATE_NOOP where they are written, so that
Qt's extractor (pyside6-lupdate) finds them; tr() then translates them where they are shown."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark text for translation in context (a class that shows it through tr()); returns it unchanged.
    Qt's own QT_TRANSLATE_NOOP does the same but is typed as returning object."""
    return text
