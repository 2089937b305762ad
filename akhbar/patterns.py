"""Regex building blocks shared by the extractors."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TypeVar

from akhbar.shadow import fold

T = TypeVar("T")

# Clitics a name may carry in the text: "وبغداد", "لرويترز", "وللعراق" (at most two letters).
NAME_CLITICS = frozenset({"", "و", "ف", "ب", "ك", "ل", "وب", "فب", "ول", "فل", "وك"})
_PREV_WORD_RE = re.compile(r"(\w+)\W*$")


def alias_key(text: str) -> str:
    """A lexicon alias as the Shadow reads it: folded, lower case, single blanks."""
    return " ".join(fold(text).lower().split())


def add_alias(table: dict[str, T], alias: str, value: T) -> None:
    """Add a folded alias (first row wins), and its form after ل, where the article's alef
    is elided: ل + العراق = "للعراق", ل + النهار = "للنهار"."""
    table.setdefault(alias, value)
    if alias.startswith("ال") and len(alias) > 3:
        table.setdefault("لل" + alias[2:], value)


def previous_word(text: str, start: int, window: int) -> str | None:
    """The word just before ``start`` (within ``window`` characters), punctuation skipped."""
    match = _PREV_WORD_RE.search(text, max(0, start - window), start)
    return None if match is None else match.group(1)


def trie_alternation(words: Iterable[str], blank: str = r"\s+") -> str:
    """One non-capturing regex alternation of ``words``, factored as a prefix trie.

    Python's ``re`` scans a trie-shaped pattern far faster than a flat ``a|b|c``
    list of hundreds of lexicon forms. A space inside a word matches ``blank``.
    Siblings start with different characters, so their order never changes a
    match; an optional tail is greedy, so the longest word wins at a position.
    Example: ["قال", "قالت", "أعلن"] -> (?:أعلن|قال(?:ت)?).
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [(blank if ch == " " else re.escape(ch)) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + emit(trie) + ")"


def finditer_near(
    pattern: re.Pattern[str], text: str, anchors: Iterable[str], reach: int, pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match[str]]:
    r"""Exactly ``pattern.finditer(text, pos, endpos)``, trying the pattern only near its anchors.

    For a pattern every match of which holds one of the literal ``anchors``, preceded inside the
    match by at most ``reach`` non-blank characters (blanks, which ``\s`` matches, are free):
    "بحسب مسؤول", "وفقا  لمصادر". Such patterns open with ``(?<!\w)`` and optional clitics, which
    ``re`` would try at every position of the text; here ``str.find`` locates the anchors and the
    pattern is matched only at the few positions a match could start from, in text order, resuming
    after each match as ``finditer`` does. Matches must not be empty nor start with a blank.
    """
    end = len(text) if endpos is None else min(endpos, len(text))
    # Where anchors are dense (hostile input: one word repeated), the plain scan is faster.
    most = max(64, (end - pos) // 16)
    starts: set[int] = set()
    for anchor in anchors:
        k = text.find(anchor, pos, end)
        while k >= 0:
            if len(starts) > most:
                yield from pattern.finditer(text, pos, end)
                return
            starts.add(k)
            s, budget = k, reach
            while s > pos:
                s -= 1
                if text[s].isspace():
                    continue  # a match never starts at a blank
                if budget == 0:
                    break
                budget -= 1
                starts.add(s)
            k = text.find(anchor, k + 1, end)
    resume = pos
    for s in sorted(starts):
        if s < resume:
            continue
        m = pattern.match(text, s, end)
        if m is not None:
            if m.end() == m.start():
                raise ValueError(f"finditer_near: empty match of {pattern.pattern!r}")
            yield m
            resume = m.end()
