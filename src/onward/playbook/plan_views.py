"""Web door: this week's plan — targets, items (what / when / where-how), progress, rest week."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from onward.errors import OnwardError
from onward.playbook import plan as plans
from onward.playbook import plan_service
from onward.playbook.models_momentum import DAY_CHOICES, SLOT_CHOICES
from onward.playbook.momentum_request import seeker

# Which weekly target a plan item counts toward (skill and motivation items are ticked by hand).
ITEM_TARGET = {"applications": "applications", "outreach": "outreach", "practice": "practice_hours", "follow_ups": "follow_ups"}


class TargetsForm(forms.Form):
    applications = forms.IntegerField(min_value=0, max_value=100, label="Applications")
    outreach = forms.IntegerField(min_value=0, max_value=100, label="Outreach messages")
    practice_hours = forms.DecimalField(min_value=0, max_value=100, decimal_places=1, label="Practice hours")
    follow_ups = forms.IntegerField(min_value=0, max_value=100, label="Follow-ups")


class ItemForm(forms.Form):
    what = forms.CharField(max_length=300, label="What")
    day = forms.ChoiceField(choices=DAY_CHOICES, label="Day")
    slot = forms.ChoiceField(choices=SLOT_CHOICES, label="Time")
    where_how = forms.CharField(max_length=300, required=False, label="Where / how")


class PracticeForm(forms.Form):
    hours = forms.DecimalField(min_value=0.1, max_value=24, decimal_places=1, label="Hours practised")


def _week(request: HttpRequest) -> dt.date:
    try:
        return plans.week_start(dt.date.fromisoformat(request.GET.get("week", "")))
    except ValueError:
        return plans.week_start(timezone.localdate())


def plan_page(request: HttpRequest) -> HttpResponse:
    start = _week(request)
    plan = plan_service.plan_for_week(owner=seeker(request), week_start=start)
    status = plan_service.week_status(owner=seeker(request), plan=plan)
    targets = TargetsForm(initial={
        "applications": plan.target_applications, "outreach": plan.target_outreach,
        "practice_hours": plan.target_practice_hours, "follow_ups": plan.target_follow_ups,
    })  # fmt: skip
    by_key = {p.key: p for p in status.progress}
    items = [
        (i, ItemForm(initial={"what": i.what, "day": i.day, "slot": i.slot, "where_how": i.where_how}, prefix=f"i{i.pk}"), by_key.get(ITEM_TARGET.get(i.kind, "")))
        for i in plan.items.all()
    ]
    return render(request, "playbook/plan.html", {
        "plan": plan, "status": status, "targets_form": targets, "items": items,
        "practice_form": PracticeForm(), "streak": plan_service.streak(owner=seeker(request), today=timezone.localdate()),
        "prev_week": start - dt.timedelta(days=7), "next_week": start + dt.timedelta(days=7),
        "is_current": start == plans.week_start(timezone.localdate()), "numeric_kinds": tuple(ITEM_TARGET),
    })  # fmt: skip


def _to_plan(plan_id: int, request: HttpRequest) -> HttpResponse:
    plan = plan_service.get_plan(owner=seeker(request), plan_id=plan_id)
    return redirect(f"{redirect('playbook:plan').url}?week={plan.week_start:%Y-%m-%d}")


@require_POST
def update_targets(request: HttpRequest, plan_id: int) -> HttpResponse:
    form = TargetsForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        plan_service.update_plan(
            owner=seeker(request), plan_id=plan_id, applications=data["applications"], outreach=data["outreach"],
            practice_hours=float(data["practice_hours"]), follow_ups=data["follow_ups"],
        )  # fmt: skip
        messages.success(request, "Targets saved. They count actions you take, never replies.")
    else:
        messages.error(request, "Please use whole numbers between 0 and 100.")
    return _to_plan(plan_id, request)


@require_POST
def set_rest(request: HttpRequest, plan_id: int) -> HttpResponse:
    rest = request.POST.get("rest") == "1"
    plan_service.update_plan(owner=seeker(request), plan_id=plan_id, rest=rest)
    messages.success(request, "A rest week: your streak pauses and nothing breaks." if rest else "Back to a regular week.")
    return _to_plan(plan_id, request)


@require_POST
def lighter(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan_service.make_lighter(owner=seeker(request), plan_id=plan_id)
    messages.success(request, "This week is lighter now. Small steps still count.")
    if request.POST.get("next") == "today":
        return redirect("playbook:today")
    return _to_plan(plan_id, request)


@require_POST
def log_practice(request: HttpRequest, plan_id: int) -> HttpResponse:
    form = PracticeForm(request.POST)
    if form.is_valid():
        plan_service.log_practice(owner=seeker(request), plan_id=plan_id, hours=float(form.cleaned_data["hours"]))
        messages.success(request, f"Logged {form.cleaned_data['hours']:g} hours of practice.")
    else:
        messages.error(request, "Log between 0.1 and 24 hours.")
    return _to_plan(plan_id, request)


@require_POST
def toggle_item(request: HttpRequest, item_id: int) -> HttpResponse:
    item = plan_service.set_item_done(owner=seeker(request), item_id=item_id, done=request.POST.get("done") == "1")
    if request.POST.get("next") == "today":
        return redirect("playbook:today")
    return _to_plan(item.plan_id, request)


@require_POST
def edit_item(request: HttpRequest, item_id: int) -> HttpResponse:
    form = ItemForm(request.POST, prefix=f"i{item_id}")
    if form.is_valid():
        try:
            item = plan_service.update_item(owner=seeker(request), item_id=item_id, **form.cleaned_data)
        except OnwardError as exc:
            messages.error(request, str(exc))
            return redirect("playbook:plan")
        messages.success(request, "Saved.")
        return _to_plan(item.plan_id, request)
    messages.error(request, "Say what you will do, and pick a day and a time.")
    return redirect("playbook:plan")
