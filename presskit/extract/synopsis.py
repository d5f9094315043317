"""Pick the sentences that tell the plot or premise."""

from __future__ import annotations

import bisect
import re

from presskit.extract.nameset import NameSet
from presskit.extract.result import Found
from presskit.extract.segment import Span, paragraphs, sentences
from presskit.extract.vocab import SECTION_HEADINGS, STORY_HEADINGS, folded, holds_any

STORY_CUE = re.compile(
    r"\b(tells? the story|the story (?:of|follows)|(?:a|an)\s[\w\-]+(?:\s[\w\-]+)?\sstory about|follows|is set in|"
    r"set against|centers on|centres on|revolves around|in the film,|the plot|"
    r"finds? (?:himself|herself|themselves)|must (?:find|save|face|choose)|"
    r"falls? in love|embarks?|discovers?|wakes up|comes to life)\b",
    re.I,
)
# words one of which every match of STORY_CUE holds (lower case): kept with STORY_CUE's alternatives
STORY_CUE_WORDS = (
    "tell", "story", "follows", "set in", "set against", "centers on", "centres on", "revolves around",
    "in the film,", "the plot", "himself", "herself", "themselves", "must ", "in love", "embark", "discover",
    "wakes up", "comes to life",
)  # fmt: skip
PRODUCTION = re.compile(
    r"\b(said|says|told|interview|box office|audition|cast(?:ing)?|shoot(?:ing)?|filmed|released?|opens|"
    r"premiere|rated|directed by|directors?|producers?|studio|franchise|sequel|career|script|screenplay|"
    r"theaters|theatres|cinemas|weekend|actor|actress|role|projects|blockbusters?|"
    r"[Pp]ictures|[Ss]tudios|distributor)\b"
)
PAST = re.compile(r"\b(was|were|had|did|wrote|went|came|became|allowed|found|imagined)\b")
PREMISE = re.compile(  # "tells the story of", "is the haunting (true) story of"
    r"\b(is set in|set against|story about|tells? the story|the (?:[a-z\-]+\s){0,2}story of|centers on|centres on|"
    r"revolves around)\b"
)
ROLE_PREMISE = re.compile(  # "X plays Margaret, a retired keeper who refuses to leave ...", "plays a widower whose …"
    r"\b(?:plays|stars\b[^.]{0,80}?\bas)\s+(?:[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?,\s+)?an?\s+[^,.]{0,80}?\b(?:who|whose)\b"
)
PARENS = re.compile(r"\([^)]*\)")
TERMINAL = (".", "!", "?", "…", "”", '"')
FIRST_PERSON = re.compile(r"\b(?:I|I[’']m|I[’']ve|I[’']d|me|we|we[’']re|we[’']ve|us)\b")
# a character, named by pronoun, acting in the present tense ("she turns to", "They discover")
HEROINE_ACTS = re.compile(r"(?:^|,\s)(?:She|He|They|she|he|they)\s+(?:[a-z]+ly\s+)?[a-z]+(?<!wa)s\b")
STORY_WORLD = re.compile(r"\b(the film|the movie|the story)\b", re.I)
STORY_WORLD_WORDS = ("the film", "the movie", "the story")  # STORY_WORLD's words, one in every match


def find_synopsis(
    text: str, characters: set[str], quoted: list[Span], title: str | None = None, actors: set[str] | None = None
) -> list[Found]:
    """Plot sentences: a story cue about this film, a character acting in the present tense, and the
    present-tense sentences that follow them in the same paragraph."""
    named = NameSet(actors or set(), "word")
    quoted = sorted(quoted)
    char_res = NameSet(characters, "char")
    out: list[Found] = []
    starts = [q[0] for q in quoted]  # sorted, for bisect
    story_section = in_story = False
    low = folded(text)  # for the gates that ignore case, sliced with each sentence (if offsets are kept)
    aligned = len(low) == len(text)
    for p in paragraphs(text):
        heading = text[p[0] : p[1]].strip().rstrip(":").casefold()
        if heading in SECTION_WORDS:  # press notes: everything under "Synopsis" tells the story
            story_section = heading in STORY_HEADINGS
            continue
        if story_section and not heading.endswith(TERMINAL):
            story_section = False  # a list or another section's heading ("Bonus Features"): the story has ended
        carried = in_story  # the story may go on in the next paragraph: "…, she turns to …"
        in_story = False
        for s, e in sentences(text, p):
            sent = text[s:e]
            if carried and not in_story and HEROINE_ACTS.search(sent):
                in_story = True
            take = (story_section and len(sent.split()) >= 4 and not _overlaps(quoted, starts, s, e)) or _is_story(
                sent, low[s:e] if aligned else folded(sent), (s, e), (quoted, starts), char_res, title, named, in_story
            )
            if take:
                out.append(Found(sent, (s, e)))
            in_story = take
    return out or _blurb(text, quoted)


BLURB = re.compile(r"^(?:A|An)\s+[\w\-’' ]{2,60}?\s+(?:who|whose|must|finds|discovers|is|wakes)\b")


def _blurb(text: str, quoted: list[Span]) -> list[Found]:
    """A listing's one-paragraph blurb ("A thief who steals dreams is offered…"), when nothing else told
    the story: a paragraph that opens like a logline, every sentence in the present tense."""
    starts = [q[0] for q in quoted]
    for p in paragraphs(text):
        sents = sentences(text, p)
        if not sents or not BLURB.match(text[sents[0][0] : sents[0][1]]) or len(sents) > 6:
            continue
        if all(
            not PAST.search(text[s:e]) and not PRODUCTION.search(text[s:e]) and not _overlaps(quoted, starts, s, e)
            for s, e in sents
        ):
            return [Found(text[s:e], (s, e)) for s, e in sents]
    return []


SECTION_WORDS = SECTION_HEADINGS


def _overlaps(quoted: list[Span], starts: list[int], s: int, e: int) -> bool:
    """Does any quoted span (sorted) overlap [s, e)?"""
    i = bisect.bisect_right(starts, s) - 1
    if i >= 0 and quoted[i][0] < e and s < quoted[i][1]:
        return True
    return i + 1 < len(quoted) and quoted[i + 1][0] < e and s < quoted[i + 1][1]


def _is_story(
    sent: str,
    low: str,
    span: Span,
    quotes: tuple[list[Span], list[int]],
    char_res: NameSet,
    title: str | None,
    actors: NameSet,
    in_story: bool,
) -> bool:
    if len(sent.split()) < 6 or _overlaps(*quotes, *span) or not sent.rstrip().endswith((".", "!", "?", "”", '"')):
        return False  # short, quoted, or a headline or a caption
    if FIRST_PERSON.search(sent):
        return False  # the writer's own voice ("I think", "we can't be friends")
    about_this = (
        holds_any(sent, STORY_WORLD_WORDS, low) and bool(STORY_WORLD.search(sent)) or bool(title and title in sent)
    )
    role = ("plays" in sent or "stars" in sent) and ROLE_PREMISE.search(sent)  # one is in every match
    if about_this and PREMISE.search(sent) or role:
        return True  # "the film is set in ...", "tells the story of ...", "plays X, a keeper who ..."
    if not _told(sent, low, char_res, title, in_story, about_this):
        return False
    cut = sent.rfind(")") + 1  # no "(" after the last ")" can close: "[^)]*" need not scan on from each
    return not actors.search(PARENS.sub("", sent[:cut]) + sent[cut:])  # an actor named: about a performance


def _told(sent: str, low: str, char_res: NameSet, title: str | None, in_story: bool, about_this: bool) -> bool:
    """Does the sentence tell the story (before asking whether it names an actor, which rules it out)?"""
    if in_story and HEROINE_ACTS.match(sent) and not PAST.search(sent):
        return True  # "She learns that …": the story told on, production words and all
    if holds_any(sent, STORY_CUE_WORDS, low) and STORY_CUE.search(sent) and (about_this or char_res.search(sent)):
        return not PRODUCTION.search(sent)
    if PRODUCTION.search(sent) or PAST.search(sent):
        return False
    return (
        char_res.search(sent) or in_story or bool(title and title in sent and re.search(r"\b(?:as|when|while)\b", sent))
    )
