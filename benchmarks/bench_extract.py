"""Extraction throughput and memory on a synthetic corpus (one core, one process).

    python benchmarks/bench_extract.py                 # 1,000 / 10,000 / 20,000 reports
    python benchmarks/bench_extract.py --quick         # 1,000 reports only
    python benchmarks/bench_extract.py --instructions  # CPU instructions per report (valgrind)

A second table checks that time is linear in report length: N synthetic reports joined
into one long report (a live blog, a digest) against the same N extracted one by one.

Prints a table: reports per second and peak traced memory for ``extract_events`` over
a stream of reports, beside a baseline measured in the same run (one regex pass for
numbers plus a gazetteer lookup of capitalised words per report: the floor any
rule-based extractor pays). Memory must stay flat as the corpus grows: reports are
generated, extracted and dropped one at a time.

Speed is CPU time of this process, so other processes do not count against it; on a
shared virtual machine the CPU itself still slows down and speeds up, so the table also
gives the best 1,000-report stretch of the run. ``--instructions`` counts the machine
instructions one report costs under valgrind's callgrind: slow (about half a minute),
but the same on every run, which is what comparing two versions of the rules needs.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_reports import synthetic_reports  # noqa: E402

from geoevents.extract import extract_events  # noqa: E402
from geoevents.gazetteer import Gazetteer  # noqa: E402
from geoevents.lexicon import load_lexicon  # noqa: E402
from geoevents.models import Report  # noqa: E402

_NUMBER = re.compile(r"\d+")
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")
_CHUNK = 1_000
_COUNTED_REPORTS = 80


def _baseline(report, gaz: Gazetteer) -> int:
    found = len(_NUMBER.findall(report.text))
    for word in _CAPITALISED.findall(report.text):
        found += len(gaz.standalone.get(word.lower(), ()))
    return found


def _run(count: int, work, *, trace: bool) -> tuple[float, float, float, int]:
    """(reports/s, best 1,000-report stretch in reports/s, peak MiB, events) over
    ``count`` generated reports; generating them is included in the time."""
    if trace:
        tracemalloc.start()
    produced = 0
    best = float("inf")
    start = chunk_start = time.process_time()
    for index, report in enumerate(synthetic_reports(count), 1):
        produced += work(report)
        if index % _CHUNK == 0:
            now = time.process_time()
            best = min(best, now - chunk_start)
            chunk_start = now
    elapsed = time.process_time() - start
    peak = 0.0
    if trace:
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    return count / elapsed, _CHUNK / best if best < float("inf") else count / elapsed, peak, produced


def _long_report_table(sizes: list[int], gaz: Gazetteer, lex) -> None:
    print()
    print("| reports joined into one | characters | one long report (s) | one by one (s) | ratio |")
    print("|---:|---:|---:|---:|---:|")
    for size in sizes:
        reports = list(synthetic_reports(size))
        joined = Report(source_id="joined", text="\n\n".join(r.text for r in reports), published=reports[0].published)
        start = time.process_time()
        extract_events(joined, gazetteer=gaz, lexicon=lex)
        long_time = time.process_time() - start
        start = time.process_time()
        for report in reports:
            extract_events(report, gazetteer=gaz, lexicon=lex)
        separate_time = time.process_time() - start
        print(f"| {size:,} | {len(joined.text):,} | {long_time:.2f} | {separate_time:.2f} | {long_time / separate_time:.2f} |")


def _count_instructions() -> None:
    """Re-run this script under callgrind; only the extraction loop is counted."""
    valgrind = shutil.which("valgrind")
    if valgrind is None or shutil.which("callgrind_control") is None:
        sys.exit("--instructions needs valgrind (Debian: apt-get install valgrind)")
    command = [
        valgrind, "--tool=callgrind", "--instr-atstart=no", "--callgrind-out-file=/dev/null",
        sys.executable, __file__, "--callgrind-child",
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    collected = re.search(r"Collected\s*:\s*(\d+)", result.stderr)
    if result.returncode != 0 or collected is None:
        sys.exit(f"callgrind run failed:\n{result.stderr[-2000:]}")
    per_report = int(collected.group(1)) / _COUNTED_REPORTS
    print(f"extract_events: {per_report / 1e6:.2f} million instructions per report "
          f"({_COUNTED_REPORTS} synthetic reports, callgrind)")


def _callgrind_child() -> None:
    gaz, lex = Gazetteer.bundled(), load_lexicon()
    reports = list(synthetic_reports(_COUNTED_REPORTS))
    for report in reports[:20]:  # warm caches outside the counted stretch
        extract_events(report, gazetteer=gaz, lexicon=lex)
    pid = str(os.getpid())
    subprocess.run(["callgrind_control", "-i", "on", pid], capture_output=True, check=False)
    for report in reports:
        extract_events(report, gazetteer=gaz, lexicon=lex)
    subprocess.run(["callgrind_control", "-i", "off", pid], capture_output=True, check=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="1,000 reports only")
    parser.add_argument("--instructions", action="store_true", help="count instructions per report (valgrind)")
    parser.add_argument("--callgrind-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.callgrind_child:
        _callgrind_child()
        return
    if args.instructions:
        _count_instructions()
        return
    sizes = [1_000] if args.quick else [1_000, 10_000, 20_000]
    gaz = Gazetteer.bundled()
    lex = load_lexicon()
    for report in synthetic_reports(50):  # warm caches (lexicon rules, name folding)
        extract_events(report, gazetteer=gaz, lexicon=lex)
    sample = list(synthetic_reports(200))
    avg_chars = sum(len(r.text) for r in sample) / len(sample)
    print(f"corpus: synthetic reports, {avg_chars:.0f} characters on average; one core, one process, CPU time")
    print()
    print(
        "| reports | extract_events (reports/s) | best 1,000-report stretch (reports/s) | events "
        "| peak traced memory (MiB) | baseline: numbers + name lookup (reports/s) |"
    )
    print("|---:|---:|---:|---:|---:|---:|")
    for size in sizes:
        def extract(report) -> int:
            return len(extract_events(report, gazetteer=gaz, lexicon=lex))

        speed, best, _, events = _run(size, extract, trace=False)
        _, _, peak, _ = _run(size, extract, trace=True)
        base, _, _, _ = _run(size, lambda r: _baseline(r, gaz), trace=False)
        print(f"| {size:,} | {speed:,.0f} | {best:,.0f} | {events:,} | {peak:.1f} | {base:,.0f} |")
    _long_report_table([100] if args.quick else [100, 400, 1_600], gaz, lex)


if __name__ == "__main__":
    main()
