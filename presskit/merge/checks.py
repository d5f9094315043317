"""Warnings that hold a source back until the publicist accepts it: another film, another language."""

from __future__ import annotations

import re
from collections import Counter

from presskit.merge.names import mentions, plain
from presskit.merge.vocabulary import vocabulary
from presskit.model import PressKit


def language_of(text: str) -> str | None:
    """The language most of the text's commonest words belong to (en, fr, es, de, it, pt), or None
    when the text is too short or too mixed to say."""
    words = Counter(re.findall(r"[^\W\d_]+", text[:20000].lower()))
    if sum(words.values()) < 40:
        return None
    scores = {code: sum(words[w] for w in stop) for code, stop in vocabulary()["stopwords"].items()}
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    (best, top), (_, second) = ranked[0], ranked[1]
    return best if top >= 10 and top >= 2 * second else None


def source_warnings(kit: PressKit, found_title: str, text: str, name: str) -> list[str]:
    """Why this source might not belong in this kit, one sentence each (empty when it does)."""
    out: list[str] = []
    title = kit.film.title.strip()
    if title and not mentions(text, title) and not mentions(found_title, title):
        if found_title and plain(found_title) != plain(title):
            out.append(f"“{name}” seems to be about {found_title}, not {title}; add it anyway?")
        else:
            out.append(f"“{name}” never mentions {title}; add it anyway?")
    lang = language_of(text)
    if lang and lang != kit.language.split("-")[0].split("_")[0]:
        names = vocabulary()["language_names"]
        kit_lang = names.get(kit.language, kit.language)
        out.append(
            f"“{name}” seems to be in {names.get(lang, lang)}, not {kit_lang} (the kit's language); add it anyway?"
        )
    return out
