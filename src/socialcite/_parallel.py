"""Batch processing: documents in, citations or an error out, in parallel, in order.

Shared by the command line and :mod:`socialcite.dask`. A :class:`Document` is
a small picklable description of one article (a path the worker reads itself,
or text already in memory); :func:`process` turns it into an :class:`Outcome`
and never raises, so one bad file cannot stop a corpus. :func:`ordered_map`
runs chunks of documents in worker processes with a bounded number of chunks
in flight, yielding results in input order as they complete: memory stays
flat whatever the corpus size. :func:`flat_row` is the one flat (CSV,
dataframe) shape of a citation.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import attrs

from socialcite._extract import Extractor, Format
from socialcite._model import Citation

__all__ = [
    "FLAT_FIELDS",
    "Document",
    "Outcome",
    "chunked",
    "flat_row",
    "ordered_map",
    "process",
    "run_chunk",
]

T = TypeVar("T")
R = TypeVar("R")

# The flat shape of a citation: one scalar per column, for CSV and dataframes.
FLAT_FIELDS = (
    "kind", "platform", "speaker", "handle", "author_name", "cue", "date_text",
    "date", "granularity", "url", "post_id", "text", "start", "end",
)  # fmt: skip


@attrs.frozen(kw_only=True)
class Document:
    """One article to process: read from *path* in the worker, or given as *source*.

    Attributes:
        name: How errors and output name it: the file name, ``-``, or
            ``file:line`` for a record of a JSON Lines stream.
        path: The file to read (in the worker, so only the name crosses
            process boundaries), or ``None`` when *source* is given.
        source: The article text or HTML, when already in memory.
        published: The reference date for relative dates, or ``None``.
        format: ``"auto"``, ``"text"`` or ``"html"``.
        id: The record's own id (JSON Lines input), else ``None``.
        error: A problem found while reading the input (a bad record), reported
            instead of processing it.

    >>> Document(name="a.txt", source='"Hi," Ann tweeted.').size
    18
    """

    name: str
    path: str | None = None
    source: str | None = None
    published: str | None = None
    format: Format = "auto"
    id: Any = None
    error: str | None = None

    @property
    def size(self) -> int:
        """Characters held in memory (0 for a document still on disk)."""
        return 0 if self.source is None else len(self.source)


@attrs.frozen(kw_only=True)
class Outcome:
    """What came of one :class:`Document`: its citations, or the error that stopped it.

    Attributes:
        name: The document's name.
        id: The record's id, if any.
        citations: The citations found (empty on error).
        error: ``None``, or a one-line message saying what went wrong.
        chars: Characters read (for throughput figures).
    """

    name: str
    id: Any = None
    citations: list[Citation] = attrs.Factory(list)
    error: str | None = None
    chars: int = 0


# One extractor per process, built on first use (workers inherit nothing).
_EXTRACTOR: Extractor | None = None


def _extractor() -> Extractor:
    global _EXTRACTOR
    if _EXTRACTOR is None:
        _EXTRACTOR = Extractor()
    return _EXTRACTOR


def _read(path: str) -> str:
    # Undecodable bytes become U+FFFD: a page with one bad byte still has citations.
    return Path(path).read_text(encoding="utf-8", errors="replace")


def process(document: Document, extractor: Extractor | None = None) -> Outcome:
    """Extract one document's citations; any failure becomes ``Outcome.error``.

    >>> process(Document(name="gone.txt", path="/no/such/gone.txt")).error
    "[Errno 2] No such file or directory: '/no/such/gone.txt'"
    >>> "published" in process(Document(name="x", source="x", published="soon")).error
    True
    """
    if document.error is not None:
        return Outcome(name=document.name, id=document.id, error=document.error)
    ex = extractor if extractor is not None else _extractor()
    try:
        source = document.source if document.source is not None else _read(document.path or "")
        citations = ex.extract(source, published=document.published, format=document.format)
    except Exception as exc:  # report it with the file's name; the rest go on
        message = str(exc) or type(exc).__name__
        if not isinstance(exc, (OSError, ValueError, TypeError)):
            message = f"{type(exc).__name__}: {message}"
        return Outcome(name=document.name, id=document.id, error=message)
    return Outcome(name=document.name, id=document.id, citations=citations, chars=len(source))


def run_chunk(documents: list[Document]) -> list[Outcome]:
    """Process a chunk of documents (the unit of work sent to a worker process)."""
    return [process(d) for d in documents]


def chunked(
    documents: Iterable[Document], *, max_docs: int = 16, max_chars: int = 4_000_000
) -> Iterator[list[Document]]:
    """Group documents into chunks of at most *max_docs* documents or *max_chars* characters.

    A single document larger than *max_chars* makes a chunk of its own.

    >>> docs = [Document(name=str(i), source="x" * 10) for i in range(5)]
    >>> [len(c) for c in chunked(docs, max_docs=2)]
    [2, 2, 1]
    >>> [len(c) for c in chunked(docs, max_chars=25)]
    [2, 2, 1]
    """
    chunk: list[Document] = []
    chars = 0
    for document in documents:
        if chunk and (len(chunk) >= max_docs or chars + document.size > max_chars):
            yield chunk
            chunk, chars = [], 0
        chunk.append(document)
        chars += document.size
    if chunk:
        yield chunk


def _context() -> Any:
    # forkserver (POSIX) or spawn: safe when the parent runs threads (a progress
    # bar's monitor, a test runner), unlike a plain fork.
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    # Workers fork from a server that has imported the pipeline once.
    context.set_forkserver_preload(["socialcite._parallel"])
    return context


def ordered_map(
    func: Callable[[T], R], items: Iterable[T], *, jobs: int, max_pending: int | None = None
) -> Iterator[R]:
    """``map(func, items)`` over *jobs* worker processes, results in input order.

    At most *max_pending* items (default ``4 * jobs``) are in flight, so a
    long or endless *items* never piles up in memory. ``jobs == 1`` runs in
    this process. *func* must be picklable (a module-level function).

    >>> list(ordered_map(len, ["a", "bb", "ccc"], jobs=1))
    [1, 2, 3]
    """
    if jobs <= 1:
        yield from map(func, items)
        return
    # Several items per worker in flight: one slow item holds back the output,
    # not the other workers.
    limit = max_pending if max_pending is not None else 4 * jobs
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_context())
    pending: deque[Future[R]] = deque()
    try:
        for item in items:
            pending.append(pool.submit(func, item))
            if len(pending) >= limit:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        # Also on an error or Ctrl-C in the consumer: drop queued work, reap workers.
        pool.shutdown(wait=True, cancel_futures=True)


def flat_row(citation: Citation) -> dict[str, Any]:
    """The citation as one flat row of scalars (``FLAT_FIELDS``), for CSV and dataframes.

    >>> c = Citation(kind="quote", platform="twitter", speaker="Ann", text="Hi",
    ...              cue="tweeted", span=(0, 18))
    >>> row = flat_row(c)
    >>> row["kind"], row["platform"], row["handle"], row["start"], row["end"]
    ('quote', 'twitter', None, 0, 18)
    """
    posted = citation.posted
    author = citation.author
    return {
        "kind": citation.kind.value,
        "platform": None if citation.platform is None else citation.platform.value,
        "speaker": citation.speaker,
        "handle": None if author is None else author.handle,
        "author_name": None if author is None else author.name,
        "cue": citation.cue,
        "date_text": None if posted is None else posted.text,
        "date": None if posted is None else posted.iso,
        "granularity": (
            None if posted is None or posted.granularity is None else posted.granularity.value
        ),
        "url": citation.url,
        "post_id": citation.post_id,
        "text": citation.text,
        "start": citation.span[0],
        "end": citation.span[1],
    }
