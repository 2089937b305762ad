"""DuckDB I/O for the raw frames: typed, transactional, idempotent writes."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import duckdb
import pandera.polars as pa
import polars as pl

from schemas import FRAME_SCHEMAS, polars_schema

RAW_SCHEMA = "raw"


def to_frame(table: str, rows: Iterable[Mapping[str, Any]]) -> pl.DataFrame:
    """Rows -> a polars frame with exactly the table's pandera columns and dtypes."""
    schema = polars_schema(FRAME_SCHEMAS[table])
    frame = pl.DataFrame(list(rows), schema_overrides=schema, infer_schema_length=None)
    if frame.width == 0:
        return pl.DataFrame(schema=schema)
    return frame.select(
        [
            pl.col(name).cast(dtype) if name in frame.columns else pl.lit(None, dtype).alias(name)
            for name, dtype in schema.items()
        ]
    )


@contextmanager
def registered(conn: duckdb.DuckDBPyConnection, name: str, frame: pl.DataFrame) -> Iterator[None]:
    """A polars frame visible to SQL as ``name`` for the length of a with-block."""
    conn.register(name, frame.to_arrow())
    try:
        yield
    finally:
        conn.unregister(name)


def table_exists(conn: duckdb.DuckDBPyConnection, schema: str, table: str) -> bool:
    query = "SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = ?"
    return conn.execute(query, [schema, table]).fetchone()[0] > 0


# Fault injection for the crash test: SIGKILL this process right after writing the named
# table, inside the open transaction (tests/test_faults.py). Unset in normal use.
FAULT_ENV = "AKHBAR_FAULT_KILL_AFTER"


def replace_tables(conn: duckdb.DuckDBPyConnection, frames: Mapping[str, pl.DataFrame]) -> None:
    """Replace ``raw.<table>`` for every frame in ONE transaction.

    Readers see the old tables or the new ones, never a mix; a crash rolls back
    to the previous load; reruns never duplicate rows.
    """
    conn.execute(f"CREATE SCHEMA IF NOT EXISTS {RAW_SCHEMA}")
    for table, frame in frames.items():
        conn.register(f"_akhbar_{table}", frame.to_arrow())
    try:
        conn.execute("BEGIN TRANSACTION")
        for table in frames:
            conn.execute(f"CREATE OR REPLACE TABLE {RAW_SCHEMA}.{table} AS SELECT * FROM _akhbar_{table}")
            if os.environ.get(FAULT_ENV) == table:
                os.kill(os.getpid(), signal.SIGKILL)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    finally:
        for table in frames:
            conn.unregister(f"_akhbar_{table}")


def ensure_table(conn: duckdb.DuckDBPyConnection, table: str) -> bool:
    """Create ``raw.<table>`` empty if missing, or recreate it if its columns are not the schema's.

    Returns True when the table was (re)created, so callers that append know the old rows are gone.
    """
    conn.execute(f"CREATE SCHEMA IF NOT EXISTS {RAW_SCHEMA}")
    expected = list(polars_schema(FRAME_SCHEMAS[table]))
    existing = [
        row[0]
        for row in conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND table_name = ? "
            "ORDER BY ordinal_position",
            [RAW_SCHEMA, table],
        ).fetchall()
    ]
    if existing == expected:
        return False
    with registered(conn, "_akhbar_empty", to_frame(table, [])):
        conn.execute(f"CREATE OR REPLACE TABLE {RAW_SCHEMA}.{table} AS SELECT * FROM _akhbar_empty")
    return True


def append_frames(conn: duckdb.DuckDBPyConnection, frames: Mapping[str, pl.DataFrame]) -> None:
    """Append every frame to its ``raw.<table>`` inside the caller's open transaction.

    The fault-injection hook fires here too, so a crash test can kill a run mid-batch.
    """
    for table, frame in frames.items():
        if frame.is_empty():
            continue
        with registered(conn, f"_akhbar_{table}", frame):
            conn.execute(f"INSERT INTO {RAW_SCHEMA}.{table} BY NAME SELECT * FROM _akhbar_{table}")
        if os.environ.get(FAULT_ENV) == table:
            os.kill(os.getpid(), signal.SIGKILL)


def replace_table(conn: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame) -> None:
    """Replace one ``raw.<table>`` in one transaction."""
    replace_tables(conn, {table: frame})


def validate(table: str, frame: pl.DataFrame) -> pa.errors.SchemaErrors | None:
    """Run the table's pandera schema on a collected frame; the errors, or None when valid."""
    try:
        FRAME_SCHEMAS[table].validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        return errors
    return None
