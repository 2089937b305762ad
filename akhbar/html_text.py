"""Text of an HTML page that was saved with a .txt name (a common scraper accident).

Block elements become line breaks, script/style/nav/footer content is dropped,
entities are unescaped; the result then goes through the usual chrome rules.
Dedicated HTML input (title and date from the page's metadata) is a separate
reader; this only keeps such files from loading as tag soup.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_HTML_START_RE = re.compile(r"\A\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE)
_SKIP = {"script", "style", "noscript", "nav", "footer", "header", "aside", "form", "svg", "template"}
_BLOCK = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "blockquote",
    "title",
    "pre",
    "hr",
    "dd",
    "dt",
}
_BLANK_LINES_RE = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")
_SPACES_RE = re.compile(r"[ \t\r\f\v]+")


def looks_like_html(text: str) -> bool:
    """True when the text starts like an HTML document."""
    return _HTML_START_RE.match(text[:2048]) is not None


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip_depth += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Readable text of an HTML document, one block per line."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    text = _SPACES_RE.sub(" ", "".join(collector.parts))
    return _BLANK_LINES_RE.sub("\n\n", text).strip()
