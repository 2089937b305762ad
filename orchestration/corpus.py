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
from akhbar.syndication import fingerprint, signature_bytes


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


@dataclass(frozen=True, slots=True)
class KnownFile:
    """What raw_files already holds about a file: enough to tell whether it changed."""

    n_bytes: int
    mtime_ns: int | None
    content_sha256: str | None
    status: str


@dataclass
class ScanPlan:
    """Which files to read this run, and which raw_files rows to drop (file gone or changed)."""

    to_read: list[Path] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    n_unchanged: int = 0
    seen: dict[str, str] = field(default_factory=dict)  # content hash -> file name, of decoded kept rows


def _stat_key(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


def plan_scan(folder: Path, known: Mapping[str, KnownFile]) -> ScanPlan:
    """Compare the folder with raw_files by (size, mtime): only new or changed files are read again.

    A file recorded as a duplicate of a file that is gone or changed is read again too,
    so its content is not lost with the original.
    """
    plan = ScanPlan()
    kept: dict[str, KnownFile] = {}
    present: set[str] = set()
    for path in list_article_files(folder):
        name = _display_name(path.relative_to(folder).as_posix())
        present.add(name)
        before = known.get(name)
        if before is not None and before.mtime_ns is not None and _stat_key(path) == (before.n_bytes, before.mtime_ns):
            kept[name] = before
            continue
        plan.to_read.append(path)
        if before is not None:
            plan.dropped.append(name)
    plan.dropped.extend(sorted(name for name in known if name not in present))
    plan.seen = {f.content_sha256: name for name, f in kept.items() if f.status == "decoded" and f.content_sha256}
    for name, f in sorted(kept.items()):
        if f.status == "duplicate" and f.content_sha256 not in plan.seen:
            plan.to_read.append(folder / name)
            plan.dropped.append(name)
            del kept[name]
    plan.n_unchanged = len(kept)
    return plan


def read_files(
    folder: Path, paths: Iterable[Path], now: datetime, max_bytes: int = 20_000_000, seen: dict[str, str] | None = None
) -> Iterator[Row]:
    """Read and decode each file: one ``raw_files`` row each, yielded as it is read; unreadable ones quarantined.

    A quarantined row carries its ``error_stage`` (read, decode) and ``error``;
    ``quarantined_file_errors`` turns them into ``ingest_errors`` rows. A file whose
    bytes equal an earlier file's (``seen``: content hash -> name, updated here) is
    recorded with status ``duplicate`` (both names are kept in raw_files; the articles come once).
    """
    seen = {} if seen is None else seen
    for path in paths:
        name = _display_name(path.relative_to(folder).as_posix())
        reader = reader_for(name)
        row: Row = {
            "source_file": name,
            "content_sha256": None,
            "n_bytes": 0,
            "mtime_ns": None,
            "encoding": None,
            "format": reader.name,
            "status": "quarantined",
            "error_stage": None,
            "error": None,
            "text": None,
            "ingested_at": now,
        }
        try:
            stat = path.stat()
            row["mtime_ns"] = stat.st_mtime_ns
            if stat.st_size > max_bytes:
                raise FileTooLargeError(
                    f"file is {stat.st_size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit "
                    "for one page (AKHBAR_MAX_FILE_MB)"
                )
            data = path.read_bytes()
        except OSError as exc:
            row.update(error_stage="read", error=f"cannot read file: {_describe(exc)}", n_bytes=0)
            yield row
            continue
        sha = hashlib.sha256(data).hexdigest()
        row.update(content_sha256=sha, n_bytes=len(data))
        if sha in seen:
            row.update(status="duplicate", error=f"same content as {seen[sha]}")
            yield row
            continue
        try:
            decoded = reader.decode(data)
        except DecodeError as exc:
            row.update(error_stage="decode", error=str(exc))
            yield row
            continue
        seen[sha] = name
        row.update(status="decoded", encoding=decoded.encoding, text=decoded.text)
        yield row


def scan_files(folder: Path, now: datetime, max_bytes: int = 20_000_000) -> list[Row]:
    """Every file of ``folder`` read and decoded (``read_files`` over the whole folder, as a list)."""
    return list(read_files(folder, list_article_files(folder), now, max_bytes))


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


def batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Consecutive lists of ``size`` items (the last may be shorter); itertools.batched is 3.12+."""
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def iter_rows(frame: Any) -> Iterator[dict[str, Any]]:
    """Rows of a polars frame as dicts (kept here so callers need not care about the frame type)."""
    return iter(frame.iter_rows(named=True))
