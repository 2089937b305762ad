"""Property tests: every public function of ``akhbar`` on arbitrary and hostile Arabic-heavy text.

Hypothesis feeds arbitrary Unicode and a mix of Arabic letters, digits, punctuation, invisible
marks, presentation forms and real news vocabulary (months, qualifiers, number words, units,
reporting verbs, sources, page chrome). Properties:

* no exception escapes (``DecodeError`` only from ``decode_bytes`` / ``parse_bytes``);
* every offset slices to its text, ``0 <= start < end <= len(body_text)``; sentence indexes exist;
* values are sane (finite numbers, ordered periods, ISO-shaped date values);
* parsing is deterministic (same input twice -> equal records).

Runs derandomised and without an example database, so CI sees the same examples every time.
The last tests are scaled-down hostile inputs (``benchmarks/hostile_bench.py`` has full size).
"""

from __future__ import annotations

import contextlib
import io
import math
import os
import re
import time
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from akhbar import cli
from akhbar.articles import single_article, split_articles
from akhbar.dates import extract_dates
from akhbar.encoding import DecodeError, decode_bytes
from akhbar.normalize import normalize_text
from akhbar.numbers import extract_numbers
from akhbar.pipeline import parse_bytes, parse_draft, parse_text
from akhbar.records import (
    DATE_GRANULARITIES,
    DATE_QUALIFIERS,
    NUMBER_QUALIFIERS,
    SENTENCE_KINDS,
    SOURCE_KINDS,
    SOURCE_ROLES,
    SPEAKER_KINDS,
    ArticleDraft,
    Decoded,
    ParsedArticle,
    Sentence,
    Span,
)
from akhbar.rows import article_rows, make_article_id
from akhbar.segment import segment
from akhbar.shadow import Shadow, fold, shadow_of
from akhbar.sources import canonical_source, extract_sources, lookup_source
from akhbar.statements import extract_statements

# AKHBAR_FUZZ=N multiplies the example counts and draws fresh random examples (a local bug hunt).
_FUZZ = int(os.environ.get("AKHBAR_FUZZ", "0"))
FAST = settings(max_examples=60 * max(1, _FUZZ), deadline=None, derandomize=not _FUZZ, database=None)
SLOW = settings(max_examples=25 * max(1, _FUZZ), deadline=None, derandomize=not _FUZZ, database=None)

# --- strategies -----------------------------------------------------------------------------------

_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآؤئىة"
_CHARS = (
    _LETTERS
    + "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹0123456789"
    + "،؛؟.!?:/-%٪٫٬,()[]|\"'“”«»  \t\n\r"
    + "".join(chr(c) for c in range(0x064B, 0x0653))  # diacritics
    + "\u0640\u200c\u200d\u200e\u200f\u202b\u202c\ufeff\x00\u00a0\u2028"
    + "".join(chr(c) for c in range(0xFE8D, 0xFEFD, 7))  # presentation forms
    + "$€AaZz"
)
_WORDS = [
    # months
    "يناير", "أيلول", "كانون الثاني", "جانفي", "أيلول/سبتمبر", "تشرين الأول", "آذار", "مارس", "رمضان",
    # qualifiers
    "نحو", "أقل من", "أكثر من", "بنهاية", "حتى", "منذ", "قبل", "في موعد أقصاه", "على الأقل", "تقريبا",
    "بحلول نهاية", "مطلع", "منتصف",
    # number words
    "ألفين", "مئة", "ثلاثة", "مليون", "ونصف", "عشرات", "الآلاف", "خمسة عشر", "مليار", "و", "الـ12",
    # units
    "جندي", "كيلومتر", "دولار", "بالمئة", "في المئة", "%", "مرحلتين", "أيام", "عامين",
    # reporting verbs / formulas
    "قال", "أعلنت", "وأضاف", "نقلت", "عن", "وفق", "بحسب", "أكد", "إن", "أن", "مشيرة إلى أن", "على حد قوله",
    "أصدرت", "بيانا", "أكدت فيه", "قوله", "وقالت",
    # sources / speakers
    "رويترز", "وكالة الأنباء العراقية (واع)", "مصادر أمنية", "وكالة", "الوكالة", "وزارة الخارجية العراقية",
    "المتحدث باسم الوزارة", "مسؤول أميركي كبير", "معهد", "مركز \"كارنيغي\"", "Reuters",
    # fragments
    "اليوم الخميس", "العام الماضي", "26/4/1947", "2025-01-26", "| 0 |", "| عدد القوات | 500 |",
    "إقرأ أيضاً:", "كلمات دلالية:", "المصدر:", "المصدر: رويترز", "بغداد/المسلة:", "15 رمضان 1446 هـ",
    "الأربعاء، 1 أكتوبر 2025", "07:25 مساءً", "التسعينيات", "2014", "1.500", "2,5", "٢٠٢٥", "۱۴۰۰",
    "اليوم", "أمس", "غدا", "يوم الخميس", "الأسبوع الماضي", "الأشهر الـ12 المقبلة", "هذا العام",
    "“", "”", "«", "»", "\"", ":", "/", "-", "،", ".", "؟", "\n", "\n\n",
]  # fmt: skip
_SEPARATORS = [" ", " ", " ", "، ", ". ", "\n", ": ", "", "\u0640", "\u064e", "\u200f"]

_token = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(_WORDS),
    st.text(alphabet=_CHARS, min_size=1, max_size=6),
    st.text(min_size=1, max_size=3),  # anything Unicode
)
arabic_text = st.lists(st.tuples(_token, st.sampled_from(_SEPARATORS)), max_size=60).map(
    lambda pairs: "".join(t + s for t, s in pairs)
)
any_text = st.one_of(st.text(max_size=300), st.text(alphabet=_CHARS, max_size=300), arabic_text, arabic_text)
published_dates = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))


def _page(lines: list[str]) -> str:
    return "\n".join(lines)


_arabic_word = st.text(alphabet=_LETTERS, min_size=2, max_size=7)
_headline = st.lists(st.one_of(_arabic_word, st.sampled_from(_WORDS)), min_size=3, max_size=9).map(" ".join)
_prose = st.tuples(
    st.lists(st.one_of(_arabic_word, _arabic_word, st.sampled_from(_WORDS)), min_size=6, max_size=30),
    st.sampled_from([".", ".", "؟", "!", ":", "", "،", '."', "»."]),
).map(lambda t: " ".join(t[0]) + t[1])
_line = st.one_of(
    arabic_text,
    _headline,
    _prose,
    _prose,
    _prose.map(lambda p: "بغداد/المسلة: " + p),
    _prose.map(lambda p: "شفق نيوز/ " + p),
    _headline.map(lambda h: h + " - مصدرنا الإخبارى"),
    st.sampled_from(
        [
            "الأربعاء، 1 أكتوبر 2025", "نشر في 26/01/2025 07:25", "2025-01-26",
            "اليوم الاثنين 25 أغسطس 2025 07:25 مساءً",
            "إقرأ أيضاً:", "مقالات ذات صلة", "الأكثر قراءة", "كلمات دلالية: العراق", "المصدر: رويترز", "المصدر:",
            "| عدد القوات المتبقية | المدة |", "| 0 | أقل من 500 |", "شارك", "newsalist.net", "دبي - العربية.نت",
            "نيوزاليست", "(رويترز)", "0 تعليق", "- بند أول", "كتب: محمد علي", "لندن: «الشرق الأوسط»",
        ]
    ),
)  # fmt: skip
# A page: headlines, date lines, datelines, prose paragraphs, chrome, related blocks, tables.
page_text = st.lists(_line, min_size=1, max_size=14).map(_page)

# --- invariant checks -----------------------------------------------------------------------------

_ISO_RE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _span_ok(body: str, start: int | None, end: int | None, text: str | None) -> None:
    assert start is not None and end is not None
    assert 0 <= start < end <= len(body), (start, end, len(body))
    assert body[start:end] == text


def _check_draft(draft: ArticleDraft) -> None:
    body = draft.body_text
    for name in ("title", "publisher", "published"):
        span = getattr(draft, f"{name}_span")
        value = getattr(draft, "published_text" if name == "published" else name)
        if span is None:
            assert value is None or name == "published"
            continue
        assert isinstance(span, Span)
        _span_ok(body, span.start, span.end, value)
    if draft.published_span is not None:
        assert draft.published_date is not None


def _check_sentences(body: str, sentences: list[Sentence]) -> None:
    last_end = 0
    for i, s in enumerate(sentences):
        assert s.sentence_index == i
        assert s.kind in SENTENCE_KINDS
        _span_ok(body, s.char_start, s.char_end, s.text)
        assert s.char_start >= last_end
        assert s.text == s.text.strip()
        last_end = s.char_end


def _check_parsed(parsed: ParsedArticle) -> None:
    draft = parsed.draft
    body = draft.body_text
    _check_draft(draft)
    _check_sentences(body, parsed.sentences)
    n = len(parsed.sentences)
    for st_ in parsed.statements:
        assert 0 <= st_.sentence_index < n
        _span_ok(body, st_.char_start, st_.char_end, st_.surface_text)
        _span_ok(body, st_.content_start, st_.content_end, st_.content_text)
        assert st_.char_start <= st_.content_start and st_.content_end <= st_.char_end
        assert st_.speaker_kind in SPEAKER_KINDS
        if st_.speaker_text is not None:
            _span_ok(body, st_.speaker_start, st_.speaker_end, st_.speaker_text)
        else:
            assert st_.speaker_start is None and st_.speaker_end is None
        assert st_.verb_text
    for d in parsed.dates:
        assert 0 <= d.sentence_index < n
        _span_ok(body, d.char_start, d.char_end, d.surface_text)
        assert d.granularity in DATE_GRANULARITIES
        assert d.qualifier is None or d.qualifier in DATE_QUALIFIERS
        assert (d.period_start is None) == (d.period_end is None)
        if d.period_start is not None:
            assert d.period_start <= d.period_end
        if d.date_value is not None:
            assert _ISO_RE.fullmatch(d.date_value), d.date_value
            assert d.period_start is not None
            assert d.period_start.isoformat().startswith(d.date_value) or d.qualifier is not None
    for num in parsed.numbers:
        assert 0 <= num.sentence_index < n
        _span_ok(body, num.char_start, num.char_end, num.surface_text)
        assert isinstance(num.value, float) and math.isfinite(num.value)
        assert num.qualifier is None or num.qualifier in NUMBER_QUALIFIERS
        assert (num.unit is None) or isinstance(num.unit, str)
    for src in parsed.sources:
        _span_ok(body, src.char_start, src.char_end, src.surface_text)
        assert src.role in SOURCE_ROLES
        assert src.source_kind in SOURCE_KINDS
        assert src.source_key
        assert src.sentence_index is None or 0 <= src.sentence_index < n


def _check_all(articles: list[ParsedArticle]) -> None:
    for i, parsed in enumerate(articles):
        assert parsed.article_index == i
        _check_parsed(parsed)


# --- decoding and normalising ---------------------------------------------------------------------


@FAST
@given(st.one_of(st.binary(max_size=400), any_text.map(lambda s: s.encode("utf-8", "surrogatepass"))))
def test_decode_bytes_returns_decoded_or_decode_error(data: bytes) -> None:
    try:
        decoded = decode_bytes(data)
    except DecodeError:
        return
    assert isinstance(decoded, Decoded)
    assert isinstance(decoded.text, str) and decoded.encoding


@FAST
@given(any_text, st.sampled_from(["cp1256", "utf-16-le", "utf-16-be", "iso8859_6", "utf-8-sig"]))
def test_decode_bytes_on_text_in_other_encodings(text: str, codec: str) -> None:
    data = text.encode(codec, errors="ignore")
    with contextlib.suppress(DecodeError):
        assert isinstance(decode_bytes(data), Decoded)


@FAST
@given(any_text)
def test_normalize_text_is_idempotent_and_drops_invisibles(text: str) -> None:
    once = normalize_text(text)
    assert isinstance(once, str)
    assert normalize_text(once) == once
    assert "\x00" not in once and "\r" not in once and "\u200f" not in once


# --- shadow ---------------------------------------------------------------------------------------


@FAST
@given(any_text, st.data())
def test_shadow_maps_back_into_the_original(text: str, data: st.DataObject) -> None:
    shadow = Shadow(text)
    assert shadow.text == fold(text)
    n = len(shadow.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    o_start, o_end = shadow.to_original(start, end)
    assert 0 <= o_start <= o_end <= len(text)
    if end > start:
        assert fold(text[o_start:o_end]) == shadow.text[start:end]
    position = data.draw(st.integers(0, len(text)))
    s = shadow.to_shadow(position)
    assert 0 <= s <= n
    assert shadow_of(text).text == shadow.text


# --- articles and sentences -----------------------------------------------------------------------


@FAST
@given(st.one_of(any_text, page_text))
def test_split_articles_spans_slice_to_their_text(text: str) -> None:
    text = normalize_text(text)
    drafts = split_articles(text)
    for draft in drafts:
        _check_draft(draft)
        assert draft.body_text
    assert [d.body_text for d in split_articles(text)] == [d.body_text for d in drafts]


@FAST
@given(any_text)
def test_single_article_keeps_the_text(text: str) -> None:
    draft = single_article(text)
    assert draft.body_text == text
    _check_draft(draft)


@FAST
@given(st.one_of(any_text, page_text))
def test_segment_sentences_slice_to_their_text(text: str) -> None:
    sentences = segment(ArticleDraft(body_text=text))
    _check_sentences(text, sentences)
    for draft in split_articles(normalize_text(text)):
        _check_sentences(draft.body_text, segment(draft))


# --- extractors on their own ----------------------------------------------------------------------


@FAST
@given(any_text)
def test_extract_statements_offsets(text: str) -> None:
    sentences = segment(ArticleDraft(body_text=text))
    statements = extract_statements(text, sentences)
    parsed = ParsedArticle(0, ArticleDraft(body_text=text), sentences, statements)
    _check_parsed(parsed)
    assert extract_statements(text, sentences) == statements


@FAST
@given(any_text, published_dates)
def test_extract_dates_offsets_and_periods(text: str, published: date | None) -> None:
    sentences = segment(ArticleDraft(body_text=text))
    dates = extract_dates(text, sentences, published)
    _check_parsed(ParsedArticle(0, ArticleDraft(body_text=text), sentences, dates=dates))
    assert extract_dates(text, sentences, published) == dates


@FAST
@given(any_text, st.data())
def test_extract_numbers_offsets_and_values(text: str, data: st.DataObject) -> None:
    sentences = segment(ArticleDraft(body_text=text))
    n = len(text)
    spans = data.draw(
        st.lists(st.tuples(st.integers(0, n), st.integers(0, n)).map(lambda t: (min(t), max(t))), max_size=5)
    )
    numbers = extract_numbers(text, sentences, spans)
    _check_parsed(ParsedArticle(0, ArticleDraft(body_text=text), sentences, numbers=numbers))
    assert extract_numbers(text, sentences, spans) == numbers


@FAST
@given(any_text, st.data())
def test_extract_sources_offsets(text: str, data: st.DataObject) -> None:
    draft = ArticleDraft(body_text=text)
    if text:
        start = data.draw(st.integers(0, len(text) - 1))
        end = data.draw(st.integers(start + 1, len(text)))
        if data.draw(st.booleans()):
            draft.publisher_span = Span(start, end)
            draft.publisher = text[start:end]
    sentences = segment(draft)
    statements = extract_statements(text, sentences)
    sources = extract_sources(draft, sentences, statements)
    _check_parsed(ParsedArticle(0, draft, sentences, statements, sources=sources))


@FAST
@given(st.one_of(any_text, st.sampled_from(_WORDS)))
def test_canonical_and_lookup_source(text: str) -> None:
    for info in (canonical_source(text), lookup_source(text)):
        assert info is None or (info.key and info.kind in SOURCE_KINDS)


# --- the pipeline ---------------------------------------------------------------------------------


@SLOW
@given(st.one_of(any_text, page_text), st.booleans(), published_dates)
def test_parse_text_offsets_values_and_determinism(text: str, split: bool, published: date | None) -> None:
    first = parse_text(text, split=split, published=published)
    _check_all(first)
    assert parse_text(text, split=split, published=published) == first
    if not split:
        assert len(first) == 1 and first[0].draft.body_text == normalize_text(text)


_cp1256_text = any_text.map(lambda s: s.encode("cp1256", "ignore"))


@SLOW
@given(st.one_of(st.binary(max_size=300), page_text.map(str.encode), _cp1256_text))
def test_parse_bytes_decodes_or_raises_decode_error(data: bytes) -> None:
    try:
        decoded, articles = parse_bytes(data)
    except DecodeError:
        return
    assert isinstance(decoded, Decoded)
    _check_all(articles)
    assert parse_bytes(data) == (decoded, articles)


@SLOW
@given(st.one_of(any_text, page_text), published_dates)
def test_article_rows_keep_offsets(text: str, published: date | None) -> None:
    for parsed in parse_text(text, published=published) + parse_text(text, split=False):
        article_id = make_article_id("0" * 64, parsed.article_index)
        rows = article_rows(parsed, article_id=article_id, source_file="x.txt")
        (article,) = rows["articles"]
        body = article["body_text"]
        assert article["n_sentences"] == len(rows["sentences"])
        for table in ("sentences", "statements", "date_mentions", "number_mentions", "source_mentions"):
            for row in rows[table]:
                assert row["article_id"] == article_id
                text_key = "text" if table == "sentences" else "surface_text"
                assert body[row["char_start"] : row["char_end"]] == row[text_key]
        ids = [row["source_mention_id"] for row in rows["source_mentions"]]
        assert len(ids) == len(set(ids))
        for table, key in (
            ("statements", "statement_id"),
            ("date_mentions", "date_mention_id"),
            ("number_mentions", "number_mention_id"),
        ):
            ids = [row[key] for row in rows[table]]
            assert len(ids) == len(set(ids)), table


def _run_cli(argv: list[str], stdin: bytes) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    fake_stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8", errors="replace")
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), pytest.MonkeyPatch.context() as mp:
        mp.setattr("sys.stdin", fake_stdin)
        code = cli.main(argv)
    return code, out.getvalue(), err.getvalue()


@SLOW
@given(st.one_of(st.binary(max_size=200), page_text.map(str.encode)))
def test_cli_parse_prints_json_or_a_clear_error(data: bytes) -> None:
    import json

    code, out, err = _run_cli(["parse"], data)
    assert code in (0, 2)
    if code == 0:
        for article in json.loads(out)["articles"]:
            body = article["body_text"]
            for record in article["dates"] + article["numbers"] + article["statements"] + article["sources"]:
                assert body[record["char_start"] : record["char_end"]] == record["surface_text"]
    else:
        assert err.startswith("akhbar: cannot read")


@SLOW
@given(st.lists(st.one_of(any_text, st.text(max_size=30)), max_size=4))
def test_cli_jsonl_one_output_line_per_input_line(texts: list[str]) -> None:
    import json

    lines = [json.dumps({"text": t}) if i % 2 == 0 else t for i, t in enumerate(texts)]
    stdin = "\n".join(lines).encode("utf-8", "surrogatepass")
    code, out, _ = _run_cli(["parse", "--jsonl"], stdin)
    assert code == 0
    for line in out.splitlines():
        json.loads(line)


# --- regressions found by the properties above ------------------------------------------------------


def test_regression_normalize_is_stable_when_a_presentation_form_yields_a_tatweel() -> None:
    # "ﹷ" (fatha medial form) is "ـَ" after NFKC: the tatweel rule used to run before it.
    for text in ("ـﹷ", "ـﹷـﹷ", "بﹷـﹷد"):
        once = normalize_text(text)
        assert normalize_text(once) == once


def test_regression_a_headline_line_that_opens_with_its_date_gives_no_empty_title() -> None:
    text = "آلآربعآء 1 آكتوبر 2000 ءء ءء 0 ءء\n0 0 0 0 0 ."
    for draft in split_articles(text):
        _check_draft(draft)
    page = "الأربعاء 1 أكتوبر 2025 وزارة الدفاع تعلن خطة جديدة للحدود\n" + "أعلنت الوزارة خطة جديدة للحدود اليوم. " * 3
    (draft,) = split_articles(page)
    _check_draft(draft)
    assert draft.published_date == date(2025, 10, 1)


def test_regression_overlong_sentences_are_force_split() -> None:
    from akhbar.segment import MAX_SENTENCE_CHARS

    text = " ".join(["كلمة"] * 5_000) + "." + " قال الوزير إن 500 جندي غادروا. " + "\u064e" * 5_000
    sentences = segment(ArticleDraft(body_text=text))
    _check_sentences(text, sentences)
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert max(len(s.text) for s in sentences) > MAX_SENTENCE_CHARS // 2
    assert any(s.text == "قال الوزير إن 500 جندي غادروا." for s in sentences)


def test_regression_articles_are_capped() -> None:
    from akhbar.articles import MAX_ARTICLE_CHARS

    text = "وزارة الدفاع تعلن خطة جديدة\n" + ("أعلنت وزارة الدفاع، اليوم الخميس، خطة جديدة للحدود. " * 10_000)
    (draft,) = split_articles(text)
    assert len(draft.body_text) <= MAX_ARTICLE_CHARS
    assert draft.title == "وزارة الدفاع تعلن خطة جديدة"
    assert text.startswith(draft.body_text) and text[len(draft.body_text)] == " "  # cut at a blank


def test_regression_outlet_anaphora_take_the_latest_outlet_of_their_kind() -> None:
    text = "ونقلت وكالة رويترز عن مصدر أن الوفد وصل. وقالت وكالة فرانس برس إن الوفد وصل. وبحسب الوكالة، فإن الوفد غادر."
    draft = ArticleDraft(body_text=text)
    sentences = segment(draft)
    sources = extract_sources(draft, sentences, extract_statements(text, sentences))
    anaphor = [s for s in sources if s.surface_text == "الوكالة"]
    assert anaphor and anaphor[0].source_key == lookup_source("فرانس برس").key


# --- hostile input, scaled down (benchmarks/hostile_bench.py runs the full sizes) ---------------------

_PARAGRAPH = (
    "أعلنت وزارة الخارجية العراقية، اليوم الخميس، أن نحو 500 جندي أميركي سيغادرون البلاد بنهاية أيلول/سبتمبر 2025. "
    'وقال المتحدث باسم الوزارة لوكالة الأنباء العراقية (واع) إن "الانسحاب سيكتمل خلال عامين".'
)


def _timed(fn, *args, **kwargs):
    started = time.perf_counter()
    result = fn(*args, **kwargs)
    return result, time.perf_counter() - started


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(" ".join(["كلمة", "الوزارة", "جندي", "نحو", "قال"] * 40_000), id="200k-word-line"),
        pytest.param("مرحبا " + "\u0640" * 10_000 + " بكم في العاصمة اليوم الخميس.", id="tatweel-10k"),
        pytest.param("قال الوزير " + "\u064e" * 100_000 + " إن 500 جندي غادروا.", id="diacritics-100k"),
        pytest.param(("\n\n".join([_PARAGRAPH] * 8) + "\x00") * 20, id="nul-sprinkled"),
        pytest.param((_PARAGRAPH + " ") * 5_000, id="1MB-no-newlines"),
    ],
)
def test_hostile_text_finishes(text: str) -> None:
    for split in (True, False):
        articles, seconds = _timed(parse_text, text, split=split, published=date(2025, 10, 2))
        assert seconds < 60  # a sanity bound only: these take well under a second or two
        _check_all(articles)


def test_hostile_bytes_two_megabytes_of_articles_and_mixed_encodings() -> None:
    page = ("\n".join([_PARAGRAPH] * 6) + "\n").encode() * 1_000  # ~2 MB
    (decoded, articles), seconds = _timed(parse_bytes, page)
    assert seconds < 60
    assert decoded.encoding == "utf-8" and articles
    _check_all(articles)
    mixed = page[:20_000] + _PARAGRAPH.encode("cp1256") * 50
    with contextlib.suppress(DecodeError):
        _, articles = parse_bytes(mixed)
        _check_all(articles)


def test_parse_draft_on_a_hostile_draft_with_bad_spans() -> None:
    draft = ArticleDraft(body_text="قال الوزير إن 500 جندي غادروا.")
    parsed = parse_draft(draft, published=date(2025, 1, 1))
    _check_parsed(parsed)
