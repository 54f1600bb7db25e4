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
    for ch in app.history.order_by("at", "id"):
        kind, title = _stage_title(ch.from_stage, ch.to_stage, ch.from_ending, ch.to_ending)
        entries.append(Entry(ch.at, kind, title, ch.note, ch.source))
    rejections = list(app.rejections.order_by("id"))
    for ch in app.history.filter(to_ending="rejected").order_by("at", "id"):
        # The n-th "rejected" change belongs to the n-th rejection record.
        rej = rejections.pop(0) if rejections else None
        if rej is not None:
            labels = ", ".join(taxonomy.reason(c).label for c in rej.reason_codes)
            detail = f"Reasons: {labels}" + (" · later reversed" if rej.reversed_at else "")
            entries = [
                Entry(e.at, e.kind, e.title, detail, e.source) if e.at == ch.at and e.kind == "ending" else e
                for e in entries
            ]
    for it in app.interactions.select_related("contact"):
        who = f" with {it.contact.name}" if it.contact else ""
        entries.append(
            Entry(it.occurred_at, "interaction", f"{taxonomy.label('interaction_kinds', it.kind)}{who}", it.summary, "manual")
        )
    return sorted(entries, key=lambda e: e.at)
