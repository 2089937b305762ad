"""Saved web pages (.html, .htm): trafilatura finds the article and its metadata.

**Decoding** (``HtmlReader.decode``): a byte-order mark wins; else a charset declared in the
first 4 KB (``<meta charset="windows-1256">``, ``<meta http-equiv="Content-Type"
content="text/html; charset=windows-1256">``; utf-8, windows-1256/cp1256, iso-8859-6 ...) is
used when the bytes decode strictly with it; a page declaring a single-byte charset whose
bytes are valid UTF-8 with multi-byte sequences is UTF-8 (a common mis-declaration:
Arabic in windows-1256 is practically never valid UTF-8); everything else goes through
``akhbar.encoding.decode_bytes``.

**Reading** (``HtmlReader.read``), one article per page:

1. ``trafilatura.bare_extraction`` (comments off, tables on, default balance between precision
   and recall: a lost paragraph loses its statements, while the chrome trafilatura lets through
   is removed in step 2) gives the article text, title,
   site name, date (htmldate without its extensive text search, so only the page's markup --
   meta tags, JSON-LD, ``<time datetime>``, the URL -- gives it) and url (canonical link / og:url).
2. The text is cleaned with akhbar's line rules (``akhbar.chrome``): the leading header lines
   (the title again, a date line, the site name, a "CITY - OUTLET" byline) leave the body --
   a date or outlet found there is kept as metadata when the markup has none; chrome lines
   (share bars, tags, UI words) go; a related-articles heading ("اقرأ أيضا", "مقالات ذات صلة")
   goes with the list under it; a comments heading ("التعليقات", "أضف تعليق") ends the article
   (trafilatura keeps comment threads on some layouts).
3. Missing metadata falls back to akhbar's own page rules on the page's text
   (``html_to_text`` + ``page_drafts``): the title and date when the markup has none; the
   publisher, when the page has no site name (og:site_name, JSON-LD publisher ...), is first
   found of: the header byline "CITY - OUTLET", the page rules' publisher, a "<title>" suffix
   ("headline - اليوم السابع") named again on the page, and last the URL's host name (which
   trafilatura reports as the site name when the page gives none).
4. When trafilatura finds no article text, the page is read with akhbar's rules alone (which
   may find several articles); the markup's metadata fills what those rules leave empty.

The body is built with ``draft_from_parts``: title, publisher and date are header lines of
``body_text`` with spans, and offsets index into it exactly as for .txt pages.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, replace
from datetime import date
from html import unescape
from typing import Any
from urllib.parse import urlparse

from akhbar import chrome
from akhbar.calendar_names import find_published_date
from akhbar.encoding import DecodeError, decode_bytes
from akhbar.html_text import html_to_text
from akhbar.normalize import normalize_text
from akhbar.readers.base import ReadResult, draft_from_parts
from akhbar.records import ArticleDraft, Decoded, Span

_HEAD_BYTES = 4096
# <meta charset="windows-1256">, <meta http-equiv="Content-Type" content="text/html; charset=windows-1256">
_META_CHARSET_RE = re.compile(rb"<meta[^>]{0,300}?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE)
_CODEC_NAMES = {
    "cp1256": "windows-1256",
    "iso8859-6": "iso-8859-6",
    "utf-8": "utf-8",
    "utf-8-sig": "utf-8-sig",
    "utf-16-le": "utf-16-le",
    "utf-16-be": "utf-16-be",
}
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")

_ARABIC_WORD_RE = re.compile("[\u0621-\u064a]{2,}")
# Title suffixes naming the site: "headline | الجزيرة نت", "headline - اليوم السابع"
_TITLE_SITE_SEP_RE = re.compile(r"\s+[|\-–—]\s+")
# "دبي - العربية.نت", "الرباط - هسبريس", "بيروت - «النهار»" as a line of its own
_CITY_OUTLET_RE = re.compile(
    "^[\u0621-\u064a]+(?:\\s[\u0621-\u064a]+)?\\s*[/\\-–—]\\s*«?(?P<outlet>[^\\n/\\-–—«»:]{2,40}?)»?\\s*$"
)
# A comments section kept by trafilatura: "التعليقات", "تعليقات القراء", "أضف تعليقك", "12 تعليق"
_COMMENTS_HEADING_RE = re.compile(
    r"^(?:\d+\s+)?(?:التعليقات|تعليقات(?: القراء| الزوار| فيسبوك)?|أضف تعليق(?:ك|ا)?|اضف تعليق(?:ك|ا)?"
    r"|اكتب تعليق(?:ك|ا)?|اترك تعليق(?:ك|ا)?|إضافة تعليق|اضافة تعليق|تعليق|comments?|leave a (?:comment|reply))"
    r"\s*(?:\(\d+\))?\s*[:：]?$",
    re.IGNORECASE,
)
_TITLE_ELEMENT_RE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_LIST_ITEM_RE = re.compile(r"^[-–•*·▪◦●]\s+")


def _declared_charset(head: bytes) -> str | None:
    """The codec name a page declares in its first bytes (``None`` when none, or unknown)."""
    match = _META_CHARSET_RE.search(head)
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii", "ignore").strip().lower()).name
    except LookupError:
        return None


def _is_multibyte_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return any(byte >= 0x80 for byte in data)


@dataclass(frozen=True, slots=True)
class Extracted:
    """What a page says about its article: trafilatura's text and metadata (all optional)."""

    text: str | None = None
    title: str | None = None
    sitename: str | None = None
    date: str | None = None
    url: str | None = None
    hostname: str | None = None


def extract(html: str) -> Extracted:
    """trafilatura's article text and metadata; empty when it finds nothing (or fails)."""
    import trafilatura

    options: dict[str, Any] = {
        "with_metadata": True,
        "include_comments": False,
        "include_tables": True,
        "include_images": False,
        "include_links": False,
        "favor_precision": False,
        "deduplicate": False,
        "date_extraction_params": {"extensive_search": False, "original_date": True},
    }
    try:
        doc = trafilatura.bare_extraction(html, **options)
    except Exception:  # trafilatura/lxml on hostile markup: fall back to akhbar's rules
        doc = None
    if doc is None:
        try:
            from trafilatura.metadata import extract_metadata

            doc = extract_metadata(html, date_config={"extensive_search": False, "original_date": True})
        except Exception:
            return Extracted()
    found = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    return Extracted(
        text=found.get("text") or None,
        title=found.get("title") or None,
        sitename=found.get("sitename") or None,
        date=found.get("date") or None,
        url=found.get("url") or None,
        hostname=found.get("hostname") or None,
    )


def parse_iso_date(value: str | None) -> date | None:
    """``YYYY-MM-DD`` (the start of an ISO date or datetime) -> date; ``None`` otherwise."""
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _weak_sitename(sitename: str, url: str | None, hostname: str | None) -> bool:
    """trafilatura's site name when it is only the URL's host name (no og:site_name on the page)."""
    folded = sitename.lower().removeprefix("www.")
    hosts = {h.lower().removeprefix("www.") for h in (hostname, urlparse(url).hostname if url else None) if h}
    return folded in hosts or any(folded == h.split(".")[0] for h in hosts)


def _clean_title(title: str | None, sitename: str | None) -> str | None:
    """The title without a "| site name" suffix."""
    if not title:
        return None
    title = normalize_text(title).strip()
    parts = _TITLE_SITE_SEP_RE.split(title)
    if len(parts) > 1 and sitename and normalize_text(sitename).strip() in parts[-1]:
        title = title[: title.rfind(parts[-1])].rstrip(" |-–—")
    return title or None


@dataclass(slots=True)
class _Body:
    text: str
    header_date: tuple[date, str] | None = None  # a date line of the header: (date, its text)
    header_outlet: str | None = None  # a "CITY - OUTLET" byline of the header


def clean_body(text: str, *, title: str | None = None, sitename: str | None = None) -> _Body:
    """trafilatura's article text without header repeats, chrome, related lists and comments."""
    lines = [ln.strip() for ln in normalize_text(text).split("\n")]
    lines = [ln for ln in lines if ln]
    kinds = [chrome.classify_line(ln) for ln in lines]
    body = _Body("")
    # 1. header lines before the first paragraph of prose
    first_prose = next((i for i, k in enumerate(kinds) if k in (chrome.PROSE, chrome.TABLE)), len(lines))
    keep = [True] * len(lines)
    folded_title = _fold_ws(title) if title else None
    folded_site = _fold_ws(sitename) if sitename else None
    title_at = next((i for i in range(first_prose) if folded_title and _fold_ws(lines[i]) == folded_title), None)
    for i in range(first_prose):
        line, folded = lines[i], _fold_ws(lines[i])
        if title_at is not None and i < title_at:  # menus and slogans above the headline
            keep[i] = False
            continue
        in_title = len(folded) >= 10 and folded in (folded_title or "")
        repeats_title = bool(folded_title) and (folded == folded_title or in_title)
        if repeats_title or folded == folded_site or kinds[i] == chrome.CHROME:
            keep[i] = False
        elif chrome.words(line) <= 14 and (found := find_published_date(line)) is not None:
            if body.header_date is None:
                body.header_date = (found[0], line[found[1] : found[2]])
            keep[i] = False
        elif chrome.words(line) <= 7 and (match := _CITY_OUTLET_RE.match(line)) is not None:
            body.header_outlet = body.header_outlet or match.group("outlet").strip()
            keep[i] = False
    # 2. chrome, related blocks, comments
    in_related = False
    seen_prose = False
    for i in range(len(lines)):
        if not keep[i]:
            continue
        kind, line = kinds[i], lines[i]
        if seen_prose and _COMMENTS_HEADING_RE.match(line):
            for j in range(i, len(lines)):
                keep[j] = False
            break
        if kind in (chrome.RELATED, chrome.READALSO):
            keep[i], in_related = False, True
            continue
        if in_related:
            if kind == chrome.PROSE and not _LIST_ITEM_RE.match(line):
                in_related = False
            elif kind != chrome.CREDIT:
                keep[i] = False
                continue
        if kind == chrome.CHROME:
            keep[i] = False
            continue
        seen_prose = seen_prose or kind == chrome.PROSE
    body.text = "\n".join(ln for ln, k in zip(lines, keep, strict=True) if k)
    return body


def _fold_ws(text: str) -> str:
    return " ".join(normalize_text(text).split()).strip(" .:|-–—")


def _has_arabic_text(text: str | None, n_words: int = 5) -> bool:
    return bool(text) and len(_ARABIC_WORD_RE.findall(text)) >= n_words


def _text_rules(html: str) -> list[ArticleDraft]:
    from akhbar.pipeline import page_drafts  # the page rules live with the pipeline

    return page_drafts(html_to_text(html))


def with_metadata(
    draft: ArticleDraft,
    *,
    title: str | None = None,
    publisher: str | None = None,
    published: date | None = None,
    published_text: str | None = None,
    url: str | None = None,
) -> ArticleDraft:
    """``draft`` with the metadata it lacks added as header lines on top (its own spans shift down)."""
    added: list[tuple[str, str]] = []
    if title and draft.title is None:
        added.append(("title", normalize_text(title).strip()))
    if publisher and draft.publisher is None:
        added.append(("publisher", normalize_text(publisher).strip()))
    if published is not None and draft.published_date is None:
        added.append(("published", normalize_text(published_text or published.isoformat()).strip()))
    draft = replace(draft, url=draft.url or url)
    if not added:
        return draft
    prefix, spans = "", {}
    for kind, value in added:
        spans[kind] = Span(len(prefix), len(prefix) + len(value))
        prefix += value + "\n"
    shift = len(prefix)

    def moved(span: Span | None) -> Span | None:
        return Span(span.start + shift, span.end + shift) if span is not None else None

    out = replace(
        draft,
        body_text=prefix + draft.body_text,
        title_span=moved(draft.title_span),
        publisher_span=moved(draft.publisher_span),
        published_span=moved(draft.published_span),
    )
    for kind, span in spans.items():
        value = out.body_text[span.start : span.end]
        if kind == "title":
            out.title, out.title_span = value, span
        elif kind == "publisher":
            out.publisher, out.publisher_span = value, span
        else:
            out.published_date, out.published_text, out.published_span = published, value, span
    return out


@dataclass(slots=True)
class ArticleParts:
    """An article's body text and metadata, before they become a draft."""

    body: str
    title: str | None = None
    publisher: str | None = None
    published: date | None = None
    published_text: str | None = None
    url: str | None = None

    def draft(self) -> ArticleDraft:
        return draft_from_parts(
            self.body,
            title=self.title,
            publisher=self.publisher,
            published=self.published,
            published_text=self.published_text,
            url=self.url,
        )


def page_parts(html: str, found: Extracted | None = None, *, url: str | None = None) -> ArticleParts | None:
    """The article trafilatura finds on a page, cleaned, with its metadata; ``None`` when it finds none."""
    found = found if found is not None else extract(html)
    if not _has_arabic_text(found.text):
        return None
    sitename, weak = _sitename(found)
    title = _clean_title(found.title, sitename or weak)
    published = parse_iso_date(found.date)
    rules: ArticleDraft | None = None
    if sitename is None or published is None or title is None:
        drafts = _text_rules(html)
        rules = drafts[0] if drafts else None
    if title is None and rules is not None:
        title = rules.title
    rules_publisher = rules.publisher if rules is not None else None
    body = clean_body(found.text or "", title=title, sitename=sitename or rules_publisher or weak)
    published_text = None
    if published is None and body.header_date is not None:
        published, published_text = body.header_date
    if published is None and rules is not None and rules.published_date is not None:
        published, published_text = rules.published_date, rules.published_text
    publisher = sitename or body.header_outlet or rules_publisher or _title_site(html) or weak
    return ArticleParts(body.text, title, publisher, published, published_text, found.url or url)


def _title_site(html: str) -> str | None:
    """The site name suffixed to the page's <title> ("headline - اليوم السابع") when the page names it again."""
    match = _TITLE_ELEMENT_RE.search(html)
    if not match:
        return None
    title = normalize_text(unescape(re.sub(r"<[^>]+>", " ", match.group(1)))).strip()
    parts = _TITLE_SITE_SEP_RE.split(title)
    site = parts[-1].strip() if len(parts) > 1 else ""
    if not site or chrome.words(site) > 4 or chrome.words(title) - chrome.words(site) < 3:
        return None
    return site if html_to_text(html).count(site) >= 2 else None


def _sitename(found: Extracted) -> tuple[str | None, str | None]:
    """(the page's site name, or None; a site name that is only the URL's host, or None)."""
    if found.sitename and _weak_sitename(found.sitename, found.url, found.hostname):
        return None, found.sitename
    return found.sitename, None


def read_html(html: str, *, url: str | None = None) -> list[ArticleDraft]:
    """The article(s) of one HTML page (see the module doc); ``url`` is used when the page has none."""
    found = extract(html)
    parts = page_parts(html, found, url=url)
    if parts is not None:
        return [parts.draft()]
    drafts = _text_rules(html)
    if not drafts:
        return []
    sitename, weak = _sitename(found)
    page_url = found.url or url
    first = with_metadata(
        drafts[0],
        title=_clean_title(found.title, sitename or weak),
        publisher=sitename or weak,
        published=parse_iso_date(found.date),
        url=page_url,
    )
    return [first, *(replace(d, url=d.url or page_url) for d in drafts[1:])]


def _encoding_name(name: str) -> str:
    """One name per codec, as decode_bytes writes them ("cp1256" from charset-normalizer -> "windows-1256")."""
    try:
        return _CODEC_NAMES.get(codecs.lookup(name).name, name)
    except LookupError:
        return name


def _decode(data: bytes) -> Decoded:
    if data.startswith(_BOMS) or not data.strip():
        return decode_bytes(data)
    codec = _declared_charset(data[:_HEAD_BYTES])
    if codec is None:
        return decode_bytes(data)
    if codec == "utf-8":
        try:
            return Decoded(data.decode("utf-8"), "utf-8")
        except UnicodeDecodeError:
            return decode_bytes(data)
    if codec.startswith(("utf-16", "utf-32")):
        return decode_bytes(data)  # a meta tag in bytes that read as ASCII cannot be UTF-16
    if _is_multibyte_utf8(data):
        return Decoded(data.decode("utf-8"), "utf-8")  # declared legacy charset, served as UTF-8
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return decode_bytes(data)
    if "\x00" in text:
        raise DecodeError(f"declared {codec} but holds NUL bytes (binary data?)")
    return Decoded(text, codec)


@dataclass(frozen=True)
class HtmlReader:
    name: str = "html"

    def decode(self, data: bytes) -> Decoded:
        decoded = _decode(data)
        return Decoded(decoded.text, _encoding_name(decoded.encoding))

    def read(self, text: str) -> ReadResult:
        return ReadResult(drafts=list(enumerate(read_html(text))))


HTML_READER = HtmlReader()
