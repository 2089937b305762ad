"""Score the date and number extractors on the labelled sets ``tests/gold/quantities_*.jsonl``.

Each item is one or two sentences of Arabic news with its publication date (or none) and every
date and number in it, labelled by hand from EXTRACTION.md §3-4 by people who did not read the
extractors (see ``tests/gold/README.md``). The item goes through the real library path
(``parse_text``: normalise, segment, extract). Predictions are aligned one-to-one with the gold
mentions of their kind by the largest character overlap.

Printed per set:

* detection: precision, recall and F1, for dates and for numbers (a prediction is a true
  positive when it overlaps a gold mention);
* of the matched mentions, the accuracy of each field: the exact span, and for dates date_value,
  period (start and end), granularity, qualifier, is_relative and year_inferred; for numbers
  value, qualifier and unit;
* recall per phenomenon tag, and with ``--errors`` every miss, spurious mention and wrong field.

    python benchmarks/quantities_eval.py [--set dev|holdout|all] [--errors]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # _detection, also when loaded by the tests
from _detection import DetectionCounts

from akhbar.pipeline import parse_text
from akhbar.records import DateMention, NumberMention

GOLD_DIR = Path(__file__).resolve().parents[1] / "tests" / "gold"
SETS = ("dev", "holdout")
DATE_FIELDS = ("span", "date_value", "period", "granularity", "qualifier", "is_relative", "year_inferred")
NUMBER_FIELDS = ("span", "value", "qualifier", "unit")


@dataclass
class Counts(DetectionCounts):
    fields: tuple[str, ...] = ()


@dataclass
class SetReport:
    name: str
    items: int
    dates: Counts
    numbers: Counts
    tags: dict[str, list[int]]  # tag -> [gold mentions, matched]
    errors: list[str]


def load_gold(name: str, folder: Path = GOLD_DIR) -> list[dict]:
    path = folder / f"quantities_{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def predict(item: dict) -> tuple[str, list[DateMention], list[NumberMention]]:
    published = date.fromisoformat(item["published"]) if item.get("published") else None
    articles = parse_text(item["text"], split=False, published=published)
    if not articles:
        return "", [], []
    parsed = articles[0]
    return parsed.draft.body_text, parsed.dates, parsed.numbers


def _gold_spans(body: str, mentions: list[dict]) -> list[tuple[int, int]]:
    """Offsets of each gold surface in the body (first occurrence, as the labelling spec says)."""
    spans = []
    for m in mentions:
        at = body.find(m["text"])
        spans.append((at, at + len(m["text"])) if at >= 0 else (-1, -1))
    return spans


def _align(gold: list[tuple[int, int]], predicted: list[tuple[int, int]]) -> dict[int, int]:
    """gold index -> predicted index, greedily by the largest overlap."""
    pairs = sorted(
        (
            (-(min(g[1], p[1]) - max(g[0], p[0])), gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(predicted)
            if min(g[1], p[1]) > max(g[0], p[0])
        )
    )
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi in pairs:
        if gi not in out and pi not in used:
            out[gi] = pi
            used.add(pi)
    return out


def _date_field_ok(name: str, gold: dict, pred: DateMention) -> bool:
    if name == "span":
        return gold["text"] == pred.surface_text
    if name == "period":
        return (gold["period_start"], gold["period_end"]) == (
            pred.period_start and pred.period_start.isoformat(),
            pred.period_end and pred.period_end.isoformat(),
        )
    return gold[name] == getattr(pred, name)


def _number_field_ok(name: str, gold: dict, pred: NumberMention) -> bool:
    if name == "span":
        return gold["text"] == pred.surface_text
    if name == "value":
        return abs(gold["value"] - pred.value) <= 1e-6 * max(1.0, abs(gold["value"]))
    return gold[name] == getattr(pred, name)


def _score_kind(item, body, gold_mentions, predicted, fields, field_ok, kind, counts, tags, errors) -> None:
    gold_spans = _gold_spans(body, gold_mentions)
    pred_spans = [(p.char_start, p.char_end) for p in predicted]
    aligned = _align(gold_spans, pred_spans)
    counts.gold += len(gold_mentions)
    counts.predicted += len(predicted)
    counts.matched += len(aligned)
    for tag in item["tags"]:
        tags[tag][0] += len(gold_mentions)
        tags[tag][1] += len(aligned)
    for gi, g in enumerate(gold_mentions):
        if gi not in aligned:
            errors.append(f"{item['id']} {kind} missed: {g['text']!r}")
            continue
        p = predicted[aligned[gi]]
        for name in fields:
            if field_ok(name, g, p):
                counts.correct[name] = counts.correct.get(name, 0) + 1
            else:
                want = (g["period_start"], g["period_end"]) if name == "period" else g.get(name, g["text"])
                got = (
                    (p.period_start, p.period_end)
                    if name == "period"
                    else p.surface_text
                    if name == "span"
                    else getattr(p, name)
                )
                errors.append(f"{item['id']} {kind} {g['text']!r} {name}: want {want!r}, got {got!r}")
    for pi, p in enumerate(predicted):
        if pi not in aligned.values():
            errors.append(f"{item['id']} {kind} spurious: {p.surface_text!r}")


def score_set(name: str, folder: Path = GOLD_DIR) -> SetReport:
    items = load_gold(name, folder)
    dates, numbers = Counts(fields=DATE_FIELDS), Counts(fields=NUMBER_FIELDS)
    tags: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    errors: list[str] = []
    for item in items:
        body, predicted_dates, predicted_numbers = predict(item)
        _score_kind(
            item, body, item["dates"], predicted_dates, DATE_FIELDS, _date_field_ok, "date", dates, tags, errors
        )
        _score_kind(
            item, body, item["numbers"], predicted_numbers, NUMBER_FIELDS, _number_field_ok, "number", numbers, tags,
            errors,
        )  # fmt: skip
    return SetReport(name, len(items), dates, numbers, dict(tags), errors)


def format_report(report: SetReport, errors: bool = False) -> str:
    lines = [f"== {report.name}: {report.items} items"]
    for kind, counts in (("dates", report.dates), ("numbers", report.numbers)):
        lines.append(
            f"{kind:8} gold {counts.gold:4}  predicted {counts.predicted:4}  matched {counts.matched:4}  "
            f"P {counts.precision:.3f}  R {counts.recall:.3f}  F1 {counts.f1:.3f}"
        )
        lines.append("         " + "  ".join(f"{f} {counts.accuracy(f):.3f}" for f in counts.fields))
    lines.append("recall per tag: " + ", ".join(f"{t} {m}/{g}" for t, (g, m) in sorted(report.tags.items()) if g))
    if errors:
        lines.extend(report.errors)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=[*SETS, "all"], default="all")
    parser.add_argument("--errors", action="store_true", help="list every miss, spurious mention and wrong field")
    args = parser.parse_args(argv)
    for name in SETS if args.set == "all" else (args.set,):
        print(format_report(score_set(name), args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
