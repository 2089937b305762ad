"""Sources (EXTRACTION.md §5): publisher vs cited sources, canonicalised across spellings.

Each case is an article (lines = sentences); the expectation is the list of cited mentions,
in text order, as (surface_text, source_key, source_kind).
"""

from __future__ import annotations

import pytest

from akhbar.normalize import normalize_text
from akhbar.records import SOURCE_KINDS, ArticleDraft, Span
from akhbar.segment import segment
from akhbar.sources import canonical_source, extract_sources, lookup_source
from akhbar.statements import extract_statements
from tests._article import SEEDS, sentences_by_line

CASES = [
    # --- news agencies, every spelling -------------------------------------------------------------------
    (
        "reuters_arabic_in_quotes",
        "ونقلت وكالة “رويترز” عن مسؤول أميركي كبير، قوله إن الخطة جاهزة.",
        [("رويترز", "reuters", "news_agency"), ("مسؤول أميركي كبير", "anonymous_official", "anonymous_official")],
    ),
    (
        "reuters_latin",
        "وقال مسؤول لـ Reuters إن الاتفاق وشيك.",
        [("مسؤول", "anonymous_official", "anonymous_official"), ("Reuters", "reuters", "news_agency")],
    ),
    ("afp_abbreviation", "وأفاد مراسل (أ ف ب) بأن الانفجار وقع قرب السفارة.", [("أ ف ب", "afp", "news_agency")]),
    ("afp_full_name", "وذكرت وكالة فرانس برس أن القصف استهدف الأحياء الشرقية.", [("فرانس برس", "afp", "news_agency")]),
    ("ap_latin_parenthesised", "وأضاف التقرير الذي نشرته وكالة (AP) أن الضحايا مدنيون.", [("AP", "ap", "news_agency")]),
    ("anadolu_with_li", "وقال الوزير للأناضول إن أنقرة لن تتراجع عن موقفها.", [("للأناضول", "anadolu", "news_agency")]),
    (
        "ina_acronym_and_name",
        "ونقلت وكالة الأنباء العراقية (واع) عن اللجنة تأكيدها أن القوات جاهزة.",
        [("وكالة الأنباء العراقية", "ina", "news_agency"), ("واع", "ina", "news_agency")],
    ),
    (
        "relayed_body_resolved_to_its_full_name",
        "أعلنت اللجنة العسكرية العليا في العراق إكمال الإخلاء.\n"
        "ونقلت وكالة الأنباء العراقية (واع) عن اللجنة تأكيدها أن القوات جاهزة.",
        [
            ("اللجنة العسكرية العليا في العراق", "iraq_higher_military_committee", "government_body"),
            ("وكالة الأنباء العراقية", "ina", "news_agency"),
            ("واع", "ina", "news_agency"),
            ("اللجنة", "iraq_higher_military_committee", "government_body"),
        ],
    ),
    (
        "wam_gulf",
        "وذكرت وكالة أنباء الإمارات (وام) أن الرئيس استقبل الوفد.",
        [("وكالة أنباء الإمارات", "wam", "news_agency"), ("وام", "wam", "news_agency")],
    ),
    ("sana_levantine", 'وأفادت وكالة "سانا" بأن الجيش استعاد السيطرة على البلدة.', [("سانا", "sana", "news_agency")]),
    ("xinhua", "وأوردت شينخوا أن بكين تدعم وقف إطلاق النار.", [("شينخوا", "xinhua", "news_agency")]),
    # --- papers, sites, TV ---------------------------------------------------------------------------------
    (
        "annahar_quoted_recipient",
        'تقول مصادر أمنية عراقية لـ"النهار" إن الانسحاب بدأ.',
        [("مصادر أمنية عراقية", "anonymous_sources", "anonymous_sources"), ("النهار", "annahar", "newspaper")],
    ),
    (
        "shafaq_news",
        "وحذر التقرير، الذي ترجمت فحواه وكالة شفق نيوز، من أن التنظيم يزيد نشاطه.",
        [("شفق نيوز", "shafaq", "website")],
    ),
    (
        "asharq_al_awsat_needs_context",
        "وقالت صحيفة الشرق الأوسط إن الاجتماع تأجل.",
        [("الشرق الأوسط", "asharq_al_awsat", "newspaper")],
    ),
    (
        "euronews_latin_and_arabic",
        "وقال مراقبون ليورونيوز إن الملف معقد، حسب ما نشره موقع euronews.",
        [("يورونيوز", "euronews", "tv"), ("euronews", "euronews", "tv")],
    ),
    (
        "politico_headline_style_colon",
        "بوليتيكو: بايدن منفتح على إرسال صواريخ بعيدة المدى إلى أوكرانيا.",
        [("بوليتيكو", "politico", "newspaper")],
    ),
    (
        "aljazeera_channel",
        "وقال المتحدث في مقابلة مع قناة الجزيرة إن المفاوضات مستمرة.",
        [("الجزيرة", "aljazeera", "tv")],
    ),
    (
        "sky_news_arabia",
        "وأفادت سكاي نيوز عربية بسقوط صواريخ قرب المطار.",
        [("سكاي نيوز عربية", "sky_news_arabia", "tv")],
    ),
    ("bbc_arabic_spelling", 'وقال الوزير لـ"بي بي سي" إن الحكومة مستعدة للحوار.', [("بي بي سي", "bbc", "tv")]),
    # --- platforms and think tanks ---------------------------------------------------------------------------
    ("platform_x", "وكتبت السفارة في تدوينة على منصة “إكس” أنها تتابع الوضع.", [("إكس", "x", "social_platform")]),
    ("platform_telegram", "ونشر الجيش على قناته في تلغرام صورا للعملية.", [("تلغرام", "telegram", "social_platform")]),
    (
        "think_tank_alias",
        "أصدر معهد “نيو لاين انستيتيوت” الأمريكي توصية لإدارة ترامب.",
        [("نيو لاين انستيتيوت", "new_lines_institute", "think_tank")],
    ),
    (
        "think_tank_general_rule_quoted",
        'وبحسب دراسة لمركز "الدراسات الإقليمية" فإن النمو سيتباطأ.',
        [("الدراسات الإقليمية", "think_tank_aldrasat_alaqlymyh", "think_tank")],
    ),
    # --- anaphora and anonymous formulas ------------------------------------------------------------------
    (
        "anaphoric_agency_resolves_to_reuters",
        "ونقلت “رويترز” عن مسؤول دفاعي أميركي قوله إن التنظيم ضعيف.\nووفق الوكالة، فإن الاتفاق يمثل دفعة قوية.",
        [
            ("رويترز", "reuters", "news_agency"),
            ("مسؤول دفاعي أميركي", "anonymous_official", "anonymous_official"),
            ("الوكالة", "reuters", "news_agency"),
        ],
    ),
    ("anaphoric_agency_without_antecedent_is_skipped", "ووفق الوكالة، فإن الاتفاق يمثل دفعة قوية.", []),
    (
        "anonymous_source_in_nominal",
        "وبحسب مصدر مطلع، فإن الحكومة ستستقيل.",
        [("مصدر مطلع", "anonymous_sources", "anonymous_sources")],
    ),
    (
        "ministry_as_cited_source",
        "أعلنت وزارة الخارجية العراقية تأجيل الإعلان عن إنهاء المهمة.",
        [("وزارة الخارجية العراقية", "iraq_mofa", "government_body")],
    ),
    (
        "pentagon_alias_canonical",
        "وقال البنتاغون إن الانسحاب سيتم على مرحلتين.",
        [("البنتاغون", "us_dod", "government_body")],
    ),
    # --- not sources ----------------------------------------------------------------------------------------
    (
        "ambiguous_alias_after_generic_head_with_clitic",
        "وذكرت صحيفة الأخبار اللبنانية أن الحكومة ستجتمع غدا.",
        [("الأخبار اللبنانية", "al_akhbar", "newspaper")],  # the alias with its country
    ),
    ("place_names_are_not_sources", "وزار الوفد بغداد وأربيل والكويت قبل أن يعود إلى واشنطن.", []),
    ("ambiguous_words_without_context", "وتحدث الوزير باللغة العربية عن الشرق الأوسط خلال النهار.", []),
    ("ministry_mentioned_not_cited", "وانضمت قوات وزارة الدفاع إلى العملية في البادية.", []),
    ("qena_city_not_qna", "تأجيل محاكمة متهمين بقضية خلية داعش قنا لجلسة 28 يناير.", []),
]


def _mentions(text: str):
    text = normalize_text(text)
    sentences = sentences_by_line(text)
    draft = ArticleDraft(body_text=text)
    statements = extract_statements(text, sentences)
    return text, extract_sources(draft, sentences, statements)


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_source_table(text: str, expected: list[tuple[str, str, str]]) -> None:
    body, mentions = _mentions(text)
    cited = [(m.surface_text, m.source_key, m.source_kind) for m in mentions if m.role == "cited"]
    assert cited == expected
    for m in mentions:
        _check(body, m)


def test_publisher_from_draft_span() -> None:
    text = "بغداد/المسلة: أعلنت وزارة الدفاع العراقية بياناً أكدت فيه سيطرتها على الحدود."
    draft = ArticleDraft(body_text=text, publisher="المسلة", publisher_span=Span(6, 12))
    sentences = sentences_by_line(text)
    mentions = extract_sources(draft, sentences, extract_statements(text, sentences))
    publisher = [m for m in mentions if m.role == "publisher"]
    assert [(m.surface_text, m.source_key, m.source_name) for m in publisher] == [("المسلة", "almasalah", "Al-Masalah")]
    # the publisher's own span is not also a cited mention
    assert not [m for m in mentions if m.role == "cited" and m.source_key == "almasalah"]


def test_unknown_publisher_gets_a_slug() -> None:
    text = "مصدرنا الإخبارى - مع بدء المرحلة الأولى من انسحاب قوات التحالف."
    draft = ArticleDraft(body_text=text, publisher="مصدرنا الإخبارى", publisher_span=Span(0, 15))
    mentions = extract_sources(draft, sentences_by_line(text), [])
    assert mentions[0].role == "publisher" and mentions[0].source_kind == "website"
    assert mentions[0].source_key.isascii() and mentions[0].source_name == "مصدرنا الإخبارى"


def test_no_publisher_span_no_publisher_mention() -> None:
    text = "نيوزاليست\nأعلنت وزارة الدفاع الأميركية بدء تخفيض قواتها."
    mentions = extract_sources(ArticleDraft(body_text=text, publisher="نيوزاليست"), sentences_by_line(text), [])
    assert not [m for m in mentions if m.role == "publisher"]


@pytest.mark.parametrize(
    ("phrase", "key"),
    [
        ("Reuters", "reuters"),
        ("رويترز", "reuters"),
        ("وكالة “رويترز”", "reuters"),
        ("واع", "ina"),
        ("وكالة الأنباء العراقية (واع)", "ina"),
        ("AFP", "afp"),
        ("أ.ف.ب", "afp"),
        ("EURONEWS", "euronews"),
        ("وزارة الدفاع الأمريكية", "us_dod"),
        ("وزارة الدفاع الأميركية", "us_dod"),
        ("منصة إكس", "x"),
    ],
)
def test_canonical_source_across_spellings(phrase: str, key: str) -> None:
    info = canonical_source(phrase)
    assert info is not None and info.key == key


def test_lookup_source_is_whole_phrase_only() -> None:
    assert lookup_source("رئيس خلية الإعلام الأمني اللواء تحسين الخفاجي") is None
    assert lookup_source("خلية الإعلام الأمني").key == "iraq_security_media_cell"


def test_alias_table_is_well_formed() -> None:
    from akhbar.actors import read_csv_lexicon

    sources = {row["source_id"]: row for row in read_csv_lexicon("sources.csv")}
    assert len(sources) == len(read_csv_lexicon("sources.csv"))  # one canonical row per source
    for row in sources.values():
        assert row["kind"] in SOURCE_KINDS and row["source_id"].isascii() and row["name"], row
    aliases = read_csv_lexicon("source_aliases.csv")
    for row in aliases:
        assert row["source_id"] in sources and row["needs_context"] in ("true", "false"), row
    assert {row["source_id"] for row in aliases} == set(sources)  # every source has a spelling


# --- seeds ---------------------------------------------------------------------------------------------------


def _seed(path):
    text = normalize_text(path.read_text(encoding="utf-8"))
    draft = ArticleDraft(body_text=text)
    sentences = segment(draft)
    return text, extract_sources(draft, sentences, extract_statements(text, sentences))


def _seed_keys(prefix: str) -> set[str]:
    path = next(p for p in SEEDS if p.name.startswith(prefix))
    return {m.source_key for m in _seed(path)[1]}


def test_seed_sources() -> None:
    assert {"reuters", "anonymous_official", "us_dod"} <= _seed_keys("001")
    assert {"x", "new_lines_institute", "shafaq"} <= _seed_keys("000")
    assert {"annahar", "anonymous_sources", "x"} <= _seed_keys("003")
    assert {"ina", "reuters", "anonymous_official"} <= _seed_keys("004")
    assert {"iraq_mofa", "euronews", "almasalah"} <= _seed_keys("002")


@pytest.mark.parametrize("path", SEEDS, ids=[p.name[:3] for p in SEEDS])
def test_seed_offsets_invariant(path) -> None:
    text, mentions = _seed(path)
    assert mentions
    for m in mentions:
        _check(text, m)


def _check(text: str, m) -> None:
    assert text[m.char_start : m.char_end] == m.surface_text
    assert m.source_kind in SOURCE_KINDS and m.role in ("publisher", "cited")
    assert m.source_key and m.source_name
