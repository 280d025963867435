"""``find_mentions`` against PyPI twitter-text 3.0 on the same text, in one run.

Run from the repository root::

    /work/venv/bin/python benchmarks/bench_mentions.py [--repeats 5] [--corpus PATH]

The text is the corpus's plain-text pages (``../shared/corpus/pages/*.txt``)
or, when the corpus is absent, the bundled ``examples/*.txt``. Each tool runs
over every document; a run's time is summed over documents, the tools take
turns, and the best of ``--repeats`` runs is kept (``time.perf_counter``). MB
are 10**6 bytes of UTF-8. The script also times ``parse_post_url`` on every URL-like token of the
same text, and prints how many mentions each tool found (they should agree:
see ``tests/test_handles.py`` for where twitter-text 3.0 is known to differ).
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable
from pathlib import Path

from twitter_text import Extractor

from socialcite import find_mentions, parse_post_url

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpus"
URL_TOKEN = re.compile(r"(?:https?://|www\.)\S+")


def load_texts(corpus: Path) -> tuple[str, list[str]]:
    """The benchmark text: the corpus's ``.txt`` pages, else the bundled examples."""
    pages = sorted((corpus / "pages").glob("*.txt"))
    source = f"{corpus / 'pages'} ({len(pages)} .txt pages)"
    if not pages:
        pages = sorted((REPO_ROOT / "examples").glob("*.txt"))
        source = f"{REPO_ROOT / 'examples'} ({len(pages)} .txt files; corpus not found)"
    return source, [p.read_text(encoding="utf-8", errors="replace") for p in pages]


def best_times(runs: list[Callable[[str], object]], texts: list[str], repeats: int) -> list[float]:
    """Best of *repeats* passes over all *texts* for each run, in seconds.

    The runs take turns within each repeat, so a busy machine slows them alike.
    """
    best = [float("inf")] * len(runs)
    for _ in range(repeats):
        for i, run in enumerate(runs):
            start = time.perf_counter()
            for text in texts:
                run(text)
            best[i] = min(best[i], time.perf_counter() - start)
    return best


def twitter_text_mentions(text: str) -> list[dict[str, object]]:
    """PyPI twitter-text's mention-and-list extraction (what find_mentions does)."""
    return Extractor(text).extract_mentions_or_lists_with_indices()  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()

    source, texts = load_texts(args.corpus)
    megabytes = sum(len(t.encode("utf-8", errors="surrogatepass")) for t in texts) / 1e6
    ours, theirs = best_times([find_mentions, twitter_text_mentions], texts, args.repeats)
    found_ours = sum(len(find_mentions(t)) for t in texts)
    found_theirs = sum(len(twitter_text_mentions(t)) for t in texts)

    urls = [u for t in texts for u in URL_TOKEN.findall(t)] or ["https://x.com/jack/status/20"]
    (url_time,) = best_times([parse_post_url], urls, args.repeats)
    posts = sum(parse_post_url(u) is not None for u in urls)

    print(f"text: {source}, {megabytes:.2f} MB; best of {args.repeats} runs")
    print()
    print(f"| {'mention extraction':<32} | {'MB/s':>8} | {'mentions':>8} |")
    print(f"| {'-' * 32} | {'-' * 8}:| {'-' * 8}:|")
    print(f"| {'socialcite.find_mentions':<32} | {megabytes / ours:>8.1f} | {found_ours:>8} |")
    print(f"| {'twitter-text 3.0 (PyPI)':<32} | {megabytes / theirs:>8.1f} | {found_theirs:>8} |")
    print()
    print(f"ratio socialcite / twitter-text: {theirs / ours:.2f}x")
    print()
    print(
        f"parse_post_url: {len(urls)} URL tokens, {posts} posts, "
        f"{len(urls) / url_time / 1e3:.0f} k URLs/s ({url_time / len(urls) * 1e6:.2f} us each)"
    )


if __name__ == "__main__":
    main()
