"""Temporal expressions, normalised to ISO values and DATE periods (EXTRACTION.md §3).

One compiled regex, built at import from ``lexicons/months.tsv`` and
``lexicons/date_qualifiers.tsv``, scans the article's Shadow once (whole text, ``finditer``); each
match is resolved and mapped back to ``body_text``. Kinds of expression, in the order tried:

* numeric dates: "26/4/1947", "2025-01-26", "2/2013" (day/month/year; month/day when the middle
  part cannot be a month);
* day + month (+ year) with an optional weekday before and a time after, which stays inside the
  surface: "الأربعاء، 1 أكتوبر 2025", "اليوم الاثنين 25 أغسطس 2025 07:25 مساءً", "26 يناير، 2025";
* Hijri dates, converted with ``hijridate``: "15 رمضان 1446 هـ" (a Hijri month + year without a
  day -> granularity other, the Gregorian bounds of that month);
* month + year "سبتمبر 2025", "أيلول/سبتمبر 2025", "كانون الثاني/ يناير" (a pair is one mention);
* a year after عام/العام/سنة/لعام: "العام 2014", "عام 2029";
* decades "التسعينيات" (granularity other, 1990-01-01..1999-12-31, date_value null);
* relative expressions resolved against ``published``: اليوم (+ weekday), أمس, غدا, "الأسبوع/الشهر/
  العام الماضي/المقبل/الجاري/الحالي", "هذا العام", "قبل ثلاثة أيام", "منذ عامين", "خلال الأشهر
  الماضية", "الأشهر الـ12 المقبلة", weekdays "يوم الخميس", "الثلاثاء الماضي";
* a month alone "في أيلول/سبتمبر" (weak names such as مارس/آب/ماي only with شهر or a qualifier);
* a bare 4-digit year 1900-2100 ("في 2014", "سيناريو 2014") unless it is a quantity: followed by a
  counted noun or scale word ("2000 جندي"), preceded by a number qualifier ("حوالي 2000"), or in a
  range with a number that is no year ("من 2000 إلى 500").

Decisions:

* Qualifier words are inside the surface: "بنهاية سبتمبر 2025", "حتى عام 2029", "في موعد أقصاه
  نهاية أيلول 2025"; a leading conjunction و/ف and a plain "في" are not.
* One qualifier per mention. An outer one (by, until, since, before, after) wins over an inner one
  (end_of, start_of, mid), and the inner one narrows the period: "في موعد أقصاه نهاية أيلول 2025"
  -> qualifier by, period 2025-09-21..2025-09-30. Alone, inner qualifiers narrow the period the same
  way (month: 1-10 / 11-20 / 21-end; year: Jan-Mar / May-Aug / Oct-Dec); date_value keeps the
  precision of what is named ("2025-09"). Outer qualifiers keep the named period as the anchor.
* A month (or day + month) without a year takes the year that puts it nearest to ``published``
  ("أيلول/سبتمبر" in an article of 2025-10-01 -> 2025-09) and is_relative is true; without
  ``published`` its date_value is null.
* Weeks and vague spans ("الأسبوع الماضي", "خلال الأشهر الماضية") have granularity other and
  date_value null; a week is Monday..Sunday; a counted span ("الأشهر الـ12 المقبلة") gets the
  period from ``published``.
* "الآن", "حتى الآن" and times without a date are not dates.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from importlib import resources

from akhbar.arabic_numerals import Trigger, alternation, anchored_finditer, word_value
from akhbar.numbers import UNIT_PATTERN
from akhbar.records import DateMention, Sentence
from akhbar.segment import SentenceLocator
from akhbar.shadow import fold, shadow_of

_LEXICONS = resources.files("akhbar") / "lexicons"


def _folded(words: str) -> set[str]:
    """Folded forms of space-separated words."""
    return {fold(w) for w in words.split()}


def _tsv(name: str) -> list[list[str]]:
    rows = []
    for line in (_LEXICONS / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


_GREGORIAN: dict[str, int] = {}
_HIJRI: dict[str, int] = {}
_WEAK_MONTHS: set[str] = set()
for _surface, _number, _calendar, _strength in _tsv("months.tsv"):
    _key = fold(_surface)
    (_GREGORIAN if _calendar == "gregorian" else _HIJRI)[_key] = int(_number)
    if _strength == "weak":
        _WEAK_MONTHS.add(_key)

_OUTER: dict[str, str] = {}
_INNER: dict[str, str] = {}
for _surface, _qualifier, _role in _tsv("date_qualifiers.tsv"):
    (_OUTER if _role == "outer" else _INNER)[fold(_surface)] = _qualifier

_WEEKDAYS = {
    fold(w): i
    for i, ws in enumerate(
        ["الاثنين الإثنين", "الثلاثاء الثلاثا", "الأربعاء الاربعا", "الخميس", "الجمعة", "السبت", "الأحد"]
    )
    for w in ws.split()
}
_DECADES_STEMS = {
    fold(article + stem + suffix)
    for stem in ["عشرين", "ثلاثين", "اربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"]
    for article in ("", "ال")
    for suffix in ("يات", "ات")
}
_STRONG_WEEKDAYS = _folded("الثلاثاء الأربعاء الخميس السبت")

_PAST = _folded("الماضي الماضية المنصرم المنصرمة الفائت الفائتة السابق السابقة الأخير الأخيرة")
_FUTURE = _folded("المقبل المقبلة القادم القادمة التالي التالية")
_CURRENT = _folded("الجاري الجارية الحالي الحالية")
_DIRECTIONS = _PAST | _FUTURE | _CURRENT

# Period nouns: singular / dual / plural -> unit name.
_PERIOD_UNITS = {
    **dict.fromkeys(_folded("يوم أيام يومين يومان اليوم الأيام اليومين"), "day"),
    **dict.fromkeys(_folded("أسبوع أسابيع أسبوعين الأسبوع الأسابيع الأسبوعين"), "week"),
    **dict.fromkeys(_folded("شهر أشهر شهور شهرين الشهر الأشهر الشهور الشهرين"), "month"),
    **dict.fromkeys(_folded("عام أعوام عامين العام الأعوام العامين"), "year"),
    **dict.fromkeys(_folded("سنة سنوات سنين سنتين السنة السنوات السنتين"), "year"),
    **dict.fromkeys(_folded("ساعة ساعات ساعتين الساعات الساعتين"), "hour"),
}
# "قبل ثلاثة أيام", "منذ عامين": period nouns without the article
_OFFSET_UNITS = alternation({w for w in _PERIOD_UNITS if not w.startswith("ال")})
_DUAL_PERIODS = _folded("يومين يومان أسبوعين شهرين عامين سنتين ساعتين")

_S = r"[ \t]+"
_S0 = r"[ \t]*"
_MONTH = alternation(set(_GREGORIAN)) + r"(?!\w)"
_MONTH_PAIR = rf"{_MONTH}(?:{_S0}[/\-]{_S0}{_MONTH}|{_S0}\({_S0}{_MONTH}{_S0}\))?"
_HIJRI_MONTH = alternation(set(_HIJRI)) + r"(?!\w)"
_WD = alternation(set(_WEEKDAYS)) + r"(?!\w)"
_YEAR_WORD = r"(?:[لب]?(?:ال)?عام|[لب]?(?:ال)?سنه)"
_YEAR4 = r"(?<![\d.,])\d{4}(?!\d)(?:[ \t]?م(?!\w))?"
_NUMBER_WORDS = (
    "واحد اثنين اثنان ثلاثة ثلاث أربعة أربع خمسة خمس ستة ست سبعة سبع ثمانية ثماني تسعة تسع عشرة عشر بضعة بضع "
    "أحد_عشر اثني_عشر اثنا_عشر عشرين"
)
_NUMW = alternation({fold(w.replace("_", " ")) for w in _NUMBER_WORDS.split()}) + r"(?!\w)"


def _ordinal_days() -> dict[str, int]:
    """Ordinal day words, 1-31: "الأول من أكتوبر", "الحادي والعشرين من آذار"."""
    units = ["حادي", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع"]
    out = {"الاول": 1, "اول": 1, "العاشر": 10, "العشرين": 20, "الثلاثين": 30}
    for i, unit in enumerate(units, start=1):
        if i > 1:
            out["ال" + unit] = i
        for ten in ("عشر", "عشره"):
            out[f"ال{unit} {ten}"] = 10 + i
        for tens, value in (("العشرين", 20), ("العشرون", 20), ("الثلاثين", 30), ("الثلاثون", 30)):
            if value + i <= 31:
                out[f"ال{unit} و{tens}"] = value + i
                if i == 1:
                    out[f"الواحد و{tens}"] = value + 1
    return {fold(k): v for k, v in out.items()}


_ORDINAL_DAYS = _ordinal_days()
_ORDINAL_DAY = alternation(set(_ORDINAL_DAYS)) + r"(?!\w)"
_DAYTIME = rf"(?:صباحا|صباح|مساءا|مساء|ظهرا|عصرا|فجرا|ليلا|بعد{_S}الظهر|قبل{_S}الظهر|ص|م)(?!\w)"
_TIME = rf"{_S0},?{_S0}(?:الساعه{_S})?\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:{_S0}{_DAYTIME})?"

# A month by its number: "شهر 3", "شهر عشرة" (not "شهر واحد": one month).
_MONTH_NUMBER_WORDS: dict[str, int] = {}
for _n, _forms in enumerate(
    [
        "",
        "",
        "اثنين|اتنين",
        "ثلاثة|ثلاث|تلاتة",
        "أربعة|اربعة",
        "خمسة",
        "ستة",
        "سبعة",
        "ثمانية|تمانية",
        "تسعة",
        "عشرة",
        "أحد عشر|احداشر|حداشر",
        "اثني عشر|اثنا عشر|اتناشر",
    ]
):
    for _w in filter(None, _forms.split("|")):
        _MONTH_NUMBER_WORDS[fold(_w)] = _n
_MONTH_NUM = rf"شهر{_S}(?:\d{{1,2}}(?!\d)|{alternation(set(_MONTH_NUMBER_WORDS))}(?!\w))"
_MONTH_ANY = rf"(?:{_MONTH_PAIR}|{_MONTH_NUM})"
_RANGE_TO = rf"{_S0}(?:[-–]|{_S}و?(?:الي|حتي){_S}){_S0}"
_FEAST = (
    rf"عيد{_S}(?:الفطر|الاضحي|الميلاد|الفصح)(?:{_S}(?:المبارك|السعيد|المجيد))?"
    rf"|راس{_S}السنه{_S}(?:الهجريه|الميلاديه)|شهر{_S}رمضان|رمضان(?={_S0},?{_S0}(?:{_YEAR_WORD}{_S})?\d)"
)
_BARE_WD = alternation(_folded("اثنين ثلاثاء ثلاثا اربعاء اربعا خميس جمعة جمعه سبت أحد احد"))
_NTH = {fold(w): i for i, ws in enumerate(["", "أول اول", "ثاني ثان", "ثالث", "رابع", "خامس"]) for w in ws.split()}
_NTH_AFTER = {
    fold(w): i
    for i, ws in enumerate(["", "الأول الأولى", "الثاني الثانية", "الثالث الثالثة", "الرابع الرابعة", "الخامس الخامسة"])
    for w in ws.split()
}
_LAST = _folded("آخر اخر الأخير الأخيرة")
_NTH_RE = alternation(set(_NTH) | _folded("آخر اخر"))
_NTH_AFTER_RE = alternation(set(_NTH_AFTER) | _folded("الأخير الأخيرة")) + r"(?!\w)"

# A year named relative to publication after a month: "أيلول من العام الماضي", "مارس السنة القادمة".
_REL_YEAR = rf"(?:ال(?:عام|سنه){_S}{alternation(_DIRECTIONS)}|هذا{_S}العام|هذه{_S}السنه)(?!\w)"

_OUTER_RE = alternation(set(_OUTER)) + r"(?!\w)"
_INNER_RE = r"[بل]?" + alternation(set(_INNER)) + r"(?!\w)"

# Example for each alternative:
#   num_*   "26/4/1947", "2025-01-26", "2/2013"
#   d/m/y   "الأربعاء، 1 أكتوبر 2025 07:25 مساءً", "1 أكتوبر", "26 يناير، 2025"
#   h*      "15 رمضان 1446 هـ", "رمضان 1446"
#   my      "سبتمبر 2025", "أيلول/سبتمبر 2025", "شهر كانون الثاني/ يناير من العام 2024"
#   ky      "العام 2014", "عام 2029", "لعام 2030"
#   dec     "التسعينيات", "ثمانينات القرن الماضي"
#   today   "اليوم", "اليوم الخميس"
#   yest    "أمس", "يوم أمس", "أول أمس"
#   tom     "غدا", "يوم غد", "بعد غد"
#   rel     "العام الماضي", "الشهر الجاري", "هذا العام"
#   off     "قبل ثلاثة أيام", "منذ عامين", "قبل أسبوع"
#   span    "خلال الأشهر الماضية", "الأشهر الـ12 المقبلة", "الأيام الأخيرة"
#   wd      "يوم الخميس", "الثلاثاء الماضي"
#   mo      "في أيلول/سبتمبر", "شهر مارس"
#   bare    "العام" after an inner qualifier: "بحلول نهاية العام"
#   by      "في 2014", "سيناريو 2014"
_DATE_RE = re.compile(
    rf"(?<![\w.,:/\-])(?P<cj>[وف](?=[بلحمقنعاف]))?"
    rf"(?P<pc>[بل](?={_MONTH}|{_HIJRI_MONTH}))?"
    rf"(?:(?P<qo>{_OUTER_RE}){_S}(?:(?:في|من){_S})?)?"
    rf"(?:(?P<qi>{_INNER_RE}){_S}(?:(?:شهر){_S}(?=\d))?)?"
    rf"(?:"
    rf"(?P<num_d>\d{{1,2}})(?P<num_s>[/.\-])(?P<num_m>\d{{1,2}})(?P=num_s)(?P<num_y>\d{{4}})(?![\d])"
    rf"|(?P<iso_y>\d{{4}})(?P<iso_s>[-/.])(?P<iso_m>\d{{1,2}})(?P=iso_s)(?P<iso_d>\d{{1,2}})(?![\d])"
    rf"|(?P<ny_m>\d{{1,2}})/(?P<ny_y>\d{{4}})(?![\d])"
    rf"|(?P<iym_y>(?:19|20)\d\d)-(?P<iym_m>0[1-9]|1[0-2])(?![\d/.\-])"
    rf"|(?:(?:اليوم|يوم){_S})?(?P<wdn>{_WD}){_S0},?{_S0}(?P<wdn_d>\d{{1,2}})/(?P<wdn_m>\d{{1,2}})(?![\d/])"
    rf"|(?P<nth>{_NTH_RE}){_S}(?:(?P<nth_day>يوم)|(?P<nth_week>اسبوع)|(?:يوم{_S})?(?P<nwd>{_BARE_WD}))(?!\w)"
    rf"(?:{_S}(?:من|في){_S}|{_S}ب)(?:شهر{_S})?(?P<nm>{_MONTH_ANY})(?:{_S0},?{_S0}(?:(?:من|في){_S})?(?:{_YEAR_WORD}{_S})?(?P<ny>{_YEAR4})|{_S}(?:(?:من|في){_S})?(?P<nyr>{_REL_YEAR}))?"
    rf"|(?P<nwd2>{_WD}|اليوم|الاسبوع){_S}(?P<nth2>{_NTH_AFTER_RE}){_S}(?:من|في){_S}(?:شهر{_S})?(?P<nm2>{_MONTH_ANY})(?:{_S0},?{_S0}(?:(?:من|في){_S})?(?:{_YEAR_WORD}{_S})?(?P<ny2>{_YEAR4})|{_S}(?:(?:من|في){_S})?(?P<ny2r>{_REL_YEAR}))?"
    rf"|(?:(?:اليوم|يوم){_S})?(?:(?P<wd1>{_WD}){_S0},?{_S0}(?:(?:الموافق|في){_S})?)?"
    rf"(?:(?:من{_S})?(?P<rd>\d{{1,2}}|{_ORDINAL_DAY}){_RANGE_TO})?"
    rf"(?:(?P<d>\d{{1,2}}){_S0}|(?P<dw>{_ORDINAL_DAY}){_S})(?:من{_S})?(?:شهر{_S})?(?P<m>{_MONTH_ANY})(?:{_S0},?{_S0}(?:(?:من|في){_S})?(?:{_YEAR_WORD}{_S})?(?P<y>{_YEAR4})|{_S}(?:(?:من|في){_S})?(?P<yr>{_REL_YEAR}))?"
    rf"|(?:(?:اليوم|يوم){_S})?(?P<wdo>{_WD}){_S}(?P<wdo_d>{_ORDINAL_DAY})(?!{_S}(?:من|في|ب|عشر|عشره)(?!\w))(?!{_S}و)"
    rf"|(?:(?:اليوم|يوم){_S})?(?:(?P<wd2>{_WD}){_S0},?{_S0})?(?:(?P<rmd>\d{{1,2}}){_S0}|(?P<rmdw>{_ORDINAL_DAY}){_S})"
    rf"من{_S}(?:(?P<rm_this>هذا){_S}الشهر|الشهر{_S}(?P<rm_d>{alternation(_DIRECTIONS)}))(?!\w)"
    rf"|(?:(?P<hwd>{_WD}){_S0},?{_S0})?(?:(?P<hd>\d{{1,2}}){_S})?(?:شهر{_S})?(?P<hm>{_HIJRI_MONTH}){_S}"
    rf"(?:(?:من{_S})?{_YEAR_WORD}{_S})?(?P<hy>1[34]\d\d)(?:{_S0}(?:ه|هجري|هجريه|للهجره)(?!\w))?"
    rf"|(?P<feast>{_FEAST})(?:{_S0},?{_S0}(?:(?:من|في){_S})?(?:{_YEAR_WORD}{_S})?(?P<fy>{_YEAR4})|{_S}(?:(?:من|في){_S})?(?P<fyr>{_REL_YEAR}))?(?!\w)"
    rf"|(?P<mf>{_MONTH_PAIR}){_S}(?P<mfd1>\d{{1,2}}){_RANGE_TO}(?P<mfd2>\d{{1,2}})(?!\d)(?:{_S0},?{_S0}(?:(?:من|في){_S})?(?:{_YEAR_WORD}{_S})?(?P<mfy>{_YEAR4})|{_S}(?:(?:من|في){_S})?(?P<mfyr>{_REL_YEAR}))?"
    rf"|(?P<msh>شهر{_S})?(?P<mm>{_MONTH_ANY}){_S0},?{_S0}(?:(?:من|في){_S})?(?:{_YEAR_WORD}{_S})?(?P<my>{_YEAR4})"
    rf"|(?:شهر{_S})?(?P<mmr>{_MONTH_ANY}){_S}(?:(?:من|في){_S})?(?P<mmr_y>{_REL_YEAR})"
    rf"|(?:شهر{_S})?(?P<mdir>{_MONTH_ANY}){_S}(?P<mdir_d>{alternation(_PAST | _FUTURE)})(?!\w)"
    rf"|{_YEAR_WORD}{_S}(?P<ky>{_YEAR4})"
    rf"|(?P<dec>(?:ال)?(?:عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)(?:يات|ات)"
    rf"(?:{_S}(?:من{_S})?القرن{_S}(?:الماضي|العشرين|المنصرم))?)(?!\w)"
    rf"|(?P<today>اليوم)(?:{_S0},?{_S0}(?P<twd>{_WD}))?(?!\w)"
    rf"|(?P<yest>(?:يوم{_S})?(?:امس|البارحه|امبارح)(?:{_S}الاول)?|اول{_S}(?:من{_S})?امس)(?!\w)"
    rf"(?:{_S0},?{_S0}{_WD})?"
    rf"|(?P<tom>بعد{_S}(?:غد|بكره|بكرا)|(?:يوم{_S})?غد|غدا|بكره|بكرا)(?!\w)"
    rf"|(?P<rel_this>هذا|هذه){_S}(?P<rel_u0>ال(?:اسبوع|شهر|عام|سنه))(?!\w)"
    rf"|(?P<rel_u>ال(?:اسبوع|شهر|عام|سنه)){_S}(?P<rel_d>{alternation(_DIRECTIONS)})(?!\w)"
    rf"|(?P<off_p>قبل|منذ){_S}(?:(?P<off_n>\d{{1,3}}|{_NUMW}){_S})?(?P<off_u>{_OFFSET_UNITS})(?!\w)"
    rf"|(?P<span_u>ال(?:ايام|اسابيع|اشهر|شهور|سنوات|اعوام|ساعات|يومين|اسبوعين|شهرين|عامين|سنتين)){_S}"
    rf"(?:(?:ال(?P<span_n>\d{{1,3}})|(?P<span_w>{_NUMW})){_S})?"
    rf"(?P<span_d>{alternation(_DIRECTIONS)}|الماضيين|المقبلين|الاخيرين|القادمين)(?!\w)"
    rf"|(?:(?P<wd_y>يوم){_S})?(?P<wd>{_WD})(?:{_S}(?P<wd_d>{alternation(_DIRECTIONS)})(?!\w))?"
    rf"|(?P<msh2>شهر{_S})?(?P<mo>{_MONTH_ANY})"
    rf"|(?P<bare>ال(?:عام|سنه|شهر|اسبوع))(?!\w)"
    rf"|(?P<by>(?:19\d\d|20\d\d|2100))(?!\d)"
    rf")"
    rf"(?P<time>{_TIME})?"
)
# Every date match holds a digit, a month, a weekday, a period noun or a day word; qualifiers
# reach at most six words back ("في موعد أقصاه نهاية أيلول 2025").
_TRIGGER = Trigger(
    r"\d",
    set(_GREGORIAN)
    | set(_HIJRI)
    | set(_WEEKDAYS)
    | set(_PERIOD_UNITS)
    | set(_DECADES_STEMS)
    | _folded("اليوم أمس البارحة امبارح غد غدا بكرة بكرا عيد")
    | {w for w in _ORDINAL_DAYS if " " not in w},
)
# Words that may open a date expression before its trigger word (qualifiers, "في", "شهر", ...).
_LEAD_WORDS = frozenset(
    word
    for phrase in [*_OUTER, *_INNER, *_WEEKDAYS]
    + list(_ORDINAL_DAYS)
    + [fold(w) for w in _NUMBER_WORDS.split() if "_" not in w]
    + sorted(_folded("في من شهر يوم اليوم هذا هذه عام العام لعام بعام سنة السنة الموافق قبل منذ بعد أول رأس"))
    + sorted(_NTH)
    + sorted(_folded("آخر اخر اثنين ثلاثاء ثلاثا اربعاء اربعا خميس جمعة جمعه سبت أحد احد"))
    for word in phrase.split()
)
_QUANTITY_AFTER_RE = re.compile(
    rf"{_S0}(?:(?:من{_S}(?:ال)?)?{UNIT_PATTERN}(?!\w)|(?:الف|مليون|مليار|الاف|ملايين)(?!\w)|%|٪|\$|[.,]\d)"
)
_RANGE_AFTER_RE = re.compile(rf"{_S0}(?:الي|حتي|و|-|–){_S0}(?P<n>\d+)(?!\d)")
_NUMBER_QUAL_BEFORE_RE = re.compile(
    r"(?:نحو|حوالي|قرابه|زهاء|يقارب|يناهز|اقل من|اكثر من|ازيد من|دون|علي|عن|يتجاوز|تتجاوز|بحدود|حدود|[$€])"
    rf"{_S0}$"
)


def extract_dates(body_text: str, sentences: list[Sentence], published: date | None) -> list[DateMention]:
    """Date mentions in the article; relative ones resolved against ``published``."""
    if not sentences:
        return []
    shadow = shadow_of(body_text)
    text = shadow.text
    locate = SentenceLocator(sentences)
    out: list[DateMention] = []
    for m in anchored_finditer(_DATE_RE, _TRIGGER, text, _LEAD_WORDS):
        resolved = _resolve(m, text, published)
        if resolved is None:
            continue
        value, p_start, p_end, granularity, relative, qualifier, s, e, inferred = resolved
        o_start, o_end = shadow.to_original(s, e)
        sentence_index = locate.index_at(o_start)
        if sentence_index is None:
            continue
        out.append(
            DateMention(
                sentence_index=sentence_index,
                char_start=o_start,
                char_end=o_end,
                surface_text=body_text[o_start:o_end],
                date_value=value,
                period_start=p_start,
                period_end=p_end,
                granularity=granularity,
                is_relative=relative,
                qualifier=qualifier,
                year_inferred=inferred,
            )
        )
    return out


# --- resolution --------------------------------------------------------------------------------


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_of(surface: str) -> int | None:
    first = re.split(r"[ \t]*[/\-(][ \t]*", surface, maxsplit=1)[0]
    first = re.sub(r"[ \t]+", " ", first)
    if first.startswith("شهر "):  # "شهر 3", "شهر عشرة"
        number = first[4:]
        month = int(number) if number.isdigit() else _MONTH_NUMBER_WORDS.get(number)
        return month if month is not None and 1 <= month <= 12 else None
    return _GREGORIAN.get(first)


def _day_word(token: str) -> int:
    """A day of the month written in digits or as an ordinal ("الخامس عشر")."""
    return int(token) if token.isdigit() else _ORDINAL_DAYS[re.sub(r"[ \t]+", " ", token)]


def _year_for(month: int, day: int, published: date | None, weekday: str | None) -> int | None:
    """The year of a day named without one: nearest to ``published``; a weekday named with it
    picks the nearest year in which the day falls on that weekday ("الخميس 15 آب")."""
    if published is None:
        return None
    if weekday is not None:
        target = _WEEKDAYS[weekday]
        for year in sorted(range(published.year - 6, published.year + 7), key=lambda y: abs(y - published.year)):
            d = _safe_date(year, month, day)
            if d is not None and d.weekday() == target:
                return year
    return _nearest_year(month, day, published)


def _direction(word: str | None) -> int:
    """-1 for "الماضي", "السابق" ...; 1 for "المقبل", "القادم" ...; 0 otherwise ("الجاري")."""
    return -1 if word in _PAST else 1 if word in _FUTURE else 0


def _named_year(g, name: str, published: date | None) -> tuple[int | None, bool]:
    """(year, relative) of a year tail: "2014", or "العام الماضي" resolved against ``published``;
    (None, False) when no year is named."""
    if g(name):
        return _year(g(name)), False
    if g(name + "r"):
        words = g(name + "r").split()
        delta = _direction(words[-1])
        return (None if published is None else published.year + delta), True
    return None, False


def _nth_week(year: int, month: int, nth: int) -> date | None:
    """Monday of the nth (or last, -1) whole Monday-Sunday week inside a month."""
    last = calendar.monthrange(year, month)[1]
    mondays = [d for d in range(1, last - 5) if date(year, month, d).weekday() == 0]
    index = nth - 1 if nth > 0 else nth
    return date(year, month, mondays[index]) if -len(mondays) <= index < len(mondays) else None


def _nth_weekday(year: int, month: int, nth: int, weekday: int | None) -> date | None:
    """The nth (1-5, or -1 for the last) weekday of a month; weekday None means any day."""
    last = calendar.monthrange(year, month)[1]
    days = [d for d in range(1, last + 1) if weekday is None or date(year, month, d).weekday() == weekday]
    index = nth - 1 if nth > 0 else nth
    return date(year, month, days[index]) if -len(days) <= index < len(days) else None


def _nearest_year(month: int, day: int, published: date) -> int:
    best = published.year
    best_gap = None
    for year in (published.year - 1, published.year, published.year + 1):
        anchor = _safe_date(year, month, min(day, 28)) or date(year, month, 1)
        gap = abs((anchor - published).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best


def _year(token: str) -> int:
    return int(re.match(r"\d{4}", token).group())


def _resolve(m: re.Match[str], text: str, published: date | None):
    g = m.group
    start = m.end("pc") if g("pc") else m.end("cj") if g("cj") else m.start()
    end = m.end()
    value: str | None = None
    p_start: date | None = None
    p_end: date | None = None
    granularity = "day"
    relative = False
    inferred = False  # a year chosen for a month or day named without one
    has_time = g("time") is not None

    if g("num_y") or g("iso_y") or g("ny_y"):
        if g("num_y"):
            a, b, year = int(g("num_d")), int(g("num_m")), int(g("num_y"))
            day, month = (a, b) if b <= 12 else (b, a)
        elif g("iso_y"):
            year, month, day = int(g("iso_y")), int(g("iso_m")), int(g("iso_d"))
        else:
            year, month, day = int(g("ny_y")), int(g("ny_m")), 0
            if not 1 <= month <= 12:
                return None
            value, p_start, p_end, granularity = (
                f"{year:04d}-{month:02d}",
                date(year, month, 1),
                _month_end(year, month),
                "month",
            )
            has_time = False
        if value is None:
            d = _safe_date(year, month, day)
            if d is None:
                return None
            value, p_start, p_end = d.isoformat(), d, d
    elif g("iym_y") is not None:
        year, month = int(g("iym_y")), int(g("iym_m"))
        value, p_start, p_end, granularity = (
            f"{year:04d}-{month:02d}",
            date(year, month, 1),
            _month_end(year, month),
            "month",
        )
        has_time = False
    elif g("wdn") is not None:  # "السبت 21/09": a weekday makes a day/month without a year a date
        day, month = int(g("wdn_d")), int(g("wdn_m"))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        relative = inferred = True
        year = _year_for(month, day, published, g("wdn"))
        if year is not None:
            d = _safe_date(year, month, day)
            if d is None:
                return None
            value, p_start, p_end = d.isoformat(), d, d
    elif g("nm") is not None or g("nm2") is not None:  # "أول جمعة من رمضان", "الثلاثاء الأخير من آذار"
        month = _month_of(g("nm") or g("nm2"))
        if month is None:
            return None
        word = g("nth") or g("nth2")
        nth = -1 if word in _LAST else (_NTH.get(word) or _NTH_AFTER.get(word))
        weekday_word = g("nwd") if g("nm") is not None else g("nwd2")
        weekday = None  # "أول يوم", "اليوم الأخير": any day
        if weekday_word is not None and weekday_word not in ("اليوم", "الاسبوع"):
            weekday = _WEEKDAYS.get(weekday_word, _WEEKDAYS.get("ال" + weekday_word))
        year, relative = _named_year(g, "ny" if g("nm") is not None else "ny2", published)
        if year is None and not relative:
            relative = inferred = True
            year = None if published is None else _nearest_year(month, 15, published)
        if year is not None and (g("nth_week") or weekday_word == "الاسبوع"):  # "أول أسبوع من أكتوبر"
            monday = _nth_week(year, month, nth)
            if monday is None:
                return None
            value, p_start, p_end, granularity = None, monday, monday + timedelta(days=6), "other"
        elif year is not None:
            d = None
            day_reading = _ORDINAL_DAYS.get(word) if g("nm2") is not None else None
            if day_reading is not None:  # "الخميس الأول من أكتوبر" is 1 October when that is a Thursday
                d = _safe_date(year, month, day_reading)
                if d is not None and weekday is not None and d.weekday() != weekday:
                    d = None
            if d is None:
                d = _nth_weekday(year, month, nth, weekday)
            if d is None:
                return None
            value, p_start, p_end = d.isoformat(), d, d
    elif g("m") is not None:
        if g("dw") and not g("wd1") and _after_definite_noun(text, m.start()):
            return None  # "الأسبوع الأول من أكتوبر": the ordinal belongs to the noun, not a day
        month = _month_of(g("m"))
        day = _day_word(g("d") or g("dw"))
        first = _day_word(g("rd")) if g("rd") else None
        if month is None or not 1 <= day <= 31 or (first is not None and not 1 <= first < day):
            return None
        year, relative = _named_year(g, "y", published)
        if year is None and not relative:
            relative = inferred = True
            year = _year_for(month, day, published, g("wd1") if first is None else None)
        if year is not None:
            d = _safe_date(year, month, day)
            if d is None:
                return None
            value, p_start, p_end = d.isoformat(), d, d
            if first is not None:  # "من 13 إلى 15 تموز": one period
                value, p_start, granularity = f"{year:04d}-{month:02d}", date(year, month, first), "other"
        elif first is not None:
            granularity = "other"
    elif g("mf") is not None:  # "يوليو 13-15"
        month = _month_of(g("mf"))
        first, last = int(g("mfd1")), int(g("mfd2"))
        if month is None or not 1 <= first < last <= 31:
            return None
        granularity = "other"
        year, relative = _named_year(g, "mfy", published)
        if year is None and not relative:
            relative = inferred = True
            year = _year_for(month, first, published, None)
        if year is not None:
            p_start, p_end = _safe_date(year, month, first), _safe_date(year, month, last)
            if p_start is None or p_end is None:
                return None
            value = f"{year:04d}-{month:02d}"
    elif g("rmd") is not None or g("rmdw") is not None:  # "في العاشر من الشهر الجاري"
        day = _day_word(g("rmd") or g("rmdw"))
        relative = True
        if published is not None:
            direction = g("rm_d")
            delta = _direction(direction)
            year, month = _shift_month(published.year, published.month, delta)
            d = _safe_date(year, month, day)
            if d is None:
                return None
            value, p_start, p_end = d.isoformat(), d, d
    elif g("mmr") is not None:  # "أيلول من العام الماضي"
        month = _month_of(g("mmr"))
        if month is None:
            return None
        relative, granularity = True, "month"
        words = g("mmr_y").split()
        if published is not None:
            year = published.year + _direction(words[-1])
            value, p_start, p_end = f"{year:04d}-{month:02d}", date(year, month, 1), _month_end(year, month)
    elif g("mdir") is not None:  # "تشرين الأول المقبل", "يوليو الماضي": the next or the last one
        month = _month_of(g("mdir"))
        if month is None:
            return None
        relative = inferred = True
        granularity = "month"
        if published is not None:
            year = published.year
            if g("mdir_d") in _PAST and month >= published.month:
                year -= 1
            elif g("mdir_d") in _FUTURE and month <= published.month:
                year += 1
            value, p_start, p_end = f"{year:04d}-{month:02d}", date(year, month, 1), _month_end(year, month)
    elif g("wdo") is not None:  # "السبت السادس عشر": the nearest month in which that day is that weekday
        day = _day_word(g("wdo_d"))
        if day < 2:
            return None  # "الخميس الأول" is rather "the first Thursday"
        relative = inferred = True
        if published is not None:
            target = _WEEKDAYS[g("wdo")]
            found = [
                d
                for delta in range(-3, 4)
                for y, mth in [_shift_month(published.year, published.month, delta)]
                for d in [_safe_date(y, mth, day)]
                if d is not None and d.weekday() == target
            ]
            if not found:
                return None
            d = min(found, key=lambda x: abs((x - published).days))
            value, p_start, p_end = d.isoformat(), d, d
    elif g("feast") is not None:
        year, relative = _named_year(g, "fy", published)
        if relative and year is None:
            return _finish(m, start, end, None, None, None, "day", True, None, False, False)
        resolved_feast = _feast(g("feast"), year, published)
        if resolved_feast is None:
            return None
        value, p_start, p_end, granularity = resolved_feast
        if year is None:
            relative = inferred = True
    elif g("hm") is not None:
        converted = _hijri(g("hm"), g("hd"), int(g("hy")))
        if converted is None:
            return None
        value, p_start, p_end, granularity = converted
        has_time = has_time and granularity == "day"
    elif g("mm") is not None:
        month = _month_of(g("mm"))
        year = _year(g("my"))
        if month is None:
            return None
        value, p_start, p_end, granularity = (
            f"{year:04d}-{month:02d}",
            date(year, month, 1),
            _month_end(year, month),
            "month",
        )
    elif g("ky") is not None:
        year = _year(g("ky"))
        if not 1000 <= year <= 2200:
            return None
        value, p_start, p_end, granularity = f"{year:04d}", date(year, 1, 1), date(year, 12, 31), "year"
    elif g("dec") is not None:
        decade = _DECADES.get(re.sub(r"^ال", "", g("dec").split()[0]))
        if decade is None:
            return None
        p_start, p_end, granularity = date(decade, 1, 1), date(decade + 9, 12, 31), "other"
    elif g("today") is not None:
        if _today_is_not_a_date(text, m.end("today")):
            return None
        relative = True
        if published is not None:
            value, p_start, p_end = published.isoformat(), published, published
    elif g("yest") is not None or g("tom") is not None:
        relative = True
        offset = 1
        if g("yest") is not None:
            offset = -2 if ("اول" in g("yest")) else -1
        elif g("tom").startswith("بعد"):
            offset = 2
        if published is not None:
            d = published + timedelta(days=offset)
            value, p_start, p_end = d.isoformat(), d, d
    elif g("rel_u") is not None or g("rel_u0") is not None:
        unit = _PERIOD_UNITS[g("rel_u") or g("rel_u0")]
        direction = g("rel_d")
        delta = _direction(direction)
        relative = True
        value, p_start, p_end, granularity = _relative_period(unit, delta, published)
    elif g("off_u") is not None:
        resolved_off = _offset(g("off_n"), g("off_u"), published)
        value, p_start, p_end, granularity = resolved_off
        relative = True
        if g("off_p") == "منذ" and g("qo") is None:
            return _finish(m, start, end, value, p_start, p_end, granularity, True, "since", has_time, False)
    elif g("span_u") is not None:
        relative = True
        granularity = "other"
        n = int(g("span_n")) if g("span_n") else (int(word_value(g("span_w"))[0]) if g("span_w") else None)
        if g("span_u") in {fold(w) for w in ("اليومين", "الأسبوعين", "الشهرين", "العامين", "السنتين")}:
            n = 2
        unit = _PERIOD_UNITS.get(g("span_u"))
        if n is not None and published is not None and unit in ("day", "week", "month", "year"):
            future = g("span_d") in _FUTURE or g("span_d") in {"المقبلين", "القادمين"}
            other = _add(published, unit, n if future else -n)
            p_start, p_end = (published, other) if future else (other, published)
    elif g("wd") is not None:
        name = g("wd")
        direction = g("wd_d")
        if direction is not None and direction not in _PAST | _FUTURE:
            return None
        if g("wd_y") is None and direction is None and name not in _STRONG_WEEKDAYS:
            return None
        relative = True
        if published is not None:
            target = _WEEKDAYS[name]
            if direction in _FUTURE:
                delta = (target - published.weekday()) % 7 or 7
            elif direction in _PAST:
                delta = -((published.weekday() - target) % 7 or 7)
            else:
                delta = -((published.weekday() - target) % 7)
            d = published + timedelta(days=delta)
            value, p_start, p_end = d.isoformat(), d, d
    elif g("mo") is not None:
        surface = g("mo")
        month = _month_of(surface)
        if month is None:
            return None
        paired = surface != re.split(r"[ \t]*[/\-(][ \t]*", surface, maxsplit=1)[0]
        first = re.sub(r"[ \t]+", " ", re.split(r"[ \t]*[/\-(][ \t]*", surface, maxsplit=1)[0])
        if first in _WEAK_MONTHS and not (paired or g("msh2") or g("qi")):
            return None
        relative = inferred = True
        granularity = "month"
        has_time = False
        if published is not None:
            year = _nearest_year(month, 15, published)
            value, p_start, p_end = f"{year:04d}-{month:02d}", date(year, month, 1), _month_end(year, month)
    elif g("bare") is not None:
        if g("qi") is None or g("qi") in ("نصف", "نص"):  # "نصف العام" is a duration
            return None
        unit = _PERIOD_UNITS[g("bare")]
        relative = True
        value, p_start, p_end, granularity = _relative_period(unit, 0, published)
    elif g("by") is not None:
        year = int(g("by"))
        if not 1900 <= year <= 2100 or _is_quantity(text, m.start("by"), m.end("by")):
            return None  # "2000 جندي", "حوالي 2000", "من 2000 إلى 500": a quantity
        value, p_start, p_end, granularity = f"{year:04d}", date(year, 1, 1), date(year, 12, 31), "year"
        has_time = False
    else:  # pragma: no cover - every alternative is handled above
        return None

    if not has_time and g("time") is not None:
        end = m.start("time")
    qualifier = None
    if g("qi") is not None:
        inner = _INNER.get(re.sub(r"^[بل](?=[^ ]{3})", "", g("qi"))) or _INNER.get(g("qi"))
        qualifier = inner
        if p_start is not None and inner is not None:
            p_start, p_end = _narrow(p_start, p_end, granularity, inner)
    if g("qo") is not None:
        qualifier = _OUTER.get(g("qo"), qualifier)
    return _finish(m, start, end, value, p_start, p_end, granularity, relative, qualifier, has_time, inferred)


def _finish(m, start, end, value, p_start, p_end, granularity, relative, qualifier, has_time, inferred):
    text = m.string
    while end > start and text[end - 1] in " \t,":
        end -= 1
    return value, p_start, p_end, granularity, relative, qualifier, start, end, inferred


_DECADES = {
    fold(stem + suffix): decade
    for stem, decade in (
        ("عشرين", 1920),
        ("ثلاثين", 1930),
        ("اربعين", 1940),
        ("خمسين", 1950),
        ("ستين", 1960),
        ("سبعين", 1970),
        ("ثمانين", 1980),
        ("تسعين", 1990),
    )
    for suffix in ("يات", "ات")
}


# Feasts: (Hijri month, day) or a Gregorian rule; Ramadan is the whole month.
_HIJRI_FEASTS = {"الفطر": (10, 1), "الاضحي": (12, 10), "الهجريه": (1, 1), "رمضان": (9, 0)}


def _feast(surface: str, year: int | None, published: date | None):
    """A religious or civil feast in a Gregorian year (or the one nearest ``published``)."""
    key = next((k for k in (*_HIJRI_FEASTS, "الميلاد", "الفصح", "الميلاديه") if k in surface), None)
    if key is None:
        return None
    years = (
        [year]
        if year is not None
        else []
        if published is None
        else [published.year - 1, published.year, published.year + 1]
    )
    candidates = [c for y in years for c in _feast_in(key, y)]
    if not candidates:
        return None
    if year is None:
        candidates.sort(key=lambda c: abs((c[0] - published).days))
    start, end = candidates[0]
    if start == end:
        return start.isoformat(), start, end, "day"
    return None, start, end, "other"


def _feast_in(key: str, year: int) -> list[tuple[date, date]]:
    """(first, last day) of the feast's occurrences that begin in Gregorian ``year``."""
    if key == "الميلاد":
        return [(date(year, 12, 25),) * 2]
    if key == "الميلاديه":
        return [(date(year, 1, 1),) * 2]
    if key == "الفصح":
        from dateutil.easter import easter

        return [(easter(year),) * 2]
    from hijridate import Hijri

    month, day = _HIJRI_FEASTS[key]
    estimate = round((year - 622) * 365.2425 / 354.367)
    out = []
    for hijri_year in range(estimate - 1, estimate + 3):
        try:
            first = Hijri(hijri_year, month, day or 1)
            start = first.to_gregorian()
            last = Hijri(hijri_year, month, first.month_length()).to_gregorian() if day == 0 else start
        except (ValueError, OverflowError):
            continue
        if start.year == year:
            out.append((date(start.year, start.month, start.day), date(last.year, last.month, last.day)))
    return out


def _hijri(month_text: str, day_text: str | None, year: int):
    from hijridate import Hijri

    month = _HIJRI.get(re.sub(r"[ \t]+", " ", month_text))
    if month is None:
        return None
    try:
        if day_text:
            g = Hijri(year, month, int(day_text)).to_gregorian()
            d = date(g.year, g.month, g.day)
            return d.isoformat(), d, d, "day"
        first = Hijri(year, month, 1)
        start = first.to_gregorian()
        last = Hijri(year, month, first.month_length()).to_gregorian()
        return None, date(start.year, start.month, start.day), date(last.year, last.month, last.day), "other"
    except (ValueError, OverflowError):
        return None


def _narrow(p_start: date, p_end: date, granularity: str, inner: str) -> tuple[date, date]:
    if granularity == "month":
        y, mth = p_start.year, p_start.month
        if inner == "end_of":
            return date(y, mth, 21), p_end
        if inner == "start_of":
            return p_start, date(y, mth, 10)
        return date(y, mth, 11), date(y, mth, 20)
    if granularity == "year":
        y = p_start.year
        if inner == "end_of":
            return date(y, 10, 1), p_end
        if inner == "start_of":
            return p_start, date(y, 3, 31)
        return date(y, 5, 1), date(y, 8, 31)
    return p_start, p_end


def _relative_period(unit: str, delta: int, published: date | None):
    granularity = {"year": "year", "month": "month", "day": "day"}.get(unit, "other")
    if published is None:
        return None, None, None, granularity
    if unit == "year":
        y = published.year + delta
        return f"{y:04d}", date(y, 1, 1), date(y, 12, 31), "year"
    if unit == "month":
        y, mth = _shift_month(published.year, published.month, delta)
        return f"{y:04d}-{mth:02d}", date(y, mth, 1), _month_end(y, mth), "month"
    if unit == "week":
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=delta)
        return None, monday, monday + timedelta(days=6), "other"
    d = published + timedelta(days=delta)
    return d.isoformat(), d, d, "day"


def _add(d: date, unit: str, n: int) -> date:
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    if unit == "month":
        y, mth = _shift_month(d.year, d.month, n)
        return date(y, mth, min(d.day, calendar.monthrange(y, mth)[1]))
    y = d.year + n
    return date(y, d.month, min(d.day, calendar.monthrange(y, d.month)[1]))


def _offset(number: str | None, unit_word: str, published: date | None):
    unit = _PERIOD_UNITS[unit_word]
    if number is None:
        if unit_word in _DUAL_PERIODS:
            n = 2
        elif unit_word in {fold(w) for w in ("يوم", "أسبوع", "شهر", "عام", "سنة", "ساعة")}:
            n = 1
        else:  # "منذ سنوات", "قبل أيام": vague
            return None, None, None, "other"
    elif number.isdigit():
        n = int(number)
    else:
        found = word_value(re.sub(r"[ \t]+", " ", number))
        if found is None or found[1] == "vague":
            return None, None, None, "other"
        n = int(found[0])
    if unit == "hour":
        unit, n = "day", 0
    granularity = {"day": "day", "week": "day", "month": "month", "year": "year"}[unit]
    if published is None:
        return None, None, None, granularity
    d = _add(published, unit, -n)
    if granularity == "day":
        return d.isoformat(), d, d, "day"
    if granularity == "month":
        return f"{d.year:04d}-{d.month:02d}", date(d.year, d.month, 1), _month_end(d.year, d.month), "month"
    return f"{d.year:04d}", date(d.year, 1, 1), date(d.year, 12, 31), "year"


_NOT_TODAY_RE = re.compile(
    r"[ \t]+(?:الاول|الثاني|الثالث|الرابع|الخامس|الاخير|التالي|الذي|السابق|نفسه|ذاته|الوطني|العالمي)(?!\w)"
)


_PREVIOUS_WORD_RE = re.compile(r"(\w+)[ \t]+$")


def _after_definite_noun(text: str, pos: int) -> bool:
    """Whether the word before ``pos`` is a definite noun other than "اليوم" (an ordinal after
    it is that noun's adjective: "الأسبوع الأول", "الجولة الثانية")."""
    m = _PREVIOUS_WORD_RE.search(text, max(0, pos - 30), pos)
    return (
        m is not None and m.group(1).startswith("ال") and m.group(1) not in ("اليوم",) and m.group(1) not in _WEEKDAYS
    )


def _today_is_not_a_date(text: str, pos: int) -> bool:
    return _NOT_TODAY_RE.match(text, pos) is not None


def _is_quantity(text: str, start: int, end: int) -> bool:
    """Whether a bare 4-digit number is a quantity rather than a year."""
    if _QUANTITY_AFTER_RE.match(text, end):
        return True
    if _NUMBER_QUAL_BEFORE_RE.search(text, max(0, start - 12), start):
        return True
    rm = _RANGE_AFTER_RE.match(text, end)
    if rm is not None and not 1900 <= int(rm.group("n")) <= 2100:
        return True
    return bool(start and text[start - 1] in "$€#")
