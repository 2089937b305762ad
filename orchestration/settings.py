"""Where things are: the articles folder, the warehouse file, the dbt project.

``AKHBAR_ARTICLES_DIR`` (default ``./seeds``) and ``AKHBAR_WAREHOUSE`` (default
``./warehouse.duckdb``) are resolved to absolute paths once and written back to
the environment, so dbt (a subprocess that reads ``AKHBAR_WAREHOUSE`` in
profiles.yml) sees the same file as the Python assets.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# Op tag of every step that opens the DuckDB file: DuckDB allows one writing process, so the
# multiprocess executor runs these one at a time (tag_concurrency_limits, automation/jobs.py).
WAREHOUSE_TAG = {"akhbar/warehouse": "write"}
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt"


def articles_dir() -> Path:
    return Path(os.environ.get("AKHBAR_ARTICLES_DIR") or PROJECT_ROOT / "seeds").resolve()


def warehouse_path() -> Path:
    return Path(os.environ.get("AKHBAR_WAREHOUSE") or PROJECT_ROOT / "warehouse.duckdb").resolve()


def snapshot_path() -> Path:
    """The read-only copy published after each run, for BI tools and ad-hoc SQL."""
    configured = os.environ.get("AKHBAR_SNAPSHOT")
    if configured:
        return Path(configured).resolve()
    warehouse = warehouse_path()
    return warehouse.with_name(f"{warehouse.stem}.snapshot{warehouse.suffix or '.duckdb'}")


def exports_dir() -> Path:
    """Where each mart is written as Parquet after a build (AKHBAR_EXPORTS_DIR, default beside the warehouse)."""
    configured = os.environ.get("AKHBAR_EXPORTS_DIR")
    return Path(configured).resolve() if configured else warehouse_path().parent / "exports"


def lock_timeout_s() -> float:
    """How long a run waits for another process to release the warehouse file (AKHBAR_LOCK_TIMEOUT_S)."""
    return float(os.environ.get("AKHBAR_LOCK_TIMEOUT_S") or 60)


def max_file_bytes() -> int:
    """Files larger than this are quarantined, not parsed (AKHBAR_MAX_FILE_MB, default 20)."""
    return int(float(os.environ.get("AKHBAR_MAX_FILE_MB") or 20) * 1_000_000)


def duckdb_memory_limit() -> str:
    """DuckDB's memory_limit for the pipeline's connections and dbt (AKHBAR_DUCKDB_MEMORY, default 1GB).

    Past it DuckDB spills to disk, so a large corpus costs time, not the machine's memory.
    """
    return os.environ.get("AKHBAR_DUCKDB_MEMORY") or "1GB"


def parse_workers() -> int:
    """Processes the parse step uses (AKHBAR_PARSE_WORKERS, default: every core of the machine)."""
    configured = os.environ.get("AKHBAR_PARSE_WORKERS")
    return max(1, int(configured)) if configured else max(1, len(os.sched_getaffinity(0)))


def parse_chunk_files() -> int:
    """Files handed to a parse worker at a time (AKHBAR_PARSE_CHUNK, default 64)."""
    return max(1, int(os.environ.get("AKHBAR_PARSE_CHUNK") or 64))


def export_environment() -> None:
    """Pin both paths as absolute in os.environ for child processes (dbt)."""
    os.environ["AKHBAR_ARTICLES_DIR"] = str(articles_dir())
    os.environ["AKHBAR_WAREHOUSE"] = str(warehouse_path())
    os.environ.setdefault("DBT_PROFILES_DIR", str(DBT_PROJECT_DIR))


def ensure_dagster_home() -> Path:
    """DAGSTER_HOME (default ``./.dagster``) exists, with a dagster.yaml, so runs are kept for the UI."""
    home = Path(os.environ.get("DAGSTER_HOME") or PROJECT_ROOT / ".dagster").resolve()
    home.mkdir(parents=True, exist_ok=True)
    (home / "dagster.yaml").touch(exist_ok=True)
    os.environ["DAGSTER_HOME"] = str(home)
    return home
