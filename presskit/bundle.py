"""The press bundle: one zip with the PDF, the web page, full-resolution stills named after their
captions, logos and a credits.txt; every path relative, names safe on every system."""

from __future__ import annotations

import io
import re
import tempfile
import zipfile
from pathlib import Path

from PIL import Image

from presskit.files import MAX_IMAGE_BYTES, FileRefused, printable, read_regular
from presskit.model import PressKit
from presskit.pdf import export_pdf
from presskit.resources import kit_file
from presskit.text_safety import FILE_UNSAFE, clean
from presskit.web import export_web

IMAGE_KINDS = {"JPEG": "jpg", "PNG": "png", "TIFF": "tif", "WEBP": "webp"}


def safe_name(text: str, limit: int = 80) -> str:
    """A file name that opens everywhere (no slashes, colons or control characters)."""
    name = re.sub(FILE_UNSAFE, " ", text).strip(" .")
    return re.sub(r"\s+", " ", name)[:limit].strip() or "untitled"


def _image(src: Path, warnings: list[str]) -> tuple[bytes, str]:
    """An image file's bytes and its kind, only when it is a regular file that is really an image:
    whatever a kit names, nothing else ever goes into what the publicist sends out."""
    try:
        blob = read_regular(src, MAX_IMAGE_BYTES)
        with Image.open(io.BytesIO(blob)) as im:
            kind = IMAGE_KINDS.get(im.format or "", "")
    except FileRefused as exc:
        warnings.append(f"{exc} It is left out of the bundle.")
        return b"", ""
    except (OSError, ValueError, Image.DecompressionBombError):
        kind = ""
    if not kind:
        warnings.append(
            f"“{printable(src.name)}” is not a JPEG, PNG, TIFF or WebP image; it is left out of the bundle."
        )
        return b"", ""
    return blob, kind


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
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        outputs = []
        for lang in langs:
            pdf = work / f"press-kit-{lang}.pdf"
            explicit = lang if several or languages else None
            warnings += export_pdf(kit, pdf, base_dir=base, lang=explicit)
            web = work / "web" / (lang if several else "")
            warnings += export_web(kit, web, base_dir=base, pdf=pdf, lang=explicit)
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
                used: set[str] = set()
                for i, still in enumerate(kit.stills):
                    src = kit_file(still.file, base) if still.file else None
                    blob, kind = _image(src, warnings) if src else (b"", "")
                    name = f"{i + 1:02d} {safe_name(still.caption or src.stem if src else '')}.{kind}"
                    if blob and name not in used:
                        used.add(name)
                        zf.writestr(f"{top}/stills/{name}", blob, compress_type=zipfile.ZIP_STORED)
                if kit.style.logo:
                    logo = kit_file(kit.style.logo, base)
                    blob, kind = _image(logo, warnings)
                    if blob:
                        zf.writestr(f"{top}/logos/{safe_name(logo.stem)}.{kind}", blob)
                zf.writestr(f"{top}/credits.txt", clean(credits_text(kit)))
            partial.replace(path)
        finally:
            partial.unlink(missing_ok=True)  # a failed bundle leaves nothing behind
    return warnings
