"""Cardinal quantities with qualifier and counted noun (EXTRACTION.md §4).

One compiled regex, built at import from the lexicons (``lexicons/units.tsv``,
``lexicons/number_qualifiers.tsv``) and the number-word grammar of :mod:`akhbar.arabic_numerals`,
scans the article's Shadow once; every match is evaluated and mapped back to ``body_text``.

What is a quantity:

* digits (Western, Arabic-Indic, Persian; ``,``/``٬`` thousands, ``.``/``٫`` decimals, "1.500" is
  1500 unless a scale word follows), number words and mixes ("40 ألف", "نحو ألفين و500 جندي");
* counted-noun duals from the units lexicon carry two ("على مرحلتين" -> 2 phase), but never with
  the article ("البلدين", "الطرفان", "الجانبين" are referential, and not in the lexicon anyway);
* vague quantities (عشرات، مئات، آلاف، الآلاف، ملايين، بضعة) ARE emitted, with a lower-bound value
  (عشرات 10, مئات 100, آلاف 1000, بضعة 3; "عشرات الآلاف" 10000) and qualifier ``at_least`` unless
  the text gives one;
* a table cell that is just a number ("| 0 |", "| أقل من 500 |"); its unit comes from the column
  header when the header names a counted noun ("عدد القوات المتبقية": قوات -> soldier).

What is not: numbers inside date mentions (``exclude_spans``), times (07:25), numeric dates
(26/4/1947), fractions written with a slash, phone numbers (a leading ``+`` or ``0``), ids of eight
digits or more, numbers glued to Latin letters (A320), dotted addresses (192.168.1.2), ordinals
(they are not in the number lexicon: الأولى، الثانية، الثالث), bare fractions ("نصف الناس"), and a
lone ambiguous word (ست، سبع، عشر، واحد ...) with neither a counted noun nor a qualifier.
"الـ11" is a cardinal in news prose ("عائلتها الـ11") and is kept; its unit is the noun before it
when that is a lexicon noun ("الأشهر الـ12" -> month).

Spans: ``surface_text`` covers the whole expression: the qualifier before it (with a ب clitic,
"بأكثر من"), the number, the counted noun after it, and a trailing qualifier ("تقريبا", "على
الأقل"). A leading conjunction و/ف and a preposition glued to the number ("بـ500", "لثلاثة") are
left out. In a range ("من 2000 إلى 500 جندي", "بين 500 و700 جندي") each number is a mention and a
noun named once applies to each; ``unit_text`` then repeats the noun as written.
"""

from __future__ import annotations

import re
from importlib import resources

from akhbar.arabic_numerals import (
    EXPRESSION_PATTERN,
    NUMBER_WORDS,
    TENS_WITH_ARTICLE,
    Trigger,
    alternation,
    anchored_finditer,
    evaluate,
    word_value,
)
from akhbar.records import NumberMention, Sentence
from akhbar.segment import SentenceLocator
from akhbar.shadow import Shadow, fold, shadow_of

_LEXICONS = resources.files("akhbar") / "lexicons"


def _tsv(name: str) -> list[list[str]]:
    rows = []
    for line in (_LEXICONS / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def _load_units() -> tuple[dict[str, str], set[str]]:
    units: dict[str, str] = {}
    duals: set[str] = set()
    for forms, unit, form in _tsv("units.tsv"):
        for raw in forms.split():
            surface = fold(raw.replace("_", " "))
            units[surface] = unit
            if form == "dual":
                duals.add(surface)
            elif form == "sg" and " " not in surface and surface[-1] not in "هاء%٪" and surface.isalpha():
                units.setdefault(surface + "ا", unit)  # accusative: "جنديا", "دولارا", "عاما"
    units["$"] = "USD"
    units["€"] = "EUR"
    return units, duals


def _load_qualifiers() -> tuple[dict[str, str], dict[str, str], list[tuple[re.Pattern[str], str]]]:
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    gapped: list[tuple[re.Pattern[str], str]] = []
    for surface, qualifier, position in _tsv("number_qualifiers.tsv"):
        folded = fold(surface)
        if "…" in folded:
            head, tail = (part.strip() for part in folded.split("…"))
            gapped.append((re.compile(rf"{head}(?:[ \t]+\w+)?[ \t]+{tail}"), qualifier))
        elif position == "before":
            before[folded] = qualifier
        else:
            after[folded] = qualifier
    return before, after, gapped


UNITS, DUALS = _load_units()
_QUAL_BEFORE, _QUAL_AFTER, _QUAL_GAPPED = _load_qualifiers()

# Counted nouns: "900 جندي", "605 كيلومترات", "5 %", "30 في المئة", "الآلاف من المحتجزين".
UNIT_PATTERN = alternation({u for u in UNITS if u not in DUALS})
# "عشرات القتلى", "آلاف السكان": after a vague word or a plural scale the noun is its genitive,
# with the article (checked in _unit_after).
_UNIT_AFTER_RE = re.compile(
    rf"[ \t]*(?:من[ \t]+(?P<u1>(?:ال)?{UNIT_PATTERN})|(?P<u2>(?P<art>ال)?{UNIT_PATTERN}))(?!\w)"
)
# A noun before "واحد" or "الـ12": "أسبوع واحد", "الأشهر الـ12".
_UNIT_BEFORE_RE = re.compile(rf"(?<!\w)[وفبلك]?(?:ال)?(?P<u>{UNIT_PATTERN})[ \t]+$")
# A noun in a table header cell: "عدد القوات المتبقية".
_HEADER_UNIT_RE = re.compile(rf"(?<!\w)(?:ال)?(?P<u>{UNIT_PATTERN})(?!\w)")
# Qualifiers before the number: "نحو", "أقل من", "يزيد طولها على" (a gap word), "بأكثر من".
_QB_PATTERN = "(?:" + "|".join([alternation(set(_QUAL_BEFORE))] + [g.pattern for g, _ in _QUAL_GAPPED]) + ")"
_QA_RE = re.compile(rf"[ \t]*(?P<qa>{alternation(set(_QUAL_AFTER))})(?!\w)")

# A percent word before the number: "بنسبة 10", "نسبة اثنين وعشرين" (and "بالمائة 10", the word
# order that a lost bidi mark leaves in scraped text).
_PERCENT_BEFORE = alternation({fold(w) for w in ("نسبة", "النسبة", "بالمئة", "بالمائة")})

# The scanner. Example sentences for each part:
#   qc/qb  "وأكثر من 900 جندي"  (qc = conjunction, left out of the span; qb = qualifier)
#   cur    "$10"
#   cl     "بـ500 دولار", "لثلاثة أيام"  (left out of the span)
#   dual   "على مرحلتين", "قتل جنديان"
#   num    "نحو ألفين و500 جندي", "40 ألف قتيل", "الـ12"
_NUMBER_RE = re.compile(
    rf"(?<![\w.,:/+])"
    rf"(?:(?P<pcl>[وف]?ب)?(?P<pct>{_PERCENT_BEFORE})[ \t]+)?"
    rf"(?:(?P<qc>[وف])?(?P<qb>ب?{_QB_PATTERN})[ \t]+)?"
    rf"(?P<neg>(?:سالب|ناقص)[ \t]+)?"
    rf"(?P<cur>[$€][ \t]*)?"
    rf"(?P<cl>[وف]?[بلك]?)"
    rf"(?:(?P<dual>{alternation(DUALS)})(?!\w)|(?P<num>{EXPRESSION_PATTERN}))"
)
# Every match holds a digit, a number word, a dual noun or a currency sign; qualifiers reach at
# most five words back ("ما لا يزيد على", "يزيد طولها على").
_TRIGGER = Trigger(r"\d|[$€]", set(NUMBER_WORDS) | DUALS)
_LEAD_WORDS = (
    frozenset(word for phrase in _QUAL_BEFORE for word in phrase.split())
    | frozenset(word for pattern, _ in _QUAL_GAPPED for word in re.findall(r"\w+", pattern.pattern) if len(word) > 1)
    | {"ب" + word for phrase in _QUAL_BEFORE for word in phrase.split()[:1]}
    | {"سالب", "ناقص"}
    | {fold(w) for w in ("نسبة", "بنسبة", "النسبة", "بالمئة", "بالمائة")}
)
_GAP_HEADS = frozenset(pattern.pattern.split("(")[0] for pattern, _ in _QUAL_GAPPED)
_RANGE_JOIN_RE = re.compile(r"[ \t]*(?:الي|حتي|و|او|-|–|—)[ \t]*")
_LATIN_RE = re.compile(r"[A-Za-z]")
_MASK = "\x00"
_TENS_WITH_ARTICLE_RE = re.compile(TENS_WITH_ARTICLE)
# Nouns that name a number rather than count with it.
_ID_BEFORE_RE = re.compile(
    r"(?<!\w)[وبل]?(?:رقم|(?:ال)?(?:قرار|ماده|فقره|بند|فصل|هاتف|رمز)|(?:ال)?خط[ \t]+(?:ال)?ساخن|صندوق[ \t]+بريد)"
    r"[ \t:]*$"
)
# A scale word in -ā followed directly by its noun is a dual in construct ("مليونا نازح" two
# million displaced); after a number it is the accusative singular ("عشرون ألفا").
_DUAL_CONSTRUCT = frozenset(fold(w) for w in ("ألفا", "مليونا", "مليارا"))
# International phone numbers: "+964 770 123 4567", "+1 222 2222 2222" (all groups are masked).
# It opens with the "+" itself (the lookbehind, one character wider, tests what precedes it), so
# ``re`` finds candidates with a fast literal scan: same matches as ``(?<![\w+])\+[ \t]?\d{1,4}...``.
_PHONE_RE = re.compile(r"\+(?<![\w+]\+)[ \t]?\d{1,4}(?:[ \t\-]?\d{1,4}){2,}(?!\d)")


def extract_numbers(
    body_text: str, sentences: list[Sentence], exclude_spans: list[tuple[int, int]]
) -> list[NumberMention]:
    """Number mentions; digits inside ``exclude_spans`` (date mentions) are not quantities."""
    if not sentences:
        return []
    shadow = shadow_of(body_text)
    text = _PHONE_RE.sub(lambda p: _MASK * len(p.group()), _masked(shadow, exclude_spans))
    locate = SentenceLocator(sentences)
    found: list[tuple[int, int, float, str | None, tuple[int, int], str | None, int, int]] = []
    # (shadow start, shadow end, value, qualifier, numeral span, unit, unit shadow start, unit end)
    for m in anchored_finditer(_NUMBER_RE, _TRIGGER, text, _LEAD_WORDS, _GAP_HEADS):
        if m.group("dual") is not None:
            found.extend(_dual(m, text))
        else:
            found.extend(_numbers(m, text))
    found.sort()
    _propagate_units(found, text)
    out: list[NumberMention] = []
    for s, e, value, qualifier, numeral, unit, us, ue in found:
        o_start, o_end = shadow.to_original(s, e)
        n_start, n_end = shadow.to_original(*numeral)
        sentence_index = locate.index_at(o_start)
        if sentence_index is None:
            continue
        unit_text = None
        if us >= 0:
            a, b = shadow.to_original(us, ue)
            unit_text = body_text[a:b]
        out.append(
            NumberMention(
                sentence_index=sentence_index,
                char_start=o_start,
                char_end=o_end,
                surface_text=body_text[o_start:o_end],
                value=value,
                qualifier=qualifier,
                unit_text=unit_text,
                unit=unit,
                numeral_start=n_start,
                numeral_end=n_end,
            )
        )
    return out


def _masked(shadow: Shadow, spans: list[tuple[int, int]]) -> str:
    text = shadow.text
    if not spans:
        return text
    pieces = []
    last = 0
    for a, b in sorted(spans):
        sa, sb = shadow.to_shadow(a), shadow.to_shadow(b)
        if sa < last:
            sa = last
        if sb <= sa:
            continue
        pieces.append(text[last:sa])
        pieces.append(_MASK * (sb - sa))
        last = sb
    pieces.append(text[last:])
    return "".join(pieces)


def _qualifier(m: re.Match[str]) -> tuple[str | None, int]:
    """Qualifier before the number and where the mention starts (after a conjunction)."""
    qb = m.group("qb")
    if qb is None:
        return None, -1
    key = re.sub(r"[ \t]+", " ", qb)
    qualifier = _QUAL_BEFORE.get(key) or _QUAL_BEFORE.get(key[1:] if key.startswith("ب") else key)
    if qualifier is None:
        for pattern, q in _QUAL_GAPPED:
            if pattern.fullmatch(key) or pattern.fullmatch(key[1:]):
                qualifier = q
                break
    return qualifier, m.start("qb")


def _unit_after(text: str, pos: int, construct: bool = False) -> tuple[str | None, int, int, int]:
    """(unit, unit start, unit end, end of the mention) for the noun after ``pos``; ``construct``:
    the number is a vague word or plural scale, whose noun may carry the article."""
    um = _UNIT_AFTER_RE.match(text, pos)
    if um is None:
        return None, -1, -1, pos
    if um.group("art") is not None and not construct and um.group("u2")[2:] in UNITS:
        return None, -1, -1, pos
    name = "u1" if um.group("u1") is not None else "u2"
    surface = um.group(name)
    key = re.sub(r"[ \t]+", " ", surface)
    unit = UNITS.get(key) or UNITS.get(key[2:] if key.startswith("ال") else key)
    if unit is None:
        return None, -1, -1, pos
    return unit, um.start(name), um.end(name), um.end()


def _tail_qualifier(text: str, pos: int) -> tuple[str | None, int]:
    qm = _QA_RE.match(text, pos)
    if qm is None:
        return None, pos
    return _QUAL_AFTER[re.sub(r"[ \t]+", " ", qm.group("qa"))], qm.end()


def _dual(m: re.Match[str], text: str) -> list[tuple]:
    qualifier, q_start = _qualifier(m)
    s, e = m.span("dual")
    unit = UNITS[m.group("dual")]
    end = e
    tail, tail_end = _tail_qualifier(text, e)
    if tail and qualifier is None:
        qualifier, end = tail, tail_end
    return [(q_start if q_start >= 0 else s, end, 2.0, qualifier, (s, e), unit, s, e)]


def _numbers(m: re.Match[str], text: str) -> list[tuple]:
    qualifier, q_start = _qualifier(m)
    base = m.start("num")
    expression = m.group("num")
    if qualifier is None and _TENS_WITH_ARTICLE_RE.match(expression):
        return []  # "الذكرى الثلاثين": an ordinal
    numbers = evaluate(expression)
    out = []
    for k, n in enumerate(numbers):
        s, e = base + n.start, base + n.end
        if not _digits_ok(text, s, e):
            continue
        last = k == len(numbers) - 1
        q = qualifier if k == 0 else None
        start = q_start if (k == 0 and q_start >= 0) else s
        if k == 0 and m.group("cur"):
            start = min(start, m.start("cur")) if q_start >= 0 else m.start("cur")
        value = n.value
        numeral = (s, e)
        if k == 0 and m.group("neg"):  # "سالب خمسة", "ناقص 5"
            value = -value
            start = min(start, m.start("neg")) if q_start >= 0 else m.start("neg")
            numeral = (m.start("neg"), e)
        if (
            k == 0
            and q_start < 0
            and text[s].isdigit()
            and text[s - 1 : s] == "-"
            and (s < 2 or text[s - 2] in " \t\n(")
        ):
            value, start = -value, s - 1  # "-1.2"; not the second number of "1000-5000"
            numeral = (s - 1, e)
        unit, us, ue, end = (None, -1, -1, e)
        if last:
            unit, us, ue, end = _unit_after(text, e, construct=n.vague)
        if unit is not None and text[s:e] in _DUAL_CONSTRUCT:
            value *= 2  # "مليونا نازح", "ألفا جندي": a dual in construct with its noun
        if k == 0 and m.group("cur") and unit is None:
            unit, us, ue = ("USD" if "$" in m.group("cur") else "EUR"), m.start("cur"), m.start("cur") + 1
        if k == 0 and m.group("pct") and unit is None:  # "نسبة 10", "بنسبة ٢١٠": the unit stands before
            unit, us, ue = "percent", m.start("pct"), m.end("pct")
            start = m.start("pct") if q_start < 0 else min(start, m.start("pct"))
        article = text[s].isdigit() and text.startswith("ال", s - 2)
        if unit is None and (n.weak or article):
            before = _UNIT_BEFORE_RE.search(text, max(0, s - 40), s - 2 if article else s)
            if before is not None:
                unit = UNITS.get(before.group("u"))
                us, ue = before.span("u")
            elif article:
                continue  # "الدورة الـ11": an ordinal after a noun that counts nothing
        if last:
            tail, tail_end = _tail_qualifier(text, end)
            if tail is not None:
                end = tail_end
                if q is None or (q == "approx" and tail != "approx"):
                    q = tail  # "حوالي 500 أو أقل": the bound says more than the approximation
        if n.fraction_only:
            continue
        if k == 0 and q_start < 0 and _ID_BEFORE_RE.search(text, max(0, start - 20), start):
            continue  # "رقم 112", "القرار 2254", "الخط الساخن 104": an identifier
        if n.weak and unit is None and q is None and not m.group("neg"):
            continue
        if n.vague and q is None:
            q = "at_least"
        out.append((start, end, value, q, numeral, unit, us, ue))
    return out


def _digits_ok(text: str, s: int, e: int) -> bool:
    """Reject digit runs that are times, dates, phone numbers, ids or parts of Latin tokens."""
    token = text[s:e]
    if not token[:1].isdigit():
        return True
    nxt = text[e : e + 2]
    if len(nxt) == 2 and nxt[0] in ":/" and (nxt[1].isdigit() or (nxt[0] == "/" and nxt[1].isalpha())):
        return False  # "07:25", "26/4", "1452/ج/2024"
    if nxt[:1] and _LATIN_RE.match(nxt[:1]):
        return False
    digits = token.replace(",", "").replace(".", "")
    if len(token) > 1 and token[0] == "0" and token[1].isdigit() and not re.fullmatch(r"0\d[.,]\d{1,2}", token):
        return False  # 0770..., 06 2070 ...; "01.10" is a decimal
    return not (len(digits) >= 8 and token.isdigit())  # ids


def _propagate_units(found: list[tuple], text: str) -> None:
    """A noun named once for a range applies to each number: "من 2000 إلى 500 جندي"."""
    for i in range(len(found) - 2, -1, -1):
        cur, nxt = found[i], found[i + 1]
        if cur[5] is not None or nxt[5] is None:
            continue
        gap = _RANGE_JOIN_RE.fullmatch(text, cur[1], nxt[0])
        if gap is not None:
            found[i] = (*cur[:5], nxt[5], nxt[6], nxt[7])
    # Table cells: a cell that is just a number takes its unit from the column header.
    for i, item in enumerate(found):
        if item[5] is not None:
            continue
        unit = _header_unit(text, item[0], item[1])
        if unit is not None:
            found[i] = (*item[:5], unit[0], unit[1], unit[2])


def _header_unit(text: str, s: int, e: int) -> tuple[str, int, int] | None:
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", e)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    if "|" not in line:
        return None
    column = text.count("|", line_start, s)
    cell_start = text.rfind("|", line_start, s) + 1 if column else line_start
    cell_end = text.find("|", e, line_end)
    cell_end = line_end if cell_end < 0 else cell_end
    if text[cell_start:s].strip() or text[e:cell_end].strip():
        return None
    # the header is the first line of the block of '|' lines
    header_start = line_start
    while header_start > 0:
        prev_start = text.rfind("\n", 0, header_start - 1) + 1
        if "|" not in text[prev_start : header_start - 1]:
            break
        header_start = prev_start
    if header_start == line_start:
        return None
    header_end = text.find("\n", header_start)
    cells = text[header_start:header_end].split("|")
    if column >= len(cells):
        return None
    offset = header_start + sum(len(c) + 1 for c in cells[:column])
    hm = _HEADER_UNIT_RE.search(cells[column])
    if hm is None:
        return None
    unit = UNITS.get(hm.group("u"))
    if unit is None:
        return None
    return unit, offset + hm.start("u"), offset + hm.end("u")


def is_number_word(word: str) -> bool:
    """Whether a folded word is a number word of the grammar (for other extractors)."""
    return word_value(word) is not None
