"""Hostile input, full size: seconds per case for ``parse_bytes`` / ``parse_text``.

    python benchmarks/hostile_bench.py [--only NAME ...]

Cases (the "reliability" issue): a 200,000-character line of Arabic words without punctuation,
50 MB files of repeated article paragraphs (with and without newlines), a 10,000-tatweel run,
100,000 diacritics in a row, NUL bytes sprinkled in, and one file with a UTF-8 part followed by a
windows-1256 part. Each case prints its size, seconds, articles, sentences and mentions; the
scaled-down versions run in ``tests/test_properties.py``.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from datetime import date

from akhbar.encoding import DecodeError
from akhbar.pipeline import parse_bytes, parse_text

PARAGRAPH = (
    "أعلنت وزارة الخارجية العراقية، اليوم الخميس، أن نحو 500 جندي أميركي سيغادرون البلاد بنهاية أيلول/سبتمبر 2025. "
    'وقال المتحدث باسم الوزارة لوكالة الأنباء العراقية (واع) إن "الانسحاب سيكتمل خلال عامين"، '
    "مشيرا إلى أن أكثر من 2000 عنصر غادروا منذ 26/4/2024 وفق مصادر أمنية."
)
HEADER = "الحكومة تعلن خطة جديدة للانسحاب\nالأربعاء، 1 أكتوبر 2025\n"
MB = 1_000_000


def _repeat_to(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit.encode()))


def cases() -> dict[str, Callable[[], bytes]]:
    words = ["كلمة", "الوزارة", "جندي", "نحو", "قال", "العراقية", "أعلنت", "اليوم"]
    return {
        "line-200k-chars": lambda: " ".join(words[i % len(words)] for i in range(40_000))[:200_000].encode(),
        "50MB-paragraphs-newlines": lambda: (HEADER + _repeat_to(PARAGRAPH + "\n", 50 * MB)).encode(),
        "50MB-no-newlines": lambda: _repeat_to(PARAGRAPH + " ", 50 * MB).encode(),
        "50MB-pages-with-readalso": lambda: _repeat_to(
            HEADER + (PARAGRAPH + "\n") * 3 + "إقرأ أيضاً:\n", 50 * MB
        ).encode(),
        "tatweel-10k": lambda: (
            "مرحبا بكم " + "\u0640" * 10_000 + " في العاصمة بغداد اليوم الخميس.\n" + PARAGRAPH
        ).encode(),
        "diacritics-100k": lambda: ("قال الوزير " + "\u064e" * 100_000 + " إن 500 جندي غادروا.\n" + PARAGRAPH).encode(),
        "nul-sprinkled-5MB": lambda: _repeat_to(PARAGRAPH + "\x00\n" + PARAGRAPH + "\n", 5 * MB).encode(),
        "nul-dense-5MB": lambda: _repeat_to(PARAGRAPH + "\x00\n", 5 * MB).encode(),
        "50MB-cp1256": lambda: (HEADER + _repeat_to(PARAGRAPH + "\n", 25 * MB)).encode("cp1256"),
        "mixed-utf8-then-cp1256": lambda: (
            _repeat_to(PARAGRAPH + "\n", MB).encode() + _repeat_to(PARAGRAPH + "\n", MB).encode("cp1256")
        ),
    }


def run(name: str, make: Callable[[], bytes]) -> None:
    data = make()
    started = time.perf_counter()
    try:
        decoded, articles = parse_bytes(data, published=date(2025, 10, 2))
    except DecodeError as exc:
        elapsed = time.perf_counter() - started
        print(f"{name:28s} {len(data) / MB:7.2f} MB {elapsed:8.2f} s  DecodeError: {str(exc)[:70]}")
        return
    elapsed = time.perf_counter() - started
    n_sentences = sum(len(a.sentences) for a in articles)
    n_mentions = sum(len(a.statements) + len(a.dates) + len(a.numbers) + len(a.sources) for a in articles)
    print(
        f"{name:28s} {len(data) / MB:7.2f} MB {elapsed:8.2f} s  {decoded.encoding:12s} "
        f"articles={len(articles)} sentences={n_sentences} mentions={n_mentions}"
    )
    if name == "line-200k-chars":  # the same line taken as one article body as it stands
        started = time.perf_counter()
        parse_text(decoded.text, split=False)
        print(f"{name + ' (split=False)':28s} {'':10s} {time.perf_counter() - started:8.2f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="*", help="case names to run (default: all)")
    args = parser.parse_args(argv)
    for name, make in cases().items():
        if args.only and name not in args.only:
            continue
        run(name, make)
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
