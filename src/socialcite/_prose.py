"""Quoted posts and references in prose. (Foundation: none yet; see the quotes issue.)"""

from __future__ import annotations

from collections.abc import Sequence

from socialcite._dates import DateResolver
from socialcite._model import Citation

__all__ = ["find_citations"]


def find_citations(
    text: str, resolver: DateResolver, *, claimed: Sequence[tuple[int, int]] = ()
) -> list[Citation]:
    """Quotes and references in *text*, outside the *claimed* spans."""
    return []
