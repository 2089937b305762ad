"""Places in the text (akhbar.places) and what a number claims (akhbar.claims), on my own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from akhbar.pipeline import parse_text
from akhbar.places import extract_places, lookup_place


def _places(text: str) -> list[tuple[str, str]]:
    return [(p.surface_text, p.place_id) for p in parse_text(text, split=False)[0].places]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # clitics and the article elided after ل
        ("وصل الوفد إلى بغداد ثم توجه لأربيل.", [("بغداد", "baghdad"), ("أربيل", "erbil")]),
        ("عاد المستشارون بالعراق وللعراق حقه.", [("العراق", "iraq"), ("للعراق", "iraq")]),
        # longest alias first
        (
            "انسحبت القوات من قاعدة عين الأسد في الأنبار.",
            [("قاعدة عين الأسد", "ain_al_asad_base"), ("الأنبار", "anbar_province")],
        ),
        # an adjective is not the place
        ("قالت الحكومة العراقية إن الوضع مستقر.", []),
        # spelling variants fold together
        ("زار الوزير اربيل والسليمانيه.", [("اربيل", "erbil"), ("السليمانيه", "sulaymaniyah")]),
    ],
)
def test_places_found_in_the_text(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


def test_lookup_place_by_any_spelling() -> None:
    assert lookup_place("Erbil").place_id == lookup_place("أربيل").place_id == "erbil"
    assert lookup_place("مدينة لا وجود لها") is None


def test_an_ambiguous_name_needs_a_locative_word() -> None:
    assert "amman" in {i for _, i in _places("عقد الاجتماع في عمان أمس.")}
    assert "amman" not in {i for _, i in _places("قال عمان إن الفريق جاهز.")}


def test_a_place_inside_an_outlets_name_is_not_a_place() -> None:
    found = _places("ونقلت صحيفة واشنطن بوست عن مسؤولين أن المحادثات في الدوحة مستمرة.")
    assert ("واشنطن", "washington") not in found
    assert ("الدوحة", "doha") in found


def test_every_place_span_slices_the_text() -> None:
    text = "وفي دمشق وحلب وإدلب، وكذلك في طهران وأنقرة، تتابع الحكومات الوضع في شرق الفرات."
    parsed = parse_text(text, split=False)[0]
    assert parsed.places
    for place in parsed.places:
        assert parsed.draft.body_text[place.char_start : place.char_end] == place.surface_text


def _claims(text: str, published: date | None = date(2025, 6, 1)) -> dict[str, tuple]:
    parsed = parse_text(text, split=False, published=published)[0]
    return {n.surface_text: (n.subject, n.place_id, n.is_projection) for n in parsed.numbers}


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # place after the number, introduced by في
        ("يتمركز أكثر من 900 جندي في سوريا حاليا.", "أكثر من 900 جندي", ("soldier", "syria", False)),
        # place before the number, introduced by في, across a comma
        ("وفي الموصل، قتل 12 مدنيا بقصف مدفعي.", "12 مدنيا", ("civilian", "mosul", False)),
        # the place by the clitic ب
        ("انتشر 500 جندي بالأنبار.", "500 جندي", ("soldier", "anbar_province", False)),
        # subject from "عدد X", place before, projection by the future prefix
        ("سيرتفع عدد المتطوعين في درعا إلى 400 خلال الشهر المقبل.", "400", ("volunteer", "daraa", True)),
        # a table row: the row's place cell
        ("المدينة | العام | العدد\nكركوك | 2024 | 150 جنديا", "150 جنديا", ("soldier", "kirkuk", False)),
        # a noun that starts like the future prefix is not a verb (سيطرت)
        ("سيطرت القوات على 3 بلدات في محافظة إدلب.", "3", (None, "idlib_province", False)),
    ],
)
def test_what_a_number_claims(text: str, number: str, expected: tuple) -> None:
    claims = _claims(text)
    assert claims[number][1:] == expected[1:]
    if expected[0] is not None:
        assert claims[number][0] == expected[0]


def test_a_change_from_one_level_to_another_shares_subject_and_place() -> None:
    claims = _claims("تراجع عدد اللاجئين في الأردن من نحو 650 ألفا إلى أقل من 600 ألف.")
    assert sorted(claims.values()) == [("refugee", "jordan", False), ("refugee", "jordan", False)]


def test_the_from_side_of_a_projected_change_is_the_level_now() -> None:
    claims = _claims("يُتوقع أن ينخفض عدد الجنود من حوالي 2000 إلى أقل من 500 في أربيل.")
    assert claims["حوالي 2000"] == ("soldier", "erbil", False)
    assert claims["أقل من 500"] == ("soldier", "erbil", True)


def test_a_date_after_publication_makes_a_projection() -> None:
    claims = _claims("تنتهي المرحلة الثانية في أيلول 2026 بنقل 300 مستشار إلى أربيل.", date(2025, 6, 1))
    assert claims["300 مستشار"][2] is True


def test_another_number_between_blocks_the_place() -> None:
    claims = _claims("أصيب 40 شخصا، بينما قتل 7 عناصر في حمص.")
    assert claims["40 شخصا"][1] is None
    assert claims["7 عناصر"][1] == "homs"


def test_a_far_place_is_not_the_numbers_place() -> None:
    text = (
        "وفي بغداد عقد الوزراء اجتماعا مطولا ناقشوا فيه ملفات كثيرة تتعلق بالموازنة والخدمات والكهرباء "
        "والمياه والطرق والمدارس والمستشفيات ثم أعلنوا توظيف 300 مهندس."
    )
    assert _claims(text)["300"][1] is None


def test_places_library_function_excludes_spans() -> None:
    from akhbar.articles import single_article
    from akhbar.segment import segment

    draft = single_article("وصل الرئيس إلى بغداد.")
    sentences = segment(draft)
    start = draft.body_text.index("بغداد")
    assert extract_places(draft.body_text, sentences, [(start, start + 5)]) == []


def test_a_place_after_a_range_covers_both_ends_over_a_place_before() -> None:
    claims = _claims("انسحبوا من قاعدة قرب مطار بغداد، وسيخفض عديد القوات من نحو 2000 إلى أقل من 500 جندي في أربيل.")
    assert claims["نحو 2000"] == ("soldier", "erbil", False)
    assert claims["أقل من 500 جندي"] == ("soldier", "erbil", True)


def test_a_deadline_makes_a_target_unless_it_is_past() -> None:
    text = "ينخفض عدد الجنود في أربيل إلى أقل من 500 بحلول نهاية 2025."
    assert _claims(text, date(2025, 3, 1))["أقل من 500"][2] is True
    assert _claims(text, None)["أقل من 500"][2] is True
    assert _claims("وحتى عام 2020 كان 5000 جندي في الأنبار.", date(2025, 3, 1))["5000 جندي"][2] is False


def test_a_future_verb_right_after_the_number_makes_a_projection() -> None:
    assert _claims("وقال الوزير إن 3000 مزارع سيستفيدون من البرنامج.")["3000"][2] is True
    assert _claims("وقال الوزير إن 3000 مزارع استفادوا، وسيعقد اجتماع للتقييم.")["3000"][2] is False
