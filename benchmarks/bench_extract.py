"""Extraction throughput and memory on a synthetic corpus (one core, one process).

    python benchmarks/bench_extract.py            # 1,000 / 10,000 / 20,000 reports
    python benchmarks/bench_extract.py --quick    # 1,000 reports only

Prints a table: reports per second and peak traced memory for ``extract_events`` over
a stream of reports, beside a baseline measured in the same run (one regex pass for
numbers plus a gazetteer lookup of capitalised words per report: the floor any
rule-based extractor pays). Memory must stay flat as the corpus grows: reports are
generated, extracted and dropped one at a time.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_reports import synthetic_reports  # noqa: E402

from geoevents.extract import extract_events  # noqa: E402
from geoevents.gazetteer import Gazetteer  # noqa: E402
from geoevents.lexicon import load_lexicon  # noqa: E402

_NUMBER = re.compile(r"\d+")
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")


def _baseline(report, gaz: Gazetteer) -> int:
    found = len(_NUMBER.findall(report.text))
    for word in _CAPITALISED.findall(report.text):
        found += len(gaz.standalone.get(word.lower(), ()))
    return found


def _run(count: int, work, *, trace: bool) -> tuple[float, float, int]:
    """(reports/s, peak MiB, events) over a stream of ``count`` reports.

    Speed is measured in CPU time of this process (``time.process_time``), so other
    processes on the machine do not count against it; generating the reports is included.
    """
    if trace:
        tracemalloc.start()
    produced = 0
    start = time.process_time()
    for report in synthetic_reports(count):
        produced += work(report)
    elapsed = time.process_time() - start
    peak = 0.0
    if trace:
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    return count / elapsed, peak, produced


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="1,000 reports only")
    args = parser.parse_args()
    sizes = [1_000] if args.quick else [1_000, 10_000, 20_000]
    gaz = Gazetteer.bundled()
    lex = load_lexicon()
    for report in synthetic_reports(50):  # warm caches (lexicon rules, name folding)
        extract_events(report, gazetteer=gaz, lexicon=lex)
    sample = list(synthetic_reports(200))
    avg_chars = sum(len(r.text) for r in sample) / len(sample)
    print(f"corpus: synthetic reports, {avg_chars:.0f} characters on average; one core, one process, CPU time")
    print()
    print("| reports | extract_events (reports/s) | events | peak traced memory (MiB) | baseline: numbers + name lookup (reports/s) |")
    print("|---:|---:|---:|---:|---:|")
    for size in sizes:
        def extract(report) -> int:
            return len(extract_events(report, gazetteer=gaz, lexicon=lex))

        speed, _, events = _run(size, extract, trace=False)
        _, peak, _ = _run(size, extract, trace=True)
        base, _, _ = _run(size, lambda r: _baseline(r, gaz), trace=False)
        print(f"| {size:,} | {speed:,.0f} | {events:,} | {peak:.1f} | {base:,.0f} |")


if __name__ == "__main__":
    main()
