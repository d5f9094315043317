"""Hypothesis strategies for whole press kits: every list filled, every string short and odd or long."""

from __future__ import annotations

from hypothesis import strategies as st

from presskit.fonts import FAMILIES
from presskit.model import (
    DEPARTMENTS,
    FESTIVAL_STATUSES,
    Bio,
    CastMember,
    Contact,
    Credits,
    CrewMember,
    Festival,
    FilmInfo,
    KitStyle,
    PressKit,
    Quote,
    Release,
    Screening,
    Source,
    SourceDocument,
    Still,
    Synopsis,
    Territory,
    Translation,
)
from presskit.sections import DEFAULT_ORDER

ODD = [
    " ",
    "   ",
    "\n",
    "\n\n",
    "\t",
    "\r\n",
    "\u00a0",
    "\u2028",
    "x",
    "Zoë",
    "e\u0301\u0302\u0303",
    "Z\u0364\u0351a",
    "<b>",
    "</b>",
    "<para>",
    "</para>",
    "&#",
    "&#0;",
    "&amp;",
    "&",
    "<br/>",
    '<a href="javascript:x">',
    "]]>",
    "%PDF",
    "\x00",
    "\x07",
    "\x1b[31m",
    "\x7f",
    "\x85",
    "\x9b",
    "\ufeff",
    "\u200e",
    "\u200f",
    "\u202a",
    "\u202e",
    "\u2066",
    "\u2069",
    "\u061c",
    "שלום עולם",
    "مرحبا بالعالم",
    "電影新聞資料袋",
    "映画祭",
    "🎬",
    "👩‍👩‍👧‍👦",
    "🇫🇷",
    "https://example.com/a?b=c&d=e",
    "name@example.com",
    "+1 (555) 010-0000",
    "../../etc/passwd",
    "C:\\films\\x",
]
piece = st.sampled_from(ODD) | st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12)
short = st.lists(piece, max_size=8).map("".join)
# one piece again and again, up to 5000 characters: an unbroken word when the piece has no space
long_text = st.builds(lambda p, n: (p * (n // len(p) + 1))[:n], piece, st.integers(1, 5000))
odd_text = st.sampled_from([short] * 9 + [long_text]).flatmap(lambda s: s)  # one in ten long: a kit of dozens of pages
# resources.kit_file cannot expand "~name" for a user who does not exist: not this suite's subject
path_text = odd_text.filter(lambda s: not s.startswith("~"))
number = st.none() | st.integers(-(10**6), 10**6)
some = lambda s: st.lists(s, min_size=1, max_size=2)  # noqa: E731 - every list has something in it
colour = st.from_regex(r"#[0-9a-f]{6}", fullmatch=True)
code_pattern = PressKit.model_fields["language"].metadata[0].pattern  # the model's LanguageCode
language = st.sampled_from(["en", "fr", "de"]) | st.from_regex(code_pattern, fullmatch=True)  # or one without words
font = st.sampled_from(sorted(FAMILIES)) | path_text

styles = st.builds(
    KitStyle,
    template=odd_text,
    page=st.sampled_from(["Letter", "A4"]),
    margin_in=st.floats(0.3, 2.0),
    body_font=font,
    display_font=font,
    label_font=font,
    heading_font=font,
    ink=colour,
    muted=colour,
    accent=colour,
    cover_bg=colour,
    cover_ink=colour,
    cover_layout=st.sampled_from(["dark", "light"]),
    sections=st.permutations(DEFAULT_ORDER),
    cast_columns=st.sampled_from([1, 2]),
    crew_departments=some(st.sampled_from(DEPARTMENTS) | odd_text),
    logo=path_text,
    legal_line=odd_text,
)
row_id = st.sampled_from(["a", "b"]) | st.from_regex(r"[A-Za-z0-9_-]{1,32}", fullmatch=True)  # the model's RowId
rows = st.dictionaries(row_id, odd_text, min_size=1, max_size=2)  # translations keyed by row id
id_rows = lambda s: st.lists(s, min_size=1, max_size=2, unique_by=lambda row: row.id)  # noqa: E731
translations = st.builds(
    Translation,
    title=odd_text,
    tagline=odd_text,
    logline=odd_text,
    synopsis_short=odd_text,
    synopsis_long=odd_text,
    director_statement=odd_text,
    production_notes=odd_text,
    bios=rows,
    captions=rows,
    quotes=rows,
)

whole_kits = st.builds(
    PressKit,
    film=st.builds(
        FilmInfo,
        title=odd_text,
        tagline=odd_text,
        logline=odd_text,
        genre=odd_text,
        runtime_minutes=number,
        country=odd_text,
        language=odd_text,
        year=number,
        aspect_ratio=odd_text,
        sound=odd_text,
        format=odd_text,
    ),
    synopsis=st.builds(Synopsis, short=odd_text, long=odd_text),
    credits=st.builds(
        Credits,
        directors=some(odd_text),
        writers=some(odd_text),
        producers=some(odd_text),
        cast=id_rows(st.builds(CastMember, id=row_id, actor=odd_text, character=odd_text)),
        crew=some(
            st.builds(CrewMember, name=odd_text, role=odd_text, department=st.sampled_from(DEPARTMENTS) | odd_text)
        ),
    ),
    quotes=id_rows(
        st.builds(
            Quote, id=row_id, text=odd_text, speaker=odd_text, outlet=odd_text, date=odd_text, pull_quote=st.booleans()
        )
    ),
    release=st.builds(
        Release,
        date_text=odd_text,
        date=st.none() | st.dates(),
        venue=odd_text,
        distributor=odd_text,
        rating=odd_text,
        territories=some(st.builds(Territory, name=odd_text, date_text=odd_text, venue=odd_text)),
    ),
    stills=id_rows(st.builds(Still, id=row_id, file=path_text, caption=odd_text, credit=odd_text)),
    contacts=some(st.builds(Contact, name=odd_text, role=odd_text, company=odd_text, email=odd_text, phone=odd_text)),
    director_statement=odd_text,
    bios=id_rows(st.builds(Bio, id=row_id, name=odd_text, role=odd_text, text=odd_text)),
    production_notes=odd_text,
    website=odd_text,
    social_links=some(odd_text),
    festivals=some(
        st.builds(
            Festival,
            name=odd_text,
            section=odd_text,
            year=number,
            status=st.sampled_from(FESTIVAL_STATUSES) | odd_text,
            laurel=path_text,
        )
    ),
    screenings=some(st.builds(Screening, venue=odd_text, city=odd_text, when=odd_text, tickets=odd_text)),
    language=language,
    translations=st.dictionaries(language, translations, min_size=1, max_size=2),
    style=styles,
    documents=some(st.builds(SourceDocument, name=odd_text, kind=odd_text, text=odd_text)),
    sources=some(st.builds(Source, field=odd_text, start=st.integers(), end=st.integers(), inferred=st.booleans())),
)
