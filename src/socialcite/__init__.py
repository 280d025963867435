"""socialcite: find where news articles cite social-media posts.

>>> import socialcite
>>> [c.kind.value for c in socialcite.extract('"Hi," Ann tweeted.', published="2020-01-01")]
['quote']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from socialcite._extract import Extractor, ExtractorConfig, extract
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
from socialcite.exceptions import (
    InvalidDateError,
    InvalidOptionError,
    InvalidSourceError,
    SocialciteError,
)

if TYPE_CHECKING:
    from socialcite._dates import resolve_date
    from socialcite._handles import find_mentions, parse_handle
    from socialcite._posturls import parse_post_url
    from socialcite._pubdate import find_published_date

    __version__: str

# The building blocks live in modules that compile their patterns when
# imported; they load on first use so that ``import socialcite`` stays cheap.
_LAZY = {
    "find_mentions": "socialcite._handles",
    "find_published_date": "socialcite._pubdate",
    "parse_handle": "socialcite._handles",
    "parse_post_url": "socialcite._posturls",
    "resolve_date": "socialcite._dates",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value  # later lookups skip this hook
        return value
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
