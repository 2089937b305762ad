"""Number mentions: a table of Arabic sentences (wire, Gulf, Levantine, Egyptian, Maghrebi styles)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from akhbar.arabic_numerals import evaluate
from akhbar.dates import extract_dates
from akhbar.normalize import normalize_text
from akhbar.numbers import extract_numbers
from akhbar.records import ArticleDraft
from akhbar.segment import segment
from akhbar.shadow import fold

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def numbers_of(text: str, published: date | None = date(2025, 10, 1)):
    sentences = segment(ArticleDraft(body_text=text))
    dates = extract_dates(text, sentences, published)
    return extract_numbers(text, sentences, [(d.char_start, d.char_end) for d in dates])


def fields(n) -> tuple:
    return (n.surface_text, n.value, n.qualifier, n.unit)


# (id, sentence, [(surface, value, qualifier, unit), ...])
CASES = [
    # --- digits
    ("digits-unit", "وأكثر من 900 جندي في سوريا", [("أكثر من 900 جندي", 900, "more_than", "soldier")]),
    ("digits-km-plural", "حدودها البالغة 605 كيلومترات", [("605 كيلومترات", 605, None, "km")]),
    ("digits-arabic-indic", "قتل ٥٠٠ شخص", [("٥٠٠ شخص", 500, None, "person")]),
    ("digits-persian", "اعتقال ۱۲ مسلحا", [("۱۲ مسلحا", 12, None, "militant")]),
    ("digits-thousands-comma", "أنفقت الحكومة 1,250,000 دولار", [("1,250,000 دولار", 1250000, None, "USD")]),
    ("digits-thousands-arabic", "بلغ عدد النازحين ١٢٬٥٠٠ نازح", [("١٢٬٥٠٠ نازح", 12500, None, "displaced")]),
    ("digits-thousands-dot", "تم توقيف 1.500 شخص في الدار البيضاء", [("1.500 شخص", 1500, None, "person")]),
    ("digits-decimal", "نما الاقتصاد بنسبة 2.5%", [("2.5%", 2.5, None, "percent")]),
    ("digits-decimal-arabic", "ارتفع المؤشر ٣٫٧ بالمئة", [("٣٫٧ بالمئة", 3.7, None, "percent")]),
    ("percent-fi-almia", "تراجع التضخم إلى 28 في المائة", [("28 في المائة", 28, None, "percent")]),
    ("percent-sign-space", "بنسبة 15 %", [("15 %", 15, None, "percent")]),
    ("currency-egp", "يلامس 4720 جنيها", [("4720 جنيها", 4720, None, "EGP")]),
    ("currency-iqd", "رواتب بقيمة 750 ألف دينار", [("750 ألف دينار", 750000, None, "IQD")]),
    ("currency-jod", "غرامة 500 دينار أردني", [("500 دينار أردني", 500, None, "JOD")]),
    ("currency-sar", "بقيمة 3 مليارات ريال", [("3 مليارات ريال", 3e9, None, "SAR")]),
    ("currency-eur", "منحة 20 مليون يورو", [("20 مليون يورو", 20e6, None, "EUR")]),
    ("currency-dollar-sign", "سعر البرميل $85", [("$85", 85, None, "USD")]),
    # --- words and mixes
    ("word-dual-construct", "سيقل إلى ما دون ألفي جندي", [("ما دون ألفي جندي", 2000, "less_than", "soldier")]),
    ("word-compound-wa-digits", "نحو ألفين و500 جندي في العراق", [("نحو ألفين و500 جندي", 2500, "approx", "soldier")]),
    ("mix-digits-thousand", "تتجاوز 40 ألف قتيل", [("تتجاوز 40 ألف قتيل", 40000, "more_than", "killed")]),
    ("mix-decimal-million", "يقطنها 2.5 مليون نسمة", [("2.5 مليون نسمة", 2.5e6, None, "person")]),
    ("mix-plural-thousands", "نزوح 3 آلاف عائلة", [("3 آلاف عائلة", 3000, None, "family")]),
    ("word-million-and-half", "يعيش فيها مليون ونصف لاجئ", [("مليون ونصف لاجئ", 1.5e6, None, "refugee")]),
    ("word-half-million", "أكثر من نصف مليون نازح", [("أكثر من نصف مليون نازح", 5e5, "more_than", "displaced")]),
    ("word-twenty-five", "قتل خمسة وعشرون مدنيا", [("خمسة وعشرون مدنيا", 25, None, "civilian")]),
    ("word-teen", "اعتقال أحد عشر شخصا", [("أحد عشر شخصا", 11, None, "person")]),
    ("word-teen-fem", "خلال ثلاث عشرة ساعة", [("ثلاث عشرة ساعة", 13, None, "hour")]),
    ("word-hundreds", "أسر ثلاثمائة وخمسين مقاتلا", [("ثلاثمائة وخمسين مقاتلا", 350, None, "fighter")]),
    ("word-hundreds-split", "نقل ثلاث مئة أسير", [("ثلاث مئة أسير", 300, None, "prisoner")]),
    ("word-thousands-plural", "عودة ثلاثة آلاف لاجئ", [("ثلاثة آلاف لاجئ", 3000, None, "refugee")]),
    ("word-two-hundred-thousand", "نحو مئتي ألف نازح", [("نحو مئتي ألف نازح", 200000, "approx", "displaced")]),
    ("word-single-thousand", "انتشار ألف جندي", [("ألف جندي", 1000, None, "soldier")]),
    ("dual-phase", "الانسحاب على مرحلتين: الأولى", [("مرحلتين", 2, None, "phase")]),
    ("dual-soldier", "إصابة جنديين في الهجوم", [("جنديين", 2, None, "soldier")]),
    ("dual-years", "خلال سنتين", [("سنتين", 2, None, "year")]),
    ("one-after-noun", "وخلال أسبوع واحد كرر الوزير", [("واحد", 1, None, "week")]),
    # --- qualifiers
    ("q-approx-hawali", "فر حوالي 300 شخص", [("حوالي 300 شخص", 300, "approx", "person")]),
    ("q-approx-qurabat", "قرابة 60 قتيلا", [("قرابة 60 قتيلا", 60, "approx", "killed")]),
    ("q-approx-zuhaa", "زهاء 70 ألف متظاهر", [("زهاء 70 ألف متظاهر", 70000, "approx", "protester")]),
    ("q-approx-ma-yuqarib", "ما يقارب 40 شخصا", [("ما يقارب 40 شخصا", 40, "approx", "person")]),
    ("q-approx-after", "نقل 400 جندي تقريبا", [("400 جندي تقريبا", 400, "approx", "soldier")]),
    ("q-more-ma-yazid", "ما يزيد على 100 ضحية", [("ما يزيد على 100 ضحية", 100, "more_than", "victim")]),
    ("q-more-gap", "الحدود التي يزيد طولها على 600 كيلومتر", [("يزيد طولها على 600 كيلومتر", 600, "more_than", "km")]),
    ("q-more-azyad", "أزيد من 200 مهاجر", [("أزيد من 200 مهاجر", 200, "more_than", "migrant")]),
    ("q-more-bi", "ارتفعت الأسعار بأكثر من 30%", [("بأكثر من 30%", 30, "more_than", "percent")]),
    ("q-at-least-after", "قتل 20 شخصا على الأقل", [("20 شخصا على الأقل", 20, "at_least", "person")]),
    ("q-at-least-before", "لا يقل عن 50 جنديا", [("لا يقل عن 50 جنديا", 50, "at_least", "soldier")]),
    ("q-at-most", "لا يزيد على 10 أيام", [("لا يزيد على 10 أيام", 10, "at_most", "day")]),
    ("q-at-most-after", "لمدة 6 أشهر كحد أقصى", [("6 أشهر كحد أقصى", 6, "at_most", "month")]),
    ("q-less-than", "أقل من 500 جندي", [("أقل من 500 جندي", 500, "less_than", "soldier")]),
    # --- ranges and tables
    (
        "range-from-to",
        "من حوالي 2000 إلى أقل من 500 في أربيل",
        [("حوالي 2000", 2000, "approx", None), ("أقل من 500", 500, "less_than", None)],
    ),
    (
        "range-shared-unit",
        "من نحو 2000 إلى أقل من 500 جندي",
        [("نحو 2000", 2000, "approx", "soldier"), ("أقل من 500 جندي", 500, "less_than", "soldier")],
    ),
    ("range-between", "بين 500 و700 جندي", [("500", 500, None, "soldier"), ("700 جندي", 700, None, "soldier")]),
    (
        "table-cell",
        "القاعدة | عدد القوات المتبقية |\n---|---|\nعين الأسد | 0 |\nأربيل | أقل من 500 |",
        [("0", 0, None, "soldier"), ("أقل من 500", 500, "less_than", "soldier")],
    ),
    # --- vague quantities
    ("vague-thousands", "خطر فرار الآلاف من المحتجزين", [("الآلاف من المحتجزين", 1000, "at_least", "detainee")]),
    ("vague-tens-of-thousands", "تظاهر عشرات الآلاف في الرباط", [("عشرات الآلاف", 10000, "at_least", None)]),
    ("vague-hundreds", "نزوح مئات العائلات", [("مئات العائلات", 100, "at_least", "family")]),
    ("vague-few", "بعد بضعة أشهر", [("بضعة أشهر", 3, "at_least", "month")]),
    # --- not quantities
    ("neg-year-in-date", "في العام 2014", []),
    ("neg-full-date", "الأربعاء، 1 أكتوبر 2025", []),
    ("neg-time", "الساعة 07:25 مساء", []),
    ("neg-ordinal", "انطلاق المرحلة الأولى والمرحلة الثانية", []),
    ("neg-referential-dual", "لمحاربة داعش في البلدين ويلتزم الطرفان", []),
    ("neg-phone", "للاتصال 07701234567", []),
    ("neg-latin-glued", "طائرة A320 تابعة", []),
    ("neg-lone-weak-word", "ست البيت في الحي", []),
    ("neg-bare-half", "أكثر من نصف الناس", []),
    ("neg-numeric-date", "ولد في 26/4/1947", []),
    ("neg-monday", "يوم الاثنين المقبل", []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_number_table(text: str, expected: list[tuple]) -> None:
    assert [fields(n) for n in numbers_of(text)] == expected


GRAMMAR = [
    ("خمسة وعشرون", 25),
    ("مائة وستة عشر", 116),
    ("ألفين و500", 2500),
    ("مليون ونصف", 1.5e6),
    ("٣ مئة و ٢١", 321),
    ("واحد وعشرون تريليون", 21e12),
    ("متين تلاتة وستين", 263),
    ("عشرات الآلاف", 10000),
    ("2.500 مليون", 2.5e6),
    ("3,000,000.00", 3e6),
    ("مليون وألفين ومائتين", 1002200),
]


@pytest.mark.parametrize(("words", "value"), GRAMMAR, ids=[g[0] for g in GRAMMAR])
def test_grammar(words: str, value: float) -> None:
    (number,) = evaluate(fold(words))
    assert number.value == pytest.approx(value)


def test_grammar_cuts_what_does_not_combine() -> None:
    assert [n.value for n in evaluate(fold("2000 500"))] == [2000, 500]
    assert [n.value for n in evaluate(fold("500 و700"))] == [500, 700]


def _seed(prefix: str) -> str:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return normalize_text(path.read_text(encoding="utf-8"))


def test_seed_001() -> None:
    found = {n.surface_text: fields(n) for n in numbers_of(_seed("001"), date(2025, 10, 1))}
    assert found["ما دون ألفي جندي"] == ("ما دون ألفي جندي", 2000, "less_than", "soldier")
    assert found["نحو ألفين و500 جندي"] == ("نحو ألفين و500 جندي", 2500, "approx", "soldier")
    assert found["أكثر من 900 جندي"] == ("أكثر من 900 جندي", 900, "more_than", "soldier")
    assert not any(v[1] == 2014 for v in found.values())


def test_seed_002() -> None:
    values = {(n.value, n.unit) for n in numbers_of(_seed("002"), date(2025, 1, 26))}
    assert (605, "km") in values
    assert (40000, "killed") in values


def test_seed_000() -> None:
    found = [fields(n) for n in numbers_of(_seed("000"), date(2025, 8, 20))]
    assert ("حوالي 2000", 2000, "approx", None) in found
    assert ("أقل من 500", 500, "less_than", None) in found
    assert ("0", 0, None, "soldier") in found


def test_seed_003() -> None:
    found = [fields(n) for n in numbers_of(_seed("003"), date(2025, 8, 25))]
    assert ("مرحلتين", 2, None, "phase") in found
    assert ("يزيد طولها على 600 كيلومتر", 600, "more_than", "km") in found
    assert ("نحو 2000", 2000, "approx", "soldier") in found
    assert not any(f[1] in (2014, 2017, 2024, 2025, 2026) for f in found)


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_offsets_invariant(path: Path) -> None:
    text = normalize_text(path.read_text(encoding="utf-8"))
    sentences = segment(ArticleDraft(body_text=text))
    for n in numbers_of(text):
        assert n.surface_text == text[n.char_start : n.char_end]
        sentence = sentences[n.sentence_index]
        assert sentence.char_start <= n.char_start < sentence.char_end
        assert n.qualifier in (None, "approx", "less_than", "more_than", "at_most", "at_least")
