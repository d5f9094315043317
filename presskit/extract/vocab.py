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
    **dict.fromkeys(
        phrases("director|directors|directed by|a film by|réalisation|written and directed by"), "director"
    ),
    **dict.fromkeys(phrases("writer/director|writer-director"), "director"),
    **dict.fromkeys(
        phrases("writer|writers|written by|screenplay|screenplay by|screenwriter|script|story|story by"), "writer"
    ),
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

# the department a job belongs to (model.DEPARTMENTS names the departments' order)
ROLE_DEPARTMENT = {
    **dict.fromkeys(phrases("producer|executive producer|co-producer"), "Production"),
    **dict.fromkeys(phrases("director of photography|cinematographer"), "Camera"),
    "editor": "Editorial",
    **dict.fromkeys(phrases("composer|music supervisor|songwriter|co-writer"), "Music"),
    **dict.fromkeys(phrases("production designer|art director"), "Art"),
    "costume designer": "Costume",
    "visual effects supervisor": "Visual Effects",
    "casting director": "Casting",
    "sound designer": "Sound",
    "choreographer": "Choreography",
}

# -- press-notes sections --------------------------------------------------------------------------
# a heading standing on its line -> what its section fills (presskit/extract/notes.py)
SECTIONS = {
    "synopsis.long": phrases("synopsis|long synopsis|the story|story|plot|film synopsis"),
    "synopsis.short": phrases("short synopsis|brief synopsis"),
    "film.logline": phrases("logline|log line|one-line synopsis"),
    "director_statement": phrases(
        "director's statement|directors statement|director’s statement|director's note|director's notes|"
        "statement of the director|a word from the director"
    ),
    "production_notes": phrases("production notes|about the production|making of"),
    "cast": phrases("cast|the cast|principal cast|main cast|cast list|starring"),
    "crew": phrases("crew|credits|technical credits|key crew|main credits|key credits|filmmakers"),
    "bios": phrases(
        "about the filmmakers|about the director|about the cast|biographies|filmmaker biographies|biography|bios"
    ),
    "specs": phrases(
        "technical specifications|technical specs|tech specs|technical information|technical details|specifications"
    ),
    "contacts": phrases(
        "contacts|contact|press contacts|press contact|media contact|media contacts|publicity|sales|press"
    ),
}
CAST_HEADINGS = frozenset(SECTIONS["cast"])
STORY_HEADINGS = frozenset(SECTIONS["synopsis.long"] + SECTIONS["synopsis.short"] + SECTIONS["film.logline"])
# every heading of a press-notes section, those that fill nothing among them ("Awards")
SECTION_HEADINGS = frozenset(
    phrases("release|about the film|festivals|awards|press notes|press kit|reception|production")
).union(*SECTIONS.values())
# a technical-specification label -> the film field it fills
SPEC_FIELDS = {
    **dict.fromkeys(phrases("running time|runtime|run time|duration|length"), "runtime_minutes"),
    **dict.fromkeys(phrases("aspect ratio|ratio"), "aspect_ratio"),
    **dict.fromkeys(phrases("sound|sound mix|audio"), "sound"),
    **dict.fromkeys(phrases("format|shooting format|screening format|exhibition format"), "format"),
    **dict.fromkeys(phrases("country|country of production|countries"), "country"),
    **dict.fromkeys(phrases("language|languages|original language"), "language"),
    **dict.fromkeys(phrases("year|year of production|production year"), "year"),
    "genre": "genre",
}
FACT_LABELS = frozenset(
    phrases(
        "genre|genres|rating|runtime|running time|country|language|year|release date|release|format|"
        "aspect ratio|sound|budget|distributor|world sales|sales|premiere|certificate"
    )
).union(SPEC_FIELDS)
# words of a heading a list under a section may run into, and that no name holds ("Product Specifications")
HEADING_WORDS = words(
    """specifications specification product feature release date time details contact contacts press
    production notes synopsis credits crew cast technical about running format sound language country
    festival screenings trailer stills information team"""
)
# what a document calls itself after the film's title ("Godzilla vs. Kong — Press Notes")
TITLE_SUFFIXES = phrases(
    "press notes|press kit|presskit|production notes|press release|electronic press kit|epk|media kit|dossier de presse"
)

# -- reviews and languages (read in presskit/merge: a review's byline, outlet and pull quotes) --------
# the words of praise a pull quote is chosen by
PRAISE = phrases(
    "masterpiece|masterful|brilliant|brilliantly|stunning|stunningly|gorgeous|beautiful|beautifully|"
    "extraordinary|remarkable|moving|heartfelt|powerful|gripping|thrilling|riveting|hilarious|funny|"
    "charming|delightful|tender|haunting|wonderful|superb|terrific|triumph|triumphant|exhilarating|"
    "electrifying|mesmerising|mesmerizing|breathtaking|astonishing|dazzling|spectacular|unforgettable|"
    "essential|must-see|best|finest|great|magnificent|sharp|smart|witty|bold|fearless|compelling|"
    "captivating|engrossing|absorbing|affecting|poignant|luminous|exquisite|fresh|inventive|ambitious|"
    "epic|entertaining|enjoyable|fun|joyous|joyful|sweet|warm|rich|vivid|excellent|impressive|striking|"
    "intense|tense|snickers|laughs|scabrous|likable|wrings|winning|irresistible|crowd-pleaser|"
    "crowd-pleasing|fierce|ferocious|towering|performance|performances|tour de force|career-best|"
    "knockout|gem|treat|delight"
)
# a language's commonest words, by which a source's language is told
STOPWORDS = {
    "en": words("the and of to a in is that it with for as was his her on by this film who"),
    "fr": words("le la les et de des un une est que qui dans pour avec sur au du pas film il"),
    "es": words("el la los las y de del que en un una es por con para se su al película como"),
    "de": words("der die das und ist nicht ein eine zu den mit von sich auf für im dem des auch film"),
    "it": words("il lo la gli le e di che è un una per con non del della nel sono anche film"),
    "pt": words("o os as e de do da que em um uma não com para por se dos das filme é"),
}
LANGUAGE_NAMES = {"en": "English", "fr": "French", "es": "Spanish", "de": "German", "it": "Italian", "pt": "Portuguese"}
# words of a line under a headline that make it page furniture, not a critic's name
NOT_BYLINES = words(
    "hide ad ads advertisement share related subscribe sign newsletter cookie cookies menu home comments "
    "reviews review cinema film films"
)
# words of a file's name that name no outlet ("guardian_review.html" -> Guardian)
NOT_OUTLETS = words(
    "review reviews press release article interview qa notes film movie uk us news story credits trade final "
    "draft copy page web text the"
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
