"""``python -m akhbar parse``: one file, stdin, and JSON-lines batch mode."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ARTICLE_KEYS = {"title", "publisher", "published_date", "body_text", "statements", "dates", "numbers", "sources"}


def _akhbar(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "akhbar", *args], input=stdin, capture_output=True, check=False)


def test_parse_file_prints_articles_with_contract_fields() -> None:
    done = _akhbar("parse", str(SEEDS / "002_517780d7178148ed.txt"))
    assert done.returncode == 0, done.stderr
    articles = json.loads(done.stdout)["articles"]
    assert len(articles) == 2
    for article in articles:
        assert set(article) >= ARTICLE_KEYS
        for record in article["dates"] + article["numbers"] + article["statements"] + article["sources"]:
            assert article["body_text"][record["char_start"] : record["char_end"]] == record["surface_text"]


def test_parse_reads_stdin_and_takes_a_publication_date() -> None:
    text = "قال الوزير أمس إن 500 جندي سيغادرون العام المقبل.".encode()
    done = _akhbar("parse", "--published", "2025-10-01", stdin=text)
    assert done.returncode == 0, done.stderr
    (article,) = json.loads(done.stdout)["articles"]
    assert article["published_date"] == "2025-10-01"


def test_unreadable_input_is_a_clear_error() -> None:
    done = _akhbar("parse", stdin=b"")
    assert done.returncode == 2
    assert b"empty" in done.stderr


def test_jsonl_batch_mode_one_line_out_per_line_in() -> None:
    lines = [
        {"text": "قال الوزير إن 500 جندي سيغادرون.", "published": "2025-01-02"},
        {"text": "أعلنت الوزارة، اليوم الخميس، خطة جديدة.", "published": None},
    ]
    stdin = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines).encode() + b"\nnot json\n"
    done = _akhbar("parse", "--jsonl", stdin=stdin)
    assert done.returncode == 0, done.stderr
    out = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert len(out) == 3
    assert out[0]["articles"][0]["body_text"] == lines[0]["text"]  # taken as it stands
    assert out[2]["error"].startswith("bad input line")
