"""Reading a zip that came from someone else (a document, a template) under fixed budgets.

Everything is decided from the zip's directory before a byte is unpacked: member names, how many
there are, their total size, and whether any member is far larger than its compressed form (a zip
bomb). Members are then streamed to disk, never held whole in memory, and checked as they arrive.
The budgets can be raised for an unusual archive with ``PRESSKIT_MAX_UNPACKED_MB`` and
``PRESSKIT_MAX_MEMBERS``.
"""

from __future__ import annotations

import hashlib
import lzma
import os
import re
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from presskit.errors import PresskitError
from presskit.files import open_regular, printable

BOMB_RATIO = 200  # uncompressed / compressed: beyond this a member over 1 MB is a zip bomb
BOMB_FLOOR = 1024 * 1024
WHOLE_RATIO, WHOLE_FLOOR = 20, 64 * 1024 * 1024  # a whole archive: images hardly compress, text 5-10x
JSON_RATIO, JSON_FLOOR = 40, 4 * 1024 * 1024  # JSON over 4 MB that compresses more than 40x is padding


@dataclass(frozen=True)
class Budget:
    """The most an archive may unpack to, and hold."""

    total_bytes: int
    members: int
    member_bytes: int

    @classmethod
    def from_env(cls, total_mb: int, members: int, member_mb: int) -> Budget:
        """The defaults, unless the environment raises or lowers them."""
        total = _env_int("PRESSKIT_MAX_UNPACKED_MB", total_mb)
        return cls(total * 1024 * 1024, _env_int("PRESSKIT_MAX_MEMBERS", members), min(member_mb, total) * 1024 * 1024)


def _env_int(name: str, default: int) -> int:
    try:
        return max(1, int(os.environ.get(name, "")))
    except ValueError:
        return default


def directory(zf: zipfile.ZipFile, name: str, allowed: re.Pattern[str], budget: Budget) -> dict[str, zipfile.ZipInfo]:
    """The archive's members by name, after every check that needs no unpacking."""
    infos = zf.infolist()
    if len(infos) > budget.members:
        raise PresskitError(
            f"“{name}” holds {len(infos)} files; more than {budget.members} is not a press kit or template. Refused."
        )
    found: dict[str, zipfile.ZipInfo] = {}
    total = packed = 0
    for info in infos:
        member = info.filename
        if not allowed.fullmatch(member) or ".." in member.split("/"):
            raise PresskitError(f"“{name}” contains a file with an unsafe name (“{printable(member)}”); refused.")
        if member in found:
            raise PresskitError(f"“{name}” holds two files called “{printable(member)}”; refused as ambiguous.")
        ratio = info.file_size / max(1, info.compress_size)
        if info.file_size > budget.member_bytes or (info.file_size > BOMB_FLOOR and ratio > BOMB_RATIO):
            raise PresskitError(f"“{name}” contains an implausibly large member ({printable(member)}); refused.")
        if member.endswith(".json") and info.file_size > JSON_FLOOR and ratio > JSON_RATIO:
            raise PresskitError(f"“{name}” contains an implausibly large member ({printable(member)}); refused.")
        total += info.file_size
        packed += info.compress_size
        if total > budget.total_bytes:
            raise PresskitError(f"“{name}” would unpack to more than {budget.total_bytes // 1048576} MB; refused.")
        found[member] = info
    if total > WHOLE_FLOOR and total / max(1, packed) > WHOLE_RATIO:  # many small members, each under the floor
        raise PresskitError(
            f"“{name}” would unpack to {total // 1048576} MB from {packed // 1024} kB: a zip bomb; refused."
        )
    return found


def read_small(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, name: str) -> bytes:
    """A small member (JSON) in memory, reading at most limit bytes whatever the directory says."""
    with zf.open(info) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise PresskitError(f"“{name}”: {printable(info.filename)} is too large; refused.")
    return data


def unpack(zf: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, name: str) -> str:
    """Stream one member to target (never more than its declared size); returns its SHA-256."""
    digest = hashlib.sha256()
    written = 0
    with zf.open(info) as src, open(target, "wb") as out:
        while block := src.read(1024 * 1024):
            written += len(block)
            if written > info.file_size:
                raise PresskitError(f"“{name}” is damaged: {printable(info.filename)} is longer than it says.")
            digest.update(block)
            out.write(block)
    return digest.hexdigest()


# every way a member can fail to unpack: damaged data in any of zip's methods, encryption (RuntimeError)
UNPACK_ERRORS = (zipfile.BadZipFile, EOFError, zlib.error, lzma.LZMAError, NotImplementedError, RuntimeError)


def _declared_entries(fh: BinaryIO) -> int:
    """How many entries the zip's end record declares, read before zipfile builds one object per entry."""
    size = fh.seek(0, 2)
    fh.seek(max(0, size - 65_557))
    tail = fh.read()
    fh.seek(0)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + 22 > len(tail):
        return 0
    count = int.from_bytes(tail[at + 10 : at + 12], "little")
    locator = tail.rfind(b"PK\x06\x07", 0, at)
    if count == 0xFFFF and locator >= 0:  # ZIP64: the real count is in the ZIP64 end record
        offset = int.from_bytes(tail[locator + 8 : locator + 16], "little")
        fh.seek(offset)
        record = fh.read(56)
        fh.seek(0)
        if record[:4] == b"PK\x06\x06":
            count = int.from_bytes(record[32:40], "little")
    return count


@contextmanager
def open_zip(path: Path, limit: int, members: int | None = None) -> Iterator[zipfile.ZipFile]:
    """Open a zip that is a regular file under limit bytes, turning every way it can be damaged
    into one sentence."""
    with open_regular(path, limit) as fh:
        if members is not None and _declared_entries(fh) > members:
            raise PresskitError(f"“{printable(path.name)}” holds more than {members} files; refused.")
        try:
            zf = zipfile.ZipFile(fh)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError) as exc:
            raise PresskitError(f"“{printable(path.name)}” is damaged (the archive is truncated or corrupt).") from exc
        with zf:
            try:
                yield zf
            except UNPACK_ERRORS as exc:
                raise PresskitError(
                    f"“{printable(path.name)}” is damaged (a file inside it cannot be unpacked)."
                ) from exc
            except OSError as exc:
                if exc.errno is not None:  # a real I/O failure (a full disk): said as such by the caller
                    raise
                raise PresskitError(
                    f"“{printable(path.name)}” is damaged (a file inside it cannot be unpacked)."
                ) from exc  # bz2's "Invalid data stream"
