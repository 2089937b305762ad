"""Resources and executor, configured from the environment (settings.py)."""

import sys
from pathlib import Path

import dagster as dg
from dagster_dbt import DbtCliResource
from dagster_duckdb import DuckDBResource

from orchestration.dbt_project import dbt_project


@dg.definitions
def resources() -> dg.Definitions:
    # In-process: the steps share one DuckDB file (a single writer) and each
    # process start costs ~3 s of imports (STACK.md).
    return dg.Definitions(
        resources={
            # Resolved at run time, so the UI, `make run` and tests each use their own file.
            "duckdb": DuckDBResource(database=dg.EnvVar("AKHBAR_WAREHOUSE")),
            # dbt from this interpreter's venv, so nothing needs activating.
            "dbt": DbtCliResource(project_dir=dbt_project, dbt_executable=str(Path(sys.executable).parent / "dbt")),
        },
        executor=dg.in_process_executor,
    )
