"""The matching key of a source or place name, shared with dbt (macro ``name_key``).

Variants not in an alias table still meet on this key: "الأمريكية" = "الأميركية",
"وكالة “رويترز”" = "رويترز", "Reuters" = "reuters". The steps are the dbt macro's, in the
same order, so the parser and the warehouse agree on which names are one
(tests/test_name_key.py runs both).
"""

from __future__ import annotations

import re

_STEPS = (
    (re.compile("[أإآٱ]"), "ا"),
    (re.compile("ى"), "ي"),
    (re.compile("ة"), "ه"),
    (re.compile("[ؤئ]"), "ء"),
    (re.compile("[\u064b-\u065f\u0670\u0640]"), ""),
    (re.compile("اميرك"), "امريك"),
    (re.compile(r"[^\w\s]|_"), " "),
    (re.compile(r"\s+"), " "),
    (re.compile(r"^ | $"), ""),
    (re.compile("^(?:وكاله|صحيفه|جريده|قناه|موقع|منصه|شبكه|the) "), ""),
)


def name_key(name: str) -> str:
    """Lower case, letters folded, punctuation gone, generic head dropped: the key names meet on."""
    key = name.lower()
    for pattern, replacement in _STEPS:
        key = pattern.sub(replacement, key)
    return key
