"""pandera schemas as blocking asset checks: a failing frame stops its downstream assets."""

import dagster as dg
import pandera.polars as pa
import polars as pl

from orchestration.presentation import markdown_table
from orchestration.resources import WarehouseResource
from orchestration.warehouse import RAW_SCHEMA, read_table, validate
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


def _offsets_errors(conn, table: str) -> pa.errors.SchemaErrors | None:
    surface = SPANNED[table]
    frame = conn.execute(
        f"SELECT m.char_start, m.char_end, m.{surface} AS surface_text, a.body_text "
        f"FROM {RAW_SCHEMA}.{table} m JOIN {RAW_SCHEMA}.articles a USING (article_id)"
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
        description=f"Validates raw.{table} with its pandera schema (schemas/)"
        + (" and the offsets invariant body_text[char_start:char_end] = surface text." if table in SPANNED else "."),
    )
    def _check(warehouse: WarehouseResource) -> dg.AssetCheckResult:
        with warehouse.get_connection() as conn:
            frame = read_table(conn, table)
            problems = [
                e
                for e in (validate(table, frame), _offsets_errors(conn, table) if table in SPANNED else None)
                if e is not None
            ]
        failures = pl.concat([_failure_table(e) for e in problems], how="diagonal_relaxed") if problems else None
        return dg.AssetCheckResult(
            passed=not problems,
            metadata={
                "rows_checked": frame.height,
                "n_failure_cases": 0 if failures is None else failures.height,
                "failure_cases": dg.MetadataValue.md(
                    markdown_table(failures, limit=20) if failures is not None else "_none_"
                ),
            },
        )

    return _check


pandera_checks = [_pandera_check(table) for table in CHECKED_TABLES]
