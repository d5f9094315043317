"""The web page's images: the key art and the stills resized for the screen, the laurel images; each
with its pixel size, so the page reserves its room before it loads."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps

from presskit.files import describe, printable
from presskit.model import PressKit
from presskit.resources import kit_file

WEB_WIDTH = 1600  # px: images on the page are at most this wide (or tall); the bundle keeps the originals


@dataclass(frozen=True)
class WebImage:
    """An image written next to the page: where it is (relative to the page) and its size in pixels."""

    src: str
    width: int
    height: int


def _screen_copy(src: Path, folder: Path, name: str, warnings: list[str]) -> WebImage | None:
    """A JPEG copy no larger than WEB_WIDTH on its long side, EXIF orientation applied; None (with a
    warning) when the file is not an image that can be read."""
    problem = describe(src)
    if problem:
        warnings.append(f"Image “{printable(src.name)}” {problem}; it is left off the web page.")
        return None
    try:
        with Image.open(src) as opened:
            im: Image.Image = ImageOps.exif_transpose(opened)
            scale = min(1.0, WEB_WIDTH / max(im.width, im.height))
            if scale < 1.0:
                im = im.resize((round(im.width * scale), round(im.height * scale)), Image.Resampling.LANCZOS)
            im.convert("RGB").save(folder / name, "JPEG", quality=85)
            return WebImage(name, im.width, im.height)
    except (OSError, ValueError, Image.DecompressionBombError):
        warnings.append(
            f"Image “{printable(src.name)}” is not an image Presskit can read; it is left off the web page."
        )
        return None


def stills(kit: PressKit, folder: Path, base: Path, warnings: list[str]) -> list[WebImage | None]:
    """Each still's screen copy (None for one that cannot be used)."""
    return [
        _screen_copy(kit_file(s.file, base), folder, f"images/still-{i + 1:02d}.jpg", warnings)
        for i, s in enumerate(kit.stills)
    ]


def key_art(kit: PressKit, folder: Path, base: Path, warnings: list[str]) -> WebImage | None:
    """The key art's screen copy, when the kit has key art."""
    if not kit.key_art.strip():
        return None
    return _screen_copy(kit_file(kit.key_art, base), folder, "images/key-art.jpg", warnings)


def laurel_images(kit: PressKit, folder: Path, base: Path, warnings: list[str]) -> list[WebImage | None]:
    """Each festival's own laurel image as a PNG (None where the festival has none or it is unusable)."""
    out: list[WebImage | None] = []
    for i, f in enumerate(kit.festivals):
        image = None
        if f.laurel:
            src = kit_file(f.laurel, base)
            try:
                if describe(src):
                    raise OSError(describe(src))
                with Image.open(src) as im:
                    name = f"images/laurel-{i + 1:02d}.png"
                    im.convert("RGBA").save(folder / name, "PNG")
                    image = WebImage(name, im.width, im.height)
            except (OSError, ValueError, Image.DecompressionBombError):
                warnings.append(f"Laurel “{printable(src.name)}” could not be used; a drawn laurel is shown.")
        out.append(image)
    return out
