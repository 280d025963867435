"""Lower-casing that keeps every character's offset.

The prose detector searches a lower-cased copy of the text and slices it at
the text's own offsets, so the copy must have one character for each of the
text's: a letter whose lower case is longer (``İ``) stays as it is.

``str.lower`` on a text with any character beyond Latin-1 (a curly quote is
enough) looks every character up in the Unicode tables: 9 ms over the
development corpus, the cost of all its substring scans together. Lowering
the UTF-8 bytes lowers ASCII letters at memory speed; the few non-ASCII
letters that have a lower case are then found among the text's non-ASCII
characters (a handful of distinct ones per article) and replaced.
"""

from __future__ import annotations

from typing import Final

__all__ = ["ascii_lowered_utf8", "char_offsets", "lower_keeping_offsets"]

# Every byte below 0x80: deleted to leave the UTF-8 of the non-ASCII
# characters (whose bytes are all 0x80 and above).
_ASCII_BYTES: Final = bytes(range(0x80))
# Capital sigma lowers by context (a word's last letter becomes "ς"): the
# per-character reading of the fast path cannot give that.
_CONTEXTUAL = "\u03a3"


def ascii_lowered_utf8(text: str) -> bytes:
    """The UTF-8 of *text* with its ASCII letters lower-cased: where ASCII
    words are searched for at byte offsets (:func:`char_offsets` maps them
    back), without the cost of lowering every character.

    >>> ascii_lowered_utf8("Trump’s Twitter")
    b'trump\\xe2\\x80\\x99s twitter'
    """
    return text.encode("utf-8", "surrogatepass").lower()


def char_offsets(utf8: bytes, byte_offsets: list[int]) -> list[int]:
    """The character offsets of sorted *byte_offsets* into *utf8*, each at a
    character's first byte (an ASCII byte always is). Linear in the bytes.

    >>> data = ascii_lowered_utf8("“Hi” on X")
    >>> char_offsets(data, [data.find(b"x")])
    [8]
    """
    out: list[int] = []
    chars = done = 0
    for offset in byte_offsets:
        chars += len(utf8[done:offset].decode("utf-8", "surrogatepass"))
        done = offset
        out.append(chars)
    return out


def lower_keeping_offsets(text: str, utf8: bytes | None = None) -> str:
    """*text* lower-cased, one character for one.

    The same as ``text.lower()`` when that keeps the length; otherwise each
    character lowered alone, and kept when its lower case is longer. *utf8*
    is :func:`ascii_lowered_utf8` of *text*, when already made.

    >>> lower_keeping_offsets("Trump’s Twitter")
    'trump’s twitter'
    >>> lower_keeping_offsets("İSTANBUL Élysée")
    'İstanbul élysée'
    """
    if text.isascii():
        return text.lower()
    if _CONTEXTUAL in text:
        return _lower_each(text)
    data = ascii_lowered_utf8(text) if utf8 is None else utf8
    lowered = data.decode("utf-8", "surrogatepass")  # ASCII letters lowered only
    others = data.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
    for char in set(others):
        lower = char.lower()
        if lower != char and len(lower) == 1:
            lowered = lowered.replace(char, lower)
    return lowered


def _lower_each(text: str) -> str:
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer
        lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    return lowered
