"""The kit's panels, one small registered class per section."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLabel, QPushButton, QWidget

from presskit.durations import parse_minutes
from presskit.model import QUOTE_KINDS, RUNTIME_HINT, CastMember, Contact, CrewMember, PressKit, Quote, Territory
from presskit.ui import colours
from presskit.ui.controller import DocumentController
from presskit.ui.panels.base import Panel, register
from presskit.ui.panels.table_panel import KitTable
from presskit.ui.translatable import QT_TRANSLATE_NOOP


@register
class FilmInfoPanel(Panel):
    """Title, tagline, logline and the fact-sheet facts."""

    TITLE = QT_TRANSLATE_NOOP("Panel", "Film info")
    KEY = "film"
    ORDER = 10

    def __init__(self, ctl: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(ctl, parent)
        f = ("film",)
        self.line(QT_TRANSLATE_NOOP("Panel", "Title"), (*f, "title"), "The film's title (required)")
        self.line(QT_TRANSLATE_NOOP("Panel", "Tagline"), (*f, "tagline"))
        self.line(QT_TRANSLATE_NOOP("Panel", "Genre"), (*f, "genre"))
        self.number(
            QT_TRANSLATE_NOOP("Panel", "Runtime (minutes)"),
            (*f, "runtime_minutes"),
            "e.g. 104 or 1h44",
            parse_minutes,
            RUNTIME_HINT,
            kept=(*f, "runtime_text"),
        )
        self.line(QT_TRANSLATE_NOOP("Panel", "Country"), (*f, "country"))
        self.line(QT_TRANSLATE_NOOP("Panel", "Language"), (*f, "language"))
        self.number(QT_TRANSLATE_NOOP("Panel", "Year"), (*f, "year"))
        self.line(QT_TRANSLATE_NOOP("Panel", "Aspect ratio"), (*f, "aspect_ratio"), "e.g. 2.39:1")
        self.line(QT_TRANSLATE_NOOP("Panel", "Sound"), (*f, "sound"), "e.g. 5.1")
        self.line(QT_TRANSLATE_NOOP("Panel", "Format"), (*f, "format"), "e.g. DCP")
        self.layout_.addStretch(1)


@register
class SynopsisPanel(Panel):
    """The story at two lengths, and the director's statement."""

    TITLE = QT_TRANSLATE_NOOP("Panel", "Synopsis")
    KEY = "synopsis"
    ORDER = 20

    LIMITS: dict[tuple[str, ...], int] = {
        ("film", "logline"): 50,
        ("synopsis", "short"): 150,
        ("synopsis", "long"): 1000,
    }

    def __init__(self, ctl: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(ctl, parent)
        self.counts: dict[tuple[str, ...], QLabel] = {}
        for label, path, height in (
            (QT_TRANSLATE_NOOP("Panel", "Logline"), ("film", "logline"), 60),
            (QT_TRANSLATE_NOOP("Panel", "Short synopsis"), ("synopsis", "short"), 100),
            (QT_TRANSLATE_NOOP("Panel", "Long synopsis"), ("synopsis", "long"), 220),
        ):
            self.text_area(label, path, height)
            count = QLabel()
            count.setObjectName("count:" + ".".join(path))
            self.form.addRow("", count)
            self.counts[path] = count
        self.text_area(QT_TRANSLATE_NOOP("Panel", "Director's statement"), ("director_statement",), 120)

    def load(self, kit: PressKit) -> None:
        """Show the texts and their live word counts against the usual limits."""
        super().load(kit)
        for path, label in self.counts.items():
            text = kit.film.logline if path[0] == "film" else getattr(kit.synopsis, path[1])
            words, limit = len(text.split()), self.LIMITS[path]
            label.setText(self.tr("{0} / {1} words").format(words, limit))
            label.setStyleSheet(colours.text_style(colours.ink(colours.ERROR) if words > limit else colours.muted()))


@register
class CreditsPanel(Panel):
    """Directors, writers, producers, cast and crew."""

    TITLE = QT_TRANSLATE_NOOP("Panel", "Credits")
    KEY = "credits"
    ORDER = 30

    def __init__(self, ctl: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(ctl, parent)
        self.name_list(QT_TRANSLATE_NOOP("Panel", "Directors"), ("credits", "directors"))
        self.name_list(QT_TRANSLATE_NOOP("Panel", "Writers"), ("credits", "writers"))
        self.name_list(QT_TRANSLATE_NOOP("Panel", "Producers"), ("credits", "producers"))
        self.layout_.addWidget(QLabel(self.tr("<b>Cast</b>")))
        self.cast = KitTable(
            ctl,
            ("credits", "cast"),
            [("actor", "Actor"), ("character", "Character")],
            CastMember,
            QT_TRANSLATE_NOOP("KitTable", "&cast member"),
        )
        self.layout_.addWidget(self.cast, 2)
        self.layout_.addWidget(QLabel(self.tr("<b>Crew</b>")))
        self.crew = KitTable(
            ctl,
            ("credits", "crew"),
            [("name", "Name"), ("role", "Role"), ("department", "Department")],
            CrewMember,
            QT_TRANSLATE_NOOP("KitTable", "c&rew member"),
            choices={"department": lambda: ctl.kit.style.crew_departments},
        )
        sort = QPushButton(self.tr("Sort by department"))
        sort.clicked.connect(self.sort_crew)
        self.crew.button_row.insertWidget(4, sort)
        self.layout_.addWidget(self.crew, 1)

    def sort_crew(self) -> None:
        """Order the crew by department (one undo step)."""
        crew, style = self.ctl.kit.credits.crew, self.ctl.kit.style
        order = sorted(range(len(crew)), key=lambda i: (*style.department_rank(crew[i].department), i))
        if order == list(range(len(crew))):
            return
        self.ctl.set_field(("credits", "crew"), [crew[i].model_copy() for i in order], "Sort crew by department")


@register
class QuotesPanel(Panel):
    """Quotes with speaker, outlet and a review's rating; pull quotes are set large in the PDF; a
    filmmaker's words are printed apart from the press's."""

    TITLE = QT_TRANSLATE_NOOP("Panel", "Quotes")
    KEY = "quotes"
    ORDER = 40

    def __init__(self, ctl: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(ctl, parent)
        self.table = KitTable(
            ctl,
            ("quotes",),
            [
                ("text", "Quote"),
                ("speaker", "Speaker"),
                ("outlet", "Outlet"),
                ("date", "Date"),
                ("pull_quote", "Pull quote"),
                ("rating", "Rating"),
                ("kind", "Press or filmmaker"),
            ],
            Quote,
            QT_TRANSLATE_NOOP("KitTable", "&quote"),
            choices={"kind": lambda: list(QUOTE_KINDS)},
            wide="text",
        )
        self.layout_.addWidget(self.table)


class FieldDateEdit(QDateEdit):
    """A date field that Tab leaves like any other field (arrows move between day, month and year),
    also while it shows "not set"."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt's names
        """Tab and Shift+Tab go to the next or previous field, never into the date's sections."""
        return QWidget.focusNextPrevChild(self, next)


@register
class ReleasePanel(Panel):
    """Release date and venue, distributor, rating and territories."""

    TITLE = QT_TRANSLATE_NOOP("Panel", "Release")
    KEY = "release"
    ORDER = 50

    def __init__(self, ctl: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(ctl, parent)
        r = ("release",)
        self.line(QT_TRANSLATE_NOOP("Panel", "Date (as written)"), (*r, "date_text"), "e.g. July 25")
        self.calendar = FieldDateEdit()
        self.calendar.setCalendarPopup(True)
        self.calendar.setObjectName("field:release.date")
        self.calendar.setSpecialValueText(self.tr("not set"))
        self.calendar.setMinimumDate(QDate(1900, 1, 1))
        self.calendar.dateChanged.connect(self._date_picked)
        self.form.addRow(self.tr("Date (calendar)"), self.calendar)
        self.line(QT_TRANSLATE_NOOP("Panel", "Venue"), (*r, "venue"), "e.g. theaters")
        self.line(QT_TRANSLATE_NOOP("Panel", "Distributor"), (*r, "distributor"))
        self.line(QT_TRANSLATE_NOOP("Panel", "Rating"), (*r, "rating"))
        self.layout_.addWidget(QLabel(self.tr("<b>Territories</b>")))
        self.territories = KitTable(
            ctl,
            ("release", "territories"),
            [("name", "Territory"), ("date_text", "Date"), ("venue", "Venue")],
            Territory,
            QT_TRANSLATE_NOOP("KitTable", "&territory"),
        )
        self.layout_.addWidget(self.territories)

    def load(self, kit: PressKit) -> None:
        """Show the release fields and the parsed date in the calendar."""
        super().load(kit)
        d = kit.release.date
        shown = QDate(d.year, d.month, d.day) if d else self.calendar.minimumDate()
        if self.calendar.date() != shown:
            self.calendar.blockSignals(True)
            self.calendar.setDate(shown)
            self.calendar.blockSignals(False)

    def _date_picked(self, qdate: QDate) -> None:
        """A date chosen in the calendar sets the parsed date and, if empty, the words."""
        if qdate == self.calendar.minimumDate():
            self.ctl.set_field(("release", "date"), None, "Clear release date")
            return
        picked = dt.date(qdate.year(), qdate.month(), qdate.day())
        self.ctl.undo_stack.beginMacro(self.tr("Set release date"))
        self.ctl.set_field(("release", "date"), picked)
        if not self.ctl.kit.release.date_text:
            self.ctl.set_field(("release", "date_text"), f"{picked:%B} {picked.day}, {picked.year}")
        self.ctl.undo_stack.endMacro()


@register
class ContactsPanel(Panel):
    """Press contacts: publicist, sales, distributor."""

    TITLE = QT_TRANSLATE_NOOP("Panel", "Contacts")
    KEY = "contacts"
    ORDER = 60

    def __init__(self, ctl: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(ctl, parent)
        self.line(QT_TRANSLATE_NOOP("Panel", "Website"), ("website",), "https://…")
        self.name_list(
            QT_TRANSLATE_NOOP("Panel", "Social links"),
            ("social_links",),
            QT_TRANSLATE_NOOP("Panel", "Web addresses, separated by commas"),
        )
        self.table = KitTable(
            ctl,
            ("contacts",),
            [("name", "Name"), ("role", "Role"), ("company", "Company"), ("email", "Email"), ("phone", "Phone")],
            Contact,
            QT_TRANSLATE_NOOP("KitTable", "c&ontact"),
        )
        self.layout_.addWidget(self.table)
