"""What every reader returns, and how page metadata becomes an article's header lines."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from akhbar.normalize import normalize_text
from akhbar.records import ArticleDraft, Decoded, Span


@dataclass(frozen=True, slots=True)
class RecordError:
    """One record of a multi-record file that could not become an article (the others still load)."""

    where: str  # e.g. "line 7", "record 3"
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass(slots=True)
class ReadResult:
    """Articles read from one file, in order, and the records that were skipped.

    ``drafts`` holds ``(article_index, draft)`` pairs: for multi-record files the
    index is the record's position, so ids stay stable when a bad record is fixed.
    """

    drafts: list[tuple[int, ArticleDraft]] = field(default_factory=list)
    errors: list[RecordError] = field(default_factory=list)


class Reader(Protocol):
    """One input format."""

    name: str

    def decode(self, data: bytes) -> Decoded:
        """Bytes -> text; raises akhbar.encoding.DecodeError with a reason."""
        ...

    def read(self, text: str) -> ReadResult:
        """Decoded text -> article drafts (and skipped records)."""
        ...


def draft_from_parts(
    body: str,
    *,
    title: str | None = None,
    publisher: str | None = None,
    published: date | None = None,
    published_text: str | None = None,
    url: str | None = None,
) -> ArticleDraft:
    """An article from a format's metadata and its body text.

    The title, publisher and date become the article's header lines (as a
    scraped text page has them), so each has offsets into body_text like any
    other mention: ``title\\npublisher\\ndate\\n\\nbody``. A title that the body
    already starts with is not repeated.
    """
    body = normalize_text(body).strip()
    title = normalize_text(title).strip() if title else None
    if title and body.startswith(title):
        body = body[len(title) :].lstrip("\n")
    publisher = normalize_text(publisher).strip() if publisher else None
    if published is not None and not published_text:
        published_text = published.isoformat()
    published_text = normalize_text(published_text).strip() if published_text else None

    header: list[tuple[str, str]] = [
        (kind, value)
        for kind, value in (("title", title), ("publisher", publisher), ("published", published_text))
        if value
    ]
    text, spans, position = "", {}, 0
    for kind, value in header:
        spans[kind] = Span(position, position + len(value))
        text += value + "\n"
        position = len(text)
    text = (text + "\n" + body) if header and body else (text.rstrip("\n") or body)
    return ArticleDraft(
        body_text=text,
        title=title,
        title_span=spans.get("title"),
        publisher=publisher,
        publisher_span=spans.get("publisher"),
        published_date=published,
        published_text=published_text,
        published_span=spans.get("published"),
        url=url,
    )
