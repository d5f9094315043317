"""A review read as praise: its critic, its outlet, its star rating and the sentences worth quoting."""

from __future__ import annotations

import re
from pathlib import PurePath

from presskit.extract.names import person_like
from presskit.extract.segment import all_sentences
from presskit.extract.vocab import NOT_BYLINES, NOT_OUTLETS, PRAISE
from presskit.matching import plain
from presskit.model import Quote, SourceDocument

NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
STARS = re.compile(r"([★✭✮⭐]{1,5})([☆✩]*)")
OUT_OF = re.compile(r"(?i)\b(\d(?:\.5)?)\s*(?:/|out of)\s*(5|five|10|ten)\b(?:\s*stars?)?")
WORDED = re.compile(r"(?i)\b(one|two|three|four|five|\d(?:\.5)?)[ -](?:stars?|out of five)\b")
BYLINE = re.compile(r"^(?:by|review by|reviewed by|author:|written by)\s+['\"]?(.{3,60}?)['\"]?$", re.I)
QUOTE_MARKS = '"“”„«»'
MAX_PULL_QUOTES = 3


def rating(text: str) -> str:
    """The review's star rating as a score out of five ("4/5"; "3.5/5"), or "" when it gives none.
    Only a line of its own or a phrase that says stars or "out of" counts: 4/5 in a sentence may be a date."""
    head = text[:4000]
    m = STARS.search(head)
    filled, empty = (len(m.group(1)), len(m.group(2))) if m else (0, 0)
    if filled and filled + empty >= 2:  # a lone star is a bullet, not a rating
        return f"{filled}/{filled + empty if empty else 5}"
    for line in head.splitlines():
        found = OUT_OF.search(line)
        if found and (len(line.strip()) <= 30 or "star" in line.lower() or "out of" in found.group(0).lower()):
            top = {"five": 5, "ten": 10}.get(found.group(2).lower()) or int(found.group(2))
            score = float(found.group(1))
            return _score(score * 5 / top) if score <= top else ""
    found = WORDED.search(head)
    if found:
        word = found.group(1).lower()
        return _score(float(NUMBERS.get(word, 0) or float(word)))
    return ""


def _score(value: float) -> str:
    return f"{value:g}/5" if 0 < value <= 5 else ""


def critic(text: str, document: SourceDocument) -> str:
    """Who wrote the review: the page's byline, or a "By …" line or a lone name near the top."""
    if document.byline:
        return document.byline
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()][:8]
    for line in lines:  # "By Jane Critic", "author: Ben Yakas"
        m = BYLINE.match(line)
        if m and person_like(m.group(1).strip()):
            return m.group(1).strip()
    furniture = NOT_BYLINES
    for line in lines[1:]:  # a name on a line of its own under the headline, as in a newspaper
        words = line.split()
        if (
            person_like(line)
            and 2 <= len(words) <= 3
            and not line.isupper()
            and not furniture & {w.lower() for w in words}
        ):
            return line
    return ""


def outlet(document: SourceDocument, raw: str, *titles: str) -> str:
    """The review's outlet: the page's site name, else what the file's name says besides the film's
    title and words like "review" (41_bad_santa_2_guardian_review.txt → Guardian), when the page
    itself names it (in its words or its links)."""
    if document.outlet:
        return document.outlet
    if document.kind == "web" or not document.name:
        return ""
    generic = NOT_OUTLETS
    words = [w for w in re.split(r"[\W_]+", PurePath(document.name).stem) if w and not w.isdigit()]
    skip = {w for title in titles for w in plain(title).split()} | generic
    rest = [re.escape(w.lower()) for w in words if w.lower() not in skip]
    said = raw.lower()  # the raw page: its links name the site (theguardian.com)
    if not rest or len(rest) > 3 or not all(re.search(rf"\b{w}\b|{w}\.(?:com|co|org|net)\b", said) for w in rest):
        return ""  # a name the article itself never mentions is not taken for its outlet
    return " ".join(w.capitalize() for w in rest)


def is_review(text: str, document: SourceDocument) -> bool:
    """A review says so in its headline or name, or gives stars."""
    named = set(re.split(r"[\W_]+", f"{document.title} {document.name} {text[:300]}".lower()))
    return "review" in named or "reviews" in named or bool(rating(text))


def pull_quotes(text: str, title: str, critic_name: str, outlet_name: str, stars: str) -> list[tuple[Quote, int, int]]:
    """The critic's own sentences of praise (not others' words in quotation marks), best first."""
    praise = set(PRAISE)
    scored: list[tuple[int, int, int, int]] = []
    for start, end in all_sentences(text)[1:]:  # the headline is not a quote
        if "\n" in text[start:end].strip():  # a sentence runs to its line's end, not into a byline
            end = start + text[start:end].strip().index("\n")
        sentence = text[start:end].strip()
        words = sentence.split()
        if not 6 <= len(words) <= 40 or any(c in sentence for c in QUOTE_MARKS) or "http" in sentence:
            continue
        hits = sum(1 for w in plain(sentence).split() if w in praise)
        if hits:
            scored.append((-(hits * 2 + (1 if plain(title) in plain(sentence) else 0)), start, start, end))
    out = []
    for k, (_, _, start, end) in enumerate(sorted(scored)[:MAX_PULL_QUOTES]):
        quote = Quote(
            text=" ".join(text[start:end].split()),
            speaker=critic_name,
            outlet=outlet_name,
            kind="press",
            pull_quote=True,
            rating=stars if k == 0 else "",
        )
        out.append((quote, start, end))
    return out
