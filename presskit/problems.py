"""Turn the kit's rules into small immutable problems the editor and the CLI can show."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from presskit.model import PressKit

FieldPath = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    """One broken rule: where it is in the kit and what a publicist should do about it."""

    path: FieldPath
    message: str

    @property
    def where(self) -> str:
        """A readable location such as ``contacts 1 › email`` (1-based rows)."""
        parts = [str(p + 1) if isinstance(p, int) else p.replace("_", " ") for p in self.path]
        return " › ".join(parts)


def check(kit: PressKit) -> list[Problem]:
    """Every rule the kit breaks, in document order; empty when it is ready to send."""
    try:
        PressKit.model_validate(kit.model_dump(), context={"strict": True})
    except ValidationError as exc:
        return [_problem(err) for err in exc.errors()]
    return []


def _problem(err: ErrorDetails) -> Problem:
    message = str(err.get("msg", "Invalid value"))
    message = message.removeprefix("Value error, ")
    return Problem(tuple(err.get("loc", ())), message)
