"""Invariants of ``extract`` and the building blocks, over real fragments and noise.

Inputs are built by hypothesis from short real snippets of news text and HTML
(``tests/data/fragments/fragments.json``: quotes with ``tweeted``, attribution
lines, widget markup) mixed with noise (random text, quote marks, ``@``, tags).

The number of examples comes from the hypothesis profile (``tests/conftest.py``):
``ci`` by default; ``HYPOTHESIS_PROFILE=long pytest tests/test_properties.py``
for the long run.
"""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

import socialcite
from socialcite import Account, Citation, CitationKind, Extractor, ExtractorConfig, Platform
from tests.conftest import DATA

_FRAGMENTS = json.loads((DATA / "fragments" / "fragments.json").read_text(encoding="utf-8"))
TEXT_FRAGMENTS: list[str] = _FRAGMENTS["text"]
HTML_FRAGMENTS: list[str] = _FRAGMENTS["html"]

# Characters the detectors key on, so noise hits their edge cases often.
_SPECIALS = "\"'“”‘’«»„@#()[]<>/:;,.!?—–-&=\n\t \u00a0\u200b\u202e\x00\ufeff\ud800"
_PIECES = [
    "@",
    "(@",
    "@a",
    "tweeted",
    " tweeted ",
    "wrote on Instagram:",
    "in a post on X",
    "— ",
    "A post shared by ",
    "https://twitter.com/a/status/",
    "1002193622433591296",
    "May 31, 2018",
    "on Wednesday",
    "\n",
    '"',
    "“",
    "”",
]
_TAGS = [
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    '<blockquote class="twitter-tweet">',
    "</blockquote>",
    '<a href="https://twitter.com/x/status/123">',
    "</a>",
    "<br>",
    "<!--",
    "-->",
    "<script>",
    "</script>",
    "<",
    ">",
    "&mdash;",
    "&ldquo;",
    "&#x1F600;",
    "&",
]

noise = st.text(alphabet=st.characters() | st.sampled_from(_SPECIALS), max_size=40)
text_parts = st.sampled_from(TEXT_FRAGMENTS) | st.sampled_from(_PIECES) | noise
html_parts = (
    st.sampled_from(HTML_FRAGMENTS)
    | st.sampled_from(TEXT_FRAGMENTS).map(lambda t: f"<p>{t}</p>")
    | st.sampled_from(_TAGS)
    | text_parts
)

texts = st.lists(text_parts, max_size=10).map("".join)
htmls = st.lists(html_parts, max_size=12).map(
    lambda parts: "<!doctype html><html><body>" + "".join(parts) + "</body></html>"
)
any_source = st.text() | texts | htmls
published = st.none() | st.dates(min_value=date(2006, 3, 21), max_value=date(2030, 12, 31))


# Platforms whose handles ignore case: ``Account.handle`` is lower-case there.
_CASELESS = {Platform.TWITTER, Platform.INSTAGRAM, Platform.TIKTOK, Platform.THREADS}


def _check_account(account: Account) -> None:
    assert account.handle, account
    assert not account.handle.startswith("@"), account
    if account.platform in _CASELESS:
        assert account.handle == account.handle.lower(), account


def check_invariants(source: str, cites: list[Citation]) -> None:
    """Assert what holds of every result of ``extract`` on *source*."""
    for c in cites:
        start, end = c.span
        assert 0 <= start < end <= len(source), (c.span, len(source))
        assert source[start:end], c
        if c.kind is CitationKind.QUOTE:
            assert c.text is not None, c
            assert c.text.strip(), c  # a quote quotes words
        if c.kind is CitationKind.REFERENCE:
            assert c.text is None, c
        if c.kind is CitationKind.EMBED:
            assert c.platform is not None, c
        if c.posted is not None:
            assert (c.posted.value is None) == (c.posted.granularity is None), c.posted
        if c.url is not None:
            assert c.url.startswith("https://"), c.url
        for account in (c.author, *c.mentions):
            if account is not None:
                _check_account(account)
    assert [c.span for c in cites] == sorted(c.span for c in cites), "not in document order"


# --- never raises; spans within bounds; document order -------------------------


@given(source=st.text(), when=published)
def test_any_str_is_valid_input(source: str, when: date | None) -> None:
    check_invariants(source, socialcite.extract(source, published=when))


@given(source=texts, when=published)
def test_text_invariants(source: str, when: date | None) -> None:
    check_invariants(source, socialcite.extract(source, published=when, format="text"))


@given(source=htmls, when=published)
def test_html_invariants(source: str, when: date | None) -> None:
    cites = socialcite.extract(source, published=when, format="html")
    check_invariants(source, cites)
    for c in cites:
        if c.kind is CitationKind.EMBED:  # a widget: its span is its element
            assert source[c.span[0]] == "<", source[c.span[0] : c.span[1]]
            assert source[c.span[1] - 1] == ">", source[c.span[0] : c.span[1]]


@given(source=texts | st.text())
def test_text_read_as_html_never_raises(source: str) -> None:
    check_invariants(source, socialcite.extract(source, format="html"))


@given(source=htmls)
def test_html_read_as_text_never_raises(source: str) -> None:
    check_invariants(source, socialcite.extract(source, format="text"))


# --- results round-trip and are deterministic ----------------------------------


@given(source=texts | htmls, when=published)
def test_to_dict_round_trips(source: str, when: date | None) -> None:
    for c in socialcite.extract(source, published=when):
        data = c.to_dict()
        assert json.loads(json.dumps(data)) == data
        assert Citation.from_dict(data) == c


@given(source=any_source, when=published)
def test_same_result_twice(source: str, when: date | None) -> None:
    assert socialcite.extract(source, published=when) == socialcite.extract(source, published=when)


@given(sources=st.lists(texts | htmls, min_size=4, max_size=8))
def test_threads_give_sequential_results(sources: list[str]) -> None:
    sequential = [socialcite.extract(s, published="2018-05-31") for s in sources]
    with ThreadPoolExecutor(max_workers=4) as pool:
        # each source twice, so two threads work on the same input at once
        futures = [pool.submit(socialcite.extract, s, published="2018-05-31") for s in sources * 2]
        concurrent = [f.result() for f in futures]
    assert concurrent == sequential * 2


def test_threads_on_real_fragments() -> None:
    sources = [*TEXT_FRAGMENTS, *HTML_FRAGMENTS] * 3
    sequential = [socialcite.extract(s, published="2018-05-31") for s in sources]
    with ThreadPoolExecutor(max_workers=8) as pool:
        concurrent = list(
            pool.map(lambda s: socialcite.extract(s, published="2018-05-31"), sources)
        )
    assert concurrent == sequential


# --- the config's filters keep a subset, in the same order ------------------------


@given(
    source=texts | htmls,
    kinds=st.sets(st.sampled_from(list(CitationKind)), min_size=1),
    platforms=st.none() | st.sets(st.sampled_from(list(Platform)), min_size=1),
)
def test_filters_select_from_the_full_result(
    source: str, kinds: set[CitationKind], platforms: set[Platform] | None
) -> None:
    full = socialcite.extract(source, published="2018-05-31")
    config = ExtractorConfig(kinds=kinds, platforms=platforms)
    filtered = Extractor(config).extract(source, published="2018-05-31")
    assert filtered == [
        c for c in full if c.kind in kinds and (platforms is None or c.platform in platforms)
    ]


# --- building blocks never raise on any str ------------------------------------


@given(source=any_source)
def test_find_mentions_spans(source: str) -> None:
    mentions = socialcite.find_mentions(source)
    for m in mentions:
        start, end = m.span
        assert 0 <= start < end <= len(source)
        assert source[start] in "@＠", source[start:end]
    assert [m.span for m in mentions] == sorted(m.span for m in mentions)


@given(source=texts | st.text(max_size=60))
def test_parse_handle_never_raises(source: str) -> None:
    account = socialcite.parse_handle(source)
    assert account is None or account.handle


@given(source=texts | st.text(max_size=80) | st.sampled_from(_PIECES).map(lambda p: p + "9" * 19))
def test_parse_post_url_never_raises(source: str) -> None:
    ref = socialcite.parse_post_url(source)
    assert ref is None or ref.post_id


@given(source=texts | st.text(max_size=60), when=published)
def test_resolve_date_never_raises(source: str, when: date | None) -> None:
    posted = socialcite.resolve_date(source, when)
    assert posted.value is None or posted.granularity is not None


@given(source=htmls | st.text())
def test_find_published_date_never_raises(source: str) -> None:
    socialcite.find_published_date(source)
