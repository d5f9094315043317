"""``python -m bench.nlp.extract ARTICLE`` prints what the rules and then the spaCy stage found, as
``presskit extract ARTICLE --json`` does (PRESSKIT_NLP=0: the rules alone), for the scorer."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bench.nlp.merge import refine
from presskit.extract import Extraction, extract_file
from presskit.extract.names import People


def extract_with_model(path: str | Path) -> Extraction:
    """The rules' extraction, then refined by the stage when the model is there."""
    result = extract_file(path)
    refine(result, result.text, People(result.text))
    return result


def main(argv: list[str]) -> int:
    """Print one article's extraction as the interchange JSON."""
    print(json.dumps(extract_with_model(argv[0]).to_schema(), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
