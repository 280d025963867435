"""Hostile input, hidden state, network and disk.

- Small versions (30 kB) of the adversarial generators of
  ``benchmarks/adversarial.py``: no exception, every citation invariant.
- Linear work on each generator, counted in lines of socialcite executed (a
  deterministic measure: no test here times anything; a regex that backtracks
  catastrophically shows up as a hang here and as TIMEOUT in
  ``python benchmarks/adversarial.py``).
- No network, no file written, bounded caches, module state that does not
  grow, results that do not depend on earlier articles, no regex compiled at
  call time.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType, ModuleType
from typing import Any, Literal

import pytest
import regex
from benchmarks.adversarial import CASES, build

import socialcite
from tests.conftest import DATA
from tests.test_properties import check_invariants

SMALL = 30_000


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        pytest.param(name, fmt, id=f"{name}-{fmt}")
        for name, case in CASES.items()
        for fmt in case.formats
    ],
)
def test_hostile_input_is_read_without_error(name: str, fmt: Literal["text", "html"]) -> None:
    source = build(name, SMALL, fmt)
    check_invariants(source, socialcite.extract(source, published="2018-05-31", format=fmt))


@pytest.mark.parametrize(
    "name", [pytest.param(name, id=name) for name, case in CASES.items() if "text" in case.formats]
)
def test_hostile_input_auto_format(name: str) -> None:
    source = build(name, SMALL, "text")
    check_invariants(source, socialcite.extract(source))


@pytest.mark.parametrize(
    "source",
    [
        pytest.param("", id="empty"),
        pytest.param("\x00", id="nul"),
        pytest.param("\ud800", id="lone-surrogate"),
        pytest.param('"', id="one-quote-mark"),
        pytest.param('"""', id="odd-quote-marks"),
        pytest.param("“", id="one-curly-quote"),
        pytest.param("@", id="bare-at"),
        pytest.param("— ", id="bare-dash"),
        pytest.param("tweeted", id="bare-cue"),
        pytest.param('"," tweeted', id="empty-quote-then-cue"),
        pytest.param('Ann tweeted "".', id="empty-quote-after-cue"),
        pytest.param('"" Ann tweeted.', id="empty-quote-before-cue"),
        pytest.param("Ann tweeted: “”", id="empty-curly-quote-after-colon"),
        pytest.param('Ann tweeted "  ".', id="blank-quote"),
        pytest.param("“”tweeted“”", id="empty-curly-quotes-around-cue"),
        pytest.param("— (@) ", id="empty-attribution"),
        pytest.param("— A (@a) ", id="attribution-without-date"),
        pytest.param("A post shared by", id="bare-shared-by"),
        pytest.param("A post shared by @@", id="shared-by-double-at"),
        pytest.param("<", id="lone-lt"),
        pytest.param("<html", id="unfinished-doctype-tag"),
        pytest.param('<blockquote class="twitter-tweet">', id="bare-widget-open"),
        pytest.param("<!--", id="bare-comment-open"),
        pytest.param("https://twitter.com/a/status/", id="post-url-without-id"),
        pytest.param("https://twitter.com/a/status/" + "9" * 40, id="post-id-too-long"),
        pytest.param("On February 30, 2018, Ann tweeted.", id="impossible-date"),
        pytest.param("On 99/99/9999 Ann tweeted.", id="nonsense-numeric-date"),
        pytest.param('"Hi," Ann tweeted in the year 99999.', id="year-out-of-range"),
    ],
)
def test_tiny_edge_inputs(source: str) -> None:
    for fmt in ("auto", "text", "html"):
        check_invariants(source, socialcite.extract(source, published="2018-05-31", format=fmt))


# --- work grows linearly: counted, not timed --------------------------------------


def _python_lines_run(call: Callable[[], object]) -> int:
    """How many lines of socialcite's own code *call* executes (a deterministic
    measure of work: a loop over the rest of the input for each item shows as
    quadratic growth whatever the machine's speed)."""
    count = 0

    def local(frame: FrameType, event: str, arg: object) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def scope(frame: FrameType, event: str, arg: object) -> Any:
        return local if frame.f_globals.get("__name__", "").startswith("socialcite") else None

    previous = sys.gettrace()
    sys.settrace(scope)
    try:
        call()
    finally:
        sys.settrace(previous)
    return count


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        pytest.param(name, fmt, id=f"{name}-{fmt}")
        for name, case in CASES.items()
        for fmt in case.formats
    ],
)
def test_python_work_grows_linearly(name: str, fmt: Literal["text", "html"]) -> None:
    small, large = build(name, 8_000, fmt), build(name, 16_000, fmt)
    socialcite.extract(small, published="2018-05-31", format=fmt)  # lazy set-up
    lines_small = _python_lines_run(
        lambda: socialcite.extract(small, published="2018-05-31", format=fmt)
    )
    lines_large = _python_lines_run(
        lambda: socialcite.extract(large, published="2018-05-31", format=fmt)
    )
    # twice the input: at most 2.3 times the lines (linear, with some slack)
    assert lines_large <= 2.3 * lines_small + 200, (lines_small, lines_large)


# --- no network, nothing written to disk ---------------------------------------

# Runs in a fresh interpreter: an audit hook sees every file opened for writing
# and every socket call from ``import socialcite`` onwards.
_AUDIT_SCRIPT = textwrap.dedent(
    """
    import json, os, sys

    events = []
    WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC

    def hook(event, args):
        if event == "open":
            path, mode, flags = args
            writing = (isinstance(mode, str) and any(m in mode for m in "wax+")) or (
                isinstance(flags, int) and flags & WRITE_FLAGS
            )
            if writing:
                events.append(f"open for writing: {path!r}")
        elif event.startswith("socket.") or event in ("urllib.Request", "http.client.connect"):
            events.append(f"{event}: {args!r}"[:200])
        elif event in ("os.mkdir", "os.remove", "os.rename", "shutil.rmtree", "os.rmdir"):
            events.append(f"{event}: {args!r}"[:200])

    sys.addaudithook(hook)
    import socialcite

    fragments = json.load(open(sys.argv[1], encoding="utf-8"))
    sources = fragments["text"] + fragments["html"]
    sources.append(" ".join(fragments["text"]))
    sources.append("<html><body>" + "".join(fragments["html"]) + "</body></html>")
    # dates the fast resolver may not know, to reach the dateparser fallback
    sources.append('"Hi," Ann tweeted the day before yesterday at noon, mardi dernier.')
    for source in sources:
        socialcite.extract(source)
        socialcite.extract(source, published="2018-05-31")
        socialcite.find_mentions(source)
        socialcite.find_published_date(source)
    socialcite.resolve_date("the day before yesterday", "2018-05-31")
    socialcite.resolve_date("il y a deux jours", "2018-05-31")
    print(json.dumps(events))
    """
)


def test_no_network_no_disk_writes(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-B", "-c", _AUDIT_SCRIPT, str(DATA / "fragments" / "fragments.json")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "", "PYTHONDONTWRITEBYTECODE": "1", "HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]", done.stdout
    assert list(tmp_path.iterdir()) == []


# --- no hidden state ------------------------------------------------------------


def _socialcite_modules() -> Iterator[ModuleType]:
    for info in pkgutil.iter_modules(socialcite.__path__, "socialcite."):
        if info.name.endswith("__main__"):
            continue
        yield importlib.import_module(info.name)


def _lru_caches() -> Iterator[tuple[str, Any]]:
    for module in _socialcite_modules():
        for attr, value in vars(module).items():
            candidates = [(attr, value)]
            if isinstance(value, type) and value.__module__ == module.__name__:
                candidates += [(f"{attr}.{k}", v) for k, v in vars(value).items()]
            for name, obj in candidates:
                obj = getattr(obj, "__func__", obj)
                if hasattr(obj, "cache_parameters"):
                    yield f"{module.__name__}.{name}", obj


def test_lru_caches_are_bounded() -> None:
    unbounded = [name for name, fn in _lru_caches() if fn.cache_parameters()["maxsize"] is None]
    assert unbounded == [], f"functools caches without maxsize: {unbounded}"


def _mutable_globals() -> dict[str, int]:
    sizes = {}
    for module in _socialcite_modules():
        for attr, value in vars(module).items():
            if isinstance(value, (dict, list, set, bytearray)) and not attr.startswith("__"):
                sizes[f"{module.__name__}.{attr}"] = len(value)
    return sizes


def _distinct_articles(count: int) -> Iterator[str]:
    for i in range(count):
        yield (
            f'"Message number {i}," Person{i} tweeted on day {i % 28 + 1} of May. '
            f"— Person {i} (@user{i}) May {i % 28 + 1}, 2018\n"
            f"https://twitter.com/user{i}/status/{1002193622433591296 + i}\n"
            f"Person{i} posted on Instagram {i} days ago."
        )


def test_module_state_does_not_grow_with_input() -> None:
    for source in _distinct_articles(20):  # warm-up: lazy tables fill once
        socialcite.extract(source, published="2018-05-31")
    before = _mutable_globals()
    for source in _distinct_articles(300):
        socialcite.extract(source, published="2018-05-31")
        socialcite.extract(f"<html><body><p>{source}</p></body></html>")
    after = _mutable_globals()
    grown = {
        name: (before.get(name, 0), size)
        for name, size in after.items()
        if size > before.get(name, 0) + 10
    }
    assert grown == {}, f"module-level containers grew with the input: {grown}"


# --- results do not depend on what was read before --------------------------------

_RESOLVE_AFTER = textwrap.dedent(
    """
    import sys
    import socialcite

    for text in sys.argv[2:]:
        socialcite.resolve_date(text, "2018-05-31")
    print(socialcite.resolve_date(sys.argv[1], "2018-05-31").iso)
    """
)


def _resolve_in_fresh_interpreter(text: str, *before: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", _RESOLVE_AFTER, text, *before],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


@pytest.mark.parametrize(
    ("text", "before"),
    [
        # dateparser's try_previous_locales: once a French or German date has
        # been read, "3/4" is read day-first (April 3) instead of March 4
        pytest.param("3/4", "il y a deux jours", id="numeric-date-after-french"),
        pytest.param("3/4", "vor zwei Tagen", id="numeric-date-after-german"),
        pytest.param("3/4", "hace dos días", id="numeric-date-after-spanish"),
        pytest.param("12 sept.", "vor zwei Tagen", id="abbreviated-month-after-german"),
    ],
)
def test_date_resolution_does_not_depend_on_earlier_articles(text: str, before: str) -> None:
    assert _resolve_in_fresh_interpreter(text, before) == _resolve_in_fresh_interpreter(text)


# --- no regex compiled per call --------------------------------------------------


def test_no_regex_compiled_per_call(monkeypatch: pytest.MonkeyPatch) -> None:
    """Patterns are compiled once at import; a ``regex.search(str, ...)`` on a hot
    path recompiles (or at best looks up a cache) on every call."""
    sources = [*_distinct_articles(3), "<html><body><p>Ann tweeted.</p></body></html>"]
    for source in sources:  # lazy module-level set-up happens here
        socialcite.extract(source, published="2018-05-31")
    callers: set[str] = set()
    original = regex._main._compile  # type: ignore[attr-defined]

    @functools.wraps(original)
    def spy(*args: Any, **kwargs: Any) -> Any:
        frame: FrameType | None = sys._getframe(1)
        while frame is not None and frame.f_globals.get("__name__", "").startswith("regex"):
            frame = frame.f_back
        if frame is not None and frame.f_globals.get("__name__", "").startswith("socialcite"):
            callers.add(f"{frame.f_globals['__name__']}:{frame.f_lineno}")
        return original(*args, **kwargs)

    monkeypatch.setattr(regex._main, "_compile", spy)
    for source in sources:
        socialcite.extract(source, published="2018-05-31")
    assert sorted(callers) == [], "regex compiled at call time from these lines"
