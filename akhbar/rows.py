"""Records -> warehouse rows (plain dicts whose keys are the raw table columns).

One builder per raw table; ``article_rows`` gives all of an article's rows at
once, for the parse step and the CLI alike. Ids are derived from content, so the same
input gives the same ids on every run: ``article_id`` from the file's content
hash and the article's position in it; mention ids from the article id and the
mention's offsets.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import fields
from functools import cache
from operator import attrgetter
from typing import Any

from akhbar.records import (
    NUMBER_LIBRARY_ONLY,
    ArticleDraft,
    DateMention,
    NumberMention,
    ParsedArticle,
    PlaceMention,
    Sentence,
    SourceMention,
    Span,
    Statement,
)

Row = dict[str, Any]


def make_article_id(content_sha256: str, article_index: int) -> str:
    """Stable article id: the same file content gives the same ids, whatever its name."""
    return hashlib.sha256(f"{content_sha256}:{article_index}".encode()).hexdigest()[:16]


@cache
def _reader(record_type: type) -> tuple[tuple[str, ...], attrgetter]:
    """A record type's field names, and one getter that reads them all in a single call."""
    names = tuple(f.name for f in fields(record_type))
    return names, attrgetter(*names)


def asdict(record: Any) -> Row:
    """A record's fields as a dict, in field order: a shallow ``dataclasses.asdict``.

    The records hold only scalars (str, int, float, bool, date, None), so the deep copy that
    ``dataclasses.asdict`` makes of every value is pure overhead (most of the time of this module).
    All records have several fields, so the getter returns a tuple.
    """
    names, get = _reader(type(record))
    return dict(zip(names, get(record), strict=True))


def _mention_id(article_id: str, prefix: str, start: int, end: int, extra: str = "") -> str:
    return f"{article_id}-{prefix}{start:06d}-{end:06d}{extra}"


def _span_columns(name: str, span: Span | None) -> Row:
    return {f"{name}_start": span.start if span else None, f"{name}_end": span.end if span else None}


def article_row(draft: ArticleDraft, *, article_id: str, article_index: int, source_file: str) -> Row:
    """The ``articles`` row: metadata, their spans, and the body text offsets index into."""
    return {
        "article_id": article_id,
        "source_file": source_file,
        "article_index": article_index,
        "title": draft.title,
        **_span_columns("title", draft.title_span),
        "publisher": draft.publisher,
        **_span_columns("publisher", draft.publisher_span),
        "published_date": draft.published_date,
        "published_text": draft.published_text,
        **_span_columns("published", draft.published_span),
        "url": draft.url,
        "body_text": draft.body_text,
        "n_chars": len(draft.body_text),
    }


def sentence_rows(article_id: str, sentences: Iterable[Sentence]) -> list[Row]:
    return [{"article_id": article_id, **asdict(s)} for s in sentences]


def make_actor_id(actor_key: str | None) -> str | None:
    """Stable actor id: the same speaker key gives the same id in every article and run."""
    return None if actor_key is None else "a" + hashlib.sha256(actor_key.encode()).hexdigest()[:15]


def statement_rows(article_id: str, statements: Iterable[Statement]) -> list[Row]:
    return [
        {
            "statement_id": _mention_id(article_id, "s", s.char_start, s.char_end),
            "article_id": article_id,
            "actor_id": make_actor_id(s.actor_key),
            **asdict(s),
        }
        for s in statements
    ]


def _enclosing_statement_id(start: int, end: int, statements: list[Row]) -> str | None:
    """The statement whose span holds ``[start, end)``, if any (the innermost one)."""
    best: Row | None = None
    for statement in statements:
        if (
            statement["char_start"] <= start
            and end <= statement["char_end"]
            and (
                best is None or statement["char_end"] - statement["char_start"] < best["char_end"] - best["char_start"]
            )
        ):
            best = statement
    return None if best is None else best["statement_id"]


def date_rows(article_id: str, dates: Iterable[DateMention], statements: list[Row]) -> list[Row]:
    """``date_mentions`` rows; ``statements`` are this article's statement rows (for statement_id)."""
    return [
        {
            "date_mention_id": _mention_id(article_id, "d", d.char_start, d.char_end),
            "article_id": article_id,
            **asdict(d),
            "statement_id": _enclosing_statement_id(d.char_start, d.char_end, statements),
        }
        for d in dates
    ]


def number_rows(article_id: str, numbers: Iterable[NumberMention], statements: list[Row]) -> list[Row]:
    return [
        {
            "number_mention_id": _mention_id(article_id, "n", n.char_start, n.char_end),
            "article_id": article_id,
            **{k: v for k, v in asdict(n).items() if k not in NUMBER_LIBRARY_ONLY},
            "statement_id": _enclosing_statement_id(n.char_start, n.char_end, statements),
            "place_mention_id": (
                None if n.place_start is None else _mention_id(article_id, "p", n.place_start, n.place_end or 0)
            ),
        }
        for n in numbers
    ]


def place_rows(article_id: str, places: Iterable[PlaceMention]) -> list[Row]:
    return [
        {
            "place_mention_id": _mention_id(article_id, "p", p.char_start, p.char_end),
            "article_id": article_id,
            **asdict(p),
        }
        for p in places
    ]


def source_rows(article_id: str, sources: Iterable[SourceMention]) -> list[Row]:
    return [
        {
            "source_mention_id": _mention_id(article_id, "r", m.char_start, m.char_end, f"-{m.role}"),
            "article_id": article_id,
            **asdict(m),
        }
        for m in sources
    ]


def article_rows(parsed: ParsedArticle, *, article_id: str, source_file: str) -> dict[str, list[Row]]:
    """All rows for one parsed article, keyed by raw table name."""
    statements = statement_rows(article_id, parsed.statements)
    article = article_row(
        parsed.draft, article_id=article_id, article_index=parsed.article_index, source_file=source_file
    )
    return {
        "articles": [{**article, "n_sentences": len(parsed.sentences)}],
        "sentences": sentence_rows(article_id, parsed.sentences),
        "statements": statements,
        "date_mentions": date_rows(article_id, parsed.dates, statements),
        "number_mentions": number_rows(article_id, parsed.numbers, statements),
        "source_mentions": source_rows(article_id, parsed.sources),
        "place_mentions": place_rows(article_id, parsed.places),
    }
