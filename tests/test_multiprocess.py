"""The job on Dagster's multiprocess executor (each step its own process) loads the same warehouse.

The ingest, parse and copy steps (each step costs a process start of several seconds, so the
checks, dbt and publishing steps, which the in-process runs test, are left out to keep the suite fast).
"""

from __future__ import annotations

import os
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from orchestration import corpus


def multiprocess_job() -> dg.JobDefinition:
    """Importable by every step process (dg.reconstructable)."""
    from orchestration.definitions import defs

    return defs.resolve_job_def("ingest_new_articles_multiprocess")


PYTHON_STEPS = [
    dg.AssetKey(["raw", table])
    for table in [*corpus.PARSED_TABLES, "raw_files", "ingest_errors", "article_links", "duplicate_groups"]
]


def _contents(warehouse: Path) -> dict[str, object]:
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        counts = {
            key.path[1]: conn.execute(f"select count(*) from raw.{key.path[1]}").fetchone()[0] for key in PYTHON_STEPS
        }
        ids = sorted(r[0] for r in conn.execute("select statement_id from raw.statements").fetchall())
        links = sorted(conn.execute("select article_a, article_b, reason from raw.article_links").fetchall())
    return {"counts": counts, "statement_ids": ids, "links": links}


def test_the_multiprocess_executor_runs_steps_in_processes_and_loads_the_same_tables(
    pipeline_run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warehouse = tmp_path / "multiprocess.duckdb"
    monkeypatch.setenv("AKHBAR_ARTICLES_DIR", str(pipeline_run.articles_dir))
    monkeypatch.setenv("AKHBAR_WAREHOUSE", str(warehouse))
    monkeypatch.setenv("AKHBAR_SNAPSHOT", str(tmp_path / "snapshot.duckdb"))
    monkeypatch.setenv("AKHBAR_EXPORTS_DIR", str(tmp_path / "exports"))
    monkeypatch.setenv("AKHBAR_REPORT", str(tmp_path / "report.html"))
    with dg.instance_for_test() as instance:
        result = dg.execute_job(dg.reconstructable(multiprocess_job), instance=instance, asset_selection=PYTHON_STEPS)
        assert result.success
        step_pids = {event.pid for event in result.all_events if event.is_step_start}
    assert len(step_pids) > 1 and os.getpid() not in step_pids
    assert _contents(warehouse) == _contents(pipeline_run.warehouse)
