"""Hostile input, built by the test itself: every file is parsed or quarantined with a reason, nothing crashes.

One real pipeline run (Dagster + DuckDB + dbt) over a landing folder of
everything scrapers and file systems produce; then per-case assertions on
``raw.raw_files``, ``raw.ingest_errors`` and the marts.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from orchestration import corpus

ARTICLE = (
    "وزارة الدفاع تعلن خطة جديدة\n\n"
    "أعلنت وزارة الدفاع العراقية، اليوم الخميس، أنها ستنشر نحو 500 جندي على الحدود بحلول نهاية أيلول 2025.\n"
    "وقال المتحدث باسم الوزارة إن المرحلة الأولى ستكتمل خلال ثلاثة أشهر، بحسب وكالة الأنباء العراقية.\n"
)
LONG_LINE = " ".join(["كلمة"] * 40_000)  # 200,000 characters, no punctuation
PRESENTATION = "ﺃﻋﻠﻨﺖ ﻭﺯﺍﺭﺓ ﺍﻟﺪﻓﺎﻉ"  # أعلنت وزارة الدفاع in presentation forms

# name -> bytes (None: made specially below). Names exercise quoting, spaces, Arabic and a newline.
CASES: dict[str, bytes | None] = {
    "empty.txt": b"",
    "whitespace only.txt": b"  \n\t\n   \r\n",
    "photo.png.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
    "truncated-utf8.txt": ARTICLE.encode("utf-8")[:-1],  # cut inside the last character
    "windows-1256.txt": ARTICLE.encode("cp1256"),
    "iso-8859-6.txt": ARTICLE.replace("،", ",").encode("iso8859_6", errors="replace"),
    "utf-16 bom.txt": ARTICLE.encode("utf-16"),
    "utf-16 no bom.txt": ARTICLE.encode("utf-16-le"),
    "mixed encodings.txt": ARTICLE.encode("utf-8") + ARTICLE.encode("cp1256"),
    "long line.txt": (ARTICLE + LONG_LINE).encode("utf-8"),
    "page.html.txt": (
        "<!DOCTYPE html><html><head><title>خبر</title><script>var x = '<p>لا</p>';</script></head><body>"
        "<nav>الرئيسية | سياسة | اقتصاد</nav><article><h1>وزارة الدفاع تعلن خطة جديدة</h1>"
        + "".join(f"<p>{line}</p>" for line in ARTICLE.splitlines()[2:])
        + "</article><footer>جميع الحقوق محفوظة ©</footer></body></html>"
    ).encode("utf-8"),
    "bidi marks.txt": ("\u200f" + ARTICLE.replace(" ", " \u200e", 5) + "\u202b").encode("utf-8"),
    "zero width.txt": ARTICLE.replace("وزارة", "وزا\u200dرة").replace("جندي", "جن\u200cدي").encode("utf-8"),
    "tatweel.txt": ARTICLE.replace("الدفاع", "الدفـــــــــــــاع")
    .replace("وزارة", "وز" + "ـ" * 5000 + "ارة")
    .encode("utf-8"),
    "presentation forms.txt": (PRESENTATION + "، اليوم، أن 300 جندي سيغادرون.\n" + ARTICLE).encode("utf-8"),
    "nul bytes.txt": ARTICLE.encode("utf-8").replace(b" ", b" \x00", 3),
    "same content a.txt": ARTICLE.encode("utf-8") + b"\n",
    "same content b (copy).txt": ARTICLE.encode("utf-8") + b"\n",
    # distinct bytes (trailing newlines) so each loads as its own file rather than as a duplicate
    "quotes \"double\" 'single'; drop table x;--.txt": ARTICLE.encode("utf-8") + b"\n" * 2,
    "اسم عربي بمسافات.txt": ARTICLE.encode("utf-8") + b"\n" * 3,
    "new\nline.txt": ARTICLE.encode("utf-8") + b"\n" * 4,
    "big.txt": None,
    "loop.txt": None,
    "vanished.txt": None,
}
BIG_BYTES = 50_000_000  # over the 20 MB default limit (parsing 50 MB is measured in benchmarks/hostile_bench.py)


def _build(folder: Path) -> None:
    folder.mkdir()
    for name, data in CASES.items():
        if data is not None:
            (folder / name).write_bytes(data)
    with (folder / "big.txt").open("wb") as big:
        big.truncate(BIG_BYTES)  # sparse: 50 MB of NULs without writing them
    os.symlink("loop.txt", folder / "loop.txt")  # a symlink to itself
    os.symlink(folder / "gone" / "missing.txt", folder / "vanished.txt")  # listed, then gone when read


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory):
    from orchestration.run import materialize_all

    root = tmp_path_factory.mktemp("hostile")
    folder, warehouse = root / "landing", root / "warehouse.duckdb"
    _build(folder)
    saved = {key: os.environ.get(key) for key in ("AKHBAR_ARTICLES_DIR", "AKHBAR_WAREHOUSE", "AKHBAR_SNAPSHOT")}
    os.environ.update(
        AKHBAR_ARTICLES_DIR=str(folder), AKHBAR_WAREHOUSE=str(warehouse), AKHBAR_SNAPSHOT=str(root / "snapshot.duckdb")
    )
    try:
        with dg.DagsterInstance.ephemeral() as instance:
            result = materialize_all(instance)
    finally:
        for key, value in saved.items():
            os.environ.pop(key, None) if value is None else os.environ.__setitem__(key, value)
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        files = {
            row[0]: row[1:]
            for row in conn.execute("select source_file, status, encoding, error from raw.raw_files").fetchall()
        }
        errors = conn.execute("select source_file, stage, error from raw.ingest_errors").fetchall()
        articles = conn.execute("select source_file, body_text from marts.dim_articles").fetchall()
    yield result, files, errors, articles


def test_the_run_succeeds_with_every_check_passing(hostile) -> None:
    result, *_ = hostile
    assert result.success
    assert all(e.passed for e in result.get_asset_check_evaluations())


def test_every_file_is_recorded(hostile) -> None:
    _, files, _, _ = hostile
    assert set(files) == set(CASES)


@pytest.mark.parametrize(
    ("name", "stage", "reason"),
    [
        ("empty.txt", "decode", "empty"),
        ("whitespace only.txt", "decode", "empty"),
        ("photo.png.txt", "decode", "PNG"),
        ("big.txt", "read", "limit"),
        ("loop.txt", "read", "symbolic links"),
        ("vanished.txt", "read", "No such file"),
    ],
)
def test_unreadable_files_are_quarantined_with_a_reason(hostile, name: str, stage: str, reason: str) -> None:
    _, files, errors, articles = hostile
    assert files[name][0] == "quarantined"
    reasons = [error for source, error_stage, error in errors if source == name and error_stage == stage]
    assert reasons and reason.lower() in reasons[0].lower(), reasons
    assert name not in {source for source, _ in articles}


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("truncated-utf8.txt", "utf-8"),
        ("windows-1256.txt", "windows-1256"),
        ("iso-8859-6.txt", "iso-8859-6"),
        ("utf-16 bom.txt", "utf-16"),
        ("utf-16 no bom.txt", "utf-16-le"),
        ("mixed encodings.txt", "utf-8+windows-1256"),
        ("nul bytes.txt", "utf-8"),
    ],
)
def test_encodings_are_detected_and_the_article_loads(hostile, name: str, encoding: str) -> None:
    _, files, _, articles = hostile
    status, detected, _ = files[name]
    assert status == "decoded"
    assert detected.startswith(encoding)
    bodies = [body for source, body in articles if source == name]
    assert bodies and "وزارة الدفاع" in bodies[0]


@pytest.mark.parametrize(
    "name",
    [
        "bidi marks.txt",
        "zero width.txt",
        "tatweel.txt",
        "presentation forms.txt",
        "nul bytes.txt",
        "page.html.txt",
        "long line.txt",
        "mixed encodings.txt",
    ],
)
def test_noisy_text_is_parsed_into_clean_readable_bodies(hostile, name: str) -> None:
    _, files, _, articles = hostile
    assert files[name][0] == "decoded"
    bodies = [body for source, body in articles if source == name]
    assert bodies
    for body in bodies:
        assert not any(mark in body for mark in ("\x00", "\u200e", "\u200f", "\u202b", "\ufeff", "<p>", "<script"))
        assert "ـــ" not in body
        assert "ﺃ" not in body


def test_the_same_content_under_two_names_is_one_article_with_both_files_recorded(hostile) -> None:
    _, files, _, articles = hostile
    assert files["same content a.txt"][0] == "decoded"
    assert files["same content b (copy).txt"][0] == "duplicate"
    assert "same content a.txt" in files["same content b (copy).txt"][2]
    sources = [source for source, _ in articles]
    assert sources.count("same content a.txt") == 1
    assert "same content b (copy).txt" not in sources


@pytest.mark.parametrize(
    "name", ["quotes \"double\" 'single'; drop table x;--.txt", "اسم عربي بمسافات.txt", "new\nline.txt"]
)
def test_awkward_file_names_come_back_unchanged(hostile, name: str) -> None:
    _, files, _, articles = hostile
    assert files[name][0] == "decoded"
    assert name in {source for source, _ in articles}


def test_a_failing_extractor_leaves_no_partial_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    """An article whose numbers extractor raises is quarantined whole; its neighbours load."""
    import akhbar.pipeline

    real = akhbar.pipeline.extract_numbers

    def flaky(body_text: str, *args, **kwargs):
        if "قنبلة" in body_text:
            raise ValueError("boom")
        return real(body_text, *args, **kwargs)

    monkeypatch.setattr(akhbar.pipeline, "extract_numbers", flaky)
    files = [
        {"source_file": name, "status": "decoded", "content_sha256": str(i) * 64, "encoding": "utf-8", "text": text}
        for i, (name, text) in enumerate(
            [("good.txt", ARTICLE), ("bad.txt", ARTICLE.replace("على الحدود", "على الحدود المزروعة بقنبلة"))]
        )
    ]
    result = corpus.parse_files(files, datetime(2025, 1, 1))
    assert [(e["source_file"], e["stage"]) for e in result.errors] == [("bad.txt", "numbers")]
    assert "boom" in result.errors[0]["error"]
    for table, rows in result.tables.items():
        assert rows or table in {"statements", "source_mentions", "number_mentions", "date_mentions", "place_mentions"}
        good_ids = {row["article_id"] for row in result.tables["articles"]}
        assert {row["article_id"] for row in rows} <= good_ids, table
    assert [row["source_file"] for row in result.tables["articles"]] == ["good.txt"]


def test_files_that_vanish_or_change_between_listing_and_reading(tmp_path: Path, monkeypatch) -> None:
    """Listing and reading are two moments: what is read is what is hashed and recorded."""
    for name in ("stays.txt", "vanishes.txt", "changes.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    listed = corpus.list_article_files(tmp_path)
    (tmp_path / "vanishes.txt").unlink()
    (tmp_path / "changes.txt").write_text(ARTICLE + "\nوأضاف أن 20 جنديا سيبقون.\n", encoding="utf-8")
    monkeypatch.setattr(corpus, "list_article_files", lambda folder: listed)
    rows = {row["source_file"]: row for row in corpus.scan_files(tmp_path, datetime(2025, 1, 1))}
    assert rows["vanishes.txt"]["status"] == "quarantined"
    assert "No such file" in rows["vanishes.txt"]["error"]
    assert rows["changes.txt"]["status"] == "decoded"
    assert "20 جنديا" in rows["changes.txt"]["text"]
    assert rows["changes.txt"]["content_sha256"] != rows["stays.txt"]["content_sha256"]
