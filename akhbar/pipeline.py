"""Raw bytes or text -> parsed articles: decode, normalise, split, segment, extract."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from akhbar.articles import single_article, split_articles
from akhbar.claims import attach_claims
from akhbar.dates import extract_dates
from akhbar.html_text import html_to_text, looks_like_html
from akhbar.normalize import normalize_text
from akhbar.numbers import extract_numbers
from akhbar.places import extract_places
from akhbar.records import ArticleDraft, Decoded, ParsedArticle
from akhbar.segment import segment
from akhbar.sources import extract_sources
from akhbar.statements import extract_statements

# Places inside an outlet's name are not places ("واشنطن بوست", "الشرق الأوسط" the paper).
_OUTLET_KINDS = frozenset({"news_agency", "newspaper", "tv", "website", "social_platform", "think_tank"})


class ParseError(RuntimeError):
    """An extractor failed on an article; ``stage`` names which one (segment, statements, ...)."""

    def __init__(self, stage: str, cause: BaseException) -> None:
        super().__init__(f"{stage} failed: {type(cause).__name__}: {cause}")
        self.stage = stage


@contextmanager
def _stage(name: str) -> Iterator[None]:
    try:
        yield
    except Exception as exc:
        raise ParseError(name, exc) from exc


def parse_draft(draft: ArticleDraft, article_index: int = 0, published: date | None = None) -> ParsedArticle:
    """Run every extractor over one article; any failure is a ParseError naming the stage."""
    if published is not None and draft.published_date is None:
        draft.published_date = published
    with _stage("segment"):
        sentences = segment(draft)
    with _stage("statements"):
        statements = extract_statements(draft.body_text, sentences)
    with _stage("dates"):
        dates = extract_dates(draft.body_text, sentences, draft.published_date)
    with _stage("numbers"):
        numbers = extract_numbers(draft.body_text, sentences, [(d.char_start, d.char_end) for d in dates])
    with _stage("sources"):
        sources = extract_sources(draft, sentences, statements)
    with _stage("places"):
        outlets = [(m.char_start, m.char_end) for m in sources if m.source_kind in _OUTLET_KINDS]
        places = extract_places(draft.body_text, sentences, outlets)
    with _stage("claims"):
        attach_claims(draft.body_text, sentences, numbers, places, dates, draft.published_date)
    return ParsedArticle(
        article_index=article_index,
        draft=draft,
        sentences=sentences,
        statements=statements,
        dates=dates,
        numbers=numbers,
        sources=sources,
        places=places,
    )


def page_drafts(text: str) -> list[ArticleDraft]:
    """The articles on a decoded page: HTML reduced to text, normalised, chrome removed, split."""
    if looks_like_html(text):
        text = html_to_text(text)
    return split_articles(normalize_text(text))


def parse_text(text: str, *, split: bool = True, published: date | None = None) -> list[ParsedArticle]:
    """Parse decoded text. ``split=False`` takes the text as one article body as it stands."""
    drafts = page_drafts(text) if split else [single_article(normalize_text(text))]
    return [parse_draft(draft, index, published) for index, draft in enumerate(drafts)]


def parse_bytes(
    data: bytes, *, published: date | None = None, filename: str | None = None
) -> tuple[Decoded, list[ParsedArticle]]:
    """Decode a raw file and parse it; raises ``DecodeError`` for unreadable input.

    ``filename`` picks the reader by its suffix (.html, .jsonl, ...; text otherwise);
    ``published`` is a fallback publication date for articles whose page does not say.
    Records a multi-record file could not read are skipped (see akhbar.readers).
    """
    from akhbar.readers import reader_for  # readers build on this module's page rules

    reader = reader_for(filename or "")
    decoded = reader.decode(data)
    drafts = reader.read(decoded.text).drafts
    return decoded, [parse_draft(draft, index, published) for index, draft in drafts]
