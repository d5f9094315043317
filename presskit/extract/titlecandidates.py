"""Every title the article offers, with its first score: quoted phrases (but not another work named
as someone's credit or an example, "director of 'X'", "movies such as 'X'", nor a list of them), a
listing's "Some Title (2021)", an encyclopaedia's "Some Title is a 2019 drama film", the subject of
the release sentence ("X opens in ...", "X, which hit theaters"), the cues of prose (titlecues.py)
and a web page's italics. At most MAX_CANDIDATES go on to be weighed (title.py)."""

from __future__ import annotations

import re

from presskit.extract.segment import Span
from presskit.extract.titlecues import add_cued
from presskit.extract.titlesites import LINE_START, after_openings
from presskit.extract.titlewords import GENERIC, LINE_RUN, QUOTED, TITLE_RUN, count, in_parens, plausible
from presskit.extract.vocab import RELEASE_VERBS, alternation

# a work named as someone's earlier credit or as an example: "director of 'X'", "movies such as 'X'"
OTHER_WORK = re.compile(
    r"(?i:\b(?:director|star|creator|maker|writer|producer|auteur)s?\s+(?:behind|of)|\bsuch\s+as|"
    r"\b(?:films?|movies?|hits?)\s+(?:like|including))\s+(?:the\s+)?(?:(?:films?|movies?)\s+)?$"
)
LIST_GAP = re.compile(r"[\s,]*(?:and\s+|or\s+)?")
CREDITED_BEFORE = re.compile(r"\b(?:directors?|filmmakers?|stars?|actor|actress|producers?|writers?|from|by|with)\s+$")
SUBJECT_VERBS = tuple(v for v in RELEASE_VERBS if v not in ("release", "opening"))  # verbs, not nouns
MAX_CANDIDATES = 50  # titles weighed in full; the dev articles never offer more than a dozen


def candidates(
    text: str, head_text: str | None, release_sentence: Span | None, emphasised: list[str] | None
) -> tuple[dict[str, float], dict[str, tuple[int, int]]]:
    """The titles the article offers with their first scores, and where each is first written."""
    scores: dict[str, float] = {}
    spans: dict[str, tuple[int, int]] = {}
    other_end = -1  # where the last quoted title named as another work ended: a list of them goes on
    for m in QUOTED.finditer(text):
        t = m.group(1).strip().rstrip(",.")
        if OTHER_WORK.search(text, max(0, m.start() - 60), m.start()) or (
            other_end >= 0 and LIST_GAP.fullmatch(text, other_end, m.start())
        ):
            other_end = m.end()
            continue
        if plausible(t) and not in_parens(text, m.start()):
            scores[t] = scores.get(t, 0) + 1.5
            spans.setdefault(t, (m.start(1), m.start(1) + len(t)))
    for m in QUOTED.finditer(head_text or ""):  # a headline given apart from the text
        t = m.group(1).strip().rstrip(",.")
        if plausible(t) and not OTHER_WORK.search(head_text or "", max(0, m.start() - 60), m.start()):
            scores[t] = scores.get(t, 0) + 1.5
    listing = r"(?m)^[^\S\n]*(" + LINE_RUN + r")\s+\((?:19|20)\d\d\)\s*$"
    for m in re.finditer(listing, text) if "(19" in text or "(20" in text else ():
        scores[m.group(1)] = scores.get(m.group(1), 0) + 6  # a listing's "Some Title (2021)"
        spans.setdefault(m.group(1), (m.start(1), m.end(1)))
    encyclopaedia = (
        r"(?:^|(?<=\n))[^\S\n]*(" + LINE_RUN + r")\s+is\s+an?\s+(?:\d{4}\s+)?"
        r"(?:[A-Za-z\-]+\s+){0,4}(?:film|movie|documentary|drama|comedy|thriller|feature)\b"
    )
    for m in after_openings(re.compile(encyclopaedia), text, LINE_START):
        scores[m.group(1)] = scores.get(m.group(1), 0) + 6  # an encyclopaedia's "Some Title is a 2019 drama film"
        spans.setdefault(m.group(1), (m.start(1), m.end(1)))
    if release_sentence:
        s, e = release_sentence
        subj = release_subject(text, s, e)
        if subj:
            scores[subj[0]] = scores.get(subj[0], 0) + 6
            spans.setdefault(subj[0], subj[1])
    add_cued(text, scores, spans)
    italic: dict[str, int] = {}
    for t in emphasised or []:  # a page sets titles in italics (other films' too: half a point each)
        if plausible(t) and "/" not in t and italic.get(t, 0) < 4 and t in text:
            italic[t] = italic.get(t, 0) + 1
            scores[t] = scores.get(t, 0) + 0.5
    if len(scores) > MAX_CANDIDATES:  # real articles name a handful; a stranger's file may quote thousands
        kept = sorted(scores, key=lambda t: -scores[t])[:MAX_CANDIDATES]
        scores = {t: scores[t] for t in kept}
    return scores, spans


def release_subject(text: str, s: int, e: int) -> tuple[str, tuple[int, int]] | None:
    """The film named right before the release verb ("X opens in ...", "X, which hit theaters")."""
    sent = text[s:e]
    m = re.search(
        r"(?<!\s)\s*(?:,\s*which\s+)?(?:\b(?:is|are|will|has|have)\s+(?:now\s+|also\s+)?)?"
        rf"\b(?:{alternation(SUBJECT_VERBS)}|available)\b",
        sent,
    )
    if not m or re.match(r"\s+of\b", sent[m.end() :]):  # "the British premiere of X": a noun, not X's verb
        return None
    head = sent[: m.start()].rstrip()
    # drop an appositive between the film and its verb: "X, directed by Jane Roe, opens ..."
    head = re.sub(r",\s*(?:directed|written|produced|starring|from|with|by|which|the|a|an|its)\b[^,]*,?$", "", head)
    head = head.rstrip().rstrip(",").rstrip()
    q = re.search(r"[“\"‘']([^“”\"]{1,80}?)[,.]?[”\"’']$", head)
    if q:
        return q.group(1), (s + q.start(1), s + q.end(1))
    runs = list(TITLE_RUN.finditer(head))
    if not runs or runs[-1].end() != len(head):
        return None
    if CREDITED_BEFORE.search(head, 0, runs[-1].start()):
        return None  # "the new thriller from director Jane Roe arrives": a person, not the film
    run = re.split(r"(?<=\w)(?:’s|'s|s’|s')\s+", runs[-1].group(0))[-1]  # "Some Studios’ Title opens": the title
    parts = [run] + [m.group(1) for m in re.finditer(r"\s(?:in|on|at|for|with|from|to)\s([A-Z].*)$", run)]
    t = max(parts, key=lambda p: (count(text, p), -len(p)))
    words = t.split()
    while words and words[0] in ("The",) and len(words) > 1 and words[1][:1].islower():
        words.pop(0)
    t = " ".join(words)
    if t in GENERIC or t.lower() in ("the film", "the movie", "it"):
        return None
    start = s + head.rfind(t)
    return t, (start, start + len(t))
