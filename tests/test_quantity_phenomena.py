"""Issue 4's phenomena, one parametrised table per extractor, on sentences written for these tests.

Each row is one phenomenon of EXTRACTION.md §3-4 in a news sentence of its own (wire, Iraqi,
Levantine, Gulf, Egyptian, Maghrebi styles); none is copied from the conformance cases or the gold
sets, so these tests say what the grammar does, and the benchmarks say how well it generalises.
"""

from __future__ import annotations

from datetime import date

import pytest

from akhbar.dates import extract_dates
from akhbar.numbers import extract_numbers
from akhbar.records import ArticleDraft
from akhbar.segment import segment

PUB = date(2025, 10, 15)  # a Wednesday


def _parse(text: str, published: date | None):
    sentences = segment(ArticleDraft(body_text=text))
    dates = extract_dates(text, sentences, published)
    numbers = extract_numbers(text, sentences, [(d.char_start, d.char_end) for d in dates])
    return dates, numbers


# (id, sentence, published, [(surface, date_value, period_start, period_end, qualifier, year_inferred)])
DATES = [
    (
        "weekday-picks-the-year",
        "التقى الوفدان الخميس 15 آب في عمّان.",
        date(2013, 2, 12),
        [("الخميس 15 آب", "2013-08-15", "2013-08-15", "2013-08-15", None, True)],
    ),
    (
        "day-of-current-month",
        "ستعقد الجلسة في العشرين من الشهر الجاري.",
        PUB,
        [("العشرين من الشهر الجاري", "2025-10-20", "2025-10-20", "2025-10-20", None, False)],
    ),
    (
        "day-of-last-month",
        "وقع الانفجار في الخامس من الشهر الماضي قرب كركوك.",
        PUB,
        [("الخامس من الشهر الماضي", "2025-09-05", "2025-09-05", "2025-09-05", None, False)],
    ),
    (
        "day-range-one-period",
        "يعقد المؤتمر من 13 إلى 15 تموز 2026 في بيروت.",
        PUB,
        [("من 13 إلى 15 تموز 2026", "2026-07", "2026-07-13", "2026-07-15", None, False)],
    ),
    (
        "day-range-month-first",
        "تقام المعارض يوليو 3-9 في الدوحة.",
        PUB,
        [("يوليو 3-9", "2025-07", "2025-07-03", "2025-07-09", None, True)],
    ),
    (
        "nth-weekday",
        "تجري الانتخابات في آخر خميس من شهر آذار 2026.",
        PUB,
        [("آخر خميس من شهر آذار 2026", "2026-03-26", "2026-03-26", "2026-03-26", None, False)],
    ),
    (
        "nth-weekday-after",
        "يبدأ العام الدراسي الأحد الأول من أيلول 2026.",
        PUB,
        [("الأحد الأول من أيلول 2026", "2026-09-06", "2026-09-06", "2026-09-06", None, False)],
    ),
    (
        "ordinal-day-that-is-the-weekday",
        "افتتح المعرض الخميس الأول من أكتوبر 2026.",
        PUB,
        [("الخميس الأول من أكتوبر 2026", "2026-10-01", "2026-10-01", "2026-10-01", None, False)],
    ),
    (
        "week-of-month",
        "تبدأ الحملة في الأسبوع الأول من شهر نوفمبر 2025.",
        PUB,
        [("الأسبوع الأول من شهر نوفمبر 2025", None, "2025-11-03", "2025-11-09", None, False)],
    ),
    (
        "last-day-of-month",
        "تنتهي المهلة في اليوم الأخير من شهر كانون الأول 2025.",
        PUB,
        [("اليوم الأخير من شهر كانون الأول 2025", "2025-12-31", "2025-12-31", "2025-12-31", None, False)],
    ),
    (
        "month-by-number",
        "ترتفع الأسعار عادة في بداية شهر 12.",
        PUB,
        [("بداية شهر 12", "2025-12", "2025-12-01", "2025-12-10", "start_of", True)],
    ),
    (
        "month-of-last-year",
        "سُجّلت الإصابة الأولى في أيلول من العام الماضي.",
        PUB,
        [("أيلول من العام الماضي", "2024-09", "2024-09-01", "2024-09-30", None, False)],
    ),
    (
        "month-next",
        "تصل الشحنة الأولى في شباط المقبل.",
        PUB,
        [("شباط المقبل", "2026-02", "2026-02-01", "2026-02-28", None, True)],
    ),
    (
        "month-last",
        "أُغلق المعبر في نوفمبر الماضي.",
        PUB,
        [("نوفمبر الماضي", "2024-11", "2024-11-01", "2024-11-30", None, True)],
    ),
    (
        "month-alone-inferred",
        "وصلت القوات في أيلول/سبتمبر إلى القاعدة.",
        PUB,
        [("أيلول/سبتمبر", "2025-09", "2025-09-01", "2025-09-30", None, True)],
    ),
    (
        "moroccan-months",
        "ارتفعت المبيعات في شهر غشت 2024 مقارنة بيوليوز 2024.",
        PUB,
        [
            ("شهر غشت 2024", "2024-08", "2024-08-01", "2024-08-31", None, False),
            ("يوليوز 2024", "2024-07", "2024-07-01", "2024-07-31", None, False),
        ],
    ),
    (
        "feast-with-year",
        "أعلنت الحكومة عطلة عيد الفطر 2024 لمدة أسبوع.",
        PUB,
        [("عيد الفطر 2024", "2024-04-10", "2024-04-10", "2024-04-10", None, False)],
    ),
    (
        "feast-nearest",
        "تتوقع الوزارة ازدحاما قبل عيد الأضحى المبارك.",
        date(2025, 5, 20),
        [("قبل عيد الأضحى المبارك", "2025-06-06", "2025-06-06", "2025-06-06", "before", True)],
    ),
    (
        "ramadan-gregorian-year",
        "تراجعت الأسعار خلال شهر رمضان 2025.",
        PUB,
        [("شهر رمضان 2025", None, "2025-03-01", "2025-03-29", None, False)],
    ),
    (
        "hijri-day",
        "وصل الحجاج في 5 ذو الحجة 1446 هـ.",
        PUB,
        [("5 ذو الحجة 1446 هـ", "2025-06-01", "2025-06-01", "2025-06-01", None, False)],
    ),
    (
        "iso-year-month",
        "بلغ المؤشر ذروته في 2025-01 ثم تراجع.",
        PUB,
        [("2025-01", "2025-01", "2025-01-01", "2025-01-31", None, False)],
    ),
    (
        "year-first-numeric",
        "صدر المرسوم بتاريخ 2025/03/09 ونشر لاحقا.",
        PUB,
        [("2025/03/09", "2025-03-09", "2025-03-09", "2025-03-09", None, False)],
    ),
    (
        "weekday-day-slash-month",
        "تقام المباراة يوم السبت 21/03 في الرباط.",
        PUB,
        [("يوم السبت 21/03", "2026-03-21", "2026-03-21", "2026-03-21", None, True)],
    ),
    (
        "yesterday-with-weekday",
        "أصيب ثلاثة أشخاص في الحادث أمس الثلاثاء.",
        PUB,
        [("أمس الثلاثاء", "2025-10-14", "2025-10-14", "2025-10-14", None, False)],
    ),
    (
        "colloquial-tomorrow",
        "قال إن الاجتماع بكرة في القاهرة.",
        PUB,
        [("بكرة", "2025-10-16", "2025-10-16", "2025-10-16", None, False)],
    ),
    (
        "mid-month-half",
        "تعود البعثة في نص شهر ثلاثة.",
        PUB,
        [("نص شهر ثلاثة", "2026-03", "2026-03-11", "2026-03-20", "mid", True)],
    ),
    (
        "time-after-date",
        "وقع الزلزال في 3 مارس 2024 الساعة 14:05 بعد الظهر.",
        PUB,
        [("3 مارس 2024 الساعة 14:05 بعد الظهر", "2024-03-03", "2024-03-03", "2024-03-03", None, False)],
    ),
    ("no-year-without-published", "وصل الوفد في 9 نيسان.", None, [("9 نيسان", None, None, None, None, True)]),
]


@pytest.mark.parametrize(("text", "published", "expected"), [d[1:] for d in DATES], ids=[d[0] for d in DATES])
def test_date_phenomena(text: str, published: date | None, expected: list[tuple]) -> None:
    dates, _ = _parse(text, published)
    got = [
        (
            d.surface_text,
            d.date_value,
            d.period_start and d.period_start.isoformat(),
            d.period_end and d.period_end.isoformat(),
            d.qualifier,
            d.year_inferred,
        )
        for d in dates
    ]
    assert got == expected
    assert all(text[d.char_start : d.char_end] == d.surface_text for d in dates)


NOT_DATES = [
    ("week-ordinal-is-not-a-day", "انتهى الأسبوع الأول من الحملة دون حوادث."),
    ("ordinal-round-not-day", "فاز الفريق في الجولة الثالثة من الدوري."),
    ("half-a-year-is-a-duration", "أمضى نصف العام في السجن."),
]


@pytest.mark.parametrize("text", [n[1] for n in NOT_DATES], ids=[n[0] for n in NOT_DATES])
def test_not_dates(text: str) -> None:
    dates, _ = _parse(text, PUB)
    assert [d.surface_text for d in dates if d.date_value and len(d.date_value) == 10] == []


# (id, sentence, [(surface, value, qualifier, unit)])
NUMBERS = [
    ("spoken-decimal", "بلغ معدل النمو ثلاثة فاصلة خمسة بالمئة.", [("ثلاثة فاصلة خمسة بالمئة", 3.5, None, "percent")]),
    ("leading-decimal-point", "تراجع المؤشر بنسبة .75 نقطة.", [("نسبة .75", 0.75, None, "percent")]),
    (
        "space-grouped-thousands",
        "شارك نحو 45 000 متظاهر في المسيرة.",
        [("نحو 45 000 متظاهر", 45000, "approx", "protester")],
    ),
    ("colloquial-teen", "ماتوا اتناشر شخص في الحادث.", [("اتناشر شخص", 12, None, "person")]),
    ("negative-word", "سجلت درجة الحرارة سالب 7 درجات في الجبال.", [("سالب 7 درجات", -7, None, "degree")]),
    ("dozens", "صادرت الشرطة ثلاث دزينات من القنابل.", [("ثلاث دزينات", 36, None, None)]),
    ("dual-construct-scale", "عاد مليونا لاجئ إلى ديارهم.", [("مليونا لاجئ", 2_000_000, None, "refugee")]),
    ("thousand-billion", "بلغ العجز 95 ألف مليار ليرة لبنانية.", [("95 ألف مليار ليرة لبنانية", 95e12, None, "LBP")]),
    (
        "vague-with-definite-noun",
        "خرج مئات المحتجين وعشرات الصحفيين إلى الساحة.",
        [("مئات المحتجين", 100, "at_least", "protester"), ("عشرات الصحفيين", 10, "at_least", "journalist")],
    ),
    ("article-tens-after-qualifier", "رجل تجاوز الخمسين من عمره.", [("تجاوز الخمسين", 50, "more_than", None)]),
    ("tail-at-least", "يحق التصويت لمن بلغ 18 عاما فأكثر.", [("18 عاما فأكثر", 18, "at_least", "year")]),
    (
        "bound-beats-approx",
        "تضم القائمة حوالي 40 مرشحا أو أقل.",
        [("حوالي 40 مرشحا أو أقل", 40, "at_most", "candidate")],
    ),
    ("up-to", "قد تصل الغرامة إلى 5000 دينار.", [("تصل الغرامة إلى 5000 دينار", 5000, "at_most", "IQD")]),
    ("percent-word-before", "ارتفعت البطالة بنسبة 12 في تونس.", [("نسبة 12", 12, None, "percent")]),
    ("currency-adjective", "تبرع بمبلغ 300 جنيه سوداني.", [("300 جنيه سوداني", 300, None, "SDG")]),
    (
        "range-two-numbers",
        "نشر الجيش بين 500 و700 جندي.",
        [("500", 500, None, "soldier"), ("700 جندي", 700, None, "soldier")],
    ),
    ("dual-noun", "قصفت الطائرات القرية على مرحلتين.", [("مرحلتين", 2, None, "phase")]),
]


@pytest.mark.parametrize(("text", "expected"), [n[1:] for n in NUMBERS], ids=[n[0] for n in NUMBERS])
def test_number_phenomena(text: str, expected: list[tuple]) -> None:
    _, numbers = _parse(text, PUB)
    assert [(n.surface_text, n.value, n.qualifier, n.unit) for n in numbers] == expected
    for n in numbers:
        assert text[n.char_start : n.char_end] == n.surface_text
        assert n.char_start <= n.numeral_start < n.numeral_end <= n.char_end


NOT_NUMBERS = [
    ("ordinal-after-noun", "انطلقت الدورة الـ14 للمهرجان في قرطاج."),
    ("decree-number", "صدر المرسوم رقم 317 عن رئاسة الجمهورية."),
    ("resolution", "طالب بتطبيق القرار 2401 دون تأخير."),
    ("hotline", "يمكن الاتصال بالخط الساخن 911 في أي وقت."),
    ("case-id", "نظرت المحكمة في القضية 88/ب/2023 أمس."),
    ("international-phone", "للاستفسار اتصلوا على +962 6 550 1234 خلال الدوام."),
    ("article-tens-ordinal", "احتفلت الجامعة بالذكرى الأربعين لتأسيسها."),
    ("referential-dual", "وقع البلدان اتفاقا، وأكد الطرفان التزامهما."),
]


@pytest.mark.parametrize("text", [n[1] for n in NOT_NUMBERS], ids=[n[0] for n in NOT_NUMBERS])
def test_not_numbers(text: str) -> None:
    _, numbers = _parse(text, PUB)
    assert [n.surface_text for n in numbers] == []
