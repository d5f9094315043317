"""Find quotations and who said them. The paragraphs are walked in order: each paragraph's marked
quotations (in single marks only where the text has no double ones, and then only when attributed or
going on from one that was), or a whole paragraph quoted after "… said in a statement:"; each is
attributed from its paragraph (quotespeaker.py), an unattributed one takes its neighbour's speaker,
and the article-wide passes follow (quotepasses.py). Masking asks for the quotations alone."""

from __future__ import annotations

import re

from presskit.extract.marks import quote_spans, single_quote_spans
from presskit.extract.quotepasses import interviewee, run_on, unmarked_answers
from presskit.extract.quotespeaker import Quotation, SpeakerFinder
from presskit.extract.result import Found, QuoteFound
from presskit.extract.segment import Span, paragraphs

OPEN = '“"'
QUOTE_WORDS = re.compile(r"\b(quote|quotes|said|says|statement|told|wrote|below|following|reads?)\b", re.I)


class QuoteFinder(SpeakerFinder):
    """Walks the paragraphs in order, keeping who spoke last for "she said" and continuations."""

    def find(self, speakers: bool = True) -> list[QuoteFound]:
        """Every quotation in the text with its speaker (not worked out when not speakers: the same
        quotations, found faster, for masking them)."""
        found: list[Quotation] = []
        paras = paragraphs(self.text)
        single = not re.search(r"[“”\"]", self.text)  # no double marks at all: quotes are in single ones
        for pi, p in enumerate(paras):
            if pi not in self.marked:
                self.marked[pi] = self._marked_in(p, single)
            spans = self.marked[pi]
            if not spans and pi > 0 and self._block_quote(paras[pi - 1], p):
                q = Quotation(p[0], p[1], para=pi)
                prev = paras[pi - 1]
                if speakers:
                    q.speaker, q.inferred = self._pronoun(self._prev_pronoun(prev), prev[1], prev), True
                if q.speaker:
                    self.last_speaker = q.speaker
                    self.speakers.add(q.speaker)
                found.append(q)
                continue
            para_quotes = [Quotation(s, e, para=pi) for s, e in spans]
            if not speakers:
                found.extend(para_quotes)
                continue
            for q in para_quotes:
                self._attribute(q, p)
            self._carry(para_quotes)
            for q in para_quotes:
                if q.speaker:
                    self.last_speaker = q.speaker
                    self.speakers.add(q.speaker)
            found.extend(para_quotes)
        if speakers:
            run_on(self.text, found, paras)
            interviewee(self.text, self.people, found, paras)
        unmarked_answers(self.text, self.people, self.questions, found, paras)
        return [self._out(q) for q in found]

    def _marked_in(self, p: Span, single: bool) -> list[Span]:
        """The quotations paragraph p marks: in single marks (no double marks in the text) only when
        attributed, or going on from one that was."""
        if not single:
            return [s for s in quote_spans(self.text, p) if self._is_quote(s, p)]
        spans: list[Span] = []
        for s in single_quote_spans(self.text, p):
            if self._is_quote(s, p) and (self._attributed(s, p) or (spans and self._continues(s, p))):
                spans.append(s)
        return spans

    def _out(self, q: Quotation) -> QuoteFound:
        inner = self.text[q.start : q.end]
        lead = len(inner) - len(inner.lstrip(" \n"))
        value = inner.strip(" \n") if inner.strip().endswith((".", ",", "?", "!", "…")) else inner.lstrip(" \n")
        if not value.strip():
            value = inner
        span = (q.start + lead, q.start + lead + len(value))
        sp = Found(q.speaker, None, q.inferred) if q.speaker else None
        return QuoteFound(Found(value, span), sp)

    def _block_quote(self, prev: Span, p: Span) -> bool:
        ptext = self.text[prev[0] : prev[1]].rstrip()
        return (
            ptext.endswith(":") and bool(QUOTE_WORDS.search(ptext[-60:])) and len(self.text[p[0] : p[1]].split()) >= 8
        )

    def _carry(self, qs: list[Quotation]) -> None:
        """An unattributed quote in a paragraph takes the speaker of its neighbour."""
        nxt: list[Quotation | None] = [None] * len(qs)  # the next quote with its own speaker
        for i in range(len(qs) - 2, -1, -1):
            nxt[i] = qs[i + 1] if qs[i + 1].speaker else nxt[i + 1]
        prev: Quotation | None = None
        for i, q in enumerate(qs):
            if not q.speaker:
                src = prev or nxt[i]
                if src:
                    q.speaker, q.inferred = src.speaker, True
                elif self.last_speaker and self.text[q.start - 1] in OPEN:
                    q.speaker, q.inferred = self.last_speaker, True
            if q.speaker:
                prev = q
