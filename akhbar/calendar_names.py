"""Arabic calendar vocabulary and a small parser for publication dates.

Month names in every regional set used by Arabic news outlets:

- Gregorian transliterated (Egypt, Gulf, most pan-Arab outlets): يناير ... ديسمبر;
- Levantine / Iraqi (Syriac-derived): كانون الثاني، شباط، آذار، نيسان، أيار، حزيران، تموز، آب،
  أيلول، تشرين الأول، تشرين الثاني، كانون الأول;
- Maghrebi (Algeria, Tunisia: French-derived): جانفي، فيفري، مارس، أفريل، ماي، جوان، جويلية، أوت;
- Moroccan variants: يوليوز، غشت، شتنبر، نونبر، دجنبر.

``MONTH_PATTERN`` matches any of them with the usual spelling variation (أ/إ/آ/ا, ي/ى, ة/ه);
``month_number`` maps a matched name back to 1-12. ``PUBLISHED_DATE_RE`` matches a full
publication date: "الأربعاء، 1 أكتوبر 2025", "اليوم الاثنين 25 أغسطس 2025 07:25 مساءً",
"26 يناير، 2025", "26 كانون الثاني/يناير 2025", "2025-01-26", "26/01/2025".
Reusable by the dates extractor.
"""

from __future__ import annotations

import re
from datetime import date

from akhbar.shadow import fold

MONTHS: dict[int, tuple[str, ...]] = {
    1: ("يناير", "كانون الثاني", "جانفي", "جانفييه"),
    2: ("فبراير", "شباط", "فيفري", "فبرير"),
    3: ("مارس", "آذار"),
    4: ("أبريل", "ابريل", "إبريل", "نيسان", "أفريل", "افريل"),
    5: ("مايو", "أيار", "ماي"),
    6: ("يونيو", "يونيه", "حزيران", "جوان"),
    7: ("يوليو", "يوليه", "تموز", "جويلية", "جويليه", "يوليوز"),
    8: ("أغسطس", "اغسطس", "آب", "أوت", "اوت", "غشت"),
    9: ("سبتمبر", "أيلول", "شتنبر"),
    10: ("أكتوبر", "اكتوبر", "تشرين الأول"),
    11: ("نوفمبر", "تشرين الثاني", "نونبر"),
    12: ("ديسمبر", "كانون الأول", "دجنبر"),
}

WEEKDAYS: dict[str, int] = {  # Python weekday(): Monday = 0
    "الاثنين": 0,
    "الإثنين": 0,
    "الثلاثاء": 1,
    "الأربعاء": 2,
    "الاربعاء": 2,
    "الخميس": 3,
    "الجمعة": 4,
    "السبت": 5,
    "الأحد": 6,
    "الاحد": 6,
}

_VARIANTS = {"ا": "[اأإآ]", "ي": "[يى]", "ه": "[هة]"}
_MONTH_BY_FOLD: dict[str, int] = {fold(name): number for number, names in MONTHS.items() for name in names}


def _name_regex(name: str) -> str:
    folded = fold(name)
    return "".join(_VARIANTS.get(ch, r"\s+" if ch == " " else re.escape(ch)) for ch in folded)


def _alternation(names: list[str]) -> str:
    # Longest first so "كانون الثاني" wins over a shorter prefix; deduplicated after folding.
    unique = sorted({fold(n) for n in names}, key=len, reverse=True)
    return "(?:" + "|".join(_name_regex(n) for n in unique) + ")"


MONTH_PATTERN = _alternation([n for names in MONTHS.values() for n in names])
WEEKDAY_PATTERN = _alternation(list(WEEKDAYS))
_D = "[0-9\u0660-\u0669\u06f0-\u06f9]"
_DIGITS = str.maketrans(
    {**{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)}}
)

PUBLISHED_DATE_RE = re.compile(
    rf"""
    (?:(?:اليوم|يوم)\s+)?
    (?:{WEEKDAY_PATTERN}\s*[،,]?\s*)?
    (?:
        (?P<day>{_D}{{1,2}})\s*(?:من\s+)?(?P<month>{MONTH_PATTERN})(?![\u0621-\u064a])(?:\s*[/(]\s*{MONTH_PATTERN}\s*\)?)?
        \s*[،,]?\s*(?P<year>{_D}{{4}})
      | (?P<iy>{_D}{{4}})[-/.](?P<im>{_D}{{1,2}})[-/.](?P<id>{_D}{{1,2}})
      | (?P<dd>{_D}{{1,2}})[-/.](?P<dm>{_D}{{1,2}})[-/.](?P<dy>{_D}{{4}})
    )
    (?:\s*(?:[-–|،,]\s*)?(?:الساعة\s*|في\s+)?{_D}{{1,2}}:{_D}{{2}}(?::{_D}{{2}})?
       (?:\s*(?:(?:صباح|مساء|ظهر)(?:ا|ً|اً)?|ص|م|AM|PM|am|pm|GMT|بتوقيت\s+\S+)(?!\w))?)?
    """,
    re.VERBOSE,
)


def month_number(name: str) -> int | None:
    """1-12 for a month name in any regional set (spelling variants folded), else None."""
    return _MONTH_BY_FOLD.get(re.sub(r"\s+", " ", fold(name.strip())))


def to_int(digits: str) -> int:
    """int() that also reads Arabic-Indic and Persian digits."""
    return int(digits.translate(_DIGITS))


def match_to_date(match: re.Match[str]) -> date | None:
    """The calendar date of a ``PUBLISHED_DATE_RE`` match, or None if it is not a real date."""
    try:
        if match.group("month"):
            month = month_number(match.group("month"))
            if month is None:
                return None
            return date(to_int(match.group("year")), month, to_int(match.group("day")))
        if match.group("iy"):
            return date(to_int(match.group("iy")), to_int(match.group("im")), to_int(match.group("id")))
        return date(to_int(match.group("dy")), to_int(match.group("dm")), to_int(match.group("dd")))
    except ValueError:
        return None


def find_published_date(text: str) -> tuple[date, int, int] | None:
    """First full date in ``text``: (date, start, end) with ``text[start:end]`` the expression."""
    for match in PUBLISHED_DATE_RE.finditer(text):
        value = match_to_date(match)
        if value is not None and 1900 <= value.year <= 2100:
            return value, match.start(), match.end()
    return None
