"""Decide which film the article is about: the one it releases, credits and keeps coming back to.
The candidates come with their first scores (titlecandidates.py); the headline then adds to those it
names (and to "Some Film review – …"), every candidate gains for its mentions and for the film words
near them, one title written two ways counts once, and the best-supported wins. Press notes name
their film on their first line, above "Press Notes" or a section heading."""

from __future__ import annotations

import re

from presskit.extract.result import Found
from presskit.extract.segment import Span
from presskit.extract.text import Article
from presskit.extract.titlecandidates import candidates
from presskit.extract.titlewords import at_most, count, plausible

FILM_CUE = re.compile(
    r"\b(?:the (?:new )?(?:film|movie)|(?:new|upcoming|latest) (?:film|movie)|directed|stars|starring|"
    r"opens|hits? theaters|premieres?|released?|sequel|adaptation|script called|screenplay)\b",
    re.I,
)


def find_title(
    text: str,
    headline: Span | None,
    release_sentence: Span | None,
    head_text: str | None = None,
    emphasised: list[str] | None = None,
) -> Found | None:
    """The film the article is about, or None. head_text: the headline when the page gives it apart
    from the text (a front matter's "title:"), else the text at headline; emphasised: the words a web
    page sets in italics."""
    scores, spans = candidates(text, head_text, release_sentence, emphasised)
    if headline:
        head_text = head_text or text[headline[0] : headline[1]]
        for t in list(scores):
            short = re.sub(r"^(?:The|A|An)\s", "", t)
            if short != t and re.search(rf"\b{re.escape(short)}\b", head_text):
                scores[t] += 1  # headlines drop the article: "Aviator leads …"
        review = re.match(r"\s*[“\"‘']?(.{2,80}?)[”\"’']?\s+(?:review|film review)\s*[–—:|-]", head_text)
        if review and plausible(review.group(1)):  # "Some Film review – …"
            t = review.group(1)
            scores[t] = scores.get(t, 0) + 4
            spans.setdefault(t, (headline[0] + review.start(1), headline[0] + review.end(1)))
        for t in list(scores):
            if re.search(rf"(?<![\w’']){re.escape(t)}(?![\w’'])", head_text):
                scores[t] = scores.get(t, 0) + 1
    for t in list(scores):
        cues = (
            m for m in re.finditer(re.escape(t), text) if FILM_CUE.search(text[max(0, m.start() - 80) : m.end() + 80])
        )
        scores[t] += count(text, t, 8) * 0.5 + at_most(cues, 6) * 0.5
    if not scores:
        return None
    _merge_variants(scores)
    best = max(scores, key=lambda t: (scores[t], len(t)))
    return Found(best, spans.get(best))


def press_notes_title(article: Article) -> Found | None:
    """Press notes open with the film's title on a line of its own, then "Press Notes" or a section."""
    from presskit.extract.labeled import is_heading

    lines = [ln for ln in article.lines if ln.text.strip()][:2]
    if (
        len(lines) < 2
        or not is_heading(lines[1].text)
        and not re.fullmatch(
            r"(?i)\s*(?:press notes|press kit|production notes|electronic press kit|epk)\s*", lines[1].text
        )
    ):
        return None
    first = lines[0].text.strip()
    if not 1 <= len(first.split()) <= 8 or first.endswith((".", "!", "?", ":")):
        return None
    value = _title_case(first) if first.isupper() else first
    start = lines[0].start + lines[0].text.find(first)
    return Found(value, (start, start + len(first)), inferred=value != first)


def _title_case(text: str) -> str:
    small = {"a", "an", "and", "the", "of", "in", "on", "at", "to", "for", "vs", "vs.", "or", "but", "with"}
    words = text.lower().split()
    return " ".join(w if i and w in small else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _merge_variants(scores: dict[str, float]) -> None:
    """One title written two ways ("The Long Night", "Long Night") counts once, under the
    spelling with the article and the best score."""
    groups: dict[str, list[str]] = {}
    for t in scores:
        groups.setdefault(re.sub(r"^(?:the|a|an)\s+", "", t.casefold()), []).append(t)
    for names in groups.values():
        if len(names) > 1:
            total = sum(scores[t] for t in names)
            keep = max(names, key=lambda t: (t.split()[0].casefold() in ("the", "a", "an"), scores[t]))
            for t in names:
                scores[t] = total if t == keep else 0.0
