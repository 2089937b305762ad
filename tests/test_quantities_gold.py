"""The date and number extractors on the blind labelled sets (tests/gold/quantities_*.jsonl).

Floors sit a little under today's figures (``make eval-quantities`` prints them), so a regression
fails and ordinary work does not; the held-out floors are lower because its rules were never tuned.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from akhbar.records import DATE_GRANULARITIES, DATE_QUALIFIERS, NUMBER_QUALIFIERS

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("akhbar_quantities_eval", ROOT / "benchmarks" / "quantities_eval.py")
evaluation = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = evaluation  # dataclasses look their module up there
spec.loader.exec_module(evaluation)

# set -> kind -> {metric: floor}
FLOORS = {
    "dev": {
        "dates": {"f1": 0.97, "date_value": 0.97, "period": 0.97, "span": 0.95},
        "numbers": {"f1": 0.97, "value": 0.97, "qualifier": 0.97, "unit": 0.85},
    },
    "holdout": {
        "dates": {"f1": 0.95, "date_value": 0.95, "period": 0.95},
        "numbers": {"f1": 0.95, "value": 0.95, "qualifier": 0.95},
    },
}


@pytest.fixture(scope="module")
def reports():
    return {name: evaluation.score_set(name) for name in FLOORS}


@pytest.mark.parametrize(("name", "kind"), [(n, k) for n in FLOORS for k in FLOORS[n]])
def test_floors(reports, name: str, kind: str) -> None:
    counts = getattr(reports[name], kind)
    for metric, floor in FLOORS[name][kind].items():
        got = counts.f1 if metric == "f1" else counts.accuracy(metric)
        assert got >= floor, (name, kind, metric, got)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_gold_is_well_formed(name: str) -> None:
    items = evaluation.load_gold(name)
    assert len(items) >= 80
    for item in items:
        for d in item["dates"]:
            assert d["text"] in item["text"], item["id"]
            assert d["granularity"] in DATE_GRANULARITIES and d["qualifier"] in (None, *DATE_QUALIFIERS)
        for n in item["numbers"]:
            assert n["text"] in item["text"], item["id"]
            assert n["qualifier"] in (None, *NUMBER_QUALIFIERS)


def test_the_scorer_counts_misses_and_wrong_fields(monkeypatch) -> None:
    item = {
        "id": "t1",
        "text": "وصل أكثر من 900 جندي في 3 مارس 2024.",
        "published": "2024-03-05",
        "tags": ["qualifier_more"],
        "dates": [{"text": "3 مارس 2024", "date_value": "2024-03-04", "period_start": "2024-03-04",
                   "period_end": "2024-03-04", "granularity": "day", "qualifier": None, "is_relative": False,
                   "year_inferred": False}],
        "numbers": [{"text": "أكثر من 900 جندي", "value": 900, "qualifier": "more_than", "unit": "soldier"},
                    {"text": "وصل", "value": 1, "qualifier": None, "unit": None}],
    }  # fmt: skip
    monkeypatch.setattr(evaluation, "load_gold", lambda name, folder=None: [item])
    report = evaluation.score_set("t")
    assert (report.dates.matched, report.dates.accuracy("date_value")) == (1, 0.0)
    assert (report.numbers.gold, report.numbers.matched, report.numbers.accuracy("unit")) == (2, 1, 1.0)
