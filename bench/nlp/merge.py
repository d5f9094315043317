"""The statistical stage's evidence joined to the rules' findings: directors, actors and characters
it relates are added, an empty speaker (or one the parse tags only as a place or company) is
replaced by the subject of "said" in the quotation's sentence."""

from __future__ import annotations

from bench.nlp.relate import Relations
from bench.nlp.stage import read
from presskit.extract.names import People
from presskit.extract.result import CastFound, Extraction, Found


def refine(result: Extraction, text: str, people: People) -> None:
    """Improve the rules' extraction in place when the model is there; otherwise leave it as is."""
    named = [f.value for f in result.directors + result.writers] + [c.actor.value for c in result.cast]
    named += [c.name.value for c in result.crew]
    title = result.title.value if result.title else ""
    rel = read(text, {w for n in named + [title] for w in n.split()[-1:]})
    if rel is None:
        return
    _add_directors(result, rel, people)
    _add_cast(result, rel, people)
    _speakers(result, rel, people)


def _full(people: People, name: str, at: int) -> str | None:
    full = people.canonical(name, at)
    return full if " " in full else None


def _add_directors(result: Extraction, rel: Relations, people: People) -> None:
    have = {d.value for d in result.directors}
    for name, span in rel.directors:
        full = _full(people, name, span[0])
        if full and full not in have:
            have.add(full)
            result.directors.append(Found(full, span))


def _add_cast(result: Extraction, rel: Relations, people: People) -> None:
    actors = {c.actor.value: c for c in result.cast}
    for actor, aspan, role, rspan in rel.cast:
        full = _full(people, actor, aspan[0])
        if not full or role == full:
            continue
        c = actors.get(full)
        if c is None:
            actors[full] = CastFound(Found(full, aspan), Found(role, rspan))
            result.cast.append(actors[full])
        elif c.character is None:
            c.character = Found(role, rspan)


def _speakers(result: Extraction, rel: Relations, people: People) -> None:
    for q in result.quotes:
        span = q.text.span
        if span is None or (q.speaker is not None and not rel.not_person(q.speaker.value)):
            continue
        for sent, name, nspan in rel.speakers:
            inside = span[0] <= nspan[0] < span[1]
            if sent[0] <= span[0] < sent[1] and not inside:
                q.speaker = Found(people.canonical(name, nspan[0]), nspan)
                break
