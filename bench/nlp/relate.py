"""What the parsed sentences say about people: entity kinds, speakers, directors, who plays whom.

Each relation comes from the dependency parse, never from nearness: the subject of "said", the
agent of "directed by", the subject (or the head of "who") of "plays", the head of "as".
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]
SAY = {"said", "says", "told", "tells", "added", "adds", "explained", "recalled", "noted", "insisted", "admitted"}
DIRECT = {"directed", "directs", "helmed", "helms"}
PLAY = {"plays", "played", "playing", "portrays", "portrayed", "portraying"}
TITLES = {"director": "director", "star": "cast", "actor": "cast", "actress": "cast", "co-star": "cast"}
FILM = {"film", "movie", "picture", "drama", "comedy", "thriller", "feature", "its"}
STAR = {"stars", "star", "starring", "starred", "cast", "co-stars", "co-starring"}
PLACES = {"ORG", "GPE", "FAC", "LOC", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"}


@dataclass
class Relations:
    """Everything the parse found, with spans in the article's cleaned text."""

    kinds: dict[str, Counter[str]] = field(default_factory=dict)
    speakers: list[tuple[Span, str, Span]] = field(default_factory=list)  # sentence, name, name span
    directors: list[tuple[str, Span]] = field(default_factory=list)
    cast: list[tuple[str, Span, str, Span]] = field(default_factory=list)
    titled: list[tuple[str, str, Span]] = field(default_factory=list)  # "director" or "cast", name, span
    starring: list[tuple[str, Span]] = field(default_factory=list)  # objects of "stars" / "starring"

    def not_person(self, name: str) -> bool:
        """Tagged only as a place, company or work wherever it occurs, never as a person."""
        kinds = self.kinds.get(name, Counter())
        return bool(kinds) and "PERSON" not in kinds and any(k in PLACES for k in kinds)


def relate(parsed: list[tuple[int, Any]]) -> Relations:
    """Read each (offset, spaCy Doc) sentence."""
    rel = Relations()
    for base, doc in parsed:
        person = {}
        for ent in doc.ents:
            rel.kinds.setdefault(ent.text, Counter())[ent.label_] += 1
            if ent.label_ == "PERSON":
                person.update({t.i: ent for t in ent})
        _read(doc, base, person, rel)
    return rel


def _read(doc: Any, base: int, person: dict[int, Any], rel: Relations) -> None:
    sent = (base, base + len(doc.text))

    def span(ent: Any) -> Span:
        return (base + ent.start_char, base + ent.end_char)

    for ent in set(person.values()):
        job = _title(ent)
        if job:
            rel.titled.append((job, ent.text, span(ent)))
    for tok in doc:
        low = tok.lower_
        if low in STAR and tok.pos_ == "VERB":
            for obj in tok.children:
                for t in [obj, *obj.conjuncts] if obj.dep_ == "dobj" else []:
                    if t.i in person:
                        rel.starring.append((person[t.i].text, span(person[t.i])))
        if low in SAY:
            for c in tok.children:
                if c.dep_ == "nsubj" and c.i in person:
                    rel.speakers.append((sent, person[c.i].text, span(person[c.i])))
        elif low in DIRECT:
            for who in _subjects(tok, person) + _agents(tok, person):
                rel.directors.append((who.text, span(who)))
        elif low in PLAY:
            actors = _subjects(tok, person)
            if tok.dep_ == "relcl" and tok.head.i in person:
                actors.append(person[tok.head.i])
            _played(rel, base, actors, _role([c for c in tok.children if c.dep_ == "dobj"], person))
        elif low == "as" and tok.dep_ == "prep":
            head = tok.head
            actors = [person[head.i]] if head.i in person else []
            if head.lower_ in STAR:  # "X stars as Y", also when "stars" is read as a noun
                actors += [person[c.i] for c in head.children if c.dep_ in ("nsubj", "compound") and c.i in person]
            _played(rel, base, actors, _role([c for c in tok.children if c.dep_ == "pobj"], person))


def _played(rel: Relations, base: int, actors: list[Any], role: tuple[str, int, int] | None) -> None:
    if role is None:
        return
    for a in actors:
        rel.cast.append((a.text, (base + a.start_char, base + a.end_char), role[0], (base + role[1], base + role[2])))


def _title(ent: Any) -> str | None:
    """ "director X", "the film's star X", "the director, X": the job a name is given, when
    the job word is not itself narrowed ("executive director", "casting director")."""
    root = ent.root
    words = [c for c in root.children if c.dep_ == "compound" and c.i == ent.start - 1]
    if root.dep_ == "appos":
        words.append(root.head)
    for w in words:
        job = TITLES.get(w.lower_)
        if not job or any(c.dep_ == "compound" for c in w.children):
            continue
        if job == "director" or any(c.dep_ == "poss" and c.lower_ in FILM for c in w.children):
            return job  # an actor is this film's only when the film is named as theirs
    return None


def _subjects(tok: Any, person: dict[int, Any]) -> list[Any]:
    return [person[c.i] for c in tok.children if c.dep_ == "nsubj" and c.i in person]


def _agents(tok: Any, person: dict[int, Any]) -> list[Any]:
    """The people after "directed by", with those joined by "and"."""
    found = []
    for by in tok.children:
        if by.dep_ in ("agent", "prep") and by.lower_ == "by":
            for obj in by.children:
                for t in [obj, *obj.conjuncts]:
                    if t.i in person and person[t.i] not in found:
                        found.append(person[t.i])
    return found


def _role(objects: list[Any], person: dict[int, Any]) -> tuple[str, int, int] | None:
    """The character a verb's object names: a person there (not a possessor), else a proper noun run."""
    for obj in objects:
        names = [person[t.i] for t in obj.subtree if t.i in person and t.dep_ != "poss"]
        if names:
            ent = names[-1]
            return ent.text, ent.start_char, ent.end_char
        heads = [t for t in obj.subtree if t.pos_ == "PROPN" and (t is obj or t.dep_ == "appos")]
        if heads:
            last = heads[-1]
            first = min([last.i] + [c.i for c in last.children if c.dep_ == "compound" and c.pos_ == "PROPN"])
            start, end = obj.doc[first].idx, last.idx + len(last.text)
            return obj.doc.text[start:end], start, end
    return None
