"""Quotations and sentences: the spans the prose detector builds on."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialcite import _sentences
from socialcite._quotes import QUOTE_MARK_RE, QUOTE_MARKS, find_quotations
from socialcite._sentences import SENTENCE_END_RE, _sentence_ends, split_sentences

QUOTATIONS = [
    pytest.param('"Hi," she said.', ["Hi,"], id="straight"),
    pytest.param("“Hi,” she said.", ["Hi,"], id="curly"),
    pytest.param("„Guten Tag“, sagte er.", ["Guten Tag"], id="german-low-high"),
    pytest.param("«Bonjour», a-t-il écrit.", ["Bonjour"], id="guillemets"),
    pytest.param("»Hej«, skrev hon.", ["Hej"], id="danish-reversed-guillemets"),
    pytest.param(
        "“He said ‘no’ twice,” she wrote.", ["He said ‘no’ twice,"], id="nested-single-quotes"
    ),
    pytest.param('He is 6" tall and "fine".', ["fine"], id="inch-mark-does-not-open"),
    pytest.param('"Open\nNext line.', ["Open"], id="unclosed-ends-with-paragraph"),
    pytest.param('"A." "B."', ["A.", "B."], id="two-in-a-row"),
]


@pytest.mark.parametrize(("text", "quoted"), QUOTATIONS)
def test_quotations(text: str, quoted: list[str]) -> None:
    assert [q.text for q in find_quotations(text)] == quoted


def test_unclosed_quotation_is_marked() -> None:
    (first, second) = find_quotations('"First paragraph.\n"Second."')
    assert not first.closed
    assert second.closed


SENTENCES = [
    pytest.param(
        'Mr. Smith tweeted. "It is done." She left.',
        ["Mr. Smith tweeted.", '"It is done."', "She left."],
        id="abbreviation-and-quote",
    ),
    pytest.param(
        '"QUIET CAR. Window seat. #blessed," Ellie Hall tweeted early Wednesday.',
        ['"QUIET CAR. Window seat. #blessed," Ellie Hall tweeted early Wednesday.'],
        id="no-split-inside-a-quotation",
    ),
    pytest.param(
        "He posted on Dec. 19 at noon. Then he left.",
        ["He posted on Dec. 19 at noon.", "Then he left."],
        id="month-abbreviation",
    ),
    pytest.param(
        "The U.S. Army tweeted. Nobody replied.",
        ["The U.S. Army tweeted.", "Nobody replied."],
        id="initialism",
    ),
    pytest.param("One.\nTwo.", ["One.", "Two."], id="paragraphs"),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_sentences(text: str, expected: list[str]) -> None:
    quoted = [(q.start, q.end) for q in find_quotations(text)]
    assert [text[s.start : s.end] for s in split_sentences(text, quoted)] == expected


@given(st.text(alphabet=st.sampled_from('ab "“”„«»‘’.\n!? '), max_size=200))
def test_quotations_are_ordered_and_inside(text: str) -> None:
    last = -1
    for q in find_quotations(text):
        assert last <= q.start < q.end <= len(text)
        assert q.start <= q.inner_start <= q.inner_end <= q.end
        last = q.end


def _quotations_char_by_char(text: str, start: int, stop: int) -> list[tuple[int, int, bool]]:
    """The reading rules, applied one character at a time: an oracle for
    the scanner, which jumps from mark to mark and finds paragraph ends
    only while a quotation is open."""
    closers = {'"': '"”“', "“": '”"“', "„": '“”"', "«": "»", "»": "«", "”": '”"'}
    found: list[tuple[int, int, bool]] = []
    opener, open_at = "", 0
    for pos in range(start, stop):
        ch = text[pos]
        before = text[pos - 1] if pos > 0 else ""
        if ch == "\n":
            if opener:
                found.append((open_at, pos, False))
                opener = ""
        elif ch not in '"“”„«»':
            continue
        elif opener:
            if ch in closers[opener]:
                found.append((open_at, pos + 1, True))
                opener = ""
        elif (
            ch in "“„«"
            or (ch in "”»" and not (before.isalnum() or (before in ".,!?;:" and before)))
            or (ch == '"' and not before.isalnum())
        ):
            opener, open_at = ch, pos
    if opener:
        found.append((open_at, stop, False))
    return found


@given(
    st.text(alphabet=st.sampled_from('ab6.,"“”„«»\n '), max_size=120),
    st.integers(0, 130),
    st.integers(0, 130),
)
def test_quotations_agree_with_a_char_by_char_reading(text: str, start: int, stop: int) -> None:
    start, stop = min(start, len(text)), min(max(start, stop), len(text))
    got = [(q.start, q.end, q.closed) for q in find_quotations(text, start, stop)]
    assert got == _quotations_char_by_char(text, start, stop)


@given(st.text(max_size=300))
def test_sentences_cover_only_the_text(text: str) -> None:
    quoted = [(q.start, q.end) for q in find_quotations(text)]
    for s in split_sentences(text, quoted):
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end].strip()


@given(
    st.text(alphabet=st.sampled_from("aZ7Ⅻ. \t\n!?…\"“”’'»)]([«„\u00c9\u0663"), max_size=80),
    st.integers(0, 90),
    st.integers(0, 90),
)
def test_sentence_ends_are_what_the_defining_pattern_finds(
    text: str, begin: int, stop: int
) -> None:
    begin, stop = min(begin, len(text)), min(max(begin, stop), len(text))
    defined = [m.span() for m in SENTENCE_END_RE.finditer(text, begin, stop)]
    assert list(_sentence_ends(text, begin, stop)) == defined


_SENTENCE_WORDS = ["Mr", "Dr", "approx", "Sept", "U.S", "e.g", "a", "I", "tweeted", "Smithson"]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(_SENTENCE_WORDS), st.sampled_from([". ", ".” ", "! ", " ", ". A"])
        ),
        max_size=20,
    )
)
def test_long_words_skip_the_abbreviation_look_without_changing_sentences(
    parts: list[tuple[str, str]],
) -> None:
    text = "".join(w + g for w, g in parts)
    fast = split_sentences(text)
    saved = _sentences._PAST_ABBREVIATION
    _sentences._PAST_ABBREVIATION = 10**6  # type: ignore[misc]  # every stop looked at
    try:
        assert split_sentences(text) == fast
    finally:
        _sentences._PAST_ABBREVIATION = saved  # type: ignore[misc]


def test_quote_marks_are_what_the_pattern_matches() -> None:
    matched = {chr(c) for c in range(0x3000) if QUOTE_MARK_RE.fullmatch(chr(c))}
    assert matched == set(QUOTE_MARKS)
