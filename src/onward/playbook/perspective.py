"""Step 2 — your funnel vs the market, phrased as arithmetic.

Pure: no Django. Takes the seeker's funnel (by furthest stage) and rejections, and sets each of
their rates, with its Wilson 95% interval and sample size, beside the sourced base-rate range.
Never a weak source as a headline; never a figure without its source.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .attribution import AttributionSummary, RejectionFacts, buckets_by_month, summarise
from .funnel import ApplicationHistory, Funnel, funnel, funnel_by_channel
from .perspective_base_rates import BaseRate, base_rates, market_range, rows_for
from .stats import Rate, arithmetic_sentence, percent, range_text

# Below this many trials a rate is shown, but not compared: the interval is too wide to say.
MIN_TRIALS_TO_COMPARE = 5
ILLUSTRATIVE_TRIALS = 30

STEP_WORDS: dict[str, dict[str, object]] = {
    "response": {
        "label": "Applications that got any reply",
        "short": "Any reply",
        "what": "response",
        "unit": ("reply", "replies"),
        "attempts": ("application", "applications"),
    },
    "interview": {
        "label": "Applications that led to an interview",
        "short": "Interview",
        "what": "applicant-to-interview",
        "unit": ("interview", "interviews"),
        "attempts": ("application", "applications"),
    },
    "offer_from_interview": {
        "label": "Interviews that led to an offer",
        "short": "Interview → offer",
        "what": "interview-to-offer",
        "unit": ("offer", "offers"),
        "attempts": ("interview process", "interview processes"),
    },
}


@dataclass(frozen=True)
class Comparison:
    step: str
    label: str
    channel: str | None
    yours: Rate
    market: tuple[float, float] | None
    sources: tuple[BaseRate, ...]
    verdict: str  # too_few | below | within | above | no_benchmark
    arithmetic: str
    short: str = ""

    @property
    def yours_text(self) -> str:
        if not self.yours.known:
            return "no data yet"
        return (
            f"{self.yours.successes} of {self.yours.trials} ({percent(self.yours.value or 0)}; "
            f"95% interval {percent(self.yours.low)}–{percent(self.yours.high)})"
        )

    @property
    def yours_short(self) -> str:
        if not self.yours.known:
            return "—"
        value = percent(self.yours.value or 0)
        return f"{self.yours.successes}/{self.yours.trials} · {value} ({range_text(self.yours.low, self.yours.high)})"

    @property
    def market_text(self) -> str:
        return range_text(*self.market) if self.market else "no sourced figure"

    @property
    def verdict_text(self) -> str:
        return {
            "too_few": "Too few yet to compare; the interval is wide.",
            "below": "Lower than the usual range. Worth a look at targeting and channels; not a verdict on you.",
            "within": "Within the usual range for this step.",
            "above": "Above the usual range.",
            "no_benchmark": "No sourced market figure to compare with.",
        }[self.verdict]


@dataclass(frozen=True)
class Perspective:
    funnel: Funnel
    by_channel: dict[str, Funnel]
    comparisons: tuple[Comparison, ...]
    channel_comparisons: tuple[Comparison, ...]
    attribution: AttributionSummary
    buckets_by_month: dict[str, dict[str, int]]
    context: tuple[BaseRate, ...]


def verdict(yours: Rate, market: tuple[float, float] | None) -> str:
    if market is None:
        return "no_benchmark"
    if yours.trials < MIN_TRIALS_TO_COMPARE:
        return "too_few"
    if yours.high < market[0]:
        return "below"
    if yours.low > market[1]:
        return "above"
    return "within"


def compare(step: str, yours: Rate, *, channel: str | None = None, rows_step: str | None = None) -> Comparison:
    rows = rows_for(rows_step or step, channel)
    market = market_range(rows)
    words = STEP_WORDS[step]
    if market is None:
        sentence = ""
    else:
        trials = yours.trials if yours.trials >= MIN_TRIALS_TO_COMPARE else ILLUSTRATIVE_TRIALS
        sentence = arithmetic_sentence(
            trials, *market, what=str(words["what"]), unit=words["unit"], attempts=words["attempts"]  # type: ignore[arg-type]
        )
    return Comparison(
        step, str(words["label"]), channel, yours, market, rows, verdict(yours, market), sentence, str(words["short"])
    )


def comparisons_for(f: Funnel) -> tuple[Comparison, ...]:
    return (
        compare("response", f.conversions["response"]),
        compare("interview", f.from_applied["interview"]),
        compare("offer_from_interview", f.conversions["offer"]),
    )


def channel_comparisons_for(by_channel: dict[str, Funnel]) -> tuple[Comparison, ...]:
    out = []
    for channel, f in by_channel.items():
        out.append(compare("response", f.conversions["response"], channel=channel, rows_step="response_by_channel"))
    return tuple(out)


def context_rows() -> tuple[BaseRate, ...]:
    """Sourced context for "silence and no feedback are normal" (strong and medium rows only)."""
    wanted = {"silence", "feedback", "context", "days_to_reply"}
    return tuple(r for r in base_rates() if r.headline_ok and wanted & set(r.compares_to))


def build(histories: Sequence[ApplicationHistory], rejections: Sequence[RejectionFacts]) -> Perspective:
    overall = funnel(histories)
    by_channel = funnel_by_channel(histories)
    return Perspective(
        funnel=overall,
        by_channel=by_channel,
        comparisons=comparisons_for(overall),
        channel_comparisons=channel_comparisons_for(by_channel),
        attribution=summarise(rejections),
        buckets_by_month=buckets_by_month(rejections),
        context=context_rows(),
    )
