"""Post URLs of every platform. (Foundation: signatures only; see the handles issue.)"""

from __future__ import annotations

from socialcite._model import PostRef

__all__ = ["parse_post_url"]


def parse_post_url(url: str) -> PostRef | None:
    """The post a URL points to; ``None`` for anything that is not a post URL."""
    return None
