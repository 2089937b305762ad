"""Resources and executor, configured from the environment (settings.py)."""

import sys
from pathlib import Path

import dagster as dg
from dagster_dbt import DbtCliResource

from orchestration.dbt_project import dbt_project
from orchestration.resources import WarehouseResource
from orchestration.settings import duckdb_memory_limit


@dg.definitions
def resources() -> dg.Definitions:
    # In-process: the steps share one DuckDB file (a single writer) and each
    # process start costs ~3 s of imports (STACK.md).
    return dg.Definitions(
        resources={
            # Resolved at run time, so the UI, `make run` and tests each use their own file.
            "warehouse": WarehouseResource(
                database=dg.EnvVar("AKHBAR_WAREHOUSE"), connection_config={"memory_limit": duckdb_memory_limit()}
            ),
            # dbt from this interpreter's venv, so nothing needs activating.
            "dbt": DbtCliResource(project_dir=dbt_project, dbt_executable=str(Path(sys.executable).parent / "dbt")),
        },
        executor=dg.in_process_executor,
    )
