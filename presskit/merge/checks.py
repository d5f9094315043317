"""Warnings that hold a source back until the publicist accepts it: another film, another language."""

from __future__ import annotations

import re
from collections import Counter

from presskit.extract.vocab import LANGUAGE_NAMES, STOPWORDS
from presskit.matching import mentions, plain
from presskit.merge.items import PlanItem
from presskit.model import PressKit


def language_of(text: str) -> str | None:
    """The language most of the text's commonest words belong to (en, fr, es, de, it, pt), or None
    when the text is too short or too mixed to say."""
    words = Counter(re.findall(r"[^\W\d_]+", text[:20000].lower()))
    if sum(words.values()) < 40:
        return None
    scores = {code: sum(words[w] for w in stop) for code, stop in STOPWORDS.items()}
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
    if lang and lang != kit.language.split("-")[0].split("_")[0] and not is_fresh(kit):
        names = LANGUAGE_NAMES
        kit_lang = names.get(kit.language, kit.language)
        out.append(
            f"“{name}” seems to be in {names.get(lang, lang)}, not {kit_lang} (the kit's language); add it anyway?"
        )
    return out


def is_fresh(kit: PressKit) -> bool:
    """A kit nothing has gone into yet (no title, no source): its main language is still only the
    default, so the first source's language becomes it rather than a reason to hold the source back."""
    return not kit.film.title.strip() and not kit.documents


def language_item(kit: PressKit, text: str, source: str) -> PlanItem | None:
    """For a fresh kit whose first source is in another language: that language as the kit's own."""
    lang = language_of(text)
    if not lang or not is_fresh(kit) or lang == kit.language.split("-")[0].split("_")[0]:
        return None
    names = LANGUAGE_NAMES
    return PlanItem(
        field="language",
        label="Main language",
        old=names.get(kit.language, kit.language),
        new=names.get(lang, lang),
        source=source,
        sentence="",
        kind="change",
        accepted=True,
        path=("language",),
        value=lang,
    )
