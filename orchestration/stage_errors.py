"""The quarantine table ``raw.ingest_errors``: each stage replaces its own rows."""

from __future__ import annotations

from collections.abc import Sequence

import duckdb

from orchestration.warehouse import RAW_SCHEMA, to_frame

TABLE = "ingest_errors"


def replace_stage_errors(conn: duckdb.DuckDBPyConnection, stages: Sequence[str], rows: list[dict]) -> None:
    """Swap these stages' quarantine rows for ``rows`` in one transaction (reruns never pile up)."""
    frame = to_frame(TABLE, rows)
    conn.execute(f"CREATE SCHEMA IF NOT EXISTS {RAW_SCHEMA}")
    conn.register("_akhbar_errors", frame.to_arrow())
    try:
        conn.execute("BEGIN TRANSACTION")
        conn.execute(f"CREATE TABLE IF NOT EXISTS {RAW_SCHEMA}.{TABLE} AS SELECT * FROM _akhbar_errors LIMIT 0")
        placeholders = ", ".join("?" for _ in stages)
        conn.execute(f"DELETE FROM {RAW_SCHEMA}.{TABLE} WHERE stage IN ({placeholders})", list(stages))
        conn.execute(f"INSERT INTO {RAW_SCHEMA}.{TABLE} SELECT * FROM _akhbar_errors")
        conn.execute("COMMIT")
    except Exception:
        conn.execute("ROLLBACK")
        raise
    finally:
        conn.unregister("_akhbar_errors")
