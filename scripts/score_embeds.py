"""Score embed detection on the development corpus, per platform and per mode.

HTML mode: every page of ``embeds.jsonl`` through ``socialcite.extract(html,
format="html")``; predictions are matched to the widget gold by ``(platform,
post_id)``; handle and date are checked where the gold has them.

Text mode: the ``embed`` items of ``gold/*.json`` against the embeds found in
the page's ``.txt``, matched by span overlap with the gold region (the anchor
and the nearest occurrence of the post text), as the shared scorer does.

Both modes also count the embeds predicted on pages that have none.

One normalisation, printed with the figures: the gold gives a YouTube playlist
player (``/embed/videoseries?list=…``) the post id ``videoseries``, the word
in its path; socialcite reports a playlist with its URL and no post id (a
playlist is no single video), so those gold items match a playlist embed of
the same page. ``--strict`` turns this off.

Usage: python scripts/score_embeds.py [--corpus DIR] [--show N]
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

import socialcite
from socialcite import Citation, Extractor, ExtractorConfig

ROOT = Path(__file__).resolve().parent.parent
EMBEDS_ONLY = Extractor(ExtractorConfig(kinds={"embed"}))
WIDGET_COLUMNS = (
    "tw_bq", "tw_other", "tw_fallback", "ig_bq", "ig_sharedby", "fb_embed", "tt_embed",
    "threads_embed", "bsky_embed", "masto_embed", "truth_embed", "yt_iframe",
)  # fmt: skip


def prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else (1.0 if not ngold else 0.0)
    r = tp / ngold if ngold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def same_date(posted: Any, gold: str) -> bool:
    if posted is None or posted.value is None:
        return False
    return str(posted.value.isoformat())[: len(gold)] == gold


def platform_of(c: Citation) -> str:
    return "none" if c.platform is None else c.platform.value


PLAYLIST_GOLD_ID = "videoseries"


def _key(p: Citation, playlists: bool) -> tuple[str, str]:
    if playlists and p.post_id is None and p.url and "/playlist?list=" in p.url:
        return (platform_of(p), PLAYLIST_GOLD_ID)
    return (platform_of(p), str(p.post_id))


def score_html(corpus: Path, show: int, playlists: bool) -> None:
    counts: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])  # tp, pred, gold
    fields: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    misses: list[str] = []
    extras: list[str] = []
    on_empty = 0
    chars = 0
    secs = 0.0
    for line in (corpus / "embeds.jsonl").open():
        gold = json.loads(line)
        html = (corpus / "pages" / f"{gold['id']}.html").read_text(errors="replace")
        chars += len(html)
        t0 = time.perf_counter()
        preds = EMBEDS_ONLY.extract(html, format="html")
        secs += time.perf_counter() - t0
        by_key = {_key(p, playlists): p for p in preds}
        if not gold["embeds"]:
            on_empty += len(by_key)
        for platform, _ in by_key:
            counts[platform][1] += 1
        wanted = {(e["platform"], e["post_id"]) for e in gold["embeds"]}
        for e in gold["embeds"]:
            counts[e["platform"]][2] += 1
            p = by_key.get((e["platform"], e["post_id"]))
            if p is None:
                misses.append(f"{gold['id'][:55]} {e['platform']} {e['post_id']}")
                continue
            counts[e["platform"]][0] += 1
            if e["handle"]:
                ok = p.author is not None and p.author.handle.lower() == e["handle"]
                fields[f"{e['platform']} handle"][0] += ok
                fields[f"{e['platform']} handle"][1] += 1
                if not ok:
                    got = p.author.handle if p.author else None
                    misses.append(f"{gold['id'][:55]} handle {e['handle']} got {got}")
            if e["date"]:
                ok = same_date(p.posted, e["date"])
                fields[f"{e['platform']} date"][0] += ok
                fields[f"{e['platform']} date"][1] += 1
                if not ok:
                    got = p.posted.to_dict() if p.posted else None
                    misses.append(f"{gold['id'][:55]} date {e['date']} got {got}")
        for key, p in by_key.items():
            if key not in wanted:
                extras.append(f"{gold['id'][:55]} {key} {p.cue!r:.60}")
    print("HTML  platform     tp  pred  gold     P     R    F1")
    _print_table(counts, fields)
    print(f"      embeds predicted on pages without any: {on_empty}")
    print(
        f"      {chars / 1e6:.1f} MB in {secs:.2f} s = {chars / 1e6 / secs:.1f} MB/s (whole pipeline)"
    )
    for m in misses[:show]:
        print("  miss ", m)
    for x in extras[:show]:
        print("  extra", x)


def gold_region(text: str, c: dict[str, Any]) -> tuple[int, int]:
    s = text.find(c["anchor"])
    e = s + len(c["anchor"])
    if c.get("text"):
        hits = [m.start() for m in re.finditer(re.escape(c["text"]), text)]
        if hits:
            t = min(hits, key=lambda h: abs(h - s))
            s, e = min(s, t), max(e, t + len(c["text"]))
    return s, e


def score_text(corpus: Path, show: int) -> None:
    counts: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    fields: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    misses: list[str] = []
    extras: list[str] = []
    on_empty_gold = 0
    for gf in sorted((corpus / "gold").glob("*.json")):
        g = json.loads(gf.read_text())
        text = (corpus / "pages" / f"{g['id']}.txt").read_text()
        preds = EMBEDS_ONLY.extract(text, format="text", published=g.get("published"))
        golds = [(gold_region(text, c), c) for c in g["citations"] if c["kind"] == "embed"]
        if not golds:
            on_empty_gold += len(preds)
        for p in preds:
            counts[platform_of(p)][1] += 1
        used: set[int] = set()
        for (s, e), c in golds:
            counts[c["platform"]][2] += 1
            match = next(
                (
                    i
                    for i, p in enumerate(preds)
                    if i not in used and p.span[0] < e and p.span[1] > s
                ),
                None,
            )
            if match is None:
                misses.append(f"{g['id'][:55]} {c['anchor'][:60]!r}")
                continue
            used.add(match)
            p = preds[match]
            counts[c["platform"]][0] += 1
            if c.get("handle"):
                ok = p.author is not None and p.author.handle.lower() == c["handle"]
                fields["handle"][0] += ok
                fields["handle"][1] += 1
            if c.get("date"):
                ok = same_date(p.posted, c["date"])
                fields["date"][0] += ok
                fields["date"][1] += 1
        for i, p in enumerate(preds):
            if i not in used:
                extras.append(f"{g['id'][:55]} {text[p.span[0] : p.span[1]][-70:]!r}")
    # Pages whose HTML has no widget and whose gold (if any) has no embed.
    with_embeds = {
        json.loads(gf.read_text())["id"]
        for gf in (corpus / "gold").glob("*.json")
        if any(c["kind"] == "embed" for c in json.loads(gf.read_text())["citations"])
    }
    no_widgets = 0
    index = (corpus / "index.tsv").read_text().splitlines()
    header = index[0].split("\t")
    for row in index[1:]:
        cells = dict(zip(header, row.split("\t"), strict=False))
        if cells["id"] in with_embeds or any(int(cells.get(col) or 0) for col in WIDGET_COLUMNS):
            continue
        text = (corpus / "pages" / f"{cells['id']}.txt").read_text()
        found = EMBEDS_ONLY.extract(text, format="text", published=cells.get("published") or None)
        no_widgets += len(found)
        for p in found:
            extras.append(f"{cells['id'][:55]} (no widgets) {text[p.span[0] : p.span[1]][-70:]!r}")
    print("TEXT  platform     tp  pred  gold     P     R    F1")
    _print_table(counts, fields)
    print(f"      embeds predicted on gold pages without embed items: {on_empty_gold}")
    print(f"      embeds predicted on pages with no widget and no gold embed: {no_widgets}")
    for m in misses[:show]:
        print("  miss ", m)
    for x in extras[:show]:
        print("  extra", x)


def _print_table(counts: dict[str, list[int]], fields: dict[str, list[int]]) -> None:
    """Per-platform tp/pred/gold with P/R/F1, an 'all' row, then field accuracies."""
    total = [0, 0, 0]
    for platform in sorted(counts):
        tp, npred, ngold = counts[platform]
        total = [a + b for a, b in zip(total, counts[platform], strict=False)]
        p, r, f = prf(tp, npred, ngold)
        print(f"      {platform:11} {tp:4} {npred:5} {ngold:5} {p:5.3f} {r:5.3f} {f:5.3f}")
    p, r, f = prf(*total)
    print(f"      {'all':11} {total[0]:4} {total[1]:5} {total[2]:5} {p:5.3f} {r:5.3f} {f:5.3f}")
    for name, (right, asked) in sorted(fields.items()):
        print(f"      {name:20} {right}/{asked} = {right / asked:.3f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--show", type=int, default=20, help="misses and extras to list")
    ap.add_argument("--mode", choices=("html", "text", "both"), default="both")
    ap.add_argument(
        "--strict", action="store_true", help="no playlist normalisation (as the shared scorer)"
    )
    args = ap.parse_args()
    print(f"socialcite {socialcite.__version__}, corpus {args.corpus}")
    if args.mode in ("html", "both"):
        note = "strict ids" if args.strict else "gold 'videoseries' = a playlist embed"
        print(f"(HTML matching: {note})")
        score_html(args.corpus, args.show, playlists=not args.strict)
    if args.mode in ("text", "both"):
        score_text(args.corpus, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
