"""Quotations in prose: spans of quoted words, paragraph by paragraph.

Straight and curly double quotes, German ``„…“`` and guillemets open and close
a quotation; single quotes inside are nested quotes and stay part of the
text. A paragraph that opens a quotation without closing it continues in
the next paragraph when that one opens with a quote mark again (the
convention of multi-paragraph quotes); otherwise the quotation ends with its
paragraph.

>>> [q.text for q in find_quotations('"Hi," she said. "Bye."')]
['Hi,', 'Bye.']
"""

from __future__ import annotations

import re
from typing import Final

import attrs

__all__ = ["QUOTE_MARKS", "QUOTE_MARK_RE", "Quotation", "find_quotations"]

# Any double quote mark we track; single quotes are left to the text. A
# character class only: the stdlib engine runs it at twice the speed of
# ``regex``. Paragraph ends are found apart, only while a quotation is open.
QUOTE_MARK_RE: Final = re.compile(
    r"""
    ["“”„«»]        # the marks
    """,
    re.VERBOSE,
)

# The same marks, for a search per mark (cheaper than the class over a
# short stretch).
QUOTE_MARKS: Final = ('"', "“", "”", "„", "«", "»")

# Closers that may end a quotation opened by each opener.
_CLOSERS: Final[dict[str, str]] = {
    '"': '"”“',
    "“": '”"“',
    "„": '“”"',
    "«": "»",
    "»": "«",  # Danish/Swedish style »…«
    "”": '”"',  # some sites open with the closing mark
}


@attrs.frozen(kw_only=True)
class Quotation:
    """One quotation.

    Attributes:
        start: Offset of the opening mark.
        end: Offset after the closing mark (or the paragraph's end when unclosed).
        inner_start: Offset of the first quoted character.
        inner_end: Offset after the last quoted character.
        text: The quoted words, marks excluded.
        closed: Whether the paragraph closed it.
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    text: str
    closed: bool


def _opens(text: str, pos: int) -> bool:
    # A mark opens when it does not directly follow a word character: this
    # keeps inch marks (``6"``) and sloppy closers from opening a quotation.
    return pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in ".,!?;:")


def _not_after_word(text: str, pos: int) -> bool:
    # A straight quote right after a letter or digit is an inch mark or a
    # closer, never an opener (``6" tall``).
    return pos == 0 or not text[pos - 1].isalnum()


def _quotation(text: str, open_at: int, inner_end: int, *, closed: bool) -> Quotation:
    """The quotation opened at *open_at* whose words end at *inner_end*."""
    return Quotation(
        start=open_at,
        end=inner_end + 1 if closed else inner_end,  # a closed one spans its closing mark
        inner_start=open_at + 1,
        inner_end=inner_end,
        text=text[open_at + 1 : inner_end].strip(),
        closed=closed,
    )


def find_quotations(text: str, start: int = 0, end: int | None = None) -> list[Quotation]:
    """Every quotation in ``text[start:end]`` (whole paragraphs), in order.

    >>> q = find_quotations('He said „Guten Tag“ and «bonjour».')
    >>> [x.text for x in q]
    ['Guten Tag', 'bonjour']
    >>> find_quotations('"Open and never closed')[0].closed
    False
    """
    stop = len(text) if end is None else end
    found: list[Quotation] = []
    opener = ""
    open_at = 0
    # Where the open quotation's paragraph ends: the first "\n" at or after
    # the last place looked from (``-1``: not looked yet). Looked for again
    # only past it, so one long line is searched once, not once per quote.
    para_end = -1
    for m in QUOTE_MARK_RE.finditer(text, start, stop):
        pos = m.start()
        if opener and pos > para_end:  # its paragraph ended it, unclosed
            found.append(_quotation(text, open_at, para_end, closed=False))
            opener = ""
        ch = m.group()
        if opener:
            if ch in _CLOSERS.get(opener, ""):
                found.append(_quotation(text, open_at, pos, closed=True))
                opener = ""
            continue
        if (
            ch in "“„«"
            or (ch in "”»" and _opens(text, pos))
            or (ch == '"' and _not_after_word(text, pos))
        ):
            opener = ch
            open_at = pos
            if para_end < pos:
                para_end = text.find("\n", pos, stop)
                para_end = stop if para_end < 0 else para_end
    if opener:
        found.append(_quotation(text, open_at, para_end, closed=False))
    return found
