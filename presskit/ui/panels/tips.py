"""Tooltips of the fields whose meaning or format is not obvious, by field path (data, one place)."""

from __future__ import annotations

TIPS: dict[tuple[str | int, ...], str] = {
    ("film", "title"): "The film's title as it should appear on the cover (required).",
    ("film", "tagline"): "A short line under the title on the cover and poster.",
    ("film", "logline"): "One or two sentences that sell the story; about 50 words at most.",
    ("film", "runtime_minutes"): "Running time: minutes (104) or hours and minutes (1h44, 1:44).",
    ("film", "year"): "The year of completion or first release.",
    ("film", "aspect_ratio"): "Image shape as projected, e.g. 2.39:1 or 1.85:1.",
    ("film", "sound"): "Sound mix, e.g. 5.1, 7.1 or Dolby Atmos.",
    ("film", "format"): "Exhibition format, e.g. DCP, 35mm.",
    ("synopsis", "short"): "About 150 words: the set-up, not the ending.",
    ("synopsis", "long"): "Up to about 1,000 words for the press kit's synopsis page.",
    ("director_statement",): "The director's own words about why they made the film.",
    ("credits", "directors"): "Names separated by commas, in credit order.",
    ("credits", "writers"): "Names separated by commas, in credit order.",
    ("credits", "producers"): "Names separated by commas, in credit order.",
    ("release", "date_text"): "The date as the poster says it, e.g. July 25 or Summer 2026.",
    ("release", "venue"): "Where it opens, e.g. in theaters, on Netflix.",
    ("website",): "The film's web address, starting with https://",
    ("social_links",): "Web addresses of the film's social accounts, separated by commas.",
    ("production_notes",): "Background for journalists: how the film was made.",
    ("embargo",): "The embargo as the distributor words it, e.g. Embargoed until 12 May 2026, 09:00 CET.",
    ("key_art",): "The poster or key-art image (JPEG, PNG, TIFF or WebP) the cover and web page lead with.",
    ("style", "logo"): "The film's or distributor's logo, set on the cover.",
}
