"""Parsed articles -> warehouse rows (plain dicts whose keys are the raw table columns).

Ids are derived from content, so the same input gives the same ids on every
run: ``article_id`` from the file's content hash and the article's position in
it; mention ids from the article id and the mention's offsets.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict
from typing import Any

from akhbar.records import ParsedArticle, Statement

Row = dict[str, Any]


def make_article_id(content_sha256: str, article_index: int) -> str:
    """Stable article id: the same file content gives the same ids, whatever its name."""
    return hashlib.sha256(f"{content_sha256}:{article_index}".encode()).hexdigest()[:16]


def _mention_id(article_id: str, prefix: str, start: int, end: int, extra: str = "") -> str:
    return f"{article_id}-{prefix}{start:06d}-{end:06d}{extra}"


def enclosing_statement(start: int, end: int, statements: list[Statement]) -> int | None:
    """Index of the statement whose span holds ``[start, end)``, if any."""
    for position, statement in enumerate(statements):
        if statement.char_start <= start and end <= statement.char_end:
            return position
    return None


def article_rows(parsed: ParsedArticle, *, article_id: str, source_file: str) -> dict[str, list[Row]]:
    """All rows for one parsed article, keyed by raw table name."""
    draft = parsed.draft
    statement_ids = [_mention_id(article_id, "s", s.char_start, s.char_end) for s in parsed.statements]

    def statement_id_for(start: int, end: int) -> str | None:
        position = enclosing_statement(start, end, parsed.statements)
        return None if position is None else statement_ids[position]

    article = {
        "article_id": article_id,
        "source_file": source_file,
        "article_index": parsed.article_index,
        "title": draft.title,
        "publisher": draft.publisher,
        "published_date": draft.published_date,
        "published_text": draft.published_text,
        "body_text": draft.body_text,
        "n_chars": len(draft.body_text),
        "n_sentences": len(parsed.sentences),
    }
    sentences = [{"article_id": article_id, **asdict(s)} for s in parsed.sentences]
    statements = [
        {"statement_id": sid, "article_id": article_id, **asdict(s)}
        for sid, s in zip(statement_ids, parsed.statements, strict=True)
    ]
    dates = [
        {
            "date_mention_id": _mention_id(article_id, "d", d.char_start, d.char_end),
            "article_id": article_id,
            **asdict(d),
            "statement_id": statement_id_for(d.char_start, d.char_end),
        }
        for d in parsed.dates
    ]
    numbers = [
        {
            "number_mention_id": _mention_id(article_id, "n", n.char_start, n.char_end),
            "article_id": article_id,
            **asdict(n),
            "statement_id": statement_id_for(n.char_start, n.char_end),
        }
        for n in parsed.numbers
    ]
    sources = [
        {
            "source_mention_id": _mention_id(article_id, "r", m.char_start, m.char_end, f"-{m.role[0]}"),
            "article_id": article_id,
            **asdict(m),
        }
        for m in parsed.sources
    ]
    return {
        "articles": [article],
        "sentences": sentences,
        "statements": statements,
        "date_mentions": dates,
        "number_mentions": numbers,
        "source_mentions": sources,
    }
