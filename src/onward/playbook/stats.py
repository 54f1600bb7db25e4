"""Small statistics the Perspective page stands on: Wilson intervals and honest arithmetic.

Pure: no Django. Rates are fractions in [0, 1]; phrasing helpers turn them into words.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

Z95 = 1.959963984540054  # two-sided 95% normal quantile


@dataclass(frozen=True)
class Rate:
    """A proportion with its sample size and Wilson 95% interval."""

    successes: int
    trials: int
    low: float
    high: float

    @property
    def value(self) -> float | None:
        return self.successes / self.trials if self.trials else None

    @property
    def known(self) -> bool:
        return self.trials > 0


def wilson_interval(successes: int, trials: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for ``successes`` out of ``trials``.

    Chosen over the textbook p ± z·se because a seeker's samples are small and rates near 0%
    are common: Wilson never leaves [0, 1] and stays honest at 0 of 12. With no trials the
    interval is the whole range: we know nothing yet.
    """
    if trials < 0 or successes < 0 or successes > trials:
        raise ValueError(f"need 0 <= successes <= trials, got {successes} of {trials}")
    if trials == 0:
        return 0.0, 1.0
    p = successes / trials
    z2 = z * z
    denom = 1 + z2 / trials
    centre = (p + z2 / (2 * trials)) / denom
    half = (z / denom) * math.sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials))
    # Exact ends at 0 and n, so floating noise never prints "0.0000001%".
    low = 0.0 if successes == 0 else max(0.0, centre - half)
    high = 1.0 if successes == trials else min(1.0, centre + half)
    return low, high


def rate(successes: int, trials: int) -> Rate:
    low, high = wilson_interval(successes, trials)
    return Rate(successes, trials, low, high)


def round_half_up(x: float) -> int:
    return math.floor(x + 0.5)


def expected_count_range(trials: int, low: float, high: float) -> tuple[int, int]:
    """How many successes ``trials`` attempts usually bring at a rate between ``low`` and ``high``.

    The expected counts at both ends of the range, rounded to whole replies.
    """
    if not 0 <= low <= high <= 1:
        raise ValueError(f"need 0 <= low <= high <= 1, got {low}, {high}")
    return round_half_up(trials * low), round_half_up(trials * high)


def percent(x: float, digits: int = 0) -> str:
    """``0.1234`` → ``"12%"``; keeps one decimal when the value needs it (``6.45`` → ``6.5%``)."""
    value = x * 100
    if digits == 0 and value != 0 and abs(value - round(value)) >= 0.05 and value < 10:
        digits = 1
    text = f"{value:.{digits}f}"
    return f"{text}%"


def range_text(low: float, high: float) -> str:
    """``(0.03, 0.13)`` → ``"3–13%"``; a single value when both ends agree."""
    lo, hi = percent(low).rstrip("%"), percent(high).rstrip("%")
    return f"{lo}%" if lo == hi else f"{lo}–{hi}%"


def plural(n: int, one: str, many: str) -> str:
    return one if n == 1 else many


def arithmetic_sentence(
    trials: int, low: float, high: float, *, what: str = "response", unit: tuple[str, str] = ("reply", "replies"),
    attempts: tuple[str, str] = ("application", "applications"),
) -> str:
    """"at 3–13% response, 30 applications usually bring 1–4 replies", computed from the range."""
    lo_n, hi_n = expected_count_range(trials, low, high)
    count = f"{lo_n}" if lo_n == hi_n else f"{lo_n}–{hi_n}"
    noun = plural(hi_n, *unit)
    return (
        f"at {range_text(low, high)} {what}, {trials} {plural(trials, *attempts)} "
        f"usually bring {count} {noun}"
    )
