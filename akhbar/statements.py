"""Attributed statements: speaker + reporting verb or formula + content (stub)."""

from __future__ import annotations

from akhbar.records import Sentence, Statement


def extract_statements(body_text: str, sentences: list[Sentence]) -> list[Statement]:
    """Statements in the article's body sentences (titles and bylines are never statements)."""
    return []
