"""Publication date of an HTML page from its metadata. (Foundation: none yet; see the dates issue.)"""

from __future__ import annotations

from socialcite._model import PostDate

__all__ = ["find_published_date"]


def find_published_date(html: str) -> PostDate | None:
    """The publication date the page's metadata gives (``source="metadata"``)."""
    return None
