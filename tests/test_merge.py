"""Merging a source into a kit: people and quotes matched, conflicts never taken unasked, typed values kept."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from presskit.matching import find_person, same_person, same_words
from presskit.merge import apply_plans, plan_source, plan_text
from presskit.merge.review import rating
from presskit.model import CastMember, Credits, FilmInfo, PressKit, Quote, Release

ARTICLES = Path(__file__).parent / "data" / "articles"
GUARDIAN = ARTICLES / "guardian_review.txt"  # the Guardian on Bad Santa 2 (the dev set's 41)


def test_a_person_is_the_same_with_or_without_accents_initials_and_jr() -> None:
    assert same_person("Demián Bichir", "Demian Bichir")
    assert same_person("J. Dayton", "Jonathan Dayton")
    assert same_person("Harry Connick Jr.", "Harry Connick")
    assert same_person("Brian Tyree Henry", "Brian Henry")
    assert not same_person("Nick Cassidy", "Cash Cassidy")
    assert find_person("Wingard", ["Rebecca Hall", "Adam Wingard"]) == 1  # a surname-only mention
    assert find_person("Cassidy", ["Nick Cassidy", "Cash Cassidy"]) is False  # whose? nobody's guess
    assert find_person("Kyle Chandler", ["Adam Wingard"]) is None


def test_the_same_line_quoted_twice_is_the_same_quote() -> None:
    line = "“Working with actors is my favorite part of filmmaking,” says director Nick Cassidy."
    assert same_words(line, "Working with actors is my favorite part of filmmaking")  # quoted in part
    assert same_words("It’s a “gem”.", "it's a gem")
    assert not same_words("A delight.", "A delight to watch, and a triumph.")


def test_an_empty_kit_takes_everything_a_review_gives_with_where_it_came_from() -> None:
    plan = plan_source(ARTICLES / "review.txt", PressKit(), today=dt.date(2026, 11, 26))
    assert {i.kind for i in plan.items} == {"add"} and all(i.accepted for i in plan.items)
    kit = apply_plans(PressKit(), [plan])
    assert kit.film.title == "Paper Kingdom"
    assert [(d.name, d.added) for d in kit.documents] == [("review.txt", dt.date(2026, 11, 26))]
    actor = next(s for s in kit.sources if s.field == "credits.cast.0.actor")
    assert kit.documents[actor.document].text[actor.start : actor.end] == kit.credits.cast[0].actor
    praise = [q for q in kit.quotes if q.kind == "press"]
    assert praise and all(q.speaker == "Jane Critic" and q.pull_quote for q in praise)
    assert any("delight" in q.text for q in praise)
    said = next(q for q in kit.quotes if q.text.startswith("I wanted to make a film"))
    assert (said.kind, said.speaker) == ("filmmaker", "Luca Bellini")


def test_a_different_title_or_date_is_a_conflict_that_is_not_taken_unless_accepted() -> None:
    typed = PressKit(film=FilmInfo(title="Paper Kingdom"), release=Release(date_text="November 3, 2023"))
    text = (ARTICLES / "review.txt").read_text(encoding="utf-8")
    plan = plan_text(text, "review.txt", typed)
    conflict = next(i for i in plan.items if i.field == "release.date_text")
    assert (conflict.kind, conflict.old, conflict.accepted) == ("conflict", "November 3, 2023", False)
    assert "Oct. 13" in conflict.new and "opens in select theaters" in conflict.sentence
    kept = apply_plans(typed, [plan])
    assert kept.release.date_text == "November 3, 2023"
    assert not any(i.field == "film.title" for i in plan.items)  # the same title: nothing to say
    conflict.accepted = True
    assert "Oct. 13" in apply_plans(typed, [plan]).release.date_text


def test_known_people_are_not_added_twice_and_their_missing_character_is_a_change() -> None:
    typed = PressKit(
        film=FilmInfo(title="Paper Kingdom"),
        credits=Credits(directors=["L. Bellini"], cast=[CastMember(actor="Noah Jupe")]),
    )
    plan = plan_source(ARTICLES / "review.txt", typed)
    assert not any(i.field == "credits.directors" for i in plan.items)
    change = next(i for i in plan.items if i.field == "credits.cast.0.character")
    assert (change.kind, change.new, change.accepted) == ("change", "Tomas", True)
    kit = apply_plans(typed, [plan])
    assert [c.actor for c in kit.credits.cast].count("Noah Jupe") == 1
    assert kit.credits.cast[0].character == "Tomas" and kit.credits.directors == ["L. Bellini"]


def test_two_reviews_quoting_the_same_line_give_one_quote() -> None:
    said = "“I wanted the sea to be the third character,” Ada Brenn said at the premiere."
    first = f"Harbour Lights review\n\nBy Ann Other\n\nHarbour Lights is a film by Ada Brenn.\n\n{said}\n"
    second = f"Harbour Lights: a storm worth waiting out\n\nHarbour Lights opens in June.\n\n{said}\n"
    kit = apply_plans(PressKit(), [plan_text(first, "first.txt", PressKit())])
    plan = plan_text(second, "second.txt", kit)
    assert not any(i.field == "quotes" for i in plan.items)
    assert [q.text for q in apply_plans(kit, [plan]).quotes].count("I wanted the sea to be the third character.") == 1


def test_a_source_about_another_film_is_held_back_with_one_sentence() -> None:
    kit = PressKit(film=FilmInfo(title="Harbour Lights"))
    plan = plan_source(ARTICLES / "review.txt", kit)
    assert plan.blocked and plan.warnings == [
        "“review.txt” seems to be about Paper Kingdom, not Harbour Lights; add it anyway?"
    ]
    assert not any(i.accepted for i in plan.items)
    assert apply_plans(kit, [plan]) == kit


def test_a_source_in_another_language_is_held_back() -> None:
    text = (
        "Le Port des Lumières\n\nLe film de Ada Brenn est une merveille. La mer est le troisième personnage "
        "du film, et la gardienne du phare est jouée avec une grande justesse. Il y a dans ce film une "
        "tendresse qui ne se dément pas, et le public de la salle était ému. C'est un film pour les "
        "amoureux de la mer et des histoires simples, qui sont les plus belles. Le réalisateur a dit que "
        "le tournage était long et difficile, mais que le résultat est là pour le public."
    )
    plan = plan_text(text, "critique.txt", PressKit(film=FilmInfo(title="Le Port des Lumières")))
    assert plan.blocked
    assert plan.warnings == ["“critique.txt” seems to be in French, not English (the kit's language); add it anyway?"]
    first = plan_text(text, "critique.txt", PressKit())  # a new kit takes its first source's language
    assert not first.blocked and (first.items[0].label, first.items[0].new) == ("Main language", "French")
    assert apply_plans(PressKit(), [first]).language == "fr"


def test_a_star_rating_and_the_outlet_from_the_file_name_come_with_the_pull_quotes(tmp_path: Path) -> None:
    text = GUARDIAN.read_text(encoding="utf-8")
    path = tmp_path / "41_bad_santa_2_guardian_review.txt"
    path.write_text(text.replace("Mike McCahill", "Mike McCahill\n\n★★☆☆☆"), encoding="utf-8")
    plan = plan_source(path, PressKit())
    praise = [i.value for i in plan.items if isinstance(i.value, Quote) and i.value.kind == "press"]
    assert praise and praise[0].rating == "2/5"
    assert {(q.speaker, q.outlet) for q in praise} == {("Mike McCahill", "Guardian")}
    assert plan.document.byline == "Mike McCahill" and plan.document.outlet == "Guardian"


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("Headline\n\n★★★★☆\n\nBody.", "4/5"),
        ("Headline\n\nRating: 4/5\n", "4/5"),
        ("Headline\n\nWe give it four stars.", "4/5"),
        ("Headline\n\n8/10 stars for the effects alone.", "4/5"),
        ("Headline\n\nThe film opened on 4/5 in a few cities and did well.", ""),
        ("Headline\n\n★ Best bits: the score.", ""),
    ],
)
def test_a_review_s_stars_are_read_as_a_score_out_of_five(text: str, score: str) -> None:
    assert rating(text) == score


def test_press_notes_sections_fill_their_fields_and_a_list_ends_where_its_entries_do() -> None:
    text = (ARTICLES / "press_notes.txt").read_text(encoding="utf-8")
    text = text.replace("Swann Arlaud – Loïc\n", "Swann Arlaud – Loïc\nProduced by\nSophie Martin\n")
    kit = apply_plans(PressKit(), [plan_text(text, "notes.txt", PressKit())])
    assert [(c.actor, c.character) for c in kit.credits.cast] == [
        ("Denis Ménochet", "Yann"),
        ("Adèle Exarchopoulos", "Gaëlle"),
        ("Swann Arlaud", "Loïc"),
    ]
    assert kit.director_statement.startswith('"I grew up among fishermen," says director Claire Lemaire.')
    assert kit.synopsis.long.startswith("On the windswept coast of Brittany")
    assert kit.credits.producers == ["Sophie Martin", "Pierre Delacroix"]
    assert ("Inès Tazi", "director of photography") in {(c.name, c.role) for c in kit.credits.crew}


def test_the_cast_section_reader_stops_at_a_heading_that_looks_like_a_name() -> None:
    text = (ARTICLES / "press_notes.txt").read_text(encoding="utf-8")
    text = text.replace("Swann Arlaud – Loïc\n", "Swann Arlaud – Loïc\nProduct Specifications\nRunning Time: 98 min\n")
    from presskit.extract.notes import read_notes

    assert [c.actor.value for c in read_notes(text).cast] == ["Denis Ménochet", "Adèle Exarchopoulos", "Swann Arlaud"]


@pytest.mark.parametrize("written", ["director A. Brenn", "Ada Brenn Jr."])
def test_a_quote_s_speaker_written_otherwise_is_the_kit_s_person(written: str) -> None:
    kit = PressKit(film=FilmInfo(title="Harbour Lights"), credits=Credits(directors=["Ada Brenn"]))
    text = f"Harbour Lights\n\nThe storm took three winters.\n\n“We built the lamp room twice.” said {written}.\n"
    plan = plan_text(text, "notes.txt", kit)
    quote = next(i.value for i in plan.items if i.field == "quotes")
    assert (quote.text, quote.speaker) == ("We built the lamp room twice.", "Ada Brenn")


def test_a_plan_for_a_row_removed_since_drops_that_item_and_keeps_the_rest() -> None:
    typed = PressKit(film=FilmInfo(title="Paper Kingdom"), credits=Credits(cast=[CastMember(actor="Noah Jupe")]))
    plan = plan_source(ARTICLES / "review.txt", typed)
    assert any(i.field == "credits.cast.0.character" for i in plan.items)
    emptied = typed.model_copy(update={"credits": Credits()})
    kit = apply_plans(emptied, [plan])
    assert "Alba Rohrwacher" in [c.actor for c in kit.credits.cast]
    assert all(c.character != "Tomas" or c.actor != "Noah Jupe" for c in kit.credits.cast)
