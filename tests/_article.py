"""Test helpers: articles built from lines, with one Sentence per line (no dependency on segment)."""

from __future__ import annotations

from pathlib import Path

from akhbar.records import ArticleDraft, Sentence

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


def sentences_by_line(text: str, kinds: dict[int, str] | None = None) -> list[Sentence]:
    """One sentence per non-empty line; ``kinds`` overrides the kind of some lines (by line number)."""
    out: list[Sentence] = []
    start = 0
    for number, line in enumerate(text.split("\n")):
        stripped = line.strip()
        if stripped:
            s = start + line.index(stripped)
            kind = (kinds or {}).get(number, "body")
            out.append(Sentence(len(out), number, s, s + len(stripped), stripped, kind))
        start += len(line) + 1
    return out


def draft(text: str) -> ArticleDraft:
    return ArticleDraft(body_text=text)
