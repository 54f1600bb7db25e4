"""Turn posting HTML (a saved page, or a JSON-LD description) into plain lines.

Block elements start new lines, list items become "- item", scripts, styles and page chrome
are dropped. Pure module: no Django.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser
from typing import Any

_BLOCKS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
    "article", "header", "footer", "table", "dd", "dt", "blockquote", "pre", "hr", "main",
}
_SKIPPED = {"script", "style", "noscript", "template", "nav", "svg", "button", "form", "iframe"}


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._current: list[str] = []
        self._skip_depth = 0
        self.json_ld: list[str] = []
        self._in_json_ld = False
        self.headings: dict[str, str] = {}
        self._heading_tag: str | None = None
        self._heading_text: list[str] = []
        self.classed: dict[str, str] = {}
        self._class_stack: list[tuple[str, str | None]] = []
        self.title_tag = ""
        self._in_title = False
        self.main_start: int | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "script" and (attributes.get("type") or "").lower() == "application/ld+json":
            self._in_json_ld = True
            return
        if tag in _SKIPPED:
            self._skip_depth += 1
            return
        if tag == "title":
            self._in_title = True
        if tag in ("main", "article") and self.main_start is None:
            self._flush()
            self.main_start = len(self.lines)
        if tag in _BLOCKS:
            self._flush()
        if tag == "li":
            self._current.append("- ")
        if tag in ("h1", "h2") and tag not in self.headings:
            self._heading_tag, self._heading_text = tag, []
        marker = " ".join(filter(None, [attributes.get("class"), attributes.get("itemprop")]))
        self._class_stack.append((tag, marker or None))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._in_json_ld:
            self._in_json_ld = False
            return
        if tag in _SKIPPED:
            self._skip_depth = max(0, self._skip_depth - 1)
            return
        if tag == "title":
            self._in_title = False
        if tag in _BLOCKS:
            self._flush()
        if tag == self._heading_tag:
            self.headings[tag] = " ".join("".join(self._heading_text).split())
            self._heading_tag = None
        while self._class_stack:
            open_tag, _marker = self._class_stack.pop()
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._in_json_ld:
            self.json_ld.append(data)
            return
        if self._in_title:
            self.title_tag += data
        if self._skip_depth:
            return
        self._current.append(data)
        if self._heading_tag:
            self._heading_text.append(data)
        for _tag, marker in reversed(self._class_stack):
            if marker:
                for word in ("company", "hiringorganization", "location", "joblocation"):
                    if word in marker.lower() and data.strip():
                        self.classed.setdefault(word, " ".join(data.split()))
                break

    def _flush(self) -> None:
        text = " ".join("".join(self._current).split())
        if text and text != "-":
            self.lines.append(text)
        self._current = []

    def close(self) -> None:
        super().close()
        self._flush()


def read_html(markup: str) -> _Reader:
    reader = _Reader()
    reader.feed(markup)
    reader.close()
    return reader


def html_to_lines(markup: str) -> list[str]:
    reader = read_html(markup)
    if reader.main_start is not None:
        return reader.lines[reader.main_start:]
    return reader.lines


def json_ld_objects(reader: _Reader) -> list[Any]:
    found: list[Any] = []
    for block in reader.json_ld:
        try:
            found.append(json.loads(block))
        except json.JSONDecodeError:
            continue
    return found
