"""Reading one source of any kind — an article file (txt, html, md, docx), a PDF of press notes or a
web address — into raw text and the document it will be remembered as."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from presskit.extract.loading import ArticleError, read_article
from presskit.files import printable
from presskit.model import SourceDocument
from presskit.sources.web import fetch, is_address

__all__ = ["ArticleError", "Loaded", "first_read", "is_address", "kind_of", "load_source", "pasted"]


@dataclass
class Loaded:
    """A source's raw text for the extractor, its document (text filled in after cleaning) and the
    warnings reading it raised (pages left unread)."""

    raw: str
    document: SourceDocument
    warnings: list[str] = field(default_factory=list)


def load_source(ref: str | Path, today: dt.date | None = None) -> Loaded:
    """Read a file or fetch a web address; raises ArticleError with one sentence when it cannot."""
    added = today or dt.date.today()
    if isinstance(ref, str) and is_address(ref):
        return _web(ref, added)
    path = Path(ref)
    kind = kind_of(path)
    name = printable(path.name, 200)
    if kind == "pdf":
        from presskit.sources.pdf import read_pdf

        text, warnings = read_pdf(path)
        return Loaded(text, SourceDocument(name=name, kind="pdf", added=added), warnings)
    raw = read_article(path)
    document = SourceDocument(name=name, kind=kind, added=added)
    if kind == "html":
        from presskit.sources.meta import page_facts

        facts = page_facts(raw)
        document = document.model_copy(
            update={"title": facts.title, "byline": facts.byline, "outlet": facts.outlet, "published": facts.published}
        )
    return Loaded(raw, document)


def first_read(ref: str | Path, today: dt.date | None = None) -> Loaded | str | Path:
    """What can be read at once, so that its refusals are immediate (the window calls this on its own
    thread): an article file read whole, as it is quick; a PDF only opened and its start checked
    (empty, too large, not a PDF), its pages left to :func:`load_source`; an address left as it is."""
    if isinstance(ref, str) and is_address(ref):
        return ref
    path = Path(ref)
    if kind_of(path) != "pdf":
        return load_source(path, today)
    from presskit.sources.pdf import check_pdf

    check_pdf(path)
    return path


def pasted(text: str, today: dt.date | None = None, name: str = "pasted text") -> Loaded:
    """Pasted or dropped article text as a source."""
    return Loaded(text, SourceDocument(name=name, kind="pasted", added=today or dt.date.today()))


def kind_of(path: Path) -> str:
    """What kind of document a file is, by its name: text, html, markdown, docx or pdf."""
    suffix = path.suffix.lower()
    return {".htm": "html", ".html": "html", ".md": "markdown", ".docx": "docx", ".pdf": "pdf"}.get(suffix, "text")


def _web(url: str, added: dt.date) -> Loaded:
    from presskit.sources.meta import page_facts

    page = fetch(url)
    facts = page_facts(page.html, page.url)
    shown = printable(page.url, 300)
    if len(facts.text.split()) < 30:
        raise ArticleError(f"No article was found at {shown} (the page holds too little text).")
    head = "\n\n".join(p for p in (facts.title, facts.byline and f"By {facts.byline}") if p)
    document = SourceDocument(
        name=shown,
        kind="web",
        added=added,
        title=facts.title,
        byline=facts.byline,
        outlet=facts.outlet,
        published=facts.published,
    )
    return Loaded(f"{head}\n\n{facts.text}" if head else facts.text, document)
