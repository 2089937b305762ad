"""Raw files from the landing folder: read, hash, decode; unreadable ones quarantined."""

from datetime import datetime

import dagster as dg

from orchestration import corpus
from orchestration.presentation import frame_metadata, markdown_table
from orchestration.resources import WarehouseResource
from orchestration.settings import articles_dir, max_file_bytes
from orchestration.warehouse import replace_tables, to_frame


@dg.asset(
    key_prefix=["raw"],
    group_name="ingest",
    kinds={"python", "duckdb"},
    description="Every file in AKHBAR_ARTICLES_DIR: content hash, detected encoding and decoded text. "
    "Files that cannot be read or decoded get status quarantined, with the stage and reason "
    "(collected into raw.ingest_errors by the parse step); "
    "a file with the same bytes as another is recorded as a duplicate and parsed once.",
)
def raw_files(warehouse: WarehouseResource) -> dg.MaterializeResult:
    now = datetime.now()
    folder = articles_dir()
    frame = to_frame("raw_files", corpus.scan_files(folder, now, max_file_bytes()))
    with warehouse.get_connection() as conn:
        replace_tables(conn, {"raw_files": frame})
    quarantined = frame.filter(frame["status"] == "quarantined").select("source_file", "error")
    return dg.MaterializeResult(
        metadata={
            **frame_metadata(frame, ["source_file", "status", "encoding", "n_bytes", "error"]),
            "articles_dir": dg.MetadataValue.path(str(folder)),
            "files_decoded": int((frame["status"] == "decoded").sum()),
            "files_duplicate": int((frame["status"] == "duplicate").sum()),
            "files_quarantined": quarantined.height,
            "quarantined": dg.MetadataValue.md(markdown_table(quarantined, limit=50)),
        }
    )
