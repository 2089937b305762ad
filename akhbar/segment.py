"""Split an article body into paragraphs and sentences, with offsets.

A sentence ends at ``. ! ? ؟`` followed by white space, or at a line end. **Long sentences**:
a sentence longer than ``MAX_SENTENCE_CHARS`` (2,000 characters, far beyond any real news
sentence; hostile input such as a 200,000-character line without punctuation or a scraped
page glued into one line) is force-split into pieces of at most that size, each cut at the
last blank of its second half (a hard cut only when there is none). This bounds the work of the
extractors, which read each sentence locally, so parsing time stays linear in the text length.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from akhbar.records import ArticleDraft, Sentence, Span

# A sentence ends at . ! ? ؟ (with any closing quotes/brackets after them) followed by
# white space, or at a line end. Not inside a number (2.5: no space after the dot) and not
# after a one-letter abbreviation ("أ. ف. ب", "د. محمد").
# Written to open with one character class, so ``re`` skips to the candidates with a fast scan
# instead of trying the lookbehinds at every position: the first mark or LF is consumed, and the
# lookbehinds (one character wider) test what preceded it. It finds exactly the matches of
# ``(?<![\s(.]\w)(?<!^\w)[.!?؟]+[\"'”’»)\]]*(?=\s|$)|\n``.
_SENTENCE_END_RE = re.compile(r"[.!?؟\n](?:(?<=\n)|(?<![\s(.]\w.)(?<!^\w.)[.!?؟]*[\"'”’»)\]]*(?=\s|$))")


_ENDS = (".", "!", "?", "؟")
MAX_SENTENCE_CHARS = 2000


def _kind_for(span: tuple[int, int], draft: ArticleDraft) -> str:
    """title / byline / dateline for header sentences holding the draft's metadata, else body.

    The title sentence is the one overlapping the title span; a sentence holding the publisher
    or the date is a byline / dateline only when it is little more than that (a line
    "بغداد/المسلة: رغم إعلان ..." that opens with the outlet stays body).
    """
    start, end = span
    metas = (("title", draft.title_span), ("dateline", draft.published_span), ("byline", draft.publisher_span))
    for kind, meta in metas:
        if not isinstance(meta, Span) or meta.end <= start or end <= meta.start:
            continue
        sentence = draft.body_text[start:end].rstrip("\"'”’»)] ")
        if kind == "title" or (end - start) - (meta.end - meta.start) <= 20 or not sentence.endswith(_ENDS):
            return kind
    return "body"


def segment(draft: ArticleDraft) -> list[Sentence]:
    """Sentences of ``draft.body_text``; every sentence's offsets slice to its text."""
    text = draft.body_text
    sentences: list[Sentence] = []
    paragraph = 0
    start = 0
    for match in _SENTENCE_END_RE.finditer(text):
        end = match.end() if match.group() != "\n" else match.start()
        _append(sentences, text, start, end, paragraph, draft)
        if match.group() == "\n":
            paragraph += 1
        start = match.end()
    _append(sentences, text, start, len(text), paragraph, draft)
    return sentences


def _append(out: list[Sentence], text: str, start: int, end: int, paragraph: int, draft: ArticleDraft) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:  # hostile input: force-split (see the module doc)
        half, limit = start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS
        cut = max(text.rfind(" ", half, limit), text.rfind("\t", half, limit))
        cut = cut if cut > start else limit
        _append_one(out, text, start, cut, paragraph, draft)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    _append_one(out, text, start, end, paragraph, draft)


def _append_one(out: list[Sentence], text: str, start: int, end: int, paragraph: int, draft: ArticleDraft) -> None:
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return
    out.append(
        Sentence(
            sentence_index=len(out),
            paragraph_index=paragraph,
            char_start=start,
            char_end=end,
            text=text[start:end],
            kind=_kind_for((start, end), draft),
        )
    )


class SentenceLocator:
    """Which sentence holds a character offset: a binary search over the sentences' starts
    (shared by the extractors that find mentions in the whole text, then file them by sentence)."""

    __slots__ = ("_sentences", "_starts")

    def __init__(self, sentences: list[Sentence]) -> None:
        self._sentences = sentences
        self._starts = [s.char_start for s in sentences]

    def index_at(self, pos: int) -> int | None:
        """``sentence_index`` of the sentence holding ``pos``, or None (between sentences)."""
        i = bisect_right(self._starts, pos) - 1
        if i >= 0 and pos < self._sentences[i].char_end:
            return self._sentences[i].sentence_index
        return None
