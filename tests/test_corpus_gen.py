"""The synthetic corpus generator (benchmarks/corpus_gen.py) makes what the scale benchmark needs.

The benchmark's numbers are only meaningful if the generated files are what the brief says:
deterministic per (seed, index), the four encodings, sizes within [1 KB, 60 KB], ~1% bad files
that the pipeline really quarantines, two-article pages that really split, and articles that
really yield statements, dates and numbers. Each test checks one of these through the real
readers and parser, not through the generator's own idea of its output.
"""

from __future__ import annotations

import importlib.util
import random
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

from akhbar.encoding import arabic_ratio
from akhbar.pipeline import parse_bytes
from akhbar.readers import reader_for
from akhbar.syndication import shingles
from orchestration.corpus import parse_files, scan_files

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("akhbar_corpus_gen", ROOT / "benchmarks" / "corpus_gen.py")
assert _spec is not None and _spec.loader is not None
gen = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = gen  # dataclasses look their module up while the class is built
_spec.loader.exec_module(gen)

NOW = datetime(2026, 1, 1)
SEED = gen.DEFAULT_SEED


@pytest.fixture(scope="module")
def pages_2000() -> list:
    """The first 2000 files with their ground truth (rendered in memory, no disk)."""
    return [gen.render_page(i, SEED) for i in range(2000)]


def _first_index(kind: str, limit: int = 50_000) -> int:
    """The first file index of ``kind`` ("two_articles", "bad:empty", ...); file_kind renders nothing."""
    return next(i for i in range(limit) if gen.file_kind(i, SEED) == kind)


def test_same_seed_and_index_give_the_same_bytes() -> None:
    for index in (0, 7, 123, 10_000):
        assert gen.render_file(index, SEED) == gen.render_file(index, SEED)
    assert gen.render_file(5, SEED) != gen.render_file(5, SEED + 1)


def test_different_indexes_give_different_files() -> None:
    files = [gen.render_file(i, SEED) for i in range(300)]
    assert len({name for name, _ in files}) == 300
    non_empty = [data for _, data in files if data.strip()]
    assert len(set(non_empty)) == len(non_empty)


def test_start_adds_new_files_to_a_corpus(tmp_path: Path) -> None:
    first = gen.generate_corpus(tmp_path, 20, SEED, start=0)
    later = gen.generate_corpus(tmp_path, 5, SEED, start=20)
    assert first["n_files"] == 20 and later["n_files"] == 5
    files = sorted(tmp_path.iterdir())
    assert [f.name for f in files] == [gen.render_file(i, SEED)[0] for i in range(25)]
    assert files[22].read_bytes() == gen.render_file(22, SEED)[1]


def test_all_four_encodings_occur_and_decode_to_arabic(pages_2000: list) -> None:
    seen: Counter[str] = Counter()
    for page in pages_2000[:400]:
        if page.kind == "bad":
            continue
        decoded = reader_for(page.name).decode(page.data)
        expected = {"utf-16": ("utf-16-le", "utf-16-be")}.get(page.encoding, (page.encoding,))
        assert decoded.encoding in expected, (page.name, page.encoding, decoded.encoding)
        assert arabic_ratio(decoded.text) > 0.8, page.name
        seen[page.encoding] += 1
    assert set(seen) == {"utf-8", "utf-8-sig", "windows-1256", "utf-16"}
    assert 0.6 < seen["utf-8"] / sum(seen.values()) < 0.8


def test_good_files_are_between_1_and_60_kb(pages_2000: list) -> None:
    sizes = sorted(len(p.data) for p in pages_2000 if p.kind != "bad")
    assert sizes[0] >= gen.MIN_BYTES >= 1000
    assert sizes[-1] <= gen.MAX_BYTES <= 60 * 1024
    median = sizes[len(sizes) // 2]
    assert 3000 <= median <= 6000  # most real news pages are 2-10 KB


def test_mix_of_kinds(pages_2000: list) -> None:
    kinds = Counter(p.kind for p in pages_2000)
    assert 0.002 <= kinds["bad"] / 2000 <= 0.03
    assert 0.05 <= kinds["two_articles"] / 2000 <= 0.11
    assert 0.01 <= kinds["syndicated"] / 2000 <= 0.04


def test_syndicated_copy_republishes_an_earlier_article(pages_2000: list) -> None:
    copy = next(p for p in pages_2000 if p.kind == "syndicated")
    assert copy.source_index is not None and copy.source_index < copy.index
    source = pages_2000[copy.source_index]
    assert source.kind == "single"
    body = copy.articles[0].paragraphs
    assert body[1:] == source.articles[0].paragraphs[1 : len(body)]
    assert copy.data != source.data


def test_random_articles_share_few_5grams(pages_2000: list) -> None:
    bodies = ["\n".join(p.articles[0].paragraphs) for p in pages_2000[:200] if p.kind in ("single", "two_articles")]
    r = random.Random(1)
    scores = []
    for _ in range(40):
        a, b = r.sample(bodies, 2)
        sa, sb = shingles(a), shingles(b)
        scores.append(len(sa & sb) / len(sa | sb))
    assert sum(scores) / len(scores) < 0.2


def test_every_bad_kind_is_quarantined(tmp_path: Path) -> None:
    indexes = {kind: _first_index(f"bad:{kind}") for kind in gen.BAD_KINDS}
    for index in indexes.values():
        name, data = gen.render_file(index, SEED)
        (tmp_path / name).write_bytes(data)
    files = scan_files(tmp_path, NOW)
    parsed = parse_files(files, NOW)
    quarantined = {f["source_file"] for f in files if f["status"] == "quarantined"}
    failed_parse = {e["source_file"] for e in parsed.errors}
    for kind, index in indexes.items():
        name = gen.render_file(index, SEED)[0]
        assert name in quarantined | failed_parse, f"{kind} ({name}) was not quarantined"
    assert parsed.tables["articles"] == []


def test_two_article_page_parses_into_two_articles(tmp_path: Path) -> None:
    later = [i for i in range(200, 400) if gen.file_kind(i, SEED) == "two_articles"][:3]
    for index in [_first_index("two_articles"), *later]:
        name, data = gen.render_file(index, SEED)
        (tmp_path / name).write_bytes(data)
    parsed = parse_files(scan_files(tmp_path, NOW), NOW)
    assert parsed.errors == []
    per_file = Counter(row["source_file"] for row in parsed.tables["articles"])
    assert len(per_file) == 4 and set(per_file.values()) == {2}


def test_generated_articles_yield_statements_dates_and_numbers() -> None:
    totals: Counter[str] = Counter()
    n_articles = 0
    for index in range(40):
        page = gen.render_page(index, SEED)
        if page.kind == "bad":
            continue
        _, articles = parse_bytes(page.data, filename=page.name)
        assert len(articles) == len(page.articles), page.name
        for article in articles:
            n_articles += 1
            assert article.statements, f"{page.name}: no statement"
            assert article.dates, f"{page.name}: no date"
            totals["numbers"] += len(article.numbers)
            totals["statements"] += len(article.statements)
            totals["dates"] += len(article.dates)
    assert n_articles >= 35
    for what in ("statements", "dates", "numbers"):
        assert totals[what] >= 3 * n_articles, (what, totals[what], n_articles)


def test_a_single_article_page_yields_a_statement_a_date_and_a_number(tmp_path: Path) -> None:
    name, data = gen.render_file(_first_index("single"), SEED)
    (tmp_path / name).write_bytes(data)
    parsed = parse_files(scan_files(tmp_path, NOW), NOW)
    assert len(parsed.tables["articles"]) == 1
    for table in ("statements", "date_mentions", "number_mentions"):
        assert parsed.tables[table], table
