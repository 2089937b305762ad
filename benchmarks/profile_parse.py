"""Throughput and profile of the per-article parse step, in one process on one core.

Runs a corpus through exactly what the parse asset does (``orchestration.corpus.parse_files``:
``reader_for(name).read(text)`` -> for each draft ``parse_draft`` -> ``article_rows`` ->
``fingerprint_row``) and prints:

1. **end to end**: articles/s, ms per article and ms per KB of article text, from
   ``parse_files`` itself (the fastest of ``--rounds`` passes, so a busy machine skews it less);
Times are the CPU time of this process (``time.process_time``), which other load on the machine
skews far less than wall time; the wall-clock rate is printed too.

2. **per stage**: the same sequence run step by step with a timer around each stage (read/split,
   shadow, segment, statements, dates, numbers, sources, places, claims, rows, fingerprint; each
   stage's fastest pass); its rows are checked against ``parse_files``'s, so the split describes
   the real thing;
3. with ``--profile``: a pyinstrument profile of ``parse_files`` (text renderer, top of the tree,
   and the functions with the most self time).

The default corpus is the seed pages (``seeds/``) repeated ``--repeat`` times (each copy gets its
own content hash, so article ids differ as they would for distinct files); ``--folder DIR`` takes
any folder of raw files instead (read and decoded with ``scan_files``, outside the timing).
Run from the project root::

    .venv/bin/python benchmarks/profile_parse.py                      # seeds x 40
    .venv/bin/python benchmarks/profile_parse.py --repeat 100 --profile
    .venv/bin/python benchmarks/profile_parse.py --folder /data/pages --limit 500
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from akhbar.claims import attach_claims
from akhbar.dates import extract_dates
from akhbar.numbers import extract_numbers
from akhbar.pipeline import _OUTLET_KINDS
from akhbar.places import extract_places
from akhbar.readers import reader_for
from akhbar.records import ParsedArticle
from akhbar.rows import Row, article_rows, make_article_id
from akhbar.segment import segment
from akhbar.shadow import shadow_of
from akhbar.sources import extract_sources
from akhbar.statements import extract_statements
from orchestration.corpus import fingerprint_row, parse_files, scan_files

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
STAGES = (
    "read/split",
    "shadow",
    "segment",
    "statements",
    "dates",
    "numbers",
    "sources",
    "places",
    "claims",
    "rows",
    "fingerprint",
)


def load_corpus(folder: Path, repeat: int, limit: int | None) -> list[Row]:
    """Decoded ``raw_files`` rows of ``folder``, ``repeat`` copies each with a distinct content hash."""
    now = datetime.now(UTC)
    decoded = [row for row in scan_files(folder, now) if row["status"] == "decoded"]
    if limit is not None:
        decoded = decoded[:limit]
    files: list[Row] = []
    for copy in range(repeat):
        for row in decoded:
            suffix = f"#{copy}" if repeat > 1 else ""
            files.append(
                {**row, "source_file": row["source_file"] + suffix, "content_sha256": row["content_sha256"] + suffix}
            )
    return files


class StageTimer:
    """Wall time per named stage, summed over the run."""

    def __init__(self) -> None:
        self.seconds = dict.fromkeys(STAGES, 0.0)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.process_time()
        try:
            yield
        finally:
            self.seconds[name] += time.process_time() - start


def staged_parse(files: list[Row], timer: StageTimer) -> dict[str, list[Row]]:
    """``parse_files``'s sequence, stage by stage under ``timer`` (the stages of ``parse_draft``).

    The Shadow every extractor matches on is built first, on its own, so its cost is not
    charged to whichever extractor happens to ask for it first.
    """
    tables: dict[str, list[Row]] = {}
    for file in files:
        name = file["source_file"]
        with timer.stage("read/split"):
            read = reader_for(name).read(file["text"])
        for index, draft in read.drafts:
            article_id = make_article_id(file["content_sha256"], index)
            text = draft.body_text
            with timer.stage("shadow"):
                shadow_of(text)
            with timer.stage("segment"):
                sentences = segment(draft)
            with timer.stage("statements"):
                statements = extract_statements(text, sentences)
            with timer.stage("dates"):
                dates = extract_dates(text, sentences, draft.published_date)
            with timer.stage("numbers"):
                numbers = extract_numbers(text, sentences, [(d.char_start, d.char_end) for d in dates])
            with timer.stage("sources"):
                sources = extract_sources(draft, sentences, statements)
            with timer.stage("places"):
                outlets = [(m.char_start, m.char_end) for m in sources if m.source_kind in _OUTLET_KINDS]
                places = extract_places(text, sentences, outlets)
            with timer.stage("claims"):
                attach_claims(text, sentences, numbers, places, dates, draft.published_date)
            with timer.stage("rows"):
                parsed = ParsedArticle(index, draft, sentences, statements, dates, numbers, sources, places)
                rows = article_rows(parsed, article_id=article_id, source_file=name)
            with timer.stage("fingerprint"):
                rows["article_fingerprints"] = [fingerprint_row(article_id, text)]
            for table, table_rows in rows.items():
                tables.setdefault(table, []).extend(table_rows)
    return tables


def _comparable(tables: Mapping[str, list[Row]]) -> dict[str, list[Row]]:
    """Tables without the columns parse_files adds after parsing (load time, file hash, encoding)."""
    added = {"ingested_at", "content_sha256", "encoding"}
    return {table: [{k: v for k, v in row.items() if k not in added} for row in rows] for table, rows in tables.items()}


def run_end_to_end(files: list[Row]) -> tuple[float, float, dict[str, list[Row]]]:
    """CPU seconds and wall seconds of ``parse_files`` over ``files``, and its tables."""
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    result = parse_files(files, datetime.now(UTC))
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    if result.errors:
        print(f"warning: {len(result.errors)} ingest errors, first: {result.errors[0]}")
    return cpu, wall, result.tables


def report_end_to_end(seconds: float, wall: float, tables: Mapping[str, list[Row]], n_files: int) -> None:
    articles = tables["articles"]
    n_articles = len(articles)
    kb = sum(len(row["body_text"].encode()) for row in articles) / 1024
    chars = sum(row["n_chars"] for row in articles)
    print(
        f"corpus: {n_files} files, {n_articles} articles, {kb:.0f} KB of article text "
        f"({chars / n_articles:.0f} chars/article)"
    )
    print(
        f"end to end (parse_files): {n_articles / seconds:,.0f} articles/s, "
        f"{1000 * seconds / n_articles:.2f} ms/article, {1000 * seconds / kb:.3f} ms/KB (CPU time); "
        f"wall {n_articles / wall:,.0f} articles/s"
    )


def report_stages(timer: StageTimer, n_articles: int) -> None:
    total = sum(timer.seconds.values())
    print(f"per stage, CPU time ({1000 * total / n_articles:.2f} ms/article in all):")
    for name in STAGES:
        seconds = timer.seconds[name]
        print(f"  {name:<12} {1000 * seconds / n_articles:7.3f} ms/article  {100 * seconds / total:5.1f}%")


def profile(files: list[Row], lines: int) -> None:
    """pyinstrument over ``parse_files``: the top of the call tree, then the top self-time functions."""
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.0005)
    profiler.start()
    parse_files(files, datetime.now(UTC))
    profiler.stop()
    tree = profiler.output_text(unicode=True, color=False, show_all=False)
    print("\n".join(tree.splitlines()[:lines]))
    root = profiler.last_session.root_frame(trim_stem=False) if profiler.last_session else None
    if root is None:
        return
    self_times = _self_times(root)
    total = root.time or 1.0
    print("functions by self time (time in the function itself, C calls it makes included):")
    for (function, where), seconds in sorted(self_times.items(), key=lambda item: -item[1])[:30]:
        print(f"  {100 * seconds / total:5.1f}%  {function}  {where}")


def _self_times(root: Any) -> dict[tuple[str, str], float]:
    """Seconds spent in each Python function itself, from a pyinstrument frame tree.

    Built-in calls (``re`` scans, ``str`` methods) are charged to the Python function calling them,
    so a regex-heavy extractor shows up as itself rather than as ``Pattern.finditer``.
    """
    totals: dict[tuple[str, str], float] = {}
    stack = [(root, None)]
    while stack:
        frame, owner = stack.pop()
        is_python = frame.file_path is not None and not frame.is_synthetic and "<built-in>" not in frame.file_path
        key = (frame.function, f"{frame.file_path_short}:{frame.line_no}") if is_python else owner
        children_time = 0.0
        for child in frame.children:
            stack.append((child, key))
            child_python = (
                child.file_path is not None and not child.is_synthetic and "<built-in>" not in child.file_path
            )
            if child_python:
                children_time += child.time
        if is_python and key is not None:
            totals[key] = totals.get(key, 0.0) + frame.time - children_time
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folder", type=Path, default=SEEDS, help="folder of raw files (default: seeds/)")
    parser.add_argument(
        "--repeat", type=int, default=None, help="copies of the corpus (default: 40 for the seeds, 1 else)"
    )
    parser.add_argument("--limit", type=int, default=None, help="at most N files of the folder")
    parser.add_argument("--rounds", type=int, default=3, help="timed passes; the fastest is reported (default 3)")
    parser.add_argument("--profile", action="store_true", help="also profile parse_files with pyinstrument")
    parser.add_argument("--profile-lines", type=int, default=120, help="lines of the profile tree to print")
    args = parser.parse_args()
    repeat = args.repeat if args.repeat is not None else (40 if args.folder == SEEDS else 1)

    files = load_corpus(args.folder, repeat, args.limit)
    if not files:
        sys.exit(f"no readable files in {args.folder}")
    parse_files(files[: min(len(files), 10)], datetime.now(UTC))  # warm-up: lexicons, compiled patterns

    seconds, wall, tables = min((run_end_to_end(files) for _ in range(args.rounds)), key=lambda run: run[0])
    n_articles = len(tables["articles"])
    report_end_to_end(seconds, wall, tables, len(files))

    timers = []
    for _ in range(args.rounds):
        timer = StageTimer()
        gc.collect()
        staged = staged_parse(files, timer)
        timers.append(timer)
    best = StageTimer()
    best.seconds = {name: min(t.seconds[name] for t in timers) for name in STAGES}
    same = _comparable(staged) == _comparable(tables)
    report_stages(best, n_articles)
    print(f"stage-by-stage rows equal parse_files rows: {'yes' if same else 'NO (the split is out of date)'}")

    if args.profile:
        print()
        profile(files, args.profile_lines)


if __name__ == "__main__":
    main()
