"""Paragraphs and sentences with their offsets, never split inside a quotation.

Plain text from trafilatura has one paragraph a line. A sentence ends at
``.``, ``!`` or ``?`` (closing quotes and brackets included) followed by
space and a capital letter, a digit or an opening quote, unless the period
ends an abbreviation (``Mr.``, ``Dec.``, ``U.S.``) or the boundary lies
inside a quotation.

>>> text = 'Mr. Smith tweeted. "It is done." She left.'
>>> [text[s.start:s.end] for s in split_sentences(text)]
['Mr. Smith tweeted.', '"It is done."', 'She left.']
"""

from __future__ import annotations

import functools
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from typing import Final

import attrs
import regex

from socialcite._fast_re import FAST_RE

__all__ = ["Sentence", "lines_containing", "split_sentences"]

# Candidate sentence ends: terminal punctuation, closers, then space and a
# sentence start. The lookbehind word is checked against ABBREVIATIONS.
SENTENCE_END_RE: Final = regex.compile(
    r"""
    [.!?…]++                          # the stop
    ["”’'»)\]]{0,3}+                  # closing quotes and brackets
    (?=[ \t]++["“„«(\[\p{Lu}\p{N}])   # space, then what may start a sentence
    """,
    regex.VERBOSE,
)

# Where SENTENCE_END_RE may match, found by the stdlib engine (twice the
# speed here: a character class first lets it skip to the next stop; it has
# possessive repeats from Python 3.11, ``regex`` stands in before). The
# same match up to what follows the blanks, which only has to be a
# non-blank here; ``_OPENS_SENTENCE_RE`` then tests that character. A
# candidate that fails the test is one SENTENCE_END_RE fails at every
# position of its stops, so scanning on after it loses nothing.
_STOP_CANDIDATE_RE: Final = FAST_RE.compile(
    r"""
    [.!?…][.!?…]*+                    # the stop
    ["”’'»)\]]{0,3}+                  # closing quotes and brackets
    (?=[ \t]++\S)                     # space, then anything
    """,
    FAST_RE.VERBOSE,
)
# What may start a sentence (SENTENCE_END_RE's lookahead, after the blanks).
_OPENS_SENTENCE_RE: Final = regex.compile(r"""["“„«(\[\p{Lu}\p{N}]""")

# The word before a stop, for the abbreviation check (``Mr``, ``U.S``, ``Dec``).
# Matched right to left from the stop (``REVERSE``): one try, not one per
# character before it.
WORD_BEFORE_RE: Final = regex.compile(
    r"(?:\p{L}{1,3}\.){0,3}+\p{L}{0,20}+\Z", regex.VERBOSE | regex.REVERSE
)  # letters and inner dots

# Paragraph ends: each line is a paragraph.
LINE_RE: Final = regex.compile(r"[^\n]++", regex.VERBOSE)  # a non-empty line

# The longest sentence handed on (characters): a run-on text without stops
# is cut at blanks so that the work per sentence stays bounded.
MAX_SENTENCE: Final = 1000

# Words whose period does not end a sentence.
ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    {
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "rev", "gen", "sen",
        "rep", "gov", "lt", "col", "capt", "sgt", "no", "vs", "etc", "inc", "co",
        "corp", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur",
        "thurs", "fri", "sat", "sun", "u.s", "u.k", "u.n", "a.m", "p.m", "e.g",
        "i.e", "approx", "ft", "mt", "ave", "blvd", "fig", "vol", "pp", "al",
    }
)  # fmt: skip


# One letter more than the longest abbreviation: a stop after that many
# letters ends a sentence whatever the word.
_PAST_ABBREVIATION: Final = max(map(len, ABBREVIATIONS)) + 1


@attrs.frozen(kw_only=True)
class Sentence:
    """One sentence.

    Attributes:
        start: Offset of its first character.
        end: Offset after its last character.
        paragraph: Offset where its paragraph (line) starts: sentences of one
            paragraph share it.
    """

    start: int
    end: int
    paragraph: int


def _inside(pos: int, starts: Sequence[int], ends: Sequence[int]) -> bool:
    i = bisect_right(starts, pos) - 1
    return i >= 0 and pos < ends[i]


def split_sentences(
    text: str,
    quoted: Sequence[tuple[int, int]] = (),
    paragraphs: Sequence[tuple[int, int]] | None = None,
) -> list[Sentence]:
    """The sentences of *text*, not split inside the *quoted* spans.

    Args:
        text: Plain text, one paragraph a line.
        quoted: Sorted, non-overlapping spans of quotations.
        paragraphs: Only these paragraph spans (sorted); ``None``: every line.

    >>> [s.paragraph for s in split_sentences("One. Two.\\nThree.")]
    [0, 0, 10]
    """
    starts = [s for s, _ in quoted]
    ends = [e for _, e in quoted]
    out: list[Sentence] = []
    if paragraphs is None:
        paragraphs = [(m.start(), m.end()) for m in LINE_RE.finditer(text)]
    for begin, stop in paragraphs:
        para = begin
        cur = begin
        for stop_start, cut in _sentence_ends(text, begin, stop):
            before = text[max(begin, stop_start - _PAST_ABBREVIATION) : stop_start]
            if not (len(before) == _PAST_ABBREVIATION and before.isascii() and before.isalpha()):
                # (a word of more letters than any abbreviation needs no look)
                w = WORD_BEFORE_RE.search(text, max(begin, stop_start - 32), stop_start)
                word = w.group().lower() if w is not None else ""
                if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                    continue
            if _inside(cut - 1, starts, ends) and _inside(cut, starts, ends):
                continue
            if cut > cur:
                _add(out, text, _skip_space(text, cur, cut), cut, para)
            cur = cut
        if cur < stop:
            first = _skip_space(text, cur, stop)
            if first < stop:
                _add(out, text, first, stop, para)
    return out


def _sentence_ends(text: str, begin: int, stop: int) -> Iterator[tuple[int, int]]:
    """The spans ``SENTENCE_END_RE.finditer(text, begin, stop)`` gives."""
    for m in _STOP_CANDIDATE_RE.finditer(text, begin, stop):
        after = m.end() + 1
        while text[after] in " \t":  # a non-blank follows: the loop ends
            after += 1
        if _opens_sentence(text[after]):
            yield m.span()


@functools.lru_cache(maxsize=1024)
def _opens_sentence(char: str) -> bool:
    # a text uses a few dozen characters after its stops: asked once each
    return _OPENS_SENTENCE_RE.match(char) is not None


def lines_containing(text: str, needle: str) -> Iterator[tuple[int, int]]:
    """The ``(start, end)`` of every line of *text* holding *needle*, in order
    (``end`` at the line's ``"\\n"`` or the text's end).

    A pattern that cannot cross a line and needs *needle* on its line then
    runs on those lines only, not over the whole text. Linear: the search
    for the next occurrence starts after the line just given.

    >>> text = "a @b @c\\nnone\\n@d"
    >>> [text[s:e] for s, e in lines_containing(text, "@")]
    ['a @b @c', '@d']
    """
    size = len(text)
    at = text.find(needle)
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = size if end < 0 else end
        yield start, end
        at = text.find(needle, end)


def _add(out: list[Sentence], text: str, start: int, end: int, para: int) -> None:
    """Append the sentence ``[start, end)``, cut at blanks into pieces of at most
    ``MAX_SENTENCE`` characters: what is read per sentence stays bounded."""
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = start + MAX_SENTENCE if cut < 0 else cut
        out.append(Sentence(start=start, end=cut, paragraph=para))
        start = _skip_space(text, cut, end)
    if start < end:
        out.append(Sentence(start=start, end=end, paragraph=para))


def _skip_space(text: str, start: int, stop: int) -> int:
    while start < stop and text[start].isspace():
        start += 1
    return start
