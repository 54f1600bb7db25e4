"""Editing a JSON Resume document one step at a time: the operations behind the editor.

Each operation returns a new document and keeps what it does not touch (unknown keys included).
Empty form fields are removed rather than stored as "" — an empty string is not a date or a URL.
Pure module: no Django.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

TEXT, AREA, LINES, DATE, URL, EMAIL = "text", "textarea", "lines", "date", "url", "email"


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str
    kind: str = TEXT
    help: str = ""


DATE_HELP = "YYYY, YYYY-MM or YYYY-MM-DD"
BASICS_FIELDS = (
    FieldSpec("name", "Name"),
    FieldSpec("label", "Headline", help="e.g. Data Engineer"),
    FieldSpec("email", "E-mail", EMAIL),
    FieldSpec("phone", "Phone"),
    FieldSpec("url", "Website", URL),
    FieldSpec("summary", "Summary", AREA, "Two or three sentences on what you do and for whom."),
    FieldSpec("location.city", "City"),
    FieldSpec("location.region", "Region"),
    FieldSpec("location.countryCode", "Country code", help="e.g. GB, US"),
)
_DATES = (FieldSpec("startDate", "Start", DATE, DATE_HELP),
          FieldSpec("endDate", "End", DATE, "Leave empty while it is current"))
SECTION_FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "profiles": (FieldSpec("network", "Network", help="e.g. LinkedIn, GitHub"),
                 FieldSpec("username", "Username"), FieldSpec("url", "Link", URL)),
    "work": (FieldSpec("position", "Position"), FieldSpec("name", "Organisation"),
             FieldSpec("location", "Location"), *_DATES, FieldSpec("url", "Website", URL),
             FieldSpec("summary", "Summary", AREA),
             FieldSpec("highlights", "Bullets", LINES, "One per line: what you did and what came of it.")),
    "volunteer": (FieldSpec("position", "Role"), FieldSpec("organization", "Organisation"), *_DATES,
                  FieldSpec("summary", "Summary", AREA), FieldSpec("highlights", "Bullets", LINES)),
    "education": (FieldSpec("institution", "Institution"), FieldSpec("studyType", "Degree"),
                  FieldSpec("area", "Subject"), *_DATES, FieldSpec("score", "Grade"),
                  FieldSpec("courses", "Courses", LINES)),
    "projects": (FieldSpec("name", "Name"), FieldSpec("description", "Description", AREA), *_DATES,
                 FieldSpec("url", "Link", URL), FieldSpec("highlights", "Bullets", LINES),
                 FieldSpec("keywords", "Keywords", LINES)),
    "skills": (FieldSpec("name", "Group", help="e.g. Languages, Tools"), FieldSpec("level", "Level"),
               FieldSpec("keywords", "Skills", LINES, "One per line.")),
    "awards": (FieldSpec("title", "Title"), FieldSpec("awarder", "Awarded by"),
               FieldSpec("date", "Date", DATE, DATE_HELP), FieldSpec("summary", "Summary", AREA)),
    "certificates": (FieldSpec("name", "Name"), FieldSpec("issuer", "Issuer"),
                     FieldSpec("date", "Date", DATE, "YYYY-MM-DD"), FieldSpec("url", "Link", URL)),
    "publications": (FieldSpec("name", "Title"), FieldSpec("publisher", "Publisher"),
                     FieldSpec("releaseDate", "Date", DATE, DATE_HELP), FieldSpec("url", "Link", URL),
                     FieldSpec("summary", "Summary", AREA)),
    "languages": (FieldSpec("language", "Language"), FieldSpec("fluency", "Fluency")),
    "interests": (FieldSpec("name", "Interest"), FieldSpec("keywords", "Keywords", LINES)),
    "references": (FieldSpec("name", "Name"), FieldSpec("reference", "Reference", AREA)),
}
SECTION_TITLES = {
    "profiles": "Profiles and links",
    "work": "Experience", "volunteer": "Volunteering", "education": "Education",
    "projects": "Projects", "skills": "Skills", "awards": "Awards", "certificates": "Certificates",
    "publications": "Publications", "languages": "Languages", "interests": "Interests",
    "references": "References",
}


class EditError(ValueError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def apply(document: Any, operation: str, **arguments: Any) -> dict[str, Any]:
    operations: dict[str, Callable[..., dict[str, Any]]] = {"set_basics": set_basics, "set_entry": set_entry, "add_entry": add_entry,
                  "move_entry": move_entry, "remove_entry": remove_entry,
                  "normalise_dates": normalise_dates}
    if operation not in operations:
        raise EditError("operation", f"unknown operation '{operation}'")
    result: dict[str, Any] = operations[operation](document, **arguments)
    return result


def _copy(document: Any) -> dict[str, Any]:
    return copy.deepcopy(document) if isinstance(document, dict) else {}


def _clean(kind: str, value: Any) -> Any:
    if kind == LINES:
        items = value if isinstance(value, list) else str(value or "").splitlines()
        return [str(line).strip().lstrip("•-* ").strip() for line in items if str(line).strip()]
    return str(value or "").strip()


def _put(target: dict[str, Any], key: str, value: Any) -> None:
    if value in ("", []):
        target.pop(key, None)
    else:
        target[key] = value


def set_basics(document: Any, *, fields: dict[str, Any]) -> dict[str, Any]:
    result = _copy(document)
    found = result.get("basics")
    basics: dict[str, Any] = found if isinstance(found, dict) else {}
    for spec in BASICS_FIELDS:
        if spec.key not in fields:
            continue
        value = _clean(spec.kind, fields[spec.key])
        if "." in spec.key:
            outer, inner = spec.key.split(".")
            current = basics.get(outer)
            place: dict[str, Any] = current if isinstance(current, dict) else {}
            _put(place, inner, value)
            _put(basics, outer, place if place else "")
        else:
            _put(basics, spec.key, value)
    result["basics"] = basics
    return result


def _parent(result: dict[str, Any], section: str) -> dict[str, Any]:
    """Where a section's list lives: the document, or basics for social profiles."""
    if section != "profiles":
        return result
    basics = result.get("basics")
    if not isinstance(basics, dict):
        basics = {}
        result["basics"] = basics
    return basics


def section_items(document: Any, section: str) -> list[Any]:
    if not isinstance(document, dict):
        return []
    holder = document.get("basics") if section == "profiles" else document
    found = holder.get(section) if isinstance(holder, dict) else None
    return found if isinstance(found, list) else []


def section_path(section: str) -> str:
    return "basics.profiles" if section == "profiles" else section


def _section(result: dict[str, Any], section: str) -> list[Any]:
    if section not in SECTION_FIELDS:
        raise EditError("section", f"unknown section '{section}'")
    parent = _parent(result, section)
    items = parent.get(section)
    if not isinstance(items, list):
        items = []
        parent[section] = items
    return items


def _index(items: list[Any], index: int) -> int:
    if not 0 <= index < len(items):
        raise EditError("index", f"no entry {index} in this section")
    return index


def set_entry(document: Any, *, section: str, index: int, fields: dict[str, Any]) -> dict[str, Any]:
    result = _copy(document)
    items = _section(result, section)
    entry = items[_index(items, index)]
    entry = dict(entry) if isinstance(entry, dict) else {}
    for spec in SECTION_FIELDS[section]:
        if spec.key in fields:
            _put(entry, spec.key, _clean(spec.kind, fields[spec.key]))
    items[index] = entry
    return result


def add_entry(document: Any, *, section: str, fields: dict[str, Any] | None = None) -> dict[str, Any]:
    result = _copy(document)
    items = _section(result, section)
    entry: dict[str, Any] = {}
    for spec in SECTION_FIELDS[section]:
        if fields and spec.key in fields:
            _put(entry, spec.key, _clean(spec.kind, fields[spec.key]))
    # New roles go on top (most recent first); other sections append.
    if section in ("work", "volunteer", "education", "projects"):
        items.insert(0, entry)
    else:
        items.append(entry)
    return result


def move_entry(document: Any, *, section: str, index: int, to: int) -> dict[str, Any]:
    result = _copy(document)
    items = _section(result, section)
    entry = items.pop(_index(items, index))
    items.insert(max(0, min(to, len(items))), entry)
    return result


def remove_entry(document: Any, *, section: str, index: int) -> dict[str, Any]:
    result = _copy(document)
    items = _section(result, section)
    items.pop(_index(items, index))
    if not items:
        _parent(result, section).pop(section)
    return result


DATED_SECTIONS = {"work": ("startDate", "endDate"), "volunteer": ("startDate", "endDate"),
                  "education": ("startDate", "endDate"), "projects": ("startDate", "endDate"),
                  "awards": ("date",), "publications": ("releaseDate",)}


def _iso(value: Any) -> str | None:
    """The ISO form of a readable date, "" for an ongoing word, None when it can't be read."""
    from onward.profile.resume import ONGOING_WORDS, parse_date

    if not isinstance(value, str):
        return None
    if value.strip().lower().startswith(ONGOING_WORDS):
        return ""
    parsed = parse_date(value)
    if parsed is None:
        return None
    text = f"{parsed.year:04d}"
    if parsed.month:
        text += f"-{parsed.month:02d}"
        if parsed.day:
            text += f"-{parsed.day:02d}"
    return text


def fixable_dates(document: Any) -> int:
    return len(_date_fixes(document))


def _date_fixes(document: Any) -> list[tuple[str, int, str, str]]:
    fixes: list[tuple[str, int, str, str]] = []
    if not isinstance(document, dict):
        return fixes
    for section, keys in DATED_SECTIONS.items():
        items = document.get(section)
        for index, entry in enumerate(items if isinstance(items, list) else []):
            for key in keys:
                value = entry.get(key) if isinstance(entry, dict) else None
                fixed = _iso(value)
                if isinstance(value, str) and fixed is not None and fixed != value:
                    if fixed == "" and key != "endDate":
                        continue
                    fixes.append((section, index, key, fixed))
    return fixes


def normalise_dates(document: Any) -> dict[str, Any]:
    """Rewrite readable dates as ISO ("06/2020" -> "2020-06"); an ongoing end date is dropped."""
    result = _copy(document)
    for section, index, key, fixed in _date_fixes(result):
        _put(result[section][index], key, fixed)
    return result


def entry_values(entry: Any, section: str) -> dict[str, str]:
    """Form initial values: lists as one item per line."""
    values: dict[str, str] = {}
    source = entry if isinstance(entry, dict) else {}
    for spec in SECTION_FIELDS[section]:
        raw = source.get(spec.key)
        if isinstance(raw, list):
            values[spec.key] = "\n".join(str(v) for v in raw if isinstance(v, str | int | float))
        elif isinstance(raw, str | int | float):
            values[spec.key] = str(raw)
        else:
            values[spec.key] = ""
    return values


def basics_values(document: Any) -> dict[str, str]:
    basics = document.get("basics") if isinstance(document, dict) else None
    basics = basics if isinstance(basics, dict) else {}
    values: dict[str, str] = {}
    for spec in BASICS_FIELDS:
        if "." in spec.key:
            outer, inner = spec.key.split(".")
            place = basics.get(outer)
            raw = place.get(inner) if isinstance(place, dict) else (place if inner == "city" else "")
        else:
            raw = basics.get(spec.key)
        values[spec.key] = raw if isinstance(raw, str) else ""
    return values
