"""The department a crew member's job belongs to, as articles word the job."""

from __future__ import annotations

from presskit.extract.vocab import ROLE_DEPARTMENT


def department_of(role: str) -> str:
    """The department of a job ("editor" → Editorial); "" for a job the vocabulary does not know."""
    return ROLE_DEPARTMENT.get(" ".join(role.lower().split()), "")
