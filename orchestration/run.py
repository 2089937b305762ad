"""``make run``: materialise every asset (Python and dbt) in-process, then print a summary.

Runs are recorded in DAGSTER_HOME (the Makefile sets ``./.dagster``), so they
show up in the UI started by ``make dev``.
"""

from __future__ import annotations

import contextlib
import sys
import time

import dagster as dg
import duckdb

from orchestration.report import report_path
from orchestration.settings import (
    articles_dir,
    ensure_dagster_home,
    export_environment,
    exports_dir,
    snapshot_path,
    warehouse_path,
)

MARTS = [
    "dim_articles",
    "fct_statements",
    "fct_date_mentions",
    "fct_number_mentions",
    "fct_source_mentions",
    "dim_sources",
    "dim_actors",
    "dim_places",
    "fct_place_mentions",
    "fct_article_links",
    "fct_numeric_claims",
    "rpt_claim_agreement",
    "rpt_timeline",
]


def materialize_all(instance: dg.DagsterInstance) -> dg.ExecuteInProcessResult:
    """Every asset and check of the code location, in dependency order, in this process."""
    from orchestration.definitions import defs

    job = defs.resolve_job_def("ingest_new_articles")
    run_config = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}
    return job.execute_in_process(instance=instance, raise_on_error=False, run_config=run_config)


def summary(warehouse: str) -> list[str]:
    """Articles loaded, files quarantined, rows in each mart (read-only)."""
    with duckdb.connect(warehouse, read_only=True) as conn:

        def count(sql: str) -> int:
            return conn.execute(sql).fetchone()[0]

        quarantined = "select count(*) from raw.raw_files where status = 'quarantined'"
        lines = [
            f"files seen:         {count('select count(*) from raw.raw_files')}",
            f"articles loaded:    {count('select count(*) from marts.dim_articles')}",
            f"files quarantined:  {count(quarantined)}",
            f"quarantine rows:    {count('select count(*) from raw.ingest_errors')}",
        ]
        lines += [f"marts.{mart + ':':<24}{count(f'select count(*) from marts.{mart}')} rows" for mart in MARTS]
        for source_file, stage, error in conn.execute(
            "select source_file, stage, error from raw.ingest_errors order by source_file, stage"
        ).fetchall():
            lines.append(f"  quarantined {source_file} [{stage}]: {error}")
    return lines


def main() -> int:
    export_environment()
    started = time.perf_counter()
    print(f"akhbar: {articles_dir()} -> {warehouse_path()}", flush=True)
    log_path = ensure_dagster_home() / "last_run.log"
    # dbt echoes every node to stdout; keep that in a log file and print a summary instead.
    with dg.DagsterInstance.get() as instance, log_path.open("w") as log, contextlib.redirect_stdout(log):
        result = materialize_all(instance)
    elapsed = time.perf_counter() - started
    failed = [event for event in result.all_events if event.is_failure]
    failed_checks = [
        event.event_specific_data.asset_check_evaluation  # type: ignore[union-attr]
        for event in result.all_events
        if event.event_type_value == "ASSET_CHECK_EVALUATION" and not event.event_specific_data.passed  # type: ignore[union-attr]
    ]
    print(f"run {result.run_id} {'succeeded' if result.success else 'FAILED'} in {elapsed:.1f} s (dbt log: {log_path})")
    for check in failed_checks:
        print(f"  check failed: {check.asset_key.to_user_string()}:{check.check_name}")
    for event in failed:
        print(f"  step failed: {event.step_key}: {event.message}")
    if warehouse_path().exists():
        try:
            print("\n".join(summary(str(warehouse_path()))))
        except duckdb.Error as exc:
            print(f"(no summary: {exc})")
    if result.success:
        print(f"for BI and SQL:     {snapshot_path()} (read-only snapshot; `make sql`)")
        print(f"Parquet exports:    {exports_dir()}/")
        print(f"report:             {report_path()}")
    return 0 if result.success and not failed_checks else 1


if __name__ == "__main__":
    sys.exit(main())
