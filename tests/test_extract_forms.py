"""The ways articles in this genre credit people and quote them (articles written for these tests)."""

from __future__ import annotations

from presskit.extract import extract


def cast_of(text: str) -> dict[str, str | None]:
    return {c.actor.value: (c.character.value if c.character else None) for c in extract(text).cast}


def quotes_of(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker.value if q.speaker else None, q.text.value) for q in extract(text).quotes]


def test_actor_then_character_in_parentheses() -> None:
    text = (
        "Harbour Lights opens Friday.\n\nThe drama stars Nora Vance (Edie Marsh) and Tomas Reyes (Father "
        "Quinn) as two strangers stranded on a lighthouse island."
    )
    assert cast_of(text) == {"Nora Vance": "Edie Marsh", "Tomas Reyes": "Father Quinn"}


def test_character_then_actor_in_parentheses() -> None:
    text = "The film tells the story of Edie (Nora Vance), a keeper who has not left her island in years."
    assert cast_of(text) == {"Nora Vance": "Edie"}


def test_character_played_by_actor_and_actor_as_character() -> None:
    text = (
        "In Salt Roads, the smuggler Marek, played by Ivo Lind, meets his match. "
        "The film also features Dana Cole as Inspector Hale."
    )
    assert cast_of(text) == {"Ivo Lind": "Marek", "Dana Cole": "Inspector Hale"}


def test_possessive_role_form() -> None:
    text = "Fans have waited years to see Chris Pine's Captain Kirk return to the bridge in the new film."
    assert cast_of(text) == {"Chris Pine": "Captain Kirk"}


def test_actors_of_other_films_are_not_cast() -> None:
    text = (
        "Harbour Lights is directed by Ada Brenn. Another actress, Lena Frost, plays the lead role in a "
        "comedy called Paper Moons."
    )
    result = extract(text)
    assert [d.value for d in result.directors] == ["Ada Brenn"]
    assert "Lena Frost" not in cast_of(text)


def test_surname_and_pronoun_resolve_to_the_full_name() -> None:
    text = (
        "Director Ada Brenn spent a decade on the script.\n\n"
        "“It nearly broke me,” Brenn says. “But the island kept calling.”\n\n"
        "Brenn wrote most of it at night. “I needed the dark,” she said."
    )
    assert quotes_of(text) == [
        ("Ada Brenn", "It nearly broke me,"),
        ("Ada Brenn", "But the island kept calling."),
        ("Ada Brenn", "I needed the dark,"),
    ]
    assert all(q.speaker and q.speaker.inferred for q in extract(text).quotes[1:])


def test_a_quote_split_by_says_is_two_quotes() -> None:
    text = "“We shot on film,” says cinematographer Ola Berg, “because the sea deserved grain.”"
    assert quotes_of(text) == [("Ola Berg", "We shot on film,"), ("Ola Berg", "because the sea deserved grain.")]


def test_block_quote_without_marks_after_an_introduction() -> None:
    text = (
        "Lead actor Tomas Reyes talked to reporters about the shoot. Read his full statement below:\n\n"
        "Every morning we took a boat out to the rock, and every evening the weather decided whether we "
        "would come back. I have never worked on anything like it."
    )
    ((speaker, words),) = quotes_of(text)
    assert speaker == "Tomas Reyes" and words.startswith("Every morning we took a boat")


def test_a_quote_whose_closing_mark_is_missing_runs_to_the_paragraph_end() -> None:
    text = "Producer Kim Osei put it simply: “We made it for the people who grew up on islands like this one."
    ((speaker, words),) = quotes_of(text)
    assert speaker == "Kim Osei" and words.endswith("islands like this one.")


def test_titles_nicknames_and_scare_quotes_are_not_quotes() -> None:
    text = (
        "Nora Vance (“Cold Harbour,” “The Long Night”) leads the cast. Effects supervisor John “JJ” Moss "
        "called the storm scenes “a nightmare of logistics and joy” in passing."
    )
    assert [w for _, w in quotes_of(text)] == []


def test_release_date_is_read_from_the_release_sentence_not_from_may() -> None:
    result = extract(
        "May the best film win, the director joked.\n\nHarbour Lights opens in select theaters "
        "Dec. 31 and expands in January."
    )
    assert result.release_date is not None and result.release_date.value == "Dec. 31"
    assert result.release_venue is not None and result.release_venue.value == "select theaters"


def test_british_date_order_and_territory() -> None:
    result = extract("Harbour Lights opens in the UK on 21 January.")
    assert (result.release_date.value, result.release_venue.value) == ("21 January", "the UK")  # type: ignore[union-attr]


def test_html_entities_and_invisible_characters_are_cleaned() -> None:
    raw = (
        "<p>\u2063The film stars Zo&euml; Laine (&ldquo;Tides&rdquo;) and Ren&eacute; Okafor.&nbsp; "
        "It opens in theaters on June 2.</p>\n<span>Share : &nbsp;5</span>\n<br>"
    )
    result = extract(raw)
    assert [c.actor.value for c in result.cast] == ["Zoë Laine", "René Okafor"]
    assert "\u2063" not in result.text and "&nbsp;" not in result.text
    assert result.boilerplate == ["<span>Share : &nbsp;5</span>", "<br>"]


QA_PAGE = "\n\n".join(
    [
        "<p>By Tom Reed</p>",
        "<p>Harbour Lights opens this Friday. We sat down with editor Mara Quinn to talk about cutting it.</p>",
        "<p><strong>How did you start? Was it the script.</strong> It began with the dailies, hours of them.</p>",
        "<p>We watched everything twice before a single cut was made.</p>",
        "<p><strong>There is a lot of silence in the film. Why keep so much of it?</strong> Silence is where the "
        "audience leans in.</p>",
        "<p><strong>What comes next?</strong> A documentary about lighthouse keepers, if the money holds.</p>",
    ]
)


def test_a_q_and_a_s_answers_are_the_interviewee_s_words_and_its_bold_questions_are_not() -> None:
    """Questions set in bold may run over sentences or end without a question mark; each answer
    paragraph, marked or not, is a quotation by the person the introduction met (never the byline)."""
    got = quotes_of(QA_PAGE)
    assert got == [
        ("Mara Quinn", "It began with the dailies, hours of them."),
        ("Mara Quinn", "We watched everything twice before a single cut was made."),
        ("Mara Quinn", "Silence is where the audience leans in."),
        ("Mara Quinn", "A documentary about lighthouse keepers, if the money holds."),
    ]
