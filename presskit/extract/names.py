"""Find people's names in running text and resolve a surname to the full name given elsewhere."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from presskit.extract.vocab import NOT_NAME
from presskit.extract.vocab import ORGANISATION_WORDS as NOT_IN_NAME

UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"  # a name may start with an accented capital (Émile, Łukasz)
# No full stop inside a name but initials. A name starts a word (not after a letter or digit) and a
# word's letters are capped at 40, so that no pattern built on names is tried from every capital of a
# runaway token (100 kB of base64, "Jean-Luc-Jean-Luc-…") nor backtracks over all of it.
CAPWORD = rf"(?<![^\W_])(?:(?:Mr|Mrs|Ms|Dr)\.|[{UPPER}]\.|[{UPPER}][\w'’\-]{{0,40}})"
PARTICLE = r"(?:de|van|von|da|del|della|der|la|le|di|du|bin|al|dos)(?![\w’'])"
NAME = rf"{CAPWORD}(?:\s(?:{CAPWORD}|“[A-Za-z]{{1,12}}”|{PARTICLE})){{1,3}}"
CHAR = rf"(?:The\s|the\s)?{CAPWORD}(?:\s(?:{CAPWORD}|of|the)){{0,3}}"
WORD_RE = re.compile(r"[^\W\d_][\w'’\-]*\.?|“[^\W\d_]{1,12}”|\"[^\W\d_]{1,12}\"")
GLUED = re.compile(r"[a-z]{3}[A-Z]|\d")
POSSESSIVE = re.compile(r"(’s|'s|’|')$")
INITIAL_END = re.compile(r"\b[A-Z]\.$")
JOINING_STOP = re.compile(r"[A-Z]\.|St\.|Jr\.|Bros\.")  # a word ending in a full stop that a name goes on after
PARTICLES = {"de", "van", "von", "da", "del", "della", "der", "la", "le", "di", "du", "bin", "al", "dos", "y"}
__all__ = ["NOT_IN_NAME", "NOT_NAME"]


@dataclass(frozen=True)
class Name:
    """A run of capitalised words that may be a person's name, with its span."""

    text: str
    start: int
    end: int

    @property
    def surname(self) -> str:
        """The last word, used to resolve later mentions such as "Faris says"."""
        return self.text.split()[-1]


def is_cap(word: str) -> bool:
    """Does the word (a nickname's quotation marks aside) start with a capital? Words glued together
    by a page ("PageDown", "IMG2041Jane") are not a name's."""
    core = word.strip('“”"')
    return bool(core) and core[0].isupper() and not GLUED.search(core)


# Words in a run are one space apart, and a run's words hold a letter that is not a lower-case ASCII one
# (a capital) or are name particles: a stretch of text without such words ends every run, so only the
# stretches of such words, one space apart, are read word by word.
PLAIN = r"a-z0-9,.;:!?()'’‘\"”“\-–—…/%&*\[\]"  # characters no capital run can start with
MAYBE = rf"(?:[{PLAIN}]*+[^\s{PLAIN}]|[{PLAIN}]*?(?<![a-z])(?:{'|'.join(sorted(PARTICLES))})(?![a-z]))\S*+"
STRETCH = re.compile(rf"(?<!\S){MAYBE}(?: {MAYBE})*")
FIRST_STRETCH = re.compile(rf"\S*(?: {MAYBE})*")


def capital_runs(text: str, start: int = 0, end: int | None = None) -> list[Name]:
    """Runs of capitalised words (with name particles and nicknames) between start and end."""
    end = len(text) if end is None else end
    first = FIRST_STRETCH.match(text, start, end)  # the stretch at start (perhaps mid-word)
    assert first is not None
    stretches = [(start, first.end())] + [m.span() for m in STRETCH.finditer(text, first.end(), end)]
    runs: list[Name] = []
    caps: dict[str, bool] = {}  # is_cap of each word seen
    lead: dict[str, bool] = {}  # words that never start a name ("The", "Director")
    memo: dict[str, list[tuple[int, str]]] = {}  # a stretch's runs hang on its own characters only:
    for s, e in stretches:  # one written again ("Kazan", "I", "The film") is read once
        key = text[s:e]
        if key not in memo:
            memo[key] = _stretch_runs(key, caps, lead)
        runs += [Name(words, s + at, s + at + len(words)) for at, words in memo[key]]
    return runs


def _stretch_runs(text: str, caps: dict[str, bool], lead: dict[str, bool]) -> list[tuple[int, str]]:
    """The runs in one stretch of text: their offsets in it and their words."""
    runs: list[tuple[int, str]] = []
    cur: list[tuple[str, int, int]] = []  # the words of the run being read, with their spans

    def flush() -> None:
        while cur and (cur[-1][0].lower() in PARTICLES or not caps[cur[-1][0]]):
            cur.pop()
        first = 0  # leading words that never start a name, skipped without shifting
        while first < len(cur):
            w = cur[first][0]
            if w not in lead:
                lead[w] = w.rstrip(".") in NOT_NAME or w in NOT_NAME
            if not lead[w]:
                break
            first += 1
        if first < len(cur):
            s, e = cur[first][1], cur[-1][2]
            words = text[s:e]
            if words.endswith(("’s", "'s")):  # a possessive is no part of the name
                words = words[:-2]
            elif words.endswith(("’", "'")):
                words = words[:-1]
            if words.endswith(".") and not INITIAL_END.search(words):
                words = words[:-1]
            runs.append((s, words))
        cur.clear()

    last_end, goes_on = 0, False  # the end of cur's last word; may a word join it (no "’s", no stop)?
    for m in WORD_RE.finditer(text):
        w = m.group(0)
        c = caps.get(w)
        if c is None:
            c = caps[w] = is_cap(w)
        ws = m.start()
        if cur and goes_on and ws == last_end + 1 and text[last_end] == " " and (c or w in PARTICLES):
            cur.append((w, ws, m.end()))
        else:
            if cur:
                flush()
            if not c:
                continue
            cur.append((w, ws, m.end()))
        last_end = m.end()
        goes_on = not w.endswith(("’s", "'s")) and not (w.endswith(".") and not JOINING_STOP.fullmatch(w))
    if cur:
        flush()
    return runs


def person_like(name: str) -> bool:
    """Two to four words, none of them a company or institution word."""
    words = name.split()
    if not 2 <= len(words) <= 5:
        return False
    if any(w in NOT_IN_NAME or w.rstrip(".") in NOT_NAME for w in words):
        return False
    return all(is_cap(w) or w in PARTICLES for w in words)


class People:
    """The full names an article gives, used to resolve surnames and first names to them."""

    def __init__(self, text: str, runs: list[Name] | None = None) -> None:
        """runs: capital_runs(text), when already read."""
        runs = [n for n in (capital_runs(text) if runs is None else runs) if person_like(n.text)]
        tails = {" ".join(n.text.split()[1:]) for n in runs}  # "Van Roe" is "Jane Van Roe" named short
        self.full: list[Name] = [n for n in runs if not (n.text.split()[0].lower() in PARTICLES and n.text in tails)]
        self.by_last: dict[str, list[Name]] = {}
        self.by_first: dict[str, list[Name]] = {}
        for n in self.full:
            self.by_last.setdefault(n.surname, []).append(n)
            words = n.text.split()
            if len(words) >= 3 and words[-2].lower() in PARTICLES:  # "Jane Van Roe" is also "Van Roe"
                self.by_last.setdefault(" ".join(words[-2:]), []).append(n)
            self.by_first.setdefault(n.text.split()[0], []).append(n)
        self._index: dict[tuple[bool, str], _Mentions] = {}

    def resolve(self, word: str, before: int | None = None) -> str | None:
        """The full name a single surname (or first name) stands for, preferring earlier mentions."""
        word = POSSESSIVE.sub("", word.strip())
        if not word:
            return None
        if " " in word and word not in self.by_last:
            return word
        last = word in self.by_last
        hits = self.by_last.get(word) or self.by_first.get(word)
        if not hits:
            return None
        key = (last, word)
        if key not in self._index:
            self._index[key] = _Mentions(hits)
        return self._index[key].best(before)

    def canonical(self, name: str, before: int | None = None) -> str:
        """A name as given, or its full form when only a surname was given."""
        return self.resolve(name, before) or name


class _Mentions:
    """The full names one word stands for, in order, with the most given among the first k of them
    for every k: a look-up is a bisection, not a count over every mention again."""

    def __init__(self, hits: list[Name]) -> None:
        self.starts = [n.start for n in hits]
        self.leader: list[str] = []  # leader[k - 1]: most mentioned (then shortest, then first) of hits[:k]
        counts: dict[str, int] = {}
        order: dict[str, int] = {}
        lead = ""
        for n in hits:
            t = n.text
            counts[t] = counts.get(t, 0) + 1
            order.setdefault(t, len(order))
            if not lead or (counts[t], -len(t), -order[t]) > (counts[lead], -len(lead), -order[lead]):
                lead = t
            self.leader.append(lead)

    def best(self, before: int | None) -> str:
        """The name among the mentions before offset before (all of them when none is)."""
        k = bisect.bisect_left(self.starts, before) if before is not None else 0
        return self.leader[(k or len(self.leader)) - 1]
