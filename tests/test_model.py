"""The kit model: types always enforced, publicist rules reported as problems."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from presskit.model import CastMember, Contact, FilmInfo, PressKit, Quote, Synopsis
from presskit.problems import check
from presskit.resources import resource

REACHABLE = [Contact(name="Ann Press", email="ann@example.com")]  # a kit's press contact, so a test sees its own rule


def test_an_empty_kit_needs_a_title() -> None:
    problems = check(PressKit())
    assert [(p.path, p.message) for p in problems] == [(("film", "title"), "A film needs a title.")]


def test_a_complete_kit_has_no_problems() -> None:
    kit = PressKit(
        film=FilmInfo(title="Ruby Sparks", runtime_minutes=104),
        contacts=[Contact(name="Ann Press", email="ann@example.com", phone="+1 (310) 555-0100")],
    )
    assert check(kit) == []


def test_a_kit_no_journalist_can_reach_asks_for_a_press_contact() -> None:
    """A name alone is no way to reach anyone: an email or a phone number is."""
    kit = PressKit(film=FilmInfo(title="Harbour Lights"), contacts=[Contact(name="Ann Press", company="Northlight")])
    assert [p.text for p in check(kit)] == [
        "Contacts: add a press contact with an email or a phone number: whom does a journalist call?"
    ]
    kit.contacts[0].phone = "+1 (310) 555-0100"
    assert check(kit) == []
    assert [p.path for p in check(PressKit())] == [("film", "title")]  # an empty window asks for the title first


def test_an_email_must_look_like_one() -> None:
    kit = PressKit(film=FilmInfo(title="X"), contacts=[Contact(name="A", email="ann at example")])
    (problem,) = check(kit)
    assert problem.path == ("contacts", 0, "email")
    assert problem.message == "The email has no @."
    assert problem.text == "Contact 1 (A): the email has no @."


@pytest.mark.parametrize("runtime", [0, -5, 100000])
def test_runtime_is_a_positive_number_of_minutes(runtime: int) -> None:
    (problem,) = check(PressKit(film=FilmInfo(title="X", runtime_minutes=runtime), contacts=REACHABLE))
    assert problem.path == ("film", "runtime_minutes")
    assert "minutes" in problem.message


def test_a_quote_needs_a_speaker() -> None:
    (problem,) = check(PressKit(film=FilmInfo(title="X"), quotes=[Quote(text="Wonderful.")], contacts=REACHABLE))
    assert problem.path == ("quotes", 0, "speaker")
    assert "speaker" in problem.message


def test_a_cast_entry_needs_an_actor() -> None:
    kit = PressKit(film=FilmInfo(title="X"), contacts=REACHABLE)
    kit.credits.cast.append(CastMember(character="Calvin"))
    assert [p.path for p in check(kit)] == [("credits", "cast", 0, "actor")]


def test_wrong_types_are_refused_on_assignment() -> None:
    film = FilmInfo(title="X")
    with pytest.raises(ValidationError):
        film.runtime_minutes = "long"  # type: ignore[assignment]
    with pytest.raises(ValidationError):
        PressKit.model_validate({"film": {"title": "X", "colour": "red"}})


def test_the_committed_json_schema_is_current() -> None:
    committed = json.loads(resource("presskit.schema.json").read_text(encoding="utf-8"))
    assert committed == PressKit.model_json_schema(), "run: make schema"


def test_a_screener_link_must_be_a_web_address_and_says_which_link() -> None:
    from presskit.model import Link

    kit = PressKit(
        film=FilmInfo(title="Harbour Lights"),
        links=[Link(kind="Screener", url="vimeo.com/123", password="harbour", expires="until 30 November")],
        contacts=REACHABLE,
    )
    assert [p.text for p in check(kit)] == ["Link 1 (Screener): a web address starts with https:// (or http://)."]
    kit.links[0].url = "https://vimeo.com/123"
    assert check(kit) == []


def test_a_long_synopsis_asks_for_a_short_one_of_its_own(seed_kit: PressKit) -> None:
    """The seed article tells the story once: the import leaves the short synopsis to write, and a
    short one cut from the long one's first lines is a problem too."""
    assert seed_kit.synopsis.short == "" and seed_kit.synopsis.long
    kit = PressKit(
        film=FilmInfo(title="X"),
        synopsis=Synopsis(long="A keeper. A stranger. A storm that will not end."),
        contacts=REACHABLE,
    )
    assert [p.text for p in check(kit)] == [
        "Short synopsis: write a short synopsis of two or three sentences: the article gave only one."
    ]
    kit.synopsis.short = "A keeper. A stranger."
    (problem,) = check(kit)
    assert problem.path == ("synopsis", "short") and "start of the long one" in problem.message
    kit.synopsis.short = "A lighthouse keeper shelters a castaway."
    assert check(kit) == []
