"""Score akhbar's date and number extractors on external conformance cases.

Reads ``../shared/conformance/*.jsonl`` beside the project (or ``--folder``; see the README there):
facebook/duckling's Arabic corpus and microsoft/Recognizers-Text's Arabic number specs. Each case's
``input`` is taken as a one-article body (dates resolved against the case's reference time).

Every case is first put **in scope** or **out of scope**, by a rule that does not look at our
output (``scope()``; the reasons are printed with their counts). Per dimension, the table gives:

* ``found``: expected entities that one of our mentions covers with the right span;
* ``span+value``: of those, the ones whose value is right too; this is the conformance figure;
* ``prec``: our mentions that overlap an expected entity, in the in-scope cases (cases that expect
  nothing count every mention we emit as a false one).

What "right span" allows (the conventions of EXTRACTION.md, documented in the README):

* numbers: our surface, or the numeral alone, or the numeral with its qualifier, or with its
  counted noun (Recognizers spans leave the noun out, Duckling's Numeral spans leave the qualifier
  out); a glued clitic (ب، ل، و) on the expected span is ignored; for ranges, the expected span may
  open with "بين" or "من", which akhbar leaves out of both numbers;
* dates: our surface, with a leading "في", "عند", "قرابة" or "من" of the expected span ignored.

What "right value" means:

* numbers: within 1e-6 relative; ranges: the bounds of our one or two mentions and their
  qualifiers (more_than = open lower bound, at_least = closed, less_than / at_most for the upper);
* dates: the expected instant or interval at its grain: a day must be our ``date_value`` (or,
  for "منتصف آذار", "بداية شهر 3", lie in the period akhbar narrowed with its qualifier); an
  interval must equal our period; a coarser expected value (month, year) must equal our
  ``date_value``. A year akhbar *inferred* for a month or day named without one (``year_inferred``)
  follows the news convention (nearest to publication), Duckling's the assistant convention
  (next occurrence); for such a date ``span+value`` reads the case again with the expected date as
  the publication date (so both conventions pick the same year) and ``strict`` does not.

    python benchmarks/conformance.py [--folder PATH] [--misses DIMENSION] [--out-of-scope]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from akhbar.dates import extract_dates
from akhbar.numbers import extract_numbers
from akhbar.records import ArticleDraft, DateMention, NumberMention
from akhbar.segment import segment

DEFAULT_FOLDER = Path(__file__).resolve().parents[2] / "shared" / "conformance"

# --- scope: decided from the case alone, never from akhbar's output ----------------------------

_SCORED = {
    "duckling:Numeral",
    "duckling:Time",
    "recognizers:NumberModel",
    "recognizers:NumberRangeModel",
    "recognizers:PercentModel",
}
_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
_FRACTION_WORDS = re.compile(
    r"(?:^|[ و])(?:نصف|ربع|ثلث|ثلثان|ثلثي|أخماس|اخماس|أثمان|اثمان|ارباع|أرباع|ثمن|جزء)(?:$|[ .])"
)
# A whole number with a half, quarter or third ("واحد ونصف", "مليون ونصف", "نصف مليون") is a count.
_COMPOUND_FRACTION = re.compile(r"\S+ و(?:نصف|ربع|ثلث)$|^نصف (?:مليون|مليار|ألف|دزينة)$")
_LONE_AMBIGUOUS = {"صفر", "واحد", "ست", "سبع", "تسع", "عشر"}
# Recognizers' expected values that are wrong Arabic arithmetic (checked by hand):
# "٣٢٢ ألف" is 322,000 (spec: 32,200); "اثني عشر مليار" is 12e9 (spec: 1.2e9); the "أخماس" chain
# "مليون وألفين ومائتين وثلاثة أخماس" is 1,002,200.6 (spec: 200,440.6).
_UPSTREAM_ERRORS = {"٣٢٢ ألف": 322000, "اثني عشر مليار": 12e9}
_CLOCK = re.compile(
    r"الساعة|الساعه|\d:\d|صباحا|مساءا|مساء|عصرا|ظهرا|فجرا|الصبح|الليلة|اللحظة|الان|حالا|الثالثة|الثامنة"
)
_TIME_GRAINS = {"hour", "minute", "second"}


def _is_integer(value: float) -> bool:
    return abs(value - round(value)) < 1e-9


def scope(case: dict) -> str | None:
    """None when the case is in scope, else the reason it is not (printed in the report)."""
    dim = _dimension(case)
    if dim not in _SCORED:
        return {
            "duckling:Ordinal": "ordinals are not quantities (EXTRACTION.md §4)",
            "recognizers:OrdinalModel": "ordinals are not quantities (EXTRACTION.md §4)",
            "recognizers:OrdinalModelSuppressExtendedTypes": "ordinals are not quantities (EXTRACTION.md §4)",
            "duckling:PhoneNumber": "phone numbers are not quantities (EXTRACTION.md §4)",
        }.get(dim, "dimension not scored (money, units and durations are numbers with a unit)")
    text = case["input"]
    if dim == "duckling:Time":
        return _time_scope(case)
    if dim == "duckling:Numeral":
        stripped = text.strip()
        if stripped in _LONE_AMBIGUOUS:
            return "a lone ambiguous word (ست lady, صفر the month Safar) with no counted noun"
        if re.fullmatch(r"(19|20)\d\d", stripped.translate(_INDIC)):
            return "a bare number 1900-2100 with no counted noun reads as a year in news"
        if "/" in text:
            return "a slash fraction; in news 11/10 is a date"
        return None
    # Recognizers
    expected = case["expected"]
    if any(e["text"].strip() in _LONE_AMBIGUOUS for e in expected):
        return "a lone ambiguous word (ست lady, صفر the month Safar) with no counted noun"
    if re.search(r"[\^~<>=]|\d[eE]", text.translate(_INDIC)):
        return "math notation (^, e, <, >, =, ~)"
    if "يساوي" in text:
        return "equations (يساوي), not news prose"
    if re.search(r"\d[ \t]*/[ \t]*\d", text.translate(_INDIC)):
        return "a slash fraction or date; in news 4/5 is a date"
    if "،" in text and re.search(r"\d،\d", text.translate(_INDIC)):
        return "، as a thousands separator; in Arabic prose it is the comma"
    if re.search(r"\d{12,}|\d+\.\d+\.\d+\.\d+", text.translate(_INDIC)):
        return "phone numbers and IP addresses are not quantities (EXTRACTION.md §4)"
    for e in expected:
        if e["text"] in _UPSTREAM_ERRORS:
            return "the expected value is wrong in the spec (e.g. ٣٢٢ ألف = 322,000, not 32,200)"
        value = _expected_number(e)
        if dim == "recognizers:NumberRangeModel":
            interval = _interval(e.get("value"))
            if interval and any(b is not None and not _is_integer(b) for b in interval[0::2]):
                return "a range of fractions (proportions, not counts)"
            if " في " in f" {text} " and interval and interval[0] is not None and not _is_integer(interval[0]):
                return "a ratio (X في Y)"
        compound = _COMPOUND_FRACTION.search(e["text"]) is not None
        decimal = re.search(r"\d[\u202a-\u202e]*[.,٫][\u202a-\u202e]*\d|^[.٫]\d|فاصلة", e["text"]) is not None
        if value is not None and not _is_integer(value) and not (decimal or compound):
            return "a fraction as a value (a proportion, not a count: EXTRACTION.md §4)"
        if _FRACTION_WORDS.search(e["text"]) and not compound:
            return "a fraction as a value (a proportion, not a count: EXTRACTION.md §4)"
        if " على " in e["text"] or "جزء من" in e["text"] or re.search(r"^واحد من", e["text"]):
            return "a fraction as a value (a proportion, not a count: EXTRACTION.md §4)"
    if any(re.search(r"(?:^|\s)ال" + re.escape(e["text"]), text) for e in expected):
        return "a number with the article after a noun (الصفحة ال١٩٢): an ordinal reference (EXTRACTION.md §4)"
    if not expected and re.search(r"\d[^\d\s.,٫٬]", text.translate(_INDIC)):
        return "digits glued to a word; akhbar reads them (scraped text often drops the space)"
    if len(expected) > 1 and re.search(r"\d[/-]\d+[/-]\d", text.translate(_INDIC)):
        return "a numeric date; a date's parts are not quantities (EXTRACTION.md §3)"
    if not expected and "http" in text:
        return "numbers inside a URL"
    return None


def _time_scope(case: dict) -> str | None:
    expected = case["expected"]
    if not expected:
        return None  # negatives ("حب", "ابحث"): in scope, they test precision
    e = expected[0]
    grain = e.get("grain")
    if grain in _TIME_GRAINS or (_CLOCK.search(case["input"]) and not _names_calendar_date(case["input"])):
        return "a clock time or now without a calendar date (EXTRACTION.md §3: not a date)"
    return None


_MONTHY = re.compile(
    r"يناير|فبراير|مارس|ابريل|أبريل|مايو|يونيو|يوليو|اغسطس|أغسطس|سبتمبر|اكتوبر|أكتوبر|نوفمبر|ديسمبر"
    r"|كانون|شباط|اذار|آذار|نيسان|ايار|أيار|حزيران|تموز|آب|ايلول|أيلول|تشرين"
    r"|(?<!ال)شهر (?:\d|اثنين|ثلاث|ثلاثة|اربعة|أربعة|خمسة|ستة|سبعة|ثمانية|تسعة|عشرة)|رمضان|عيد|رأس السنة|\d"
)
_ORDINAL_DAY_WORD = re.compile(
    r"(?:^|[ ])(?:ال)?(?:حادي|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع)(?: عشرة?| و(?:ال)?عشرين| و(?:ال)?عشرون)"
)


def _names_calendar_date(text: str) -> bool:
    """A month (by name or number), a day of the month, a year, a numeric date or a feast."""
    return bool(_MONTHY.search(text)) or bool(_ORDINAL_DAY_WORD.search(text))


def _relative_kind(text: str) -> str:
    if re.search(r"اسبوع|الاسابيع", text):
        return "weeks"
    if re.search(r"الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعة|الجمعه|السبت|الاحد|الأحد|اثنين|ثلاثاء|احد", text):
        return "weekdays"
    return "days, months, years"


# --- scoring ------------------------------------------------------------------------------------


@dataclass
class Score:
    cases: int = 0
    in_scope: int = 0
    expected: int = 0
    found: int = 0
    value_ok: int = 0
    strict_ok: int = 0
    predicted: int = 0
    predicted_ok: int = 0
    out_of_scope: Counter = field(default_factory=Counter)
    out_of_scope_passed: int = 0
    misses: list[str] = field(default_factory=list)


def _dimension(case: dict) -> str:
    if "dimension" in case:
        return f"duckling:{case['dimension']}"
    return f"recognizers:{case['spec']}"


def _bucket(case: dict) -> str:
    """The report row: Duckling's Time splits into calendar dates and relative expressions."""
    dim = _dimension(case)
    if dim != "duckling:Time" or not case["expected"]:
        return dim
    if scope(case) is not None:
        return "duckling:Time clock time"
    if _names_calendar_date(case["input"]):
        return "duckling:Time calendar date"
    return "duckling:Time relative, " + _relative_kind(case["input"])


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


def _interval(value: object) -> tuple | None:
    """ "(20,35]" -> (20.0, True, 35.0, False): lower, lower open, upper, upper open."""
    if not isinstance(value, str):
        return None
    m = re.fullmatch(r"([(\[])(-?[\d.E+]*),(-?[\d.E+]*)([)\]])", value)
    if m is None:
        return None
    lo = float(m.group(2)) if m.group(2) else None
    hi = float(m.group(3)) if m.group(3) else None
    return lo, m.group(1) == "(", hi, m.group(4) == ")"


def _strip_expected(text: str, start: int, end: int, leading: tuple[str, ...]) -> list[tuple[int, int]]:
    """The expected span, and the same span without a leading word or clitic akhbar leaves out."""
    spans = [(start, end)]
    surface = text[start:end]
    for word in leading:
        if surface.startswith(word + " "):
            spans.append((start + len(word) + 1, end))
    if len(surface) > 1 and surface[0] in "بلو" and (surface[1].isdigit() or surface[1:2] in "أإاثخسعمنت"):
        spans.append((start + 1, end))
    return spans


def _number_spans(n: NumberMention) -> set[tuple[int, int]]:
    a, b = n.numeral_start, n.numeral_end
    return {(n.char_start, n.char_end), (a, b), (n.char_start, b), (a, n.char_end)}


def _values_equal(x: float, y: float) -> bool:
    return abs(x - y) <= 1e-6 * max(1.0, abs(y))


def _score_number_entity(e: dict, text: str, numbers: list[NumberMention], ranged: bool) -> tuple[bool, bool]:
    targets = _strip_expected(text, e["start"], e["end"], ("بين", "من") if ranged else ())
    interval = _interval(e.get("value")) if ranged else None
    if interval is None:
        for n in numbers:
            if _number_spans(n) & set(targets):
                want = _UPSTREAM_ERRORS.get(e["text"], _expected_number(e))
                return True, want is not None and _values_equal(n.value, want)
        return False, False
    inside = [n for n in numbers if n.char_start < e["end"] and e["start"] < n.char_end]
    if not inside or len(inside) > 2:
        return False, False
    starts = {s for n in inside for s, _ in _number_spans(n)}
    ends = {t for n in inside for _, t in _number_spans(n)}
    span_ok = any(s in starts and t in ends for s, t in targets) and all(
        any(t[0] <= s and b <= t[1] for t in targets for s, b in [(n.numeral_start, n.numeral_end)]) for n in inside
    )
    if not span_ok:
        return False, False
    lo, lo_open, hi, hi_open = interval
    if len(inside) == 2:
        a, b = sorted(inside, key=lambda n: n.value)
        ok = (
            lo is not None
            and hi is not None
            and _values_equal(a.value, lo)
            and _values_equal(b.value, hi)
            and a.qualifier in (None, "approx", "more_than", "at_least")
            and b.qualifier in (None, "approx", "less_than", "at_most")
        )
        return True, ok
    n = inside[0]
    if lo is not None and hi is not None and _values_equal(lo, hi):
        return True, _values_equal(n.value, lo) and n.qualifier is None
    if hi is None:
        return True, _values_equal(n.value, lo) and n.qualifier == ("more_than" if lo_open else "at_least")
    return True, _values_equal(n.value, hi) and n.qualifier == ("less_than" if hi_open else "at_most")


def _score_date_entity(e: dict, text: str, dates: list[DateMention]) -> tuple[bool, bool, bool]:
    """(span right, value right modulo an inferred year, value right with the year)."""
    targets = set(_strip_expected(text, e["start"], e["end"], ("في", "عند", "قرابة", "من")))
    hits = [d for d in dates if (d.char_start, d.char_end) in targets]
    if not hits:
        return False, False, False
    d = hits[0]
    strict = _date_value_ok(e, d)
    loose = strict
    if not strict and d.year_inferred:
        # The year was chosen by convention; read the text again as if published on the expected
        # date, so that the convention picks the expected year, and compare in full.
        reference = datetime.fromisoformat((e.get("value") or e.get("from"))[:19]).date()
        again = extract_dates(text, segment(ArticleDraft(body_text=text)), reference)
        loose = any((a.char_start, a.char_end) == (d.char_start, d.char_end) and _date_value_ok(e, a) for a in again)
    return True, loose, strict


def _date_value_ok(e: dict, d: DateMention) -> bool:
    def same(x: date | None, y: date | None) -> bool:
        return x is not None and x == y

    if e.get("from") or e.get("to"):
        lo = datetime.fromisoformat(e["from"][:19]).date() if e.get("from") else None
        hi = datetime.fromisoformat(e["to"][:19]).date() - timedelta(days=1) if e.get("to") else None
        return same(d.period_start, lo) and same(d.period_end, hi)
    value, grain = e.get("value"), e.get("grain")
    if grain == "week" and isinstance(value, str):  # a week: its Monday
        return same(d.period_start, datetime.fromisoformat(value[:19]).date())
    if not isinstance(value, str) or d.date_value is None:
        return False
    n = {"day": 10, "month": 7, "year": 4}.get(grain)
    if n is None:
        return False
    if grain == "day" and d.qualifier in ("start_of", "mid", "end_of") and len(d.date_value) < 10:
        # "منتصف آذار": Duckling's point (15 March) inside akhbar's narrowed period (11-20 March)
        want = datetime.fromisoformat(value[:19]).date()
        if d.period_start is not None and d.period_end is not None:
            return d.period_start <= want <= d.period_end
    return d.date_value == value[:n]


def score(folder: Path = DEFAULT_FOLDER) -> dict[str, Score]:
    scores: dict[str, Score] = defaultdict(Score)
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                _score_case(case, scores[_bucket(case)])
    return dict(scores)


def _score_case(case: dict, s: Score) -> None:
    text = case["input"]
    s.cases += 1
    reason = scope(case)
    reference = case.get("reference_datetime")
    published = date.fromisoformat(reference[:10]) if reference else None
    sentences = segment(ArticleDraft(body_text=text))
    dates = extract_dates(text, sentences, published)
    is_date = case.get("dimension") == "Time"
    numbers = [] if is_date else extract_numbers(text, sentences, [(d.char_start, d.char_end) for d in dates])
    mentions = dates if is_date else numbers
    expected = case["expected"]
    ranged = case.get("spec") == "NumberRangeModel"
    results = []
    for e in expected:
        if is_date:
            found, loose, strict = _score_date_entity(e, text, dates)
        else:
            found, loose = _score_number_entity(e, text, numbers, ranged)
            strict = loose
        results.append((e, found, loose, strict))
    passed = all(r[2] for r in results) and (bool(expected) or not mentions)
    if reason is not None:
        s.out_of_scope[reason] += 1
        s.out_of_scope_passed += passed
        return
    s.in_scope += 1
    s.expected += len(expected)
    s.predicted += len(mentions)
    s.predicted_ok += sum(any(m.char_start < e["end"] and e["start"] < m.char_end for e in expected) for m in mentions)
    for e, found, loose, strict in results:
        s.found += found
        s.value_ok += loose
        s.strict_ok += strict
        if not loose:
            got = [(m.surface_text, getattr(m, "value", None) or getattr(m, "date_value", None)) for m in mentions]
            s.misses.append(
                f"{text!r}: want {e.get('text')!r} {e.get('value') or (e.get('from'), e.get('to'))}; got {got}"
            )
    if not expected and mentions:
        s.misses.append(f"{text!r}: want nothing; got {[m.surface_text for m in mentions]}")


def _pct(num: int, den: int) -> str:
    return "    -" if not den else f"{100 * num / den:5.1f}%"


def report(scores: dict[str, Score]) -> list[str]:
    lines = [
        f"{'dimension':34} {'cases':>5} {'in':>4} {'exp':>4} {'found':>6} {'span+value':>11} {'strict':>7} {'prec':>7}",
    ]
    total = Score()
    for name in sorted(scores):
        if name.startswith("recognizers:") and scores[name].in_scope:
            for attr in (
                "cases",
                "in_scope",
                "expected",
                "found",
                "value_ok",
                "strict_ok",
                "predicted",
                "predicted_ok",
            ):
                setattr(total, attr, getattr(total, attr) + getattr(scores[name], attr))
    for name, s in sorted({**scores, "recognizers: all in-scope number cases": total}.items()):
        if not s.in_scope:
            continue
        lines.append(
            f"{name:34} {s.cases:5} {s.in_scope:4} {s.expected:4} {_pct(s.found, s.expected):>6}"
            f" {s.value_ok:4} {_pct(s.value_ok, s.expected):>6} {_pct(s.strict_ok, s.expected):>7}"
            f" {_pct(s.predicted_ok, s.predicted):>7}"
        )
    return lines


def out_of_scope_report(scores: dict[str, Score]) -> list[str]:
    lines = [f"{'out of scope':34} {'cases':>5} {'passed anyway':>14}  reason"]
    for name in sorted(scores):
        s = scores[name]
        for reason, n in s.out_of_scope.most_common():
            lines.append(f"{name:34} {n:5} {'':>14}  {reason}")
        if s.out_of_scope:
            lines.append(f"{'':34} {sum(s.out_of_scope.values()):5} {s.out_of_scope_passed:14}  (total)")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--misses", default=None, help="print the in-scope misses of this dimension")
    parser.add_argument("--out-of-scope", action="store_true", help="list the out-of-scope reasons")
    args = parser.parse_args()
    scores = score(args.folder)
    print("\n".join(report(scores)))
    if args.out_of_scope:
        print()
        print("\n".join(out_of_scope_report(scores)))
    if args.misses:
        print()
        print("\n".join(scores[args.misses].misses))


if __name__ == "__main__":
    main()
