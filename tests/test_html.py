"""HTML reading: format detection, the tokenizer, prose text and its offset map."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialcite._html import looks_like_html, parse_html, tokenize

LOOKS_LIKE_HTML = [
    pytest.param("<!DOCTYPE html><html><body></body></html>", True, id="doctype"),
    pytest.param("\ufeff  <html lang=en>", True, id="bom-and-html-tag"),
    pytest.param("<!-- saved page --><div>", True, id="leading-comment"),
    pytest.param("<p>One</p><p>Two</p><div>Three</div>", True, id="fragment-of-tags"),
    pytest.param("She tweeted <3 to him.", False, id="heart-in-text"),
    pytest.param("a < b and c > d", False, id="comparisons"),
    pytest.param("", False, id="empty"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "expected"), LOOKS_LIKE_HTML)
def test_looks_like_html(source: str, expected: bool) -> None:
    assert looks_like_html(source) is expected


PROSE = [
    pytest.param("<p>Hello &amp; <b>welcome</b></p><p>Bye</p>", "Hello & welcome\nBye",
                 id="entities-and-paragraphs"),
    pytest.param("<p>a<br>b<br/>c</p>", "a\nb\nc", id="line-breaks"),
    pytest.param("<ul><li>one</li><li>two</li></ul>", "one\ntwo", id="list-items"),
    pytest.param("<p>  lots \n\t of   space  </p>", "lots of space", id="white-space-folded"),
    pytest.param("<p>a<script>var x = '<p>no</p>';</script>b</p>", "ab", id="script-dropped"),
    pytest.param("<p>a<style>p { color: red }</style>b</p>", "ab", id="style-dropped"),
    pytest.param("<p>a<!-- <p>hidden</p> -->b</p>", "ab", id="comment-dropped"),
    pytest.param("<p>a<template><p>t</p></template>b</p>", "ab", id="template-dropped"),
    pytest.param("<p>a<noscript>Enable JS</noscript>b</p>", "ab", id="noscript-dropped"),
    pytest.param("<html><head><title>T</title><meta charset=utf-8></head><body><p>x</p></body></html>",
                 "x", id="head-dropped"),
    pytest.param('<div title="a > b">text</div>', "text", id="gt-inside-quoted-attribute"),
    pytest.param('<div class="x"\n ">text</div>', "text", id="stray-quote-in-tag"),
    pytest.param("<p>caf&eacute; &#8220;q&#x201D; &nosuch; &amp</p>", "café “q” &nosuch; &",
                 id="named-numeric-unknown-entities"),
    pytest.param("<p>Tom &amp; Jerry</p><td>cell</td>", "Tom & Jerry\ncell", id="table-cell"),
    pytest.param("<p>x</p><SCRIPT>1</SCRIPT ><P>y</P>", "x\ny", id="upper-case-tags"),
    pytest.param("<p>a</p>b <!-- <p>c</p> never closed", "a\nb", id="unclosed-comment-hides-the-rest"),
    pytest.param('<p>a</p><a href="x>y and more', "a", id="unclosed-quote-hides-the-rest"),
    pytest.param('<p>a</p>b <div class="x', "a\nb", id="unfinished-last-tag-dropped"),
    pytest.param("a < b and c", "a < b and c", id="lone-less-than-is-text"),
    pytest.param("<html><head><title>T</title><meta x=1><p>Body text", "Body text",
                 id="unclosed-head-ends-at-first-block"),
    pytest.param("<p>a<svg><text>chart</text></svg>b</p>", "ab", id="svg-dropped"),
]  # fmt: skip


@pytest.mark.parametrize(("html", "prose"), PROSE)
def test_prose(html: str, prose: str) -> None:
    assert parse_html(html).prose == prose


def test_source_span_maps_words_back() -> None:
    html = "<p>Trump &amp; <b>Kardashian</b> tweeted</p>"
    page = parse_html(html)
    start = page.prose.index("Kardashian")
    s, e = page.source_span((start, start + len("Kardashian")))
    assert html[s:e] == "Kardashian"
    s, e = page.source_span((0, len(page.prose)))
    assert html[s:e] == "Trump &amp; <b>Kardashian</b> tweeted"


def test_entity_maps_to_the_whole_entity() -> None:
    html = "<p>caf&eacute;</p>"
    page = parse_html(html)
    assert html[slice(*page.source_span((3, 4)))] == "&eacute;"


def test_tokenizer_skips_inert_content() -> None:
    names = [t.name for t in tokenize('<p><script>"<p>"</script><!-- <p> --><x-y a=1/></p>')]
    assert names == ["p", "script", "script", "!--", "x-y", "p"]


def test_published_from_metadata_is_a_datetime() -> None:
    page = parse_html(
        '<html><head><meta property="article:published_time" content="2018-05-31T10:00:00Z">'
        "</head><body><p>x</p></body></html>"
    )
    assert page.published is not None
    assert page.published.date().isoformat() == "2018-05-31"


HOSTILE = [
    pytest.param("<" * 100_000, id="lt-storm"),
    pytest.param("<a " * 30_000 + ">", id="open-tags-closed-once"),
    pytest.param('<a title="' * 30_000 + ">", id="unclosed-quotes"),
    pytest.param("<!--" * 30_000, id="comment-openers"),
    pytest.param("<script>" + "x" * 500_000, id="unclosed-script"),
    pytest.param("&" * 100_000 + ";", id="ampersand-storm"),
    pytest.param("<p>" + "word " * 200_000 + "</p>", id="megabyte-paragraph"),
    pytest.param("\x00\ufffd<\x00p>" * 10_000, id="binary-noise"),
    pytest.param("<a href='" + "x" * 200_000 + "'>", id="huge-attribute"),
]  # fmt: skip


@pytest.mark.parametrize("html", HOSTILE)
def test_hostile_html_parses(html: str) -> None:
    page = parse_html(html)
    if page.prose:
        s, e = page.source_span((0, len(page.prose)))
        assert 0 <= s <= e <= len(html)


@given(st.text(alphabet="<>/=\"'&;#ap bdivx\n-!", max_size=300))
def test_every_prose_span_maps_inside_the_source(html: str) -> None:
    page = parse_html(html)
    n = len(page.prose)
    for start in range(0, n, 7):
        end = min(n, start + 5)
        s, e = page.source_span((start, end))
        assert 0 <= s <= e <= len(html)


# Words and single spaces: text that the prose copies as it is.
@given(
    st.lists(
        st.from_regex(r"[a-z]{1,5}(?: [a-z]{1,5}){0,2}", fullmatch=True), min_size=1, max_size=8
    )
)
def test_plain_words_map_to_themselves(words: list[str]) -> None:
    html = "".join(f"<p>{w}</p><span>|</span>" for w in words)
    page = parse_html(html)
    for line in page.prose.split("\n"):
        word = line.strip()
        if not word:
            continue
        start = page.prose.index(word)
        s, e = page.source_span((start, start + len(word)))
        assert html[s:e] == word
