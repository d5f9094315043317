"""Opening the files a kit names, as if every one were hostile.

A kit names files (stills, a logo, laurels, fonts). Those names come from three places: the
publicist's own choice in this session (a file dialog, a drop), a document's own members, and a
template's own files. Only regular files are ever opened: the type is checked before opening, the
file is opened non-blocking (a FIFO or a device can never hang an export), and reading stops at a
size cap. Names that come from a document or a template are checked by :func:`member_reference`.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from presskit.errors import PresskitError
from presskit.text_safety import clean

MAX_IMAGE_BYTES = 250 * 1024 * 1024
MAX_FONT_BYTES = 40 * 1024 * 1024
CHUNK = 1024 * 1024
FONT_MAGIC = (b"\x00\x01\x00\x00", b"true", b"OTTO", b"ttcf")  # what a TrueType or OpenType file starts with
PLAIN_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._\- ]{0,150}")


class FileRefused(PresskitError):
    """A file that is not opened: missing, not a regular file, too large, or outside its container."""


def describe(path: Path) -> str | None:
    """Why a path cannot be opened as a regular file (None when it can), without opening it."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return "is missing"
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    except ValueError:  # a NUL in the name: no file can have it
        return "is missing"
    if stat.S_ISDIR(st.st_mode):
        return "is a folder, not a file"
    if not stat.S_ISREG(st.st_mode):
        return "is a device, a pipe or a socket, not a file"
    return None


def open_regular(path: Path, limit: int) -> BinaryIO:
    """Open a regular file for reading, never blocking; refuse anything else with a sentence."""
    problem = describe(path)
    if problem:
        raise FileRefused(f"“{path.name}” {problem}.")
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise FileRefused(f"“{path.name}” cannot be read ({exc.strerror or exc}).") from exc
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode) or st.st_size > limit:  # swapped since the check, or too large
        os.close(fd)
        why = "is not a regular file" if not stat.S_ISREG(st.st_mode) else f"is larger than {limit // 1048576} MB"
        raise FileRefused(f"“{path.name}” {why}.")
    os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


def chunks(path: Path, limit: int) -> Iterator[bytes]:
    """A regular file's bytes in chunks, refusing it once it passes the cap (whatever its stat says:
    files under /proc report a size of 0)."""
    total = 0
    with open_regular(path, limit) as fh:
        while block := fh.read(CHUNK):
            total += len(block)
            if total > limit:
                raise FileRefused(f"“{path.name}” is larger than {limit // 1048576} MB.")
            yield block


def read_regular(path: Path, limit: int) -> bytes:
    """A regular file's bytes (see :func:`chunks`)."""
    return b"".join(chunks(path, limit))


def copy_regular(path: Path, target: Path, limit: int) -> None:
    """Copy a regular file, streaming, under the cap."""
    with open(target, "wb") as out:
        for block in chunks(path, limit):
            out.write(block)


def read_font(path: Path) -> bytes:
    """A user's font file: a regular file under the cap that starts as a TrueType or OpenType font does
    (anything else named .ttf is refused, never embedded or copied next to a web page)."""
    data = read_regular(path, MAX_FONT_BYTES)
    if data[:4] not in FONT_MAGIC:
        raise FileRefused(f"“{printable(path.name)}” is not a TrueType or OpenType font.")
    return data


IMAGE_KINDS = {"JPEG": "jpg", "PNG": "png", "TIFF": "tif", "WEBP": "webp"}


def image_kind(path: Path) -> str:
    """What kind of image a file is (jpg, png, tif, webp), read from its header: a regular file under
    the cap that really is one of those, else refused with a sentence (a .jpg that is a text file too)."""
    from PIL import Image, UnidentifiedImageError

    with open_regular(path, MAX_IMAGE_BYTES) as fh:
        try:
            with Image.open(fh) as im:
                kind = IMAGE_KINDS.get(im.format or "", "")
        except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
            kind = ""
    if not kind:
        raise FileRefused(f"“{printable(path.name)}” is not a JPEG, PNG, TIFF or WebP image.")
    return kind


def font_stem(path: Path) -> str:
    """The name a user's font is registered and copied under: its stem, in plain letters."""
    return re.sub(r"[^A-Za-z0-9_-]", "_", path.stem)[:60] or "font"


def strict_json(raw: bytes) -> Any:
    """JSON read from someone else's file; every way it can be wrong is a ValueError: not UTF-8, not
    JSON, nested too deep, a number of too many digits, a lone surrogate ("\\ud800") that is not text."""
    try:
        data = json.loads(raw.decode("utf-8"))
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except (UnicodeError, RecursionError) as exc:
        raise ValueError(str(exc)) from exc
    return data


def member_reference(value: str, members: set[str], what: str, container: str) -> str:
    """A file name read from a document or a template: it must be one of the container's own
    members, by exactly that name. Absolute paths, ``~``, ``..`` and anything else are refused."""
    if value in members and PLAIN_NAME.fullmatch(Path(value).name) and ".." not in Path(value).parts:
        return value
    if PLAIN_NAME.fullmatch(value) or re.fullmatch(r"media/" + PLAIN_NAME.pattern, value):
        raise FileRefused(f"{what[0].upper()}{what[1:]} (“{printable(value)}”) is missing from “{container}”.")
    raise FileRefused(
        f"“{container}” names {what} outside itself (“{printable(value)}”); "
        "Presskit uses only the files a document or template carries."
    )


def inside(folder: Path, name: str, what: str) -> Path:
    """A plain file name in a folder (a template's own file, an old document's neighbour): the file
    must sit in that folder itself, be regular, and not be a link."""
    if not PLAIN_NAME.fullmatch(name):
        raise FileRefused(f"{what} (“{printable(name)}”) is not a plain file name in “{folder.name}”.")
    path = folder / name
    try:
        st = os.lstat(path)
    except OSError as exc:
        raise FileRefused(f"{what} (“{printable(name)}”) is missing from “{folder.name}”.") from exc
    if stat.S_ISLNK(st.st_mode):
        raise FileRefused(f"{what} (“{printable(name)}”) in “{folder.name}” is a link to another file; refused.")
    if not stat.S_ISREG(st.st_mode):
        raise FileRefused(f"{what} (“{printable(name)}”) in “{folder.name}” is not a regular file; refused.")
    return path


def printable(text: str, limit: int = 80) -> str:
    """Text safe to show in a message or a terminal: control and bidi characters removed, shortened."""
    text = clean(re.sub(r"[\t\n\r]+", " ", text))  # the characters text_safety knows to be hidden
    return text if len(text) <= limit else text[: limit - 1] + "…"
