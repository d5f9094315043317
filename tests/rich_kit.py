"""A rich kit, as a festival release has it: long festival names, forty-odd crew in many departments
with titles typed as the trade writes them, ten press quotes with star ratings, portrait and landscape
stills, biographies, contacts, and French and German words for the text a translator would give."""

from __future__ import annotations

from pathlib import Path

from samples import still_image

from presskit.model import (
    Bio,
    CastMember,
    Contact,
    Credits,
    CrewMember,
    Festival,
    FilmInfo,
    PressKit,
    Quote,
    Release,
    Screening,
    Still,
    Synopsis,
    Territory,
    Translation,
)

STORY = (
    "On a rock two miles out, a lighthouse keeper who has not spoken to anyone in three winters finds a "
    "stranger washed up below the lamp. Neither of them can leave until the storm does, and neither is "
    "telling the truth about why they came."
)
SHORT = "A lighthouse keeper and a castaway wait out a storm on a rock, each hiding why they came."
CREW = [  # department, title as typed, name
    ("Camera", "Director of Photography", "Ines Calloway"),
    ("Camera", "1st AC", "Tomas Reyes"),
    ("Camera", "2nd AC", "Lena Frost"),
    ("Camera", "DIT", "Kim Osei"),
    ("Camera", "Steadicam Operator", "Ola Berg"),
    ("Camera", "Gaffer", "René Okafor"),
    ("Camera", "Key Grip", "Björn Laine"),
    ("Production", "Line Producer", "Siobhán Ní Bhriain"),
    ("Production", "Production Manager", "Łukasz Nowak"),
    ("Production", "1st AD", "Nora Vance"),
    ("Production", "2nd AD", "Ivo Lind"),
    ("Production", "Script Supervisor", "Zoë Brenn"),
    ("Production", "Location Manager", "Ada Reyes"),
    ("Editorial", "Editor", "Hana Sato"),
    ("Editorial", "Assistant Editor", "Piet de Vries"),
    ("Editorial", "Colourist", "Maja Lindqvist"),
    ("Art", "Production Designer", "Carmen Ortega"),
    ("Art", "Art Director", "Felix Braun"),
    ("Art", "Set Decorator", "Aoife Byrne"),
    ("Art", "Props Master", "Jonas Weber"),
    ("Costume", "Costume Designer", "Amélie Rousseau"),
    ("Costume", "Wardrobe Supervisor", "Greta Holm"),
    ("Make-up", "Hair & Make-up Designer", "Nadia Haddad"),
    ("Make-up", "SFX Make-up Artist", "Owen Price"),
    ("Sound", "Production Sound Mixer", "Yusuf Demir"),
    ("Sound", "Boom Operator", "Clara Moss"),
    ("Sound", "Supervising Sound Editor", "Pavel Novak"),
    ("Sound", "ADR Mixer", "Rosa Jiménez"),
    ("Sound", "Re-recording Mixer", "Tom Ashby"),
    ("Sound", "Foley Artist", "Eva Kowalska"),
    ("Music", "Composer", "Lars Eklund"),
    ("Music", "Music Supervisor", "Dana Whitfield"),
    ("Visual Effects", "VFX Supervisor", "Mei Lin"),
    ("Visual Effects", "VFX Producer", "Sam Okoye"),
    ("Visual Effects", "Compositor", "Irene Costa"),
    ("Casting", "Casting Director", "Ruth Ellery"),
    ("Casting", "Extras Casting", "Malik Jones"),
    ("Stunts", "Stunt Coordinator", "Brent Harlow"),
    ("Stunts", "Stunt Double", "Kaya Brooks"),
    ("Stunts", "Marine Coordinator", "Finn Gallagher"),
    ("Camera", "Underwater DP", "Rui Santos"),
    ("Production", "Production Accountant", "Helen Marsh"),
]
CAST = [
    ("Saoirse Whelan", "Nora"),
    ("Tomás Ó Briain", "The Castaway"),
    ("Lena Frost", "Maeve"),
    ("Ciarán Doyle", "Father Keane"),
    ("Ingrid Halvorsen", "The Harbourmaster"),
    ("Kwame Mensah", "Joseph"),
    ("Anouk Lefèvre", "Élise"),
    ("Declan Moriarty", "Young Nora's Father"),
    ("Róisín Gallagher", "Young Nora"),
    ("Pádraig Walsh", "Fisherman"),
    ("Mariana Duarte", "Radio Operator"),
    ("Henrik Sørensen", "Coast Guard Captain"),
    ("Aisling Burke", "Shopkeeper"),
    ("Jamie O'Connell", "Ferryman"),
]
OUTLETS = [
    ("Variety", "Peter Debruge", "★★★★★ A storm of a film, and the calm at its heart is earned."),
    ("Screen International", "Fionnuala Halligan", "★★★★ Two performances as weathered as the rock they stand on."),
    ("The Guardian", "Xan Brooks", "★★★★ Brenn films the sea as if it were a third character."),
    ("IndieWire", "Kate Erbland", "A tense, tender chamber piece. Grade: A-"),
    ("Le Monde", "Jacques Mandelbaum", "★★★★ Un huis clos battu par les vents, d'une beauté rare."),
    ("Die Zeit", "Katja Nicodemus", "★★★½ Ein Kammerspiel, so rau wie die irische See."),
    ("Cahiers du cinéma", "Élodie Tamayo", "Un film qui respire au rythme du phare."),
    ("The Hollywood Reporter", "Jordan Mintzer", "★★★★★ Gripping from the first wave to the last."),
    ("Sight and Sound", "Isabel Stevens", "A ghost story without ghosts, and all the better for it."),
    ("The Irish Times", "Donald Clarke", "★★★★ Proof that the best Irish cinema is being made on the margins."),
]


def rich_kit(folder: Path) -> PressKit:
    """The rich kit; its stills (landscape and portrait) are written into folder."""
    folder.mkdir(parents=True, exist_ok=True)
    sizes = [(2000, 1333), (1333, 2000), (2400, 1004), (2000, 1333), (1200, 1800), (2000, 1125)]
    stills = []
    for i, size in enumerate(sizes):
        target = folder / f"rich_{i + 1:02d}.jpg"
        if not target.exists():
            still_image(target, 20 + i, size)
        caption = (
            f"Still {i + 1}: "
            + [
                "the lamp room at dusk",
                "Nora on the gallery rail",
                "the rock at low tide",
                "the castaway's boots drying by the stove",
                "a letter in the logbook",
                "the storm breaks over the island",
            ][i]
        )
        stills.append(Still(file=target.name, caption=caption, credit="Ines Calloway"))
    return PressKit(
        film=FilmInfo(
            title="Harbour Lights",
            tagline="Nobody leaves until the storm does.",
            logline="A lighthouse keeper and a castaway each hide why they came to the rock.",
            genre="Drama",
            runtime_minutes=104,
            country="Ireland",
            language="English",
            year=2026,
            aspect_ratio="2.39:1",
            sound="5.1",
            format="DCP",
        ),
        synopsis=Synopsis(short=SHORT, long="\n\n".join([f"{STORY} {STORY}"] * 4)),
        credits=Credits(
            directors=["Ada Brenn"],
            writers=["Ada Brenn", "Ivo Lind"],
            producers=["Kim Osei", "Mara Quinn"],
            cast=[CastMember(actor=a, character=c) for a, c in CAST],
            crew=[CrewMember(department=d, role=r, name=n) for d, r, n in CREW],
        ),
        quotes=[
            Quote(text=text, speaker=who, outlet=outlet, pull_quote=i < 2)
            for i, (outlet, who, text) in enumerate(OUTLETS)
        ],
        festivals=[
            Festival(
                name="Toronto International Film Festival", section="Platform", year=2026, status="World Premiere"
            ),
            Festival(
                name="Festival international du film de Saint-Jean-de-Luz",
                section="Compétition",
                year=2026,
                status="Winner",
            ),
            Festival(
                name="Internationale Filmfestspiele Berlin", section="Panorama", year=2026, status="Official Selection"
            ),
            Festival(
                name="Karlovy Vary International Film Festival",
                section="Best Actress",
                year=2026,
                status="Special Mention",
            ),
            Festival(name="BFI London Film Festival", section="Official Competition", year=2026, status="Nominee"),
        ],
        screenings=[
            Screening(
                venue="TIFF Bell Lightbox",
                city="Toronto",
                when="September 9, 2026, 19:30",
                tickets="https://tickets.example/harbour-lights",
            ),
        ],
        release=Release(
            distributor="Northlight Pictures",
            rating="12A",
            territories=[
                Territory(name="Ireland", date_text="October 2"),
                Territory(name="United Kingdom", date_text="October 9"),
            ],
        ),
        stills=stills,
        bios=[
            Bio(name="Ada Brenn", role="Director", text=STORY + "\n\n" + STORY),
            Bio(name="Kim Osei", role="Producer", text=STORY),
            Bio(name="Ines Calloway", role="Director of Photography", text=STORY),
        ],
        contacts=[
            Contact(
                name="Mara Quinn",
                role="International Publicist",
                company="Northlight Pictures",
                email="press@northlight.example",
                phone="+353 1 555 0100",
            ),
            Contact(
                name="Jean Dupont",
                role="Attaché de presse (France)",
                company="Les Films du Phare",
                email="presse@phare.example",
                phone="+33 1 55 55 01 00",
            ),
        ],
        director_statement=f"{STORY} {STORY}",
        production_notes="\n\n".join([STORY] * 3),
        website="https://northlight.example/harbour-lights",
        translations={
            "fr": Translation(
                tagline="Personne ne part avant la fin de la tempête.",
                synopsis_short="Sur un rocher, un gardien de phare et une naufragée.",
            ),
            "de": Translation(
                tagline="Niemand geht, bevor der Sturm vorbei ist.",
                synopsis_short="Auf einem Felsen: ein Leuchtturmwärter und eine Schiffbrüchige.",
            ),
        },
    )
