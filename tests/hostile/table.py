"""Print the JSON report of tests/test_hostile.py (PRESSKIT_HOSTILE_REPORT) as Markdown tables.

PYTHONPATH=tests python -m hostile.table /tmp/hostile.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(path: str) -> None:
    report = json.loads(Path(path).read_text(encoding="utf-8"))
    runs = sorted(report["runs"], key=lambda r: (r["group"], r["case"], r["entry"]))
    limits = report["limits"]
    failed = sum(r["outcome"] == "fail" for r in runs)
    print(
        f"{len(runs)} runs, {failed} failed (limits: {limits['time_limit_s']:.0f} s, "
        f"{limits['memory_limit_mb']} MB address space, {limits['jobs']} at once)\n"
    )
    print("| case | entry point | outcome | exit | time (s) | peak RSS (MB) |")
    print("|---|---|---|---|---:|---:|")
    for r in runs:
        outcome = "pass" if r["outcome"] == "pass" else f"FAIL: {r['reason']}".replace("|", "\\|")
        print(
            f"| {r['case']} | {r['entry']} | {outcome} | {r['status']} | {r['seconds']:.1f} | {r['peak_rss_mb']:.0f} |"
        )
    print("\n| group | runs | failed | worst time (s) | worst peak RSS (MB) |")
    print("|---|---:|---:|---:|---:|")
    for group in sorted({r["group"] for r in runs}):
        mine = [r for r in runs if r["group"] == group]
        slow = max(mine, key=lambda r: r["seconds"])
        big = max(mine, key=lambda r: r["peak_rss_mb"])
        print(
            f"| {group} | {len(mine)} | {sum(r['outcome'] == 'fail' for r in mine)} | "
            f"{slow['seconds']:.1f} ({slow['case']} {slow['entry']}) | "
            f"{big['peak_rss_mb']:.0f} ({big['case']} {big['entry']}) |"
        )


if __name__ == "__main__":
    main(sys.argv[1])
