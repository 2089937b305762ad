"""Regex building blocks shared by the extractors."""

from __future__ import annotations

import re
from collections.abc import Iterable


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
