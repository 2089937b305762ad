"""Raw bytes or text -> parsed articles: decode, normalise, split, segment, extract."""

from __future__ import annotations

from datetime import date

from akhbar.articles import single_article, split_articles
from akhbar.dates import extract_dates
from akhbar.encoding import decode_bytes
from akhbar.normalize import normalize_text
from akhbar.numbers import extract_numbers
from akhbar.records import ArticleDraft, Decoded, ParsedArticle
from akhbar.segment import segment
from akhbar.sources import extract_sources
from akhbar.statements import extract_statements


def parse_draft(draft: ArticleDraft, article_index: int = 0, published: date | None = None) -> ParsedArticle:
    """Run every extractor over one article."""
    if published is not None and draft.published_date is None:
        draft.published_date = published
    sentences = segment(draft)
    statements = extract_statements(draft.body_text, sentences)
    dates = extract_dates(draft.body_text, sentences, draft.published_date)
    numbers = extract_numbers(draft.body_text, sentences, [(d.char_start, d.char_end) for d in dates])
    sources = extract_sources(draft, sentences, statements)
    return ParsedArticle(
        article_index=article_index,
        draft=draft,
        sentences=sentences,
        statements=statements,
        dates=dates,
        numbers=numbers,
        sources=sources,
    )


def parse_text(text: str, *, split: bool = True, published: date | None = None) -> list[ParsedArticle]:
    """Parse decoded text. ``split=False`` takes the text as one article body as it stands."""
    text = normalize_text(text)
    drafts = split_articles(text) if split else [single_article(text)]
    return [parse_draft(draft, index, published) for index, draft in enumerate(drafts)]


def parse_bytes(data: bytes, *, published: date | None = None) -> tuple[Decoded, list[ParsedArticle]]:
    """Decode a raw file and parse it; raises ``DecodeError`` for unreadable input.

    ``published`` is a fallback publication date for articles whose page does not say.
    """
    decoded = decode_bytes(data)
    return decoded, parse_text(decoded.text, published=published)
