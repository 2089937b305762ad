"""Feed records: JSON lines (.jsonl, .ndjson) and JSON files (.json), one article per record.

**Records**: a JSON object with a text field (``text``, ``content``, ``body``, ``article``,
``full_text``; first non-empty wins) or an HTML field (``html``, ``raw_html``, ``content_html``).
Metadata fields, when present: url (``url``, ``link``, ``href``), title (``title``,
``headline``), date (``date``, ``published``, ``published_at``, ``pubDate``, ``datePublished``:
ISO dates and datetimes, RFC 822 "Tue, 04 Mar 2025 10:00:00 GMT", else whatever dateutil
reads unambiguously) and outlet (``outlet``, ``source``, ``site``, ``site_name``,
``publisher``, ``sitename``: a string, or an object with a ``name``).

- A record's text is the article body as it stands: normalised, no chrome removal, no split.
  A text field holding inline markup ("<p>...</p>", as RSS ``content:encoded`` does) is reduced
  to its text first (``akhbar.html_text.html_to_text``), so body_text never holds tags.
- A record with HTML and no text is read like an .html page (trafilatura, akhbar's rules as
  fallback); the record's own metadata fields override what the page says.
- The record's date is the article's dateline (``published_text``): an ISO date or datetime as
  the feed wrote it, any other form (RFC 822 ...) as the ISO date it means. An unreadable date
  leaves the date null (the record still loads).

**Indexes and errors**: ``article_index`` is the record's 0-based position -- for JSON lines
the index of its line among *all* lines (blank ones included), so fixing or deleting-to-blank a
bad line keeps every other article's id; for a JSON array, the element's index. A bad record is
a ``RecordError`` ("line N" / "record N", 1-based like an editor) and never loses the others:
invalid JSON, a line that is not an object (an array, a string ...), a record with no text or
html field.

**.json files**: a JSON array of objects, or one object (index 0, "record 1"). A .json file that
is not valid JSON as a whole is read as JSON lines (many scrapers write JSON lines with a .json
name); if no line of it parses either, the file is one ``RecordError("file", ...)``.
"""

from __future__ import annotations

import email.utils
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from akhbar.encoding import decode_bytes
from akhbar.html_text import html_to_text
from akhbar.readers.base import ReadResult, RecordError, draft_from_parts
from akhbar.readers.html import page_parts, read_html, with_metadata
from akhbar.records import ArticleDraft, Decoded

TEXT_KEYS = ("text", "content", "body", "article", "full_text")
HTML_KEYS = ("html", "raw_html", "content_html")
URL_KEYS = ("url", "link", "href")
TITLE_KEYS = ("title", "headline")
DATE_KEYS = ("date", "published", "published_at", "pubDate", "datePublished")
OUTLET_KEYS = ("outlet", "source", "site", "site_name", "publisher", "sitename")

# "<p>", "<br/>", "<div class=...>": a text field that holds markup
_MARKUP_RE = re.compile(
    r"<(?:p|br|div|span|a|strong|em|b|i|h[1-6]|ul|ol|li|figure|img|blockquote|table)\b[^<>]*/?>", re.IGNORECASE
)
_ISO_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:$|[T ])")


def parse_date(value: Any) -> date | None:
    """A feed's date field -> date (ISO, RFC 822, epoch seconds, or what dateutil reads); else None."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        try:
            return datetime.fromtimestamp(value / 1000 if value > 1e11 else value).date()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if _ISO_DATE_RE.match(text):
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None
    try:  # RFC 822 / RFC 2822, as RSS feeds write it
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        from dateutil import parser as date_parser

        return date_parser.parse(text, dayfirst=True).date()
    except (ValueError, OverflowError, TypeError):
        return None


def _first(record: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = record.get(key)
        if value not in (None, "", [], {}):
            return value
    return None


def _string(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _outlet(record: dict[str, Any]) -> str | None:
    value = _first(record, OUTLET_KEYS)
    if isinstance(value, dict):
        value = value.get("name") or value.get("title")
    return _string(value)


def record_draft(record: dict[str, Any]) -> ArticleDraft | str:
    """One record -> its article, or the reason it has none."""
    text = _text(_first(record, TEXT_KEYS))
    html = _text(_first(record, HTML_KEYS)) if text is None else None
    if text is not None and _MARKUP_RE.search(text):
        text = html_to_text(text)  # feed content with inline markup (RSS content:encoded): its text
    if text is None and html is None:
        keys = ", ".join(sorted(record)) or "none"
        return f"record has no text or html field (keys: {keys})"
    url = _string(_first(record, URL_KEYS))
    title = _string(_first(record, TITLE_KEYS))
    outlet = _outlet(record)
    raw_date = _first(record, DATE_KEYS)
    published = parse_date(raw_date)
    # an ISO date/datetime is kept as written; other forms (RFC 822 ...) become the ISO date, which
    # akhbar's date rules read as one day ("Mon, 03 Mar 2025 ..." would give a bare year 2025)
    published_text = (
        raw_date.strip()
        if published is not None and isinstance(raw_date, str) and _ISO_DATE_RE.match(raw_date.strip())
        else None
    )
    if text is not None:
        return draft_from_parts(
            text, title=title, publisher=outlet, published=published, published_text=published_text, url=url
        )
    parts = page_parts(html or "", url=url)
    if parts is None:  # akhbar's page rules found the article(s): the record's fields fill what they lack
        drafts = read_html(html or "", url=url)
        if not drafts:
            return "html field holds no article text"
        return with_metadata(
            drafts[0], title=title, publisher=outlet, published=published, published_text=published_text, url=url
        )
    if published is not None:
        parts.published, parts.published_text = published, published_text
    parts.title = title or parts.title
    parts.publisher = outlet or parts.publisher
    parts.url = url or parts.url
    return parts.draft()


@dataclass(frozen=True)
class JsonlReader:
    name: str = "jsonl"

    def decode(self, data: bytes) -> Decoded:
        return decode_bytes(data)

    def read(self, text: str) -> ReadResult:
        stripped = text.lstrip("\ufeff").strip()
        if stripped.startswith("["):
            whole = _load(stripped)
            if isinstance(whole, list):
                return _read_records(((i, f"record {i + 1}", rec) for i, rec in enumerate(whole)))
        elif stripped.startswith("{") and "\n" in stripped:
            whole = _load(stripped)  # a pretty-printed single object
            if isinstance(whole, dict):
                return _read_records([(0, "record 1", whole)])
        result = _read_lines(text)
        if (
            stripped.startswith("[")
            and not result.drafts
            and all(e.reason.startswith("invalid JSON") for e in result.errors)
        ):
            try:  # a broken JSON array, not JSON lines: one error for the file
                json.loads(stripped)
            except ValueError as exc:
                return ReadResult(errors=[RecordError("file", f"invalid JSON: {exc}")])
        return result


def _load(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return None


def _read_lines(text: str) -> ReadResult:
    def records() -> Iterator[tuple[int, str, Any]]:
        for index, line in enumerate(text.split("\n")):
            line = line.strip().lstrip("\ufeff")
            if not line:
                continue
            try:
                record: Any = json.loads(line)
            except ValueError as exc:
                yield index, f"line {index + 1}", RecordError(f"line {index + 1}", f"invalid JSON: {exc}")
                continue
            yield index, f"line {index + 1}", record

    return _read_records(records())


def _read_records(records: Iterable[tuple[int, str, Any]]) -> ReadResult:
    """``(article_index, where, parsed JSON or RecordError)`` -> drafts and errors."""
    result = ReadResult()
    for index, where, record in records:
        if isinstance(record, RecordError):
            result.errors.append(record)
            continue
        if not isinstance(record, dict):
            result.errors.append(RecordError(where, f"not a JSON object but a JSON {_json_type(record)}"))
            continue
        draft = record_draft(record)
        if isinstance(draft, str):
            result.errors.append(RecordError(where, draft))
        else:
            result.drafts.append((index, draft))
    return result


def _json_type(value: Any) -> str:
    return {list: "array", str: "string", bool: "boolean", type(None): "null"}.get(
        type(value), "number" if isinstance(value, int | float) else type(value).__name__
    )


JSONL_READER = JsonlReader()
