"""Scale benchmark: parse throughput, files -> built marts, incremental reruns, memory; printed as a table.

For each N (default 1,000 and 10,000; ``BENCH_N=100000`` or ``--n`` for more) it generates a corpus
with benchmarks/corpus_gen.py (fixed seed) and measures, each step in its own process:

* ``parse 1 core``: read, decode and parse every file (all extractors and the fingerprint), one
  process, no warehouse; at most ``--parse-sample`` files (default 10,000), so 100,000 stays quick;
* ``parse all cores``: the same through the parse step's process pool (orchestration.parse_step);
* ``end-to-end``: ``python -m orchestration.run`` on a fresh warehouse: files -> raw tables ->
  checks -> dbt build (marts and tests) -> snapshot, exports, report, with each Dagster step's time;
* ``incremental +100``: 100 new files added to the folder, the same command again;
* ``dateparser``: ``dateparser.search.search_dates`` (dates only) on the same articles' bodies, the
  reference the issue names; ``--dateparser-sample`` articles (default 100; it is slow).

Peak memory is the largest total RSS of the step's process tree (the run, its parse workers and
dbt), sampled every 0.2 s from /proc. The last line is machine-readable:

    RESULT parse_aps=... parse_aps_all=... e2e_s_10k=... incr_s_100=... peak_rss_mb=... dateparser_ratio=...

    python benchmarks/scale_bench.py [--n 1000 10000] [--workdir .bench] [--keep]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

PAGE = os.sysconf("SC_PAGE_SIZE")


# ---------------------------------------------------------------- memory of a process tree


def _tree_rss_bytes(root: int) -> int:
    """Total RSS of ``root`` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
        except (OSError, IndexError, ValueError):
            continue
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        try:
            with open(f"/proc/{pid}/statm", "rb") as handle:
                total += int(handle.read().split()[1]) * PAGE
        except (OSError, IndexError, ValueError):
            pass
        stack.extend(children.get(pid, []))
    return total


def run_measured(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """Run a command; (wall seconds, peak process-tree RSS in MB, stdout). Fails loudly on a non-zero exit."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=ROOT, env={**os.environ, **(env or {})}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _tree_rss_bytes(process.pid))
            done.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = process.communicate()
    done.set()
    sampler.join()
    wall = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{out[-3000:]}\n{err[-3000:]}")
    return wall, peak[0] / 2**20, out


# ---------------------------------------------------------------- steps run in a child process


def _decoded_files(folder: Path, limit: int) -> list[dict]:
    from datetime import datetime

    from orchestration import corpus

    paths = corpus.list_article_files(folder)[:limit]
    return [row for row in corpus.read_files(folder, paths, datetime.now()) if row["status"] == "decoded"]


def child_parse(folder: Path, limit: int, workers: int, chunk: int) -> dict:
    """Parse decoded files (no warehouse) with the parse step's code; one process or its pool."""
    from datetime import datetime

    from orchestration import corpus, parse_step

    files = _decoded_files(folder, limit)
    chunks = corpus.batched(files, chunk)
    started = time.perf_counter()
    n_articles = n_files = 0
    for result in parse_step.parsed_chunks(chunks, datetime.now(), "bench", workers):
        n_articles += result.n_articles
        n_files += result.n_files
    seconds = time.perf_counter() - started
    chars = sum(len(f["text"]) for f in files)
    return {"files": n_files, "articles": n_articles, "seconds": seconds, "chars": chars}


def child_dateparser(folder: Path, limit: int) -> dict:
    """``search_dates`` on the bodies of the first ``limit`` articles, and our whole parse on the same ones."""
    from datetime import datetime

    from dateparser.search import search_dates

    from akhbar.readers import reader_for
    from orchestration import parse_step

    files = _decoded_files(folder, limit * 2)
    bodies = []
    for f in files:
        bodies.extend(draft.body_text for _, draft in reader_for(f["source_file"]).read(f["text"]).drafts)
    bodies = bodies[:limit]
    search_dates("تمهيد", languages=["ar"])  # load its language data outside the timing
    started = time.perf_counter()
    found = sum(len(search_dates(body, languages=["ar"]) or []) for body in bodies)
    seconds = time.perf_counter() - started
    started = time.perf_counter()
    ours = parse_step.parse_chunk(files, datetime.now(), "bench")
    ours_seconds = time.perf_counter() - started
    return {
        "articles": len(bodies),
        "seconds": seconds,
        "dates_found": found,
        "ours_articles": ours.n_articles,
        "ours_seconds": ours_seconds,
    }


# ---------------------------------------------------------------- the benchmark


def _step(mode: str, **kwargs: object) -> tuple[dict, float]:
    """A measuring step in a child process: (its figures, its peak RSS in MB)."""
    command = [sys.executable, __file__, "--child", mode, json.dumps({k: str(v) for k, v in kwargs.items()})]
    _, rss, out = run_measured(command)
    return json.loads(out.strip().splitlines()[-1]), rss


def _dagster_steps(dagster_home: Path) -> dict[str, float]:
    """Seconds per Dagster step of the latest run recorded in ``dagster_home``."""
    code = (
        "import dagster as dg, json\n"
        "with dg.DagsterInstance.get() as i:\n"
        "    run = i.get_runs(limit=1)[0]\n"
        "    print(json.dumps({s.step_key: s.end_time - s.start_time for s in i.get_run_step_stats(run.run_id)}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "DAGSTER_HOME": str(dagster_home)},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    steps = json.loads(out.strip().splitlines()[-1])
    checks = sum(v for k, v in steps.items() if k.endswith("_pandera_schema"))
    main = {k: round(v, 1) for k, v in steps.items() if not k.endswith("_pandera_schema")}
    return {**main, "pandera checks (sum)": round(checks, 1)}


def _pipeline(corpus_dir: Path, work: Path) -> tuple[float, float, dict[str, float]]:
    env = {
        "AKHBAR_ARTICLES_DIR": str(corpus_dir),
        "AKHBAR_WAREHOUSE": str(work / "warehouse.duckdb"),
        "AKHBAR_SNAPSHOT": str(work / "warehouse.snapshot.duckdb"),
        "AKHBAR_EXPORTS_DIR": str(work / "exports"),
        "DAGSTER_HOME": str(work / "dagster"),
        "DBT_PROFILES_DIR": str(ROOT / "dbt"),
    }
    wall, rss, _ = run_measured([sys.executable, "-m", "orchestration.run"], env)
    return wall, rss, _dagster_steps(work / "dagster")


def bench_one(n: int, workdir: Path, args: argparse.Namespace, rows: list[tuple]) -> dict[str, float]:
    from corpus_gen import generate_corpus

    work = workdir / f"n{n}"
    shutil.rmtree(work, ignore_errors=True)
    corpus_dir = work / "articles"
    started = time.perf_counter()
    stats = generate_corpus(corpus_dir, n)
    kinds = ", ".join(f"{k} {v}" for k, v in {**stats["by_kind"], **stats["by_encoding"]}.items())
    detail = f"{kinds}; {stats['total_bytes'] / 1e6:,.0f} MB, median {stats['size_median'] / 1e3:.1f} KB"
    rows.append((n, "generate corpus", time.perf_counter() - started, None, detail))

    sample = min(n, args.parse_sample)
    one, rss = _step("parse", folder=corpus_dir, limit=sample, workers=1, chunk=args.chunk)
    aps_one = one["articles"] / one["seconds"]
    per_kchar = 1000 * one["seconds"] / (one["chars"] / 1000)
    rows.append(
        (
            n,
            "parse 1 core",
            one["seconds"],
            rss,
            f"{one['articles']} articles, {aps_one:,.0f}/s, {per_kchar:.2f} ms per 1,000 chars",
        )
    )
    workers = len(os.sched_getaffinity(0))
    pooled, rss = _step("parse", folder=corpus_dir, limit=n, workers=workers, chunk=args.chunk)
    aps_all = pooled["articles"] / pooled["seconds"]
    rows.append(
        (n, f"parse {workers} cores", pooled["seconds"], rss, f"{pooled['articles']} articles, {aps_all:,.0f}/s")
    )

    e2e, e2e_rss, steps = _pipeline(corpus_dir, work)
    rows.append((n, "end-to-end", e2e, e2e_rss, ", ".join(f"{k} {v}" for k, v in steps.items())))
    generate_corpus(corpus_dir, 100, start=n)
    incr, incr_rss, steps = _pipeline(corpus_dir, work)
    rows.append((n, "incremental +100", incr, incr_rss, ", ".join(f"{k} {v}" for k, v in steps.items())))

    ref, rss = _step("dateparser", folder=corpus_dir, limit=args.dateparser_sample)
    dp_aps = ref["articles"] / ref["seconds"]
    rows.append(
        (
            n,
            "dateparser",
            ref["seconds"],
            rss,
            f"{ref['articles']} articles, {dp_aps:,.1f}/s, {1000 / dp_aps:,.0f} ms each, {ref['dates_found']} dates",
        )
    )
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return {
        "parse_aps": aps_one,
        "parse_aps_all": aps_all,
        "e2e_s": e2e,
        "incr_s": incr,
        "peak_rss_mb": max(e2e_rss, incr_rss),
        "dateparser_ratio": aps_one / dp_aps,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    default_n = [int(v) for v in os.environ.get("BENCH_N", "1000 10000").replace(",", " ").split()]
    parser.add_argument("--n", type=int, nargs="+", default=default_n)
    parser.add_argument("--workdir", type=Path, default=ROOT / ".bench")
    parser.add_argument("--chunk", type=int, default=64)
    parser.add_argument("--parse-sample", type=int, default=10_000)
    parser.add_argument("--dateparser-sample", type=int, default=100)
    parser.add_argument("--keep", action="store_true", help="keep the generated corpora and warehouses")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, raw = args.child
        kwargs = json.loads(raw)
        folder, limit = Path(kwargs["folder"]), int(kwargs["limit"])
        if mode == "parse":
            print(json.dumps(child_parse(folder, limit, int(kwargs["workers"]), int(kwargs["chunk"]))))
        else:
            print(json.dumps(child_dateparser(folder, limit)))
        return

    rows: list[tuple] = []
    results = {n: bench_one(n, args.workdir, args, rows) for n in args.n}
    print(f"\n{'N':>7} | {'step':<17} | {'seconds':>8} | {'peak RSS MB':>11} | detail")
    print("-" * 120)
    for n, step, seconds, rss, detail in rows:
        rss_text = f"{rss:,.0f}" if rss is not None else ""
        print(f"{n:>7} | {step:<17} | {seconds:>8.1f} | {rss_text:>11} | {detail}")
    largest = max(args.n)
    headline = results[10_000] if 10_000 in results else results[largest]
    e2e_key = "e2e_s_10k" if 10_000 in results else f"e2e_s_{largest}"
    print(
        f"\nRESULT parse_aps={headline['parse_aps']:.0f} parse_aps_all={headline['parse_aps_all']:.0f} "
        f"{e2e_key}={headline['e2e_s']:.1f} incr_s_100={results[largest]['incr_s']:.1f} "
        f"peak_rss_mb={max(r['peak_rss_mb'] for r in results.values()):.0f} "
        f"dateparser_ratio={headline['dateparser_ratio']:.1f}"
    )
    if 10_000 not in results:
        print(f"(no N=10,000 in this run: e2e is for N={largest})")


if __name__ == "__main__":
    main()
