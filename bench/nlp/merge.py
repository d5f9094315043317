"""The statistical stage's evidence joined to the rules' findings: directors, actors and characters
it relates are added, an empty speaker (or one the parse tags only as a place or company) is
replaced by the subject of "said" in the quotation's sentence."""

from __future__ import annotations

import os

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
    for part in parts():
        STEPS[part](result, rel, people)


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


def _add_titled(result: Extraction, rel: Relations, people: People) -> None:
    have = {d.value for d in result.directors}
    actors = {c.actor.value for c in result.cast}
    found = [(job, name, span) for job, name, span in rel.titled]
    found += [("cast", name, span) for name, span in rel.starring]
    title = result.title.value if result.title else None
    for job, name, span in found:
        full = _full(people, name, span[0])
        if not full or full == title:
            continue
        if job == "director" and full not in have:
            have.add(full)
            result.directors.append(Found(full, span))
        elif job == "cast" and full not in actors:
            actors.add(full)
            result.cast.append(CastFound(Found(full, span)))


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


STEPS = {
    "directed": _add_directors,  # "directed by X", "X directed"
    "plays": _add_cast,  # "X plays Y", "X, who plays Y", "X as Y"
    "titled": _add_titled,  # "director X", "the film's star X", "the film stars X"
    "said": _speakers,  # the subject of "said" for a quotation without a speaker
}


def parts() -> list[str]:
    """The steps PRESSKIT_NLP_PARTS names (comma-separated), all of them by default."""
    wanted = os.environ.get("PRESSKIT_NLP_PARTS", ",".join(STEPS)).split(",")
    return [p for p in STEPS if p in wanted]
