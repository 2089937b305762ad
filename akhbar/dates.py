"""Temporal expressions, normalised to ISO values and DATE periods (stub)."""

from __future__ import annotations

from datetime import date

from akhbar.records import DateMention, Sentence


def extract_dates(body_text: str, sentences: list[Sentence], published: date | None) -> list[DateMention]:
    """Date mentions in the article; relative ones resolved against ``published``."""
    return []
