"""Read a film article into the facts a press kit needs, each with where it came from."""

from __future__ import annotations

import bisect
from pathlib import Path

from presskit.extract.boilerplate import boilerplate_lines
from presskit.extract.contacts import find_contacts
from presskit.extract.credits import CreditFinder
from presskit.extract.departments import department_of
from presskit.extract.interview import marked_questions
from presskit.extract.labeled import is_heading, read_labelled
from presskit.extract.loading import ArticleError, read_article
from presskit.extract.names import NOT_NAME, Name, People, capital_runs
from presskit.extract.notes import bare_title, read_notes, with_section_contacts
from presskit.extract.quotes import QuoteFinder
from presskit.extract.release import DATE_RE, find_release
from presskit.extract.result import CastFound, CrewFound, Extraction, Found
from presskit.extract.segment import Span, all_sentences, paragraphs
from presskit.extract.synopsis import find_synopsis
from presskit.extract.text import Article, clean, front_title, italics
from presskit.extract.title import find_title, press_notes_title

__all__ = ["ArticleError", "Extraction", "extract", "extract_file"]


def extract_file(path: str | Path) -> Extraction:
    """Read and extract one article file; raises ArticleError with a clear reason."""
    return extract(read_article(path))


def extract(raw: str) -> Extraction:
    """Everything the importer can read from one article's raw text: the stages of docs/extraction.md,
    in order. Each reads the text the stages before it left (boilerplate blanked, quotations masked)."""
    article = clean(raw)  # 1-2. reading and cleaning (front matter, HTML, Markdown), line by line
    runs = capital_runs(article.text)  # a run lies within one line: blanking lines only takes runs away
    labelled = read_labelled([(ln.start, ln.text) for ln in article.lines], People(article.text, runs))  # 3.
    keep = labelled.credit_lines | {i for i, ln in enumerate(article.lines) if is_heading(ln.text)}
    junk = boilerplate_lines(article, keep)  # 4. page furniture, blanked with its offsets kept
    text = _blank(article, set(junk))
    result = Extraction(text=article.text, boilerplate=[article.lines[i].raw for i in junk])
    people = People(text, _kept(runs, article, junk))  # 5. the full names the article gives, for surnames said later
    sents = all_sentences(text)
    asked = marked_questions(article)  # a Q&A's questions as the page sets them in bold (None: no Q&A)
    # 6a. marked quotations first: credits, release and plot are read outside them (a Q&A's unmarked
    # answers are read: they credit too)
    masking = QuoteFinder(text, people, None, None)
    quoted = [q.text.span for q in masking.find(speakers=False) if q.text.span]
    plain = _mask(text, quoted)
    result.release_date, result.release_venue, rel_sent = _release(plain, sents, labelled.facts)  # 7.
    result.title = bare_title(_title(article, text, rel_sent))  # 8. ("… — Press Notes" is the document)
    title = result.title.value if result.title else None
    _credits(result, CreditFinder(plain, people, sents), labelled.roles, labelled.cast, title)  # 9.
    played = _characters(result)
    result.quotes = QuoteFinder(text, people, played, asked, masking.marked).find()  # 6b. speakers, characters known
    actors = {c.actor.value for c in result.cast} | {c.actor.value.split()[-1] for c in result.cast}
    said = [q.text.span for q in result.quotes if q.text.span] + (asked or [])  # what was said or asked: no plot
    result.synopsis = find_synopsis(text, set(played), said, title, actors)  # 10.
    result.notes = read_notes(article.text)  # 11. press notes' labelled sections
    # 12. contacts, boilerplate or not (a footer often holds them): a Contacts section's own, labelled
    result.contacts = with_section_contacts(find_contacts(article.text), result.notes.contacts)
    return result


def _release(plain: str, sents: list[Span], facts: dict[str, Found]) -> tuple[Found | None, Found | None, Span | None]:
    """The release date and venue as written, and the sentence they came from."""
    date, venue, sentence = find_release(plain, sents, None)
    if date is None:  # "Release date: 12 March 2021" in a fact list
        date = labelled_date(facts)
    return date, venue, sentence


def _title(article: Article, text: str, release_sentence: Span | None) -> Found | None:
    """Press notes' title line, else the film the article names, releases and comes back to."""
    paras = paragraphs(text)
    front = front_title(article)  # a front matter's "title:" is the headline, else the first paragraph
    headline = front or (paras[0] if paras else None)
    head_text = article.text[front[0] : front[1]] if front else None
    return press_notes_title(article) or find_title(text, headline, release_sentence, head_text, italics(article))


def _credits(
    result: Extraction, credits: CreditFinder, roles: dict[str, list[Found]], cast: list[CastFound], title: str | None
) -> None:
    """Directors, writers, cast and crew: labelled lines first, then the ways prose credits people."""
    result.directors = _merge(roles.get("director", []), credits.directors(title))
    result.writers = _merge(roles.get("writer", []), credits.writers())
    listed: set[str] = set()  # each actor once, as first found
    result.cast = []
    for c in cast + credits.cast(title):
        if c.actor.value not in listed:
            listed.add(c.actor.value)
            result.cast.append(c)
    named = {f.value for f in result.directors + result.writers} | {c.actor.value for c in result.cast}
    labelled_crew = [
        CrewFound(f, role) for role, names in roles.items() if role not in ("director", "writer") for f in names
    ]
    result.crew = _merge_crew(labelled_crew, credits.crew(named))
    for member in result.crew:
        member.department = department_of(member.role)


def _characters(result: Extraction) -> dict[str, str]:
    """Each character (and a character's first name) -> the actor who plays them, for speakers."""
    played = {c.character.value: c.actor.value for c in result.cast if c.character}
    played.update(
        {
            name.split()[0]: actor
            for name, actor in list(played.items())
            if " " in name and name.split()[0] not in NOT_NAME and len(name.split()[0]) > 2
        }
    )
    return played


def labelled_date(facts: dict[str, Found]) -> Found | None:
    """The date in a "Release date:" or "Release:" line."""
    for key in ("release date", "release"):
        f = facts.get(key)
        m = DATE_RE.search(f.value) if f and f.span else None
        if f and f.span and m:
            return Found(m.group(0), (f.span[0] + m.start(), f.span[0] + m.end()))
    return None


def _merge(first: list[Found], second: list[Found]) -> list[Found]:
    """Both lists, each name once, in order of first appearance."""
    seen: set[str] = set()
    return [f for f in first + second if not (f.value in seen or seen.add(f.value))]  # type: ignore[func-returns-value]


def _merge_crew(first: list[CrewFound], second: list[CrewFound]) -> list[CrewFound]:
    seen: set[str] = set()
    return [c for c in first + second if not (c.name.value in seen or seen.add(c.name.value))]  # type: ignore[func-returns-value]


def _blank(article: Article, junk: set[int]) -> str:
    """The cleaned text with boilerplate lines blanked out (offsets kept)."""
    if not junk:
        return article.text
    return _spaced(
        article.text, [(article.lines[i].start, article.lines[i].start + len(article.lines[i].text)) for i in junk]
    )


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with quoted stretches replaced by spaces (offsets kept)."""
    if not spans:
        return text
    return _spaced(text, spans)


def _spaced(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with every character of the spans but a line break made a space."""
    pieces: list[str] = []
    pos = 0
    for s, e in sorted(spans):
        s = max(s, pos)  # spans may overlap: each character is blanked once
        if e <= s:
            continue
        pieces.append(text[pos:s])
        pieces.append("\n".join(" " * len(part) for part in text[s:e].split("\n")))  # all but line breaks
        pos = e
    pieces.append(text[pos:])
    return "".join(pieces)


def _kept(runs: list[Name], article: Article, junk: list[int]) -> list[Name]:
    """The runs outside the boilerplate lines: those capital_runs finds in the blanked text."""
    spans = sorted((article.lines[i].start, article.lines[i].start + len(article.lines[i].text)) for i in junk)
    starts = [s for s, _ in spans]
    out = []
    for r in runs:
        k = bisect.bisect_right(starts, r.start) - 1
        if k < 0 or r.start >= spans[k][1]:
            out.append(r)
    return out
