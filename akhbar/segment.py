"""Split an article body into paragraphs and sentences, with offsets."""

from __future__ import annotations

import re

from akhbar.records import ArticleDraft, Sentence, Span

# A sentence ends at . ! ? ؟ (not inside a number like 2.5) or at a line end.
_SENTENCE_END_RE = re.compile(r"(?<!\d)[.!?؟]+(?=\s|$)|\n")


def _kind_for(span: tuple[int, int], draft: ArticleDraft) -> str:
    for kind, meta in (("title", draft.title_span), ("byline", draft.publisher_span), ("dateline", draft.published_span)):
        if isinstance(meta, Span) and meta.start <= span[0] and span[1] <= meta.end:
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
