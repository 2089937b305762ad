"""Detect a raw file's encoding and decode it, or say clearly why it cannot be read.

Decode cascade (first that succeeds wins; the name is recorded in ``Decoded.encoding``):

1. empty / whitespace-only input            -> ``DecodeError("empty file ...")``
2. binary signatures (PNG, JPEG, GIF, PDF, ZIP, gzip, ...) -> ``DecodeError("binary file ...")``
3. byte-order marks: UTF-8 (``utf-8-sig``), UTF-16 LE/BE (``utf-16-le`` / ``utf-16-be``)
4. UTF-16 without BOM (tried before UTF-8, because Arabic UTF-16-LE bytes such as
   ``0x45 0x06`` are also valid UTF-8): the high bytes of the code units are almost all
   0x00 (ASCII), 0x06 (Arabic block), 0x20 (punctuation) or 0xFB-0xFE (presentation
   forms) -> ``utf-16-le`` or ``utf-16-be``.
5. strict UTF-8 (``utf-8``). **Truncation policy**: if the only error is an incomplete
   multi-byte sequence in the last 1-3 bytes (a file cut mid-character), those bytes are
   dropped and the rest is decoded; any other invalid byte makes UTF-8 fail.
6. NUL-heavy input that is not UTF-16 -> ``DecodeError("binary data ...")``; mostly valid UTF-8
   Arabic with a few corrupt bytes in the middle -> ``DecodeError("corrupt UTF-8 ...")``
   (quarantined: decoding it as windows-1256 would give mojibake that looks Arabic).
7. windows-1256 vs ISO-8859-6, each decoded strictly and scored by the share of Arabic
   letters among letters; the better one wins if the text is plausibly Arabic.
8. charset-normalizer's best guess, accepted only if the result is Arabic or readable text.
9. otherwise ``DecodeError`` naming what was tried.
"""

from __future__ import annotations

import re

from akhbar.records import Decoded


class DecodeError(ValueError):
    """The bytes are not text akhbar can read; the message says why."""


_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or docx/xlsx)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ\x90\x00", "Windows executable"),
    (b"RIFF", "RIFF media file"),
    (b"\x00\x00\x01\x00", "icon file"),
    (b"OggS", "Ogg media file"),
    (b"ID3", "MP3 audio"),
    (b"\xd0\xcf\x11\xe0", "MS Office (OLE) document"),
)

_ARABIC_LETTER_RE = re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06fc]")
_LETTER_RE = re.compile(r"[^\W\d_]")
# Control characters that never occur in readable text (tab, LF, CR, FF allowed).
_BAD_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
_UTF16_HIGH_BYTES = bytes([0x00, 0x06, 0x20, 0xFB, 0xFC, 0xFD, 0xFE])
_WS = b" \t\r\n\x0b\x0c\x00"
_SAMPLE = 8192
_SCORE_CHARS = 100_000  # letters scored at each end of a long text


def arabic_ratio(text: str) -> float:
    """Share of Arabic letters among all letters of ``text`` (0.0 when there are no letters)."""
    letters = len(_LETTER_RE.findall(text))
    return len(_ARABIC_LETTER_RE.findall(text)) / letters if letters else 0.0


def _readable(text: str) -> bool:
    """Plausibly human text: almost no control characters or replacement marks."""
    if not text.strip():
        return False
    bad = len(_BAD_CONTROL_RE.findall(text))
    return bad <= max(1, len(text) // 500)


def _sample(text: str) -> str:
    """Letter statistics of a long text from its head and tail (a 50 MB file is scored in ms)."""
    return text if len(text) <= 2 * _SCORE_CHARS else text[:_SCORE_CHARS] + "\n" + text[-_SCORE_CHARS:]


def _plausible_arabic(text: str) -> bool:
    sample = _sample(text)
    return len(_ARABIC_LETTER_RE.findall(sample)) >= 3 and arabic_ratio(sample) >= 0.6 and _readable(text)


def _decode_utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A file cut mid-character: only the last 1-3 bytes form an incomplete sequence.
        if exc.reason == "unexpected end of data" and len(data) - exc.start <= 3:
            try:
                return data[: exc.start].decode("utf-8")
            except UnicodeDecodeError:
                return None
        return None


def _mixed_lines(data: bytes) -> Decoded | None:
    """A file pasted together from UTF-8 and windows-1256 parts (seen when scrapes are concatenated).

    Each line is decoded as UTF-8 when it is valid UTF-8, else as windows-1256; the
    result counts only when both kinds of line occur and every part reads as Arabic.
    """
    utf8_lines: list[str] = []
    legacy_lines: list[str] = []
    out: list[str] = []
    for line in data.split(b"\n"):
        try:
            text = line.decode("utf-8")
            if any(byte >= 0x80 for byte in line):
                utf8_lines.append(text)
        except UnicodeDecodeError:
            try:
                text = line.decode("cp1256")
            except UnicodeDecodeError:
                return None
            legacy_lines.append(text)
        out.append(text)
    if not utf8_lines or not legacy_lines:
        return None
    if not (_plausible_arabic("\n".join(utf8_lines)) and _plausible_arabic("\n".join(legacy_lines))):
        return None
    return Decoded("\n".join(out), "utf-8+windows-1256")


def _decode_utf16(data: bytes, codec: str) -> str | None:
    if len(data) % 2:
        data = data[:-1]  # truncated last code unit
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    return text if _readable(text) else None


def _utf16_without_bom(data: bytes) -> Decoded | None:
    sample = data[:_SAMPLE]
    if len(sample) < 4 or b"\x00" not in sample:  # any real text has spaces/newlines: 0x20 0x00
        return None
    even, odd = sample[0::2], sample[1::2]

    def share(column: bytes) -> float:
        return (len(column) - len(column.translate(None, _UTF16_HIGH_BYTES))) / len(column)

    s_even, s_odd = share(even), share(odd)
    if s_odd >= 0.8 and s_even < 0.5:
        codec = "utf-16-le"
    elif s_even >= 0.8 and s_odd < 0.5:
        codec = "utf-16-be"
    else:
        return None
    text = _decode_utf16(data, codec)
    return Decoded(text, codec) if text is not None else None


def _single_byte_arabic(data: bytes) -> Decoded | None:
    best: tuple[float, str, str] | None = None
    for codec, name in (("cp1256", "windows-1256"), ("iso8859_6", "iso-8859-6")):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if not _readable(text):
            continue
        sample = _sample(text)
        score = arabic_ratio(sample)
        arabic = len(_ARABIC_LETTER_RE.findall(sample))
        if arabic and (sample.count("ط") + sample.count("ظ")) / arabic > 0.35:
            continue  # UTF-8 Arabic read as a single-byte code page (mojibake "ط£ط¹ظ„")
        if best is None or score > best[0]:  # ties keep windows-1256 (tried first, far more common)
            best = (score, text, name)
    if best is not None and _plausible_arabic(best[1]):
        return Decoded(best[1], best[2])
    return None


def _charset_normalizer_guess(data: bytes) -> Decoded | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - it is a declared dependency
        return None
    match = from_bytes(data).best()
    if match is None:
        return None
    text = str(match)
    if match.chaos > 0.3 or not _readable(text):
        return None
    return Decoded(text, match.encoding.replace("_", "-"))


def decode_bytes(data: bytes) -> Decoded:
    """Decode raw bytes to text, or raise DecodeError with a clear reason (see the module doc)."""
    if not data or not data.strip(_WS):
        raise DecodeError("empty file (no bytes, or only whitespace / NUL bytes)")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise DecodeError(f"binary file, not text: starts with the {what} signature")

    if data.startswith(b"\xef\xbb\xbf"):
        text = _decode_utf8(data[3:])
        if text is None:
            raise DecodeError("file has a UTF-8 byte-order mark but is not valid UTF-8")
        return Decoded(text, "utf-8-sig")
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            text = _decode_utf16(data[2:], codec)
            if text is None:
                raise DecodeError(f"file has a {codec.upper()} byte-order mark but is not valid {codec.upper()}")
            return Decoded(text, codec)

    # UTF-16 without BOM first: Arabic UTF-16-LE bytes (0x2X 0x06 ...) are also valid UTF-8.
    decoded = _utf16_without_bom(data)
    if decoded is not None:
        return decoded

    text = _decode_utf8(data)
    if text is not None:
        if _readable(text):
            return Decoded(text, "utf-8")
        # NUL bytes sprinkled into real Arabic text (a broken scraper or editor): normalisation
        # drops them; the text is kept when what remains is plainly Arabic prose.
        if "\x00" in text and _plausible_arabic(text.replace("\x00", "")):
            return Decoded(text, "utf-8")
        raise DecodeError("valid UTF-8 but full of control characters (binary data?)")

    nul = data.count(b"\x00")
    if nul > max(2, len(data) // 100):
        raise DecodeError(f"binary data: {nul} NUL bytes in {len(data)} bytes, and not UTF-16 text")

    # Mostly valid UTF-8 Arabic with a few corrupt bytes: windows-1256 would "succeed" with
    # mojibake (UTF-8 lead bytes 0xD8/0xD9 read as ط/ظ), so quarantine it instead of guessing.
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    if bad <= max(5, len(lenient) // 20) and _plausible_arabic(lenient.replace("\ufffd", "")):
        first = lenient.index("\ufffd")
        raise DecodeError(
            f"corrupt UTF-8: {bad} invalid byte sequence(s), first near character {first}; not decoded by guessing"
        )

    decoded = _mixed_lines(data) or _single_byte_arabic(data) or _charset_normalizer_guess(data)
    if decoded is not None:
        return decoded
    raise DecodeError(
        "undecodable text: not valid UTF-8 or UTF-16, and not plausibly Arabic in windows-1256 or ISO-8859-6"
    )
