"""Any text at all: extraction never raises, finishes in bounded time, and every span is honest."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from presskit.extract import extract
from presskit.extract.result import Extraction

MARKS = "“”\"'‘’()[]—–-:;,.!?\n\n "
WORDS = [
    "The",
    "film",
    "stars",
    "Jane",
    "Roe",
    "as",
    "Kit",
    "says",
    "she",
    "said",
    "directed",
    "by",
    "opens",
    "in",
    "theaters",
    "July",
    "25",
    "“",
    "”",
    "(",
    ")",
    ",",
    ".",
    "\n\n",
    "Zoë",
    "played",
    "by",
    "Élan",
]


def check_spans(result: Extraction) -> None:
    for src in result.sources():
        assert 0 <= src["start"] <= src["end"] <= len(result.text)
        if not src["inferred"] and src["field"] not in ("synopsis",):
            assert result.text[src["start"] : src["end"]] == src["value"], src


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=2000))
def test_random_text_never_raises(text: str) -> None:
    check_spans(extract(text))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=300).map(" ".join))
def test_genre_shaped_noise_never_raises_and_spans_point_at_values(text: str) -> None:
    check_spans(extract(text))


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=MARKS, min_size=1, max_size=3000))
def test_only_punctuation_and_quotation_marks(text: str) -> None:
    check_spans(extract(text))


def test_ten_thousand_quotation_marks_finish_quickly() -> None:
    start = time.perf_counter()
    extract("“" * 10_000 + " she said " + "”" * 10_000)
    extract('"a" ' * 10_000)
    assert time.perf_counter() - start < 30  # a bound against runaway backtracking, not a benchmark


def test_one_very_long_line_and_mixed_scripts() -> None:
    line = ("Jane Roe said “これは映画です” and Кит Роу (Герой) opened in theaters July 4. " * 2000).strip()
    check_spans(extract(line))
