"""Scale out on Dask: a bag of articles → a bag of citation rows → a dataframe.

Needs the ``dask`` extra (``pip install 'socialcite[dask]'``). Only this
module imports dask; ``import socialcite`` never does.

>>> import dask.bag as db
>>> from socialcite.dask import citations_bag, to_dataframe
>>> articles = db.from_sequence([
...     {"id": "a1", "text": '"Hello," Ann tweeted on Monday.', "published": "2020-01-08"},
...     {"id": "a2", "text": "Nothing social here."},
... ])
>>> frame = to_dataframe(citations_bag(articles)).compute(scheduler="sync")
>>> frame[["id", "kind", "platform", "speaker"]].to_dict("records")
[{'id': 'a1', 'kind': 'quote', 'platform': 'twitter', 'speaker': 'Ann'}]

On a cluster, the same graph runs on the workers: create a
``distributed.Client`` first and call ``.compute()`` without a scheduler.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

import dask.bag
import dask.dataframe
import pandas as pd

from socialcite._extract import Extractor, ExtractorConfig, Format
from socialcite._model import Citation
from socialcite._parallel import FLAT_FIELDS, flat_row
from socialcite.exceptions import InvalidSourceError

__all__ = ["citations_bag", "to_dataframe"]

_INT_FIELDS = ("start", "end")


def _article_rows(
    articles: Iterable[Any],
    *,
    text_key: str,
    html_key: str,
    id_key: str,
    published_key: str,
    published: date | datetime | str | None,
    config: ExtractorConfig | None,
) -> list[dict[str, Any]]:
    """One partition: every article's citations as ``{"id": ..., **to_dict()}`` rows.

    A list, not a generator: partitions are pickled between workers.
    """
    extractor = Extractor(config)  # one per partition, not per article
    rows: list[dict[str, Any]] = []
    for article in articles:
        article_id: Any = None
        own: Any = None
        source: object
        fmt: Format = "auto"
        if isinstance(article, str):
            source = article
        elif isinstance(article, Mapping):
            article_id, own = article.get(id_key), article.get(published_key)
            html = article.get(html_key)
            source, fmt = (html, "html") if html is not None else (article.get(text_key), "text")
        else:
            raise InvalidSourceError(
                f"articles must be str or mappings (records), not {type(article).__name__}"
            )
        if not isinstance(source, str):
            raise InvalidSourceError(
                f"article {article_id!r} has no {text_key!r} or {html_key!r} string"
            )
        citations = extractor.extract(
            source, published=own if own is not None else published, format=fmt
        )
        rows.extend({"id": article_id, **citation.to_dict()} for citation in citations)
    return rows


def citations_bag(
    articles: dask.bag.Bag,
    *,
    text_key: str = "text",
    html_key: str = "html",
    id_key: str = "id",
    published_key: str = "published",
    published: date | datetime | str | None = None,
    config: ExtractorConfig | None = None,
) -> dask.bag.Bag:
    """The citations of a bag of articles, as a bag of JSON-ready dict rows.

    Args:
        articles: A bag whose items are records (mappings) or plain strings.
            A record holds its article under *html_key* (a page) or
            *text_key* (plain text), its id under *id_key* and its
            publication date under *published_key* (both optional).
        text_key, html_key, id_key, published_key: The record's keys.
        published: The publication date for records that have none.
        config: Options for the :class:`~socialcite.Extractor` each partition uses.

    Returns:
        A bag of ``{"id": <article id>, **citation.to_dict()}``: one item per
        citation, lazily; :meth:`socialcite.Citation.from_dict` rebuilds the
        citation from the row (the extra ``id`` is ignored).

    Raises:
        InvalidSourceError: (at compute time) an item is neither a string nor
            a record with a text or HTML string.

    >>> import dask.bag as db
    >>> bag = db.from_sequence(['"Hi," Ann tweeted.', "No posts."], npartitions=2)
    >>> [(row["id"], row["kind"], row["speaker"]) for row in citations_bag(bag).compute(scheduler="sync")]
    [(None, 'quote', 'Ann')]

    .. versionadded:: 0.1.0
    """
    # dask's Bag methods are untyped.
    rows: dask.bag.Bag = articles.map_partitions(  # type: ignore[no-untyped-call]
        _article_rows,
        text_key=text_key,
        html_key=html_key,
        id_key=id_key,
        published_key=published_key,
        published=published,
        config=config,
    )
    return rows


def _meta() -> pd.DataFrame:
    columns: dict[str, pd.Series[Any]] = {"id": pd.Series([], dtype=object)}
    for field in FLAT_FIELDS:
        columns[field] = pd.Series([], dtype="int64" if field in _INT_FIELDS else object)
    return pd.DataFrame(columns)


def _flat_rows(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    return [{"id": row.get("id"), **flat_row(Citation.from_dict(row))} for row in rows]


def to_dataframe(rows: dask.bag.Bag) -> dask.dataframe.DataFrame:
    """A Dask dataframe of citation rows, one flat column per field.

    Columns: ``id``, then ``kind``, ``platform``, ``speaker``, ``handle``,
    ``author_name``, ``cue``, ``date_text``, ``date`` (ISO, as precise as the
    post's date is known), ``granularity``, ``url``, ``post_id``, ``text``,
    ``start`` and ``end`` (the span). Missing values are ``None``.

    Args:
        rows: A bag of :meth:`Citation.to_dict` rows with an ``id``, as
            :func:`citations_bag` returns.

    >>> import dask.bag as db
    >>> bag = db.from_sequence([{"id": 7, "text": '"Hi," Ann tweeted.'}])
    >>> frame = to_dataframe(citations_bag(bag)).compute(scheduler="sync")
    >>> frame[["id", "kind", "speaker", "start", "end"]].to_dict("records")
    [{'id': 7, 'kind': 'quote', 'speaker': 'Ann', 'start': 0, 'end': 18}]

    .. versionadded:: 0.1.0
    """
    flat = rows.map_partitions(_flat_rows)  # type: ignore[no-untyped-call]
    frame: dask.dataframe.DataFrame = flat.to_dataframe(meta=_meta())
    return frame
