"""The kit's panels, one small registered class per section."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from presskit.model import CastMember, Contact, CrewMember, PressKit, Quote, Territory
from presskit.ui.controller import DocumentController
from presskit.ui.panels.base import Panel, register
from presskit.ui.panels.table_panel import KitTable


@register
class FilmInfoPanel(Panel):
    """Title, tagline, logline and the fact-sheet facts."""

    TITLE = "Film info"
    ORDER = 10

    def __init__(self, ctl: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(ctl, parent)
        f = ("film",)
        self.line("Title", (*f, "title"), "The film's title (required)")
        self.line("Tagline", (*f, "tagline"))
        self.text_area("Logline", (*f, "logline"), 60)
        self.line("Genre", (*f, "genre"))
        self.number("Runtime (minutes)", (*f, "runtime_minutes"), "e.g. 104")
        self.line("Country", (*f, "country"))
        self.line("Language", (*f, "language"))
        self.number("Year", (*f, "year"))
        self.line("Aspect ratio", (*f, "aspect_ratio"), "e.g. 2.39:1")
        self.line("Sound", (*f, "sound"), "e.g. 5.1")
        self.line("Format", (*f, "format"), "e.g. DCP")
        self.layout_.addStretch(1)


@register
class SynopsisPanel(Panel):
    """The story at two lengths, and the director's statement."""

    TITLE = "Synopsis"
    ORDER = 20

    def __init__(self, ctl: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(ctl, parent)
        self.text_area("Short synopsis", ("synopsis", "short"), 100)
        self.text_area("Long synopsis", ("synopsis", "long"), 220)
        self.text_area("Director's statement", ("director_statement",), 120)


@register
class CreditsPanel(Panel):
    """Directors, writers, producers, cast and crew."""

    TITLE = "Credits"
    ORDER = 30

    def __init__(self, ctl: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(ctl, parent)
        self.name_list("Directors", ("credits", "directors"))
        self.name_list("Writers", ("credits", "writers"))
        self.name_list("Producers", ("credits", "producers"))
        self.layout_.addWidget(QLabel(self.tr("<b>Cast</b>")))
        self.cast = KitTable(ctl, ("credits", "cast"), [("actor", "Actor"), ("character", "Character")],
                             CastMember, "cast member")
        self.layout_.addWidget(self.cast, 2)
        self.layout_.addWidget(QLabel(self.tr("<b>Crew</b>")))
        self.crew = KitTable(ctl, ("credits", "crew"),
                             [("name", "Name"), ("role", "Role"), ("department", "Department")],
                             CrewMember, "crew member")
        self.layout_.addWidget(self.crew, 1)


@register
class QuotesPanel(Panel):
    """Quotes with speaker and outlet; pull quotes are set large in the PDF."""

    TITLE = "Quotes"
    ORDER = 40

    def __init__(self, ctl: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(ctl, parent)
        self.table = KitTable(ctl, ("quotes",), [("text", "Quote"), ("speaker", "Speaker"),
                                                  ("outlet", "Outlet"), ("pull_quote", "Pull quote")],
                              Quote, "quote")
        self.layout_.addWidget(self.table)


@register
class ReleasePanel(Panel):
    """Release date and venue, distributor, rating and territories."""

    TITLE = "Release"
    ORDER = 50

    def __init__(self, ctl: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(ctl, parent)
        r = ("release",)
        self.line("Date (as written)", (*r, "date_text"), "e.g. July 25")
        self.line("Venue", (*r, "venue"), "e.g. theaters")
        self.line("Distributor", (*r, "distributor"))
        self.line("Rating", (*r, "rating"))
        self.layout_.addWidget(QLabel(self.tr("<b>Territories</b>")))
        self.territories = KitTable(ctl, ("release", "territories"),
                                    [("name", "Territory"), ("date_text", "Date"), ("venue", "Venue")],
                                    Territory, "territory")
        self.layout_.addWidget(self.territories)

    def load(self, kit: PressKit) -> None:
        """Show the release fields and the parsed date beside them."""
        super().load(kit)
        w = self.fields[("release", "date_text")][0]
        w.setToolTip(f"Parsed: {kit.release.date.isoformat()}" if kit.release.date else "")


@register
class ContactsPanel(Panel):
    """Press contacts: publicist, sales, distributor."""

    TITLE = "Contacts"
    ORDER = 60

    def __init__(self, ctl: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(ctl, parent)
        self.table = KitTable(ctl, ("contacts",), [("name", "Name"), ("role", "Role"), ("company", "Company"),
                                                    ("email", "Email"), ("phone", "Phone")], Contact, "contact")
        self.layout_.addWidget(self.table)
