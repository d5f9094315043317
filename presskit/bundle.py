"""The press bundle: one zip with the PDF, the web page, the full-resolution key art and stills
("01-ruby-sparks-still.jpg", caption and credit inside each file), logos and a credits.txt; every
path relative, names safe on every system."""

from __future__ import annotations

import re
import tempfile
import zipfile
from pathlib import Path

from presskit.model import PressKit
from presskit.pdf import export_pdf
from presskit.press_images import press_images, read_image
from presskit.resources import kit_file
from presskit.text_safety import FILE_UNSAFE, clean
from presskit.web import export_web


def safe_name(text: str, limit: int = 80) -> str:
    """A file name that opens everywhere (no slashes, colons or control characters)."""
    name = re.sub(FILE_UNSAFE, " ", text).strip(" .")
    return re.sub(r"\s+", " ", name)[:limit].strip() or "untitled"


def credits_text(kit: PressKit) -> str:
    """The credits as plain text, for subtitlers, listings and databases."""
    c, lines = kit.credits, [kit.film.title or "Untitled film", ""]
    for label, names in (("Directed by", c.directors), ("Written by", c.writers), ("Produced by", c.producers)):
        if names:
            lines.append(f"{label}: {', '.join(names)}")
    if c.cast:
        lines += ["", "CAST"] + [f"{m.actor}" + (f" — {m.character}" if m.character else "") for m in c.cast]
    if c.crew:
        lines += ["", "CREW"] + [f"{m.role or m.department}: {m.name}" for m in c.crew]
    return "\n".join(lines) + "\n"


def export_bundle(
    kit: PressKit, path: Path, base_dir: Path | None = None, languages: list[str] | None = None
) -> list[str]:
    """Write the bundle zip (replaced only when complete); with several languages, a PDF and a web
    page for each (web/fr/, "… (fr).pdf"); returns warnings."""
    base = base_dir or Path.cwd()
    top = safe_name(f"{kit.film.title or 'Untitled film'} - Press Kit")
    langs = languages or [kit.language]
    several = len(langs) > 1
    warnings: list[str] = []
    images = press_images(kit, base, warnings)
    downloads = {image.still: f"../{'../' if several else ''}stills/{image.name}" for image in images}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        outputs = []
        for lang in langs:
            pdf = work / f"press-kit-{lang}.pdf"
            explicit = lang if several or languages else None
            warnings += export_pdf(kit, pdf, base_dir=base, lang=explicit)
            web = work / "web" / (lang if several else "")
            warnings += export_web(kit, web, base_dir=base, pdf=pdf, lang=explicit, downloads=downloads)
            outputs.append((lang, pdf))
        partial = path.with_name(f".{path.name}.tmp")
        partial.unlink(missing_ok=True)  # a link planted under the temporary name is never followed
        try:
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as zf:
                stem = safe_name(kit.film.title or "press-kit")
                for lang, pdf in outputs:
                    zf.write(pdf, f"{top}/{stem} - Press Kit{f' ({lang})' if several else ''}.pdf")
                for f in sorted((work / "web").rglob("*")):
                    if f.is_file():
                        zf.write(f, f"{top}/web/{f.relative_to(work / 'web').as_posix()}")
                for image in images:
                    zf.writestr(f"{top}/stills/{image.name}", image.data, compress_type=zipfile.ZIP_STORED)
                if kit.style.logo:
                    logo = kit_file(kit.style.logo, base)
                    blob, kind = read_image(logo, warnings)
                    if blob:
                        zf.writestr(f"{top}/logos/{safe_name(logo.stem)}.{kind}", blob)
                zf.writestr(f"{top}/credits.txt", clean(credits_text(kit)))
            partial.replace(path)
        finally:
            partial.unlink(missing_ok=True)  # a failed bundle leaves nothing behind
    return warnings
