"""The title from cues in prose: the phrases around a film's name that say it is the film ("Glass
Harbor, the latest indie feature from", "the comedy film, Glass Harbor,", "CINEMA REVIEW: X (12A)", a
title over a star rating, "In X, Roe plays", "X director Jane Roe", "X's new trailer", "the premiere
of X", "his film X", a genre word before the title, "Jane Roe's The Long Night"), each with its
weight, and where each is tried (titlesites.py) so that none runs from every character."""

from __future__ import annotations

import re

from presskit.extract.near import led_by
from presskit.extract.titlesites import JOB_AFTER, after_openings, after_possessives, before_ends, before_jobs
from presskit.extract.titlewords import SMALL, TITLE_RUN, TITLE_WORD, plausible
from presskit.extract.vocab import GENRE_NOUNS, GENRE_PATTERN, phrases

GENRE_NOUN = GENRE_PATTERN
# the genre words that lead a title: "the drama Some Title"
GENRE_LEADS = phrases("film|movie|drama|comedy|thriller|documentary|biopic|feature|sequel|musical|horror|western|noir")
SHORT_RUN = rf"{TITLE_WORD}(?:\s(?:{SMALL}\s){{0,2}}{TITLE_WORD}){{0,8}}"  # a title's length at most: linear to try
# a description of a person, not of a film: "Jane Roe, the production designer on the film"
NOT_PERSON = (
    r"(?!(?:of|by|from|with|on|director|directors|star|producer|writer|actor|actress|designer|composer|editor|"
    r"cinematographer|filmmaker|screenwriter|creator|head|executive)\b)"
)
# what follows the title in "rights to The Long Night, the Jane Roe-directed drama" (no title holds a comma)
APPOSITIVE = re.compile(rf",\s+(?:the|a|an|his|her|their)\s+(?:{NOT_PERSON}[\w\-]+\s+){{0,4}}{GENRE_NOUN}\b")
# (weight, pattern, words one of which every match holds as written -- none: not looked for, words one
# of which every match starts with -- none: tried everywhere): where an article names its own film
CUED_TITLES: list[tuple[float, re.Pattern[str], tuple[str, ...], tuple[str, ...]]] = [
    # an appositive after the title: "Glass Harbor, the latest indie feature from …"
    # (a description, never a person's: "Jane Roe, the director of the film" is not a title)
    (
        3.0,
        re.compile(
            rf"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=—\s)|(?<=--\s))({SHORT_RUN})(?:,|\s[-–—])\s+"
            rf"(?:the|a|an|his|her|their)\s+(?:{NOT_PERSON}[\w\-]+\s+){{0,4}}{GENRE_NOUN}\b"
        ),
        (),
        (),
    ),
    # … and inside a sentence: "rights to The Long Night, the Jane Roe-directed drama"
    (
        2.0,
        re.compile(rf"\b(?:on|of|to|in|for)\s({SHORT_RUN}){APPOSITIVE.pattern}"),
        (),
        (),
    ),
    # an appositive after the genre: "The upcoming comedy film, Glass Harbor, from …"
    (3.0, re.compile(rf"\b{GENRE_NOUN},\s+({SHORT_RUN}),\s+[a-z]"), (), tuple(f"{g}," for g in GENRE_NOUNS)),
    # a review's headline: "CINEMA REVIEW: Some Title (12A)"
    (
        5.0,
        re.compile(
            rf"(?im)^[^\S\n]*(?:film\s+|cinema\s+|movie\s+)?review\s*[:–—|-]\s*({SHORT_RUN})"
            r"(?:\s*\((?:U|PG|12A?|15|18|R|PG-13|NC-17|TV-MA)\))?[^\S\n]*$"
        ),
        (),
        (),
    ),
    # a review's title line above its star rating: "THE LONG NIGHT" then "★★★"
    (
        5.0,
        re.compile(rf"(?m)^[^\S\n]*({SHORT_RUN})[^\S\n]*\n(?:[^\S\n]*\n){{0,2}}[^\S\n]*[★☆]{{1,5}}[^\S\n]*$"),
        ("★", "☆"),
        (),
    ),
    # "In The Long Night, Roe plays a widower"
    (
        3.0,
        re.compile(rf"\bIn\s+({SHORT_RUN}),\s+[A-Z][\w\-’']+(?:\s[A-Z][\w\-’']+)?\s+(?:plays|stars)\b"),
        ("plays", "stars"),
        ("In",),
    ),
    # "Some Title director Jane Roe", "Some Title star Jane Roe" (a trade paper's shorthand)
    (
        2.0,
        re.compile(rf"(?<![\w’'\-])[‘'“\"]?({SHORT_RUN})[’'”\"]?{JOB_AFTER.pattern}"),
        ("director", "star", "writer", "filmmaker", "producer", "helmer"),
        (),
    ),
    # "Some Title's new trailer", "Some Title's premiere"
    (
        1.5,
        re.compile(
            rf"(?<![\w’'\-])({SHORT_RUN})(?:’s|'s)\s+(?:[\w\-]+\s+){{0,4}}?"
            r"(?:trailer|teaser|poster|premiere|release|soundtrack|box[- ]office|opening weekend)\b"
        ),
        ("trailer", "teaser", "poster", "premiere", "release", "soundtrack", "box", "opening weekend"),
        (),
    ),
    # "the U.S. premiere of Some Title", "his film Some Title"
    (
        2.0,
        re.compile(rf"\b(?:premiere|release|screening|sequel|trailer)\s+of\s+({SHORT_RUN})"),
        ("premiere", "release", "screening", "sequel", "trailer"),
        ("premiere", "release", "screening", "sequel", "trailer"),
    ),
    (
        2.0,
        re.compile(rf"\b(?:his|her|their)\s+(?:new\s+|latest\s+)?(?:film|movie)\s+({SHORT_RUN})"),
        ("film", "movie"),
        ("his", "her", "their"),
    ),
]
# a director's film, unquoted: "Jane Roe's The Long Night" (words capped: no backtracking over a runaway token)
OWNED_TITLE = re.compile(rf"\b[A-Z][\w\-]{{1,40}}\s[A-Z][\w\-]{{1,40}}(?:’s|'s)\s+((?:The|A|An)\s{TITLE_RUN.pattern})")


def add_cued(text: str, scores: dict[str, float], spans: dict[str, tuple[int, int]]) -> None:
    """Add to scores (and spans, where a title is first seen) every title a cue of prose points at."""
    genre = "(?:" + "|".join(GENRE_LEADS) + ")"
    genre_run = re.compile(rf"\b(?:new\s+{genre},?|{genre})\s+[“\"]?(" + TITLE_RUN.pattern + ")")
    for m in led_by(genre_run, text, ("new", *GENRE_LEADS)):
        t = m.group(1)
        if plausible(t):
            scores[t] = scores.get(t, 0) + 1
            spans.setdefault(t, (m.start(1), m.end(1)))
    # a director's film, unquoted: "Jane Roe's The Long Night has received ..."
    for m in after_possessives(OWNED_TITLE, text):
        t = m.group(1)
        if plausible(t):
            scores[t] = scores.get(t, 0) + 1.5
            spans.setdefault(t, (m.start(1), m.end(1)))
    for (
        weight,
        rx,
        words,
        leads,
    ) in CUED_TITLES:  # "X, the latest feature from", "the comedy film, X,", "In X, Roe plays"
        if rx is CUED_TITLES[0][1]:
            found = after_openings(rx, text)  # tried where a sentence or line opens only
        elif rx.pattern.endswith(JOB_AFTER.pattern):
            found = before_jobs(rx, text)
        elif rx is CUED_TITLES[1][1]:
            found = before_ends(rx, text, [k.span() for k in APPOSITIVE.finditer(text)])
        elif words and not any(w in text for w in words):
            found = []
        else:
            found = led_by(rx, text, leads) if leads else list(rx.finditer(text))
        for m in found:
            t = m.group(1).rstrip(",.’'”\"")
            if plausible(t):
                scores[t] = scores.get(t, 0) + weight
                spans.setdefault(t, (m.start(1), m.start(1) + len(t)))
