"""Lessons and practice tasks as data (``data/focus_practice.json``), loaded once. No Django."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def library() -> dict[str, Any]:
    text = resources.files("onward.playbook").joinpath("data/focus_practice.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def lesson_for_area(area: str) -> str:
    return str(library()["areas"][area]["lesson"])


def tasks_for_area(area: str) -> tuple[str, ...]:
    return tuple(library()["areas"][area]["tasks"])


def lesson_for_stage(stage: str) -> tuple[str, str | None]:
    entry = library()["stages"].get(stage) or library()["stages"]["unknown"]
    return str(entry["lesson"]), entry["area"]


def lesson_for_reason(code: str, stage: str) -> tuple[str, str | None]:
    entry = library()["reasons"][code]
    if not entry["lesson"]:
        return lesson_for_stage(stage)
    return str(entry["lesson"]), entry["area"]


def motivation_elements() -> tuple[dict[str, str], ...]:
    return tuple(library()["motivation"])
