"""Press notes set their credits as labelled lines ("Director: Jane Roe", "DIRECTED BY JANE ROE") and
their cast as a list under a "Cast" heading ("Jane Roe – Kit", "Jane Roe ... Kit", "Jane Roe as Kit")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from presskit.extract.names import People, person_like
from presskit.extract.result import CastFound, Found
from presskit.extract.vocab import CAST_HEADINGS, CREDIT_LABELS, FACT_LABELS, SECTION_HEADINGS

ROLES = CREDIT_LABELS
GROUPS = re.compile(r"^\s*(?:crew|credits|production|technical credits)\s*:\s*", re.I)  # "Crew: Director: …"
SEGMENT = re.compile(r"(?<=[.;])\s+(?=[A-Z][A-Za-z’' ]{2,30}:)")  # "Camera: A. Editor: B." on one line
LABEL_RE = re.compile(r"^\s*([A-Za-zÀ-ÿ’' ]{3,40}?)\s*(?::|\.{3,}|…|\s{3,}|\t)\s*(\S.*)$")
UPPER_LABEL_RE = re.compile(r"^\s*((?:[A-Z’']+\s){1,4}(?:BY|OF PHOTOGRAPHY))\s+(\S.*)$")
CAST_LINE_RE = re.compile(r"^\s*(.+?)\s*(?:\s[–—-]\s|\.{3,}|…|\t+|\s{3,}|\s+as\s+)\s*(.+?)\s*$")


@dataclass
class Labelled:
    """Credits read from labelled lines."""

    roles: dict[str, list[Found]] = field(default_factory=dict)
    cast: list[CastFound] = field(default_factory=list)
    credit_lines: set[int] = field(default_factory=set)  # line numbers that are credits, not page junk
    facts: dict[str, Found] = field(default_factory=dict)  # "release date" -> "12 March 2021"


def is_heading(line: str) -> bool:
    """A press-notes section heading such as "Synopsis" or "Press Contact"."""
    return line.strip().rstrip(":").casefold() in SECTION_HEADINGS


def read_labelled(lines: list[tuple[int, str]], people: People) -> Labelled:
    """Labelled credits and a cast list from (offset, text) lines of the cleaned article."""
    out = Labelled()
    in_cast = False
    pending: str | None = None  # a credit label alone on its line ("Directed by"): names follow below
    for n, (offset, text) in enumerate(lines):
        stripped = text.strip()
        if not stripped:
            continue
        label_only = ROLES.get(stripped.rstrip(":").casefold())
        if label_only:
            pending, in_cast = label_only, False
            out.credit_lines.add(n)
            continue
        if pending:
            above, pending = pending, None
            names = _names(stripped, offset + text.find(stripped), people)
            if names:
                out.roles.setdefault(above, []).extend(names)
                out.credit_lines.add(n)
                continue
        if stripped.rstrip(":").casefold() in FACT_LABELS:  # "Release Date" alone: a fact list, not the cast
            in_cast = False
            continue
        if is_heading(stripped):
            in_cast = stripped.rstrip(":").casefold() in CAST_HEADINGS
            continue
        segments = [s for s in SEGMENT.split(text) if s.strip()] if ":" in text else [text]  # ":" ends a label
        if (len(segments) > 1 or GROUPS.match(text)) and _credit_segments(text, offset, people, out):
            out.credit_lines.add(n)
            in_cast = False
            continue
        m = LABEL_RE.match(text) or UPPER_LABEL_RE.match(text)
        role = ROLES.get(m.group(1).strip().casefold()) if m else None
        if m and role:
            names = _names(m.group(2), offset + m.start(2), people)
            if names:
                out.roles.setdefault(role, []).extend(names)
                out.credit_lines.add(n)
            in_cast = False
            continue
        if m and m.group(1).strip().casefold() in FACT_LABELS:
            out.credit_lines.add(n)  # "Genre: Drama", "Release date: 12 March": facts, not page junk
            value, at = m.group(2).strip(), offset + m.start(2)
            out.facts[m.group(1).strip().casefold()] = Found(value, (at, at + len(value)))
            continue
        if m and m.group(1).strip().casefold() in CAST_HEADINGS | {"with"}:
            out.cast += [CastFound(f) for f in _names(m.group(2), offset + m.start(2), people)]
            out.credit_lines.add(n)
            continue
        c = CAST_LINE_RE.match(text) if in_cast and len(stripped) < 90 else None  # a cast line is short
        if c and person_like(c.group(1)):
            actor = Found(c.group(1), (offset + c.start(1), offset + c.end(1)))
            role_text = c.group(2).strip().rstrip(".")
            char = Found(role_text, (offset + c.start(2), offset + c.start(2) + len(role_text))) if role_text else None
            out.cast.append(CastFound(actor, char))
            out.credit_lines.add(n)
        elif in_cast and person_like(stripped) and len(stripped.split()) <= 4:
            out.cast.append(
                CastFound(Found(stripped, (offset + text.find(stripped), offset + text.find(stripped) + len(stripped))))
            )
            out.credit_lines.add(n)
        elif stripped.endswith((".", "!", "?")) and len(stripped.split()) > 8:
            in_cast = False
    return out


def _credit_segments(text: str, offset: int, people: People, out: Labelled) -> bool:
    """A trade review's credit block: "Crew: Director: A. Screenplay: A, B. Camera: C." (True if read)."""
    found = False
    pos = 0
    for segment in SEGMENT.split(text):
        start = text.find(segment, pos)
        pos = start + len(segment)
        group = GROUPS.match(segment)
        body_at = group.end() if group else 0
        m = LABEL_RE.match(segment[body_at:])
        if not m:
            continue
        label = m.group(1).strip().casefold()
        base = offset + start + body_at
        names = _names(m.group(2).rstrip("."), base + m.start(2), people)
        if label in ROLES and names:
            out.roles.setdefault(ROLES[label], []).extend(names)
            found = True
        elif label in CAST_HEADINGS | {"with"} and names:
            out.cast += [CastFound(f) for f in names]
            found = True
    return found


def _names(value: str, offset: int, people: People) -> list[Found]:
    out = []
    value = re.sub(r"\([^()]{0,30}\)", lambda m: " " * len(m.group(0)), value)  # "(p.g.a.)", "(ACE)"
    for m in re.finditer(r"[^,;&/]+", value):
        for part in re.split(r"\s+and\s+", m.group(0)):
            written = part.strip().strip(".")
            if not written:
                continue
            name = written.title() if written.isupper() else written
            start = offset + m.start() + m.group(0).find(written)
            if person_like(name):
                out.append(Found(name, (start, start + len(written)), inferred=name != written))
    return out
