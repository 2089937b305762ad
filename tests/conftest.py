"""Shared fixtures: a real pipeline run (Dagster + DuckDB + dbt) on a temporary corpus."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from orchestration.run import MARTS as MART_NAMES

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = PROJECT_ROOT / "seeds"

PNG_BYTES = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256)) * 4

# A short article of our own, saved as Windows-1256 (as many Arabic sites still serve it).
CP1256_ARTICLE = (
    "الحكومة تعلن خطة جديدة للطاقة\n\n"
    "أعلنت وزارة الكهرباء العراقية، يوم الثلاثاء، أنها ستضيف 500 ميغاواط إلى الشبكة بحلول نهاية العام.\n"
    "وقال المتحدث باسم الوزارة إن المرحلة الأولى ستكتمل في آذار 2026.\n"
)


# The same kind of article as a feed record (JSON lines, one bad line) and as a saved web page.
FEED_RECORD = {
    "url": "https://example.org/news/1",
    "title": "الجيش يعلن خطة لتأمين الحدود",
    "date": "2025-03-04",
    "source": "وكالة المثال",
    "text": "أعلن الجيش العراقي، اليوم الثلاثاء، أنه سينشر نحو 500 جندي على الحدود. "
    "وقال المتحدث باسم الجيش إن المرحلة الأولى ستكتمل بحلول نهاية آذار 2025.",
}
HTML_PAGE = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>الحكومة تقر الموازنة - صحيفة المثال</title>'
    '<meta property="og:site_name" content="صحيفة المثال"><link rel="canonical" href="https://example.org/b/2">'
    '<meta property="article:published_time" content="2025-02-10T08:00:00+03:00"></head><body>'
    "<nav><a>الرئيسية</a> <a>سياسة</a> <a>اقتصاد</a></nav><article><h1>الحكومة تقر الموازنة</h1>"
    "<p>أقر مجلس الوزراء العراقي، أمس الأحد، موازنة بقيمة 150 تريليون دينار للعام الحالي.</p>"
    "<p>وقال وزير المالية إن الموازنة تتضمن زيادة بنسبة 10% في رواتب الموظفين.</p></article>"
    "<aside><h3>اقرأ أيضا</h3><ul><li><a>خبر آخر لا علاقة له</a></li></ul></aside></body></html>"
)


@dataclass
class PipelineRun:
    """A finished run over a temporary corpus: the Dagster result and the warehouse it built."""

    articles_dir: Path
    warehouse: Path
    results: list  # ExecuteInProcessResult of each run (the pipeline is run twice)


def build_corpus(folder: Path) -> None:
    """The sample corpus plus the kinds of bad input a landing folder really gets."""
    folder.mkdir(parents=True, exist_ok=True)
    for seed in sorted(SEEDS_DIR.glob("*.txt")):
        shutil.copy(seed, folder / seed.name)
    (folder / "image saved as text.txt").write_bytes(PNG_BYTES)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "nested").mkdir()
    seed_000 = (SEEDS_DIR / "000_323e825c512a0745.txt").read_bytes()
    (folder / "nested" / 'copy of 000; it\'s "quoted".txt').write_bytes(seed_000)
    (folder / "windows-1256 وزارة.txt").write_bytes(CP1256_ARTICLE.encode("cp1256"))
    feed = [json.dumps(FEED_RECORD, ensure_ascii=False), "{not json", json.dumps({"title": "بلا نص"})]
    (folder / "feed.jsonl").write_text("\n".join(feed) + "\n", encoding="utf-8")
    (folder / "page.html").write_text(HTML_PAGE, encoding="utf-8")


@pytest.fixture(scope="session")
def pipeline_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PipelineRun]:
    """Materialise every asset twice (the second run must change nothing) on a temporary corpus."""
    import dagster as dg

    root = tmp_path_factory.mktemp("pipeline")
    articles_dir, warehouse = root / "articles", root / "warehouse.duckdb"
    build_corpus(articles_dir)
    isolated = ("AKHBAR_ARTICLES_DIR", "AKHBAR_WAREHOUSE", "AKHBAR_SNAPSHOT", "AKHBAR_EXPORTS_DIR", "AKHBAR_REPORT")
    saved = {key: os.environ.pop(key, None) for key in isolated}
    os.environ["AKHBAR_ARTICLES_DIR"], os.environ["AKHBAR_WAREHOUSE"] = str(articles_dir), str(warehouse)
    try:
        from orchestration.run import materialize_all

        with dg.DagsterInstance.ephemeral() as instance:
            results = [materialize_all(instance)]
            yield_snapshot = snapshot_marts(warehouse)
            results.append(materialize_all(instance))
        run = PipelineRun(articles_dir, warehouse, results)
        run.first_snapshot = yield_snapshot  # type: ignore[attr-defined]
        yield run
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


MARTS = MART_NAMES  # the contract's six marts (orchestration/run.py)


def snapshot_marts(warehouse: Path) -> dict[str, str]:
    """An order-independent hash of every mart's content."""
    import duckdb

    with duckdb.connect(str(warehouse), read_only=True) as conn:
        return {
            mart: conn.execute(f"select count(*), bit_xor(hash(t::varchar)) from marts.{mart} t").fetchone().__repr__()
            for mart in MARTS
        }
