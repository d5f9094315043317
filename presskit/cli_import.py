"""``presskit import``: sources merged in order into a new kit or into an existing document, with
what each added and what conflicted printed per source (or as JSON)."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from presskit.files import printable


def add_parser(sub: Any) -> None:
    """The ``import`` sub-command's arguments."""
    imp = sub.add_parser(
        "import",
        help="merge articles, reviews, press-note PDFs and web pages into a .presskit document",
        description="Read each source in order and merge what it holds into the kit: people matched by "
        "name, quotes by their words. A value already in the kit is never replaced (a disagreement "
        "is reported as a conflict) unless --overwrite is given.",
    )
    imp.add_argument("sources", nargs="+", help="files (txt, html, md, docx, pdf) or http(s) addresses")
    where = imp.add_mutually_exclusive_group(required=True)
    where.add_argument("-o", "--output", type=Path, help="write a new document")
    where.add_argument("--into", type=Path, help="add to this existing document (saved in place)")
    imp.add_argument("--json", action="store_true", help="print what each source added as JSON")
    imp.add_argument("--yes", action="store_true", help="add a source even when it seems to be about another film")
    imp.add_argument("--overwrite", action="store_true", help="take a source's value where it conflicts with the kit")
    imp.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Merge every source in order and save; 1 when a source could not be read (the others are kept)."""
    from presskit.document import load_document, save_kit
    from presskit.merge import add_source
    from presskit.model import PressKit

    if args.into is not None:
        opened = load_document(args.into)
        for line in opened.warnings:
            print(f"warning: {printable(line, 600)}", file=sys.stderr)
        kit, target = opened.kit, args.into
    else:
        kit, target = PressKit(), args.output
    original = kit
    report: list[dict[str, Any]] = []
    failures: list[str] = []
    for ref in args.sources:
        try:  # the window's File › Open Article reads a source into a new kit with this function too
            kit, plan = add_source(kit, ref, lambda plan: _decide(plan, args))
        except Exception as exc:  # one sentence for this source (it names it); the others go on
            from presskit.errors import user_message

            failures.append(user_message(exc))
            report.append({"source": ref, "error": failures[-1]})
            continue
        report.append(plan.summary())
        if not args.json:
            _print_plan(plan)
    read_any = len(failures) < len(args.sources)
    written = read_any and (args.into is None or kit != original)  # an unchanged document is left alone
    if written:
        save_kit(kit, target)
    if args.json:
        print(_dumps({"output": str(target) if written else None, "sources": report}))
    elif written:
        print(f"wrote {target}")
    elif read_any:
        print(f"{printable(str(target), 300)} is unchanged")
    end = " Nothing was written." if args.into is None else f" {printable(target.name)} is unchanged."
    for k, failure in enumerate(failures):  # last, each one `presskit: <sentence>` line, as every command
        last = k == len(failures) - 1 and not written
        print(f"presskit: {failure}{end if last else ''}", file=sys.stderr)
    return 1 if failures else 0


def _decide(plan: Any, args: argparse.Namespace) -> None:
    """--yes takes a source held back (another film, another language); --overwrite its conflicts."""
    if args.yes and plan.blocked:
        plan.accept_all(True)
    if args.overwrite:
        for item in plan.items:
            item.accepted = item.accepted or (item.kind == "conflict" and (not plan.blocked or args.yes))


def _print_plan(plan: Any) -> None:
    name = printable(plan.document.name, 200)
    for warning in plan.warnings:
        print(f"warning: {printable(warning, 600)}", file=sys.stderr)
    taken = [i for i in plan.items if i.accepted]
    if plan.blocked and not taken:
        print(f"{name}: nothing added (--yes adds it anyway)")
        return
    counts = Counter(i.label for i in taken)
    added = ", ".join(f"{n} × {label}" if n > 1 else label for label, n in counts.items())
    print(f"{name}: " + (f"added {added}" if taken else "nothing new"))
    for item in plan.items:
        if item.kind == "conflict":
            verdict = "taken" if item.accepted else "kept the kit's (--overwrite takes it)"
            print(
                f"  conflict: {item.label}: the kit has “{printable(item.old, 120)}”, "
                f"{name} says “{printable(item.new, 120)}” — {verdict}"
            )


def _dumps(data: object) -> str:
    from presskit.cli import _json

    return _json(data, indent=2)
