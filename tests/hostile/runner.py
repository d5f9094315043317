"""Run one hostile case through one entry point of the command line, in a subprocess with a time and
memory limit, a fake home and private XDG folders; then judge what the user meets."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import resource
import signal
import stat
import subprocess
import sys
import time
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hostile.corpus import (
    CHECK,
    CLEAN,
    EXPORTS,
    EXTRACT,
    HTML,
    IMPORT,
    OK,
    PDF,
    REFUSE,
    TEMPLATES_IMPORT,
    WARN,
    ZIP,
    Case,
    copy_home,
)

REPO = Path(__file__).resolve().parents[2]
LIMIT_S = float(os.environ.get("PRESSKIT_HOSTILE_TIMEOUT", "60"))
MEMORY_MB = int(os.environ.get("PRESSKIT_HOSTILE_MEMORY_MB", "1536"))
JOBS = int(os.environ.get("PRESSKIT_HOSTILE_JOBS", str(os.cpu_count() or 2)))  # more would only share the CPU
FILE_LIMIT = 1 << 30  # an output over 1 GB is a failure (SIGXFSZ), not a full disk

CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")  # \x7f is DEL; \n allowed
BIDI_OR_CONTROL_NAME = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f]")
EXCEPTION_NAME = re.compile(r"\b\w+(?:Error|Exception):")
SENTENCE_END = re.compile(r"[.!?…][\"”’)\]]*$")
TEMP = re.compile(r"\.tmp$")


def _limits() -> None:  # runs in the child between fork and exec: only setrlimit calls
    memory = MEMORY_MB * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_LIMIT, FILE_LIMIT))


@dataclass
class Step:
    """One command run: what it was, how it ended, what it printed and what it cost."""

    label: str
    argv: list[str]
    expect: str
    names: tuple[str, ...]
    rc: int | None = None  # exit code, or -signal; None when killed for the time limit
    timed_out: bool = False
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    rss_kb: int = 0
    stdout: bytes = b""
    stderr: bytes = b""

    @property
    def out(self) -> str:
        return self.stdout.decode("utf-8", "replace")

    @property
    def err(self) -> str:
        return self.stderr.decode("utf-8", "replace")


def spawn(step: Step, env: dict[str, str], cwd: Path) -> Step:
    """Run the step's command with the limits; its stdin is a pipe nobody writes to (a silent terminal)."""
    n = len(list(cwd.glob("stdout-*")))
    out_path, err_path = cwd / f"stdout-{n}", cwd / f"stderr-{n}"
    read_end, write_end = os.pipe()
    start = time.monotonic()
    with out_path.open("wb") as out, err_path.open("wb") as err:
        proc = subprocess.Popen(
            step.argv,
            stdin=read_end,
            stdout=out,
            stderr=err,
            cwd=cwd,
            env=env,
            preexec_fn=_limits,
            start_new_session=True,
        )
    os.close(read_end)
    try:
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - start > LIMIT_S:
                step.timed_out = True
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.02)
    finally:
        os.close(write_end)
    proc.returncode = os.waitstatus_to_exitcode(status)
    step.seconds = time.monotonic() - start
    step.rc = None if step.timed_out else proc.returncode
    step.cpu_seconds = usage.ru_utime + usage.ru_stime
    step.rss_kb = usage.ru_maxrss
    step.stdout, step.stderr = out_path.read_bytes(), err_path.read_bytes()
    return step


def fingerprint(path: Path) -> Any:
    """What a path is, without following links or opening FIFOs and devices."""
    try:
        st = os.lstat(path)
    except OSError as exc:
        return ("missing", exc.errno)
    if stat.S_ISLNK(st.st_mode):
        return ("link", os.readlink(path))
    if stat.S_ISREG(st.st_mode):
        return ("file", hashlib.sha256(path.read_bytes()).hexdigest())
    if stat.S_ISDIR(st.st_mode):
        return ("dir", tuple((p.name, fingerprint(p)) for p in sorted(path.iterdir())))
    return ("special", stat.S_IFMT(st.st_mode), st.st_rdev)


# --- reading every output ----------------------------------------------------------------------------


def _pdf_streams(data: bytes) -> Iterator[bytes]:
    """The decompressed content of every Flate stream of a PDF (fonts, images, pages)."""
    for m in re.finditer(rb"stream\r?\n", data):
        end = data.find(b"endstream", m.end())
        if end < 0:
            continue
        with contextlib.suppress(zlib.error):
            yield zlib.decompressobj().decompress(data[m.end() : end], 256 * 1024 * 1024)


def blobs(label: str, data: bytes, names: list[str], depth: int = 0) -> Iterator[tuple[str, bytes]]:
    """The bytes of an output and of everything inside it (zip members, PDF streams), with a label each;
    the names of zip members are collected in names."""
    yield label, data
    if data[:4] == b"PK\x03\x04" and depth < 3:
        with (
            contextlib.suppress(zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError),
            zipfile.ZipFile(io.BytesIO(data)) as zf,
        ):
            for info in zf.infolist():
                names.append(f"{label} › {info.filename}")
                if info.file_size <= 512 * 1024 * 1024:
                    yield from blobs(f"{label} › {info.filename}", zf.read(info), names, depth + 1)
    if data[:5] == b"%PDF-":
        for i, stream in enumerate(_pdf_streams(data)):
            yield f"{label} (stream {i})", stream


@dataclass
class Outputs:
    """Everything a run wrote where the user will look, read once."""

    items: list[tuple[str, bytes]] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    symlinks: list[str] = field(default_factory=list)


def read_outputs(folders: list[Path], run: Path) -> Outputs:
    found = Outputs()
    for folder in folders:
        if not folder.exists():
            continue
        for p in sorted(folder.rglob("*")):
            label = str(p.relative_to(run))
            found.names.append(label)
            if p.is_symlink():
                found.symlinks.append(label)
            elif p.is_file():
                found.items.extend(blobs(label, p.read_bytes(), found.names))
    return found


# --- running a case ------------------------------------------------------------------------------------


def _environment(run: Path, case: Case) -> dict[str, str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(REPO),
        "PYTHONDONTWRITEBYTECODE": "1",
        "HOME": str(run / "home"),
        "XDG_DATA_HOME": str(run / "xdg-data"),
        "XDG_CACHE_HOME": str(run / "xdg-cache"),
        "XDG_CONFIG_HOME": str(run / "xdg-config"),
        "XDG_STATE_HOME": str(run / "xdg-state"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "TMPDIR": str(run / "tmp"),
    }
    env.update(case.env)
    return env


def _command(case: Case, entry: str, out: Path) -> list[str]:
    src = str(case.path)
    template = ["--template", case.template] if case.template else []
    return {
        CHECK: ["check", src],
        PDF: ["export", src, "-o", str(out / "kit.pdf"), *template],
        HTML: ["export", src, "--format", "html", "-o", str(out / "site"), *template],
        ZIP: ["export", src, "-o", str(out / "bundle.zip"), *template],
        IMPORT: ["import", src, "-o", str(out / "film.presskit")],
        EXTRACT: ["extract", src, "--json"],
        TEMPLATES_IMPORT: ["templates", "import", src],
    }[entry]


def run_case(case: Case, entry: str, root: Path, benign: Path) -> dict[str, Any]:
    """Run the case through the entry point and return the record of what happened and what failed."""
    run = root / "runs" / case.id / entry
    for sub in ("xdg-data", "xdg-cache", "xdg-config", "xdg-state", "out", "tmp"):
        (run / sub).mkdir(parents=True, exist_ok=True)
    copy_home(root / "corpus", run / "home")
    env, out = _environment(run, case), run / "out"
    inputs = [case.path, *case.inputs]
    before = {p: fingerprint(p) for p in inputs}
    python = [sys.executable, "-m", "presskit"]
    steps = [spawn(Step(entry, python + _command(case, entry, out), case.expect, case.names), env, run)]
    templates = run / "xdg-data" / "Presskit" / "templates"
    if entry == TEMPLATES_IMPORT and steps[0].rc == 0:
        steps.append(spawn(Step("then templates list", [*python, "templates", "list"], OK, ()), env, run))
        for i, folder in enumerate(sorted(p for p in templates.iterdir() if p.is_dir())):
            argv = [*python, "export", str(benign), "--template", folder.name, "-o", str(out / f"bundle-{i}.zip")]
            steps.append(spawn(Step("then export --template (zip)", argv, CLEAN, (benign.name, folder.name)), env, run))
    after = {p: fingerprint(p) for p in inputs}
    outputs = read_outputs([out, templates], run)
    failures = judge(case, entry, steps, outputs, before, after, run)
    return record(case, entry, steps, failures)


# --- judging -------------------------------------------------------------------------------------------

HANG, MEMORY, LEAK, EXIT, MESSAGE, DISPLAY, WARNING, TIDY = range(8)  # severity, most severe first


def _secret_label(case: Case, secret: bytes) -> str:
    if b"-home-" in secret:
        return "the ~/.ssh/id_rsa canary"
    if b"-outside-" in secret:
        return "the outside canary"
    if b"-environ-" in secret:
        return "the secret environment variable"
    return f"a line of a system file ({secret[:12].decode('utf-8', 'replace')}…)"


def _first_control(text: str) -> str | None:
    m = CONTROL.search(text)
    if not m:
        return None
    ch = m.group(0)
    return f"U+{ord(ch):04X} {unicodedata.name(ch, 'control')}"


def judge_step(step: Step, case: Case, entry: str) -> list[tuple[int, str]]:
    """The failures of one command: time, memory, exit status, message, display, warnings."""
    f: list[tuple[int, str]] = []
    where = "" if step.label == entry else f"{step.label}: "
    err, out = step.err, step.out
    if step.timed_out:
        f.append((HANG, f"{where}hung: still running after {LIMIT_S:.0f} s, killed"))
    elif step.rc is not None and step.rc < 0:
        name = signal.Signals(-step.rc).name if -step.rc in signal.valid_signals() else str(-step.rc)
        f.append((HANG, f"{where}killed by {name}"))
    if "MemoryError" in err or "Cannot allocate memory" in err or "bad_alloc" in err:
        f.append((MEMORY, f"{where}ran out of memory under the {MEMORY_MB} MB limit"))
    elif case.max_rss_mb and step.rss_kb > case.max_rss_mb * 1024:
        f.append((MEMORY, f"{where}peak RSS {step.rss_kb // 1024} MB, over this bomb's budget of {case.max_rss_mb} MB"))
    for secret in case.secrets:
        for stream, data in (("stdout", step.stdout), ("stderr", step.stderr)):
            if secret in data:
                f.append((LEAK, f"{where}LEAK: {_secret_label(case, secret)} printed on {stream}"))
    for stream, text in (("stdout", out), ("stderr", err)):
        bad = _first_control(text)
        if bad:
            f.append((DISPLAY, f"{where}raw {bad} on {stream}"))
    if step.timed_out or step.rc is None or step.rc < 0:
        return f
    if step.rc not in (0, 1):
        f.append((EXIT, f"{where}exit code {step.rc}"))
        return f
    lines = err.splitlines()
    others = [ln for ln in lines if not ln.startswith("warning: ")]
    first_other = others[0][:140] if others else ""
    if "Traceback" in err:
        f.append((MESSAGE, f"{where}a traceback on stderr"))
    if "unexpected error" in err:
        f.append((MESSAGE, f"{where}{first_other or 'unexpected error'}"))
    elif EXCEPTION_NAME.search(err):
        f.append((MESSAGE, f"{where}an exception name on stderr: {EXCEPTION_NAME.search(err).group(0)}"))  # type: ignore[union-attr]
    outcome = "ok"
    if step.rc == 1:
        if step.label == CHECK and not others and out.strip():
            outcome = "problems"  # check lists the kit's problems on stdout and exits 1: not a refusal
        else:
            outcome = "refused"
            if len(others) != 1 or not others[0].startswith("presskit: ") or lines[-1] != others[0]:
                f.append(
                    (
                        MESSAGE,
                        f"{where}exit 1 but stderr is not one `presskit: <sentence>` line "
                        f"({len(lines)} lines): {first_other!r}",
                    )
                )
            else:
                sentence = others[0].removeprefix("presskit: ").strip()
                if not any(name and name in sentence for name in step.names):
                    f.append((MESSAGE, f"{where}the message does not name the file: {others[0][:140]!r}"))
                if len(sentence.split()) < 3 or not SENTENCE_END.search(sentence):
                    f.append((MESSAGE, f"{where}the message is not a sentence: {others[0][:140]!r}"))
    elif others:
        f.append((MESSAGE, f"{where}exit 0 but stderr holds more than warnings: {first_other!r}"))
    expect = CLEAN if step.expect == WARN and entry not in EXPORTS else step.expect
    if expect == REFUSE and outcome != "refused":
        f.append(
            (
                EXIT,
                f"{where}expected a refusal (exit 1 and a sentence), got "
                + ("exit 1 listing problems" if outcome == "problems" else "exit 0"),
            )
        )
    elif expect == OK and outcome == "refused":
        f.append((EXIT, f"{where}expected success, got: {first_other!r}"))
    elif expect == WARN and outcome == "ok":
        warnings = [ln for ln in lines if ln.startswith("warning: ")]
        if not any(name in ln for ln in warnings for name in case.warn_names):
            f.append((WARNING, f"{where}exit 0 without a warning naming {' or '.join(case.warn_names)}"))
    return f


def judge(
    case: Case,
    entry: str,
    steps: list[Step],
    outputs: Outputs,
    before: dict[Path, Any],
    after: dict[Path, Any],
    run: Path,
) -> list[str]:
    f: list[tuple[int, str]] = []
    for step in steps:
        f += judge_step(step, case, entry)
    forbidden = {}
    for path in case.forbidden_files:
        with contextlib.suppress(OSError):
            data = path.read_bytes()
            if data:
                forbidden[hashlib.sha256(data).hexdigest()] = str(path)
    leaks: dict[str, str] = {}  # what leaked -> the most precise place it was found (the member, not the zip)

    def found(what: str, label: str) -> None:
        if what not in leaks or label.startswith(leaks[what]):
            leaks[what] = label

    for label, data in outputs.items:
        for secret in case.secrets:
            if secret in data:
                found(_secret_label(case, secret), label)
        digest = hashlib.sha256(data).hexdigest()
        if digest in forbidden:
            found(f"a copy of {forbidden[digest]}", label)
    f += [(LEAK, f"LEAK: {what} in {label}") for what, label in leaks.items()]
    f += [(LEAK, f"an output is a symlink: {label}") for label in outputs.symlinks]
    for name in outputs.names:
        m = BIDI_OR_CONTROL_NAME.search(name)
        if m:
            f.append((DISPLAY, f"an output file name holds U+{ord(m.group(0)):04X}: {name!r}"))
            break
    folders = [run / "out", run / "xdg-data"]
    if case.path.parent.is_relative_to(run.parents[2]):
        folders.append(case.path.parent)
    for folder in folders:
        for p in folder.rglob("*") if folder.is_dir() else []:
            if TEMP.search(p.name) and not p.name.startswith(("stdout-", "stderr-")):
                f.append((TIDY, f"temp file left: {p}"))
    for path, was in before.items():
        if after[path] != was:
            f.append((TIDY, f"input changed: {path}"))
    f.sort(key=lambda item: item[0])
    return list(dict.fromkeys(text for _, text in f))


def record(case: Case, entry: str, steps: list[Step], failures: list[str]) -> dict[str, Any]:
    main = steps[0]
    status = (
        "hung" if main.timed_out else f"signal {-main.rc}" if main.rc is not None and main.rc < 0 else f"exit {main.rc}"
    )
    last = main.err.strip().splitlines()[-1] if main.err.strip() else ""
    seconds = sum(s.seconds for s in steps)
    rss = max(s.rss_kb for s in steps) / 1024
    cpu = sum(s.cpu_seconds for s in steps)
    message = (
        f"{case.id} via {entry}: "
        + "; ".join(failures)
        + f" [{status}, {seconds:.1f} s, {cpu:.1f} s of CPU, peak RSS {rss:.0f} MB]"
    )
    return {
        "case": case.id,
        "group": case.group,
        "entry": entry,
        "expect": case.expect,
        "holds": case.holds,
        "outcome": "fail" if failures else "pass",
        "reason": failures[0] if failures else "",
        "failures": failures,
        "status": status,
        "stderr_last_line": last[:300],
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "peak_rss_mb": round(rss, 1),
        "message": message,
        "steps": [
            {
                "label": s.label,
                "argv": s.argv[3:],
                "rc": s.rc,
                "timed_out": s.timed_out,
                "seconds": round(s.seconds, 2),
                "peak_rss_mb": round(s.rss_kb / 1024, 1),
            }
            for s in steps
        ],
    }
