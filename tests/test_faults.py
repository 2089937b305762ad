"""Faults: a run killed mid-load, a BI tool holding the warehouse, and where the UI listens.

The crash is a real SIGKILL of a real `python -m orchestration.run` process,
fired inside the load transaction by the fault-injection hook
(AKHBAR_FAULT_KILL_AFTER, see orchestration/warehouse.py).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pytest

from orchestration.resources import WarehouseLockedError, WarehouseResource
from tests.conftest import MARTS, PROJECT_ROOT, SEEDS_DIR, snapshot_marts

SEEDS = sorted(SEEDS_DIR.glob("*.txt"))


def _run_pipeline(articles: Path, warehouse: Path, **env: str) -> subprocess.CompletedProcess:
    environment = {
        **os.environ,
        "AKHBAR_ARTICLES_DIR": str(articles),
        "AKHBAR_WAREHOUSE": str(warehouse),
        "AKHBAR_SNAPSHOT": str(warehouse.with_name("snapshot.duckdb")),
        "DAGSTER_HOME": str(warehouse.parent / "dagster"),
        **env,
    }
    return subprocess.run(
        [sys.executable, "-m", "orchestration.run"],
        cwd=PROJECT_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def _counts(database: Path) -> dict[str, int]:
    with duckdb.connect(str(database), read_only=True) as conn:
        tables = [
            f"raw.{t}"
            for t in ("articles", "sentences", "statements", "date_mentions", "number_mentions", "source_mentions")
        ] + [f"marts.{m}" for m in MARTS]
        return {table: conn.execute(f"select count(*) from {table}").fetchone()[0] for table in tables}


class _Reader:
    """Another process (a BI tool) holding a read-only connection open and answering queries."""

    SCRIPT = textwrap.dedent("""
        import sys, duckdb
        conn = duckdb.connect(sys.argv[1], read_only=True)
        print("ready", flush=True)
        for line in sys.stdin:
            print(conn.execute(line).fetchone()[0], flush=True)
    """)

    def __init__(self, database: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", self.SCRIPT, str(database)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self.process.stdout.readline().strip() == "ready"

    def query(self, sql: str) -> str:
        self.process.stdin.write(sql + "\n")
        self.process.stdin.flush()
        return self.process.stdout.readline().strip()

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.fixture(scope="module")
def crash_scenario(tmp_path_factory: pytest.TempPathFactory):
    """Load 3 seeds; add 2 more and SIGKILL the next run mid-load; then run again, a BI reader watching."""
    root = tmp_path_factory.mktemp("faults")
    articles, warehouse = root / "articles", root / "warehouse.duckdb"
    articles.mkdir()
    for seed in SEEDS[:3]:
        shutil.copy(seed, articles / seed.name)
    first = _run_pipeline(articles, warehouse)
    assert first.returncode == 0, first.stdout + first.stderr
    before = _counts(warehouse), snapshot_marts(warehouse)

    for seed in SEEDS[3:]:
        shutil.copy(seed, articles / seed.name)
    killed = _run_pipeline(articles, warehouse, AKHBAR_FAULT_KILL_AFTER="statements")
    after_kill = _counts(warehouse), snapshot_marts(warehouse)

    reader = _Reader(root / "snapshot.duckdb")
    seen_before = reader.query("select count(*) from marts.dim_articles")
    completed = _run_pipeline(articles, warehouse)
    seen_after_on_old_connection = reader.query("select count(*) from marts.dim_articles")
    reader.close()
    yield {
        "root": root,
        "warehouse": warehouse,
        "before": before,
        "killed": killed,
        "after_kill": after_kill,
        "completed": completed,
        "reader": (seen_before, seen_after_on_old_connection),
    }


def test_the_run_really_died_by_sigkill(crash_scenario) -> None:
    assert crash_scenario["killed"].returncode == -signal.SIGKILL


def test_a_killed_load_leaves_the_warehouse_readable_and_as_it_was(crash_scenario) -> None:
    assert crash_scenario["after_kill"] == crash_scenario["before"]


def test_the_next_run_completes_the_load_with_nothing_duplicated(crash_scenario) -> None:
    completed = crash_scenario["completed"]
    assert completed.returncode == 0, completed.stdout + completed.stderr
    counts = _counts(crash_scenario["warehouse"])
    assert counts["marts.dim_articles"] == 6  # 5 files, seed 002 holds two articles
    assert counts["raw.articles"] == counts["marts.dim_articles"]
    for mart in MARTS:
        assert counts[f"marts.{mart}"] >= crash_scenario["before"][0][f"marts.{mart}"]
    with duckdb.connect(str(crash_scenario["warehouse"]), read_only=True) as conn:
        for table, key in [
            ("fct_statements", "statement_id"),
            ("fct_date_mentions", "date_mention_id"),
            ("fct_number_mentions", "number_mention_id"),
            ("dim_articles", "article_id"),
        ]:
            total, distinct = conn.execute(f"select count(*), count(distinct {key}) from marts.{table}").fetchone()
            assert total == distinct, table


def test_a_bi_reader_on_the_snapshot_never_blocks_the_pipeline_and_keeps_a_consistent_view(crash_scenario) -> None:
    seen_before, seen_after_on_old_connection = crash_scenario["reader"]
    assert seen_before == str(crash_scenario["before"][0]["marts.dim_articles"])
    assert seen_after_on_old_connection == seen_before  # its open snapshot did not change under it
    with duckdb.connect(str(crash_scenario["root"] / "snapshot.duckdb"), read_only=True) as conn:
        assert conn.execute("select count(*) from marts.dim_articles").fetchone()[0] == 6  # new connection: new build


def test_a_reader_holding_the_working_file_gets_a_clear_bounded_error(tmp_path: Path) -> None:
    database = tmp_path / "held.duckdb"
    duckdb.connect(str(database)).close()
    reader = _Reader(database)
    try:
        started = time.monotonic()
        with (
            pytest.raises(WarehouseLockedError) as raised,
            WarehouseResource(database=str(database), lock_timeout_s=1.5).get_connection(),
        ):
            pass
        waited = time.monotonic() - started
    finally:
        reader.close()
    assert 1.0 <= waited < 30
    message = str(raised.value)
    assert f"PID {reader.process.pid}" in message
    assert "snapshot" in message


def test_the_pipeline_waits_for_a_lock_that_is_released(tmp_path: Path) -> None:
    database = tmp_path / "briefly-held.duckdb"
    duckdb.connect(str(database)).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
        import time, duckdb
        conn = duckdb.connect({str(database)!r}, read_only=True)
        print("ready", flush=True)
        time.sleep(1.5)
        conn.close()
    """),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "ready"
    with WarehouseResource(database=str(database), lock_timeout_s=30).get_connection() as conn:
        assert conn.execute("select 42").fetchone()[0] == 42
    holder.wait(timeout=30)


def test_make_dev_listens_on_loopback_only_by_default() -> None:
    dry_run = subprocess.run(
        ["make", "-n", "dev"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={k: v for k, v in os.environ.items() if k != "AKHBAR_UI_HOST"},
    )
    command = next(line for line in dry_run.stdout.splitlines() if "dagster dev" in line)
    assert "--host ${AKHBAR_UI_HOST:-127.0.0.1}" in command or "--host 127.0.0.1" in command
