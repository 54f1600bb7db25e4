"""Validate a JSON Resume document and name every problem by its path.

`validate(document)` returns problems like `work[2].startDate: not a date (...)`, one per
offending value, in document order. Pure module: no Django.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from jsonschema import ValidationError

from onward.profile.schema import resume_validator

_PLAIN_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_JSON_TYPES = {
    dict: "an object",
    list: "an array",
    str: "a string",
    bool: "a boolean",
    int: "a number",
    float: "a number",
    type(None): "null",
}


@dataclass(frozen=True)
class Problem:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class NotJson(ValueError):
    """The file is not JSON at all (reported with its line and column)."""


def json_path(parts: Iterable[str | int]) -> str:
    """`["work", 2, "startDate"]` -> `work[2].startDate`; the root is `(document)`."""
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        elif _PLAIN_KEY.match(part):
            text += f".{part}" if text else part
        else:
            text += f"[{json.dumps(part)}]"
    return text or "(document)"


def parse_json(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise NotJson(f"not JSON: {error.msg} at line {error.lineno}, column {error.colno}") from error


def validate(document: Any, *, strict_uri: bool = False) -> list[Problem]:
    validator = resume_validator(strict_uri=strict_uri)
    problems: list[Problem] = []
    for error in validator.iter_errors(document):
        problems.extend(_explain(error))
    return sorted(set(problems), key=lambda p: _order_key(p.path))


def is_valid(document: Any, *, strict_uri: bool = False) -> bool:
    return not validate(document, strict_uri=strict_uri)


def _order_key(path: str) -> list[tuple[int, int | str]]:
    # Sort `work[10]` after `work[2]`: numbers compare as numbers.
    return [(0, int(tok)) if tok.isdigit() else (1, tok) for tok in re.split(r"[.\[\]]+", path) if tok]


def _describe(value: Any) -> str:
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return json.dumps(shown, ensure_ascii=False)
    return _JSON_TYPES.get(type(value), type(value).__name__)


def _explain(error: ValidationError) -> list[Problem]:
    path = list(error.absolute_path)
    value = error.instance
    kind = error.validator
    if kind == "additionalProperties":
        extra = sorted(set(value) - set(error.schema.get("properties", {})))
        where = "JSON Resume has no such section" if not path else "not a JSON Resume field"
        return [Problem(json_path([*path, key]), f"unexpected key ({where})") for key in extra]
    if kind == "type":
        wanted = error.validator_value
        wanted_text = " or ".join(wanted) if isinstance(wanted, list) else str(wanted)
        return [Problem(json_path(path), f"{_describe(value)}, not {_article(wanted_text)}")]
    if kind == "pattern" and _is_date_pattern(error):
        return [Problem(json_path(path), f"not a date: {_describe(value)} (use YYYY, YYYY-MM or YYYY-MM-DD)")]
    if kind == "format":
        return [Problem(json_path(path), _format_message(str(error.validator_value), value))]
    return [Problem(json_path(path), error.message)]


def _is_date_pattern(error: ValidationError) -> bool:
    return "[1-2][0-9]{3}" in str(error.validator_value)


def _format_message(fmt: str, value: Any) -> str:
    if fmt == "date":
        return f"not a date: {_describe(value)} (use YYYY-MM-DD)"
    if fmt == "email":
        return f"not an e-mail address: {_describe(value)}"
    if fmt == "uri":
        return f"not a full URL: {_describe(value)} (start it with https://)"
    return f"{_describe(value)} is not a valid {fmt}"


def _article(type_name: str) -> str:
    return ("an " if type_name[:1] in "aeiou" else "a ") + type_name


def problems_text(problems: Sequence[Problem]) -> str:
    return "\n".join(str(p) for p in problems)
