"""`make sql`: an interactive DuckDB shell on the snapshot, read-only."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import duckdb

from tests.conftest import PROJECT_ROOT


def _sql(snapshot: Path, statement: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "AKHBAR_SNAPSHOT": str(snapshot)}
    return subprocess.run(
        ["make", "-s", "sql"],
        cwd=PROJECT_ROOT,
        input=statement,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_make_sql_queries_the_snapshot_and_cannot_write_to_it(tmp_path: Path) -> None:
    snapshot = tmp_path / "snapshot.duckdb"
    with duckdb.connect(str(snapshot)) as conn:
        conn.execute("create schema marts; create table marts.dim_articles as select 'وزارة' as title")
    read = _sql(snapshot, "select title from marts.dim_articles;")
    assert read.returncode == 0, read.stderr
    assert "وزارة" in read.stdout
    write = _sql(snapshot, "drop table marts.dim_articles;")
    assert write.returncode != 0
    assert "read-only" in (write.stdout + write.stderr)
    with duckdb.connect(str(snapshot), read_only=True) as conn:
        assert conn.execute("select count(*) from marts.dim_articles").fetchone()[0] == 1
