"""Find quotations and who said them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from presskit.extract.marks import is_title, quote_spans, single_quote_spans
from presskit.extract.names import CAPWORD, NOT_NAME, PARTICLE, People, capital_runs, person_like
from presskit.extract.result import Found, QuoteFound
from presskit.extract.segment import Span, paragraphs, sentences

VERBS = (r"says|said|say|adds|added|explains|explained|tells|told|recalls|recalled|laughs|laughed|"
         r"agrees|agreed|notes|noted|continues|continued|remembers|remembered|admits|admitted|jokes|"
         r"joked|reveals|revealed|insists|insisted|describes|described|writes|wrote|asks|asked|sings|"
         r"sang|states|stated|recounts|recounted|quipped|observes|observed|shares|shared|confessed|"
         r"confesses|enthused|offers|offered|replies|replied|concedes|conceded|argues|argued|"
         r"muses|mused|reflects|reflected|points out|pointed out|went on|goes on|gushed|raved|"
         r"declared|declares|announced|announces|commented|comments|wonders|wondered|beams|beamed")
NAME_PAT = rf"({CAPWORD}(?:\s(?:{CAPWORD}|{PARTICLE})){{0,3}})"
AFTER_RE = re.compile(  # '," Roe says.' -- but not 'Roe agreed:' which introduces the next quote
    rf"^[\s,]*(?:{NAME_PAT}|(he|she|they|I|we))\s+(?:(?:also|then|later|once|simply)\s+)?({VERBS})\b(?!\s*:)",
)
SUBJECT_VERB = re.compile(
    r"^(?:’s|'s)?\s*(?:,[^,]{1,80},\s*)?(?:also\s+|still\s+|then\s+|now\s+|later\s+|first\s+|even\s+)?"
    r"(?:is|was|wasn’t|wasn't|isn’t|has|had|hasn’t|will|would|could|can|did|does|didn’t|"
    r"[a-z]+(?:s|ed))\b"
)
OBJECT_BEFORE = re.compile(r"\b(?:than|like|as|of|to|for|with|by|about|from|in|on|at|into)\s+$")
CALLED_RE = re.compile(
    r"\b(?:called|calls|dubbed|dubs|described\s+\w+\s+as|describes\s+\w+\s+as)\s+"
    r"(?:\w+[’']s\s+\w+\s+|the\s+\w+\s+|it\s+|them\s+|him\s+|her\s+)?$"
)
AFTER_INV_RE = re.compile(rf"^[\s,]*({VERBS})\s+(?:(?:the\s+)?[a-z]+\s+)?{NAME_PAT}")
BEFORE_RE = re.compile(rf"(?:{NAME_PAT}|\b(he|she|they|I|we))\s+(?:\w+\s+)?({VERBS})(?:\s+that)?[\s,:]*$", re.I)
VERB_TAIL = re.compile(rf"\b(?:{VERBS})(?:\s+that)?[\s,:]*$", re.I)


def _before_match(before: str) -> re.Match[str] | None:
    """'Roe said: “…' -- the cheap tail test first, the full pattern only when a verb ends the text."""
    tail = before[-30:]
    if not VERB_TAIL.search(tail):
        return None
    return BEFORE_RE.search(before[-80:])


OPEN = "“\""
QUOTE_WORDS = re.compile(r"\b(quote|quotes|said|says|statement|told|wrote|below|following|reads?)\b", re.I)


@dataclass
class _Q:
    start: int  # of the inner text
    end: int
    speaker: str | None = None
    inferred: bool = False
    para: int = 0

TITLE_WORDS = {"CEO", "President", "Chairman", "Chairwoman", "Chair", "Founder", "Co-founder", "Head", "Chief",
               "Director", "Producer", "Executive", "Officer", "Vice", "VP", "EVP", "SVP", "Manager", "Editor",
               "Minister", "Senator", "Governor", "Mayor", "Professor", "Critic", "Actor", "Actress", "Star"}


def _drop_titles(name: str) -> str:
    """'Neon CEO Tom Quinn' -> 'Tom Quinn': keep the words after the last job title."""
    words = name.split()
    cut = max((i for i, w in enumerate(words) if w in TITLE_WORDS), default=-1)
    rest = words[cut + 1:]
    return " ".join(rest) if rest else name


class QuoteFinder:
    """Walks the paragraphs in order, keeping who spoke last for "she said" and continuations."""

    def __init__(self, text: str, people: People, characters: dict[str, str] | None = None) -> None:
        self.text = text
        self.people = people
        self.characters = characters or {}  # a character's name (or first name) -> the actor
        self.last_speaker: str | None = None
        self.speakers: list[str] = []
        self.gender: dict[str, str] = {}

    def find(self) -> list[QuoteFound]:
        """Every quotation in the text with its speaker."""
        found: list[_Q] = []
        paras = paragraphs(self.text)
        single = not re.search(r"[“”\"]", self.text)  # no double marks at all: quotes are in single ones
        for pi, p in enumerate(paras):
            if single:
                spans: list[tuple[int, int]] = []
                for s in single_quote_spans(self.text, p):  # attributed, or going on from one that was
                    if self._is_quote(s, p) and (self._attributed(s, p) or (spans and self._continues(s, p))):
                        spans.append(s)
            else:
                spans = [s for s in quote_spans(self.text, p) if self._is_quote(s, p)]
            if not spans and pi > 0 and self._block_quote(paras[pi - 1], p):
                q = _Q(p[0], p[1], para=pi)
                prev = paras[pi - 1]
                q.speaker, q.inferred = self._pronoun(self._prev_pronoun(prev), prev[1], prev), True
                if q.speaker:
                    self.last_speaker = q.speaker
                    self.speakers.append(q.speaker)
                found.append(q)
                continue
            para_quotes = [_Q(s, e, para=pi) for s, e in spans]
            for q in para_quotes:
                self._attribute(q, p)
            self._carry(para_quotes)
            for q in para_quotes:
                if q.speaker:
                    self.last_speaker = q.speaker
                    self.speakers.append(q.speaker)
            found.extend(para_quotes)
        self._run_on(found, paras)
        self._interviewee(found, paras)
        return [self._out(q) for q in found]

    def _run_on(self, found: list[_Q], paras: list[Span]) -> None:
        """A quotation that runs over paragraphs (no closing mark, the next paragraph opens with a mark)
        is the speaker's who is named at its end."""
        for q, nxt in zip(found, found[1:], strict=False):
            unclosed = q.end >= paras[q.para][1] - 1 and self.text[q.end:q.end + 1] not in ("”", '"', "’", "'")
            if unclosed and nxt.para == q.para + 1 and nxt.start == paras[nxt.para][0] + 1 and nxt.speaker \
                    and (q.speaker is None or q.inferred):
                q.speaker, q.inferred = nxt.speaker, True

    def _interviewee(self, found: list[_Q], paras: list[Span]) -> None:
        """Interviews: an answer with no attribution is the interviewee's: the person the article
        says it spoke to, else the speaker of the nearest attributed answer."""
        if all(q.speaker for q in found):
            return
        m = re.search(rf"\b(?:spoke|talked|sat down)\s+(?:to|with)\s+{NAME_PAT}|\binterview\s+with\s+{NAME_PAT}",
                      self.text)
        named = self.people.resolve((m.group(1) or m.group(2)).rstrip("."), m.start()) if m else None
        asked = any(self.text[s:e].rstrip().endswith("?") and "“" not in self.text[s:e] for s, e in paras)
        for i, q in enumerate(found):
            if q.speaker or not (named or asked):
                continue
            near = [x for x in found[i + 1:i + 4] + found[max(0, i - 3):i][::-1] if x.speaker and not x.inferred]
            q.speaker = named or (near[0].speaker if near else None)
            q.inferred = True

    def _out(self, q: _Q) -> QuoteFound:
        inner = self.text[q.start:q.end]
        lead = len(inner) - len(inner.lstrip(" \n"))
        value = inner.strip(" \n") if inner.strip().endswith((".", ",", "?", "!", "…")) else inner.lstrip(" \n")
        if not value.strip():
            value = inner
        span = (q.start + lead, q.start + lead + len(value))
        sp = Found(q.speaker, None, q.inferred) if q.speaker else None
        return QuoteFound(Found(value, span), sp)

    def _is_quote(self, s: tuple[int, int], p: Span) -> bool:
        inner = self.text[s[0]:s[1]].strip()
        words = inner.split()
        before = self.text[p[0]:s[0] - 1].rstrip()
        if is_title(inner):
            return False  # also 'a script called “Some Title,”'
        if CALLED_RE.search(self.text[p[0]:s[0] - 1]):
            return True  # 'Roe called the film “stunning,”' -- and called the shoot “the best weeks…”
        if len(words) < 2:
            return False
        mark = "”" if "”" in before else "’" if "’" in before else None
        gap = before[before.rfind(mark) + 1:] if mark else None
        if gap is not None and (AFTER_RE.match(gap) or AFTER_INV_RE.match(gap)):
            return True  # '“…,” says Roe, “…”': the second half of a quote split by its attribution
        after = self.text[s[1] + 1:min(p[1], s[1] + 80)]
        if AFTER_RE.match(after) or AFTER_INV_RE.match(after) or _before_match(before):
            return True
        starts_clause = not before or before.endswith((".", ":", "!", "?", "”", '"', "—", ";"))
        if starts_clause:
            return len(words) >= 3
        return len(words) >= 12 and inner[:1].isupper()

    def _continues(self, s: tuple[int, int], p: Span) -> bool:
        """The quotation opens a new sentence (after ". " or the previous quotation's attribution)."""
        before = self.text[p[0]:s[0] - 1].rstrip()
        return before.endswith((".", "!", "?", ":", "’", "'"))

    def _attributed(self, s: tuple[int, int], p: Span) -> bool:
        """A single-marked quotation counts only with a speech verb beside it (titles use the same marks)."""
        after = self.text[s[1] + 1:min(p[1], s[1] + 80)]
        before = self.text[p[0]:s[0] - 1].rstrip()
        gap = before[before.rfind("’") + 1:] if "’" in before else ""
        return bool(AFTER_RE.match(after) or AFTER_INV_RE.match(after) or _before_match(before)
                    or (gap and (AFTER_RE.match(gap) or AFTER_INV_RE.match(gap))))

    def _attribute(self, q: _Q, p: Span) -> None:
        after = self.text[q.end + 1:min(p[1], q.end + 100)]
        m = AFTER_RE.match(after)
        if m:
            self._set(q, m.group(1), m.group(2), p)
            return
        m = AFTER_INV_RE.match(after)
        if m:
            self._set(q, m.group(2), None, p)
            return
        sent = self._sentence_before(q.start - 1, p)
        if CALLED_RE.search(sent):
            subj = self._subject(sent, q.start - 1 - len(sent))
            if subj:
                q.speaker = subj
                return
        m = _before_match(sent.rstrip())
        if m and (m.group(1) or m.group(2)):
            self._set(q, m.group(1), m.group(2), p)
            return
        if sent.rstrip().endswith(":"):
            subj = self._subject(sent, q.start - len(sent))
            if subj:
                q.speaker = subj
                return
            pron = re.search(r"\b(he|she|his|her)\b", sent, re.I)
            if pron:
                q.speaker, q.inferred = self._pronoun(pron.group(1), q.start, p), True

    def _set(self, q: _Q, name: str | None, pron: str | None, p: Span) -> None:
        if name:
            name = _drop_titles(name.rstrip("."))
        if name and name.split()[0] not in NOT_NAME and name[0].isupper():
            full = self.people.resolve(name, q.start)
            if full:
                q.speaker = full
                return
        if pron or name:
            q.speaker, q.inferred = self._pronoun((pron or name or "").lower(), q.start, p), True

    def _sentence_before(self, pos: int, p: Span) -> str:
        for s, e in sentences(self.text, p):
            if s <= pos <= e + 1:
                return self.text[s:pos]
        return self.text[p[0]:pos]

    def _subject(self, sent: str, offset: int) -> str | None:
        """The first non-possessive person named in a sentence, outside quotation marks."""
        depth = 0
        clean = []
        for c in sent:
            if c in "“":
                depth += 1
            elif c == "”":
                depth = max(0, depth - 1)
            clean.append(" " if depth and c not in "“”" else c)
        plain = "".join(clean)
        first: str | None = None
        for r in capital_runs(plain):
            if plain[r.end:r.end + 2] in ("’s", "'s") or plain[r.end:r.end + 1] == "’":
                continue
            full = self._person(r.text, offset + r.start)
            if not full or OBJECT_BEFORE.search(plain[max(0, r.start - 8):r.start]):
                continue  # "than Jane Roe", "with Jane Roe": not who is speaking
            if SUBJECT_VERB.match(plain[r.end:r.end + 100]):
                return full
            first = first or full
        return first

    def _person(self, name: str, pos: int) -> str | None:
        """The full name of a person mentioned; a character stands for the actor who plays them."""
        if name in self.characters:
            return self.characters[name]
        full = self.people.resolve(name, pos)
        if full and full in self.characters:
            return self.characters[full]
        return full if full and person_like(full) else None

    def _pronoun(self, pron: str, pos: int, p: Span) -> str | None:
        """Who "he" or "she" is: the paragraph's last subject, else the last speaker of that gender."""
        sex = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}.get(pron.lower())
        for s, e in reversed(sentences(self.text, (p[0], pos))):
            subj = self._subject(self.text[s:min(e, pos)], s)
            if subj:
                self._learn(subj, sex)
                return subj
        para = self.text[p[0]:pos]
        if sex is None:
            if re.search(r"\bthe (?:actress|woman)\b", para):
                sex = "f"
            elif re.search(r"\bthe (?:actor|man)\b", para):
                sex = "m"
        for name in reversed(self.speakers):
            if sex is None or self.gender.get(name, sex) == sex:
                return name
        return self.last_speaker

    def _learn(self, name: str, sex: str | None) -> None:
        if sex:
            self.gender.setdefault(name, sex)

    def _prev_pronoun(self, prev: Span) -> str:
        m = re.findall(r"\b(he|she|his|her)\b", self.text[prev[0]:prev[1]], re.I)
        return m[-1] if m else ""

    def _block_quote(self, prev: Span, p: Span) -> bool:
        ptext = self.text[prev[0]:prev[1]].rstrip()
        return ptext.endswith(":") and bool(QUOTE_WORDS.search(ptext[-60:])) and len(self.text[p[0]:p[1]].split()) >= 8

    def _carry(self, qs: list[_Q]) -> None:
        """An unattributed quote in a paragraph takes the speaker of its neighbour."""
        for i, q in enumerate(qs):
            if q.speaker:
                continue
            prev = next((x for x in reversed(qs[:i]) if x.speaker), None)
            nxt = next((x for x in qs[i + 1:] if x.speaker), None)
            src = prev or nxt
            if src:
                q.speaker, q.inferred = src.speaker, True
            elif self.last_speaker and self.text[q.start - 1] in OPEN:
                q.speaker, q.inferred = self.last_speaker, True
