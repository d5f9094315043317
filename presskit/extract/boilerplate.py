"""Tell page furniture (captions, repeated headlines, sign-up lines, junk) from article text."""

from __future__ import annotations

import re

from presskit.extract.names import capital_runs, person_like
from presskit.extract.text import Article

CALL_TO_ACTION = re.compile(
    r"\b(sign ?up|subscribe|newsletter|sponsor(ed)? content|advertisement|advertising|follow us|"
    r"share (this|on)|click here|read more|log ?in|cookie|privacy policy|terms of (use|service)|"
    r"all[- ]access|no thanks|remind me|all rights? reserved|copyright|©|\(c\) ?\d{4}|comments?\b|"
    r"related (stories|articles)|recommended|trending|most popular|image (credit|source)|"
    r"photo(graph)? (by|credit|courtesy)|getty images|courtesy of)\b",
    re.I,
)
TEASER = re.compile(r"(?:Related|Read more|Read next|See also|Also read|More|Watch|Listen|Recommended)\s*:")
TERMINAL = tuple('.!?…:;"”’)')
SEARCH_BUDGET = 300_000_000  # characters searched for lines no set look-up settles: a few tenths of a second
COMPANY_LINE = re.compile(r"\b(Inc|Ltd|LLC|Corp|GmbH)\b\.?|\b\d{4}\s*[-–]\s*\d{2,4}\b")


def boilerplate_lines(article: Article, keep: set[int] | None = None) -> list[int]:
    """Indices of the lines that are not article text (lines in keep are: credits, headings)."""
    keep = keep or set()
    front = [i for i, ln in enumerate(article.lines) if ln.front_matter]
    if front:  # the page's own fields (author, date, title) are not article text
        rest = boilerplate_lines(_without(article, set(front)), keep)
        return sorted(set(front) | set(rest))
    if article.is_page:
        found = _page_boilerplate(article)
        if found is not None:
            return found
    lines = article.lines
    nonblank = [i for i, ln in enumerate(lines) if ln.text.strip() or ln.markup_only]
    if not nonblank:
        return []
    first = next((i for i in nonblank if not lines[i].markup_only), nonblank[0])  # an image is no headline
    headline = lines[first].text.strip()
    out: list[int] = []
    closing = _closing_blocks(article, [i for i in nonblank if i not in keep], first)
    for k, i in enumerate(nonblank):
        if i == first:
            continue
        if i in closing:
            out.append(i)
            continue
        ln = lines[i]
        if i in keep:
            continue
        if ln.markup_only:
            out.append(i)
            continue
        text = ln.text.strip()
        prev = lines[nonblank[k - 1]].text.strip() if k > 0 else ""
        after = [lines[j].text.strip() for j in nonblank[k + 1 : k + 3]]
        if REVIEW_BOX.match(text) or (after and STARS.match(after[0])):
            continue  # a review's box: the title above its stars, the stars, certificate, where it shows
        if _listed(ln.raw, text) or (
            after and _listed(lines[nonblank[k + 1]].raw, after[0]) and len(text.split()) <= 4
        ):
            continue  # a list's item or a "Label: value" fact, or the heading right above them
        if _is_junk(text, headline, prev, after, after_headline_copy=prev == headline and k > 1):
            out.append(i)
    return out


STARS = re.compile(r"^\s*[★☆✩✪⭐]{1,5}\s*$")
REVIEW_BOX = re.compile(
    r"^(?:[★☆✩✪⭐]{1,5}|\d(?:\.\d)?\s*/\s*(?:5|10)|(?i:cert(?:ificate)?\.?|rated|rating:?)\s+\S{1,6}|"
    r"(?:In|On|At)\s+.{2,50}?\s+(?i:now|from\s+\S.{0,20}))$"
)
LIST_ITEM = re.compile(r"^\s{0,3}(?:[*+-]|\d{1,2}[.)])\s+\w")
FACT = re.compile(r"^[\w.’'/ -]{1,29}[\w.)]:\s+\S")
LINKED = re.compile(r"@|https?://|www\.|\]\(")


def _listed(raw: str, text: str) -> bool:
    """Is the line an item of a list ("* Deleted Scenes", "1. …") or a fact ("Runtime: 98 minutes")?
    Not when it is a link or a handle ("Instagram: @film", "Trailer: https://…")."""
    if not text or not (LIST_ITEM.match(raw) or FACT.match(text)):  # the cheap, anchored tests first
        return False
    return not (LINKED.search(raw) or CALL_TO_ACTION.search(text) or TEASER.match(text))


# a press release's closing blocks: "About Some Company" (its heading often glued to its first sentence)
# and "Contact Details" / "Media Contact" with the names, addresses and numbers under it
ABOUT_LINE = re.compile(r"^(?:About|ABOUT)\s+(?!the\s+(?:film|movie|story|production)\b)[A-Z0-9]")
CONTACT_LINE = re.compile(r"^(?:(?:Media|Press|PR)\s+)?(?i:contacts?)(?:\s+(?i:details|information|info))?\b")
CONTACT_ITEM = re.compile(r"@|https?://|www\.|\+?\d[\d ()./-]{6,}\d|^[^.!?]{1,60}$")
WIRE_TAG = re.compile(r"^-{2,}\s*[\w .]{1,40}?\s*-{2,}$")  # "--News Wire--"


def _closing_blocks(article: Article, nonblank: list[int], first: int) -> set[int]:
    """Lines of a press release's "About Company" and contact blocks, and wire-service tags."""
    out: set[int] = set()
    in_about = in_contact = False
    for i in nonblank:
        text = article.lines[i].text.strip()
        if i == first:
            continue
        if WIRE_TAG.match(text):
            out.add(i)
        elif CONTACT_LINE.match(text) and len(text.split()) <= 8:
            in_contact, in_about = True, False
            out.add(i)
        elif in_contact and CONTACT_ITEM.search(text) and len(text.split()) <= 8:
            out.add(i)
        elif (
            ABOUT_LINE.match(text) and len(text.split()) >= 8 and ":" not in text[:40]
        ):  # the heading with its sentence: a company's
            in_about, in_contact = True, False
            out.add(i)
        elif in_about and len(text.split()) >= 8 and text.endswith((".", "!", "”", '"')):
            out.add(i)  # the company's further sentences
        else:
            in_about = in_contact = False
    return out


def _page_boilerplate(article: Article) -> list[int] | None:
    """For a whole web page, trust a maintained content extractor (trafilatura) to find the article:
    every line whose words are not part of what it extracted is page furniture."""
    import trafilatura

    main = trafilatura.extract(article.raw, include_comments=False, include_tables=True, favor_recall=True)
    if not main:
        return None
    body = _MainText(main)
    out = []
    for i, ln in enumerate(article.lines):
        words = _squash(ln.text)
        if ln.markup_only or (words and not body.holds(words)):
            out.append(i)
    return out


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


class _MainText:
    """The extracted text, asked whether it holds each line's words. Most lines are settled by set
    look-ups (a whole paragraph, a whole word, a word it lacks); the others by substring search, within
    a budget: searching the whole text for each of a huge page's lines was quadratic."""

    def __init__(self, main: str) -> None:
        self.body = _squash(main)
        self.paragraphs = {_squash(p) for p in main.splitlines()}
        self.words = set(self.body.split(" "))
        self.vocabulary = "\n".join(self.words)  # a single word is in the text if it is in one of these
        self.budget = SEARCH_BUDGET
        self.seen: dict[str, bool] = {}

    def holds(self, words: str) -> bool:
        """Are these (squashed) words part of the text?"""
        if words not in self.seen:
            self.seen[words] = self._holds(words)
        return self.seen[words]

    def _holds(self, words: str) -> bool:
        if words in self.paragraphs or words in self.words:
            return True
        split = words.split(" ")
        if any(w not in self.words for w in split[1:-1]):
            return False  # a word inside the line is no whole word of the text
        haystack = self.vocabulary if len(split) == 1 else self.body
        if self.budget < len(haystack):
            return True  # past the budget (a page of tens of thousands of lines): the line is kept
        self.budget -= len(haystack)
        return words in haystack


def _is_junk(text: str, headline: str, prev: str, after: list[str], after_headline_copy: bool) -> bool:
    words = text.split()
    if text == headline:
        return True
    if _inside_sentence(text, prev, after):
        return False
    if len(words) <= 16 and not re.search(r"[“\"]", text) and CALL_TO_ACTION.search(text):
        return True
    if TEASER.match(text):
        return True  # a teaser for another story
    if after_headline_copy and len(words) <= 12 and not text.endswith(TERMINAL[:3]):
        return True
    if re.fullmatch(r"[“\"‘'][^“”\"]{1,60}[”\"’']", text):
        return True  # a title in quotation marks alone on a line
    if len(words) <= 3 and not text.endswith((".", "?", ":", ";")):
        return True
    short_fragment = not text.endswith(TERMINAL) and len(words) <= 12
    return short_fragment and (_names_only(text) or bool(COMPANY_LINE.search(text)) or len(words) <= 6)


def _inside_sentence(text: str, prev: str, after: list[str]) -> bool:
    """A line that is part of a sentence broken over lines (a link pulled out of it): it, or the
    line after it, leaves the sentence open, and the sentence goes on in lower case."""
    prev_open = bool(prev) and not prev.endswith(TERMINAL)
    if text[:1].islower() and prev_open:
        return True
    chain = [text, *after]
    for i in range(len(chain) - 1):
        if chain[i].endswith(TERMINAL) or not chain[i]:
            return False
        if chain[i + 1][:1].islower():
            return i == 0 or prev_open or len(chain[0].split()) > 3
    return False


def _names_only(text: str) -> bool:
    """A caption such as "Jane Doe and John Roe": nothing but names joined by "and" or commas."""
    parts = [p.strip() for p in re.split(r",|\band\b|&", text) if p.strip()]
    return len(parts) >= 2 and all(any(r.text == p for r in capital_runs(p)) and person_like(p) for p in parts)


def _without(article: Article, lines: set[int]) -> Article:
    """The article with those lines emptied (same numbering), for reading what is left."""
    from dataclasses import replace

    kept = [
        replace(ln, text="", raw="", front_matter=False) if i in lines else ln for i, ln in enumerate(article.lines)
    ]
    return replace(article, lines=kept)
