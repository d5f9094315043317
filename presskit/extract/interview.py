"""Q&A interviews: answers printed without quotation marks are the interviewee's words.

An article is a Q&A when at least three of its paragraphs open with a question (a sentence ending in
"?", or "Q:") that is followed by an answer, in the same paragraph or the next ones. Every answer
paragraph up to the next question is then one quotation, by the person interviewed: the one the
introduction says it spoke to, else the person the introduction names most.
"""

from __future__ import annotations

import bisect
import html
import re

from presskit.extract.names import People
from presskit.extract.segment import Span
from presskit.extract.text import Article

# a question may run over sentences ("There's a lot of talk about X. But was he lucky?")
QUESTION = re.compile(r"(?:Q[:.]\s*|[A-Z][\w’'.\- ]{0,30}:\s+)?[^\s“”\"][^!?\n“”\"]{3,500}?\?+(?=\s|$)")
ANSWER_LEAD = re.compile(r"\s*(?:A[:.]\s*|[A-Z][\w’'.\- ]{0,30}:\s+)?")
MET = re.compile(
    r"\b(?:spoke|speak|spent\s+(?:an\s+afternoon|an\s+hour|some\s+time|time)|talk(?:ed)?|sat\s+down|"
    r"caught\s+up|chat(?:ted)?|interview(?:ed)?)\s+(?:to|with)?\s*"
)
MIN_QUESTIONS = 3
BOLD_LEAD = re.compile(r"\s*(?:<p[^>]*>\s*)?(?:<(?:strong|b)>(.{8,800}?)</(?:strong|b)>|\*\*(.{8,800}?)\*\*)")


def marked_questions(article: Article) -> list[Span] | None:
    """Questions the page itself sets apart: a paragraph that opens in bold ("<p><strong>Q…</strong>
    answer", "**Q…** answer"); their spans in the cleaned text. None when the bold leads are mostly
    subheadings ("The Cast:", "What About The Action?"): then the article is no Q&A at all."""
    found: list[Span] = []
    headings = 0
    for ln in article.lines:
        m = BOLD_LEAD.match(ln.raw)
        if not m or not ln.text.strip():
            continue
        bold = " ".join(html.unescape(re.sub(r"<[^>]+>", "", m.group(1) or m.group(2) or "")).split())
        text = " ".join(ln.text.split())
        if _heading(bold, ln.raw[m.end() : m.end() + 3]):
            headings += 1  # a review's bold subheading ("The Cast & The Characters:"), not a question
            continue
        if len(bold) >= 8 and text.startswith(bold[:20]):
            at = ln.text.find(bold[-12:])
            if at >= 0:
                found.append((ln.start, ln.start + at + len(bold[-12:])))
    if headings >= MIN_QUESTIONS and headings > len(found):
        return None  # the page sets its sections apart in bold: a feature with subheadings, no Q&A
    return found


def _heading(bold: str, after: str) -> bool:
    """Is a bold lead a subheading: ending in a colon, or in title case ("What About The Action?")?"""
    if bold.rstrip().endswith(":") or after.lstrip().startswith(":"):
        return True
    words = [w for w in re.findall(r"[^\W\d_][\w’'\-]*", bold)]
    long = [w for w in words if len(w) > 3]
    return len(long) >= 2 and all(w[0].isupper() for w in long)


def answers(
    text: str, paras: list[Span], people: People, marked: list[Span] | None = None
) -> tuple[list[Span], str | None]:
    if marked is None:
        return [], None
    """The unmarked answers of a Q&A (one span per paragraph) and who gave them; ([], None) otherwise.
    Questions the page sets in bold are taken as they are; else a paragraph opening with a question."""
    asks: list[tuple[int, int]] = []  # (paragraph index, offset where the answer starts)
    marked = sorted(marked or [])
    asked = len(marked) >= 2 and all(text[e - 1 : e] == "?" for _, e in marked)  # two plain questions do
    need = 2 if asked else MIN_QUESTIONS
    bold = marked if len(marked) >= need else []
    starts = [q[0] for q in bold]
    for i, (s, e) in enumerate(paras):
        if bold:
            k = bisect.bisect_left(starts, s)  # the first bold question at or after the paragraph's start
            if k < len(bold) and bold[k][0] < e:
                asks.append((i, bold[k][1]))
            continue
        m = QUESTION.match(text, s, e)
        if m and not text[m.end() : e].strip().startswith(("“", '"')):
            asks.append((i, m.end()))
    if len(asks) < need:
        return [], None
    spans: list[Span] = []
    for k, (i, at) in enumerate(asks):
        stop = asks[k + 1][0] if k + 1 < len(asks) else len(paras)
        for j in range(i, stop):
            s, e = (at, paras[j][1]) if j == i else paras[j]
            lead = ANSWER_LEAD.match(text, s, e)
            s = lead.end() if lead else s
            body = text[s:e].strip()
            quoted = body.startswith(("“", '"')) if bold else bool(re.search(r"[“”\"]", body))
            if len(body.split()) >= 4 and not quoted:  # marks inside a bold Q&A's answer are its own
                off = text.index(body, s)
                spans.append((off, off + len(body)))
    if len(spans) < need:
        return [], None
    return spans, interviewee(text, paras[asks[0][0]][0], people)


def interviewee(text: str, intro_end: int, people: People) -> str | None:
    """The person the introduction says it spoke to; else the one it names most (a full name)."""
    starts = [n.start for n in people.full]
    for m in MET.finditer(text, 0, intro_end):
        k = bisect.bisect_left(starts, m.end())  # the first full name after "spoke with"
        if k < len(starts) and starts[k] <= m.end() + 60:
            return people.full[k].text
    byline = re.search(r"(?im)^\s*(?:author:|by)\s+(.+)$", text[:intro_end])  # the interviewer
    counts: dict[str, int] = {}
    for n in people.full:
        if n.start < intro_end and not (byline and n.text in byline.group(1)):
            counts[n.text] = counts.get(n.text, 0) + 1
    return max(counts, key=lambda t: (counts[t], -text.find(t))) if counts else None
