"""Embedded posts in HTML widget markup. (Foundation: none yet; see the embeds issue.)"""

from __future__ import annotations

from socialcite._dates import DateResolver
from socialcite._html import HtmlPage
from socialcite._model import Citation

__all__ = ["find_embeds"]


def find_embeds(page: HtmlPage, resolver: DateResolver) -> list[Citation]:
    """Every widget embed in *page*, spans in HTML offsets."""
    return []
