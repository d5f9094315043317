"""What a one-sheet says, for the PDF cover and the web page alike: the billing block set from the
credits, the pull quote, and the words around screener and trailer links (resources/billing.json)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache
from typing import Any

from presskit.model import Link, PressKit, Quote
from presskit.resources import resource
from presskit.text_safety import one_line

Run = tuple[str, bool]  # a piece of a credit's text, and whether it is a name (set larger) or a label
Credit = tuple[Run, ...]
MAX_STARS = 6  # names above the title; the full cast is in the cast list
MAX_PULL_QUOTE = 180  # characters: a longer quote is never cut to fit a cover, another is chosen


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource("billing.json").read_text(encoding="utf-8"))
    return data


def words(lang: str) -> dict[str, str]:
    """The one-sheet words in a language (English for a language or word the file lacks)."""
    table = _data()["words"]
    return {**table["en"], **table.get(lang, {})}


def _names(names: list[str]) -> list[str]:
    return list(dict.fromkeys(n for n in (one_line(x) for x in names) if n))


def _pattern(pattern: str, names: list[str], lang: str) -> Credit:
    """A credit written around its names ("A {} presentation"), French "de" elided before a vowel."""
    before, _, after = pattern.partition("{}")
    joined = " & ".join(names)
    if lang == "fr" and before.endswith(" de ") and re.match(r"[AEIOUYÀÂÄÉÈÊËÎÏÔÖÛÙÜaeiouyàâäéèêëîïôöûùü]", joined):
        before, joined = before[:-3], "d'" + joined  # kept with the name, as i18n.film_by writes it
    runs = [(before.strip(), False), (joined, True), (after.strip(), False)]
    return tuple(run for run in runs if run[0])


def billing(kit: PressKit, lang: str = "en") -> list[Credit]:
    """The billing block's credits in poster order, each only when the kit names someone for it:
    who presents, whose film, who stars, the title, the heads of department, producers, writers,
    directors. Nothing is guessed: a role nobody holds is left out."""
    c, w, roles = kit.credits, words(lang), _data()["roles"]
    crew: dict[str, list[str]] = {key: [] for key in roles}
    for member in c.crew:
        role = re.sub(r"\s+", " ", member.role.strip().lower())
        for key, spellings in roles.items():
            if role in spellings:
                crew[key].append(member.name)
    held = {
        "presents": _names([kit.release.distributor]),
        "a_film_by": _names(c.directors),
        "starring": _names([m.actor for m in c.cast])[:MAX_STARS],
        "title": _names([kit.film.title]),
        "produced_by": _names(c.producers + crew.pop("produced_by")),
        "written_by": _names(c.writers + crew.pop("written_by")),
        "directed_by": _names(c.directors),
        **{key: _names(names) for key, names in crew.items()},
    }
    out: list[Credit] = []
    for key in _data()["order"]:
        names = held[key]
        if not names:
            continue
        if key == "title":
            out.append(((names[0], True),))
        elif "{}" in w[key]:
            out.append(_pattern(w[key], names, lang))
        elif key == "starring":
            out.append(((w[key], False), *((n, True) for n in names)))
        else:
            out.append(((w[key], False), (" & ".join(names), True)))
    return out


def billing_text(credits: list[Credit]) -> str:
    """The billing block as one line of capitals, as it reads on the poster."""
    return " ".join(text for credit in credits for text, _ in credit).upper()


def pull_quote(kit: PressKit, printable: Callable[[str], bool] = lambda text: True) -> Quote | None:
    """The quote a cover leads with: one marked as the pull quote, else the first press quote (a
    critic's, with an outlet, not a line by someone who made the film); short enough to print whole,
    and in characters the cover's face can print (a rating in stars stays in the quotes section)."""
    makers = {n.casefold() for n in kit.credits.directors + kit.credits.writers + kit.credits.producers}
    makers |= {m.actor.casefold() for m in kit.credits.cast} | {m.name.casefold() for m in kit.credits.crew}
    fits = [q for q in kit.quotes if q.text.strip() and len(one_line(q.text)) <= MAX_PULL_QUOTE and printable(q.text)]
    marked = [q for q in fits if q.pull_quote]
    press = [q for q in fits if q.outlet.strip() and q.speaker.casefold() not in makers]
    return next(iter(marked or press), None)


def link_kind(link: Link, lang: str = "en") -> str:
    """What a link leads to, in the language when it is one of the kinds Presskit offers."""
    return words(lang).get(link.kind.strip(), link.kind.strip()) or words(lang)["Website"]


def link_terms(link: Link, lang: str = "en") -> str:
    """The access terms printed beside a link: its password and how long it works."""
    parts = [f"{words(lang)['password']}: {one_line(link.password)}" if link.password.strip() else ""]
    return " · ".join(p for p in [*parts, one_line(link.expires)] if p)


def shown_url(url: str) -> str:
    """A web address as a reader types it: without https:// and a trailing slash."""
    return re.sub(r"^https?://(www\.)?", "", one_line(url), flags=re.I).rstrip("/")


def printed_links(kit: PressKit) -> list[Link]:
    """The links a kit gives an address for (a link whose address is not a web address is printed as
    text, never made clickable: see is_web)."""
    return [x for x in kit.links if x.url.strip()]


def is_web(url: str) -> bool:
    """True for an http(s) address, the only kind made clickable."""
    return bool(re.match(r"^https?://[^\s<>\"']+$", url.strip(), re.I))
