"""Run every benchmark case in its own process; write bench/results.json and print a table."""

from __future__ import annotations

import json
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.cases import CASES

HERE = Path(__file__).resolve().parent
TARGETS = {  # seconds, from the issues; peak memory targets in MB
    "window_cold_start": 1.5,
    "seed_import": 0.3,
    "extract_process": 2.0,
    "extract_2mb": 2.0,
    "seed_extract_model": 0.3,
    "extract_process_model": 3.0,
    "export_normal": 0.1,
    "export_large": 2.0,
    "web_page_edited": 1.0,
    "save_large": 1.0,
    "open_large": 1.0,
    "preview_refresh": 0.3,
    "merge_ten_reviews": 2.0,
    "pdf_60_pages": 3.0,
}
REPEATS = {
    "window_cold_start": 5,
    "extract_process": 5,
    "seed_import": 20,
    "extract_2mb": 3,
    "seed_extract_model": 20,
    "extract_process_model": 5,
    "extract_2mb_model": 3,
    "export_normal": 7,
    "export_large": 3,
    "save_large": 5,
    "open_large": 5,
    "preview_refresh": 7,
    "merge_ten_reviews": 5,
    "pdf_60_pages": 5,
    "pdf_60_pages_import": 3,
}
MEMORY_TARGETS = {"export_large": 500}
for _name in CASES:
    if _name.startswith("linear_"):  # 200 kB of a pathological article: about a second per 100 kB
        TARGETS[_name], REPEATS[_name] = 2.0, 3


def run_case(name: str) -> dict:
    """Run one case in a fresh interpreter and summarise it."""
    out = subprocess.run(
        [sys.executable, "-m", "bench.cases", name, str(REPEATS.get(name, 5))],
        capture_output=True,
        text=True,
        check=True,
        cwd=HERE.parent,
    )
    data = json.loads(out.stdout.strip().splitlines()[-1])
    if "skipped" in data:
        return {"skipped": data["skipped"], "doc": (CASES[name].__doc__ or "").strip()}
    times = data["times"]
    return {
        "median_s": round(statistics.median(times), 4),
        "min_s": round(min(times), 4),
        "max_s": round(max(times), 4),
        "runs": len(times),
        "cpu_median_s": round(statistics.median(data["cpu"]), 4) if data.get("cpu") else None,
        "peak_mb": data["peak_mb"],
        "target_s": TARGETS.get(name),
        "target_peak_mb": MEMORY_TARGETS.get(name),
        "doc": (CASES[name].__doc__ or "").strip(),
    }


def main() -> None:
    """Run the cases named on the command line, or all of them."""
    names = sys.argv[1:] or list(CASES)
    previous = HERE / "results.json"
    results = json.loads(previous.read_text())["results"] if previous.exists() and sys.argv[1:] else {}
    for name in names:
        results[name] = run_case(name)
        r = results[name]
        if "skipped" in r:
            print(f"{name:20} skipped: {r['skipped']}", flush=True)
            continue
        ok = "" if r["target_s"] is None else ("ok" if r["median_s"] <= r["target_s"] else "MISSED")
        target = "none" if r["target_s"] is None else f"{r['target_s']}s"
        print(
            f"{name:20} median {r['median_s']:8.3f}s  min {r['min_s']:7.3f}  max {r['max_s']:7.3f}  "
            + (f"cpu {r['cpu_median_s']:7.3f}s  " if r.get("cpu_median_s") is not None else "")
            + f"peak {r['peak_mb']:7.1f} MB  target {target} {ok}",
            flush=True,
        )
    report = {
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": __import__("os").cpu_count(),
        },
        "when": time.strftime("%Y-%m-%d %H:%M:%S"),
        "results": results,
    }
    (HERE / "results.json").write_text(json.dumps(report, indent=1) + "\n")


if __name__ == "__main__":
    main()
