"""Score the prose detector: the shared scorer on the gold and the seed, then speed.

Usage (from the repository root, with ``../shared`` beside it)::

    python scripts/score_prose.py [--shared ../shared]

Prints the shared scorer's tables for the text-mode gold pages and the seed,
then how fast ``_prose.find_citations`` alone runs over every page of the
corpus (articles per second and MB/s, best of three).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from socialcite._dates import DateResolver, coerce_reference
from socialcite._prose import find_citations


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default="../shared", type=Path)
    args = ap.parse_args()
    shared: Path = args.shared
    score = shared / "tools" / "score.py"
    corpus = shared / "corpus"
    for gold, pages in ((corpus / "gold", corpus / "pages"), (corpus / "seed", corpus / "seed")):
        print(f"== {gold}")
        cmd = [sys.executable, str(score), "--gold-dir", str(gold), "--pages", str(pages)]
        subprocess.run(cmd, check=False)
    texts = [p.read_text(encoding="utf-8") for p in sorted((corpus / "pages").glob("*.txt"))]
    size = sum(len(t) for t in texts)
    # a publication date, as callers give: relative dates resolve on the fast path
    reference = coerce_reference("2020-01-01")
    best = float("inf")
    for _ in range(3):
        start = time.process_time()  # CPU time: other processes do not count
        for text in texts:
            find_citations(text, DateResolver(reference))
        best = min(best, time.process_time() - start)
    print(
        f"== speed: {len(texts)} articles, {size / 1e6:.2f} MB in {best:.3f} s: "
        f"{len(texts) / best:.0f} articles/s, {size / 1e6 / best:.2f} MB/s (prose detector alone)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
