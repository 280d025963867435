"""Quotations and sentences: the spans the prose detector builds on."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialcite._quotes import find_quotations
from socialcite._sentences import split_sentences

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


@given(st.text(max_size=300))
def test_sentences_cover_only_the_text(text: str) -> None:
    quoted = [(q.start, q.end) for q in find_quotations(text)]
    for s in split_sentences(text, quoted):
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end].strip()
