"""Loading the development corpus for the benchmark scripts.

The corpus (``../shared/corpus`` beside the repository) holds real pages as
``pages/<id>.html`` and trafilatura's extraction of each as ``pages/<id>.txt``;
``index.tsv`` gives each page's detected publication date.
"""

from __future__ import annotations

import csv
import sys
from dataclasses import dataclass
from pathlib import Path

__all__ = ["REPO_ROOT", "Doc", "corpus_dir", "load_docs", "news_sample"]

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpus"


@dataclass(frozen=True)
class Doc:
    """One corpus document: its id, content and the page's publication date."""

    id: str
    content: str
    published: str | None

    @property
    def nbytes(self) -> int:
        """Size in UTF-8 bytes, the unit of every MB/s figure."""
        return len(self.content.encode("utf-8", errors="surrogatepass"))


def corpus_dir(path: str | None) -> Path:
    """The corpus folder: *path* (relative to the repository root) or the default."""
    folder = DEFAULT_CORPUS if path is None else (REPO_ROOT / path).resolve()
    if not (folder / "pages").is_dir():
        sys.exit(f"no corpus at {folder} (expected a pages/ folder); pass --corpus PATH")
    return folder


def _published_dates(folder: Path) -> dict[str, str]:
    index = folder / "index.tsv"
    if not index.exists():
        return {}
    with index.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        # Keep plain ISO dates only: the column is detected automatically.
        return {
            row["id"]: row["published"][:10]
            for row in rows
            if len(row.get("published") or "") >= 10 and row["published"][4] == "-"
        }


def load_docs(folder: Path, suffix: str, *, every: int = 1) -> list[Doc]:
    """Every ``pages/*.<suffix>`` file (every *every*-th one), sorted by id."""
    dates = _published_dates(folder)
    paths = sorted((folder / "pages").glob(f"*.{suffix}"))[::every]
    return [
        Doc(
            id=path.stem,
            content=path.read_text(encoding="utf-8", errors="replace"),
            published=dates.get(path.stem),
        )
        for path in paths
    ]


def news_sample(folder: Path, suffix: str, size: int) -> str:
    """Ordinary news of about *size* characters: corpus pages joined end to end."""
    parts: list[str] = []
    total = 0
    docs = load_docs(folder, suffix)
    while total < size and docs:
        for doc in docs:
            parts.append(doc.content)
            total += len(doc.content) + 2
            if total >= size:
                break
    return "\n\n".join(parts)[:size]
