"""What embeds leave in extracted plain text. (Foundation: none yet; see the embeds issue.)"""

from __future__ import annotations

from socialcite._dates import DateResolver
from socialcite._model import Citation

__all__ = ["find_embeds"]


def find_embeds(text: str, resolver: DateResolver) -> list[Citation]:
    """Every embed remnant in *text* (attribution lines, bare post URLs)."""
    return []
