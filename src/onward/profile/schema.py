"""The JSON Resume v1.0.0 schema and the format checks its reference validator applies.

The schema is vendored (data/resume-schema-1.0.0.json, licence note beside it). JSON Resume's
reference validator is z-schema 4, whose format checks differ from `jsonschema`'s defaults:

- `date`: `YYYY-MM-DD` with month 01-12 and day 01-31 (no calendar check);
- `email`: an address with a dotted domain and a top-level domain (validator.js `isEmail`);
- `uri`: z-schema's default check matches the RFC 3986 appendix-B regular expression, which
  accepts any string (relative paths, no scheme, even ""). A strict check (scheme required, no
  spaces) is available for callers who want it; files that only fail the strict check are
  "unknown" in the shared verdicts.

Pure module: no Django.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft4Validator, FormatChecker

SCHEMA_VERSION = "1.0.0"
SECTIONS = (
    "basics",
    "work",
    "volunteer",
    "education",
    "awards",
    "certificates",
    "publications",
    "skills",
    "languages",
    "interests",
    "references",
    "projects",
    "meta",
)

_DATE = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})$")
_EMAIL = re.compile(
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\.)+([A-Za-z]{2,}|xn--[A-Za-z0-9-]{2,})$"
)
_STRICT_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+$")


@cache
def resume_schema() -> dict[str, Any]:
    text = resources.files("onward.profile").joinpath("data/resume-schema-1.0.0.json").read_text(
        encoding="utf-8"
    )
    schema: dict[str, Any] = json.loads(text)
    return schema


def is_zschema_date(value: object) -> bool:
    if not isinstance(value, str):
        return True
    found = _DATE.match(value)
    if found is None:
        return False
    month, day = found.group(2), found.group(3)
    return "01" <= month <= "12" and "01" <= day <= "31"


def is_email(value: object) -> bool:
    if not isinstance(value, str):
        return True
    return len(value) <= 254 and _EMAIL.match(value) is not None


def is_lenient_uri(value: object) -> bool:
    # z-schema's default: the RFC 3986 appendix-B regex, which every string matches.
    return True


def is_strict_uri(value: object) -> bool:
    if not isinstance(value, str):
        return True
    return _STRICT_URI.match(value) is not None


def format_checker(*, strict_uri: bool = False) -> FormatChecker:
    checker = FormatChecker(formats=())
    checker.checks("date")(is_zschema_date)
    checker.checks("email")(is_email)
    checker.checks("uri")(is_strict_uri if strict_uri else is_lenient_uri)
    return checker


@cache
def resume_validator(*, strict_uri: bool = False) -> Draft4Validator:
    return Draft4Validator(resume_schema(), format_checker=format_checker(strict_uri=strict_uri))
