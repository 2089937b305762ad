"""Date mentions: a table of Arabic sentences (wire, Gulf, Levantine, Egyptian, Maghrebi styles)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from akhbar.dates import extract_dates
from akhbar.normalize import normalize_text
from akhbar.records import ArticleDraft
from akhbar.segment import segment

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PUB = date(2025, 10, 1)  # a Wednesday


def dates_of(text: str, published: date | None = PUB):
    return extract_dates(text, segment(ArticleDraft(body_text=text)), published)


def fields(m) -> tuple:
    return (m.surface_text, m.date_value, m.granularity, m.qualifier, m.is_relative)


# (id, sentence, published, [(surface, date_value, granularity, qualifier, is_relative), ...])
CASES = [
    # --- absolute, full dates
    (
        "full-weekday-comma",
        "الأربعاء، 1 أكتوبر 2025",
        PUB,
        [("الأربعاء، 1 أكتوبر 2025", "2025-10-01", "day", None, False)],
    ),
    ("full-no-weekday", "وصل الوفد في 3 مارس 2024 إلى عمان.", PUB, [("3 مارس 2024", "2024-03-03", "day", None, False)]),
    ("full-comma-before-year", "26 يناير، 2025", PUB, [("26 يناير، 2025", "2025-01-26", "day", None, False)]),
    (
        "full-levantine",
        "عقدت الجلسة في 14 شباط 2023 في بيروت.",
        PUB,
        [("14 شباط 2023", "2023-02-14", "day", None, False)],
    ),
    (
        "full-iraqi-two-word-month",
        "صدر القرار في 5 تشرين الأول 2024.",
        PUB,
        [("5 تشرين الأول 2024", "2024-10-05", "day", None, False)],
    ),
    (
        "full-maghrebi",
        "انطلقت الحملة يوم 12 جويلية 2024 بالجزائر.",
        PUB,
        [("يوم 12 جويلية 2024", "2024-07-12", "day", None, False)],
    ),
    ("full-maghrebi-fevrier", "تم التوقيع في 3 فيفري 2022.", PUB, [("3 فيفري 2022", "2022-02-03", "day", None, False)]),
    ("full-arabic-indic", "في ١٥ آب ٢٠٢٣ أعلنت الحكومة", PUB, [("١٥ آب ٢٠٢٣", "2023-08-15", "day", None, False)]),
    (
        "full-with-time",
        "اليوم الاثنين 25 أغسطس 2025 07:25 مساءً",
        PUB,
        [("اليوم الاثنين 25 أغسطس 2025 07:25 مساءً", "2025-08-25", "day", None, False)],
    ),
    (
        "full-ordinal-day",
        "في الأول من أكتوبر 2024 بدأ الانسحاب",
        PUB,
        [("الأول من أكتوبر 2024", "2024-10-01", "day", None, False)],
    ),
    ("numeric-dmy", "ولد في 26/4/1947 في البصرة", PUB, [("26/4/1947", "1947-04-26", "day", None, False)]),
    ("numeric-iso", "نشر التقرير بتاريخ 2025-01-26", PUB, [("2025-01-26", "2025-01-26", "day", None, False)]),
    ("hijri-day", "الموافق 15 رمضان 1446 هـ", PUB, [("15 رمضان 1446 هـ", "2025-03-15", "day", None, False)]),
    # --- month-year, year
    ("month-year", "سبتمبر 2025", PUB, [("سبتمبر 2025", "2025-09", "month", None, False)]),
    (
        "month-year-paired",
        "تبدأ في أيلول/سبتمبر 2025 وتشمل بغداد",
        PUB,
        [("أيلول/سبتمبر 2025", "2025-09", "month", None, False)],
    ),
    (
        "month-year-egyptian",
        "ارتفع التضخم في يونيو 2024 إلى 28%",
        PUB,
        [("يونيو 2024", "2024-06", "month", None, False)],
    ),
    ("year-alaam", "في العام 2014 سيطر التنظيم", PUB, [("العام 2014", "2014", "year", None, False)]),
    ("year-aam", "خلال عام 2029", PUB, [("عام 2029", "2029", "year", None, False)]),
    ("year-bare-fi", "انسحبت القوات في 2011 ثم عادت", PUB, [("2011", "2011", "year", None, False)]),
    ("year-bare-headline", "نتائج الثالث المتوسط 2025 في كربلاء", PUB, [("2025", "2025", "year", None, False)]),
    ("decade", "عاش لبنان حربا أهلية حتى التسعينيات", PUB, [("حتى التسعينيات", None, "other", "until", False)]),
    # --- qualifiers
    ("q-end-of-month", "بنهاية سبتمبر 2025", PUB, [("بنهاية سبتمبر 2025", "2025-09", "month", "end_of", False)]),
    ("q-until-year", "حتى عام 2029", PUB, [("حتى عام 2029", "2029", "year", "until", False)]),
    ("q-since-year", "جرى تحصينها منذ عام 2017", PUB, [("منذ عام 2017", "2017", "year", "since", False)]),
    (
        "q-by-end-of",
        "في موعد أقصاه نهاية أيلول 2025",
        PUB,
        [("في موعد أقصاه نهاية أيلول 2025", "2025-09", "month", "by", False)],
    ),
    ("q-by-bihulul", "ستنتهي بحلول أيلول 2026", PUB, [("بحلول أيلول 2026", "2026-09", "month", "by", False)]),
    ("q-start-of", "مع بداية عام 2025", PUB, [("بداية عام 2025", "2025", "year", "start_of", False)]),
    ("q-mid", "في منتصف حزيران 2024", PUB, [("منتصف حزيران 2024", "2024-06", "month", "mid", False)]),
    ("q-before", "قبل عام 2003 كان الوضع مختلفا", PUB, [("قبل عام 2003", "2003", "year", "before", False)]),
    ("q-after", "بعد 2003 تغير كل شيء", PUB, [("بعد 2003", "2003", "year", "after", False)]),
    ("q-conjunction-left-out", "وحتى عام 2030", PUB, [("حتى عام 2030", "2030", "year", "until", False)]),
    # --- relative
    ("rel-last-year", "اتفقت العام الماضي مع العراق", PUB, [("العام الماضي", "2024", "year", None, True)]),
    ("rel-next-month", "تبدأ المحادثات الشهر المقبل", PUB, [("الشهر المقبل", "2025-11", "month", None, True)]),
    (
        "rel-current-year-end",
        "أن يكون الانسحاب النهائي نهاية العام الجاري",
        PUB,
        [("نهاية العام الجاري", "2025", "year", "end_of", True)],
    ),
    (
        "rel-today-weekday",
        "أعلنت الوزارة، اليوم الخميس، تأجيل الإعلان",
        PUB,
        [("اليوم الخميس", "2025-10-01", "day", None, True)],
    ),
    ("rel-yesterday", "قال وزير الخارجية أمس إن", PUB, [("أمس", "2025-09-30", "day", None, True)]),
    ("rel-tomorrow", "يصل الوفد غدا إلى الرياض", PUB, [("غدا", "2025-10-02", "day", None, True)]),
    ("rel-days-ago", "قتل قبل ثلاثة أيام", PUB, [("قبل ثلاثة أيام", "2025-09-28", "day", None, True)]),
    ("rel-since-two-years", "يعيش في المخيم منذ عامين", PUB, [("منذ عامين", "2023", "year", "since", True)]),
    ("rel-past-months", "ركزت خلال الأشهر الماضية على التقييم", PUB, [("الأشهر الماضية", None, "other", None, True)]),
    (
        "rel-next-12-months",
        "على مراحل خلال الأشهر الـ12 المقبلة",
        PUB,
        [("الأشهر الـ12 المقبلة", None, "other", None, True)],
    ),
    ("rel-weekday", "أعلنت الوزارة، يوم الثلاثاء، أنها", PUB, [("يوم الثلاثاء", "2025-09-30", "day", None, True)]),
    ("rel-unresolved", "اتفقت العام الماضي مع العراق", None, [("العام الماضي", None, "year", None, True)]),
    (
        "month-alone-inferred",
        "ما توصلت إليه اللجنة في أيلول/سبتمبر.",
        PUB,
        [("أيلول/سبتمبر", "2025-09", "month", None, True)],
    ),
    (
        "month-alone-no-published",
        "في شهر كانون الثاني/ يناير",
        None,
        [("شهر كانون الثاني/ يناير", None, "month", None, True)],
    ),
    (
        "day-month-inferred",
        "تأجيل محاكمة متهمين لجلسة 28 يناير",
        date(2025, 1, 26),
        [("28 يناير", "2025-01-28", "day", None, True)],
    ),
    # --- negatives
    ("neg-troops-not-year", "لدى الولايات المتحدة 2000 جندي في العراق", PUB, []),
    ("neg-approx-range", "من حوالي 2000 إلى أقل من 500 في أربيل", PUB, []),
    ("neg-now", "لا يوجد أي تغيير فعلي حتى الآن", PUB, []),
    ("neg-verb-maras", "مارس الضغط على الحكومة", PUB, []),
    ("neg-money", "بلغت الخسائر 1500 دولار", PUB, []),
    ("neg-first-day", "في اليوم الأول من المؤتمر", PUB, []),
]


@pytest.mark.parametrize(("text", "published", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_date_table(text: str, published: date | None, expected: list[tuple]) -> None:
    found = dates_of(text, published)
    assert [fields(m) for m in found] == expected


def test_periods() -> None:
    (m,) = dates_of("سبتمبر 2025")
    assert (m.period_start, m.period_end) == (date(2025, 9, 1), date(2025, 9, 30))
    (m,) = dates_of("في موعد أقصاه نهاية أيلول 2025")
    assert (m.period_start, m.period_end) == (date(2025, 9, 21), date(2025, 9, 30))
    (m,) = dates_of("عاش لبنان التسعينيات")
    assert (m.period_start, m.period_end) == (date(1990, 1, 1), date(1999, 12, 31))
    (m,) = dates_of("العام الماضي")
    assert (m.period_start, m.period_end) == (date(2024, 1, 1), date(2024, 12, 31))
    (m,) = dates_of("خلال الأشهر الـ12 المقبلة")
    assert (m.period_start, m.period_end) == (PUB, date(2026, 10, 1))


def _seed(prefix: str) -> str:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return normalize_text(path.read_text(encoding="utf-8"))


def _by_surface(text: str, published: date) -> dict[str, tuple]:
    return {m.surface_text: fields(m) for m in dates_of(text, published)}


def test_seed_001() -> None:
    found = _by_surface(_seed("001"), date(2025, 10, 1))
    assert found["العام 2014"][1:3] == ("2014", "year")
    assert found["العام الماضي"] == ("العام الماضي", "2024", "year", None, True)
    assert found["أيلول/سبتمبر"] == ("أيلول/سبتمبر", "2025-09", "month", None, True)
    assert found["الأربعاء، 1 أكتوبر 2025"][1] == "2025-10-01"


def test_seed_000() -> None:
    text = _seed("000")
    found = dates_of(text, date(2025, 8, 20))
    by = {m.surface_text: m for m in found}
    assert by["بنهاية سبتمبر 2025"].qualifier == "end_of"
    assert by["بنهاية سبتمبر 2025"].date_value == "2025-09"
    assert by["حتى عام 2029"].qualifier == "until"
    assert sum(m.surface_text == "سبتمبر 2025" and m.date_value == "2025-09" for m in found) == 2  # table cells


def test_seed_003() -> None:
    found = _by_surface(_seed("003"), date(2025, 8, 25))
    assert found["منذ عام 2017"][1:4] == ("2017", "year", "since")
    assert found["نهاية العام الجاري"] == ("نهاية العام الجاري", "2025", "year", "end_of", True)
    assert found["اليوم الاثنين 25 أغسطس 2025 07:25 مساءً"][1] == "2025-08-25"


def test_seed_004() -> None:
    found = _by_surface(_seed("004"), date(2025, 10, 1))
    assert found["في موعد أقصاه نهاية أيلول 2025"][1:4] == ("2025-09", "month", "by")
    assert found["الأشهر الـ12 المقبلة"][2:] == ("other", None, True)


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_offsets_invariant(path: Path) -> None:
    text = normalize_text(path.read_text(encoding="utf-8"))
    sentences = segment(ArticleDraft(body_text=text))
    for m in extract_dates(text, sentences, date(2025, 10, 1)):
        assert m.surface_text == text[m.char_start : m.char_end]
        sentence = sentences[m.sentence_index]
        assert sentence.char_start <= m.char_start < sentence.char_end
        assert m.granularity in ("day", "month", "year", "other")
