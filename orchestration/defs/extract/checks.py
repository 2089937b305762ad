"""pandera schemas as blocking asset checks: a failing frame stops its downstream assets.

Scale: the rows are streamed in record batches (memory stays flat however large the table),
and a parsed table is checked on the rows of the latest parse only (the older rows were
checked when they were loaded); keys declared unique are checked over the whole table in SQL,
and the offsets invariant is computed in DuckDB, which hands over only the failing rows.
"""

import dagster as dg
import duckdb
import pandera.polars as pa
import polars as pl

from orchestration.corpus import PARSED_TABLES
from orchestration.parse_step import MANIFEST
from orchestration.presentation import markdown_table
from orchestration.resources import WarehouseResource
from orchestration.settings import WAREHOUSE_TAG
from orchestration.warehouse import RAW_SCHEMA, table_exists, validate
from schemas import FRAME_SCHEMAS, OffsetsInvariantSchema

# every raw frame has a pandera model (schemas.FRAME_SCHEMAS), so every one is checked
CHECKED_TABLES = list(FRAME_SCHEMAS)
# Tables whose rows point into body_text through surface text (sentences use "text").
SPANNED = {
    "sentences": "text",
    "statements": "surface_text",
    "date_mentions": "surface_text",
    "number_mentions": "surface_text",
    "source_mentions": "surface_text",
    "place_mentions": "surface_text",
}
_BATCH_ROWS = 200_000


def latest_rows_filter(conn: duckdb.DuckDBPyConnection, table: str) -> str:
    """A WHERE clause keeping the rows of the latest parse (no filter outside the parsed tables)."""
    if table not in PARSED_TABLES or not table_exists(conn, *MANIFEST.split(".")):
        return "true"
    latest = f"SELECT content_sha256 FROM {MANIFEST} WHERE parsed_at = (SELECT max(parsed_at) FROM {MANIFEST})"
    if table == "articles":
        return f"content_sha256 IN ({latest})"
    return f"article_id IN (SELECT article_id FROM {RAW_SCHEMA}.articles WHERE content_sha256 IN ({latest}))"


def _select(table: str) -> str:
    # raw_files.text is only "a string or null": check that without moving every page's text out of DuckDB
    if table == "raw_files":
        return "* REPLACE (CASE WHEN text IS NULL THEN NULL ELSE '' END AS text)"
    return "*"


def _schema_errors(conn: duckdb.DuckDBPyConnection, table: str, where: str) -> tuple[int, list]:
    """pandera over the selected rows, batch by batch: (rows checked, SchemaErrors found)."""
    reader = conn.execute(f"SELECT {_select(table)} FROM {RAW_SCHEMA}.{table} WHERE {where}").fetch_record_batch(
        _BATCH_ROWS
    )
    checked, problems = 0, []
    for batch in reader:
        frame = pl.from_arrow(batch)
        checked += frame.height
        errors = validate(table, frame)
        if errors is not None:
            problems.append(errors)
    return checked, problems


def _duplicate_keys(conn: duckdb.DuckDBPyConnection, table: str) -> pl.DataFrame | None:
    """Values of the columns declared unique that occur more than once anywhere in the table."""
    unique = [name for name, column in FRAME_SCHEMAS[table].to_schema().columns.items() if column.unique]
    found = [
        conn.execute(
            f"SELECT '{column}' AS \"column\", {column}::VARCHAR AS failure_case, 'duplicate key' AS \"check\" "
            f"FROM {RAW_SCHEMA}.{table} GROUP BY {column} HAVING count(*) > 1 LIMIT 20"
        ).pl()
        for column in unique
    ]
    found = [frame for frame in found if frame.height]
    return pl.concat(found) if found else None


def _offsets_errors(conn: duckdb.DuckDBPyConnection, table: str, where: str) -> pa.errors.SchemaErrors | None:
    surface = SPANNED[table]
    frame = conn.execute(
        f"SELECT m.char_start, m.char_end, m.{surface} AS surface_text, a.body_text "
        f"FROM (SELECT * FROM {RAW_SCHEMA}.{table} WHERE {where}) m JOIN {RAW_SCHEMA}.articles a USING (article_id) "
        "WHERE m.char_start < 0 OR m.char_end <= m.char_start "
        f"OR substring(a.body_text, m.char_start + 1, m.char_end - m.char_start) IS DISTINCT FROM m.{surface}"
    ).pl()
    try:
        OffsetsInvariantSchema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        return errors
    return None


def _failure_table(errors: pa.errors.SchemaErrors) -> pl.DataFrame:
    cases = errors.failure_cases
    return cases if isinstance(cases, pl.DataFrame) else pl.DataFrame(cases)


def _pandera_check(table: str) -> dg.AssetChecksDefinition:
    @dg.asset_check(
        asset=dg.AssetKey(["raw", table]),
        name="pandera_schema",
        blocking=True,
        op_tags=WAREHOUSE_TAG,
        description=f"Validates raw.{table} with its pandera schema (schemas/)"
        + (" and the offsets invariant body_text[char_start:char_end] = surface text." if table in SPANNED else "."),
    )
    def _check(warehouse: WarehouseResource) -> dg.AssetCheckResult:
        with warehouse.get_connection() as conn:
            where = latest_rows_filter(conn, table)
            checked, problems = _schema_errors(conn, table, where)
            offsets = _offsets_errors(conn, table, where) if table in SPANNED else None
            duplicates = _duplicate_keys(conn, table)
        tables = [_failure_table(e) for e in [*problems, offsets] if e is not None]
        tables += [duplicates] if duplicates is not None else []
        failures = pl.concat(tables, how="diagonal_relaxed") if tables else None
        return dg.AssetCheckResult(
            passed=failures is None,
            metadata={
                "rows_checked": checked,
                "scope": "rows of the latest parse" if where != "true" else "every row",
                "n_failure_cases": 0 if failures is None else failures.height,
                "failure_cases": dg.MetadataValue.md(
                    markdown_table(failures, limit=20) if failures is not None else "_none_"
                ),
            },
        )

    return _check


pandera_checks = [_pandera_check(table) for table in CHECKED_TABLES]
