"""Help › User Guide (F1), Keyboard Shortcuts and About: short, inside the app, no web needed."""

from __future__ import annotations

import platform
from html import escape
from importlib.metadata import PackageMetadata, PackageNotFoundError, metadata
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QTextBrowser, QVBoxLayout, QWidget

from presskit import __version__

if TYPE_CHECKING:
    from presskit.ui.main_window import MainWindow

LIBRARIES = [
    "PySide6-Essentials",
    "pydantic",
    "reportlab",
    "pillow",
    "babel",
    "trafilatura",
    "charset-normalizer",
    "platformdirs",
    "defusedxml",
    "pypdf",
]
FONTS = [
    ("Lato", "Łukasz Dziedzic", "SIL Open Font License 1.1"),
    ("Noto Sans, Noto Serif, Noto Serif Display", "Google", "SIL Open Font License 1.1"),
    ("DejaVu Sans (symbols and stars the text fonts lack)", "Bitstream, DejaVu authors", "Bitstream Vera License"),
]
TABLE_KEYS = [
    ("Tab / Shift+Tab", "Next / previous cell; what was typed is kept"),
    ("Enter", "Keep what was typed and go down a row"),
    ("Escape", "Cancel the cell being typed in"),
    ("F2", "Edit the cell without replacing it"),
    ("Ctrl+Tab", "Next panel (in a text of several lines: a tab character)"),
    ("Alt+Up / Alt+Down", "Move the selected section up or down (Look › Sections); Space shows or hides it"),
    ("Alt+underlined letter", "The button or menu with that letter"),
]
GUIDE = """<h2>Presskit in six steps</h2>
<ol><li><b>Import an article or press notes</b> (text, web page, Word or PDF: File › Open Article, or
drop the file on the window). What Presskit found is highlighted in the article on the left; click a
highlight to go to its field. Then add more sources — press notes (PDF too), reviews, a web address —
with File › Add Sources or Add from Web Address (or drop them on the window): a list shows what each
adds, and you tick what to take. The article pane switches between the kit's sources.</li>
<li><b>Check the panels</b> from Film info to Contacts. Tables work like a spreadsheet: type, Tab to the
next cell, Enter to go down; "Add …" starts a new row.</li>
<li><b>Fix the problems</b> listed at the bottom: click one to go to its field.</li>
<li><b>Add what the press asks for</b> in Art and links: the key art, the logo, the trailer, screener
and EPK links, the embargo line. Right-click selected text in the article to use it as the title, a
director, a writer, a crew member or the release date.</li>
<li><b>Pick a look</b> in the Look panel or with File › Apply Template: colours typed or picked, which
sections print and in what order; the preview on the right follows.</li>
<li><b>Export</b> the PDF, the web press page or the press bundle from the File menu.</li></ol>
<p>Every change can be undone with Ctrl+Z, and Presskit keeps a recovery copy while you work.</p>"""


class HelpDialog(QDialog):
    """A page of help text with a Close button."""

    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(True)
        self.text.setHtml(html)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        lay.addWidget(close)
        self.resize(560, 480)


def _field(meta: PackageMetadata, key: str) -> str:
    """One field of a package's metadata, empty when it has none."""
    return str((meta.get_all(key) or [""])[0])


def _licence(name: str) -> tuple[str, str]:
    try:
        meta = metadata(name)
    except PackageNotFoundError:
        return "", ""
    classifiers = [c.rsplit("::", 1)[-1].strip() for c in meta.get_all("Classifier") or [] if "License ::" in c]
    licence = _field(meta, "License-Expression") or (classifiers[0] if classifiers else _field(meta, "License"))
    return meta["Version"], licence.splitlines()[0] if licence else ""


def about_html() -> str:
    """Version, platform, and the licences of the fonts and libraries Presskit ships with."""
    libs = "".join(
        f"<tr><td>{escape(n)}</td><td>{escape(v)}</td><td>{escape(lic)}</td></tr>"
        for n in LIBRARIES
        for v, lic in [_licence(n)]
        if v
    )
    fonts = "".join(f"<tr><td>{escape(f)}</td><td>{escape(by)}</td><td>{escape(lic)}</td></tr>" for f, by, lic in FONTS)
    return (
        f"<h2>Presskit {escape(__version__)}</h2><p>Press kits for films: from an article to a PDF, a web "
        f"page and a press bundle.</p><p>Python {platform.python_version()}, Qt {qVersion()}, "
        f"PySide6 {pyside_version}</p><h3>Fonts</h3><table cellpadding='2'>{fonts}</table>"
        f"<h3>Libraries</h3><table cellpadding='2'>{libs}</table>"
    )


def shortcuts_html(window: MainWindow) -> str:
    """Every menu entry with a shortcut, then the keys of the tables."""
    rows = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for act in menu.actions() if isinstance(menu, QMenu) else []:
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in act.shortcuts())
            if keys:
                rows.append((act.text().replace("&", ""), keys))
    menu_rows = "".join(f"<tr><td>{escape(k)}</td><td>{escape(t)}</td></tr>" for t, k in rows)
    table_rows = "".join(f"<tr><td>{escape(k)}</td><td>{escape(t)}</td></tr>" for k, t in TABLE_KEYS)
    return f"<h3>Menus</h3><table>{menu_rows}</table><h3>In tables and panels</h3><table>{table_rows}</table>"
