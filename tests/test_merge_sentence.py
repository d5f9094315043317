"""The merge dialog shows, beside each proposed value, the sentence of the source it came from."""

from __future__ import annotations

from presskit.merge import plan_text
from presskit.model import PressKit


def test_a_value_at_the_very_start_of_a_source_keeps_its_first_letter(seed_kit: PressKit) -> None:
    text = "Bad Santa 2 review – same old dirty tricks\n\nBilly Bob Thornton returns as Willie Soke in Bad Santa 2."
    title = next(i for i in plan_text(text, "review.txt", seed_kit).items if i.label == "Title")
    assert (title.new, title.sentence) == ("Bad Santa 2", "Bad Santa 2 review – same old dirty tricks")
