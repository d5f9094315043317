"""The ``presskit`` command line: everything the window does, headless."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from presskit import __version__

if TYPE_CHECKING:  # imported when used, so that `presskit --help` starts fast
    from presskit.model import PressKit
    from presskit.templates import TemplateStore


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``presskit`` command."""
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader stopped reading (| head): stop quietly, as Unix tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing left to flush at exit
        return 141
    except Exception as exc:  # a clear one-line message, never a traceback
        from presskit.errors import user_message
        from presskit.files import printable

        print(f"presskit: {printable(user_message(exc), 600)}", file=sys.stderr)
        return 1


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="presskit", description="Build film press kits from articles.")
    p.add_argument("--version", action="version", version=f"presskit {__version__}")
    sub = p.add_subparsers(dest="command")

    ex = sub.add_parser("extract", help="read an article (a file, a PDF or a web address) and print what was found")
    ex.add_argument("article", help="a file (txt, html, md, docx, pdf) or an http(s) address")
    ex.add_argument("--json", action="store_true", help="print the interchange JSON (SCHEMA.md)")
    ex.add_argument("--sources", action="store_true", help="with --json: add the span of every value")
    ex.set_defaults(func=_extract)

    from presskit import cli_import

    cli_import.add_parser(sub)

    exp = sub.add_parser("export", help="export a kit (or an article) to PDF")
    exp.add_argument("source", type=Path, help="a .presskit document or an article")
    exp.add_argument("-o", "--output", type=Path, required=True)
    exp.add_argument("--template", help="export with this template's look instead of the kit's own")
    exp.add_argument("--lang", help="a language of the kit (en, fr, es…); with a zip, 'all' for every one")
    exp.add_argument(
        "--format",
        choices=["pdf", "html", "zip"],
        default=None,
        help="pdf, html (a folder) or zip (the press bundle); default from the output's name",
    )
    exp.set_defaults(func=_export)

    new = sub.add_parser("new", help="start a new kit from a template")
    new.add_argument("--template", default="Classic Studio")
    new.add_argument("-o", "--output", type=Path, required=True)
    new.set_defaults(func=_new)

    tpl = sub.add_parser("templates", help="list, show, import or export templates")
    tsub = tpl.add_subparsers(dest="action", required=True)
    tsub.add_parser("list", help="every template, built-in, yours and shared").set_defaults(func=_tpl_list)
    show = tsub.add_parser("show", help="a template's settings as JSON")
    show.add_argument("name")
    show.set_defaults(func=_tpl_show)
    timp = tsub.add_parser("import", help="add a template file to your templates")
    timp.add_argument("file", type=Path)
    timp.set_defaults(func=_tpl_import)
    texp = tsub.add_parser("export", help="write a template to a file to share")
    texp.add_argument("name")
    texp.add_argument("-o", "--output", type=Path, required=True)
    texp.set_defaults(func=_tpl_export)

    chk = sub.add_parser("check", help="list the problems of a kit")
    chk.add_argument("source", type=Path)
    chk.set_defaults(func=_check)

    gui = sub.add_parser("gui", help="open the window")
    gui.add_argument("file", nargs="?", type=Path)
    gui.set_defaults(func=_gui)
    return p


def _extract(args: argparse.Namespace) -> int:
    from presskit.extract import extract
    from presskit.sources import load_source

    loaded = load_source(args.article)
    for line in loaded.warnings:
        print(f"warning: {line}", file=sys.stderr)
    result = extract(loaded.raw)
    data = result.to_schema()
    if args.sources:
        data["sources"] = result.sources()
    if args.json:
        print(_json(data, indent=2))
    else:
        for key, value in data.items():
            print(f"{key}: {_json(value)}")
    return 0


def _json(data: object, indent: int | None = None) -> str:
    """JSON for a terminal: readable letters, but every invisible or bidi character escaped (JSON
    escapes the C0 ones itself), so no text from an article or template can steer the terminal."""
    from presskit.text_safety import INVISIBLE

    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return INVISIBLE.sub(
        lambda m: f"\\u{ord(m.group()):04x}", text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    )


def _load_kit(path: Path) -> PressKit:
    from presskit.document import DOCUMENT_SUFFIX, load_document
    from presskit.merge import kit_from_source

    if path.suffix == DOCUMENT_SUFFIX:
        opened = load_document(path)
        _warn(opened.warnings)
        return opened.kit
    return kit_from_source(path)


def _export(args: argparse.Namespace) -> int:
    from presskit.errors import PresskitError
    from presskit.export import export, format_for
    from presskit.outputs import check_output
    from presskit.problems import check

    check_output(args.output, args.source)
    kit = _load_kit(args.source)
    _warn([problem.text for problem in check(kit)])
    if args.template:
        template, notes = _store().load(args.template)
        _warn(notes)
        kit.style = template.style
    fmt = args.format or format_for(args.output)
    lang = None if args.lang in (None, "all") else args.lang
    if args.lang == "all" and fmt != "zip":
        raise PresskitError("--lang all makes one bundle of every language: use --format zip.")
    if lang:
        from presskit.i18n import untranslated

        missing = untranslated(kit, lang)
        if missing:
            _warn([f"not yet translated into {lang} (the main language is used): {', '.join(missing)}"])
    every = [kit.language, *kit.translations] if args.lang == "all" else None
    _warn(export(kit, fmt, args.output, args.source.parent, lang=lang, languages=every, source=args.source))
    print(f"wrote {args.output}")
    return 0


def _warn(lines: list[str]) -> None:
    from presskit.files import printable

    for line in lines:
        print(f"warning: {printable(line, 600)}", file=sys.stderr)


def _store() -> TemplateStore:
    import os

    from presskit.templates import TemplateStore

    shared = [Path(p) for p in os.environ.get("PRESSKIT_SHARED_TEMPLATES", "").split(os.pathsep) if p]
    return TemplateStore(shared)


def _new(args: argparse.Namespace) -> int:
    from presskit.document import save_kit

    template, notes = _store().load(args.template)
    _warn(notes)
    save_kit(template.new_kit(), args.output)
    print(f"wrote {args.output}")
    return 0


def _tpl_list(args: argparse.Namespace) -> int:
    from presskit.files import printable

    for e in _store().entries():
        print(f"{printable(e.name, 60):28} {e.source:9} {printable(str(e.folder), 300)}")
    return 0


def _tpl_show(args: argparse.Namespace) -> int:
    template, notes = _store().load(args.name)
    _warn(notes)
    print(_json(template.model_dump(mode="json"), indent=2))
    return 0


def _tpl_import(args: argparse.Namespace) -> int:
    entry, notes = _store().import_file(args.file)
    _warn(notes)
    from presskit.files import printable

    print(f"imported “{printable(entry.name)}” into {printable(str(entry.folder), 300)}")
    return 0


def _tpl_export(args: argparse.Namespace) -> int:
    _store().export(args.name, args.output)
    print(f"wrote {args.output}")
    return 0


def _check(args: argparse.Namespace) -> int:
    from presskit.problems import check

    problems = check(_load_kit(args.source))
    from presskit.files import printable

    for problem in problems:
        print(printable(problem.text, 600))
    return 1 if problems else 0


def _gui(args: argparse.Namespace) -> int:
    from presskit.ui.app import run

    return run([str(args.file)] if args.file else [])


if __name__ == "__main__":
    sys.exit(main())
