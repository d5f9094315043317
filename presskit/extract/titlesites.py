"""Where the title cues can match, so that each is tried there only and not from every character of
a long article: after a sentence or line opens, before a job word, after a possessive."""

from __future__ import annotations

import itertools
import re

OPENING = re.compile(r"[.!?—]\s|--\s|\n")  # what the first cue's title follows (or the text's start)
LINE_START = re.compile(r"\n")
# the job after a title in "Some Title director Jane Roe": a match of the cue ends with it
JOB_AFTER = re.compile(r"\s+(?:director|star|writer|filmmaker|producer|helmer)\s+[A-Z]")
JOB = re.compile(JOB_AFTER.pattern.removeprefix(r"\s+"))  # the job word itself, found where it is written
RUN_SPACES = re.compile(r"(?:\S*\s){0,25}\S*")  # read backwards: a SHORT_RUN holds at most 24 white spaces
POSSESSIVE_ARTICLE = re.compile(r"(?:’s|'s)\s+(?:The|A|An)\s")  # "Jane Roe's The Title"
OWNER_REACH = 83  # two capitalised words of at most 41 letters and a space: where such a cue starts at most
CAPITAL = re.compile(r"[A-Z]")


def after_openings(rx: re.Pattern[str], text: str, opening: re.Pattern[str] = OPENING) -> list[re.Match[str]]:
    """rx.finditer(text) for a pattern that matches only at the text's start or right after an
    opening: tried there only, in order, not from every character of the text."""
    out: list[re.Match[str]] = []
    done = 0
    for p in itertools.chain((0,), (o.end() for o in opening.finditer(text))):
        if p < done:
            continue
        m = rx.match(text, p)
        if m:
            out.append(m)
            done = m.end()
    return out


def before_jobs(rx: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """rx.finditer(text) for the "Some Title director Jane Roe" cue, tried only before each job word:
    a match ends where its job's JOB_AFTER ends (its title's words hold no lower-case job word, so no
    match runs over one)."""
    return before_ends(rx, text, _jobs(text))


def before_ends(rx: re.Pattern[str], text: str, ends: list[tuple[int, int]]) -> list[re.Match[str]]:
    """rx.finditer(text) for a cue whose every match ends with one of the spans of ends (in order, none
    inside a match's title), and starts within 25 white spaces before it (a SHORT_RUN holds 24 at
    most, one more after "on"): searched from there up to the span's end, not from every character."""
    out: list[re.Match[str]] = []
    rev = ""
    done = 0  # where the last match ended: finditer goes on from there
    for start, end in ends:
        if not rev:
            rev = text[::-1]
        back = RUN_SPACES.match(rev, len(text) - start)
        lo = start - (back.end() - back.start()) if back else 0
        m = rx.search(text, max(done, lo), end)
        if m:
            out.append(m)
            done = m.end()
    return out


def _jobs(text: str) -> list[tuple[int, int]]:
    """Each JOB_AFTER match from its white space run's start (never quadratic): the job words found
    where they are written, each with the run of white space before it (a word without one is none)."""
    out = []
    for j in JOB.finditer(text):
        p = j.start()
        while p > 0 and text[p - 1].isspace():  # str.isspace is what a pattern's \s matches
            p -= 1
        if p < j.start():
            out.append((p, j.end()))
    return out


def after_possessives(rx: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """rx.finditer(text) for the "Jane Roe's The Title" cue, whose match starts at a capital at most
    OWNER_REACH characters before its possessive: tried at those capitals only, in order."""
    out: list[re.Match[str]] = []
    done = 0  # every start before this was tried, or lies inside a match found
    for k in POSSESSIVE_ARTICLE.finditer(text):
        for c in CAPITAL.finditer(text, max(done, k.start() - OWNER_REACH), k.start()):
            if c.start() < done:
                continue
            m = rx.match(text, c.start())
            done = m.end() if m else c.start() + 1
            if m:
                out.append(m)
    return out
