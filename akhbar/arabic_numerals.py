"""Arabic cardinal number words: the lexicon, a regex for them and a grammar that evaluates them.

The words are written here in ordinary spelling and folded like ``akhbar.shadow.Shadow`` at import
(``مئة`` -> ``مءه``), so the regexes match the shadow text. Sources: the cardinal tables of Arabic
grammars (e.g. Wright, *A Grammar of the Arabic Language*, §§ 320-330; Wikipedia ar "الأعداد في
اللغة العربية"), with the case forms (-ان/-ين, -ون/-ين), the construct forms (ألفي، مئتي) and the
common spellings of newsrooms and dialects (مائة/مئة, ثلاثمائة/ثلاث مئة, مية/ميت, تلاتة).

Grammar (:func:`evaluate`), on a sequence of atoms joined by spaces or و:

* units 1-10 and teens: ``خمسة`` 5, ``خمسة عشر`` 15, ``أحد عشر`` 11;
* tens after a unit with و (Arabic order): ``خمسة وعشرون`` 25;
* hundreds: ``ثلاثمائة`` / ``ثلاث مئة`` / ``٣ مئة`` 300, ``مئتان`` 200, then ``و`` + a smaller part;
* scales multiply what precedes: ``40 ألف`` 40000, ``2.5 مليون`` 2500000, ``ثلاثة آلاف`` 3000,
  ``مئتي ألف`` 200000; a dual scale carries two: ``ألفي`` 2000; smaller parts follow with و:
  ``ألفين و500`` 2500, ``مليون ونصف`` 1500000 (a fraction after a scale is that fraction of it);
* fractions ``نصف``/``ربع``/``ثلث`` count only inside a compound (``واحد ونصف``, ``نصف مليون``);
  alone they are proportions ("نصف الناس"), not quantities;
* vague words (``عشرات``، ``مئات``، ``آلاف``، ``ملايين``، ``بضعة``) give a lower bound and the flag
  ``vague``: ``عشرات الآلاف`` 10000, ``بضعة آلاف`` 3000.

Where two atoms cannot combine (``2000 500``, ``500 و700``) the sequence is cut and each part is
its own number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from akhbar.patterns import trie_alternation
from akhbar.shadow import fold

# --- lexicon ---------------------------------------------------------------------------------
# kind: unit (1-10), teen (عشر/عشرة after a unit), ten, hund (a complete hundreds value),
# hmul (مئة: 100 alone, or multiplies a preceding unit), scale, scale2 (dual scale), scalep (plural
# scale), frac, vague (a lower-bound word that may multiply a following plural scale).
_WORDS: dict[str, tuple[float, str]] = {}


def _add(forms: str, value: float, kind: str) -> None:
    for form in forms.split():
        _WORDS[fold(form.replace("_", " "))] = (value, kind)


_add("صفر", 0, "unit")
_add("واحد واحدة", 1, "unit")
_add("اثنان اثنين اثنتان اثنتين اثني اثنا اثنتا اثنتي إثنان إثنين اتنين", 2, "unit")
_add("ثلاث ثلاثة تلات تلاتة", 3, "unit")
_add("أربع أربعة اربعه", 4, "unit")
_add("خمس خمسة", 5, "unit")
_add("ست ستة", 6, "unit")
_add("سبع سبعة", 7, "unit")
_add("ثمان ثماني ثمانية تمن تمانية", 8, "unit")
_add("تسع تسعة", 9, "unit")
_add("عشر عشرة", 10, "teen")  # also a plain 10 when alone
_add("أحد_عشر أحد_عشرة إحدى_عشر إحدى_عشرة حداشر احداشر", 11, "unit")
# colloquial teens (Egyptian, Levantine, Gulf): اتناشر 12 ... تسعتاشر 19
_add("اتناشر إتناشر اطناشر", 12, "unit")
_add("تلتاشر ثلاثتاشر تلطاشر", 13, "unit")
_add("اربعتاشر أربعتاشر اربعطاشر", 14, "unit")
_add("خمستاشر خمسطاشر", 15, "unit")
_add("ستاشر سطاشر", 16, "unit")
_add("سبعتاشر سبعطاشر", 17, "unit")
_add("تمنتاشر تمنطاشر ثمانتاشر", 18, "unit")
_add("تسعتاشر تسعطاشر", 19, "unit")
_add("عشرون عشرين", 20, "ten")
_add("ثلاثون ثلاثين تلاتين", 30, "ten")
_add("أربعون أربعين", 40, "ten")
_add("خمسون خمسين", 50, "ten")
_add("ستون ستين", 60, "ten")
_add("سبعون سبعين", 70, "ten")
_add("ثمانون ثمانين تمانين", 80, "ten")
_add("تسعون تسعين", 90, "ten")
_add("مئة مائة مية ميه", 100, "hmul")
_add("مئتان مئتين مائتان مائتين مئتي مائتي متين ميتين", 200, "hund")
_add("ثلاثمائة ثلاثمئة ثلثمائة ثلاثمية تلتمية تلاتمية", 300, "hund")
_add("أربعمائة أربعمئة أربعمية", 400, "hund")
_add("خمسمائة خمسمئة خمسمية", 500, "hund")
_add("ستمائة ستمئة ستمية", 600, "hund")
_add("سبعمائة سبعمئة سبعمية", 700, "hund")
_add("ثمانمائة ثمانمئة ثمانيمائة ثمانمية تمنمية", 800, "hund")
_add("تسعمائة تسعمئة تسعمية", 900, "hund")
_add("ألف ألفا", 1e3, "scale")
_add("ألفان ألفين ألفي", 2e3, "scale2")
_add("آلاف ألوف", 1e3, "scalep")
_add("مليون مليونا", 1e6, "scale")
_add("مليونان مليونين مليوني", 2e6, "scale2")
_add("ملايين", 1e6, "scalep")
_add("مليار مليارا بليون", 1e9, "scale")
_add("ملياران مليارين ملياري", 2e9, "scale2")
_add("مليارات بلايين", 1e9, "scalep")
_add("تريليون ترليون", 1e12, "scale")
_add("تريليونات", 1e12, "scalep")
_add("دزينة", 12, "scale")  # "٣ دزينات" 36, "نصف دزينة" 6
_add("دزينتان دزينتين", 24, "scale2")
_add("دزينات", 12, "scalep")
_add("نصف نص", 0.5, "frac")
_add("ربع", 0.25, "frac")
_add("ثلث", 1 / 3, "frac")
_add("ثلثي ثلثا", 2 / 3, "frac")
_add("عشرات العشرات", 10, "vague")
_add("مئات المئات", 100, "vague")
_add("بضع بضعة", 3, "vague")
# with the article only the plural scales take part ("الآلاف من المحتجزين", "عشرات الآلاف")
_add("الآلاف الألوف", 1e3, "scalep")
_add("الملايين", 1e6, "scalep")
_add("المليارات", 1e9, "scalep")
_ARTICLE_SCALES = frozenset(fold(w) for w in ["الآلاف", "الألوف", "الملايين", "المليارات"])

NUMBER_WORDS = frozenset(_WORDS)

# Words that are also ordinary words ("ست" lady, "سبع" lion, "عشر" a tenth, "صفر" a month); alone,
# with no counted noun and no qualifier, they are not taken as quantities. Neither is a bare "واحد"
# ("في وقت واحد"), unless a counted noun stands before it ("أسبوع واحد").
_WEAK = "ست سبع تسع خمس عشر ثمان صفر مية ميه نص واحد واحدة تمن"
WEAK_WORDS = frozenset(fold(w) for w in _WEAK.split(" "))


def alternation(words: Iterable[str]) -> str:
    """A trie alternation of ``words`` (akhbar.patterns); a space matches blanks within a line."""
    return trie_alternation(words, blank=r"[ \t]+")


# One number atom: digits (Western after folding; thousands/decimal separators decided by
# parse_digits) or a number word. Digits may carry the article "الـ12" (tatweel is folded away).
# "1,250.5", "2,5", ".77" (a leading decimal point), "1 234 567" (groups of three after spaces,
# the French-style grouping of Maghrebi papers).
DIGITS_PATTERN = r"(?:\d{1,3}(?:[ \t]\d{3}(?!\d))+(?![.,]?\d)|\d+(?:[.,]\d+)*|\.\d+)"
WORD_PATTERN = alternation(set(_WORDS)) + r"(?!\w)"
ATOM_PATTERN = rf"(?:{DIGITS_PATTERN}|{WORD_PATTERN})"
# Atoms join with و (glued or spaced) or a plain space ("ثلاث مئة", "40 ألف"); "فاصلة" is a spoken
# decimal point ("واحد فاصلة خمسة" 1.5).
_POINT = r"[ \t]+فاصله[ \t]+"
JOIN_PATTERN = rf"(?:[ \t]*و[ \t]*|{_POINT}|[ \t]+)"
# "ال" + a tens word ("فوق الثلاثين", "تجاوز الستين"): a cardinal only after a qualifier, which
# akhbar.numbers checks (alone "الثلاثين" is an ordinal: "الذكرى الثلاثين").
TENS_WITH_ARTICLE = alternation({"ال" + w for w, (_, k) in _WORDS.items() if k == "ten"}) + r"(?!\w)"
EXPRESSION_PATTERN = rf"(?:(?:ال)?{DIGITS_PATTERN}|{TENS_WITH_ARTICLE}|{WORD_PATTERN})(?:{JOIN_PATTERN}{ATOM_PATTERN})*"
# "ال" only in front of digits or the plural scales; the atoms of an expression, for evaluate().
_ATOM_RE = re.compile(rf"(?P<pt>(?<=[ \t])فاصله[ \t]+)?(?P<wa>و[ \t]*)?(?P<atom>{DIGITS_PATTERN}|{WORD_PATTERN})")

_SCALE_AFTER_RE = re.compile(
    r"[ \t]*(?:" + alternation({w for w, (_, k) in _WORDS.items() if k.startswith("scale")}) + r")(?!\w)"
)


@dataclass(slots=True)
class Atom:
    start: int
    end: int
    text: str
    value: float
    kind: str  # num | one of the word kinds
    wa: bool  # joined to the previous atom with و
    point: bool = False  # after a spoken decimal point "فاصلة"


@dataclass(slots=True)
class Number:
    """One evaluated number: shadow offsets relative to the expression, its value and flags."""

    start: int
    end: int
    value: float
    vague: bool
    weak: bool  # a single ambiguous word, kept only with a counted noun or a qualifier
    fraction_only: bool  # a bare fraction ("نصف"): never a quantity by itself


def parse_digits(token: str, scale_follows: bool = False) -> float | None:
    """Value of a digit token with separators; None when it is not one number (an IP address).

    ``,`` groups of three are thousands ("1,250"), otherwise a decimal comma ("2,5"); ``.`` is a
    decimal point, except before one or more groups of exactly three digits ("1.500" = 1500)
    unless a scale word follows ("2.500 مليون" = 2.5 million).
    """
    if " " in token or "\t" in token:  # "1 234 567": the pattern admits groups of three only
        return float(re.sub(r"[ \t]", "", token))
    if token.startswith("."):
        return float(token)
    if "," in token and "." in token:
        if token.rfind(".") > token.rfind(","):
            token = token.replace(",", "")
        else:
            token = token.replace(".", "").replace(",", ".")
        try:
            return float(token)
        except ValueError:
            return None
    if "," in token:
        groups = token.split(",")
        if len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
            return float("".join(groups))
        if len(groups) == 2:
            return float(".".join(groups))
        return None
    if "." in token:
        groups = token.split(".")
        if len(groups) == 2:
            if len(groups[1]) == 3 and groups[0] != "0" and len(groups[0]) <= 3 and not scale_follows:
                return float("".join(groups))
            return float(token)
        if len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
            return float("".join(groups))
        return None
    return float(token)


def atoms(expression: str) -> list[Atom]:
    """The atoms of a matched expression (shadow text), with offsets relative to it."""
    out: list[Atom] = []
    text = expression[2:] if expression.startswith("ال") and not expression.startswith(("الف", "الا")) else expression
    base = len(expression) - len(text)
    for m in _ATOM_RE.finditer(text):
        token = m.group("atom")
        start, end = m.start("atom") + base, m.end("atom") + base
        if token[0].isdigit() or token[0] == ".":
            scale_follows = _SCALE_AFTER_RE.match(text, m.end()) is not None
            value = parse_digits(token, scale_follows)
            if value is None:
                continue
            out.append(Atom(start, end, token, value, "num", m.group("wa") is not None, m.group("pt") is not None))
        else:
            value, kind = _WORDS[token if token in _WORDS else re.sub(r"[ \t]+", " ", token)]
            out.append(Atom(start, end, token, value, kind, m.group("wa") is not None, m.group("pt") is not None))
    return out


def word_value(word: str) -> tuple[float, str] | None:
    """(value, kind) of one folded number word, or None."""
    return _WORDS.get(word)


def evaluate(expression: str) -> list[Number]:
    """Evaluate a matched expression into one or more numbers (see the module docstring)."""
    out: list[Number] = []
    group: list[Atom] = []
    state = _State()
    whole: Number | None = None  # the part before a spoken decimal point, waiting for its decimals
    for atom in atoms(expression):
        if group and not atom.point and state.add(atom):
            group.append(atom)
            continue
        if group:
            whole = _close(out, state.result(group), whole, atom.point)
        state = _State()
        group = [atom]
        state.add(atom)
    if group:
        _close(out, state.result(group), whole, False)
    return out


def _close(out: list[Number], number: Number, whole: Number | None, point_follows: bool) -> Number | None:
    """Append ``number`` (the decimals of ``whole`` when one waits); return what now waits."""
    if whole is not None:
        digits = len(str(int(number.value)))
        out[-1] = Number(whole.start, number.end, whole.value + number.value / 10**digits, False, False, False)
        return None
    out.append(number)
    return number if point_follows else None


class _State:
    __slots__ = ("cls", "cur", "last_scale", "n", "total", "vague")

    def __init__(self) -> None:
        self.total = 0.0
        self.cur = 0.0
        self.cls = 0  # magnitude class of the last component added to cur: 1, 10, 100; 0 = none
        self.last_scale = 0.0
        self.vague = False
        self.n = 0

    def add(self, a: Atom) -> bool:
        first = self.n == 0
        kind, v = a.kind, a.value
        if first:
            self.n = 1
            if kind in ("scale", "scale2"):
                self.total, self.last_scale = v, (v / 2 if kind == "scale2" else v)
            elif kind == "scalep":
                self.total, self.last_scale, self.vague = v, v, True
            elif kind == "vague":
                self.cur, self.cls, self.vague = v, 1, True
            else:
                self.cur = v
                self.cls = _cls(kind, v)
            return True
        ok = self._combine(a)
        if ok:
            self.n += 1
        return ok

    def _combine(self, a: Atom) -> bool:
        kind, v, wa = a.kind, a.value, a.wa
        if kind == "teen":
            # خمسة عشر: a unit directly before عشر/عشرة
            if not wa and self.cls == 1 and 1 <= self.cur % 100 <= 9:
                self.cur += 10
                return True
            kind = "unit"
        if kind == "hmul":
            if not wa and self.cls == 1 and 1 <= self.cur <= 9:  # ثلاث مئة، ٣ مئة
                self.cur *= 100
                self.cls = 100
                return True
            kind, v = "hund", 100.0
        if kind in ("unit", "ten", "hund", "num"):
            if v >= 1000 and kind == "num":
                return False
            if wa or self.cls == 100 or (self.cur == 0 and self.total):
                # what may follow: smaller than the last component
                if self.cur == 0 and self.total:
                    if v < self.last_scale and (wa or kind != "num"):
                        self.cur, self.cls = v, _cls(kind, v)
                        return True
                    return False
                if self.cls == 100 and v < 100 and (wa or kind != "num"):
                    self.cur += v
                    self.cls = _cls(kind, v)
                    return True
                if wa and self.cls == 1 and kind == "ten" and self.cur % 100 < 10:
                    self.cur += v
                    self.cls = 10
                    return True
            return False
        if kind in ("scale", "scale2") and wa and self.cur == 0 and self.total and v < self.last_scale:
            # مليون وألفين، مليون وألف: a smaller scale joined with و
            self.total += v
            self.last_scale = v / 2 if kind == "scale2" else v
            return True
        if kind == "scale" and not wa and self.cur == 0 and self.total and self.last_scale < v:
            # "528 ألف مليار": a thousand billion (Lebanese budgets), a larger scale right after one
            self.total *= v
            self.last_scale = v
            return True
        if kind in ("scale", "scalep"):
            if wa or self.cur <= 0:
                return False
            if self.total and self.last_scale <= v:
                return False
            if kind == "scalep" and a.text in _ARTICLE_SCALES and not self.vague:
                return False
            self.total += self.cur * v
            self.cur, self.cls, self.last_scale = 0.0, 0, v
            return True
        if kind == "frac":
            if not wa:
                return False
            if self.cur == 0 and self.total:
                self.total += v * self.last_scale
                self.cls = 1000
                return True
            if self.cur and self.cls in (1, 10):
                self.cur += v
                self.cls = 1000
                return True
            return False
        return False

    def result(self, group: list[Atom]) -> Number:
        value = self.total + self.cur
        single = len(group) == 1
        only = group[0]
        return Number(
            start=group[0].start,
            end=group[-1].end,
            value=value,
            vague=self.vague,
            weak=single and only.kind != "num" and only.text in WEAK_WORDS,
            fraction_only=single and only.kind == "frac",
        )


def _cls(kind: str, v: float) -> int:
    if kind == "ten":
        return 10
    if kind in ("hund", "hmul"):
        return 100
    if kind == "num":
        if v >= 100 and v % 100 == 0:
            return 100
        return 1 if v < 10 else 10
    if kind == "frac":
        return 1000
    return 1


_LOOKBACK = 200


class Trigger:
    r"""Where a date or a number may be: the matches of ``<single>|<trie of words>(?!\w)``.

    ``single`` matches one character (a digit, a currency sign) and no word holds such a
    character, so the matches of the combined pattern are exactly the matches of ``single`` and
    of the word trie, each found on its own (checked at construction). The two scans are much
    faster than the combined one: ``re`` skips ahead to a trie word's first letters only when the
    pattern is the trie alone, not when it is one branch of an alternation.
    """

    __slots__ = ("pattern", "single", "words")

    def __init__(self, single: str, words: Iterable[str]) -> None:
        words = set(words)
        self.single = re.compile(single)
        if any(self.single.search(word) for word in words):
            raise ValueError("a trigger word holds a character of the single-character trigger")
        trie = alternation(words) + r"(?!\w)"
        self.words = re.compile(trie)
        self.pattern = re.compile(f"{single}|{trie}")  # what the two scans find together

    def starts(self, text: str) -> list[int]:
        """Start of every match of ``pattern`` in ``text``, in order."""
        return sorted([m.start() for m in self.single.finditer(text)] + [m.start() for m in self.words.finditer(text)])


def anchored_finditer(
    pattern: re.Pattern[str],
    trigger: Trigger,
    text: str,
    lead_words: frozenset[str],
    gap_heads: frozenset[str] = frozenset(),
):
    """Matches of ``pattern`` in ``text``, tried only at word starts at or just before a ``trigger``.

    Equivalent to ``pattern.finditer(text)`` when every match of ``pattern`` contains a match of
    ``trigger`` and starts either at the word holding it or at a run of ``lead_words`` (qualifier
    words such as "في موعد أقصاه نهاية", with a clitic و/ف/ب/ل or a trailing comma allowed) before
    it, on the same line; one other word may stand in the run right after a ``gap_heads`` word
    ("يزيد طولها على"). ``trigger`` is a plain alternation ("\\d|<trie>", see ``Trigger``), which
    ``re`` scans far faster than a pattern with leading optional groups; the expensive pattern is
    then tried with ``match`` at a handful of positions only.
    """
    pos = 0
    n = len(text)
    line_end = -1
    for s in trigger.starts(text):
        if s < pos:
            continue
        # Look back at most _LOOKBACK characters (lead words are a few short words), so a text
        # without newlines costs no more per trigger than one with them.
        floor = max(pos, s - _LOOKBACK)
        lo = text.rfind("\n", floor, s) + 1 or floor
        k = max(text.rfind(" ", lo, s), text.rfind("\t", lo, s))
        word_start = k + 1 if k >= 0 else lo
        candidates = [s] if word_start == s else [s, word_start]
        ws = word_start
        while ws > lo:
            k = max(text.rfind(" ", lo, ws - 1), text.rfind("\t", lo, ws - 1))
            prev = k + 1 if k >= 0 else lo
            word = text[prev:ws].strip(" \t,")
            if not word:
                ws = prev
                continue
            if word not in lead_words and word[1:] not in lead_words:
                k = max(text.rfind(" ", lo, prev - 1), text.rfind("\t", lo, prev - 1)) if prev > lo else -1
                head = text[k + 1 if k >= 0 else lo : prev].strip(" \t,")
                if gap_heads and (head in gap_heads or head[1:] in gap_heads):
                    candidates.append(k + 1 if k >= 0 else lo)
                break
            candidates.append(prev)
            ws = prev
        if line_end < s:  # the end of the trigger's line, found once per line
            line_end = text.find("\n", s)
            line_end = n if line_end < 0 else line_end
        end = line_end
        for c in reversed(candidates):
            m = pattern.match(text, c, end)
            if m is not None and m.end() > s:
                yield m
                pos = m.end()
                break
