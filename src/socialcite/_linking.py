"""Linking citations of the same post within one document. (Foundation: identity.)"""

from __future__ import annotations

from socialcite._model import Citation

__all__ = ["link"]


def link(
    source_found: list[Citation], prose_found: list[Citation], prose: str
) -> tuple[list[Citation], list[Citation]]:
    """Share author, URL, id and date between citations of one post."""
    return source_found, prose_found
