"""Normalise decoded text into the readable form stored as body_text (stub)."""

from __future__ import annotations

import unicodedata


def normalize_text(text: str) -> str:
    """NFC, unified newlines; the stored text stays readable."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)
