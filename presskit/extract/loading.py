"""Read an article file into text, refusing what is not an article with a clear reason."""

from __future__ import annotations

from pathlib import Path

from charset_normalizer import from_bytes

MAX_BYTES = 20 * 1024 * 1024


class ArticleError(Exception):
    """An article that cannot be read; the message names the file and the reason."""


def read_article(path: str | Path) -> str:
    """The article's text, decoded from whatever common encoding it was saved in."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise ArticleError(f"Cannot open “{p.name}”: {exc.strerror or exc}.") from exc
    if p.is_dir():
        raise ArticleError(f"“{p.name}” is a folder, not an article.")
    if size == 0:
        raise ArticleError(f"“{p.name}” is empty: there is no article to read.")
    if size > MAX_BYTES:
        raise ArticleError(
            f"“{p.name}” is {size / 1048576:.0f} MB; articles over {MAX_BYTES // 1048576} MB are refused."
        )
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ArticleError(f"Cannot read “{p.name}”: {exc.strerror or exc}.") from exc
    if p.suffix.lower() == ".docx" or data[:4] == b"PK\x03\x04":
        return _read_docx(p, data)
    return decode_article(data, p.name)


def decode_article(data: bytes, name: str = "the article") -> str:
    """Decode bytes as text (BOM, UTF-8, then detection); refuse binary data."""
    if not data.strip():
        raise ArticleError(f"“{name}” is empty: there is no article to read.")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    head = data[:65536]
    if b"\x00" in head and not (head.startswith((b"\xff\xfe", b"\xfe\xff"))):
        raise ArticleError(f"“{name}” is a binary file, not a text article.")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None:
            raise ArticleError(f"“{name}” is not text in any encoding Presskit knows.") from None
        text = str(best)
    controls = sum(1 for c in text[:65536] if ord(c) < 32 and c not in "\t\n\r\f")
    if controls > max(8, len(text[:65536]) // 100):
        raise ArticleError(f"“{name}” looks like a binary file, not a text article.")
    return text


def _read_docx(p: Path, data: bytes) -> str:
    """The paragraphs of a Word document, one per line; any failure is one sentence naming the file."""
    from presskit.extract.docx import DocxError, read_docx

    try:
        return read_docx(data, MAX_BYTES)
    except DocxError as exc:
        raise ArticleError(f"“{p.name}” {exc}") from exc
