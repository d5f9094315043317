"""Read a film article into the facts a press kit needs, each with where it came from."""

from __future__ import annotations

from pathlib import Path

from presskit.extract.boilerplate import boilerplate_lines
from presskit.extract.credits import CreditFinder
from presskit.extract.loading import ArticleError, read_article
from presskit.extract.names import People
from presskit.extract.quotes import QuoteFinder
from presskit.extract.release import find_release
from presskit.extract.result import Extraction
from presskit.extract.segment import all_sentences, paragraphs
from presskit.extract.synopsis import find_synopsis
from presskit.extract.text import Article, clean
from presskit.extract.title import find_title

__all__ = ["ArticleError", "Extraction", "extract", "extract_file"]


def extract_file(path: str | Path) -> Extraction:
    """Read and extract one article file; raises ArticleError with a clear reason."""
    return extract(read_article(path))


def extract(raw: str) -> Extraction:
    """Everything the importer can read from one article's raw text."""
    article = clean(raw)
    junk = boilerplate_lines(article)
    text = _blank(article, set(junk))
    result = Extraction(text=article.text, boilerplate=[article.lines[i].raw for i in junk])
    people = People(text)
    sents = all_sentences(text)
    paras = paragraphs(text)
    headline = paras[0] if paras else None
    quoted = [q.text.span for q in QuoteFinder(text, people).find() if q.text.span]
    plain = _mask(text, quoted)  # credits and plot are read outside quotation marks
    date, venue, rel_sent = find_release(plain, sents, None)
    result.title = find_title(text, headline, rel_sent)
    title = result.title.value if result.title else None
    result.release_date, result.release_venue = date, venue
    credits = CreditFinder(plain, people, sents)
    result.directors = credits.directors()
    result.writers = credits.writers()
    result.cast = [c for c in credits.cast(title) if c.actor.value not in {d.value for d in result.directors}]
    named = {f.value for f in result.directors + result.writers} | {c.actor.value for c in result.cast}
    result.crew = credits.crew(named)
    played = {c.character.value: c.actor.value for c in result.cast if c.character}
    played.update({name.split()[0]: actor for name, actor in list(played.items()) if " " in name})
    result.quotes = QuoteFinder(text, people, played).find()  # speakers, now that characters are known
    actors = {c.actor.value for c in result.cast} | {c.actor.value.split()[-1] for c in result.cast}
    result.synopsis = find_synopsis(text, set(played), quoted, title, actors)
    return result


def _blank(article: Article, junk: set[int]) -> str:
    """The cleaned text with boilerplate lines blanked out (offsets kept)."""
    if not junk:
        return article.text
    chars = list(article.text)
    for i in junk:
        ln = article.lines[i]
        for k in range(ln.start, ln.start + len(ln.text)):
            if chars[k] != "\n":
                chars[k] = " "
    return "".join(chars)


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with quoted stretches replaced by spaces (offsets kept)."""
    if not spans:
        return text
    chars = list(text)
    for s, e in spans:
        for k in range(s, e):
            if chars[k] != "\n":
                chars[k] = " "
    return "".join(chars)
