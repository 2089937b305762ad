"""Command line: ``python -m akhbar parse [--published YYYY-MM-DD] [--jsonl] [FILE]``."""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from akhbar.encoding import DecodeError
from akhbar.pipeline import parse_bytes, parse_text
from akhbar.records import ParsedArticle
from akhbar.rows import article_rows, make_article_id


def _article_json(parsed: ParsedArticle, content_sha: str, source_file: str) -> dict[str, Any]:
    rows = article_rows(parsed, article_id=make_article_id(content_sha, parsed.article_index), source_file=source_file)
    article = rows["articles"][0]
    return {
        **article,
        "statements": rows["statements"],
        "dates": rows["date_mentions"],
        "numbers": rows["number_mentions"],
        "sources": rows["source_mentions"],
    }


def _dumps(obj: Any, indent: int | None) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=indent, default=str)


def _parse_file(args: argparse.Namespace) -> int:
    data = sys.stdin.buffer.read() if args.file in (None, "-") else Path(args.file).read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    try:
        _, articles = parse_bytes(data, published=args.published, filename=args.file)
    except DecodeError as exc:
        print(f"akhbar: cannot read {args.file or 'stdin'}: {exc}", file=sys.stderr)
        return 2
    name = args.file or "-"
    print(_dumps({"articles": [_article_json(a, sha, name) for a in articles]}, indent=2))
    return 0


def _parse_jsonl(args: argparse.Namespace) -> int:
    for line_number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            text = record["text"]
            published = date.fromisoformat(record["published"]) if record.get("published") else None
        except (ValueError, KeyError, TypeError) as exc:
            print(_dumps({"line": line_number, "error": f"bad input line: {exc}"}, None))
            continue
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
        articles = parse_text(text, split=False, published=published)
        print(_dumps({"articles": [_article_json(a, sha, f"stdin:{line_number}") for a in articles]}, None))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m akhbar", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    parse = commands.add_parser("parse", help="parse one article file (or stdin) and print JSON")
    parse.add_argument("file", nargs="?", help="raw article file; stdin when omitted or '-'")
    parse.add_argument("--published", type=date.fromisoformat, help="publication date YYYY-MM-DD for relative dates")
    parse.add_argument("--jsonl", action="store_true", help='batch mode: JSON lines {"text", "published"} on stdin')
    args = parser.parse_args(argv)
    return _parse_jsonl(args) if args.jsonl else _parse_file(args)
