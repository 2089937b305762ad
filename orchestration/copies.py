"""Copies of one story, found incrementally: a run compares only the new articles with the corpus.

The rules are akhbar.syndication's (near_copy, shared_wire_account); what changes here is the
cost. Near-copy candidates come from the same LSH banding datasketch uses (``b`` bands of
``r`` MinHash values for the candidate threshold), computed with numpy over the stored
signatures and joined in polars, so a run over 100,000 articles takes about a second and pairs
among old articles are never recomputed. Quotes relayed by an outlet are compared exactly,
new quotes against that outlet's earlier ones; a full run uses akhbar.syndication as is.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import cache

import numpy as np
import polars as pl
from datasketch import MinHashLSH

from akhbar.syndication import (
    CANDIDATE_JACCARD,
    CONTAINMENT,
    MIN_QUOTE_WORDS,
    MIN_SHINGLES,
    NEAR_COPY_JACCARD,
    NUM_PERM,
    WIRE_QUOTE_JACCARD,
    Link,
    RelayedQuote,
    containment,
    content_words,
    wire_account_links,
)


@cache
def lsh_bands() -> tuple[int, int]:
    """(bands, rows per band) datasketch picks for the candidate threshold: the same candidates as its LSH."""
    lsh = MinHashLSH(threshold=CANDIDATE_JACCARD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


def band_keys(signatures: np.ndarray) -> np.ndarray:
    """One 64-bit key per (article, band): equal bands give equal keys (a rare collision only adds a candidate)."""
    bands, rows = lsh_bands()
    values = signatures[:, : bands * rows].astype(np.uint64).reshape(len(signatures), bands, rows)
    keys = np.zeros((len(signatures), bands), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for column in range(rows):
            keys = (keys * np.uint64(0x100000001B3)) ^ (values[:, :, column] + np.uint64(0x9E3779B97F4A7C15))
    return keys


def near_copy_links_among(
    article_ids: Sequence[str], signatures: np.ndarray, n_shingles: np.ndarray, is_new: np.ndarray
) -> list[Link]:
    """near_copy links of every pair with at least one new article (akhbar.syndication's thresholds)."""
    eligible = np.flatnonzero(n_shingles >= MIN_SHINGLES)
    if not len(eligible) or not is_new[eligible].any():
        return []
    bands, _ = lsh_bands()
    keys = band_keys(signatures[eligible])
    buckets = pl.DataFrame(
        {
            "row": np.repeat(eligible, bands),
            "band": np.tile(np.arange(bands, dtype=np.int32), len(eligible)),
            "key": keys.ravel(),
        }
    )
    new_buckets = buckets.filter(pl.Series(is_new[buckets["row"].to_numpy()]))
    pairs = (
        new_buckets.join(buckets, on=["band", "key"], suffix="_other")
        .filter(pl.col("row") != pl.col("row_other"))
        .select(pl.min_horizontal("row", "row_other").alias("a"), pl.max_horizontal("row", "row_other").alias("b"))
        .unique()
    )
    a, b = pairs["a"].to_numpy(), pairs["b"].to_numpy()
    jaccard = (signatures[a] == signatures[b]).mean(axis=1) if len(a) else np.array([])
    links = []
    for i, j, sim in zip(a, b, jaccard, strict=True):
        contained = containment(float(sim), int(n_shingles[i]), int(n_shingles[j]))
        if sim >= NEAR_COPY_JACCARD or contained >= CONTAINMENT:
            first, second = sorted((article_ids[i], article_ids[j]))
            links.append(Link(first, second, "near_copy", round(max(float(sim), contained), 3)))
    return sorted(links, key=lambda link: (link.article_a, link.article_b))


def wire_links_with_new(quotes: Sequence[RelayedQuote], new_articles: set[str]) -> list[Link]:
    """shared_wire_account links between a quote of a new article and any quote of the same outlet (exact)."""
    outlets = {q.via_source_id for q in quotes if q.article_id in new_articles}
    by_outlet: dict[str, list[tuple[str, set[str]]]] = defaultdict(list)
    for quote in quotes:
        if quote.via_source_id in outlets:
            words = content_words(quote.content_text)
            if len(words) >= MIN_QUOTE_WORDS:
                by_outlet[quote.via_source_id].append((quote.article_id, words))
    best: dict[tuple[str, str], float] = {}
    for items in by_outlet.values():
        for article_id, words in items:
            if article_id not in new_articles:
                continue
            for other_id, other_words in items:
                if other_id == article_id or (other_id in new_articles and other_id < article_id):
                    continue  # a pair of two new articles is seen from its first one
                jaccard = len(words & other_words) / len(words | other_words)
                if jaccard >= WIRE_QUOTE_JACCARD:
                    key = (min(article_id, other_id), max(article_id, other_id))
                    best[key] = max(best.get(key, 0.0), jaccard)
    return [Link(a, b, "shared_wire_account", round(sim, 3)) for (a, b), sim in sorted(best.items())]


def links_with_new(
    article_ids: Sequence[str],
    signatures: np.ndarray,
    n_shingles: np.ndarray,
    quotes: Sequence[RelayedQuote],
    new_articles: set[str],
) -> list[Link]:
    """Every link that involves a new article; all links when every article is new."""
    is_new = np.fromiter((a in new_articles for a in article_ids), dtype=bool, count=len(article_ids))
    near = near_copy_links_among(article_ids, signatures, n_shingles, is_new)
    if len(new_articles) >= len(article_ids):
        wire = wire_account_links(quotes)
    else:
        wire = wire_links_with_new(quotes, new_articles)
    return near + wire
