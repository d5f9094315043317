"""Find the release sentence first, then its date and venue as written, then parse the date."""

from __future__ import annotations

import datetime as dt
import re

from presskit.extract.result import Found
from presskit.extract.segment import Span
from presskit.extract.vocab import (
    FESTIVAL_VERBS,
    FESTIVAL_WORDS,
    MONTH_PATTERN,
    RELATIVE_DATE_PATTERN,
    RELEASE_VERBS,
    VENUE_WORDS,
    WEEKDAY_PATTERN,
    alternation,
    holds_any,
)

MONTHS = MONTH_PATTERN
DATE_RE = re.compile(
    rf"\b(?:(?:(?:{WEEKDAY_PATTERN}),?\s)?(?:{MONTHS})\s\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s(?:of\s)?(?:{MONTHS})(?:,?\s\d{{4}})?"
    rf"|(?:{MONTHS})\s\d{{4}}"
    rf"|(?:{RELATIVE_DATE_PATTERN})"
    rf"|(?:(?<=\bon )|(?<=\bfrom ))(?:{WEEKDAY_PATTERN})(?!,? (?:\d|[A-Z]))"
    r")\b"
)
VERB_RE = re.compile(
    rf"\b({alternation(RELEASE_VERBS)}|(?:is|are) (?:now )?(?:available|out|streaming|playing)|"
    r"will be (?:available|released|in)|in (?:[A-Z][A-Za-z]+\s)?(?:theaters|theatres|cinemas))\b",
    re.I,
)
# words one of which every match of VERB_RE holds (in lower case, as VERB_RE ignores case; none holding
# another): a sentence without them is not searched
_HELD = {max(p.split()[::-1], key=len).lower() for p in RELEASE_VERBS} | {"available", " out", "playing", "will"}
_HELD |= {"theaters", "theatres", "cinemas"}
VERB_WORDS = tuple(sorted(w for w in _HELD if not any(o != w and o in w for o in _HELD)))


VENUE_RE = re.compile(
    rf"\b(?i:in|on|at|to|into|via|across)\s+((?:the\s+|select\s+|selected\s+|limited\s+|all\s+|[A-Z][\w.]*\s+)*?"
    rf"(?:{VENUE_WORDS}|[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)"
    rf"(?:\s(?:and|&|or)\s(?:on\s)?(?:the\s)?(?:{VENUE_WORDS}|[A-Z][A-Za-z.]+))*)"
)
VENUE_KEY = re.compile(rf"{VENUE_WORDS}|\bthe [A-Z]", re.I)
NOT_VENUE = re.compile(r"^(?:\d|2D|3D|the (?:film|movie|role)|[A-Z][a-z]+day)\b")


# a review's box line: "In cinemas now", "On Netflix from Friday", "In cinemas from 12 March"
BOX_LINE = re.compile(
    r"(?im)^[^\S\n]*(?:In|On|At)[^\S\n]+(\S[^\n]{1,50}?)[^\S\n]+(?:now|from[^\S\n]+([^\n]{2,30}?))[^\S\n]*$"
)


def find_release(text: str, sents: list[Span], title: str | None) -> tuple[Found | None, Found | None, Span | None]:
    """The release date and venue, and the sentence they came from (a review's "In cinemas now" line first)."""
    box = BOX_LINE.search(text)
    if box and VENUE_KEY.search(box.group(1)):
        when = DATE_RE.fullmatch(box.group(2)) if box.group(2) else None
        return Found(box.group(2), box.span(2)) if when else None, Found(box.group(1), box.span(1)), box.span()
    best: tuple[float, Span] | None = None
    for i, (s, e) in enumerate(sents):
        sent = text[s:e]
        if not holds_any(sent, VERB_WORDS) or not VERB_RE.search(sent):
            continue
        if _in_quote(text, s) or _premiere_only(sent):
            continue
        score = 1.0 + (2 if DATE_RE.search(sent) else 0) + (2 if _venue(sent) else 0)
        score += 1 if title and title in sent else 0
        score += i / max(1, len(sents)) * 0.5  # release lines tend to close an article
        if re.search(r"\b(19|20)\d\d\b", sent) and not DATE_RE.search(sent):
            score -= 1
        if best is None or score > best[0]:
            best = (score, (s, e))
    if best is None or best[0] < 3:
        return None, None, None
    s, e = best[1]
    sent = text[s:e]
    date = venue = None
    verb = _release_verb(sent)
    dm = DATE_RE.search(sent, verb.start()) if verb else None  # the date the verb governs, not a dateline
    dm = dm or DATE_RE.search(sent)
    if dm:
        date = Found(dm.group(0), (s + dm.start(), s + dm.end()))
    vm = _venue(sent)
    if vm:
        venue = Found(vm[0], (s + vm[1], s + vm[1] + len(vm[0])))
    return date, venue, best[1]


HIT_RE = re.compile(
    rf"\b(?:hits?|hitting|reach(?:es|ed)?|arrives? in|opens? in|bursts? onto|comes? to)\s+"
    rf"((?:select\s+)?(?:{VENUE_WORDS})(?:\s(?:and|&)\s(?:{VENUE_WORDS}|UK|US|U\.S\.|U\.K\.)){{0,3}})|"
    r"\b(?:opens?|premieres?|arrives?|bows?)\s+in\s+((?:[A-Z][a-z]+)(?:\s[A-Z][a-z]+){0,2})\b"
)


def _release_verb(sent: str) -> re.Match[str] | None:
    """The verb of the public release when a sentence also tells of a festival premiere."""
    verbs = list(VERB_RE.finditer(sent))
    public = [v for v in verbs if v.group(0).lower() not in FESTIVAL_VERBS]
    chosen = public or verbs
    return chosen[0] if chosen else None


def _venue(sent: str) -> tuple[str, int] | None:
    verb = _release_verb(sent)
    start = verb.start() if verb else 0
    hit = HIT_RE.search(sent, start)
    if hit:  # "hits theaters", or a city: "opens in New York on April 4"
        group = 1 if hit.group(1) else 2
        return hit.group(group), hit.start(group)
    for m in VENUE_RE.finditer(sent, max(0, start - 5)):
        v = m.group(1).strip()
        v = re.sub(r"\s+(?:on|in|for|from|and)$", "", v)
        if NOT_VENUE.match(v) or DATE_RE.fullmatch(v) or not VENUE_KEY.search(v):
            continue
        return v, m.start(1)
    return None


PREMIERE_EVENT = re.compile(rf"(?i:\b(?:{alternation(FESTIVAL_WORDS)})\b)")


def _premiere_only(sent: str) -> bool:
    """A festival or gala premiere, not a run in cinemas: the sentence's only release words are premiere
    or debut, and it tells of the event ("attended the premiere of", "at the festival")."""
    verbs = [v.group(0).lower() for v in VERB_RE.finditer(sent)]
    return all(v in FESTIVAL_VERBS for v in verbs) and bool(PREMIERE_EVENT.search(sent))


def _in_quote(text: str, pos: int) -> bool:
    before = text[max(0, pos - 2000) : pos]
    return before.count("“") > before.count("”")


def parse_date(words: str, year_hint: int | None = None) -> dt.date | None:
    """A calendar date for the words of a release date, when they name a day."""
    w = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", words.replace(",", " ").replace(" of ", " "))
    w = re.sub(rf"^(?:{WEEKDAY_PATTERN})\s+", "", w.strip())
    w = " ".join(w.split()).replace("Sept.", "Sep.").replace(".", "")
    if not re.search(r"\b\d{4}\b", w) and year_hint is None:
        return None  # "July 25" with no year stays words: a year is never guessed
    year = year_hint
    for fmt in ("%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y", "%B %d", "%b %d", "%d %B", "%d %b"):
        try:
            d = dt.datetime.strptime(w if "%Y" in fmt else f"{w} {year}", fmt if "%Y" in fmt else fmt + " %Y")
        except ValueError:
            continue
        return d.date()
    return None
