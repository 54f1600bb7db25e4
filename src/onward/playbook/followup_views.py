"""Web door: the follow-up queue, a draft page, queue actions, the ICS file and the ICS feed."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from onward import taxonomy
from onward.errors import NotFound, OnwardError
from onward.playbook import followup_service, momentum_settings
from onward.playbook.momentum_request import seeker


class DraftForm(forms.Form):
    subject = forms.CharField(max_length=300, label="Subject")
    body = forms.CharField(widget=forms.Textarea(attrs={"rows": 12}), label="Message")


class RulesForm(forms.Form):
    first_after_business_days = forms.IntegerField(min_value=3, max_value=20, label="First follow-up after (business days)", help_text="The convention is 5–10.")
    max_follow_ups = forms.IntegerField(min_value=1, max_value=3, label="Follow-ups before “No reply”", help_text="The convention is at most 2.")
    pipeline_target = forms.IntegerField(min_value=1, max_value=100, label="Open applications to aim for")
    feedback_from_stage = forms.ChoiceField(choices=[c for c in taxonomy.choices("stages") if c[0] != "saved"], label="Ask for feedback from this stage on")
    silver_medalist_after_days = forms.IntegerField(min_value=30, max_value=365, label="Re-engage past finalists after (days)", help_text="The convention is about 3–6 months.")


class SnoozeForm(forms.Form):
    until = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}), label="Until")


def _back(request: HttpRequest, fallback: str) -> HttpResponse:
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return redirect(target)
    return redirect(fallback)


def followups(request: HttpRequest) -> HttpResponse:
    followup_service.refresh_queue(owner=seeker(request))
    rows = followup_service.queue(owner=seeker(request), include_closed=request.GET.get("all") == "1")
    groups: dict[str, list[followup_service.QueueRow]] = {}
    for row in rows:
        groups.setdefault(row.state, []).append(row)
    token = followup_service.feed_token(owner=seeker(request))
    feed_url = request.build_absolute_uri(reverse("playbook:feed", kwargs={"token": token}))
    return render(
        request,
        "playbook/followups.html",
        {
            "groups": groups, "count": len(rows), "feed_url": feed_url, "show_all": request.GET.get("all") == "1",
            "informational": followup_service.own_rate(owner=seeker(request)),
            "rules_form": _rules_form(request),
        },
    )


def draft(request: HttpRequest, follow_up_id: int) -> HttpResponse:
    item = followup_service.get_follow_up(owner=seeker(request), follow_up_id=follow_up_id)
    form = DraftForm(request.POST or None, initial={"subject": item.draft_subject, "body": item.draft_body})
    if request.method == "POST" and form.is_valid():
        try:
            item = followup_service.update_draft(owner=seeker(request), follow_up_id=item.pk, **form.cleaned_data)
        except OnwardError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "Draft saved. Copy it or open it in your mail app when you're ready.")
            return redirect("playbook:draft", follow_up_id=item.pk)
    state = followup_service.QueueRow(item, "")
    snooze_default = timezone.localdate() + dt.timedelta(days=3)
    return render(
        request,
        "playbook/drafts.html",
        {"item": item, "form": form, "mailto": state.mailto, "snooze_form": SnoozeForm(initial={"until": snooze_default})},
    )


@require_POST
def mark_done(request: HttpRequest, follow_up_id: int) -> HttpResponse:
    item = followup_service.mark_done(owner=seeker(request), follow_up_id=follow_up_id)
    messages.success(request, f"Done: {item.title}. Nicely handled.")
    return _back(request, "playbook:today")


@require_POST
def snooze(request: HttpRequest, follow_up_id: int) -> HttpResponse:
    form = SnoozeForm(request.POST)
    try:
        until = form.cleaned_data["until"] if form.is_valid() else None
        item = followup_service.snooze(owner=seeker(request), follow_up_id=follow_up_id, until=until, days=3)
    except OnwardError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"Snoozed until {item.snoozed_until:%a %d %b}.")
    return _back(request, "playbook:followups")


@require_POST
def dismiss(request: HttpRequest, follow_up_id: int) -> HttpResponse:
    item = followup_service.dismiss(owner=seeker(request), follow_up_id=follow_up_id)
    messages.success(request, f"Dismissed: {item.title}.")
    return _back(request, "playbook:followups")


def _ics_response(data: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def followups_ics(request: HttpRequest) -> HttpResponse:
    followup_service.refresh_queue(owner=seeker(request))
    data = followup_service.calendar_ics(owner=seeker(request), base_url=request.build_absolute_uri("/"))
    response = _ics_response(data, "onward-follow-ups.ics")
    response["Content-Disposition"] = 'attachment; filename="onward-follow-ups.ics"'
    return response


def feed(request: HttpRequest, token: str) -> HttpResponse:
    """The subscribable feed: the secret token in the URL is the only key (calendar apps can't log in)."""
    try:
        owner = followup_service.owner_for_feed(token)
    except NotFound:
        raise Http404("no such feed") from None
    followup_service.refresh_queue(owner=owner)
    data = followup_service.calendar_ics(owner=owner, base_url=request.build_absolute_uri("/"))
    return _ics_response(data, "onward-follow-ups.ics")


@require_POST
def feed_regenerate(request: HttpRequest) -> HttpResponse:
    followup_service.regenerate_feed_token(owner=seeker(request))
    messages.success(request, "A new feed address is ready; the old one no longer works.")
    return redirect("playbook:followups")


def _rules_form(request: HttpRequest) -> RulesForm:
    rules = momentum_settings.rules_for(owner=seeker(request))
    return RulesForm(initial={
        "first_after_business_days": rules["clocks"]["first_after_business_days"],
        "max_follow_ups": rules["clocks"]["max_follow_ups"],
        "pipeline_target": rules["pipeline_target"],
        "feedback_from_stage": rules["next_steps"]["feedback_from_stage"],
        "silver_medalist_after_days": rules["next_steps"]["silver_medalist_after_days"],
    })  # fmt: skip


@require_POST
def rules(request: HttpRequest) -> HttpResponse:
    form = RulesForm(request.POST)
    if not form.is_valid():
        messages.error(request, "; ".join(f"{form.fields[f].label}: {' '.join(str(m) for m in e)}" for f, e in form.errors.items()))
        return redirect("playbook:followups")
    data = form.cleaned_data
    try:
        momentum_settings.set_rules(
            owner=seeker(request), pipeline_target=data["pipeline_target"],
            clocks={"first_after_business_days": data["first_after_business_days"], "max_follow_ups": data["max_follow_ups"]},
            next_steps={"feedback_from_stage": data["feedback_from_stage"], "silver_medalist_after_days": data["silver_medalist_after_days"]},
        )  # fmt: skip
    except OnwardError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, "Rules saved. New follow-ups and next steps use them.")
    return redirect("playbook:followups")
