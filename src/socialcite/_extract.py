"""The extraction pipeline: one configurable :class:`Extractor`, one ``extract()``.

Stages, in order (each a function of its own module, so a detector plugs in
without reshaping the pipeline):

1. **read**: check the arguments, detect the format, read the reference
   date (``published``, else the HTML page's own metadata). For HTML, parse
   the page once into its prose text (with a map back to HTML offsets) and
   its widget elements (``_html``).
2. **embeds**: widget markup in HTML (``_embeds_html``) or the attribution
   lines widgets leave in extracted text (``_embeds_text``).
3. **prose**: quoted posts and references in the article's prose
   (``_prose``), skipping text already claimed by embeds.
4. **link**: citations of the same post share author, URL, id and date;
   speakers get accounts named elsewhere in the article (``_linking``).
5. **finish**: spans mapped to ``source`` offsets, the config's kind and
   platform filters applied, document order.
"""

from __future__ import annotations

import functools
from datetime import date, datetime
from typing import TYPE_CHECKING, Literal

import attrs

from socialcite._model import Citation, CitationKind, Platform
from socialcite.exceptions import InvalidOptionError, InvalidSourceError

if TYPE_CHECKING:
    from socialcite._html import HtmlPage

__all__ = ["Extractor", "ExtractorConfig", "extract"]

# The detector modules compile their patterns at module level: ~200 ms in all.
# They are imported on the first extract(), not by ``import socialcite``, which
# must stay cheap (a few attrs classes).

Format = Literal["auto", "text", "html"]
_FORMATS = ("auto", "text", "html")


def _kinds(value: object) -> frozenset[CitationKind]:
    if isinstance(value, (str, CitationKind)):
        value = (value,)
    return frozenset(CitationKind.parse(v) for v in value)  # type: ignore[attr-defined]


def _platforms(value: object) -> frozenset[Platform] | None:
    if value is None:
        return None
    if isinstance(value, (str, Platform)):
        value = (value,)
    return frozenset(Platform.parse(v) for v in value)  # type: ignore[attr-defined]


@attrs.frozen(kw_only=True)
class ExtractorConfig:
    """Options of an :class:`Extractor`; change one with :func:`attrs.evolve`.

    Attributes:
        kinds: The kinds of citation to return (default: all three).
        platforms: Keep only citations on these platforms; ``None`` (the
            default) keeps all, including those with no platform named.
        link: Link citations of the same post within a document (an embed
            and a quote of it share author, URL, id and date).
        dateparser_fallback: Hand date expressions the fast resolver does not
            know to :mod:`dateparser` (imported on first use). Turn off for
            the last bit of speed; such dates then keep their text with
            ``value=None``.

    >>> import attrs
    >>> config = attrs.evolve(ExtractorConfig(), kinds={"embed"})
    >>> sorted(k.value for k in config.kinds)
    ['embed']

    .. versionadded:: 0.1.0
    """

    kinds: frozenset[CitationKind] = attrs.field(default=frozenset(CitationKind), converter=_kinds)
    platforms: frozenset[Platform] | None = attrs.field(default=None, converter=_platforms)
    link: bool = True
    dateparser_fallback: bool = True


def _check_source(source: object) -> str:
    if isinstance(source, str):
        return source
    if isinstance(source, (bytes, bytearray, memoryview)):
        raise InvalidSourceError(
            "source must be str, not bytes: decode it first, "
            "e.g. source.decode('utf-8', errors='replace')"
        )
    raise InvalidSourceError(
        f"source must be str (plain text or an HTML page), not {type(source).__name__}"
    )


def _check_format(value: object, source: str) -> Literal["text", "html"]:
    if value not in _FORMATS:
        raise InvalidOptionError(f"format must be one of {', '.join(_FORMATS)}, not {value!r}")
    if value == "auto":
        from socialcite._html import looks_like_html

        return "html" if looks_like_html(source) else "text"
    return value  # type: ignore[return-value]


class Extractor:
    """Finds social citations; configured once, reused for many articles.

    Thread-safe and stateless between calls: one instance may serve many
    threads.

    >>> ex = Extractor(ExtractorConfig(kinds={"quote"}))
    >>> [c.speaker for c in ex.extract('"Hello," Ann tweeted.', published="2020-01-01")]
    ['Ann']

    .. versionadded:: 0.1.0
    """

    def __init__(self, config: ExtractorConfig | None = None) -> None:
        self.config = config if config is not None else ExtractorConfig()

    def __repr__(self) -> str:
        return f"Extractor({self.config!r})"

    def extract(
        self,
        source: str,
        *,
        published: date | datetime | str | None = None,
        format: Format = "auto",
    ) -> list[Citation]:
        """Every social citation in *source*, in document order.

        Args:
            source: Extracted plain text or an HTML page.
            published: The article's publication date or datetime (``date``,
                ``datetime`` or ISO 8601 string), the reference for relative
                dates. ``None`` with HTML: the page's own metadata.
            format: ``"text"``, ``"html"`` or ``"auto"`` (detected).

        Returns:
            The citations; an empty list when there are none.

        Raises:
            InvalidSourceError: *source* is not a ``str`` (also a ``TypeError``).
            InvalidDateError: *published* cannot be read (also a ``ValueError``).
            InvalidOptionError: *format* is not one of the three (a ``ValueError``).
        """
        from socialcite import _dates, _embeds_html, _embeds_text, _html, _linking, _prose

        # 1. read
        text = _check_source(source)
        fmt = _check_format(format, text)
        reference = _dates.coerce_reference(published, argument="published")
        config = self.config
        page: HtmlPage | None = None
        if fmt == "html":
            page = _html.parse_html(text)
            if reference is None:  # the page's own date, when its metadata gives one
                reference = page.published
            prose = page.prose
        else:
            prose = text
        resolver = _dates.DateResolver(reference, fallback=config.dateparser_fallback)
        # 2. embeds: spans in source offsets for HTML widgets, prose offsets for remnants
        source_found: list[Citation] = []
        prose_found: list[Citation] = []
        if page is not None:
            source_found += _embeds_html.find_embeds(page, resolver)
        else:
            prose_found += _embeds_text.find_embeds(prose, resolver)
        # 3. prose citations, outside the text embeds claimed
        claimed = [c.span for c in prose_found]
        prose_found += _prose.find_citations(prose, resolver, claimed=claimed)
        # 4. link
        if config.link:
            source_found, prose_found = _linking.link(source_found, prose_found, prose)
        # 5. finish
        if page is not None:
            prose_found = [attrs.evolve(c, span=page.source_span(c.span)) for c in prose_found]
        found = [c for c in source_found + prose_found if self._wanted(c)]
        found.sort(key=lambda c: c.span)
        return found

    def _wanted(self, citation: Citation) -> bool:
        config = self.config
        if citation.kind not in config.kinds:
            return False
        return config.platforms is None or citation.platform in config.platforms


@functools.lru_cache(maxsize=1)
def _default_extractor() -> Extractor:
    # Built on first use, never at import.
    return Extractor()


def extract(
    source: str,
    *,
    published: date | datetime | str | None = None,
    format: Format = "auto",
) -> list[Citation]:
    """Every social citation in an article, in document order.

    The module-level shortcut for ``Extractor().extract(...)`` with the
    default :class:`ExtractorConfig`.

    Args:
        source: Extracted plain text or an HTML page (detected; force it with
            ``format="text"`` or ``format="html"``).
        published: Publication date (``date``, ``datetime`` or ISO 8601
            string), the reference for relative dates; ``None`` with HTML uses
            the page's own metadata.
        format: ``"auto"``, ``"text"`` or ``"html"``.

    Returns:
        A list of :class:`Citation`; empty when nothing is found.

    Raises:
        InvalidSourceError: *source* is ``bytes``, ``None`` or not a string.
        InvalidDateError: *published* cannot be read.
        InvalidOptionError: *format* is not one of the three.

    >>> cites = extract('"The system has failed," Kardashian tweeted in November.',
    ...                 published="2018-05-31")
    >>> c = cites[0]
    >>> c.kind.value, c.platform.value, c.speaker, c.posted.iso
    ('quote', 'twitter', 'Kardashian', '2017-11')

    .. versionadded:: 0.1.0
    """
    return _default_extractor().extract(source, published=published, format=format)
