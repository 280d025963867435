"""Scale-out on Dask: a bag of articles → citations → a dataframe, on worker processes."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Literal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import socialcite
from socialcite import Account, Citation, CitationKind, DateSource, Granularity, Platform, PostDate

dask_bag = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")

from socialcite.dask import citations_bag, to_dataframe  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "kardashian-trump.txt"
HELLO = '"Hello," Ann tweeted on Monday.'

ARTICLES: list[dict[str, Any]] = [
    {"id": "hello", "text": HELLO, "published": "2020-01-08"},
    {"id": "example", "text": EXAMPLE.read_text(encoding="utf-8"), "published": "2018-05-31"},
    {"id": "quiet", "text": "The council met on Tuesday and approved the budget."},
    {"id": "page", "html": f"<html><body><article><p>{HELLO}</p></article></body></html>"},
    {"id": "empty", "text": ""},
]


def expected_rows(article: dict[str, Any]) -> list[dict[str, Any]]:
    """What in-process ``extract`` finds in one article, as citations_bag rows."""
    fmt: Literal["text", "html"] = "html" if "html" in article else "text"
    source: str = article["html"] if fmt == "html" else article["text"]
    cites = socialcite.extract(source, published=article.get("published"), format=fmt)
    return [{"id": article["id"], **c.to_dict()} for c in cites]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """A local cluster of two worker processes (not threads: pickling is exercised)."""
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as dask_client,
    ):
        yield dask_client


# --- on a local distributed cluster ---------------------------------------------------

TIMEOUT = 60  # seconds: a task failing on a worker must fail the test, not hang it


def on_cluster(client: Any, collection: Any) -> Any:
    return client.compute(collection).result(timeout=TIMEOUT)


def test_workers_are_other_processes(client: Any) -> None:
    pids = set(client.run(os.getpid).values())
    assert len(pids) == 2
    assert os.getpid() not in pids


def test_citations_bag_on_the_cluster_matches_extract_in_process(client: Any) -> None:
    bag = dask_bag.from_sequence(ARTICLES, npartitions=3)
    rows = on_cluster(client, citations_bag(bag))
    assert rows == [row for a in ARTICLES for row in expected_rows(a)]
    assert {"hello", "page"} <= {row["id"] for row in rows}


def test_citations_cross_process_boundaries_unchanged(client: Any) -> None:
    texts = [a["text"] for a in ARTICLES if "text" in a]
    remote = on_cluster(
        client, dask_bag.from_sequence(texts, npartitions=2).map(socialcite.extract)
    )
    assert remote == [socialcite.extract(t) for t in texts]
    assert any(remote), "the simplest quote is found"
    assert all(isinstance(c, Citation) for cites in remote for c in cites)


def test_a_full_citation_survives_a_round_trip_through_a_worker(client: Any) -> None:
    full = Citation(
        kind="quote", platform="twitter", text="Hello", speaker="Ann",
        author=Account(platform="twitter", handle="ann", name="Ann B", display="@Ann"),
        cue="tweeted",
        posted=PostDate(text="on Monday", value=date(2020, 1, 6), granularity="day", source="prose"),
        url="https://x.com/ann/status/1", post_id="1",
        mentions=(Account(platform="twitter", handle="bob"),), span=(0, 30),
    )  # fmt: skip
    back = client.submit(attrs.evolve, full, pure=False).result(timeout=TIMEOUT)
    assert back == full
    assert back is not full


def test_to_dataframe_on_the_cluster(client: Any) -> None:
    frame = to_dataframe(citations_bag(dask_bag.from_sequence(ARTICLES, npartitions=2)))
    result = on_cluster(client, frame)
    assert list(result.columns) == ["id", *socialcite._parallel.FLAT_FIELDS]
    expected = [row for a in ARTICLES for row in expected_rows(a)]
    assert len(result) == len(expected)
    assert result["kind"].tolist() == [row["kind"] for row in expected]
    assert result["start"].tolist() == [row["span"][0] for row in expected]


# --- in process (the synchronous scheduler) -------------------------------------------


def in_process(collection: Any) -> Any:
    return collection.compute(scheduler="sync")


@pytest.mark.parametrize(
    ("article", "kwargs"),
    [
        pytest.param({"body": HELLO, "when": "2020-01-08"}, {"text_key": "body", "published_key": "when"}, id="renamed-keys"),
        pytest.param({"text": HELLO}, {"published": "2020-01-08"}, id="default-published"),
        pytest.param(HELLO, {}, id="plain-string"),
    ],
)  # fmt: skip
def test_record_shapes(article: Any, kwargs: dict[str, Any]) -> None:
    rows = in_process(citations_bag(dask_bag.from_sequence([article]), **kwargs))
    assert [row["speaker"] for row in rows] == ["Ann"]


def test_config_reaches_the_partitions() -> None:
    config = socialcite.ExtractorConfig(kinds={"embed"})
    bag = dask_bag.from_sequence([HELLO])
    assert in_process(citations_bag(bag, config=config)) == []


@pytest.mark.parametrize(
    "article",
    [
        pytest.param({"id": 1, "title": "no text"}, id="record-without-text"),
        pytest.param({"id": 2, "text": b"bytes"}, id="bytes-text"),
        pytest.param(42, id="not-a-record"),
    ],
)
def test_bad_articles_are_a_clear_error(article: Any) -> None:
    with pytest.raises(socialcite.InvalidSourceError):
        in_process(citations_bag(dask_bag.from_sequence([article])))


def test_to_dict_rows_load_straight_into_pandas() -> None:
    cites = socialcite.extract(EXAMPLE.read_text(encoding="utf-8"), published="2018-05-31")
    table = pd.DataFrame([c.to_dict() for c in cites])
    assert list(table.columns[:3]) == ["kind", "platform", "text"]
    assert len(table) == len(cites) > 0
    flat = pd.json_normalize([c.to_dict() for c in cites])
    assert len(flat) == len(cites)
    assert {"posted.value", "posted.granularity"} <= set(flat.columns)


def test_socialcite_never_imports_dask() -> None:
    code = "import socialcite, socialcite._cli, sys; print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed', 'pandas')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --- pickling, as property ------------------------------------------------------------

_words = st.text(max_size=20)
_platforms = st.sampled_from(list(Platform))
_accounts = st.builds(
    Account, platform=_platforms, handle=st.from_regex(r"[a-z0-9_]{1,15}", fullmatch=True),
    name=st.none() | _words, display=st.none() | _words,
)  # fmt: skip
_values = (
    st.none()
    | st.dates()
    | st.datetimes(
        timezones=st.none() | st.just(timezone.utc) | st.just(timezone(timedelta(hours=-5)))
    )
)
_dates = st.builds(
    PostDate, text=st.none() | _words, value=_values,
    granularity=st.none() | st.sampled_from(list(Granularity)), source=st.sampled_from(list(DateSource)),
)  # fmt: skip
_citations = st.builds(
    Citation, kind=st.sampled_from(list(CitationKind)), platform=st.none() | _platforms,
    text=st.none() | _words, speaker=st.none() | _words, author=st.none() | _accounts,
    cue=st.none() | _words, posted=st.none() | _dates, url=st.none() | _words,
    post_id=st.none() | _words, mentions=st.lists(_accounts, max_size=3).map(tuple),
    span=st.tuples(st.integers(0, 10**6), st.integers(0, 10**6)).map(sorted).map(tuple),
)  # fmt: skip


@given(_citations)
def test_any_citation_pickles_unchanged(citation: Citation) -> None:
    assert pickle.loads(pickle.dumps(citation)) == citation


@given(_citations)
def test_any_citation_survives_its_dict(citation: Citation) -> None:
    assert Citation.from_dict(citation.to_dict()) == citation


def test_datetimes_keep_their_zone_across_pickling() -> None:
    when = datetime(2018, 5, 31, 14, 0, tzinfo=timezone(timedelta(hours=-4)))
    posted = PostDate(text=None, value=when, granularity="minute", source="post_id")
    assert pickle.loads(pickle.dumps(posted)).value.utcoffset() == timedelta(hours=-4)
