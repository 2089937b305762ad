"""Copies of one story (akhbar.syndication): near-copies, shared wire accounts, groups."""

from __future__ import annotations

import pytest

from akhbar.syndication import (
    Link,
    RelayedQuote,
    containment,
    content_words,
    duplicate_groups,
    fingerprint,
    near_copy_links,
    shingles,
    signature_bytes,
    signature_from_bytes,
    wire_account_links,
)

# A wire story of my own, and texts built from it.
STORY = (
    "أعلنت وزارة الزراعة في الأردن اليوم الأحد عن خطة جديدة لدعم مزارعي وادي الأردن تشمل قروضا ميسرة "
    "بقيمة عشرين مليون دينار، وقال وزير الزراعة في مؤتمر صحافي إن الخطة ستغطي أكثر من ثلاثة آلاف مزارع "
    "خلال العامين المقبلين، مشيرا إلى أن الحكومة ستوفر أيضا بذورا محسنة وأسمدة بأسعار مدعومة. "
    "وأضاف الوزير أن موجة الجفاف التي ضربت المنطقة في الصيف الماضي ألحقت أضرارا كبيرة بمحاصيل الخضار "
    "والحمضيات، وأن فرق الوزارة أحصت خسائر تقدر بملايين الدنانير في مناطق الأغوار الشمالية والوسطى. "
    "وبحسب بيان الوزارة، فإن التسجيل في البرنامج يبدأ مطلع الشهر المقبل عبر المنصة الإلكترونية للوزارة."
)
OTHER = (
    "افتتح مهرجان السينما العربية دورته العاشرة في مدينة وهران الجزائرية بمشاركة أكثر من ستين فيلما "
    "من عشرين دولة، وقالت إدارة المهرجان إن لجنة التحكيم تضم مخرجين ونقادا من المغرب وتونس ومصر ولبنان، "
    "وإن العروض ستقام في ثلاث قاعات وسط المدينة على مدى أسبوع كامل مع ندوات يومية حول صناعة الأفلام "
    "المستقلة وتمويلها في المنطقة، في حين خصصت جائزة خاصة للأفلام القصيرة التي يخرجها شباب دون الثلاثين."
)


def test_spelling_variants_and_diacritics_give_the_same_shingles() -> None:
    assert shingles("أعلنت الوزارةُ عن خطة جديدة اليوم") == shingles("اعلنت الوزارة عن خطه جديده اليوم")


def test_an_edited_copy_is_a_near_copy() -> None:
    edited = STORY.replace("اليوم الأحد", "الأحد").replace("وقال وزير", "وأوضح وزير")
    links = near_copy_links({"a": fingerprint(STORY), "b": fingerprint(edited), "c": fingerprint(OTHER)})
    assert [(link.article_a, link.article_b, link.reason) for link in links] == [("a", "b", "near_copy")]
    assert links[0].similarity >= 0.5


def test_a_story_pasted_into_a_longer_page_is_a_near_copy_by_containment() -> None:
    page = "عنوان الموقع ومقدمة قصيرة عن الخبر " + STORY + " " + OTHER[:250]
    links = near_copy_links({"wire": fingerprint(STORY), "page": fingerprint(page)})
    assert len(links) == 1 and links[0].similarity >= 0.8


def test_articles_on_the_same_topic_in_other_words_are_not_near_copies() -> None:
    rewrite = (
        "كشف وزير الزراعة الأردني الأحد عن برنامج لمساندة المزارعين في الأغوار، يتضمن تمويلا بعشرين مليون "
        "دينار وبذورا وأسمدة مدعومة، بعد أن تسبب الجفاف الصيف الماضي بخسائر واسعة في الخضار والحمضيات، "
        "على أن يفتح باب التسجيل الشهر المقبل إلكترونيا، ويستفيد منه نحو ثلاثة آلاف مزارع خلال عامين."
    )
    assert near_copy_links({"a": fingerprint(STORY), "b": fingerprint(rewrite)}) == []


def test_stubs_are_too_short_to_call_copies() -> None:
    assert near_copy_links({"a": fingerprint("خبر عاجل"), "b": fingerprint("خبر عاجل")}) == []


def test_containment_from_jaccard_and_sizes() -> None:
    # |A| = 100 inside |B| = 300: Jaccard 1/3, containment of the smaller 1.0
    assert containment(1 / 3, 100, 300) == pytest.approx(1.0)
    assert containment(0.0, 100, 300) == 0.0


def test_signature_survives_the_warehouse_round_trip() -> None:
    fp = fingerprint(STORY)
    assert signature_from_bytes(signature_bytes(fp), fp.n_shingles) == fp
    assert len(signature_bytes(fp)) == 4 * len(fp.hashvalues)


QUOTE_1 = "الولايات المتحدة وحلفاءها سيركزون على مكافحة فلول التنظيم في الصحراء ونقل معظم المستشارين إلى الشمال"
QUOTE_1_REWORDED = (
    "الخطة تتضمن تركيز الولايات المتحدة وحلفائها على مكافحة فلول التنظيم في الصحراء مع نقل معظم المستشارين شمالا"
)
QUOTE_OTHER = "الحكومة ستفتح ثلاثة معابر حدودية جديدة أمام الشاحنات التجارية بعد انتهاء أعمال الصيانة في الطرق"


def test_the_same_outlets_quote_in_other_words_links_two_articles() -> None:
    links = wire_account_links(
        [
            RelayedQuote("a", "reuters", QUOTE_1),
            RelayedQuote("b", "reuters", QUOTE_1_REWORDED),
            RelayedQuote("c", "reuters", QUOTE_OTHER),
        ]
    )
    assert [(link.article_a, link.article_b, link.reason) for link in links] == [("a", "b", "shared_wire_account")]


def test_the_same_words_from_different_outlets_do_not_link() -> None:
    quotes = [RelayedQuote("a", "reuters", QUOTE_1), RelayedQuote("b", "afp", QUOTE_1_REWORDED)]
    assert wire_account_links(quotes) == []


def test_quotes_of_one_article_do_not_link_it_to_itself() -> None:
    quotes = [RelayedQuote("a", "reuters", QUOTE_1), RelayedQuote("a", "reuters", QUOTE_1_REWORDED)]
    assert wire_account_links(quotes) == []


def test_content_words_drop_function_words_and_clitics() -> None:
    assert content_words("وقال إن الحكومة في بغداد") == {"قال", "حكومه", "بغداد"}


def test_groups_are_connected_components_named_by_their_smallest_id() -> None:
    links = [Link("b", "c", "near_copy", 0.9), Link("c", "d", "shared_wire_account", 0.5)]
    assert duplicate_groups(["a", "b", "c", "d", "e"], links) == {"a": "a", "b": "b", "c": "b", "d": "b", "e": "e"}
