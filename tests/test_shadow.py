"""The matching shadow: folds that keep offsets mappable back to the stored text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from akhbar.shadow import Shadow, fold

ARABIC_HEAVY = st.text(
    alphabet=st.sampled_from(
        "أإآاىيةهؤئءبتثجحخدذرزسشصضطظعغفقكلمنو ٠١٢٣۴۵0123456789،.\u064b\u064e\u0651\u0640\u200f\ufeff\n"
    ),
    max_size=200,
)


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("أعلنتْ", "اعلنت"),  # alef with hamza, sukun dropped
        ("الأمريكية", "الامريكيه"),  # ta marbuta folded
        ("مستشفى", "مستشفي"),  # alef maqsura
        ("٥٠٠ جندي", "500 جندي"),  # Arabic-Indic digits
        ("۲۰۲۵", "2025"),  # Persian digits
        ("الـــدفاع", "الدفاع"),  # tatweel
        ("«قال»", '"قال"'),  # guillemets
    ],
    ids=["hamza-sukun", "ta-marbuta", "alef-maqsura", "arabic-indic", "persian-digits", "tatweel", "guillemets"],
)
def test_fold(original: str, expected: str) -> None:
    assert Shadow(original).text == expected
    assert fold(original) == expected


@given(ARABIC_HEAVY, st.data())
def test_every_shadow_span_maps_back_to_the_same_letters(text: str, data: st.DataObject) -> None:
    shadow = Shadow(text)
    start = data.draw(st.integers(0, len(shadow.text)))
    end = data.draw(st.integers(start, len(shadow.text)))
    o_start, o_end = shadow.to_original(start, end)
    assert 0 <= o_start <= o_end <= len(text)
    assert fold(text[o_start:o_end]) == shadow.text[start:end]


@given(ARABIC_HEAVY)
def test_to_shadow_inverts_to_original(text: str) -> None:
    shadow = Shadow(text)
    for position in range(len(shadow.text)):
        assert shadow.to_shadow(shadow.to_original(position, position + 1)[0]) == position
