"""Normalise decoded text into the readable form stored as body_text.

What changes (offsets are computed on the result, so this runs before any extraction):

- CRLF / CR -> LF;
- dropped: NUL and other control characters (tab and LF kept), C1 controls, BOM, soft
  hyphen, zero-width characters and bidi marks (U+200B-U+200F, U+202A-U+202E, U+2060,
  U+2066-U+2069);
- non-breaking and other fixed-width spaces -> a plain space;
- Arabic presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFF) -> base letters (NFKC on those
  characters only, so e.g. superscripts elsewhere are left alone);
- tatweel (U+0640) inside a word, a purely visual stretch: "الـــدولة" -> "الدولة"; a tatweel
  separating a prefix from a quote or digit ("لـ"النهار"", "الـ12") is kept (runs -> one).
  After the presentation forms, which can yield a tatweel ("ﹷ" -> "ـَ"), so the result is stable;
- Unicode NFC;
- trailing spaces and tabs at the end of each line removed.

Arabic-Indic (٠-٩) and Persian (۰-۹) digits are kept as written; matching folds them
(``akhbar.shadow``). Diacritics are kept: the text stays as the outlet wrote it.
"""

from __future__ import annotations

import re
import unicodedata

_DELETE = [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)]
_DELETE += [0x00AD, 0xFEFF, 0x2060, *range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_SPACES = [0x00A0, 0x2007, 0x202F, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2008, 0x2009, 0x200A]

_TABLE = {cp: None for cp in _DELETE}
_TABLE.update({cp: " " for cp in _SPACES})

_NEEDS_TABLE_RE = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_TABLE)) + "]+")
_NEWLINE_RE = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_PRESENTATION_RE = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]+")
# Tatweel stretching a word ("الـــدولة") goes; a tatweel that separates a one-letter
# prefix from a quote or digit ("لـ"النهار"", "الـ12") is kept, once.
# Written to open with the tatweel itself, so ``re`` finds candidates with a fast literal scan
# instead of testing the lookbehind at every position of the text; it matches exactly what
# ``(?<=[\u0621-\u065f])\u0640+(?=[\u0621-\u064a])`` matches (the lookbehind, one character
# wider, tests the letter before the first tatweel consumed).
_TATWEEL_IN_WORD_RE = re.compile("\u0640(?<=[\u0621-\u065f]\u0640)\u0640*(?=[\u0621-\u064a])")
_TATWEEL_RUN_RE = re.compile("\u0640{2,}")


_REPLACEMENTS = {chr(cp): (value or "") for cp, value in _TABLE.items()}


def _drop_and_space(text: str, present: set[str]) -> str:
    """``text`` with each of the ``present`` table characters dropped or made a space.

    One ``str.replace`` per distinct character (a fast scan each) beats both a regex sub with a
    callback and ``str.translate`` with a dict on long text; no replacement is itself in the table.
    """
    for ch in sorted(present):
        text = text.replace(ch, _REPLACEMENTS[ch])
    return text


def _base_letters(match: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", match.group())


def normalize_text(text: str) -> str:
    """Return the readable, normalised form of ``text`` (see the module doc)."""
    if "\r" in text or "\u2028" in text or "\u2029" in text or "\x85" in text:
        text = _NEWLINE_RE.sub("\n", text)
    found = _NEEDS_TABLE_RE.findall(text)  # rare characters: one scan finds which occur
    if found:
        text = _drop_and_space(text, set("".join(found)))
    # Before tatweel: "ﹷ" (fatha medial form) becomes "ـَ". Presentation forms are U+FB50-U+FEFE,
    # whose UTF-8 starts with byte EF: a text without that byte (nearly all) skips the slow
    # character-class scan.
    if b"\xef" in text.encode("utf-8", "surrogatepass") and _PRESENTATION_RE.search(text):
        text = _PRESENTATION_RE.sub(_base_letters, text)
    if "\u0640" in text:
        text = _TATWEEL_RUN_RE.sub("\u0640", _TATWEEL_IN_WORD_RE.sub("", text))
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if " \n" in text or "\t\n" in text or text.endswith((" ", "\t")):
        text = "\n".join(line.rstrip(" \t") for line in text.split("\n"))
    return text
