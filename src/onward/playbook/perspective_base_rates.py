"""Sourced base rates (``data/base_rates.json``, domain.md §4), loaded once and checked.

Pure: no Django. Every row carries a source, population, year and strength; a row marked W
(weak) may be listed among sources but is never used for a headline or a market range.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

REQUIRED = ("id", "metric", "label", "unit", "population", "year", "source", "strength", "compares_to")
STRENGTHS = ("S", "M", "W")
UNITS = ("percent", "count", "one_in", "days", "weeks")


class BaseRateError(ValueError):
    """A base-rate row is missing something it must have."""


@dataclass(frozen=True)
class BaseRate:
    id: str
    metric: str
    label: str
    low: float  # in the row's unit; equal to high for a single value
    high: float
    unit: str
    population: str
    year: int
    source_title: str
    source_url: str
    strength: str
    compares_to: tuple[str, ...]
    channels: tuple[str, ...]

    @property
    def headline_ok(self) -> bool:
        return self.strength in ("S", "M")

    @property
    def is_range(self) -> bool:
        return self.low != self.high

    def as_fraction(self) -> tuple[float, float]:
        """The row as a share in [0, 1] (percent and "1 in N" rows only)."""
        if self.unit == "percent":
            return self.low / 100, self.high / 100
        if self.unit == "one_in":
            return 1 / self.high, 1 / self.low
        raise BaseRateError(f"{self.id}: unit {self.unit} is not a rate")

    @property
    def display(self) -> str:
        if self.unit == "one_in":
            return f"1 in {_num(self.low)}"
        suffix = {"percent": "%", "count": "", "days": " days", "weeks": " weeks"}[self.unit]
        if self.is_range:
            return f"{_num(self.low)}–{_num(self.high)}{suffix}"
        return f"{_num(self.low)}{suffix}"

    @property
    def citation(self) -> str:
        return f"{self.population}, {self.year}. {self.source_title} ({self.strength})"


def _num(x: float) -> str:
    return f"{x:g}" if x < 1000 else f"{x:,.0f}"


def parse_row(raw: dict[str, Any]) -> BaseRate:
    missing = [k for k in REQUIRED if raw.get(k) in (None, "", [])]
    source = raw.get("source") or {}
    if not isinstance(source, dict) or not source.get("title") or not source.get("url"):
        missing.append("source.title/url")
    has_value = "value" in raw
    has_range = "low" in raw and "high" in raw
    if not (has_value or has_range):
        missing.append("value or low/high")
    if missing:
        raise BaseRateError(f"base rate {raw.get('id', '?')}: missing {', '.join(missing)}")
    if raw["strength"] not in STRENGTHS:
        raise BaseRateError(f"base rate {raw['id']}: strength must be one of {STRENGTHS}")
    if raw["unit"] not in UNITS:
        raise BaseRateError(f"base rate {raw['id']}: unit must be one of {UNITS}")
    low = float(raw["value"] if has_value else raw["low"])
    high = float(raw["value"] if has_value else raw["high"])
    if low > high:
        raise BaseRateError(f"base rate {raw['id']}: low is above high")
    return BaseRate(
        id=raw["id"],
        metric=raw["metric"],
        label=raw["label"],
        low=low,
        high=high,
        unit=raw["unit"],
        population=raw["population"],
        year=int(raw["year"]),
        source_title=source["title"],
        source_url=source["url"],
        strength=raw["strength"],
        compares_to=tuple(raw["compares_to"]),
        channels=tuple(raw.get("channels", ())),
    )


def raw_rows() -> list[dict[str, Any]]:
    text = resources.files("onward.playbook").joinpath("data/base_rates.json").read_text("utf-8")
    rows: list[dict[str, Any]] = json.loads(text)["rows"]
    return rows


@cache
def base_rates() -> tuple[BaseRate, ...]:
    return tuple(parse_row(r) for r in raw_rows())


def rows_for(step: str, channel: str | None = None, *, headline: bool = True) -> tuple[BaseRate, ...]:
    """Rows that benchmark a funnel step, optionally for one channel; weak rows only on request."""
    out = []
    for row in base_rates():
        if step not in row.compares_to or (headline and not row.headline_ok):
            continue
        if channel is not None and row.channels and channel not in row.channels:
            continue
        if channel is not None and not row.channels:
            continue
        out.append(row)
    return tuple(out)


def market_range(rows: tuple[BaseRate, ...]) -> tuple[float, float] | None:
    """The span of the rows' rates, as fractions: the honest "typical" range."""
    spans = [r.as_fraction() for r in rows if r.unit in ("percent", "one_in") and r.headline_ok]
    if not spans:
        return None
    return min(s[0] for s in spans), max(s[1] for s in spans)
