"""Dates: socialcite's resolver against dateparser, and import times.

Run from the repository root::

    /work/venv/bin/python benchmarks/bench_dates.py
    /work/venv/bin/python benchmarks/bench_dates.py --repeats 20 --imports 9

On the expression table (``tests/data/dates/expressions.tsv``: real news and
footer date expressions, each with the article date and the expected value)
it times, in one run:

- ``resolve_date`` cold (its result cache cleared before every pass) and
  cached (the same expressions again, as in an article that repeats them);
- ``dateparser.parse`` with ``RELATIVE_BASE`` set to the article date and
  ``PREFER_DATES_FROM="past"`` (its best settings for this task);

and scores each against the expected values. dateparser returns a bare
``datetime``, so it is scored at the expected granularity (generous to it):
``2017-11`` counts as right if it returns any day of November 2017.

Then ``import socialcite`` and ``import dateparser``, each in fresh
interpreters (median of several runs), and, when the corpus is beside the
repository, ``find_published_date`` over its HTML pages.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._corpus import DEFAULT_CORPUS
from socialcite import _dates, find_published_date, resolve_date
from socialcite._model import PostDate

TABLE = Path(__file__).resolve().parent.parent / "tests" / "data" / "dates" / "expressions.tsv"

Row = tuple[str, datetime, str, str]  # text, reference, expected, granularity


def load_table(path: Path) -> list[Row]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            (r["text"], datetime.fromisoformat(r["reference"]), r["expected"], r["granularity"])
            for r in csv.DictReader(handle, delimiter="\t")
        ]


def ours_right(posted: PostDate, expected: str, granularity: str) -> bool:
    iso = (posted.iso or "").replace("+00:00", "Z")
    got = "unresolved" if posted.granularity is None else posted.granularity.value
    return (iso, got) == (expected, granularity)


def dateparser_right(value: datetime | None, expected: str, granularity: str) -> bool:
    """dateparser's datetime, cut to the expected granularity."""
    if not expected:
        return value is None
    if value is None:
        return False
    if granularity == "year":
        return f"{value.year:04d}" == expected
    if granularity == "month":
        return value.strftime("%Y-%m") == expected
    if granularity == "minute":
        if value.tzinfo is not None:
            value = value.astimezone(timezone.utc)
            return value.strftime("%Y-%m-%dT%H:%MZ") == expected
        return value.strftime("%Y-%m-%dT%H:%M") == expected
    return value.date().isoformat() == expected


def calls_per_second(fn: Callable[[], int], repeats: int) -> float:
    """Best of *repeats* passes, in calls per second (*fn* returns its call count)."""
    best = float("inf")
    calls = 0
    for _ in range(repeats):
        start = time.perf_counter()
        calls = fn()
        best = min(best, time.perf_counter() - start)
    return calls / best


def import_seconds(module: str, runs: int) -> float:
    """Median wall time of ``import module`` in fresh interpreters."""
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    times = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(runs)
    ]
    return statistics.median(times)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=10, help="timed passes (best kept)")
    parser.add_argument("--imports", type=int, default=7, help="fresh interpreters per import")
    args = parser.parse_args(argv)

    import dateparser

    rows = load_table(TABLE)
    settings = {"PREFER_DATES_FROM": "past"}

    def ours_cold() -> int:
        for text, reference, _, _ in rows:
            _dates._resolve_cached.cache_clear()
            resolve_date(text, reference)
        return len(rows)

    def ours_cached() -> int:
        for text, reference, _, _ in rows:
            resolve_date(text, reference)
        return len(rows)

    def theirs() -> int:
        for text, reference, _, _ in rows:
            dateparser.parse(text, settings={**settings, "RELATIVE_BASE": reference})
        return len(rows)

    from dateparser.date import DateDataParser

    # dateparser at its fastest: one parser per article date, reused.
    parsers = {
        reference: DateDataParser(settings={**settings, "RELATIVE_BASE": reference})
        for _, reference, _, _ in rows
    }

    def theirs_reused() -> int:
        for text, reference, _, _ in rows:
            parsers[reference].get_date_data(text)
        return len(rows)

    theirs_reused()
    theirs()  # warm dateparser's language data, as any long-running caller would
    ours_cold()  # and our own fallback, for the same reason
    speed_cold = calls_per_second(ours_cold, args.repeats)
    ours_cached()
    speed_cached = calls_per_second(ours_cached, args.repeats)
    speed_theirs = calls_per_second(theirs, args.repeats)
    speed_reused = calls_per_second(theirs_reused, args.repeats)

    right_ours = sum(ours_right(resolve_date(t, r), e, g) for t, r, e, g in rows)
    right_theirs = sum(
        dateparser_right(
            dateparser.parse(t, settings={**settings, "RELATIVE_BASE": r}),
            e,
            g,
        )
        for t, r, e, g in rows
    )
    right_reused = sum(
        dateparser_right(parsers[r].get_date_data(t).date_obj, e, g) for t, r, e, g in rows
    )

    n = len(rows)
    print(f"date expressions: {n} rows of {TABLE.name}\n")
    print("| resolver | calls/s | right | accuracy | vs dateparser |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, speed, right in (
        ("socialcite.resolve_date (cold)", speed_cold, right_ours),
        ("socialcite.resolve_date (cached)", speed_cached, right_ours),
        ("dateparser.parse (RELATIVE_BASE)", speed_theirs, right_theirs),
        ("dateparser DateDataParser (reused per reference)", speed_reused, right_reused),
    ):
        print(
            f"| {name} | {speed:,.0f} | {right}/{n} | {right / n:.1%} "
            f"| {speed / speed_theirs:.1f}× |"
        )

    ours_import = import_seconds("socialcite", args.imports)
    theirs_import = import_seconds("dateparser", args.imports)
    print(f"\nimport time (median of {args.imports} fresh interpreters)\n")
    print("| import | ms |")
    print("| --- | ---: |")
    print(f"| import socialcite | {ours_import * 1000:.0f} |")
    print(f"| import dateparser | {theirs_import * 1000:.0f} |")

    pages = sorted((DEFAULT_CORPUS / "pages").glob("*.html"))
    if pages:
        texts = [p.read_text(encoding="utf-8", errors="replace") for p in pages]
        found = 0

        def scan() -> int:
            nonlocal found
            found = sum(find_published_date(t) is not None for t in texts)
            return len(texts)

        speed = calls_per_second(scan, max(1, args.repeats // 3))
        megabytes = sum(len(t.encode("utf-8", errors="replace")) for t in texts) / 1e6
        print(f"\nfind_published_date on {len(texts)} corpus pages ({megabytes:.0f} MB)\n")
        print("| pages/s | MB/s | pages with a date |")
        print("| ---: | ---: | ---: |")
        print(f"| {speed:,.0f} | {speed * megabytes / len(texts):,.0f} | {found}/{len(texts)} |")


if __name__ == "__main__":
    main()
