"""Cut a page into articles, drop page chrome, and find each article's metadata.

Rules, in order (line kinds come from ``akhbar.chrome.classify_line``):

1. A page with (almost) no Arabic letters has no article: ``[]``.
2. **Several articles**: a "read also" marker line ("إقرأ أيضاً:", "طالع أيضا", ...) followed by
   something that looks like a full article -- a headline line, then within three lines a date
   line or a dateline ("بغداد/المسلة: ..."), and at least two prose paragraphs -- ends the
   current article and starts a new one at that headline. A marker followed by anything else
   is a related-articles heading.
3. **Related blocks**: a related heading ("مقالات ذات صلة", "الأكثر قراءة", "المقال السابق", ...)
   and every line after it are chrome until the body resumes (two prose lines in a row, or one
   prose line when no prose was seen yet) or the article ends. Credit lines ("المصدر: X") are
   kept even there.
4. **Chrome lines** (lexicon, UI words, Latin UI, glued menus, headline runs) are dropped.
5. **Tail**: after the last prose paragraph or table row, the remaining lines (headlines of
   other articles, bare site names, "X – متابعة – وكالات") are dropped; credit lines are kept.
6. **Header**: the lines before the first prose paragraph. A date in them is the publication
   date; the title is the nearest headline line before the date line (or the last headline
   line of the header); a short line (1-4 words) next to the title or date is the publisher.
   Header lines before the title that are neither date nor publisher are dropped (menus,
   slogans). When the page opens with a lead paragraph followed by a headline repeating it,
   that headline is the title.
7. **Publisher** (the site hosting the page), first found: a dateline "CITY/OUTLET:" or
   "CITY - OUTLET:" opening one of the first two paragraphs; the header publisher line
   ("نيوزاليست", "دبي - العربية.نت"); a site suffix of the title ("... - مصدرنا الإخبارى") that
   occurs again on the page. When the title's site and the dateline's outlet differ, the site
   hosts the page and the dateline credits the original.
8. **Credited outlet**, first found: a credit line ("المصدر: X", "source: X", "نقلا عن X", kept
   wherever it stands); a header credit "X (COUNTRY)" -- also when page chrome follows it on the
   line ("X (لبنان) 0 تعليق ارسل طباعة"), which is then cut to "X (لبنان)" and kept; a wire
   dateline opening one of the first two paragraphs ("بغداد (رويترز) -", "(أ ف ب) -",
   "دمشق - سانا - "); a header line "CITY - OUTLET" that is not the publisher line ("دمشق - سانا");
   a byline naming an outlet after the author ("بقلم: فلان - وكالة الأناضول", "كتب: فلان | الجزيرة
   نت"); a closing "(OUTLET)" line. An outlet here is a known media source or a name with a
   media word (وكالة، صحيفة، نيوز، نت ...). With a publisher, the credited outlet is
   ``original_publisher`` (akhbar.sources records the host as aggregator and the outlet as
   original, or one own publisher when they are the same source; a generic "وكالات" credit is
   ignored); without one, it is the publisher. Otherwise null.

``body_text`` is the kept lines joined by "\\n"; title, publisher, original_publisher and
published_text are exact substrings of it at their spans.

**Size cap** (hostile input): an article keeps at most ``MAX_ARTICLE_CHARS`` (200,000) characters
of lines; the line that crosses the cap is cut at a blank and the lines after it are dropped. No
real news article comes near it; a 50 MB "article" (one paragraph repeated, or a file glued into
one line) would otherwise cost a minute of extraction for nothing of value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from akhbar import chrome
from akhbar.calendar_names import find_published_date
from akhbar.records import ArticleDraft, Span
from akhbar.shadow import fold
from akhbar.sources import outlet_like, same_outlet

MAX_ARTICLE_CHARS = 200_000
_LINE_RE = re.compile(r"[^\n]+")
_ARABIC_WORD_RE = re.compile("[\u0621-\u064a]{2,}")
_AR = "\u0621-\u064a"
# "بغداد/المسلة:", "الرباط - هسبريس:", "بيروت - «النهار»:"
_DATELINE_RE = re.compile(
    rf"^[{_AR}]+(?:\s[{_AR}]+)?\s*[/\-–—]\s*«?(?P<outlet>[{_AR}A-Za-z][^:/\n«»\-–—]{{0,30}}?)»?\s*:"
)
# Asharq Al-Awsat style "لندن: «الشرق الأوسط»" (the outlet in guillemets after the city)
_COLON_GUILLEMET_RE = re.compile(rf"^[{_AR}]+(?:\s[{_AR}]+)?\s*:\s*«(?P<outlet>[^«»\n]{{2,30}})»")
# Shafaq News style "شفق نيوز/ أعلنت ...": only names that look like a media outlet.
_OUTLET_SLASH_RE = re.compile(rf"^(?P<outlet>[{_AR}]+(?:\s[{_AR}]+){{0,2}})\s*/\s+(?=\S)")
_MEDIA_WORD_RE = re.compile(r"نيوز|برس|الإخباري|الاخباري|وكالة|تايمز|نت$|24|news|press", re.IGNORECASE)
# "دبي - العربية.نت", "أبوظبي - سكاي نيوز عربية" as a header line of its own
_CITY_OUTLET_LINE_RE = re.compile(rf"^[{_AR}]+(?:\s[{_AR}]+)?\s*[/\-–—]\s*«?(?P<outlet>[^\n/\-–—«»]{{2,40}}?)»?$")
# "headline - Site name" / "headline | Site name"
_SITE_SUFFIX_RE = re.compile(r"^(?P<title>.*\S)\s+[-|–—]\s+(?P<site>[^-|–—,،]{2,40}?)(?=\s*(?:[,،]|$))")
_AUTHOR_CUE_RE = re.compile(r"^(?:كتب|كتبت|بقلم|بواسطة|إعداد|اعداد|تحرير|حوار|ترجمة|by)\b", re.IGNORECASE)
_DATE_LABEL_RE = re.compile(r"^(?:نشر|نُشر|تاريخ النشر|آخر تحديث|اخر تحديث|تم النشر|بتاريخ|published|updated)")
_PAREN_CREDIT_RE = re.compile(r"^[(\[«][^()\[\]«»]{1,40}[)\]»]\.?$")
# Wire datelines opening a paragraph: "بغداد (رويترز) -", "(أ ف ب) -", "دمشق - سانا - ".
_WIRE_PAREN_RE = re.compile(rf"^(?:[{_AR}]+(?:\s[{_AR}]+)?\s*)?\(\s*(?P<outlet>[^()\n]{{1,30}}?)\s*\)\s*[-–—:]")
_WIRE_DASH_RE = re.compile(rf"^[{_AR}]+(?:\s[{_AR}]+)?\s*[-–—]\s*(?P<outlet>[^\-–—:()\n]{{2,30}}?)\s*[-–—]\s*(?=\S)")
# A byline naming the outlet after the author: "بقلم: فلان - وكالة الأناضول", "كتب: فلان | الجزيرة نت".
_BYLINE_OUTLET_RE = re.compile(
    r"^(?:كتب|كتبت|بقلم|بواسطة|إعداد|اعداد|تحرير|تقرير|by)\s*[:：]?\s*.{2,50}?\s*[|/\-–—،,]\s*"
    r"(?P<outlet>[^|/\-–—،,\n]{2,40}?)\s*$",
    re.IGNORECASE,
)
# A header credit "النشرة (لبنان)", possibly followed by page chrome on the same line.
_COUNTRY_CREDIT_RE = re.compile(r"^(?P<outlet>[^\s()\d]+(?:\s[^\s()\d]+){0,2})\s*\((?P<country>[^()\n]{2,20})\)")
_COUNTRIES = frozenset(
    fold(
        "لبنان سوريا سورية العراق مصر الأردن فلسطين السعودية الإمارات قطر الكويت البحرين عمان اليمن ليبيا "
        "تونس الجزائر المغرب السودان موريتانيا الصومال جيبوتي تركيا إيران إسرائيل فرنسا بريطانيا ألمانيا "
        "روسيا الصين أمريكا أميركا"
    ).split()
) | {fold("الولايات المتحدة"), fold("المملكة المتحدة")}
# Credits that name no outlet: "المصدر: وكالات", "متابعات".
_GENERIC_CREDIT_RE = re.compile(r"^(?:وكالات|الوكالات|متابعات|مواقع|وكالات أنباء|وسائل إعلام|agencies)\.?$", re.I)


def _has_arabic_text(text: str, n_words: int = 5) -> bool:
    """At least ``n_words`` Arabic words (2+ letters) -- without scanning the whole text."""
    return sum(1 for _ in islice(_ARABIC_WORD_RE.finditer(text), n_words)) >= n_words


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    text: str
    kind: str
    credit: tuple[int, int] | None = None  # the outlet inside a header credit line "X (لبنان)"


def _lines(text: str) -> list[_Line]:
    out = []
    for match in _LINE_RE.finditer(text):
        raw = match.group()
        stripped = raw.strip()
        if not stripped:
            continue
        start = match.start() + (len(raw) - len(raw.lstrip()))
        out.append(_Line(start, start + len(stripped), stripped, chrome.classify_line(stripped)))
    return out


def _text_of(found: tuple[_Line, int, int]) -> str:
    line, start, end = found
    return line.text[start:end]


def _has_dateline(text: str) -> bool:
    return _dateline_outlet(text) is not None


def _dateline_outlet(text: str) -> tuple[int, int] | None:
    match = _DATELINE_RE.match(text)
    if match and chrome.words(match.group("outlet")) <= 4:
        return match.span("outlet")
    match = _COLON_GUILLEMET_RE.match(text)
    if match and chrome.words(match.group("outlet")) <= 4:
        return match.span("outlet")
    match = _OUTLET_SLASH_RE.match(text)
    if match and _MEDIA_WORD_RE.search(match.group("outlet")):
        return match.span("outlet")
    return None


def _is_date_line(line: _Line) -> bool:
    return chrome.words(line.text) <= 14 and find_published_date(line.text) is not None


def _starts_article(lines: list[_Line], j: int) -> bool:
    """Does a full article (headline, date/dateline, prose) start at ``lines[j]``?"""
    if j >= len(lines) or lines[j].kind != chrome.HEADLINE:
        return False
    near = lines[j + 1 : j + 4]
    if not any(_is_date_line(ln) or (ln.kind == chrome.PROSE and _has_dateline(ln.text)) for ln in near):
        return False
    prose = 0
    for ln in lines[j + 1 : j + 10]:
        if ln.kind in (chrome.RELATED, chrome.READALSO):
            break
        prose += ln.kind == chrome.PROSE
    return prose >= 2


def split_articles(text: str) -> list[ArticleDraft]:
    """Return the articles on a page, page chrome removed (``[]`` when there is no article)."""
    if not _has_arabic_text(text):
        return []
    lines = _lines(text)
    segments: list[list[_Line]] = [[]]
    for i, line in enumerate(lines):
        if line.kind == chrome.READALSO and _starts_article(lines, i + 1):
            segments.append([])
            continue
        segments[-1].append(line)
    drafts = []
    sites: dict[str, bool] = {}  # site suffix -> seen twice on the page
    for segment in segments:
        draft = _build(segment, text, sites)
        if draft is not None:
            drafts.append(draft)
    return drafts


def single_article(text: str) -> ArticleDraft:
    """Take ``text`` as one article body as it stands (no chrome removal, no split)."""
    return ArticleDraft(body_text=text)


def _drop_related_blocks(lines: list[_Line]) -> list[_Line]:
    kept: list[_Line] = []
    in_block = False
    seen_prose = False
    for i, line in enumerate(lines):
        if line.kind in (chrome.RELATED, chrome.READALSO):
            in_block = True
            continue
        if in_block:
            if line.kind == chrome.CREDIT:
                kept.append(line)
                continue
            if line.kind != chrome.PROSE:
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            if seen_prose and (nxt is None or nxt.kind != chrome.PROSE):
                continue
            in_block = False
        if line.kind == chrome.CHROME:
            continue
        seen_prose = seen_prose or line.kind == chrome.PROSE
        kept.append(line)
    return kept


def _trim_tail(lines: list[_Line]) -> list[_Line]:
    last = max((i for i, ln in enumerate(lines) if ln.kind in (chrome.PROSE, chrome.TABLE)), default=-1)
    tail = [ln for ln in lines[last + 1 :] if ln.kind == chrome.CREDIT or _PAREN_CREDIT_RE.match(ln.text)]
    return lines[: last + 1] + tail


def _strong_prose(line: _Line) -> bool:
    return line.kind == chrome.PROSE and chrome.ends_sentence(line.text)


def _occurs_twice(page: str, needle: str, memo: dict[str, bool]) -> bool:
    """``page.count(needle) >= 2``, stopping at the second hit; ``memo`` keeps one scan per site name."""
    if needle not in memo:
        first = page.find(needle)
        memo[needle] = first >= 0 and page.find(needle, first + 1) >= 0
    return memo[needle]


def _overlap(headline: str, lead: str) -> float:
    words = headline.split()
    lead_words = set(lead.split())
    return sum(w in lead_words for w in words) / len(words) if words else 0.0


def _cap(lines: list[_Line]) -> list[_Line]:
    """The lines of an article up to ``MAX_ARTICLE_CHARS`` (see the module doc)."""
    kept: list[_Line] = []
    room = MAX_ARTICLE_CHARS
    for line in lines:
        if len(line.text) > room:
            cut = line.text.rfind(" ", room // 2, room)
            text = line.text[: cut if cut > 0 else room].rstrip()
            if text:
                kept.append(_Line(line.start, line.start + len(text), text, line.kind))
            break
        kept.append(line)
        room -= len(line.text) + 1
    return kept


def _with_header_credits(segment: list[_Line]) -> list[_Line]:
    """Header lines "X (COUNTRY) ..." (rule 8) cut to the credit and marked CREDIT, before chrome goes."""
    out = list(segment)
    for i, line in enumerate(segment):
        if line.kind == chrome.PROSE:
            break
        match = _COUNTRY_CREDIT_RE.match(line.text)
        if match is None or fold(match.group("country").strip()) not in _COUNTRIES:
            continue
        if fold(match.group("outlet")) in _COUNTRIES:
            continue
        rest = line.text[match.end() :].strip()
        if rest and chrome.classify_line(rest) != chrome.CHROME:
            continue
        text = line.text[: match.end()]
        out[i] = _Line(line.start, line.start + len(text), text, chrome.CREDIT, match.span("outlet"))
    return out


def _credit_span(line: _Line) -> tuple[int, int] | None:
    """The outlet of a credit line: "المصدر: X", "نقلا عن X", "X (لبنان)"."""
    if line.credit is not None:
        return line.credit
    if line.kind != chrome.CREDIT:
        return None
    match = chrome.credit_outlet(line.text)
    if match is None:
        return None
    if fold(line.text).startswith("نقلا") and not outlet_like(match.group("outlet")):
        return None  # "نقلا عن مصادر مطلعة" credits no outlet
    return match.span("outlet")


def _wire_outlet(text: str) -> tuple[int, int] | None:
    """A wire dateline opening a paragraph: "بغداد (رويترز) -", "(أ ف ب) -", "دمشق - سانا - "."""
    for regex in (_WIRE_PAREN_RE, _WIRE_DASH_RE):
        match = regex.match(text)
        if match and chrome.words(match.group("outlet")) <= 4 and outlet_like(match.group("outlet")):
            return match.span("outlet")
    return None


def _credited(
    lines: list[_Line], header: list[_Line], first: int, pub_idx: int | None
) -> tuple[_Line, int, int] | None:
    """The outlet a page credits (rule 8), first found."""
    for ln in lines:
        credit = _credit_span(ln)
        if credit is not None:
            return (ln, *credit)
    for ln in [b for b in lines[first:] if b.kind == chrome.PROSE][:2]:
        wire = _wire_outlet(ln.text)
        if wire is not None:
            return (ln, *wire)
    for i, ln in enumerate(header):
        match = _CITY_OUTLET_LINE_RE.match(ln.text)
        if i != pub_idx and match and chrome.words(ln.text) <= 6 and outlet_like(match.group("outlet")):
            return (ln, *match.span("outlet"))
    for ln in header:
        match = _BYLINE_OUTLET_RE.match(ln.text)
        if match and chrome.words(match.group("outlet")) <= 5 and outlet_like(match.group("outlet")):
            return (ln, *match.span("outlet"))
    last = max((i for i, ln in enumerate(lines) if ln.kind in (chrome.PROSE, chrome.TABLE)), default=len(lines))
    for ln in lines[last + 1 :]:
        if _PAREN_CREDIT_RE.match(ln.text) and outlet_like(ln.text.strip("()[]«». ")):
            inner = ln.text.strip("()[]«». ")
            start = ln.text.index(inner)
            return (ln, start, start + len(inner))
    return None


def _build(segment: list[_Line], page: str, sites: dict[str, bool]) -> ArticleDraft | None:
    lines = _cap(_trim_tail(_drop_related_blocks(_with_header_credits(segment))))
    if not any(ln.kind == chrome.PROSE for ln in lines):
        return None
    first = next((i for i, ln in enumerate(lines) if _strong_prose(ln) or ln.kind == chrome.TABLE), None)
    if first is None:
        first = next(i for i, ln in enumerate(lines) if ln.kind == chrome.PROSE)
    header = lines[:first]

    # publication date: in the header, else a labelled date line ("نشر في ...") anywhere
    date_idx = next((i for i, ln in enumerate(header) if find_published_date(ln.text)), None)
    labelled_idx = None
    if date_idx is None:
        labelled_idx = next(
            (
                i
                for i, ln in enumerate(lines)
                if ln.kind != chrome.PROSE and _DATE_LABEL_RE.match(ln.text) and find_published_date(ln.text)
            ),
            None,
        )

    # title
    title_idx = None
    candidates = [
        i
        for i, ln in enumerate(header)
        if ln.kind == chrome.HEADLINE
        and i != date_idx
        and not (chrome.words(ln.text) <= 6 and _CITY_OUTLET_LINE_RE.match(ln.text))
        and not _AUTHOR_CUE_RE.match(ln.text)
    ]
    if date_idx is not None:
        before = [i for i in candidates if i < date_idx]
        title_idx = before[-1] if before else (candidates[0] if candidates else None)
    elif candidates:
        title_idx = candidates[-1]
    if title_idx is None and date_idx is not None and chrome.words(header[date_idx].text) >= 8:
        title_idx = date_idx  # "headline - site, date" on one line

    # publisher line in the header: short, next to the title or the date
    pub_idx = None
    anchors = [i for i in (title_idx, date_idx) if i is not None]
    for i, ln in enumerate(header):
        if i in anchors or not anchors:
            continue
        next_to_title = title_idx is not None and i == title_idx + 1
        next_to_date = date_idx is not None and abs(i - date_idx) == 1 and (title_idx is None or i > title_idx)
        if not (next_to_title or next_to_date):
            continue
        short = chrome.words(ln.text) <= 4 or (chrome.words(ln.text) <= 7 and _CITY_OUTLET_LINE_RE.match(ln.text))
        if (
            ln.kind in (chrome.OTHER, chrome.HEADLINE)
            and short
            and len(ln.text) <= 50
            and not re.search(r"\d", ln.text)
            and not _AUTHOR_CUE_RE.match(ln.text)
        ):
            pub_idx = i
            break

    credited = _credited(lines, header, first, pub_idx)
    keep_header = [
        ln
        for i, ln in enumerate(header)
        if i in (date_idx, pub_idx)
        or ln.kind in (chrome.PROSE, chrome.CREDIT)
        or (title_idx is not None and i >= title_idx)
        or (credited is not None and ln is credited[0])
    ]
    body_lines = keep_header + lines[first:]

    # lead paragraph then a headline repeating it (title after the lead)
    lead_title = None
    if (
        title_idx is None
        and len(body_lines) >= 3
        and body_lines[0].kind == chrome.PROSE
        and body_lines[1].kind == chrome.HEADLINE
        and _overlap(body_lines[1].text, body_lines[0].text) >= 0.5
    ):
        lead_title = body_lines[1]

    # assemble body_text with each line's offset in it
    offsets: dict[int, int] = {}
    parts: list[str] = []
    pos = 0
    for ln in body_lines:
        offsets[id(ln)] = pos
        parts.append(ln.text)
        pos += len(ln.text) + 1
    body = "\n".join(parts)
    if not _has_arabic_text(body):
        return None
    draft = ArticleDraft(body_text=body)

    def span_in(line: _Line, start: int, end: int) -> Span:
        base = offsets[id(line)]
        return Span(base + start, base + end)

    # title (minus a confirmed site suffix)
    title_line = header[title_idx] if title_idx is not None else lead_title
    site: tuple[_Line, int, int] | None = None
    if title_line is not None:
        t_start, t_end = 0, len(title_line.text)
        if title_idx is not None and title_idx == date_idx:
            found = find_published_date(title_line.text)
            t_end = found[1] if found else t_end
        match = _SITE_SUFFIX_RE.match(title_line.text[:t_end])
        if (
            match
            and chrome.words(match.group("site")) <= 4
            and chrome.words(match.group("title")) >= 3
            and _occurs_twice(page, match.group("site"), sites)
        ):
            t_end = match.end("title")
            site = (title_line, *match.span("site"))
        while t_end > t_start and title_line.text[t_end - 1] in " ,،-–—|":
            t_end -= 1
        if t_end > t_start:  # a "headline, date" line that opens with its date has no title
            draft.title_span = span_in(title_line, t_start, t_end)
            draft.title = body[draft.title_span.start : draft.title_span.end]

    # publication date
    date_line = (
        header[date_idx] if date_idx is not None else (lines[labelled_idx] if labelled_idx is not None else None)
    )
    if date_line is not None:
        found = find_published_date(date_line.text)
        if found:
            draft.published_date = found[0]
            draft.published_span = span_in(date_line, found[1], found[2])
            draft.published_text = body[draft.published_span.start : draft.published_span.end]

    # publisher (rule 7) and the credited outlet (rule 8)
    dateline: tuple[_Line, int, int] | None = None
    for ln in [b for b in lines[first:] if b.kind == chrome.PROSE][:2]:
        found_outlet = _dateline_outlet(ln.text)
        if found_outlet:
            dateline = (ln, *found_outlet)
            break
    header_line: tuple[_Line, int, int] | None = None
    if pub_idx is not None:
        ln = header[pub_idx]
        match = _CITY_OUTLET_LINE_RE.match(ln.text)
        header_line = (ln, *match.span("outlet")) if match else (ln, 0, len(ln.text))
    publisher = dateline or header_line or site
    if dateline is not None and site is not None and not same_outlet(_text_of(dateline), _text_of(site)):
        publisher = site  # the site hosts the page; the dateline credits the original
        credited = credited or dateline
    if publisher is None:
        publisher, credited = credited, None
    elif credited is not None and _GENERIC_CREDIT_RE.match(_text_of(credited).strip()):
        credited = None
    if publisher is not None:
        ln, p_start, p_end = publisher
        draft.publisher_span = span_in(ln, p_start, p_end)
        draft.publisher = body[draft.publisher_span.start : draft.publisher_span.end]
    if credited is not None and publisher is not None and (credited[0] is not publisher[0] or credited != publisher):
        ln, c_start, c_end = credited
        draft.original_publisher_span = span_in(ln, c_start, c_end)
        draft.original_publisher = body[draft.original_publisher_span.start : draft.original_publisher_span.end]
    return draft
