"""The ingest step at scale: read only new or changed files, in batches, in one transaction.

A file whose size and modification time match its ``raw.raw_files`` row is not read again;
rows of files that are gone or changed are dropped; new rows are appended batch by batch, so
memory stays flat however large the landing folder. No Dagster here (the asset drives it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb
import polars as pl

from orchestration import corpus
from orchestration.warehouse import RAW_SCHEMA, append_frames, ensure_table, registered, to_frame

BATCH_FILES = 2000


@dataclass
class ScanSummary:
    """What one ingest run did."""

    n_read: int
    n_unchanged: int
    n_dropped: int


def known_files(conn: duckdb.DuckDBPyConnection) -> dict[str, corpus.KnownFile]:
    """raw_files rows (without their text), by file name."""
    rows = conn.execute(
        f"SELECT source_file, n_bytes, mtime_ns, content_sha256, status FROM {RAW_SCHEMA}.raw_files"
    ).fetchall()
    return {name: corpus.KnownFile(n_bytes, mtime_ns, sha, status) for name, n_bytes, mtime_ns, sha, status in rows}


def ingest_folder(
    conn: duckdb.DuckDBPyConnection,
    folder: Path,
    now: datetime,
    max_bytes: int,
    on_plan: Callable[[corpus.ScanPlan], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> ScanSummary:
    """Bring ``raw.raw_files`` in line with the folder; one transaction, so a crash changes nothing."""
    ensure_table(conn, "raw_files")
    plan = corpus.plan_scan(folder, known_files(conn))
    if on_plan:
        on_plan(plan)
    conn.execute("BEGIN TRANSACTION")
    try:
        if plan.dropped:
            with registered(conn, "_akhbar_dropped", pl.DataFrame({"source_file": plan.dropped})):
                conn.execute(f"DELETE FROM {RAW_SCHEMA}.raw_files WHERE source_file IN (SELECT * FROM _akhbar_dropped)")
        rows = corpus.read_files(folder, plan.to_read, now, max_bytes, plan.seen)
        for batch in corpus.batched(rows, BATCH_FILES):
            append_frames(conn, {"raw_files": to_frame("raw_files", batch)})
            if on_progress:
                on_progress(len(batch))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return ScanSummary(len(plan.to_read), plan.n_unchanged, len(plan.dropped))
