"""Materialisation metadata an analyst reads at a glance: counts and a preview."""

from __future__ import annotations

from typing import Any

import dagster as dg
import polars as pl

_PREVIEW_ROWS = 5
_CELL_CHARS = 60


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    text = text.replace("\n", " ").replace("|", "\\|")
    return text if len(text) <= _CELL_CHARS else text[: _CELL_CHARS - 1] + "…"


def markdown_table(frame: pl.DataFrame, limit: int = _PREVIEW_ROWS) -> str:
    """The first rows of ``frame`` as a markdown table, long cells cut."""
    if frame.is_empty():
        return "_no rows_"
    head = frame.head(limit)
    lines = ["| " + " | ".join(head.columns) + " |", "|" + "---|" * head.width]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in head.iter_rows()]
    return "\n".join(lines)


def frame_metadata(frame: pl.DataFrame, preview_columns: list[str] | None = None) -> dict[str, Any]:
    """Row count and a markdown preview of the first rows."""
    shown = frame.select(preview_columns) if preview_columns else frame
    return {
        "dagster/row_count": dg.MetadataValue.int(frame.height),
        "preview": dg.MetadataValue.md(markdown_table(shown)),
    }
