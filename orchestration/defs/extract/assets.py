"""Articles, sentences and the four extracted frames, each written to DuckDB's ``raw`` schema."""

from collections.abc import Callable
from datetime import datetime

import dagster as dg
import polars as pl
from dagster_duckdb import DuckDBResource

from orchestration import corpus
from orchestration.presentation import frame_metadata, per_article_counts
from orchestration.stage_errors import replace_stage_errors
from orchestration.warehouse import read_table, replace_table, to_frame

RAW = ["raw"]
ARTICLE_COLUMNS = "*"


def _store(duckdb: DuckDBResource, table: str, stage: str, result: corpus.StageResult,
           preview: list[str], articles: pl.DataFrame | None = None) -> dg.MaterializeResult:
    """Write a stage's frame and its quarantine rows; return count, preview and per-article counts."""
    frame = to_frame(table, result.rows)
    with duckdb.get_connection() as conn:
        replace_table(conn, table, frame)
        replace_stage_errors(conn, [stage], result.errors)
    metadata = {**frame_metadata(frame, preview), "quarantined_articles": len(result.errors)}
    if articles is not None:
        metadata.update(per_article_counts(frame, articles))
    return dg.MaterializeResult(metadata=metadata)


def _read(duckdb: DuckDBResource, *tables: str) -> list[pl.DataFrame]:
    with duckdb.get_connection() as conn:
        return [read_table(conn, table) for table in tables]


def _rows(frame: pl.DataFrame) -> list[dict]:
    return list(corpus.iter_rows(frame))


@dg.asset(key_prefix=RAW, group_name="extract", kinds={"python", "duckdb"}, deps=[dg.AssetKey(["raw", "raw_files"])],
          description="Articles: text normalised, page chrome removed, pages holding several articles split; "
          "title, publisher and publication date with their offsets in body_text.")
def articles(duckdb: DuckDBResource) -> dg.MaterializeResult:
    files, previous = _read(duckdb, "raw_files", "articles")
    first_seen = dict(zip(previous["article_id"], previous["ingested_at"], strict=True))
    result = corpus.split_files(_rows(files.filter(pl.col("status") == "decoded")), datetime.now(), first_seen)
    return _store(duckdb, "articles", "split", result,
                  ["article_id", "source_file", "article_index", "title", "publisher", "published_date", "n_chars"])


@dg.asset(key_prefix=RAW, group_name="extract", kinds={"python", "duckdb"}, deps=[dg.AssetKey(["raw", "articles"])],
          description="Paragraphs and sentences of every article, with offsets into body_text.")
def sentences(duckdb: DuckDBResource) -> dg.MaterializeResult:
    (arts,) = _read(duckdb, "articles")
    result = corpus.segment_articles(_rows(arts), datetime.now())
    return _store(duckdb, "sentences", "segment", result,
                  ["article_id", "sentence_index", "kind", "text"], arts)


def _extract_asset(name: str, stage: str, inputs: list[str], preview: list[str], description: str,
                   run: Callable[..., corpus.StageResult]) -> dg.AssetsDefinition:
    """An asset that reads ``articles`` plus ``inputs`` from raw and runs one extractor over them."""

    @dg.asset(name=name, key_prefix=RAW, group_name="extract", kinds={"python", "duckdb"},
              deps=[dg.AssetKey(["raw", table]) for table in ["articles", *inputs]], description=description)
    def _asset(duckdb: DuckDBResource) -> dg.MaterializeResult:
        arts, *frames = _read(duckdb, "articles", *inputs)
        result = run(_rows(arts), *[_rows(f) for f in frames], datetime.now())
        return _store(duckdb, name, stage, result, preview, arts)

    return _asset


statements = _extract_asset(
    "statements", "statements", ["sentences"],
    ["article_id", "speaker_text", "speaker_canonical", "speaker_kind", "verb_text", "content_text", "via_text"],
    "Attributed statements: speaker (as written, canonical, kind), reporting verb, content, direct-quote flag, "
    "relaying outlet.",
    corpus.extract_statement_rows,
)
date_mentions = _extract_asset(
    "date_mentions", "dates", ["sentences", "statements"],
    ["article_id", "surface_text", "date_value", "granularity", "qualifier", "is_relative"],
    "Temporal expressions normalised to ISO values and DATE periods; relative ones resolved against the "
    "publication date.",
    corpus.extract_date_rows,
)
number_mentions = _extract_asset(
    "number_mentions", "numbers", ["sentences", "statements", "date_mentions"],
    ["article_id", "surface_text", "value", "qualifier", "unit_text", "unit"],
    "Cardinal quantities (numbers inside dates excluded) with qualifier and counted noun.",
    corpus.extract_number_rows,
)
source_mentions = _extract_asset(
    "source_mentions", "sources", ["sentences", "statements"],
    ["article_id", "surface_text", "source_key", "source_kind", "role"],
    "The publisher of each article and every source it cites, canonicalised.",
    corpus.extract_source_rows,
)
