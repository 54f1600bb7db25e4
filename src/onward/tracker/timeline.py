"""One application's story in time order: stage changes, rejections, conversations."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from onward import taxonomy
from onward.tracker.models import Application


@dataclass(frozen=True)
class Entry:
    at: dt.datetime
    kind: str  # "stage" | "ending" | "reopen" | "rejection" | "interaction"
    title: str
    detail: str
    source: str


def _stage_title(from_stage: str, to_stage: str, from_ending: str, to_ending: str) -> tuple[str, str]:
    if not from_stage:
        return "stage", f"Added at {taxonomy.label('stages', to_stage)}"
    if to_ending and to_ending != from_ending:
        return "ending", taxonomy.label("endings", to_ending)
    if from_ending and not to_ending:
        return "reopen", "Reopened"
    return "stage", f"{taxonomy.label('stages', from_stage)} → {taxonomy.label('stages', to_stage)}"


def timeline(app: Application) -> list[Entry]:
    entries: list[Entry] = []
    for ch in app.history.all():
        kind, title = _stage_title(ch.from_stage, ch.to_stage, ch.from_ending, ch.to_ending)
        entries.append(Entry(ch.at, kind, title, ch.note, ch.source))
    for rej in app.rejections.all():
        at = dt.datetime.combine(rej.received_on, dt.time(12, 1), tzinfo=dt.UTC)
        labels = ", ".join(taxonomy.reason(c).label for c in rej.reason_codes)
        detail = f"Reasons: {labels}" + (" · reversed" if rej.reversed_at else "")
        entries.append(Entry(at, "rejection", "Rejection recorded", detail, "manual"))
    for it in app.interactions.select_related("contact"):
        who = f" with {it.contact.name}" if it.contact else ""
        entries.append(
            Entry(it.occurred_at, "interaction", f"{taxonomy.label('interaction_kinds', it.kind)}{who}", it.summary, "manual")
        )
    return sorted(entries, key=lambda e: e.at)
