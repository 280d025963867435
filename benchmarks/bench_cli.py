"""The ``socialcite`` command at scale: throughput with ``--jobs``, peak memory on a stream.

Run from the repository root::

    /work/venv/bin/python benchmarks/bench_cli.py              # corpus + 100 MB stream
    /work/venv/bin/python benchmarks/bench_cli.py --stream-mb 20 --single-mb 0
    /work/venv/bin/python benchmarks/bench_cli.py --single-mb 100   # minutes: one huge document

What is measured, each in a fresh child process (``python -m socialcite``,
output to ``/dev/null``):

- **throughput** over the corpus folder (``../shared/corpus/pages``: every
  ``.txt`` and ``.html``, as a user would run it) with ``--jobs 1`` and
  ``--jobs 2``: wall time, documents/s and MB/s (MB = 10**6 bytes on disk),
  start-up included. Skipped when the folder is absent.
- **peak memory on a stream**: ``--stream-mb`` MB of JSON Lines records
  (``--records -``; the corpus's texts over and over, or synthetic articles
  without the corpus) written to the child's stdin as it reads, at
  ``--jobs 1`` and ``--jobs 2``; and one ``--single-mb`` MB document on
  stdin (memory is then O(document)). Peak memory is the largest resident set
  size of the child or any of its worker processes (``os.wait4``'s
  ``ru_maxrss``), next to the same command on a 1-record stream: flat memory
  means the two are close.

Figures are printed as a table; nothing is asserted (timings vary by machine).
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import platform
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PAGES = REPO_ROOT.parent / "shared" / "corpus" / "pages"
MB = 10**6
SYNTHETIC = (
    'The senator answered within the hour. "We will not back down," Smith tweeted on Monday, '
    "and her office repeated the point in a statement. Critics said the bill went too far. "
)


class _TreePeak:
    """Peak resident memory of a process and all its descendants, sampled from /proc.

    Worker processes started by a forkserver are not the child's own children,
    so ``os.wait4`` alone would miss them; each process's ``VmHWM`` (its own
    high-water mark) is read while it runs, every *interval* seconds.
    """

    def __init__(self, root: int, interval: float = 0.05) -> None:
        self.root = root
        self.interval = interval
        self.peaks: dict[int, int] = {}  # pid -> VmHWM in KiB
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._sample, daemon=True)
        self.thread.start()

    def _tree(self) -> set[int]:
        parents: dict[int, int] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                with contextlib.suppress(OSError, IndexError, ValueError):
                    stat = Path(f"/proc/{entry}/stat").read_text()
                    parents[int(entry)] = int(stat.rpartition(")")[2].split()[1])
        tree = {self.root}
        grew = True
        while grew:
            grew = False
            for pid, parent in parents.items():
                if parent in tree and pid not in tree:
                    tree.add(pid)
                    grew = True
        return tree

    def _sample(self) -> None:
        while not self.done.is_set():
            for pid in self._tree():
                with contextlib.suppress(OSError, ValueError):
                    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                        if line.startswith("VmHWM:"):
                            kib = int(line.split()[1])
                            self.peaks[pid] = max(self.peaks.get(pid, 0), kib)
            self.done.wait(self.interval)

    def stop(self) -> tuple[int, int]:
        """(largest single process, sum over processes), in KiB."""
        self.done.set()
        self.thread.join()
        return max(self.peaks.values(), default=0), sum(self.peaks.values())


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "socialcite", *args]


def _run(command: Sequence[str], feed: Iterator[bytes] | None = None) -> tuple[float, int, int]:
    """Run *command* with stdout to /dev/null; (seconds, largest and total peak RSS in KiB).

    *feed* is written to its stdin from a thread while it runs, so neither
    side holds the whole stream.
    """
    start = time.perf_counter()
    with open(os.devnull, "wb") as devnull:
        proc = subprocess.Popen(
            command,
            stdin=subprocess.PIPE if feed is not None else subprocess.DEVNULL,
            stdout=devnull,
            stderr=subprocess.PIPE,
        )
        tree = _TreePeak(proc.pid) if Path("/proc/self/status").exists() else None
        writer = None
        if feed is not None:
            assert proc.stdin is not None
            writer = threading.Thread(target=_write, args=(proc.stdin, feed), daemon=True)
            writer.start()
        assert proc.stderr is not None
        errors = proc.stderr.read()
        # wait4: this child's own rusage (its maxrss covers its reaped workers too).
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if writer is not None:
            writer.join()
    seconds = time.perf_counter() - start
    largest, total = usage.ru_maxrss, usage.ru_maxrss
    if tree is not None:
        sampled_largest, total = tree.stop()
        largest = max(largest, sampled_largest)
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(command[:6])} ... failed ({proc.returncode}):\n{errors.decode()}")
    return seconds, largest, max(total, largest)


def _write(stream: IO[bytes], feed: Iterator[bytes]) -> None:
    with contextlib.suppress(BrokenPipeError):
        for block in feed:
            stream.write(block)
    with contextlib.suppress(BrokenPipeError):
        stream.close()


def _texts(pages: Path | None) -> list[str]:
    if pages is None or not pages.is_dir():
        return [SYNTHETIC * 20]
    return [p.read_text(encoding="utf-8", errors="replace") for p in sorted(pages.glob("*.txt"))]


def _records(texts: list[str], total_bytes: int) -> Iterator[bytes]:
    """JSON Lines records cycling through *texts* until *total_bytes* are written."""
    written = 0
    for number, text in enumerate(itertools.cycle(texts)):
        if written >= total_bytes:
            return
        line = json.dumps({"id": number, "text": text, "published": "2020-01-08"}) + "\n"
        block = line.encode("utf-8")
        written += len(block)
        yield block


def _document(texts: list[str], total_bytes: int) -> Iterator[bytes]:
    """One plain-text document of *total_bytes*, paragraphs cycling through *texts*."""
    written = 0
    for text in itertools.cycle(texts):
        if written >= total_bytes:
            return
        block = (text + "\n\n").encode("utf-8")
        written += len(block)
        yield block


def _folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.suffix in (".txt", ".html", ".htm")]
    return len(files), sum(p.stat().st_size for p in files)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES, help="corpus folder")
    parser.add_argument("--stream-mb", type=float, default=100, help="JSON Lines stream size")
    parser.add_argument("--single-mb", type=float, default=10, help="one document's size (0: skip)")
    parser.add_argument("--repeats", type=int, default=1, help="throughput runs (best is kept)")
    args = parser.parse_args()

    print(f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs")
    print(
        f"{'run':40} {'docs':>6} {'MB':>6} {'seconds':>7} {'docs/s':>7} {'MB/s':>5} "
        f"{'peak RSS MB: largest':>20} {'all processes':>13}"
    )

    def row(name: str, docs: int, size: float, run: tuple[float, int, int]) -> None:
        seconds, largest, total = run
        print(
            f"{name:40} {docs:6d} {size / MB:6.1f} {seconds:7.2f} {docs / seconds:7.0f} "
            f"{size / MB / seconds:5.2f} {largest / 1024:20.1f} {total / 1024:13.1f}"
        )

    pages: Path | None = args.pages if args.pages.is_dir() else None
    if pages is None:
        print(f"(no corpus at {args.pages}: throughput skipped, synthetic stream)")
    else:
        count, size = _folder_size(pages)
        for jobs in ("1", "2"):
            runs = [_run(_command(str(pages), "--jobs", jobs)) for _ in range(args.repeats)]
            row(f"corpus folder, --jobs {jobs}", count, size, min(runs))

    texts = _texts(pages)
    stream_bytes = int(args.stream_mb * MB)
    baseline = b"".join(_records(texts, 1))
    row(
        "stream: 1 record (baseline)",
        1,
        len(baseline),
        _run(_command("--records", "-"), iter([baseline])),
    )
    for jobs in ("1", "2"):
        records = sum(1 for _ in _records(texts, stream_bytes))
        run = _run(_command("--records", "-", "--jobs", jobs), _records(texts, stream_bytes))
        row(f"stream: {args.stream_mb:g} MB of records, --jobs {jobs}", records, stream_bytes, run)

    if args.single_mb > 0:
        single_bytes = int(args.single_mb * MB)
        run = _run(_command("-", "--published", "2020-01-08"), _document(texts, single_bytes))
        row(f"stream: one {args.single_mb:g} MB document", 1, single_bytes, run)


if __name__ == "__main__":
    main()
