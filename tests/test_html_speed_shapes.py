"""The shortcuts of the HTML reader give what the plain reading gives.

``tokenize`` builds its tag columns from one ``split`` of the page (no
Python statement per tag), the layout and widget readers look only at tags
with attributes and at a few elements by name, and ``_render`` dispatches on
one table of element kinds. Each shortcut is checked here against the plain
reading it replaces: a ``finditer`` loop over the same token pattern, every
element set, the bare elements that still count.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from socialcite import _html, _html_layout
from socialcite._embed_formats import BLOCK_TAGS, DROPPED_TAGS, INERT_TAGS, TAG_WIDGETS
from socialcite._html import Tag, TagTable, find_layout, find_widgets, parse_html, tokenize
from socialcite._pubdate import find_published_date


def plain_tokenize(source: str) -> list[Tag]:
    """The tags as a ``finditer`` loop over the tokenizer's pattern reads them."""
    pattern = _html._TOKEN_RE
    tags: list[Tag] = []
    end = source.rfind(">") + 1
    for m in pattern.finditer(source, 0, end):
        start, stop = m.span()
        if m.group("name") is not None:
            written = m.group("name")
            closing = written.startswith("/")
            if stop == end and not _html._CLOSED_TAG_RE.fullmatch(source, start, stop):
                stop = len(source)
            name = written.lstrip("/").lower()
            tags.append(Tag(name, start, stop, closing, m.end("name")))
        elif m.group("inert") is not None:
            name = m.group("inert").lower()
            tags.append(Tag(name, start, m.end("iattrs"), False, m.end("inert")))
            close_start, close_end = m.span("iclose")
            if close_end > close_start:
                tags.append(Tag(name, close_start, close_end, True, close_start + 2 + len(name)))
        elif source.startswith("<!--", start):
            if not source.endswith("-->", 0, stop):
                stop = len(source)
            tags.append(Tag("!--", start, stop, False, stop))
        else:
            tags.append(Tag("!", start, stop, False, stop))
    unfinished = _html._UNFINISHED_RE.search(source, end)
    if unfinished is not None:
        name = "!--" if unfinished.group() == "<!--" else "!"
        tags.append(Tag(name, unfinished.start(), len(source), False, len(source)))
    return tags


# --- real-world shapes ---------------------------------------------------------------

PAGE_SHAPES = [
    pytest.param('<p class="lead">Hi <b>you</b></p>', id="tags-with-and-without-attributes"),
    pytest.param("<p>a<script>var s = '<p>';</script>b</p>", id="script-content-not-tags"),
    pytest.param("<style>p>a{}</style><p>x</p><STYLE >q</Style>", id="styles-any-case"),
    pytest.param("<title>T</title><noscript><img></noscript><textarea><b></textarea>",
                 id="several-inert-elements"),
    pytest.param("<!DOCTYPE html><!-- c --><?xml x?><![CDATA[ y ]]><p>z</p>", id="declarations"),
    pytest.param('<blockquote class="twitter-tweet"><p>t</p></blockquote>', id="widget"),
    pytest.param("<p>a</p><!-- never closed <p>b</p>", id="unclosed-comment"),
    pytest.param('<p>a</p><a href="x>y', id="unclosed-quote-last-tag"),
    pytest.param("<p>a</p><div", id="unfinished-tag-after-last-gt"),
    pytest.param("<script>never closed <p>", id="unclosed-script"),
    pytest.param("<scripts>x</scripts><stylex>y</stylex>", id="names-that-start-like-inert"),
    pytest.param("<\u017fcript>x</\u017fcript><p>y</p>", id="long-s-folds-to-script"),
    pytest.param("<DIV>a</div><\u212a>b</\u212a>", id="kelvin-sign-starts-a-tag"),
    pytest.param("</script><p>stray closing of an inert element</p>", id="stray-inert-closing"),
    pytest.param("<br/><img src=x /><p/>", id="self-closing"),
    # Text after the page's last ">" with no "<": the page is split whole.
    pytest.param("<p>a</p>\n", id="trailing-newline"),
    pytest.param("<p>a</p><!-->\n--", id="gt-closes-a-comment-opener-at-the-end"),
    pytest.param("<p>a</p><!-- a > b --\n", id="unclosed-comment-past-the-last-gt"),
    pytest.param("<script>a > b\n", id="unclosed-script-past-the-last-gt"),
    pytest.param('<a href="x>y" z\n', id="quote-closing-after-the-last-gt"),
    pytest.param("<a href='x>y\n", id="quote-never-closing"),
]  # fmt: skip

# --- synthetic hostile shapes --------------------------------------------------------

HOSTILE_SHAPES = [
    pytest.param("<div><blockquote><p><span>" * 500, id="nested-bare-tags"),
    pytest.param("<!---->" * 500, id="comment-storm"),
    pytest.param("<script></script>" * 300 + "<p>x</p>", id="inert-pairs"),
    pytest.param("<script>" * 300, id="inert-openers"),
    pytest.param("<" * 300 + ">" + "</" * 300, id="lt-storm"),
    pytest.param("<a " * 300 + ">", id="open-tags-closed-once"),
    pytest.param("<x" + "y" * 200 + ">", id="name-longer-than-64"),
]  # fmt: skip


@pytest.mark.parametrize("source", PAGE_SHAPES + HOSTILE_SHAPES)
def test_tokenize_matches_the_plain_reading(source: str) -> None:
    assert list(tokenize(source)) == plain_tokenize(source)


MARKUP_PIECES = [
    "<", ">", "/", "=", '"', "'", "!", "--", "-", "?", " ", "\n", "p", "div", "a", "script",
    "SCRIPT", "style", "title", "x", "&", "\u017f", "\u0130", "\x00", "</script>", "<!--", "-->",
    "<![CDATA[",
]  # fmt: skip


@settings(max_examples=300)
@given(st.lists(st.sampled_from(MARKUP_PIECES), max_size=40).map("".join))
def test_tokenize_matches_the_plain_reading_on_any_markup(source: str) -> None:
    assert list(tokenize(source)) == plain_tokenize(source)


# --- the table of tags -----------------------------------------------------------------


def test_table_indexes_slices_and_iterates_as_tags() -> None:
    source = '<p class="x">Hi</p><br>'
    table = tokenize(source)
    tags = plain_tokenize(source)
    assert len(table) == len(tags)
    assert [table[i] for i in range(len(table))] == tags
    assert table[1:] == tags[1:]
    assert table[-1] == tags[-1]
    assert list(table) == tags
    assert TagTable.of(tags) == table
    assert TagTable.of(table) is table


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        pytest.param("<div><p>x</p></div>", [], id="bare-tags"),
        pytest.param('<div id="a"><p>x</p></div>', [0], id="one-attribute"),
        pytest.param("<br/>", [0], id="self-closing-slash-counts"),
        pytest.param("<!-- c --><!doctype html>", [], id="comment-and-declaration"),
        pytest.param('<script src="x"></script>', [0], id="inert-with-attributes"),
        pytest.param("<p>a</p><div", [], id="unfinished-tag-is-a-declaration"),
    ],
)
def test_attributed_are_the_tags_with_more_than_their_gt(source: str, expected: list[int]) -> None:
    table = tokenize(source)
    assert table.attributed() == expected
    assert expected == [i for i, t in enumerate(table) if t.end - t.attrs_start > 1]


# --- readers that skip bare tags -------------------------------------------------------

STORY = "<p>" + "A sentence of the story, long enough to count. " * 12 + "</p>"

BARE_ELEMENTS_THAT_COUNT = [
    pytest.param(f"<nav><p>Home</p></nav><article>{STORY}</article>", [(4, 7)], {0: 3},
                 id="bare-nav-and-article"),
    pytest.param(f"<main>{STORY}</main><footer>(c)</footer>", [(0, 3)], {4: 5},
                 id="bare-main-and-footer"),
    pytest.param(f"<div><div>{STORY}</div></div>", [], {}, id="bare-divs-say-nothing"),
    pytest.param(f'<div class="entry-content">{STORY}</div><aside>x</aside>', [(0, 3)], {4: 5},
                 id="body-token-and-bare-aside"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "body", "furniture"), BARE_ELEMENTS_THAT_COUNT)
def test_layout_reads_bare_elements_by_name(
    source: str, body: list[tuple[int, int]], furniture: dict[int, int]
) -> None:
    assert find_layout(source, tokenize(source)) == (body, furniture)
    assert find_layout(source, plain_tokenize(source)) == (body, furniture)


@pytest.mark.parametrize(
    ("source", "first", "last"),
    [
        pytest.param("<p>a</p><iframe></iframe><p>b</p>", 2, 3, id="bare-iframe"),
        pytest.param("<amp-twitter></amp-twitter>", 0, 1, id="bare-amp-element"),
        pytest.param('<div><blockquote class="twitter-tweet">t</blockquote></div>', 1, 2,
                     id="class-widget-inside-bare-div"),
        pytest.param('<iframe src="x"/>', 0, 0, id="self-closing-iframe"),
    ],
)  # fmt: skip
def test_widgets_include_bare_element_widgets(source: str, first: int, last: int) -> None:
    widgets = find_widgets(source, tokenize(source))
    assert [(w.first, w.last) for w in widgets] == [(first, last)]


def test_widget_names_cover_element_widgets() -> None:
    assert set(TAG_WIDGETS) | {"iframe"} <= _html._ELEMENT_WIDGETS


# --- the render dispatch -------------------------------------------------------------


def test_render_kinds_follow_the_element_sets() -> None:
    kinds = _html._RENDER_KIND
    for name in BLOCK_TAGS:
        assert kinds[name] <= _html._PRE, name
    assert kinds["blockquote"] == _html._BLOCKQUOTE
    assert kinds["pre"] == _html._PRE
    assert {n for n, k in kinds.items() if k == _html._INERT_ELEMENT} == INERT_TAGS
    assert {n for n, k in kinds.items() if k == _html._DROPPED} == DROPPED_TAGS
    assert kinds["head"] == _html._HEAD
    assert kinds["body"] == _html._BODY
    # The sets must not overlap: one kind per name.
    sets = [BLOCK_TAGS, INERT_TAGS, DROPPED_TAGS, {"head"}, {"body"}]
    assert sum(len(s) for s in sets) == len(frozenset().union(*sets))
    assert not _html_layout.INLINE_FURNITURE & BLOCK_TAGS


@pytest.mark.parametrize(
    ("html", "prose"),
    [
        pytest.param("<div><blockquote><p><span>" * 3 + "x", "    x", id="nested-unclosed-quote"),
        pytest.param("<blockquote>a</blockquote></blockquote>b", "    a\nb",
                     id="extra-closing-blockquote"),
        pytest.param("<pre>a\nb</pre></pre>c", "a\nb\nc", id="extra-closing-pre"),
        pytest.param("<p>a<svg><svg>x</svg>y</svg>b</p>", "ab", id="nested-svg"),
        pytest.param("<head><title>t</title>h<body>x", "x", id="head-text-dropped"),
    ],
)  # fmt: skip
def test_render_states(html: str, prose: str) -> None:
    assert parse_html(html).prose == prose


# --- text runs: the inlined literal and reference paths ------------------------------

TEXT_RUNS = [
    pytest.param("<p>a&amp;b&amp;c</p>", "a&b&c",
                 [(3, 4), (4, 9), (9, 10), (10, 15), (15, 16)], id="literals-between-references"),
    pytest.param("<p>&amp; x &nbsp;&nbsp;y&quot;</p>", '& x y"',
                 [(3, 8), (8, 9), (9, 10), (10, 11), (23, 24), (24, 30)], id="spaces-and-nbsp-fold"),
    pytest.param("<blockquote>&ldquo;q&rdquo; x<br>&mdash; y</blockquote>", "    “q” x\n    — y",
                 [(12, 12)] * 4 + [(12, 19), (19, 20), (20, 27), (27, 28), (28, 29), (29, 33)]
                 + [(33, 33)] * 4 + [(33, 40), (40, 41), (41, 42)],
                 id="quoted-lines-start-indented"),
    pytest.param("<p>a \u200b b&shy;c&#8203;d</p>", "a bcd",
                 [(3, 4), (4, 5), (7, 8), (13, 14), (21, 22)], id="invisible-characters-dropped"),
    pytest.param("<p>&#99999999;&#x1F600;&&#;</p>", "\ufffd9;😀&&#;",
                 [(3, 12), (12, 13), (13, 14), (14, 23), (23, 24), (24, 25), (25, 26), (26, 27)],
                 id="bad-and-astral-references"),
]  # fmt: skip


@pytest.mark.parametrize(("html", "prose", "spans"), TEXT_RUNS)
def test_text_runs_map_every_character(html: str, prose: str, spans: list[tuple[int, int]]) -> None:
    page = parse_html(html)
    assert page.prose == prose
    assert [page.source_span((i, i + 1)) for i in range(len(prose))] == spans


# --- publication date: the quick look for a head -------------------------------------

HEAD_SHAPES = [
    pytest.param('<META PROPERTY="article:published_time" CONTENT="2018-05-31">', "2018-05-31",
                 id="upper-case-meta"),
    pytest.param('<mEtA property="article:published_time" content="2018-05-31">', "2018-05-31",
                 id="mixed-case-meta"),
    pytest.param('<div><p>x</p></div><script>{"datePublished": "2019-07-18"}</script>', "2019-07-18",
                 id="no-head-json-ld-still-read"),
    pytest.param('<p><time class="published" datetime="2020-02-03">Feb 3</time></p>', "2020-02-03",
                 id="no-head-time-still-read"),
    pytest.param("<div><blockquote><p><span>" * 50, None, id="bare-tags-no-date"),
]  # fmt: skip


@pytest.mark.parametrize(("html", "iso"), HEAD_SHAPES)
def test_published_date_with_and_without_a_head(html: str, iso: str | None) -> None:
    found = find_published_date(html)
    assert (found.iso if found is not None else None) == iso
