"""pandera schemas, one per frame the pipeline writes to DuckDB's ``raw`` schema.

Shared by the Dagster assets (to build typed frames and run blocking asset
checks) and by the tests. ``FRAME_SCHEMAS`` maps each raw table to its model.
"""

from schemas.frames import (
    ArticleFingerprintsSchema,
    ArticleLinksSchema,
    ArticlesSchema,
    DateMentionsSchema,
    DuplicateGroupsSchema,
    IngestErrorsSchema,
    NumberMentionsSchema,
    PlaceMentionsSchema,
    RawFilesSchema,
    SentencesSchema,
    SourceMentionsSchema,
    StatementsSchema,
)
from schemas.offsets import OffsetsInvariantSchema, polars_schema

FRAME_SCHEMAS = {
    "raw_files": RawFilesSchema,
    "ingest_errors": IngestErrorsSchema,
    "articles": ArticlesSchema,
    "sentences": SentencesSchema,
    "statements": StatementsSchema,
    "date_mentions": DateMentionsSchema,
    "number_mentions": NumberMentionsSchema,
    "source_mentions": SourceMentionsSchema,
    "place_mentions": PlaceMentionsSchema,
    "article_fingerprints": ArticleFingerprintsSchema,
    "article_links": ArticleLinksSchema,
    "duplicate_groups": DuplicateGroupsSchema,
}

__all__ = ["FRAME_SCHEMAS", "OffsetsInvariantSchema", "polars_schema", *(m.__name__ for m in FRAME_SCHEMAS.values())]
