"""The full-resolution images a kit sends out (the key art, then the stills), named the way a picture
desk files them ("01-ruby-sparks-still.jpg") and carrying their caption and credit inside the file."""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from presskit.files import MAX_IMAGE_BYTES, FileRefused, printable, read_regular
from presskit.model import PressKit
from presskit.resources import kit_file
from presskit.xmp import with_caption

IMAGE_KINDS = {"JPEG": "jpg", "PNG": "png", "TIFF": "tif", "WEBP": "webp"}


@dataclass
class PressImage:
    """One image to send: its file name, its bytes (caption written in), and which still it is (None:
    the key art)."""

    name: str
    data: bytes
    still: int | None


def slug(text: str, fallback: str = "film") -> str:
    """A title as a file name part: lower case ASCII words joined by hyphens ("ruby-sparks")."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:60].strip("-") or fallback


def read_image(src: Path, warnings: list[str], where: str = "the bundle") -> tuple[bytes, str]:
    """An image file's bytes and its kind, only when it is a regular file that is really an image:
    whatever a kit names, nothing else ever goes into what the publicist sends out."""
    try:
        blob = read_regular(src, MAX_IMAGE_BYTES)
        with Image.open(io.BytesIO(blob)) as im:
            kind = IMAGE_KINDS.get(im.format or "", "")
    except FileRefused as exc:
        warnings.append(f"{exc} It is left out of {where}.")
        return b"", ""
    except (OSError, ValueError, Image.DecompressionBombError):
        kind = ""
    if not kind:
        warnings.append(f"“{printable(src.name)}” is not a JPEG, PNG, TIFF or WebP image; it is left out of {where}.")
        return b"", ""
    return blob, kind


def press_images(kit: PressKit, base: Path, warnings: list[str], where: str = "the bundle") -> list[PressImage]:
    """The key art ("00-…-key-art") and each still ("01-…-still") that can be sent, captions written in."""
    title = slug(kit.film.title)
    wanted = [(kit.key_art, "", "", None)] + [(s.file, s.caption, s.credit, i) for i, s in enumerate(kit.stills)]
    out = []
    for file, caption, credit, still in wanted:
        if not file.strip():
            continue
        blob, kind = read_image(kit_file(file, base), warnings, where)
        if not blob:
            continue
        number, what = (0, "key-art") if still is None else (still + 1, "still")
        name = f"{number:02d}-{title}-{what}.{kind}"
        captioned = with_caption(blob, kind, caption, credit, kit.film.title)
        if captioned is None and (caption.strip() or credit.strip()):
            warnings.append(f"The caption and credit could not be written into “{name}”; it is sent as it was.")
        out.append(PressImage(name, captioned or blob, still))
    return out
