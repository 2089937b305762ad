"""Articles, sentences, the extracted frames and the quarantine: one parse step, nine assets.

Every article is parsed whole (split, segment, extractors, fingerprint) before any of
its rows are kept, and the nine ``raw`` tables are replaced in one DuckDB
transaction: a failed article leaves no partial rows, and a crash mid-load
leaves the previous load intact.
"""

from collections.abc import Iterator
from datetime import datetime

import dagster as dg
import polars as pl

from orchestration import corpus
from orchestration.presentation import frame_metadata, markdown_table, per_article_counts
from orchestration.resources import WarehouseResource
from orchestration.warehouse import read_table, replace_tables, to_frame

# table -> (upstream table inside this step, description, preview columns)
PARSED = {
    "articles": (
        "raw_files",
        "Articles: text normalised, page chrome removed, pages holding several articles split; title, "
        "publisher and publication date with their offsets in body_text.",
        ["article_id", "source_file", "article_index", "title", "publisher", "published_date", "n_chars"],
    ),
    "sentences": (
        "articles",
        "Paragraphs and sentences of every article, with offsets into body_text.",
        ["article_id", "sentence_index", "kind", "text"],
    ),
    "statements": (
        "sentences",
        "Attributed statements: speaker (as written, canonical, kind), reporting verb, content, "
        "direct-quote flag, relaying outlet.",
        ["article_id", "speaker_text", "speaker_canonical", "speaker_kind", "verb_text", "content_text", "via_text"],
    ),
    "date_mentions": (
        "statements",
        "Temporal expressions normalised to ISO values and DATE periods; relative ones resolved "
        "against the publication date.",
        ["article_id", "surface_text", "date_value", "granularity", "qualifier", "is_relative"],
    ),
    "number_mentions": (
        "date_mentions",
        "Cardinal quantities (numbers inside dates excluded) with qualifier and counted noun.",
        ["article_id", "surface_text", "value", "qualifier", "unit_text", "unit"],
    ),
    "source_mentions": (
        "statements",
        "The publisher of each article and every source it cites, canonicalised.",
        ["article_id", "surface_text", "source_key", "source_kind", "role"],
    ),
    "place_mentions": (
        "sentences",
        "Places named in the text, from the gazetteer (akhbar/lexicons/places.csv, also a dbt seed).",
        ["article_id", "surface_text", "place_id"],
    ),
    "article_fingerprints": (
        "articles",
        "MinHash of each article's word 5-grams, for near-copy detection across the corpus.",
        ["article_id", "n_shingles"],
    ),
    "ingest_errors": (
        "raw_files",
        "Quarantine: every file that could not be read or decoded and every article that could not "
        "be parsed, with the stage (read, decode, split, segment, statements, dates, numbers, "
        "sources) and the reason.",
        ["source_file", "stage", "error"],
    ),
}


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            ["raw", table],
            group_name="extract",
            kinds={"python", "duckdb"},
            description=description,
            deps=[dg.AssetKey(["raw", upstream])],
        )
        for table, (upstream, description, _) in PARSED.items()
    ],
    can_subset=False,
)
def parsed_articles(warehouse: WarehouseResource) -> Iterator[dg.MaterializeResult]:
    """Parse every decoded file and load the six frames in one transaction."""
    with warehouse.get_connection() as conn:
        all_files = read_table(conn, "raw_files")
        previous = read_table(conn, "articles", "article_id, ingested_at")
    first_seen = dict(zip(previous["article_id"], previous["ingested_at"], strict=True))
    files = all_files.filter(pl.col("status") == "decoded")
    result = corpus.parse_files(corpus.iter_rows(files), datetime.now(), first_seen)
    errors = corpus.quarantined_file_errors(corpus.iter_rows(all_files)) + result.errors
    frames = {table: to_frame(table, rows) for table, rows in {**result.tables, "ingest_errors": errors}.items()}
    with warehouse.get_connection() as conn:
        replace_tables(conn, frames)
    for table, (_, _, preview) in PARSED.items():
        metadata = {**frame_metadata(frames[table], preview), "quarantined_articles": len(result.errors)}
        if table == "ingest_errors":
            metadata["per_file"] = dg.MetadataValue.md(markdown_table(frames[table], limit=50))
        elif table != "articles":
            metadata.update(per_article_counts(frames[table], frames["articles"]))
        else:
            metadata["files_parsed"] = result.n_files
        yield dg.MaterializeResult(asset_key=dg.AssetKey(["raw", table]), metadata=metadata)
