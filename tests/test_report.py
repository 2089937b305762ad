"""The analyst report: content, escaping, offline-ness, the disagreement rule, and a real browser's view."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import duckdb
import pytest

from orchestration.report import (
    Interval,
    build_report,
    claim_interval,
    conflicting,
    intersection_nonempty,
    render_report,
    report_path,
    subject_agrees,
)
from orchestration.settings import PROJECT_ROOT

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = PROJECT_ROOT / "test-artifacts"

# The warehouse contract (tests/test_pipeline_e2e.py CONTRACT), with types.
SCHEMA = {
    "dim_articles": "article_id varchar, source_file varchar, article_index bigint, title varchar, publisher varchar, "
    "published_date date, published_text varchar, body_text varchar, n_chars bigint, "
    "n_sentences bigint, ingested_at timestamp",
    "fct_statements": "statement_id varchar, article_id varchar, sentence_index bigint, char_start bigint, "
    "char_end bigint, speaker_text varchar, speaker_canonical varchar, speaker_kind varchar, "
    "verb_text varchar, content_text varchar, is_direct_quote boolean, via_text varchar, "
    "via_source_id varchar",
    "fct_date_mentions": "date_mention_id varchar, article_id varchar, sentence_index bigint, char_start bigint, "
    "char_end bigint, surface_text varchar, date_value varchar, period_start date, "
    "period_end date, granularity varchar, is_relative boolean, year_inferred boolean, qualifier varchar, "
    "statement_id varchar",
    "fct_number_mentions": "number_mention_id varchar, article_id varchar, sentence_index bigint, char_start bigint, "
    "char_end bigint, surface_text varchar, value double, qualifier varchar, "
    "unit_text varchar, unit varchar, statement_id varchar",
    "fct_source_mentions": "source_mention_id varchar, article_id varchar, char_start bigint, char_end bigint, "
    "surface_text varchar, source_id varchar, role varchar",
    "dim_sources": "source_id varchar, name varchar, name_ar varchar, kind varchar, n_mentions bigint, "
    "n_articles bigint",
}

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
ATTR = '" onmouseover="alert(1)'
URL = "https://evil.example/x.js"
HOSTILE = f"{SCRIPT} {IMG} {ATTR} {URL}"

D = dt.date


def _insert(conn: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> None:
    for row in rows:
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        conn.execute(f"insert into marts.{table} ({columns}) values ({marks})", list(row.values()))


def build_marts(path: Path, *, hostile: bool) -> Path:
    """A small warehouse with the six marts: Arabic rows, and (if hostile) markup in every text a page shows."""
    bad = (lambda text: f"{text} {HOSTILE}") if hostile else (lambda text: text)
    with duckdb.connect(str(path)) as conn:
        conn.execute("create schema marts")
        for table, columns in SCHEMA.items():
            conn.execute(f"create table marts.{table} ({columns})")
        _insert(
            conn,
            "dim_articles",
            [
                {
                    "article_id": "a1",
                    "source_file": "001.txt",
                    "article_index": 0,
                    "title": bad("القوات الأميركية تخفض وجودها في العراق"),
                    "publisher": bad("نيوزاليست"),
                    "published_date": D(2025, 10, 1),
                    "body_text": bad("نص المقال"),
                    "ingested_at": dt.datetime(2025, 11, 1),
                },
                {
                    "article_id": "a2",
                    "source_file": "002.txt",
                    "article_index": 0,
                    "title": "انسحاب القوات الأميركية من العراق",
                    "publisher": "مصدرنا الإخبارى",
                    "published_date": D(2025, 8, 25),
                    "body_text": "نص",
                    "ingested_at": dt.datetime(2025, 11, 1),
                },
            ],
        )
        _insert(
            conn,
            "dim_sources",
            [
                {
                    "source_id": "s1",
                    "name": bad("Reuters"),
                    "name_ar": bad("رويترز"),
                    "kind": "news_agency",
                    "n_mentions": 5,
                    "n_articles": 2,
                },
                {
                    "source_id": "s2",
                    "name": "Iraqi News Agency",
                    "name_ar": "وكالة الأنباء العراقية",
                    "kind": "news_agency",
                    "n_mentions": 2,
                    "n_articles": 1,
                },
            ],
        )
        _insert(
            conn,
            "fct_statements",
            [
                {
                    "statement_id": "st1",
                    "article_id": "a1",
                    "char_start": 100,
                    "speaker_canonical": bad("مسؤول أميركي كبير"),
                    "speaker_kind": "anonymous_official",
                    "content_text": bad("الولايات المتحدة ستخفض قواتها إلى ما دون ألفي جندي بحلول أيلول 2026"),
                    "via_source_id": "s1",
                },
                {
                    "statement_id": "st2",
                    "article_id": "a2",
                    "char_start": 50,
                    "speaker_canonical": "رئيس خلية الإعلام الأمني",
                    "speaker_kind": "official_named",
                    "content_text": "الحدود لم تعد كما كانت عام 2014",
                    "via_source_id": "s2",
                },
                {
                    "statement_id": "st3",
                    "article_id": "a2",
                    "char_start": 300,
                    "speaker_canonical": "رئيس خلية الإعلام الأمني",
                    "speaker_kind": "official_named",
                    "content_text": "الانسحاب ينتهي نهاية العام الجاري",
                    "via_text": "بيان",
                },
            ],
        )
        _insert(
            conn,
            "fct_date_mentions",
            [
                {
                    "date_mention_id": "d1",
                    "article_id": "a1",
                    "char_start": 150,
                    "surface_text": "بحلول أيلول 2026",
                    "date_value": "2026-09",
                    "period_start": D(2026, 9, 1),
                    "period_end": D(2026, 9, 30),
                    "granularity": "month",
                    "qualifier": "by",
                    "statement_id": "st1",
                },
                {
                    "date_mention_id": "d2",
                    "article_id": "a2",
                    "char_start": 60,
                    "surface_text": "عام 2014",
                    "date_value": "2014",
                    "period_start": D(2014, 1, 1),
                    "period_end": D(2014, 12, 31),
                    "granularity": "year",
                    "statement_id": "st2",
                },
                {
                    "date_mention_id": "d3",
                    "article_id": "a2",
                    "char_start": 310,
                    "surface_text": "نهاية العام الجاري",
                    "date_value": "2025",
                    "period_start": D(2025, 10, 1),
                    "period_end": D(2025, 12, 31),
                    "granularity": "year",
                    "qualifier": "end_of",
                    "statement_id": "st3",
                },
                {
                    "date_mention_id": "d4",
                    "article_id": "a2",
                    "char_start": 320,
                    "surface_text": "الأشهر الماضية",
                    "granularity": "other",
                    "statement_id": "st3",
                },  # no period: not on the timeline
                {
                    "date_mention_id": "d5",
                    "article_id": "a1",
                    "char_start": 10,
                    "surface_text": "عام 1999",
                    "date_value": "1999",
                    "period_start": D(1999, 1, 1),
                    "period_end": D(1999, 12, 31),
                    "granularity": "year",
                },  # not in a statement: not on the timeline
            ],
        )
        _insert(
            conn,
            "fct_number_mentions",
            [
                {
                    "number_mention_id": "n1",
                    "article_id": "a1",
                    "char_start": 120,
                    "surface_text": bad("ما دون ألفي جندي"),
                    "value": 2000.0,
                    "qualifier": "less_than",
                    "unit_text": "جندي",
                    "unit": "soldier",
                    "statement_id": "st1",
                },
                {
                    "number_mention_id": "n2",
                    "article_id": "a1",
                    "char_start": 400,
                    "surface_text": "نحو ألفين و500 جندي",
                    "value": 2500.0,
                    "qualifier": "approx",
                    "unit_text": "جندي",
                    "unit": "soldier",
                },
                {
                    "number_mention_id": "n3",
                    "article_id": "a2",
                    "char_start": 80,
                    "surface_text": "أقل من 500 جندي",
                    "value": 500.0,
                    "qualifier": "less_than",
                    "unit_text": "جندي",
                    "unit": "soldier",
                },
                {
                    "number_mention_id": "n4",
                    "article_id": "a2",
                    "char_start": 90,
                    "surface_text": "605 كيلومترات",
                    "value": 605.0,
                    "unit_text": "كيلومترات",
                    "unit": "km",
                },
                {
                    "number_mention_id": "n5",
                    "article_id": "a2",
                    "char_start": 95,
                    "surface_text": "يزيد طولها على 600 كيلومتر",
                    "value": 600.0,
                    "qualifier": "more_than",
                    "unit_text": "كيلومتر",
                    "unit": "km",
                },
                {
                    "number_mention_id": "n6",
                    "article_id": "a2",
                    "char_start": 99,
                    "surface_text": "حوالي 2000",
                    "value": 2000.0,
                    "qualifier": "approx",
                },
                {
                    "number_mention_id": "n7",
                    "article_id": "a2",
                    "char_start": 98,
                    "surface_text": "أقل من 500",
                    "value": 500.0,
                    "qualifier": "less_than",
                },
            ],
        )
        _insert(
            conn,
            "fct_source_mentions",
            [
                {
                    "source_mention_id": "m1",
                    "article_id": "a1",
                    "char_start": 1,
                    "char_end": 7,
                    "surface_text": "رويترز",
                    "source_id": "s1",
                    "role": "cited",
                },
            ],
        )
    return path


@pytest.fixture(scope="module")
def clean_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_marts(tmp_path_factory.mktemp("clean") / "warehouse.duckdb", hostile=False)


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_marts(tmp_path_factory.mktemp("hostile") / "warehouse.duckdb", hostile=True)


def _render(path: Path) -> str:
    with duckdb.connect(str(path), read_only=True) as conn:
        return render_report(conn)


@pytest.fixture(scope="module")
def clean_page(clean_db: Path) -> str:
    return _render(clean_db)


@pytest.fixture(scope="module")
def hostile_page(hostile_db: Path) -> str:
    return _render(hostile_db)


class Markup(HTMLParser):
    """Every element, attribute, <style> body and text node of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str]] = []
        self.styles: list[str] = []
        self.text: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += [(name, value or "") for name, value in attrs]
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        (self.styles if self._in_style else self.text).append(data)


def parse(page: str) -> Markup:
    markup = Markup()
    markup.feed(page)
    markup.close()
    return markup


# --------------------------------------------------------------------------------------------------
# The page
# --------------------------------------------------------------------------------------------------


def test_page_is_one_arabic_rtl_document_with_every_section(clean_page: str) -> None:
    assert clean_page.startswith("<!DOCTYPE html>")
    assert '<html lang="ar" dir="rtl">' in clean_page
    assert '<meta charset="utf-8">' in clean_page
    for heading in ("Timeline of dated statements", "Numeric claims by subject", "Top speakers", "Top sources"):
        assert heading in clean_page
    assert "مسؤول أميركي كبير" in clean_page
    assert "رويترز" in clean_page and "Reuters" in clean_page
    assert clean_page.encode("utf-8").decode("utf-8") == clean_page


def test_summary_strip_counts_the_marts(clean_page: str) -> None:
    strip = re.search(r'<section class="strip".*?</section>', clean_page, re.S).group(0)
    numbers = [int(n) for n in re.findall(r"<b>(\d+)</b>", strip)]
    assert numbers == [2, 3, 5, 7, 2]  # articles, statements, dates, numbers, sources


def test_timeline_has_dated_statements_ordered_by_period(clean_page: str) -> None:
    timeline = clean_page.split('id="timeline"')[1].split('id="numbers"')[0]
    positions = [timeline.index(f"«{text}»") for text in ("عام 2014", "نهاية العام الجاري", "بحلول أيلول 2026")]
    assert positions == sorted(positions)
    assert "الأشهر الماضية" not in timeline  # no resolved period
    assert "عام 1999" not in timeline  # not inside a statement
    assert "<svg" in timeline  # the chart
    assert "Reuters" in timeline and "بيان" in timeline  # via: a dim_sources name, else the via text
    assert "نيوزاليست" in timeline and "2025-10-01" in timeline


def test_numbers_grouped_by_subject_with_the_disagreement_highlighted(clean_db: Path, clean_page: str) -> None:
    with duckdb.connect(str(clean_db), read_only=True) as conn:
        report = build_report(conn)
    assert [s.unit for s in report.disagreeing] == ["soldier"]
    by_unit = {s.unit: s for s in report.subjects}
    assert not by_unit["km"].disagrees
    assert not by_unit[None].disagrees and not by_unit[None].compared  # unitless numbers are never compared
    numbers = clean_page.split('id="numbers"')[1].split('id="who"')[0]
    groups = re.findall(r'<div class="group[^"]*">.*?</table></div>', numbers, re.S)
    bad = [g for g in groups if g.startswith('<div class="group bad">')]
    assert len(bad) == 1 and "soldier" in bad[0]
    assert '<p class="why">' in bad[0] and "do not overlap" in bad[0]
    assert bad[0].count('<tr class="conflict">') == 3  # <500 misses ≈2500 (and ≈2500 misses <2000 and <500)
    assert all("conflict" not in g for g in groups if g not in bad)
    assert "الكاتب" in numbers and "the writer" in numbers  # numbers outside statements belong to the writer


def test_top_speakers_and_sources(clean_page: str) -> None:
    who = clean_page.split('id="who"')[1]
    speakers = who.split("Top sources")[0]
    assert speakers.index("رئيس خلية الإعلام الأمني") < speakers.index("مسؤول أميركي كبير")  # 2 statements vs 1
    assert "Iraqi News Agency" in who and "وكالة الأنباء العراقية" in who


def test_empty_marts_render_without_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.duckdb"
    with duckdb.connect(str(path)) as conn:
        conn.execute("create schema marts")
        for table, columns in SCHEMA.items():
            conn.execute(f"create table marts.{table} ({columns})")
    page = _render(path)
    assert "No dated statements" in page and "No numeric claims" in page


# --------------------------------------------------------------------------------------------------
# Escaping and offline-ness
# --------------------------------------------------------------------------------------------------


def test_hostile_text_is_shown_escaped_never_as_markup(hostile_page: str) -> None:
    lowered = hostile_page.lower()
    assert "<script" not in lowered
    assert "<img" not in lowered
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in hostile_page
    assert "&lt;img src=x onerror=alert(1)&gt;" in hostile_page
    assert "&quot; onmouseover=&quot;alert(1)" in hostile_page
    # Shown in the timeline, the numbers, the speakers and the sources, escaped each time.
    assert hostile_page.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 8
    markup = parse(hostile_page)
    assert "script" not in markup.tags and "img" not in markup.tags
    assert not [name for name, _ in markup.attrs if name.startswith("on")]
    assert SCRIPT in " ".join(markup.text)  # the browser shows the text itself


def test_page_is_offline_no_scripts_no_external_references(clean_page: str, hostile_page: str) -> None:
    for banned in (
        "http://",
        "https://",
        "//cdn",
        "url(",
        "@import",
        "@font-face",
        "<link",
        "<iframe",
        "<object",
        "<embed",
        "<script",
        "src=",
    ):
        assert banned not in clean_page.lower()
    markup = parse(hostile_page)
    assert set(markup.tags) <= {
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "header",
        "h1",
        "h2",
        "h3",
        "span",
        "p",
        "b",
        "section",
        "div",
        "small",
        "svg",
        "line",
        "text",
        "rect",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "br",
        "bdi",
        "footer",
    }
    for name, value in markup.attrs:
        assert "//" not in value and "javascript:" not in value.lower(), (name, value)
        assert name not in {"src", "href", "xlink:href", "action", "srcset"}
    assert not any("//" in style or "url(" in style for style in markup.styles)
    # The only URL in the page is the hostile article text, shown as text.
    assert hostile_page.count("https://") == sum(t.count("https://") for t in markup.text)


# --------------------------------------------------------------------------------------------------
# The disagreement rule
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claims", "agree"),
    [
        ([(500, "less_than"), (2000, "less_than")], True),  # "أقل من 500" vs "ما دون ألفي جندي"
        ([(2500, "approx"), (2000, "less_than")], False),  # [2000, 3000] vs [0, 2000)
        ([(2000, "approx"), (2000, "less_than")], True),  # [1600, 2400] vs [0, 2000)
        ([(2500, "approx"), (2500, None)], True),
        ([(900, "more_than"), (900, None)], False),  # (900, inf) excludes 900
        ([(900, "at_least"), (900, None)], True),
        ([(1000, "at_most"), (1000, "at_least")], True),  # they touch at 1000
        ([(1000, "less_than"), (1000, "at_least")], False),
        ([(605, None), (600, "more_than")], True),
        ([(500, "less_than"), (900, "more_than")], False),
        ([(10, "approx"), (11, "approx"), (13, "approx")], True),  # [8, 12] ∩ [8.8, 13.2] ∩ [10.4, 15.6]
        ([(10, "approx"), (13, "approx"), (20, "approx")], False),  # [8, 12] misses [16, 24]
        ([(7, None)], True),
        ([], True),
    ],
)
def test_disagreement_rule(claims: list[tuple[float, str | None]], agree: bool) -> None:
    assert subject_agrees(claims) is agree


def test_claim_intervals_follow_the_documented_rule() -> None:
    assert claim_interval(500, "less_than") == Interval(0, 500, hi_open=True)
    assert claim_interval(500, "at_most") == Interval(0, 500)
    assert claim_interval(500, "more_than") == Interval(500, float("inf"), lo_open=True, hi_open=True)
    assert claim_interval(500, "at_least") == Interval(500, float("inf"), hi_open=True)
    assert claim_interval(500, "approx") == Interval(400, 600)
    assert claim_interval(500, None) == claim_interval(500, "exact") == Interval(500, 500)
    assert claim_interval(500, "less_than").label() == "[0, 500)"
    assert claim_interval(2500, "approx").label() == "[2,000, 3,000]"


def test_conflicting_marks_each_claim_that_misses_another() -> None:
    intervals = [claim_interval(500, "less_than"), claim_interval(2000, "less_than"), claim_interval(2500, "approx")]
    assert conflicting(intervals) == [True, True, True]
    intervals = [claim_interval(500, "less_than"), claim_interval(2000, "less_than"), claim_interval(300, None)]
    assert conflicting(intervals) == [False, False, False]
    assert intersection_nonempty(intervals)


# --------------------------------------------------------------------------------------------------
# Where it goes, and the Dagster asset
# --------------------------------------------------------------------------------------------------


def test_report_path_is_beside_the_warehouse_unless_configured(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.delenv("AKHBAR_REPORT", raising=False)
    monkeypatch.setenv("AKHBAR_WAREHOUSE", str(tmp_path / "data" / "w.duckdb"))
    assert report_path() == (tmp_path / "data" / "reports" / "akhbar_report.html").resolve()
    monkeypatch.setenv("AKHBAR_REPORT", str(tmp_path / "elsewhere.html"))
    assert report_path() == (tmp_path / "elsewhere.html").resolve()


def test_the_asset_writes_the_page_atomically_with_metadata(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, clean_db: Path
) -> None:
    import dagster as dg

    from orchestration.defs.marts.report import analyst_report
    from orchestration.resources import WarehouseResource

    database = tmp_path / "warehouse.duckdb"
    shutil.copyfile(clean_db, database)
    monkeypatch.delenv("AKHBAR_REPORT", raising=False)
    monkeypatch.setenv("AKHBAR_WAREHOUSE", str(database))
    result = dg.materialize([analyst_report], resources={"warehouse": WarehouseResource(database=str(database))})
    assert result.success
    target = tmp_path / "reports" / "akhbar_report.html"
    assert target.read_text(encoding="utf-8") == _render(clean_db)
    assert [p.name for p in target.parent.iterdir()] == ["akhbar_report.html"]  # no temporary left behind
    metadata = result.asset_materializations_for_node("analyst_report")[0].metadata
    assert metadata["n_disagreements"].value == 1
    assert metadata["bytes"].value == target.stat().st_size
    assert metadata["path"].value == str(target)
    assert "soldier" in metadata["preview"].value


# --------------------------------------------------------------------------------------------------
# In a real browser
# --------------------------------------------------------------------------------------------------


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    if not CHROMIUM.exists():
        pytest.skip("chromium not installed: apt-get install chromium")
    command = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
        *args,
    ]
    return subprocess.run(
        command, capture_output=True, text=True, timeout=60, check=False, env={**os.environ, "HOME": str(tmp_path)}
    )


def test_chromium_renders_the_page_to_a_screenshot(tmp_path: Path, clean_page: str) -> None:
    page = tmp_path / "report.html"
    page.write_text(clean_page, encoding="utf-8")
    ARTIFACTS.mkdir(exist_ok=True)
    screenshot = ARTIFACTS / "report.png"
    screenshot.unlink(missing_ok=True)
    done = _chromium(tmp_path, "--window-size=1280,2000", f"--screenshot={screenshot}", page.as_uri())
    assert screenshot.exists(), done.stderr[-2000:]
    data = screenshot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(data) > 50_000  # a blank 1280x2000 page is a few kB


def test_chromium_dom_of_the_hostile_page_has_no_script_or_img(tmp_path: Path, hostile_page: str) -> None:
    page = tmp_path / "hostile.html"
    page.write_text(hostile_page, encoding="utf-8")
    done = _chromium(tmp_path, "--dump-dom", page.as_uri())
    dom = done.stdout
    assert '<html lang="ar" dir="rtl">' in dom, done.stderr[-2000:]
    markup = parse(dom)
    assert "script" not in markup.tags and "img" not in markup.tags
    assert not [name for name, _ in markup.attrs if name.startswith("on")]
    text = " ".join(markup.text)
    assert SCRIPT in text and IMG in text  # shown as text
