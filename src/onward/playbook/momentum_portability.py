"""Export and import of steps 4–5's rows (follow-ups, weekly plans, wins, stories, check-ins).

Registered as the ``momentum`` section (``onward.portability.register_section``). Rows refer to
applications and contacts by the tracker's refs ("a3", "p2"), and to a rejection by its
application ref and date, never by database ids, so export → import → export is identical.
The calendar-feed token is not exported: a restored account gets a fresh private address.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from onward.accounts.models import User
from onward.errors import InvalidInput
from onward.playbook.models_momentum import (
    CheckIn,
    FollowUp,
    MomentumSettings,
    PlanItem,
    Story,
    WeeklyPlan,
    Win,
)
from onward.tracker.models import Rejection

Refs = dict[str, dict[str, int]]
FOLLOW_UP_FIELDS = (
    "kind", "action", "title", "status", "sequence", "number", "rule", "why", "find_whom",
    "to_name", "to_email", "draft_subject", "draft_body", "uid",
)  # fmt: skip


def _reverse(refs: Refs, kind: str) -> dict[int, str]:
    return {pk: ref for ref, pk in refs.get(kind, {}).items()}


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def export_momentum(owner: User, refs: Refs) -> dict[str, Any]:
    apps, contacts = _reverse(refs, "application"), _reverse(refs, "contact")
    follow_ups = []
    for f in FollowUp.objects.filter(owner=owner).select_related("rejection").order_by("id"):
        row: dict[str, Any] = {name: getattr(f, name) for name in FOLLOW_UP_FIELDS}
        row.update(
            application=apps.get(f.application_id) if f.application_id else None,
            contact=contacts.get(f.contact_id) if f.contact_id else None,
            rejection={"application": apps.get(f.rejection.application_id), "received_on": f.rejection.received_on.isoformat()} if f.rejection else None,
            due_on=_iso(f.due_on), snoozed_until=_iso(f.snoozed_until), done_on=_iso(f.done_on),
        )  # fmt: skip
        follow_ups.append(row)
    plans = [
        {
            "week_start": p.week_start.isoformat(), "target_applications": p.target_applications,
            "target_outreach": p.target_outreach, "target_practice_hours": str(p.target_practice_hours),
            "target_follow_ups": p.target_follow_ups, "practice_hours_done": str(p.practice_hours_done),
            "rest": p.rest, "lighter": p.lighter,
            "items": [{"kind": i.kind, "what": i.what, "day": i.day, "slot": i.slot, "where_how": i.where_how,
                       "done": i.done, "position": i.position} for i in p.items.all()],
        }
        for p in WeeklyPlan.objects.filter(owner=owner).order_by("week_start")
    ]
    wins = list(Win.objects.filter(owner=owner).order_by("id"))
    win_refs = {w.pk: f"w{i}" for i, w in enumerate(wins, 1)}
    settings_row = MomentumSettings.objects.filter(owner=owner).first()
    return {
        "follow_ups": follow_ups,
        "weekly_plans": plans,
        "wins": [{"ref": win_refs[w.pk], "kind": w.kind, "text": w.text, "on": w.on.isoformat(), "focus_areas": w.focus_areas,
                  "application": apps.get(w.application_id) if w.application_id else None} for w in wins],
        "stories": [{"title": s.title, "situation": s.situation, "task": s.task, "action": s.action, "result": s.result,
                     "focus_areas": s.focus_areas, "from_win": win_refs.get(s.from_win_id) if s.from_win_id else None}
                    for s in Story.objects.filter(owner=owner).order_by("id")],
        "check_ins": [{"on": c.on.isoformat(), "mood": c.mood, "energy": c.energy, "note": c.note}
                      for c in CheckIn.objects.filter(owner=owner).order_by("on")],
        "settings": None if settings_row is None else {
            "pipeline_target": settings_row.pipeline_target, "rule_overrides": settings_row.rule_overrides,
            "clock_overrides": settings_row.clock_overrides,
        },
    }


def _ref(refs: Refs, kind: str, value: Any, where: str) -> int | None:
    if value is None:
        return None
    if value not in refs.get(kind, {}):
        raise InvalidInput({f"$.momentum{where}": f"refers to unknown {kind} {value!r}"})
    return refs[kind][value]


def _date(value: Any, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise InvalidInput({f"$.momentum{where}": f"not a date: {value!r}"}) from None


def _day(value: Any, where: str) -> dt.date:
    day = _date(value, where)
    if day is None:
        raise InvalidInput({f"$.momentum{where}": "a date is required"})
    return day


def _rejection(owner: User, refs: Refs, value: Any, where: str) -> int | None:
    if not value:
        return None
    app_id = _ref(refs, "application", value.get("application"), f"{where}.application") or 0
    found = Rejection.objects.filter(application__owner=owner, application_id=app_id, received_on=_day(value.get("received_on"), where)).first()
    return found.pk if found else None


def import_momentum(owner: User, data: Any, refs: Refs) -> int:
    if data is None:
        return 0
    if not isinstance(data, dict):
        raise InvalidInput({"$.momentum": "must be an object"})
    count = 0
    for i, f in enumerate(data.get("follow_ups", [])):
        where = f".follow_ups[{i}]"
        FollowUp.objects.create(
            owner=owner, **{name: f.get(name) for name in FOLLOW_UP_FIELDS if f.get(name) is not None},
            application_id=_ref(refs, "application", f.get("application"), f"{where}.application"),
            contact_id=_ref(refs, "contact", f.get("contact"), f"{where}.contact"),
            rejection_id=_rejection(owner, refs, f.get("rejection"), f"{where}.rejection"),
            due_on=_day(f.get("due_on"), where), snoozed_until=_date(f.get("snoozed_until"), where),
            done_on=_date(f.get("done_on"), where),
        )  # fmt: skip
        count += 1
    for p in data.get("weekly_plans", []):
        plan = WeeklyPlan.objects.create(
            owner=owner, week_start=_day(p.get("week_start"), ".weekly_plans"),
            target_applications=p.get("target_applications", 5), target_outreach=p.get("target_outreach", 3),
            target_practice_hours=Decimal(p.get("target_practice_hours", "2")), target_follow_ups=p.get("target_follow_ups", 0),
            practice_hours_done=Decimal(p.get("practice_hours_done", "0")), rest=bool(p.get("rest")), lighter=bool(p.get("lighter")),
        )  # fmt: skip
        PlanItem.objects.bulk_create(PlanItem(plan=plan, **item) for item in p.get("items", []))
        count += 1
    win_ids: dict[str, int] = {}
    for i, w in enumerate(data.get("wins", [])):
        row = Win.objects.create(
            owner=owner, kind=w.get("kind", "other"), text=w.get("text", ""), on=_day(w.get("on"), f".wins[{i}]"),
            focus_areas=w.get("focus_areas", []), application_id=_ref(refs, "application", w.get("application"), f".wins[{i}]"),
        )  # fmt: skip
        win_ids[w.get("ref") or f"w{i + 1}"] = row.pk
        count += 1
    for s in data.get("stories", []):
        Story.objects.create(
            owner=owner, title=s.get("title", ""), situation=s.get("situation", ""), task=s.get("task", ""),
            action=s.get("action", ""), result=s.get("result", ""), focus_areas=s.get("focus_areas", []),
            from_win_id=win_ids.get(s.get("from_win") or ""),
        )  # fmt: skip
        count += 1
    for c in data.get("check_ins", []):
        CheckIn.objects.create(owner=owner, on=_day(c.get("on"), ".check_ins"), mood=c["mood"], energy=c["energy"], note=c.get("note", ""))
        count += 1
    if data.get("settings"):
        MomentumSettings.objects.create(owner=owner, **data["settings"])
    return count
