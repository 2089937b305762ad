"""A normalised "shadow" of a text for matching, with offsets back to the original.

Extractors match lexicons against the shadow (alef variants folded, ى -> ي,
ة -> ه, Arabic-Indic and Persian digits -> ASCII, diacritics and tatweel
dropped) and map every match back to the stored text with ``to_original``, so
spans always index into ``body_text``.

Example: ``Shadow("أعلنتْ وزارة")`` has ``text == "اعلنت وزاره"``; a match at
shadow span (0, 5) maps back to (0, 6) in the original, covering the sukun.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

# One-to-one folds: same length, so they can be done with str.translate.
_FOLD_TABLE = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ی": "ي",  # Persian yeh (seen in scraped Arabic pages)
        "ک": "ك",  # Persian kaf
        "ؤ": "ء",
        "ئ": "ء",
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Persian digits
        "٫": ".",  # Arabic decimal separator
        "٬": ",",  # Arabic thousands separator
        "،": ",",
        "؛": ";",
        "؟": "?",
        "“": '"',
        "”": '"',
        "«": '"',
        "»": '"',
        "\u00a0": " ",
    }
)

_FOLD_PAIRS = tuple((chr(code), letter) for code, letter in _FOLD_TABLE.items())
# Replacing the pairs one after the other equals the one-pass translate only because no folded
# letter is itself folded again (ا, ي, ه, ك, ء, ASCII digits and punctuation are not keys).
assert not any(ord(letter) in _FOLD_TABLE for _, letter in _FOLD_PAIRS)
# Below this length str.translate is faster than the str.replace loop (see ``fold``).
_SHORT_FOLD = 24

# Characters dropped from the shadow: harakat, superscript alef, tatweel,
# zero-width and direction marks.
_DROP_RE = re.compile("[\u064b-\u065f\u0670\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


# Combining marks that belong to the letter before them (kept inside a span's end).
_MARK_RE = re.compile("[\u064b-\u065f\u0670\u0640]")


def fold(text: str) -> str:
    """Fold a lexicon entry or a short string the same way as a Shadow (no offsets).

    ``str.translate`` with a dict looks every character of Arabic text up in the dict, which
    costs ~50 ns a character; beyond a few words the ``str.replace`` loop of ``_fold_letters``
    (a fast scan per folded letter) is several times faster.
    """
    if len(text) < _SHORT_FOLD:
        return _DROP_RE.sub("", text.translate(_FOLD_TABLE))
    return _DROP_RE.sub("", _fold_letters(text))


def _fold_letters(text: str) -> str:
    """``text.translate(_FOLD_TABLE)``, one ``str.replace`` per folded letter present."""
    for old, new in _FOLD_PAIRS:
        if old in text:
            text = text.replace(old, new)
    return text


@dataclass(slots=True)
class Shadow:
    """Matching form of ``original`` and the map from shadow offsets to original offsets."""

    original: str
    text: str
    _index: list[int] | None  # shadow position -> original position; None = identity

    def __init__(self, original: str) -> None:
        self.original = original
        folded = _fold_letters(original)  # str.replace per letter beats str.translate with a dict
        if _DROP_RE.search(folded) is None:
            self.text = folded
            self._index = None
            return
        # Keep the runs between dropped characters; index maps each kept char to its origin.
        index: list[int] = []
        pieces: list[str] = []
        position = 0
        for match in _DROP_RE.finditer(folded):
            if match.start() > position:
                index.extend(range(position, match.start()))
                pieces.append(folded[position : match.start()])
            position = match.end()
        if position < len(folded):
            index.extend(range(position, len(folded)))
            pieces.append(folded[position:])
        index.append(len(original))
        self.text = "".join(pieces)
        self._index = index

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a shadow span to the original span covering the same characters."""
        if self._index is None:
            return start, end
        o_start = self._index[start]
        # End maps to just after the last kept character, so trailing dropped
        # marks (a final sukun) stay inside the original span.
        if end <= start:
            return o_start, o_start
        o_end = self._index[end - 1] + 1
        nxt = self._index[end]
        while o_end < nxt and _MARK_RE.match(self.original[o_end]):
            o_end += 1
        return o_start, o_end

    def to_shadow(self, position: int) -> int:
        """Map an original offset to the first shadow offset at or after it."""
        return position if self._index is None else bisect_left(self._index, position)


@lru_cache(maxsize=4)
def shadow_of(text: str) -> Shadow:
    """The Shadow of an article, built once and shared by all four extractors."""
    return Shadow(text)
