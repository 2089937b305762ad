"""Copies of one story across the corpus: links between articles and their groups.

A corpus-wide step after the parse: near-copies come from the stored MinHash of every
article (LSH, so the cost grows with the corpus), shared wire accounts from the statements
relayed by the same outlet (akhbar.syndication). Both tables are replaced in one transaction.
"""

from collections.abc import Iterator

import dagster as dg
import polars as pl

from orchestration import corpus
from orchestration.presentation import frame_metadata
from orchestration.resources import WarehouseResource
from orchestration.warehouse import read_table, replace_tables, to_frame


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            ["raw", "article_links"],
            group_name="extract",
            kinds={"python", "duckdb"},
            description="Pairs of articles that carry the same story: near_copy (MinHash of word 5-grams) or "
            "shared_wire_account (quotes relayed from the same outlet in other words), with the similarity.",
            deps=[dg.AssetKey(["raw", "article_fingerprints"]), dg.AssetKey(["raw", "statements"])],
        ),
        dg.AssetSpec(
            ["raw", "duplicate_groups"],
            group_name="extract",
            kinds={"python", "duckdb"},
            description="Every article's group of copies (connected components of the links); a singleton "
            "is its own group. Counting distinct groups counts a story once.",
            deps=[dg.AssetKey(["raw", "article_links"])],
        ),
    ],
    can_subset=False,
)
def article_copies(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> Iterator[dg.MaterializeResult]:
    """Link articles that are copies of one story and group them."""
    with warehouse.get_connection() as conn:
        fingerprints = read_table(conn, "article_fingerprints")
        statements = read_table(conn, "statements", "article_id, via_source_key AS via_source_id, content_text")
    links, groups = corpus.link_articles(corpus.iter_rows(fingerprints), corpus.iter_rows(statements))
    frames = {
        "article_links": to_frame("article_links", links),
        "duplicate_groups": to_frame("duplicate_groups", groups),
    }
    with warehouse.get_connection() as conn:
        replace_tables(conn, frames)
    n_grouped = frames["duplicate_groups"].group_by("duplicate_group_id").len().filter(pl.col("len") > 1)
    context.log.info(f"{len(links)} links; {n_grouped.height} groups of copies over {fingerprints.height} articles")
    yield dg.MaterializeResult(
        asset_key=dg.AssetKey(["raw", "article_links"]),
        metadata=frame_metadata(frames["article_links"], ["article_a", "article_b", "reason", "similarity"]),
    )
    yield dg.MaterializeResult(
        asset_key=dg.AssetKey(["raw", "duplicate_groups"]),
        metadata={
            **frame_metadata(frames["duplicate_groups"], ["article_id", "duplicate_group_id"]),
            "groups_with_copies": n_grouped.height,
        },
    )
