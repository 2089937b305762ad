"""Synthetic corpus of scraped Arabic news pages, for the scale benchmark.

    python benchmarks/corpus_gen.py OUT_DIR --n 1000 [--seed S] [--start K] [--verify]

Why: the five seeds are far too few to measure throughput at 10^4-10^5 files, and copies of
them would make every article a near-duplicate of every other (which skews the syndication
step and the caches). This module writes N raw files that look like the seeds -- news on
politics, security and conflict in Iraq, Syria and the region, wrapped in page chrome -- but
whose articles are built from many sentence templates with random slots, so two files share
few word 5-grams.

Determinism: file ``i`` depends only on ``(seed, i)`` (every draw comes from
``random.Random(f"{seed}:{i}:...")``, plus per-seed pools), so ``--start`` adds NEW distinct
files to a corpus later. ``render_page`` also returns the ground truth (kind, encoding, title,
date, prose paragraphs); ``--verify`` runs ``orchestration.corpus.scan_files``/``parse_files``
over the folder and compares.

Speed (100,000 files must take well under a minute on one core): ``random.choice`` and friends
are replaced by cheaper equivalents, and 80% of the statements, clauses, narrative sentences
and quotes come from pools of ~6,000-12,000 filled templates drawn once per seed (``_pools``);
the rest, the speakers, dates, headlines and the page chrome are drawn per file. A file draws
~13 pooled statements out of 12,000, so a given one appears in ~0.1% of the files: random pairs
of articles still share almost no 5-grams (mean Jaccard ~0.01).

The mix, per file:

- **kind**: ~1% bad files (``BAD_KINDS``: empty, random bytes, a PNG/gzip header, UTF-16 cut in
  the middle of a surrogate pair, a page of chrome with no article, UTF-8 with stray
  windows-1256 bytes) -- each is quarantined by the pipeline, at decode or at split; ~8% two
  articles on one page (a "إقرأ أيضاً:" marker followed by a headline, a date line or a dateline
  "بغداد/المسلة:" and prose: the layout ``akhbar.articles`` splits, as in seed 002); ~2.5%
  syndicated copies (the article body of an earlier single-article file ``j < i`` re-published
  under another site's chrome, the dateline swapped, sometimes a credit line added); the rest
  one article;
- **encoding** of good files: UTF-8 70%, UTF-8 with BOM 10%, windows-1256 12% (characters cp1256
  lacks, such as Arabic-Indic digits, are written as their ASCII equivalents), UTF-16 with BOM 8%;
  a few pages use CRLF line ends;
- **size**: a log-normal target (median 4 KB, most pages 2-10 KB) clipped to [1 KB, 60 KB] of
  encoded bytes; body paragraphs are added until the target is reached;
- **layout**: seven page templates modelled on the seeds (a portal page with menu, title, site
  and date lines; an "بغداد/المسلة:" page; an aggregator page "title - site" with "X (لبنان) 0
  تعليق"; a lead paragraph before its headline with a table and bullets; a bare page without
  title; a wire page "بغداد (رويترز) -" with byline; a euronews-like page with "اعلان" lines and a
  glued footer), with varied chrome: menus (glued, one per line, spaced, or "a | b | c"),
  breadcrumbs, share bars, tag lines, comment counters, related lists, ads, footers, and inside
  the body subheadings, bullets, a markdown-ish table, photo captions, "اعلان" lines and an
  inline "اقرأ أيضا: <headline>" link;
- **text**: statements with 20 reporting verbs in both genders, named, institutional and
  anonymous speakers, relayed ("نقلت وكالة ... عن ... قوله إن"), nominal ("وبحسب ...، فإن"),
  implicit ("وأضاف أن") and direct quotes in «», "" and “”; dates in Gregorian, Levantine,
  paired ("أيلول/سبتمبر"), Maghrebi and Hijri month names, relative ones ("أمس", "نهاية العام
  الجاري"); numbers in ASCII and Arabic-Indic digits, words ("ثلاثة آلاف", "ألفين و500"), vague
  ("عشرات") and with qualifiers ("نحو", "أكثر من"), percentages and currencies.
"""

from __future__ import annotations

import argparse
import bisect
import json
import math
import random
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any


def _pick(r: random.Random, seq: Any) -> Any:
    """``r.choice(seq)`` at a third of the cost (random.choice goes through _randbelow)."""
    return seq[int(r.random() * len(seq))]


def _rint(r: random.Random, lo: int, hi: int) -> int:
    """``r.randint(lo, hi)``, cheaper."""
    return lo + int(r.random() * (hi - lo + 1))


def _below(r: random.Random, n: int) -> int:
    return int(r.random() * n)


def _cum(weights: tuple[int, ...]) -> tuple[float, ...]:
    total = sum(weights)
    out, acc = [], 0
    for weight in weights:
        acc += weight
        out.append(acc / total)
    return tuple(out)


def _wpick(r: random.Random, seq: Any, cum: tuple[float, ...]) -> Any:
    """Weighted pick with precomputed cumulative weights (``_cum``)."""
    return seq[min(bisect.bisect_right(cum, r.random()), len(seq) - 1)]


DEFAULT_SEED = 2026
MIN_BYTES = 1024  # 1 KB
MAX_BYTES = 60_000  # 60 KB (also under 60 KiB)
MEDIAN_BYTES = 4096
SIZE_SIGMA = 0.75  # log-normal spread: ~70% of pages between 2 and 10 KB

BAD_SHARE = 0.01
TWO_SHARE = 0.08
COPY_SHARE = 0.025
COPY_WINDOW = 500  # a copy re-publishes one of the previous 500 files (syndication is quick)
BAD_KINDS = ("empty", "binary_random", "binary_magic", "utf16_truncated", "chrome_only", "corrupt_utf8")
ENCODINGS = ("utf-8", "utf-8-sig", "windows-1256", "utf-16")
ENCODING_WEIGHTS = (70, 10, 12, 8)
ENCODING_CUM = _cum(ENCODING_WEIGHTS)
KINDS = ("single", "two_articles", "syndicated", "bad")


def _split(text: str) -> tuple[str, ...]:
    """A pool written as one "،"-separated string (easier to read and edit than a list)."""
    return tuple(item.strip() for item in text.split("،") if item.strip())


# --- calendar -------------------------------------------------------------------------------------
GREG = _split("يناير، فبراير، مارس، أبريل، مايو، يونيو، يوليو، أغسطس، سبتمبر، أكتوبر، نوفمبر، ديسمبر")
LEVANT = _split(
    "كانون الثاني، شباط، آذار، نيسان، أيار، حزيران، تموز، آب، أيلول، تشرين الأول، تشرين الثاني، كانون الأول"
)
MAGHREB = _split("جانفي، فيفري، مارس، أفريل، ماي، جوان، جويلية، أوت، سبتمبر، أكتوبر، نوفمبر، ديسمبر")
HIJRI = _split(
    "محرم، صفر، ربيع الأول، ربيع الآخر، جمادى الأولى، جمادى الآخرة، رجب، شعبان، رمضان، شوال، ذي القعدة، ذي الحجة"
)
WEEKDAYS = _split("الاثنين، الثلاثاء، الأربعاء، الخميس، الجمعة، السبت، الأحد")  # date.weekday() order
TO_INDIC = str.maketrans("0123456789,", "٠١٢٣٤٥٦٧٨٩٬")
# Characters windows-1256 cannot encode -> what a cp1256 site writes instead.
_CP1256_MAP = {**{chr(0x0660 + i): str(i) for i in range(10)}, "٬": ",", "٫": ".", "٪": "%", "▪": "-", "→": ">"}
_CP1256_RE = re.compile("[" + "".join(_CP1256_MAP) + "]")


def cp1256_safe(text: str) -> str:
    """``text`` as a windows-1256 site writes it: Arabic-Indic digits as ASCII, ٪ as % ..."""
    return _CP1256_RE.sub(lambda m: _CP1256_MAP[m.group()], text)


# --- places, people, outlets ------------------------------------------------------------------------
IRAQ_CITIES = _split(
    "بغداد، البصرة، الموصل، أربيل، كركوك، السليمانية، الرمادي، الفلوجة، تكريت، سامراء، بعقوبة، النجف، كربلاء، "
    "الحلة، الكوت، العمارة، الناصرية، الديوانية، السماوة، دهوك، سنجار، تلعفر، القائم، حديثة، هيت، بيجي، الشرقاط، "
    "زاخو، خانقين، طوزخورماتو، المقدادية، جلولاء، الطارمية، الزبير، أم قصر، الفاو، عانة، راوة، الرطبة، حلبجة، "
    "مخمور، جرف الصخر، أبو غريب، الحويجة، بلد، الدجيل، الضلوعية، الكرمة، النخيب، عين التمر"
)
IRAQ_PROVINCES = _split(
    "الأنبار، نينوى، صلاح الدين، ديالى، كركوك، بابل، واسط، ميسان، ذي قار، المثنى، القادسية، النجف، كربلاء، "
    "البصرة، بغداد، أربيل، دهوك، السليمانية"
)
SYRIA_PLACES = _split(
    "دمشق، حلب، حمص، حماة، اللاذقية، طرطوس، دير الزور، البوكمال، الميادين، الرقة، الحسكة، القامشلي، إدلب، درعا، "
    "السويداء، تدمر، منبج، عين العرب، الشدادي، البادية السورية، التنف، الطبقة، جرابلس، عفرين"
)
REGION_CITIES = _split(
    "بيروت، عمّان، طهران، أنقرة، إسطنبول، الرياض، الكويت، الدوحة، أبوظبي، القاهرة، غزة، صنعاء، عدن، واشنطن، "
    "موسكو، باريس، لندن، برلين، جنيف، بروكسل، نيويورك، مسقط، المنامة، طرابلس، تونس"
)
SITES_MILITARY = _split(
    "قاعدة عين الأسد، قاعدة حرير الجوية، قاعدة فكتوريا، قاعدة بلد الجوية، مطار بغداد الدولي، مطار أربيل الدولي، "
    "قاعدة التنف، حقل العمر النفطي، حقل كونيكو للغاز، منفذ القائم الحدودي، منفذ ربيعة، معبر فيشخابور، "
    "وادي حوران، جبال حمرين، صحراء الأنبار، سد الموصل، المنطقة الخضراء، قاعدة الحبانية، مخيم الهول، "
    "سجن غويران، قاعدة الشدادي، مطار المزة العسكري، منفذ طريبيل، ميناء أم قصر"
)
CAMPS = _split("مخيم الهول، مخيم الجدعة، مخيم روج، مخيم عامرية الفلوجة، مخيم الخازر، مخيم دباكة، مخيم حسن شام")
# (country, masculine adjective, feminine adjective, capital)
COUNTRIES: tuple[tuple[str, str, str, str], ...] = (
    ("العراق", "العراقي", "العراقية", "بغداد"),
    ("سوريا", "السوري", "السورية", "دمشق"),
    ("الولايات المتحدة", "الأمريكي", "الأمريكية", "واشنطن"),
    ("الولايات المتحدة", "الأميركي", "الأميركية", "واشنطن"),
    ("إيران", "الإيراني", "الإيرانية", "طهران"),
    ("تركيا", "التركي", "التركية", "أنقرة"),
    ("الأردن", "الأردني", "الأردنية", "عمّان"),
    ("لبنان", "اللبناني", "اللبنانية", "بيروت"),
    ("السعودية", "السعودي", "السعودية", "الرياض"),
    ("الكويت", "الكويتي", "الكويتية", "الكويت"),
    ("مصر", "المصري", "المصرية", "القاهرة"),
    ("قطر", "القطري", "القطرية", "الدوحة"),
    ("الإمارات", "الإماراتي", "الإماراتية", "أبوظبي"),
    ("روسيا", "الروسي", "الروسية", "موسكو"),
    ("فرنسا", "الفرنسي", "الفرنسية", "باريس"),
    ("بريطانيا", "البريطاني", "البريطانية", "لندن"),
    ("ألمانيا", "الألماني", "الألمانية", "برلين"),
)
COUNTRY_CUM = _cum((30, 14, 8, 8, 7, 6, 3, 3, 3, 2, 2, 2, 2, 3, 2, 2, 1))
FIRST_M = _split(
    "محمد، أحمد، علي، حسين، حسن، عباس، جاسم، كاظم، قاسم، سعد، يحيى، تحسين، فؤاد، ثابت، مصطفى، خالد، عمر، سلمان، "
    "ماجد، رائد، نزار، هادي، مهدي، صباح، فاضل، منذر، ليث، أسامة، زياد، وليد، كريم، سامي، جبار، عادل، حيدر، رعد، "
    "إياد، باسم، هشام، فالح، عماد، طارق، ضياء، نوري، شاكر، مازن، عدنان، صلاح، ياسر، مهند، أنور، سالم، فراس، عامر، "
    "عبد الكريم، عبد الأمير، عبد الرحمن، عبد الله، عبد اللطيف، عبد الستار، عبد الرزاق، هوشيار، ريبوار، كاوه، "
    "شيركو، آزاد، بهاء، غسان، قحطان، لقمان، مؤيد، نبيل، وائل، ثامر"
)
FIRST_F = _split(
    "زينب، سارة، نور، هدى، آلاء، رنا، مريم، ليلى، سهى، دنيا، شيماء، رشا، إيمان، وفاء، سناء، عالية، ابتسام، نادية"
)
FAMILY = _split(
    "الخفاجي، العباسي، البنداوي، الشمري، الجبوري، الدليمي، العبيدي، الزيدي، الساعدي، الكعبي، الموسوي، الحسيني، "
    "التميمي، العزاوي، الكبيسي، الفهداوي، الربيعي، السامرائي، الجنابي، البياتي، الطائي، الأسدي، العنزي، الحمداني، "
    "البدري، اللامي، الركابي، الخزرجي، المحمداوي، الشيخلي، النعيمي، الدوري، الزبيدي، العكيلي، الكناني، البهادلي، "
    "الغراوي، المياحي، العلياوي، الدراجي، الياسري، زيباري، برزنجي، الحديثي، العاني، الراوي، الجميلي، المشهداني"
)
FOREIGN_FIRST = _split(
    "جون، مايكل، ديفيد، روبرت، جيمس، توماس، بيتر، مارك، ستيفن، أندرو، كريستوفر، دانيال، إيمانويل، سيرغي، ديمتري"
)
FOREIGN_LAST = _split(
    "سميث، ميلر، جونسون، براون، ويليامز، كارتر، هاريس، بيكر، تايلور، مورغان، فيشر، كولينز، أندرسون، رايت، ماكنزي"
)
RANKS = _split("اللواء، العميد، الفريق، العقيد، الفريق الركن، اللواء الركن، العميد الركن")
MINISTRIES = _split(
    "الخارجية، الدفاع، الداخلية، النفط، المالية، الكهرباء، التخطيط، الموارد المائية، الصحة، الهجرة والمهجرين"
)
# (agency as cited in text, short name for "بحسب ...")
AGENCIES = _split(
    "وكالة رويترز، وكالة الأنباء الفرنسية، وكالة فرانس برس، وكالة أسوشيتد برس، وكالة الأناضول، "
    "وكالة الأنباء العراقية (واع)، وكالة الأنباء السورية (سانا)، وكالة سبوتنيك، وكالة بلومبرغ، وكالة إرنا، "
    "وكالة تسنيم، وكالة شينخوا، وكالة «رويترز»، وكالة “رويترز”، وكالة الصحافة الفرنسية"
)
OUTLETS = _split(
    "صحيفة نيويورك تايمز، صحيفة واشنطن بوست، صحيفة الشرق الأوسط، صحيفة النهار، موقع أكسيوس، شفق نيوز، "
    "صحيفة الصباح، قناة الحرة، قناة الجزيرة، قناة العربية، شبكة روداو، السومرية نيوز، صحيفة وول ستريت جورنال، "
    "مجلة بوليتيكو، صحيفة الغارديان، قناة الميادين، موقع المونيتور، صحيفة العربي الجديد"
)
SHORT_OUTLETS = _split("النهار، شفق نيوز، الشرق الأوسط، السومرية نيوز، الحرة، روداو، بغداد اليوم، الصباح، العربية نت")
# Sites hosting the pages: (name, domain)
SITES: tuple[tuple[str, str], ...] = (
    ("المسلة", "almasalah.com"),
    ("شفق نيوز", "shafaq.com"),
    ("السومرية نيوز", "alsumaria.tv"),
    ("بغداد اليوم", "baghdadtoday.news"),
    ("نيوزاليست", "newsalist.net"),
    ("النهار", "annahar.com"),
    ("يورونيوز", "arabic.euronews.com"),
    ("روداو", "rudaw.net"),
    ("الصباح", "alsabaah.iq"),
    ("المدى", "almadapaper.net"),
    ("عنب بلدي", "enabbaladi.net"),
    ("العربي الجديد", "alaraby.co.uk"),
    ("الشرق الأوسط", "aawsat.com"),
    ("القدس العربي", "alquds.co.uk"),
    ("سكاي نيوز عربية", "skynewsarabia.com"),
    ("الحرة", "alhurra.com"),
    ("الجزيرة نت", "aljazeera.net"),
    ("العربية نت", "alarabiya.net"),
    ("اليوم السابع", "youm7.com"),
    ("هسبريس", "hespress.com"),
    ("الخليج أونلاين", "alkhaleejonline.net"),
    ("ناس نيوز", "nasnews.com"),
    ("الغد برس", "alghadpress.com"),
    ("المربد", "almirbad.com"),
    ("مصدرنا الإخبارى", "masdarna.net"),
    ("الرافدين نيوز", "alrafidain-news.com"),
    ("بوابة الفرات", "euphrates-gate.com"),
    ("صدى الأنبار", "sadaalanbar.com"),
    ("دجلة برس", "dijlapress.com"),
    ("الحدث العراقي", "iraqi-event.com"),
    ("أخبار الشرق", "akhbar-alsharq.com"),
    ("المعلومة", "almaalomah.me"),
)
WIRES = _split("رويترز، أ ف ب، الأناضول، واع، سانا، د ب أ، شينخوا")

# --- noun phrases of the genre ----------------------------------------------------------------------
GROUPS = _split(
    "تنظيم داعش، خلايا داعش، فلول التنظيم، تنظيم القاعدة، الفصائل المسلحة، حزب العمال الكردستاني، "
    "الجماعات المتطرفة، عصابات تهريب المخدرات، خلايا نائمة تابعة لداعش، الجماعات المسلحة الموالية لإيران، "
    "بقايا تنظيم الدولة، عصابات الخطف"
)
# groups that are the subject of a masculine singular verb ("تنظيم داعش لم يعد يشكل ...")
GROUPS_M = _split("تنظيم داعش، تنظيم القاعدة، حزب العمال الكردستاني، تنظيم الدولة، داعش، التنظيم المتطرف")
FORCES_F = _split(
    "القوات الأمريكية، القوات الأميركية، قوات التحالف الدولي، القوات العراقية، قوات البيشمركة، قوات الحشد الشعبي، "
    "قوات سوريا الديمقراطية (قسد)، القوات التركية، القوات الأمنية، قوات حرس الحدود، الشرطة الاتحادية، "
    "قوات الرد السريع، القوات الروسية، القطعات العسكرية"
)
FORCES_M = _split(
    "الجيش العراقي، جهاز مكافحة الإرهاب، الجيش السوري، الحشد الشعبي، الجيش التركي، طيران التحالف، "
    "الطيران الحربي العراقي، جهاز الأمن الوطني، الحرس الثوري الإيراني"
)
POLICIES = _split(
    "تعزيز التعاون الأمني مع دول الجوار، تأمين الشريط الحدودي، ملاحقة بقايا التنظيم، "
    "نقل المستشارين العسكريين إلى أربيل، إعادة تموضع القوات، حصر السلاح بيد الدولة، إعادة النازحين إلى مناطقهم، "
    "تطوير منظومات الدفاع الجوي، تفعيل الجهد الاستخباري، إنشاء سواتر ترابية على الحدود، "
    "نصب كاميرات حرارية على طول الحدود، تجفيف منابع تمويل الإرهاب، إغلاق المخيمات، "
    "تسليم الملف الأمني للقوات المحلية، استكمال انسحاب قوات التحالف، تنويع مصادر الطاقة، زيادة صادرات النفط، "
    "مكافحة تهريب المخدرات عبر الحدود، تنفيذ مشاريع إعادة الإعمار، إجراء الانتخابات في موعدها، "
    "إقرار قانون الموازنة، حماية البعثات الدبلوماسية، تبادل المعلومات الاستخبارية، تدريب القوات العراقية وتسليحها، "
    "تعويض المتضررين من العمليات العسكرية، إعادة فتح المنافذ الحدودية، ضبط الحدود المشتركة، "
    "إنهاء مهمة التحالف الدولي، تحويل العلاقة إلى شراكة أمنية ثنائية، مكافحة الفساد في المؤسسات الأمنية"
)
DANGERS = _split(
    "عودة نشاط التنظيم في المناطق الحدودية، تمدد داعش عبر الحدود، فراغ أمني بعد انسحاب القوات الأجنبية، "
    "فرار المحتجزين من السجون، تصعيد عسكري في المنطقة، انهيار التفاهمات الأمنية، "
    "استهداف القواعد العسكرية بالطائرات المسيرة، تحول البلاد إلى ساحة لتصفية الحسابات، أزمة مياه خانقة، "
    "انقطاع الكهرباء خلال أشهر الصيف، ارتفاع معدلات البطالة بين الشباب، تهريب المخدرات عبر المنافذ غير الرسمية، "
    "تداعيات الحرب في غزة على أمن المنطقة، انزلاق المنطقة إلى حرب مفتوحة، تجدد الاشتباكات في البادية، "
    "تراجع أسعار النفط على الموازنة"
)
EVENTS = _split(  # masculine: "{event} استهدف ..."
    "هجوم بطائرة مسيرة، اشتباك مسلح، انفجار عبوة ناسفة، قصف جوي، قصف مدفعي، إنزال جوي، "
    "هجوم صاروخي، كمين مسلح، تسلل مسلح عبر الحدود، حريق كبير، هجوم انتحاري، اغتيال ناشط مدني، تفجير سيارة مفخخة"
)
TOPICS = _split(
    "ملف انسحاب القوات الأجنبية، أمن الحدود المشتركة، مكافحة الإرهاب، عودة النازحين، ملف المياه، أزمة الكهرباء، "
    "تهريب المخدرات، الانتخابات المحلية، الموازنة العامة، صادرات النفط، مستقبل التحالف الدولي، ملف المعتقلين، "
    "العلاقات الثنائية، التعاون الاقتصادي، إعادة الإعمار، ملف مخيم الهول، الاتفاقية الأمنية، الوضع في سوريا"
)
PROJECTS = _split(
    "مشروع ميناء الفاو الكبير، طريق التنمية، مشروع الربط الكهربائي الخليجي، مشروع تحلية مياه البحر، "
    "خط أنابيب البصرة - العقبة، مجمع المدارس النموذجية، مستشفى الموصل العام، جسر الطابقين، "
    "مشروع إسكان النازحين، محطة كهرباء الخيرات، مشروع الجدار الأمني الحدودي"
)
SUBHEADS = _split(
    "قلق من سوريا، شراكة أمنية، خطط استراتيجية، واشنطن قلقة، الحاجة إلى الدعم الدولي، إعادة تموضع أم انسحاب، "
    "فلول داعش، مواقف متباينة، ردود فعل، أرقام ومعطيات، خلفية، تحذيرات متكررة، الموقف الرسمي، حسابات معقدة، "
    "رسائل سياسية، تحديات قائمة، ماذا بعد الانسحاب، الحدود تحت المراقبة، ملفات عالقة، سيناريوهات محتملة، "
    "الجانب الاقتصادي، موقف البرلمان، البعد الإقليمي، تفاصيل الاتفاق"
)
# (count noun: singular, accusative singular for 11-99, plural for 3-10, gender)
Noun = tuple[str, str, str, str]
UNITS: dict[str, tuple[Noun, ...]] = {
    "troops": (
        ("جندي", "جنديا", "جنود", "m"),
        ("عنصر", "عنصرا", "عناصر", "m"),
        ("مقاتل", "مقاتلا", "مقاتلين", "m"),
        ("مستشار عسكري", "مستشارا عسكريا", "مستشارين عسكريين", "m"),
        ("عسكري", "عسكريا", "عسكريين", "m"),
    ),
    "victims": (
        ("قتيل", "قتيلا", "قتلى", "m"),
        ("جريح", "جريحا", "جرحى", "m"),
        ("مدني", "مدنيا", "مدنيين", "m"),
        ("شخص", "شخصا", "أشخاص", "m"),
    ),
    "people": (
        ("نازح", "نازحا", "نازحين", "m"),
        ("عائلة", "عائلة", "عائلات", "f"),
        ("لاجئ", "لاجئا", "لاجئين", "m"),
        ("معتقل", "معتقلا", "معتقلين", "m"),
        ("مطلوب", "مطلوبا", "مطلوبين", "m"),
        ("مواطن", "مواطنا", "مواطنين", "m"),
    ),
    "things": (
        ("صاروخ", "صاروخا", "صواريخ", "m"),
        ("طائرة مسيرة", "طائرة مسيرة", "طائرات مسيرة", "f"),
        ("عبوة ناسفة", "عبوة ناسفة", "عبوات ناسفة", "f"),
        ("شاحنة", "شاحنة", "شاحنات", "f"),
        ("آلية عسكرية", "آلية عسكرية", "آليات عسكرية", "f"),
        ("برج مراقبة", "برج مراقبة", "أبراج مراقبة", "m"),
        ("كاميرا حرارية", "كاميرا حرارية", "كاميرات حرارية", "f"),
    ),
    "km": (("كيلومتر", "كيلومترا", "كيلومترات", "m"),),
    "oil": (("برميل يوميا", "برميلا يوميا", "براميل يوميا", "m"), ("طن", "طنا", "أطنان", "m")),
}
NUMBER_RANGES = {"troops": (30, 5000), "victims": (3, 60), "people": (10, 9000), "things": (3, 400)}
NUMBER_RANGES |= {"km": (5, 900), "oil": (3000, 900000)}
QUALIFIERS = _split("نحو، حوالي، قرابة، زهاء، ما يقارب، أكثر من، أقل من، ما لا يقل عن، ما يزيد على، أزيد من، ما دون")
POST_QUALIFIERS = _split("على الأقل، كحد أقصى، على الأكثر، تقريبا")  # after the counted noun
# 3-10 in words: with ة before masculine nouns (ثلاثة جنود), without before feminine ones (ثلاث طائرات)
SMALL_M = _split("ثلاثة، أربعة، خمسة، ستة، سبعة، ثمانية، تسعة، عشرة")
SMALL_F = _split("ثلاث، أربع، خمس، ست، سبع، ثماني، تسع، عشر")
ROUND_WORDS = {
    100: "مئة",
    200: "مئتي",
    300: "ثلاثمئة",
    400: "أربعمئة",
    500: "خمسمئة",
    600: "ستمئة",
    800: "ثمانمئة",
    1000: "ألف",
    2000: "ألفي",
    3000: "ثلاثة آلاف",
    4000: "أربعة آلاف",
    5000: "خمسة آلاف",
    6000: "ستة آلاف",
    7000: "سبعة آلاف",
    8000: "ثمانية آلاف",
    10000: "عشرة آلاف",
    20000: "عشرين ألف",
    50000: "خمسين ألف",
}
MONEY_WORDS = _split("خمسة ملايين، ثلاثة ملايين، مليون ونصف المليون، نصف مليار، عشرة ملايين")
CURRENCIES = _split("دولار، دينار، يورو، ليرة سورية، جنيه")

# --- chrome -----------------------------------------------------------------------------------------
MENU_ITEMS = _split(
    "أخبار، سياسة، اقتصاد، رياضة، منوعات، محليات، عربي ودولي، أمن، تقارير، مقالات، فيديو، صحة، تكنولوجيا، "
    "ثقافة، رأي، العراق، كردستان، المحافظات، حوارات، مال وأعمال"
)
SLOGANS = _split(
    'صوت العراق الحر، أخبار العراق والعالم على مدار الساعة، "لا تقف متفرجاً"، الخبر اليقين، دليل ماسة، '
    "نافذتك على الحدث، عين على الحقيقة"
)
SHARE_LINES = _split(
    "شارك على فيسبوك تويتر واتساب، شارك الخبر، فيسبوك تويتر واتساب تلغرام، مشاركة عبر: فيسبوك | تويتر، "
    "نسخ الرابط، طباعة، حجم الخط، شارك هذا المقال، ارسل طباعة تبليغ حذف، شارك عبر واتساب، تابعونا على تلغرام، "
    "Share on Facebook Twitter WhatsApp"
)
RELATED_HEADINGS = _split(
    "اقرأ أيضا، أخبار ذات صلة، مقالات ذات صلة، الأكثر قراءة، قد يهمك، اخترنا لك، مواضيع مشابهة، شاهد أيضا، "
    "الأكثر مشاهدة، أخبار متعلقة، مقالات مشابهة، اقرأ أيضاً:، إخترنا لك، المزيد من الأخبار"
)
READALSO_MARKERS = _split("إقرأ أيضاً:، اقرأ أيضا، اقرأ أيضاً:، طالع أيضا:، اقرأ كذلك:، إقرأ أيضا")
TAG_PREFIXES = _split("الوسوم:، كلمات دلالية:، الكلمات المفتاحية:، وسوم:، Tags:")
LATIN_CHROME = _split(
    "About Post Author، See author's posts، Privacy Policy، Terms and Conditions، Loading...، "
    "Cookie Policy، Read more، Subscribe to our newsletter"
)
OTHER_HEADLINES = _split(
    "«التوقيت الصيفي» يغير موعد صلاة الجمعة.. تعرف على التفاصيل كاملة، "
    "أسعار الذهب اليوم في الأسواق المحلية.. وعيار 21 يلامس مستوى قياسيا، "
    "موعد إعلان نتائج الثالث المتوسط في المحافظات عبر موقع وزارة التربية، "
    "هدف الفوز.. الزوراء يتفوق على الشرطة في لقاء مثير بالدوري الممتاز، "
    "سعر صرف الدولار في بورصة بغداد مع إغلاق التداولات، "
    "تفاصيل موعد عرض الموسم الجديد من المسلسل التركي الشهير، "
    "الأنواء الجوية تتوقع ارتفاعا في درجات الحرارة خلال الأيام المقبلة، "
    "رسميًا.. موعد صرف رواتب المتقاعدين لهذا الشهر، "
    "منتخبنا الوطني يستعد لمواجهة حاسمة في تصفيات كأس العالم، "
    "طريقة التقديم على المنحة الطلابية الجديدة.. الشروط والمواعيد"
)


# --- the writer: sentences with random slots ---------------------------------------------------------
Speaker = tuple[str, str]  # (text, gender "m" | "f")
# (masculine past, feminine past, complement, masculine participle, feminine participle)
VERBS: tuple[tuple[str, str, str, str, str], ...] = (
    ("قال", "قالت", "إن", "", ""),
    ("أكد", "أكدت", "أن", "مؤكدا", "مؤكدة"),
    ("أوضح", "أوضحت", "أن", "موضحا", "موضحة"),
    ("أعلن", "أعلنت", "أن", "معلنا", "معلنة"),
    ("أضاف", "أضافت", "أن", "مضيفا", "مضيفة"),
    ("صرح", "صرحت", "بأن", "", ""),
    ("ذكر", "ذكرت", "أن", "", ""),
    ("أفاد", "أفادت", "بأن", "", ""),
    ("أشار", "أشارت", "إلى أن", "مشيرا", "مشيرة"),
    ("لفت", "لفتت", "إلى أن", "لافتا", "لافتة"),
    ("حذر", "حذرت", "من أن", "محذرا", "محذرة"),
    ("شدد", "شددت", "على أن", "مشددا", "مشددة"),
    ("اعتبر", "اعتبرت", "أن", "معتبرا", "معتبرة"),
    ("رأى", "رأت", "أن", "", ""),
    ("كشف", "كشفت", "أن", "كاشفا", "كاشفة"),
    ("نفى", "نفت", "أن", "نافيا", "نافية"),
    ("توقع", "توقعت", "أن", "متوقعا", "متوقعة"),
    ("رجح", "رجحت", "أن", "مرجحا", "مرجحة"),
    ("بين", "بينت", "أن", "مبينا", "مبينة"),
    ("نوه", "نوهت", "إلى أن", "منوها", "منوهة"),
)
VERB_CUM = _cum((14, 12, 8, 8, 7, 3, 5, 4, 7, 3, 4, 4, 3, 2, 3, 2, 2, 2, 2, 1))
PARAGRAPH_CUM = _cum((2, 5, 4, 2))  # sentences per paragraph: 1-4
LAYOUT_CUM = _cum((30, 18, 10, 10, 8, 16, 8))  # see _header_and_footer
PARTICIPLE_VERBS = tuple(v for v in VERBS if v[3])
CONNECTORS = (
    "فيما ",
    "كما ",
    "في غضون ذلك، ",
    "وفي السياق ذاته، ",
    "إلى ذلك، ",
    "في المقابل، ",
    "وفي وقت سابق، ",
    "بالتزامن مع ذلك، ",
    "من جانب آخر، ",
    "وفي هذا الإطار، ",
)


Template = tuple[tuple[str, Any], ...]  # (literal, slot function or None) pairs
POOL_SIZE = 6000  # filled clauses and narratives per seed (and twice as many statements), built once
POOL_SHARE = 0.8  # share of statements, clauses, narratives and quotes taken from the pools


@dataclass(frozen=True)
class _Pools:
    """Filled templates drawn once per seed: a file takes most of its clauses from here (speed)."""

    clauses: tuple[str, ...]
    narratives: tuple[str, ...]
    quotes: tuple[str, ...]
    statements: tuple[tuple[str, Speaker], ...]  # with their speaker, for "وأضاف" after them


def _compile(template: str) -> tuple[tuple[str, str], ...]:
    """Split "text {slot} text" into (literal, slot) pairs once, so filling is a loop of calls."""
    parts = re.split(r"\{(\w+)\}", template)
    pairs = []
    for i in range(0, len(parts), 2):
        pairs.append((parts[i], parts[i + 1] if i + 1 < len(parts) else ""))
    return tuple(pairs)


class _Writer:
    """Random article text with some continuity: a main country, place, group and cast of speakers.

    Slots (``s_*`` methods) are filled from pools; "sticky" slots reuse the article's main value
    half of the time so an article reads as one story while two articles rarely share 5-grams.
    """

    def __init__(self, r: random.Random, pub: date, pools: _Pools | None = None) -> None:
        self.r = r
        self.pub = pub
        self.pools = pools
        self.redraw()
        self.cast = [self.speaker() for _ in range(_rint(r, 2, 4))]
        self.last: Speaker = self.cast[0]
        self.table_done = r.random() > 0.3  # a table in at most 30% of the articles
        self.readalso_done = False

    def redraw(self) -> None:
        """Draw the article's main country, place, group, force and topic."""
        r = self.r
        self.country = _wpick(r, COUNTRIES, COUNTRY_CUM)
        self.place_main = self._place()
        self.group_main = _pick(r, GROUPS)
        self.force_main = _pick(r, FORCES_F)
        self.topic_main = _pick(r, TOPICS)

    # names and speakers --------------------------------------------------------------------------
    def name_m(self) -> str:
        r = self.r
        if r.random() < 0.25:
            return f"{_pick(r, FIRST_M)} {_pick(r, FIRST_M)} {_pick(r, FAMILY)}"
        return f"{_pick(r, FIRST_M)} {_pick(r, FAMILY)}"

    def name_f(self) -> str:
        return f"{_pick(self.r, FIRST_F)} {_pick(self.r, FAMILY)}"

    def name_foreign(self) -> str:
        return f"{_pick(self.r, FOREIGN_FIRST)} {_pick(self.r, FOREIGN_LAST)}"

    def adj(self) -> tuple[str, str, str, str]:
        return self.country if self.r.random() < 0.5 else _wpick(self.r, COUNTRIES, COUNTRY_CUM)

    def speaker(self) -> Speaker:
        """A new speaker: a named official (40%), an institution (30%), an anonymous source (20%), an expert."""
        u = self.r.random()
        group = SPEAKERS_NAMED if u < 0.4 else SPEAKERS_BODIES if u < 0.7 else SPEAKERS_ANON if u < 0.9 else EXPERTS
        template, gender = _pick(self.r, group)
        return self.fill(template), gender

    def s_namef(self) -> str:
        return self.name_f()

    def s_foreign(self) -> str:
        return self.name_foreign()

    def s_rank(self) -> str:
        return _pick(self.r, RANKS)

    def s_ministry(self) -> str:
        return _pick(self.r, MINISTRIES)

    def who(self) -> Speaker:
        """A speaker of this article: usually one of its cast, sometimes a new one."""
        spk = _pick(self.r, self.cast) if self.r.random() < 0.6 else self.speaker()
        self.last = spk
        return spk

    def verb(self) -> tuple[str, str, str, str, str]:
        return _wpick(self.r, VERBS, VERB_CUM)

    # places, groups, topics ---------------------------------------------------------------------
    def _place(self) -> str:
        u = self.r.random()
        if u < 0.55:
            return _pick(self.r, IRAQ_CITIES)
        if u < 0.75:
            return _pick(self.r, SYRIA_PLACES)
        if u < 0.9:
            return _pick(self.r, SITES_MILITARY)
        return _pick(self.r, REGION_CITIES)

    def s_place(self) -> str:
        return self.place_main if self.r.random() < 0.35 else self._place()

    def s_city(self) -> str:
        return _pick(self.r, IRAQ_CITIES)

    def s_prov(self) -> str:
        return _pick(self.r, IRAQ_PROVINCES)

    def s_syria(self) -> str:
        return _pick(self.r, SYRIA_PLACES)

    def s_base(self) -> str:
        return _pick(self.r, SITES_MILITARY)

    def s_camp(self) -> str:
        return _pick(self.r, CAMPS)

    def s_country(self) -> str:
        return self.country[0] if self.r.random() < 0.5 else _pick(self.r, COUNTRIES)[0]

    def s_country2(self) -> str:
        return _pick(self.r, COUNTRIES)[0]

    def s_capital(self) -> str:
        return _pick(self.r, COUNTRIES)[3]

    def s_adjm(self) -> str:
        return self.adj()[1]

    def s_adjf(self) -> str:
        return self.adj()[2]

    def s_group(self) -> str:
        return self.group_main if self.r.random() < 0.5 else _pick(self.r, GROUPS)

    def s_groupm(self) -> str:
        return _pick(self.r, GROUPS_M)

    def s_adjacc(self) -> str:
        """Indefinite accusative adjective: "وفدا إيرانيا"."""
        return self.adj()[1][2:] + "ا"

    def s_adjindef(self) -> str:
        return self.adj()[1][2:]

    def s_force(self) -> str:
        return self.force_main if self.r.random() < 0.5 else _pick(self.r, FORCES_F)

    def s_army(self) -> str:
        return _pick(self.r, FORCES_M)

    def s_policy(self) -> str:
        return _pick(self.r, POLICIES)

    def s_danger(self) -> str:
        return _pick(self.r, DANGERS)

    def s_event(self) -> str:
        return _pick(self.r, EVENTS)

    def s_topic(self) -> str:
        return self.topic_main if self.r.random() < 0.4 else _pick(self.r, TOPICS)

    def s_project(self) -> str:
        return _pick(self.r, PROJECTS)

    def s_agency(self) -> str:
        return _pick(self.r, AGENCIES)

    def s_outlet(self) -> str:
        return _pick(self.r, OUTLETS)

    def s_name(self) -> str:
        return self.name_m()

    # numbers ----------------------------------------------------------------------------------
    def _digits(self, n: int) -> str:
        r = self.r
        text = f"{n:,}" if n >= 10000 and r.random() < 0.15 else str(n)
        return text.translate(TO_INDIC) if r.random() < 0.15 else text

    def _round(self, lo: int, hi: int) -> int:
        n = _rint(self.r, lo, hi)
        if n >= 1000:
            return n // 100 * 100 if self.r.random() < 0.7 else n
        if n >= 100:
            return n // 10 * 10 if self.r.random() < 0.6 else n
        return n

    def count(self, kind: str, qualify: bool = True) -> str:
        """A counted quantity of ``kind`` ("troops", "victims" ...), in one of many written forms."""
        r = self.r
        qual = self._qual if qualify else str
        noun = _pick(r, UNITS[kind])
        sing, acc, plural, gender = noun
        lo, hi = NUMBER_RANGES[kind]
        u = r.random()
        countable = kind in ("troops", "victims", "people", "things")
        if u < 0.14 and countable and " " not in plural:  # vague: "عشرات الجنود"
            word = _pick(r, ("عشرات", "مئات", "آلاف") if hi > 100 else ("عشرات",))
            return f"{word} ال{plural}"
        if u < 0.24 and hi >= 500:  # round number in words: "ثلاثة آلاف جندي"
            value = _pick(r, [v for v in ROUND_WORDS if lo <= v <= hi] or [1000])
            return f"{qual()}{ROUND_WORDS[value]} {sing}"
        if u < 0.30 and hi >= 3000:  # "ألفين و500 جندي"
            thousands, rest = _pick(r, ((2, "ألفين"), (3, "ثلاثة آلاف"), (5, "خمسة آلاف"))), _pick(r, (100, 250, 500))
            return f"{qual()}{thousands[1]} و{self._digits(rest)} {sing}"
        if u < 0.36 and countable:  # small numbers in words, gender polarity: "خمسة جنود", "ثلاث طائرات"
            k = _below(r, 8)
            word = SMALL_M[k] if gender == "m" else SMALL_F[k]
            return f"{qual()}{word} {plural}"
        n = self._round(lo, hi)
        k = n % 100
        if 3 <= n <= 10 or (n > 100 and 3 <= k <= 10):
            counted = plural
        elif 11 <= k <= 99:
            counted = acc
        else:
            counted = sing
        if qualify and self.r.random() < 0.08:
            return f"{self._digits(n)} {counted} {_pick(self.r, POST_QUALIFIERS)}"
        return f"{qual()}{self._digits(n)} {counted}"

    def _qual(self) -> str:
        return _pick(self.r, QUALIFIERS) + " " if self.r.random() < 0.45 else ""

    def s_troops(self) -> str:
        return self.count("troops")

    def s_victims(self) -> str:
        return self.count("victims")

    def s_people(self) -> str:
        return self.count("people")

    def s_things(self) -> str:
        return self.count("things")

    def s_km(self) -> str:
        return self.count("km")

    def s_oil(self) -> str:
        return self.count("oil")

    def s_n(self) -> str:
        return self._digits(_rint(self.r, 11, 60))  # 11-60: the singular accusative noun after it is right

    def s_nprov(self) -> str:
        return str(_rint(self.r, 11, 18))

    def s_kmbare(self) -> str:
        """A distance without a qualifier, for templates that have one ("تزيد على ...")."""
        return self.count("km", qualify=False)

    def s_pct(self) -> str:
        r = self.r
        n = _rint(r, 2, 95)
        value = f"{n}.{_rint(r, 1, 9)}" if r.random() < 0.15 else str(n)
        if r.random() < 0.15:
            value = value.translate(TO_INDIC).replace(".", "٫")
        unit = _pick(r, ("%", " بالمئة", " في المئة", " في المائة", "%"))
        return f"{self._qual()}{value}{unit}"

    def s_moneybare(self) -> str:
        return self.s_money(qualify=False)

    def s_money(self, qualify: bool = True) -> str:
        r = self.r
        currency = _pick(r, CURRENCIES)
        u = r.random()
        if u < 0.15:
            return f"{_pick(r, MONEY_WORDS)} {currency}"
        n = _rint(r, 3, 950)
        if u < 0.55:
            scale = "ملايين" if 3 <= n <= 10 else "مليون"
        elif u < 0.9:
            scale = "مليارات" if 3 <= n <= 10 else "مليار"
        else:
            scale, currency, n = "تريليون", "دينار", n // 5 + 3
        return f"{self._qual() if qualify else ''}{self._digits(n)} {scale} {currency}"

    # dates --------------------------------------------------------------------------------------
    def month(self, m: int) -> str:
        u = self.r.random()
        if u < 0.45:
            return GREG[m - 1]
        if u < 0.75:
            return LEVANT[m - 1]
        if u < 0.90:
            return f"{LEVANT[m - 1]}/{GREG[m - 1]}"
        if u < 0.95:
            return f"{LEVANT[m - 1]} ({GREG[m - 1]})"
        return MAGHREB[m - 1]

    def day(self, d: date, weekday: float = 0.3) -> str:
        r = self.r
        u = r.random()
        text = f"{d.day}/{d.month}/{d.year}" if u < 0.08 else f"{d.day} {self.month(d.month)} {d.year}"
        if r.random() < 0.1:
            text = text.translate(TO_INDIC)
        if r.random() < weekday:
            text = f"{WEEKDAYS[d.weekday()]}{_pick(r, ('، ', ' ', ' '))}{text}"
        return text

    def s_today(self) -> str:
        r = self.r
        wd = WEEKDAYS[self.pub.weekday()]
        return _pick(
            r, (f"اليوم {wd}", f"اليوم {wd}", wd, "صباح اليوم", "مساء اليوم", "فجر اليوم", f"يوم {wd}", "ظهر اليوم")
        )

    def s_past(self) -> str:
        r = self.r
        back = self.pub - timedelta(days=_rint(r, 1, 420))
        u = r.random()
        if u < 0.08:
            return "أمس"
        if u < 0.14:
            return f"مساء أمس {WEEKDAYS[(self.pub.weekday() - 1) % 7]}"
        if u < 0.38:
            return f"في {self.day(back, 0.0)}"
        if u < 0.45:
            return f"يوم {self.day(back, 1.0)}"
        if u < 0.58:
            return f"في {self.month(back.month)} {back.year}"
        if u < 0.64:
            return _pick(r, ("الأسبوع الماضي", "الشهر الماضي", "العام الماضي", "مطلع العام الجاري"))
        if u < 0.72:
            return f"{_pick(r, ('منذ عام', 'في العام', 'عام'))} {_rint(r, 2003, self.pub.year - 1)}"
        if u < 0.78:
            return f"في {_rint(r, 1, 29)} {_pick(r, HIJRI)} {_rint(r, 1443, 1446)} {_pick(r, ('هـ', 'للهجرة'))}"
        if u < 0.86:
            return f"منتصف {self.month(back.month)} {back.year}"
        if u < 0.93:
            return f"قبل {_pick(r, ('ثلاثة أيام', 'أسبوعين', 'شهرين', 'عامين', 'أيام'))}"
        return _pick(r, ("خلال الأشهر الماضية", "خلال الأيام القليلة الماضية", "في وقت سابق من العام الجاري"))

    def s_fut(self) -> str:
        r = self.r
        ahead = self.pub + timedelta(days=_rint(r, 20, 900))
        u = r.random()
        if u < 0.10:
            return _pick(r, ("الأسبوع المقبل", "الشهر المقبل", "العام المقبل", "نهاية العام الجاري"))
        if u < 0.30:
            return f"بنهاية {self.month(ahead.month)} {ahead.year}"
        if u < 0.40:
            return f"في موعد أقصاه نهاية {self.month(ahead.month)} {ahead.year}"
        if u < 0.50:
            return f"حتى عام {ahead.year + _rint(r, 0, 4)}"
        if u < 0.60:
            return f"بحلول {self.month(ahead.month)} {ahead.year}"
        if u < 0.68:
            return f"خلال الأشهر الـ{self._digits(_pick(r, (3, 6, 12, 18, 24)))} المقبلة"
        if u < 0.76:
            return f"في {self.day(ahead, 0.0)}"
        if u < 0.84:
            return f"قبل نهاية العام {ahead.year}"
        if u < 0.92:
            return f"مطلع {self.month(ahead.month)} المقبل"
        return _pick(r, ("خلال الأسابيع المقبلة", "في المرحلة المقبلة", "قبل حلول الصيف", "في غضون عامين"))

    def s_period(self) -> str:
        return _pick(
            self.r,
            ("الأسبوع الماضي", "الأشهر الستة الماضية", "العام الماضي", "الربع الأول من العام", "شهر رمضان", "الصيف"),
        )

    # sentences ----------------------------------------------------------------------------------
    def fill(self, template: Template) -> str:
        out = []
        for literal, func in template:
            out.append(literal)
            if func is not None:
                out.append(func(self))
        return "".join(out)

    def clause(self) -> str:
        if self.pools is not None and self.r.random() < POOL_SHARE:
            return _pick(self.r, self.pools.clauses)
        return self.fill(_pick(self.r, CLAUSES))

    def quote(self) -> str:
        if self.pools is not None and self.r.random() < POOL_SHARE:
            text = _pick(self.r, self.pools.quotes)
        else:
            text = self.fill(_pick(self.r, QUOTES))
        style = self.r.random()
        if style < 0.45:
            return f"«{text}»"
        if style < 0.8:
            return f'"{text}"'
        return f"“{text}”"

    def conn(self, gender: str) -> str:
        r = self.r
        u = r.random()
        if u < 0.35:
            return "و"
        if u < 0.55:
            return ""
        if u < 0.65:
            return f"{_pick(r, ('من جهته', 'من جانبه', 'بدوره'))}{'ا' if gender == 'f' else ''}، "
        return _pick(r, CONNECTORS)

    def statement(self, form: int | None = None) -> str:
        """One attributed statement, in one of 22 patterns (``form``; random when None)."""
        r = self.r
        if form is None:
            if self.pools is not None and r.random() < POOL_SHARE:
                text, self.last = _pick(r, self.pools.statements)
                return text
            form = _below(r, 22)
        prev = self.last
        if form in (11, 18):  # implicit subject / "على حد قوله": the previous speaker goes on
            g = prev[1]
            if form == 18:
                tail = (
                    _pick(r, ("على حد قوله", "على حد تعبيره"))
                    if g == "m"
                    else _pick(r, ("على حد قولها", "على حد تعبيرها"))
                )
                return f"{self.clause()}، {tail}."
            cont = _pick(r, VERBS[1:6] + VERBS[8:10])
            cf = cont[0] if g == "m" else cont[1]
            if r.random() < 0.3:
                return f"و{cf}: {self.quote()}."
            return f"و{cf} {cont[2]} {self.clause()}."
        spk, g = self.who()
        v = self.verb()
        vf = v[0] if g == "m" else v[1]
        comp = v[2]
        if form <= 4:  # VSO with a complement clause
            k = _below(r, 5)
            if k < 2:
                extra = "،"
            elif k == 2:
                extra = f"، {self.s_today()}،"
            else:
                extra = f" {self.s_today()}،" if k == 3 else f" في {self.s_city()}،"
            return f"{self.conn(g)}{vf} {spk}{extra} {comp} {self.clause()}."
        if form == 5:  # a statement issued
            channel = _pick(
                r,
                ("", " رسمي", " صحفي", " نشره على منصة «إكس»", " تلقته وسائل الإعلام", " مقتضب", " على موقعها الرسمي"),
            )
            return f"{self.conn(g)}{vf} {spk} في بيان{channel}، {comp} {self.clause()}."
        if form == 6:  # direct quote after a colon
            where = _pick(
                r, ("", " في تصريح صحفي", " في كلمة " + ("له" if g == "m" else "لها"), " خلال مؤتمر صحفي", " في تدوينة")
            )
            return f"{self.conn(g)}{vf} {spk}{where}: {self.quote()}."
        if form == 7:  # SVO
            lead = _pick(r, ("لكن ", "غير أن ", "في حين أن ", "إلا أن ", ""))
            return f"{lead}{spk} {vf} {comp} {self.clause()}."
        if form == 8:  # past perfect: "وكان X قد أكد أن ..."
            kana = "وكان" if g == "m" else "وكانت"
            return f"{kana} {spk} قد {vf} {self.s_past()} {comp} {self.clause()}."
        if form == 9:  # relayed by an agency
            pron = "قوله" if g == "m" else "قولها"
            via = self.s_agency() if r.random() < 0.6 else self.s_outlet()
            naqalat = _pick(r, ("ونقلت", "نقلت", "وقد نقلت"))
            if r.random() < 0.3:
                return f"{naqalat} {via} عن {spk} أن {self.clause()}."
            return f"{naqalat} {via} عن {spk}، {pron} إن {self.clause()}."
        if form == 10:  # nominal attribution
            via = _pick(r, _pick(r, (AGENCIES, OUTLETS, ("المعلومات", "الوكالة", "البيان", "مصادر مطلعة"))))
            formula = _pick(r, ("وبحسب", "وحسب", "ووفق", "ووفقا ل", "وطبقا ل", "وبحسب ما أوردته"))
            if formula.endswith(" ل"):  # "ووفقا للوكالة", "ووفقا لوكالة رويترز"
                return f"{formula}{via[1:] if via.startswith('ال') else via}، فإن {self.clause()}."
            return f"{formula} {via}، فإن {self.clause()}."
        if form == 12:  # verb + object, then a participle
            pv = _pick(r, PARTICIPLE_VERBS)
            part = pv[3] if g == "m" else pv[4]
            obj = _pick(r, ("إطلاق ", "بدء ", "استكمال ", "إعلان ", "تأجيل ")) + self.s_policy()
            ann = "أعلن" if g == "m" else "أعلنت"
            return f"{self.conn(g)}{ann} {spk} {obj}، {part} {pv[2]} {self.clause()}."
        if form == 13:  # denial
            nafa = "نفى" if g == "m" else "نفت"
            akkad = "مؤكدا" if g == "m" else "مؤكدة"
            reports = _pick(r, ("الأنباء التي تحدثت", "التقارير المتداولة", "ما تناقلته مواقع التواصل الاجتماعي"))
            about = f"{self.s_event()} في {self.s_place()}"
            return f"{self.conn(g)}{nafa} {spk} صحة {reports} عن {about}، {akkad} أن {self.clause()}."
        if form == 14:  # warning and call
            hadh = "حذر" if g == "m" else "حذرت"
            daa = "داعيا" if g == "m" else "داعية"
            return f"{self.conn(g)}{hadh} {spk} من {self.s_danger()}، {daa} إلى {self.s_policy()}."
        if form == 15:  # press conference
            held = "عقده" if g == "m" else "عقدته"
            where = f"خلال مؤتمر صحفي {held} في {self.s_city()} {self.s_today()}"
            return f"{self.conn(g)}{vf} {spk}، {where}، {comp} {self.clause()}."
        if form == 16:  # interview with an outlet
            k = _below(r, 3)
            to = f"لـ«{_pick(r, SHORT_OUTLETS)}»" if k == 0 else f'لـ"{_pick(r, SHORT_OUTLETS)}"' if k == 1 else ""
            to = to or f"لوكالة {_pick(r, WIRES)}"
            kind = _pick(r, ("في حديث", "في تصريح", "في مقابلة خاصة"))
            return f"{self.conn(g)}{vf} {spk} {kind} {to}، {comp} {self.clause()}."
        if form == 17:  # quote first, attribution after: «...»، قال وزير الدفاع في تصريح صحفي.
            qv = _pick(r, (("قال", "قالت"), ("أضاف", "أضافت"), ("أكد", "أكدت"), ("تابع", "تابعت")))
            where = _pick(r, ("", " في تصريح صحفي", " للصحفيين", f" في {self.s_city()}", " في ختام الاجتماع"))
            return f"{self.quote()}، {qv[0] if g == 'm' else qv[1]} {spk}{where}."
        if form == 19:  # a statement issued, with the verb inside
            asdar = "أصدر" if g == "m" else "أصدرت"
            fih = _pick(r, ("أكد", "أوضح", "ذكر")) + ("" if g == "m" else "ت")
            return f"{self.conn(g)}{asdar} {spk} بيانا {fih} فيه أن {self.clause()}."
        if form == 20:  # call
            daa = "دعا" if g == "m" else "دعت"
            pm, pf, prep = _pick(r, (("محذرا", "محذرة", "من"), ("لافتا", "لافتة", "إلى"), ("منبها", "منبهة", "إلى")))
            part = pm if g == "m" else pf
            return f"{self.conn(g)}{daa} {spk} {self.s_today()} إلى {self.s_policy()}، {part} {prep} {self.s_danger()}."
        # two statements in one sentence
        pv = _pick(r, PARTICIPLE_VERBS)
        part = pv[3] if g == "m" else pv[4]
        return f"{self.conn(g)}{vf} {spk} {comp} {self.clause()}، {part} {pv[2]} {self.clause()}."

    def narrative(self) -> str:
        if self.pools is not None and self.r.random() < POOL_SHARE:
            return _pick(self.r, self.pools.narratives)
        return self.fill(_pick(self.r, NARRATIVES))

    def sentence(self) -> str:
        return self.statement() if self.r.random() < 0.55 else self.narrative()

    def paragraph(self) -> str:
        n = _wpick(self.r, (1, 2, 3, 4), PARAGRAPH_CUM)
        return " ".join(self.sentence() for _ in range(n))

    def lead(self) -> str:
        """The first paragraph: a VSO statement of the day, then one or two sentences."""
        r = self.r
        spk, g = self.who()
        v = _pick(r, VERBS[:5])
        vf = v[0] if g == "m" else v[1]
        first = f"{vf} {spk}، {self.s_today()}، {v[2]} {self.clause()}."
        if r.random() < 0.3:
            ann = "أعلن" if g == "m" else "أعلنت"
            what = f"{_pick(r, ('بدء', 'إكمال', 'تأجيل', 'إطلاق'))} {self.s_policy()} في {self.s_place()}"
            first = f"{ann} {spk}، {self.s_today()}، {what}."
        rest = " ".join(self.sentence() for _ in range(_pick(r, (0, 1, 1, 2))))
        return f"{first} {rest}".strip()

    def headline(self) -> str:
        return self.fill(_pick(self.r, HEADLINES))

    def subheading(self) -> str:
        r = self.r
        if r.random() < 0.6:
            return _pick(r, SUBHEADS)
        return self.fill(_pick(r, SUBHEAD_TEMPLATES))

    def bullets(self) -> list[str]:
        mark = _pick(self.r, ("- ", "• ", "* ", "- "))
        return [f"{mark}{self.s_policy()} في {self.s_place()}" for _ in range(_rint(self.r, 2, 4))]

    def table(self) -> list[str]:
        r = self.r
        header = _pick(
            r,
            (
                ("القاعدة العسكرية", "موعد الانسحاب", "عدد القوات المتبقية"),
                ("المحافظة", "عدد النازحين", "نسبة العودة"),
                ("المنفذ الحدودي", "تاريخ إعادة الافتتاح", "عدد الشاحنات يوميا"),
            ),
        )
        rows = [" | ".join(header) + " |", "---|---|---|"]
        for _ in range(_rint(r, 2, 5)):
            when = self.pub + timedelta(days=_rint(r, -300, 500))
            place = _pick(r, SITES_MILITARY) if header[0] != "المحافظة" else _pick(r, IRAQ_PROVINCES)
            cell = (
                f"{self.month(when.month)} {when.year}"
                if header[1] != "عدد النازحين"
                else self._digits(_rint(r, 50, 90000))
            )
            last = _pick(
                r, (self._digits(_rint(r, 0, 2500)), f"أقل من {self._digits(_rint(r, 100, 900))}", self.s_pct())
            )
            rows.append(f"{place} | {cell} | {last} |")
        return rows


# Clauses after أن / إن (a nominal sentence). Slots are _Writer.s_* methods.
CLAUSES = tuple(
    _compile(t)
    for t in (
        "{force} ستبدأ سحب {troops} من {base} {fut}",
        "{troops} سيغادرون {country} {fut}",
        "عدد القوات في {place} سينخفض إلى أقل من {troops} {fut}",
        "{groupm} لم يعد يشكل تهديدا استراتيجيا للحكومة",
        "القوات العراقية قادرة على {policy} دون مساعدة خارجية",
        "الوضع الأمني في {place} مستقر إلى درجة كبيرة",
        "الحكومة ماضية في {policy} رغم الضغوط",
        "الهجوم الذي وقع {past} في {place} أسفر عن سقوط {victims}",
        "{victims} سقطوا في {event} استهدف {place} {past}",
        "{force} نفذت {n} عملية ضد {group} في {place} خلال {period}",
        "المحادثات مع {country} قطعت شوطا مهما في {topic}",
        "الاتفاق سيدخل حيز التنفيذ {fut}",
        "خسائر القطاع الزراعي في {prov} تجاوزت {money}",
        "{project} سيكتمل {fut} بكلفة تقدر بـ{moneybare}",
        "نسبة الإنجاز في {project} بلغت {pct}",
        "لا صحة للأنباء التي تحدثت عن {event} في {place}",
        "العلاقة مع {country} تقوم على الاحترام المتبادل",
        "{army} نفذ {n} ضربة على مواقع {group} في {place}",
        "التحقيقات ما زالت جارية لمعرفة ملابسات {event} في {place}",
        "الحدود مع {country} مؤمنة بالكامل من خلال {things}",
        "هناك {people} ما زالوا في {camp} بانتظار العودة",
        "الحكومة خصصت {money} ل{policy}",
        "{pct} من سكان {prov} يعانون من شح المياه",
        "الانتخابات ستجرى {fut} في {nprov} محافظة",
        "أي تأخير في {policy} سيؤدي إلى {danger}",
        "{force} تمتلك الخبرات والقدرات اللازمة للتعامل مع أي تهديد محتمل",
        "الجانبين اتفقا على {policy} {fut}",
        "المرحلة الثانية من الانسحاب ستبدأ في {syria} {fut}",
        "وفدا {adjacc} رفيع المستوى سيزور {capital} {fut} لبحث {topic}",
        "بلاده لن تسمح بأن تكون أراضيها منطلقا للاعتداء على دول الجوار",
        "ما جرى في {place} {past} كان متوقعا في ظل {danger}",
        "صادرات النفط ارتفعت إلى {oil} {past}",
        "طول الحدود التي تتولى {force} حمايتها يزيد على {kmbare}",
        "{troops} انتشروا على امتداد {km} من الحدود مع {country}",
        "الأجهزة الأمنية اعتقلت {people} بتهم تتعلق بالإرهاب {past}",
        "ملف {topic} سيكون على طاولة المباحثات في {capital} {fut}",
        "الخطة الأمنية الجديدة تتضمن نشر {things} في {place}",
        "أكثر من {pct} من المشاريع المتلكئة عادت إلى العمل",
        "{groupm} يحاول استغلال الفراغ الأمني في {syria}",
        "التعاون مع {force} مستمر في مجال {policy}",
        "كلفة إعادة إعمار {city} تقدر بـ{moneybare}",
        "الدولة لن تتهاون مع كل من يحاول {danger}",
    )
)
QUOTES = tuple(
    _compile(t)
    for t in (
        "لن نسمح بعودة الإرهاب إلى {place} مهما كانت الظروف",
        "قواتنا مستعدة تماما لتسلم الملف الأمني {fut}",
        "كنا قريبين جدا من الإعلان عن هذا الاتفاق، ولكن بسبب التطورات الأخيرة تم تأجيل الإعلان",
        "الوضع في {place} تحت السيطرة، ولا داعي للقلق",
        "هناك {people} ينتظرون العودة إلى مناطقهم منذ سنوات",
        "نحن ملتزمون بالجدول الزمني المتفق عليه مع {country}",
        "ما حدث في {place} جريمة لن تمر دون عقاب",
        "لدينا معلومات دقيقة عن تحركات {group} قرب {place}",
        "الانسحاب لا يعني نهاية الشراكة الأمنية بين البلدين",
        "نطالب المجتمع الدولي بتحمل مسؤولياته إزاء ما يجري في {syria}",
        "الحكومة خصصت {money} لإعادة إعمار {city}، والعمل سيبدأ {fut}",
        "لم نتلق أي طلب رسمي بهذا الشأن حتى الآن",
        "التحقيقات مستمرة وسنعلن النتائج خلال {n} يوما",
        "أكثر من {pct} من العائلات النازحة عادت إلى {prov}",
        "لن نكون طرفا في أي صراع إقليمي",
        "الحدود مؤمنة بالكامل، وقواتنا تراقب كل شبر منها",
        "{troops} سيبقون في {city} لأغراض التدريب والاستشارة فقط",
        "نعمل على {policy} بالتنسيق مع الشركاء",
        "الخطر لم ينته بعد، و{groupm} ما زال يمتلك خلايا نائمة",
        "نرفض أي تدخل في الشأن الداخلي تحت أي ذريعة",
    )
)
NARRATIVES = tuple(
    _compile(t)
    for t in (
        "ووقع في {place} {past} {event} أسفر عن سقوط {victims}.",
        "وتنتشر في {place} {troops} ضمن مهمة التحالف الدولي.",
        "ويبلغ طول الحدود بين العراق و{country2} {km}.",
        "وكانت {country} قد وقعت اتفاقا أمنيا مع بغداد {past}.",
        "ويأتي ذلك بعد أيام من {event} استهدف {base}.",
        "وتقدر كلفة {project} بنحو {moneybare}.",
        "وارتفعت أسعار المواد الغذائية في {city} بنسبة {pct} خلال {period}.",
        "وانسحبت القوات الأميركية من العراق في العام 2011، إلا أنها عادت في العام 2014 لمساندة القوات العراقية.",
        "ويضم {camp} {people}، أغلبهم من النساء والأطفال.",
        "ونفذت {force} {n} عملية أمنية {past} في مناطق {place} و{place}.",
        "وأسفرت العملية عن مقتل {n} من عناصر {group} واعتقال {people}.",
        "وتعرض محيط {base} لهجوم بـ{things} {past}، من دون تسجيل إصابات.",
        "ويصدر العراق {oil} عبر موانئ البصرة.",
        "وتعاني محافظة {prov} من شح المياه منذ سنوات، وتفاقمت الأزمة {past}.",
        "وخصصت الحكومة {money} ل{policy} في {prov}.",
        "وتقع {place} على بعد {km} من {city}.",
        "ولم تعلن أي جهة مسؤوليتها عن {event} حتى الآن.",
        "وتسعى بغداد إلى {policy} قبل {fut}.",
        "وتتزامن هذه التطورات مع {event} في {syria}.",
        "وتعود آخر حادثة مماثلة إلى {past}، حين قتل {victims} في {place}.",
        "ويرى مراقبون أن {danger} يظل قائما في ظل الانقسام السياسي.",
        "وكان التحالف الدولي قد تشكل في العام 2014 بقيادة الولايات المتحدة لمحاربة تنظيم داعش.",
        "وبلغ عدد النازحين الذين عادوا إلى {prov} {people} منذ مطلع العام.",
        "وتشير الإحصاءات الرسمية إلى أن {pct} من الشباب في {prov} عاطلون عن العمل.",
        "ومن المقرر أن يعقد مجلس النواب جلسة {fut} لمناقشة {topic}.",
        "وتواجه الحكومة انتقادات متزايدة بسبب {danger}.",
        "وتعد {place} من أخطر المناطق الجغرافية على الحدود مع {country2}.",
        "وتمتد البادية على مساحة تزيد على {kmbare} مربع.",
        "ويتوقع أن يصل عدد الجنود المتبقين إلى {troops} {fut}.",
        "وضبطت القوات الأمنية {things} و{people} خلال عمليات التفتيش في {place}.",
        "وفي {past}، وقع في {city} {event} راح ضحيته {victims}.",
        "وقدرت الأمم المتحدة عدد المحتاجين إلى المساعدة في {syria} بـ{people}.",
        "ووصلت قيمة التبادل التجاري بين البلدين إلى {money} خلال {period}.",
        "وتحتجز {force} في سجون {syria} نحو {n} ألف شخص من عناصر التنظيم وعائلاتهم.",
    )
)
HEADLINES = tuple(
    _compile(t)
    for t in (
        "الخارجية {adjf} تعلن تأجيل إنهاء مهمة التحالف الدولي",
        "سقوط {victims} في {event} استهدف {place}",
        "انسحاب {force} من {country}: هواجس أمنية من عودة شبح 2014",
        "{force} تخفض وجودها في {country}.. وتركز على {country2}",
        "بعد {event} في {place}.. بغداد تعلن خطة جديدة لتأمين الحدود",
        "تحذير أممي من {danger}",
        "{troops} يغادرون {country} {fut}",
        "وفد {adjindef} رفيع يزور {capital} لبحث {topic}",
        "اعتقال {people} بعملية أمنية في {place}",
        "{project} بكلفة {money}.. ماذا نعرف عنه",
        "جدل في بغداد بشأن {topic}",
        "مسؤول أميركي: {groupm} لم يعد يشكل تهديدا مستداما",
        "البرلمان يناقش {topic} وسط خلافات حادة",
        "{army} يعلن تدمير أوكار لـ{groupm} في {place}",
        "السفارة الأمريكية في بغداد قلقة من تمدد {group} بالمنطقة",
        "المخاوف الأمنية: بين إعلان النصر على داعش وقلق التمدد في {syria}",
        "العراق و{country2} يبحثان {policy}",
        "الحكومة تخصص {money} ل{policy}",
        "{pct} من العائلات النازحة عادت إلى {prov}",
        "الكشف عن تفاصيل الخطة الأمنية الجديدة في {prov}",
        "هجوم بـ{things} يستهدف {base} دون إصابات",
        "خلية الإعلام الأمني: إحباط {event} في {place}",
        "تقرير: {groupm} يعيد تنظيم صفوفه في {syria}",
        "{country} تعلن موقفها من {topic}",
    )
)
SUBHEAD_TEMPLATES = tuple(
    _compile(t) for t in ("قلق من {syria}", "ملف {topic}", "{place} تحت المجهر", "تحذيرات من {danger}", "الموقف {adjm}")
)
# Speakers: (template, gender of the verb they take). Plural sources ("مصادر") take a feminine verb.
SPEAKERS_NAMED = (
    ("وزير {ministry} {adjm} {name}", "m"),
    ("المتحدث باسم وزارة {ministry} {adjf} {rank} {name}", "m"),
    ("المتحدث باسم وزارة الدفاع العراقية اللواء {name}", "m"),
    ("عضو لجنة الأمن والدفاع النيابية {name}", "m"),
    ("النائب عن محافظة {prov} {name}", "m"),
    ("محافظ {prov} {name}", "m"),
    ("قائد عمليات {prov} {rank} {name}", "m"),
    ("السفير {adjm} لدى {country2} {name}", "m"),
    ("المتحدث باسم البنتاغون {foreign}", "m"),
    ("وزير الخارجية {adjm}", "m"),
    ("رئيس خلية الإعلام الأمني {rank} {name}", "m"),
    ("النائبة عن محافظة {prov} {namef}", "f"),
    ("المتحدثة باسم وزارة {ministry} {adjf} {namef}", "f"),
    ("قائد قوات التحالف الدولي الجنرال {foreign}", "m"),
    ("مستشار رئيس الوزراء للشؤون الأمنية {name}", "m"),
    ("رئيس أركان الجيش {rank} {name}", "m"),
)
SPEAKERS_BODIES = (
    ("وزارة {ministry} {adjf}", "f"),
    ("السفارة {adjf} في بغداد", "f"),
    ("قيادة العمليات المشتركة", "f"),
    ("خلية الإعلام الأمني", "f"),
    ("اللجنة العسكرية العليا", "f"),
    ("الحكومة {adjf}", "f"),
    ("هيئة الحشد الشعبي", "f"),
    ("قيادة عمليات {prov}", "f"),
    ("مديرية شرطة {prov}", "f"),
    ("بعثة الأمم المتحدة لمساعدة العراق (يونامي)", "f"),
    ("المفوضية العليا المستقلة للانتخابات", "f"),
    ("القيادة المركزية الأمريكية (سنتكوم)", "f"),
    ("الجيش {adjm}", "m"),
    ("التحالف الدولي", "m"),
    ("البنتاغون", "m"),
    ("المرصد السوري لحقوق الإنسان", "m"),
)
SPEAKERS_ANON = (
    ("مصدر أمني", "m"),
    ("مصدر أمني طلب عدم الكشف عن اسمه", "m"),
    ("مصدر أمني في محافظة {prov}", "m"),
    ("مسؤول أميركي كبير", "m"),
    ("مسؤول أمريكي طلب عدم ذكر اسمه", "m"),
    ("مسؤول عسكري رفيع المستوى", "m"),
    ("مصدر حكومي مطلع", "m"),
    ("ضابط في الجيش {adjm}", "m"),
    ("دبلوماسي غربي", "m"),
    ("مسؤول محلي في {city}", "m"),
    ("مصادر أمنية {adjf}", "f"),
    ("مصادر مطلعة", "f"),
    ("مصادر سياسية", "f"),
    ("مصادر محلية في {place}", "f"),
    ("مصادر عسكرية", "f"),
    ("مصادر دبلوماسية", "f"),
)
EXPERTS = (
    ("الخبير الأمني {name}", "m"),
    ("الخبير العسكري {rank} المتقاعد {name}", "m"),
    ("المحلل السياسي {name}", "m"),
    ("الباحث في الشؤون الاستراتيجية {name}", "m"),
    ("أستاذ العلوم السياسية في جامعة {city} {name}", "m"),
    ("الباحثة في الشؤون السياسية {namef}", "f"),
)
SLOT_FUNCS: dict[str, Callable[[_Writer], str]] = {
    name[2:]: getattr(_Writer, name) for name in dir(_Writer) if name.startswith("s_")
}


def _bind(templates: tuple[tuple[tuple[str, str], ...], ...]) -> tuple[Template, ...]:
    """Replace slot names by their functions (a KeyError names a slot with no ``s_`` method)."""
    return tuple(tuple((literal, SLOT_FUNCS[slot] if slot else None) for literal, slot in t) for t in templates)


CLAUSES, QUOTES, NARRATIVES = _bind(CLAUSES), _bind(QUOTES), _bind(NARRATIVES)
HEADLINES, SUBHEAD_TEMPLATES = _bind(HEADLINES), _bind(SUBHEAD_TEMPLATES)
SPEAKERS_NAMED, SPEAKERS_BODIES, SPEAKERS_ANON, EXPERTS = (
    tuple(zip(_bind(tuple(_compile(t) for t, _ in group)), (g for _, g in group), strict=True))
    for group in (SPEAKERS_NAMED, SPEAKERS_BODIES, SPEAKERS_ANON, EXPERTS)
)
_POOLS: dict[int, _Pools] = {}
SELF_CONTAINED_FORMS = tuple(f for f in range(22) if f not in (11, 18))  # 11, 18 continue the previous speaker


def _pools(seed: int) -> _Pools:
    """The seed's pools, built on first use; the main place etc. is redrawn for every item."""
    if seed not in _POOLS:
        w = _Writer(random.Random(f"{seed}:pools"), date(2025, 6, 1))

        def fresh(templates: tuple[Template, ...]) -> str:
            w.redraw()
            return w.fill(_pick(w.r, templates))

        def pooled_statement() -> tuple[str, Speaker]:
            w.redraw()
            form = _pick(w.r, SELF_CONTAINED_FORMS)
            return w.statement(form), w.last

        _POOLS[seed] = _Pools(
            tuple(fresh(CLAUSES) for _ in range(POOL_SIZE)),
            tuple(fresh(NARRATIVES) for _ in range(POOL_SIZE)),
            tuple(fresh(QUOTES) for _ in range(POOL_SIZE // 3)),
            tuple(pooled_statement() for _ in range(2 * POOL_SIZE)),
        )
    return _POOLS[seed]


# --- chrome ------------------------------------------------------------------------------------------
def _menu(r: random.Random) -> list[str]:
    items = ["الرئيسية", *r.sample(MENU_ITEMS, _rint(r, 4, 8))]
    u = r.random()
    if u < 0.25:
        return [" | ".join(items)]
    if u < 0.50:
        return ["".join(items)]
    if u < 0.70:
        return items
    if u < 0.85:
        return [" ".join(items)]
    return [" • ".join(items)]


def _tags(w: _Writer) -> str:
    r = w.r
    tags = [w.country[0], w.place_main, w.group_main, w.s_topic(), _pick(r, FORCES_F), _pick(r, IRAQ_PROVINCES)]
    r.shuffle(tags)
    tags = tags[: _rint(r, 3, 6)]
    prefix = _pick(r, TAG_PREFIXES)
    joined = "، ".join(tags) if r.random() < 0.6 else " ".join(tags)
    return f"{prefix} {joined}"


def _related(w: _Writer, n: int) -> list[str]:
    r = w.r
    lines = [_pick(r, RELATED_HEADINGS)]
    mark = _pick(r, ("", "", "- ", "• "))
    for _ in range(n):
        lines.append(mark + (w.headline() if r.random() < 0.7 else _pick(r, OTHER_HEADLINES)))
        if r.random() < 0.15:
            lines.append(_pick(r, ("منذ 3 ساعات", "منذ يومين", "قبل ساعة")))
    return lines


def _footer(r: random.Random, site: str, domain: str, year: int) -> list[str]:
    lines = []
    u = r.random()
    if u < 0.3:
        lines.append("من نحن | اتصل بنا | سياسة الخصوصية | شروط الاستخدام")
    elif u < 0.6:
        lines += ["من نحن", "اتصل بنا", "سياسة الخصوصية"]
    elif u < 0.8:
        lines.append(_pick(r, LATIN_CHROME))
    if r.random() < 0.5:
        lines.append(domain)
    lines.append(
        _pick(
            r,
            (
                f"جميع الحقوق محفوظة © {year} {site}",
                f"© {year} {site}. جميع الحقوق محفوظة",
                f"Copyright © {site} {year}",
                f"حقوق النشر محفوظة لـ{site} {year}",
            ),
        )
    )
    return lines


def _comments(r: random.Random) -> list[str]:
    return _pick(
        r,
        (
            [f"{_rint(r, 0, 40)} تعليق"],
            ["اكتب تعليق", "كل الحقول التي عليها علامة (*) مطلوبة"],
            ["أضف تعليق", "لن يتم نشر عنوان بريدك الإلكتروني"],
            [f"{_rint(r, 2, 90)} تعليقات"],
            ["التعليقات"],
        ),
    )


def _disclaimer(r: random.Random, site: str) -> str:
    return _pick(
        r,
        (
            "النص الذي يتضمن اسم الكاتب او الجهة او الوكالة، لايعبّر بالضرورة عن وجهة نظر "
            f"{site}، والمصدر هو المسؤول عن المحتوى.",
            "الآراء الواردة في المقال لا تعبر بالضرورة عن رأي الموقع.",
            "تم نشر هذا الخبر آليا من مصدره.",
        ),
    )


def _date_line(w: _Writer) -> str:
    """The page's publication date line, in one of the formats sites use."""
    r, d = w.r, w.pub
    hh, mi = _rint(r, 0, 23), _rint(r, 0, 59)
    wd = WEEKDAYS[d.weekday()]
    u = r.random()
    if u < 0.22:
        text = f"{wd}، {d.day} {GREG[d.month - 1]} {d.year}"
    elif u < 0.36:
        text = f"{d.day} {GREG[d.month - 1]}، {d.year}"
    elif u < 0.50:
        text = f"{wd} {d.day} {LEVANT[d.month - 1]} {d.year}"
    elif u < 0.58:
        text = f"{d.day} {LEVANT[d.month - 1]}/{GREG[d.month - 1]} {d.year}"
    elif u < 0.68:
        text = f"نشر في: {d.isoformat()} {hh:02d}:{mi:02d}"
    elif u < 0.76:
        text = f"آخر تحديث: {d.day:02d}/{d.month:02d}/{d.year} - {hh:02d}:{mi:02d}"
    elif u < 0.84:
        half = "مساءً" if hh >= 12 else "صباحاً"
        text = f"اليوم {wd} {d.day} {GREG[d.month - 1]} {d.year} {hh % 12 or 12:02d}:{mi:02d} {half}"
    elif u < 0.90:
        text = f"{d.year}/{d.month:02d}/{d.day:02d}"
    elif u < 0.95:
        text = f"{wd} {d.day} {GREG[d.month - 1]} {d.year} | {hh:02d}:{mi:02d}"
    else:
        text = f"{d.day} {LEVANT[d.month - 1]} {d.year}".translate(TO_INDIC)
    return text


def _dateline(w: _Writer, site: str) -> str:
    """A dateline opening the first paragraph: "بغداد/المسلة: ", "أربيل - «النهار»: ", "بغداد (رويترز) - "."""
    r = w.r
    city = _pick(r, ("بغداد", "بغداد", "أربيل", "البصرة", "الموصل", "دمشق", "بيروت", "الأنبار", "كركوك"))
    u = r.random()
    if u < 0.45:
        return f"{city}/{site}: "
    if u < 0.70:
        return f"{city} - {site}: "
    if u < 0.85:
        return f"{city} - «{site}»: "
    return f"{city} ({_pick(r, WIRES)}) - "


# --- pages -------------------------------------------------------------------------------------------
@dataclass
class ArticleTruth:
    """What the page was built from: the article as an analyst would mark it."""

    title: str | None
    published: date | None
    site: str
    paragraphs: list[str]  # prose paragraphs, as written in the file
    dateline: str = ""  # prefix of the first paragraph ("بغداد/المسلة: "), also in paragraphs[0]


@dataclass
class Page:
    """One generated file and its ground truth (``render_file`` returns only name and bytes)."""

    index: int
    name: str
    data: bytes
    kind: str  # single | two_articles | syndicated | bad
    encoding: str | None  # utf-8 | utf-8-sig | windows-1256 | utf-16 | None (bad files)
    bad_kind: str | None = None
    source_index: int | None = None  # for syndicated copies: the file re-published
    articles: list[ArticleTruth] = field(default_factory=list)


def _kind_draw(seed: int, index: int) -> tuple[str, str | None]:
    r = random.Random(f"{seed}:{index}:kind")
    u = r.random()
    if u < BAD_SHARE:
        return "bad", _pick(r, BAD_KINDS)
    if u < BAD_SHARE + TWO_SHARE:
        return "two_articles", None
    if u < BAD_SHARE + TWO_SHARE + COPY_SHARE:
        return "syndicated", None
    return "single", None


def copy_source(index: int, seed: int = DEFAULT_SEED) -> int | None:
    """The earlier single-article file a syndicated copy re-publishes (None if there is none)."""
    if index < 1:
        return None
    r = random.Random(f"{seed}:{index}:copy")
    for _ in range(32):
        j = index - 1 - _below(r, min(index, COPY_WINDOW))
        if _kind_draw(seed, j)[0] == "single":
            return j
    return None


def file_kind(index: int, seed: int = DEFAULT_SEED) -> str:
    """ "single", "two_articles", "syndicated" or "bad:<kind>" -- cheap, without rendering the file."""
    kind, bad = _kind_draw(seed, index)
    if kind == "bad":
        return f"bad:{bad}"
    if kind == "syndicated" and copy_source(index, seed) is None:
        return "single"
    return kind


def _target_size(r: random.Random) -> int:
    size = int(math.exp(r.gauss(math.log(MEDIAN_BYTES), SIZE_SIGMA)))
    return max(MIN_BYTES, min(MAX_BYTES - 2000, size))


def _utf8_size(text: str) -> int:
    return len(text.encode("utf-8"))


def _utf16_size(text: str) -> int:
    return 2 * len(text)  # the generated text has no characters outside the BMP


# Encoded size of a text: cp1256 is one byte per character (after cp1256_safe, which keeps lengths).
_SIZERS: dict[str, Callable[[str], int]] = {
    "utf-8": _utf8_size,
    "utf-8-sig": _utf8_size,
    "utf-16": _utf16_size,
    "windows-1256": len,
}


def _nbytes(text: str, encoding: str) -> int:
    return _SIZERS[encoding](text)


def _encode(text: str, encoding: str, r: random.Random) -> bytes:
    if encoding == "utf-8":
        return text.encode("utf-8")
    if encoding == "utf-8-sig":
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    if encoding == "utf-16":
        if r.random() < 0.8:
            return b"\xff\xfe" + text.encode("utf-16-le")
        return b"\xfe\xff" + text.encode("utf-16-be")
    return cp1256_safe(text).encode("cp1256")


@dataclass
class _Article:
    """An article being laid out: header lines, body blocks, footer lines."""

    header: list[str]
    blocks: list[list[str]]
    footer: list[str]
    truth: ArticleTruth


def _header_and_footer(
    w: _Writer, site: str, domain: str, title: str, layout: int, small: bool
) -> tuple[list[str], list[str], str, bool, bool]:
    """Header and footer lines of one article page; returns (header, footer, dateline, has_title, has_date)."""
    r = w.r
    header: list[str] = []
    footer: list[str] = []
    dateline = ""
    has_title = has_date = True
    year = w.pub.year
    if layout == 0:  # portal (seed 001): slogan, menu, title, site, date
        if not small and r.random() < 0.4:
            header.append(_pick(r, SLOGANS))
        if not small:
            header += _menu(r)
        if r.random() < 0.3:
            sep = _pick(r, ("»", ">", "/"))
            header.append(f"الرئيسية {sep} {_pick(r, MENU_ITEMS)} {sep} {w.country[0]}")
        header += [title, site, _date_line(w)]
        if r.random() < 0.4:
            dateline = _dateline(w, site)
        if not small and r.random() < 0.5:
            header.append(_pick(r, SHARE_LINES))
        footer += [_pick(r, ("المقال السابق", "الخبر التالي")), w.headline(), site]
        if not small:
            footer += [domain, *_related(w, _rint(r, 1, 4)), *_footer(r, site, domain, year)]
    elif layout == 1:  # "بغداد/المسلة:" (seed 002, second article)
        header += [title, _date_line(w)]
        dateline = f"{_pick(r, ('بغداد', 'أربيل', 'البصرة', 'الموصل'))}/{site}: "
        footer.append(f"{site} – متابعة – {_pick(r, ('وكالات', 'متابعات'))}")
        if not small:
            footer += [_disclaimer(r, site), _pick(r, ("About Post Author", "See author's posts"))]
            footer += _related(w, _rint(r, 3, 8))
    elif layout == 2:  # aggregator (seed 003): "title - site", "X (لبنان) 0 تعليق ..."
        orig, orig_country = _pick(
            r, (("النشرة", "لبنان"), ("الوطن", "سوريا"), ("المدى", "العراق"), ("الغد", "الأردن"))
        )
        header += [f"{title} - {site}", f"{orig} ({orig_country}) {_rint(r, 0, 9)} تعليق ارسل طباعة تبليغ حذف"]
        if r.random() < 0.6:
            header.append("نعرض لكم زوارنا أهم وأحدث الأخبار فى المقال الاتي:")
        header.append(f"{title} - {site}, {_date_line(w)}")
        dateline = f"{site} - "
        footer += [
            "إخترنا لك",
            *(w.headline() for _ in range(_rint(r, 0, 3))),
            "أخبار ذات صلة",
            f"{_rint(r, 0, 9)} تعليق",
        ]
    elif layout == 3:  # lead first, then its headline (seed 000); handled by the caller
        has_date = False
        footer += [w.headline() if r.random() < 0.5 else _pick(r, OTHER_HEADLINES) for _ in range(_rint(r, 2, 8))]
    elif layout == 4:  # bare (seed 004): no title, no date
        header += [_pick(r, SLOGANS), _pick(r, ("أكثر الروابط استخداما", "الأكثر قراءة", "عاجل"))]
        has_title = has_date = False
        footer += _comments(r)
    elif layout == 5:  # wire: menu, breadcrumb, title, byline, date, "بغداد (رويترز) -"
        if not small:
            header += _menu(r)
        header += [
            title,
            _pick(r, (f"كتب: {w.name_m()}", f"بقلم: {w.name_m()}", f"بغداد - {site}", site)),
            _date_line(w),
        ]
        dateline = f"{_pick(r, ('بغداد', 'دمشق', 'أربيل', 'بيروت'))} ({_pick(r, WIRES)}) - "
        footer += [
            f"المصدر: {_pick(r, ('رويترز', 'وكالات', 'فرانس برس', 'الأناضول'))}",
            _tags(w),
            _pick(r, SHARE_LINES),
        ]
        if not small:
            footer += _comments(r) + _footer(r, site, domain, year)
    else:  # euronews-like: body first, "اعلان", glued footer chrome, "المصدر: X", tags
        has_title = has_date = False
        footer += [
            "شارك هذا المقالمحادثة مواضيع إضافية " + " ".join(w.headline() for _ in range(2)),
            "LoaderSearchابحث مفاتيح اليوم روسيا أوكرانيا غزة الشرق الأوسط إيران",
            f"المصدر: {site}",
            _tags(w),
        ]
    return header, footer, dateline, has_title, has_date


def _build_article(
    w: _Writer,
    site: str,
    domain: str,
    target: int,
    encoding: str,
    small: bool,
    layout: int | None = None,
    paragraphs: list[str] | None = None,
    title: str | None = None,
) -> _Article:
    """Lay out one article page: chrome around a body filled up to ``target`` encoded bytes."""
    r = w.r
    layout = _wpick(r, range(7), LAYOUT_CUM) if layout is None else layout
    title = title or w.headline()
    header, footer, dateline, has_title, has_date = _header_and_footer(w, site, domain, title, layout, small)
    truth = ArticleTruth(title if has_title else None, w.pub if has_date else None, site, [], dateline)
    blocks: list[list[str]] = []
    size = _SIZERS[encoding]
    used = sum(size(line) + 2 for line in header + footer)

    def add(block: list[str], prose: str | None = None) -> None:
        nonlocal used
        blocks.append(block)
        used += sum(map(size, block)) + 2 * len(block)
        if prose is not None:
            truth.paragraphs.append(prose)

    if paragraphs is not None:  # a syndicated copy: the given body
        for i, para in enumerate(paragraphs):
            text = dateline + para if i == 0 else para
            add([text], text)
    else:
        lead = w.lead()
        if layout == 3:  # seed 000: the lead paragraph opens with the headline's words
            lead = f"{title}، {_pick(r, ('وسط', 'في وقت يتصاعد فيه', 'مع تزايد'))} {w.s_danger()}. {lead}"
            add([lead], lead)
            add([title])
        else:
            add([dateline + lead], dateline + lead)
        for block, prose in _body_blocks(w, small):
            if used >= target and len(truth.paragraphs) >= 2:
                break
            add(block, prose)
    return _Article(header, blocks, footer, truth)


def _body_blocks(w: _Writer, small: bool) -> Iterator[tuple[list[str], str | None]]:
    """Body blocks after the lead, forever: paragraphs, subheadings, tables, bullets, ads, captions."""
    r = w.r
    para = w.paragraph()
    yield [para], para
    since_sub = 0
    while True:
        u = r.random()
        since_sub += 1
        if u < 0.12:
            if since_sub >= 3:  # a subheading every few paragraphs at most
                since_sub = 0
                para = w.paragraph()
                yield [w.subheading(), para], para
                continue
        elif u < 0.13:
            if not w.table_done and not small:
                w.table_done = True
                yield w.table(), None
                continue
        elif u < 0.145:
            yield w.bullets(), None
            continue
        elif u < 0.165:
            yield [_pick(r, ("إعلان", "اعلان", "Advertisement", "- إعلان -"))], None
            continue
        elif u < 0.175:
            yield [f"{w.s_force()} في {w.s_place()}."], None  # a photo caption
            continue
        elif u < 0.182 and not w.readalso_done:
            w.readalso_done = True
            para = w.paragraph()
            yield [f"{_pick(r, ('اقرأ أيضا', 'اقرأ أيضاً', 'طالع أيضا'))}: {w.headline()}", para], para
            continue
        para = w.paragraph()
        yield [para], para


def _join(lines: list[str], r: random.Random) -> str:
    sep = "\n\n" if r.random() < 0.5 else "\n"
    text = sep.join(lines) + "\n"
    return text.replace("\n", "\r\n") if r.random() < 0.05 else text


def _page_lines(articles: list[_Article], markers: list[str]) -> list[str]:
    lines: list[str] = []
    for i, art in enumerate(articles):
        if i:
            lines.append(markers[i - 1])
        lines += art.header
        for block in art.blocks:
            lines += block
        lines += art.footer
    return lines


def _render_good(index: int, seed: int, kind: str) -> Page:
    r = random.Random(f"{seed}:{index}")
    pools = _pools(seed)
    encoding = _wpick(r, ENCODINGS, ENCODING_CUM)
    target = _target_size(r)
    small = target < 2500
    pub = date(2023, 1, 1) + timedelta(days=_below(r, 1096))
    site, domain = _pick(r, SITES)
    source_index = None
    markers: list[str] = []
    if kind == "two_articles":
        first_share = r.uniform(0.4, 0.7)
        w1 = _Writer(random.Random(f"{seed}:{index}:a0"), pub, pools)
        a1 = _build_article(w1, site, domain, int(target * first_share), encoding, True)
        a1.footer = [_tags(w1), _pick(r, SHARE_LINES)] if r.random() < 0.7 else [_pick(r, SHARE_LINES)]
        w2 = _Writer(random.Random(f"{seed}:{index}:a1"), pub - timedelta(days=_rint(r, 0, 200)), pools)
        site2 = _pick(r, SITES)[0]
        a2 = _build_article(w2, site2, domain, target - int(target * first_share), encoding, small, layout=1)
        a2.header = [a2.header[0], _date_line(w2)] if r.random() < 0.8 else [a2.header[0], site2, _date_line(w2)]
        markers = [_pick(r, READALSO_MARKERS)]
        articles = [a1, a2]
    elif kind == "syndicated":
        source_index = copy_source(index, seed)
        assert source_index is not None
        source = render_page(source_index, seed).articles[0]
        w = _Writer(random.Random(f"{seed}:{index}:a0"), source.published or pub, pools)
        if site == source.site:
            site, domain = SITES[(SITES.index((site, domain)) + 1) % len(SITES)]
        body = [p[len(source.dateline) :] if i == 0 else p for i, p in enumerate(source.paragraphs)]
        if len(body) > 3 and r.random() < 0.3:
            body = body[:-1]
        art = _build_article(
            w, site, domain, 0, encoding, small, layout=_pick(r, (0, 1, 5)), paragraphs=body, title=source.title
        )
        credit = _pick(r, (f"المصدر: {source.site}", f"نقلا عن {source.site}", ""))
        if credit:
            art.footer.insert(0, credit)
        articles = [art]
    else:
        w = _Writer(random.Random(f"{seed}:{index}:a0"), pub, pools)
        articles = [_build_article(w, site, domain, target, encoding, small)]

    # keep the encoded page within [MIN_BYTES, MAX_BYTES]
    while True:
        text = _join(_page_lines(articles, markers), r)
        if encoding == "windows-1256":
            text = cp1256_safe(text)
        size = _nbytes(text, encoding) + (3 if encoding == "utf-8-sig" else 2 if encoding == "utf-16" else 0)
        last = articles[-1]
        if size > MAX_BYTES and len(last.blocks) > 2:
            block = last.blocks.pop()
            if block[-1] in last.truth.paragraphs:
                last.truth.paragraphs.remove(block[-1])
            continue
        if size < MIN_BYTES:
            last.footer += _related(_Writer(r, pub), 3)
            continue
        break
    data = _encode(text, encoding, r)
    truths = [a.truth for a in articles]
    if encoding == "windows-1256":
        for t in truths:
            t.paragraphs = [cp1256_safe(p) for p in t.paragraphs]
            t.dateline = cp1256_safe(t.dateline)
            t.title = cp1256_safe(t.title) if t.title else None
    return Page(index, _name(index), data, kind, encoding, None, source_index, truths)


def _name(index: int) -> str:
    return f"gen_{index:07d}.txt"


def _render_bad(index: int, seed: int, bad_kind: str) -> Page:
    """A file a real batch has and the pipeline must quarantine (see BAD_KINDS)."""
    r = random.Random(f"{seed}:{index}")
    if bad_kind == "empty":
        data = _pick(r, (b"", b"\n", b"   \r\n\r\n", b"\x00\x00\x00\x00"))
    elif bad_kind == "binary_random":
        data = r.randbytes(_rint(r, 500, 20000))
    elif bad_kind == "binary_magic":
        magic = _pick(
            r, (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"\x1f\x8b\x08\x00", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
        )
        data = magic + r.randbytes(_rint(r, 500, 20000))
    elif bad_kind == "utf16_truncated":
        # A UTF-16 page cut while writing a share line with an emoji: the file ends inside a surrogate pair.
        w = _Writer(random.Random(f"{seed}:{index}:a0"), date(2025, 1, 1) + timedelta(days=_below(r, 300)))
        text = "\n".join([w.headline(), _date_line(w), w.lead(), w.paragraph(), "تابعونا على تلغرام \U0001f4e2"])
        data = b"\xff\xfe" + text.encode("utf-16-le")
        data = data[:-1]  # high surrogate kept, low surrogate cut to one byte: odd length
    elif bad_kind == "chrome_only":
        w = _Writer(random.Random(f"{seed}:{index}:a0"), date(2025, 1, 1) + timedelta(days=_below(r, 300)))
        site, domain = _pick(r, SITES)
        lines = [*_menu(r), w.headline(), site, _date_line(w), _pick(r, SHARE_LINES), _tags(w)]
        lines += _related(w, _rint(r, 4, 10)) + _comments(r) + _footer(r, site, domain, w.pub.year)
        text = _join(lines, r)
        data = text.encode("utf-8") if r.random() < 0.7 else cp1256_safe(text).encode("cp1256")
    else:  # corrupt_utf8: a UTF-8 page with a word pasted in windows-1256
        w = _Writer(random.Random(f"{seed}:{index}:a0"), date(2025, 1, 1) + timedelta(days=_below(r, 300)))
        text = "\n".join([w.headline(), _date_line(w), w.lead(), w.paragraph(), w.paragraph()])
        raw = text.encode("utf-8")
        cut = raw.find(b" ", len(raw) // 2)
        data = raw[:cut] + b" " + _pick(r, ("العراق", "بغداد", "داعش", "الحكومة")).encode("cp1256") + raw[cut:]
    return Page(index, _name(index), data, "bad", None, bad_kind)


def render_page(index: int, seed: int = DEFAULT_SEED) -> Page:
    """File ``index`` of the corpus with its ground truth; depends only on (seed, index)."""
    kind = file_kind(index, seed)
    if kind.startswith("bad:"):
        return _render_bad(index, seed, kind[4:])
    return _render_good(index, seed, kind)


def render_file(index: int, seed: int = DEFAULT_SEED) -> tuple[str, bytes]:
    """(file name, file bytes) of file ``index``; depends only on (seed, index)."""
    page = render_page(index, seed)
    return page.name, page.data


def generate_corpus(out_dir: Path, n: int, seed: int = DEFAULT_SEED, start: int = 0) -> dict[str, Any]:
    """Write files ``start .. start+n-1`` into ``out_dir``; return counts and sizes."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    by_encoding: Counter[str] = Counter()
    by_kind: Counter[str] = Counter(dict.fromkeys(KINDS, 0))
    by_bad: Counter[str] = Counter()
    sizes: list[int] = []
    total = 0
    for index in range(start, start + n):
        page = render_page(index, seed)
        (out_dir / page.name).write_bytes(page.data)
        total += len(page.data)
        by_kind[page.kind] += 1
        if page.kind == "bad":
            by_bad[page.bad_kind or "?"] += 1
        else:
            by_encoding[page.encoding or "?"] += 1
            sizes.append(len(page.data))
    sizes.sort()
    return {
        "n_files": n,
        "seed": seed,
        "start": start,
        "by_kind": dict(by_kind),
        "by_bad_kind": dict(by_bad),
        "by_encoding": dict(by_encoding),
        "total_bytes": total,
        "size_min": sizes[0] if sizes else 0,
        "size_median": int(statistics.median(sizes)) if sizes else 0,
        "size_max": sizes[-1] if sizes else 0,
        "seconds": round(time.perf_counter() - started, 3),
    }


# --- verification: the real pipeline over a generated corpus ---------------------------------------
def verify_corpus(folder: Path, seed: int = DEFAULT_SEED) -> dict[str, Any]:
    """Scan, decode and parse ``folder`` with orchestration.corpus and compare with the ground truth."""
    from akhbar.normalize import normalize_text
    from orchestration.corpus import parse_files, scan_files

    now = datetime(2026, 1, 1)
    t0 = time.perf_counter()
    files = scan_files(folder, now)
    t1 = time.perf_counter()
    result = parse_files(files, now)
    t2 = time.perf_counter()
    index_of = {f["source_file"]: int(f["source_file"][4:11]) for f in files}
    quarantined = {f["source_file"] for f in files if f["status"] == "quarantined"}
    parse_errors = Counter(e["source_file"] for e in result.errors)
    articles_by_file: dict[str, list[dict[str, Any]]] = {}
    for row in result.tables["articles"]:
        articles_by_file.setdefault(row["source_file"], []).append(row)
    report: Counter[str] = Counter()
    problems: list[str] = []
    for f in files:
        name = f["source_file"]
        page = render_page(index_of[name], seed)
        rows = sorted(articles_by_file.get(name, []), key=lambda a: a["article_index"])
        caught = name in quarantined or name in parse_errors
        if page.kind == "bad":
            report["bad_files"] += 1
            report["bad_quarantined"] += caught
            if not caught:
                problems.append(f"{name}: bad file ({page.bad_kind}) not quarantined")
            continue
        report["good_files"] += 1
        if caught:
            report["good_quarantined"] += 1
            problems.append(f"{name}: good {page.kind} file quarantined")
        if f["encoding"] != page.encoding and not (
            page.encoding == "utf-16" and str(f["encoding"]).startswith("utf-16")
        ):
            report["encoding_mismatch"] += 1
            problems.append(f"{name}: written as {page.encoding}, decoded as {f['encoding']}")
        want = len(page.articles)
        report[f"{page.kind}_files"] += 1
        report[f"{page.kind}_articles_as_written"] += len(rows) == want
        if len(rows) != want:
            problems.append(f"{name}: {page.kind} page parsed into {len(rows)} articles")
        for truth, row in zip(page.articles, rows, strict=False):
            body = row["body_text"]
            report["articles_compared"] += 1
            kept = sum(normalize_text(p) in body for p in truth.paragraphs)
            report["paragraphs_written"] += len(truth.paragraphs)
            report["paragraphs_kept"] += kept
            if truth.title is not None:
                report["titles_written"] += 1
                report["titles_found"] += row["title"] == normalize_text(truth.title)
            if truth.published is not None:
                report["dates_written"] += 1
                report["dates_found"] += row["published_date"] == truth.published
    report.update(_syndication_checks(files, result, seed))
    for table in ("articles", "statements", "date_mentions", "number_mentions", "source_mentions", "place_mentions"):
        report[f"rows_{table}"] = len(result.tables[table])
    n_articles = len(result.tables["articles"])
    return {
        "files": len(files),
        "quarantined_at_decode": len(quarantined),
        "quarantined_at_parse_files": len(parse_errors),
        "parse_error_rows": len(result.errors),
        **dict(report),
        "scan_seconds": round(t1 - t0, 2),
        "parse_seconds": round(t2 - t1, 2),
        "articles_per_second": round(n_articles / (t2 - t1), 1) if t2 > t1 else None,
        "per_article": {
            t: round(len(result.tables[t]) / n_articles, 2) if n_articles else 0
            for t in ("statements", "date_mentions", "number_mentions")
        },
        "problems": problems[:40],
        "n_problems": len(problems),
    }


def _syndication_checks(files: list[dict[str, Any]], result: Any, seed: int) -> dict[str, Any]:
    """Copies linked to their source by near-copy detection; 5-gram Jaccard of random article pairs."""
    from akhbar.syndication import near_copy_links, shingles, signature_from_bytes

    articles = result.tables["articles"]
    id_of = {(a["source_file"], a["article_index"]): a["article_id"] for a in articles}
    prints = {
        row["article_id"]: signature_from_bytes(row["minhash"], row["n_shingles"])
        for row in result.tables["article_fingerprints"]
    }
    links = near_copy_links(prints)
    linked = {frozenset((link.article_a, link.article_b)) for link in links}
    copies = found = 0
    for f in files:
        index = int(f["source_file"][4:11])
        if file_kind(index, seed) != "syndicated":
            continue
        source = copy_source(index, seed)
        a, b = id_of.get((f["source_file"], 0)), id_of.get((_name(source or 0), 0))
        if a is None or b is None:
            continue  # the source file is not in this folder
        copies += 1
        found += frozenset((a, b)) in linked
    copy_files = {f["source_file"] for f in files if file_kind(int(f["source_file"][4:11]), seed) == "syndicated"}
    bodies = [a["body_text"] for a in articles if a["source_file"] not in copy_files]
    r = random.Random(0)
    grams = {}
    total, pairs = 0.0, 0
    for _ in range(min(500, len(bodies) * (len(bodies) - 1) // 2)):
        i, j = r.sample(range(len(bodies)), 2)
        for k in (i, j):
            if k not in grams:
                grams[k] = shingles(bodies[k])
        union = grams[i] | grams[j]
        total += len(grams[i] & grams[j]) / len(union) if union else 0.0
        pairs += 1
    return {
        "copies_with_source_in_folder": copies,
        "copies_linked_to_source": found,
        "near_copy_links_total": len(links),
        "mean_jaccard_random_pairs": round(total / pairs, 4) if pairs else None,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--n", type=int, default=1000, help="number of files (default 1000)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--start", type=int, default=0, help="index of the first file (add new files later)")
    parser.add_argument("--verify", action="store_true", help="then scan and parse the folder with the pipeline")
    args = parser.parse_args(argv)
    stats = generate_corpus(args.out_dir, args.n, args.seed, args.start)
    print(json.dumps(stats, ensure_ascii=False, indent=2))
    if args.verify:
        print(json.dumps(verify_corpus(args.out_dir, args.seed), ensure_ascii=False, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
