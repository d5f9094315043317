"""Running times are understood as publicists write them, or not at all."""

from __future__ import annotations

import pytest

from presskit.durations import parse_minutes


@pytest.mark.parametrize(
    "typed",
    [
        "104",
        "104 min",
        "104 minutes",
        "104min",
        "104'",
        "1h44",
        "1h44m",
        "1 h 44 min",
        "1 hr 44 mins",
        "1:44",
        " 1H44 ",
        "1 hour 44 minutes",
    ],
)
def test_the_usual_ways_of_writing_104_minutes(typed: str) -> None:
    assert parse_minutes(typed) == 104


def test_whole_hours() -> None:
    assert parse_minutes("2h") == 120 and parse_minutes("2 hours") == 120


@pytest.mark.parametrize("typed", ["", "about two hours", "1h75", "1:4", "104 pages", "1.5", "-5", "1h44x"])
def test_anything_else_is_not_understood(typed: str) -> None:
    assert parse_minutes(typed) is None
