"""Page chrome: classify the lines of a scraped page (menus, share bars, related lists ...).

``classify_line`` gives every non-empty line one kind; ``akhbar.articles`` then applies the
structural rules that need context (related blocks, header before the title, headline runs
after the body). The markers live in ``lexicons/chrome.txt``; the rules here are generic:

- lexicon: whole-line labels ("اعلان", "روابط سريعة"), prefixes ("كلمات دلالية: ...",
  "شارك هذا المقال"), phrases anywhere ("لا يعبر بالضرورة عن", "جميع الحقوق محفوظة");
- bare domain lines ("newsalist.net"), lines made only of social-network names, lines
  with three or more UI words ("ارسل طباعة تبليغ حذف"), comment counters ("0 تعليق");
- lines mostly in Latin script (English UI strings: "About Post Author", "Terms and Conditions");
- glued words, the trace of a menu scraped without separators ("الإفتتاحيّةإعرف أكثرالحدث"):
  a ة or ى inside a token, Latin glued to Arabic, camelCase ("LoaderSearch"), an Arabic
  token of 14+ letters -- on lines that are not prose;
- runs of concatenated headlines: 25+ words with no sentence punctuation and no comma.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from akhbar.patterns import trie_alternation
from akhbar.shadow import fold

CHROME = "chrome"  # page chrome: drop
RELATED = "related"  # heading of a related-articles block: drop, and the block after it
READALSO = "readalso"  # "اقرأ أيضا": like RELATED, or the start of another article
CREDIT = "credit"  # "المصدر: euronews", "نقلا عن صحيفة الأهرام": the outlet credit; kept
PROSE = "prose"  # a paragraph of running text
TABLE = "table"  # a markdown-ish table row
BULLET = "bullet"  # a list item that is not prose
HEADLINE = "headline"  # a title-like line: 3-30 words, no sentence-final punctuation
OTHER = "other"  # anything else (short labels, names, captions)

_PUNCT_RE = re.compile(r"[^\w\s]+")
_DOMAIN_RE = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}(?:/\S*)?$", re.IGNORECASE)
_CREDIT_RE = re.compile(
    r"^(?:(?:المصدر|مصدر الخبر|المصدر الأصلي|المصدر الاصلي|source)\s*[:：]|نقلا\u064b?\s+عن\s*[:：]?)"
    r"\s*(?P<outlet>[^\n:]{2,40}?)\s*\.?$",
    re.IGNORECASE,
)
_COMMENTS_RE = re.compile(r"(?:^|\s)[0-9٠-٩]+\s+(?:تعليق|تعليقات|comments?)(?:\s|$)", re.IGNORECASE)
# Sentence-final punctuation, possibly followed by closing quotes/brackets; not ".." or "…".
_FINAL_RE = re.compile(r"(?<!\.)[.!?؟:؛]\s*[\"'”’»)\]]*\s*$")
_BULLET_RE = re.compile(r"^\s*(?:[-–•*·▪◦●]|\d{1,2}[.)])\s+")
_LATIN_RE = re.compile(r"[A-Za-z]")
_ARABIC_RE = re.compile("[\u0621-\u064a]")
_GLUE_RE = re.compile(
    "[ةى][\u0621-\u064a]"  # ta marbuta / alef maqsura are word-final: a letter after them means glue
    "|[A-Za-z][\u0621-\u064a]|[\u0621-\u064a][A-Za-z]"  # Latin glued to Arabic
    "|[a-z][A-Z][a-z]"  # camelCase UI labels glued together
    "|[\u0621-\u064a]{14,}"  # no real Arabic word is this long
)


def _key(text: str) -> str:
    r"""The folded matching key of a line or a lexicon entry: punctuation runs become blanks and
    blank runs one space (``str.split`` and ``\s`` agree on what a blank is)."""
    return " ".join(_PUNCT_RE.sub(" ", fold(text).lower()).split())


@lru_cache(maxsize=1)
def lexicon() -> dict[str, tuple[str, ...]]:
    """The sections of ``lexicons/chrome.txt`` as folded keys."""
    sections: dict[str, list[str]] = {}
    current = None
    raw = resources.files("akhbar").joinpath("lexicons/chrome.txt").read_text(encoding="utf-8")
    for line in raw.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
            continue
        if current is not None:
            key = _key(line)
            if key and key not in current:
                current.append(key)
    # Longest first, so a longer marker wins when several match.
    return {name: tuple(sorted(keys, key=len, reverse=True)) for name, keys in sections.items()}


def _sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    lex = lexicon()
    return frozenset(lex["exact"]), frozenset(lex["social"]), frozenset(lex["ui"])


_EXACT, _SOCIAL, _UI = _sets()
_LEX = lexicon()


def _alt(keys: tuple[str, ...]) -> str:
    """The keys as one trie-shaped alternation (akhbar.patterns): the patterns below are only
    asked whether they match, and a trie accepts the same strings far faster than a flat list."""
    return trie_alternation(keys, blank=" ")


_READALSO_RE = re.compile(rf"^(?:{_alt(_LEX['readalso'])})(?: |$)")
_RELATED_RE = re.compile(rf"^(?:{_alt(_LEX['related'])})(?: |$)")
_PREFIX_RE = re.compile(rf"^(?:{_alt(_LEX['prefix'])})")
_CONTAINS_RE = re.compile(rf"(?:^| )(?:{_alt(_LEX['contains'])})(?= |$)")
# Lexicon markers sit near the start of a line: long lines need no full key.
_KEY_CHARS = 200
_PROSE_KEY_CHARS = 120


_FINAL_MARKS = ".!?؟:؛"
_CLOSERS = "\"'”’»)]"


def ends_sentence(text: str) -> bool:
    r"""``_FINAL_RE.search(text) is not None``, read from the end of the line instead of scanned.

    The match must end the text, so only the tail can hold it: blanks, closing quotes/brackets,
    blanks (``str.rstrip()`` strips what ``\s`` matches), then the mark, not after a dot.
    """
    tail = text.rstrip().rstrip(_CLOSERS).rstrip()
    return tail[-1:] in _FINAL_MARKS and tail != "" and tail[-2:-1] != "."


def words(text: str) -> int:
    return len(text.split())


def is_prose(text: str, n_words: int | None = None) -> bool:
    """Running text: ends like a sentence (6+ words), or is long and has commas."""
    n = words(text) if n_words is None else n_words
    if n >= 6 and ends_sentence(text):
        return True
    return n >= 20 and ("،" in text or ", " in text) and ".." not in text[-4:]


def credit_outlet(text: str) -> re.Match[str] | None:
    """``المصدر: X`` credit line -> match with group ``outlet``."""
    match = _CREDIT_RE.match(text)
    if match and words(match.group("outlet")) <= 5:
        return match
    return None


def glue_evidence(text: str) -> int:
    return len(_GLUE_RE.findall(text))


def classify_line(text: str) -> str:
    """Kind of one stripped, non-empty line of a page (see the module doc)."""
    # Chrome lines repeat across the pages of a site: cache the short ones.
    return _classify_cached(text) if len(text) <= 200 else _classify(text)


@lru_cache(maxsize=65536)
def _classify_cached(text: str) -> str:
    return _classify(text)


def _classify(text: str) -> str:
    if text.count("|") >= 2:
        return TABLE
    if credit_outlet(text):
        return CREDIT
    if _DOMAIN_RE.match(text):
        return CHROME
    key = _key(text[:_KEY_CHARS] if len(text) < 300 or not ends_sentence(text) else text[:_PROSE_KEY_CHARS])
    if not key:
        return CHROME if not re.search(r"\w", text) and len(text) < 10 else OTHER
    if key in _EXACT:
        return CHROME
    n = words(text)
    prose = is_prose(text, n)
    if not prose or n <= 8:
        if _READALSO_RE.match(key):
            return READALSO
        if _RELATED_RE.match(key):
            return RELATED
    if _PREFIX_RE.match(key) or _CONTAINS_RE.search(key):
        return CHROME
    if n <= 15 and _COMMENTS_RE.search(text):
        return CHROME
    tokens = key.split()
    if all(t in _SOCIAL for t in tokens):
        return CHROME
    if not prose and n <= 15 and sum(t in _UI for t in tokens) >= 3:
        return CHROME
    latin = len(_LATIN_RE.findall(text)) if _LATIN_RE.search(text) else 0
    if latin >= 4 and latin > len(_ARABIC_RE.findall(text)) and latin > 0.3 * len(text):
        return CHROME
    if not prose:
        glue = glue_evidence(text)
        if glue >= 2 or (glue and n <= 12):
            return CHROME
        if n >= 25 and "،" not in text and ", " not in text:
            return CHROME  # several headlines scraped into one line
    if prose:
        return PROSE
    if _BULLET_RE.match(text):
        return BULLET
    return HEADLINE if 3 <= n <= 30 else OTHER
