"""The attacks of issue 13 as tests: every case of the hostile corpus (tests/hostile/corpus.py, made by
a script) through every command-line entry point it applies to, each in a subprocess with a time and a
memory limit, a fake home holding a canary secret and private XDG folders. What is asserted is what the
user meets: a clean exit (0, or 1 with one `presskit:` sentence naming the file), nothing raw on the
terminal, no secret in any output, no temp file left, the input unchanged. See tests/hostile/README.md.

The runs go on in the background, PRESSKIT_HOSTILE_JOBS at once (one per core by default), the bombs first;
the runs that may wait on a FIFO or a terminal all at once beside them (waiting costs no CPU, so a hang
costs its time limit once per session); each test waits for its own. Set
PRESSKIT_HOSTILE_REPORT=/path.json for a JSON report of every run (outcome, reason, time, peak RSS).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from hostile import corpus
from hostile.runner import JOBS, LIMIT_S, MEMORY_MB, run_case

PLAN = [(case_id, entry) for case_id, _, entries in corpus.plan() for entry in entries]


class Runs:
    """The background runs of the selected (case, entry) pairs."""

    def __init__(self, cases: dict[str, corpus.Case], futures: dict[tuple[str, str], Future[dict[str, Any]]]) -> None:
        self.cases, self.futures = cases, futures

    def result(self, case_id: str, entry: str) -> dict[str, Any]:
        return self.futures[(case_id, entry)].result()

    def records(self) -> list[dict[str, Any]]:
        return [f.result() for f in self.futures.values() if f.done() and not f.cancelled() and f.exception() is None]


@pytest.fixture(scope="session")
def hostile(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runs]:
    selected = [
        tuple(item.callspec.params[k] for k in ("case_id", "entry"))
        for item in request.session.items
        if getattr(item, "originalname", "") == "test_hostile" and hasattr(item, "callspec")
    ]
    root = tmp_path_factory.mktemp("hostile")
    cases = {c.id: c for c in corpus.build(root / "corpus", only={case_id for case_id, _ in selected})}
    benign = root / "corpus" / "benign" / "benign.presskit"
    blocking = [pair for pair in selected if cases[pair[0]].cost == corpus.BLOCKS]
    order = sorted(
        (pair for pair in selected if pair not in blocking), key=lambda pair: cases[pair[0]].cost != corpus.HEAVY
    )  # the long ones first
    # A run that may wait on a FIFO or a terminal uses no CPU while it waits: those all go at once, beside
    # the pool, so that each hang costs its time limit once for the whole session.
    with ThreadPoolExecutor(JOBS) as pool, ThreadPoolExecutor(max(1, len(blocking))) as waiting:
        futures = {pair: waiting.submit(run_case, cases[pair[0]], pair[1], root, benign) for pair in blocking}
        futures |= {pair: pool.submit(run_case, cases[pair[0]], pair[1], root, benign) for pair in order}
        runs = Runs(cases, futures)
        yield runs
        for future in futures.values():
            future.cancel()
    report = os.environ.get("PRESSKIT_HOSTILE_REPORT")
    if report:
        meta = {"time_limit_s": LIMIT_S, "memory_limit_mb": MEMORY_MB, "jobs": JOBS}
        Path(report).write_text(
            json.dumps({"limits": meta, "runs": runs.records()}, ensure_ascii=False, indent=1), encoding="utf-8"
        )


@pytest.mark.parametrize(("case_id", "entry"), PLAN, ids=[f"{c}:{e}" for c, e in PLAN])
def test_hostile(case_id: str, entry: str, hostile: Runs) -> None:
    run = hostile.result(case_id, entry)
    assert run["outcome"] == "pass", run["message"]


def test_the_corpus_is_what_it_claims(tmp_path: Path) -> None:
    """The bombs really are bombs, under the limits they are meant to slip under."""
    import stat
    import zipfile

    cases = {
        c.id: c
        for c in corpus.build(
            tmp_path,
            only={
                "doc-bomb-150x10MB",
                "doc-3000-members",
                "doc-duplicate-kit-json",
                "tpl-zip-bomb-2GB",
                "art-docx-huge-text",
                "art-docx-many-paragraphs",
                "img-png-bomb",
                "tpl-fifo",
                "doc-still-symlink",
                "art-utf16le-no-bom",
            },
        )
    }
    with zipfile.ZipFile(cases["doc-bomb-150x10MB"].path) as zf:
        sizes = [i.file_size for i in zf.infolist() if i.filename.startswith("media/")]
    assert sizes == [10_000_000] * 150 and cases["doc-bomb-150x10MB"].path.stat().st_size < 2_000_000
    with zipfile.ZipFile(cases["doc-3000-members"].path) as zf:
        assert len(zf.namelist()) == 3002
    with zipfile.ZipFile(cases["doc-duplicate-kit-json"].path) as zf:
        assert zf.namelist().count("kit.json") == 2
    with zipfile.ZipFile(cases["tpl-zip-bomb-2GB"].path) as zf:
        sizes = [i.file_size for i in zf.infolist()]
    assert max(sizes) < 20 * 1024 * 1024 and sum(sizes) > 1.9e9
    assert cases["tpl-zip-bomb-2GB"].path.stat().st_size < 2_500_000
    for name in ("art-docx-huge-text", "art-docx-many-paragraphs"):
        with zipfile.ZipFile(cases[name].path) as zf:
            assert 140e6 < zf.getinfo("word/document.xml").file_size < 8 * 20 * 1024 * 1024
    assert cases["art-docx-huge-text"].path.stat().st_size < 200_000
    with zipfile.ZipFile(cases["img-png-bomb"].path) as zf:
        png = zf.read("media/001_bomb.png")
    assert png[12:16] == b"IHDR" and png[16:24] == (30000).to_bytes(4, "big") * 2 and len(png) < 200_000
    assert stat.S_ISFIFO(cases["tpl-fifo"].path.lstat().st_mode)
    assert (cases["doc-still-symlink"].path.parent / "still.jpg").is_symlink()
    raw = cases["art-utf16le-no-bom"].path.read_bytes()
    assert raw[:2] not in (b"\xff\xfe", b"\xfe\xff") and raw.decode("utf-16-le").startswith("Hostile Test Film")
