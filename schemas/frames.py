"""One pandera model per raw frame. Column names are the warehouse contract's."""

from __future__ import annotations

from datetime import date, datetime

import pandera.polars as pa
import polars as pl

from akhbar.records import (
    DATE_GRANULARITIES,
    DATE_QUALIFIERS,
    LINK_REASONS,
    NUMBER_QUALIFIERS,
    PUBLISHER_RELATIONS,
    SENTENCE_KINDS,
    SOURCE_KINDS,
    SOURCE_ROLES,
    SPEAKER_KINDS,
)


class _Spanned(pa.DataFrameModel):
    """Rows that point into an article's body_text."""

    article_id: str = pa.Field(nullable=False)
    char_start: int = pa.Field(ge=0)
    char_end: int = pa.Field(ge=1)

    @pa.dataframe_check(error="char_end must be greater than char_start")
    def span_not_empty(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("char_end") > pl.col("char_start"))


class RawFilesSchema(pa.DataFrameModel):
    """One row per file seen in the landing folder (quarantined ones included)."""

    source_file: str = pa.Field(unique=True)
    content_sha256: str = pa.Field(nullable=True, str_length={"min_value": 64, "max_value": 64})
    n_bytes: int = pa.Field(ge=0)
    mtime_ns: int = pa.Field(nullable=True)  # with n_bytes: an unchanged file is not read again
    encoding: str = pa.Field(nullable=True)
    format: str = pa.Field(isin=["text", "html", "jsonl"])
    status: str = pa.Field(isin=["decoded", "duplicate", "quarantined"])
    error_stage: str = pa.Field(nullable=True, isin=["read", "decode"])
    error: str = pa.Field(nullable=True)
    text: str = pa.Field(nullable=True)
    ingested_at: datetime


class IngestErrorsSchema(pa.DataFrameModel):
    """Quarantine: a file (or an article of it) that could not be read or parsed, and why."""

    source_file: str
    stage: str = pa.Field(
        isin=[
            "read",
            "decode",
            "record",
            "split",
            "segment",
            "statements",
            "dates",
            "numbers",
            "sources",
            "places",
            "claims",
            "fingerprint",
        ]
    )
    error: str = pa.Field(str_length={"min_value": 1})
    occurred_at: datetime


class ArticlesSchema(pa.DataFrameModel):
    article_id: str = pa.Field(unique=True)
    source_file: str
    article_index: int = pa.Field(ge=0)
    content_sha256: str
    encoding: str
    title: str = pa.Field(nullable=True)
    title_start: int = pa.Field(nullable=True, ge=0)
    title_end: int = pa.Field(nullable=True, ge=0)
    publisher: str = pa.Field(nullable=True)
    publisher_start: int = pa.Field(nullable=True, ge=0)
    publisher_end: int = pa.Field(nullable=True, ge=0)
    published_date: date = pa.Field(nullable=True)
    published_text: str = pa.Field(nullable=True)
    published_start: int = pa.Field(nullable=True, ge=0)
    published_end: int = pa.Field(nullable=True, ge=0)
    url: str = pa.Field(nullable=True)
    body_text: str = pa.Field(str_length={"min_value": 1})
    n_chars: int = pa.Field(ge=1)
    ingested_at: datetime

    @pa.dataframe_check(error="n_chars must equal the length of body_text")
    def n_chars_matches(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("body_text").str.len_chars() == pl.col("n_chars"))

    @pa.dataframe_check(error="title/publisher/published_text must be the body_text slice at their offsets")
    def metadata_spans_match(cls, data: pa.PolarsData) -> pl.LazyFrame:
        def ok(field: str) -> pl.Expr:
            start, end = pl.col(f"{field}_start"), pl.col(f"{field}_end")
            value = "published_text" if field == "published" else field
            sliced = pl.col("body_text").str.slice(start, end - start)
            return start.is_null() | (sliced == pl.col(value))

        return data.lazyframe.select(ok("title") & ok("publisher") & ok("published"))


class SentencesSchema(_Spanned):
    sentence_index: int = pa.Field(ge=0)
    paragraph_index: int = pa.Field(ge=0)
    text: str
    kind: str = pa.Field(isin=list(SENTENCE_KINDS))


class StatementsSchema(_Spanned):
    statement_id: str = pa.Field(unique=True)
    sentence_index: int = pa.Field(ge=0)
    surface_text: str
    speaker_text: str = pa.Field(nullable=True)
    speaker_start: int = pa.Field(nullable=True, ge=0)
    speaker_end: int = pa.Field(nullable=True, ge=0)
    speaker_canonical: str = pa.Field(nullable=True)
    speaker_kind: str = pa.Field(isin=list(SPEAKER_KINDS))
    verb_text: str
    content_text: str
    content_start: int = pa.Field(ge=0)
    content_end: int = pa.Field(ge=0)
    is_direct_quote: bool
    via_text: str = pa.Field(nullable=True)
    via_source_key: str = pa.Field(nullable=True)
    actor_key: str = pa.Field(nullable=True)
    actor_id: str = pa.Field(nullable=True, str_matches=r"^a[0-9a-f]{15}$")


class DateMentionsSchema(_Spanned):
    date_mention_id: str = pa.Field(unique=True)
    sentence_index: int = pa.Field(ge=0)
    surface_text: str
    date_value: str = pa.Field(nullable=True, str_matches=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    period_start: date = pa.Field(nullable=True)
    period_end: date = pa.Field(nullable=True)
    granularity: str = pa.Field(isin=list(DATE_GRANULARITIES))
    is_relative: bool
    year_inferred: bool
    qualifier: str = pa.Field(nullable=True, isin=list(DATE_QUALIFIERS))
    statement_id: str = pa.Field(nullable=True)

    @pa.dataframe_check(error="period_start must not be after period_end")
    def period_ordered(cls, data: pa.PolarsData) -> pl.LazyFrame:
        start, end = pl.col("period_start"), pl.col("period_end")
        return data.lazyframe.select(start.is_null() | end.is_null() | (start <= end))


class NumberMentionsSchema(_Spanned):
    number_mention_id: str = pa.Field(unique=True)
    sentence_index: int = pa.Field(ge=0)
    surface_text: str
    value: float
    qualifier: str = pa.Field(nullable=True, isin=list(NUMBER_QUALIFIERS))
    unit_text: str = pa.Field(nullable=True)
    unit: str = pa.Field(nullable=True)
    statement_id: str = pa.Field(nullable=True)
    subject: str = pa.Field(nullable=True)
    place_mention_id: str = pa.Field(nullable=True)
    place_id: str = pa.Field(nullable=True)
    is_projection: bool


class PlaceMentionsSchema(_Spanned):
    """Gazetteer places named in the text (akhbar.places)."""

    place_mention_id: str = pa.Field(unique=True)
    sentence_index: int = pa.Field(nullable=True, ge=0)
    surface_text: str
    place_id: str


class ArticleFingerprintsSchema(pa.DataFrameModel):
    """MinHash of each article's word 5-grams (akhbar.syndication), for near-copy detection."""

    article_id: str = pa.Field(unique=True)
    n_shingles: int = pa.Field(ge=0)
    minhash: bytes  # NUM_PERM little-endian uint32 values


class ArticleLinksSchema(pa.DataFrameModel):
    """Two articles that carry the same story (akhbar.syndication.Link)."""

    article_a: str
    article_b: str
    reason: str = pa.Field(isin=list(LINK_REASONS))
    similarity: float = pa.Field(ge=0, le=1)

    @pa.dataframe_check(error="article_a must sort before article_b")
    def ordered_pair(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("article_a") < pl.col("article_b"))


class DuplicateGroupsSchema(pa.DataFrameModel):
    """Every article's group of copies (a singleton is its own group)."""

    article_id: str = pa.Field(unique=True)
    duplicate_group_id: str
    linked_at: datetime  # when the article was first compared with the corpus (later runs compare only newer ones)


class SourceMentionsSchema(_Spanned):
    source_mention_id: str = pa.Field(unique=True)
    surface_text: str
    source_key: str
    source_name: str
    source_name_ar: str = pa.Field(nullable=True)
    source_kind: str = pa.Field(isin=list(SOURCE_KINDS))
    role: str = pa.Field(isin=list(SOURCE_ROLES))
    sentence_index: int = pa.Field(nullable=True, ge=0)
    # own / aggregator / original for a publisher (aggregator site and credited original outlet); null for cited
    relation: str = pa.Field(nullable=True, isin=list(PUBLISHER_RELATIONS))

    @pa.dataframe_check(error="relation is set exactly for publisher mentions")
    def relation_only_for_publishers(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select((pl.col("role") == "publisher") == pl.col("relation").is_not_null())
