"""The dbt project on hand-written raw rows: marts, source resolution, and tests that catch bad rows.

The raw tables are written here with the exact columns of schemas/frames.py (no Python
pipeline), so the marts' logic is tested on rows whose every case is known: Arabic text
with diacritics and an emoji, a statement relayed by an outlet that only its via_text
names, an outlet known only as a relay, a source whose mentions disagree on its kind.
dbt runs with its own target path, so it never touches dbt/target (Dagster's manifest).
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from akhbar.rows import make_actor_id

DBT_DIR = Path(__file__).resolve().parent.parent / "dbt"
DBT = str(Path(sys.executable).parent / "dbt")
NOW = dt.datetime(2025, 10, 2, 9, 30)

BODY_1 = (
    "وزير الخارجية يزور دمشق\n"
    "رويترز — الخميس ٢ أكتوبر ٢٠٢٥\n"
    "قال وزير الخارجية إن نحو ٣٠٠ جندي سينسحبون بحلول نهاية العام. "
    "ونقلت رويترز عن مسؤول قوله: «لن نتراجع» 😀. "
    "وذكرت سانا أن الاجتماع سيُعقد اليوم."
)
BODY_2 = "بِسْمِ الخبر الثاني\nقالت وكالة رويترز إن ٥ كم من الطريق أُغلقت في سبتمبر الماضي."
A1, A2 = "a" * 16, "b" * 16
BODIES = {A1: BODY_1, A2: BODY_2}

COLUMNS = {
    "raw_files": "source_file varchar, content_sha256 varchar, n_bytes bigint, encoding varchar, status varchar, "
    "error varchar, text varchar, ingested_at timestamp, format varchar, error_stage varchar",
    "ingest_errors": "source_file varchar, stage varchar, error varchar, occurred_at timestamp",
    "articles": "article_id varchar, source_file varchar, article_index bigint, content_sha256 varchar, "
    "encoding varchar, title varchar, title_start bigint, title_end bigint, publisher varchar, "
    "publisher_start bigint, publisher_end bigint, published_date date, published_text varchar, "
    "published_start bigint, published_end bigint, body_text varchar, n_chars bigint, ingested_at timestamp, "
    "url varchar",
    "sentences": "article_id varchar, char_start bigint, char_end bigint, sentence_index bigint, "
    "paragraph_index bigint, text varchar, kind varchar",
    "statements": "article_id varchar, char_start bigint, char_end bigint, statement_id varchar, "
    "sentence_index bigint, surface_text varchar, speaker_text varchar, speaker_start bigint, speaker_end bigint, "
    "speaker_canonical varchar, speaker_kind varchar, verb_text varchar, content_text varchar, "
    "content_start bigint, content_end bigint, is_direct_quote boolean, via_text varchar, via_source_key varchar, "
    "actor_key varchar, actor_id varchar",
    "date_mentions": "article_id varchar, char_start bigint, char_end bigint, date_mention_id varchar, "
    "sentence_index bigint, surface_text varchar, date_value varchar, period_start date, period_end date, "
    "granularity varchar, is_relative boolean, year_inferred boolean default false, qualifier varchar, "
    "statement_id varchar",
    "number_mentions": "article_id varchar, char_start bigint, char_end bigint, number_mention_id varchar, "
    "sentence_index bigint, surface_text varchar, value double, qualifier varchar, unit_text varchar, "
    "unit varchar, statement_id varchar, subject varchar, place_mention_id varchar, place_id varchar, "
    "is_projection boolean",
    "place_mentions": "article_id varchar, char_start bigint, char_end bigint, place_mention_id varchar, "
    "sentence_index bigint, surface_text varchar, place_id varchar",
    "article_links": "article_a varchar, article_b varchar, reason varchar, similarity double",
    "duplicate_groups": "article_id varchar, duplicate_group_id varchar",
    "source_mentions": "article_id varchar, char_start bigint, char_end bigint, source_mention_id varchar, "
    "surface_text varchar, source_key varchar, source_name varchar, source_name_ar varchar, source_kind varchar, "
    "role varchar, sentence_index bigint, relation varchar",
}


def span(article_id: str, text: str, after: str = "") -> tuple[int, int]:
    body = BODIES[article_id]
    start = body.index(text, body.index(after) if after else 0)
    return start, start + len(text)


def sentence_rows(article_id: str, n_header_lines: int) -> list[tuple]:
    """Header lines are one sentence each; prose lines split after '. '."""
    body, rows, position = BODIES[article_id], [], 0
    for paragraph, line in enumerate(body.split("\n")):
        parts = [line] if paragraph < n_header_lines else line.split(". ")
        for k, part in enumerate(parts):
            text = part + ("." if k < len(parts) - 1 else "")
            start = body.index(text, position)
            position = start + len(text)
            kind = ("title", "dateline")[paragraph] if paragraph < n_header_lines else "body"
            rows.append((article_id, start, position, len(rows), paragraph, text, kind))
    return rows


def statement(
    article_id: str,
    surface: str,
    speaker: str | None,
    kind: str,
    content: str,
    direct: bool,
    via_text: str | None,
    via_key: str | None,
    sentence_index: int,
) -> dict:
    start, end = span(article_id, surface)
    speaker_start, speaker_end = span(article_id, speaker, surface) if speaker else (None, None)
    content_start, content_end = span(article_id, content, surface)
    return dict(
        statement_id=f"{article_id}-t{start:06d}-{end:06d}", article_id=article_id, sentence_index=sentence_index,
        char_start=start, char_end=end, surface_text=surface,
        speaker_text=speaker, speaker_start=speaker_start, speaker_end=speaker_end, speaker_canonical=speaker,
        speaker_kind=kind, verb_text=surface.split()[0],
        content_text=content, content_start=content_start, content_end=content_end, is_direct_quote=direct,
        via_text=via_text, via_source_key=via_key,
        actor_key=speaker, actor_id=make_actor_id(speaker),
    )  # fmt: skip


def raw_rows() -> dict[str, list[tuple | dict]]:
    day = dt.date(2025, 10, 2)
    s1 = statement(
        A1,
        "قال وزير الخارجية إن نحو ٣٠٠ جندي سينسحبون بحلول نهاية العام",
        "وزير الخارجية",
        "official_named",
        "نحو ٣٠٠ جندي سينسحبون بحلول نهاية العام",
        False,
        None,
        None,
        2,
    )
    # relayed, but the extractor left via_source_key empty: dbt resolves it from the source mention
    s2 = statement(
        A1,
        "ونقلت رويترز عن مسؤول قوله: «لن نتراجع»",
        "مسؤول",
        "anonymous_official",
        "لن نتراجع",
        True,
        "رويترز",
        None,
        3,
    )
    # relayed by an outlet that no source mention names
    s3 = statement(
        A1, "وذكرت سانا أن الاجتماع سيُعقد اليوم", None, "news_outlet", "الاجتماع سيُعقد اليوم", False, "سانا", "sana", 4
    )
    s4 = statement(
        A2,
        "قالت وكالة رويترز إن ٥ كم من الطريق أُغلقت في سبتمبر الماضي",
        "وكالة رويترز",
        "news_outlet",
        "٥ كم من الطريق أُغلقت في سبتمبر الماضي",
        False,
        None,
        None,
        1,
    )
    sid = {name: row["statement_id"] for name, row in [("s1", s1), ("s3", s3), ("s4", s4)]}

    def mention(id_column: str, article_id: str, text: str, after: str = "", **columns: object) -> dict:
        start, end = span(article_id, text, after)
        mention_id = f"{article_id}-{id_column[0]}{start:06d}-{end:06d}"
        return dict(
            article_id=article_id,
            char_start=start,
            char_end=end,
            surface_text=text,
            **{id_column: mention_id},
            **columns,
        )

    return {
        "raw_files": [
            ("002_x.txt", "0" * 64, 900, "utf-8", "decoded", None, BODY_1, NOW, "text", None),
            ("empty.txt", None, 0, None, "quarantined", "empty file", None, NOW, "text", "decode"),
        ],
        "ingest_errors": [("empty.txt", "decode", "empty file", NOW)],
        "articles": [
            (
                A1,
                "002_x.txt",
                0,
                "0" * 64,
                "utf-8",
                "وزير الخارجية يزور دمشق",
                *span(A1, "وزير الخارجية يزور دمشق"),
                "رويترز",
                *span(A1, "رويترز"),
                day,
                "الخميس ٢ أكتوبر ٢٠٢٥",
                *span(A1, "الخميس ٢ أكتوبر ٢٠٢٥"),
                BODY_1,
                len(BODY_1),
                NOW,
                "https://example.org/a1",
            ),
            (
                A2,
                "002_x.txt",
                1,
                "0" * 64,
                "utf-8",
                "بِسْمِ الخبر الثاني",
                *span(A2, "بِسْمِ الخبر الثاني"),
                None,
                None,
                None,
                None,
                None,
                None,
                None,
                BODY_2,
                len(BODY_2),
                NOW,
                None,
            ),
        ],
        "sentences": sentence_rows(A1, 2) + sentence_rows(A2, 1),
        "statements": [s1, s2, s3, s4],
        "date_mentions": [
            mention(
                "date_mention_id",
                A1,
                "الخميس ٢ أكتوبر ٢٠٢٥",
                sentence_index=1,
                date_value="2025-10-02",
                period_start=day,
                period_end=day,
                granularity="day",
                is_relative=False,
            ),
            mention(
                "date_mention_id",
                A1,
                "بحلول نهاية العام",
                sentence_index=2,
                date_value="2025",
                period_start=dt.date(2025, 12, 1),
                period_end=dt.date(2025, 12, 31),
                granularity="year",
                is_relative=True,
                qualifier="by",
                statement_id=sid["s1"],
            ),
            mention(
                "date_mention_id",
                A1,
                "اليوم",
                "سيُعقد",
                sentence_index=4,
                date_value="2025-10-02",
                period_start=day,
                period_end=day,
                granularity="day",
                is_relative=True,
                statement_id=sid["s3"],
            ),
            mention(
                "date_mention_id",
                A2,
                "في سبتمبر الماضي",
                sentence_index=1,
                granularity="other",
                is_relative=True,
                statement_id=sid["s4"],
            ),
        ],
        "number_mentions": [
            mention(
                "number_mention_id",
                A1,
                "نحو ٣٠٠ جندي",
                sentence_index=2,
                value=300.0,
                qualifier="approx",
                unit_text="جندي",
                unit="soldier",
                statement_id=sid["s1"],
                subject="soldier",
                is_projection=True,
            ),
            mention(
                "number_mention_id",
                A2,
                "٥ كم",
                sentence_index=1,
                value=5.0,
                unit_text="كم",
                unit="km",
                statement_id=sid["s4"],
                subject="km",
                is_projection=False,
            ),
        ],
        "place_mentions": [
            mention("place_mention_id", A1, "دمشق", sentence_index=0, place_id="damascus"),
        ],
        # the two articles tell one story (as if they relayed one outlet's quote)
        "article_links": [(A1, A2, "shared_wire_account", 0.5)],
        "duplicate_groups": [(A1, A1), (A2, A1)],
        "source_mentions": [
            mention(
                "source_mention_id",
                A1,
                "رويترز",
                source_key="reuters",
                source_name="Reuters",
                source_name_ar="رويترز",
                source_kind="news_agency",
                role="publisher",
                relation="own",
            ),
            mention(
                "source_mention_id",
                A1,
                "رويترز",
                "ونقلت",
                sentence_index=3,
                source_key="reuters",
                source_name="Reuters",
                source_name_ar="رويترز",
                source_kind="news_agency",
                role="cited",
            ),
            # the extractor did not know this spelling (a slug id, a guessed kind): the seed alias
            # table canonicalises it in dbt (int_source_mentions_canonical)
            mention(
                "source_mention_id",
                A2,
                "وكالة رويترز",
                sentence_index=1,
                source_key="wkalh_rwytrz",
                source_name="وكالة رويترز",
                source_name_ar="وكالة رويترز",
                source_kind="website",
                role="cited",
            ),
        ],
    }


def write_raw(warehouse: Path, rows: dict[str, list[tuple | dict]]) -> None:
    with duckdb.connect(str(warehouse)) as conn:
        conn.execute("create schema if not exists raw")
        for table, columns in COLUMNS.items():
            conn.execute(f"create or replace table raw.{table} ({columns})")
            for row in rows[table]:  # a tuple in column order, or a dict of some columns (others null)
                names = f"({', '.join(row)})" if isinstance(row, dict) else ""
                values = list(row.values()) if isinstance(row, dict) else list(row)
                conn.execute(f"insert into raw.{table} {names} values ({', '.join('?' * len(values))})", values)


def dbt(tmp: Path, warehouse: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "AKHBAR_WAREHOUSE": str(warehouse), "DBT_PROFILES_DIR": str(DBT_DIR)}
    command = [DBT, *args, "--target-path", str(tmp / "target"), "--log-path", str(tmp / "logs")]
    return subprocess.run(command, cwd=DBT_DIR, env=env, capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, subprocess.CompletedProcess]:
    tmp = tmp_path_factory.mktemp("dbt")
    warehouse = tmp / "warehouse.duckdb"
    write_raw(warehouse, raw_rows())
    return tmp, warehouse, dbt(tmp, warehouse, "build")


def query(warehouse: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        return conn.execute(sql).fetchall()


def test_build_passes_every_test_and_unit_test(built) -> None:
    _, _, result = built
    assert result.returncode == 0, result.stdout[-3000:]
    assert "ERROR=0" in result.stdout and "unit tests" in result.stdout


def test_via_source_id_is_resolved_from_the_mention_when_the_extractor_left_it_empty(built) -> None:
    _, warehouse, _ = built
    rows = dict(query(warehouse, "select via_text, via_source_id from marts.fct_statements where via_text is not null"))
    assert rows == {"رويترز": "reuters", "سانا": "sana"}


def test_dim_sources_canonicalises_through_the_seed_and_counts_a_story_once(built) -> None:
    _, warehouse, _ = built
    rows = {
        row[0]: row[1:]
        for row in query(
            warehouse,
            "select source_id, name, name_ar, kind, n_mentions, n_articles, n_stories, is_in_alias_table "
            "from marts.dim_sources",
        )
    }
    assert rows == {
        # "وكالة رويترز" under a slug id joins reuters; the two articles are one story
        "reuters": ("Reuters", "رويترز", "news_agency", 3, 2, 1, True),
        # known only as a relay: named and classified by the seed
        "sana": ("Syrian Arab News Agency", "سانا", "news_agency", 0, 0, 0, True),
    }


def test_dim_articles_counts(built) -> None:
    _, warehouse, _ = built
    rows = query(
        warehouse,
        "select article_id, n_chars, n_sentences, n_statements, duplicate_group_id, duplicate_group_size, "
        "duplicate_reasons, publisher_source_id, original_source_id from marts.dim_articles",
    )
    assert sorted(rows) == [
        (A1, len(BODY_1), 5, 3, A1, 2, "shared_wire_account", "reuters", None),
        (A2, len(BODY_2), 2, 1, A1, 2, "shared_wire_account", None, None),
    ]


def test_numeric_claims_carry_statement_source_and_dates(built) -> None:
    _, warehouse, _ = built
    rows = query(
        warehouse,
        "select surface_text, subject, attribution, independence_key, publisher_source_id, origin_source_id, "
        "sentence_date_values, is_projection, value_low, value_high from marts.fct_numeric_claims order by value",
    )
    assert rows == [
        # said by a named minister in a statement with no relay: the actor vouches
        # the speaker is a source (a cited mention spans it): that source vouches
        ("٥ كم", "km", "speaker", "source:reuters", None, "reuters", "في سبتمبر الماضي", False, 5.0, 5.0),
        # said by a named minister, relayed by nobody: the actor vouches; approx is +-10%
        (
            "نحو ٣٠٠ جندي",
            "soldier",
            "actor",
            f"actor:{make_actor_id('وزير الخارجية')}",
            "reuters",
            None,
            "2025",
            True,
            pytest.approx(270.0),
            pytest.approx(330.0),
        ),
    ]


def test_timeline_orders_dated_statements_by_the_date_they_refer_to(built) -> None:
    _, warehouse, _ = built
    rows = query(
        warehouse,
        "select timeline_rank, date_text, speaker_text, via_source_id, refers_to_future from marts.rpt_timeline "
        "order by timeline_rank",
    )
    assert rows == [
        (1, "اليوم", None, "sana", False),
        (2, "بحلول نهاية العام", "وزير الخارجية", None, True),
        # a date the extractor could not resolve stays on the time line, last
        (3, "في سبتمبر الماضي", "وكالة رويترز", None, None),
    ]


# Each corruption of good raw rows, and the dbt test that must catch it.
CORRUPTIONS = [  # (test that must fail, corruption)
    (
        "assert_mention_offsets_match_body_text",
        "update raw.date_mentions set char_start = char_start + 1 where granularity = 'year'",
    ),
    (
        "assert_fct_number_mentions_offsets_match_body_text",
        "update raw.number_mentions set char_end = char_end - 1 where unit = 'km'",
    ),
    ("assert_dim_articles_n_chars_is_body_length", "update raw.articles set n_chars = n_chars + 1"),
    (
        "assert_date_mention_periods_ordered",
        "update raw.date_mentions set period_end = date '2025-01-01' where granularity = 'year'",
    ),
    (
        "accepted_values_fct_number_mentions_qualifier",
        "update raw.number_mentions set qualifier = 'about' where unit = 'soldier'",
    ),
    (
        "accepted_values_fct_source_mentions_role",
        "update raw.source_mentions set role = 'quoted' where role = 'publisher'",
    ),
    (
        "not_null_fct_statements_is_direct_quote",
        "update raw.statements set is_direct_quote = null where via_source_key = 'sana'",
    ),
    (
        "assert_fct_place_mentions_offsets_match_body_text",
        "update raw.place_mentions set char_end = char_end + 1",
    ),
    (
        "accepted_values_stg_raw__article_links_reason",
        "update raw.article_links set reason = 'same_topic'",
    ),
    (
        "not_null_fct_numeric_claims_is_projection",
        "update raw.number_mentions set is_projection = null where unit = 'km'",
    ),
    (
        "relationships_stg_raw__place_mentions_place_id",
        "update raw.place_mentions set place_id = 'atlantis'",
    ),
    (
        "relationships_fct_date_mentions_statement_id",
        "update raw.date_mentions set statement_id = 'missing' where granularity = 'other'",
    ),
]


def test_dbt_tests_catch_bad_rows(tmp_path: Path) -> None:
    """All corruptions at once (one dbt run, one dbt test): each is caught by its test."""
    warehouse = tmp_path / "warehouse.duckdb"
    write_raw(warehouse, raw_rows())
    with duckdb.connect(str(warehouse)) as conn:
        for _, corruption in CORRUPTIONS:
            conn.execute(corruption)
    assert dbt(tmp_path, warehouse, "seed", "--quiet").returncode == 0
    assert dbt(tmp_path, warehouse, "run", "--quiet").returncode == 0
    result = dbt(tmp_path, warehouse, "test")
    assert result.returncode != 0
    failed = [line for line in result.stdout.splitlines() if " FAIL " in line]
    missed = [test for test, _ in CORRUPTIONS if not any(test in line for line in failed)]
    assert not missed, "\n".join(failed)
