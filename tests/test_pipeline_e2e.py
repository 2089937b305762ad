"""End to end: files -> Dagster assets -> DuckDB raw -> dbt marts, on a real warehouse file."""

from __future__ import annotations

import duckdb
import pytest

from tests.conftest import MARTS, PipelineRun, snapshot_marts

# The warehouse contract (DESIGN.md): columns users and BI dashboards rely on.
CONTRACT = {
    "dim_articles": [
        "article_id",
        "source_file",
        "article_index",
        "title",
        "publisher",
        "published_date",
        "published_text",
        "body_text",
        "n_chars",
        "n_sentences",
        "ingested_at",
    ],
    "fct_statements": [
        "statement_id",
        "article_id",
        "sentence_index",
        "char_start",
        "char_end",
        "speaker_text",
        "speaker_canonical",
        "speaker_kind",
        "verb_text",
        "content_text",
        "is_direct_quote",
        "via_text",
        "via_source_id",
        "actor_id",
    ],
    "fct_date_mentions": [
        "date_mention_id",
        "article_id",
        "sentence_index",
        "char_start",
        "char_end",
        "surface_text",
        "date_value",
        "period_start",
        "period_end",
        "granularity",
        "is_relative",
        "year_inferred",
        "qualifier",
        "statement_id",
    ],
    "fct_number_mentions": [
        "number_mention_id",
        "article_id",
        "sentence_index",
        "char_start",
        "char_end",
        "surface_text",
        "value",
        "qualifier",
        "unit_text",
        "unit",
        "statement_id",
    ],
    "fct_source_mentions": [
        "source_mention_id",
        "article_id",
        "char_start",
        "char_end",
        "surface_text",
        "source_id",
        "role",
    ],
    "dim_sources": ["source_id", "name", "name_ar", "kind", "n_mentions", "n_articles"],
    "dim_actors": ["actor_id", "name", "kind", "n_statements", "n_articles"],
    "dim_places": ["place_id", "name", "name_ar", "kind", "country_id", "n_mentions", "n_articles"],
    "fct_place_mentions": ["place_mention_id", "article_id", "char_start", "char_end", "surface_text", "place_id"],
    "fct_article_links": ["article_a", "article_b", "duplicate_group_id", "reason", "similarity"],
    "fct_numeric_claims": [
        "number_mention_id",
        "article_id",
        "duplicate_group_id",
        "char_start",
        "char_end",
        "surface_text",
        "value",
        "qualifier",
        "subject",
        "place_id",
        "statement_id",
        "speaker_canonical",
        "origin_source_id",
        "publisher_source_id",
        "published_date",
        "sentence_date_values",
        "is_projection",
    ],
    "rpt_claim_agreement": [
        "comparison_id",
        "subject",
        "place_id",
        "is_projection",
        "n_independent_sources",
        "min_value",
        "max_value",
        "value_spread",
        "agreement_status",
        "is_disagreement",
    ],
    "rpt_timeline": [
        "timeline_rank",
        "statement_id",
        "date_mention_id",
        "period_start",
        "speaker_canonical",
        "via_source_id",
        "article_id",
    ],
}
TYPED = {
    ("dim_articles", "published_date"): "DATE",
    ("fct_statements", "is_direct_quote"): "BOOLEAN",
    ("fct_date_mentions", "period_start"): "DATE",
    ("fct_date_mentions", "period_end"): "DATE",
    ("fct_date_mentions", "is_relative"): "BOOLEAN",
    ("fct_date_mentions", "year_inferred"): "BOOLEAN",
    ("fct_number_mentions", "value"): "DOUBLE",
    ("fct_numeric_claims", "is_projection"): "BOOLEAN",
    ("rpt_timeline", "period_start"): "DATE",
}


@pytest.fixture(scope="module")
def conn(pipeline_run: PipelineRun):
    with duckdb.connect(str(pipeline_run.warehouse), read_only=True) as connection:
        yield connection


def test_every_run_succeeds_with_every_check_passing(pipeline_run: PipelineRun) -> None:
    for result in pipeline_run.results:
        assert result.success
        evaluations = result.get_asset_check_evaluations()
        failed = [f"{e.asset_key.to_user_string()}:{e.check_name}" for e in evaluations if not e.passed]
        assert not failed
        # pandera checks on 12 raw frames plus dbt's tests on the models.
        assert sum(e.check_name == "pandera_schema" for e in evaluations) == 12
        assert len(evaluations) > 30


@pytest.mark.parametrize("mart", MARTS)
def test_marts_have_the_contract_columns(conn, mart: str) -> None:
    columns = dict(
        conn.execute(
            "select column_name, data_type from information_schema.columns where table_schema = 'marts' "
            "and table_name = ?",
            [mart],
        ).fetchall()
    )
    assert set(CONTRACT[mart]) <= set(columns)
    for (table, column), data_type in TYPED.items():
        if table == mart:
            assert columns[column] == data_type


def test_articles_loaded_and_bad_files_quarantined(conn) -> None:
    files = dict(conn.execute("select source_file, status from raw.raw_files").fetchall())
    assert files["image saved as text.txt"] == "quarantined"
    assert files["empty.txt"] == "quarantined"
    assert files['nested/copy of 000; it\'s "quoted".txt'] == "duplicate"
    assert files["windows-1256 وزارة.txt"] == "decoded"
    errors = dict(conn.execute("select source_file, error from raw.ingest_errors where stage = 'decode'").fetchall())
    assert set(errors) == {"image saved as text.txt", "empty.txt"}
    assert all(len(reason) > 5 for reason in errors.values())
    per_file = dict(conn.execute("select source_file, count(*) from marts.dim_articles group by 1").fetchall())
    assert per_file["002_517780d7178148ed.txt"] == 2  # euronews, then المسلة
    assert per_file["windows-1256 وزارة.txt"] == 1
    assert 'nested/copy of 000; it\'s "quoted".txt' not in per_file
    assert (
        conn.execute("select encoding from raw.raw_files where source_file = 'windows-1256 وزارة.txt'").fetchone()[0]
        == "windows-1256"
    )


def test_html_pages_and_feed_records_load_beside_text(conn) -> None:
    formats = dict(conn.execute("select source_file, format from raw.raw_files").fetchall())
    assert formats["feed.jsonl"] == "jsonl"
    assert formats["page.html"] == "html"
    assert formats["002_517780d7178148ed.txt"] == "text"
    feed = conn.execute(
        "select url, title, published_date::varchar, article_index from marts.dim_articles "
        "where source_file = 'feed.jsonl'"
    ).fetchall()
    assert feed == [("https://example.org/news/1", "الجيش يعلن خطة لتأمين الحدود", "2025-03-04", 0)]
    bad_lines = conn.execute(
        "select error from raw.ingest_errors where source_file = 'feed.jsonl' and stage = 'record' order by error"
    ).fetchall()
    assert [error.split(":")[0] for (error,) in bad_lines] == ["line 2", "line 3"]
    (body,) = conn.execute("select body_text from marts.dim_articles where source_file = 'page.html'").fetchone()
    assert "150 تريليون دينار" in body
    assert "الرئيسية" not in body and "خبر آخر لا علاقة له" not in body


def test_offsets_slice_to_surface_text_in_every_mart(conn) -> None:
    for mart in [
        "fct_statements",
        "fct_date_mentions",
        "fct_number_mentions",
        "fct_source_mentions",
        "fct_place_mentions",
        "fct_numeric_claims",
    ]:
        bad = conn.execute(
            f"select count(*) from marts.{mart} m join marts.dim_articles a using (article_id) "
            "where substring(a.body_text, m.char_start + 1, m.char_end - m.char_start) <> m.surface_text"
        ).fetchone()[0]
        assert bad == 0, mart


def test_extractors_fill_every_fact_table(conn) -> None:
    for mart in ["fct_statements", "fct_date_mentions", "fct_number_mentions", "fct_source_mentions", "dim_sources"]:
        assert conn.execute(f"select count(*) from marts.{mart}").fetchone()[0] > 0, mart


def test_the_two_accounts_of_one_reuters_story_are_one_group(conn) -> None:
    """Seeds 001 and 004 relay the same Reuters account in their own words (the issue's example)."""
    groups = dict(
        conn.execute(
            "select left(source_file, 3), duplicate_group_id from marts.dim_articles where source_file like '00%'"
        ).fetchall()
    )
    assert groups["001"] == groups["004"]
    assert len({groups[k] for k in ("000", "001", "003")}) == 3
    (reason,) = conn.execute("select distinct reason from marts.fct_article_links").fetchone()
    assert reason == "shared_wire_account"


def test_claims_carry_their_provenance_and_are_compared(conn) -> None:
    # every placed claim points at a place mention of its own article, inside its sentence
    bad = conn.execute(
        "select count(*) from marts.fct_numeric_claims c left join marts.fct_place_mentions p "
        "using (place_mention_id) where c.place_mention_id is not null "
        "and (p.article_id is distinct from c.article_id or p.sentence_index is distinct from c.sentence_index)"
    ).fetchone()[0]
    assert bad == 0
    statuses = dict(
        conn.execute("select agreement_status, count(*) from marts.rpt_claim_agreement group by 1").fetchall()
    )
    assert set(statuses) <= {"single_source", "agree", "compatible", "disagree"}
    assert statuses.get("agree", 0) + statuses.get("compatible", 0) + statuses.get("disagree", 0) >= 1
    # copies of one story count once: no comparison counts more sources than stories
    assert (
        conn.execute(
            "select count(*) from marts.rpt_claim_agreement where n_independent_sources > n_claims"
        ).fetchone()[0]
        == 0
    )


def test_rerun_changes_nothing(pipeline_run: PipelineRun) -> None:
    assert snapshot_marts(pipeline_run.warehouse) == pipeline_run.first_snapshot  # type: ignore[attr-defined]


def test_each_build_publishes_snapshot_parquet_exports_and_report(pipeline_run: PipelineRun, conn) -> None:
    import pyarrow.parquet as pq

    folder = pipeline_run.warehouse.parent
    for mart in MARTS:
        exported = pq.read_table(folder / "exports" / f"{mart}.parquet")
        assert exported.num_rows == conn.execute(f"select count(*) from marts.{mart}").fetchone()[0], mart
    with duckdb.connect(str(folder / "warehouse.snapshot.duckdb"), read_only=True) as snapshot:
        assert snapshot_counts(snapshot) == snapshot_counts(conn)
    report = (folder / "reports" / "akhbar_report.html").read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in report
    assert "<script" not in report


def snapshot_counts(connection) -> dict[str, int]:
    return {mart: connection.execute(f"select count(*) from marts.{mart}").fetchone()[0] for mart in MARTS}
