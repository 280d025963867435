"""socialcite: find where news articles cite social-media posts.

>>> import socialcite
>>> [c.kind.value for c in socialcite.extract('"Hi," Ann tweeted.', published="2020-01-01")]
['quote']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialcite._dates import resolve_date
from socialcite._extract import Extractor, ExtractorConfig, extract
from socialcite._handles import find_mentions, parse_handle
from socialcite._model import (
    Account,
    Citation,
    CitationKind,
    DateSource,
    Granularity,
    Mention,
    Platform,
    PostDate,
    PostRef,
)
from socialcite._posturls import parse_post_url
from socialcite._pubdate import find_published_date
from socialcite.exceptions import (
    InvalidDateError,
    InvalidOptionError,
    InvalidSourceError,
    SocialciteError,
)

if TYPE_CHECKING:
    __version__: str


def __getattr__(name: str) -> str:
    # The version lives only in pyproject.toml; importlib.metadata is slow to
    # import (~30 ms), so read it only when someone asks for __version__.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("socialcite")
        except PackageNotFoundError:  # pragma: no cover - running from a bare source tree
            return "0+unknown"
    raise AttributeError(f"module 'socialcite' has no attribute {name!r}")


__all__ = [
    "Account",
    "Citation",
    "CitationKind",
    "DateSource",
    "Extractor",
    "ExtractorConfig",
    "Granularity",
    "InvalidDateError",
    "InvalidOptionError",
    "InvalidSourceError",
    "Mention",
    "Platform",
    "PostDate",
    "PostRef",
    "SocialciteError",
    "__version__",
    "extract",
    "find_mentions",
    "find_published_date",
    "parse_handle",
    "parse_post_url",
    "resolve_date",
]
