"""HTML reading: format detection, prose text with an offset map, widgets.

(Foundation version: tags stripped, no widgets. The embeds and linking
issues fill in widget elements and article-body selection.)
"""

from __future__ import annotations

from datetime import datetime

import attrs
import regex

__all__ = ["HtmlPage", "looks_like_html", "parse_html"]

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


def looks_like_html(source: str) -> bool:
    """Whether *source* is an HTML page or fragment rather than plain text."""
    if _HTML_START_RE.match(source):
        return True
    head = source[:20_000]
    return len(_TAG_RE.findall(head, overlapped=False)) >= 3


@attrs.frozen(kw_only=True)
class HtmlPage:
    """A parsed page.

    Attributes:
        source: The HTML.
        prose: The article's text.
        offsets: ``offsets[i]`` is the HTML offset of ``prose[i]``.
        published: The publication date from the page's metadata.
    """

    source: str
    prose: str
    offsets: list[int]
    published: datetime | None = None

    def source_span(self, span: tuple[int, int]) -> tuple[int, int]:
        """Map a span of :attr:`prose` to offsets in :attr:`source`."""
        start, end = span
        if not self.offsets:
            return (0, 0)
        s = self.offsets[min(start, len(self.offsets) - 1)]
        e = self.offsets[min(max(end - 1, start), len(self.offsets) - 1)] + 1
        return (s, max(e, s + 1))


_STRIP_RE = regex.compile(r"<[^>]*+>")


def parse_html(source: str) -> HtmlPage:
    """Parse *source* once into prose text and metadata."""
    prose_parts: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in _STRIP_RE.finditer(source):
        chunk = source[pos : m.start()]
        prose_parts.append(chunk)
        offsets.extend(range(pos, m.start()))
        prose_parts.append(" ")
        offsets.append(m.start())
        pos = m.end()
    prose_parts.append(source[pos:])
    offsets.extend(range(pos, len(source)))
    return HtmlPage(source=source, prose="".join(prose_parts), offsets=offsets)
