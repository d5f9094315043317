"""Cast from name-led cues: "Actor as Character", "Jane Roe as theoretical physicist Kit Marsh", "Chris
Pine's Captain Kirk", "Character, played by Actor", "his mother, played by Actor", "Actor, who has been
cast as Character", "Actor has joined the cast", "Actor also stars". Each is tried near the keyword it
holds (see Near), and none in a quotation or in another film's cast."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from presskit.extract.castlist import CastList, other_film, strip_lead
from presskit.extract.names import CAPWORD, CHAR, NAME
from presskit.extract.vocab import OTHER_WORK_NOUNS, PERSON_NOUNS

if TYPE_CHECKING:
    from presskit.extract.credits import CreditFinder

AS_RE = re.compile(rf"({NAME})\s+as\s+(?:(?:his|her|their|the)\s+[a-z\- ]{{2,40}},\s+)?({CHAR})")
PLAYED_BY_RE = re.compile(rf"({CHAR}),?\s+(?:is\s+)?(?:played|portrayed|voiced)\s+by\s+({NAME})")
# "his mother, played by": the word from its first letter only, or a long word is tried from each
DESCRIBED_PLAYED_BY_RE = re.compile(
    rf"(?<![a-z])[a-z]+,\s+(?:played|portrayed|voiced)\s+by\s+({NAME})|"
    r"\((?:played|portrayed|voiced)\s+(?:[a-z]+ly\s+)?by\s+(?:an?\s+|the\s+)?"
    rf"(?:[a-z][a-z\-]{{1,20}}\s+){{0,2}}({NAME})\)"
)  # "(played woefully by a …-up X)"
CAST_AS_RE = re.compile(rf"({NAME}),?\s+(?:who\s+)?(?:has been|was|is|had been)\s+cast\s+as\s+({CHAR})")
JOINED_RE = re.compile(
    rf"({NAME}),?\s+(?:who\s+)?(?:has|have|had)\s+joined\s+the\s+cast\b|"
    rf"({NAME}),?\s+(?:who\s+)?(?:(?:is|are)\s+set\s+to\s+(?:star|co-star|appear|lead|headline|front)|"
    r"will\s+(?:star|co-star|headline))\b"
)
ALSO_STARS_RE = re.compile(rf"({NAME})\s+(?:also\s+)?(?:co-)?stars?(?:\s+as\s+({CHAR}))?\s*[.,;]")
PN = rf"(?:{'|'.join(PERSON_NOUNS)}|[a-z]+(?:er|or|ist|ian|ess))"
# a role described before its name: "theoretical physicist J. Robert Oppenheimer", "High Court judge Kit
# Roe", "Roe's wife Ada", "Roe's wife - real life singer Ada Vance" (used with match)
DESCRIBED = re.compile(
    rf"(?:(?:a|an|the)\s+)?(?:{CAPWORD}(?:’s|'s|‘s)\s+)?(?:{CAPWORD}\s+){{0,3}}(?:[a-z][\w\-]*\s+){{0,3}}?{PN}"
    rf"(?:\s*[-–—,]\s*(?:[\w\-]+\s+){{0,4}}?{PN})?\s+(?!(?:The|A|An)\s)({CHAR})"
)
AS_DESCRIBED_RE = re.compile(rf"({NAME})\s+as\s+(?=[a-z])")
POSSESSIVE_RE = re.compile(
    rf"({NAME})(?:’s|'s)\s+({CHAR})(?=[\s,.;:)—–-])(?!\s+(?:film|movie|{'|'.join(OTHER_WORK_NOUNS)})\b)"
)
# the keyword each name-led pattern above holds shortly after its start (see Near)
AS_WORD = re.compile(r"\sas(?=\s)")
APOSTROPHE_S = re.compile(r"’s|'s")
PLAYED_WORD = re.compile(r"played|portrayed|voiced")
CAST_WORD = re.compile(r"cast")
JOINED_WORD = re.compile(r"joined|set|will")
STAR_WORD = re.compile(r"star")


def add_roles(cf: CreditFinder, cast: CastList, title: str | None) -> None:
    """Add every actor a name-led cue credits, with the character it names."""
    text, index, near = cf.text, cf.index, cf.near
    add, found = cast.add, cast.found
    for m in near.finditer(AS_RE, AS_WORD, 200):
        if index.in_quote(m.start()) or other_film(text, m.start(), title):
            continue
        actor = strip_lead(m.group(1), m.start(1))
        if actor:
            add(found(*actor, resolve=True), found(m.start(2), m.end(2)))
    for m in near.finditer(AS_DESCRIBED_RE, AS_WORD, 200):  # "Jane Roe as theoretical physicist Kit Marsh"
        described = DESCRIBED.match(text, m.end())
        actor = strip_lead(m.group(1), m.start(1))
        if described and actor and not index.in_quote(m.start()) and not other_film(text, m.start(), title):
            add(found(*actor, resolve=True), found(described.start(1), described.end(1)))
    for m in near.finditer(POSSESSIVE_RE, APOSTROPHE_S, 200):  # "Chris Pine's Captain Kirk"
        actor = strip_lead(m.group(1), m.start(1))
        a_title = re.match(r"(?:The|A|An)\s", m.group(1))  # "The Maze Runner's Wes Ball": a film's, not an actor's
        if actor and not a_title and not index.in_quote(m.start()) and not (title and m.group(2) in title):
            add(found(*actor), found(m.start(2), m.end(2)))
    for m in near.finditer(PLAYED_BY_RE, PLAYED_WORD, 220, char=True):
        add(found(m.start(2), m.end(2), True), found(m.start(1), m.end(1)))
    for m in near.each(DESCRIBED_PLAYED_BY_RE, "played", "portrayed", "voiced"):
        k = 1 if m.group(1) else 2
        add(found(m.start(k), m.end(k), True), None)
    for m in near.finditer(CAST_AS_RE, CAST_WORD, 220):  # "Jane Roe, who has been cast as Detective Kit Marsh"
        actor = strip_lead(m.group(1), m.start(1))
        if actor:
            add(found(*actor, resolve=True), found(m.start(2), m.end(2)))
    for m in near.finditer(JOINED_RE, JOINED_WORD, 220):  # "Jane Roe has joined the cast", "… is set to star as …"
        g = 1 if m.group(1) else 2
        actor = strip_lead(m.group(g), m.start(g))
        if actor and not index.in_quote(m.start()):
            add(found(*actor, resolve=True), None)
    for m in near.finditer(ALSO_STARS_RE, STAR_WORD, 220):  # "Jane Roe also stars." (not "stars in Other Film")
        actor = strip_lead(m.group(1), m.start(1))
        if actor and not index.in_quote(m.start()):
            add(found(*actor, resolve=True), found(m.start(2), m.end(2)) if m.group(2) else None)
