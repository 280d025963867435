"""HTML reading: format detection, one tokenizer pass, prose with an offset map, widgets.

A page is read once by a regex tag tokenizer (no DOM: a table of tags with
their offsets is all the detectors need). From the tags come

* the **widgets**: platform embed markup (``blockquote.twitter-tweet``,
  ``div.fb-post``, ``amp-instagram``, every ``<iframe>`` …) with the tag range
  it covers, found from the class and element tables of ``_embed_formats``
  and read into citations by ``_embeds_html``;
* the **layout**: the article body (``itemprop=articleBody``,
  ``.entry-content``, ``<article>``, ``<main>`` …) and the page furniture
  (navigation, share bars, related stories, comments, bios, hidden elements
  …), from the vocabularies of ``_html_layout``;
* the **prose**: the article body's visible text (the whole page's when no
  body is marked), entities decoded, block elements as line breaks, quoted
  blocks indented, with scripts, styles, templates, comments, the ``<head>``,
  the furniture and the widgets left out, and a map from every prose offset
  back to the HTML.

Markup inside ``<script>``, ``<template>``, ``<style>`` or a comment is never
tokenized, so an embed code quoted in a script string is not a widget.
"""

from __future__ import annotations

import functools
import html
import itertools
import operator
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime, time
from typing import NamedTuple, TypeVar, overload

import attrs
import regex

from socialcite import _html_layout as layout
from socialcite import _pubdate
from socialcite._embed_formats import (
    BLOCK_TAGS,
    CLASS_WIDGETS,
    DROPPED_TAGS,
    INERT_TAGS,
    TAG_WIDGETS,
)
from socialcite._fast_re import FAST_RE
from socialcite._model import Platform

__all__ = [
    "HtmlPage",
    "Tag",
    "TagTable",
    "Widget",
    "looks_like_html",
    "parse_html",
    "tag_attributes",
]

_HTML_START_RE = regex.compile(
    r"""
    \A[\s\ufeff]*+                 # leading space or byte-order mark
    (?: <!doctype\s+html           # a doctype
      | <html\b | <head\b | <body\b  # or an opening document tag
      | <!--                       # or a comment
    )
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
_TAG_RE = regex.compile(
    r"""
    <(?:p|div|br|span|a|blockquote|article|section|script|meta|img|iframe|h[1-6])\b  # common tags
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# One token that starts with "<": a comment, an inert element with its whole
# content (script, style, template …), a tag, or a declaration. Quoted
# attribute values are taken whole so a ">" inside them does not end the tag.
# Every repeat is possessive or bounded, so no input makes it backtrack.
# The tokenizer is the one pattern run over every byte of every page: it uses
# ``FAST_RE``, measured 2.4x faster than ``regex`` on the development corpus.
_INERT_NAMES = "|".join(sorted(INERT_TAGS))
# A comment or a tag opening (after the page's last ">", it never ends).
_UNFINISHED_RE = FAST_RE.compile(r"<(?:!--|/?[A-Za-z])")
# A tag's attributes up to its ">". As in browsers, a quote opens a value
# only right after "=" (a stray quote is a plain character), a quoted value is
# taken whole, so a ">" inside it does not end the tag, and a value whose
# quote never closes runs to the end of the page. No attempt can fail once a
# tag name has matched, so the scan never restarts inside a long tag.
_ATTRS = r"""(?>(?:[^>"'=]++|=[\t\n\f\r\ ]*+"[^"]*+(?:"|\Z)|=[\t\n\f\r\ ]*+'[^']*+(?:'|\Z)|["'=])*+(?:>|\Z))"""
# The same with every quote closed: tells whether the page's last tag was cut
# short by a quote that never closes.
_CLOSED_TAG_RE = FAST_RE.compile(
    r"""<[^\s/>]*+(?:[^>"'=]++|=[\t\n\f\r\ ]*+"[^"]*+"|=[\t\n\f\r\ ]*+'[^']*+'|=(?![\t\n\f\r\ ]*+["'])|["'])*+>"""
)
# The letters an inert element's name starts with: a tag that starts with
# none of them skips the inert alternatives (most tags; measured 15% of the
# tokenizer's time on a page of bare tags).
_INERT_INITIALS = "".join(sorted({name[0] for name in INERT_TAGS}))
_TOKEN_RE = FAST_RE.compile(
    rf"""
    (<                                                # the whole token:
    (?: !--(?:[^-]++|-(?!->))*+(?:-->|\Z)           # a comment, to "-->" or the end
      | (?=[{_INERT_INITIALS}])                       # an inert element opens
        (?P<inert>{_INERT_NAMES})(?=[\s/>])
        (?P<iattrs>{_ATTRS})
        (?:[^<]++|<(?!/(?P=inert)[\s/>]))*+          # its content, never tokenized
        (?P<iclose></(?P=inert)[^>]{{0,100}}+>|\Z)   # its closing tag, or the end
      | (?P<name>/?+[A-Za-z][^\s/>\x00]{{0,63}}+)    # a tag name, "/" first when closing
        (?:>|{_ATTRS})                                # ">" at once (most tags), or attributes
      | [!?][^>]*+>                                   # doctype, CDATA, processing
    ))
    """,
    FAST_RE.VERBOSE | FAST_RE.IGNORECASE,
)
# ``_TOKEN_RE.split`` gives, for each token, the text before it and then
# its groups: the list holds a token every _TOKEN_STRIDE items, each group at
# its number from there.
_TOKEN_STRIDE = _TOKEN_RE.groups + 1
_TEXT = 0
_TOKEN = 1
_INERT = _TOKEN_RE.groupindex["inert"]
_IATTRS = _TOKEN_RE.groupindex["iattrs"]
_ICLOSE = _TOKEN_RE.groupindex["iclose"]
_NAME = _TOKEN_RE.groupindex["name"]

_ATTRIBUTE_RE = regex.compile(
    r"""
    (?P<name>[^\s"'>/=]{1,80}+)                   # attribute name
    (?: \s*+ = \s*+                               # "=" and a value:
        (?: "(?P<dq>[^"]*+)"                      #   double-quoted
          | '(?P<sq>[^']*+)'                      #   single-quoted
          | (?P<bare>[^\s>]++)                    #   or bare
        )
    )?+
    """,
    regex.VERBOSE,
)

# No-break spaces fold like spaces (the prose is read, not laid out).
# Invisible format characters are left out of the prose, as text extractors do:
# zero-width space, direction marks, word joiner, byte-order mark, soft
# hyphen (``\u200f@viticci`` is the account ``@viticci``). Joiners that
# shape emoji and scripts (U+200C, U+200D) stay.
_INVISIBLE = "\u00ad\u200b\u200e\u200f\u2060\ufeff"

# In a text run: what cannot be copied to the prose as it is. On the stdlib
# engine like the tokenizer (no case, no Unicode classes: the same matches),
# measured a third faster on a page of character references.
_TEXT_SPECIAL_RE = FAST_RE.compile(
    rf"""
      (?P<space>[ \t\n\r\f\xa0]{{2,}}+|[\t\n\r\f\xa0])  # a run of white space to fold
    | (?P<entity>&(?:\#[0-9]{{1,7}}+|\#[xX][0-9a-fA-F]{{1,6}}+|[A-Za-z][A-Za-z0-9]{{1,31}}+);?+)
    | (?P<invisible>[{_INVISIBLE}]++)               # invisible characters to drop
    """,
    FAST_RE.VERBOSE,
)
_SPACE_GROUP = _TEXT_SPECIAL_RE.groupindex["space"]
_ENTITY_GROUP = _TEXT_SPECIAL_RE.groupindex["entity"]

_COMMENT_NAME = "!--"
_OTHER_NAME = "!"

_T = TypeVar("_T")


class Tag(NamedTuple):
    """One tag of the page.

    ``name`` is lower-case (``"!--"`` for a comment, ``"!"`` for a
    declaration); ``source[start:end]`` is the tag; ``attrs_start`` is where
    its attribute text begins.
    """

    name: str
    start: int
    end: int
    closing: bool
    attrs_start: int


class Widget(NamedTuple):
    """A widget element: ``tags[first]`` opens it and ``tags[last]`` closes it.

    ``platform`` is known for class and custom-element widgets, ``None`` for
    an ``<iframe>`` (its URL tells).
    """

    platform: Platform | None
    first: int
    last: int
    start: int
    end: int


class TagTable(Sequence[Tag]):
    """The tags of a page, in order, kept as columns: ``names[i]``,
    ``starts[i]``, ``ends[i]``, ``closing[i]`` and ``attrs_starts[i]`` are
    the fields of ``table[i]``.

    A page of bare tags holds one every five characters: a column costs a
    list slot per tag where a tuple costs an object (and the garbage
    collector's attention), and each reader loops over the columns it needs.

    >>> tags = tokenize('<p class="x">Hi</p>')
    >>> tags[0]
    Tag(name='p', start=0, end=13, closing=False, attrs_start=2)
    >>> tags.names, tags.closing
    (['p', 'p'], [False, True])
    """

    __slots__ = ("_attributed", "_named", "attrs_starts", "closing", "ends", "names", "starts")

    def __init__(
        self,
        names: list[str],
        starts: list[int],
        ends: list[int],
        closing: list[bool],
        attrs_starts: list[int],
    ) -> None:
        self.names = names
        self.starts = starts
        self.ends = ends
        self.closing = closing
        self.attrs_starts = attrs_starts
        self._attributed: list[int] | None = None
        self._named: dict[frozenset[str], list[int]] = {}

    @classmethod
    def of(cls, tags: Iterable[Tag]) -> TagTable:
        """The table of *tags* (a table is returned as it is).

        >>> TagTable.of([Tag("p", 0, 3, False, 2)]).ends
        [3]
        """
        if isinstance(tags, TagTable):
            return tags
        names: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        closing: list[bool] = []
        attrs_starts: list[int] = []
        for name, start, end, closes, attrs_start in tags:
            names.append(name)
            starts.append(start)
            ends.append(end)
            closing.append(closes)
            attrs_starts.append(attrs_start)
        return cls(names, starts, ends, closing, attrs_starts)

    def __len__(self) -> int:
        return len(self.names)

    def attributed(self) -> list[int]:
        """The indexes of the tags with attribute text (more than their ``>``).

        The readers of the layout and the widgets look at these (and at a few
        elements by name), never at the bare tags: a page of ``<div><p>`` costs
        them one C-level pass.

        >>> tokenize('<div><div id="a"></div></div><br/>').attributed()
        [1, 4]
        """
        if self._attributed is None:
            lengths = map(operator.sub, self.ends, self.attrs_starts)
            self._attributed = list(itertools.compress(itertools.count(), map((1).__lt__, lengths)))
        return self._attributed

    def named(self, wanted: frozenset[str]) -> list[int]:
        """The indexes of the tags named in *wanted* (picked out in C, kept per set).

        >>> tokenize("<p>a</p><nav>b</nav>").named(frozenset({"nav"}))
        [2, 3]
        """
        found = self._named.get(wanted)
        if found is None:
            found = self._named[wanted] = list(_named(self.names, wanted))
        return found

    @overload
    def __getitem__(self, index: int) -> Tag: ...

    @overload
    def __getitem__(self, index: slice) -> list[Tag]: ...

    def __getitem__(self, index: int | slice) -> Tag | list[Tag]:
        if isinstance(index, slice):
            names, starts, ends, closing, attrs_starts = self.columns()
            return list(
                map(
                    _new_tag,
                    zip(
                        names[index],
                        starts[index],
                        ends[index],
                        closing[index],
                        attrs_starts[index],
                        strict=True,
                    ),
                )
            )
        return _new_tag(
            (
                self.names[index],
                self.starts[index],
                self.ends[index],
                self.closing[index],
                self.attrs_starts[index],
            )
        )

    def __iter__(self) -> Iterator[Tag]:
        return map(_new_tag, zip(*self.columns(), strict=True))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TagTable):
            return NotImplemented
        return self.columns() == other.columns()

    __hash__ = None  # type: ignore[assignment]  # mutable columns

    def __repr__(self) -> str:
        return f"TagTable({list(self)!r})"

    def columns(self) -> tuple[list[str], list[int], list[int], list[bool], list[int]]:
        """The five columns, in the order of :class:`Tag`'s fields.

        >>> tokenize("<p>Hi</p>").columns()
        (['p', 'p'], [0, 5], [3, 9], [False, True], [2, 8])
        """
        return (self.names, self.starts, self.ends, self.closing, self.attrs_starts)


def looks_like_html(source: str) -> bool:
    """Whether *source* is an HTML page or fragment rather than plain text.

    >>> looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> looks_like_html("He tweeted: <3 and more")
    False
    """
    if _HTML_START_RE.match(source):
        return True
    head = source[:20_000]
    return len(_TAG_RE.findall(head, overlapped=False)) >= 3


def tag_attributes(source: str, tag: Tag) -> dict[str, str]:
    """The attributes of *tag*, names lower-case, values entity-decoded.

    >>> src = '<iframe SRC="https://x.test/?a=1&amp;b=2" allowfullscreen>'
    >>> tag_attributes(src, Tag("iframe", 0, len(src), False, 7))
    {'src': 'https://x.test/?a=1&b=2', 'allowfullscreen': ''}
    """
    found: dict[str, str] = {}
    end = tag.end - 1
    for m in _ATTRIBUTE_RE.finditer(source, tag.attrs_start, end):
        name = m.group("name").lower()
        if name in found:
            continue
        value = m.group("dq")
        if value is None:
            value = m.group("sq")
        if value is None:
            value = m.group("bare") or ""
        found[name] = html.unescape(value) if "&" in value else value
    return found


def _class_tokens(source: str, tag: Tag) -> list[str]:
    return tag_attributes(source, tag).get("class", "").split()


def tokenize(source: str) -> TagTable:
    """Every tag of *source* in order; inert content and comments are not tokenized.

    >>> [t.name for t in tokenize('<p>a<script>"<p>"</script><!-- <p> --></p>')]
    ['p', 'script', 'script', '!--', 'p']
    """
    # Stop at the last ">": a "<" after it cannot open a tag, and scanning
    # for one from every "<" of a "<<<<" storm would be quadratic.
    end = source.rfind(">") + 1
    # One C-level pass cuts the page into text, token, text, token … with the
    # groups of each token; the columns are then built with map, zip and
    # accumulate, no Python statement per tag. On a page of bare tags, the
    # method calls per match of a finditer loop were most of the cost.
    # The page is split whole, not copied up to its last ">", when no token
    # can start after it (no "<") and none ran past it (an unclosed comment,
    # script or quote: then it is split again, cut).
    whole = end == len(source) or source.find("<", end) < 0
    pieces = _TOKEN_RE.split(source if whole else source[:end])
    if whole and end < len(source) and len(pieces) > 1 and len(source) - len(pieces[-1]) > end:
        pieces = _TOKEN_RE.split(source[:end])
    written = pieces[_NAME::_TOKEN_STRIDE]  # None: a comment, declaration or inert element
    # Offsets: the running total of the lengths of text, token, text, token …
    lengths = [0] * (2 * len(written))
    lengths[0::2] = map(len, pieces[_TEXT:-1:_TOKEN_STRIDE])
    lengths[1::2] = map(len, pieces[_TOKEN::_TOKEN_STRIDE])
    # The pieces hold a copy of the page: let them go as soon as read (they
    # are kept only for the few tokens that are not plain tags).
    others = pieces if None in written else None
    del pieces
    bounds = list(itertools.accumulate(lengths))
    del lengths
    starts = bounds[0::2]
    ends = bounds[1::2]
    del bounds
    # Per name as written (a page uses a few dozen): its lower-case name,
    # whether it closes, and where its attributes start from the tag's start.
    names: dict[str | None, str] = {}
    closing: dict[str | None, bool] = {}
    name_ends: dict[str | None, int] = {}
    for name in set(written):
        if name is None:  # rebuilt below
            names[name], closing[name], name_ends[name] = _OTHER_NAME, False, 0
            continue
        closes = name[0] == "/"
        names[name] = (name[1:] if closes else name).lower()
        closing[name] = closes
        name_ends[name] = 1 + len(name)  # "<" and the name
    tags = TagTable(
        list(map(names.__getitem__, written)),
        starts,
        ends,
        list(map(closing.__getitem__, written)),
        list(map(operator.add, starts, map(name_ends.__getitem__, written))),
    )
    if (
        written
        and written[-1] is not None
        and ends[-1] == end
        and not _CLOSED_TAG_RE.fullmatch(source, starts[-1], end)
    ):
        ends[-1] = len(source)  # an unclosed quote: the tag swallows the rest
    if others is not None:
        _rebuild_other_tokens(source, tags, others, written)
    # After the last ">": a comment or tag that opens there never ends, and
    # hides the rest of the page (as in a browser).
    unfinished = _UNFINISHED_RE.search(source, end)
    if unfinished is not None:
        name = _COMMENT_NAME if unfinished.group() == "<!--" else _OTHER_NAME
        tags.names.append(name)
        tags.starts.append(unfinished.start())
        tags.ends.append(len(source))
        tags.closing.append(False)
        tags.attrs_starts.append(len(source))
    return tags


def _rebuild_other_tokens(
    source: str, tags: TagTable, pieces: list[str | None], written: list[str | None]
) -> None:
    """Make right, in place, the tags of the tokens that are not plain tags.

    ``tokenize`` builds every token as a tag; the others (no ``name``
    group) are rebuilt here: a comment or declaration (an unclosed comment
    runs to the end of the page), an inert element (its opening tag, and
    its closing tag inserted after it; its content is skipped).
    """
    names, starts, ends, attrs_starts = tags.names, tags.starts, tags.ends, tags.attrs_starts
    inserted: list[tuple[int, Tag]] = []  # (index of the opening tag, closing tag)
    is_none = map(operator.is_, written, itertools.repeat(None))
    for i in itertools.compress(itertools.count(), is_none):
        start = starts[i]
        stop = ends[i]
        at = i * _TOKEN_STRIDE
        inert = pieces[at + _INERT]
        if inert is None:
            if source.startswith("<!--", start):
                names[i] = _COMMENT_NAME
                if not source.endswith("-->", 0, stop):
                    stop = ends[i] = len(source)  # an unclosed comment runs to the end
            attrs_starts[i] = stop
            continue
        name = names[i] = inert.lower()
        inert_end = attrs_starts[i] = start + 1 + len(inert)
        ends[i] = inert_end + len(pieces[at + _IATTRS] or "")
        close = pieces[at + _ICLOSE]
        if close:
            close_start = stop - len(close)
            inserted.append((i, Tag(name, close_start, stop, True, close_start + 2 + len(name))))
    if inserted:
        closing_tags = [tag for _, tag in inserted]
        after = [i for i, _ in inserted]
        tags.names[:] = _spliced(tags.names, after, [tag.name for tag in closing_tags])
        tags.starts[:] = _spliced(tags.starts, after, [tag.start for tag in closing_tags])
        tags.ends[:] = _spliced(tags.ends, after, [tag.end for tag in closing_tags])
        tags.closing[:] = _spliced(tags.closing, after, [True] * len(closing_tags))
        tags.attrs_starts[:] = _spliced(
            tags.attrs_starts, after, [tag.attrs_start for tag in closing_tags]
        )


def _spliced(column: list[_T], after: list[int], values: list[_T]) -> list[_T]:
    """*column* with each of *values* put right after the index *after* gives it."""
    merged: list[_T] = []
    done = 0
    for i, value in zip(after, values, strict=True):
        merged += column[done : i + 1]
        merged.append(value)
        done = i + 1
    merged += column[done:]
    return merged


# A Tag from its five fields: tuple.__new__ skips NamedTuple's Python-level
# constructor (TagTable builds them on demand, by the thousand for a slice).
_new_tag = functools.partial(tuple.__new__, Tag)


def _widget_platform(source: str, tag: Tag) -> Platform | bool | None:
    """The platform when *tag* opens a widget, ``None`` for an iframe, else ``False``."""
    name = tag.name
    if name == "iframe":
        return None
    if name in TAG_WIDGETS:
        return TAG_WIDGETS[name]
    if name not in ("blockquote", "div"):
        return False
    # Cheap test on the raw tag before parsing its attributes: every class
    # widget's class token has a "-" (twitter-tweet, fb-post …).
    raw = source[tag.attrs_start : tag.end]
    if "-" not in raw or ("class" not in raw and "CLASS" not in raw):
        return False
    if name == "div" and "fb-" not in raw:  # div widgets: fb-post, fb-video
        return False
    # A page embeds the same widget markup again and again: read once (a
    # long attribute text is not kept in the cache).
    if len(raw) <= _CACHED_ATTRS:
        return _cached_class_widget(name, raw)
    return _class_widget(name, raw)


_CACHED_ATTRS = 1_000


@functools.lru_cache(maxsize=1024)
def _cached_class_widget(name: str, raw: str) -> Platform | bool:
    return _class_widget(name, raw)


def _class_widget(name: str, raw: str) -> Platform | bool:
    """The platform of a class widget from its element and attribute text, else ``False``."""
    for token in _class_tokens(raw, Tag(name, 0, len(raw), False, 0)):
        platform = CLASS_WIDGETS.get((name, token))
        if platform is not None:
            return platform
    return False


# Elements that may open a widget.
_WIDGET_ELEMENTS = frozenset({"iframe", "blockquote", "div", *TAG_WIDGETS})
# Elements that open a widget by their class, and the shortest attribute
# text that _widget_platform does not reject outright ("class" and a "-").
_CLASS_ELEMENTS = frozenset({"blockquote", "div"})
_MIN_CLASS_ATTRS = len("class-")
# Elements that open a widget by their name.
_ELEMENT_WIDGETS = _WIDGET_ELEMENTS - _CLASS_ELEMENTS


def _named(names: list[str], wanted: frozenset[str]) -> Iterator[int]:
    """The indexes of the tags named in *wanted*, picked out in C, not a Python loop."""
    return itertools.compress(itertools.count(), map(wanted.__contains__, names))


def _closing_tags(
    tags: TagTable, names: frozenset[str], indexes: Iterable[int] | None = None
) -> dict[int, int]:
    """For each opening tag named in *names*, the index of the tag that closes it.

    One pass with a stack per name, so unclosed elements (a page of
    ``<blockquote class="twitter-tweet">`` that never close) cost nothing more.
    *indexes*, when given, are those of every tag named in *names* (and maybe
    others), in order.
    """
    closing: dict[int, int] = {}
    open_at: dict[str, list[int]] = {}
    tag_names = tags.names
    closes = tags.closing
    for i in _named(tag_names, names) if indexes is None else indexes:
        name = tag_names[i]
        if name not in names:
            continue
        stack = open_at.setdefault(name, [])
        if not closes[i]:
            stack.append(i)
        elif stack:
            closing[stack.pop()] = i
    return closing


def find_widgets(source: str, tags: Sequence[Tag]) -> list[Widget]:
    """The widget elements among *tags* (not nested inside one another)."""
    table = TagTable.of(tags)
    names, starts, ends, closes, attrs_starts = table.columns()
    attributed = table.attributed()
    # A class widget has attributes; an element widget may have none.
    with_class = map(_CLASS_ELEMENTS.__contains__, map(names.__getitem__, attributed))
    candidates = sorted(
        itertools.chain(
            itertools.compress(attributed, with_class),
            (i for i in table.named(_READ_BY_NAME) if names[i] in _ELEMENT_WIDGETS),
        )
    )
    widgets: list[Widget] = []
    closing: dict[int, int] | None = None  # built on the first widget
    after = 0  # the tag after the last widget (widgets do not nest)
    for i in candidates:
        if i < after or closes[i]:
            continue
        end = ends[i]
        if end - attrs_starts[i] < _MIN_CLASS_ATTRS and names[i] in _CLASS_ELEMENTS:
            continue  # no room for a class with a "-"
        platform = _widget_platform(source, table[i])
        if platform is False:
            continue
        if closing is None:
            closing = _closing_tags(table, _WIDGET_ELEMENTS)
        # An unclosed widget is its opening tag alone.
        last = i if source.startswith("/>", end - 2) else closing.get(i, i)
        widgets.append(
            Widget(
                platform if isinstance(platform, Platform) else None,
                i,
                last,
                starts[i],
                ends[last],
            )
        )
        after = last + 1
    return widgets


# --- layout: the article body and the page furniture ---------------------------------

# In a container's opening tag, the attributes that tell its part in the
# page's layout, with their value.
_LAYOUT_ATTR_RE = FAST_RE.compile(
    r"""
    (?<![\w-])                                       # a whole attribute name:
    (class|id|role|itemprop|style|aria-hidden|hidden)
    [\t\n\f\r\ ]*+
    (?: =[\t\n\f\r\ ]*+
        (?: "([^"]*+)"                               # double-quoted value
          | '([^']*+)'                               # single-quoted value
          | ([^\t\n\f\r\ "'=<>`]++)                  # bare value
        )
    )?+
    """,
    FAST_RE.VERBOSE | FAST_RE.IGNORECASE,
)
# A style that hides the element.
_HIDDEN_STYLE_RE = FAST_RE.compile(
    r"(?:display|visibility)[\t\n\f\r\ ]*+:[\t\n\f\r\ ]*+(?:none|hidden)", FAST_RE.IGNORECASE
)

_SCANNED_ELEMENTS = layout.LAYOUT_ELEMENTS | layout.FURNITURE_ELEMENTS | INERT_TAGS
# Of these, the elements read whatever their attributes (furniture and body
# by their name, inert ones for the text count), and those read only for
# their attributes.
_NAMED_ELEMENTS = frozenset(
    (layout.FURNITURE_ELEMENTS | layout.BODY_ELEMENTS.keys() | INERT_TAGS) & _SCANNED_ELEMENTS
)
_ATTRIBUTE_ELEMENTS = _SCANNED_ELEMENTS - _NAMED_ELEMENTS
# The elements the widget and layout readers look at whatever their
# attributes (few on a page): found in one pass for both.
_READ_BY_NAME = _NAMED_ELEMENTS | _ELEMENT_WIDGETS

# What an element is in the layout: furniture to leave out (page furniture
# proper, or frame: weaker evidence, see FRAME_MAX_SHARE), or the article body
# at a level of confidence (1 names the article text, 3 the page's main
# content), with the name or token that says so.
_FURNITURE = 0
_FRAME = -1


class _Part(NamedTuple):
    tier: int  # _FURNITURE, _FRAME, or a body tier 1-3
    first: int
    last: int
    signature: str


# Every vocabulary word, its beginnings and its ends (two parts written
# together match too): a token with no part among these says nothing, which
# is most tokens (``row``, ``col-md-8``, ``post-89676``), found at once.
_VOCABULARY = (
    layout.FURNITURE_PARTS
    | layout.FRAME_PARTS
    | layout.BODY_TOKENS
    | layout.BROAD_BODY_TOKENS
    | layout.HIDDEN_TOKENS
    | layout.CONTENT_PARTS
)
_PART_HINTS = frozenset(
    piece
    for word in _VOCABULARY
    for cut in range(len(word) + 1)
    for piece in (word[:cut], word[cut:])
    if len(piece) > 1
)
_PART_SPLIT_RE = FAST_RE.compile(r"[-_]++")


@functools.lru_cache(maxsize=16384)
def _token_verdict(token: str) -> int | None:
    """What one class or id token says: furniture, frame, a body tier, or nothing."""
    token = token.lower()
    parts = [part for part in _PART_SPLIT_RE.split(token) if part]
    if _PART_HINTS.isdisjoint(parts) or token.startswith(layout.IGNORED_PREFIXES):
        return None
    joined = "".join(parts)
    if joined in layout.HIDDEN_TOKENS:
        return _FRAME
    body_tokens = layout.BODY_TOKENS
    # The token ends with the name: entry-content, c-article__body,
    # rich-text-article-body (not yom-top-story-content-0, one of a series).
    if parts and (
        joined in body_tokens
        or parts[-1] in body_tokens
        or (len(parts) > 1 and parts[-2] + parts[-1] in body_tokens)
    ):
        return layout.TOKEN_TIER
    found: int | None = None
    for k, part in enumerate(parts):
        if part in layout.CONTENT_PARTS:
            break  # a wrapper of the text, whatever else it holds
        for word in (part, parts[k - 1] + part) if k else (part,):
            if word in layout.FURNITURE_PARTS:
                return _FURNITURE
            if word in layout.FRAME_PARTS:
                found = _FRAME
    if found is None and joined in layout.BROAD_BODY_TOKENS:
        return layout.MAIN_TIER
    return found


@functools.lru_cache(maxsize=8192)
def _attributes_verdict(raw: str) -> tuple[int, str] | None:
    """What a container's attribute text says: (furniture, frame or body tier, signature).

    ``itemprop=articleBody`` overrules everything; then furniture, then the
    most specific body evidence, then frame.
    """
    furniture: tuple[int, str] | None = None
    body: tuple[int, str] | None = None
    frame: tuple[int, str] | None = None
    for name, dq, sq, bare in _LAYOUT_ATTR_RE.findall(raw):
        found = _attribute_verdict(name, dq or sq or bare)
        if found is None:
            continue
        tier = found[0]
        if tier == layout.ITEMPROP_TIER:
            return found
        if tier == _FURNITURE:
            furniture = found
        elif tier == _FRAME:
            frame = found
        elif body is None or tier < body[0]:
            body = found
    return furniture or body or frame


@functools.lru_cache(maxsize=16384)
def _attribute_verdict(name: str, value: str) -> tuple[int, str] | None:
    """What one attribute says (values repeat from tag to tag: cached)."""
    name = name.lower()
    if name == "itemprop":
        if layout.BODY_ITEMPROPS.intersection(value.lower().split()):
            return (layout.ITEMPROP_TIER, name)
        return None
    if name == "hidden":
        return (_FRAME, name)
    if name == "aria-hidden":
        return (_FRAME, name) if value.strip().lower() == "true" else None
    if name == "style":
        return (_FRAME, name) if _HIDDEN_STYLE_RE.search(value) else None
    if name == "role":
        role = value.strip().lower()
        if role in layout.FURNITURE_ROLES:
            return (_FRAME, role)
        tier = layout.BODY_ROLES.get(role)
        return None if tier is None else (tier, role)
    # class, id: furniture first, then the most specific body token, then frame
    furniture: tuple[int, str] | None = None
    body: tuple[int, str] | None = None
    frame: tuple[int, str] | None = None
    for token in value.split():
        found = _token_verdict(token)
        if found is None:
            continue
        if found == _FURNITURE:
            furniture = furniture or (_FURNITURE, token)
        elif found == _FRAME:
            frame = frame or (_FRAME, token)
        elif body is None or found < body[0]:
            body = (found, f"{name}={token.lower()}")
    return furniture or body or frame


def _text_before(source: str, tags: TagTable, inert_openings: list[int]) -> list[int]:
    """For each tag index ``i``, the characters of text before ``tags[i]`` (and the total).

    Text inside inert elements (opened at *inert_openings*: scripts, styles)
    is not counted.
    """
    ends = tags.ends
    gaps = list(map(operator.sub, tags.starts, [0, *ends]))
    gaps.append(len(source) - (ends[-1] if ends else 0))
    for i in inert_openings:
        gaps[i + 1] = 0
    return list(itertools.accumulate(gaps))


def find_layout(source: str, tags: Sequence[Tag]) -> tuple[list[tuple[int, int]], dict[int, int]]:
    """The article body's tag ranges (empty: the whole page) and the furniture to leave out.

    The body is the element that names the article text (``itemprop=articleBody``,
    ``.entry-content``, ``.story-body`` …), else an ``<article>``, else
    ``<main>``: of each kind the one with the most text, taken when it holds
    enough of the page's text. Furniture (navigation, share bars, related
    stories, comments, hidden elements …) is a map from the index of its
    opening tag to that of its closing tag.

    >>> story = "<p>" + "A sentence of the story. " * 10 + "</p>"
    >>> src = f'<nav><p>Home</p></nav><article>{story}</article><footer>(c)</footer>'
    >>> find_layout(src, tokenize(src))
    ([(4, 7)], {0: 3, 8: 9})
    """
    table = TagTable.of(tags)
    names, _, ends, closes, attrs_starts = table.columns()
    parts: list[tuple[int, int, str]] = []  # (tier, index, signature)
    furniture_elements = layout.FURNITURE_ELEMENTS
    body_elements = layout.BODY_ELEMENTS
    inert_tags = INERT_TAGS
    # The tags that can say something: the elements that do by their name,
    # and the other containers with attributes (a bare <div> says nothing).
    attributed = table.attributed()
    with_attributes = map(_ATTRIBUTE_ELEMENTS.__contains__, map(names.__getitem__, attributed))
    candidates = sorted(
        itertools.chain(
            itertools.compress(attributed, with_attributes),
            (i for i in table.named(_READ_BY_NAME) if names[i] in _NAMED_ELEMENTS),
        )
    )
    inert_openings: list[int] = []
    for i in candidates:
        if closes[i]:
            continue
        name = names[i]
        if name in inert_tags:
            inert_openings.append(i)
            continue
        end = ends[i]
        attrs_start = attrs_starts[i]
        verdict = _attributes_verdict(source[attrs_start:end]) if end - attrs_start > 1 else None
        if verdict is not None and verdict[0] == _FURNITURE:
            pass
        elif name in furniture_elements:
            verdict = (_FRAME, name)
        elif name in body_elements:
            tier = body_elements[name]
            if verdict is None or verdict[0] == _FRAME or verdict[0] > tier:
                verdict = (tier, name)
        if verdict is not None:
            parts.append((verdict[0], i, verdict[1]))
    if not parts:
        return [], {}
    closing = _closing_tags(table, frozenset(names[i] for _, i, _ in parts))
    count = len(table)
    body: list[_Part] = []
    furniture: list[_Part] = []
    for tier, i, signature in parts:
        # An unclosed element: where it ends is a guess, too uncertain to use.
        if i not in closing:
            continue
        (furniture if tier <= _FURNITURE else body).append(_Part(tier, i, closing[i], signature))
    before = _text_before(source, table, inert_openings)

    def text(first: int, last: int) -> int:
        return before[last] - before[first]

    chosen = _choose_body(body, text, before[count])
    if chosen:
        reference = sum(text(c.first, c.last) for c in chosen)
        furniture = [
            f for f in furniture if not any(f.first <= c.first and f.last >= c.last for c in chosen)
        ]
    else:
        reference = before[count]
    # Furniture is never most of the article: such an element is a wrapper.
    frame_limit = max(layout.FRAME_MAX_SHARE * reference, layout.MIN_WRAPPER_TEXT)
    furniture_limit = max(layout.FURNITURE_MAX_SHARE * reference, layout.MIN_WRAPPER_TEXT)
    kept = {
        f.first: f.last
        for f in furniture
        if text(f.first, f.last) <= (furniture_limit if f.tier == _FURNITURE else frame_limit)
    }
    return [(c.first, c.last) for c in chosen], kept


def _choose_body(
    candidates: list[_Part], text: Callable[[int, int], int], page_text: int
) -> list[_Part]:
    """The body: the best candidate of the most specific tier with enough text, with its split parts."""
    if not candidates:
        return []
    largest = max(text(c.first, c.last) for c in candidates)
    share_floor = layout.MIN_BODY_SHARE * largest
    for tier in layout.BODY_TIERS:
        tiered = [c for c in candidates if c.tier == tier]
        if not tiered:
            continue
        best = max(tiered, key=lambda c: text(c.first, c.last))  # the first of equals
        size = text(best.first, best.last)
        if size < layout.MIN_BODY_TEXT or (tier != layout.ITEMPROP_TIER and size < share_floor):
            continue
        if tier >= layout.ARTICLE_TIER and size < layout.MIN_ELEMENT_PAGE_SHARE * page_text:
            continue
        if tier not in (layout.ITEMPROP_TIER, layout.TOKEN_TIER):
            return [best]
        # Parts of one body split by an advert: same token, little text between.
        same = [c for c in tiered if c.signature == best.signature]
        chosen = [best]
        last = best.last
        for c in same:  # after
            if c.first > last and text(last, c.first) <= layout.SPLIT_BODY_GAP:
                chosen.append(c)
                last = c.last
        first = best.first
        for c in reversed(same):  # before
            if c.last < first and text(c.last, first) <= layout.SPLIT_BODY_GAP:
                chosen.insert(0, c)
                first = c.first
        return chosen
    return []


_INDENT = "    "


def _has_invisible(chunk: str) -> bool:
    """Whether a non-ASCII chunk holds a character the prose drops or folds."""
    return "\xa0" in chunk or any(c in chunk for c in _INVISIBLE)


def _offsets() -> array[int]:
    return array("q")


@attrs.define
class _ProseBuilder:
    """Accumulates prose text with its offset map (segments back to the HTML).

    The segments are kept in typed arrays (8 bytes an offset rather than a
    list slot and an int object): a page of whitespace runs or entities has
    one segment per run.
    """

    source: str
    parts: list[str] = attrs.Factory(list)
    length: int = 0
    seg_prose: array[int] = attrs.Factory(_offsets)
    seg_start: array[int] = attrs.Factory(_offsets)
    seg_end: array[int] = attrs.Factory(_offsets)
    seg_literal: bytearray = attrs.Factory(bytearray)
    pending_space: tuple[int, int] | None = None
    at_line_start: bool = True
    indent: bool = False  # inside a <blockquote>
    preformatted: bool = False  # inside a <pre>
    # Character references decoded so far (a page repeats a few: &amp; &nbsp;).
    decoded: dict[str, str] = attrs.Factory(dict)

    def _emit(self, text: str, start: int, end: int, literal: bool) -> None:
        if self.indent and self.at_line_start:
            # A line of a quoted block starts indented, as text extractors
            # and text browsers show a <blockquote>.
            self._push(_INDENT, start, start, False)
        self._push(text, start, end, literal)

    def _push(self, text: str, start: int, end: int, literal: bool) -> None:
        self.parts.append(text)
        self.seg_prose.append(self.length)
        self.seg_start.append(start)
        self.seg_end.append(end)
        self.seg_literal.append(literal)
        self.length += len(text)
        self.at_line_start = False

    def _flush_space(self) -> None:
        if self.pending_space is not None and not self.at_line_start:
            self._emit(" ", self.pending_space[0], self.pending_space[1], False)
        self.pending_space = None

    def space(self, start: int, end: int) -> None:
        if not self.at_line_start and self.pending_space is None:
            self.pending_space = (start, end)

    def text(self, start: int, end: int) -> None:
        """Copy ``source[start:end]``, entities decoded and white space folded."""
        if self.preformatted:  # its line breaks are the text's
            source = self.source
            nl = source.find("\n", start, end)
            while nl >= 0:
                self._text(start, nl)
                self.newline(nl, nl + 1)
                start = nl + 1
                nl = source.find("\n", start, end)
        self._text(start, end)

    def _text(self, start: int, end: int) -> None:
        if start >= end:
            return
        source = self.source
        chunk = source[start:end]
        if chunk.isspace():  # most gaps between tags: indentation
            self.space(start, end)
            return
        if (
            "&" not in chunk
            and "  " not in chunk
            and "\n" not in chunk
            and "\t" not in chunk
            and "\r" not in chunk
            and (chunk.isascii() or not _has_invisible(chunk))
        ):
            self._literal(start, end)
            return
        pos = start
        literal = self._literal
        space = self.space
        known = self.decoded
        add_part = self.parts.append
        add_prose = self.seg_prose.append
        add_start = self.seg_start.append
        add_end = self.seg_end.append
        add_literal = self.seg_literal.append
        # One segment per match on a page of entities: the common case (a
        # reference that decodes to text) is pushed here without the calls.
        for m in _TEXT_SPECIAL_RE.finditer(source, start, end):
            m_start, m_end = m.span()
            if m_start > pos:
                if (
                    self.pending_space is None
                    and source[pos] != " "
                    and source[m_start - 1] != " "
                    and not (self.indent and self.at_line_start)
                ):
                    # _literal, inlined for text with no space to fold at
                    # either end (between two references, most often).
                    add_part(source[pos:m_start])
                    add_prose(self.length)
                    add_start(pos)
                    add_end(m_start)
                    add_literal(True)
                    self.length += m_start - pos
                    self.at_line_start = False
                else:
                    literal(pos, m_start)
            pos = m_end
            kind = m.lastindex
            if kind != _ENTITY_GROUP:
                if kind == _SPACE_GROUP:
                    space(m_start, m_end)
                continue  # invisible characters: dropped
            reference = m.group()
            decoded = known.get(reference)
            if decoded is None:
                decoded = known[reference] = html.unescape(reference)
            if decoded in _INVISIBLE and decoded:
                pass
            elif decoded == "\xa0":
                space(m_start, m_end)
            elif decoded == reference:
                literal(m_start, m_end)
            else:
                if self.pending_space is not None:
                    self._flush_space()
                if self.indent and self.at_line_start:
                    self._push(_INDENT, m_start, m_start, False)
                # _push, inlined: this branch runs once per character reference,
                # and the call was most of the cost on entity-dense pages.
                add_part(decoded)
                add_prose(self.length)
                add_start(m_start)
                add_end(m_end)
                add_literal(False)
                self.length += len(decoded)
                self.at_line_start = False
        if pos < end:
            literal(pos, end)

    def _literal(self, start: int, end: int) -> None:
        source = self.source
        if source[start] == " ":
            self.space(start, start + 1)
            start += 1
        if start >= end:
            return
        trailing = source[end - 1] == " "
        if trailing:
            end -= 1
            if start >= end:
                self.space(end, end + 1)
                return
        self._flush_space()
        self._emit(source[start:end], start, end, True)
        if trailing:
            self.space(end, end + 1)

    def newline(self, start: int, end: int) -> None:
        self.pending_space = None
        if not self.at_line_start:
            self._emit("\n", start, end, False)
            self.at_line_start = True

    def build(self) -> str:
        if self.parts and self.parts[-1] == "\n":  # no line break after the last line
            self.parts.pop()
            for seg in (self.seg_prose, self.seg_start, self.seg_end, self.seg_literal):
                seg.pop()
            self.length -= 1
        return "".join(self.parts)


# What a tag does to the prose, by name (the element sets are disjoint); a
# name not here (<span>, <a>, <img> …) does nothing. One dict lookup a tag.
_BLOCK = 1
_BLOCKQUOTE = 2
_PRE = 3
_HEAD = 4
_DROPPED = 5
_BODY = 6
_INERT_ELEMENT = 7
_RENDER_KIND: dict[str, int] = {
    **dict.fromkeys(INERT_TAGS, _INERT_ELEMENT),
    "body": _BODY,
    **dict.fromkeys(DROPPED_TAGS, _DROPPED),
    "head": _HEAD,
    **dict.fromkeys(BLOCK_TAGS, _BLOCK),
    "blockquote": _BLOCKQUOTE,
    "pre": _PRE,
}


def _render(
    source: str,
    tags: TagTable,
    first: int,
    last: int,
    skip_at: dict[int, int],
    out: _ProseBuilder | None = None,
) -> _ProseBuilder:
    """The visible text between ``tags[first]`` and ``tags[last]`` (both excluded).

    ``first`` may be ``-1`` and ``last`` ``len(tags)`` for the whole page.
    Elements in *skip_at* (index of the opening tag -> index of the closing
    tag: widgets, page furniture) are left out, a line break in their place
    (a space for inline ones); so are the ``<head>``, ``<svg>`` and the like.
    The text is added to *out* when given.
    """
    if out is None:
        out = _ProseBuilder(source)
    names, starts, ends, closes, _ = tags.columns()
    text = out.text
    newline = out.newline
    kinds = _RENDER_KIND
    inline_skips = layout.INLINE_FURNITURE
    dropped = 0  # depth inside <svg>, <math>
    quoted = 0  # depth inside <blockquote>
    preformatted = 0  # depth inside <pre>
    # In the <head>, until </head>, <body> or any block element (which a
    # browser takes as the end of an unclosed head).
    in_head = False
    prev_end = ends[first] if first >= 0 else 0
    # Text after an inert opening tag is its content, never prose.
    in_inert = first >= 0 and names[first] in INERT_TAGS and not closes[first]
    stop = min(last, len(names))
    i = first + 1
    while i < stop:
        start = starts[i]
        if start > prev_end and not dropped and not in_head and not in_inert:
            text(prev_end, start)
        if i in skip_at:
            name = names[i]
            i = skip_at[i]
            prev_end = ends[i]
            if name in inline_skips:
                out.space(start, prev_end)
            else:
                newline(start, prev_end)
            in_inert = False
            in_head = False
            i += 1
            continue
        prev_end = ends[i]
        kind = kinds.get(names[i])
        in_inert = False
        if kind is None:
            pass
        elif kind <= _PRE:  # a block element
            if out.at_line_start:  # what newline() does then, without the call
                out.pending_space = None
            else:
                newline(start, prev_end)
            in_head = False
            if kind == _BLOCKQUOTE:
                quoted = max(quoted - 1, 0) if closes[i] else quoted + 1
                out.indent = quoted > 0
            elif kind == _PRE:
                preformatted = max(preformatted - 1, 0) if closes[i] else preformatted + 1
                out.preformatted = preformatted > 0
        elif kind == _INERT_ELEMENT:
            in_inert = not closes[i]
        elif kind == _HEAD:
            in_head = not closes[i]
        elif kind == _DROPPED:
            if not closes[i]:
                dropped += 1
            elif dropped:
                dropped -= 1
        else:  # <body>
            in_head = False
        i += 1
    end = starts[last] if last < len(names) else len(source)
    if not dropped and not in_head and not in_inert and end > prev_end:
        text(prev_end, end)
    out.indent = out.preformatted = False
    return out


@attrs.frozen(kw_only=True)
class HtmlPage:
    """A parsed page.

    Attributes:
        source: The HTML.
        prose: The article's visible text: the article body when the page
            marks one, else the whole page; entities decoded, one line per
            block element, ``<blockquote>`` lines indented; scripts, styles,
            comments, the head, page furniture (navigation, share bars,
            related stories, comments, bios, hidden elements) and the widgets
            left out.
        tags: Every tag, in order (inert content and comments skipped), as
            a :class:`TagTable` (its columns, or a :class:`Tag` by index).
        widgets: The widget elements, in order.
        published: The publication date from the page's metadata (a date
            becomes noon of that day).

    >>> page = parse_html('<p>Hello &amp; <b>welcome</b></p><p>Bye</p>')
    >>> page.prose
    'Hello & welcome\\nBye'
    >>> s, e = page.source_span((8, 15))
    >>> page.source[s:e]
    'welcome'
    """

    source: str
    prose: str
    tags: TagTable
    widgets: list[Widget]
    published: datetime | None = None
    _seg_prose: array[int]
    _seg_start: array[int]
    _seg_end: array[int]
    _seg_literal: bytearray

    def source_span(self, span: tuple[int, int]) -> tuple[int, int]:
        """Map a span of :attr:`prose` to offsets in :attr:`source`.

        >>> page = parse_html("<p>caf&eacute; au lait</p>")
        >>> page.source_span((0, 4))
        (3, 14)
        """
        start, end = span
        seg = self._seg_prose
        if not seg:
            return (0, 0)
        end = max(end, start + 1)
        i = max(bisect_right(seg, start) - 1, 0)
        s = self._seg_start[i] + (start - seg[i]) if self._seg_literal[i] else self._seg_start[i]
        j = max(bisect_right(seg, end - 1) - 1, 0)
        if self._seg_literal[j]:
            e = self._seg_start[j] + (end - 1 - seg[j]) + 1
        else:
            e = self._seg_end[j]
        return (s, max(e, s))

    def prose_span(self, span: tuple[int, int]) -> tuple[int, int]:
        """Map a span of :attr:`source` back to :attr:`prose` (the inverse of :meth:`source_span`).

        HTML offsets outside the prose (in markup, or in text left out) go to
        the nearest prose offset after them.

        >>> page = parse_html("<p>caf&eacute; au lait</p>")
        >>> page.prose_span(page.source_span((5, 7)))
        (5, 7)
        """
        return (self._prose_offset(span[0]), max(self._prose_offset(span[1]), 0))

    def _prose_offset(self, offset: int) -> int:
        starts = self._seg_start
        i = bisect_right(starts, offset) - 1
        if i < 0:
            return 0
        base = self._seg_prose[i]
        if offset >= self._seg_end[i]:  # past this segment: the start of the next
            return self._seg_prose[i + 1] if i + 1 < len(starts) else len(self.prose)
        return base + (offset - starts[i] if self._seg_literal[i] else 0)

    def attributes(self, index: int) -> dict[str, str]:
        """The attributes of ``tags[index]``."""
        return tag_attributes(self.source, self.tags[index])

    def text_of(self, first: int, last: int) -> str:
        """The visible text between ``tags[first]`` and ``tags[last]``, one line per block.

        >>> page = parse_html("<blockquote><p>One</p>Two <b>three</b></blockquote>")
        >>> page.text_of(0, len(page.tags) - 1)
        'One\\nTwo three'
        """
        return _render(self.source, self.tags, first, last, {}).build()


def _published(source: str) -> datetime | None:
    found = _pubdate.find_published_date(source)
    if found is None or found.value is None:
        return None
    value = found.value
    if isinstance(value, datetime):
        return value
    return datetime.combine(value, time(12, 0))  # a day: its noon


def parse_html(source: str) -> HtmlPage:
    """Parse *source* once into tags, widgets, prose text and metadata.

    >>> page = parse_html('<p>Look:</p><blockquote class="twitter-tweet"><p>Hi</p>'
    ...                   '&mdash; Ann (@ann) <a href="https://twitter.com/ann/status/1">'
    ...                   'May 1, 2020</a></blockquote><p>After.</p>')
    >>> page.prose
    'Look:\\nAfter.'
    >>> [(w.platform.value, page.source[w.start:w.start + 11]) for w in page.widgets]
    [('twitter', '<blockquote')]
    """
    tags = tokenize(source)
    widgets = find_widgets(source, tags)
    body, skip_at = find_layout(source, tags)
    skip_at.update((w.first, w.last) for w in widgets)
    built = _ProseBuilder(source)
    if not body:
        _render(source, tags, -1, len(tags), skip_at, built)
    for first, last in body:
        _render(source, tags, first, last, skip_at, built)
        at = min(last, len(tags) - 1)
        built.newline(tags.starts[at], tags.ends[at])
    prose = built.build()
    return HtmlPage(
        source=source,
        prose=prose,
        tags=tags,
        widgets=widgets,
        published=_published(source),
        seg_prose=built.seg_prose,
        seg_start=built.seg_start,
        seg_end=built.seg_end,
        seg_literal=built.seg_literal,
    )
