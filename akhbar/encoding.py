"""Detect a raw file's encoding and decode it (stub: UTF-8 only, replaced by the articles work)."""

from __future__ import annotations

from akhbar.records import Decoded


class DecodeError(ValueError):
    """The bytes are not text akhbar can read; the message says why."""


def decode_bytes(data: bytes) -> Decoded:
    """Decode raw bytes to text, or raise DecodeError with a clear reason."""
    if not data.strip():
        raise DecodeError("empty file")
    try:
        return Decoded(data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError as exc:
        raise DecodeError(f"not valid UTF-8: {exc}") from exc
