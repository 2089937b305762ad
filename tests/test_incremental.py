"""Incremental ingest and parse on a real DuckDB file: only new content is read and parsed.

Drives orchestration.ingest_step and orchestration.parse_step directly (the Dagster assets
are thin wrappers over them); the worker pool runs real processes.
"""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from orchestration import corpus, parse_step
from orchestration.ingest_step import ingest_folder
from tests.conftest import SEEDS_DIR

SEEDS = sorted(SEEDS_DIR.glob("*.txt"))
TABLES = list(corpus.PARSED_TABLES)
NOW = datetime(2026, 1, 1, 12, 0)


def _load(conn: duckdb.DuckDBPyConnection, folder: Path, workers: int = 1, chunk: int = 64, version: str | None = None):
    scan = ingest_folder(conn, folder, NOW, 20_000_000)
    plan = parse_step.plan_parse(conn, TABLES, version)
    summary = parse_step.run_parse(conn, plan, NOW, workers, chunk, min_pool_files=0)
    return scan, plan, summary


def _counts(conn: duckdb.DuckDBPyConnection) -> dict[str, int]:
    return {t: conn.execute(f"select count(*) from raw.{t}").fetchone()[0] for t in [*TABLES, "ingest_errors"]}


def _rows(conn: duckdb.DuckDBPyConnection, table: str) -> list[tuple]:
    columns = "* exclude (ingested_at)" if table == "articles" else "*"
    return sorted(conn.execute(f"select {columns} from raw.{table}").fetchall(), key=repr)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    articles = tmp_path / "articles"
    articles.mkdir()
    for seed in SEEDS[:3]:
        shutil.copy(seed, articles / seed.name)
    (articles / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    return articles


def test_a_rerun_reads_and_parses_nothing_and_changes_nothing(folder: Path, tmp_path: Path) -> None:
    with duckdb.connect(str(tmp_path / "w.duckdb")) as conn:
        _, first_plan, first = _load(conn, folder)
        before = _counts(conn)
        scan, plan, summary = _load(conn, folder)
        assert (len(first_plan.todo), first.n_files) == (3, 3)
        assert (scan.n_read, scan.n_unchanged, len(plan.todo), summary.n_files) == (0, 4, 0, 0)
        assert _counts(conn) == before
        assert before["ingest_errors"] == 1  # the broken file, once


def test_new_files_are_the_only_ones_parsed_and_land_beside_the_old(folder: Path, tmp_path: Path) -> None:
    with duckdb.connect(str(tmp_path / "w.duckdb")) as conn:
        _load(conn, folder)
        old_articles = {r[0] for r in conn.execute("select article_id from raw.articles").fetchall()}
        for seed in SEEDS[3:]:
            shutil.copy(seed, folder / seed.name)
        scan, plan, summary = _load(conn, folder)
        assert scan.n_read == 2
        assert sorted(name for name, _ in plan.todo) == [s.name for s in SEEDS[3:]]
        assert summary.n_files == 2
        new_articles = {r[0] for r in conn.execute("select article_id from raw.articles").fetchall()}
        assert old_articles < new_articles and len(new_articles - old_articles) == summary.n_articles
    with duckdb.connect(str(tmp_path / "all_at_once.duckdb")) as conn:
        _load(conn, folder)
        all_at_once = {t: _rows(conn, t) for t in TABLES}
    with duckdb.connect(str(tmp_path / "w.duckdb")) as conn:
        assert {t: _rows(conn, t) for t in TABLES} == all_at_once


def test_a_removed_or_rewritten_file_takes_its_rows_with_it(folder: Path, tmp_path: Path) -> None:
    with duckdb.connect(str(tmp_path / "w.duckdb")) as conn:
        _load(conn, folder)
        (folder / SEEDS[0].name).unlink()
        rewritten = folder / SEEDS[1].name
        rewritten.write_text(SEEDS[3].read_text(encoding="utf-8"), encoding="utf-8")
        os.utime(rewritten, ns=(1, 1))  # a different mtime even on coarse filesystems
        scan, plan, _ = _load(conn, folder)
        assert scan.n_read == 1 and scan.n_dropped == 2
        assert len(plan.stale) == 2 and [name for name, _ in plan.todo] == [SEEDS[1].name]
        files = {r[0] for r in conn.execute("select distinct source_file from raw.articles").fetchall()}
        assert files == {SEEDS[1].name, SEEDS[2].name}
        orphans = conn.execute(
            "select count(*) from raw.statements where article_id not in (select article_id from raw.articles)"
        ).fetchone()[0]
        assert orphans == 0


def test_a_new_parser_version_reparses_everything_and_keeps_first_load_times(folder: Path, tmp_path: Path) -> None:
    with duckdb.connect(str(tmp_path / "w.duckdb")) as conn:
        _load(conn, folder, version="old-parser")
        conn.execute("update raw.articles set ingested_at = timestamp '2020-05-05 00:00:00'")
        before = _counts(conn)
        _, plan, summary = _load(conn, folder)
        assert plan.full_refresh and summary.n_files == 3
        assert _counts(conn) == before
        assert conn.execute("select count(distinct ingested_at) from raw.articles").fetchone()[0] == 1
        assert str(conn.execute("select min(ingested_at) from raw.articles").fetchone()[0]).startswith("2020-05-05")


def test_the_worker_pool_loads_exactly_what_one_process_loads(folder: Path, tmp_path: Path) -> None:
    for seed in SEEDS[3:]:
        shutil.copy(seed, folder / seed.name)
    with duckdb.connect(str(tmp_path / "one.duckdb")) as conn:
        _load(conn, folder, workers=1)
        one = {t: _rows(conn, t) for t in [*TABLES, "ingest_errors"]}
    with duckdb.connect(str(tmp_path / "pool.duckdb")) as conn:
        _, _, summary = _load(conn, folder, workers=2, chunk=1)
        pooled = {t: _rows(conn, t) for t in TABLES}
        pooled["ingest_errors"] = _rows(conn, "ingest_errors")
    assert summary.n_files == 5
    assert pooled == one
