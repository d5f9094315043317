"""Every word list the extractor reads, in one place. Stages import from here; none keeps its own.

Lists are written as plain words (one string, split on whitespace) or as phrases (split on "|"), and
the patterns built from them (`alternation`) are made here too. A word belongs here when it is true of
the genre -- trade stories, press releases, reviews, interviews, box-office and premiere news -- never
because one article needed it: no film, person, outlet or quirk of an article is named.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of text."""
    return frozenset(text.split())


def phrases(text: str) -> tuple[str, ...]:
    """The "|"-separated phrases of text, stripped, in order."""
    return tuple(p.strip() for p in text.split("|") if p.strip())


FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})  # what ignoring case matches to an ASCII letter beyond lower()


def folded(text: str) -> str:
    """text in lower case as a pattern's re.I reads letters ("İ", "ı" as "i", "ſ" as "s"); offsets kept
    but for "İ", the one letter lower() lengthens, which is folded first."""
    return (text if text.isascii() else text.translate(FOLD)).lower()


def holds_any(text: str, words: tuple[str, ...], low: str | None = None) -> bool:
    """Does text hold one of the words (lower case), case ignored as a pattern's re.I ignores it? A
    pattern every match of which holds one need not be searched for in a text that holds none. low:
    folded(text), when already made."""
    low = folded(text) if low is None else low
    return any(w in low for w in words)


def alternation(items: tuple[str, ...] | frozenset[str]) -> str:
    """A regular-expression alternation of the items, longest first (so "opened" wins over "open")."""
    import re

    return "|".join(re.escape(i).replace(r"\ ", r"\s+") for i in sorted(items, key=lambda i: (-len(i), i)))


# -- the calendar ----------------------------------------------------------------------------------
MONTHS = phrases("January|February|March|April|May|June|July|August|September|October|November|December")
MONTH_ABBREVIATIONS = phrases("Jan.|Feb.|Mar.|Apr.|Jun.|Jul.|Aug.|Sep.|Sept.|Oct.|Nov.|Dec.")
WEEKDAYS = phrases("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
CALENDAR = frozenset(MONTHS + WEEKDAYS)
MONTH_PATTERN = "|".join(MONTHS) + "|" + alternation(MONTH_ABBREVIATIONS)
WEEKDAY_PATTERN = "|".join(WEEKDAYS)
# relative dates are kept as words ("next year"); a calendar date is never worked out from them
RELATIVE_DATE_PATTERN = (
    r"today|tomorrow|tonight|(?:this|next|later\s+this)\s+(?:"
    + WEEKDAY_PATTERN
    + r"|weekend|week|month|year|fall|autumn|summer|spring|winter|holiday\s+season)"
)

# -- release ---------------------------------------------------------------------------------------
# verbs of a film reaching its audience (festival words among them: the release stage tells them apart)
RELEASE_VERBS = phrases(
    "opens|open|opened|opening|hits|hit|hitting|arrives|arrive|arrived|premieres|premiere|premiered|"
    "debuts|debut|debuted|releases|release|released|lands|land|landed|comes out|come out|came out|"
    "streams|stream|streaming|bows|bow|bursts onto|burst onto|comes to|come to|goes on sale|go on sale"
)
FESTIVAL_VERBS = phrases("premieres|premiere|premiered|debuts|debut|debuted")
# what tells a gala or festival premiere from a run in cinemas ("attended the premiere of", "at the festival")
FESTIVAL_WORDS = phrases(
    "festival|fest|gala|attended|red carpet|premiere of|premiere at|world premiere|screening|sold-out|sold out"
)
VENUE_WORDS = (
    r"theaters?|theatres?|cinemas?|IMAX|DVD|VOD|Blu-ray|4K\s+Ultra\s+HD|digital(?: retailers| platforms)?|"
    r"streaming|Netflix|HBO(?: Max)?|Max|Hulu|Disney\+|Prime Video|Apple TV\+|Peacock|Paramount\+|"
    r"on demand|the (?:UK|US|U\.S\.|U\.K\.)|[A-Z][A-Za-z]+ (?:cinemas|theaters|theatres)"
)

# -- kinds of work ---------------------------------------------------------------------------------
GENRE_NOUNS = phrases(
    "film|movie|feature|drama|comedy|comedy-drama|thriller|documentary|biopic|sequel|musical|horror|"
    "western|romance|adaptation|epic|picture|debut|noir|prequel|remake|reboot|spin-off|animation"
)
GENRE_PATTERN = "(?:" + "|".join(GENRE_NOUNS) + ")"
OTHER_WORK_NOUNS = phrases(
    "films|movies|franchise|series|sequel|trilogy|career|show|book|novel|script|song|album|production"
)

# -- people ----------------------------------------------------------------------------------------
# words that open a sentence or a description but never start a person's name
FUNCTION_WORDS = words(
    """The A An In On At As And But Or So If When While After Before Since With From For To Of By It Its
    He She They We I His Her Their Our This That These Those There Here Then Now Both Even Though
    Although Yet Also Still Just Not No Yes Oh Well What Who Where Why How Despite Read According
    Meanwhile However Instead Unlike Like Every Each Some Many Most All Another Other Such Only"""
)
HONORIFICS = words("Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Sir Dame")
# what a person is, written before their name ("Director Jane Roe", "Oscar-winning actress Jane Roe")
PERSON_ROLE_WORDS = words(
    """Director Directors Actor Actress Actors Producer Producers Writer Writers Star Stars Filmmaker
    Filmmakers Editor Composer Co-star Screenwriter Cinematographer Musician Singer Songwriter Rapper
    Comedian Veteran Model Legend Legends Newcomer Oscar-winning Oscar-nominated Emmy-winning
    Award-winning Academy Award Directed Produced Written Starring"""
)
NATIONALITIES = words(
    """British American French Indian Scottish Irish English Canadian Australian Welsh German Italian
    Spanish Mexican Japanese Korean Chinese Swedish Danish Norwegian Dutch Polish Russian Brazilian
    Hollywood"""
)
NOT_NAME = FUNCTION_WORDS | HONORIFICS | PERSON_ROLE_WORDS | NATIONALITIES | CALENDAR
# words that make a run of capitals an institution, a company or a place, not a person
ORGANISATION_WORDS = words(
    """Pictures Studios Studio Films Film Productions Entertainment Inc. Ltd. LLC Bros. Media Records
    Universal Netflix Amazon Disney Theatre Theater Theaters Theatres Cinema Cinemas Center Centre
    School University College Festival Awards News Times Magazine Service Services Society Company
    Group Network Channel Radio Television TV Foundation Institute Museum Academy City County Valley
    Street Avenue Square Council Department Association Club Press Review"""
)
# job titles dropped from a speaker ("Studio CEO Jane Roe" -> Jane Roe)
JOB_TITLES = words(
    """CEO President Chairman Chairwoman Chair Founder Co-founder Head Chief Director Producer Executive
    Officer Vice VP EVP SVP Manager Editor Minister Senator Governor Mayor Professor Critic Actor
    Actress Star Partner Principal Publisher Curator Programmer"""
)
# nouns of a person that a described role may end in ("plays a retired teacher")
PERSON_NOUNS = phrases(
    "role|part|character|lead|daughter|son|mother|father|mom|dad|wife|husband|brother|sister|man|woman|"
    "girl|boy|friend|girlfriend|boyfriend|widow|widower|officer|detective|agent|king|queen|prince|"
    "princess|teacher|doctor|nurse|soldier|general|captain|singer|mayor|priest|lawyer|villain|hero|"
    "heroine|killer|judge|physicist|scientist|journalist|reporter|cop|spy|thief|mercenary|gangster"
)

# -- credits ---------------------------------------------------------------------------------------
CREW_ROLES = phrases(
    "director of photography|cinematographer|production designers?|costume designers?|"
    "visual effects supervisors?|editors?|composers?|executive producers?|co-producers?|producers?|"
    "casting directors?|choreographer|sound designers?|music supervisors?|co-writers?|songwriters?|"
    "make-up artists?|stunt coordinators?|art directors?|location managers?|line producers?|set decorators?"
)
# a credit label ("Director:", "DIRECTED BY", "Music by") -> the role it gives
CREDIT_LABELS = {
    **dict.fromkeys(phrases("director|directed by|a film by|réalisation|written and directed by"), "director"),
    **dict.fromkeys(phrases("writer/director|writer-director"), "director"),
    **dict.fromkeys(phrases("writer|writers|written by|screenplay|screenplay by|script|story|story by"), "writer"),
    **dict.fromkeys(phrases("producer|producers|produced by"), "producer"),
    **dict.fromkeys(phrases("executive producer|executive producers"), "executive producer"),
    **dict.fromkeys(
        phrases("director of photography|cinematography|cinematographer|camera|photography"),
        "director of photography",
    ),
    **dict.fromkeys(phrases("editor|edited by|editing"), "editor"),
    **dict.fromkeys(phrases("music|music by|composer|original score"), "composer"),
    **dict.fromkeys(phrases("production design|production designer"), "production designer"),
    **dict.fromkeys(phrases("costume design|costume designer"), "costume designer"),
    **dict.fromkeys(phrases("casting|casting director"), "casting director"),
    **dict.fromkeys(phrases("sound|sound design"), "sound designer"),
}
# "composed by", "shot by" -> the role
BY_VERB_ROLES = {
    "composed": "composer",
    "scored": "composer",
    "edited": "editor",
    "shot": "cinematographer",
    "choreographed": "choreographer",
}

# -- press-notes sections --------------------------------------------------------------------------
CAST_HEADINGS = frozenset(phrases("cast|starring|the cast|main cast|cast list"))
STORY_HEADINGS = frozenset(phrases("synopsis|short synopsis|long synopsis|the story|story|plot|logline|film synopsis"))
SECTION_HEADINGS = (
    frozenset(
        phrases(
            "director's statement|directors statement|director’s statement|credits|crew|technical credits|"
            "release|press contact|press contacts|contacts|contact|media contact|media contacts|about the film|"
            "production notes|biographies|festivals|awards|technical details|press notes|press kit|"
            "reception|production"
        )
    )
    | CAST_HEADINGS
    | STORY_HEADINGS
)
FACT_LABELS = frozenset(
    phrases(
        "genre|genres|rating|runtime|running time|country|language|year|release date|release|format|"
        "aspect ratio|sound|budget|distributor|world sales|sales|premiere|certificate"
    )
)

# -- sentences -------------------------------------------------------------------------------------
# abbreviations after which a full stop does not end a sentence
ABBREVIATIONS = words(
    """mr mrs ms dr st jr sr vs bros inc ltd co corp no jan feb mar apr jun jul aug sep sept oct nov dec
    u.s u.k e.g i.e etc approx mt ft vol ed prof gen col lt sgt"""
)
# speech verbs: '“…,” Roe says', 'Roe said: “…”'
SPEECH_VERBS = phrases(
    "says|said|say|adds|added|explains|explained|tells|told|recalls|recalled|laughs|laughed|agrees|agreed|"
    "notes|noted|continues|continued|remembers|remembered|admits|admitted|jokes|joked|reveals|revealed|"
    "insists|insisted|describes|described|writes|wrote|asks|asked|sings|sang|states|stated|recounts|"
    "recounted|quipped|observes|observed|shares|shared|confessed|confesses|enthused|offers|offered|"
    "replies|replied|concedes|conceded|argues|argued|muses|mused|reflects|reflected|points out|"
    "pointed out|went on|goes on|gushed|raved|declared|declares|announced|announces|commented|comments|"
    "wonders|wondered|beams|beamed"
)
