"""External conformance cases (duckling, Recognizers-Text) for the date and number extractors.

The cases live outside the project (``../shared/conformance``; see its README) and are scored by
``benchmarks/conformance.py``. Figures are printed; the asserted floors are what the extractors
reach today minus a margin, so a regression fails but ordinary work does not.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "conformance.py"
FOLDER = ROOT.parent / "shared" / "conformance"

# dimension -> (metric, floor); measured: see the report printed by benchmarks/conformance.py
FLOORS = {
    "duckling:Numeral": {"recall": 0.85, "precision": 0.95, "value_accuracy": 0.95},
    "duckling:AmountOfMoney": {"recall": 0.95, "precision": 0.95, "value_accuracy": 0.85},
    "duckling:Time": {"recall": 0.50, "precision": 0.95, "value_accuracy": 0.38},
    "recognizers:NumberModel": {"recall": 0.70, "precision": 0.90},
    "recognizers:NumberRangeModel": {"recall": 0.85, "precision": 0.85},
    "recognizers:PercentModel": {"recall": 0.95, "value_accuracy": 0.85},
}


@pytest.fixture(scope="module")
def scores():
    if not FOLDER.is_dir() or not any(FOLDER.glob("*.jsonl")):
        pytest.skip(f"conformance cases not found in {FOLDER}")
    spec = importlib.util.spec_from_file_location("akhbar_conformance", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module.score(FOLDER)


@pytest.mark.parametrize("dimension", sorted(FLOORS))
def test_conformance_floor(scores, dimension: str) -> None:
    row = scores[dimension].row()
    print(dimension, row)
    for metric, floor in FLOORS[dimension].items():
        assert row[metric] is not None and row[metric] >= floor, (dimension, metric, row[metric])
