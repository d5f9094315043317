"""A merge plan: what a source's candidate kit adds to the kit, field by field and row by row."""

from __future__ import annotations

from typing import Any

from presskit.extract.release import parse_date
from presskit.matching import find_person, mentions, plain, same_words
from presskit.merge.items import Kind, Path, PlanItem, SourcePlan
from presskit.model import Bio, CastMember, Contact, CrewMember, PressKit, Quote, SourceDocument, get_path

SCALARS: list[tuple[str, Path]] = [
    ("Title", ("film", "title")),
    ("Logline", ("film", "logline")),
    ("Genre", ("film", "genre")),
    ("Runtime (minutes)", ("film", "runtime_minutes")),
    ("Country", ("film", "country")),
    ("Language", ("film", "language")),
    ("Year", ("film", "year")),
    ("Aspect ratio", ("film", "aspect_ratio")),
    ("Sound", ("film", "sound")),
    ("Format", ("film", "format")),
    ("Short synopsis", ("synopsis", "short")),
    ("Synopsis", ("synopsis", "long")),
    ("Director's statement", ("director_statement",)),
    ("Production notes", ("production_notes",)),
    ("Release date", ("release", "date_text")),
    ("Release venue", ("release", "venue")),
]
ALWAYS_CONFLICT = {("film", "title"), ("release", "date_text")}  # a second value is news, never noise
NAME_LISTS = [("Director", "directors"), ("Writer", "writers"), ("Producer", "producers")]


def dotted(path: Path) -> str:
    """A field path as the kit's sources write it: film.title, credits.cast.2.actor."""
    return ".".join(str(p) for p in path)


class Planner:
    """Compares a candidate kit (what one source says) with the kit, item by item."""

    def __init__(self, kit: PressKit, candidate: PressKit, document: SourceDocument, explicit: set[str]) -> None:
        self.kit, self.cand, self.doc, self.explicit = kit, candidate, document, explicit
        self.plan = SourcePlan(document)

    def sentence(self, field: str) -> tuple[str, list[tuple[str, int, int, bool]]]:
        """The sentence of the source a candidate field came from, and the spans under it."""
        spans = [
            (s.field[len(field) + 1 :] if s.field != field else "", s.start, s.end, s.inferred)
            for s in self.cand.sources
            if s.field == field or s.field.startswith(field + ".")
        ]
        text = self.doc.text
        if not spans or not 0 <= spans[0][1] < spans[0][2] <= len(text):
            return "", spans
        start, end = spans[0][1], spans[0][2]
        stop = text.rfind(". ", 0, start)
        left = max(stop + 2 if stop != -1 else 0, text.rfind("\n", 0, start) + 1, start - 200, 0)
        stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
        right = min([*stops, end + 200, len(text)])
        cut_left = left == start - 200 and left > 0 and not text[left - 1].isspace()
        cut_right = right == end + 200 and right < len(text) and not text[right].isspace()
        if cut_left:  # a window cut inside a word starts at the next word, marked as cut
            left = min(start, text.find(" ", left) + 1 or start)
        if cut_right:
            right = max(end, text.rfind(" ", 0, right) - 1)
        said = " ".join(text[left : right + 1].split())
        return ("…" if cut_left else "") + said + ("…" if cut_right else ""), spans

    def item(self, label: str, path: Path, cand_field: str, old: Any, new: Any, kind: Kind, **kw: Any) -> None:
        sentence, spans = self.sentence(cand_field)
        self.plan.items.append(
            PlanItem(
                field=dotted(path),
                label=label,
                old=_show(old),
                new=_show(new),
                source=self.doc.name,
                sentence=sentence,
                kind=kind,
                accepted=kind != "conflict",
                path=path,
                value=new,
                spans=spans,
                **kw,
            )
        )

    def scalars(self) -> None:
        for label, path in SCALARS:
            old, new = get_path(self.kit, path), get_path(self.cand, path)
            if new in (None, "") or _same(path, old, new):
                continue
            if old in (None, ""):
                self.item(label, path, dotted(path), old, new, "add")
            elif path == ("film", "title") and mentions(self.doc.text, str(old)):
                continue  # the source names the kit's film: its own guess at a title is no news
            elif path in ALWAYS_CONFLICT or dotted(path) in self.explicit:
                self.item(label, path, dotted(path), old, new, "conflict")

    def names(self) -> None:
        for label, key in NAME_LISTS:
            have = list(getattr(self.kit.credits, key))
            for i, name in enumerate(getattr(self.cand.credits, key)):
                if find_person(name, have) is None:
                    have.append(name)
                    self.item(label, ("credits", key), f"credits.{key}.{i}", "", name, "add", append=True)

    def cast(self) -> None:
        have = [c.actor for c in self.kit.credits.cast]
        for i, member in enumerate(self.cand.credits.cast):
            row = find_person(member.actor, have)
            if row is None:
                have.append(member.actor)
                self.item("Cast", ("credits", "cast"), f"credits.cast.{i}", "", member, "add", append=True)
            elif row is not False and member.character and not self.kit.credits.cast[int(row)].character:
                path = ("credits", "cast", int(row), "character")
                self.item(
                    f"{member.actor}'s character", path, f"credits.cast.{i}.character", "", member.character, "change"
                )

    def crew(self) -> None:
        have = [c.name for c in self.kit.credits.crew] + self.kit.credits.directors + self.kit.credits.writers
        for i, member in enumerate(self.cand.credits.crew):
            if find_person(member.name, have) is None:
                have.append(member.name)
                self.item("Crew", ("credits", "crew"), f"credits.crew.{i}", "", member, "add", append=True)

    def quotes(self) -> None:
        have = list(self.kit.quotes)
        credits = self.kit.credits
        people = [*credits.directors, *credits.writers, *credits.producers]
        people += [c.actor for c in credits.cast] + [c.name for c in credits.crew]
        for i, quote in enumerate(self.cand.quotes):
            known = find_person(quote.speaker, people) if quote.speaker else None
            if known is not None and known is not False:  # "Wingard said" is the kit's Adam Wingard
                quote = quote.model_copy(update={"speaker": people[int(known)]})
            row = next((k for k, q in enumerate(have) if same_words(q.text, quote.text)), None)
            if row is None:
                have.append(quote)
                label = "Press quote" if quote.kind == "press" else "Quote"
                self.item(label, ("quotes",), f"quotes.{i}", "", quote, "add", append=True)
            elif row < len(self.kit.quotes):
                for part in ("speaker", "outlet", "rating"):
                    new, old = getattr(quote, part), getattr(self.kit.quotes[row], part)
                    if new and not old:
                        path = ("quotes", row, part)
                        self.item(f"Quote's {part}", path, f"quotes.{i}.{part}", "", new, "change")

    def rows(self) -> None:
        emails = {plain(c.email) for c in self.kit.contacts if c.email}
        for i, contact in enumerate(self.cand.contacts):
            if contact.email and plain(contact.email) not in emails:
                emails.add(plain(contact.email))
                self.item("Contact", ("contacts",), f"contacts.{i}", "", contact, "add", append=True)
        names = [b.name for b in self.kit.bios]
        for i, bio in enumerate(self.cand.bios):
            if find_person(bio.name, names) is None:
                names.append(bio.name)
                self.item("Biography", ("bios",), f"bios.{i}", "", bio, "add", append=True)


def plan_merge(kit: PressKit, candidate: PressKit, document: SourceDocument, explicit: set[str]) -> SourcePlan:
    """What merging one source's candidate kit into the kit would do; the kit is not touched.
    ``explicit`` names the candidate's fields a labelled section set (those may conflict)."""
    planner = Planner(kit, candidate, document, explicit)
    for step in (planner.scalars, planner.names, planner.cast, planner.crew, planner.quotes, planner.rows):
        step()
    return planner.plan


def _same(path: Path, old: Any, new: Any) -> bool:
    if path == ("release", "date_text") and old and new:
        parsed = parse_date(str(old)), parse_date(str(new))
        if parsed[0] is not None and parsed[0] == parsed[1]:
            return True
    return plain(str(old)) == plain(str(new)) if isinstance(old, str) else old == new


def _show(value: Any) -> str:
    """A value as the dialog and the command line show it."""
    if isinstance(value, CastMember):
        return f"{value.actor} as {value.character}" if value.character else value.actor
    if isinstance(value, CrewMember):
        return f"{value.name} ({value.role})" if value.role else value.name
    if isinstance(value, Quote):
        who = ", ".join(p for p in (value.speaker, value.outlet, value.rating) if p)
        return f"“{value.text}”" + (f" — {who}" if who else "")
    if isinstance(value, Contact):
        return ", ".join(p for p in (value.name, value.role, value.email, value.phone) if p)
    if isinstance(value, Bio):
        return f"{value.name}: {value.text[:80]}"
    return "" if value is None else str(value)
