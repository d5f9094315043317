"""The department a crew member's job belongs to, as articles word the job (model.DEPARTMENTS names
the departments' order)."""

from __future__ import annotations

ROLE_DEPARTMENT = {
    "producer": "Production",
    "executive producer": "Production",
    "co-producer": "Production",
    "director of photography": "Camera",
    "cinematographer": "Camera",
    "editor": "Editorial",
    "composer": "Music",
    "music supervisor": "Music",
    "songwriter": "Music",
    "co-writer": "Music",
    "production designer": "Art",
    "art director": "Art",
    "costume designer": "Costume",
    "visual effects supervisor": "Visual Effects",
    "casting director": "Casting",
    "sound designer": "Sound",
    "choreographer": "Choreography",
}


def department_of(role: str) -> str:
    """The department of a job ("editor" → Editorial); "" for a job the table does not know."""
    return ROLE_DEPARTMENT.get(" ".join(role.lower().split()), "")
