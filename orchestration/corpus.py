"""The pipeline's stages over a whole corpus, as plain functions over rows.

Each Dagster asset calls one of these; they know nothing about Dagster or
DuckDB, so they are tested directly. A failure in one file or one article is
caught and returned as an ``ingest_errors`` row; the rest of the batch goes on.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from akhbar.encoding import DecodeError
from akhbar.pipeline import ParseError, parse_draft
from akhbar.readers import reader_for
from akhbar.rows import Row, article_rows, make_article_id
from akhbar.syndication import (
    RelayedQuote,
    duplicate_groups,
    fingerprint,
    near_copy_links,
    signature_bytes,
    signature_from_bytes,
    wire_account_links,
)


def error_row(source_file: str, stage: str, error: str, when: datetime) -> Row:
    return {"source_file": source_file, "stage": stage, "error": error, "occurred_at": when}


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def list_article_files(folder: Path) -> list[Path]:
    """Non-hidden files under ``folder``, in a stable order; symlinked folders are not followed.

    Entries that are not regular files (a broken symlink, a symlink loop) are
    listed too, so that reading them fails and they are quarantined with the reason.
    """
    if not folder.is_dir():
        raise FileNotFoundError(f"articles folder does not exist: {folder}")
    found: list[Path] = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(root) / name for name in files if not name.startswith("."))
    return sorted(found)


def _display_name(name: str) -> str:
    """The file name as text; bytes that are not UTF-8 (undecodable on this filesystem) become U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


class FileTooLargeError(OSError):
    """A file far larger than any news page: quarantined rather than parsed."""


def scan_files(folder: Path, now: datetime, max_bytes: int = 20_000_000) -> list[Row]:
    """Read and decode every file: one ``raw_files`` row each; unreadable ones quarantined.

    A quarantined row carries its ``error_stage`` (read, decode) and ``error``;
    ``quarantined_file_errors`` turns them into ``ingest_errors`` rows. A file whose
    bytes equal an earlier file's is recorded with status ``duplicate`` (both names
    are kept in raw_files; the articles come once).
    """
    rows: list[Row] = []
    seen: dict[str, str] = {}
    for path in list_article_files(folder):
        name = _display_name(path.relative_to(folder).as_posix())
        reader = reader_for(name)
        row: Row = {
            "source_file": name,
            "content_sha256": None,
            "n_bytes": 0,
            "encoding": None,
            "format": reader.name,
            "status": "quarantined",
            "error_stage": None,
            "error": None,
            "text": None,
            "ingested_at": now,
        }
        try:
            size = path.stat().st_size
            if size > max_bytes:
                raise FileTooLargeError(
                    f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit "
                    "for one page (AKHBAR_MAX_FILE_MB)"
                )
            data = path.read_bytes()
        except OSError as exc:
            row.update(error_stage="read", error=f"cannot read file: {_describe(exc)}")
            rows.append(row)
            continue
        sha = hashlib.sha256(data).hexdigest()
        row.update(content_sha256=sha, n_bytes=len(data))
        if sha in seen:
            row.update(status="duplicate", error=f"same content as {seen[sha]}")
            rows.append(row)
            continue
        try:
            decoded = reader.decode(data)
        except DecodeError as exc:
            row.update(error_stage="decode", error=str(exc))
            rows.append(row)
            continue
        seen[sha] = name
        row.update(status="decoded", encoding=decoded.encoding, text=decoded.text)
        rows.append(row)
    return rows


PARSED_TABLES = (
    "articles",
    "sentences",
    "statements",
    "date_mentions",
    "number_mentions",
    "source_mentions",
    "place_mentions",
    "article_fingerprints",
)


@dataclass
class ParseResult:
    """Rows for every parsed table, and quarantine rows; an article is in all tables or in none."""

    tables: dict[str, list[Row]] = field(default_factory=lambda: {table: [] for table in PARSED_TABLES})
    errors: list[Row] = field(default_factory=list)
    n_files: int = 0


def quarantined_file_errors(files: Iterable[Mapping[str, Any]]) -> list[Row]:
    """``ingest_errors`` rows for the files the ingest step could not read or decode."""
    return [
        error_row(f["source_file"], f["error_stage"], f["error"], f["ingested_at"])
        for f in files
        if f["status"] == "quarantined"
    ]


def parse_files(
    files: Iterable[Mapping[str, Any]], now: datetime, first_seen: Mapping[str, datetime] | None = None
) -> ParseResult:
    """Decoded files -> rows of every parsed table (articles, sentences and the four extractions).

    Each article is parsed whole before any of its rows are kept, so an article
    that fails at any stage leaves no partial rows: it is quarantined with the
    stage and the reason, and the other articles of the batch still load.
    ``first_seen`` maps article ids already loaded to their ingested_at, so a
    rerun keeps the original load time.
    """
    first_seen = first_seen or {}
    result = ParseResult()
    for file in files:
        if file["status"] != "decoded":
            continue
        result.n_files += 1
        name = file["source_file"]
        try:
            read = reader_for(name).read(file["text"])
        except Exception as exc:  # one bad page must not stop the batch
            result.errors.append(error_row(name, "split", _describe(exc), now))
            continue
        result.errors.extend(error_row(name, "record", str(error), now) for error in read.errors)
        if not read.drafts and not read.errors:
            result.errors.append(error_row(name, "split", "no article text found on the page", now))
        for index, draft in read.drafts:
            article_id = make_article_id(file["content_sha256"], index)
            try:
                rows = article_rows(parse_draft(draft, index), article_id=article_id, source_file=name)
                rows["article_fingerprints"] = [fingerprint_row(article_id, draft.body_text)]
            except ParseError as exc:
                result.errors.append(error_row(name, exc.stage, f"article #{index} ({article_id}): {exc}", now))
                continue
            rows["articles"][0].update(
                content_sha256=file["content_sha256"],
                encoding=file["encoding"],
                ingested_at=first_seen.get(article_id, now),
            )
            for table, table_rows in rows.items():
                result.tables[table].extend(table_rows)
    return result


def fingerprint_row(article_id: str, body_text: str) -> Row:
    """The ``article_fingerprints`` row: MinHash of the article's shingles, as bytes."""
    fp = fingerprint(body_text)
    return {"article_id": article_id, "n_shingles": fp.n_shingles, "minhash": signature_bytes(fp)}


def link_articles(
    fingerprints: Iterable[Mapping[str, Any]], statements: Iterable[Mapping[str, Any]]
) -> tuple[list[Row], list[Row]]:
    """``article_links`` and ``duplicate_groups`` rows for the whole corpus (akhbar.syndication)."""
    prints = {row["article_id"]: signature_from_bytes(row["minhash"], row["n_shingles"]) for row in fingerprints}
    quotes = [
        RelayedQuote(row["article_id"], row["via_source_id"], row["content_text"])
        for row in statements
        if row["via_source_id"] is not None and row["content_text"]
    ]
    links = near_copy_links(prints) + wire_account_links(quotes)
    groups = duplicate_groups(prints, links)
    link_rows = [
        {"article_a": link.article_a, "article_b": link.article_b, "reason": link.reason, "similarity": link.similarity}
        for link in links
    ]
    group_rows = [{"article_id": article_id, "duplicate_group_id": group} for article_id, group in groups.items()]
    return link_rows, group_rows


def iter_rows(frame: Any) -> Iterator[dict[str, Any]]:
    """Rows of a polars frame as dicts (kept here so callers need not care about the frame type)."""
    return iter(frame.iter_rows(named=True))
