"""The source reader's vocabulary (resources/sources/vocabulary.json), loaded once."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from presskit.resources import resource


@cache
def vocabulary() -> dict[str, Any]:
    """Headings, specification labels, credit roles, words of praise and each language's commonest words."""
    data: dict[str, Any] = json.loads(resource("sources", "vocabulary.json").read_text(encoding="utf-8"))
    return data


@cache
def spec_fields() -> dict[str, str]:
    """A technical-specification label, folded, to the film field it fills."""
    from presskit.merge.names import plain

    return {plain(label): target for label, target in vocabulary()["specs"].items()}


@cache
def heading_fields() -> dict[str, str]:
    """A press-note heading, folded, to what its section fills."""
    from presskit.merge.names import plain

    return {plain(h): target for target, names in vocabulary()["headings"].items() for h in names}
