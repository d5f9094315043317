"""The paragraphs of a Word document, read safely: defusedxml (no entities, nothing fetched from
outside), streamed and let go of as read, within caps on the XML, the paragraphs and the text."""

from __future__ import annotations

import io
import lzma
import re
import zipfile
import zlib
from collections.abc import Iterator
from typing import IO
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException, DTDForbidden, EntitiesForbidden
from defusedxml.ElementTree import iterparse

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
P, T = f"{W}p", f"{W}t"
MEMBER = "word/document.xml"
MAX_XML = 64 * 1024 * 1024  # the document's XML unpacked: a 20 MB article is a third of this
MAX_PARAGRAPHS = 50_000  # a 500-page book has half as many
ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    KeyError,
    RuntimeError,
    NotImplementedError,
    zlib.error,
    lzma.LZMAError,
    EOFError,
    OSError,
)


class DocxError(Exception):
    """Why a Word document cannot be read: the rest of a sentence that starts with the file's name."""


def read_docx(data: bytes, max_text: int) -> str:
    """The document's non-blank paragraphs, a blank line between them."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            info = zf.getinfo(MEMBER)
            if info.file_size > MAX_XML:
                raise DocxError("unpacks to an implausibly large document; refused.")
            with zf.open(info) as member:
                paras = list(_paragraphs(_Capped(member), max_text))
    except ZIP_ERRORS as exc:
        raise DocxError("is not a Word document Presskit can read.") from exc
    except (EntitiesForbidden, DTDForbidden) as exc:
        raise DocxError("is not a Word document Presskit can read (it declares XML entities).") from exc
    except DefusedXmlException as exc:
        raise DocxError("is not a Word document Presskit can read (it refers to files outside it).") from exc
    except (ParseError, LookupError, UnicodeError) as exc:
        raise DocxError("is not a Word document Presskit can read (its text is damaged).") from exc
    text = "\n\n".join(x for x in paras if x.strip())
    if not text.strip():
        raise DocxError("holds no text.")
    return re.sub(r"\n{3,}", "\n\n", text)


def _paragraphs(source: io.RawIOBase, max_text: int) -> Iterator[str]:
    """The text of every paragraph in document order (one in a text box is also part of the one that
    holds it). Each element is dropped from the tree once read, so memory stays flat."""
    stack: list[Element] = []
    open_paras: list[list[str]] = []  # the text so far of each paragraph not yet closed
    starts: list[int] = []  # and where it stands in document order
    inside: list[tuple[int, str]] = []  # paragraphs closed within the outermost one still open
    count = size = 0
    for event, elem in iterparse(
        source, events=("start", "end"), forbid_dtd=False, forbid_entities=True, forbid_external=True
    ):
        if event == "start":
            stack.append(elem)
            if elem.tag == P:
                count += 1
                if count > MAX_PARAGRAPHS:
                    raise DocxError(f"has more than {MAX_PARAGRAPHS:,} paragraphs; documents that long are refused.")
                open_paras.append([])
                starts.append(count)
            continue
        stack.pop()
        if elem.tag == T and elem.text and open_paras:
            size += len(elem.text) * len(open_paras)
            if size > max_text:
                raise DocxError(
                    f"holds more than {max_text // 1048576} MB of text; articles over "
                    f"{max_text // 1048576} MB are refused."
                )
            for pieces in open_paras:
                pieces.append(elem.text)
        elif elem.tag == P:
            inside.append((starts.pop(), "".join(open_paras.pop())))
            if not open_paras:
                yield from (text for _, text in sorted(inside))
                inside.clear()
        if stack and len(stack[-1]) and stack[-1][-1] is elem:
            del stack[-1][-1]  # read: let it go (it is its parent's last child)


class _Capped(io.RawIOBase):
    """A zip member that refuses to be read past MAX_XML bytes, whatever its header claimed."""

    def __init__(self, member: IO[bytes]) -> None:
        self.member = member
        self.read_so_far = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        chunk = self.member.read(len(buffer))
        self.read_so_far += len(chunk)
        if self.read_so_far > MAX_XML:
            raise DocxError("unpacks to an implausibly large document; refused.")
        buffer[: len(chunk)] = chunk
        return len(chunk)
