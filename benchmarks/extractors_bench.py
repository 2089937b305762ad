"""Micro-benchmark of the date and number extractors on the seed articles.

Each seed is normalised and segmented once (outside the timing), then ``extract_dates`` and
``extract_numbers`` run over every seed ``--repeat`` times. Prints articles/s and ms per KB.
The two extractors share one Shadow per article (``shadow_of`` caches it); ``--cold`` clears that
cache before every article, so the Shadow's construction is timed too (inside the dates figure).

    python benchmarks/extractors_bench.py [--repeat 200]
"""

from __future__ import annotations

import argparse
import time
from datetime import date
from pathlib import Path

from akhbar.dates import extract_dates
from akhbar.normalize import normalize_text
from akhbar.numbers import extract_numbers, shadow_of
from akhbar.records import ArticleDraft
from akhbar.segment import segment

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--cold", action="store_true", help="rebuild the article Shadow every time (no cache)")
    args = parser.parse_args()
    inputs = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = normalize_text(path.read_text(encoding="utf-8"))
        inputs.append((text, segment(ArticleDraft(body_text=text))))
    published = date(2025, 10, 1)
    n_chars = sum(len(t) for t, _ in inputs)
    timings = {"dates": 0.0, "numbers": 0.0}
    for _ in range(args.repeat):
        for text, sentences in inputs:
            if args.cold:
                shadow_of.cache_clear()
            t0 = time.perf_counter()
            dates = extract_dates(text, sentences, published)
            t1 = time.perf_counter()
            extract_numbers(text, sentences, [(d.char_start, d.char_end) for d in dates])
            t2 = time.perf_counter()
            timings["dates"] += t1 - t0
            timings["numbers"] += t2 - t1
    articles = len(inputs) * args.repeat
    kb = n_chars * args.repeat / 1000
    total = sum(timings.values())
    print(f"{len(inputs)} seeds, {n_chars / len(inputs) / 1000:.1f} K chars each on average, x{args.repeat}")
    for name, seconds in timings.items():
        print(f"  {name:8} {articles / seconds:8.0f} articles/s  {seconds * 1000 / kb:.3f} ms/KB")
    print(f"  {'both':8} {articles / total:8.0f} articles/s  {total * 1000 / kb:.3f} ms/KB")


if __name__ == "__main__":
    main()
