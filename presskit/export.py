"""One export path: the command line and the window both write a kit's PDF, web page or press bundle
through :func:`export`, so the steps (a temporary PDF for the web page, the bundle's languages, never
writing over a document) are written once."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from presskit.model import PressKit
from presskit.outputs import check_output

Format = Literal["pdf", "html", "zip"]
FORMATS: tuple[Format, ...] = ("pdf", "html", "zip")


def format_for(output: Path) -> Format:
    """The format an output's name asks for: a .pdf file, a .zip bundle, otherwise a web page folder."""
    return {".zip": "zip", ".pdf": "pdf"}.get(output.suffix.lower(), "html")  # type: ignore[return-value]


def export(
    kit: PressKit,
    fmt: Format,
    out: Path,
    base_dir: Path | None = None,
    *,
    lang: str | None = None,
    languages: list[str] | None = None,
    source: Path | None = None,
    cancelled: Callable[[], bool] | None = None,
    progress: Callable[[int], None] | None = None,
) -> list[str]:
    """Write the kit to out as a PDF, a web page folder (with its PDF) or a press bundle, in lang (the
    kit's main language by default; a bundle in each of languages); returns warnings. Never writes
    over a Presskit document, above all not over source, the one being exported."""
    from presskit.pdf import export_pdf

    check_output(out, source)
    if fmt == "pdf":
        return export_pdf(kit, out, base_dir=base_dir, cancelled=cancelled, progress=progress, lang=lang)
    if fmt == "zip":
        from presskit.bundle import export_bundle

        return export_bundle(kit, out, base_dir=base_dir, languages=languages or ([lang] if lang else None))
    if fmt == "html":
        from presskit.web import export_web

        with tempfile.TemporaryDirectory() as tmp:
            pdf = Path(tmp) / "press-kit.pdf"
            warnings = export_pdf(kit, pdf, base_dir=base_dir, cancelled=cancelled, lang=lang)
            return warnings + export_web(kit, out, base_dir=base_dir, pdf=pdf, lang=lang)
    raise ValueError(f"unknown export format {fmt!r}; known: {', '.join(FORMATS)}")
