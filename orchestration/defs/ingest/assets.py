"""Raw files from the landing folder: read, hash, decode; unreadable ones quarantined.

Incremental: a file whose size and modification time match its raw_files row is not read
again; new and changed files are read in batches (memory stays flat however large the
folder), rows of removed or changed files are dropped, all in one transaction.
"""

from datetime import datetime

import dagster as dg

from orchestration import corpus
from orchestration.ingest_step import ingest_folder
from orchestration.presentation import markdown_table
from orchestration.progress import Progress
from orchestration.resources import WarehouseResource
from orchestration.settings import WAREHOUSE_TAG, articles_dir, max_file_bytes
from orchestration.warehouse import RAW_SCHEMA


@dg.asset(
    key_prefix=["raw"],
    group_name="ingest",
    kinds={"python", "duckdb"},
    op_tags=WAREHOUSE_TAG,
    description="Every file in AKHBAR_ARTICLES_DIR: content hash, detected encoding and decoded text. "
    "Files that cannot be read or decoded get status quarantined, with the stage and reason "
    "(collected into raw.ingest_errors by the parse step); "
    "a file with the same bytes as another is recorded as a duplicate and parsed once. "
    "Only new or changed files (size, modification time) are read on a rerun.",
)
def raw_files(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    folder = articles_dir()
    progress: list[Progress] = []

    def announce(plan: corpus.ScanPlan) -> None:
        context.log.info(
            f"{folder}: {len(plan.to_read)} files to read, {plan.n_unchanged} unchanged, "
            f"{len(plan.dropped)} rows to drop (removed or changed)"
        )
        progress.append(Progress(len(plan.to_read), "read", log=context.log.info))

    with warehouse.get_connection() as conn:
        try:
            summary = ingest_folder(
                conn, folder, datetime.now(), max_file_bytes(), announce, lambda n: progress[0].advance(n)
            )
        finally:
            for bar in progress:
                bar.close()
        counts = dict(conn.execute(f"SELECT status, count(*) FROM {RAW_SCHEMA}.raw_files GROUP BY 1").fetchall())
        quarantined = conn.execute(
            f"SELECT source_file, error FROM {RAW_SCHEMA}.raw_files WHERE status = 'quarantined' ORDER BY 1 LIMIT 50"
        ).pl()
        preview = conn.execute(
            f"SELECT source_file, status, encoding, n_bytes, error FROM {RAW_SCHEMA}.raw_files "
            "ORDER BY ingested_at DESC, source_file LIMIT 5"
        ).pl()
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": dg.MetadataValue.int(sum(counts.values())),
            "preview": dg.MetadataValue.md(markdown_table(preview)),
            "articles_dir": dg.MetadataValue.path(str(folder)),
            "files_read_this_run": summary.n_read,
            "files_unchanged": summary.n_unchanged,
            "rows_dropped": summary.n_dropped,
            "files_decoded": counts.get("decoded", 0),
            "files_duplicate": counts.get("duplicate", 0),
            "files_quarantined": counts.get("quarantined", 0),
            "quarantined": dg.MetadataValue.md(markdown_table(quarantined, limit=50)),
        }
    )
