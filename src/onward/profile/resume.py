"""Reading a JSON Resume document as found: text fields with their paths, loose dates, tenure.

Real documents are messy (strings where objects belong, arrays where strings belong, "Present"
as an end date), so every reader here tolerates the wrong shape and skips what it cannot read.
Pure module: no Django.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import total_ordering
from typing import Any

from onward.profile.validate import json_path

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
ONGOING_WORDS = ("present", "now", "current", "today", "ongoing", "actual", "aujourd")

# Text fields worth reading, per section: (field, is_list_of_strings).
_SECTION_FIELDS: dict[str, tuple[tuple[str, bool], ...]] = {
    "work": (("position", False), ("name", False), ("summary", False), ("description", False),
             ("highlights", True)),
    "volunteer": (("position", False), ("organization", False), ("summary", False),
                  ("highlights", True)),
    "projects": (("name", False), ("description", False), ("highlights", True),
                 ("keywords", True), ("roles", True)),
    "education": (("area", False), ("studyType", False), ("institution", False),
                  ("courses", True)),
    "awards": (("title", False), ("summary", False)),
    "certificates": (("name", False), ("issuer", False)),
    "publications": (("name", False), ("summary", False)),
    "skills": (("name", False), ("keywords", True)),
    "languages": (("language", False),),
    "interests": (("name", False), ("keywords", True)),
}
BULLET_SECTIONS = ("work", "volunteer", "projects")


@dataclass(frozen=True)
class TextField:
    path: str
    text: str
    section: str
    is_bullet: bool = False
    is_keyword: bool = False


@total_ordering
@dataclass(frozen=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    def months(self) -> int:
        return self.year * 12 + (self.month or 1) - 1

    def _key(self) -> tuple[int, int]:
        # "2019" sorts as January 2019, so year-only and full dates compare.
        return (self.months(), self.day or 0)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()


def load(text: str) -> Any:
    return json.loads(text)


def dump(document: Any) -> str:
    """Export as JSON Resume: the document as stored, keys and order preserved."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def entries(document: Any, section: str) -> list[tuple[int, dict[str, Any]]]:
    if not isinstance(document, dict):
        return []
    items = document.get(section)
    if not isinstance(items, list):
        return []
    return [(i, item) for i, item in enumerate(items) if isinstance(item, dict)]


def basics(document: Any) -> dict[str, Any]:
    found = document.get("basics") if isinstance(document, dict) else None
    return found if isinstance(found, dict) else {}


def as_text(value: Any) -> str:
    """A string field that some authors wrote as a list of lines still reads as text."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list):
        return " ".join(str(v).strip() for v in value if isinstance(v, str | int | float))
    return ""


def string_list(value: Any) -> list[tuple[int, str]]:
    if not isinstance(value, list):
        return []
    return [(i, v.strip()) for i, v in enumerate(value) if isinstance(v, str) and v.strip()]


def text_fields(document: Any) -> Iterator[TextField]:
    top = basics(document)
    for key in ("label", "summary"):
        text = as_text(top.get(key))
        if text:
            yield TextField(json_path(["basics", key]), text, "basics")
    for section, fields in _SECTION_FIELDS.items():
        for index, entry in entries(document, section):
            yield from _entry_fields(section, index, entry, fields)
        if section == "interests" and isinstance(document, dict):
            for index, item in string_list(document.get("interests")):
                yield TextField(json_path(["interests", index]), item, section, is_keyword=True)


def _entry_fields(
    section: str, index: int, entry: dict[str, Any], fields: tuple[tuple[str, bool], ...]
) -> Iterator[TextField]:
    for key, is_list in fields:
        if is_list:
            bullet = key == "highlights"
            for j, item in string_list(entry.get(key)):
                yield TextField(json_path([section, index, key, j]), item, section,
                                is_bullet=bullet, is_keyword=not bullet)
        else:
            text = as_text(entry.get(key))
            if text:
                keyword = section in ("skills", "languages", "interests")
                yield TextField(json_path([section, index, key]), text, section, is_keyword=keyword)


def bullets(document: Any) -> Iterator[TextField]:
    for field in text_fields(document):
        if field.is_bullet:
            yield field


def parse_date(value: Any) -> PartialDate | None:
    """ISO (YYYY, YYYY-MM, YYYY-MM-DD), MM/YYYY and 'Month YYYY'; None when unreadable."""
    if not isinstance(value, str):
        return None
    text = value.strip().lower()
    iso = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", text)
    if iso:
        return _checked(int(iso[1]), iso[2], iso[3])
    slash = re.fullmatch(r"(\d{1,2})[/.](\d{4})", text)
    if slash:
        return _checked(int(slash[2]), slash[1], None)
    words = re.fullmatch(r"([a-z]+)\.?,?\s+(\d{4})", text)
    if words and words[1] in _MONTHS:
        return PartialDate(int(words[2]), _MONTHS[words[1]])
    return None


def _checked(year: int, month: str | None, day: str | None) -> PartialDate | None:
    m = int(month) if month else None
    d = int(day) if day else None
    if m is not None and not 1 <= m <= 12:
        return None
    return PartialDate(year, m, d)


def is_ongoing(value: Any) -> bool:
    if value is None:
        return True
    if not isinstance(value, str):
        return False
    text = value.strip().lower()
    return text == "" or text.startswith(ONGOING_WORDS)


def date_style(value: Any) -> str | None:
    """How a date is written, to spot a document that mixes styles."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    patterns = (
        (r"\d{4}-\d{2}-\d{2}", "YYYY-MM-DD"),
        (r"\d{4}-\d{2}", "YYYY-MM"),
        (r"\d{4}", "YYYY"),
        (r"\d{1,2}/\d{4}", "MM/YYYY"),
        (r"[A-Za-z]+\.?,?\s+\d{4}", "Month YYYY"),
    )
    for pattern, style in patterns:
        if re.fullmatch(pattern, text):
            return style
    return None


@dataclass(frozen=True)
class Span:
    path: str
    start: PartialDate
    end: PartialDate
    ongoing: bool


def spans(document: Any, section: str, today: date) -> list[Span]:
    start_key = "date" if section in ("awards",) else "startDate"
    now = PartialDate(today.year, today.month)
    found: list[Span] = []
    for index, entry in entries(document, section):
        start = parse_date(entry.get(start_key))
        if start is None:
            continue
        raw_end = entry.get("endDate")
        end = parse_date(raw_end)
        ongoing = end is None and is_ongoing(raw_end)
        if end is None:
            end = now if ongoing else start
        if end < start:
            continue
        found.append(Span(json_path([section, index]), start, end, ongoing))
    return found


def months_covered(items: list[Span]) -> int:
    """Months covered by the union of spans (overlapping jobs count once)."""
    ranges = sorted((s.start.months(), s.end.months() + (0 if s.end.month is None else 1))
                    for s in items)
    total, current_start, current_end = 0, None, None
    for start, end in ranges:
        end = max(end, start + 1)
        if current_end is None or start > current_end:
            if current_end is not None and current_start is not None:
                total += current_end - current_start
            current_start, current_end = start, end
        else:
            current_end = max(current_end, end)
    if current_end is not None and current_start is not None:
        total += current_end - current_start
    return total


def years_of_experience(document: Any, today: date) -> float:
    return round(months_covered(spans(document, "work", today)) / 12, 1)
