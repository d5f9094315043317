"""Three more kinds of article in the genre, written for these tests: a trade acquisition story, a
review and a studio press release. They guard the rules against fitting the dev set alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from presskit.extract import extract_file
from presskit.extract.result import Extraction

ARTICLES = Path(__file__).parent / "data" / "articles"


def read(name: str) -> Extraction:
    return extract_file(ARTICLES / f"{name}.txt")


def cast(x: Extraction) -> dict[str, str | None]:
    return {c.actor.value: c.character.value if c.character else None for c in x.cast}


def test_trade_acquisition_story() -> None:
    x = read("trade_acquisition")
    assert x.title and x.title.value == "The Quiet Shore"
    assert [d.value for d in x.directors] == ["Maya Okonkwo"] and [w.value for w in x.writers] == ["Maya Okonkwo"]
    assert cast(x) == {"Daniel Kaluuya": "Elias", "Cynthia Erivo": "Ada", "Lupita Nyong'o": None}
    assert [(q.speaker.value if q.speaker else None) for q in x.quotes] == ["Tom Quinn", "Tom Quinn", "Maya Okonkwo"]
    assert {c.name.value for c in x.crew} == {"Jeremy Kleiner", "Dede Gardner"}
    assert (x.release_date.value, x.release_venue.value) == ("this fall", "theaters")  # type: ignore[union-attr]
    assert x.boilerplate == ["Follow us on Twitter", "Advertisement"]


def test_review() -> None:
    x = read("review")
    assert x.title and x.title.value == "Paper Kingdom"
    assert [d.value for d in x.directors] == ["Luca Bellini"]
    assert sorted(w.value for w in x.writers) == ["Anna Ferri", "Luca Bellini"]
    assert cast(x) == {"Noah Jupe": "Tomas", "Toni Servillo": None, "Alba Rohrwacher": None}
    assert x.release_date and "Oct. 13" in x.release_date.value
    assert x.release_venue and x.release_venue.value == "select theaters"
    assert "Share this article" in x.boilerplate


@pytest.mark.parametrize(
    "field, expected",
    [
        ("directors", ["Sarah Polley"]),
        ("writers", ["Sarah Polley", "Miriam Toews"]),
    ],
)
def test_press_release_credits(field: str, expected: list[str]) -> None:
    assert [f.value for f in getattr(read("press_release"), field)] == expected


def test_press_release_release_date_is_not_the_dateline() -> None:
    x = read("press_release")
    assert x.release_date and x.release_date.value == "September 12, 2025"
    assert cast(x) == {"Emma Thompson": "Margaret", "Bill Nighy": "Arthur", "Paapa Essiedu": None}
    assert any(s.value.startswith("Thompson plays Margaret, a retired keeper") for s in x.synopsis)
    assert {(c.name.value, c.role) for c in x.crew} >= {
        ("Luc Montpellier", "director of photography"),
        ("Jonny Greenwood", "composer"),
    }


def test_casting_news() -> None:
    x = read("casting_news")
    assert x.title and x.title.value == "Glass Harbor"
    assert cast(x) == {"Florence Pugh": "Iris Vane", "Oscar Isaac": "Detective Rafe Monroe", "Rebecca Ferguson": None}
    assert [(c.name.value, c.role) for c in x.crew] == [("Ram Bergman", "producer")]
    assert x.boilerplate == ["Related: Rian Johnson Talks 'Knives Out' Sequels"]


def test_british_review_quoting_in_single_marks() -> None:
    x = read("uk_review")
    assert x.title and x.title.value == "The Last Orchard"
    assert [d.value for d in x.directors] == ["Joanna Hogg"]
    assert [(q.speaker.value if q.speaker else None, q.text.value[:22]) for q in x.quotes] == [
        ("Joanna Hogg", "I wanted to make a fil"),
        ("Joanna Hogg", "And about the people w"),
        ("Judi Dench", "I've never played anyo"),
        ("Judi Dench", "Which tells you someth"),
    ]
    assert (x.release_date.value, x.release_venue.value) == ("14 November", "UK cinemas")  # type: ignore[union-attr]
    assert cast(x) == {"Judi Dench": "Edith", "Jim Broadbent": "Martin", "Emma Mackey": "Lily"}


def test_a_whole_web_page_is_read_with_a_content_extractor() -> None:
    x = extract_file(ARTICLES / "review_page.html")
    assert x.title and x.title.value == "Harbour Lights"
    assert [d.value for d in x.directors] == ["Ada Brenn"]
    assert [(q.speaker.value if q.speaker else None) for q in x.quotes] == ["Ada Brenn"]
    assert (x.release_date.value, x.release_venue.value) == ("June 2", "select theaters")  # type: ignore[union-attr]
    junk = "\n".join(x.boilerplate)
    for furniture in ("<script>", "By Jane Critic", "reader123", "<title>"):
        assert furniture in junk
    assert "Harbour Lights review &ndash;" not in junk  # the headline is article text
    assert "Sign up now" not in x.text and "All rights reserved" not in x.text


def test_press_notes_with_labelled_credits_and_a_cast_list() -> None:
    x = read("press_notes")
    assert x.title and x.title.value == "Salt and Silver"  # set in capitals on its own line
    assert [d.value for d in x.directors] == ["Claire Lemaire"]
    assert [w.value for w in x.writers] == ["Claire Lemaire", "Hugo Bastide"]
    assert cast(x) == {"Denis Ménochet": "Yann", "Adèle Exarchopoulos": "Gaëlle", "Swann Arlaud": "Loïc"}
    assert [(c.name.value, c.role) for c in x.crew] == [
        ("Sophie Martin", "producer"),
        ("Pierre Delacroix", "producer"),
        ("Inès Tazi", "director of photography"),
        ("Mathieu Roux", "editor"),
        ("Yann Tiersen", "composer"),
    ]
    assert (x.release_date.value, x.release_venue.value) == ("12 March 2025", "French cinemas")  # type: ignore[union-attr]
    assert x.boilerplate == []  # headings and credit lines are the document, not page furniture
    assert [s.value[:24] for s in x.synopsis] == [  # everything under "Logline" and "Synopsis", no heading
        "A widowed fisherman and ",
        "On the windswept coast o",
        "When the bank threatens ",
        "Together they take on on",
    ]


def test_press_contacts_are_imported_into_the_kit() -> None:
    from presskit.merge import kit_from_source

    kit = kit_from_source(ARTICLES / "press_notes.txt")
    assert [(c.name, c.email, c.phone) for c in kit.contacts] == [
        ("Anne Dubois", "anne@saltsilver.example", "+33 1 55 00 00 00")
    ]


def test_box_office_report_keeps_other_films_casts_out() -> None:
    x = read("box_office")
    assert x.title and x.title.value == "Storm Chasers"
    assert [d.value for d in x.directors] == ["Lee Isaac Chung"]
    assert cast(x) == {"Glen Powell": None, "Daisy Edgar-Jones": None}
    assert [(q.speaker.value if q.speaker else None) for q in x.quotes] == ["Jim Orr"]


def test_interview_answers_belong_to_the_interviewee() -> None:
    x = read("interview")
    assert x.title and x.title.value == "Ember Road"
    assert [d.value for d in x.directors] == ["Nadia Farouk"]
    assert cast(x) == {"Hiam Abbass": None, "Yasmine Al Massri": None}
    speakers = [q.speaker.value if q.speaker else None for q in x.quotes]
    assert speakers == ["Nadia Farouk"] * 3 and all(q.speaker and q.speaker.inferred for q in x.quotes[:2])
    assert (x.release_date.value, x.release_venue.value) == ("April 4", "New York")  # type: ignore[union-attr]
    assert {(c.name.value, c.role) for c in x.crew} == {("Rula Nasser", "producer"), ("Khyam Allami", "composer")}


def test_awards_news_names_the_film_without_quotation_marks() -> None:
    x = read("awards_news")
    assert x.title and x.title.value == "The Aviator"  # the headline drops "The"
    assert [d.value for d in x.directors] == ["Martin Scorsese"]
    assert "Johnny Depp" not in cast(x)  # he stars in another film the story mentions
    assert x.synopsis == []


def test_trade_review_with_a_credits_block() -> None:
    x = read("trade_review_credits")
    assert x.title and x.title.value == "Northern Line"
    assert [w.value for w in x.writers] == ["Hannah Voss", "Tom Ketch"]
    assert cast(x) == {"Riz Ahmed": None, "Sophie Okonedo": None, "Stephen Graham": None}
    assert ("Robbie Ryan", "director of photography") in {(c.name.value, c.role) for c in x.crew}
    assert ("Ollie Madden", "executive producer") in {(c.name.value, c.role) for c in x.crew}
    assert [s.value[:20] for s in x.synopsis] == ['In "Northern Line," ']  # not the festival line


def test_trailer_news() -> None:
    x = read("trailer_news")
    assert x.title and x.title.value == "Lantern Season"
    assert [w.value for w in x.writers] == ["Jonathan Raymond"]  # the list stops where the clause changes
    assert cast(x) == {"Saoirse Ronan": None, "Paul Mescal": None, "Olivia Colman": None}
    assert [(q.speaker.value if q.speaker else None, q.text.value[:12]) for q in x.quotes] == [
        ("Saoirse Ronan", "Kelly sees p"),
        ("Saoirse Ronan", "You can't hi"),
        ("Paul Mescal", "the happiest"),
        ("Paul Mescal", "We ate fish "),
    ]
    assert (x.release_date.value, x.release_venue.value) == ("November 21", "theaters")  # type: ignore[union-attr]


def test_markdown_streaming_news() -> None:
    x = extract_file(ARTICLES / "streaming_news.md")
    assert x.title and x.title.value == "Cold Harbour"
    assert cast(x) == {"Lene Nystrøm": "Sigrid Holm"}
    assert (x.release_date.value, x.release_venue.value) == ("Friday", "Netflix")  # type: ignore[union-attr]
    assert x.boilerplate == ["**By Staff Writer**", "*Share this story*"]


def test_press_notes_logline_goes_to_the_kit() -> None:
    from presskit.merge import kit_from_source

    kit = kit_from_source(ARTICLES / "press_notes.txt")
    assert kit.film.logline == (
        "A widowed fisherman and his estranged daughter must work together to save the family boat."
    )
    assert kit.synopsis.long.startswith("On the windswept coast of Brittany")  # the Synopsis section, whole


def test_a_film_listing_with_labelled_facts_and_a_blurb() -> None:
    x = read("listing")
    assert x.title and x.title.value == "Dream Thief"  # "Dream Thief (2021)"
    assert [d.value for d in x.directors] == ["Ana Lucía Reyes"]
    assert cast(x) == {"Óscar Jaenada": None, "Marina de Tavira": None, "Tenoch Huerta": None}
    assert x.release_date and x.release_date.value == "12 March 2021"
    assert len(x.synopsis) == 2 and x.boilerplate == []


def test_an_encyclopaedia_entry() -> None:
    x = read("encyclopaedia")
    assert x.title and x.title.value == "The Glass Orchard"
    assert [d.value for d in x.directors] == ["Ellen Park"] and [w.value for w in x.writers] == ["Ellen Park"]
    assert cast(x) == {"Jessica Chastain": "Margaret Hale", "Oscar Isaac": "Daniel", "Elle Fanning": "June"}
    assert (x.release_date.value, x.release_venue.value) == (  # type: ignore[union-attr]
        "September 13, 2019",
        "the United States",
    )  # the release, not the festival premiere
    assert len(x.synopsis) == 3 and x.boilerplate == []


def test_a_quotation_running_over_paragraphs_is_the_speakers_named_at_its_end() -> None:
    x = read("run_on_quote")
    assert [(q.speaker.value if q.speaker else None) for q in x.quotes] == ["Kim Osei"] * 3
    assert x.quotes[0].text.value.startswith("We built the lamp room twice.")
