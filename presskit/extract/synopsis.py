"""Pick the sentences that tell the plot or premise."""

from __future__ import annotations

import re

from presskit.extract.result import Found
from presskit.extract.segment import Span, paragraphs, sentences

STORY_CUE = re.compile(
    r"\b(tells? the story|the story (?:of|follows)|(?:a|an)\s[\w\-]+(?:\s[\w\-]+)?\sstory about|follows|is set in|"
    r"set against|centers on|centres on|revolves around|in the film,|the plot|"
    r"finds? (?:himself|herself|themselves)|must (?:find|save|face|choose)|"
    r"falls? in love|embarks?|discovers?|wakes up|comes to life)\b",
    re.I,
)
PRODUCTION = re.compile(
    r"\b(said|says|told|interview|box office|audition|cast(?:ing)?|shoot(?:ing)?|filmed|released?|"
    r"premiere|rated|directed by|producer|studio|franchise|sequel|career|script|screenplay|"
    r"[Ww]arner|[Pp]ictures|[Ss]tudios)\b"
)
PAST = re.compile(r"\b(was|were|had|did|wrote|called|went|came|became)\b")


def find_synopsis(text: str, characters: set[str], quoted: list[Span]) -> list[Found]:
    """Plot sentences: story cues, named characters acting in the present tense, and what follows them."""
    out: list[Found] = []
    for p in paragraphs(text):
        in_story = False
        for s, e in sentences(text, p):
            sent = text[s:e]
            if any(qs <= s < qe or s <= qs < e for qs, qe in quoted) or len(sent.split()) < 6:
                in_story = False
                continue
            cue = bool(STORY_CUE.search(sent))
            chars = any(re.search(rf"\b{re.escape(c)}\b", sent) for c in characters)
            production = bool(PRODUCTION.search(sent))
            present = not PAST.search(sent)
            take = (cue and not production) or (chars and present and not production) or \
                   (in_story and present and not production)
            if cue and production and re.search(r"\b(is set in|story about|tells the story)\b", sent):
                take = True
            if take:
                out.append(Found(sent, (s, e)))
            in_story = take
    return out
