"""Exceptions raised by socialcite.

Few and specific: every error is a :class:`SocialciteError` and also the
builtin it corresponds to, so ``except TypeError`` / ``except ValueError``
in callers' code keep working. Nothing found is an empty result, never an
exception.
"""

from __future__ import annotations

__all__ = [
    "InvalidDateError",
    "InvalidOptionError",
    "InvalidSourceError",
    "SocialciteError",
]


class SocialciteError(Exception):
    """Base class of every error socialcite raises on purpose."""


class InvalidSourceError(SocialciteError, TypeError):
    """The source is not a ``str`` (``bytes`` must be decoded first, ``None`` is no article)."""


class InvalidDateError(SocialciteError, ValueError):
    """A publication or reference date could not be read."""


class InvalidOptionError(SocialciteError, ValueError):
    """An option has a value outside its choices (a format, a platform name …)."""
