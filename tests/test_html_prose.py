"""HTML prose: the article body is read, page furniture is not, spans point into the HTML.

Real snippets from the development corpus (``tests/data/html_prose/``, see its
README): page furniture (share bars, related-story teasers, a sidebar's tweet
feed, author bios, a navigation menu, a subscription prompt, a comment
section) set around or inside real article paragraphs; whole pages whose HTML
and extracted text must give the same quotes and references.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import socialcite
from socialcite import _html
from socialcite._model import Citation

DATA = Path(__file__).parent / "data" / "html_prose"
FURNITURE = DATA / "furniture"
PAGES = DATA / "pages"

BODY = (DATA / "body-timesofisrael.html").read_text(encoding="utf-8")
BODY_PUBLISHED = "2020-01-08"
# What the article paragraphs cite: (kind, speaker) of the quotes.
BODY_QUOTES = [("quote", "Shannon Kilpatrick"), ("quote", "Goldstein")]


def _furniture(name: str) -> str:
    return (FURNITURE / f"{name}.html").read_text(encoding="utf-8")


def _page(before: str, article: str, after: str = "", *, container: str = "article") -> str:
    """A page: furniture, the article in its container (or none), more furniture."""
    if container:
        article = f"<{container}>{article}</{container}>"
    return (
        "<!DOCTYPE html><html><head><title>T</title></head><body>"
        f"{before}{article}{after}</body></html>"
    )


def _prose_citations(cites: list[Citation]) -> list[Citation]:
    return [c for c in cites if c.kind.value in ("quote", "reference")]


def _inside(span: tuple[int, int], region: tuple[int, int]) -> bool:
    return span[0] < region[1] and span[1] > region[0]


# --- furniture: left out of the prose, cited nowhere ---------------------------------

# (snippet file, a line of its visible text)
REAL_FURNITURE = [
    ("share-bar-bbc", "Share this page"),
    ("related-teaser-nydailynews", "Mark-Viverito tweeted her condolences"),
    ("related-teaser-mirror", "Boris Johnson, who in a tweet today"),
    ("sidebar-twitter-feed-wolfgangschmale", "Book launch today"),
    ("author-bio-slate", "Follow him on Twitter"),
    ("author-box-knowtechie", "keep up with me on Twitter"),
    ("nav-menu-cnet", "Facebook Timeline options"),
    ("subscribe-upworthy", "Subscribe to Upworthy"),
    ("comments-breitbart", "reflects comments made on Breitbart.com and Facebook"),
    ("follow-bar-manchestereveningnews", "Follow Manchester Evening News"),
]

# Furniture written for these tests: what real comment threads, hidden
# elements and cookie banners say, each a citation if it were article prose.
# (id, HTML, a line of its visible text)
SYNTHETIC_FURNITURE = [
    ("comment-list",
     '<ol class="comment-list"><li class="comment"><p>Trump tweeted "Sad!" again, '
     "what did you expect?</p></li></ol>",
     "what did you expect"),
    ("disqus-thread",
     '<div id="disqus_thread"><p>Ann posted on Instagram that she loved it.</p></div>',
     "she loved it"),
    ("display-none",
     '<div style="display: none"><p>Bob wrote on Facebook: "We are closed today."</p></div>',
     "We are closed today"),
    ("aria-hidden",
     '<div aria-hidden="true"><p>Carl tweeted that the vote was rigged.</p></div>',
     "the vote was rigged"),
    ("related-stories-section",
     '<section class="related-stories"><h3>Related</h3><p>Dana said on Twitter that '
     "she quits.</p></section>",
     "she quits"),
    ("cookie-banner",
     '<div class="cookie-banner"><p>We use cookies. Follow us on Twitter: @news.</p></div>',
     "We use cookies"),
]  # fmt: skip

FURNITURE_CASES = [
    pytest.param(_furniture(name), line, id=f"real-{name}") for name, line in REAL_FURNITURE
] + [pytest.param(html, line, id=f"synthetic-{name}") for name, html, line in SYNTHETIC_FURNITURE]

# Where the furniture sits: around the article container, inside it, or on
# a page with no container at all (the whole body, furniture left out).
PLACEMENTS = [
    pytest.param("around", id="around-the-article"),
    pytest.param("inside", id="inside-the-article"),
    pytest.param("no-container", id="page-without-container"),
]


def _placed(furniture: str, placement: str) -> str:
    if placement == "around":
        return _page(furniture, BODY, furniture)
    if placement == "inside":
        return _page("", furniture + BODY + furniture)
    return _page(furniture, BODY, furniture, container="")


@pytest.mark.parametrize("placement", PLACEMENTS)
@pytest.mark.parametrize(("furniture", "line"), FURNITURE_CASES)
def test_furniture_is_left_out_and_the_body_is_read(
    furniture: str, line: str, placement: str
) -> None:
    source = _placed(furniture, placement)
    page = _html.parse_html(source)
    assert line not in page.prose
    assert "Goldstein tweeted he was" in page.prose
    cites = _prose_citations(socialcite.extract(source, format="html", published=BODY_PUBLISHED))
    assert [(c.kind.value, c.speaker) for c in cites] == BODY_QUOTES
    first = source.find(furniture)
    last = source.rfind(furniture)
    for start in {first, last}:
        region = (start, start + len(furniture))
        assert not any(_inside(c.span, region) for c in cites)


CITED_AS_TEXT = [
    pytest.param(_furniture("related-teaser-nydailynews"), id="real-related-teaser-nydailynews"),
    pytest.param(_furniture("related-teaser-mirror"), id="real-related-teaser-mirror"),
    pytest.param(_furniture("sidebar-twitter-feed-wolfgangschmale"), id="real-sidebar-tweet-feed"),
    *(pytest.param(html, id=f"synthetic-{name}") for name, html, _ in SYNTHETIC_FURNITURE[:5]),
]


@pytest.mark.parametrize("furniture", CITED_AS_TEXT)
def test_the_furniture_would_be_cited_if_it_were_prose(furniture: str) -> None:
    # What the tests above rely on: read as article text, these snippets cite.
    text = _html.parse_html(furniture).text_of(-1, len(_html.tokenize(furniture)))
    assert _prose_citations(socialcite.extract(text, format="text", published=BODY_PUBLISHED))


# --- the article body ----------------------------------------------------------------

BODY_SELECTION = [
    pytest.param('<div itemprop="articleBody">{}</div>', id="itemprop-articleBody"),
    pytest.param('<div class="entry-content">{}</div>', id="wordpress-entry-content"),
    pytest.param('<div class="story-body">{}</div>', id="story-body"),
    pytest.param('<div id="article-body">{}</div>', id="id-article-body"),
    pytest.param('<div class="c-article__body">{}</div>', id="bem-article-body"),
    pytest.param("<article>{}</article>", id="article-element"),
    pytest.param("<main>{}</main>", id="main-element"),
    pytest.param('<div class="post-content">{}</div>', id="post-content"),
]

# The rest of a page: a site header, a list of other stories, a footer,
# more text than the article's paragraphs would need to be chosen.
OTHER_STORIES = "".join(
    f'<div class="card"><h3>Story {i}</h3><p>Mayor {i} tweeted about the budget '
    f"and the city council's plan for the year.</p></div>"
    for i in range(12)
)


@pytest.mark.parametrize("container", BODY_SELECTION)
def test_the_article_body_is_preferred_to_the_rest_of_the_page(container: str) -> None:
    source = (
        "<html><body><div class='site'><p>Our newsroom, every day.</p></div>"
        f"{container.format(BODY)}{OTHER_STORIES}</body></html>"
    )
    page = _html.parse_html(source)
    assert "Goldstein tweeted he was" in page.prose
    assert "Mayor 3 tweeted" not in page.prose
    cites = _prose_citations(socialcite.extract(source, format="html", published=BODY_PUBLISHED))
    assert [(c.kind.value, c.speaker) for c in cites] == BODY_QUOTES


def test_a_page_repeated_is_read_once() -> None:
    # A page whose whole article is repeated (readabilipy's benchmark page
    # holds 28 copies): one body container is chosen.
    one = f'<div class="entry-content">{BODY}</div><div class="sidebar">{OTHER_STORIES}</div>'
    cites = _prose_citations(
        socialcite.extract(
            _page("", one * 3, container=""), format="html", published=BODY_PUBLISHED
        )
    )
    assert [(c.kind.value, c.speaker) for c in cites] == BODY_QUOTES


def test_a_body_split_by_an_advert_is_read_whole() -> None:
    half = BODY.index("<p>Goldstein tweeted")
    source = _page(
        "",
        f'<div class="article-body">{BODY[:half]}</div><div class="ad">Advertisement</div>'
        f'<div class="article-body">{BODY[half:]}</div>{OTHER_STORIES}',
        container="",
    )
    cites = _prose_citations(socialcite.extract(source, format="html", published=BODY_PUBLISHED))
    assert [(c.kind.value, c.speaker) for c in cites] == BODY_QUOTES


WRAPPERS_NOT_FURNITURE = [
    pytest.param('<article class="post tag-social-media category-comments">{}</article>',
                 id="wordpress-taxonomy-classes"),
    pytest.param('<div class="article sticky-sidebar-parent">{}</div>', id="sidebar-parent"),
    pytest.param('<div class="sr-body-share-wrapper">{}</div>', id="body-and-share-wrapper"),
    pytest.param('<div class="js-truncate-related">{}</div>', id="script-hook"),
    pytest.param('<form id="aspnetForm">{}</form>', id="aspnet-form-around-the-page"),
    pytest.param('<div class="content-behind-paywall">{}</div>', id="paywall-container"),
]  # fmt: skip


@pytest.mark.parametrize("wrapper", WRAPPERS_NOT_FURNITURE)
def test_wrappers_of_the_article_are_not_furniture(wrapper: str) -> None:
    source = _page("", wrapper.format(BODY), container="")
    cites = _prose_citations(socialcite.extract(source, format="html", published=BODY_PUBLISHED))
    assert [(c.kind.value, c.speaker) for c in cites] == BODY_QUOTES


# --- spans point into the HTML -------------------------------------------------------


def test_html_quote_spans_hold_the_quoted_words() -> None:
    source = _page(_furniture("share-bar-bbc"), BODY, _furniture("author-bio-slate"))
    cites = _prose_citations(socialcite.extract(source, format="html", published=BODY_PUBLISHED))
    assert cites
    for c in cites:
        start, end = c.span
        assert c.text is not None
        first_words = " ".join(c.text.split()[:3])
        assert first_words in source[start:end]


BLOCKQUOTE_BODY = (DATA / "body-blockquote-medium.html").read_text(encoding="utf-8")


def test_a_blockquote_after_a_colon_is_a_quoted_block() -> None:
    # A tweet pasted as a <blockquote> after "the cheap shots come out:", and
    # an account link written with a right-to-left mark before its "@".
    source = _page("", BLOCKQUOTE_BODY)
    page = _html.parse_html(source)
    assert "\u200f" not in page.prose
    cites = socialcite.extract(source, format="html", published="2015-10-15")
    by_speaker = {c.speaker: c for c in _prose_citations(cites)}
    assert {"testflight_app", "Frederico", "Samantha"} <= set(by_speaker)
    quote = by_speaker["testflight_app"]
    start, end = quote.span
    assert "we process" in source[start:end]


PROSE = [
    pytest.param('<p>He wrote:</p><blockquote><p>One</p><p>Two</p></blockquote><p>After</p>',
                 "He wrote:\n    One\n    Two\nAfter", id="blockquote-lines-indented"),
    pytest.param("<p>a\u200fb\u200bc&#8206;d\ufeffe</p>", "abcde", id="invisible-marks-dropped"),
    pytest.param("<p>soft&shy;hyphen</p>", "softhyphen", id="soft-hyphen-dropped"),
    pytest.param("<p>no&nbsp;break\xa0space</p>", "no break space", id="no-break-space-folds"),
    pytest.param("<pre>one\n  two\n\nthree</pre>", "one\ntwo\nthree", id="pre-keeps-lines"),
    pytest.param('<nav><p>Home</p></nav><p>Text</p><footer>(c)</footer>', "Text",
                 id="nav-and-footer-dropped"),
    pytest.param('<p>a<button>Share</button>b</p>', "a b", id="inline-button-a-space"),
    pytest.param('<div class="social-share">Tweet</div><p>Text</p>', "Text",
                 id="share-class-dropped"),
    pytest.param('<div class="hidden-xs">Wide only</div><p>Text</p>', "Wide only\nText",
                 id="responsive-hidden-class-kept"),
    pytest.param('<div class="commentary">Op-ed</div>', "Op-ed", id="commentary-is-not-comment"),
    pytest.param('<div class="share"><p>unclosed', "unclosed", id="unclosed-furniture-kept"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "prose"), PROSE)
def test_prose(source: str, prose: str) -> None:
    assert _html.parse_html(source).prose == prose


# --- whole corpus pages: the same quotes and references from HTML and text -----------

CORPUS_PAGES = json.loads((PAGES / "pages.json").read_text(encoding="utf-8"))


def _key(c: Citation) -> tuple[str | None, ...]:
    return (c.kind.value, None if c.platform is None else c.platform.value, c.speaker)


@pytest.mark.parametrize("page", [pytest.param(p, id=p["id"]) for p in CORPUS_PAGES])
def test_html_and_text_give_the_same_quotes_and_references(page: dict[str, Any]) -> None:
    with gzip.open(PAGES / f"{page['id']}.html.gz", "rt", encoding="utf-8", errors="replace") as f:
        html = f.read()
    text = (PAGES / f"{page['id']}.txt").read_text(encoding="utf-8")
    from_html = _prose_citations(
        socialcite.extract(html, format="html", published=page["published"])
    )
    from_text = _prose_citations(
        socialcite.extract(text, format="text", published=page["published"])
    )
    # Not an empty agreement: the gold's speakers are there.
    assert set(page["speakers"]) <= {c.speaker for c in from_html}
    assert Counter(map(_key, from_html)) == Counter(map(_key, from_text))


# --- any string ----------------------------------------------------------------------

TAGS = st.sampled_from(
    [
        "<div class='share'>", "<div class='entry-content'>", "<article>", "</article>",
        "</div>", "<nav>", "</nav>", "<main>", "</main>", "<blockquote>", "</blockquote>",
        "<pre>", "</pre>", "<p>", "</p>", "<div hidden>", '<div style="display:none">',
        "<section class='comments'>", "</section>", "<form>", "</form>",
        'Ann tweeted "hi". ', "text ", "\u200f", "&nbsp;", "\n",
    ]
)  # fmt: skip


@given(st.lists(TAGS, max_size=60))
def test_any_markup_maps_prose_back_into_the_source(parts: list[str]) -> None:
    source = "".join(parts)
    page = _html.parse_html(source)
    prose = page.prose
    assert not prose.startswith("\n")
    for i in range(len(prose)):
        start, end = page.source_span((i, i + 1))
        assert 0 <= start <= end <= len(source)
        if prose[i].isalpha():
            assert prose[i] in source[start:end]
