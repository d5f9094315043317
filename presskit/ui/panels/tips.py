"""Tooltips of the fields whose meaning or format is not obvious, by field path (data, one place)."""

from __future__ import annotations

from presskit.ui.translatable import QT_TRANSLATE_NOOP

TIPS: dict[tuple[str | int, ...], str] = {
    ("film", "title"): QT_TRANSLATE_NOOP("Panel", "The film's title as it should appear on the cover (required)."),
    ("film", "tagline"): QT_TRANSLATE_NOOP("Panel", "A short line under the title on the cover and poster."),
    ("film", "logline"): QT_TRANSLATE_NOOP(
        "Panel", "One or two sentences that sell the story; about 50 words at most."
    ),
    ("film", "runtime_minutes"): QT_TRANSLATE_NOOP(
        "Panel", "Running time: minutes (104) or hours and minutes (1h44, 1:44)."
    ),
    ("film", "year"): QT_TRANSLATE_NOOP("Panel", "The year of completion or first release."),
    ("film", "aspect_ratio"): QT_TRANSLATE_NOOP("Panel", "Image shape as projected, e.g. 2.39:1 or 1.85:1."),
    ("film", "sound"): QT_TRANSLATE_NOOP("Panel", "Sound mix, e.g. 5.1, 7.1 or Dolby Atmos."),
    ("film", "format"): QT_TRANSLATE_NOOP("Panel", "Exhibition format, e.g. DCP, 35mm."),
    ("synopsis", "short"): QT_TRANSLATE_NOOP("Panel", "About 150 words: the set-up, not the ending."),
    ("synopsis", "long"): QT_TRANSLATE_NOOP("Panel", "Up to about 1,000 words for the press kit's synopsis page."),
    ("director_statement",): QT_TRANSLATE_NOOP("Panel", "The director's own words about why they made the film."),
    ("credits", "directors"): QT_TRANSLATE_NOOP("Panel", "Names separated by commas, in credit order."),
    ("credits", "writers"): QT_TRANSLATE_NOOP("Panel", "Names separated by commas, in credit order."),
    ("credits", "producers"): QT_TRANSLATE_NOOP("Panel", "Names separated by commas, in credit order."),
    ("release", "date_text"): QT_TRANSLATE_NOOP(
        "Panel", "The date as the poster says it, e.g. July 25 or Summer 2026."
    ),
    ("release", "venue"): QT_TRANSLATE_NOOP("Panel", "Where it opens, e.g. in theaters, on Netflix."),
    ("website",): QT_TRANSLATE_NOOP("Panel", "The film's web address, starting with https://"),
    ("social_links",): QT_TRANSLATE_NOOP("Panel", "Web addresses of the film's social accounts, separated by commas."),
    ("production_notes",): QT_TRANSLATE_NOOP("Panel", "Background for journalists: how the film was made."),
    ("embargo",): QT_TRANSLATE_NOOP(
        "Panel", "The embargo as the distributor words it, e.g. Embargoed until 12 May 2026, 09:00 CET."
    ),
    ("key_art",): QT_TRANSLATE_NOOP(
        "Panel", "The poster or key-art image (JPEG, PNG, TIFF or WebP) the cover and web page lead with."
    ),
    ("style", "logo"): QT_TRANSLATE_NOOP("Panel", "The film's or distributor's logo, set on the cover."),
}
