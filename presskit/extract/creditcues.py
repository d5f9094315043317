"""The cues of prose that credit directors, writers and crew: "directed by", "X directed", "the Jane
Roe-directed drama", "Jane Roe, who will direct", "screenplay by", "Jane Roe wrote the screenplay",
"Jane Roe, who wrote the script", "A, B and C executive producing", "Jane Roe, the production designer
on the film", "A and B acting as producers", "editor Jane Roe"; the job titles that are no film's
director ("festival director Jane Roe"); and the keyword each name-led cue holds (see Near)."""

from __future__ import annotations

import re

from presskit.extract.creditnames import ONE, WORD_START
from presskit.extract.names import NAME
from presskit.extract.vocab import CREW_ROLES

# "Executive Director Jane Roe", "festival director Jane Roe": a job, not the film's director
JOB_LEAD = re.compile(
    r"\b(?i:executive|managing|artistic|creative|festival|program|programming|art|casting|music|technical)\s+$"
)
DIRECTED_RE = re.compile(rf"{WORD_START}({NAME}|{ONE})\s+(?:\([^)]{{0,300}}\)\s+)?(?:directed|directs|co-directed)\b")
# "A, B and C executive producing": twelve names at most, as names_at reads, so that a long list of
# names is not re-read from each of its names
EXECUTIVE_PRODUCING_RE = re.compile(
    rf"((?:{NAME})(?:,\s*{NAME}){{0,11}}(?:,?\s*and\s+{NAME})?)"
    r"\s+executive[- ]producing"
)
APPOSITIVE_ROLE_RE = re.compile(
    rf"{WORD_START}({NAME}),\s+(?:the|its|the\s+(?:film|movie)(?:’s|'s))\s+((?i:{'|'.join(CREW_ROLES)}))\b"
)
ACTING_AS_RE = re.compile(
    rf"((?:{NAME})(?:,\s*{NAME}){{0,11}}(?:,?\s*and\s+{NAME})?)"
    r"\s+(?:acting|serving|attached|on\s+board)\s+as\s+(?:the\s+)?(executive\s+)?producers?\b"
)
# "the Jane Roe-directed drama", "Jane Roe-helmed", "Jane Roe, who will direct", "Jane Roe is set to direct"
DIRECTOR_OF_RE = re.compile(
    rf"{WORD_START}({NAME})(?:-(?:directed|helmed|co-directed)\b|,?\s+who\s+"
    r"(?:will|is set to|is to)\s+(?:also\s+)?(?:co-)?direct\b|"
    r"\s+(?:will|is set to|is to)\s+(?:co-)?direct\b)"
)
# "Jane Roe adapted the script from her novel", "Jane Roe wrote the screenplay", "Jane Roe is credited as the
# script writer"
WROTE_SCRIPT_RE = re.compile(
    rf"{WORD_START}({NAME})\s+(?:(?:also\s+)?(?:adapted|wrote|penned|co-wrote|scripted)\s+"
    r"(?:the\s+)?(?:script|screenplay)\b|(?:is|was)\s+credited\s+(?:as|with)\s+(?:the\s+)?"
    r"(?:script\s*writer|screenwriter|writer|screenplay|script)\b)"
)
NAMED_SCRIPT_RE = re.compile(rf"{WORD_START}({NAME}|{ONE})(?:’s|'s)?\s+(?:script|screenplay)\b")
WHO_WROTE_RE = re.compile(
    rf"{WORD_START}({NAME}|{ONE}),?\s+who\s+(?:also\s+)?(?:wrote|co-wrote|penned)\s+the\s+(?:screenplay|script)"
)
IS_PRODUCING_RE = re.compile(rf"({NAME})\s+(?:is|are)\s+(?:also\s+)?(executive\s+)?producing\b")
CO_WRITE_RE = re.compile(rf"{WORD_START}({NAME}|{ONE})\s+(?:came to\s+|would\s+)?co-wr(?:ite|ote)\b")
DIRECTED_BY = r"\b(?i:directed|helmed|co-directed)\s+by\s+"
WRITTEN_AND_DIRECTED_BY = r"\b(?i:written and directed|directed and written)\s+by\s+"
SCRIPT_BY = r"\b(?:screenplay|story|script|written|teleplay)\s+by\s+"
BEFORE_BY = {DIRECTED_BY: 20, WRITTEN_AND_DIRECTED_BY: 30, SCRIPT_BY: 20}  # "by" this far after their start
BY_WORD = re.compile(r"\sby(?=\s)")
WRITER_DIRECTOR = r"\b(?i:writer[-/]director|writer and director|writer-director-producer)\s+(?=[A-Z])"
WRITER_AND_DIRECTOR = r"\b(?i:writer[-/]director|writer and director)\s+(?=[A-Z])"
WRITER_NAMED = r"(?<!-)\b(?:screenwriters?|writers?)\s+(?=[A-Z])"
WROTE_WITH = r"\b(?:co-wrote|co-written|wrote)\s+(?:it\s+|the\s+(?:script|screenplay)\s+)?with\s+"
DIRECTOR_NAMED = re.compile(r"\b[Dd]irectors?\s+(?=[A-Z])")
# patterns every match of which starts with one of the words (as written; in lower case, ignoring case)
LED_BY: dict[str, tuple[tuple[str, ...], bool]] = {
    WRITER_DIRECTOR: (("writer",), True),
    WRITER_AND_DIRECTOR: (("writer",), True),
    WRITER_NAMED: (("screenwriter", "writer"), False),
    WROTE_WITH: (("co-wrote", "co-written", "wrote"), False),
}
# the keyword each name-led pattern holds shortly after its start (see Near)
DIRECT_WORD = re.compile(r"direct")
DIRECT_OR_HELMED = re.compile(r"direct|helmed")
SCRIPT_WORD = re.compile(r"script|screenplay")
WROTE_WORD = re.compile(r"adapted|wrote|penned|scripted|credited")
WHO_WORD = re.compile(r"who")
PRODUCING_WORD = re.compile(r"producing")
EXECUTIVE_WORD = re.compile(r"executive")
APPOSITIVE_COMMA = re.compile(r",(?=\s+(?:the|its)\s)")
ACTING_WORD = re.compile(r"acting|serving|attached|board")
CO_WRITE_WORD = re.compile(r"co-wr")
CREW_RE = re.compile(rf"\b((?i:{'|'.join(CREW_ROLES)}))\s+(?!of\b)(?:[a-z\-]+\s+){{0,2}}(?={NAME})")
CREW_LEADS = tuple(r.lower().removesuffix("s?") for r in CREW_ROLES)  # what every CREW_RE match starts with
