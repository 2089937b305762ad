"""akhbar.normalize: readable, normalised body text."""

from __future__ import annotations

import unicodedata

import pytest

from akhbar.normalize import normalize_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("ﺍﻟﺴﻼﻡ ﻋﻠﻴﻜﻢ", "السلام عليكم", id="presentation-forms-b"),
        pytest.param("ﻻ ﺗﻘﻒ", "لا تقف", id="lam-alef-ligature"),
        pytest.param("ﷲ", "الله", id="presentation-forms-a-ligature"),
        pytest.param("قال\x00 المسؤول\x07", "قال المسؤول", id="nul-and-control"),
        pytest.param("سطر\r\nثان\rثالث", "سطر\nثان\nثالث", id="crlf-and-cr"),
        pytest.param("\ufeffبغداد", "بغداد", id="bom"),
        pytest.param("\u200fبغداد\u200e \u202bدمشق\u202c \u2067عمان\u2069", "بغداد دمشق عمان", id="bidi-marks"),
        pytest.param("كلمة\u200bكلمة\u200c\u200d", "كلمةكلمة", id="zero-width"),
        pytest.param("الـــدولة العـربية", "الدولة العربية", id="tatweel-inside-word-dropped"),
        pytest.param('لـ"النهار" والـ12 بـــ"الشائعات"', 'لـ"النهار" والـ12 بـ"الشائعات"', id="tatweel-separator-kept"),
        pytest.param("2500\u00a0جندي", "2500 جندي", id="nbsp"),
        pytest.param("سطر   \nآخر\t \n", "سطر\nآخر\n", id="trailing-spaces"),
        pytest.param("٢٥٠٠ جندي و۳۰۰", "٢٥٠٠ جندي و۳۰۰", id="arabic-indic-digits-kept"),
        pytest.param("أُعلِنَ", "أُعلِنَ", id="diacritics-kept"),
        pytest.param("a\tb", "a\tb", id="tab-kept"),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_result_is_nfc() -> None:
    decomposed = "ا\u0653"  # alef + madda above -> آ under NFC
    assert normalize_text(decomposed) == "آ"
    assert unicodedata.is_normalized("NFC", normalize_text("e\u0301 آ"))


def test_idempotent_on_seed_like_text() -> None:
    text = "نيوزاليست\nالأربعاء، 1 أكتوبر 2025\n\nأعلنت وزارة الدفاع الأميركية بدء تخفيض قواتها."
    assert normalize_text(normalize_text(text)) == normalize_text(text) == text
