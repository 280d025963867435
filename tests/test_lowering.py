"""Lower-casing that keeps offsets: the fast path agrees with ``str.lower``."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialcite._lowering import lower_keeping_offsets


def _reference(text: str) -> str:
    """``str.lower``, or each character alone when that changes the length."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    return lowered


CASES = [
    pytest.param("Trump TWEETED", "trump tweeted", id="ascii"),
    pytest.param("“Donald” Trump’s Twitter", "“donald” trump’s twitter", id="curly-quotes"),
    pytest.param("Élysée ÖSTERREICH Ωmega", "élysée österreich ωmega", id="accented-capitals"),
    pytest.param("İSTANBUL", "İstanbul", id="longer-lower-case-kept"),
    pytest.param("ΟΔΟΣ ΣΑ", "οδος σα", id="final-sigma-by-context"),
    pytest.param("ΟΔΟΣ İ", "οδοσ İ", id="sigma-with-a-longer-letter"),
    pytest.param("\u212a faceboo\u212a", "k facebook", id="kelvin-sign"),
    pytest.param("a\ud800B", "a\ud800b", id="lone-surrogate"),
    pytest.param("", "", id="empty"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_lowering(text: str, expected: str) -> None:
    assert lower_keeping_offsets(text) == expected == _reference(text)


@given(st.text())
def test_lowering_agrees_with_the_reference(text: str) -> None:
    lowered = lower_keeping_offsets(text)
    assert lowered == _reference(text)
    assert len(lowered) == len(text)


@given(st.text(alphabet=st.sampled_from("aA Σσ΄İıKſÉé’“\ud800.\n")))
def test_lowering_agrees_on_the_awkward_letters(text: str) -> None:
    assert lower_keeping_offsets(text) == _reference(text)
