"""Characters that no font of an export can print: named in a warning, or (letters of a translation
being exported) a refusal that says which template to choose."""

from __future__ import annotations

import unicodedata
from typing import Any

from presskit.errors import PresskitError
from presskit.model import PressKit
from presskit.pdf.fonts import FALLBACK, missing_glyphs, register_fallback
from presskit.pdf.styles import Styles


def check_glyphs(kit: PressKit, st: Styles, strict: bool) -> None:
    """Name the characters that neither the template's fonts nor the fallback font can print; refuse
    letters of a translation being exported (strict: its language needs other fonts), warn otherwise."""
    text = " ".join(_strings(kit.model_dump(exclude={"documents", "sources", "style", "translations"})))
    missing = missing_glyphs(st.fonts["body_font"], text) | missing_glyphs(st.fonts["display_font"], text)
    register_fallback()
    missing &= missing_glyphs(FALLBACK, "".join(missing))
    if not missing:
        return
    sample = "".join(sorted(missing)[:12])
    message = (
        f"The template's fonts cannot print some characters of this kit ({sample}); they would appear as empty boxes."
    )
    if strict and any(unicodedata.category(c).startswith("L") for c in missing):
        raise PresskitError(f"{message} Choose a template with fonts for the {kit.language} language.")
    st.warnings.append(message)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []
