"""The analyst report: one self-contained, offline HTML page built from the marts.

``render_report(conn)`` queries the six marts and returns a single UTF-8 page
(``<html lang="ar" dir="rtl">``, inline CSS, inline SVG charts, no JavaScript,
no external URL of any kind) with four sections:

1. a summary strip (articles, statements, dates, numbers, sources);
2. a timeline of dated statements, ordered by the period each date refers to;
3. numeric claims grouped by subject (unit), with disagreements highlighted;
4. the top speakers and the top sources.

Every value taken from the warehouse goes through :func:`esc`
(``html.escape(..., quote=True)``): article text holding ``<script>`` or
``<img onerror=...>`` is shown as text, never interpreted.

The disagreement rule (section 3) turns each claim into the interval of values
its qualifier allows, then asks whether one value could satisfy every claim:

===========  ================  ==========================
qualifier    claim             interval
===========  ================  ==========================
(none)       exact v           [v, v]
approx       about v           [0.8 v, 1.2 v]
less_than    fewer than v      [0, v)
at_most      at most v         [0, v]
more_than    more than v       (v, inf)
at_least     at least v        [v, inf)
===========  ================  ==========================

A subject *disagrees* when the intervals of its claims have no common point
(for intervals that is the same as "some two of them do not overlap"). A claim
is marked when its interval misses at least one other claim's interval of the
same subject. Numbers without a unit are listed but never compared.
"""

from __future__ import annotations

import datetime as dt
import html
import math
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from orchestration.settings import warehouse_path

EXCERPT_CHARS = 180
TOP_N = 12


def report_path() -> Path:
    """Where the report is written: AKHBAR_REPORT, else ``<warehouse dir>/reports/akhbar_report.html``."""
    configured = os.environ.get("AKHBAR_REPORT")
    if configured:
        return Path(configured).resolve()
    return warehouse_path().parent / "reports" / "akhbar_report.html"


def esc(value: Any) -> str:
    """The only way warehouse values reach the page: ``html.escape`` with quotes; None becomes ''."""
    return html.escape("" if value is None else str(value), quote=True)


def excerpt(text: str | None, limit: int = EXCERPT_CHARS) -> str:
    """The first ``limit`` characters of ``text`` (cut at a word), with an ellipsis; escape afterwards."""
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit * 0.6 else cut) + " …"


# --------------------------------------------------------------------------------------------------
# The disagreement rule
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Interval:
    """A set of values on the real line; ``lo_open``/``hi_open`` say whether an end is excluded."""

    lo: float
    hi: float
    lo_open: bool = False
    hi_open: bool = False

    def overlaps(self, other: Interval) -> bool:
        return intersection_nonempty([self, other])

    def label(self) -> str:
        lo = "[" if not self.lo_open else "("
        hi = "]" if not self.hi_open else ")"
        return f"{lo}{fmt_number(self.lo)}, {fmt_number(self.hi)}{hi}"


def claim_interval(value: float, qualifier: str | None) -> Interval:
    """The values a claim of ``value`` with ``qualifier`` allows (see the module docstring)."""
    q = (qualifier or "exact").strip().lower()
    floor = min(0.0, value)  # counts are never negative; a negative claim keeps its own bound
    if q == "approx":
        a, b = 0.8 * value, 1.2 * value
        return Interval(min(a, b), max(a, b))
    if q == "less_than":
        return Interval(floor if value > 0 else -math.inf, value, hi_open=True)
    if q == "at_most":
        return Interval(floor if value >= 0 else -math.inf, value)
    if q == "more_than":
        return Interval(value, math.inf, lo_open=True, hi_open=True)
    if q == "at_least":
        return Interval(value, math.inf, hi_open=True)
    return Interval(value, value)  # exact, or a qualifier this rule does not know


def intersection_nonempty(intervals: Sequence[Interval]) -> bool:
    """True when one value lies in every interval (Helly: the same as pairwise overlap, in one dimension)."""
    if not intervals:
        return True
    lo = max(i.lo for i in intervals)
    hi = min(i.hi for i in intervals)
    lo_open = any(i.lo_open for i in intervals if i.lo == lo)
    hi_open = any(i.hi_open for i in intervals if i.hi == hi)
    if lo < hi:
        return True
    return lo == hi and not lo_open and not hi_open


def conflicting(intervals: Sequence[Interval]) -> list[bool]:
    """For each interval, whether it misses at least one of the others."""
    return [any(not a.overlaps(b) for j, b in enumerate(intervals) if j != i) for i, a in enumerate(intervals)]


def subject_agrees(claims: Iterable[tuple[float, str | None]]) -> bool:
    """Whether the (value, qualifier) claims about one subject can all be true at once."""
    return intersection_nonempty([claim_interval(v, q) for v, q in claims])


# --------------------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------------------

QUALIFIER_AR = {
    "approx": "نحو",
    "less_than": "أقل من",
    "more_than": "أكثر من",
    "at_most": "على الأكثر",
    "at_least": "على الأقل",
    "by": "بحلول",
    "since": "منذ",
    "until": "حتى",
    "start_of": "بداية",
    "end_of": "نهاية",
    "exact": "بالضبط",
}
UNIT_AR = {
    "soldier": "الجنود",
    "km": "الكيلومترات",
    "percent": "النسبة المئوية",
    "detainee": "المحتجزون",
    "phase": "المراحل",
    "week": "الأسابيع",
    "day": "الأيام",
    "month": "الأشهر",
    "year": "السنوات",
    "person": "الأشخاص",
    "dollar": "الدولارات",
    "usd": "الدولارات",
}
KIND_AR = {
    "government_body": "جهة حكومية",
    "anonymous_official": "مسؤول مجهول",
    "official_named": "مسؤول مسمّى",
    "diplomatic_mission": "بعثة دبلوماسية",
    "parliament_member": "نائب",
    "anonymous_sources": "مصادر مجهولة",
    "think_tank": "مركز أبحاث",
    "news_outlet": "وسيلة إعلام",
    "news_agency": "وكالة أنباء",
    "newspaper": "صحيفة",
    "website": "موقع",
    "tv": "قناة",
    "social_platform": "منصة تواصل",
    "other": "أخرى",
}


def fmt_number(value: float | None) -> str:
    if value is None:
        return ""
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def qualifier_html(code: str | None) -> str:
    if not code:
        return '<span class="muted">—</span>'
    label = QUALIFIER_AR.get(code)
    if label is None:
        return f'<span class="chip">{esc(code)}</span>'
    return f'<span class="chip">{esc(label)}</span> <span class="code">{esc(code)}</span>'


def kind_html(code: str | None) -> str:
    if not code:
        return '<span class="muted">—</span>'
    label = KIND_AR.get(code)
    ar = f"{esc(label)} " if label else ""
    return f'{ar}<span class="code">{esc(code)}</span>'


def ltr(text: str) -> str:
    """Escaped text isolated left-to-right (dates, intervals, numbers inside Arabic lines)."""
    return f'<bdi class="ltr" dir="ltr">{esc(text)}</bdi>'


def or_dash(value: Any) -> str:
    return esc(value) if value not in (None, "") else '<span class="muted">—</span>'


# --------------------------------------------------------------------------------------------------
# Queries
# --------------------------------------------------------------------------------------------------


def _rows(conn: duckdb.DuckDBPyConnection, sql: str) -> list[dict[str, Any]]:
    cursor = conn.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


MAX_TIMELINE_ROWS = 1000
MAX_CLAIMS_PER_SUBJECT = 200

SUMMARY_SQL = """
select (select count(*) from marts.dim_articles) as articles,
       (select count(*) from marts.fct_statements) as statements,
       (select count(*) from marts.fct_date_mentions) as dates,
       (select count(*) from marts.fct_number_mentions) as numbers,
       (select count(*) from marts.dim_sources) as sources,
       (select count(*) from marts.fct_date_mentions where period_start is not null) as dates_resolved,
       (select count(distinct speaker_canonical) from marts.fct_statements) as speakers,
       (select max(ingested_at) from marts.dim_articles) as as_of
"""

TIMELINE_SQL = f"""
select d.date_value, d.surface_text as date_text, d.qualifier, d.period_start, d.period_end, d.granularity,
       s.speaker_canonical, s.speaker_text, s.speaker_kind, s.content_text, s.via_text,
       src.name as via_name, src.name_ar as via_name_ar,
       a.title, a.publisher, a.published_date, a.source_file
from marts.fct_date_mentions d
join marts.fct_statements s on s.statement_id = d.statement_id
join marts.dim_articles a on a.article_id = s.article_id
left join marts.dim_sources src on src.source_id = s.via_source_id
where d.period_start is not null
-- a page stays readable (and quick to build) on a large corpus: the latest dated statements only
qualify row_number() over (order by d.period_start desc, d.statement_id, d.char_start) <= {MAX_TIMELINE_ROWS}
order by d.period_start, d.period_end nulls last, a.published_date nulls last, s.char_start, d.char_start
"""

NUMBERS_SQL = f"""
select n.unit, n.unit_text, n.value, n.qualifier, n.surface_text, n.statement_id,
       s.speaker_canonical, src.name as via_name, s.via_text,
       a.title, a.publisher, a.published_date, a.source_file
from marts.fct_number_mentions n
join marts.dim_articles a on a.article_id = n.article_id
left join marts.fct_statements s on s.statement_id = n.statement_id
left join marts.dim_sources src on src.source_id = s.via_source_id
where n.value is not null
-- the latest claims of each subject only, on a large corpus
qualify row_number() over (
    partition by n.unit order by a.published_date desc nulls last, n.number_mention_id
) <= {MAX_CLAIMS_PER_SUBJECT}
order by n.unit nulls last, n.value desc, n.qualifier nulls first, a.published_date nulls last, n.char_start
"""

SPEAKERS_SQL = f"""
select speaker_canonical, speaker_kind, count(*) as n_statements, count(distinct article_id) as n_articles
from marts.fct_statements
where speaker_canonical is not null
group by speaker_canonical, speaker_kind
order by n_statements desc, n_articles desc, speaker_canonical
limit {TOP_N}
"""

SOURCES_SQL = f"""
select name, name_ar, kind, n_mentions, n_articles
from marts.dim_sources
order by n_mentions desc nulls last, n_articles desc nulls last, name
limit {TOP_N}
"""


# --------------------------------------------------------------------------------------------------
# Numeric claims by subject
# --------------------------------------------------------------------------------------------------


@dataclass
class Subject:
    """The numeric claims about one unit, each with its interval and whether it conflicts."""

    unit: str | None
    claims: list[dict[str, Any]] = field(default_factory=list)
    intervals: list[Interval] = field(default_factory=list)
    conflicts: list[bool] = field(default_factory=list)

    @property
    def compared(self) -> bool:
        return self.unit is not None and len(self.claims) > 1

    @property
    def disagrees(self) -> bool:
        return self.compared and not intersection_nonempty(self.intervals)

    def witness(self) -> tuple[int, int]:
        """Two claims that cannot both hold: the one with the lowest ceiling and the one with the highest floor."""
        hi_i = min(range(len(self.intervals)), key=lambda i: (self.intervals[i].hi, not self.intervals[i].hi_open))
        lo_i = max(range(len(self.intervals)), key=lambda i: (self.intervals[i].lo, self.intervals[i].lo_open))
        return hi_i, lo_i


def numeric_subjects(conn: duckdb.DuckDBPyConnection) -> list[Subject]:
    """Numeric claims grouped by unit (units first, alphabetically; unitless numbers last)."""
    subjects: dict[str | None, Subject] = {}
    for row in _rows(conn, NUMBERS_SQL):
        subject = subjects.setdefault(row["unit"], Subject(row["unit"]))
        subject.claims.append(row)
        subject.intervals.append(claim_interval(float(row["value"]), row["qualifier"]))
    for subject in subjects.values():
        subject.conflicts = conflicting(subject.intervals) if subject.compared else [False] * len(subject.claims)
    return sorted(subjects.values(), key=lambda s: (s.unit is None, not s.disagrees, s.unit or ""))


# --------------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------------

CSS = """
:root { --ink:#1d2330; --muted:#6b7385; --line:#dfe3ea; --soft:#f5f7fa; --accent:#1f5fa8; --warn:#b3261e;
        --warn-soft:#fdecea; --ok:#1e7d4f; --ok-soft:#e7f5ee; }
* { box-sizing: border-box; }
html { background: #eef1f5; }
body { margin: 0 auto; max-width: 1200px; padding: 28px 32px 48px; color: var(--ink); background: #fff;
       font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Segoe UI", Tahoma, "DejaVu Sans", sans-serif;
       font-size: 14px; line-height: 1.6; }
header { border-bottom: 3px solid var(--accent); padding-bottom: 12px; margin-bottom: 20px; }
h1 { margin: 0; font-size: 28px; }
h2 { margin: 36px 0 4px; font-size: 21px; color: var(--accent); }
h3 { margin: 22px 0 6px; font-size: 17px; }
.en { display: block; font-size: 12px; color: var(--muted); font-weight: normal; direction: ltr;
      text-align: right; letter-spacing: .02em; }
.lead { color: var(--muted); margin: 4px 0 12px; }
.muted { color: var(--muted); }
.code { font-family: "DejaVu Sans Mono", monospace; font-size: 11px; color: var(--muted); direction: ltr;
        unicode-bidi: isolate; }
.chip { display: inline-block; padding: 0 7px; border-radius: 9px; background: var(--soft);
        border: 1px solid var(--line); font-size: 12px; white-space: nowrap; }
.strip { display: grid; grid-template-columns: repeat(5, 1fr); gap: 12px; margin: 8px 0 4px; }
.stat { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; background: var(--soft); }
.stat b { display: block; font-size: 28px; line-height: 1.2; color: var(--accent); }
.stat small { display: block; color: var(--muted); font-size: 11px; direction: ltr; text-align: right; }
table { width: 100%; border-collapse: collapse; margin: 6px 0 10px; font-size: 13px; }
th, td { border-bottom: 1px solid var(--line); padding: 6px 8px; text-align: right; vertical-align: top; }
td { unicode-bidi: plaintext; }
th { background: var(--soft); font-size: 12px; white-space: nowrap; }
th .en { display: block; font-size: 10px; }
tbody tr:nth-child(even) td { background: #fafbfc; }
td.num { font-variant-numeric: tabular-nums; white-space: nowrap; direction: ltr; unicode-bidi: isolate;
         text-align: right; }
bdi.ltr { direction: ltr; unicode-bidi: isolate; white-space: nowrap; }
.rule p { margin: 2px 0; }
.rule p.en-block, .why.en-block, .lead.en-block { direction: ltr; text-align: left; color: var(--muted);
                                                   font-size: 12px; }
td.when { white-space: nowrap; }
td.when b { display: block; font-size: 14px; }
.quote { color: #2a3140; }
.src { font-size: 12px; color: var(--muted); }
.group { border: 1px solid var(--line); border-radius: 8px; padding: 4px 14px 8px; margin: 14px 0;
         page-break-inside: avoid; break-inside: avoid; }
.group.bad { border: 2px solid var(--warn); background: linear-gradient(var(--warn-soft), #fff 60px); }
.group.good h3 .badge { background: var(--ok-soft); color: var(--ok); border-color: #bfe3cf; }
.badge { display: inline-block; font-size: 12px; padding: 1px 9px; border-radius: 10px; border: 1px solid;
         margin-inline-start: 8px; vertical-align: middle; font-weight: normal; }
.bad .badge { background: var(--warn); color: #fff; border-color: var(--warn); }
.why { margin: 2px 0 8px; color: var(--warn); font-size: 13px; }
tr.conflict td { background: var(--warn-soft) !important; }
.mark { color: var(--warn); font-weight: bold; white-space: nowrap; }
.rule { border-inline-start: 4px solid var(--accent); background: var(--soft); padding: 8px 12px; margin: 8px 0;
        font-size: 12.5px; }
.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
svg { display: block; }
svg text { font-family: "DejaVu Sans", sans-serif; }
footer { margin-top: 40px; border-top: 1px solid var(--line); padding-top: 8px; color: var(--muted);
         font-size: 12px; }
@media (max-width: 900px) { .cols { grid-template-columns: 1fr; } .strip { grid-template-columns: repeat(2, 1fr); } }
@media print {
  html, body { background: #fff; }
  body { max-width: none; padding: 0; font-size: 11px; }
  h2 { break-after: avoid; page-break-after: avoid; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  .group.bad { background: #fff; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


def heading(ar: str, en: str, level: int = 2, anchor: str = "") -> str:
    ident = f' id="{esc(anchor)}"' if anchor else ""
    return f'<h{level}{ident}>{esc(ar)}<span class="en">{esc(en)}</span></h{level}>'


def th(ar: str, en: str) -> str:
    return f'<th>{esc(ar)}<span class="en">{esc(en)}</span></th>'


def article_html(row: dict[str, Any]) -> str:
    """Publisher, date and title (or file name) of the article a row comes from."""
    publisher = or_dash(row.get("publisher"))
    date = ltr(str(row["published_date"])) if row.get("published_date") else '<span class="muted">بلا تاريخ</span>'
    title = row.get("title") or row.get("source_file")
    return f'{publisher} · {date}<br><span class="src">{esc(excerpt(title, 70))}</span>'


def source_html(row: dict[str, Any]) -> str:
    if row.get("via_name"):
        ar = row.get("via_name_ar")
        extra = f' <span class="src">({esc(ar)})</span>' if ar and ar != row["via_name"] else ""
        return f"{esc(row['via_name'])}{extra}"
    if row.get("via_text"):
        return esc(row["via_text"])
    return '<span class="muted">—</span>'


def summary_html(summary: dict[str, Any], n_disagreements: int) -> str:
    cells = [
        ("مقالات", "articles", summary["articles"]),
        ("تصريحات", "statements", summary["statements"]),
        ("تواريخ", f"dates ({summary['dates_resolved']} resolved)", summary["dates"]),
        ("أرقام", f"numbers ({n_disagreements} disputed subjects)", summary["numbers"]),
        ("مصادر", "sources", summary["sources"]),
    ]
    stats = "".join(
        f'<div class="stat"><b>{esc(fmt_number(value))}</b>{esc(ar)}<small>{esc(en)}</small></div>'
        for ar, en, value in cells
    )
    return f'<section class="strip" aria-label="summary">{stats}</section>'


def timeline_chart(rows: Sequence[dict[str, Any]]) -> str:
    """An inline SVG: one bar per dated statement on a left-to-right time axis, years labelled."""
    if not rows:
        return ""
    first = min(r["period_start"] for r in rows).year
    last = max((r["period_end"] or r["period_start"]) for r in rows).year + 1
    width, left, right, lane = 1100, 20, 20, 9
    top = 10
    height = top + lane * len(rows) + 34
    span = max(last - first, 1)

    origin, extent = dt.date(first, 1, 1).toordinal(), dt.date(last, 1, 1).toordinal()

    def x(day: dt.date) -> float:
        frac = (day.toordinal() - origin) / (extent - origin)
        return left + frac * (width - left - right)

    parts = [
        f'<svg role="img" aria-label="timeline" viewBox="0 0 {width} {height}" width="100%" '
        f'preserveAspectRatio="xMidYMid meet" direction="ltr">'
    ]
    step = 1 if span <= 14 else 2 if span <= 30 else 5
    axis_y = top + lane * len(rows) + 6
    for year in range(first, last + 1, step):
        xx = x(dt.date(year, 1, 1))
        parts.append(f'<line x1="{xx:.1f}" x2="{xx:.1f}" y1="{top - 4}" y2="{axis_y}" stroke="#e3e7ee"/>')
        parts.append(
            f'<text x="{xx:.1f}" y="{axis_y + 16}" font-size="11" fill="#6b7385" text-anchor="middle">{year}</text>'
        )
    parts.append(f'<line x1="{left}" x2="{width - right}" y1="{axis_y}" y2="{axis_y}" stroke="#9aa3b2"/>')
    for i, r in enumerate(rows):
        start, end = r["period_start"], r["period_end"] or r["period_start"]
        x0, x1 = x(start), x(end) + (x(end + dt.timedelta(days=1)) - x(end))
        y = top + i * lane
        colour = "#1f5fa8" if not r.get("qualifier") else "#d9822b"
        parts.append(
            f'<rect x="{x0:.1f}" y="{y}" width="{max(x1 - x0, 3):.1f}" height="{lane - 3}" rx="2" '
            f'fill="{colour}"><title>{esc(r["date_value"])} {esc(r["speaker_canonical"])}</title></rect>'
        )
    parts.append("</svg>")
    return "".join(parts)


def timeline_html(rows: Sequence[dict[str, Any]]) -> str:
    out = [
        heading("الخط الزمني للتصريحات المؤرَّخة", "Timeline of dated statements", anchor="timeline"),
        '<p class="lead">كل تصريح يتضمن تاريخاً محدَّد الفترة، مرتَّباً حسب الفترة التي يشير إليها '
        "(لا حسب تاريخ النشر). الأشرطة: الأزرق تاريخ مجرد، والبرتقالي تاريخ مقيَّد "
        "(بحلول، منذ، حتى، بداية، نهاية).</p>"
        '<p class="lead en-block">Every statement holding a date with a resolved period, ordered by the period it '
        "refers to. Bars: blue = plain date, orange = qualified (by / since / until / start / end).</p>",
    ]
    if not rows:
        out.append('<p class="muted">لا توجد تصريحات مؤرَّخة. No dated statements.</p>')
        return "".join(out)
    out.append(timeline_chart(rows))
    out.append(
        "<table><thead><tr>"
        + th("الفترة", "period")
        + th("القيد", "qualifier")
        + th("المتحدث", "speaker")
        + th("النوع", "kind")
        + th("عبر", "via source")
        + th("المضمون", "content")
        + th("المقال", "publisher · date · article")
        + "</tr></thead><tbody>"
    )
    for r in rows:
        period = (
            f"{r['period_start']} – {r['period_end']}"
            if r["period_end"] != r["period_start"]
            else str(r["period_start"])
        )
        out.append(
            "<tr>"
            f'<td class="when"><b>{ltr(r["date_value"])}</b>'
            f'<span class="src">«{esc(r["date_text"])}»</span><br><span class="code">{ltr(period)}</span></td>'
            f"<td>{qualifier_html(r['qualifier'])}</td>"
            f"<td><b>{or_dash(r['speaker_canonical'])}</b></td>"
            f"<td>{kind_html(r['speaker_kind'])}</td>"
            f"<td>{source_html(r)}</td>"
            f'<td class="quote">{esc(excerpt(r["content_text"]))}</td>'
            f"<td>{article_html(r)}</td>"
            "</tr>"
        )
    out.append("</tbody></table>")
    return "".join(out)


def _claim_html(claim: dict[str, Any]) -> str:
    """'«surface» (qualifier value)', escaped, for explanations."""
    q = claim.get("qualifier")
    words = f"{esc(QUALIFIER_AR.get(q, q))} " if q else ""
    surface = claim.get("surface_text") or fmt_number(claim["value"])
    return f"«{esc(surface)}» ({words}{ltr(fmt_number(claim['value']))})"


def explanation_html(subject: Subject) -> str:
    """Why a subject disagrees: one Arabic line naming two claims that cannot both hold, one English line."""
    hi_i, lo_i = subject.witness()
    a, b = subject.claims[hi_i], subject.claims[lo_i]
    ia, ib = subject.intervals[hi_i], subject.intervals[lo_i]
    arabic = (
        f"لا يمكن أن يصحّ الادعاءان معاً: {_claim_html(a)} يعني {ltr(ia.label())}، "
        f"بينما {_claim_html(b)} يعني {ltr(ib.label())}."
    )
    english = (
        f"No single value fits every claim: {ia.label()} and {ib.label()} do not overlap; "
        f"{sum(subject.conflicts)} of {len(subject.claims)} claims conflict with at least one other."
    )
    return f'<p class="why">⚠ {arabic}</p><p class="why en-block">{esc(english)}</p>'


def explanation(subject: Subject) -> str:
    """The English line of :func:`explanation_html`, as plain text (for asset metadata)."""
    hi_i, lo_i = subject.witness()
    a, b = subject.claims[hi_i], subject.claims[lo_i]
    return (
        f"{a.get('surface_text')} {subject.intervals[hi_i].label()} vs "
        f"{b.get('surface_text')} {subject.intervals[lo_i].label()}"
    )


RULE_HTML = (
    '<div class="rule"><p><b>قاعدة الخلاف:</b> يتحوّل كل ادعاء إلى مجال القيم التي يسمح بها قيده: '
    f"الرقم الدقيق v ← {ltr('[v, v]')}؛ «نحو» v ← {ltr('[0.8v, 1.2v]')}؛ «أقل من» v ← {ltr('[0, v)')}؛ "
    f"«على الأكثر» v ← {ltr('[0, v]')}؛ «أكثر من» v ← {ltr('(v, ∞)')}؛ «على الأقل» v ← {ltr('[v, ∞)')}. "
    "يكون في الموضوع <b>خلاف</b> حين لا توجد قيمة واحدة تحقق كل ادعاءاته، ويُعلَّم الادعاء "
    '<span class="mark">⚠</span> حين لا يتقاطع مجاله مع مجال ادعاء آخر للوحدة نفسها. '
    "الأرقام بلا وحدة تُعرض ولا تُقارن.</p>"
    '<p class="en-block"><b>Disagreement rule:</b> each claim becomes the interval its qualifier allows '
    "(exact v = [v, v]; approx v = [0.8v, 1.2v]; less_than v = [0, v); at_most v = [0, v]; more_than v = (v, ∞); "
    "at_least v = [v, ∞)). A subject disagrees when no single value fits every claim (some two intervals do not "
    "overlap); a claim is marked ⚠ when it misses at least one other claim of the same unit. "
    "Numbers without a unit are listed but not compared.</p></div>"
)


def numbers_html(subjects: Sequence[Subject]) -> str:
    out = [
        heading(
            "الادعاءات الرقمية حسب الموضوع", "Numeric claims by subject, disagreements highlighted", anchor="numbers"
        ),
        RULE_HTML,
    ]
    if not subjects:
        out.append('<p class="muted">لا توجد أرقام. No numeric claims.</p>')
        return "".join(out)
    for subject in subjects:
        if subject.unit is None:
            title, en = "أرقام بلا وحدة", "no unit — not compared"
        else:
            title, en = UNIT_AR.get(subject.unit, subject.unit), subject.unit
        if subject.disagrees:
            css, badge = "group bad", f"⚠ خلاف · disagree ({sum(subject.conflicts)}/{len(subject.claims)})"
        elif subject.compared:
            css, badge = "group good", f"✓ متّسق · consistent ({len(subject.claims)})"
        else:
            css, badge = "group", f"{len(subject.claims)}"
        unit_texts = sorted({c["unit_text"] for c in subject.claims if c.get("unit_text")})
        words = f' <span class="src">({esc("، ".join(unit_texts))})</span>' if unit_texts else ""
        out.append(
            f'<div class="{css}"><h3>{esc(title)}{words} <span class="code">{esc(en)}</span>'
            f'<span class="badge">{esc(badge)}</span></h3>'
        )
        if subject.disagrees:
            out.append(explanation_html(subject))
        out.append(
            "<table><thead><tr>"
            + th("", "")
            + th("القيمة", "value")
            + th("القيد", "qualifier")
            + th("المجال", "interval")
            + th("النص", "as written")
            + th("المتحدث", "speaker")
            + th("عبر", "via source")
            + th("المقال", "publisher · date · article")
            + "</tr></thead><tbody>"
        )
        for claim, interval, bad in zip(subject.claims, subject.intervals, subject.conflicts, strict=True):
            speaker = (
                f"<b>{or_dash(claim['speaker_canonical'])}</b>"
                if claim["statement_id"] is not None
                else '<span class="muted">الكاتب · the writer</span>'
            )
            mark = '<span class="mark" title="conflicts with another claim">⚠</span>' if bad else ""
            out.append(
                f'<tr class="{"conflict" if bad else ""}">'
                f"<td>{mark}</td>"
                f'<td class="num"><b>{esc(fmt_number(claim["value"]))}</b></td>'
                f"<td>{qualifier_html(claim['qualifier'])}</td>"
                f'<td class="num code">{ltr(interval.label())}</td>'
                f"<td>{esc(claim['surface_text'])}</td>"
                f"<td>{speaker}</td>"
                f"<td>{source_html(claim)}</td>"
                f"<td>{article_html(claim)}</td>"
                "</tr>"
            )
        out.append("</tbody></table></div>")
    return "".join(out)


def bar(value: int, top: int, colour: str = "#1f5fa8") -> str:
    """A small inline-SVG bar, right-aligned for the RTL table."""
    width = 120
    filled = 0 if top <= 0 else max(2.0, width * value / top)
    return (
        f'<svg width="{width}" height="12" viewBox="0 0 {width} 12" aria-hidden="true">'
        f'<rect x="0" y="2" width="{width}" height="8" rx="2" fill="#eef1f5"/>'
        f'<rect x="{width - filled:.1f}" y="2" width="{filled:.1f}" height="8" rx="2" fill="{colour}"/></svg>'
    )


def speakers_html(rows: Sequence[dict[str, Any]]) -> str:
    out = [heading("أبرز المتحدثين", "Top speakers", level=3)]
    if not rows:
        return out[0] + '<p class="muted">—</p>'
    top = max(int(r["n_statements"]) for r in rows)
    out.append(
        "<table><thead><tr>"
        + th("المتحدث", "speaker")
        + th("النوع", "kind")
        + th("تصريحات", "statements")
        + th("مقالات", "articles")
        + th("", "")
        + "</tr></thead><tbody>"
    )
    for r in rows:
        out.append(
            f"<tr><td><b>{esc(r['speaker_canonical'])}</b></td><td>{kind_html(r['speaker_kind'])}</td>"
            f'<td class="num">{esc(r["n_statements"])}</td><td class="num">{esc(r["n_articles"])}</td>'
            f"<td>{bar(int(r['n_statements']), top)}</td></tr>"
        )
    out.append("</tbody></table>")
    return "".join(out)


def sources_html(rows: Sequence[dict[str, Any]]) -> str:
    out = [heading("أبرز المصادر", "Top sources", level=3)]
    if not rows:
        return out[0] + '<p class="muted">—</p>'
    top = max(int(r["n_mentions"] or 0) for r in rows)
    out.append(
        "<table><thead><tr>"
        + th("المصدر", "source")
        + th("النوع", "kind")
        + th("إشارات", "mentions")
        + th("مقالات", "articles")
        + th("", "")
        + "</tr></thead><tbody>"
    )
    for r in rows:
        ar = r.get("name_ar")
        name = esc(r["name"]) + (f'<br><span class="src">{esc(ar)}</span>' if ar and ar != r["name"] else "")
        out.append(
            f"<tr><td><b>{name}</b></td><td>{kind_html(r['kind'])}</td>"
            f'<td class="num">{esc(r["n_mentions"])}</td><td class="num">{esc(r["n_articles"])}</td>'
            f"<td>{bar(int(r['n_mentions'] or 0), top, '#2f8f6b')}</td></tr>"
        )
    out.append("</tbody></table>")
    return "".join(out)


@dataclass
class Report:
    html: str
    subjects: list[Subject]

    @property
    def disagreeing(self) -> list[Subject]:
        return [s for s in self.subjects if s.disagrees]


def build_report(conn: duckdb.DuckDBPyConnection) -> Report:
    """Query the marts and render the page; also return the numeric subjects (for asset metadata)."""
    summary = _rows(conn, SUMMARY_SQL)[0]
    timeline = _rows(conn, TIMELINE_SQL)
    subjects = numeric_subjects(conn)
    speakers = _rows(conn, SPEAKERS_SQL)
    sources = _rows(conn, SOURCES_SQL)
    n_bad = sum(s.disagrees for s in subjects)
    as_of = f" · بيانات حتى {ltr(str(summary['as_of'])[:10])}" if summary.get("as_of") else ""
    page = [
        "<!DOCTYPE html>",
        '<html lang="ar" dir="rtl"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>أخبار · تقرير المحلل · akhbar analyst report</title>",
        f"<style>{CSS}</style></head><body>",
        "<header><h1>أخبار: من قال ماذا، ومتى، وبأي أرقام"
        '<span class="en">akhbar analyst report: who said what, when, with which numbers</span></h1>',
        f'<p class="lead">{esc(summary["articles"])} مقالات، {esc(summary["speakers"])} متحدثاً{as_of}</p></header>',
        summary_html(summary, n_bad),
        timeline_html(timeline),
        numbers_html(subjects),
        heading("المتحدثون والمصادر", "Speakers and sources", anchor="who"),
        f'<div class="cols"><div>{speakers_html(speakers)}</div><div>{sources_html(sources)}</div></div>',
        "<footer>أُنشئ من مستودع akhbar (marts.*) · generated offline from the akhbar warehouse marts; "
        "no scripts, no external resources.</footer>",
        "</body></html>",
    ]
    return Report(html="\n".join(page), subjects=subjects)


def render_report(conn: duckdb.DuckDBPyConnection) -> str:
    """One self-contained HTML page (UTF-8, RTL, inline CSS and SVG, no scripts or external URLs)."""
    return build_report(conn).html
