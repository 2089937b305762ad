"""Score the statements extractor on the labelled gold sets in ``tests/gold/statements_*.jsonl``.

Each gold item is an article made of ``context`` sentences (earlier in the article, one paragraph
each) and the ``text`` under evaluation; an optional ``title`` heads the page. The page goes through
the real library path (normalise, segment, extract); only statements whose content starts inside
``text`` are scored. Predicted statements are aligned one-to-one with gold ones by the largest
character overlap of their contents.

Printed per set:

* detection: precision, recall and F1 of statements (a prediction is a true positive when its
  content overlaps a gold content);
* of the matched statements, the accuracy of the speaker (``speaker_canonical`` against the
  resolved speaker), the written speaker (``speaker_text``), speaker_kind, via, the direct-quote
  flag and the content span (exact, ignoring edge punctuation, quote marks and blanks);
* recall and precision per phenomenon, and with ``--errors`` every miss and mistake.

    python benchmarks/statements_eval.py [--set dev|holdout|all] [--errors]

Names are compared on their folded key tokens (``akhbar.actors.key_tokens`` after
``canonical_speaker``), so spelling variants of one name (أمريكي / أميركي, hamza, ta marbuta)
compare equal; outlets (via, or a speaker that is an outlet) are equal when they resolve to the same
source (``akhbar.sources.canonical_source``: "واس" = "وكالة الأنباء السعودية").
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # _detection, also when loaded by the tests
from _detection import DetectionCounts

from akhbar.actors import canonical_speaker, key_tokens
from akhbar.pipeline import parse_text
from akhbar.records import Statement
from akhbar.sources import canonical_source

GOLD_DIR = Path(__file__).resolve().parents[1] / "tests" / "gold"
SETS = ("dev", "holdout")
# gold field -> the Statement attribute it is scored against
PREDICTED = {
    "speaker": "speaker_canonical",
    "speaker_text": "speaker_text",
    "kind": "speaker_kind",
    "via": "via_text",
    "is_direct_quote": "is_direct_quote",
    "content": "content_text",
}
FIELDS = tuple(PREDICTED)
_EDGE = " \t\n.,;:!?،؛؟\"'“”«»()"
# Generic words before an outlet's name: "وكالة رويترز" and "رويترز" are one via.
_GENERIC_VIA = frozenset(key_tokens("وكالة صحيفة جريدة قناة موقع شبكة إذاعة تلفزيون منصة"))


@dataclass
class Counts(DetectionCounts):
    correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))


@dataclass
class SetReport:
    name: str
    items: int = 0
    total: Counts = field(default_factory=Counts)
    by_phenomenon: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    errors: list[str] = field(default_factory=list)


def load_gold(name: str, folder: Path = GOLD_DIR) -> list[dict]:
    """The items of one gold set (``statements_<name>.jsonl``)."""
    path = folder / f"statements_{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def page_of(item: dict) -> str:
    """The page an item stands for: title, context sentences and the text, one paragraph each."""
    lines = [item["title"]] if item.get("title") and item["title"] != item["text"] else []
    return "\n".join([*lines, *item.get("context", []), item["text"]])


def predict(item: dict) -> tuple[int, list[Statement]]:
    """(offset of ``text`` in the body, statements whose content starts inside ``text``)."""
    articles = parse_text(page_of(item), split=False)
    if not articles:
        return -1, []
    parsed = articles[0]
    at = parsed.draft.body_text.rfind(item["text"])
    if at < 0:
        return at, []
    end = at + len(item["text"])
    return at, [s for s in parsed.statements if at <= s.content_start < end]


def _clean(text: str | None) -> str:
    return (text or "").strip(_EDGE)


def _name_key(text: str | None) -> tuple[str, ...]:
    return tuple(key_tokens(canonical_speaker(_clean(text)))) if text else ()


def _via_key(text: str | None) -> tuple[str, ...] | str:
    if not text:
        return ()
    info = canonical_source(_clean(text))
    if info is not None:
        return info.key
    return tuple(t for t in _name_key(text) if t not in _GENERIC_VIA)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _field_ok(name: str, gold: dict, pred: Statement) -> bool:
    want, got = gold[name], getattr(pred, PREDICTED[name])
    if name == "speaker":
        if _name_key(want) == _name_key(got):
            return True
        source = canonical_source(_clean(want))  # "واس" = "وكالة الأنباء السعودية"
        return source is not None and source == canonical_source(_clean(got))
    if name == "speaker_text":
        return _name_key(want) == _name_key(got)
    if name == "via":
        return _via_key(want) == _via_key(got)
    if name == "content":
        return _clean(want) == _clean(got)
    return want == got


def score_item(item: dict) -> tuple[Counts, list[str]]:
    """Counts for one item and a line per miss, spurious statement or wrong field."""
    at, preds = predict(item)
    counts = Counts(gold=len(item["statements"]), predicted=len(preds))
    errors: list[str] = []
    free = list(range(len(preds)))
    for gold in item["statements"]:
        offset = item["text"].find(gold["content"])
        span = (at + offset, at + offset + len(gold["content"])) if offset >= 0 and at >= 0 else (-1, -1)
        best = max(free, key=lambda i: _overlap(span, (preds[i].content_start, preds[i].content_end)), default=None)
        if best is None or _overlap(span, (preds[best].content_start, preds[best].content_end)) == 0:
            errors.append(f"{item['id']}: MISSED {gold['speaker']!r}: {gold['content'][:70]!r}")
            continue
        free.remove(best)
        pred = preds[best]
        counts.matched += 1
        for name in FIELDS:
            if _field_ok(name, gold, pred):
                counts.correct[name] += 1
            else:
                got = getattr(pred, PREDICTED[name])
                want = gold[name]
                errors.append(f"{item['id']}: {name}: want {want!r} got {got!r}")
    for i in free:
        errors.append(
            f"{item['id']}: SPURIOUS {preds[i].speaker_canonical!r} {preds[i].verb_text!r}: "
            f"{preds[i].content_text[:70]!r}"
        )
    return counts, errors


def score_set(name: str, folder: Path = GOLD_DIR) -> SetReport:
    report = SetReport(name)
    for item in load_gold(name, folder):
        counts, errors = score_item(item)
        report.items += 1
        report.total.add(counts)
        for phenomenon in item.get("phenomena", []):
            report.by_phenomenon[phenomenon].add(counts)
        report.errors.extend(errors)
    return report


def format_report(report: SetReport, errors: bool = False) -> str:
    t = report.total
    lines = [
        f"== statements gold set '{report.name}': {report.items} items, {t.gold} gold statements, "
        f"{t.predicted} predicted",
        f"detection   precision {t.precision:.3f}  recall {t.recall:.3f}  F1 {t.f1:.3f}  (matched {t.matched})",
        "accuracy on matched statements:",
    ]
    lines += [f"  {name:<16}{t.accuracy(name):.3f}  ({t.correct[name]}/{t.matched})" for name in FIELDS]
    lines.append("per phenomenon (items tagged with it):   gold  pred  recall  precision")
    for phenomenon, c in sorted(report.by_phenomenon.items()):
        lines.append(f"  {phenomenon:<30}{c.gold:>6}{c.predicted:>6}  {c.recall:6.3f}  {c.precision:9.3f}")
    if errors and report.errors:
        lines.append("errors:")
        lines += [f"  {e}" for e in report.errors]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=[*SETS, "all"], default="all")
    parser.add_argument("--errors", action="store_true", help="list every miss and wrong field")
    args = parser.parse_args(argv)
    names = SETS if args.set == "all" else (args.set,)
    for name in names:
        print(format_report(score_set(name), errors=args.errors))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
