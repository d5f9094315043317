"""Read an article file into text, refusing what is not an article with a clear reason."""

from __future__ import annotations

import stat
from pathlib import Path

from charset_normalizer import from_bytes

from presskit.errors import PresskitError

MAX_BYTES = 20 * 1024 * 1024


class ArticleError(PresskitError):
    """An article that cannot be read; the message names the file and the reason."""


def read_article(path: str | Path) -> str:
    """The article's text, decoded from whatever common encoding it was saved in."""
    p = Path(path)
    try:
        st = p.stat()
    except OSError as exc:
        raise ArticleError(f"Cannot open “{p.name}”: {exc.strerror or exc}.") from exc
    if stat.S_ISDIR(st.st_mode):
        raise ArticleError(f"“{p.name}” is a folder, not an article.")
    if not stat.S_ISREG(st.st_mode):  # a pipe or a device is never read: it could wait forever
        raise ArticleError(f"“{p.name}” is a device, a pipe or a socket, not an article file.")
    size = st.st_size
    if size == 0:
        raise ArticleError(f"“{p.name}” is empty: there is no article to read.")
    if size > MAX_BYTES:
        raise ArticleError(
            f"“{p.name}” is {size / 1048576:.0f} MB; articles over {MAX_BYTES // 1048576} MB are refused."
        )
    try:
        with p.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)  # never more than the cap, whatever the size said
    except OSError as exc:
        raise ArticleError(f"Cannot read “{p.name}”: {exc.strerror or exc}.") from exc
    if p.suffix.lower() == ".docx" or data[:4] == b"PK\x03\x04":
        return _read_docx(p, data)
    return decode_article(data, p.name)


def decode_article(data: bytes, name: str = "the article") -> str:
    """Decode bytes as text (BOM, UTF-16 without one, UTF-8, then detection); refuse binary data."""
    if not data.strip():
        raise ArticleError(f"“{name}” is empty: there is no article to read.")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    text = _utf16(data)
    if text is None:
        if b"\x00" in data[:65536] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise ArticleError(f"“{name}” is a binary file, not a text article.")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            best = from_bytes(data).best()
            if best is None:
                raise ArticleError(f"“{name}” is not text in any encoding Presskit knows.") from None
            text = str(best)
    if _controls(text) > max(8, len(text[:65536]) // 100):
        raise ArticleError(f"“{name}” looks like a binary file, not a text article.")
    return text


def _utf16(data: bytes) -> str | None:
    """Text saved as UTF-16: with its byte-order mark, or without one when every other byte of the
    start is often NUL (its Latin letters and spaces) and the rest almost never is; None otherwise."""
    head = data[:65536]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]
    elif b"\x00" in head:
        even, odd = head[0::2], head[1::2]
        candidates = [
            encoding
            for encoding, nul_half, text_half in (("utf-16-le", odd, even), ("utf-16-be", even, odd))
            if nul_half.count(0) >= 0.1 * len(nul_half) and text_half.count(0) <= 0.02 * len(text_half)
        ]
    else:
        return None
    for encoding in candidates:
        try:
            text = data[: len(data) - len(data) % 2].decode(encoding)
        except UnicodeDecodeError:
            continue
        sample = text[:32768]
        if sample.strip() and sum(1 for c in sample if not (c.isprintable() or c in "\t\n\r\f")) <= len(sample) // 100:
            return text  # plausible text: hardly anything unprintable
    return None


def _controls(text: str) -> int:
    """Control characters (other than white space) at the start of the text."""
    return sum(1 for c in text[:65536] if ord(c) < 32 and c not in "\t\n\r\f")


def _read_docx(p: Path, data: bytes) -> str:
    """The paragraphs of a Word document, one per line; any failure is one sentence naming the file."""
    from presskit.extract.docx import DocxError, read_docx

    try:
        return read_docx(data, MAX_BYTES)
    except DocxError as exc:
        raise ArticleError(f"“{p.name}” {exc}") from exc
