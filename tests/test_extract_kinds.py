"""Forms real trade stories, press releases, reviews and Q&As take (issue 18), in articles written for
these tests: what the importer must find in them, and what it must leave alone."""

from __future__ import annotations

from presskit.extract import extract


def cast_of(text: str) -> dict[str, str | None]:
    return {c.actor.value: (c.character.value if c.character else None) for c in extract(text).cast}


def test_a_role_described_before_its_name_is_the_name() -> None:
    text = (
        "Glass Harbor opens in theaters on May 2.\n\n"
        "Nora Vance plays High Court judge Edie Marsh, who is in crisis. Ivo Lind, who plays Vance's "
        "husband Tomas, returns. The drama also features Dana Cole as retired physicist Ada Brenn."
    )
    assert cast_of(text) == {"Nora Vance": "Edie Marsh", "Ivo Lind": "Tomas", "Dana Cole": "Ada Brenn"}


def test_front_matter_is_page_furniture_and_its_title_is_the_headline() -> None:
    raw = (
        "---\nauthor: Kim Holt\ndate: Apr 10, 2017 2:00 pm\ntitle: 'Glass Harbor' Is The Storm Movie Of The Year\n"
        "---\n\nThe new thriller from director Ada Brenn arrives this week. Glass Harbor follows a keeper who "
        "refuses to leave her island.\n"
    )
    x = extract(raw)
    assert x.boilerplate[:5] == [
        "---",
        "author: Kim Holt",
        "date: Apr 10, 2017 2:00 pm",
        "title: 'Glass Harbor' Is The Storm Movie Of The Year",
        "---",
    ]
    assert x.title and x.title.value == "Glass Harbor"
    assert "Kim Holt" not in {d.value for d in x.directors}


def test_a_press_releases_about_and_contact_blocks_are_page_furniture() -> None:
    raw = (
        "Harbour Pictures Announces Glass Harbor\n\n"
        "Glass Harbor, the new drama from director Ada Brenn, opens in select theaters on August 2nd.\n\n"
        "About Harbour PicturesHarbour Pictures is an independent production company founded in 2020 by "
        "two sisters, based in Portland.\n\n"
        "Contact Details\n\nKim Holt\n\nkim@example.com\n\n--Wire Service--\n"
    )
    x = extract(raw)
    assert [ln for ln in x.boilerplate if ln.startswith(("About", "Contact", "Kim", "kim", "--"))] == [
        "About Harbour PicturesHarbour Pictures is an independent production company founded in 2020 by two "
        "sisters, based in Portland.",
        "Contact Details",
        "Kim Holt",
        "kim@example.com",
        "--Wire Service--",
    ]
    assert x.title and x.title.value == "Glass Harbor"


def test_bold_subheadings_make_a_feature_not_an_interview() -> None:
    raw = "\n\n".join(
        [
            "<p>Kim Holt reviews Glass Harbor, which opens later this week.</p>",
            "<p><strong>The Cast And The Characters:</strong> Nora Vance as Edie Marsh is terrific.</p>",
            "<p><strong>What About The Action?</strong> There is plenty of it, on land and at sea.</p>",
            "<p><strong>Is It Worth Seeing:</strong> Yes, for the storm alone, which is a marvel.</p>",
        ]
    )
    x = extract(raw)
    assert x.quotes == []
    assert cast_of(raw) == {"Nora Vance": "Edie Marsh"}


def test_two_bold_questions_make_an_interview_and_its_answers_quotes() -> None:
    raw = "\n\n".join(
        [
            "<p>We spoke with director Ada Brenn about Glass Harbor.</p>",
            "<p><strong>What made you want to make a storm movie?</strong><br>\nI grew up on an island and "
            "the weather was the loudest thing in my life. My father used to say “the sea decides.”</p>",
            "<p><strong>How did you shoot the storm?</strong><br>\nMostly in a tank, with a lot of patience "
            "and very cold actors.</p>",
        ]
    )
    said = [(q.speaker.value if q.speaker else None, q.text.value[:22]) for q in extract(raw).quotes]
    assert said == [("Ada Brenn", "I grew up on an island"), ("Ada Brenn", "Mostly in a tank, with")]


def test_a_gala_premiere_is_not_the_release_and_relative_dates_stay_words() -> None:
    gala = "Nora Vance attended the London premiere of Glass Harbor on Thursday, where fans lined the street."
    x = extract(gala)
    assert x.release_date is None and x.release_venue is None
    later = "Glass Harbor, the new drama from Ada Brenn, will be released in theaters next year."
    y = extract(later)
    assert y.release_date and y.release_date.value == "next year"
    assert y.release_venue and y.release_venue.value == "theaters"


def test_a_job_title_is_no_director_and_a_filmmaker_is_one() -> None:
    text = (
        "Glass Harbor screened on Friday night. Filmmaker Ada Brenn took the stage before the screening, "
        "and the talk after it was moderated by Festival Executive Director Kim Holt."
    )
    assert [d.value for d in extract(text).directors] == ["Ada Brenn"]


def test_a_filmmaker_known_through_another_person_is_no_director() -> None:
    """ "Her son, filmmaker X (“Other Films”)" introduces a relative, not the film's director: no director
    rather than a wrong one."""
    text = (
        "Glass Harbor opens in May. Mara Lind’s son, filmmaker Jo Lind (“Paper Moons,” “Ember”), remembers "
        "the year she started writing songs. “It was a trying time,” he said."
    )
    assert extract(text).directors == []
    credited = text.replace("Mara Lind’s son, filmmaker Jo Lind", "Filmmaker Jo Lind")
    assert [d.value for d in extract(credited).directors] == ["Jo Lind"]


def test_a_persons_description_is_no_title_and_another_films_credit_is_not_ours() -> None:
    text = (
        "We got the chance to talk to Kim Holt, the production designer on the film, about recreating a "
        "1950s newsroom. Director Ada Brenn, the auteur behind movies such as “Paper Moons,” “Salt Roads,” "
        "and “Ember,” shot it in Belfast."
    )
    assert extract(text).title is None


def test_a_review_box_gives_the_title_and_where_it_shows() -> None:
    raw = (
        "Weekend Review\n\nGLASS HARBOR\n\n★★★★\n\nCert 12A\n\nIn cinemas now\n\n"
        "Our heroine is Edie Marsh (Nora Vance), a keeper who refuses to leave her island. When a storm "
        "comes, she stays.\n"
    )
    x = extract(raw)
    assert x.title and x.title.value == "GLASS HARBOR"
    assert x.release_venue and x.release_venue.value == "cinemas"
    assert not {"GLASS HARBOR", "★★★★", "Cert 12A", "In cinemas now"} & set(x.boilerplate)


def test_job_titles_and_companies_around_a_speaker_are_not_the_speaker() -> None:
    said = [
        "“We are thrilled to bring this story to audiences,” said Jane Roe, CEO of Harbour Pictures.",
        "Harbour Pictures CEO Jane Roe said: “We are thrilled to bring this story to audiences.”",
        "“We are thrilled to bring this story to audiences,” said Harbour Pictures president Jane Roe.",
        "Jane Roe also said: “We are thrilled to bring this story to audiences.”",
    ]
    for line in said:
        quotes = extract("Glass Harbor opens in May.\n\n" + line).quotes
        assert [q.speaker.value if q.speaker else None for q in quotes] == ["Jane Roe"], line


def test_stars_as_a_described_role_and_the_helmed_film() -> None:
    x = extract(
        "The Sacha Roe-helmed drama Glass Harbor opens in May. "
        "Cillian Vance stars as theoretical physicist J. Robert Oppenheimer."
    )
    assert [d.value for d in x.directors] == ["Sacha Roe"]
    assert {c.actor.value: c.character.value if c.character else None for c in x.cast} == {
        "Cillian Vance": "J. Robert Oppenheimer"
    }
    assert extract("Nora Vance plays guitar in the band and sings.").cast == []


def test_an_appositive_names_a_crew_members_job() -> None:
    x = extract(
        "We got the chance to talk to Kim Holt, the production designer on the film. My friend, Ivo Lind, "
        "the location manager, found the lighthouse."
    )
    assert [(c.name.value, c.role) for c in x.crew] == [
        ("Kim Holt", "production designer"),
        ("Ivo Lind", "location manager"),
    ]


def test_who_leads_the_cast_and_the_filmmaker_who_stars() -> None:
    text = (
        "Glass Harbor screened on Friday night. Oscar-winning filmmaker and star Ada Brenn took the stage. "
        "Nora Vance is set to lead the cast in the sequel."
    )
    assert set(cast_of(text)) == {"Ada Brenn", "Nora Vance"}
