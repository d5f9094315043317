"""Extraction on the seed article: the facts a publicist expects, with their sources."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from presskit.extract import extract_file
from presskit.extract.result import Extraction


@pytest.fixture(scope="module")
def seed(seed_path) -> Extraction:  # noqa: ANN001
    return extract_file(seed_path)


def test_title_directors_and_writer(seed: Extraction) -> None:
    assert seed.title is not None and seed.title.value == "Ruby Sparks"
    assert [d.value for d in seed.directors] == ["Valerie Faris", "Jonathan Dayton"]
    assert [w.value for w in seed.writers] == ["Zoe Kazan"]


def test_cast_with_characters(seed: Extraction) -> None:
    cast = {c.actor.value: (c.character.value if c.character else None) for c in seed.cast}
    assert cast == {"Paul Dano": "Calvin", "Zoe Kazan": "Ruby", "Elliott Gould": None, "Chris Messina": "Harry"}


def test_quotes_are_attributed_to_full_names(seed: Extraction) -> None:
    speakers = [q.speaker.value if q.speaker else None for q in seed.quotes]
    assert len(seed.quotes) == 14
    assert set(speakers) == {"Valerie Faris", "Jonathan Dayton", "Paul Dano", "Zoe Kazan"}
    first = seed.quotes[0]
    assert first.text.value.startswith("In our society we have this need")


def test_release_date_and_venue_as_written(seed: Extraction) -> None:
    assert seed.release_date is not None and seed.release_date.value == "July 25"
    assert seed.release_venue is not None and seed.release_venue.value == "theaters"


def test_every_span_points_at_its_value(seed: Extraction) -> None:
    for src in seed.sources():
        assert seed.text[src["start"] : src["end"]] == src["value"] or src["inferred"], src


def test_captions_and_signup_lines_are_boilerplate(seed: Extraction) -> None:
    assert "Sign Up >" in seed.boilerplate
    assert "Paul Dano and Zoe Kazan" in seed.boilerplate
    assert "Little Miss Sunshine" not in seed.boilerplate  # part of a sentence broken over lines


def test_cli_prints_the_interchange_schema(seed_path) -> None:  # noqa: ANN001
    out = subprocess.run(
        [sys.executable, "-m", "presskit", "extract", str(seed_path), "--json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    data = json.loads(out)
    assert set(data) == {
        "title",
        "directors",
        "writers",
        "cast",
        "crew_other",
        "contacts",
        "quotes",
        "release",
        "synopsis_sentences",
        "boilerplate_lines",
    }
    assert data["release"] == {"date_text": "July 25", "venue": "theaters"}


def test_a_date_without_a_year_stays_as_written(seed_path: Path) -> None:
    """Never invent a fact: "July 25" is kept as the article says it, with no guessed year."""
    from presskit.extract.release import parse_date
    from presskit.merge import kit_from_source

    kit = kit_from_source(seed_path)
    assert kit.release.date_text == "July 25" and kit.release.date is None
    assert parse_date("July 25, 2012") == dt.date(2012, 7, 25) and parse_date("25 July") is None
