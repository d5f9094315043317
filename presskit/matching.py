"""Matching people and words across sources and their sections: accents, initials, "Jr." and
surname-only mentions. Shared by extraction (a section's list read once) and merging (the kit's people)."""

from __future__ import annotations

import re
import unicodedata

SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def plain(text: str) -> str:
    """Text folded for comparing: no accents, no case, no punctuation, single spaces."""
    text = re.sub(r"(?<=\w)['’ʼ](?=\w)", "", text)  # it’s, it's and its alike
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", folded).split())


def name_tokens(name: str) -> list[str]:
    """A person's name as folded words, without "Jr."-like suffixes."""
    return [t for t in plain(name).split() if t not in SUFFIXES]


def same_person(a: str, b: str) -> bool:
    """Whether two written names can be the same person: the same surname, and given names that agree
    (equal, one an initial of the other, or one side giving the surname only)."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb or ta[-1] != tb[-1]:
        return False
    if len(ta) == 1 or len(tb) == 1:
        return True
    fa, fb = ta[0], tb[0]
    return fa == fb or (len(fa) == 1 and fb.startswith(fa)) or (len(fb) == 1 and fa.startswith(fb))


def find_person(name: str, names: list[str]) -> int | None | bool:
    """The index of the one person in names that name is; None when it is nobody there; False when
    it could be several (a surname shared by two people): then nothing should be done with it."""
    hits = [i for i, other in enumerate(names) if same_person(name, other)]
    exact = [i for i in hits if name_tokens(names[i]) == name_tokens(name)]
    if exact:
        return exact[0]
    if len(hits) > 1:
        return False
    return hits[0] if hits else None


def same_words(a: str, b: str) -> bool:
    """Whether two quotations are the same line: equal once folded, or one holding the other whole
    (a review quoting part of a sentence another quotes in full)."""
    pa, pb = plain(a), plain(b)
    if not pa or not pb:
        return False
    if pa == pb:
        return True
    short, long = sorted((pa, pb), key=len)
    return len(short.split()) >= 5 and short in long


def mentions(text: str, title: str) -> bool:
    """Whether a text names a film (folded, so GODZILLA VS. KONG is Godzilla vs Kong)."""
    folded = plain(title)
    return bool(folded) and f" {folded} " in f" {plain(text)} "


class PersonIndex:
    """Names filed by surname, so that telling whether a name is someone already listed stays quick
    however long the list (a press-notes cast of thousands of lines)."""

    def __init__(self, names: list[str] | None = None) -> None:
        self._by_surname: dict[str, list[str]] = {}
        for name in names or []:
            self.add(name)

    def add(self, name: str) -> None:
        """List one more person."""
        tokens = name_tokens(name)
        self._by_surname.setdefault(tokens[-1] if tokens else "", []).append(name)

    def knows(self, name: str) -> bool:
        """Whether the name is, or may be, a person listed (see :func:`find_person`)."""
        tokens = name_tokens(name)
        return find_person(name, self._by_surname.get(tokens[-1] if tokens else "", [])) is not None
