"""Press notes as a PDF: its text read with pypdf, in reading order, without running headers,
footers and page numbers; every way a stranger's PDF can go wrong is one sentence.

pypdf rather than pdfminer.six or pdfplumber: it is pure Python with no dependencies of its own,
already in the lock (the tests used it), maintained, several times faster than pdfminer's layout
analysis on plain press notes, and it hands each run of text over with its position, which is
all the column and header handling below needs. pdfplumber is pdfminer.six underneath, and more.
"""

from __future__ import annotations

import logging
import re
import time
from collections import Counter
from io import BytesIO
from pathlib import Path

from presskit.extract.loading import ArticleError
from presskit.files import FileRefused, open_regular, read_regular
from presskit.sources.pdf_layout import (
    Fragment,
    document_gutter,
    join,
    paragraphs,
    reading_order,
    runs_on,
    starts_at,
)

MAX_PDF_BYTES = 100 * 1024 * 1024
MAX_PAGES = 200
TIME_BUDGET_S = 30.0
PAGE_NUMBER = re.compile(r"^(?:page\s*)?[-–—]?\s*\d{1,4}\s*(?:(?:/|of)\s*\d{1,4})?\s*[-–—]?$", re.I)


def read_pdf(path: Path, max_pages: int = MAX_PAGES, budget_s: float = TIME_BUDGET_S) -> tuple[str, list[str]]:
    """A PDF's text and the warnings a publicist should see (pages left unread)."""
    name = path.name
    try:
        data = read_regular(path, MAX_PDF_BYTES)
    except FileRefused as exc:
        raise ArticleError(str(exc)) from exc
    return pdf_text(data, name, max_pages, budget_s)


def check_pdf(path: Path) -> None:
    """Refuse at once, without reading its pages, a file that cannot be a PDF to read: missing, not a
    regular file, too large, empty or not starting as a PDF does."""
    try:
        with open_regular(path, MAX_PDF_BYTES) as fh:
            head = fh.read(4096)
    except FileRefused as exc:
        raise ArticleError(str(exc)) from exc
    except OSError as exc:
        raise ArticleError(f"Cannot read “{path.name}”: {exc.strerror or exc}.") from exc
    _check_start(head, path.name)


def _check_start(data: bytes, name: str) -> None:
    if not data.strip():
        raise ArticleError(f"“{name}” is empty: there is no article to read.")
    if not data.lstrip()[:5] == b"%PDF-":
        raise ArticleError(f"“{name}” is not a PDF (it does not start as one).")


def pdf_text(
    data: bytes, name: str, max_pages: int = MAX_PAGES, budget_s: float = TIME_BUDGET_S
) -> tuple[str, list[str]]:
    """The text of a PDF held in memory (see :func:`read_pdf`)."""
    _check_start(data, name)
    import pypdf

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # a damaged PDF is one sentence, not a log
    try:
        reader = pypdf.PdfReader(BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ArticleError(f"“{name}” is protected by a password; save a copy without one and add that.")
        count = len(reader.pages)
    except ArticleError:
        raise
    except pypdf.errors.DependencyError as exc:
        raise ArticleError(f"“{name}” is encrypted in a way Presskit cannot open; save an unprotected copy.") from exc
    except Exception as exc:  # a hostile file can break a parser anywhere: one sentence for all
        raise ArticleError(f"“{name}” is damaged and cannot be read as a PDF.") from exc
    if count == 0:
        raise ArticleError(f"“{name}” has no pages.")
    warnings: list[str] = []
    if count > max_pages:
        warnings.append(f"“{name}” has {count} pages; only the first {max_pages} were read.")
    placed: list[tuple[list[Fragment], float]] = []
    started = time.monotonic()
    for number in range(min(count, max_pages)):
        if number and time.monotonic() - started > budget_s:
            pages_read = "its first page was" if number == 1 else f"its first {number} pages were"
            warnings.append(f"“{name}” took too long to read; only {pages_read} read.")
            break
        try:
            placed.append(_fragments(reader.pages[number]))
        except Exception:  # one broken page is skipped, said, and the rest read
            warnings.append(f"Page {number + 1} of “{name}” is damaged and was skipped.")
    split = document_gutter(placed)
    pages = [
        paragraphs(reading_order(f, split if split is not None and starts_at(f, split) else None)) for f, _ in placed
    ]
    paras: list[str] = []
    for page in strip_running(pages):
        if paras and page and runs_on(paras[-1], page[0]):  # a paragraph going on over the page
            paras[-1] = join(paras[-1], page[0])
            page = page[1:]
        paras += page
    text = "\n\n".join(paras)
    if len(text.strip()) < 20:
        raise ArticleError(f"“{name}”: this PDF has no text layer — it looks scanned; OCR is not supported.")
    return text, warnings


def _fragments(page: object) -> tuple[list[Fragment], float]:
    """The runs of text on a page with where each is drawn, and the page's width."""
    fragments: list[Fragment] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = abs(tm[3] * cm[3]) or 1.0
            fragments.append(Fragment(x, y, abs(size * scale) or 10.0, text))

    page.extract_text(visitor_text=visit, orientations=(0,))  # type: ignore[attr-defined]
    return fragments, float(page.mediabox.width)  # type: ignore[attr-defined]


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.lower().split()))


def strip_running(pages: list[list[str]]) -> list[list[str]]:
    """Pages without their running headers and footers (a first or last line repeated, numbers aside,
    on most pages) and without lone page numbers."""
    edges: Counter[str] = Counter()
    for paras in pages:
        lines = [ln for p in paras for ln in p.split("\n")]
        edges.update({_shape(ln) for ln in lines[:2] + lines[-2:]})
    running = {s for s, n in edges.items() if n >= max(2, len(pages) * 0.5)} if len(pages) >= 2 else set()
    out = []
    for paras in pages:
        kept = []
        for para in paras:
            lines = [ln for ln in para.split("\n") if _shape(ln) not in running and not PAGE_NUMBER.match(ln.strip())]
            if lines:
                kept.append("\n".join(lines))
        out.append(kept)
    return out
