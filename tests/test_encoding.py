"""akhbar.encoding: detection cascade and clear reasons for unreadable input."""

from __future__ import annotations

import codecs

import pytest

from akhbar.encoding import DecodeError, arabic_ratio, decode_bytes

TEXT = "أعلنت وزارة الخارجية العراقية، اليوم الخميس، تأجيل الإعلان عن إنهاء مهمة التحالف الدولي.\n"
MIXED = "قال المسؤول إن 2500 جندي (soldiers) سيغادرون بحلول أيلول/سبتمبر 2025.\n"


@pytest.mark.parametrize(
    ("data", "encoding", "expected"),
    [
        pytest.param(TEXT.encode("utf-8"), "utf-8", TEXT, id="utf8"),
        pytest.param(codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig", TEXT, id="utf8-bom"),
        pytest.param(TEXT.encode("utf-16"), "utf-16-le", TEXT, id="utf16-bom-native"),
        pytest.param(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le", TEXT, id="utf16le-bom"),
        pytest.param(codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be", TEXT, id="utf16be-bom"),
        pytest.param(TEXT.encode("utf-16-le"), "utf-16-le", TEXT, id="utf16le-no-bom"),
        pytest.param(TEXT.encode("utf-16-be"), "utf-16-be", TEXT, id="utf16be-no-bom"),
        pytest.param(MIXED.encode("utf-16-le"), "utf-16-le", MIXED, id="utf16le-no-bom-mixed-latin-digits"),
        pytest.param(TEXT.encode("cp1256"), "windows-1256", TEXT, id="windows-1256"),
        pytest.param(MIXED.encode("cp1256"), "windows-1256", MIXED, id="windows-1256-mixed"),
        pytest.param(TEXT.encode("iso8859_6"), "iso-8859-6", TEXT, id="iso-8859-6"),
        pytest.param(b"plain ascii news text.\n", "utf-8", "plain ascii news text.\n", id="ascii-is-utf8"),
        pytest.param(TEXT.encode("utf-8") + "ع".encode()[:1], "utf-8", TEXT, id="utf8-truncated-last-char-dropped"),
    ],
)
def test_detects_and_decodes(data: bytes, encoding: str, expected: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.encoding == encoding
    assert decoded.text == expected


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b" \n\t\r\n  ", "empty", id="whitespace-only"),
        pytest.param(b"\x00\x00\n", "empty", id="nul-and-newline-only"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "PNG", id="png"),
        pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF", id="pdf"),
        pytest.param(b"PK\x03\x04" + bytes(30), "ZIP", id="zip"),
        pytest.param(bytes(range(256)) * 8, "not valid UTF-8", id="random-binary"),
        pytest.param(b"abc\x00\x00\x00\x01\x02\x00\x00\xff\xfe\x00\x00" * 40, "NUL", id="nul-heavy-binary"),
        pytest.param(
            TEXT.encode("utf-8") * 3 + b"\xff\xfe\x80" + TEXT.encode("utf-8") * 3,
            "corrupt UTF-8",
            id="utf8-corrupt-mid-quarantined",
        ),
    ],
)
def test_undecodable_input_raises_with_reason(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError) as info:
        decode_bytes(data)
    assert reason.lower() in str(info.value).lower()
    assert isinstance(info.value, ValueError)


def test_bom_utf8_but_invalid_body_is_rejected() -> None:
    with pytest.raises(DecodeError, match="byte-order mark"):
        decode_bytes(codecs.BOM_UTF8 + b"\xd8\xa3\xff\xff abc")


def test_cp1256_not_mistaken_for_other_code_page() -> None:
    # charset-normalizer alone sometimes calls short cp1256 text cp1252/cp1250: the cascade must not.
    data = "عاجل: انفجار في بيروت".encode("cp1256")
    decoded = decode_bytes(data)
    assert decoded.encoding == "windows-1256"
    assert decoded.text == "عاجل: انفجار في بيروت"


@pytest.mark.parametrize(
    ("text", "ratio"),
    [
        pytest.param("مرحبا", 1.0, id="all-arabic"),
        pytest.param("abc", 0.0, id="all-latin"),
        pytest.param("", 0.0, id="empty"),
    ],
)
def test_arabic_ratio(text: str, ratio: float) -> None:
    assert arabic_ratio(text) == ratio


MIXED_ARTICLE = (
    "أعلنت وزارة الدفاع العراقية أنها ستنشر نحو 500 جندي على الحدود.\nوقال المتحدث إن المرحلة الأولى ستكتمل.\n"
)


def test_a_file_pasted_from_utf8_and_windows_1256_parts_decodes_line_by_line() -> None:
    decoded = decode_bytes(MIXED_ARTICLE.encode("utf-8") + MIXED_ARTICLE.encode("cp1256"))
    assert decoded.encoding == "utf-8+windows-1256"
    assert decoded.text.count("وزارة الدفاع") == 2


def test_sprinkled_nul_bytes_in_arabic_text_do_not_quarantine_it() -> None:
    decoded = decode_bytes(MIXED_ARTICLE.encode("utf-8").replace(b" ", b" \x00", 4))
    assert decoded.encoding == "utf-8"
    assert decoded.text.replace("\x00", "") == MIXED_ARTICLE
