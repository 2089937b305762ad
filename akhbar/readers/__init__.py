"""Readers: one small module per input format, chosen by the file's suffix.

A reader turns a file's bytes into text (``decode``) and the text into article
drafts (``read``); the extractors never see the format. Adding a format means
writing one module with a ``Reader`` and registering its suffixes here.

- ``.txt`` (and anything unknown): scraped page text; akhbar's chrome rules (akhbar/readers/text.py)
- ``.html`` / ``.htm``: a saved web page; trafilatura finds the article and its metadata (akhbar/readers/html.py)
- ``.jsonl`` / ``.ndjson`` / ``.json``: feed records, one article each (akhbar/readers/jsonl.py)
"""

from __future__ import annotations

from pathlib import PurePath

from akhbar.readers.base import Reader, ReadResult, RecordError, draft_from_parts
from akhbar.readers.html import HTML_READER
from akhbar.readers.jsonl import JSONL_READER
from akhbar.readers.text import TEXT_READER

READERS: dict[str, Reader] = {
    ".html": HTML_READER,
    ".htm": HTML_READER,
    ".jsonl": JSONL_READER,
    ".ndjson": JSONL_READER,
    ".json": JSONL_READER,
}


def reader_for(name: str) -> Reader:
    """The reader for a file name (by suffix, case-insensitive); text for everything else."""
    return READERS.get(PurePath(name).suffix.lower(), TEXT_READER)


__all__ = ["READERS", "ReadResult", "Reader", "RecordError", "draft_from_parts", "reader_for"]
