"""Plain records that flow from the parsing library to the warehouse.

Every record that points into an article carries ``char_start``/``char_end``
(code points, end exclusive) into ``Article.body_text``; ``surface_text`` is
always ``body_text[char_start:char_end]``. Field names match the warehouse
contract (DESIGN.md) so frames can be built with ``dataclasses.asdict``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# Sentence kinds: header lines of an article are kept in body_text (so the
# title, byline and dateline have offsets) but are not prose.
SENTENCE_KINDS = ("title", "byline", "dateline", "body")

SPEAKER_KINDS = (
    "government_body",
    "military",
    "diplomatic_mission",
    "official_named",
    "anonymous_official",
    "anonymous_sources",
    "news_outlet",
    "think_tank",
    "international_org",
    "parliament_member",
    "other",
)

SOURCE_KINDS = (
    "news_agency",
    "newspaper",
    "tv",
    "website",
    "social_platform",
    "think_tank",
    "government_body",
    "anonymous_sources",
    "anonymous_official",
)

DATE_QUALIFIERS = ("end_of", "start_of", "mid", "until", "since", "by", "before", "after")
DATE_GRANULARITIES = ("day", "month", "year", "other")
LINK_REASONS = ("near_copy", "shared_wire_account")  # akhbar.syndication
NUMBER_QUALIFIERS = ("approx", "less_than", "more_than", "at_most", "at_least")
SOURCE_ROLES = ("publisher", "cited")
# How a publisher mention relates to the article (role publisher only; None for cited):
# own -- the page has one publisher; aggregator -- the site hosting a page that credits another
# outlet ("المصدر: X", "نقلا عن X", "X (لبنان)", a wire dateline "(رويترز) -"); original -- that
# credited outlet.
PUBLISHER_RELATIONS = ("own", "aggregator", "original")


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from a raw file, with the encoding that was detected."""

    text: str
    encoding: str


@dataclass(slots=True)
class Span:
    """A character span into some text, end exclusive."""

    start: int
    end: int


@dataclass(slots=True)
class ArticleDraft:
    """One article cut out of a page, before extraction.

    ``body_text`` holds the article's own lines: its title, byline and
    dateline (when the page has them next to the article) and its prose;
    page chrome is gone. The ``*_span`` fields point into ``body_text``.
    """

    body_text: str
    title: str | None = None
    title_span: Span | None = None
    publisher: str | None = None
    publisher_span: Span | None = None
    published_date: date | None = None
    published_text: str | None = None
    published_span: Span | None = None
    url: str | None = None  # where the article was published, when the input says (HTML, JSON feeds)
    # The outlet a hosting page credits as the article's origin ("المصدر: X", "النشرة (لبنان)",
    # "بغداد (رويترز) -"), when the page also names its own site (``publisher``). It may be the
    # same outlet as ``publisher``; akhbar.sources then records one publisher.
    original_publisher: str | None = None
    original_publisher_span: Span | None = None


@dataclass(slots=True)
class Sentence:
    sentence_index: int
    paragraph_index: int
    char_start: int
    char_end: int
    text: str
    kind: str = "body"  # one of SENTENCE_KINDS


@dataclass(slots=True)
class Statement:
    sentence_index: int
    char_start: int
    char_end: int
    surface_text: str
    speaker_text: str | None
    speaker_canonical: str | None
    speaker_kind: str  # one of SPEAKER_KINDS
    verb_text: str
    content_text: str
    content_start: int
    content_end: int
    is_direct_quote: bool
    speaker_start: int | None = None
    speaker_end: int | None = None
    via_text: str | None = None
    via_source_key: str | None = None  # canonical source key of the relaying outlet
    actor_key: str | None = None  # the speaker across articles and spellings (akhbar.actors.actor_key)


@dataclass(slots=True)
class DateMention:
    sentence_index: int
    char_start: int
    char_end: int
    surface_text: str
    date_value: str | None  # ISO at its precision: 2025, 2025-09, 2025-10-01
    period_start: date | None
    period_end: date | None
    granularity: str  # one of DATE_GRANULARITIES
    is_relative: bool
    qualifier: str | None  # one of DATE_QUALIFIERS
    year_inferred: bool = False  # a month or day named without a year; the year was chosen


@dataclass(slots=True)
class NumberMention:
    sentence_index: int
    char_start: int
    char_end: int
    surface_text: str
    value: float
    qualifier: str | None  # one of NUMBER_QUALIFIERS
    unit_text: str | None
    unit: str | None
    # The number itself inside surface_text (no qualifier, clitic or counted noun): "900" in
    # "أكثر من 900 جندي". Library-only (conformance scoring, callers); not a warehouse column.
    numeral_start: int = -1
    numeral_end: int = -1
    # What the number counts and where (akhbar.claims): the counted noun's unit, or the unit of
    # "عدد/عديد X" earlier in the clause when the number has none; the place the clause puts it
    # in (a PlaceMention's offsets, library-only; the warehouse row keeps its place_mention_id);
    # and whether the clause projects it into the future ("سيقل العدد إلى ...").
    subject: str | None = None
    place_start: int | None = None
    place_end: int | None = None
    place_id: str | None = None
    is_projection: bool = False


NUMBER_LIBRARY_ONLY = ("numeral_start", "numeral_end", "place_start", "place_end")


@dataclass(slots=True)
class PlaceMention:
    """A gazetteer place named in the text (akhbar.places); ``place_id`` -> dim_places."""

    sentence_index: int | None
    char_start: int
    char_end: int
    surface_text: str
    place_id: str


@dataclass(slots=True)
class SourceMention:
    char_start: int
    char_end: int
    surface_text: str
    source_key: str  # canonical slug, e.g. "reuters"; the warehouse's source_id
    source_name: str  # canonical name, Latin script where one exists
    source_name_ar: str | None
    source_kind: str  # one of SOURCE_KINDS
    role: str  # one of SOURCE_ROLES
    sentence_index: int | None = None
    relation: str | None = None  # one of PUBLISHER_RELATIONS for role publisher; None for cited


@dataclass(slots=True)
class ParsedArticle:
    """An article with everything extracted from it."""

    article_index: int
    draft: ArticleDraft
    sentences: list[Sentence] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    numbers: list[NumberMention] = field(default_factory=list)
    sources: list[SourceMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
