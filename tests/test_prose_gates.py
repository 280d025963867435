"""The prose detector's cheap gates never change what it finds.

Substring and word gates keep the cue patterns away from sentences and
windows that cannot match (a platform named without a post noun, a
paragraph without a posting word). Each test reads the same text with the
gates in place and with them opened, and the results must agree.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialcite import _prose
from socialcite._cues import PLATFORM_NAMES
from socialcite._dates import DateResolver
from socialcite._lowering import ascii_lowered_utf8, lower_keeping_offsets

# Words the gated patterns hinge on, with near misses (``posted`` holds
# ``post``; ``postscript`` is no noun), folding letters and noise.
_WORDS = [
    "a", "the", "his", "Trump's", "an", "in a", "another", "one", "several",
    "post", "posts", "Post", "POST", "postscript", "poſt", "video", "videos", "live",
    "account", "page", "feed", "handle", "pages", "note", "noted",
    "tweet", "tweets", "Tweet", "retweet", "tweetstorm", "tweeter", "tuit", "tweeted",
    "on", "to", "onto", "via", "in", "said", "reads", "read", "stated", "wrote",
    "Twitter", "Facebook", "Instagram", "X", "IG", "TikTok", "social media",
    "caption", "comment", "message", "update", "shared", "posted", "uploaded",
    "İnstagram", "since-deleted", "new", "birthday", "live-tweeted", "re-tweeted",
    "getwittert", "tuiteó", "And", "Meanwhile", "On", "İn", "vİa", "twİtter", "tuİte",
    "interview", "İnterview", "press release", "ſtatement", "in the caption", "under the video",
    "wrote in a post", "in an interview", "posted a photo",
]  # fmt: skip
_GLUE = [" ", " ", " ", ", ", ". ", ": ", "-", "\n", ' "', '" ', "“", "”", "’s "]

words = st.sampled_from(_WORDS)
glue = st.sampled_from(_GLUE)
sentences = st.lists(st.tuples(words, glue), min_size=1, max_size=30).map(
    lambda parts: "".join(w + g for w, g in parts)
)


@contextmanager
def _gates_open() -> Iterator[None]:
    """Every gate let through: the patterns run wherever they used to."""
    holds, may_borrow, borrowing, may_hold, first_stem, lead_words = (
        _prose._Words.holds,
        _prose._Document.may_borrow,
        _prose._borrowing_paragraph,
        _prose._may_hold,
        _prose._first_stem,
        _prose._LEAD_WORDS,
    )
    _prose._Words.holds = lambda self, start, end, vocabulary: True  # type: ignore[method-assign]
    _prose._Document.may_borrow = lambda self, paragraph: True  # type: ignore[method-assign]
    _prose._borrowing_paragraph = lambda text, lowered, start, end: True
    _prose._may_hold = lambda lowered, words: True
    _prose._first_stem = lambda lowered, start, end: start
    _prose._LEAD_WORDS = ("",)  # type: ignore[misc]
    try:
        yield
    finally:
        _prose._Words.holds = holds  # type: ignore[method-assign]
        _prose._Document.may_borrow = may_borrow  # type: ignore[method-assign]
        _prose._borrowing_paragraph = borrowing
        _prose._may_hold = may_hold
        _prose._first_stem = first_stem
        _prose._LEAD_WORDS = lead_words  # type: ignore[misc]


def _both(text: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    gated = [c.to_dict() for c in _prose.find_citations(text, DateResolver(None))]
    with _gates_open():
        opened = [c.to_dict() for c in _prose.find_citations(text, DateResolver(None))]
    return gated, opened


REAL = [
    pytest.param('"We won," he said in a post on X.', id="noun-on-platform"),
    pytest.param("In a Facebook post, the mayor thanked the crews.", id="platform-noun"),
    pytest.param('His Instagram account shared a video: "Sunday vibes."', id="platform-account"),
    pytest.param('In a tweet, Ann wrote: "We won."', id="tweet-noun"),
    pytest.param('On Twitter, fans cheered.\n"Best day ever," one user wrote.', id="borrowed-cue"),
    pytest.param("The caption on Instagram reads: “Sunday.”", id="caption-reads"),
    pytest.param('Ann live-tweeted the game: "What a goal."', id="tweet-verb-with-prefix"),
    pytest.param('She getwittert: "Hallo."', id="tweet-verb-german"),
    pytest.param('On Twitter, the mayor wrote: "Thanks."', id="lead-platform"),
    pytest.param('Meanwhile on Instagram, Ann wrote: "Hi."', id="lead-platform-after-adverb"),
    pytest.param(
        'On Twitter the feud raged.\n"Enough," she wrote in the caption.', id="wrote-in-post"
    ),
    pytest.param('In a Facebook poſt, the mayor wrote: "Thanks."', id="long-s-folds-to-s"),
    pytest.param('In a poſt on Facebook, the mayor wrote: "Thanks."', id="long-s-before-platform"),
]


@pytest.mark.parametrize("text", REAL)
def test_gates_keep_real_cases(text: str) -> None:
    gated, opened = _both(text)
    assert gated == opened
    assert gated, "the case should give a citation"


# Where a gate must let a pattern run that finds a reason to cite nothing.
NEGATIVE = [
    pytest.param(
        'Ann Lee is very active on Instagram.\n"So cute," one follower wrote in an interview.',
        id="not-social-medium",
    ),
    pytest.param(
        'Ann Lee is very active on Instagram.\n"So cute," one follower wrote in an İnterview.',
        id="not-social-medium-with-dotted-capital-i",
    ),
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_gates_keep_negative_cases(text: str) -> None:
    assert _both(text) == ([], [])


@given(sentences)
def test_gates_never_change_the_result(text: str) -> None:
    gated, opened = _both(text)
    assert gated == opened


def _words(text: str) -> _prose._Words:
    return _prose._Words(text, 0, len(text), text.lower())


HOLDS = [
    pytest.param("a Facebook post", 15, {"post"}, True, id="whole-word"),
    pytest.param("a Facebook Post", 15, {"post"}, True, id="any-case"),
    pytest.param("a Facebook posted", 17, {"post"}, False, id="longer-word-is-not-the-noun"),
    pytest.param("a Facebook postscript", 15, {"post"}, True, id="word-cut-at-the-window-end"),
    pytest.param("a Facebook poſt", 15, {"post"}, True, id="long-s-lets-all-through"),
    pytest.param("a Facebook video", 16, {"post"}, False, id="no-noun"),
]


@pytest.mark.parametrize(("text", "end", "vocabulary", "expected"), HOLDS)
def test_words_hold(text: str, end: int, vocabulary: set[str], expected: bool) -> None:
    assert _words(text).holds(0, end, frozenset(vocabulary)) is expected


_CASED = [
    "X", "Threads", "on X", "to X", "via X", "On X", "X,", "X post", "X account", "Xbox",
    "SpaceX", "X-ray", "X’s", "Threads post", "on Threads", "the", "said", "posted", "a",
]  # fmt: skip


@given(st.lists(st.tuples(st.sampled_from(_CASED), glue), max_size=25))
def test_cased_mentions_dense_and_sparse_agree(parts: list[tuple[str, str]]) -> None:
    text = "".join(w + g for w, g in parts)
    assert _prose._cased_mentions(text, dense=True) == _prose._cased_mentions(text, dense=False)


def test_paragraph_gate_words_cover_the_sentence_gate_words() -> None:
    # a paragraph holding any word the sentence gate looks for holds one of these
    gate = _prose._POSTED_OR_QUOTE_VERB
    for word in (*_prose._POSTED_WORDS, *_prose._QUOTE_VERB_STEMS):
        assert any(part in word for part in gate), word


_SCAN_PIECES = [
    "twitter", "Twitter", "TWITTER", "tweet", "retweeted", "live-tweeting", "tuiteó", "tuit",
    "facebook", "Instagram", "insta", "instance", "TikTok", "tik tok", "politik", "social media",
    "Truth Social", "socially", "subreddit", "YouTube", "bluesky", "bsky", "faceboo\u212a",
    "İnstagram", "é", "’", "“", "😀", "\ud800", "-", " ", "\n", ".", "x",
]  # fmt: skip


def _scan_of_the_lowered_text(text: str) -> list[tuple[int, str]]:
    """The scan read entirely on the lower-cased text: the oracle for the
    scan that checks its hits on the text itself."""
    lowered = lower_keeping_offsets(text)
    size = len(lowered)
    found: dict[int, str] = {}
    for part, names in _prose._SCAN_GROUPS.items():
        for pos in _prose._occurrences(lowered, part):
            for offset, name in names:
                start, end = pos - offset, pos - offset + len(name)
                if (
                    start >= 0
                    and lowered.startswith(name, start)
                    and (end >= size or not lowered[end].isalnum())
                    and (start == 0 or not lowered[start - 1].isalnum())
                ):
                    found.setdefault(start, name)
    for stem in _prose._TWEET_STEMS:
        for pos in _prose._occurrences(lowered, stem):
            start, end = pos, pos + len(stem)
            while start > 0 and (lowered[start - 1].isalpha() or lowered[start - 1] == "-"):
                start -= 1
            while end < size and lowered[end].isalpha():
                end += 1
            word = lowered[start:end].lstrip("-")
            start = end - len(word)
            ok = word in _prose._TWEET_SET or word in PLATFORM_NAMES
            if ok and (start == 0 or not lowered[start - 1].isalnum()):
                found.setdefault(start, word)
    return sorted(found.items())


_SCAN_TEXTS = st.lists(
    st.sampled_from([*_SCAN_PIECES, "Σ", "ǅ", "Ⓐ", "Ⅻ", "ſ", "TUITEÓ", "retwİtter"]), max_size=30
).map("".join)


@given(_SCAN_TEXTS)
def test_scan_checks_hits_as_the_lowered_text_would(text: str) -> None:
    assert _prose._scan_mentions(text) == _scan_of_the_lowered_text(text)


@given(_SCAN_TEXTS)
def test_scan_of_utf8_bytes_agrees_with_the_scan_of_the_text(text: str) -> None:
    if _prose._KELVIN in text or text.isascii():
        return  # read from the lowered text itself
    needles = _prose._needles_in_utf8(ascii_lowered_utf8(text))
    got = [] if needles is None else _prose._scan_mentions(text, needles)
    assert got == _prose._scan_mentions(text)


def test_kelvin_sign_is_read_as_k_in_platform_names() -> None:
    # the one non-ASCII letter that lowers to an ASCII one
    def read(text: str) -> list[tuple[object, ...]]:
        return [(c.kind, c.platform, c.text, c.span) for c in _prose.find_citations(text, _R)]

    assert read("He wrote on Faceboo\u212a: “Hi.”") == read("He wrote on Facebook: “Hi.”") != []


_R = DateResolver(None)


@given(
    st.text(alphabet=st.characters(max_codepoint=127) | st.sampled_from("’“”—–…‘éİ"), max_size=200),
    st.integers(0, 50),
)
def test_window_words_are_the_words_regex_finds(text: str, start: int) -> None:
    padded = "x" * start + text
    lowered = lower_keeping_offsets(padded)  # as the prose detector lowers
    words = _prose._Words(padded, start, len(padded), lowered[start:])
    found = list(_prose.WORD_RE.finditer(lowered, start))
    assert words.offsets == [m.start() for m in found]
    assert words.words == [m.group() for m in found]
