"""Quotes and references from a page's HTML against the same page's extracted text.

For every annotated page (``corpus/gold/*.json``) the HTML page
(``pages/<id>.html``) is read with ``extract(html, format="html")`` and its
quote and reference citations are matched to the gold: each gold ``anchor``
(and the quoted ``text``) is located in the page's prose
(``_html.parse_html(html).prose``, white space and quote marks normalised),
that prose region is mapped to HTML offsets, and a prediction of the same kind
whose HTML span overlaps it is a match (first come, first served, as in the
shared scorer). Text mode is the shared scorer itself on ``pages/<id>.txt``.

Then, on every page of the corpus:

* **furniture**: quote/reference citations found in the HTML of pages whose
  gold has none, and of pages with no gold at all (listed with their prose
  line, to judge by eye);
* **HTML vs text**: the per-page multisets of (kind, platform, speaker, day)
  from both modes, and the differences.

Usage::

    python scripts/score_html_prose.py                 # corpus at ../shared/corpus
    python scripts/score_html_prose.py --shared PATH --show 40
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import io
import json
import re
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

from _scorer import load_scorer  # scripts/ is on sys.path when run as a script

import socialcite
from socialcite import _html
from socialcite._model import Citation

ROOT = Path(__file__).resolve().parent.parent
PROSE_KINDS = ("quote", "reference")
# Folded before searching: white space runs, typographic quotes and dashes.
_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})
_SPACE_RE = re.compile(r"\s+")


class Folded:
    """A text with white space folded and a map from folded offsets back."""

    def __init__(self, text: str) -> None:
        parts: list[str] = []
        back: list[int] = []
        pos = 0
        for m in _SPACE_RE.finditer(text):
            parts.append(text[pos : m.start()])
            back.extend(range(pos, m.start()))
            parts.append(" ")
            back.append(m.start())
            pos = m.end()
        parts.append(text[pos:])
        back.extend(range(pos, len(text)))
        back.append(len(text))
        self.text = "".join(parts).translate(_FOLD)
        self.back = back

    @staticmethod
    def needle(text: str) -> str:
        return _SPACE_RE.sub(" ", text.strip()).translate(_FOLD)

    def find_all(self, needle: str) -> list[tuple[int, int]]:
        """Every occurrence of *needle* as a span of the original text."""
        found = []
        n = self.needle(needle)
        if not n:
            return found
        start = self.text.find(n)
        while start >= 0:
            found.append((self.back[start], self.back[start + len(n) - 1] + 1))
            start = self.text.find(n, start + 1)
        return found


def gold_region(folded: Folded, citation: dict[str, Any]) -> tuple[int, int] | None:
    """The prose region of a gold citation: its anchor, widened to its quoted words."""
    anchors = folded.find_all(citation["anchor"])
    if not anchors:
        return None
    s, e = anchors[0]
    if citation.get("text") and citation["kind"] != "reference":
        hits = folded.find_all(citation["text"])
        if hits:
            t = min(hits, key=lambda h: abs(h[0] - s))
            s, e = min(s, t[0]), max(e, t[1])
    return (s, e)


def prose_citations(cites: list[Citation]) -> list[Citation]:
    return [c for c in cites if c.kind.value in PROSE_KINDS]


def key(c: Citation) -> tuple[str, str | None, str | None, str | None]:
    day = None if c.posted is None or c.posted.iso is None else c.posted.iso[:10]
    return (c.kind.value, None if c.platform is None else c.platform.value, c.speaker, day)


def prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else (1.0 if not ngold else 0.0)
    r = tp / ngold if ngold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_html_gold(
    gold_dir: Path, pages: Path
) -> tuple[dict[str, list[int]], list[str], list[str], list[str], float, int]:
    counts: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    misses: list[str] = []
    extras: list[str] = []
    unlocated: list[str] = []
    seconds = 0.0
    chars = 0
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        source = (pages / f"{gold['id']}.html").read_text(encoding="utf-8", errors="replace")
        chars += len(source)
        t0 = time.perf_counter()
        preds = prose_citations(
            socialcite.extract(source, format="html", published=gold["published"])
        )
        seconds += time.perf_counter() - t0
        page = _html.parse_html(source)
        folded = Folded(page.prose)
        for p in preds:
            counts[p.kind.value][1] += 1
        used: set[int] = set()
        for c in gold["citations"]:
            if c["kind"] not in PROSE_KINDS:
                continue
            counts[c["kind"]][2] += 1
            region = gold_region(folded, c)
            label = f"{gold['id'][:50]} {c['kind']}: {c['anchor'][:70]}"
            if region is None:
                unlocated.append(label)
                misses.append(label + "  [anchor not in prose]")
                continue
            hs, he = page.source_span(region)
            for i, p in enumerate(preds):
                ps, pe = p.span
                if i in used or p.kind.value != c["kind"] or pe <= hs or ps >= he:
                    continue
                used.add(i)
                counts[c["kind"]][0] += 1
                break
            else:
                misses.append(label)
        for i, p in enumerate(preds):
            if i not in used:
                s, e = page.prose_span(p.span)
                extras.append(f"{gold['id'][:50]} {p.kind.value}: {page.prose[s:e][:70]!r}")
    return counts, misses, extras, unlocated, chars / 1e6 / seconds if seconds else 0.0, 0


def score_text_gold(scorer: ModuleType, gold_dir: Path, pages: Path) -> dict[str, list[int]]:
    with contextlib.redirect_stdout(io.StringIO()):
        counts, *_ = scorer.score_text([(str(gold_dir), str(pages))], "text")
    return {k: list(counts[k]) for k in PROSE_KINDS}


MIN_COVERAGE = 0.8
MIN_LINE = 40  # shorter lines (headings, captions) are left out of the coverage


def coverage(folded_prose: str, text: str) -> tuple[int, int]:
    """How many of the extracted text's lines the prose holds, of how many."""
    lines = [Folded.needle(line.lstrip("-* ")) for line in text.splitlines()]
    lines = [line for line in lines if len(line) >= MIN_LINE]
    return sum(line in folded_prose for line in lines), len(lines)


def line_of(prose: str, span: tuple[int, int]) -> str:
    s = prose.rfind("\n", 0, span[0]) + 1
    e = prose.find("\n", span[1])
    line = prose[s : e if e >= 0 else len(prose)]
    return line if len(line) <= 220 else line[:217] + "..."


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--show", type=int, default=30, help="misses/extras/differences to list")
    args = ap.parse_args()
    corpus = args.shared / "corpus"
    gold_dir, pages = corpus / "gold", corpus / "pages"
    scorer = load_scorer(args.shared)

    html_counts, misses, extras, unlocated, mb_s, _ = score_html_gold(gold_dir, pages)
    text_counts = score_text_gold(scorer, gold_dir, pages)
    print("kind         mode   tp  pred  gold     P     R    F1   HTML/text F1")
    summary: dict[str, float] = {}
    totals = {"html": [0, 0, 0], "text": [0, 0, 0]}
    for kind in (*PROSE_KINDS, "both"):
        f1s = {}
        for mode, counts in (("html", html_counts), ("text", text_counts)):
            row = totals[mode] if kind == "both" else counts[kind]
            if kind != "both":
                totals[mode] = [a + b for a, b in zip(totals[mode], row, strict=True)]
            p, r, f = prf(*row)
            f1s[mode] = f
            summary[f"{mode}_{kind}_f1"] = round(f, 3)
            ratio = f"{f1s['html'] / f1s['text']:.2f}" if mode == "text" and f1s["text"] else ""
            print(
                f"{kind:12} {mode:5} {row[0]:4} {row[1]:5} {row[2]:5} {p:5.2f} {r:5.2f} {f:5.2f}   {ratio}"
            )
    print(
        f"HTML pipeline on gold pages: {mb_s:.1f} MB/s; anchors not found in HTML prose: {len(unlocated)}"
    )
    for m in misses[: args.show]:
        print("  miss ", m)
    for x in extras[: args.show]:
        print("  extra", x)

    # Every page: furniture and HTML/text differences.
    gold_prose: dict[str, int] = {}
    for path in gold_dir.glob("*.json"):
        gold = json.loads(path.read_text(encoding="utf-8"))
        gold_prose[gold["id"]] = sum(c["kind"] in PROSE_KINDS for c in gold["citations"])
    furniture_gold: list[str] = []
    furniture_other: list[str] = []
    differences: list[str] = []
    pages_differing = 0
    coverages: list[tuple[float, float, str]] = []
    for html_path in sorted(pages.glob("*.html")):
        page_id = html_path.stem
        txt_path = html_path.with_suffix(".txt")
        gold_path = gold_dir / f"{page_id}.json"
        published = json.loads(gold_path.read_text())["published"] if gold_path.exists() else None
        source = html_path.read_text(encoding="utf-8", errors="replace")
        from_html = prose_citations(socialcite.extract(source, format="html", published=published))
        page = _html.parse_html(source)
        if page_id not in gold_prose or gold_prose[page_id] == 0:
            bucket = furniture_gold if page_id in gold_prose else furniture_other
            for c in from_html:
                line = line_of(page.prose, page.prose_span(c.span))
                bucket.append(f"{page_id[:50]} {c.kind.value} {c.speaker!r}: {line!r}")
        if not txt_path.exists():
            continue
        text = txt_path.read_text(encoding="utf-8", errors="replace")
        found, lines = coverage(Folded(page.prose).text, text)
        if lines:
            coverages.append((found / lines, len(page.prose) / max(len(text), 1), page_id))
        from_text = prose_citations(socialcite.extract(text, format="text", published=published))
        html_keys = collections.Counter(key(c) for c in from_html)
        text_keys = collections.Counter(key(c) for c in from_text)
        if html_keys != text_keys:
            pages_differing += 1
            for k in sorted((html_keys - text_keys).elements(), key=str):
                differences.append(f"{page_id[:50]} only HTML {k}")
            for k in sorted((text_keys - html_keys).elements(), key=str):
                differences.append(f"{page_id[:50]} only text {k}")
    mean = sum(c for c, _, _ in coverages) / len(coverages) if coverages else 0.0
    low = sorted(c for c in coverages if c[0] < MIN_COVERAGE)
    print(
        f"\nprose vs extracted text: {len(coverages)} pages, mean line coverage {mean:.3f},"
        f" {len(low)} pages under {MIN_COVERAGE} (coverage, prose/text size):"
    )
    for c, size, page_id in low[: args.show]:
        print(f"  low   {c:.2f} {size:5.1f}x {page_id}")
    print(
        f"\nfurniture: {len(furniture_gold)} quote/reference citations on gold pages without any,"
        f" {len(furniture_other)} on pages without gold"
    )
    for f in furniture_gold + furniture_other:
        print("  found", f)
    print(
        f"\nHTML vs text (kind, platform, speaker, day): {pages_differing} pages differ,"
        f" {len(differences)} differences"
    )
    for d in differences[: args.show]:
        print("  diff ", d)
    summary.update(
        furniture_gold_pages=len(furniture_gold),
        furniture_other_pages=len(furniture_other),
        pages_differing=pages_differing,
        mean_line_coverage=round(mean, 3),
        pages_low_coverage=len(low),
        differences=len(differences),
    )
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
