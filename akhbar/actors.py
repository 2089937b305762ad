"""Speakers: canonical form, grammatical gender and kind (government_body, anonymous_official, ...).

Lexicons (``akhbar/lexicons/``): ``speaker_cues.tsv`` (cue word -> kind), ``person_titles.tsv``
(titles that head a named official) and ``places.tsv`` (capitals and countries that stand for
their governments). Everything is matched on folded words (``akhbar.shadow.fold``) with the
article ``ال`` stripped, so "السفارة" and "سفارة" hit the same cue.
"""

from __future__ import annotations

import csv
import re
from functools import cache, lru_cache
from importlib import resources

from akhbar.shadow import Shadow, fold

_LEXICONS = resources.files("akhbar") / "lexicons"


def read_lexicon(name: str) -> list[list[str]]:
    """Rows of a tab-separated lexicon file, comments and blank lines skipped."""
    rows = []
    for line in (_LEXICONS / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([cell.strip() for cell in line.split("\t")])
    return rows


def read_csv_lexicon(name: str) -> list[dict[str, str]]:
    """Rows of a CSV lexicon with a header line; the CSV lexicons double as dbt seeds."""
    with (_LEXICONS / name).open(encoding="utf-8", newline="") as handle:
        return [{key: (value or "").strip() for key, value in row.items()} for row in csv.DictReader(handle)]


def to_shadow(shadow: Shadow, position: int) -> int:
    """``shadow.to_shadow(position)`` (kept for the callers in this package)."""
    return shadow.to_shadow(position)


_WORD_RE = re.compile(r"\w+")
# Marks that are not part of a name: quotes, diacritics, tatweel, trailing punctuation.
_STRIP_MARKS_RE = re.compile('["“”«»\u064b-\u065f\u0670\u0640]')
_SPACES_RE = re.compile(r"\s+")
# One spelling of "American": أمريكي / امريكي -> أميركي (EXTRACTION.md §5: الأمريكية = الأميركية).
_AMERICAN_RE = re.compile("([أا])مريك")


def strip_article(word: str) -> str:
    """Folded word without its definite article: "الوزارة" -> "وزاره", "للوكالة" -> "وكاله"."""
    if word.startswith("ال") and len(word) > 3:
        return word[2:]
    if word.startswith("لل") and len(word) > 3:
        return word[2:]
    return word


def key_tokens(text: str) -> list[str]:
    """Folded, article-less words of a speaker or name, for matching."""
    return list(_key_tokens(text))


@lru_cache(maxsize=4096)
def _key_tokens(text: str) -> tuple[str, ...]:
    return tuple(strip_article(w) for w in _WORD_RE.findall(fold(text)))


@lru_cache(maxsize=8192)
def canonical_speaker(text: str) -> str:
    """Readable canonical form: no quotes or diacritics, one spelling of أميركي, single spaces."""
    text = _STRIP_MARKS_RE.sub("", text)
    text = _AMERICAN_RE.sub(r"\1ميرك", text)
    text = _SPACES_RE.sub(" ", text).strip(" ،,.:;؛-–")
    return text


@cache
def _cue_rules() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    rules = []
    for row in read_lexicon("speaker_cues.tsv"):
        cue, kind, where = row[0], row[1], row[2]
        rules.append((kind, where, tuple(key_tokens(cue))))
    return tuple(rules)


@cache
def _titles() -> frozenset[str]:
    return frozenset(strip_article(fold(row[0])) for row in read_lexicon("person_titles.tsv"))


@cache
def _places() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(key_tokens(row[0])) for row in read_lexicon("places.tsv"))


def _contains(tokens: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(tokens[i : i + n]) == phrase for i in range(len(tokens) - n + 1))


# Words after a title that are not a person's name (ministries, offices, adjectives' heads).
_NOT_NAME = frozenset(
    key_tokens(
        "وزارة لجنة هيئة مجلس خلية قيادة الوزراء الجمهورية الحكومة الأركان الأمن الدفاع الخارجية "
        "الداخلية الإعلام الأمني باسم المتحدث الناطق رئيس وزير نائب عام العام البرلمان النواب إقليم"
    )
)


_DEPUTY = fold("نائب")
_DEPUTY_OF = frozenset(key_tokens("رئيس وزير"))
_PARLIAMENT_WORDS = frozenset(key_tokens("النيابية البرلمان البرلمانية النواب"))


@lru_cache(maxsize=4096)
def speaker_kind(text: str) -> str:
    """Kind of a speaker (records.SPEAKER_KINDS) from its cue words."""
    tokens = key_tokens(text)
    if not tokens:
        return "other"
    head = tokens[0]
    titles = _titles()
    if head == _DEPUTY:
        # "نائب رئيس الوزراء" is a deputy (named official); "النائب X" is a member of parliament.
        return "official_named" if len(tokens) > 1 and tokens[1] in _DEPUTY_OF else "parliament_member"
    if head in titles:
        return "parliament_member" if _is_parliament(tokens) else "official_named"
    # "المكتب الإقليمي لمنظمة الصحة العالمية": a cue may sit behind a genitive ل
    unglued = [t[1:] if t.startswith("ل") and len(t) > 3 else t for t in tokens]
    for kind, where, cue in _cue_rules():
        if where == "head":
            if tuple(tokens[: len(cue)]) == cue:
                return kind
        elif _contains(tokens, cue) or _contains(unglued, cue):
            return kind
    for place in _places():
        if tuple(tokens[: len(place)]) == place:
            return "government_body"
    return "other"


def _is_parliament(tokens: list[str]) -> bool:
    return any(t in _PARLIAMENT_WORDS for t in tokens)


def has_person_name(text: str) -> bool:
    """True when a titled speaker carries a name ("وزير الدفاع العراقي ثابت العباسي")."""
    raw = _WORD_RE.findall(fold(text))
    return any(not w.startswith("ال") and strip_article(w) not in _NOT_NAME for w in raw[1:])


# Feminine nouns without ة that take a feminine verb, and broken plurals of things (مصادر).
_FEMININE_WORDS = frozenset(key_tokens("مصادر أوساط معلومات بيانات تقارير بغداد واشنطن طهران دمشق الولايات مصر"))


@cache
def _aliases() -> dict[tuple[str, ...], str]:
    return {tuple(key_tokens(canonical_speaker(a))): c for a, c in read_lexicon("actor_aliases.tsv")}


# "الخارجية العراقية" is the ministry: a portfolio word heading a speaker stands for its وزارة.
_PORTFOLIOS = frozenset(key_tokens("الخارجية الداخلية الدفاع الصحة المالية التربية العدل النفط الكهرباء"))
_MINISTRY = fold("وزارة")
# Words that head an institution, not a person's given name ("رئيس بلدية صيدا").
_INSTITUTION_HEADS = frozenset(
    key_tokens(
        "بلدية محافظة مدينة قضاء ناحية جامعة شركة حزب تيار ائتلاف حركة كتلة جبهة منظمة جمعية نقابة اتحاد "
        "مصرف بنك صندوق مجموعة فريق نادي مستشفى مديرية دائرة سلطة إدارة قيادة أركان مكتب"
    )
)


@lru_cache(maxsize=8192)
def actor_key(canonical: str, kind: str) -> str:
    """One key per actor across articles and spellings: dim_actors groups statements on it.

    Spelling variants fold together (أمريكية = أميركية, hamza, ta marbuta, ال); metonyms map
    through ``lexicons/actor_aliases.tsv`` (البنتاغون = وزارة الدفاع الأميركية); "الخارجية X" is
    "وزارة الخارجية X"; a titled person is keyed by their name, whatever title the text gives them
    ("وزير الخارجية أيمن الصفدي" = "نائب رئيس الوزراء أيمن الصفدي").
    """
    canonical = canonical_speaker(canonical)
    tokens = tuple(key_tokens(canonical))
    alias = _aliases().get(tokens)
    if alias is not None:
        tokens = tuple(key_tokens(canonical_speaker(alias)))
    elif tokens and tokens[0] in _PORTFOLIOS and len(tokens) > 1:
        tokens = (_MINISTRY, *tokens)
    if kind in ("official_named", "parliament_member"):
        name = person_name(canonical)
        if name is not None:
            return "person:" + " ".join(key_tokens(name))
    return " ".join(tokens)


def person_name(text: str) -> str | None:
    """The personal name ending a titled speaker ("وزير الدفاع العراقي ثابت العباسي" -> "ثابت العباسي").

    Read from the end: a surname (any word), then given names (no ال) or nisba words (ال...ي);
    the name starts at the earliest given name of that run. Two words at least, or None.
    """
    words = canonical_speaker(text).split()
    folded = [fold(w) for w in words]
    titles = _titles()
    start = None
    for i in range(len(words) - 1, 0, -1):
        word = folded[i]
        core = strip_article(word)
        if core in _NOT_NAME or core in _INSTITUTION_HEADS or core in titles or word in titles:
            break
        definite = word.startswith("ال")
        if not definite:
            start = i
        elif i != len(words) - 1 and not word.endswith("ي"):
            break
    if start is None or len(words) - start < 2:
        return None
    return " ".join(words[start:])


def noun_gender(text: str) -> str:
    """Grammatical gender ('f' or 'm') of a speaker noun phrase, from its head word."""
    tokens = key_tokens(text)
    if not tokens:
        return "m"
    head = tokens[0]
    if head.endswith("ه") or head.endswith("ات") or head in _FEMININE_WORDS:
        return "f"
    return "m"
