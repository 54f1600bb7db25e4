"""Web pages of step 1: the debrief flow, the rejection page, private writing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from onward import taxonomy
from onward.errors import OnwardError
from onward.tracker import services as tracker

from . import debrief_service, learn_service, perspective_service
from .debrief import EXPRESSIVE_WRITING, SELF_COMPASSION, feeling_label
from .learn_forms import DebriefForm, WritingForm
from .perspective_base_rates import base_rates

if TYPE_CHECKING:
    from onward.accounts.models import User


def _seeker(request: HttpRequest) -> User:
    """The signed-in (or local) seeker; views are only reached with one (middleware)."""
    return cast("User", request.user)

WRITING = {"expressive_writing": EXPRESSIVE_WRITING, "self_compassion": SELF_COMPASSION}


def _form_error(form: DebriefForm | WritingForm, exc: OnwardError) -> None:
    errors = getattr(exc, "errors", None) or {None: str(exc)}
    for field, msg in errors.items():
        form.add_error(field if field in form.fields else None, msg)


def _initial(state: debrief_service.DebriefState) -> dict[str, Any]:
    d, r = state.debrief, state.rejection
    if d is not None:
        return {
            "feeling": d.feeling, "feeling_word": d.feeling_word, "stage_reached": d.stage_reached,
            "went_well": d.went_well, "do_differently": d.do_differently, "feedback": d.feedback, "layoff": d.layoff,
        }  # fmt: skip
    return {"stage_reached": r.stage_reached if r else "", "feedback": r.feedback_text if r else ""}


def debrief(request: HttpRequest, application_id: int) -> HttpResponse:
    state = debrief_service.state(owner=_seeker(request), application_id=application_id)
    editing = request.GET.get("edit") == "1" or state.debrief is None or not state.debrief.completed_at
    form = DebriefForm(initial=_initial(state))
    if request.method == "POST":
        form = DebriefForm(request.POST)
        if form.is_valid():
            try:
                debrief_service.save_debrief(owner=_seeker(request), application_id=application_id, **form.cleaned_data)
            except OnwardError as exc:
                _form_error(form, exc)
            else:
                return redirect("playbook:debrief", application_id=application_id)
        editing = True
    from onward.playbook import bank_service

    return render(request, "playbook/debrief.html", {
        "state": state, "app": state.application, "rejection": state.rejection, "form": form, "editing": editing,
        "feeling_label": feeling_label(state.debrief.feeling if state.debrief else None),
        "confidence": bank_service.confidence_after(state.rejection) if state.rejection else None,
    })  # fmt: skip


def rejection(request: HttpRequest, application_id: int) -> HttpResponse:
    state = debrief_service.state(owner=_seeker(request), application_id=application_id)
    app = state.application
    conduct = [c for c in perspective_service.conduct_ledger(owner=_seeker(request)) if c.company == app.company.name]
    return render(request, "playbook/rejection.html", {
        "state": state, "app": app, "rejection": state.rejection, "attribution": state.attribution,
        "feedback": learn_service.list_feedback(owner=_seeker(request), application_id=app.pk),
        "conduct": conduct[0] if conduct else None,
        "history": list(app.rejections.all()),
        "silence": [r for r in base_rates() if r.id in ("told_outcome_talentboard_2020", "no_feedback_talentboard_2022")],
        "stage_label": taxonomy.label("rejection_stages", state.rejection.stage_reached) if state.rejection else "",
    })  # fmt: skip


@require_POST
def reverse(request: HttpRequest, application_id: int) -> HttpResponse:
    try:
        tracker.reverse_rejection(owner=_seeker(request), application_id=application_id, note=request.POST.get("note", ""))
    except OnwardError as exc:
        messages.error(request, str(exc))
        return redirect("playbook:rejection", application_id=application_id)
    messages.success(request, "Restored. The rejection stays in the history, marked as an error.")
    return redirect("tracker:application", application_id=application_id)


def writing(request: HttpRequest, kind: str) -> HttpResponse:
    offer = WRITING.get(kind)
    if offer is None:
        return redirect("playbook:learn")
    debrief_id = request.GET.get("debrief") or request.POST.get("debrief") or None
    form = WritingForm()
    if request.method == "POST":
        form = WritingForm(request.POST)
        if form.is_valid():
            try:
                debrief_service.add_writing(
                    owner=_seeker(request), kind=kind, text=form.cleaned_data["text"],
                    debrief_id=int(debrief_id) if debrief_id else None, intention=form.cleaned_data["intention"],
                )  # fmt: skip
            except OnwardError as exc:
                _form_error(form, exc)
            else:
                messages.success(request, "Saved, privately. Only you can see it.")
                suffix = f"?debrief={debrief_id}" if debrief_id else ""
                return redirect(f"{request.path}{suffix}")
    entries = [e for e in debrief_service.list_writing(owner=_seeker(request), kind=kind) if str(e.debrief_id or "") == str(debrief_id or "")]
    return render(request, "playbook/writing.html", {
        "offer": offer, "kind": kind, "form": form, "entries": entries, "debrief_id": debrief_id,
        "sessions_left": max(0, debrief_service.EXPRESSIVE_SESSIONS - len(entries)),
        "common": [r for r in base_rates() if r.id in ("told_outcome_talentboard_2020", "interview_to_offer_jobvite_2017")],
    })  # fmt: skip
