"""Handles and @mentions. (Foundation: signatures only; see the handles issue.)"""

from __future__ import annotations

from socialcite._model import Account, Mention, Platform

__all__ = ["find_mentions", "parse_handle"]


def find_mentions(text: str, platform: Platform | str = Platform.TWITTER) -> list[Mention]:
    """Every ``@handle`` in *text* by *platform*'s rules."""
    return []


def parse_handle(text: str, platform: Platform | str | None = None) -> Account | None:
    """One handle, profile URL or ``@user@instance``; ``None`` when invalid."""
    return None
