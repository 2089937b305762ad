"""akhbar.segment: sentences with offsets, header kinds from the draft's spans."""

from __future__ import annotations

from pathlib import Path

import pytest

from akhbar.articles import split_articles
from akhbar.encoding import decode_bytes
from akhbar.normalize import normalize_text
from akhbar.records import ArticleDraft, Span
from akhbar.segment import segment

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("قال الوزير. وأضاف المسؤول.", ["قال الوزير.", "وأضاف المسؤول."], id="period"),
        pytest.param("هل انتهى؟ نعم انتهى!", ["هل انتهى؟", "نعم انتهى!"], id="question-exclamation"),
        pytest.param("ارتفع بنسبة 2.5 في المئة. ثم", ["ارتفع بنسبة 2.5 في المئة.", "ثم"], id="decimal-number"),
        pytest.param("انسحبت في العام 2011. ثم عادت", ["انسحبت في العام 2011.", "ثم عادت"], id="number-before-period"),
        pytest.param('وقال: "انتهى الأمر." وأضاف', ['وقال: "انتهى الأمر."', "وأضاف"], id="period-inside-quote"),
        pytest.param("قال د. محمد إن الوضع مستقر.", ["قال د. محمد إن الوضع مستقر."], id="one-letter-abbreviation"),
        pytest.param("سطر أول\nسطر ثان", ["سطر أول", "سطر ثان"], id="line-ends"),
    ],
)
def test_sentence_split(text: str, expected: list[str]) -> None:
    assert [s.text for s in segment(ArticleDraft(body_text=text))] == expected


def test_kinds_from_spans() -> None:
    body = "عنوان الخبر هنا\nنيوزاليست\nالأربعاء، 1 أكتوبر 2025\nبغداد/المسلة: قال الوزير إن الخطة جاهزة."
    draft = ArticleDraft(
        body_text=body,
        title="عنوان الخبر هنا",
        title_span=Span(0, 15),
        publisher="نيوزاليست",
        publisher_span=Span(16, 25),
        published_text="الأربعاء، 1 أكتوبر 2025",
        published_span=Span(26, 49),
    )
    assert body[26:49] == draft.published_text
    kinds = [s.kind for s in segment(draft)]
    assert kinds == ["title", "byline", "dateline", "body"]
    long_dateline = ArticleDraft(body_text=body, publisher="المسلة", publisher_span=Span(56, 62))
    assert body[56:62] == "المسلة"
    assert segment(long_dateline)[-1].kind == "body"


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_offsets_slice_to_text_on_seeds(path: Path) -> None:
    for draft in split_articles(normalize_text(decode_bytes(path.read_bytes()).text)):
        sentences = segment(draft)
        assert sentences
        for i, s in enumerate(sentences):
            assert s.sentence_index == i
            assert draft.body_text[s.char_start : s.char_end] == s.text
            assert s.text == s.text.strip()
        if draft.title_span is not None:
            assert any(s.kind == "title" for s in sentences)
