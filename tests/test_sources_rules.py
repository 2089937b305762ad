"""Sources, rule by rule (EXTRACTION.md §5): publisher relations, byline and wire publishers, the
outlets cited in the text, anonymous formulas and platforms, and ordinary words that are not sources.

Every page and sentence here is invented for the test. Each case runs the whole library
(``akhbar.pipeline.parse_text``); every mention must slice ``body_text`` to its surface text.
"""

from __future__ import annotations

import pytest

from akhbar.pipeline import parse_text
from akhbar.records import PUBLISHER_RELATIONS, SOURCE_KINDS, SOURCE_ROLES, SourceMention

# Prose paragraphs of an invented article (a hospital opening), shared by the pages below.
P1 = "افتتحت وزارة الصحة، صباح الثلاثاء، مستشفى جديدا في المدينة بسعة مئتي سرير لخدمة سكان الأحياء الشمالية."
P2 = "وقال مدير المستشفى إن الطاقم الطبي اكتمل وإن الأقسام ستعمل بكامل طاقتها خلال الشهر المقبل."
P3 = "وأضاف أن المشروع مول من الموازنة العامة، مشيرا إلى أن أعمال البناء استمرت ثلاث سنوات متواصلة."
TITLE = "افتتاح مستشفى جديد في الأحياء الشمالية للمدينة"


def _check(body: str, mentions: list[SourceMention]) -> None:
    for m in mentions:
        assert body[m.char_start : m.char_end] == m.surface_text, m
        assert m.source_kind in SOURCE_KINDS and m.role in SOURCE_ROLES
        if m.role == "publisher":
            assert m.relation in PUBLISHER_RELATIONS
        else:
            assert m.relation is None


def _page(page: str):
    (article,) = parse_text(page)
    _check(article.draft.body_text, article.sources)
    return article


def _sentence(text: str) -> tuple[str, list[SourceMention]]:
    (article,) = parse_text(text, split=False)
    _check(article.draft.body_text, article.sources)
    return article.draft.body_text, article.sources


def _publishers(article) -> list[tuple[str, str, str]]:
    return [(m.surface_text, m.source_key, m.relation) for m in article.sources if m.role == "publisher"]


def _cited(mentions: list[SourceMention]) -> list[tuple[str, str]]:
    return [(m.surface_text, m.source_key) for m in mentions if m.role == "cited"]


# --- 1. publisher relations: own / aggregator + original ----------------------------------------------------

RELATIONS = [
    pytest.param(
        f"{TITLE} - بوابة الخليج\nالثلاثاء 3 يونيو 2025\n{P1}\n{P2}\n{P3}\nجميع الحقوق محفوظة لبوابة الخليج\n",
        [("بوابة الخليج", "bwabh_alkhlyj", "own")],
        id="own-site-suffix",
    ),
    pytest.param(
        f"{TITLE}\nالثلاثاء 3 يونيو 2025\nالموصل/المسلة: {P1}\n{P2}\n{P3}\n",
        [("المسلة", "almasalah", "own")],
        id="own-dateline",
    ),
    pytest.param(
        f"{TITLE} - بوابة الخليج\nالراية (قطر) 12 تعليق ارسل طباعة تبليغ\n"
        f"{TITLE} - بوابة الخليج، الثلاثاء 3 يونيو 2025\n{P1}\n{P2}\n{P3}\n",
        [("بوابة الخليج", "bwabh_alkhlyj", "aggregator"), ("الراية", "alrayh", "original")],
        id="aggregator-header-credit-with-chrome-after-it",
    ),
    pytest.param(
        f"{TITLE} - بوابة الخليج\nنقلا عن صحيفة الأهرام\n{P1}\n{P2}\n{P3}\nبوابة الخليج\n",
        [("بوابة الخليج", "bwabh_alkhlyj", "aggregator"), ("صحيفة الأهرام", "al_ahram", "original")],
        id="aggregator-naqlan-an",
    ),
    pytest.param(
        f"{TITLE}\nصوت الشمال\nالثلاثاء 3 يونيو 2025\n{P1}\n{P2}\n{P3}\nالمصدر: وكالة الأنباء الكويتية\n",
        [("صوت الشمال", "swt_alshmal", "aggregator"), ("وكالة الأنباء الكويتية", "kuna", "original")],
        id="aggregator-header-line-and-source-footer",
    ),
    pytest.param(
        f"{TITLE} - بوابة الخليج\n{P1}\n{P2}\n{P3}\nSource: Reuters\nبوابة الخليج\n",
        [("بوابة الخليج", "bwabh_alkhlyj", "aggregator"), ("Reuters", "reuters", "original")],
        id="aggregator-latin-source-footer",
    ),
    pytest.param(
        f"{TITLE} - بوابة الخليج\nبيروت/النهار: {P1}\n{P2}\n{P3}\nبوابة الخليج\n",
        [("بوابة الخليج", "bwabh_alkhlyj", "aggregator"), ("النهار", "annahar", "original")],
        id="aggregator-site-suffix-and-other-outlets-dateline",
    ),
    pytest.param(
        f"{TITLE} - بوابة الخليج\nعمان (رويترز) - {P1}\n{P2}\n{P3}\nبوابة الخليج\n",
        [("بوابة الخليج", "bwabh_alkhlyj", "aggregator"), ("رويترز", "reuters", "original")],
        id="aggregator-wire-story",
    ),
    pytest.param(
        f"{TITLE} - الجزيرة نت\n{P1}\n{P2}\n{P3}\nالمصدر: الجزيرة\nالجزيرة نت\n",
        [("الجزيرة نت", "aljazeera", "own")],
        id="credit-names-the-site-itself",
    ),
    pytest.param(
        f"{TITLE} - بوابة الخليج\n{P1}\n{P2}\n{P3}\nالمصدر: وكالات\nبوابة الخليج\n",
        [("بوابة الخليج", "bwabh_alkhlyj", "own")],
        id="generic-agencies-credit-is-no-original",
    ),
    pytest.param(
        f"{TITLE}\n{P1}\n{P2}\n{P3}\nالمصدر: وكالة سبوتنيك\n",
        [("وكالة سبوتنيك", "sputnik", "own")],
        id="credit-alone-is-the-publisher",
    ),
]


@pytest.mark.parametrize(("page", "expected"), RELATIONS)
def test_publisher_relation(page: str, expected: list[tuple[str, str, str]]) -> None:
    article = _page(page)
    assert _publishers(article) == expected
    publisher_spans = [(m.char_start, m.char_end) for m in article.sources if m.role == "publisher"]
    for m in article.sources:  # a publisher's span is never also a citation
        if m.role == "cited":
            assert all(m.char_end <= s or e <= m.char_start for s, e in publisher_spans)


def test_aggregator_page_keeps_the_credit_line_and_drops_its_chrome() -> None:
    page = f"{TITLE} - بوابة الخليج\nالوطن (سوريا) 0 تعليق ارسل طباعة تبليغ حذف\n{P1}\n{P2}\n{P3}\nبوابة الخليج\n"
    article = _page(page)
    draft = article.draft
    assert "الوطن (سوريا)" in draft.body_text and "تعليق" not in draft.body_text
    assert draft.original_publisher == "الوطن"
    span = draft.original_publisher_span
    assert span is not None and draft.body_text[span.start : span.end] == "الوطن"
    assert _publishers(article) == [("بوابة الخليج", "bwabh_alkhlyj", "aggregator"), ("الوطن", "alwtn", "original")]


# --- 2. byline and wire-dateline publishers (no other publisher on the page) ----------------------------------

BYLINES = [
    pytest.param(
        f"{TITLE}\nبقلم: سامر يوسف - وكالة الأناضول\n{P1}\n{P2}\n{P3}\n", "وكالة الأناضول", "anadolu", id="byline-dash"
    ),
    pytest.param(
        f"{TITLE}\nكتب: خالد منصور | الجزيرة نت\n{P1}\n{P2}\n{P3}\n", "الجزيرة نت", "aljazeera", id="byline-bar"
    ),
    pytest.param(f"{TITLE}\n{P1}\n{P2}\n{P3}\nالمصدر: وكالة سانا\n", "وكالة سانا", "sana", id="source-credit-line"),
    pytest.param(f"{TITLE}\nعمان (رويترز) - {P1}\n{P2}\n{P3}\n", "رويترز", "reuters", id="wire-city-paren"),
    pytest.param(f"{TITLE}\nدمشق - سانا - {P1}\n{P2}\n{P3}\n", "سانا", "sana", id="wire-city-dash-outlet-dash"),
    pytest.param(f"دمشق - سانا\n{P1}\n{P2}\n{P3}\n", "سانا", "sana", id="wire-city-outlet-header-line"),
    pytest.param(f"(أ ف ب) - {P1}\n{P2}\n{P3}\n", "أ ف ب", "afp", id="wire-paren-only"),
    pytest.param(f"{TITLE}\nالقاهرة (أ ش أ) - {P1}\n{P2}\n{P3}\n", "أ ش أ", "mena", id="wire-mena-abbreviation"),
    pytest.param(f"{TITLE}\nبرلين (د ب أ) — {P1}\n{P2}\n{P3}\n", "د ب أ", "dpa", id="wire-em-dash"),
    pytest.param(f"{TITLE}\n{P1}\n{P2}\n{P3}\n(كونا)\n", "كونا", "kuna", id="closing-paren-credit"),
]


@pytest.mark.parametrize(("page", "surface", "key"), BYLINES)
def test_byline_and_wire_publisher(page: str, surface: str, key: str) -> None:
    article = _page(page)
    assert _publishers(article) == [(surface, key, "own")]
    assert article.draft.publisher == surface


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(f"{TITLE}\nكتب: أحمد حسن - القاهرة\n{P1}\n{P2}\n{P3}\n", id="byline-city-is-no-outlet"),
        pytest.param(f"{TITLE}\nالخرطوم (السودان) - {P1}\n{P2}\n{P3}\n", id="paren-country-is-no-wire"),
        pytest.param(f"{TITLE}\n{P1}\n{P2}\n{P3}\n", id="nothing"),
    ],
)
def test_no_publisher_without_an_outlet(page: str) -> None:
    article = _page(page)
    assert _publishers(article) == []
    assert article.draft.publisher is None


# --- 3. cited outlets: agencies, papers, TV, platforms, think tanks, with clitics and quotes --------------------

CITED = [
    # news agencies
    ("ونقلت وكالة “رويترز” عن شهود عيان أن الحريق امتد إلى المخازن.", [("رويترز", "reuters")]),
    ("وذكرت Reuters أن الشحنة وصلت إلى الميناء.", [("Reuters", "reuters")]),
    ("وقال ناطق باسم الشرطة لـ(أ ف ب) إن التحقيقات جارية.", [("أ ف ب", "afp")]),
    ("وأفاد مراسل أ.ف.ب بأن الطريق أغلق أمام المركبات.", [("أ.ف.ب", "afp")]),
    ("وذكرت وكالة فرانس برس أن الرئيس غادر القمة مبكرا.", [("فرانس برس", "afp")]),
    ("وذكرت وكالة الصحافة الفرنسية أن الرئيس غادر القمة.", [("وكالة الصحافة الفرنسية", "afp")]),
    ("وأوردت وكالة أسوشييتد برس أن الحريق دمر عشرات المنازل.", [("أسوشييتد برس", "ap")]),
    ("وقال مسؤولون لأسوشيتد برس إن المحادثات متعثرة.", [("مسؤولون", "anonymous_official"), ("أسوشيتد برس", "ap")]),
    ("وقال الوزير للأناضول إن بلاده لن تتراجع عن قرارها.", [("للأناضول", "anadolu")]),
    (
        "ونقلت الأناضول عن مصادر محلية أن الطائرات قصفت القرية.",
        [("الأناضول", "anadolu"), ("مصادر محلية", "anonymous_sources")],
    ),
    ("وذكرت وكالة الأنباء العراقية أن الحكومة أقرت الموازنة.", [("وكالة الأنباء العراقية", "ina")]),
    ("وبحسب واع، فإن الاجتماع سيعقد يوم الأحد المقبل.", [("واع", "ina")]),
    ("وبحسب سانا، فإن الجيش دخل البلدة بعد معارك.", [("سانا", "sana")]),
    ("وأفادت “سانا” بأن الرئيس أصدر مرسوما جديدا.", [("سانا", "sana")]),
    ("ونقلت وكالة إرنا عن المتحدث قوله إن الوفد سيزور بغداد.", [("إرنا", "irna")]),
    ("وأعلنت ارنا أن المفاوضات ستستأنف الأسبوع المقبل.", [("ارنا", "irna")]),
    ("وذكرت وكالة أنباء الإمارات (وام) أن الشيخ استقبل الوفد.", [("وكالة أنباء الإمارات", "wam"), ("وام", "wam")]),
    (
        "ونقلت وكالة الأنباء السعودية (واس) عن الوزير ترحيبه بالاتفاق.",
        [("وكالة الأنباء السعودية", "spa"), ("واس", "spa")],
    ),
    ("وأفادت وكالة الأنباء القطرية (قنا) بأن الأمير هنأ الفائزين.", [("وكالة الأنباء القطرية", "qna"), ("قنا", "qna")]),
    (
        "وذكرت وكالة أنباء الشرق الأوسط (أ ش أ) أن الوزير التقى نظيره.",
        [("وكالة أنباء الشرق الأوسط", "mena"), ("أ ش أ", "mena")],
    ),
    ("ونقلت كونا عن الوزير قوله إن الكويت تدعم الحوار.", [("كونا", "kuna")]),
    (
        "وقالت وكالة الأنباء الأردنية (بترا) إن الملك وصل إلى عمان.",
        [("وكالة الأنباء الأردنية", "petra"), ("بترا", "petra")],
    ),
    ("وأوردت وكالة شينخوا أن بكين تدعو إلى التهدئة.", [("شينخوا", "xinhua")]),
    ("ونقلت وكالة تاس عن الكرملين أن الرئيس سيحضر القمة.", [("تاس", "tass")]),
    ("وذكرت وكالة ريا نوفوستي أن القوات تقدمت في الجبهة الجنوبية.", [("ريا نوفوستي", "ria")]),
    ("وقالت وكالة سبوتنيك إن الطائرة هبطت بسلام.", [("سبوتنيك", "sputnik")]),
    (
        "وذكرت وكالة الأنباء الألمانية (د ب أ) أن البرلمان صوت على القانون.",
        [("وكالة الأنباء الألمانية", "dpa"), ("د ب أ", "dpa")],
    ),
    ("ونقلت وكالة إفي الإسبانية عن الشرطة أن الحادث وقع فجرا.", [("إفي", "efe")]),
    ("وقالت وكالة بلومبرغ إن أسعار النفط ارتفعت في التعاملات المبكرة.", [("بلومبرغ", "bloomberg")]),
    # TV and sites
    ("وقال المتحدث لقناة الجزيرة إن الحكومة مستعدة للحوار.", [("الجزيرة", "aljazeera")]),
    ("وقالت العربية إن الوفد وصل إلى الرياض مساء الأحد.", [("العربية", "alarabiya")]),
    ("وأفادت سكاي نيوز عربية بسقوط صواريخ قرب الميناء.", [("سكاي نيوز عربية", "sky_news_arabia")]),
    ("وقال الوزير في مقابلة مع بي بي سي عربي إن الأزمة ستنتهي.", [("بي بي سي عربي", "bbc")]),
    ("وقال المسؤول لشبكة CNN إن الضربة كانت محدودة.", [("CNN", "cnn")]),
    ("وذكرت قناة فرانس 24 أن التظاهرات استمرت حتى الفجر.", [("فرانس 24", "france24")]),
    ("وقالت قناة روسيا اليوم إن الدفاعات تصدت للهجوم.", [("روسيا اليوم", "rt")]),
    ("وأفادت قناة الميادين بوقوع غارات على الجنوب.", [("الميادين", "almayadeen")]),
    ("وذكرت قناة الحدث أن الاشتباكات تجددت في الضواحي.", [("الحدث", "alhadath")]),
    ("وقالت قناة السومرية إن الأمطار أغرقت الشوارع.", [("السومرية", "alsumaria")]),
    ("وقال المسؤول الكردي لشبكة روداو إن المفاوضات مستمرة.", [("روداو", "rudaw")]),
    ("وذكرت قناة كوردستان 24 أن الوفد عاد إلى أربيل.", [("كوردستان 24", "kurdistan24")]),
    ("وأفاد موقع شفق نيوز بأن البرلمان سيعقد جلسة طارئة.", [("شفق نيوز", "shafaq")]),
    ("ونقل موقع بغداد اليوم عن نائب قوله إن التصويت تأجل.", [("بغداد اليوم", "baghdad_today")]),
    # papers
    ('وقالت مصادر حكومية لـ"النهار" إن الجلسة تأجلت.', [("مصادر حكومية", "anonymous_sources"), ("النهار", "annahar")]),
    ("وقالت صحيفة الشرق الأوسط إن القمة تأجلت إلى الخريف.", [("الشرق الأوسط", "asharq_al_awsat")]),
    ("وكتبت صحيفة القدس العربي أن الاتفاق بات قريبا.", [("القدس العربي", "alquds_alarabi")]),
    ("وذكر موقع العربي الجديد أن الحوار متعثر منذ أسابيع.", [("العربي الجديد", "alaraby")]),
    ("وذكرت الأخبار اللبنانية أن الحكومة ستستقيل قريبا.", [("الأخبار اللبنانية", "al_akhbar")]),
    ("وقالت صحيفة نيويورك تايمز إن الإدارة تدرس الخيارات.", [("نيويورك تايمز", "nyt")]),
    ("وكشفت واشنطن بوست أن الخطة جاهزة منذ أشهر.", [("واشنطن بوست", "wapo")]),
    ("وذكرت صحيفة وول ستريت جورنال أن الشركة ستخفض الوظائف.", [("وول ستريت جورنال", "wsj")]),
    ("وكتبت صحيفة الغارديان أن الحكومة البريطانية قلقة.", [("الغارديان", "guardian")]),
    ("وذكرت صحيفة فايننشال تايمز أن البنك سيرفع الفائدة.", [("فايننشال تايمز", "ft")]),
    ("وأشارت هآرتس إلى أن الجيش رفع جاهزيته.", [("هآرتس", "haaretz")]),
    ("وذكرت صحيفة يديعوت أحرونوت أن الحكومة منقسمة حول الصفقة.", [("يديعوت أحرونوت", "yedioth")]),
    ("وأفاد موقع تايمز أوف إسرائيل بأن المحادثات متوقفة.", [("تايمز أوف إسرائيل", "times_of_israel")]),
    ("وكشف موقع أكسيوس أن البيت الأبيض يدرس الاقتراح.", [("أكسيوس", "axios")]),
    ("وقالت صحيفة بوليتيكو إن الكونغرس سيصوت الأسبوع المقبل.", [("بوليتيكو", "politico")]),
    # think tanks and monitors
    ("وذكر معهد واشنطن في تقرير أن الفصائل توسع نفوذها.", [("معهد واشنطن", "washington_institute")]),
    ("وحذرت مجموعة الأزمات الدولية من انهيار الهدنة.", [("مجموعة الأزمات الدولية", "crisis_group")]),
    ("ورأى مركز كارنيغي أن الإصلاحات متأخرة.", [("كارنيغي", "carnegie")]),
    ("وقالت مؤسسة راند في دراسة إن الجيش يحتاج إلى إصلاح.", [("مؤسسة راند", "rand")]),
    ("وذكر تقرير لمعهد تشاتام هاوس أن الاقتصاد هش.", [("تشاتام هاوس", "chatham_house")]),
    ("وبحسب المرصد السوري لحقوق الإنسان، فإن الغارات استهدفت الريف.", [("المرصد السوري لحقوق الإنسان", "sohr")]),
    ("وأفاد معهد دراسات الحرب بأن القوات تقدمت شرقا.", [("معهد دراسات الحرب", "isw")]),
]


@pytest.mark.parametrize(("text", "expected"), CITED, ids=[f"cited-{i:02d}" for i in range(len(CITED))])
def test_cited_outlets(text: str, expected: list[tuple[str, str]]) -> None:
    _, mentions = _sentence(text)
    assert _cited(mentions) == expected


# --- 4. platforms and statement channels, anonymous formulas ---------------------------------------------------

CHANNELS = [
    ("وكتبت الوزارة عبر حسابها على منصة إكس أن الوضع مستقر.", [("إكس", "x")]),
    ("وقال الوزير عبر حسابه على X إن المحادثات مثمرة.", [("X", "x")]),
    ("وقال الوزير في تغريدة إن بلاده ترفض التدخل.", [("تغريدة", "x")]),
    ("وقال الجيش في تغريدة على منصة “إكس” إن القصف توقف.", [("إكس", "x")]),  # the platform once
    ("ونشرت السفارة بيانا على تويتر تدين الهجوم.", [("تويتر", "x")]),
    ("ونشرت الحركة بيانا عبر قناتها على تلغرام.", [("تلغرام", "telegram")]),
    ("ونشر الجيش مقطعا على تيليغرام يظهر العملية.", [("تيليغرام", "telegram")]),
    ("وكتبت النائبة على صفحتها في فيسبوك أنها ستترشح.", [("فيسبوك", "facebook")]),
    ("ونشرت الفرقة صورة على إنستغرام من الحفل.", [("إنستغرام", "instagram")]),
    ("وبث الحزب خطابه عبر يوتيوب مباشرة.", [("يوتيوب", "youtube")]),
    ("وانتشر المقطع على تيك توك خلال ساعات.", [("تيك توك", "tiktok")]),
    ("وتداول الناشطون رسالة عبر واتساب تدعو إلى الإضراب.", [("واتساب", "whatsapp")]),
    ("وقالت السفارة في بيان إن الرحلات علقت حتى إشعار آخر.", []),  # a statement with no named body
]

ANONYMOUS = [
    ("وقال مصدر مطلع إن الحكومة ستعلن التشكيلة قريبا.", "مصدر مطلع", "anonymous_sources"),
    ("وأكدت مصادر مطلعة أن الاتفاق بات قريبا.", "مصادر مطلعة", "anonymous_sources"),
    ("وقال مصدر أمني إن دورية تعرضت لهجوم قرب الحدود.", "مصدر أمني", "anonymous_sources"),
    ("وذكرت مصادر أمنية عراقية أن خلية إرهابية فككت.", "مصادر أمنية عراقية", "anonymous_sources"),
    ("وأفادت مصادر دبلوماسية بأن الاجتماع تأجل.", "مصادر دبلوماسية", "anonymous_sources"),
    ("وقال مصدر في وزارة الداخلية إن التحقيق مستمر.", "مصدر في وزارة الداخلية", "anonymous_sources"),
    ("وبحسب مصادر محلية، فإن القصف طال منازل المدنيين.", "مصادر محلية", "anonymous_sources"),
    ("ووفقا لمصدر في الحكومة المحلية، فإن المشروع سيكتمل.", "مصدر في الحكومة المحلية", "anonymous_sources"),
    (
        "وبحسب مسؤول رفيع طلب عدم الكشف عن اسمه، فإن الوفد سيصل غدا.",
        "مسؤول رفيع طلب عدم الكشف عن اسمه",
        "anonymous_official",
    ),
    (
        "وقال مسؤول أميركي فضل عدم الكشف عن هويته إن واشنطن قلقة.",
        "مسؤول أميركي فضل عدم الكشف عن هويته",
        "anonymous_official",
    ),
    ("وأكد مسؤول كبير، طلب عدم نشر اسمه، أن المفاوضات فشلت.", "مسؤول كبير، طلب عدم نشر اسمه", "anonymous_official"),
    ("وفق مسؤول أمني، فإن الهجوم أحبط قبل وقوعه.", "مسؤول أمني", "anonymous_official"),
    ("ووفقا لمسؤولين أميركيين، فإن الضربة كانت محدودة.", "مسؤولين أميركيين", "anonymous_official"),
    ("وبحسب مسؤول في وزارة النفط، فإن الصادرات ستزداد.", "مسؤول في وزارة النفط", "anonymous_official"),
    ("ونقلت الصحيفة عن مسؤول رفيع المستوى أن الحكومة ستستقيل.", "مسؤول رفيع المستوى", "anonymous_official"),
]


@pytest.mark.parametrize(("text", "expected"), CHANNELS, ids=[f"channel-{i:02d}" for i in range(len(CHANNELS))])
def test_platforms_and_statement_channels(text: str, expected: list[tuple[str, str]]) -> None:
    _, mentions = _sentence(text)
    platforms = [(m.surface_text, m.source_key) for m in mentions if m.source_kind == "social_platform"]
    assert platforms == expected


@pytest.mark.parametrize(("text", "surface", "key"), ANONYMOUS, ids=[f"anon-{i:02d}" for i in range(len(ANONYMOUS))])
def test_anonymous_formulas(text: str, surface: str, key: str) -> None:
    _, mentions = _sentence(text)
    anonymous = [(m.surface_text, m.source_key) for m in mentions if m.source_kind.startswith("anonymous")]
    assert anonymous == [(surface, key)]


# --- 5. ordinary words that are also names ---------------------------------------------------------------------

NOT_SOURCES = [
    "وتحدث الرئيس باللغة العربية أمام الحضور في القاعة الكبرى.",
    "وترجم الكتاب للعربية قبل عامين على يد أستاذ جامعي.",
    "وتستمر الحرارة المرتفعة طوال النهار في معظم المناطق.",
    "وسار المحتجون في وضح النهار نحو مبنى البلدية.",
    "وتمتد هضبة الأناضول على مساحة واسعة من تركيا.",
    "وسافر الوفد في رحلة للأناضول استمرت أسبوعا.",
    "وأكدت بغداد اليوم أن الانسحاب سيتم وفق الجدول.",
    "وكان الحدث الأبرز هذا الأسبوع افتتاح المعرض.",
    "وأصبح لسانا ناطقا باسم المظلومين في كل مكان.",
    "وبحسب الأخبار الواردة من المدينة، فإن الوضع هادئ.",
    "وقال إن الحكومة غير مسؤولة عن الأزمة وإن المسؤول عنها معروف.",
    "وحمل البيان مسؤول الأمن في المحافظة مسؤولية التقصير.",
    "واستقر سعر الراند مقابل الدولار في التعاملات.",
    "وزار السياح بترا الأثرية رغم الحر الشديد.",
    "وتقع الجزيرة في وسط البحر على بعد أميال من الساحل.",
    "وتعتمد البلاد على مصادر الطاقة المتجددة في الشتاء.",
    "وبقي الطلاب في الشرق الأوسط خلال العطلة الصيفية.",
    "وتابع الناس النشرة المسائية على التلفزيون الرسمي.",
]


@pytest.mark.parametrize("text", NOT_SOURCES, ids=[f"not-{i:02d}" for i in range(len(NOT_SOURCES))])
def test_ordinary_words_are_not_cited(text: str) -> None:
    _, mentions = _sentence(text)
    assert _cited(mentions) == []


# --- the relation column in the raw frame ---------------------------------------------------------------------


def test_source_mentions_frame_carries_the_relation_and_its_schema_checks_it() -> None:
    import pandera.errors
    import polars as pl

    from akhbar.rows import source_rows
    from schemas import SourceMentionsSchema, polars_schema

    page = f"{TITLE} - بوابة الخليج\nنقلا عن صحيفة الأهرام\n{P1}\n{P2}\n{P3}\nبوابة الخليج\n"
    rows = source_rows("a" * 16, _page(page).sources)
    schema = polars_schema(SourceMentionsSchema)
    frame = pl.DataFrame(rows, schema_overrides=schema).select(list(schema))
    SourceMentionsSchema.validate(frame)
    by_role = sorted(zip(frame["role"], frame["relation"], strict=True), key=str)
    assert ("publisher", "aggregator") in by_role and ("publisher", "original") in by_role
    assert all(relation is None for role, relation in by_role if role == "cited")
    assert frame["source_mention_id"].n_unique() == frame.height
    for bad in (
        frame.with_columns(pl.lit("syndicated").alias("relation")),  # not a relation
        frame.with_columns(pl.lit(None, pl.String).alias("relation")),  # a publisher without one
    ):
        with pytest.raises(pandera.errors.SchemaError):
            SourceMentionsSchema.validate(bad)
