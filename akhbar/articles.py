"""Cut a page into articles and find their metadata (stub: the whole page is one article)."""

from __future__ import annotations

from akhbar.records import ArticleDraft


def split_articles(text: str) -> list[ArticleDraft]:
    """Return the articles on a page, page chrome removed."""
    body = text.strip()
    return [ArticleDraft(body_text=body)] if body else []


def single_article(text: str) -> ArticleDraft:
    """Take ``text`` as one article body as it stands (no chrome removal, no split)."""
    return ArticleDraft(body_text=text)
