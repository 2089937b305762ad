"""Publish a read-only snapshot of the warehouse after the marts are built.

BI tools and ad-hoc SQL read the snapshot, never the working file: the
pipeline can then always take the writer's lock, and a reader sees one
consistent build (the snapshot is replaced with an atomic rename; a reader
that has the old one open keeps reading it until it reconnects).
"""

import os
import shutil

import dagster as dg

from orchestration.defs.marts.dbt_assets import akhbar_dbt_models
from orchestration.resources import WarehouseResource
from orchestration.settings import WAREHOUSE_TAG, snapshot_path

MART_KEYS = sorted((key for key in akhbar_dbt_models.keys if key.path[0] == "marts"), key=str)


@dg.asset(
    key=["warehouse_snapshot"],
    group_name="marts",
    kinds={"duckdb"},
    op_tags=WAREHOUSE_TAG,
    deps=MART_KEYS,
    description="A read-only copy of the whole warehouse (AKHBAR_SNAPSHOT, default warehouse.snapshot.duckdb), "
    "swapped in atomically after every build: point BI tools and SQL shells here.",
)
def warehouse_snapshot(warehouse: WarehouseResource) -> dg.MaterializeResult:
    target = snapshot_path()
    staging = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    # Holding the writer's connection keeps anyone else from writing during the copy;
    # CHECKPOINT folds the WAL into the file so the copy is complete on its own.
    with warehouse.get_connection() as conn:
        conn.execute("CHECKPOINT")
        shutil.copyfile(warehouse.database, staging)
        counts = {
            f"rows {'.'.join(key.path)}": conn.execute(
                f'select count(*) from "{key.path[0]}"."{key.path[1]}"'
            ).fetchone()[0]
            for key in MART_KEYS
        }
    os.replace(staging, target)
    return dg.MaterializeResult(
        metadata={"path": dg.MetadataValue.path(str(target)), "bytes": target.stat().st_size, **counts}
    )
