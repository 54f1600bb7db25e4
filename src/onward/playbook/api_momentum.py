"""API for steps 4–5 under ``/api/v1/playbook``: follow-ups, next steps, the plan, wins, stories, check-ins."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpResponse
from django.utils import timezone
from ninja import Field, Router, Schema, Status

from onward.accounts.requests import ApiRequest
from onward.playbook import (
    bank_service,
    checkin_service,
    followup_service,
    momentum_settings,
    outreach_service,
    plan_service,
)
from onward.playbook.models_momentum import FollowUp, Story, WeeklyPlan, Win

router = Router(tags=["playbook"])


class FollowUpOut(Schema):
    id: int
    uid: str
    kind: str
    action: str
    title: str
    due_on: dt.date
    status: str
    state: str = ""
    snoozed_until: dt.date | None
    why: str
    find_whom: str
    to_name: str
    to_email: str
    subject: str
    body: str
    mailto: str
    application_id: int | None
    contact_id: int | None
    rejection_id: int | None


class SnoozeIn(Schema):
    until: dt.date | None = None
    days: int = 3


class DraftIn(Schema):
    subject: str
    body: str


class PlanItemOut(Schema):
    id: int
    kind: str
    what: str
    day: str
    slot: str
    where_how: str
    done: bool


class TargetOut(Schema):
    key: str
    label: str
    done: float
    target: float


class PlanOut(Schema):
    id: int
    week_start: dt.date
    rest: bool
    lighter: bool
    items: list[PlanItemOut]
    progress: list[TargetOut]
    completion: float
    met: bool


class PlanPatch(Schema):
    applications: int | None = None
    outreach: int | None = None
    practice_hours: float | None = None
    follow_ups: int | None = None
    rest: bool | None = None


class PracticeIn(Schema):
    hours: float


class ItemDoneIn(Schema):
    done: bool = True


class WinIn(Schema):
    text: str
    kind: str = "other"
    on: dt.date | None = None
    focus_areas: list[str] = Field(default_factory=list)


class WinOut(Schema):
    id: int
    kind: str
    text: str
    on: dt.date
    focus_areas: list[str]


class StoryIn(Schema):
    title: str
    situation: str = ""
    task: str = ""
    action: str = ""
    result: str = ""
    focus_areas: list[str] = Field(default_factory=list)


class StoryOut(StoryIn):
    id: int


class CheckInIn(Schema):
    mood: int
    energy: int
    note: str = ""
    on: dt.date | None = None


class CheckInOut(Schema):
    on: dt.date
    mood: int
    energy: int
    lighter_week: bool
    message: str
    support: str


class RulesOut(Schema):
    pipeline_target: int
    next_steps: dict[str, Any]
    clocks: dict[str, Any]


class RulesIn(Schema):
    pipeline_target: int | None = None
    next_steps: dict[str, Any] = Field(default_factory=dict)
    clocks: dict[str, Any] = Field(default_factory=dict)


class StreakOut(Schema):
    weeks: int
    rest_weeks: int
    message: str


def _follow_up(item: FollowUp, state: str = "") -> dict[str, Any]:
    return {
        "id": item.pk, "uid": item.uid, "kind": item.kind, "action": item.action, "title": item.title,
        "due_on": item.due_on, "status": item.status, "state": state, "snoozed_until": item.snoozed_until,
        "why": item.why, "find_whom": item.find_whom, "to_name": item.to_name, "to_email": item.to_email,
        "subject": item.draft_subject, "body": item.draft_body, "mailto": item.mailto,
        "application_id": item.application_id, "contact_id": item.contact_id, "rejection_id": item.rejection_id,
    }  # fmt: skip


def _plan(request: ApiRequest, plan: WeeklyPlan) -> dict[str, Any]:
    status = plan_service.week_status(owner=request.auth, plan=plan)
    return {
        "id": plan.pk, "week_start": plan.week_start, "rest": plan.rest, "lighter": plan.lighter,
        "items": [{"id": i.pk, "kind": i.kind, "what": i.what, "day": i.day, "slot": i.slot,
                   "where_how": i.where_how, "done": i.done} for i in plan.items.all()],
        "progress": [{"key": t.key, "label": t.label, "done": t.done, "target": t.target} for t in status.progress],
        "completion": round(status.completion, 3), "met": status.met,
    }  # fmt: skip


def _win(w: Win) -> dict[str, Any]:
    return {"id": w.pk, "kind": w.kind, "text": w.text, "on": w.on, "focus_areas": w.focus_areas}


def _story(s: Story) -> dict[str, Any]:
    return {"id": s.pk, "title": s.title, "situation": s.situation, "task": s.task, "action": s.action,
            "result": s.result, "focus_areas": s.focus_areas}  # fmt: skip


@router.get("/followups", response=list[FollowUpOut])
def list_follow_ups(request: ApiRequest, include_closed: bool = False) -> list[dict[str, Any]]:
    followup_service.refresh_queue(owner=request.auth)
    rows = followup_service.queue(owner=request.auth, include_closed=include_closed)
    return [_follow_up(r.item, r.state) for r in rows]


@router.get("/followups.ics", response={200: None})
def follow_ups_ics(request: ApiRequest) -> HttpResponse:
    followup_service.refresh_queue(owner=request.auth)
    data = followup_service.calendar_ics(owner=request.auth, base_url=request.build_absolute_uri("/"))
    return HttpResponse(data, content_type="text/calendar; charset=utf-8")


@router.get("/followups/{follow_up_id}", response=FollowUpOut)
def get_follow_up(request: ApiRequest, follow_up_id: int) -> dict[str, Any]:
    return _follow_up(followup_service.get_follow_up(owner=request.auth, follow_up_id=follow_up_id))


@router.post("/followups/{follow_up_id}/done", response=FollowUpOut)
def follow_up_done(request: ApiRequest, follow_up_id: int) -> dict[str, Any]:
    return _follow_up(followup_service.mark_done(owner=request.auth, follow_up_id=follow_up_id))


@router.post("/followups/{follow_up_id}/snooze", response=FollowUpOut)
def follow_up_snooze(request: ApiRequest, follow_up_id: int, payload: SnoozeIn) -> dict[str, Any]:
    item = followup_service.snooze(owner=request.auth, follow_up_id=follow_up_id, until=payload.until, days=payload.days)
    return _follow_up(item)


@router.post("/followups/{follow_up_id}/dismiss", response=FollowUpOut)
def follow_up_dismiss(request: ApiRequest, follow_up_id: int) -> dict[str, Any]:
    return _follow_up(followup_service.dismiss(owner=request.auth, follow_up_id=follow_up_id))


@router.put("/followups/{follow_up_id}/draft", response=FollowUpOut)
def follow_up_draft(request: ApiRequest, follow_up_id: int, payload: DraftIn) -> dict[str, Any]:
    item = followup_service.update_draft(owner=request.auth, follow_up_id=follow_up_id, subject=payload.subject, body=payload.body)
    return _follow_up(item)


@router.get("/rejections/{rejection_id}/next-steps", response=list[FollowUpOut])
def next_steps(request: ApiRequest, rejection_id: int) -> list[dict[str, Any]]:
    rejection = outreach_service.get_rejection(owner=request.auth, rejection_id=rejection_id)
    return [_follow_up(s) for s in outreach_service.next_steps_for(rejection)]


@router.get("/plan", response=PlanOut)
def get_plan(request: ApiRequest, week: dt.date | None = None) -> dict[str, Any]:
    plan = plan_service.plan_for_week(owner=request.auth, week_start=week or timezone.localdate())
    return _plan(request, plan)


@router.patch("/plan/{plan_id}", response=PlanOut)
def patch_plan(request: ApiRequest, plan_id: int, payload: PlanPatch) -> dict[str, Any]:
    plan = plan_service.update_plan(owner=request.auth, plan_id=plan_id, **payload.dict(exclude_unset=True))
    return _plan(request, plan)


@router.post("/plan/{plan_id}/practice", response=PlanOut)
def log_practice(request: ApiRequest, plan_id: int, payload: PracticeIn) -> dict[str, Any]:
    return _plan(request, plan_service.log_practice(owner=request.auth, plan_id=plan_id, hours=payload.hours))


@router.post("/plan/items/{item_id}", response=PlanOut)
def plan_item_done(request: ApiRequest, item_id: int, payload: ItemDoneIn) -> dict[str, Any]:
    item = plan_service.set_item_done(owner=request.auth, item_id=item_id, done=payload.done)
    return _plan(request, item.plan)


@router.get("/streak", response=StreakOut)
def streak(request: ApiRequest) -> dict[str, Any]:
    s = plan_service.streak(owner=request.auth, today=timezone.localdate())
    return {"weeks": s.weeks, "rest_weeks": s.rest_weeks, "message": s.message}


@router.get("/wins", response=list[WinOut])
def list_wins(request: ApiRequest) -> list[dict[str, Any]]:
    return [_win(w) for w in bank_service.list_wins(owner=request.auth)]


@router.post("/wins", response={201: WinOut})
def add_win(request: ApiRequest, payload: WinIn) -> Status:
    return Status(201, _win(bank_service.add_win(owner=request.auth, **payload.dict())))


@router.get("/stories", response=list[StoryOut])
def list_stories(request: ApiRequest) -> list[dict[str, Any]]:
    return [_story(s) for s in bank_service.list_stories(owner=request.auth)]


@router.post("/stories", response={201: StoryOut})
def add_story(request: ApiRequest, payload: StoryIn) -> Status:
    return Status(201, _story(bank_service.save_story(owner=request.auth, **payload.dict())))


@router.put("/stories/{story_id}", response=StoryOut)
def update_story(request: ApiRequest, story_id: int, payload: StoryIn) -> dict[str, Any]:
    return _story(bank_service.save_story(owner=request.auth, story_id=story_id, **payload.dict()))


@router.post("/checkins", response={201: CheckInOut})
def add_checkin(request: ApiRequest, payload: CheckInIn) -> Status:
    row = checkin_service.record_checkin(owner=request.auth, **payload.dict())
    pacing = checkin_service.pacing_for(owner=request.auth)
    return Status(201, {
        "on": row.on, "mood": row.mood, "energy": row.energy, "lighter_week": pacing.lighter_week,
        "message": pacing.message, "support": pacing.support_text,
    })  # fmt: skip


@router.get("/rules", response=RulesOut)
def get_rules(request: ApiRequest) -> dict[str, Any]:
    """The planner's and clocks' rules as they apply to you (defaults follow domain.md §5)."""
    return momentum_settings.rules_for(owner=request.auth)


@router.put("/rules", response=RulesOut)
def put_rules(request: ApiRequest, payload: RulesIn) -> dict[str, Any]:
    return momentum_settings.set_rules(
        owner=request.auth, pipeline_target=payload.pipeline_target, next_steps=payload.next_steps, clocks=payload.clocks
    )
