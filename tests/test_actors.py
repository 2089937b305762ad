"""Actor keys (akhbar.actors.actor_key): one key per speaker across articles and spellings."""

from __future__ import annotations

import pytest

from akhbar.actors import actor_key, person_name
from akhbar.statements import extract_statements
from tests._article import sentences_by_line

SAME_ACTOR = [
    # spelling variants of أميركي, hamza and ta marbuta
    (("وزارة الدفاع الأمريكية", "government_body"), ("وزارة الدفاع الأميركية", "government_body")),
    (("السفارة الامريكية في بغداد", "diplomatic_mission"), ("السفارة الأميركية في بغداد", "diplomatic_mission")),
    # a metonym from lexicons/actor_aliases.tsv
    (("البنتاغون", "government_body"), ("وزارة الدفاع الأميركية", "government_body")),
    (("الكرملين", "government_body"), ("الرئاسة الروسية", "government_body")),
    # a portfolio word stands for its ministry
    (("الخارجية العراقية", "government_body"), ("وزارة الخارجية العراقية", "government_body")),
    # a titled person under two titles is one person
    (
        ("وزير الخارجية الأردني أيمن الصفدي", "official_named"),
        ("نائب رئيس الوزراء أيمن الصفدي", "official_named"),
    ),
    (("الرئيس التونسي قيس سعيد", "official_named"), ("رئيس الجمهورية قيس سعيد", "official_named")),
]

DIFFERENT_ACTORS = [
    (("وزارة الدفاع الأميركية", "government_body"), ("وزارة الدفاع العراقية", "government_body")),
    (("البيت الأبيض", "government_body"), ("وزارة الدفاع الأميركية", "government_body")),
    (("وزير الخارجية الأميركي", "official_named"), ("وزير الخارجية الأردني أيمن الصفدي", "official_named")),
    (("رئيس بلدية صيدا", "official_named"), ("رئيس بلدية صور", "official_named")),
]


@pytest.mark.parametrize(("a", "b"), SAME_ACTOR)
def test_variants_share_one_key(a, b) -> None:
    assert actor_key(*a) == actor_key(*b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT_ACTORS)
def test_distinct_actors_keep_distinct_keys(a, b) -> None:
    assert actor_key(*a) != actor_key(*b)


@pytest.mark.parametrize(
    ("speaker", "name"),
    [
        ("وزير الدفاع العراقي ثابت العباسي", "ثابت العباسي"),
        ("رئيس الوزراء العراقي محمد شياع السوداني", "محمد شياع السوداني"),
        ("المتحدث باسم الجيش العميد يحيى رسول", "يحيى رسول"),
        ("النائب عن ائتلاف دولة القانون محمد الصيهود", "محمد الصيهود"),
        ("وزيرة الخارجية الليبية نجلاء المنقوش", "نجلاء المنقوش"),
        ("وزير الخارجية الأميركي", None),
        ("رئيس بلدية صيدا", None),
    ],
)
def test_person_name_ends_a_titled_speaker(speaker: str, name: str | None) -> None:
    assert person_name(speaker) == name


def test_a_name_in_parentheses_is_the_same_speaker_later() -> None:
    text = (
        "وأعلنت وزارة الدفاع الأميركية (البنتاغون) أن القوات ستبقى في أربيل حتى نهاية العام.\n"
        "وقال البنتاغون إن الانسحاب سيتم على مرحلتين."
    )
    first, second = extract_statements(text, sentences_by_line(text))
    assert second.speaker_text == "البنتاغون"
    assert second.speaker_canonical == first.speaker_canonical == "وزارة الدفاع الأميركية"
    assert second.actor_key == first.actor_key


def test_every_statement_with_a_speaker_has_an_actor_key() -> None:
    text = (
        "وقال مسؤول أمريكي كبير إن المحادثات تتقدم ببطء.\n"
        "وأضاف أن الجولة المقبلة ستعقد في مسقط.\n"
        "من جهته، أكد وزير الخارجية العماني بدر البوسعيدي أن بلاده مستعدة لاستضافة الجولة."
    )
    statements = extract_statements(text, sentences_by_line(text))
    assert len(statements) == 3
    assert statements[0].actor_key == statements[1].actor_key == actor_key("مسؤول أميركي كبير", "anonymous_official")
    assert statements[2].actor_key == "person:بدر بوسعيدي"


def test_dates_and_numbers_inside_a_statement_carry_its_id() -> None:
    from akhbar.pipeline import parse_text
    from akhbar.rows import article_rows

    text = (
        "أعلنت وزارة الدفاع في بيان يوم 3 آذار 2025 نشر قوات جديدة على الحدود الشمالية.\n"
        "وقال المتحدث باسم الوزارة إن نحو 300 جندي سينسحبون من القاعدة بحلول نهاية أيلول 2025.\n"
        "وشهدت المنطقة 12 هجوما خلال عام 2024."
    )
    (parsed,) = parse_text(text, split=False)
    rows = article_rows(parsed, article_id="a", source_file="x.txt")
    said = next(s for s in rows["statements"] if s["verb_text"] == "قال")
    inside = [r for r in rows["number_mentions"] + rows["date_mentions"] if r["statement_id"] == said["statement_id"]]
    assert {r["surface_text"] for r in inside} == {"نحو 300 جندي", "بحلول نهاية أيلول 2025"}
    for r in inside:
        assert said["char_start"] <= r["char_start"] and r["char_end"] <= said["char_end"]
    outside = [r for r in rows["number_mentions"] + rows["date_mentions"] if r["sentence_index"] == 2]
    assert {r["surface_text"] for r in outside} == {"12 هجوما", "عام 2024"}
    assert all(r["statement_id"] is None for r in outside)
