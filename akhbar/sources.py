"""Publishers and cited sources, canonicalised (EXTRACTION.md §5).

Cited sources come from four places:

* the alias table ``lexicons/source_aliases.tsv`` matched on the article's Shadow, longest
  alias first, with optional clitics (و ب ل لـ ف) and quote marks around the name:
  ``ونقلت وكالة “رويترز”`` -> reuters (the span is the name itself, ``رويترز``);
* a general think-tank rule: معهد/مركز + a quoted or capitalised name (``معهد “نيو لاين ...”``);
* anaphoric ``الوكالة`` / ``الصحيفة`` / ``القناة`` -> the most recent outlet of that kind named
  earlier in the article (skipped when there is none);
* the statements: anonymous speakers (``مصادر أمنية عراقية``, ``مسؤول أميركي كبير``) and
  official bodies quoted as the origin of information (``أعلنت وزارة الخارجية العراقية``).

The publisher (role ``publisher``) is ``draft.publisher_span``, found by the article splitter.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from akhbar.actors import key_tokens, read_lexicon, strip_article, to_shadow
from akhbar.patterns import trie_alternation
from akhbar.records import ArticleDraft, Sentence, SourceMention, Statement
from akhbar.segment import SentenceLocator
from akhbar.shadow import fold, shadow_of


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """A canonical source (one dim_sources row)."""

    key: str
    name: str
    name_ar: str | None
    kind: str  # one of records.SOURCE_KINDS


_ANON_SOURCES = SourceInfo("anonymous_sources", "Anonymous sources", "مصادر مجهولة", "anonymous_sources")
_ANON_OFFICIAL = SourceInfo("anonymous_official", "Anonymous official", "مسؤول مجهول", "anonymous_official")

# Arabic -> Latin letters for slugs of sources that are not in the alias table.
_TRANSLIT = str.maketrans(
    {
        "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
        "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "a",
        "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w",
        "ي": "y", "ء": "",
    }
)  # fmt: skip
_NON_SLUG_RE = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """ASCII slug of a name: "وزارة الدفاع العراقية" -> "wzarh_aldfaa_alaraqyh"."""
    return _NON_SLUG_RE.sub("_", fold(text).lower().translate(_TRANSLIT)).strip("_") or "unknown"


@dataclass(frozen=True, slots=True)
class _Aliases:
    table: dict[str, tuple[SourceInfo, bool]]  # folded lower alias -> (info, needs context)
    regex: re.Pattern[str]


@cache
def _aliases() -> _Aliases:
    table: dict[str, tuple[SourceInfo, bool]] = {}
    for row in read_lexicon("source_aliases.tsv"):
        alias, key, name, name_ar, kind = row[:5]
        ctx = len(row) > 5 and row[5] == "ctx"
        info = SourceInfo(key, name, name_ar or None, kind)
        folded = " ".join(fold(alias).lower().split())
        table.setdefault(folded, (info, ctx))
        if folded.startswith("ال") and len(folded) > 3:
            # "للنهار" = ل + النهار: the article's alef is elided after ل.
            table.setdefault("لل" + folded[2:], (info, False))
    alternation = trie_alternation(table)
    # One sentence each part is for: ونقلت وكالة “رويترز” / لـ"النهار" / عبر منصة “إكس” / (واع).
    regex = re.compile(r"(?<!\w)(?P<pre>[وفبكل]{0,2})(?P<q1>\"?)(?P<alias>" + alternation + r")(?P<q2>\"?)(?!\w)")
    return _Aliases(table, regex)


# Generic heads that make an ambiguous alias a source: وكالة "واع", صحيفة النهار, منصة إكس.
_GENERIC_HEADS = frozenset(key_tokens("وكالة صحيفة جريدة قناة موقع منصة شبكة تلفزيون إذاعة مجلة تطبيق حساب معهد مركز"))
_CLITICS = frozenset({"", "و", "ف", "ب", "ك", "ل", "وب", "فب", "ول", "فل", "وك"})
_PREV_WORD_RE = re.compile(r"(\w+)\W*$")
_MEDIA_KINDS = frozenset({"news_agency", "newspaper", "tv", "website", "social_platform", "think_tank"})


@lru_cache(maxsize=4096)
def lookup_source(text: str) -> SourceInfo | None:
    """The source a phrase is, as a whole ("وكالة “رويترز”", "Reuters", "البنتاغون"), or None."""
    aliases = _aliases()
    folded = " ".join(re.sub(r"[\"()\[\]]", " ", fold(text).lower()).split())
    hit = aliases.table.get(folded)
    if hit is None:
        words = folded.split()
        while words and words[0] in _GENERIC_HEADS:
            words = words[1:]
        hit = aliases.table.get(" ".join(words))
    return hit[0] if hit is not None else None


@lru_cache(maxsize=4096)
def canonical_source(text: str) -> SourceInfo | None:
    """The canonical source a phrase names ("وكالة الأنباء العراقية (واع)", "Reuters"), or None."""
    hit = lookup_source(text)
    if hit is not None:
        return hit
    aliases = _aliases()
    folded = " ".join(re.sub(r"[\"()\[\]]", " ", fold(text).lower()).split())
    match = aliases.regex.search(folded)
    if match is None:
        return None
    return aliases.table[" ".join(match.group("alias").lower().split())][0]


# معهد/مركز + a quoted or capitalised Latin name: معهد “نيو لاين انستيتيوت”, مركز "كارنيغي".
_THINK_TANK_RE = re.compile(
    r"(?<!\w)[وبل]?(?:ال)?(?:معهد|مركز)\s+(?:\"(?P<q>[^\"\n]{2,60})\"|(?P<latin>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*))"
)
# Anaphoric outlets: ووفق الوكالة / للوكالة / الصحيفة — not "الوكالة الدولية ..." (a name follows).
_ANAPHOR_RE = re.compile(r"(?<!\w)(?:[وفب]?ال|[وف]?لل)(?P<w>وكاله|صحيفه|قناه)(?!\w)(?!\s+(?:ال|\"))")
_ANAPHOR_KIND = {"وكاله": "news_agency", "صحيفه": "newspaper", "قناه": "tv"}
# Unnamed sources not caught as statement speakers: "بحسب مصدر مطلع", "مصادر أمنية عراقية".
_ANON_RE = re.compile(
    r"(?<!\w)[وفبل]?(?P<p>مصادر|مصدر)(?:\s+(?:\w{2,}يه?|\w+يون|\w+يين|مطلع\w?|مقرب\w?|رفيع\w?|موثوق\w?|خاص\w?|اخري)(?!\w)){1,3}"
)
_INSTITUTION_HEADS = frozenset(
    key_tokens("وزارة حكومة رئاسة لجنة هيئة مجلس مكتب سفارة قنصلية بعثة خلية قيادة البنتاغون البيت")
)


def extract_sources(draft: ArticleDraft, sentences: list[Sentence], statements: list[Statement]) -> list[SourceMention]:
    """The article's publisher (role publisher) and every source it cites (role cited)."""
    text = draft.body_text
    shadow = shadow_of(text)
    sh = shadow.text
    low = sh.lower()  # Latin aliases match in any case; Arabic is unaffected
    if len(low) != len(sh):
        low = sh
    sentence_of = SentenceLocator(sentences).index_at

    out: list[SourceMention] = []
    pub = draft.publisher_span
    if pub is not None and 0 <= pub.start < pub.end <= len(text):
        surface = text[pub.start : pub.end]
        info = canonical_source(draft.publisher or surface) or canonical_source(surface)
        if info is None:
            name = (draft.publisher or surface).strip()
            info = SourceInfo(slugify(name), name, name if re.search("[\u0600-\u06ff]", name) else None, "website")
        out.append(_mention(text, pub.start, pub.end, info, "publisher", sentence_of(pub.start)))

    cited: list[tuple[int, int, SourceInfo]] = []
    named: list[tuple[int, SourceInfo]] = []  # (shadow position, source) of named outlets, for anaphora
    for m in _aliases().regex.finditer(low):
        if m.group("pre") not in _CLITICS:
            continue
        info, needs_ctx = _aliases().table[" ".join(m.group("alias").lower().split())]
        if info.kind not in _MEDIA_KINDS:
            continue  # government rows canonicalise speakers; a bare mention is not a citation
        if needs_ctx and not _has_context(low, m):
            continue
        cited.append((m.start("alias"), m.end("alias"), info))
        named.append((m.start("alias"), info))
    for m in _THINK_TANK_RE.finditer(sh) if ("معهد" in sh or "مركز" in sh) else ():
        group = "q" if m.group("q") else "latin"
        name_start, name_end = m.span(group)
        o_start, o_end = shadow.to_original(name_start, name_end)
        name = text[o_start:o_end].strip()
        info = canonical_source(name)
        if info is None:
            info = SourceInfo("think_tank_" + slugify(name), name, name if group == "q" else None, "think_tank")
        cited.append((name_start, name_end, info))
    # The latest outlet of each kind named before an anaphor (named is in text order).
    by_kind: dict[str, tuple[list[int], list[SourceInfo]]] = {}
    for pos, info in named:
        positions, infos = by_kind.setdefault(info.kind, ([], []))
        positions.append(pos)
        infos.append(info)
    for m in _ANAPHOR_RE.finditer(sh) if named else ():
        positions, infos = by_kind.get(_ANAPHOR_KIND[m.group("w")], ([], []))
        i = bisect.bisect_left(positions, m.start())
        if i:
            start = m.start() + (1 if sh[m.start()] in "وفب" else 0)
            cited.append((start, m.end(), infos[i - 1]))
    for m in _ANON_RE.finditer(sh) if ("مصدر" in sh or "مصادر" in sh) else ():
        start = m.start("p")
        cited.append((start, m.end(), _ANON_SOURCES))
    for st in statements:
        if st.speaker_text is None or st.speaker_start is None or st.speaker_end is None:
            continue
        info = _statement_source(st)
        if info is not None:
            s0 = to_shadow(shadow, st.speaker_start)
            s1 = to_shadow(shadow, st.speaker_end)
            cited.append((s0, s1, info))

    # Longest first at a position; no overlaps; nothing inside the publisher's own span.
    cited.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    last_end = -1
    for s0, s1, info in cited:
        if s0 < last_end or s1 <= s0:
            continue
        o_start, o_end = shadow.to_original(s0, s1)
        if pub is not None and o_start < pub.end and pub.start < o_end:
            continue
        out.append(_mention(text, o_start, o_end, info, "cited", sentence_of(o_start)))
        last_end = s1
    return out


def _has_context(sh: str, m: re.Match[str]) -> bool:
    """An ambiguous alias counts in quotes/parentheses, after a generic head, or glued to ل."""
    if (m.group("q1") and m.group("q2")) or m.group("pre") == "ل" or m.group("alias").startswith("لل"):
        return True
    start = m.start()
    if start > 0 and sh[start - 1] == "(":
        return True
    prev = _PREV_WORD_RE.search(sh, max(0, start - 24), start)
    if prev is None:
        return False
    word = strip_article(prev.group(1))
    return word in _GENERIC_HEADS or (word[:1] in "وفبل" and strip_article(word[1:]) in _GENERIC_HEADS)


def _statement_source(st: Statement) -> SourceInfo | None:
    """A source for a statement's speaker: anonymous formulas and official bodies."""
    if st.speaker_kind in ("anonymous_sources", "anonymous_official") and fold(st.speaker_text or "").startswith("ال"):
        return None  # "المسؤول", "المصادر": an anaphor of a source already counted
    if st.speaker_kind == "anonymous_sources":
        return _ANON_SOURCES
    if st.speaker_kind == "anonymous_official":
        return _ANON_OFFICIAL
    if st.speaker_kind in ("government_body", "diplomatic_mission"):
        name = st.speaker_canonical or st.speaker_text or ""
        words = fold(name).split()
        if not words or words[0].removeprefix("ال") not in _INSTITUTION_HEADS:
            return None
        info = canonical_source(name)
        if info is not None:
            return info
        if len(words) < 2:
            return None  # "اللجنة" with nothing earlier to resolve it to
        return SourceInfo("gov_" + slugify(name), name, name, "government_body")
    return None


def _mention(text: str, start: int, end: int, info: SourceInfo, role: str, sentence: int | None) -> SourceMention:
    return SourceMention(
        char_start=start,
        char_end=end,
        surface_text=text[start:end],
        source_key=info.key,
        source_name=info.name,
        source_name_ar=info.name_ar,
        source_kind=info.kind,
        role=role,
        sentence_index=sentence,
    )
