"""The merge dialog shows, beside each proposed value, the sentence of the source it came from."""

from __future__ import annotations

from pathlib import Path

from presskit.merge import plan_text
from presskit.model import PressKit


def test_a_value_at_the_very_start_of_a_source_keeps_its_first_letter(seed_kit: PressKit) -> None:
    text = "Bad Santa 2 review – same old dirty tricks\n\nBilly Bob Thornton returns as Willie Soke in Bad Santa 2."
    title = next(i for i in plan_text(text, "review.txt", seed_kit).items if i.label == "Title")
    assert (title.new, title.sentence) == ("Bad Santa 2", "Bad Santa 2 review – same old dirty tricks")


def test_every_sentence_shown_starts_and_ends_on_whole_words(seed_kit: PressKit) -> None:
    text = (Path(__file__).parent / "data" / "articles" / "guardian_review.txt").read_text(encoding="utf-8")
    plan = plan_text(text, "guardian_review.txt", seed_kit)
    plain = " ".join(plan.document.text.split())  # the source as the extractor cleaned it
    items = [i for i in plan.items if i.sentence]
    assert items
    for item in items:
        said = item.sentence.strip("…")
        at = plain.find(said)
        assert at >= 0, item.sentence
        assert at == 0 or not plain[at - 1].isalnum(), item.sentence  # never "ally scabrous…" for "unusually"
        after = at + len(said)
        assert after == len(plain) or not plain[after].isalnum(), item.sentence
