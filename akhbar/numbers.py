"""Cardinal quantities with qualifier and counted noun (stub)."""

from __future__ import annotations

from akhbar.records import NumberMention, Sentence


def extract_numbers(
    body_text: str, sentences: list[Sentence], exclude_spans: list[tuple[int, int]]
) -> list[NumberMention]:
    """Number mentions; digits inside ``exclude_spans`` (date mentions) are not quantities."""
    return []
