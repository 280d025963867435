"""The ``socialcite`` command: files, folders or stdin in, citations out.

Output is streamed: each document's citations are written as soon as they are
found (in input order, also with ``--jobs N``), folders are walked lazily and
JSON Lines input is read a line at a time, so memory stays flat whatever the
corpus size. An error in one document is reported on stderr with its name and
the others are still processed; the exit status is 1 when any document
failed, 2 for bad arguments.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from typing import IO, Any

from socialcite import __version__
from socialcite._dates import coerce_reference
from socialcite._extract import Format
from socialcite._parallel import (
    FLAT_FIELDS,
    Document,
    Outcome,
    chunked,
    flat_row,
    ordered_map,
    run_chunk,
)
from socialcite.exceptions import SocialciteError

__all__ = ["main"]

_SUFFIXES = (".txt", ".html", ".htm")
_RECORD_SUFFIXES = (".jsonl", ".ndjson")
_FORMATS = ("jsonl", "json", "csv", "table")
_TABLE_HEADER = f"{'file':20} {'kind':9} {'platform':10} {'speaker':20} {'date':10} text / cue\n"
_RECORDS_HELP = """\
read inputs as JSON Lines, one article a line: {"id": ..., "text": ... or
"html": ..., "published": ...}; folders are searched for .jsonl files"""


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = -1
    if jobs < 0:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a number of processes (0 = one per CPU)"
        )
    return jobs or os.cpu_count() or 1


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="socialcite",
        description="Find where news articles cite social-media posts.",
        epilog="Exit status: 0 all documents read, 1 some failed (named on stderr), 2 bad arguments.",
    )
    parser.add_argument(
        "paths", nargs="+", metavar="FILE",
        help="article files (.txt or .html), folders (searched recursively) or - for stdin",
    )  # fmt: skip
    parser.add_argument(
        "--published", metavar="DATE",
        help="publication date (ISO 8601) for every input; default: each HTML page's own",
    )  # fmt: skip
    parser.add_argument(
        "--format", choices=_FORMATS, default="jsonl",
        help="output format (default: jsonl, one citation a line with its file name)",
    )  # fmt: skip
    parser.add_argument(
        "--input-format", choices=("auto", "text", "html"), default="auto",
        help="treat inputs as text or HTML (default: detect)",
    )  # fmt: skip
    parser.add_argument("--records", action="store_true", help=_RECORDS_HELP)
    parser.add_argument(
        "-j", "--jobs", type=_jobs, default=1, metavar="N",
        help="worker processes (default: 1, in this process; 0: one per CPU)",
    )  # fmt: skip
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--progress", action=argparse.BooleanOptionalAction, default=None,
        help="progress bar on stderr (default: when stderr is a terminal and tqdm is installed)",
    )  # fmt: skip
    return parser


# --- inputs -------------------------------------------------------------------


def _walk(
    folder: str, suffixes: tuple[str, ...], seen: set[tuple[int, int]] | None = None
) -> Iterator[str]:
    """Files under *folder* with one of *suffixes*, sorted, one directory in memory at a time.

    Linked folders are followed once each (*seen* holds their device and inode),
    so a link back up the tree cannot loop.
    """
    seen = set() if seen is None else seen
    try:
        info = os.stat(folder)
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    if (info.st_dev, info.st_ino) in seen:
        return
    seen.add((info.st_dev, info.st_ino))
    for entry in entries:
        if entry.is_dir():
            yield from _walk(entry.path, suffixes, seen)
        elif entry.name.lower().endswith(suffixes) and (entry.is_file() or entry.is_symlink()):
            # A dangling link is yielded too: reading it fails, and the user hears of it.
            yield entry.path


def _decode(data: bytes | str) -> str:
    # Undecodable bytes become U+FFFD rather than failing the whole input.
    return data.decode("utf-8", errors="replace") if isinstance(data, bytes) else data


def _lines(stream: IO[bytes] | IO[str]) -> Iterator[str]:
    return map(_decode, stream)


def _record(name: str, line: str, published: str | None) -> Document:
    """One JSON Lines record as a :class:`Document` (with ``error`` set if it is malformed)."""
    try:
        data = json.loads(line)
    except ValueError as exc:
        return Document(name=name, error=f"not a JSON object: {exc}")
    if not isinstance(data, dict):
        return Document(name=name, error=f"not a JSON object: {type(data).__name__}")
    record_id = data.get("id")
    html, text = data.get("html"), data.get("text")
    fmt: Format = "html" if html is not None else "text"
    source = html if html is not None else text
    if not isinstance(source, str):
        return Document(name=name, id=record_id, error='needs a "text" or "html" string')
    own = data.get("published")
    if own is not None and not isinstance(own, str):
        return Document(name=name, id=record_id, error='"published" must be an ISO 8601 string')
    return Document(name=name, source=source, format=fmt, published=own or published, id=record_id)


def _records(name: str, stream: IO[bytes] | IO[str], published: str | None) -> Iterator[Document]:
    for number, line in enumerate(_lines(stream), start=1):
        if line.strip():
            yield _record(f"{name}:{number}", line, published)


def _stdin() -> IO[bytes] | IO[str]:
    return getattr(sys.stdin, "buffer", sys.stdin)


def _documents(args: argparse.Namespace) -> Iterator[Document]:
    """Every input document, lazily: files, folders' files, stdin, or their records."""
    published: str | None = args.published
    fmt = args.input_format
    suffixes = _RECORD_SUFFIXES if args.records else _SUFFIXES
    for raw in args.paths:
        if raw == "-":
            stream = _stdin()
            if args.records:
                yield from _records("-", stream, published)
            else:
                # One expression: the raw bytes are freed before the text is processed.
                text = _decode(stream.read())
                yield Document(name="-", source=text, published=published, format=fmt)
            continue
        files = _walk(raw, suffixes) if os.path.isdir(raw) else iter((raw,))
        for path in files:
            if not args.records:
                yield Document(name=path, path=path, published=published, format=fmt)
                continue
            try:
                with open(path, "rb") as stream:
                    yield from _records(path, stream, published)
            except OSError as exc:
                yield Document(name=path, error=str(exc))


def _count(args: argparse.Namespace) -> int | None:
    """How many documents there are, when cheap to know (files and folders, not stdin)."""
    if args.records or "-" in args.paths:
        return None
    return sum(
        sum(1 for _ in _walk(raw, _SUFFIXES)) if os.path.isdir(raw) else 1 for raw in args.paths
    )


# --- output -------------------------------------------------------------------


def _clip(value: str | None, width: int) -> str:
    value = " ".join((value or "-").split())
    return value if len(value) <= width else value[: width - 1] + "…"


class _Writer:
    """Writes citations in one output format, streaming where the format allows."""

    def __init__(self, fmt: str, out: IO[str], *, records: bool) -> None:
        self.fmt = fmt
        self.out = out
        self.records = records
        self.first = True
        self.csv: csv.DictWriter[str] | None = None
        self.interactive = out.isatty()
        if fmt == "json":
            out.write("[")
        elif fmt == "csv":
            ids = ("id",) if records else ()
            self.csv = csv.DictWriter(out, fieldnames=("file", *ids, *FLAT_FIELDS))
            self.csv.writeheader()
        elif fmt == "table":
            out.write(_TABLE_HEADER)

    def _name(self, outcome: Outcome) -> str:
        # A record's name is "file:line"; its file is the part before the line.
        return outcome.name.rpartition(":")[0] if self.records else outcome.name

    def _head(self, outcome: Outcome) -> dict[str, Any]:
        head: dict[str, Any] = {"file": self._name(outcome)}
        if self.records:
            head["id"] = outcome.id
        return head

    def write(self, outcome: Outcome) -> None:
        out = self.out
        for c in outcome.citations:
            if self.fmt in ("jsonl", "json"):
                row = json.dumps({**self._head(outcome), **c.to_dict()}, ensure_ascii=False)
                if self.fmt == "jsonl":
                    out.write(row + "\n")
                else:
                    out.write(("\n " if self.first else ",\n ") + row)
            elif self.csv is not None:
                self.csv.writerow({**self._head(outcome), **flat_row(c)})
            else:
                flat = flat_row(c)
                # A record's id says which article; without one, its file and line do.
                has_id = self.records and outcome.id is not None
                name = str(outcome.id) if has_id else os.path.basename(outcome.name)
                out.write(
                    f"{_clip(name, 20):20} {flat['kind']:9} {flat['platform'] or '-':10} "
                    f"{_clip(flat['speaker'], 20):20} {flat['date'] or '-':10} "
                    f"{_clip(flat['text'] or flat['cue'], 60)}\n"
                )
            self.first = False
        if self.interactive:
            out.flush()

    def close(self) -> None:
        if self.fmt == "json":
            self.out.write("\n]\n" if not self.first else "]\n")
        self.out.flush()


class _Progress:
    """A tqdm bar on stderr when wanted, and error lines that don't break it."""

    def __init__(self, bar: Any) -> None:
        self.bar = bar

    @classmethod
    def start(cls, args: argparse.Namespace) -> _Progress:
        wanted = args.progress if args.progress is not None else sys.stderr.isatty()
        if not wanted:
            return cls(None)
        try:
            from tqdm import tqdm
        except ImportError:
            if args.progress:  # asked for explicitly: say how to get it
                print(
                    "socialcite: --progress needs tqdm: pip install 'socialcite[progress]'",
                    file=sys.stderr,
                )
            return cls(None)
        return cls(tqdm(total=_count(args), unit="doc", file=sys.stderr, dynamic_ncols=True))

    def error(self, message: str) -> None:
        if self.bar is not None:
            self.bar.write(message, file=sys.stderr)
        else:
            print(message, file=sys.stderr)

    def update(self) -> None:
        if self.bar is not None:
            self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


# --- main ---------------------------------------------------------------------


def _outcomes(documents: Iterable[Document], jobs: int) -> Iterator[Outcome]:
    # Paths are cheap to send (workers read the files); in-memory texts are
    # chunked by size so a few chunks in flight bound the memory.
    chunks = chunked(documents, max_docs=1 if jobs == 1 else 8, max_chars=1_000_000)
    for outcomes in ordered_map(run_chunk, chunks, jobs=jobs):
        yield from outcomes


def _run(args: argparse.Namespace, out: IO[str]) -> int:
    writer = _Writer(args.format, out, records=args.records)
    progress = _Progress.start(args)
    failed = 0
    try:
        for outcome in _outcomes(_documents(args), args.jobs):
            if outcome.error is not None:
                failed += 1
                progress.error(f"socialcite: {outcome.name}: {outcome.error}")
            else:
                writer.write(outcome)
            progress.update()
        writer.close()
    finally:
        progress.close()
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    try:
        args = _build_parser().parse_args(argv)
    except SystemExit as exc:  # --help (0) or bad arguments (2), already printed
        return exc.code if isinstance(exc.code, int) else 2
    try:
        coerce_reference(args.published, argument="--published")
    except SocialciteError as exc:
        print(f"socialcite: {exc}", file=sys.stderr)
        return 2
    try:
        return _run(args, sys.stdout)
    except BrokenPipeError:
        # The reader went away (`socialcite ... | head`): stop quietly.
        _silence_stdout()
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenProcessPool as exc:  # a worker was killed (out of memory, a signal)
        print(f"socialcite: a worker process died, stopping: {exc}", file=sys.stderr)
        return 1


def _silence_stdout() -> None:
    # Python flushes stdout at exit; point it at devnull so that flush cannot fail again.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass
