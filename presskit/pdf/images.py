"""Stills and logos for the PDF: JPEGs placed as they are, big images downsampled to 300 dpi, EXIF
orientation honoured, and anything unreadable replaced by a visible placeholder with a warning."""

from __future__ import annotations

import hashlib
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image, ImageOps, UnidentifiedImageError
from reportlab.lib import colors
from reportlab.platypus import Flowable

from presskit.files import MAX_IMAGE_BYTES, describe, printable
from presskit.pdf.markup import fit_line

MAX_PIXELS = 120_000_000  # above this an image is refused as a decompression bomb
Image.MAX_IMAGE_PIXELS = MAX_PIXELS
TARGET_DPI = 300


@dataclass
class Prepared:
    """An image ready for ReportLab: the file to place (the original JPEG, or a downsampled copy in
    the cache), its pixel size, and a problem when it cannot be placed.

    ReportLab names an image by a digest of the file *name* when given a path, but by a digest of the
    decoded pixels when given an ImageReader: a path is ~10x cheaper to place."""

    source: str | None
    width: int
    height: int
    problem: str = ""


def prepare(path: str | Path, box_w: float, box_h: float) -> Prepared:
    """Open an image for placing in a box (points); never raises, returns a problem instead."""
    p = Path(path)
    problem = describe(p)  # a device or a pipe is never opened: it could hang the export
    if problem is None and p.stat().st_size > MAX_IMAGE_BYTES:
        problem = f"is larger than {MAX_IMAGE_BYTES // 1048576} MB"
    if problem:
        return Prepared(None, 0, 0, f"Image “{printable(p.name)}” {problem}.")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)  # over the limit: refuse, not warn
            probe = Image.open(p)
        with probe:
            fmt = probe.format
            w, h = probe.size
            if w * h > MAX_PIXELS:
                return Prepared(None, 0, 0, f"“{printable(p.name)}” is too large ({w} × {h} px) to place.")
            orientation = probe.getexif().get(0x0112, 1) if fmt in ("JPEG", "TIFF", "PNG", "WEBP") else 1
            mode = probe.mode
        if orientation in (5, 6, 7, 8):
            w, h = h, w
        placed_w = min(box_w, box_h * w / h)  # points, as PlacedImage will fit it
        scale = min(1.0, placed_w / 72 * TARGET_DPI / w)  # pixels needed for 300 dpi at that size
        if fmt == "JPEG" and not _jpeg_complete(p):
            return Prepared(None, 0, 0, f"Image “{printable(p.name)}” is damaged (the file is cut short).")
        if fmt == "JPEG" and orientation == 1 and scale > 0.5 and mode in ("RGB", "L", "CMYK"):
            return Prepared(str(p), w, h)  # the file's own JPEG bytes, not re-encoded
        return _reencode(p, orientation, scale, w, h)
    except (
        OSError,
        UnidentifiedImageError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
        ValueError,
        SyntaxError,
    ) as exc:
        reason = "is not an image Presskit can read" if not p.exists() or p.stat().st_size else "is empty"
        if not p.exists():
            reason = "is missing"
        elif isinstance(exc, Image.DecompressionBombError | Image.DecompressionBombWarning):
            reason = "is too large to place (a possible decompression bomb)"
        return Prepared(None, 0, 0, f"Image “{printable(p.name)}” {reason}.")


def _jpeg_complete(p: Path) -> bool:
    """A JPEG placed as it is must end with its end-of-image marker (a cut file would print garbage)."""
    with open(p, "rb") as fh:
        fh.seek(max(0, p.stat().st_size - 4096))
        return b"\xff\xd9" in fh.read()


def _cache_path(p: Path, scale: float) -> Path:
    from platformdirs import user_cache_dir

    st = p.stat()
    key = hashlib.sha256(f"{p.resolve()}|{st.st_mtime_ns}|{st.st_size}|{scale:.4f}".encode()).hexdigest()[:24]
    folder = Path(user_cache_dir("Presskit")) / "images"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / key


def _reencode(p: Path, orientation: int, scale: float, w: int, h: int) -> Prepared:
    """A rotated and/or downsampled copy, written once to the cache and reused by later exports."""
    cached = _cache_path(p, scale)
    for suffix in (".jpg", ".png"):
        hit = cached.with_suffix(suffix)
        if hit.exists():
            with Image.open(hit) as done:
                return Prepared(str(hit), done.width, done.height)
    with Image.open(p) as opened:
        if opened.format == "JPEG" and scale < 0.5:
            opened.draft("RGB", (max(1, int(w * scale)), max(1, int(h * scale))))  # decode at reduced size
        opened.load()
        im: Image.Image = opened
        if orientation != 1:
            im = ImageOps.exif_transpose(im)
        if scale < 1.0:
            im = im.resize((max(1, round(w * scale)), max(1, round(h * scale))), Image.Resampling.LANCZOS)
        has_alpha = im.mode in ("RGBA", "LA") or (im.mode == "P" and "transparency" in im.info)
        out = cached.with_suffix(".png" if has_alpha else ".jpg")
        tmp = out.with_suffix(out.suffix + ".tmp")
        if has_alpha:
            im.convert("RGBA").save(tmp, "PNG")
        else:
            im.convert("CMYK" if im.mode == "CMYK" else "RGB" if im.mode != "L" else "L").save(tmp, "JPEG", quality=90)
        tmp.replace(out)
        return Prepared(str(out), im.width, im.height)


class PlacedImage(Flowable):
    """An image scaled to fit a box, keeping its proportions (or, with fill, to fill the box, cropped
    to it: the middle across, the upper part of a portrait, where faces are), or a labelled placeholder."""

    def __init__(self, prepared: Prepared, max_w: float, max_h: float, label: str = "", fill: bool = False) -> None:
        super().__init__()
        self.prepared, self.label = prepared, label
        self.image_x = self.image_y = 0.0
        if prepared.source is None or not prepared.width:
            self.draw_w, self.draw_h = max_w, max_h if fill else min(max_h, max_w * 0.5625)
            self.image_w, self.image_h = self.draw_w, self.draw_h
        elif fill:
            scale = max(max_w / prepared.width, max_h / prepared.height)
            self.draw_w, self.draw_h = max_w, max_h
            self.image_w, self.image_h = prepared.width * scale, prepared.height * scale
            self.image_x = (max_w - self.image_w) / 2
            self.image_y = max_h - self.image_h + (self.image_h - max_h) / 3  # a third of the cut above
        else:
            scale = min(max_w / prepared.width, max_h / prepared.height)
            self.draw_w, self.draw_h = prepared.width * scale, prepared.height * scale
            self.image_w, self.image_h = self.draw_w, self.draw_h

        self.width, self.height = self.draw_w, self.draw_h  # read by a table cutting a row across pages

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return self.draw_w, self.draw_h

    def draw(self) -> None:
        c: Any = self.canv
        if self.prepared.source is not None:
            cropped = (self.image_w, self.image_h) != (self.draw_w, self.draw_h)
            if cropped:
                c.saveState()
                box = c.beginPath()
                box.rect(0, 0, self.draw_w, self.draw_h)
                c.clipPath(box, stroke=0, fill=0)
            c.drawImage(self.prepared.source, self.image_x, self.image_y, self.image_w, self.image_h, mask="auto")
            if cropped:
                c.restoreState()
            return
        c.saveState()
        c.setFillColor(colors.HexColor("#eeeeee"))
        c.setStrokeColor(colors.HexColor("#b42318"))
        c.rect(0, 0, self.draw_w, self.draw_h, fill=1, stroke=1)
        c.setFillColor(colors.HexColor("#b42318"))
        c.setFont(c._fontname, 9)
        c.drawCentredString(
            self.draw_w / 2,
            self.draw_h / 2,
            fit_line(self.prepared.problem or self.label, c._fontname, 9, self.draw_w - 8),
        )
        c.restoreState()
