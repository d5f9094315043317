"""The hostile corpus, made by this script: every attack reported in issue 13, written into a folder.

``build(root)`` writes the files and returns one :class:`Case` per attack; nothing binary is
committed. ``plan()`` lists the same cases (id, group, entry points) without writing anything, for
test parametrization. The attacker is careful: documents carry a correct manifest, so checksums pass.

Layout under root::

    home/.ssh/id_rsa          the home canary (HOME of every run is a copy of home/)
    outside/secret.txt        the outside canary; outside/canary.ttf the same bytes under a font's name
    benign/benign.presskit    a harmless document, exported with hostile templates
    docs/<id>/…  articles/<id>/…  templates/<id>/…  shared/…   the hostile files
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import shutil
import struct
import uuid
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Entry points of the command line a case can be run through (see tests/test_hostile.py).
CHECK, PDF, HTML, ZIP = "check", "export-pdf", "export-html", "export-zip"
IMPORT, EXTRACT, TEMPLATES_IMPORT = "import", "extract", "templates-import"
DOCUMENT_ENTRIES = (CHECK, PDF, HTML, ZIP)
ARTICLE_ENTRIES = (EXTRACT, IMPORT, CHECK, PDF)
EXPORTS = (PDF, HTML, ZIP)

# What must hold for the exit status (every case also gets the common rules: bounded time and memory,
# exit 0 or 1, one `presskit:` sentence on failure, no control characters, no leak, no temp file, input
# unchanged).
REFUSE = "refuse"  # exit 1 with one sentence naming the file
WARN = "warn"  # exit 1 with a sentence, or exit 0 with a warning naming the bad file (which is left out)
CLEAN = "clean"  # exit 0, or exit 1 with a sentence: either is fine, as long as it is clean
OK = "ok"  # exit 0: the file is legitimate and must work

HEAVY = "heavy"  # a bomb: may use much CPU or memory; started first
BLOCKS = "blocks"  # may wait forever on a FIFO or a terminal, using no CPU: all such runs go at once

SECRET_ENV = "PRESSKIT_TEST_SECRET_API_KEY"  # a secret in the user's environment (see /proc/self/environ)
DEEP = 100_000  # nesting depth of the deeply nested JSON
BOMB_BUDGET_MB = 500  # peak RSS allowed for a bomb: a file of a few hundred kB must not take gigabytes
UP = "../" * 30  # more than enough to climb from any folder to /


@dataclass(frozen=True)
class Case:
    """One hostile file and what must hold when each entry point meets it."""

    id: str
    group: str  # documents, images, fonts, templates, articles
    path: Path  # the file given to the command line
    entries: tuple[str, ...]
    expect: str  # REFUSE, WARN, CLEAN or OK (for check, which reads no referenced file, WARN means CLEAN)
    holds: str  # what must hold, in a sentence
    warn_names: tuple[str, ...] = ()  # with WARN and exit 0: a warning names one of these
    names: tuple[str, ...] = ()  # the refusal sentence names one of these (default: the file's name)
    secrets: tuple[bytes, ...] = ()  # bytes that must appear in no output and in no message
    forbidden_files: tuple[Path, ...] = ()  # no output file may be a copy of one of these
    template: str | None = None  # exports use --template NAME
    env: dict[str, str] = field(default_factory=dict)
    inputs: tuple[Path, ...] = ()  # other files that must be unchanged afterwards
    cost: str = ""  # HEAVY (a bomb: CPU or memory) or BLOCKS (may wait on a FIFO or a terminal)
    max_rss_mb: int | None = None  # a small file that must not take more memory than this (a bomb)


@dataclass
class _Spec:
    id: str
    group: str
    entries: tuple[str, ...]
    expect: str
    holds: str
    make: Callable[[Ctx], dict[str, Any]]
    cost: str = ""


_SPECS: list[_Spec] = []


def _case(
    id: str, group: str, entries: Iterable[str], expect: str, holds: str, cost: str = ""
) -> Callable[[Callable[[Ctx], dict[str, Any]]], Callable[[Ctx], dict[str, Any]]]:
    def register(make: Callable[[Ctx], dict[str, Any]]) -> Callable[[Ctx], dict[str, Any]]:
        _SPECS.append(_Spec(id, group, tuple(entries), expect, holds, make, cost))
        return make

    return register


def plan() -> list[tuple[str, str, tuple[str, ...]]]:
    """(id, group, entry points) of every case, without writing anything."""
    return [(s.id, s.group, s.entries) for s in _SPECS]


class Ctx:
    """The corpus being built: its root, the canaries and small helpers shared by the cases."""

    def __init__(self, root: Path) -> None:
        self.root = root
        tag = uuid.uuid4().hex
        self.home_token = f"CANARY-7f3a-home-{tag}".encode()
        self.outside_token = f"CANARY-7f3a-outside-{tag}".encode()
        self.env_token = f"CANARY-7f3a-environ-{tag}".encode()
        self.home = root / "home"
        self.home_canary = self.home / ".ssh" / "id_rsa"
        self.home_canary.parent.mkdir(parents=True, exist_ok=True)
        self.home_canary.write_bytes(
            b"-----BEGIN OPENSSH PRIVATE KEY-----\n" + self.home_token + b"\n-----END OPENSSH PRIVATE KEY-----\n"
        )
        self.canary = root / "outside" / "secret.txt"
        self.canary.parent.mkdir(parents=True, exist_ok=True)
        self.canary.write_bytes(b"password=" + self.outside_token + b"\n")
        self.canary_ttf = self.canary.with_name("canary.ttf")
        self.canary_ttf.write_bytes(self.canary.read_bytes())
        self.benign = root / "benign" / "benign.presskit"
        self.benign.parent.mkdir(parents=True, exist_ok=True)
        write_doc(self.benign, kit())

    def folder(self, group: str, case_id: str) -> Path:
        folder = self.root / group / case_id
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    @property
    def tokens(self) -> tuple[bytes, ...]:
        return (self.home_token, self.outside_token, self.env_token)


def build(root: Path, only: set[str] | None = None) -> list[Case]:
    """Write every hostile file (or those of the cases in only) into root; return the cases."""
    root.mkdir(parents=True, exist_ok=True)
    ctx = Ctx(root)
    cases = []
    for spec in _SPECS:
        if only is not None and spec.id not in only:
            continue
        made = spec.make(ctx)
        path = made.pop("path")
        made.setdefault("names", (Path(path).name,))
        made["secrets"] = ctx.tokens + tuple(made.get("secrets", ()))
        made["inputs"] = (ctx.home_canary, ctx.canary, *made.get("inputs", ()))
        made.setdefault("env", {})[SECRET_ENV] = ctx.env_token.decode()
        cases.append(
            Case(spec.id, spec.group, Path(path), spec.entries, spec.expect, spec.holds, cost=spec.cost, **made)
        )
    return cases


# --- writing zips by hand (precompressed members, duplicate names) -----------------------------------


@dataclass
class Member:
    """A zip member: its name, its bytes (or a precompressed body with the sizes and CRC)."""

    name: str
    data: bytes | None = None
    body: bytes = b""
    size: int = 0
    crc: int = 0
    deflated: bool = True

    def packed(self) -> tuple[bytes, int, int]:
        if self.data is None:
            return self.body, self.size, self.crc
        if not self.deflated:
            return self.data, len(self.data), zlib.crc32(self.data)
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        return c.compress(self.data) + c.flush(), len(self.data), zlib.crc32(self.data)


def deflated(chunks: Iterable[bytes]) -> tuple[bytes, int, int]:
    """A raw-deflate body, the uncompressed size and the CRC of the concatenated chunks (streamed)."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    out, size, crc = [], 0, 0
    for chunk in chunks:
        out.append(c.compress(chunk))
        size += len(chunk)
        crc = zlib.crc32(chunk, crc)
    out.append(c.flush())
    return b"".join(out), size, crc


def zeros(total: int, chunk: int = 1 << 20) -> Iterable[bytes]:
    block = bytes(chunk)
    while total > 0:
        yield block[: min(chunk, total)]
        total -= chunk


def write_zip(path: Path, members: Iterable[Member]) -> None:
    """A plain zip (no zip64), member after member; duplicate names are written as given."""
    central = []
    with path.open("wb") as fh:
        for m in members:
            body, size, crc = m.packed()
            name = m.name.encode("utf-8")
            method = 8 if (m.data is None or m.deflated) else 0
            offset = fh.tell()
            fh.write(
                struct.pack(
                    "<IHHHHHIIIHH", 0x04034B50, 20, 0x800, method, 0, 0x5021, crc, len(body), size, len(name), 0
                )
                + name
            )
            fh.write(body)
            central.append(
                struct.pack(
                    "<IHHHHHHIIIHHHHHII",
                    0x02014B50,
                    20,
                    20,
                    0x800,
                    method,
                    0,
                    0x5021,
                    crc,
                    len(body),
                    size,
                    len(name),
                    0,
                    0,
                    0,
                    0,
                    0,
                    offset,
                )
                + name
            )
        start = fh.tell()
        for entry in central:
            fh.write(entry)
        fh.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), fh.tell() - start, start, 0))


def kit(**parts: Any) -> dict[str, Any]:
    """A small kit that passes check; parts replace or add top-level fields."""
    data: dict[str, Any] = {
        "schema_version": 4,
        "film": {"title": "Hostile Test Film"},
        "credits": {"directors": ["Jane Doe"]},
    }
    data.update(parts)
    return data


def write_doc(
    path: Path,
    data: dict[str, Any] | bytes,
    media: dict[str, bytes] | None = None,
    extra: Iterable[Member] = (),
    sums: dict[str, str] | None = None,
) -> Path:
    """A .presskit document with a correct manifest (the careful attacker), plus any extra members."""
    raw = data if isinstance(data, bytes) else json.dumps(data, ensure_ascii=False).encode("utf-8")
    members = [Member("kit.json", raw)] + [Member(n, b, deflated=False) for n, b in (media or {}).items()]
    checksums = {m.name: hashlib.sha256(m.data or b"").hexdigest() for m in members}
    extra = list(extra)
    manifest = {"format": "presskit", "schema_version": 4, "sha256": {**checksums, **(sums or {})}}
    write_zip(path, [*members, *extra, Member("manifest.json", json.dumps(manifest).encode())])
    return path


def jpeg(size: tuple[int, int] = (64, 40)) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", size, (180, 40, 40)).save(buf, "JPEG", quality=80)
    return buf.getvalue()


def png_bomb(side: int = 30000) -> bytes:
    """A 1-bit greyscale PNG of side × side pixels (900 megapixels for 30000) in about 100 kB."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    row = bytes(1 + (side + 7) // 8)
    c = zlib.compressobj(9)
    idat = b"".join(c.compress(row * 1000) for _ in range(side // 1000)) + c.compress(row * (side % 1000)) + c.flush()
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0))
        + chunk(b"IDAT", idat)
        + chunk(b"IEND", b"")
    )


def first_line(path: str) -> tuple[bytes, ...]:
    """The first line of a system file, as a secret (when it is readable and long enough to be unique)."""
    try:
        line = Path(path).read_bytes().splitlines()[0]
    except (OSError, IndexError):
        return ()
    return (line,) if len(line) >= 12 else ()


def still(file: str, caption: str = "A still") -> dict[str, Any]:
    return kit(stills=[{"file": file, "caption": caption, "credit": "Photo"}])


ARTICLE = """Hostile Test Film opens in March

Hostile Test Film, the new drama directed by Jane Doe, opens on 12 March 2027 at the Lumen cinema.
The film stars Anna Lindqvist as Mara, a lighthouse keeper, and Tomas Berg as her brother Ivo.

"It is a film about staying," Jane Doe said. "Mara never leaves the island, and the island never leaves her."

Mara keeps the light on a rock in the North Sea. When her brother returns after twenty years, she must
decide whether to follow him to the mainland or to keep the promise she made to their father.

Press contact: Lea Martin, lea.martin@example.com, +33 1 23 45 67 89
"""


# --- DOCUMENTS: a careful attacker's .presskit files ------------------------------------------------


def _doc_ref(
    case_id: str,
    build_kit: Callable[[Ctx, Path], dict[str, Any]],
    warn: str,
    secrets: Callable[[], tuple[bytes, ...]] = tuple,
    forbid: tuple[str, ...] = (),
) -> Callable[[Ctx], dict[str, Any]]:
    def make(ctx: Ctx) -> dict[str, Any]:
        folder = ctx.folder("docs", case_id)
        path = write_doc(folder / f"{case_id}.presskit", build_kit(ctx, folder))
        return {
            "path": path,
            "warn_names": (warn,),
            "secrets": secrets(),
            "forbidden_files": tuple(Path(f) for f in forbid if Path(f).is_file()),
        }

    return make


def _ref_case(
    case_id: str,
    holds: str,
    build_kit: Callable[[Ctx, Path], dict[str, Any]],
    warn: str,
    secrets: Callable[[], tuple[bytes, ...]] = tuple,
    forbid: tuple[str, ...] = (),
    cost: str = "",
    group: str = "documents",
) -> None:
    _case(case_id, group, DOCUMENT_ENTRIES, WARN, holds, cost)(_doc_ref(case_id, build_kit, warn, secrets, forbid))


_ref_case(
    "doc-logo-home-ssh",
    "a logo naming ~/.ssh/id_rsa is never read into an export",
    lambda c, f: kit(style={"logo": "~/.ssh/id_rsa"}),
    "id_rsa",
)
_ref_case(
    "doc-logo-abs-canary",
    "a logo naming an absolute path outside the document is never read into an export",
    lambda c, f: kit(style={"logo": str(c.canary)}),
    "secret.txt",
)
_ref_case(
    "doc-still-etc-passwd",
    "a still naming /etc/passwd is left out of every export",
    lambda c, f: still("/etc/passwd"),
    "passwd",
    lambda: first_line("/etc/passwd"),
    ("/etc/passwd",),
)
_ref_case(
    "doc-still-dotdot-hostname",
    "a still climbing out with ../ to /etc/hostname is left out",
    lambda c, f: still(UP + "etc/hostname"),
    "hostname",
    forbid=("/etc/hostname",),
)
_ref_case(
    "doc-still-dotdot-canary",
    "a still climbing out of the document's folder with ../ is left out",
    lambda c, f: still("../../outside/secret.txt"),
    "secret.txt",
)
_ref_case(
    "doc-still-proc-environ",
    "a still naming /proc/self/environ never copies the environment into an export",
    lambda c, f: still("/proc/self/environ"),
    "environ",
)
_ref_case(
    "doc-still-dev-ptmx",
    "a still naming /dev/ptmx neither hangs nor is read",
    lambda c, f: still("/dev/ptmx"),
    "ptmx",
    cost=BLOCKS,
)
_ref_case(
    "doc-still-dev-stdin",
    "a still naming /dev/stdin never waits for the terminal",
    lambda c, f: still("/dev/stdin"),
    "stdin",
    cost=BLOCKS,
)
_ref_case(
    "doc-still-dev-zero",
    "a still naming /dev/zero is not read forever",
    lambda c, f: still("/dev/zero"),
    "zero",
    cost=HEAVY,
)


def _fifo_abs(ctx: Ctx, folder: Path) -> dict[str, Any]:
    fifo = ctx.root / "fifos" / "still-abs.jpg"
    fifo.parent.mkdir(exist_ok=True)
    os.mkfifo(fifo)
    return still(str(fifo))


def _fifo_rel(ctx: Ctx, folder: Path) -> dict[str, Any]:
    os.mkfifo(folder / "still.jpg")
    return still("still.jpg")


def _symlink(ctx: Ctx, folder: Path) -> dict[str, Any]:
    (folder / "still.jpg").symlink_to(ctx.canary)
    return still("still.jpg")


_ref_case(
    "doc-still-fifo-abs",
    "a still naming a FIFO by absolute path neither hangs nor is read",
    _fifo_abs,
    "still-abs.jpg",
    cost=BLOCKS,
)
_ref_case(
    "doc-still-fifo-rel",
    "a still naming a FIFO next to the document neither hangs nor is read",
    _fifo_rel,
    "still.jpg",
    cost=BLOCKS,
)
_ref_case(
    "doc-still-symlink",
    "a still that is a symlink next to the document, to a secret, is left out",
    _symlink,
    "still.jpg",
)
_ref_case(
    "doc-laurel-canary",
    "a festival laurel naming a secret file is never read into an export",
    lambda c, f: kit(festivals=[{"name": "Cannes", "year": 2026, "laurel": str(c.canary)}]),
    "secret.txt",
)
_ref_case(
    "doc-font-canary-ttf",
    "a body font naming a secret file (under a .ttf name) is never copied into an export",
    lambda c, f: kit(style={"body_font": str(c.canary_ttf)}),
    "canary.ttf",
)


def _language_case(case_id: str, language: Callable[[Ctx], str], holds: str) -> None:
    @_case(case_id, "documents", DOCUMENT_ENTRIES, CLEAN, holds)
    def make(ctx: Ctx) -> dict[str, Any]:
        folder = ctx.folder("docs", case_id)
        return {"path": write_doc(folder / f"{case_id}.presskit", kit(language=language(ctx)))}


def _evil_language(ctx: Ctx) -> str:
    """A JSON file outside Presskit's resources dressed as a language file, named by climbing out."""
    evil = ctx.root / "outside" / "evil.json"
    labels = {k: ctx.outside_token.decode() for k in ("press_kit", "synopsis", "facts", "contents", "cast")}
    evil.write_text(json.dumps({"name": "Evil", "labels": labels}), encoding="utf-8")
    return UP + str(evil.with_suffix(""))[1:]


_language_case(
    "doc-language-dotdot-tmp",
    lambda c: "../../../../tmp/x",
    "a kit language that is a path (../../../../tmp/x) reads nothing outside Presskit",
)
_language_case(
    "doc-language-evil-json",
    _evil_language,
    "a kit language climbing to a JSON file outside Presskit never puts its words in an export",
)
_language_case("doc-language-abs", lambda c: "/etc/passwd", "a kit language /etc/passwd reads nothing")
_language_case("doc-language-home", lambda c: "~/.ssh/id_rsa", "a kit language ~/.ssh/id_rsa reads nothing")
_language_case("doc-language-dots", lambda c: "..", "a kit language '..' reads nothing")


def _doc_case(
    case_id: str,
    expect: str,
    holds: str,
    cost: str = "",
    entries: tuple[str, ...] = DOCUMENT_ENTRIES,
    group: str = "documents",
) -> Callable[[Callable[[Ctx, Path], Any]], Any]:
    """A case whose maker gets (ctx, target path) and writes the document itself; may return extras."""

    def register(write: Callable[[Ctx, Path], Any]) -> Any:
        @_case(case_id, group, entries, expect, holds, cost)
        def make(ctx: Ctx) -> dict[str, Any]:
            path = ctx.folder(group if group != "documents" else "docs", case_id) / f"{case_id}.presskit"
            extra = write(ctx, path) or {}
            return {"path": path, **extra}

        return write

    return register


@_doc_case(
    "doc-bomb-150x10MB",
    CLEAN,
    "150 members of 10,000,000 zero bytes (1.5 GB in a ~1.5 MB file, each "
    "member just under the bomb limit) are refused or opened within 500 MB of memory",
    cost=HEAVY,
)
def _bomb(ctx: Ctx, path: Path) -> dict[str, Any]:
    body, size, crc = deflated(zeros(10_000_000))
    digest = hashlib.sha256(bytes(10_000_000)).hexdigest()
    names = [f"media/zeros-{i:03d}.bin" for i in range(150)]
    write_doc(
        path, kit(), extra=[Member(n, body=body, size=size, crc=crc) for n in names], sums=dict.fromkeys(names, digest)
    )
    return {"max_rss_mb": BOMB_BUDGET_MB}


@_doc_case("doc-3000-members", CLEAN, "3000 tiny members are handled in bounded time")
def _many(ctx: Ctx, path: Path) -> None:
    members = {f"media/m{i:04d}.txt": f"{i}".encode() for i in range(3000)}
    write_doc(
        path,
        kit(),
        extra=[Member(n, b) for n, b in members.items()],
        sums={n: hashlib.sha256(b).hexdigest() for n, b in members.items()},
    )


@_doc_case("doc-duplicate-kit-json", REFUSE, "two kit.json members (each tool may read a different one) are refused")
def _duplicate(ctx: Ctx, path: Path) -> None:
    first = json.dumps(kit(film={"title": "The Film Other Tools Show"})).encode()
    second = json.dumps(kit(film={"title": "The Film Presskit Shows"})).encode()
    manifest = {"format": "presskit", "schema_version": 4, "sha256": {"kit.json": hashlib.sha256(second).hexdigest()}}
    write_zip(
        path,
        [Member("kit.json", first), Member("kit.json", second), Member("manifest.json", json.dumps(manifest).encode())],
    )


@_doc_case("doc-deep-json", REFUSE, "kit.json nested 100,000 lists deep is refused with a sentence")
def _deep(ctx: Ctx, path: Path) -> None:
    write_doc(path, b"[" * DEEP + b"]" * DEEP)


@_doc_case("doc-deep-json-object", REFUSE, "kit.json nested 100,000 objects deep (under film) is refused")
def _deep_object(ctx: Ctx, path: Path) -> None:
    inner = b'{"a":' * DEEP + b"1" + b"}" * DEEP
    write_doc(path, b'{"schema_version": 4, "film": ' + inner + b"}")


@_doc_case("doc-huge-int", CLEAN, "a 5000-digit integer in kit.json gives a sentence, not a crash")
def _huge_int(ctx: Ctx, path: Path) -> None:
    write_doc(path, b'{"schema_version": 4, "film": {"title": "Big", "year": ' + b"9" * 5000 + b"}}")


@_doc_case("doc-huge-int-version", REFUSE, "a 5000-digit schema_version is refused with a sentence")
def _huge_version(ctx: Ctx, path: Path) -> None:
    write_doc(path, b'{"schema_version": ' + b"9" * 5000 + b', "film": {"title": "Big"}}')


_SHAPES: dict[str, Any] = {
    "quotes-list-of-lists": {"quotes": [[]]},
    "stills-list-of-lists": {"stills": [["a"]]},
    "style-list": {"style": []},
    "film-list": {"film": []},
    "translations-list": {"translations": [[]]},
    "festivals-string": {"festivals": "Cannes"},
}
for _name, _parts in _SHAPES.items():

    def _shape(ctx: Ctx, path: Path, parts: dict[str, Any] = _parts) -> None:
        write_doc(path, kit(**parts))

    _doc_case(
        f"doc-shape-{_name}", REFUSE, f"wrong shapes in kit.json ({json.dumps(_parts)}) are refused with a sentence"
    )(_shape)


@_doc_case("doc-shape-manifest-list", REFUSE, "a manifest whose sha256 is a list is refused with a sentence")
def _manifest_list(ctx: Ctx, path: Path) -> None:
    write_zip(
        path,
        [
            Member("kit.json", json.dumps(kit()).encode()),
            Member("manifest.json", b'{"format": "presskit", "schema_version": 4, "sha256": [[]]}'),
        ],
    )


@_doc_case("doc-shape-top-list", REFUSE, "kit.json that is a list is refused with a sentence")
def _top_list(ctx: Ctx, path: Path) -> None:
    write_doc(path, b"[[]]")


@_doc_case(
    "doc-nul-rlo-title-caption",
    CLEAN,
    "NUL and U+202E in the title and a still caption never reach the terminal raw, nor the names of exported files",
)
def _nul_rlo(ctx: Ctx, path: Path) -> None:
    data = kit(
        film={"title": "Evil\x00Film\u202egpj.exe"},
        stills=[{"file": "media/001_still.jpg", "caption": "photo\x00\u202egpj.exe", "credit": "x\u202e"}],
    )
    write_doc(path, data, media={"media/001_still.jpg": jpeg()})


@_doc_case("doc-ansi-title", CLEAN, "ANSI escapes in the title never reach the terminal raw")
def _ansi(ctx: Ctx, path: Path) -> None:
    title = "\x1b[2J\x1b[31mPWNED\x1b]0;owned\x07\x1b[0m"
    write_doc(path, kit(film={"title": title, "tagline": "\x1b[5mblink"}, credits={"directors": ["\x9b31mX"]}))


@_doc_case("doc-empty", REFUSE, "an empty .presskit is refused with a sentence")
def _empty(ctx: Ctx, path: Path) -> None:
    path.write_bytes(b"")


@_doc_case("doc-random-bytes", REFUSE, "random bytes are refused with a sentence")
def _random(ctx: Ctx, path: Path) -> None:
    path.write_bytes(random.Random(13).randbytes(65536))


@_doc_case("doc-truncated-zip", REFUSE, "a document cut in half is refused with a sentence")
def _truncated(ctx: Ctx, path: Path) -> None:
    write_doc(path, kit(), media={"media/001_still.jpg": jpeg((400, 300))})
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


@_doc_case(
    "doc-v1-json-passwd",
    WARN,
    "an old plain-JSON document (format 1) naming /etc/passwd as a still never copies it into an export",
)
def _v1(ctx: Ctx, path: Path) -> dict[str, Any]:
    data = {"film": {"title": "Old Format"}, "stills": [{"file": "/etc/passwd", "caption": "Still"}]}
    path.write_text(json.dumps(data), encoding="utf-8")
    return {"warn_names": ("passwd",), "secrets": first_line("/etc/passwd"), "forbidden_files": (Path("/etc/passwd"),)}


# --- IMAGES and FONTS inside documents --------------------------------------------------------------


@_doc_case(
    "img-png-bomb",
    WARN,
    "a 30000 × 30000 PNG (900 megapixels) as a still is refused or left out with a warning, within 500 MB of memory",
    group="images",
    cost=HEAVY,
)
def _png_bomb(ctx: Ctx, path: Path) -> dict[str, Any]:
    write_doc(path, still("media/001_bomb.png"), media={"media/001_bomb.png": png_bomb()})
    return {"warn_names": ("001_bomb.png",), "max_rss_mb": BOMB_BUDGET_MB}


@_doc_case("img-truncated-jpeg", WARN, "a truncated JPEG still is refused or left out with a warning", group="images")
def _trunc_jpeg(ctx: Ctx, path: Path) -> dict[str, Any]:
    blob = jpeg((1200, 800))
    write_doc(path, still("media/001_cut.jpg"), media={"media/001_cut.jpg": blob[: len(blob) // 3]})
    return {"warn_names": ("001_cut.jpg",)}


@_doc_case(
    "img-text-as-jpeg", WARN, "a text file named still.jpg is refused or left out with a warning", group="images"
)
def _text_jpeg(ctx: Ctx, path: Path) -> dict[str, Any]:
    write_doc(path, still("media/001_still.jpg"), media={"media/001_still.jpg": b"not a picture at all\n" * 40})
    return {"warn_names": ("001_still.jpg",)}


@_doc_case(
    "font-garbage-ttf", WARN, "a .ttf member that is garbage is refused or left out with a warning", group="fonts"
)
def _garbage_font(ctx: Ctx, path: Path) -> dict[str, Any]:
    blob = b"\x00\x01\x00\x00" + random.Random(7).randbytes(20000)
    write_doc(path, kit(style={"body_font": "media/001_garbage.ttf"}), media={"media/001_garbage.ttf": blob})
    return {"warn_names": ("001_garbage.ttf",)}


@_doc_case("font-zip-as-ttf", WARN, "a .ttf member that is a zip is refused or left out with a warning", group="fonts")
def _zip_font(ctx: Ctx, path: Path) -> dict[str, Any]:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("payload.txt", "not a font")
    write_doc(path, kit(style={"display_font": "media/001_font.ttf"}), media={"media/001_font.ttf": buf.getvalue()})
    return {"warn_names": ("001_font.ttf",)}


# --- TEMPLATES: .presskit-template zips, bare template.json files and shared folders ----------------


def template_json(name: str, **style: Any) -> bytes:
    return json.dumps({"schema_version": 2, "name": name, "style": style}, ensure_ascii=False).encode()


def _tpl_case(case_id: str, expect: str, holds: str, cost: str = "") -> Callable[[Callable[[Ctx, Path], Any]], Any]:
    def register(write: Callable[[Ctx, Path], Any]) -> Any:
        @_case(case_id, "templates", (TEMPLATES_IMPORT,), expect, holds, cost)
        def make(ctx: Ctx) -> dict[str, Any]:
            path = ctx.folder("templates", case_id) / f"{case_id}.presskit-template"
            extra = write(ctx, path) or {}
            return {"path": path, "inputs": (ctx.benign,), **extra}

        return write

    return register


def _zip_template(path: Path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, blob in members.items():
            zf.writestr(name, blob)


@_tpl_case(
    "tpl-logo-etc-shadow",
    CLEAN,
    "a template whose logo is /etc/shadow, with a decoy member named "
    "shadow, never puts /etc/shadow into an export made with it",
)
def _shadow(ctx: Ctx, path: Path) -> dict[str, Any]:
    _zip_template(path, {"template.json": template_json("Shadow Logo", logo="/etc/shadow"), "shadow": jpeg()})
    return {"secrets": first_line("/etc/shadow"), "forbidden_files": (Path("/etc/shadow"),)}


@_tpl_case(
    "tpl-logo-abs-canary",
    CLEAN,
    "a template whose logo is an absolute path to a secret, with a decoy "
    "member of the same name, never puts the secret into an export made with it",
)
def _abs_logo(ctx: Ctx, path: Path) -> None:
    _zip_template(path, {"template.json": template_json("Absolute Logo", logo=str(ctx.canary)), "secret.txt": jpeg()})


@_tpl_case(
    "tpl-logo-dotdot", CLEAN, "a template whose logo is ../../x (decoy member x) reads nothing outside its folder"
)
def _dotdot_logo(ctx: Ctx, path: Path) -> None:
    _zip_template(path, {"template.json": template_json("Dotdot Logo", logo="../../x"), "x": jpeg()})


@_tpl_case(
    "tpl-logo-dotdot-canary",
    CLEAN,
    "a template whose logo climbs with ../ to a secret (decoy member of "
    "the same name) never puts the secret into an export made with it",
)
def _dotdot_canary(ctx: Ctx, path: Path) -> None:
    logo = UP + str(ctx.canary)[1:]
    _zip_template(path, {"template.json": template_json("Climbing Logo", logo=logo), "secret.txt": jpeg()})


@_tpl_case(
    "tpl-font-abs-canary",
    CLEAN,
    "a template whose font is an absolute path to a secret .ttf, with a decoy "
    "member of the same name, never puts the secret into an export made with it",
)
def _abs_font(ctx: Ctx, path: Path) -> None:
    _zip_template(
        path, {"template.json": template_json("Absolute Font", body_font=str(ctx.canary_ttf)), "canary.ttf": b"decoy"}
    )


@_tpl_case(
    "tpl-zip-bomb-2GB",
    REFUSE,
    "a ~2 MB template whose members (each under the 20 MB cap) expand to ~2 GB is refused within 500 MB of memory",
    cost=HEAVY,
)
def _tpl_bomb(ctx: Ctx, path: Path) -> dict[str, Any]:
    body, size, crc = deflated(zeros(19 * 1024 * 1024))
    members = [Member("template.json", template_json("Bomb"))]
    members += [Member(f"pad{i:03d}.bin", body=body, size=size, crc=crc) for i in range(105)]
    write_zip(path, members)
    return {"max_rss_mb": BOMB_BUDGET_MB}


@_case(
    "tpl-fifo",
    "templates",
    (TEMPLATES_IMPORT,),
    REFUSE,
    "a FIFO given to templates import is refused, not waited on",
    cost=BLOCKS,
)
def _tpl_fifo(ctx: Ctx) -> dict[str, Any]:
    path = ctx.folder("templates", "tpl-fifo") / "fifo.presskit-template"
    os.mkfifo(path)
    return {"path": path}


@_tpl_case(
    "tpl-name-ansi-rlo",
    CLEAN,
    "ANSI escapes and U+202E in a template's name never reach the terminal raw (import, then templates list)",
)
def _ansi_name(ctx: Ctx, path: Path) -> None:
    _zip_template(path, {"template.json": template_json("\x1b[2J\x1b[31mRed\x1b[0m \u202eetalpmeT\x9b1m")})


@_tpl_case("tpl-deep-json", REFUSE, "a template.json nested 100,000 deep (zipped) is refused with a sentence")
def _tpl_deep(ctx: Ctx, path: Path) -> None:
    _zip_template(path, {"template.json": b"[" * DEEP + b"]" * DEEP})


@_case(
    "tpl-deep-json-bare",
    "templates",
    (TEMPLATES_IMPORT,),
    REFUSE,
    "a bare template.json nested 100,000 objects deep is refused with a sentence",
)
def _tpl_deep_bare(ctx: Ctx) -> dict[str, Any]:
    path = ctx.folder("templates", "tpl-deep-json-bare") / "template.json"
    path.write_bytes(b'{"name": "Deep", "style": ' + b'{"a":' * DEEP + b"1" + b"}" * DEEP + b"}")
    return {"path": path, "inputs": (ctx.benign,)}


@_tpl_case("tpl-non-utf8", REFUSE, "a template.json that is not UTF-8 is refused with a sentence")
def _tpl_latin1(ctx: Ctx, path: Path) -> None:
    _zip_template(path, {"template.json": '{"schema_version": 2, "name": "Caf\xe9 \xff"}'.encode("latin-1")})


def _shared_case(case_id: str, holds: str, role: str, file_name: str) -> None:
    @_case(case_id, "templates", EXPORTS, WARN, holds)
    def make(ctx: Ctx) -> dict[str, Any]:
        shared = ctx.root / "shared" / case_id
        folder = shared / "evil"
        folder.mkdir(parents=True)
        name = f"Evil Shared {role}"
        (folder / "template.json").write_bytes(template_json(name, **{role: file_name}))
        (folder / file_name).symlink_to(ctx.canary if role == "logo" else ctx.canary_ttf)
        return {
            "path": ctx.benign,
            "template": name,
            "env": {"PRESSKIT_SHARED_TEMPLATES": str(shared)},
            "warn_names": (file_name, name),
            "names": (ctx.benign.name, name, file_name),
            "inputs": (shared,),
        }


_shared_case(
    "tpl-shared-symlink-logo",
    "a shared template folder whose logo.png is a symlink to a secret never "
    "puts the secret into an export (presskit export --template, PRESSKIT_SHARED_TEMPLATES)",
    "logo",
    "logo.png",
)
_shared_case(
    "tpl-shared-symlink-font",
    "a shared template folder whose font is a symlink to a secret never puts the secret into an export",
    "body_font",
    "brand.ttf",
)


# --- ARTICLES -----------------------------------------------------------------------------------------


def _article_case(case_id: str, expect: str, holds: str, cost: str = "") -> Callable[[Callable[[Ctx, Path], Any]], Any]:
    """A case whose maker gets (ctx, folder) and returns the article's path (or a dict with "path")."""

    def register(write: Callable[[Ctx, Path], Any]) -> Any:
        @_case(case_id, "articles", ARTICLE_ENTRIES, expect, holds, cost)
        def make(ctx: Ctx) -> dict[str, Any]:
            made = write(ctx, ctx.folder("articles", case_id))
            return made if isinstance(made, dict) else {"path": made}

        return write

    return register


@_article_case(
    "art-unclosed-script",
    CLEAN,
    "an HTML page with an unclosed <script> and 156 kB after it is read within the time limit",
    cost=HEAVY,
)
def _script(ctx: Ctx, folder: Path) -> Path:
    path = folder / "page.html"
    head = "<html><body><h1>Hostile Test Film</h1><p>Directed by Jane Doe.</p><script>"
    path.write_text(head + "var a = 1;\n" * 14_200, encoding="utf-8")
    return path


@_article_case(
    "art-blank-lines", CLEAN, "an article with 20 kB of blank lines is read within the time limit", cost=HEAVY
)
def _blank(ctx: Ctx, folder: Path) -> Path:
    path = folder / "blank.txt"
    path.write_text("Hostile Test Film\n\nDirected by Jane Doe.\n" + "\n" * 20_000 + "The end.\n", encoding="utf-8")
    return path


@_article_case(
    "art-he-said-yes", CLEAN, 'an article of 176 kB of `He said "yes" and ` is read within the time limit', cost=HEAVY
)
def _said(ctx: Ctx, folder: Path) -> Path:
    path = folder / "said.txt"
    path.write_text('He said "yes" and ' * 9_800, encoding="utf-8")
    return path


def _docx(path: Path, document_xml: bytes) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        )
        zf.writestr("word/document.xml", document_xml)
    return path


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


@_article_case(
    "art-docx-billion-laughs",
    CLEAN,
    "a .docx with an XML entity bomb (billion laughs) is refused or read within the time and memory limits",
)
def _laughs(ctx: Ctx, folder: Path) -> Path:
    ents = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    )
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [{ents}]>'
        f"<w:document {W}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
    )
    return _docx(folder / "laughs.docx", xml.encode())


@_article_case(
    "art-docx-xxe", CLEAN, "a .docx with an external entity (file:///etc/passwd) never prints or stores /etc/passwd"
)
def _xxe(ctx: Ctx, folder: Path) -> dict[str, Any]:
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        f"<w:document {W}><w:body><w:p><w:r><w:t>Hostile Test Film, directed by Jane Doe.</w:t></w:r></w:p>"
        f"<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"
    )
    return {"path": _docx(folder / "xxe.docx", xml.encode()), "secrets": first_line("/etc/passwd")}


def _big_docx(path: Path, unit: bytes, total: int = 150_000_000) -> Path:
    """A .docx whose document.xml is about total bytes: unit repeated (streamed, never held whole)."""
    head = f'<?xml version="1.0"?><w:document {W}><w:body>'.encode()
    block = unit * max(1, 1_000_000 // len(unit))
    body, size, crc = deflated([head, *([block] * (total // len(block))), b"</w:body></w:document>"])
    write_zip(
        path,
        [
            Member("[Content_Types].xml", b'<?xml version="1.0"?><Types/>'),
            Member("word/document.xml", body=body, size=size, crc=crc),
        ],
    )
    return path


@_article_case(
    "art-docx-huge-text",
    CLEAN,
    "a ~150 kB .docx whose document.xml expands to ~150 MB of text (under "
    "the 160 MB cap) is refused or read within the time limit and 500 MB of memory",
    cost=HEAVY,
)
def _huge_text_docx(ctx: Ctx, folder: Path) -> dict[str, Any]:
    path = _big_docx(folder / "huge-text.docx", b"<w:p><w:r><w:t>" + b"a" * 100_000 + b" </w:t></w:r></w:p>")
    return {"path": path, "max_rss_mb": BOMB_BUDGET_MB}


@_article_case(
    "art-docx-many-paragraphs",
    CLEAN,
    "a .docx whose document.xml expands to ~150 MB of tiny paragraphs "
    "(millions of XML elements) is refused or read within the time limit and 500 MB of memory",
    cost=HEAVY,
)
def _many_paragraphs_docx(ctx: Ctx, folder: Path) -> dict[str, Any]:
    path = _big_docx(folder / "paragraphs.docx", b"<w:p><w:r><w:t>a</w:t></w:r></w:p>")
    return {"path": path, "max_rss_mb": BOMB_BUDGET_MB}


@_article_case("art-utf16le-no-bom", OK, "a real article saved as UTF-16 LE without a BOM imports (exit 0)")
def _utf16(ctx: Ctx, folder: Path) -> Path:
    path = folder / "article-utf16.txt"
    path.write_bytes(ARTICLE.encode("utf-16-le"))
    return path


@_article_case("art-fifo", REFUSE, "a FIFO given as the article is refused, not waited on", cost=BLOCKS)
def _art_fifo(ctx: Ctx, folder: Path) -> Path:
    path = folder / "article.txt"
    os.mkfifo(path)
    return path


@_article_case("art-dev-zero", REFUSE, "/dev/zero given as the article is refused, not read forever")
def _art_zero(ctx: Ctx, folder: Path) -> Path:
    return Path("/dev/zero")


@_article_case("art-21MB", REFUSE, "a 21 MB article is refused from its size")
def _art_big(ctx: Ctx, folder: Path) -> Path:
    path = folder / "big.txt"
    line = b"The film was shown again and again, and the critics wrote about it at length.\n"
    with path.open("wb") as fh:
        for _ in range(21 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    return path


@_article_case("art-empty", REFUSE, "an empty article is refused with a sentence")
def _art_empty(ctx: Ctx, folder: Path) -> Path:
    path = folder / "empty.txt"
    path.write_bytes(b"")
    return path


@_article_case("art-binary", REFUSE, "a binary file given as the article is refused with a sentence")
def _art_binary(ctx: Ctx, folder: Path) -> Path:
    path = folder / "binary.txt"
    path.write_bytes(random.Random(99).randbytes(50_000))
    return path


def copy_home(ctx_root: Path, target: Path) -> None:
    """A fresh copy of the fake home (with its canary) for one run."""
    shutil.copytree(ctx_root / "home", target, symlinks=True)
