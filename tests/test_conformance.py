"""External conformance cases (duckling, Recognizers-Text) for the date and number extractors.

The cases live outside the project (``../shared/conformance``; see its README) and are scored by
``benchmarks/conformance.py`` (``make conformance``). The floors below are issue 4's targets on the
in-scope cases: a regression fails, and so does a change of scope that hides misses.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "conformance.py"
FOLDER = ROOT.parent / "shared" / "conformance"

# report row -> (floor on span+value, floor on precision, least number of in-scope cases)
FLOORS = {
    "duckling:Numeral": (0.95, 0.95, 300),
    "duckling:Time calendar date": (0.90, 0.95, 65),
    "recognizers:NumberModel": (0.95, 0.95, 50),
    "recognizers:PercentModel": (0.95, 0.95, 20),
    "recognizers:NumberRangeModel": (0.88, 0.95, 45),
}


@pytest.fixture(scope="module")
def conformance():
    if not FOLDER.is_dir() or not any(FOLDER.glob("*.jsonl")):
        pytest.skip(f"conformance cases not found in {FOLDER}")
    spec = importlib.util.spec_from_file_location("akhbar_conformance", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores(conformance):
    return conformance.score(FOLDER)


@pytest.mark.parametrize("row", sorted(FLOORS))
def test_conformance_floor(scores, row: str) -> None:
    s = scores[row]
    value_floor, precision_floor, least_cases = FLOORS[row]
    print(row, s.in_scope, s.expected, s.found, s.value_ok, s.predicted, s.predicted_ok)
    assert s.in_scope >= least_cases, "the scope shrank"
    assert s.value_ok / s.expected >= value_floor
    assert s.predicted_ok / s.predicted >= precision_floor


def test_all_recognizers_number_cases_together(scores) -> None:
    rows = [s for name, s in scores.items() if name.startswith("recognizers:") and s.in_scope]
    assert sum(s.value_ok for s in rows) / sum(s.expected for s in rows) >= 0.95


def test_scope_is_decided_from_the_case_alone(conformance) -> None:
    news = {"dimension": "Numeral", "input": "قتل 40 ألف شخص", "expected": [{"text": "40 ألف"}]}
    assert conformance.scope(news) is None
    lone = {"dimension": "Numeral", "input": "ست", "expected": [{"text": "ست"}]}
    assert "ambiguous" in conformance.scope(lone)
    clock = {"dimension": "Time", "input": "الساعة 3 صباحا", "expected": [{"grain": "hour", "value": "x"}]}
    assert "clock" in conformance.scope(clock)


def test_the_scorer_counts_a_wrong_value_and_a_wrong_span(conformance) -> None:
    def case(expected_text: str, value: float) -> dict:
        text = "وصل أكثر من 900 جندي"
        start = text.index(expected_text)
        entity = {"text": expected_text, "start": start, "end": start + len(expected_text), "value": value}
        return {"dimension": "Numeral", "input": text, "expected": [entity]}

    right, wrong_value, wrong_span = (conformance.Score() for _ in range(3))
    conformance._score_case(case("900", 900), right)
    conformance._score_case(case("900", 901), wrong_value)
    conformance._score_case(case("وصل أكثر", 900), wrong_span)
    assert (right.found, right.value_ok) == (1, 1)
    assert (wrong_value.found, wrong_value.value_ok) == (1, 0)
    assert (wrong_span.found, wrong_span.value_ok) == (0, 0)


def test_a_year_chosen_by_convention_is_compared_with_the_expected_year(conformance) -> None:
    """ "الخميس 15 آب" with a 2013-02-12 reference: the weekday picks 2013 (a Thursday)."""
    text = "الخميس 15 اغسطس"
    entity = {"text": text, "start": 0, "end": len(text), "value": "2013-08-15T00:00:00", "grain": "day"}
    case = {"dimension": "Time", "input": text, "expected": [entity], "reference_datetime": "2013-02-12T04:30:00"}
    s = conformance.Score()
    conformance._score_case(case, s)
    assert (s.found, s.value_ok, s.strict_ok) == (1, 1, 1)
