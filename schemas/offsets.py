"""The offsets invariant, and turning a pandera model into a polars schema.

Invariant (DESIGN.md): for every row with offsets,
``body_text[char_start:char_end] == surface_text``. Mention frames do not carry
the article text, so the check runs on a frame joined with ``articles.body_text``.
"""

from __future__ import annotations

import pandera.polars as pa
import polars as pl


class OffsetsInvariantSchema(pa.DataFrameModel):
    """A mention frame joined with its article's body_text."""

    char_start: int = pa.Field(ge=0)
    char_end: int = pa.Field(ge=0)
    surface_text: str
    body_text: str

    @pa.dataframe_check(error="body_text[char_start:char_end] != surface_text")
    def surface_text_is_body_slice(cls, data: pa.PolarsData) -> pl.LazyFrame:
        frame = data.lazyframe
        sliced = pl.col("body_text").str.slice(pl.col("char_start"), pl.col("char_end") - pl.col("char_start"))
        return frame.select((sliced == pl.col("surface_text")) & (pl.col("char_end") > pl.col("char_start")))


def polars_schema(model: type[pa.DataFrameModel]) -> dict[str, pl.DataType]:
    """Column name -> polars dtype, in the model's column order (for building typed frames)."""
    return {name: column.dtype.type for name, column in model.to_schema().columns.items()}
