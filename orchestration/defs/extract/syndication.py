"""Copies of one story across the corpus: links between articles and their groups.

A corpus-wide step after the parse, incremental: only articles parsed since the last run
(not yet in ``raw.duplicate_groups``, or re-parsed after it) are compared with the corpus
(orchestration/copies.py: LSH banding over the stored MinHash, exact comparison of relayed
quotes); links among older articles are kept. Groups are recomputed from all the links
(union-find, fast). Both tables are replaced in one transaction.
"""

from collections.abc import Iterator
from dataclasses import asdict
from datetime import datetime

import dagster as dg
import numpy as np
import polars as pl

from akhbar.syndication import NUM_PERM, Link, RelayedQuote, duplicate_groups
from orchestration.copies import links_with_new
from orchestration.parse_step import MANIFEST
from orchestration.presentation import frame_metadata
from orchestration.resources import WarehouseResource
from orchestration.settings import WAREHOUSE_TAG
from orchestration.warehouse import RAW_SCHEMA, ensure_table, replace_tables, to_frame


def _new_articles(conn) -> set[str]:
    """Articles not linked yet, or re-parsed since they were."""
    return {
        row[0]
        for row in conn.execute(
            f"""
            SELECT a.article_id FROM {RAW_SCHEMA}.articles a
            LEFT JOIN {MANIFEST} m USING (content_sha256)
            LEFT JOIN {RAW_SCHEMA}.duplicate_groups g USING (article_id)
            WHERE g.article_id IS NULL OR m.parsed_at > g.linked_at
            """
        ).fetchall()
    }


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
    op_tags=WAREHOUSE_TAG,
)
def article_copies(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> Iterator[dg.MaterializeResult]:
    """Link the new articles to their copies in the corpus and regroup."""
    now = datetime.now()
    with warehouse.get_connection() as conn:
        for table in ("article_links", "duplicate_groups"):
            ensure_table(conn, table)
        new = _new_articles(conn)
        prints = conn.execute(
            f"SELECT article_id, n_shingles, minhash FROM {RAW_SCHEMA}.article_fingerprints ORDER BY article_id"
        ).pl()
        quotes = [
            RelayedQuote(*row)
            for row in conn.execute(
                f"SELECT article_id, via_source_key, content_text FROM {RAW_SCHEMA}.statements "
                "WHERE via_source_key IS NOT NULL AND content_text <> '' ORDER BY statement_id"
            ).fetchall()
        ]
        present = f"(SELECT article_id FROM {RAW_SCHEMA}.articles)"
        kept = conn.execute(
            f"SELECT * FROM {RAW_SCHEMA}.article_links WHERE article_a IN {present} AND article_b IN {present}"
        ).pl()
        first_linked = dict(conn.execute(f"SELECT article_id, linked_at FROM {RAW_SCHEMA}.duplicate_groups").fetchall())
    ids = prints["article_id"].to_list()
    signatures = np.frombuffer(b"".join(prints["minhash"].to_list()), dtype="<u4").reshape(len(ids), NUM_PERM)
    kept = kept.filter(~pl.col("article_a").is_in(list(new)) & ~pl.col("article_b").is_in(list(new)))
    fresh = links_with_new(ids, signatures, prints["n_shingles"].to_numpy(), quotes, new)
    links = [*kept.iter_rows(named=True), *(asdict(link) for link in fresh)]
    links.sort(key=lambda link: (link["article_a"], link["article_b"], link["reason"]))
    groups = duplicate_groups(ids, [Link(**link) for link in links])
    frames = {
        "article_links": to_frame("article_links", links),
        "duplicate_groups": to_frame(
            "duplicate_groups",
            (
                {"article_id": a, "duplicate_group_id": g, "linked_at": now if a in new else first_linked.get(a, now)}
                for a, g in groups.items()
            ),
        ),
    }
    with warehouse.get_connection() as conn:
        replace_tables(conn, frames)
    n_grouped = frames["duplicate_groups"].group_by("duplicate_group_id").len().filter(pl.col("len") > 1)
    context.log.info(
        f"{len(new)} new articles compared with {len(ids)}: {len(fresh)} new links, {kept.height} kept; "
        f"{n_grouped.height} groups of copies"
    )
    yield dg.MaterializeResult(
        asset_key=dg.AssetKey(["raw", "article_links"]),
        metadata={
            **frame_metadata(frames["article_links"], ["article_a", "article_b", "reason", "similarity"]),
            "articles_compared_this_run": len(new),
            "links_found_this_run": len(fresh),
        },
    )
    yield dg.MaterializeResult(
        asset_key=dg.AssetKey(["raw", "duplicate_groups"]),
        metadata={
            **frame_metadata(frames["duplicate_groups"], ["article_id", "duplicate_group_id"]),
            "groups_with_copies": n_grouped.height,
        },
    )
