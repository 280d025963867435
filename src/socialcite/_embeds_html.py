"""Embedded posts in HTML widget markup.

``_html`` finds the widget elements (``blockquote.twitter-tweet``,
``blockquote.instagram-media``, ``div.fb-post``, ``amp-youtube``, every
``<iframe>`` …); this module reads each into one ``embed`` citation:

* **which post**: the widget's permalink attribute (``cite``,
  ``data-instgrm-permalink``, ``data-href``, ``data-bluesky-uri`` …), its
  embed URL (an iframe's ``src`` or lazy ``data-src``), its id attribute
  (``data-tweetid``, ``data-shortcode``, ``videoid``), else the permalink
  among its links (for a tweet, the footer's date link: the last status
  link);
* **who and when**: the widget's own footer, read by the same rules as in
  extracted text (``— Name (@handle) May 31, 2018``, ``A post shared by …``,
  ``Posted by … on …``), else a ``<time datetime>``, else the time the post
  id encodes;
* **what**: the post text is the widget's text above its footer.

A YouTube playlist player is an embed too, with the playlist's URL and no
``post_id`` (a playlist is no single video).

The span runs from the widget's opening tag to its closing tag; the
``<script src=…widgets.js>`` that often follows is not part of it. An iframe
that shows no post (share and follow buttons, like boxes) is not
an embed, and neither is markup in a script, template or comment (never
tokenized by ``_html``).
"""

from __future__ import annotations

import operator
from itertools import repeat
from typing import Any

import attrs

from socialcite import _handles
from socialcite._dates import DateResolver
from socialcite._embed_formats import (
    CLASS_WIDGETS,
    INSTAGRAM_VIEW_POST,
    WIDGET_ID_ATTRIBUTES,
    WIDGET_URL_ATTRIBUTES,
)
from socialcite._embed_urls import embed_post_url, post_ref, ref_from_id
from socialcite._embeds_text import Remnant, find_remnants
from socialcite._html import HtmlPage, Widget
from socialcite._model import (
    Account,
    Citation,
    CitationKind,
    DateSource,
    Platform,
    PostDate,
    PostRef,
)
from socialcite._platforms import normalise_handle

__all__ = ["find_embeds"]

_BOILERPLATE_LINES = frozenset(line.lower() for line in INSTAGRAM_VIEW_POST)


def _widget_ref(page: HtmlPage, widget: Widget, attributes: dict[str, str]) -> PostRef | None:
    """The post a widget shows, from its attributes, else its links."""
    platform = widget.platform
    for name in WIDGET_URL_ATTRIBUTES:
        value = attributes.get(name)
        if not value:
            continue
        ref = post_ref(value)
        if ref is not None and (platform is None or ref.platform is platform):
            return ref
    if platform is None:
        return None
    for name in WIDGET_ID_ATTRIBUTES.get(platform, ()):
        value = attributes.get(name, "").strip()
        if value:
            ref = ref_from_id(platform, value)
            if ref is not None:
                return ref
    # The permalink among the widget's links: the last one names the post
    # (a tweet's footer date link comes after any links in its text).
    found: PostRef | None = None
    names = page.tags.names
    closing = page.tags.closing
    for index in range(widget.first + 1, widget.last):
        if names[index] != "a" or closing[index]:
            continue
        href = page.attributes(index).get("href")
        if not href:
            continue
        ref = post_ref(href)
        if ref is not None and ref.platform is platform:
            found = ref
    return found


def _time_datetime(page: HtmlPage, widget: Widget) -> str | None:
    names = page.tags.names
    closing = page.tags.closing
    for index in range(widget.first + 1, widget.last):
        if names[index] == "time" and not closing[index]:
            value = page.attributes(index).get("datetime")
            if value:
                return value
    return None


def _describe(page: HtmlPage, widget: Widget, attributes: dict[str, str]) -> str:
    """A cue for a widget that shows no footer: its element and class."""
    name = page.tags[widget.first].name
    classes = attributes.get("class", "").split()
    for token in classes:
        if (name, token) in CLASS_WIDGETS:
            return f"{name}.{token}"
    return name


def _post_text(widget_text: str, footer: Remnant | None) -> str | None:
    body = widget_text if footer is None else widget_text[: footer.cue_start]
    lines = [
        line.strip()
        for line in body.splitlines()
        if line.strip() and line.strip().lower() not in _BOILERPLATE_LINES
    ]
    return "\n".join(lines) or None


def _embed(page: HtmlPage, widget: Widget, resolver: DateResolver) -> Citation | None:
    attributes = page.attributes(widget.first)
    ref = _widget_ref(page, widget, attributes)
    platform = widget.platform if widget.platform is not None else (ref.platform if ref else None)
    shown_url = ref.url if ref is not None else None
    if platform is None:
        # A player that shows no single post (a YouTube playlist) is still an
        # embed of the platform, without a post id.
        for attribute in WIDGET_URL_ATTRIBUTES:
            embedded = embed_post_url(attributes.get(attribute, ""))
            if embedded is not None:
                platform, shown_url = embedded
                break
        else:
            return None  # an iframe that shows no post: share buttons, like boxes
    widget_text = page.text_of(widget.first, widget.last) if widget.last > widget.first else ""
    footers = [r for r in find_remnants(widget_text) if r.platform is platform]
    footer = footers[-1] if footers else None
    if widget.platform is not None and ref is None and footer is None:
        return None  # widget markup that names no post and shows no footer
    text = _post_text(widget_text, footer)
    if footer is not None and footer.text and footer.platform is Platform.TIKTOK:
        text = footer.text

    handle = footer.handle if footer is not None and footer.handle else None
    name = footer.name if footer is not None else None
    author: Account | None = None
    if handle:
        author = Account(
            platform=platform,
            handle=normalise_handle(platform, handle),
            name=name,
            display=None if platform is Platform.MASTODON else f"@{handle}",
        )
    elif ref is not None and ref.handle and not ref.handle.startswith("did:"):
        author = Account(platform=platform, handle=ref.handle, name=name)

    posted: PostDate | None = None
    if footer is not None and footer.date_text:
        posted = resolver.resolve(footer.date_text, DateSource.FOOTER)
    if posted is None or posted.value is None:
        stamp = _time_datetime(page, widget)
        if stamp:
            resolved = resolver.resolve(stamp, DateSource.FOOTER)
            if resolved.value is not None or posted is None:
                posted = resolved
    if (posted is None or posted.value is None) and ref is not None and ref.posted is not None:
        posted = ref.posted

    mentions: tuple[Account, ...] = ()
    if text:
        mentions = tuple(m.account for m in _handles.find_mentions(text, platform))
    return Citation(
        kind=CitationKind.EMBED,
        platform=platform,
        text=text,
        speaker=name or (author.handle if author is not None else None),
        author=author,
        cue=footer.cue if footer is not None else _describe(page, widget, attributes),
        posted=posted,
        url=shown_url,
        post_id=ref.post_id if ref is not None else None,
        mentions=mentions,
        span=(widget.start, widget.end),
    )


def _arguments(citation: Citation) -> dict[str, Any]:
    """The arguments that build *citation* again (what ``attrs.evolve`` passes)."""
    return {
        field.alias or field.name: getattr(citation, field.name)
        for field in attrs.fields(Citation)
        if field.init
    }


def find_embeds(page: HtmlPage, resolver: DateResolver) -> list[Citation]:
    """Every widget embed in *page*, spans in HTML offsets.

    >>> from socialcite._dates import DateResolver
    >>> from socialcite._html import parse_html
    >>> page = parse_html(
    ...     '<p>He wrote:</p><blockquote class="twitter-tweet"><p lang="en">'
    ...     'The Fake News said I played golf today!</p>&mdash; Donald J. Trump '
    ...     '(@realDonaldTrump) <a href="https://twitter.com/realDonaldTrump/status/'
    ...     '1212152232163389440?ref_src=twsrc%5Etfw">December 31, 2019</a></blockquote>')
    >>> c = find_embeds(page, DateResolver(None))[0]
    >>> c.platform.value, c.post_id, str(c.author), c.posted.iso
    ('twitter', '1212152232163389440', '@realDonaldTrump', '2019-12-31')
    >>> c.text, c.url
    ('The Fake News said I played golf today!', 'https://x.com/realdonaldtrump/status/1212152232163389440')
    >>> page.source[c.span[0]:c.span[0] + 11]
    '<blockquote'
    """
    found: list[Citation] = []
    # A widget's citation depends only on its markup (and the resolver), so
    # a widget repeated on the page (the same post embedded twice, or a
    # hostile page of thousands of copies) is read once; each copy keeps its
    # own span. The key holds the tags' offsets within the widget too, so two
    # widgets share a reading only when they were tokenized alike.
    # A reading is kept as the arguments that build its citation: a copy is
    # the same arguments with its span (attrs.evolve, without looking the
    # fields up again for each of thousands of copies).
    read: dict[tuple[object, ...], dict[str, Any] | None] = {}
    source = page.source
    names, starts, ends, closing, attrs_starts = page.tags.columns()
    for widget in page.widgets:
        start = widget.start
        within = slice(widget.first, widget.last + 1)
        # The tags' columns, offsets made relative to the widget (built in C).
        key = (
            source[start : widget.end],
            tuple(names[within]),
            tuple(map(operator.sub, starts[within], repeat(start))),
            tuple(map(operator.sub, ends[within], repeat(start))),
            tuple(closing[within]),
            tuple(map(operator.sub, attrs_starts[within], repeat(start))),
        )
        if key in read:
            arguments = read[key]
            if arguments is not None:
                found.append(Citation(**{**arguments, "span": (start, widget.end)}))
            continue
        try:
            citation = _embed(page, widget, resolver)
        except (
            ValueError,
            KeyError,
            IndexError,
        ):  # malformed markup loses one widget, not the page
            citation = None
        read[key] = None if citation is None else _arguments(citation)
        if citation is not None:
            found.append(citation)
    return found
