"""The parse step at scale: only new files, on every core, loaded in committed batches.

* **Incremental.** ``raw.parsed_files`` is a manifest of the content hashes already parsed,
  with the parser version (a hash of ``akhbar/``'s code and lexicons and of the frame
  schemas). A run parses the decoded files whose hash is not in it with this version;
  rows of files that are gone or changed are deleted first. A new parser version
  re-parses everything, batch by batch (each batch replaces its files' old rows).
* **Every core.** Files go to a process pool in chunks (``AKHBAR_PARSE_WORKERS``,
  ``AKHBAR_PARSE_CHUNK``); each worker returns typed frames, so building them is parallel too.
* **Flat memory.** Texts are fetched from DuckDB chunk by chunk, at most two chunks per
  worker are in flight, and results are appended in transactions of about
  ``COMMIT_ARTICLES`` articles: memory does not grow with the corpus.
* **Crash-safe.** Each committed batch holds whole articles (an article is in every table
  or in none) with their manifest rows; a crash loses at most the batch being written, and
  the next run parses exactly what is missing.

No Dagster here: the asset in ``orchestration/defs/extract/assets.py`` drives it.
"""

from __future__ import annotations

import hashlib
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path

import duckdb
import polars as pl

from orchestration import corpus
from orchestration.warehouse import RAW_SCHEMA, append_frames, ensure_table, registered, to_frame

MANIFEST = f"{RAW_SCHEMA}.parsed_files"
FILE_STAGES = ("read", "decode")  # ingest_errors rows owned by the ingest step, not by the parse
COMMIT_ARTICLES = 2000
POOL_MIN_FILES = 500  # below this a run parses in its own process (an incremental run of 100 files)
_ROOT = Path(__file__).resolve().parent.parent


@cache
def parser_version() -> str:
    """A hash of everything that decides the parsed rows: akhbar's code and lexicons, the frame schemas."""
    digest = hashlib.sha256()
    paths = sorted((_ROOT / "akhbar").rglob("*")) + sorted((_ROOT / "schemas").glob("*.py"))
    paths.append(_ROOT / "orchestration" / "corpus.py")
    for path in paths:
        if path.is_file() and path.suffix in {".py", ".tsv", ".csv", ".txt", ".json"}:
            digest.update(path.relative_to(_ROOT).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@dataclass
class ParsePlan:
    """What this run parses (decoded files not yet in the manifest) and what it deletes first."""

    todo: list[tuple[str, str]]  # (source_file, content_sha256), in file-name order
    stale: list[str]  # content hashes in the manifest whose file is gone or changed
    full_refresh: bool
    n_unchanged: int
    version: str  # the parser version the manifest rows of this run will carry
    reparsed: frozenset[str] = frozenset()  # todo hashes with rows from another parser version, replaced per batch


@dataclass
class ParseSummary:
    """Counts of one run of the parse step."""

    n_files: int = 0
    n_articles: int = 0
    n_errors: int = 0
    n_batches: int = 0
    per_table: dict[str, int] = field(default_factory=dict)


def _ensure_manifest(conn: duckdb.DuckDBPyConnection) -> None:
    conn.execute(f"CREATE SCHEMA IF NOT EXISTS {RAW_SCHEMA}")
    conn.execute(
        f"CREATE TABLE IF NOT EXISTS {MANIFEST} (content_sha256 VARCHAR, source_file VARCHAR, "
        "parser_version VARCHAR, n_articles INTEGER, parsed_at TIMESTAMP)"
    )


def plan_parse(conn: duckdb.DuckDBPyConnection, tables: list[str], version: str | None = None) -> ParsePlan:
    """Compare raw_files with the manifest: parse what is new, or was parsed by another parser version."""
    version = version or parser_version()
    _ensure_manifest(conn)
    manifest = dict(conn.execute(f"SELECT content_sha256, parser_version FROM {MANIFEST}").fetchall())
    recreated = [table for table in [*tables, "ingest_errors"] if ensure_table(conn, table)]
    if recreated:  # a table had another layout: its rows are gone, so everything is parsed again
        conn.execute(f"DELETE FROM {MANIFEST}")
        manifest = dict.fromkeys(manifest, "")
    decoded = conn.execute(
        f"SELECT source_file, content_sha256 FROM {RAW_SCHEMA}.raw_files WHERE status = 'decoded' ORDER BY source_file"
    ).fetchall()
    todo = [(name, sha) for name, sha in decoded if manifest.get(sha) != version]
    present = {sha for _, sha in decoded}
    full_refresh = any(v != version for v in manifest.values())  # a first load is not a re-parse
    reparsed = frozenset(sha for _, sha in todo if sha in manifest)
    stale = sorted(set(manifest) - present)
    return ParsePlan(todo, stale, full_refresh, len(decoded) - len(todo), version, reparsed)


def _delete_files(conn: duckdb.DuckDBPyConnection, shas: pl.DataFrame, tables: list[str]) -> None:
    """Delete the articles (in every table) and manifest rows of these content hashes, in the open transaction."""
    with registered(conn, "_akhbar_shas", shas.select("content_sha256")):
        gone = f"SELECT article_id FROM {RAW_SCHEMA}.articles WHERE content_sha256 IN (SELECT * FROM _akhbar_shas)"
        for table in tables:
            if table != "articles":
                conn.execute(f"DELETE FROM {RAW_SCHEMA}.{table} WHERE article_id IN ({gone})")
        conn.execute(f"DELETE FROM {RAW_SCHEMA}.articles WHERE content_sha256 IN (SELECT * FROM _akhbar_shas)")
        conn.execute(f"DELETE FROM {MANIFEST} WHERE content_sha256 IN (SELECT * FROM _akhbar_shas)")


def clear_for_plan(conn: duckdb.DuckDBPyConnection, plan: ParsePlan, tables: list[str]) -> None:
    """Delete the rows of files gone or changed, and refresh the quarantine rows, in one transaction.

    Files that are re-parsed keep their old rows until their batch replaces them (``_commit``),
    so a run cut short never leaves an article out.
    """
    conn.execute("BEGIN TRANSACTION")
    try:
        if plan.stale:
            _delete_files(conn, pl.DataFrame({"content_sha256": plan.stale}), tables)
        # parse errors stay for files still decoded and parsed; the others are re-parsed or gone.
        # File errors (read, decode) are taken again from raw_files.
        conn.execute(
            f"DELETE FROM {RAW_SCHEMA}.ingest_errors WHERE stage IN {FILE_STAGES} OR source_file NOT IN ("
            f"SELECT r.source_file FROM {RAW_SCHEMA}.raw_files r JOIN {MANIFEST} m USING (content_sha256) "
            "WHERE r.status = 'decoded')"
        )
        conn.execute(
            f"INSERT INTO {RAW_SCHEMA}.ingest_errors BY NAME SELECT source_file, error_stage AS stage, error, "
            f"ingested_at AS occurred_at FROM {RAW_SCHEMA}.raw_files WHERE status = 'quarantined'"
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


@dataclass
class ChunkResult:
    """A worker's output for one chunk of files: typed frames per table, and manifest rows."""

    frames: dict[str, pl.DataFrame]
    manifest: pl.DataFrame
    n_files: int
    n_articles: int


def parse_chunk(files: list[dict], now: datetime, version: str) -> ChunkResult:
    """Parse a chunk of decoded files (runs in a worker process): rows -> typed frames."""
    result = corpus.parse_files(files, now)
    frames = {table: to_frame(table, rows) for table, rows in result.tables.items()}
    frames["ingest_errors"] = to_frame("ingest_errors", result.errors)
    per_file = frames["articles"].group_by("content_sha256").len()
    counts = dict(zip(per_file["content_sha256"], per_file["len"], strict=True))
    manifest = pl.DataFrame(
        {
            "content_sha256": [f["content_sha256"] for f in files],
            "source_file": [f["source_file"] for f in files],
            "parser_version": version,
            "n_articles": [counts.get(f["content_sha256"], 0) for f in files],
            "parsed_at": now,
        },
        schema_overrides={"n_articles": pl.Int32, "parsed_at": pl.Datetime("us")},
    )
    return ChunkResult(frames, manifest, len(files), frames["articles"].height)


def _fetch_texts(conn: duckdb.DuckDBPyConnection, chunk: list[tuple[str, str]]) -> list[dict]:
    names = pl.DataFrame({"source_file": [name for name, _ in chunk]})
    with registered(conn, "_akhbar_chunk", names):
        frame = conn.execute(
            f"SELECT source_file, content_sha256, encoding, status, text FROM {RAW_SCHEMA}.raw_files "
            "WHERE source_file IN (SELECT source_file FROM _akhbar_chunk) ORDER BY source_file"
        ).pl()
    return frame.to_dicts()


def parsed_chunks(chunks: Iterator[list[dict]], now: datetime, version: str, workers: int) -> Iterator[ChunkResult]:
    """ChunkResults in chunk order: in this process for one worker, else from a pool of processes.

    At most two chunks per worker are submitted ahead, so memory stays bounded.
    """
    if workers <= 1:
        for files in chunks:
            yield parse_chunk(files, now, version)
        return
    # spawn, not fork: the parent (a Dagster run) has threads, and forking those is unsafe.
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        pending: deque[Future[ChunkResult]] = deque()
        for files in chunks:
            pending.append(pool.submit(parse_chunk, files, now, version))
            if len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _commit(conn: duckdb.DuckDBPyConnection, batch: list[ChunkResult], reparsed: frozenset[str]) -> dict[str, int]:
    """Append the batch's files in one transaction; returns rows per table.

    Files parsed before by another parser version (``reparsed``) have their old rows replaced
    in the same transaction, and their articles keep the time they were first loaded. New
    files need no delete, so a first load never scans the tables it appends to.
    """
    frames = {table: pl.concat([r.frames[table] for r in batch]) for table in batch[0].frames}
    manifest = pl.concat([r.manifest for r in batch])
    replacing = manifest.filter(pl.col("content_sha256").is_in(list(reparsed)))
    seen = pl.DataFrame()
    conn.execute("BEGIN TRANSACTION")
    try:
        if replacing.height:
            with registered(conn, "_akhbar_batch", replacing):
                seen = conn.execute(
                    f"SELECT article_id, ingested_at AS first_ingested_at FROM {RAW_SCHEMA}.articles "
                    "WHERE content_sha256 IN (SELECT content_sha256 FROM _akhbar_batch)"
                ).pl()
                conn.execute(
                    f"DELETE FROM {RAW_SCHEMA}.ingest_errors WHERE stage NOT IN {FILE_STAGES} "
                    "AND source_file IN (SELECT source_file FROM _akhbar_batch)"
                )
            _delete_files(conn, replacing, list(corpus.PARSED_TABLES))
        if seen.height:
            frames["articles"] = (
                frames["articles"]
                .join(seen, on="article_id", how="left")
                .with_columns(pl.coalesce("first_ingested_at", "ingested_at").alias("ingested_at"))
                .drop("first_ingested_at")
            )
        append_frames(conn, frames)
        with registered(conn, "_akhbar_manifest", manifest):
            conn.execute(f"INSERT INTO {MANIFEST} BY NAME SELECT * FROM _akhbar_manifest")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return {table: frame.height for table, frame in frames.items()}


def run_parse(
    conn: duckdb.DuckDBPyConnection,
    plan: ParsePlan,
    now: datetime,
    workers: int,
    chunk_files: int,
    on_progress: Callable[[int, int], None] | None = None,
    min_pool_files: int = POOL_MIN_FILES,
) -> ParseSummary:
    """Parse the plan's files and append their rows; ``on_progress(files, articles)`` after each chunk."""
    clear_for_plan(conn, plan, list(corpus.PARSED_TABLES))
    chunks = (_fetch_texts(conn, chunk) for chunk in corpus.batched(plan.todo, chunk_files))
    if len(plan.todo) < min_pool_files:
        workers = 1  # starting worker processes (~3 s of imports) would cost more than it saves
    summary = ParseSummary()
    batch: list[ChunkResult] = []

    def flush() -> None:
        for table, n in _commit(conn, batch, plan.reparsed).items():
            summary.per_table[table] = summary.per_table.get(table, 0) + n
        summary.n_batches += 1
        batch.clear()

    for result in parsed_chunks(chunks, now, plan.version, workers):
        batch.append(result)
        summary.n_files += result.n_files
        summary.n_articles += result.n_articles
        summary.n_errors += result.frames["ingest_errors"].height
        if on_progress:
            on_progress(result.n_files, result.n_articles)
        if sum(r.n_articles for r in batch) >= COMMIT_ARTICLES:
            flush()
    if batch:
        flush()
    return summary
