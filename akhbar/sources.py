"""Publishers and cited sources, canonicalised (EXTRACTION.md §5).

Cited sources come from four places:

* the alias table ``lexicons/source_aliases.csv`` (canonical rows in ``lexicons/sources.csv``; both are
  also dbt seeds, so ``dim_sources`` reads the same table) matched on the article's Shadow, longest
  alias first, with optional clitics (و ب ل لـ ف) and quote marks around the name:
  ``ونقلت وكالة “رويترز”`` -> reuters (the span is the name itself, ``رويترز``);
* a general think-tank rule: معهد/مركز + a quoted or capitalised name (``معهد “نيو لاين ...”``);
* anaphoric ``الوكالة`` / ``الصحيفة`` / ``القناة`` -> the most recent outlet of that kind named
  earlier in the article (skipped when there is none);
* the statements: anonymous speakers (``مصادر أمنية عراقية``, ``مسؤول أميركي كبير``) and
  official bodies quoted as the origin of information (``أعلنت وزارة الخارجية العراقية``).

The publisher (role ``publisher``) is ``draft.publisher_span``, found by the article splitter, with a
``relation`` (records.PUBLISHER_RELATIONS): ``own`` when the page has one publisher; when the page
is hosted by one site and credits another outlet (``draft.original_publisher_span``: "المصدر: X",
"نقلا عن X", "X (لبنان)", a wire dateline "(رويترز) -"), the host is ``aggregator`` and the credited
outlet ``original`` -- or one ``own`` publisher when both are the same canonical source. A cited
mention never overlaps a publisher span.

Context for ambiguous aliases (``needs_context``: "العربية" the language, "النهار" the daytime,
"الأناضول" the region, "سانا"): quotes or parentheses around the name, a generic head before it
(وكالة، صحيفة، قناة، منصة ...), a citation cue right before it ("بحسب سانا", "وذكرت النهار أن",
"نقلا عن واع"; not when a definite adjective follows, "بحسب الأخبار الواردة"), for a name glued to
ل a speech verb shortly before it or "إن/أن" right after it ("وقال الوزير للأناضول إن"), and for a
platform a channel phrase before it ("عبر حسابه على X", "في تغريدة على إكس").

Kinds in the alias table: a monitor or research body that publishes its own findings (المرصد السوري
لحقوق الإنسان, معهد دراسات الحرب) is a ``think_tank``: it is cited as the origin of figures and
assessments, not as an outlet relaying news.

More cited-source rules: "في تغريدة" cites X (unless the sentence names the platform); unnamed
officials and sources the statements extractor did not take as speakers -- "بحسب مسؤول رفيع طلب عدم
الكشف عن اسمه", "وفقا لمصدر في وزارة الداخلية", "مسؤول أميركي فضّل عدم الكشف عن هويته" -- are
``anonymous_official`` / ``anonymous_sources``, the span covering the whole formula (a statement
speaker's span grows by a following "طلب عدم نشر اسمه"). A speaker span that runs into the outlet it
spoke to ("مسؤولون لأسوشيتد برس") stops before the outlet, which is cited on its own.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from akhbar.actors import key_tokens, read_csv_lexicon, read_lexicon, strip_article, to_shadow
from akhbar.names import name_key
from akhbar.patterns import NAME_CLITICS, add_alias, alias_key, finditer_near, trie_alternation
from akhbar.records import ArticleDraft, Sentence, SourceMention, Span, Statement
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
    """ASCII slug of a name's key: "وزارة الدفاع العراقية" -> "wzarh_aldfaa_alaraqyh".

    Built on ``name_key``, so spellings the alias table does not list still meet:
    "السفارة الأمريكية في عمان" and "السفارة الأميركية في عمّان" get one slug.
    """
    return _NON_SLUG_RE.sub("_", fold(name_key(text)).translate(_TRANSLIT)).strip("_") or "unknown"


@dataclass(frozen=True, slots=True)
class _Aliases:
    table: dict[str, tuple[SourceInfo, bool]]  # folded lower alias -> (info, needs context)
    regex: re.Pattern[str]
    sources: dict[str, SourceInfo]  # source_id -> canonical row


@cache
def _aliases() -> _Aliases:
    table: dict[str, tuple[SourceInfo, bool]] = {}
    sources = {
        row["source_id"]: SourceInfo(row["source_id"], row["name"], row["name_ar"] or None, row["kind"])
        for row in read_csv_lexicon("sources.csv")
    }
    for row in read_csv_lexicon("source_aliases.csv"):
        alias, info, ctx = row["alias"], sources[row["source_id"]], row["needs_context"] == "true"
        add_alias(table, alias_key(alias), (info, ctx))
    alternation = trie_alternation(table)
    # One sentence each part is for: ونقلت وكالة “رويترز” / لـ"النهار" / عبر منصة “إكس” / (واع).
    regex = re.compile(r"(?<!\w)(?P<pre>[وفبكل]{0,2})(?P<q1>\"?)(?P<alias>" + alternation + r")(?P<q2>\"?)(?!\w)")
    return _Aliases(table, regex, sources)


# Generic heads that make an ambiguous alias a source: وكالة "واع", صحيفة النهار, منصة إكس.
_GENERIC_HEADS = frozenset(key_tokens("وكالة صحيفة جريدة قناة موقع منصة شبكة تلفزيون إذاعة مجلة تطبيق حساب معهد مركز"))
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

# --- context for ambiguous aliases (see the module doc); words in Shadow form -----------------------------
_CUE_WORDS = frozenset(
    key_tokens(
        "بحسب حسب وفق وفقا طبقا نقلا نقلت نقل ذكرت ذكر أفادت أفاد أوردت أورد قالت قال نشرت نشر بثت بث "
        "أكدت أكد كشفت كشف أشارت أضافت أوضحت أوضح تقول يقول تذكر يذكر تفيد تورد مراسل مراسلة موفد"
    )
)
_SPEECH_VERBS = frozenset(
    key_tokens(
        "قال قالت يقول تقول صرح صرحت يصرح أكد أكدت يؤكد تؤكد أوضح أوضحت تحدث تحدثت يتحدث كشف كشفت يكشف "
        "أفاد أفادت أضاف أضافت أشار أشارت ذكر ذكرت أعلن أعلنت أبلغ أبلغت"
    )
)
_WORD_BEFORE_RE = re.compile(r"(\w+)\W*$")
_WORDS_RE = re.compile(r"\w+")
# "عبر حسابه على X", "في تغريدة على إكس", "كتب على X": a platform named after a channel phrase.
_PLATFORM_CTX_RE = re.compile(
    r"(?:حساب|صفح|قنا|منص|موقع|تطبيق|تغريد|تدوين|منشور|بث|كتب|غرد|نشر|دون)\w{0,4}"
    r"(?:\s+(?:ال)?رسمي\w{0,2})?\s+(?:علي|عبر|في)\s*$"
)
# "في تغريدة" / "تغريدته على حسابه": a tweet is a post on X.
_TWEET_RE = re.compile(r"(?<!\w)[وفب]?(?:ال)?(?P<w>تغريد(?:ه|ات|ته|تها|اته|اتها))(?!\w)")
# Citation cues before an unnamed official/source: بحسب، وفق، وفقا ل، طبقا ل، نقلا عن، على لسان، تصريحات ل.
_CITE_CUE = r"(?<!\w)[وف]?(?:ب?حسب|وفق|وفقا|طبقا|نقلا\s+عن|علي\s+لسان|تصريحات?|حديث)\s+ل?"
_OFFICIAL_MODS = r"(?:\s+(?:\w{2,}ي(?:ه|ون|ين)?|رفيع\w{0,2}|كبير\w?|كبار|بارز\w?|مطلع\w?|سابق\w?|المستوي)(?!\w))"
_IN_BODY = r"(?:\s+(?:في|داخل)\s+|\s+ب(?=ال))(?:ال)?\w+(?:\s+ال\w+){0,3}"
_WITHHELD = (
    r"(?:\s*,?\s*(?:طلب|فضل|رفض|اشترط)\w{0,2}\s+(?:عدم\s+)?(?:الكشف\s+عن|كشف|ذكر|نشر|الافصاح\s+عن)"
    r"\s+(?:اسم|هويت)(?:ه|ها|هم)(?!\w))"
)
# "بحسب مسؤول رفيع ...", "وفقا لمسؤولين أميركيين", "مسؤول أمني طلب عدم الكشف عن اسمه".
_WITHHELD_RE = re.compile(_WITHHELD)
_ANON_OFFICIAL_RE = re.compile(
    rf"(?:(?P<cue>{_CITE_CUE})|(?<!\w)[وفبل]?)(?P<p>مسءول(?:ون|ين|ه)?)(?!\w)"
    rf"(?P<mods>{_OFFICIAL_MODS}{{0,3}})(?P<body>{_IN_BODY})?(?P<withheld>{_WITHHELD})?"
)
# "وفقا لمصدر في وزارة الداخلية", "بحسب مصادر داخل الحكومة": a source named by where it sits.
_ANON_IN_BODY_RE = re.compile(
    rf"(?P<cue>{_CITE_CUE})(?P<p>مصادر|مصدر)(?P<mods>{_OFFICIAL_MODS}{{0,2}})(?P<body>{_IN_BODY})(?P<withheld>{_WITHHELD})?"
)
# The patterns above that scan the whole article are run with ``finditer_near``: each match holds
# one of these words, after at most this many non-blank characters of the match (blanks are free).
_SOURCE_WORDS = ("مصادر", "مصدر")
_OFFICIAL_WORD = ("مسءول",)
_TWEET_WORD = ("تغريد",)
_INSTITUTE_WORDS = ("معهد", "مركز")
_CLITIC_ARTICLE_REACH = 3  # [وفبل]? + ال / لل before the word
_CITE_CUE_REACH = 9  # [وف]? + the longest cue ("تصريحات", "علي لسان": 7) + ل?


@cache
def _place_words() -> frozenset[str]:
    """First words of the places lexicon: "بغداد اليوم" after a verb is the city, not the site."""
    return frozenset(fold(row[0]).split()[0] for row in read_lexicon("places.tsv"))


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
    pub = draft.publisher_span if _span_ok(draft.publisher_span, len(text)) else None
    orig = _original_span(draft)
    host_info = _publisher_info(text, pub, draft.publisher) if pub is not None else None
    orig_info = _publisher_info(text, orig, draft.original_publisher) if orig is not None else None
    if pub is not None and host_info is not None:
        if orig is not None and orig_info is not None and not _same_source(host_info, orig_info):
            host = _mention(text, pub.start, pub.end, host_info, "publisher", sentence_of(pub.start), "aggregator")
            original = _mention(text, orig.start, orig.end, orig_info, "publisher", sentence_of(orig.start), "original")
            out += [host, original]
        else:
            out.append(_mention(text, pub.start, pub.end, host_info, "publisher", sentence_of(pub.start), "own"))
    elif orig is not None and orig_info is not None:
        out.append(_mention(text, orig.start, orig.end, orig_info, "publisher", sentence_of(orig.start), "own"))
    # the publisher's own spans (the credit line too, when it names the host again) are not citations
    publisher_spans = [sp for sp in (pub, orig) if sp is not None]

    cited: list[tuple[int, int, SourceInfo]] = []
    named: list[tuple[int, SourceInfo]] = []  # (shadow position, source) of named outlets, for anaphora
    alias_starts: list[int] = []  # where each cited alias begins, its clitic included ("لأسوشيتد برس")
    for m in _aliases().regex.finditer(low):
        if m.group("pre") not in NAME_CLITICS:
            continue
        info, needs_ctx = _aliases().table[" ".join(m.group("alias").lower().split())]
        if info.kind not in _MEDIA_KINDS:
            continue  # government rows canonicalise speakers; a bare mention is not a citation
        if needs_ctx and not _has_context(low, m, info):
            continue
        cited.append((m.start("alias"), m.end("alias"), info))
        named.append((m.start("alias"), info))
        alias_starts.append(m.start())
    for m in finditer_near(_THINK_TANK_RE, sh, _INSTITUTE_WORDS, _CLITIC_ARTICLE_REACH):
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
    for m in finditer_near(_ANAPHOR_RE, sh, _ANAPHOR_KIND, _CLITIC_ARTICLE_REACH) if named else ():
        positions, infos = by_kind.get(_ANAPHOR_KIND[m.group("w")], ([], []))
        i = bisect.bisect_left(positions, m.start())
        if i:
            start = m.start() + (1 if sh[m.start()] in "وفب" else 0)
            cited.append((start, m.end(), infos[i - 1]))
    for m in finditer_near(_ANON_RE, sh, _SOURCE_WORDS, 1):
        start = m.start("p")
        cited.append((start, m.end(), _ANON_SOURCES))
    speakers: list[tuple[int, int]] = []
    for st in statements:
        if st.speaker_text is None or st.speaker_start is None or st.speaker_end is None:
            continue
        s0 = to_shadow(shadow, st.speaker_start)
        s1 = to_shadow(shadow, st.speaker_end)
        speakers.append((s0, s1))
        info = _statement_source(st)
        if info is None:
            continue
        # "مسؤولون لأسوشيتد برس": the outlet the speaker talked to is a citation of its own
        k = bisect.bisect_right(alias_starts, s0)  # alias_starts is in text order
        if k < len(alias_starts) and alias_starts[k] < s1:
            s1 = alias_starts[k]
            while s1 > s0 and not sh[s1 - 1].isalnum():
                s1 -= 1
        elif info.kind in ("anonymous_official", "anonymous_sources"):
            # "مسؤول كبير، طلب عدم نشر اسمه": the span covers the whole anonymity formula
            withheld = _WITHHELD_RE.match(sh, s1)
            s1 = withheld.end() if withheld is not None else s1
        if s1 > s0:
            cited.append((s0, s1, info))
    # X named through a tweet, unless the sentence names a platform itself.
    platform_sentences = {sentence_of(shadow.to_original(c[0], c[1])[0]) for c in cited if c[2].key == "x"}
    for m in finditer_near(_TWEET_RE, sh, _TWEET_WORD, _CLITIC_ARTICLE_REACH):
        x = _aliases().sources.get("x")
        o_start = shadow.to_original(*m.span("w"))[0]
        if x is not None and sentence_of(o_start) not in platform_sentences:
            cited.append((m.start("w"), m.end("w"), x))
            platform_sentences.add(sentence_of(o_start))
    # Unnamed officials and sources the statements extractor did not take as speakers (lowest priority).
    fallbacks = _anon_fallbacks(sh)
    if fallbacks:
        taken = bytearray(len(sh) + 1)  # shadow positions already inside a speaker or a cited source
        for a, b in [*speakers, *((c[0], c[1]) for c in cited)]:
            taken[a:b] = b"\x01" * max(0, b - a)
        for m in fallbacks:
            if not any(taken[m[0] : m[1]]):
                cited.append(m)
                taken[m[0] : m[1]] = b"\x01" * (m[1] - m[0])

    # Longest first at a position; no overlaps; nothing inside the publisher's own spans.
    cited.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    last_end = -1
    for s0, s1, info in cited:
        if s0 < last_end or s1 <= s0:
            continue
        o_start, o_end = shadow.to_original(s0, s1)
        if any(o_start < sp.end and sp.start < o_end for sp in publisher_spans):
            continue
        out.append(_mention(text, o_start, o_end, info, "cited", sentence_of(o_start)))
        last_end = s1
    return out


def _anon_fallbacks(sh: str) -> list[tuple[int, int, SourceInfo]]:
    """Unnamed officials ("بحسب مسؤول رفيع طلب عدم الكشف عن اسمه") and sources by body ("وفقا لمصدر في الوزارة")."""
    found: list[tuple[int, int, SourceInfo]] = []
    if "مسءول" in sh:
        for m in finditer_near(_ANON_OFFICIAL_RE, sh, _OFFICIAL_WORD, _CITE_CUE_REACH):
            if m.group("cue") is None and m.group("withheld") is None:
                continue  # a bare "مسؤول" is also "responsible (for)": only a cue or a withheld name makes it a source
            found.append((m.start("p"), _trimmed_end(sh, m), _ANON_OFFICIAL))
    if "مصدر" in sh or "مصادر" in sh:
        for m in finditer_near(_ANON_IN_BODY_RE, sh, _SOURCE_WORDS, _CITE_CUE_REACH):
            found.append((m.start("p"), _trimmed_end(sh, m), _ANON_SOURCES))
    return found


def _trimmed_end(sh: str, m: re.Match[str]) -> int:
    end = m.end()
    while end > m.start("p") and not sh[end - 1].isalnum():
        end -= 1
    return end


def same_outlet(a: str, b: str) -> bool:
    """Do two publisher names ("العربية.نت", "قناة العربية") name one outlet?"""
    return _same_source(_name_info(a), _name_info(b))


def outlet_like(name: str) -> bool:
    """Is a short phrase the name of a media outlet (a known outlet, or a name with a media word)?"""
    info = lookup_source(name)
    if info is not None:
        return info.kind in _MEDIA_KINDS
    return bool(_OUTLET_NAME_RE.search(fold(name)))


# "وكالة ..." / "صحيفة ..." / "... نيوز" / "... نت" / "... 24": the name of an outlet not in the alias table.
_OUTLET_NAME_RE = re.compile(
    r"^(?:وكاله|صحيفه|جريده|موقع|قناه|شبكه|مجله|اذاعه|تلفزيون|راديو|بوابه)\s|نيوز|برس|الاخباري|تايمز|نت$|24|news|press",
    re.IGNORECASE,
)


def _name_info(name: str) -> SourceInfo:
    info = canonical_source(name)
    return info if info is not None else SourceInfo(slugify(name), name.strip(), None, "website")


def _span_ok(span: Span | None, n: int) -> bool:
    return span is not None and 0 <= span.start < span.end <= n


def _original_span(draft: ArticleDraft) -> Span | None:
    """``draft.original_publisher_span``, checked against its text (a reader that prepends header lines
    to a draft may leave it behind: the credit is then found again after the stale offset)."""
    span, name, text = draft.original_publisher_span, draft.original_publisher, draft.body_text
    if span is None or not name:
        return None
    if _span_ok(span, len(text)) and text[span.start : span.end] == name:
        return span
    found = text.find(name, max(0, span.start))
    return Span(found, found + len(name)) if found >= 0 else None


def _publisher_info(text: str, span: Span, name: str | None) -> SourceInfo:
    surface = text[span.start : span.end]
    info = canonical_source(name or surface) or canonical_source(surface)
    if info is None:
        name = (name or surface).strip()
        info = SourceInfo(slugify(name), name, name if re.search("[\u0600-\u06ff]", name) else None, "website")
    return info


def _same_source(a: SourceInfo, b: SourceInfo) -> bool:
    """One outlet under two names: the same canonical key, or one (unknown) name inside the other."""
    if a.key == b.key:
        return True
    heads = _GENERIC_HEADS
    na = " ".join(w for w in fold(a.name).lower().split() if strip_article(w) not in heads)
    nb = " ".join(w for w in fold(b.name).lower().split() if strip_article(w) not in heads)
    return bool(na and nb) and (na in nb or nb in na)


def _has_context(sh: str, m: re.Match[str], info: SourceInfo) -> bool:
    """Does an ambiguous alias name the outlet here? (see the module doc)"""
    if m.group("q1") and m.group("q2"):
        return True
    start = m.start()
    if start > 0 and sh[start - 1] == "(":
        return True
    window = sh[max(0, start - 48) : start]
    prev = _WORD_BEFORE_RE.search(window)
    word = prev.group(1) if prev is not None else ""
    bare = word[1:] if word[:1] in "وف" and len(word) > 3 else word
    if strip_article(word) in _GENERIC_HEADS or (word[:1] in "وفبل" and strip_article(word[1:]) in _GENERIC_HEADS):
        return True
    if info.kind == "social_platform" and _PLATFORM_CTX_RE.search(window):
        return True
    alias = m.group("alias")
    after = _WORDS_RE.match(sh, m.end() + (1 if m.end() < len(sh) and sh[m.end()] == " " else 0))
    next_word = after.group() if after is not None and after.start() <= m.end() + 1 else ""
    if m.group("pre").endswith("ل") or alias.startswith("لل"):
        # "وقال الوزير للأناضول إن ...", not "ترجمة الكتاب للعربية"
        before = [w[1:] if w[:1] in "وف" and len(w) > 3 else w for w in _WORDS_RE.findall(window)[-3:]]
        return next_word in ("ان", "بان") or bare in _CUE_WORDS or any(w in _SPEECH_VERBS for w in before)
    if bare in _CUE_WORDS or word in _CUE_WORDS:
        # "بحسب سانا", "وذكرت النهار أن"; not "بحسب الأخبار الواردة", "أكدت بغداد اليوم"
        return not next_word.startswith("ال") and alias.split()[0] not in _place_words()
    return False


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


def _mention(
    text: str, start: int, end: int, info: SourceInfo, role: str, sentence: int | None, relation: str | None = None
) -> SourceMention:
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
        relation=relation,
    )
