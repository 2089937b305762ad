"""Publishers and cited sources, canonicalised (stub)."""

from __future__ import annotations

from akhbar.records import ArticleDraft, Sentence, SourceMention, Statement


def extract_sources(
    draft: ArticleDraft, sentences: list[Sentence], statements: list[Statement]
) -> list[SourceMention]:
    """The article's publisher (role publisher) and every source it cites (role cited)."""
    return []
