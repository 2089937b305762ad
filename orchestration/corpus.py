"""The pipeline's stages over a whole corpus, as plain functions over rows.

Each Dagster asset calls one of these; they know nothing about Dagster or
DuckDB, so they are tested directly. A failure in one file or one article is
caught and returned as an ``ingest_errors`` row; the rest of the batch goes on.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from akhbar.articles import split_articles
from akhbar.dates import extract_dates
from akhbar.encoding import DecodeError, decode_bytes
from akhbar.normalize import normalize_text
from akhbar.numbers import extract_numbers
from akhbar.rows import (
    Row,
    article_row,
    date_rows,
    draft_from_row,
    make_article_id,
    number_rows,
    sentence_rows,
    sentences_from_rows,
    source_rows,
    statement_rows,
    statements_from_rows,
)
from akhbar.segment import segment
from akhbar.sources import extract_sources
from akhbar.statements import extract_statements


@dataclass
class StageResult:
    """Rows a stage produced, and the quarantine rows for what it could not process."""

    rows: list[Row] = field(default_factory=list)
    errors: list[Row] = field(default_factory=list)


def error_row(source_file: str, stage: str, error: str, when: datetime) -> Row:
    return {"source_file": source_file, "stage": stage, "error": error, "occurred_at": when}


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def list_article_files(folder: Path) -> list[Path]:
    """Regular, non-hidden files under ``folder``, in a stable order."""
    if not folder.is_dir():
        raise FileNotFoundError(f"articles folder does not exist: {folder}")
    return sorted(
        path
        for path in folder.rglob("*")
        if not any(part.startswith(".") for part in path.relative_to(folder).parts) and path.is_file()
    )


def scan_files(folder: Path, now: datetime) -> StageResult:
    """Read and decode every file: one ``raw_files`` row each; unreadable ones quarantined.

    A file whose bytes equal an earlier file's is recorded with status
    ``duplicate`` (both names are kept in raw_files; the articles come once).
    """
    result = StageResult()
    seen: dict[str, str] = {}
    for path in list_article_files(folder):
        name = path.relative_to(folder).as_posix()
        row: Row = {"source_file": name, "content_sha256": None, "n_bytes": 0, "encoding": None,
                    "status": "quarantined", "error": None, "text": None, "ingested_at": now}
        try:
            data = path.read_bytes()
        except OSError as exc:
            row["error"] = f"cannot read file: {_describe(exc)}"
            result.errors.append(error_row(name, "read", row["error"], now))
            result.rows.append(row)
            continue
        sha = hashlib.sha256(data).hexdigest()
        row.update(content_sha256=sha, n_bytes=len(data))
        if sha in seen:
            row.update(status="duplicate", error=f"same content as {seen[sha]}")
            result.rows.append(row)
            continue
        try:
            decoded = decode_bytes(data)
        except DecodeError as exc:
            row["error"] = str(exc)
            result.errors.append(error_row(name, "decode", str(exc), now))
            result.rows.append(row)
            continue
        seen[sha] = name
        row.update(status="decoded", encoding=decoded.encoding, text=decoded.text)
        result.rows.append(row)
    return result


def split_files(files: Iterable[Mapping[str, Any]], now: datetime,
                first_seen: Mapping[str, datetime] | None = None) -> StageResult:
    """Decoded files -> ``articles`` rows (normalised, chrome removed, pages split).

    ``first_seen`` maps article ids already in the warehouse to their
    ingested_at, so a rerun keeps the original load time.
    """
    first_seen = first_seen or {}
    result = StageResult()
    for file in files:
        if file["status"] != "decoded":
            continue
        try:
            drafts = split_articles(normalize_text(file["text"]))
        except Exception as exc:  # one bad page must not stop the batch
            result.errors.append(error_row(file["source_file"], "split", _describe(exc), now))
            continue
        if not drafts:
            result.errors.append(error_row(file["source_file"], "split", "no article text found on the page", now))
        for index, draft in enumerate(drafts):
            article_id = make_article_id(file["content_sha256"], index)
            row = article_row(draft, article_id=article_id, article_index=index, source_file=file["source_file"])
            row.update(content_sha256=file["content_sha256"], encoding=file["encoding"],
                       ingested_at=first_seen.get(article_id, now))
            result.rows.append(row)
    return result


def group_by_article(rows: Iterable[Mapping[str, Any]]) -> dict[str, list[Mapping[str, Any]]]:
    grouped: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for row in rows:
        grouped[row["article_id"]].append(row)
    return grouped


def per_article(
    articles: Iterable[Mapping[str, Any]],
    stage: str,
    now: datetime,
    extract: Callable[[Mapping[str, Any]], list[Row]],
) -> StageResult:
    """Run ``extract`` on every article; an exception quarantines that article for this stage."""
    result = StageResult()
    for article in articles:
        try:
            result.rows.extend(extract(article))
        except Exception as exc:  # one bad article must not stop the batch
            message = f"article {article['article_id']} (#{article['article_index']}): {_describe(exc)}"
            result.errors.append(error_row(article["source_file"], stage, message, now))
    return result


def segment_articles(articles: Iterable[Mapping[str, Any]], now: datetime) -> StageResult:
    return per_article(articles, "segment", now,
                       lambda a: sentence_rows(a["article_id"], segment(draft_from_row(a))))


def _context(article: Mapping[str, Any], sentences: Mapping[str, list]) -> tuple[str, list]:
    return article["body_text"], sentences_from_rows(sentences.get(article["article_id"], []))


def extract_statement_rows(articles: Iterable[Mapping[str, Any]], sentences: Iterable[Mapping[str, Any]],
                           now: datetime) -> StageResult:
    by_article = group_by_article(sentences)

    def extract(article: Mapping[str, Any]) -> list[Row]:
        return statement_rows(article["article_id"], extract_statements(*_context(article, by_article)))

    return per_article(articles, "statements", now, extract)


def extract_date_rows(articles: Iterable[Mapping[str, Any]], sentences: Iterable[Mapping[str, Any]],
                      statements: Iterable[Mapping[str, Any]], now: datetime) -> StageResult:
    by_article, statements_by_article = group_by_article(sentences), group_by_article(statements)

    def extract(article: Mapping[str, Any]) -> list[Row]:
        body, article_sentences = _context(article, by_article)
        dates = extract_dates(body, article_sentences, article["published_date"])
        return date_rows(article["article_id"], dates, statements_by_article.get(article["article_id"], []))

    return per_article(articles, "dates", now, extract)


def extract_number_rows(articles: Iterable[Mapping[str, Any]], sentences: Iterable[Mapping[str, Any]],
                        statements: Iterable[Mapping[str, Any]], dates: Iterable[Mapping[str, Any]],
                        now: datetime) -> StageResult:
    by_article, statements_by_article = group_by_article(sentences), group_by_article(statements)
    dates_by_article = group_by_article(dates)

    def extract(article: Mapping[str, Any]) -> list[Row]:
        body, article_sentences = _context(article, by_article)
        date_spans = [(d["char_start"], d["char_end"]) for d in dates_by_article.get(article["article_id"], [])]
        numbers = extract_numbers(body, article_sentences, date_spans)
        return number_rows(article["article_id"], numbers, statements_by_article.get(article["article_id"], []))

    return per_article(articles, "numbers", now, extract)


def extract_source_rows(articles: Iterable[Mapping[str, Any]], sentences: Iterable[Mapping[str, Any]],
                        statements: Iterable[Mapping[str, Any]], now: datetime) -> StageResult:
    by_article, statements_by_article = group_by_article(sentences), group_by_article(statements)

    def extract(article: Mapping[str, Any]) -> list[Row]:
        _, article_sentences = _context(article, by_article)
        article_statements = statements_from_rows(statements_by_article.get(article["article_id"], []))
        sources = extract_sources(draft_from_row(article), article_sentences, article_statements)
        return source_rows(article["article_id"], sources)

    return per_article(articles, "sources", now, extract)


def iter_rows(frame: Any) -> Iterator[dict[str, Any]]:
    """Rows of a polars frame as dicts (kept here so callers need not care about the frame type)."""
    return iter(frame.iter_rows(named=True))
