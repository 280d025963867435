"""The ``socialcite`` command: files, folders or stdin in, citations out.

Output is streamed: each file's citations are written as soon as they are
found, so memory stays flat whatever the corpus size. An error in one file is
reported on stderr with the file's name and the others are still processed;
the exit status is 1 when any file failed, 2 for bad arguments.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from socialcite._dates import coerce_reference
from socialcite._extract import Extractor
from socialcite._model import Citation
from socialcite.exceptions import SocialciteError

__all__ = ["main"]

_SUFFIXES = (".txt", ".html", ".htm")
_CSV_FIELDS = (
    "file", "kind", "platform", "speaker", "handle", "cue", "date_text", "date",
    "url", "post_id", "text", "start", "end",
)  # fmt: skip


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="socialcite",
        description="Find where news articles cite social-media posts.",
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
        "--format", choices=("jsonl", "json", "csv", "table"), default="jsonl",
        help="output format (default: jsonl, one citation a line with its file name)",
    )  # fmt: skip
    parser.add_argument(
        "--input-format", choices=("auto", "text", "html"), default="auto",
        help="treat inputs as text or HTML (default: detect)",
    )  # fmt: skip
    return parser


def _iter_inputs(paths: Sequence[str]) -> Iterator[tuple[str, Path | None]]:
    """Yield ``(name, path)``: a file, each file of a folder, or ``("-", None)``."""
    for raw in paths:
        if raw == "-":
            yield ("-", None)
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in _SUFFIXES:
                    yield (str(child), child)
        else:
            yield (raw, path)


def _read(name: str, path: Path | None) -> str:
    if path is None:
        return sys.stdin.read()
    return path.read_text(encoding="utf-8", errors="replace")


def _row(name: str, citation: Citation) -> dict[str, Any]:
    return {"file": name, **citation.to_dict()}


def _flat(name: str, c: Citation) -> dict[str, Any]:
    posted = c.posted
    return {
        "file": name,
        "kind": c.kind.value,
        "platform": c.platform.value if c.platform else "",
        "speaker": c.speaker or "",
        "handle": c.author.handle if c.author else "",
        "cue": c.cue or "",
        "date_text": posted.text if posted and posted.text else "",
        "date": (posted.iso or "") if posted else "",
        "url": c.url or "",
        "post_id": c.post_id or "",
        "text": c.text or "",
        "start": c.span[0],
        "end": c.span[1],
    }


def _clip(value: str, width: int) -> str:
    value = " ".join(value.split())
    return value if len(value) <= width else value[: width - 1] + "…"


class _Writer:
    """Writes citations in one output format, streaming where the format allows."""

    def __init__(self, fmt: str, out: IO[str]) -> None:
        self.fmt = fmt
        self.out = out
        self.first = True
        self.csv: Any = None
        if fmt == "json":
            out.write("[")
        elif fmt == "csv":
            self.csv = csv.DictWriter(out, fieldnames=_CSV_FIELDS)
            self.csv.writeheader()
        elif fmt == "table":
            out.write(f"{'kind':9} {'platform':11} {'speaker':22} {'date':10} text / cue\n")

    def write(self, name: str, citations: Iterable[Citation]) -> None:
        for c in citations:
            if self.fmt == "jsonl":
                self.out.write(json.dumps(_row(name, c), ensure_ascii=False) + "\n")
            elif self.fmt == "json":
                sep = "\n " if self.first else ",\n "
                self.out.write(sep + json.dumps(_row(name, c), ensure_ascii=False))
            elif self.fmt == "csv":
                self.csv.writerow(_flat(name, c))
            else:
                flat = _flat(name, c)
                shown = flat["text"] or flat["cue"]
                self.out.write(
                    f"{flat['kind']:9} {flat['platform'] or '-':11} "
                    f"{_clip(flat['speaker'] or '-', 22):22} {flat['date'] or '-':10} "
                    f"{_clip(shown, 60)}\n"
                )
            self.first = False
        self.out.flush()

    def close(self) -> None:
        if self.fmt == "json":
            self.out.write("\n]\n" if not self.first else "]\n")
        self.out.flush()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _build_parser().parse_args(argv)
    try:
        coerce_reference(args.published, argument="--published")
    except SocialciteError as exc:
        print(f"socialcite: {exc}", file=sys.stderr)
        return 2
    extractor = Extractor()
    writer = _Writer(args.format, sys.stdout)
    failed = 0
    for name, path in _iter_inputs(args.paths):
        try:
            source = _read(name, path)
            citations = extractor.extract(
                source, published=args.published, format=args.input_format
            )
        except (SocialciteError, OSError, UnicodeError) as exc:
            print(f"socialcite: {name}: {exc}", file=sys.stderr)
            failed += 1
            continue
        writer.write(name, citations)
    writer.close()
    return 1 if failed else 0
