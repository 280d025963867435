"""Publication date of an HTML page: real <head> and byline snippets, ranking, safety."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialcite import DateSource, Granularity, find_published_date
from socialcite._pubdate import read_date_value


def _page(head: str, body: str = "<p>Text.</p>") -> str:
    return f"<!DOCTYPE html><html><head><title>T</title>{head}</head><body>{body}</body></html>"


# Snippets copied from the development corpus pages (source noted in the id).
REAL = [
    pytest.param(
        _page('<meta property="article:published_time" content="2023-05-05T23:00:57+00:00" />'),
        "2023-05-05T23:00:57+00:00",
        id="goose3-article-published-time",
    ),
    pytest.param(
        _page(
            "",
            '<script type="application/ld+json">{"publisher":{"logo":{"url":"https:\\/\\/www.20minutes.fr\\/front\\/images\\/logo.jpg","width":"130","height":"130"}},'
            '"datePublished":"2018-06-01T23:03:11+02:00","dateModified":"2018-06-01T23:10:35+02:00"}</script>',
        ),
        "2018-06-01T23:03:11+02:00",
        id="20minutes-json-ld",
    ),
    pytest.param(
        _page(
            "",
            'Published <time datetime="2019-11-21" itemprop="datePublished">21 November 2019</time>'
            ' · Tagged with <a href="/blog/tags/webassembly" class="tag">WebAssembly</a>',
        ),
        "2019-11-21",
        id="readability-itemprop-time",
    ),
    pytest.param(
        _page(
            '<meta itemprop="dateCreated" content="2015-11-13T12:58:18Z"><meta itemprop="datePublished"'
            ' content="2015-11-13T12:58:18Z"><meta itemprop="dateModified" content="2015-11-13T13:54:18Z">'
        ),
        "2015-11-13T12:58:18+00:00",
        id="cnn-meta-itemprop",
    ),
    pytest.param(
        _page(
            '<meta name="article_date_original" content="Saturday, December 27, 2014, 12:06 PM" />'
        ),
        "2014-12-27T12:06",
        id="cleveland-article-date-original",
    ),
    pytest.param(
        _page('<meta name="sailthru.date" content="Tue, 03 Mar 2015 20:42:10 -0500">'),
        "2015-03-03T20:42:10-05:00",
        id="huffingtonpost-sailthru-keeps-offset",
    ),
    pytest.param(
        _page('<meta name="parsely-pub-date" content="2020-11-04T21:53:22Z">'),
        "2020-11-04T21:53:22+00:00",
        id="tomshardware-parsely",
    ),
    pytest.param(
        _page('<meta name="publish_date" content="Thu, 06 Oct 2011 08:10:27 EST" />'),
        "2011-10-06T08:10:27-05:00",
        id="huffingtonpost-publish-date-est",
    ),
    pytest.param(
        _page('<meta name="DCTERMS.created" content="2015-02-20T02:01:11+00:00" />'),
        "2015-02-20T02:01:11+00:00",
        id="bbc-dcterms-created-upper-case",
    ),
    pytest.param(
        _page('<meta property="DC.date.issued" content="2020-02-18T18:07:56+09:00" />'),
        "2020-02-18T18:07:56+09:00",
        id="japantimes-dc-date-issued",
    ),
    pytest.param(
        _page('<meta property="og:published_time" content="2022-02-04T11:38:00" />'),
        "2022-02-04T11:38:00",
        id="spox-og-published-time-naive",
    ),
    pytest.param(
        _page('<meta name="pub_date" content="20110920"/>\n<meta name="time" content="18:37:20"/>'),
        "2011-09-20",
        id="businessweek-compact-date",
    ),
    pytest.param(
        _page(
            "",
            '<div><meta itemprop="datePublished" content="2020-02-22T09:38:38+01:00">'
            ' <meta itemprop="dateModified" content="2020-02-22T09:38:38+01:00"></div>',
        ),
        "2020-02-22T09:38:38+01:00",
        id="litradio-itemprop-in-body",
    ),
]


@pytest.mark.parametrize(("html", "expected"), REAL)
def test_real_pages(html: str, expected: str) -> None:
    posted = find_published_date(html)
    assert posted is not None
    assert posted.iso == expected
    assert posted.source is DateSource.METADATA
    assert posted.granularity in (Granularity.DAY, Granularity.MINUTE, Granularity.SECOND)


# Which source wins when a page gives several.
RANKING = [
    pytest.param(
        _page(
            '<meta name="date" content="2020-01-01"><meta property="article:published_time"'
            ' content="2019-12-31T10:00:00Z">'
        ),
        "2019-12-31T10:00:00+00:00",
        id="article-published-time-beats-generic-date",
    ),
    pytest.param(
        _page(
            '<meta property="article:modified_time" content="2020-01-05T10:00:00Z">',
            '<script type="application/ld+json">{"datePublished": "2020-01-02"}</script>',
        ),
        "2020-01-02",
        id="modified-time-is-not-publication",
    ),
    pytest.param(
        _page(
            '<meta name="date" content="2020-01-09">',
            '<script type="application/ld+json">{"datePublished": "2020-01-02"}</script>',
        ),
        "2020-01-02",
        id="json-ld-beats-generic-date",
    ),
    pytest.param(
        _page(
            '<meta property="article:published_time" content="not a date">'
            '<meta name="pubdate" content="2013-11-27T08:36:32Z">'
        ),
        "2013-11-27T08:36:32+00:00",
        id="unreadable-value-skipped",
    ),
    pytest.param(
        _page(
            "",
            '<time class="entry-date published" datetime="2016-05-08T09:00:00+00:00">May 8</time>',
        ),
        "2016-05-08T09:00:00+00:00",
        id="wordpress-byline-time",
    ),
]


@pytest.mark.parametrize(("html", "expected"), RANKING)
def test_ranking(html: str, expected: str) -> None:
    posted = find_published_date(html)
    assert posted is not None
    assert posted.iso == expected


NEGATIVE = [
    pytest.param("", id="empty"),
    pytest.param("<p>no metadata</p>", id="no-metadata"),
    pytest.param(
        _page(
            "",
            '<blockquote class="instagram-media"><p>A post shared by Lewis (@lewishamilton) on'
            ' <time style=" font-family:Arial,sans-serif;" datetime="2015-11-11T22:50:35+00:00">'
            "Nov 11, 2015 at 2:50pm PST</time></p></blockquote>",
        ),
        id="instagram-embed-time-is-not-the-article",
    ),
    pytest.param(
        _page('<meta property="og:updated_time" content="2020-01-05T10:00:00Z">'),
        id="updated-time-only",
    ),
    pytest.param(
        _page('<meta name="date" content="1970-01-01T00:00:00Z">'), id="epoch-placeholder"
    ),
    pytest.param(_page('<meta name="date" content="2020-13-45">'), id="impossible-date"),
    pytest.param("<meta " * 5000, id="unclosed-meta-tags"),
]


@pytest.mark.parametrize("html", NEGATIVE)
def test_no_publication_date(html: str) -> None:
    assert find_published_date(html) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("2018-05-31", date(2018, 5, 31), id="date"),
        pytest.param("2018/05/31", date(2018, 5, 31), id="slashes"),
        pytest.param("2018-05-31T08:00", datetime(2018, 5, 31, 8, 0), id="minutes-naive"),
        pytest.param("2018-05-31 08:00:00.000", datetime(2018, 5, 31, 8, 0), id="fraction"),
    ],
)
def test_read_date_value(raw: str, expected: date) -> None:
    posted = read_date_value(raw)
    assert posted is not None
    assert posted.value == expected
    assert posted.text == raw


def test_attribute_entities_are_decoded() -> None:
    html = _page("<meta name='date' content='2020-01-02T10:00:00&#43;01:00'>")
    posted = find_published_date(html)
    assert posted is not None
    assert posted.iso == "2020-01-02T10:00:00+01:00"


def test_non_string_gives_none() -> None:
    assert find_published_date(None) is None  # type: ignore[arg-type]


html_pieces = st.sampled_from(
    [
        "<head>", "</head>", "<body>", "<meta ", 'property="article:published_time" ',
        'content="2018-05-31T08:00:00Z"', ">", '"datePublished"', ": ", '"2019-07-18"',
        "itemprop=datePublished ", "<time ", "datetime='2020-01-01' ", 'class="published"',
        "<", "'", '"', "=", " ",
    ]
)  # fmt: skip


@given(st.lists(html_pieces, max_size=30).map("".join) | st.text(max_size=300))
def test_any_string_gives_postdate_or_none(html: str) -> None:
    posted = find_published_date(html)
    assert posted is None or (
        posted.source is DateSource.METADATA and posted.value is not None and posted.text
    )
