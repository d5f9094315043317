"""Crew other than directors and writers, with their roles: "Jane Roe is producing", "produced by",
"A, B and C executive producing", "Jane Roe, the production designer on the film", "with A, B and C
acting as producers", "editor Jane Roe" (but not "producer Jane Roe's next venture"), "scored by",
"Jane Roe co-wrote". Each person keeps the first role credited; the directors and writers are left out."""

from __future__ import annotations

from presskit.extract.creditcues import (
    ACTING_AS_RE,
    ACTING_WORD,
    APPOSITIVE_COMMA,
    APPOSITIVE_ROLE_RE,
    CO_WRITE_RE,
    CO_WRITE_WORD,
    CREW_LEADS,
    CREW_RE,
    EXECUTIVE_PRODUCING_RE,
    EXECUTIVE_WORD,
    IS_PRODUCING_RE,
    PRODUCING_WORD,
)
from presskit.extract.creditnames import CreditReader
from presskit.extract.result import CrewFound
from presskit.extract.vocab import BY_VERB_ROLES


def find_crew(cf: CreditReader, exclude: set[str]) -> list[CrewFound]:
    """Other crew with their roles: producers, designers, editors, composers and the like."""
    out: list[CrewFound] = []
    for m in cf.near.finditer(IS_PRODUCING_RE, PRODUCING_WORD, 240):
        role = "executive producer" if m.group(2) else "producer"
        out += [CrewFound(f, role) for f in cf.names_at(m.start(1), 1)]
    for m in cf.near.each(r"\b(executive\s+)?produced\s+(?:by|alongside|with)\s+", "produced"):
        out += [CrewFound(f, "executive producer" if m.group(1) else "producer") for f in cf.names_at(m.end())]
    for m in cf.near.finditer(EXECUTIVE_PRODUCING_RE, EXECUTIVE_WORD, 2300):
        out += [CrewFound(f, "executive producer") for f in cf.names_at(m.start(1))]
    for m in cf.near.finditer(
        APPOSITIVE_ROLE_RE, APPOSITIVE_COMMA, 200
    ):  # "Jane Roe, the production designer on the film"
        out += [CrewFound(f, _singular(m.group(2))) for f in cf.names_at(m.start(1), 1)]
    for m in cf.near.finditer(ACTING_AS_RE, ACTING_WORD, 2300):  # "with A, B and C acting as producers"
        role = "executive producer" if m.group(2) else "producer"
        out += [CrewFound(f, role) for f in cf.names_at(m.start(1))]
    for m in cf.near.led(CREW_RE, *CREW_LEADS, fold=True):
        role = _singular(m.group(1))
        for f in cf.names_at(m.end()):
            if f.span and cf.text[f.span[1] : f.span[1] + 2] in ("’s", "'s"):
                continue  # "producer Jane Roe's next venture": another project
            out.append(CrewFound(f, role))
    by_verb = r"\b(composed|scored|edited|shot|choreographed)\s+(?:[\w ]{0,30}?\s)?by\s+(?=[A-Z])"
    for m in cf.near.each(by_verb, *BY_VERB_ROLES):
        role = BY_VERB_ROLES[m.group(1)]
        out += [CrewFound(f, role) for f in cf.names_at(m.end(), 1)]
    for m in cf.near.finditer(CO_WRITE_RE, CO_WRITE_WORD, 220):
        out += [CrewFound(f, "co-writer") for f in cf.names_at(m.start(1), 1)]
    seen: set[str] = set()
    result = []
    for c in out:
        if c.name.value not in seen and c.name.value not in exclude:
            seen.add(c.name.value)
            result.append(c)
    return result


def _singular(role: str) -> str:
    role = role.lower()
    return role[:-1] if role.endswith("s") and not role.endswith("ss") else role
