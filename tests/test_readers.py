"""Readers: HTML pages and JSON feeds in the styles of real Arabic outlets, and one article in three formats.

Every page here is our own text laid out like a real site's markup: the article must come out
whole (every paragraph), without the site's chrome (menus, related lists, comments, share bars),
with its title / publisher / date / url, and with spans that slice to those texts.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from akhbar.pipeline import parse_draft
from akhbar.readers import READERS, reader_for
from akhbar.readers.base import ReadResult
from akhbar.readers.html import HTML_READER
from akhbar.readers.jsonl import JSONL_READER, parse_date
from akhbar.readers.text import TEXT_READER
from akhbar.records import ArticleDraft


def read(reader, data: bytes) -> ReadResult:
    return reader.read(reader.decode(data).text)


def only_draft(result: ReadResult) -> ArticleDraft:
    assert not result.errors, result.errors
    assert len(result.drafts) == 1, [d.body_text[:80] for _, d in result.drafts]
    return result.drafts[0][1]


def assert_spans(draft: ArticleDraft) -> None:
    """Metadata spans slice body_text to the metadata texts (the offsets invariant)."""
    for value, span in (
        (draft.title, draft.title_span),
        (draft.publisher, draft.publisher_span),
        (draft.published_text, draft.published_span),
    ):
        if value is None:
            assert span is None
        else:
            assert span is not None and draft.body_text[span.start : span.end] == value
    assert "<" not in draft.body_text and ">" not in draft.body_text


def assert_body(draft: ArticleDraft, paragraphs: list[str], absent: list[str]) -> None:
    for paragraph in paragraphs:
        assert paragraph in draft.body_text, f"paragraph lost: {paragraph[:60]}"
    for chrome in absent:
        assert chrome not in draft.body_text, f"chrome kept: {chrome}"


def html_page(*, head: str, body: str, lang: str = "ar") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}" dir="rtl">\n<head>\n{head}\n</head>\n<body>\n{body}\n</body>\n</html>\n'
    )


def paragraphs_html(paragraphs: list[str]) -> str:
    return "\n".join(f"<p>{p}</p>" for p in paragraphs)


# ---------------------------------------------------------------------------------------------
# HTML pages in the styles of several outlets
# ---------------------------------------------------------------------------------------------

JAZEERA_TITLE = "مجلس الأمن يمدد مهمة البعثة الأممية في ليبيا عاما إضافيا"
JAZEERA_PARAS = [
    "صوّت مجلس الأمن الدولي، مساء الثلاثاء، على تمديد مهمة بعثة الأمم المتحدة للدعم في ليبيا حتى 31 أكتوبر 2026.",
    "وقال المندوب الليبي لدى الأمم المتحدة إن بلاده ترحب بالقرار، مشيرا إلى أن نحو 1.5 مليون ليبي ينتظرون الانتخابات.",
    "وأيدت القرار 13 دولة، في حين امتنعت دولتان عن التصويت.",
    "ووفق بيان البعثة، فإن ميزانيتها للعام المقبل تبلغ 82 مليون دولار.",
]
JAZEERA_CHROME = [
    "الرئيسية",
    "سياسة",
    "رياضة",
    "البرلمان يناقش قانون الموازنة",
    "ارتفاع أسعار النفط",
    "التعليقات",
    "قرار متأخر جدا",
    "حبرا على ورق",
    "جميع الحقوق محفوظة",
]
JAZEERA = html_page(
    head=f"""<meta charset="utf-8">
<title>{JAZEERA_TITLE} | الجزيرة نت</title>
<link rel="canonical" href="https://www.aljazeera.net/news/2025/10/1/un-libya-mission">
<meta property="og:site_name" content="الجزيرة نت">
<meta property="og:title" content="{JAZEERA_TITLE}">
<meta property="article:published_time" content="2025-10-01T09:30:00+03:00">""",
    body=f"""<header><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/news">أخبار</a></li>
<li><a href="/politics">سياسة</a></li><li><a href="/sport">رياضة</a></li></ul></nav></header>
<main>
<article>
<h1>{JAZEERA_TITLE}</h1>
<div class="article-dates"><span>1/10/2025</span></div>
<div class="wysiwyg wysiwyg--all-content">
{paragraphs_html(JAZEERA_PARAS)}
</div>
<section class="comments" id="comments"><h3>التعليقات</h3>
<div class="comment"><p>أحمد: هذا قرار متأخر جدا ولن يغير شيئا على الأرض في رأيي المتواضع.</p></div>
<div class="comment"><p>سارة: نتمنى أن تنفذ الخطة فعلا وأن لا تبقى حبرا على ورق كما جرى سابقا.</p></div>
</section>
</article>
<aside class="related"><h3>مقالات ذات صلة</h3><ul>
<li><a href="/a">البرلمان يناقش قانون الموازنة الجديدة للعام المقبل</a></li>
<li><a href="/b">ارتفاع أسعار النفط في الأسواق العالمية اليوم</a></li></ul></aside>
</main>
<footer><p>جميع الحقوق محفوظة © 2025 الجزيرة</p></footer>""",
)

ARABIYA_TITLE = "الاقتصاد السعودي ينمو 4.4% في الربع الأخير من 2024"
ARABIYA_PARAS = [
    "أعلنت الهيئة العامة للإحصاء في السعودية، الثلاثاء، أن الناتج المحلي الإجمالي نما بنسبة 4.4% في الربع الرابع"
    " من عام 2024 مقارنة بالفترة نفسها من العام السابق.",
    "وأوضحت الهيئة في بيان أن الأنشطة غير النفطية سجلت نموا بنحو 4.6%، بينما ارتفعت الأنشطة النفطية بنسبة 3.4%.",
    "وقال وزير الاقتصاد فيصل الإبراهيم: «نتوقع أن يتجاوز النمو 4% خلال العام الجاري».",
]
ARABIYA_CHROME = ["شارك", "فيسبوك", "كلمات دلالية", "الأكثر قراءة", "سعر الذهب اليوم"]
ARABIYA = html_page(
    head=f"""<meta charset="utf-8">
<title>{ARABIYA_TITLE} | العربية</title>
<meta property="og:type" content="article">
<meta property="og:title" content="{ARABIYA_TITLE}">
<meta property="og:url" content="https://www.alarabiya.net/aswaq/economy/2025/03/04/saudi-gdp">
<meta property="og:site_name" content="العربية">
<meta name="description" content="نما الاقتصاد السعودي 4.4% في الربع الأخير">""",
    body=f"""<div class="header-menu"><a href="/">الرئيسية</a> <a href="/aswaq">أسواق</a>
<a href="/sport">رياضة</a></div>
<article class="article">
<h1 class="headingInfo_title">{ARABIYA_TITLE}</h1>
<div class="source">دبي - العربية.نت</div>
<time class="timeDate_element" datetime="2025-03-04T10:00:00Z">نشر في: 04 مارس 2025</time>
<div id="body-text" class="body-text">
{paragraphs_html(ARABIYA_PARAS)}
</div>
<div class="shareBar"><span>شارك</span> <a>فيسبوك</a> <a>تويتر</a> <a>واتساب</a></div>
<div class="tags">كلمات دلالية: السعودية، الاقتصاد، النفط</div>
</article>
<aside><h2>الأكثر قراءة</h2><ul><li><a href="/x">سعر الذهب اليوم في الأسواق الخليجية يرتفع</a></li></ul></aside>""",
)

YOUM7_TITLE = "وزير المالية: خفض العجز إلى 6% من الناتج المحلي العام المقبل"
YOUM7_PARAS = [
    "أكد وزير المالية أحمد كجوك، اليوم الاثنين، أن الحكومة تستهدف خفض عجز الموازنة إلى 6% من الناتج المحلي"
    " خلال العام المالي المقبل.",
    "وأضاف الوزير، خلال مؤتمر صحفي بالقاهرة، أن الإيرادات الضريبية ارتفعت بنحو 35% خلال 8 أشهر.",
    "وأشار إلى أن الحكومة سددت أكثر من 3 مليارات دولار من أقساط الديون منذ يناير 2025.",
]
YOUM7_CHROME = ["أخبار عاجلة", "اقتصاد وبورصة", "اضف تعليقك", "مصطفى", "هذا الكلام غير دقيق"]
YOUM7 = html_page(
    head=f"""<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">
<title>{YOUM7_TITLE} - اليوم السابع</title>""",
    body=f"""<div class="logo"><a href="/">اليوم السابع</a></div>
<ul class="menu"><li>أخبار عاجلة</li><li>سياسة</li><li>اقتصاد وبورصة</li><li>رياضة</li></ul>
<div class="articleCont">
<h1>{YOUM7_TITLE}</h1>
<div class="writeBy">كتب محمد أحمد</div>
<span class="newsStoryDate">الإثنين، 03 مارس 2025 10:00 ص</span>
<div id="articleBody">
{paragraphs_html(YOUM7_PARAS)}
</div>
<div class="commentsBox"><h3>اضف تعليقك</h3>
<div class="commentItem"><b>مصطفى</b><p>هذا الكلام غير دقيق والأسعار ما زالت ترتفع كل يوم في الأسواق.</p></div>
</div>
</div>""",
)

ANNAHAR_TITLE = "الحكومة اللبنانية تقر خطة الكهرباء الجديدة بكلفة 300 مليون دولار"
ANNAHAR_PARAS = [
    "بيروت - «النهار»: أقر مجلس الوزراء اللبناني، في جلسته أمس، خطة جديدة لقطاع الكهرباء تمتد حتى عام 2028.",
    "وقال وزير الطاقة إن الخطة ستؤمن 16 ساعة تغذية يوميا على الأقل بحلول نهاية العام الجاري.",
    "ونقلت «النهار» عن مصادر وزارية أن البنك الدولي سيساهم بنحو 250 مليون دولار من الكلفة الإجمالية.",
    "وكانت الحكومة قد وعدت في شباط 2025 بإصلاح القطاع خلال ستة أشهر.",
]
ANNAHAR_CHROME = [
    "اقرأ أيضا",
    "أسعار المحروقات ترتفع",
    "الجيش ينتشر في الجنوب",
    "شارك المقال",
    "واتساب",
    "الأكثر قراءة",
]
ANNAHAR = html_page(
    head=f"""<meta charset="UTF-8">
<title>{ANNAHAR_TITLE} | النهار</title>
<link rel="canonical" href="https://www.annahar.com/lebanon/politics/150211/electricity-plan">
<script type="application/ld+json">{
        json.dumps(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": ANNAHAR_TITLE,
                "datePublished": "2025-02-12T08:00:00+02:00",
                "publisher": {"@type": "Organization", "name": "النهار"},
            },
            ensure_ascii=False,
        )
    }</script>""",
    body=f"""<nav class="main-nav"><a>لبنان</a> <a>العالم العربي</a> <a>اقتصاد</a></nav>
<div class="article-wrapper">
<h1 class="article-title">{ANNAHAR_TITLE}</h1>
<div class="article-body">
<p>{ANNAHAR_PARAS[0]}</p>
<p>{ANNAHAR_PARAS[1]}</p>
<div class="read-also"><p><strong>اقرأ أيضا</strong></p><ul>
<li><a href="/1">أسعار المحروقات ترتفع مجددا في لبنان</a></li>
<li><a href="/2">الجيش ينتشر في الجنوب بعد الانسحاب</a></li></ul></div>
<p>{ANNAHAR_PARAS[2]}</p>
<p>{ANNAHAR_PARAS[3]}</p>
</div>
<div class="share-bar">شارك المقال: فيسبوك تويتر واتساب</div>
</div>
<div class="most-read"><h3>الأكثر قراءة</h3><ul><li>خبر آخر لا علاقة له بالمقال المنشور هنا</li></ul></div>""",
)

HESPRESS_TITLE = "المغرب يطلق برنامجا لدعم السكن بقيمة 9 مليارات درهم"
HESPRESS_PARAS = [
    "الرباط - أعلنت الحكومة المغربية، يوم الخميس، عن برنامج جديد لدعم السكن يستفيد منه نحو 100 ألف أسرة سنويا.",
    "وقال الناطق الرسمي باسم الحكومة إن البرنامج سيمتد حتى نهاية عام 2028.",
    "وأوضح أن قيمة الدعم تتراوح بين 70 ألفا و100 ألف درهم للأسرة الواحدة.",
    "وكانت وزارة الإسكان قد أعلنت في يناير 2025 عن دراسة شملت أكثر من 20 مدينة.",
    "وبحسب المندوبية السامية للتخطيط، فإن العجز في السكن يبلغ حوالي 400 ألف وحدة.",
]
HESPRESS_CHROME = ["اقرأ أيضا", "أسعار المحروقات", "فيسبوك", "التعليقات", "متى سيصل", "لا أظن"]
# A flat layout: paragraphs, a "read also" list, the share bar and the comments share one <div>;
# trafilatura keeps the "اقرأ أيضا" heading, the share bar and the comment thread here.
HESPRESS = html_page(
    head=f"""<meta charset="iso-8859-6">
<title>{HESPRESS_TITLE} - هسبريس</title>
<meta name="date" content="2025-01-16">""",
    body=f"""<div class="menu">الرئيسية سياسة اقتصاد مجتمع رياضة</div>
<div id="content"><h1>{HESPRESS_TITLE}</h1>
<p>{HESPRESS_PARAS[0]}</p>
<div>{HESPRESS_PARAS[1]}</div><div>{HESPRESS_PARAS[2]}</div>
<p>اقرأ أيضا:</p><ul><li><a href="/a">أسعار المحروقات تنخفض في محطات الوقود المغربية</a></li>
<li><a href="/b">الأمطار تعود إلى شمال المملكة</a></li></ul>
<p>{HESPRESS_PARAS[3]}</p><p>{HESPRESS_PARAS[4]}</p>
<p>شارك هذا المقال: فيسبوك تويتر واتساب</p>
<h3>التعليقات (2)</h3>
<p>سعيد: متى سيصل هذا الدعم إلى القرى والمناطق البعيدة عن المدن الكبرى؟</p>
<p>نادية: لا أظن أن شيئا سيتغير على الأرض في السنوات المقبلة.</p>
</div>
<div class="footer-logo">هسبريس</div>""",
)

HTML_CASES = {
    "aljazeera-nav-related-comments": (
        JAZEERA.encode("utf-8"),
        JAZEERA_TITLE,
        "الجزيرة نت",
        date(2025, 10, 1),
        "https://www.aljazeera.net/news/2025/10/1/un-libya-mission",
        JAZEERA_PARAS,
        JAZEERA_CHROME,
        "utf-8",
    ),
    "alarabiya-og-time-sharebar": (
        ARABIYA.encode("utf-8"),
        ARABIYA_TITLE,
        "العربية",
        date(2025, 3, 4),
        "https://www.alarabiya.net/aswaq/economy/2025/03/04/saudi-gdp",
        ARABIYA_PARAS,
        ARABIYA_CHROME,
        "utf-8",
    ),
    "youm7-windows-1256-http-equiv": (
        YOUM7.encode("cp1256"),
        YOUM7_TITLE,
        "اليوم السابع",
        date(2025, 3, 3),
        None,
        YOUM7_PARAS,
        YOUM7_CHROME,
        "windows-1256",
    ),
    "annahar-readalso-jsonld": (
        ANNAHAR.encode("utf-8"),
        ANNAHAR_TITLE,
        "النهار",
        date(2025, 2, 12),
        "https://www.annahar.com/lebanon/politics/150211/electricity-plan",
        ANNAHAR_PARAS,
        ANNAHAR_CHROME,
        "utf-8",
    ),
    "hespress-flat-iso-8859-6-comments-kept": (
        HESPRESS.encode("iso-8859-6"),
        HESPRESS_TITLE,
        "هسبريس",
        date(2025, 1, 16),
        None,
        HESPRESS_PARAS,
        HESPRESS_CHROME,
        "iso-8859-6",
    ),
}


@pytest.mark.parametrize(
    ("data", "title", "publisher", "published", "url", "paragraphs", "chrome", "encoding"),
    list(HTML_CASES.values()),
    ids=list(HTML_CASES),
)
def test_html_page(data, title, publisher, published, url, paragraphs, chrome, encoding):
    decoded = HTML_READER.decode(data)
    assert decoded.encoding == encoding
    draft = only_draft(HTML_READER.read(decoded.text))
    assert (draft.title, draft.publisher, draft.published_date, draft.url) == (title, publisher, published, url)
    assert_spans(draft)
    assert_body(draft, paragraphs, chrome)
    parsed = parse_draft(draft)
    assert {s.kind for s in parsed.sentences if title in s.text} == {"title"}


# ---------------------------------------------------------------------------------------------
# One article, three formats: .txt page, .html page, .jsonl record -> the same extractions
# ---------------------------------------------------------------------------------------------

SHARED_TITLE = "العراق يعلن خطة لسحب القوات الأجنبية بحلول نهاية 2026"
SHARED_PARAS = [
    "بغداد – أعلنت وزارة الخارجية العراقية، يوم الأربعاء، أن الحكومة أقرت خطة لسحب نحو 2500 جندي أجنبي من البلاد"
    " على مرحلتين.",
    "ونقلت وكالة رويترز عن مسؤول أميركي كبير قوله إن الولايات المتحدة ستخفض عدد قواتها إلى أقل من 500 جندي"
    " بنهاية سبتمبر 2026.",
    'وقال المتحدث باسم الحكومة باسم العوادي: "سننهي مهمة التحالف الدولي في موعد أقصاه نهاية أيلول 2026".',
    "وأضاف أن الخطة تشمل أكثر من 12 قاعدة عسكرية منذ عام 2014، وبكلفة تقارب 40 مليون دولار.",
    "وبحسب وكالة الأنباء العراقية (واع)، فإن المرحلة الأولى ستبدأ في 15 كانون الثاني 2026.",
    "وكانت الحكومة قد أعلنت العام الماضي عن مفاوضات مع واشنطن شارك فيها 3 وفود رسمية.",
]
SHARED_CHROME = [
    "الرئيسية",
    "شارك هذا المقال",
    "مقالات ذات صلة",
    "البرلمان يصوت على قانون الانتخابات",
    "التعليقات",
    "خطوة في الاتجاه الصحيح",
    "جميع الحقوق محفوظة",
]

SHARED_TXT = "\n".join(
    [
        "الرئيسية أخبار سياسة اقتصاد رياضة",
        SHARED_TITLE,
        "نيوزاليست",
        "الأربعاء، 1 أكتوبر 2025",
        "",
        *SHARED_PARAS,
        "",
        "شارك هذا المقال",
        "مقالات ذات صلة",
        "البرلمان يصوت على قانون الانتخابات الجديد في جلسة طارئة",
        "جميع الحقوق محفوظة لنيوزاليست 2025",
    ]
)

# Lead paragraph in its own block (trafilatura drops such leads on some layouts) and a comment
# thread inside the article container, without a class that names it.
SHARED_HTML = html_page(
    head=f"""<meta charset="utf-8">
<title>{SHARED_TITLE} - نيوزاليست</title>
<meta property="og:site_name" content="نيوزاليست">
<meta property="og:url" content="https://newsalist.net/news/iraq-withdrawal-plan">
<meta property="og:title" content="{SHARED_TITLE}">
<meta property="article:published_time" content="2025-10-01T07:25:00+03:00">""",
    body=f"""<header><nav><a href="/">الرئيسية</a> <a href="/politics">سياسة</a>
<a href="/eco">اقتصاد</a></nav></header>
<div class="post">
<h1 class="post-title">{SHARED_TITLE}</h1>
<div class="post-meta"><span class="author">نيوزاليست</span>
<time datetime="2025-10-01T07:25:00+03:00">الأربعاء، 1 أكتوبر 2025</time></div>
<div class="post-lead"><p><strong>{SHARED_PARAS[0]}</strong></p></div>
<div class="post-content">
{paragraphs_html(SHARED_PARAS[1:])}
<div class="share"><span>شارك هذا المقال</span> <a>فيسبوك</a> <a>تويتر</a></div>
<div class="post-comments"><h4>التعليقات</h4>
<p>علي: خطوة في الاتجاه الصحيح لكنها جاءت متأخرة جدا بحسب رأيي.</p></div>
</div>
<div class="related"><h3>مقالات ذات صلة</h3><ul><li><a href="/r1">البرلمان يصوت على قانون الانتخابات الجديد</a></li>
</ul></div>
</div>
<footer>جميع الحقوق محفوظة لنيوزاليست 2025</footer>""",
)

SHARED_JSONL = (
    json.dumps(
        {
            "url": "https://newsalist.net/news/iraq-withdrawal-plan",
            "title": SHARED_TITLE,
            "date": "2025-10-01T07:25:00+03:00",
            "outlet": "نيوزاليست",
            "text": "\n\n".join(SHARED_PARAS),
        },
        ensure_ascii=False,
    )
    + "\n"
)


def extractions(draft: ArticleDraft) -> dict[str, object]:
    parsed = parse_draft(draft, 0)
    kinds = {s.sentence_index: s.kind for s in parsed.sentences}
    return {
        "statements": [
            (s.speaker_canonical, s.verb_text, s.content_text, s.is_direct_quote, s.via_source_key)
            for s in parsed.statements
        ],
        "numbers": [(n.value, n.unit, n.qualifier) for n in parsed.numbers],
        "dates": [
            (d.date_value, d.granularity, d.qualifier) for d in parsed.dates if kinds[d.sentence_index] == "body"
        ],
        "header_dates": [(d.date_value, d.granularity) for d in parsed.dates if kinds[d.sentence_index] != "body"],
        "sources": [(s.source_key, s.role) for s in parsed.sources],
        "meta": (draft.title, draft.publisher, draft.published_date),
    }


@pytest.fixture(scope="module")
def shared_drafts() -> dict[str, ArticleDraft]:
    return {
        "txt": only_draft(read(TEXT_READER, SHARED_TXT.encode("utf-8"))),
        "html": only_draft(read(HTML_READER, SHARED_HTML.encode("utf-8"))),
        "jsonl": only_draft(read(JSONL_READER, SHARED_JSONL.encode("utf-8"))),
    }


def test_same_article_in_three_formats_gives_the_same_extractions(shared_drafts):
    found = {fmt: extractions(draft) for fmt, draft in shared_drafts.items()}
    assert found["txt"]["meta"] == (SHARED_TITLE, "نيوزاليست", date(2025, 10, 1))
    for fmt in ("html", "jsonl"):
        for key in ("meta", "statements", "numbers", "dates", "sources"):
            assert found[fmt][key] == found["txt"][key], (fmt, key)
    # the dateline differs in wording ("الأربعاء، 1 أكتوبر 2025" / "2025-10-01") but not in value
    assert (
        found["txt"]["header_dates"]
        == found["html"]["header_dates"]
        == found["jsonl"]["header_dates"]
        == [("2026", "year"), ("2025-10-01", "day")]
    )
    # and what the test compares is not empty
    assert len(found["txt"]["statements"]) >= 3 and len(found["txt"]["numbers"]) >= 5
    assert len(found["txt"]["dates"]) >= 5 and ("reuters", "cited") in found["txt"]["sources"]


@pytest.mark.parametrize("fmt", ["txt", "html", "jsonl"])
def test_same_article_body_and_spans(shared_drafts, fmt):
    draft = shared_drafts[fmt]
    assert_spans(draft)
    assert_body(draft, SHARED_PARAS, SHARED_CHROME)
    body_lines = [ln for ln in draft.body_text.split("\n") if ln.strip()]
    assert body_lines[-len(SHARED_PARAS) :] == SHARED_PARAS
    assert draft.url == (None if fmt == "txt" else "https://newsalist.net/news/iraq-withdrawal-plan")


# ---------------------------------------------------------------------------------------------
# HTML decoding: BOM, then the declared charset, then akhbar's detection
# ---------------------------------------------------------------------------------------------

_ARTICLE = "<p>أعلنت وزارة الصحة، يوم الاثنين، تسجيل 25 إصابة جديدة في العاصمة خلال يومين.</p>"


@pytest.mark.parametrize(
    ("declaration", "codec", "expected"),
    [
        ('<meta charset="windows-1256">', "cp1256", "windows-1256"),
        ("<meta charset=cp1256>", "cp1256", "windows-1256"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">', "cp1256", "windows-1256"),
        ("<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=ISO-8859-6'>", "iso8859_6", "iso-8859-6"),
        ('<meta charset="utf-8">', "utf-8", "utf-8"),
        ("", "cp1256", "windows-1256"),  # no declaration: akhbar's detection
        ('<meta charset="windows-1256">', "utf-8", "utf-8"),  # declared legacy, served as UTF-8
        ('<meta charset="utf-8">', "cp1256", "windows-1256"),  # declared utf-8 that is not: detection
    ],
    ids=[
        "meta-charset",
        "meta-charset-unquoted",
        "http-equiv",
        "http-equiv-iso-8859-6-caps",
        "utf-8",
        "undeclared",
        "declared-1256-but-utf8",
        "declared-utf8-but-1256",
    ],
)
def test_html_decode_declared_charset(declaration, codec, expected):
    page = f"<html><head>{declaration}<title>خبر</title></head><body>{_ARTICLE}</body></html>"
    decoded = HTML_READER.decode(page.encode(codec))
    assert decoded.encoding == expected
    assert "وزارة الصحة" in decoded.text


def test_html_decode_bom_wins_over_declaration():
    page = f'<html><head><meta charset="windows-1256"></head><body>{_ARTICLE}</body></html>'
    decoded = HTML_READER.decode(b"\xef\xbb\xbf" + page.encode("utf-8"))
    assert decoded.encoding == "utf-8-sig" and "وزارة الصحة" in decoded.text


# ---------------------------------------------------------------------------------------------
# HTML: fallbacks to akhbar's own rules
# ---------------------------------------------------------------------------------------------


def test_html_bare_page_header_lines_become_metadata():
    """A page of <br>-separated lines: the menu above the headline goes, the outlet and date lines are metadata."""
    page = (
        "<html><body><div>"
        + "<br>".join(
            [
                "الرئيسية أخبار سياسة",
                SHARED_TITLE,
                "نيوزاليست",
                "الأربعاء، 1 أكتوبر 2025",
                *SHARED_PARAS,
            ]
        )
        + "</div></body></html>"
    )
    draft = only_draft(read(HTML_READER, page.encode("utf-8")))
    assert (draft.title, draft.publisher, draft.published_date) == (SHARED_TITLE, "نيوزاليست", date(2025, 10, 1))
    assert_spans(draft)
    assert_body(draft, SHARED_PARAS, ["الرئيسية"])


def test_html_falls_back_to_text_rules_when_trafilatura_finds_nothing(monkeypatch):
    """No article text from trafilatura: akhbar's page rules cut the page; the markup's metadata fills the gaps."""
    import akhbar.readers.html as html_reader

    found = html_reader.Extracted(
        title="عنوان من الوسم", sitename="نيوزاليست", date="2025-10-01", url="https://newsalist.net/a"
    )
    monkeypatch.setattr(html_reader, "extract", lambda html: found)
    page = "<html><body><div>" + "<br>".join([*SHARED_PARAS, "شارك هذا المقال"]) + "</div></body></html>"
    draft = only_draft(read(HTML_READER, page.encode("utf-8")))
    assert (draft.title, draft.publisher, draft.published_date, draft.published_text, draft.url) == (
        "عنوان من الوسم",
        "نيوزاليست",
        date(2025, 10, 1),
        "2025-10-01",
        "https://newsalist.net/a",
    )
    assert_spans(draft)
    assert_body(draft, SHARED_PARAS, ["شارك هذا المقال"])


def test_html_publisher_and_date_from_the_text_when_the_markup_has_none():
    page = html_page(
        head="<meta charset='utf-8'><title>خبر</title>",
        body=f"""<article><h1>{SHARED_TITLE}</h1>
<div class="byline">بغداد - المسلة</div><div class="date">الأربعاء، 1 أكتوبر 2025</div>
{paragraphs_html(SHARED_PARAS)}</article>""",
    )
    draft = only_draft(read(HTML_READER, page.encode("utf-8")))
    assert draft.publisher == "المسلة"
    assert (draft.published_date, draft.published_text) == (date(2025, 10, 1), "الأربعاء، 1 أكتوبر 2025")
    assert draft.url is None
    assert_spans(draft)
    assert_body(draft, SHARED_PARAS, ["بغداد - المسلة"])


def test_html_without_any_article_text_gives_no_article():
    page = "<html><head><title>404</title></head><body><nav>Home</nav><p>Page not found</p></body></html>"
    assert read(HTML_READER, page.encode("utf-8")).drafts == []


# ---------------------------------------------------------------------------------------------
# JSON lines and JSON files
# ---------------------------------------------------------------------------------------------

SCRAPY_RECORDS = [  # a scraping framework's items: url, title, date, text
    {
        "url": "https://www.aljazeera.net/news/2025/10/1/un-libya-mission",
        "title": JAZEERA_TITLE,
        "date": "2025-10-01",
        "text": "\n".join(JAZEERA_PARAS),
    },
    {
        "url": "https://www.alarabiya.net/aswaq/economy/2025/03/04/saudi-gdp",
        "title": ARABIYA_TITLE,
        "date": "2025-03-04T10:00:00Z",
        "site_name": "العربية",
        "text": "\n\n".join(ARABIYA_PARAS),
    },
]
FEED_RECORD = {  # a feed reader's entry: link, headline, RFC 822 date, content, source {name}
    "link": "https://www.youm7.com/story/2025/3/3/finance",
    "headline": YOUM7_TITLE,
    "published": "Mon, 03 Mar 2025 08:00:00 GMT",
    "content": "\n".join(YOUM7_PARAS),
    "source": {"name": "اليوم السابع", "url": "https://www.youm7.com"},
}
HTML_RECORD = {  # a crawler that saved the page: html instead of text; its own fields win
    "url": "https://www.annahar.com/150211",
    "html": ANNAHAR,
    "outlet": "النهار العربي",
    "pubDate": "2025-02-13",
}


def test_jsonl_records_in_several_styles():
    lines = [json.dumps(r, ensure_ascii=False) for r in (*SCRAPY_RECORDS, FEED_RECORD, HTML_RECORD)]
    result = read(JSONL_READER, ("\n".join(lines) + "\n").encode("utf-8"))
    assert not result.errors
    assert [index for index, _ in result.drafts] == [0, 1, 2, 3]
    drafts = [draft for _, draft in result.drafts]
    metas = [(d.title, d.publisher, d.published_date, d.published_text, d.url) for d in drafts]
    assert metas == [
        (JAZEERA_TITLE, None, date(2025, 10, 1), "2025-10-01", SCRAPY_RECORDS[0]["url"]),
        (ARABIYA_TITLE, "العربية", date(2025, 3, 4), "2025-03-04T10:00:00Z", SCRAPY_RECORDS[1]["url"]),
        (YOUM7_TITLE, "اليوم السابع", date(2025, 3, 3), "2025-03-03", FEED_RECORD["link"]),
        (ANNAHAR_TITLE, "النهار العربي", date(2025, 2, 13), "2025-02-13", HTML_RECORD["url"]),
    ]
    for draft, (paragraphs, chrome) in zip(
        drafts,
        [(JAZEERA_PARAS, []), (ARABIYA_PARAS, []), (YOUM7_PARAS, []), (ANNAHAR_PARAS, ANNAHAR_CHROME)],
        strict=True,
    ):
        assert_spans(draft)
        assert_body(draft, paragraphs, chrome)


def test_jsonl_text_is_the_body_as_it_stands():
    """A record's text is not run through the chrome rules or split: a line like "اقرأ أيضا" stays."""
    text = "\n".join([*SHARED_PARAS[:2], "اقرأ أيضا: عنوان مقال آخر", *SHARED_PARAS[2:]])
    draft = only_draft(read(JSONL_READER, json.dumps({"text": text}, ensure_ascii=False).encode("utf-8")))
    assert draft.body_text == text
    assert (draft.title, draft.publisher, draft.published_date, draft.url) == (None, None, None, None)


def test_jsonl_text_with_markup_is_reduced_to_text():
    record = {"title": SHARED_TITLE, "content": "".join(f"<p>{p}</p>" for p in SHARED_PARAS)}
    draft = only_draft(read(JSONL_READER, json.dumps(record, ensure_ascii=False).encode("utf-8")))
    assert_spans(draft)
    assert [ln for ln in draft.body_text.split("\n")[1:] if ln] == SHARED_PARAS


BAD_JSONL = (
    "\n".join(
        [
            json.dumps({"title": "خبر أول", "text": JAZEERA_PARAS[0]}, ensure_ascii=False),
            '{"title": "خبر مقطوع", "text": "أعلنت',  # invalid JSON (a line cut by the scraper)
            "",
            json.dumps({"title": "بلا نص", "url": "https://example.com/x"}, ensure_ascii=False),  # no text/html
            json.dumps([{"text": ARABIYA_PARAS[0]}], ensure_ascii=False),  # an array, not an object
            json.dumps({"headline": "خبر أخير", "body": ARABIYA_PARAS[1]}, ensure_ascii=False),
        ]
    )
    + "\n"
)


def test_jsonl_bad_lines_are_reported_and_the_others_load():
    result = read(JSONL_READER, BAD_JSONL.encode("utf-8"))
    assert [(i, d.title) for i, d in result.drafts] == [(0, "خبر أول"), (5, "خبر أخير")]
    assert [e.where for e in result.errors] == ["line 2", "line 4", "line 5"]
    assert result.errors[0].reason.startswith("invalid JSON: ")
    assert result.errors[1].reason == "record has no text or html field (keys: title, url)"
    assert result.errors[2].reason == "not a JSON object but a JSON array"


def test_json_array_file():
    records = [*SCRAPY_RECORDS, {"title": "بلا نص"}, FEED_RECORD]
    result = read(JSONL_READER, json.dumps(records, ensure_ascii=False, indent=2).encode("utf-8"))
    assert [(i, d.title) for i, d in result.drafts] == [(0, JAZEERA_TITLE), (1, ARABIYA_TITLE), (3, YOUM7_TITLE)]
    assert [str(e) for e in result.errors] == ["record 3: record has no text or html field (keys: title)"]


def test_json_single_object_file():
    data = json.dumps(FEED_RECORD, ensure_ascii=False, indent=2).encode("utf-8")
    draft = only_draft(read(JSONL_READER, data))
    assert (draft.title, draft.publisher) == (YOUM7_TITLE, "اليوم السابع")


def test_json_file_that_is_not_json():
    cut = '[{"title": "خبر", "text": "أعلنت الوزارة أمس عن خطة جديدة للنقل العام"'  # a file cut mid-array
    result = read(JSONL_READER, cut.encode("utf-8"))
    assert result.drafts == []
    assert [e.where for e in result.errors] == ["file"] and result.errors[0].reason.startswith("invalid JSON: ")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-10-01", date(2025, 10, 1)),
        ("2025-10-01T23:30:00+03:00", date(2025, 10, 1)),
        ("2025-10-01 07:25:00", date(2025, 10, 1)),
        ("Tue, 04 Mar 2025 10:00:00 GMT", date(2025, 3, 4)),
        ("Tue, 04 Mar 2025 10:00:00 +0300", date(2025, 3, 4)),
        ("04/03/2025", date(2025, 3, 4)),
        ("not a date", None),
        ("", None),
        (None, None),
    ],
    ids=[
        "iso-date",
        "iso-datetime-offset",
        "iso-space",
        "rfc822-gmt",
        "rfc822-offset",
        "day-first",
        "junk",
        "empty",
        "null",
    ],
)
def test_feed_dates(value, expected):
    assert parse_date(value) == expected


def test_registry():
    for suffix in (".html", ".htm"):
        assert READERS[suffix] is HTML_READER
    for suffix in (".jsonl", ".ndjson", ".json"):
        assert READERS[suffix] is JSONL_READER
    assert reader_for("page.HTML") is HTML_READER and reader_for("x.txt") is TEXT_READER
