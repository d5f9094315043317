"""What a quotation's own paragraph cannot tell, read across the article: a quotation that runs over
paragraphs is the speaker's named at its end; an interview's unattributed answer is the person the
article says it spoke to, else the nearest attributed answer's speaker; a Q&A's answers printed
without marks are quotations by the person interviewed (marked quotations inside an answer are part
of it)."""

from __future__ import annotations

import bisect
import re

from presskit.extract.attribution import NAME_PAT
from presskit.extract.interview import answers
from presskit.extract.names import People
from presskit.extract.quotespeaker import Quotation
from presskit.extract.segment import Span


def unmarked_answers(
    text: str, people: People, questions: list[Span] | None, found: list[Quotation], paras: list[Span]
) -> None:
    """A Q&A's answers printed without marks are quotations by the person interviewed."""
    spans, who = answers(text, paras, people, questions)
    if not spans:
        return
    taken = sorted((q.start, q.end) for q in found)
    starts = [s for s, _ in taken]
    inside: set[tuple[int, int]] = set()  # marked quotations within an answer: part of the answer
    for s, e in spans:
        k = bisect.bisect_right(starts, e)
        if k and taken[k - 1][1] > s and (taken[k - 1][0] <= s or taken[k - 1][1] > e):
            continue  # overlaps a marked quotation that is not wholly inside the answer
        j = bisect.bisect_left(starts, s)
        inside.update(taken[j:k])
        found.append(Quotation(s, e, who, inferred=True))
    found[:] = [q for q in found if (q.start, q.end) not in inside]
    found.sort(key=lambda q: q.start)


def run_on(text: str, found: list[Quotation], paras: list[Span]) -> None:
    """A quotation that runs over paragraphs (no closing mark, the next paragraph opens with a mark)
    is the speaker's who is named at its end."""
    for q, nxt in zip(found, found[1:], strict=False):
        unclosed = q.end >= paras[q.para][1] - 1 and text[q.end : q.end + 1] not in ("”", '"', "’", "'")
        if (
            unclosed
            and nxt.para == q.para + 1
            and nxt.start == paras[nxt.para][0] + 1
            and nxt.speaker
            and (q.speaker is None or q.inferred)
        ):
            q.speaker, q.inferred = nxt.speaker, True


def interviewee(text: str, people: People, found: list[Quotation], paras: list[Span]) -> None:
    """Interviews: an answer with no attribution is the interviewee's: the person the article
    says it spoke to, else the speaker of the nearest attributed answer."""
    if all(q.speaker for q in found):
        return
    m = re.search(rf"\b(?:spoke|talked|sat down)\s+(?:to|with)\s+{NAME_PAT}|\binterview\s+with\s+{NAME_PAT}", text)
    named = people.resolve((m.group(1) or m.group(2)).rstrip("."), m.start()) if m else None
    asked = any(text[s:e].rstrip().endswith("?") and "“" not in text[s:e] for s, e in paras)
    for i, q in enumerate(found):
        if q.speaker or not (named or asked):
            continue
        near = [x for x in found[i + 1 : i + 4] + found[max(0, i - 3) : i][::-1] if x.speaker and not x.inferred]
        q.speaker = named or (near[0].speaker if near else None)
        q.inferred = True
