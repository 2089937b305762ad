"""Articles, sentences, the extracted frames and the quarantine: one parse step, nine assets.

Every article is parsed whole (split, segment, extractors, fingerprint) before any of its
rows are kept. The step is incremental and uses every core (orchestration/parse_step.py):
only files whose content is not in the ``raw.parsed_files`` manifest are parsed, in a process
pool, and appended in committed batches that each hold whole articles; rows of files that
are gone or changed are deleted first. Progress (files of the total, rate, time left) goes
to the run log.
"""

from collections.abc import Iterator
from datetime import datetime

import dagster as dg

from orchestration import parse_step
from orchestration.presentation import markdown_table
from orchestration.progress import Progress
from orchestration.resources import WarehouseResource
from orchestration.settings import WAREHOUSE_TAG, parse_chunk_files, parse_workers
from orchestration.warehouse import RAW_SCHEMA

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
    op_tags=WAREHOUSE_TAG,
)
def parsed_articles(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> Iterator[dg.MaterializeResult]:
    """Parse the files not parsed yet, on every core, and append their rows in committed batches."""
    tables = [table for table in PARSED if table != "ingest_errors"]
    with warehouse.get_connection() as conn:
        plan = parse_step.plan_parse(conn, tables)
        workers = parse_workers()
        context.log.info(
            f"parser {parse_step.parser_version()}: {len(plan.todo)} files to parse "
            f"({'full re-parse' if plan.full_refresh else f'{plan.n_unchanged} already parsed'}), "
            f"{len(plan.stale)} gone or changed, {workers} worker processes"
        )
        progress = Progress(len(plan.todo), "parsed", log=context.log.info)
        try:
            summary = parse_step.run_parse(
                conn,
                plan,
                datetime.now(),
                workers,
                parse_chunk_files(),
                on_progress=lambda files, articles: progress.advance(files, articles=articles),
            )
        finally:
            progress.close()
        totals = {table: conn.execute(f"SELECT count(*) FROM {RAW_SCHEMA}.{table}").fetchone()[0] for table in PARSED}
        previews = {
            table: conn.execute(
                f"SELECT {', '.join(preview)} FROM {RAW_SCHEMA}.{table} ORDER BY {preview[0]} LIMIT 5"
            ).pl()
            for table, (_, _, preview) in PARSED.items()
        }
    for table in PARSED:
        metadata = {
            "dagster/row_count": dg.MetadataValue.int(totals[table]),
            "rows_added_this_run": summary.per_table.get(table, 0),
            "preview": dg.MetadataValue.md(markdown_table(previews[table])),
        }
        if table == "articles":
            metadata.update(
                files_parsed_this_run=summary.n_files,
                files_already_parsed=plan.n_unchanged,
                files_gone_or_changed=len(plan.stale),
                full_reparse=plan.full_refresh,
                parser_version=parse_step.parser_version(),
                worker_processes=workers,
                quarantined_articles_this_run=summary.n_errors,
            )
        yield dg.MaterializeResult(asset_key=dg.AssetKey(["raw", table]), metadata=metadata)
