"""Score akhbar's date and number extractors on external conformance cases.

Reads ``../shared/conformance/*.jsonl`` beside the project (or ``--folder``; see the README there):
facebook/duckling's Arabic corpus and microsoft/Recognizers-Text's Arabic number specs. Each case's
``input`` is taken as a one-article body; numbers are scored against number-like dimensions, dates
against ``Time``. Per dimension it prints:

* recall: expected entities overlapped by a mention of the right kind;
* precision: mentions that overlap an expected entity (in cases whose dimension we score);
* value: of the matched entities with a comparable value, how many have it (numbers: value within
  1e-6 relative; dates: ``date_value`` equals the expected date at its grain, day/month/year only).

    python benchmarks/conformance.py [--folder PATH]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from akhbar.dates import extract_dates
from akhbar.numbers import extract_numbers
from akhbar.records import ArticleDraft
from akhbar.segment import segment

DEFAULT_FOLDER = Path(__file__).resolve().parents[2] / "shared" / "conformance"
DATE_DIMENSIONS = {"Time"}


@dataclass
class Score:
    cases: int = 0
    expected: int = 0
    matched: int = 0
    predicted: int = 0
    predicted_ok: int = 0
    value_checked: int = 0
    value_ok: int = 0
    misses: list[str] = field(default_factory=list)

    def row(self) -> dict[str, float | int | None]:
        return {
            "cases": self.cases,
            "expected": self.expected,
            "recall": self.matched / self.expected if self.expected else None,
            "precision": self.predicted_ok / self.predicted if self.predicted else None,
            "value_accuracy": self.value_ok / self.value_checked if self.value_checked else None,
            "value_checked": self.value_checked,
        }


def _dimension(case: dict) -> str:
    if "dimension" in case:
        return f"duckling:{case['dimension']}"
    return f"recognizers:{case['spec']}"


def _expected_number(entity: dict) -> float | None:
    value = entity.get("value")
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.rstrip("%"))
        except ValueError:
            return None
    return None


def _expected_date(entity: dict) -> str | None:
    value, grain = entity.get("value"), entity.get("grain")
    if not isinstance(value, str) or grain not in ("day", "month", "year"):
        return None
    return {"day": value[:10], "month": value[:7], "year": value[:4]}[grain]


def score(folder: Path = DEFAULT_FOLDER) -> dict[str, Score]:
    scores: dict[str, Score] = defaultdict(Score)
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            case = json.loads(line)
            _score_case(case, scores[_dimension(case)])
    return dict(scores)


def _score_case(case: dict, s: Score) -> None:
    text = case["input"]
    reference = case.get("reference_datetime")
    published = date.fromisoformat(reference[:10]) if reference else None
    sentences = segment(ArticleDraft(body_text=text))
    dates = extract_dates(text, sentences, published)
    is_date = case.get("dimension") in DATE_DIMENSIONS
    if is_date:
        mentions = [(d.char_start, d.char_end, d.date_value) for d in dates]
    else:
        numbers = extract_numbers(text, sentences, [(d.char_start, d.char_end) for d in dates])
        mentions = [(n.char_start, n.char_end, n.value) for n in numbers]
    expected = case["expected"]
    s.cases += 1
    s.expected += len(expected)
    s.predicted += len(mentions)
    for ms, me, _ in mentions:
        if any(ms < e["end"] and e["start"] < me for e in expected):
            s.predicted_ok += 1
    for e in expected:
        hits = [m for m in mentions if m[0] < e["end"] and e["start"] < m[1]]
        if not hits:
            if len(s.misses) < 400:
                s.misses.append(f"{text!r} -> {e.get('text')!r}")
            continue
        s.matched += 1
        want = _expected_date(e) if is_date else _expected_number(e)
        if want is None:
            continue
        s.value_checked += 1
        if is_date:
            s.value_ok += any(m[2] == want for m in hits)
        else:
            s.value_ok += any(abs(m[2] - want) <= 1e-6 * max(1.0, abs(want)) for m in hits)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--misses", default=None, help="print the misses of this dimension")
    args = parser.parse_args()
    scores = score(args.folder)

    def pct(x: float | None) -> str:
        return "   -  " if x is None else f"{100 * x:5.1f}%"

    print(f"{'dimension':40} {'cases':>5} {'exp':>5} {'recall':>7} {'prec':>7} {'value':>7} {'n_val':>5}")
    for name in sorted(scores):
        r = scores[name].row()
        print(
            f"{name:40} {r['cases']:5} {r['expected']:5} {pct(r['recall']):>7} {pct(r['precision']):>7}"
            f" {pct(r['value_accuracy']):>7} {r['value_checked']:5}"
        )
    if args.misses:
        for miss in scores[args.misses].misses:
            print(miss)


if __name__ == "__main__":
    main()
