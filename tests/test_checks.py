"""pandera checks fail on bad frames and say why (failure cases in the metadata)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import dagster as dg
import duckdb

from orchestration.defs.extract.checks import pandera_checks
from orchestration.resources import WarehouseResource
from orchestration.warehouse import replace_table, to_frame, validate

BODY = "قال الوزير إن 500 جندي سيغادرون."


def _article(**overrides) -> dict:
    row = {
        "article_id": "a1",
        "source_file": "x.txt",
        "article_index": 0,
        "content_sha256": "0" * 64,
        "encoding": "utf-8",
        "body_text": BODY,
        "n_chars": len(BODY),
        "ingested_at": datetime(2025, 1, 1),
    }
    return {**row, **overrides}


def _number(**overrides) -> dict:
    row = {
        "number_mention_id": "a1-n1",
        "article_id": "a1",
        "sentence_index": 0,
        "char_start": 14,
        "char_end": 17,
        "surface_text": "500",
        "value": 500.0,
        "qualifier": None,
        "unit_text": "جندي",
        "unit": "soldier",
        "statement_id": None,
        "subject": "soldier",
        "is_projection": False,
    }
    return {**row, **overrides}


def _run_check(tmp_path: Path, table: str, rows: list[dict]) -> dg.AssetCheckResult:
    warehouse = tmp_path / "w.duckdb"
    with duckdb.connect(str(warehouse)) as conn:
        replace_table(conn, "articles", to_frame("articles", [_article()]))
        replace_table(conn, table, to_frame(table, rows))
    check = next(c for c in pandera_checks if next(iter(c.check_keys)).asset_key == dg.AssetKey(["raw", table]))
    return check(warehouse=WarehouseResource(database=str(warehouse)))


def test_valid_frame_passes(tmp_path: Path) -> None:
    result = _run_check(tmp_path, "number_mentions", [_number()])
    assert result.passed
    assert result.metadata["n_failure_cases"].value == 0


def test_offsets_that_do_not_slice_to_the_surface_text_fail(tmp_path: Path) -> None:
    result = _run_check(tmp_path, "number_mentions", [_number(char_start=13, char_end=16)])
    assert not result.passed
    assert "body_text[char_start:char_end]" in result.metadata["failure_cases"].value


def test_values_outside_the_vocabulary_fail(tmp_path: Path) -> None:
    result = _run_check(tmp_path, "number_mentions", [_number(qualifier="roughly")])
    assert not result.passed
    assert "roughly" in result.metadata["failure_cases"].value


def test_article_metadata_spans_are_checked() -> None:
    good = to_frame("articles", [_article(title="قال", title_start=0, title_end=3)])
    bad = to_frame("articles", [_article(title="قال", title_start=1, title_end=4)])
    assert validate("articles", good) is None
    assert validate("articles", bad) is not None
