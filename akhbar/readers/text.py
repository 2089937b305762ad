"""Plain text pages (.txt and anything without a dedicated reader): akhbar's own page rules."""

from __future__ import annotations

from dataclasses import dataclass

from akhbar.encoding import decode_bytes
from akhbar.readers.base import ReadResult
from akhbar.records import Decoded


@dataclass(frozen=True)
class TextReader:
    name: str = "text"

    def decode(self, data: bytes) -> Decoded:
        return decode_bytes(data)

    def read(self, text: str) -> ReadResult:
        from akhbar.pipeline import page_drafts  # the page rules live with the pipeline

        return ReadResult(drafts=list(enumerate(page_drafts(text))))


TEXT_READER = TextReader()
