"""Micro-benchmark of the date and number extractors, and of dateparser on the same sentences.

1. Articles: each seed is normalised and segmented once (outside the timing), then
   ``extract_dates`` and ``extract_numbers`` run over every seed ``--repeat`` times; prints
   articles/s and ms per KB. The two extractors share one Shadow per article (``shadow_of`` caches
   it); ``--cold`` clears that cache before every article, so its construction is timed too.
2. Sentences: every sentence of the seeds and of the labelled sets ``tests/gold/quantities_*.jsonl``,
   one at a time with a cold Shadow: our two extractors together, then
   ``dateparser.search.search_dates(sentence, languages=["ar"])`` (which finds only dates); prints
   sentences/s of each, what each found, and the ratio of our speed to dateparser's.

    python benchmarks/extractors_bench.py [--repeat 200] [--cold] [--dateparser-repeat 1]
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import date, datetime
from pathlib import Path

from akhbar.dates import extract_dates
from akhbar.normalize import normalize_text
from akhbar.numbers import extract_numbers, shadow_of
from akhbar.records import ArticleDraft
from akhbar.segment import segment

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
GOLD = Path(__file__).resolve().parent.parent / "tests" / "gold"


def sentences_of_corpus() -> list[str]:
    """The sentences of the seeds and of the quantities gold sets, as plain strings."""
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = normalize_text(path.read_text(encoding="utf-8"))
        out.extend(text[s.char_start : s.char_end] for s in segment(ArticleDraft(body_text=text)))
    for path in sorted(GOLD.glob("quantities_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = json.loads(line)["text"]
                out.extend(text[s.char_start : s.char_end] for s in segment(ArticleDraft(body_text=text)))
    return [s for s in out if s.strip()]


def sentence_benchmark(dateparser_repeat: int) -> None:
    """Our two extractors and dateparser's search_dates, sentence by sentence."""
    from dateparser.search import search_dates

    sentences = sentences_of_corpus()
    drafts = [(s, segment(ArticleDraft(body_text=s))) for s in sentences]
    published = date(2025, 10, 1)
    found = {"dates": 0, "numbers": 0}
    t0 = time.perf_counter()
    for text, segmented in drafts:
        shadow_of.cache_clear()
        dates = extract_dates(text, segmented, published)
        numbers = extract_numbers(text, segmented, [(d.char_start, d.char_end) for d in dates])
        found["dates"] += len(dates)
        found["numbers"] += len(numbers)
    ours = time.perf_counter() - t0
    settings = {"RELATIVE_BASE": datetime(2025, 10, 1)}
    search_dates("اليوم", languages=["ar"], settings=settings)  # load its language data outside the timing
    theirs_found = 0
    t0 = time.perf_counter()
    for _ in range(dateparser_repeat):
        for text in sentences:
            theirs_found += len(search_dates(text, languages=["ar"], settings=settings) or [])
    theirs = (time.perf_counter() - t0) / dateparser_repeat
    n = len(sentences)
    print(f"\n{n} sentences (seeds and tests/gold/quantities_*.jsonl), one at a time, cold Shadow")
    print(
        f"  akhbar dates+numbers {n / ours:10.0f} sentences/s  found {found['dates']} dates, {found['numbers']} numbers"
    )
    print(f"  dateparser search_dates {n / theirs:7.0f} sentences/s  found {theirs_found // dateparser_repeat} dates")
    print(f"  ratio (akhbar / dateparser): {theirs / ours:.0f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--cold", action="store_true", help="rebuild the article Shadow every time (no cache)")
    parser.add_argument("--dateparser-repeat", type=int, default=1, help="passes of dateparser over the sentences")
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
    sentence_benchmark(args.dateparser_repeat)


if __name__ == "__main__":
    main()
