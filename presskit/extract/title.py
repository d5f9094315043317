"""Decide which film the article is about: the one it releases, credits and keeps coming back to."""

from __future__ import annotations

import re
from collections.abc import Iterator

from presskit.extract.near import led_by
from presskit.extract.result import Found
from presskit.extract.segment import Span
from presskit.extract.text import Article
from presskit.extract.titlesites import (
    JOB_AFTER,
    LINE_START,
    after_openings,
    after_possessives,
    before_ends,
    before_jobs,
)
from presskit.extract.vocab import GENRE_NOUNS, GENRE_PATTERN, NOT_NAME, RELEASE_VERBS, alternation, phrases

TITLE_WORD = r"[A-Z0-9][\w'’!?&:.\-]*"
SMALL = r"(?:the|of|a|an|and|in|on|at|to|for|vs\.|vs|-|–|—|&|with|from|de|la|le)"
TITLE_RUN = re.compile(rf"{TITLE_WORD}(?:\s(?:{SMALL}\s)*{TITLE_WORD})*")
LINE_RUN = rf"{TITLE_WORD}(?:[^\S\n](?:{SMALL}[^\S\n])*{TITLE_WORD})*"  # on one line: tried at every line start
QUOTED = re.compile(r"[“\"‘']([A-Z0-9][^“”\"\n]{0,80}?)[,.]?[”\"’'](?![a-z])")
FILM_CUE = re.compile(
    r"\b(?:the (?:new )?(?:film|movie)|(?:new|upcoming|latest) (?:film|movie)|directed|stars|starring|"
    r"opens|hits? theaters|premieres?|released?|sequel|adaptation|script called|screenplay)\b",
    re.I,
)
GENRE_NOUN = GENRE_PATTERN
# the genre words that lead a title: "the drama Some Title"
GENRE_LEADS = phrases("film|movie|drama|comedy|thriller|documentary|biopic|feature|sequel|musical|horror|western|noir")
SHORT_RUN = rf"{TITLE_WORD}(?:\s(?:{SMALL}\s){{0,2}}{TITLE_WORD}){{0,8}}"  # a title's length at most: linear to try
# a description of a person, not of a film: "Jane Roe, the production designer on the film"
NOT_PERSON = (
    r"(?!(?:of|by|from|with|on|director|directors|star|producer|writer|actor|actress|designer|composer|editor|"
    r"cinematographer|filmmaker|screenwriter|creator|head|executive)\b)"
)
# what follows the title in "rights to The Long Night, the Jane Roe-directed drama" (no title holds a comma)
APPOSITIVE = re.compile(rf",\s+(?:the|a|an|his|her|their)\s+(?:{NOT_PERSON}[\w\-]+\s+){{0,4}}{GENRE_NOUN}\b")
# (weight, pattern, words one of which every match holds as written -- none: not looked for, words one
# of which every match starts with -- none: tried everywhere): where an article names its own film
CUED_TITLES: list[tuple[float, re.Pattern[str], tuple[str, ...], tuple[str, ...]]] = [
    # an appositive after the title: "Glass Harbor, the latest indie feature from …"
    # (a description, never a person's: "Jane Roe, the director of the film" is not a title)
    (
        3.0,
        re.compile(
            rf"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=—\s)|(?<=--\s))({SHORT_RUN})(?:,|\s[-–—])\s+"
            rf"(?:the|a|an|his|her|their)\s+(?:{NOT_PERSON}[\w\-]+\s+){{0,4}}{GENRE_NOUN}\b"
        ),
        (),
        (),
    ),
    # … and inside a sentence: "rights to The Long Night, the Jane Roe-directed drama"
    (
        2.0,
        re.compile(rf"\b(?:on|of|to|in|for)\s({SHORT_RUN}){APPOSITIVE.pattern}"),
        (),
        (),
    ),
    # an appositive after the genre: "The upcoming comedy film, Glass Harbor, from …"
    (3.0, re.compile(rf"\b{GENRE_NOUN},\s+({SHORT_RUN}),\s+[a-z]"), (), tuple(f"{g}," for g in GENRE_NOUNS)),
    # a review's headline: "CINEMA REVIEW: Some Title (12A)"
    (
        5.0,
        re.compile(
            rf"(?im)^[^\S\n]*(?:film\s+|cinema\s+|movie\s+)?review\s*[:–—|-]\s*({SHORT_RUN})"
            r"(?:\s*\((?:U|PG|12A?|15|18|R|PG-13|NC-17|TV-MA)\))?[^\S\n]*$"
        ),
        (),
        (),
    ),
    # a review's title line above its star rating: "THE LONG NIGHT" then "★★★"
    (
        5.0,
        re.compile(rf"(?m)^[^\S\n]*({SHORT_RUN})[^\S\n]*\n(?:[^\S\n]*\n){{0,2}}[^\S\n]*[★☆]{{1,5}}[^\S\n]*$"),
        ("★", "☆"),
        (),
    ),
    # "In The Long Night, Roe plays a widower"
    (
        3.0,
        re.compile(rf"\bIn\s+({SHORT_RUN}),\s+[A-Z][\w\-’']+(?:\s[A-Z][\w\-’']+)?\s+(?:plays|stars)\b"),
        ("plays", "stars"),
        ("In",),
    ),
    # "Some Title director Jane Roe", "Some Title star Jane Roe" (a trade paper's shorthand)
    (
        2.0,
        re.compile(rf"(?<![\w’'\-])[‘'“\"]?({SHORT_RUN})[’'”\"]?{JOB_AFTER.pattern}"),
        ("director", "star", "writer", "filmmaker", "producer", "helmer"),
        (),
    ),
    # "Some Title's new trailer", "Some Title's premiere"
    (
        1.5,
        re.compile(
            rf"(?<![\w’'\-])({SHORT_RUN})(?:’s|'s)\s+(?:[\w\-]+\s+){{0,4}}?"
            r"(?:trailer|teaser|poster|premiere|release|soundtrack|box[- ]office|opening weekend)\b"
        ),
        ("trailer", "teaser", "poster", "premiere", "release", "soundtrack", "box", "opening weekend"),
        (),
    ),
    # "the U.S. premiere of Some Title", "his film Some Title"
    (
        2.0,
        re.compile(rf"\b(?:premiere|release|screening|sequel|trailer)\s+of\s+({SHORT_RUN})"),
        ("premiere", "release", "screening", "sequel", "trailer"),
        ("premiere", "release", "screening", "sequel", "trailer"),
    ),
    (
        2.0,
        re.compile(rf"\b(?:his|her|their)\s+(?:new\s+|latest\s+)?(?:film|movie)\s+({SHORT_RUN})"),
        ("film", "movie"),
        ("his", "her", "their"),
    ),
]
# a director's film, unquoted: "Jane Roe's The Long Night" (words capped: no backtracking over a runaway token)
OWNED_TITLE = re.compile(rf"\b[A-Z][\w\-]{{1,40}}\s[A-Z][\w\-]{{1,40}}(?:’s|'s)\s+((?:The|A|An)\s{TITLE_RUN.pattern})")
# a work named as someone's earlier credit or as an example: "director of 'X'", "movies such as 'X'"
OTHER_WORK = re.compile(
    r"(?i:\b(?:director|star|creator|maker|writer|producer|auteur)s?\s+(?:behind|of)|\bsuch\s+as|"
    r"\b(?:films?|movies?|hits?)\s+(?:like|including))\s+(?:the\s+)?(?:(?:films?|movies?)\s+)?$"
)
LIST_GAP = re.compile(r"[\s,]*(?:and\s+|or\s+)?")
SPOKEN = re.compile(r",\s+[a-z]|\b(?i:that|it|he|she|I|you|we|they|what|there)[’'](?:s|m|re|ll|ve|d)\b")
CREDITED_BEFORE = re.compile(r"\b(?:directors?|filmmakers?|stars?|actor|actress|producers?|writers?|from|by|with)\s+$")
SUBJECT_VERBS = tuple(v for v in RELEASE_VERBS if v not in ("release", "opening"))  # verbs, not nouns
MAX_CANDIDATES = 50  # titles weighed in full; the dev articles never offer more than a dozen
GENERIC = {"The", "A", "An", "It", "He", "She", "They", "This", "That", "In", "On", "I", "We", "But", "And"}


def find_title(
    text: str,
    headline: Span | None,
    release_sentence: Span | None,
    head_text: str | None = None,
    emphasised: list[str] | None = None,
) -> Found | None:
    """The film the article is about, or None. head_text: the headline when the page gives it apart
    from the text (a front matter's "title:"), else the text at headline; emphasised: the words a web
    page sets in italics."""
    scores: dict[str, float] = {}
    spans: dict[str, tuple[int, int]] = {}
    other_end = -1  # where the last quoted title named as another work ended: a list of them goes on
    for m in QUOTED.finditer(text):
        t = m.group(1).strip().rstrip(",.")
        if OTHER_WORK.search(text, max(0, m.start() - 60), m.start()) or (
            other_end >= 0 and LIST_GAP.fullmatch(text, other_end, m.start())
        ):
            other_end = m.end()
            continue
        if _plausible(t) and not _in_parens(text, m.start()):
            scores[t] = scores.get(t, 0) + 1.5
            spans.setdefault(t, (m.start(1), m.start(1) + len(t)))
    for m in QUOTED.finditer(head_text or ""):  # a headline given apart from the text
        t = m.group(1).strip().rstrip(",.")
        if _plausible(t) and not OTHER_WORK.search(head_text or "", max(0, m.start() - 60), m.start()):
            scores[t] = scores.get(t, 0) + 1.5
    listing = r"(?m)^[^\S\n]*(" + LINE_RUN + r")\s+\((?:19|20)\d\d\)\s*$"
    for m in re.finditer(listing, text) if "(19" in text or "(20" in text else ():
        scores[m.group(1)] = scores.get(m.group(1), 0) + 6  # a listing's "Some Title (2021)"
        spans.setdefault(m.group(1), (m.start(1), m.end(1)))
    encyclopaedia = (
        r"(?:^|(?<=\n))[^\S\n]*(" + LINE_RUN + r")\s+is\s+an?\s+(?:\d{4}\s+)?"
        r"(?:[A-Za-z\-]+\s+){0,4}(?:film|movie|documentary|drama|comedy|thriller|feature)\b"
    )
    for m in after_openings(re.compile(encyclopaedia), text, LINE_START):
        scores[m.group(1)] = scores.get(m.group(1), 0) + 6  # an encyclopaedia's "Some Title is a 2019 drama film"
        spans.setdefault(m.group(1), (m.start(1), m.end(1)))
    if release_sentence:
        s, e = release_sentence
        subj = _release_subject(text, s, e)
        if subj:
            scores[subj[0]] = scores.get(subj[0], 0) + 6
            spans.setdefault(subj[0], subj[1])
    genre = "(?:" + "|".join(GENRE_LEADS) + ")"
    genre_run = re.compile(rf"\b(?:new\s+{genre},?|{genre})\s+[“\"]?(" + TITLE_RUN.pattern + ")")
    for m in led_by(genre_run, text, ("new", *GENRE_LEADS)):
        t = m.group(1)
        if _plausible(t):
            scores[t] = scores.get(t, 0) + 1
            spans.setdefault(t, (m.start(1), m.end(1)))
    # a director's film, unquoted: "Jane Roe's The Long Night has received ..."
    for m in after_possessives(OWNED_TITLE, text):
        t = m.group(1)
        if _plausible(t):
            scores[t] = scores.get(t, 0) + 1.5
            spans.setdefault(t, (m.start(1), m.end(1)))
    for (
        weight,
        rx,
        words,
        leads,
    ) in CUED_TITLES:  # "X, the latest feature from", "the comedy film, X,", "In X, Roe plays"
        if rx is CUED_TITLES[0][1]:
            found = after_openings(rx, text)  # tried where a sentence or line opens only
        elif rx.pattern.endswith(JOB_AFTER.pattern):
            found = before_jobs(rx, text)
        elif rx is CUED_TITLES[1][1]:
            found = before_ends(rx, text, [k.span() for k in APPOSITIVE.finditer(text)])
        elif words and not any(w in text for w in words):
            found = []
        else:
            found = led_by(rx, text, leads) if leads else list(rx.finditer(text))
        for m in found:
            t = m.group(1).rstrip(",.’'”\"")
            if _plausible(t):
                scores[t] = scores.get(t, 0) + weight
                spans.setdefault(t, (m.start(1), m.start(1) + len(t)))
    italic: dict[str, int] = {}
    for t in emphasised or []:  # a page sets titles in italics (other films' too: half a point each)
        if _plausible(t) and "/" not in t and italic.get(t, 0) < 4 and t in text:
            italic[t] = italic.get(t, 0) + 1
            scores[t] = scores.get(t, 0) + 0.5
    if len(scores) > MAX_CANDIDATES:  # real articles name a handful; a stranger's file may quote thousands
        kept = sorted(scores, key=lambda t: -scores[t])[:MAX_CANDIDATES]
        scores = {t: scores[t] for t in kept}
    if headline:
        head_text = head_text or text[headline[0] : headline[1]]
        for t in list(scores):
            short = re.sub(r"^(?:The|A|An)\s", "", t)
            if short != t and re.search(rf"\b{re.escape(short)}\b", head_text):
                scores[t] += 1  # headlines drop the article: "Aviator leads …"
        review = re.match(r"\s*[“\"‘']?(.{2,80}?)[”\"’']?\s+(?:review|film review)\s*[–—:|-]", head_text)
        if review and _plausible(review.group(1)):  # "Some Film review – …"
            t = review.group(1)
            scores[t] = scores.get(t, 0) + 4
            spans.setdefault(t, (headline[0] + review.start(1), headline[0] + review.end(1)))
        for t in list(scores):
            if re.search(rf"(?<![\w’']){re.escape(t)}(?![\w’'])", head_text):
                scores[t] = scores.get(t, 0) + 1
    for t in list(scores):
        cues = (
            m for m in re.finditer(re.escape(t), text) if FILM_CUE.search(text[max(0, m.start() - 80) : m.end() + 80])
        )
        scores[t] += _count(text, t, 8) * 0.5 + _at_most(cues, 6) * 0.5
    if not scores:
        return None
    _merge_variants(scores)
    best = max(scores, key=lambda t: (scores[t], len(t)))
    return Found(best, spans.get(best))


def press_notes_title(article: Article) -> Found | None:
    """Press notes open with the film's title on a line of its own, then "Press Notes" or a section."""
    from presskit.extract.labeled import is_heading

    lines = [ln for ln in article.lines if ln.text.strip()][:2]
    if (
        len(lines) < 2
        or not is_heading(lines[1].text)
        and not re.fullmatch(
            r"(?i)\s*(?:press notes|press kit|production notes|electronic press kit|epk)\s*", lines[1].text
        )
    ):
        return None
    first = lines[0].text.strip()
    if not 1 <= len(first.split()) <= 8 or first.endswith((".", "!", "?", ":")):
        return None
    value = _title_case(first) if first.isupper() else first
    start = lines[0].start + lines[0].text.find(first)
    return Found(value, (start, start + len(first)), inferred=value != first)


def _title_case(text: str) -> str:
    small = {"a", "an", "and", "the", "of", "in", "on", "at", "to", "for", "vs", "vs.", "or", "but", "with"}
    words = text.lower().split()
    return " ".join(w if i and w in small else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _count(text: str, t: str, limit: int | None = None) -> int:
    """Mentions of t that are not the start of a longer title ("Ember" in "Ember vs. Ash") nor a
    credit in parentheses after someone's name ("Jane Roe (“Other Film”)"); counting stops at limit."""
    return _at_most((m for m in _mentions(text, t) if not _in_parens(text, m.start())), limit)


def _mentions(text: str, t: str) -> Iterator[re.Match[str]]:
    """The mentions of t as a whole title, as finditer finds them, tried only where t is written (a
    pattern opening with a look-behind is otherwise tried at every character)."""
    rx = re.compile(rf"(?<![\w]){re.escape(t)}(?![\w]|\s(?:vs\.?|of|and|&)\s|:\s[A-Z]|\s[A-Z])")
    if not t:
        yield from rx.finditer(text)
        return
    done = 0  # finditer goes on from the end of the last match
    i = text.find(t)
    while i >= 0:
        m = rx.match(text, i) if i >= done else None
        if m:
            yield m
            done = m.end()
        i = text.find(t, i + 1)


def _at_most(items: Iterator[object], limit: int | None) -> int:
    """How many items there are, counting no further than limit."""
    n = 0
    for _ in items:
        n += 1
        if n == limit:
            break
    return n


def _in_parens(text: str, pos: int) -> bool:
    before = text[max(0, pos - 300) : pos]
    return before.rfind("(") > before.rfind(")")


def _plausible(t: str) -> bool:
    words = t.split()
    if not 1 <= len(words) <= 9 or t in GENERIC or all(w in NOT_NAME for w in words):
        return False  # "Oscar-winning", "Director": a description, never a title
    if SPOKEN.search(t):
        return False  # "Wow, that's totally great": words someone said, not a title
    if re.fullmatch(r"(?:[A-Z]\.){2,}", t) or words[0] in ("About", "Contact", "Media", "Press"):
        return False  # "U.S.", an "About Company" block, a contact line: never a film
    if not words[0][:1].isupper() and not words[0][:1].isdigit():
        return False
    caps = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return caps >= max(1, (len(words) + 1) // 2) and not t.endswith((",", ";"))


def _release_subject(text: str, s: int, e: int) -> tuple[str, tuple[int, int]] | None:
    """The film named right before the release verb ("X opens in ...", "X, which hit theaters")."""
    sent = text[s:e]
    m = re.search(
        r"(?<!\s)\s*(?:,\s*which\s+)?(?:\b(?:is|are|will|has|have)\s+(?:now\s+|also\s+)?)?"
        rf"\b(?:{alternation(SUBJECT_VERBS)}|available)\b",
        sent,
    )
    if not m or re.match(r"\s+of\b", sent[m.end() :]):  # "the British premiere of X": a noun, not X's verb
        return None
    head = sent[: m.start()].rstrip()
    # drop an appositive between the film and its verb: "X, directed by Jane Roe, opens ..."
    head = re.sub(r",\s*(?:directed|written|produced|starring|from|with|by|which|the|a|an|its)\b[^,]*,?$", "", head)
    head = head.rstrip().rstrip(",").rstrip()
    q = re.search(r"[“\"‘']([^“”\"]{1,80}?)[,.]?[”\"’']$", head)
    if q:
        return q.group(1), (s + q.start(1), s + q.end(1))
    runs = list(TITLE_RUN.finditer(head))
    if not runs or runs[-1].end() != len(head):
        return None
    if CREDITED_BEFORE.search(head, 0, runs[-1].start()):
        return None  # "the new thriller from director Jane Roe arrives": a person, not the film
    run = re.split(r"(?<=\w)(?:’s|'s|s’|s')\s+", runs[-1].group(0))[-1]  # "Some Studios’ Title opens": the title
    parts = [run] + [m.group(1) for m in re.finditer(r"\s(?:in|on|at|for|with|from|to)\s([A-Z].*)$", run)]
    t = max(parts, key=lambda p: (_count(text, p), -len(p)))
    words = t.split()
    while words and words[0] in ("The",) and len(words) > 1 and words[1][:1].islower():
        words.pop(0)
    t = " ".join(words)
    if t in GENERIC or t.lower() in ("the film", "the movie", "it"):
        return None
    start = s + head.rfind(t)
    return t, (start, start + len(t))


def _merge_variants(scores: dict[str, float]) -> None:
    """One title written two ways ("The Long Night", "Long Night") counts once, under the
    spelling with the article and the best score."""
    groups: dict[str, list[str]] = {}
    for t in scores:
        groups.setdefault(re.sub(r"^(?:the|a|an)\s+", "", t.casefold()), []).append(t)
    for names in groups.values():
        if len(names) > 1:
            total = sum(scores[t] for t in names)
            keep = max(names, key=lambda t: (t.split()[0].casefold() in ("the", "a", "an"), scores[t]))
            for t in names:
                scores[t] = total if t == keep else 0.0
