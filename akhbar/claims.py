"""What a number claims: its subject, its place and whether it is a projection.

Rules, all inside the number's sentence:

* **subject**: the number's own counted noun or unit ("900 جندي" -> soldier); else the noun of
  "عدد / عديد / حجم (الإجمالي) X" before it with no other number in between ("سيقل عدد الجنود
  ... إلى أقل من 500" -> soldier).
* **place**, first found:
  1. a place right after the number, at most ``PLACE_AFTER_WORDS`` words on, with a locative
     word (في، داخل، قرب، ب) in between and no clause break ("900 جندي في سوريا");
  2. the nearest place before the number, introduced by a locative word, with no other number
     and no more than ``PLACE_BEFORE_WORDS`` words in between ("في العراق، سيقل إلى ما دون
     ألفي جندي");
  3. in a table row, the row's place cell ("أربيل | 2025 | أقل من 500").
* **range**: in "من X إلى Y" the two numbers share what one of them has (subject and place);
  the "من" side is the level before the change.
* **projection**: the number is not the "من" side of a change, and the sentence before it holds
  a future marker (the prefix س on a verb, سوف، يتوقع، من المقرر ...) or is followed by a future verb
  within two words ("إن 3000 مزارع سيستفيدون"), or the sentence has a date
  after publication, or a deadline ("بحلول 2025", "حتى 2025") not yet past at publication (with
  no publication date, a deadline counts as a target).
"""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise

from akhbar.numbers import UNIT_PATTERN, UNITS
from akhbar.records import DateMention, NumberMention, PlaceMention, Sentence
from akhbar.shadow import fold, shadow_of

PLACE_AFTER_WORDS = 4
PLACE_BEFORE_WORDS = 15
FUTURE_AFTER_WORDS = 2

_COUNT_HEAD_RE = re.compile(
    rf"(?<!\w)[وفبل]?(?:ال)?(?:عدد|عديد|حجم|مجموع)(?:\s+(?:ال)?اجمالي)?\s+(?:ال|لل)?(?P<u>{UNIT_PATTERN})(?!\w)"
)
_LOCATIVE = r"(?:في|داخل|قرب|بالقرب\s+من|عند)"
_LOCATIVE_RE = re.compile(rf"(?<!\w)[وف]?{_LOCATIVE}(?!\w)")
_CLAUSE_BREAK_RE = re.compile(r"[،,;؛:.!?؟()\n]|\s-\s")
_WORD_RE = re.compile(r"\w+")
_RANGE_GAP_RE = re.compile(r"\s*(?:إلى|الى|إلي|حتى)\s*")
_DEADLINES = frozenset({"by", "until"})
_FROM_RE = re.compile(r"(?<!\w)من\s+$")
# Future: س/سوف before an imperfect verb, and verbs and phrases of expectation or plan.
_FUTURE_RE = re.compile(
    r"(?<!\w)[وف]?(?:سوف|س(?!ياس|يار|يطر|ياد|يول|ينا|يد|نه|نوي|نوات|نين|ته|تين|تون|تار|نجار|نغاف)[يتن]\w{2,}"
    r"|يتوقع|يُتوقع|تتوقع|متوقع|المتوقع|المقرر|المنتظر|يعتزم|تعتزم|يخطط|تخطط)(?!\w)"
)


def attach_claims(
    text: str,
    sentences: list[Sentence],
    numbers: list[NumberMention],
    places: list[PlaceMention],
    dates: list[DateMention],
    published: date | None,
) -> None:
    """Fill ``subject``, ``place_*`` and ``is_projection`` of every number, in place."""
    by_sentence: dict[int | None, list[PlaceMention]] = {}
    for place in places:
        by_sentence.setdefault(place.sentence_index, []).append(place)
    bounds = {s.sentence_index: (s.char_start, s.char_end) for s in sentences}
    ordered = sorted(numbers, key=lambda n: n.char_start)
    starts = [n.char_start for n in ordered]
    placed_after: set[int] = set()  # numbers whose place follows them (it also covers a range's "من" side)
    for index, number in enumerate(ordered):
        sentence_places = by_sentence.get(number.sentence_index, [])
        sentence_start = bounds.get(number.sentence_index, (number.char_start, number.char_end))[0]
        number.subject = number.unit or _count_head_unit(text, sentence_start, number, starts)
        place = _place_after(text, number, sentence_places, starts)
        if place is not None:
            placed_after.add(index)
        else:
            place = _place_before(text, number, sentence_places, starts)
        if place is None:
            place = _table_row_place(text, number, sentence_places)
        if place is not None:
            number.place_start, number.place_end, number.place_id = place.char_start, place.char_end, place.place_id
        number.is_projection = _is_projection(text, sentence_start, number, index, ordered, dates, published)
    _share_across_ranges(text, ordered, placed_after)


def _others_between(starts: list[int], lo: int, hi: int, own: int) -> bool:
    return any(lo <= s < hi and s != own for s in starts)


def _count_head_unit(text: str, sentence_start: int, number: NumberMention, starts: list[int]) -> str | None:
    shadow = shadow_of(text)
    lo, hi = shadow.to_shadow(sentence_start), shadow.to_shadow(number.char_start)
    best = None
    for m in _COUNT_HEAD_RE.finditer(shadow.text, lo, hi):
        best = m
    if best is None:
        return None
    head_end = shadow.to_original(best.start(), best.end())[1]
    if _others_between(starts, head_end, number.char_start, number.char_start):
        return None
    return UNITS.get(best.group("u"))


def _place_after(
    text: str, number: NumberMention, places: list[PlaceMention], starts: list[int]
) -> PlaceMention | None:
    for place in places:
        if place.char_start < number.char_end:
            continue
        gap = text[number.char_end : place.char_start]
        if _CLAUSE_BREAK_RE.search(gap) or len(_WORD_RE.findall(gap)) > PLACE_AFTER_WORDS:
            return None
        if _others_between(starts, number.char_end, place.char_start, number.char_start):
            return None
        folded = fold(gap)
        if _LOCATIVE_RE.search(folded) or folded.endswith("ب"):
            return place
        return None
    return None


def _place_before(
    text: str, number: NumberMention, places: list[PlaceMention], starts: list[int]
) -> PlaceMention | None:
    for place in reversed(places):
        if place.char_end > number.char_start:
            continue
        gap = text[place.char_end : number.char_start]
        if "\n" in gap or len(_WORD_RE.findall(gap)) > PLACE_BEFORE_WORDS:
            return None
        if _others_between(starts, place.char_end, number.char_start, number.char_start):
            return None
        before = fold(text[max(0, place.char_start - 24) : place.char_start])
        if re.search(rf"(?<!\w)[وف]?{_LOCATIVE}\s+(?:\w+\s+){{0,2}}$", before) or before.endswith("ب"):
            return place
    return None


def _table_row_place(text: str, number: NumberMention, places: list[PlaceMention]) -> PlaceMention | None:
    line_start = text.rfind("\n", 0, number.char_start) + 1
    line_end = text.find("\n", number.char_end)
    line_end = len(text) if line_end < 0 else line_end
    if "|" not in text[line_start:line_end]:
        return None
    for place in places:
        if line_start <= place.char_start and place.char_end <= line_end:
            return place
    return None


def _is_range_start(text: str, number: NumberMention, following: NumberMention | None) -> bool:
    if following is None or not _RANGE_GAP_RE.fullmatch(text, number.char_end, following.char_start):
        return False
    return _FROM_RE.search(fold(text[max(0, number.char_start - 8) : number.char_start])) is not None


def _is_projection(
    text: str,
    sentence_start: int,
    number: NumberMention,
    index: int,
    ordered: list[NumberMention],
    dates: list[DateMention],
    published: date | None,
) -> bool:
    following = ordered[index + 1] if index + 1 < len(ordered) else None
    if _is_range_start(text, number, following):
        return False
    if _FUTURE_RE.search(fold(text[sentence_start : number.char_start])):
        return True
    # a nominal clause: the number is the subject of a future verb right after it ("إن 3000 مزارع سيستفيدون")
    after = _WORD_RE.findall(fold(_CLAUSE_BREAK_RE.split(text[number.char_end : number.char_end + 60])[0]))
    if any(_FUTURE_RE.fullmatch(word) for word in after[:FUTURE_AFTER_WORDS]):
        return True
    for d in dates:
        if d.sentence_index != number.sentence_index or d.period_start is None or d.period_end is None:
            continue
        if published is not None and d.period_start > published:
            return True  # the sentence dates the figure after publication
        if d.qualifier in _DEADLINES and (published is None or d.period_end >= published):
            return True  # "بحلول 2025", "حتى 2025": a target to be met by a date not yet past
    return False


def _share_across_ranges(text: str, ordered: list[NumberMention], placed_after: set[int]) -> None:
    """ "من X إلى Y في P": P is both numbers' place; a noun or place one side lacks comes from the other."""
    for index, (first, second) in enumerate(pairwise(ordered)):
        if not _RANGE_GAP_RE.fullmatch(text, first.char_end, second.char_start):
            continue
        for a, b in ((first, second), (second, first)):
            if a.subject is None:
                a.subject = b.subject
        if index + 1 in placed_after or (first.place_id is None and second.place_id is not None):
            first.place_start, first.place_end, first.place_id = second.place_start, second.place_end, second.place_id
        elif second.place_id is None and first.place_id is not None:
            second.place_start, second.place_end, second.place_id = first.place_start, first.place_end, first.place_id
