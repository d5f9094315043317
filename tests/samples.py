"""Deterministic sample kits (with generated stills) for tests and benchmarks: fixture code, not shipped."""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageDraw

from presskit.model import (
    DEPARTMENTS,
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
)

FIRST = ["Ada", "Ivo", "Nora", "Tomas", "Lena", "Kim", "Ola", "René", "Zoë", "Łukasz", "Siobhán", "Björn"]
LAST = ["Brenn", "Lind", "Vance", "Reyes", "Frost", "Osei", "Berg", "Okafor", "Laine", "Nowak", "Ní Bhriain"]
PARAGRAPH = (
    "On a rock two miles out, a lighthouse keeper who has not spoken to anyone in three winters finds a "
    "stranger washed up below the lamp. Neither of them can leave until the storm does, and neither "
    "is telling the truth about why they came. "
)


def still_image(path: Path, seed: int, size: tuple[int, int] = (2000, 1333)) -> Path:
    """A photographic-looking JPEG (gradient sky, horizon, shapes), the same bytes for the same seed."""
    rnd = random.Random(seed)
    w, h = size
    im = Image.new("RGB", size)
    draw = ImageDraw.Draw(im)
    top = (rnd.randrange(20, 90), rnd.randrange(40, 120), rnd.randrange(90, 180))
    bottom = (rnd.randrange(150, 240), rnd.randrange(110, 190), rnd.randrange(60, 140))
    for y in range(0, h, 4):
        t = y / h
        draw.rectangle([0, y, w, y + 4], fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)))
    horizon = int(h * rnd.uniform(0.55, 0.75))
    draw.rectangle([0, horizon, w, h], fill=(20, 30, 40))
    for _ in range(12):
        x, y, r = rnd.randrange(w), rnd.randrange(horizon), rnd.randrange(10, 120)
        draw.ellipse([x - r, y - r, x + r, y + r], fill=(rnd.randrange(200, 256),) * 3)
    im.save(path, "JPEG", quality=85)
    return path


def sample_kit(
    folder: Path, cast: int = 12, crew: int = 30, stills: int = 4, quotes: int = 8, paragraphs: int = 12
) -> PressKit:
    """A complete kit; stills are written into folder and named relative to it."""
    folder.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(7)

    def name() -> str:
        return f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"

    files = []
    for i in range(stills):
        target = folder / f"still_{i + 1:02d}.jpg"
        if not target.exists():
            still_image(target, i)
        files.append(Still(file=target.name, caption=f"Scene {i + 1}: the lamp room at dusk", credit=name()))
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
        synopsis=Synopsis(short=PARAGRAPH, long="\n\n".join([PARAGRAPH * 3] * paragraphs)),
        credits=Credits(
            directors=["Ada Brenn"],
            writers=["Ada Brenn", "Ivo Lind"],
            producers=["Kim Osei"],
            cast=[CastMember(actor=name(), character=f"Character {i + 1}") for i in range(cast)],
            crew=[
                CrewMember(name=name(), role="Crew", department=DEPARTMENTS[i % len(DEPARTMENTS)]) for i in range(crew)
            ],
        ),
        quotes=[
            Quote(text=f"A storm of a film, number {i + 1}.", speaker=name(), outlet="The Review", pull_quote=i < 2)
            for i in range(quotes)
        ],
        release=Release(
            date_text="June 2",
            venue="select theaters",
            distributor="Northlight Pictures",
            territories=[Territory(name="Ireland", date_text="May 29", venue="cinemas")],
        ),
        stills=files,
        contacts=[
            Contact(
                name="Mara Quinn",
                role="Publicist",
                company="Northlight Pictures",
                email="press@northlight.example",
                phone="+353 1 555 0100",
            )
        ],
        director_statement=PARAGRAPH * 2,
        bios=[Bio(name="Ada Brenn", role="Director", text=PARAGRAPH)],
        production_notes=PARAGRAPH * 2,
        website="https://northlight.example/harbour-lights",
        festivals=[
            Festival(
                name="Harbourside Film Festival", section="Feature Competition", year=2026, status="World Premiere"
            ),
            Festival(name="Atlantic Screen Awards", section="Best Cinematography", year=2026, status="Winner"),
        ],
        screenings=[
            Screening(
                venue="Harbourside Film Festival",
                city="Galway",
                when="July 9, 2026, 19:30",
                tickets="https://tickets.example/harbour-lights",
            )
        ],
    )
