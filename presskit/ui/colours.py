"""Colours that carry a meaning (an error, an extracted value, a hint), made from the palette so
they read in a dark theme as well as a light one: a tint of the meaning over the palette's base
for backgrounds, and the meaning lightened or darkened for text."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

ERROR = QColor("#d92d20")
WARNING = QColor("#dc6803")
FOUND = QColor("#f5b800")  # a value the import found in the article
INFERRED = QColor("#4f7cff")  # a value it inferred
OK = QColor("#12b76a")


def _palette(palette: QPalette | None) -> QPalette:
    return palette if palette is not None else QGuiApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    """True when text fields are dark (a dark theme)."""
    return _palette(palette).color(QPalette.ColorRole.Base).lightnessF() < 0.5


def tint(meaning: QColor, amount: float = 0.18, palette: QPalette | None = None) -> QColor:
    """A background: the meaning mixed into the palette's base colour, so the text on it stays readable."""
    base = _palette(palette).color(QPalette.ColorRole.Base)
    mix = min(amount * 1.6, 0.4) if is_dark(palette) else amount  # more colour shows on dark, not so much it glares
    return QColor.fromRgbF(
        *(
            b + (m - b) * mix
            for b, m in zip(
                (base.redF(), base.greenF(), base.blueF()),
                (meaning.redF(), meaning.greenF(), meaning.blueF()),
                strict=True,
            )
        )
    )


def ink(meaning: QColor, palette: QPalette | None = None) -> QColor:
    """Text in a meaning's colour that contrasts with the palette's base."""
    return meaning.lighter(150) if is_dark(palette) else meaning.darker(115)


def muted(palette: QPalette | None = None) -> QColor:
    """Secondary text (hints, counts): the palette's placeholder colour."""
    return _palette(palette).color(QPalette.ColorRole.PlaceholderText)


def error_style() -> str:
    """The style sheet of a field whose value breaks a rule."""
    return f"border: 1.5px solid {ink(ERROR).name()}; border-radius: 3px; background: {tint(ERROR, 0.08).name()};"


def text_style(colour: QColor, extra: str = "") -> str:
    """A style sheet that sets only a text colour (and anything extra)."""
    return f"color: {colour.name()}; {extra}".strip()


def dark_palette() -> QPalette:
    """A dark palette for desktops that do not say they are dark (PRESSKIT_COLOR_SCHEME=dark)."""
    p = QPalette()
    for role, colour in DARK.items():
        p.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    for role in ("Text", "WindowText", "ButtonText"):  # greyed out when disabled (Redo with nothing to redo)
        p.setColor(QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, role), QColor("#6f7277"))
    return p


DARK = {
    "Window": "#2b2d30",
    "WindowText": "#e6e6e6",
    "Base": "#1e1f22",
    "AlternateBase": "#26282b",
    "Text": "#e6e6e6",
    "Button": "#393b40",
    "ButtonText": "#e6e6e6",
    "ToolTipBase": "#393b40",
    "ToolTipText": "#e6e6e6",
    "PlaceholderText": "#8c8f94",
    "Highlight": "#2f65ca",
    "HighlightedText": "#ffffff",
    "Dark": "#151618",
    "Mid": "#303236",
    "Light": "#4a4d52",
    "Link": "#79a8ff",
}
