"""Every mart as a Parquet file, for BI tools that read Parquet (Superset, Power BI, Evidence, pandas)."""

import os

import dagster as dg

from orchestration.defs.marts.snapshot import MART_KEYS
from orchestration.resources import WarehouseResource
from orchestration.settings import WAREHOUSE_TAG, exports_dir


@dg.asset(
    key=["parquet_exports"],
    group_name="marts",
    kinds={"parquet"},
    op_tags=WAREHOUSE_TAG,
    deps=MART_KEYS,
    description="One Parquet file per mart in AKHBAR_EXPORTS_DIR (default ./exports), replaced atomically "
    "after every build.",
)
def parquet_exports(warehouse: WarehouseResource) -> dg.MaterializeResult:
    folder = exports_dir()
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    with warehouse.get_connection() as conn:
        for key in MART_KEYS:
            schema, table = key.path
            target = folder / f"{table}.parquet"
            staging = folder / f".{table}.parquet.{os.getpid()}.tmp"
            # DuckDB writes the file itself, streaming: a mart of millions of rows never sits in memory
            quoted = str(staging).replace("'", "''")
            conn.execute(f'COPY (SELECT * FROM "{schema}"."{table}") TO \'{quoted}\' (FORMAT parquet)')
            os.replace(staging, target)
            written[table] = conn.execute(f'select count(*) from "{schema}"."{table}"').fetchone()[0]
    return dg.MaterializeResult(
        metadata={
            "folder": dg.MetadataValue.path(str(folder)),
            **{f"rows {table}": rows for table, rows in written.items()},
        }
    )
