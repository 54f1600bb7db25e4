"""Web pages of the tracker: board, application page, add/edit, contacts, demo loader."""

from __future__ import annotations

from typing import Any

from django import forms as djforms
from django.contrib import messages
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from onward import demo, taxonomy
from onward.accounts.requests import SeekerRequest
from onward.errors import InvalidInput, NotAllowed, OnwardError
from onward.tracker import board as board_data
from onward.tracker import people, services
from onward.tracker.forms import (
    ApplicationForm,
    ContactForm,
    EditApplicationForm,
    InteractionForm,
    LinkForm,
    MoveForm,
    RejectForm,
)
from onward.tracker.models import Application
from onward.tracker.timeline import timeline


def _form_error(form: djforms.Form, exc: OnwardError) -> None:
    """Show a service's error next to the field it names (or at the top of the form)."""
    if isinstance(exc, InvalidInput):
        for field, msg in exc.errors.items():
            form.add_error(field if field in form.fields else None, msg)
    else:
        form.add_error(None, str(exc))


def _first_page_url(name: str, **kwargs: Any) -> str | None:
    try:
        return reverse(name, kwargs=kwargs or None)
    except NoReverseMatch:
        return None


def home(request: SeekerRequest) -> HttpResponse:
    """The Today page once there is data; the board (with its empty state) before."""
    has_data = Application.objects.filter(owner=request.user).exists()
    today = _first_page_url("playbook:today")
    if has_data and today:
        return redirect(today)
    return board(request)


def board(request: SeekerRequest) -> HttpResponse:
    context = board_data.board_for(owner=request.user)
    context["move_form_choices"] = taxonomy.choices("stages")
    return render(request, "tracker/board.html", context)


@require_POST
def load_demo(request: SeekerRequest) -> HttpResponse:
    try:
        n = demo.load_demo(owner=request.user)
    except NotAllowed as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"Loaded a demo search with {n} applications. Explore freely; it's all on this machine.")
    return redirect("tracker:board")


def add_application(request: SeekerRequest) -> HttpResponse:
    form = ApplicationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            app = services.add_application(owner=request.user, **form.cleaned_data)
        except OnwardError as exc:
            _form_error(form, exc)
        else:
            messages.success(request, f"Added {app.role_title} at {app.company.name}.")
            return redirect("tracker:application", application_id=app.pk)
    return render(request, "tracker/application_form.html", {"form": form, "editing": None})


def edit_application(request: SeekerRequest, application_id: int) -> HttpResponse:
    app = services.get_application(owner=request.user, application_id=application_id)
    initial = {
        "company": app.company.name, "role_title": app.role_title, "channel": app.channel,
        "applied_on": app.applied_on, "location": app.location, "posting_url": app.posting_url,
        "salary_min": app.salary_min, "salary_max": app.salary_max, "salary_currency": app.salary_currency,
        "notes": app.notes, "tags": ", ".join(app.tags),
    }  # fmt: skip
    form = EditApplicationForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_application(owner=request.user, application_id=app.pk, **form.cleaned_data)
        except OnwardError as exc:
            _form_error(form, exc)
        else:
            messages.success(request, "Saved.")
            return redirect("tracker:application", application_id=app.pk)
    return render(request, "tracker/application_form.html", {"form": form, "editing": app})


def application(request: SeekerRequest, application_id: int) -> HttpResponse:
    app = services.get_application(owner=request.user, application_id=application_id)
    contacts = people.list_contacts(owner=request.user)
    link_form = LinkForm()
    link_form.fields["contact_id"] = djforms.TypedChoiceField(
        coerce=int, choices=[(c.pk, f"{c.name}{' · ' + c.company.name if c.company else ''}") for c in contacts], label="Contact"
    )
    interaction_form = InteractionForm()
    interaction_form.fields["contact_id"] = djforms.TypedChoiceField(
        coerce=int, required=False, label="With",
        choices=[("", "—"), *[(link.contact_id, link.contact.name) for link in app.people.select_related("contact")]],
    )  # fmt: skip
    context = {
        "app": app,
        "timeline": timeline(app),
        "move_form": MoveForm(initial={"to_stage": app.stage}),
        "reject_form": RejectForm(),
        "link_form": link_form,
        "interaction_form": interaction_form,
        "people": app.people.select_related("contact"),
        "rejection": services.current_rejection(app),
        "debrief_url": _first_page_url("playbook:debrief", application_id=app.pk),
        "rejection_url": _first_page_url("playbook:rejection", application_id=app.pk),
        "self_review_url": _first_page_url("playbook:review", application_id=app.pk),
        "days_open": (timezone.localdate() - app.applied_on).days if app.applied_on else None,
    }
    return render(request, "tracker/application.html", context)


def _back(request: SeekerRequest, app_id: int) -> HttpResponseRedirect:
    nxt = request.POST.get("next", "")
    if nxt.startswith("/") and not nxt.startswith("//"):
        return HttpResponseRedirect(nxt)
    return redirect("tracker:application", application_id=app_id)


@require_POST
def move(request: SeekerRequest, application_id: int) -> HttpResponse:
    form = MoveForm(request.POST)
    if form.is_valid():
        try:
            change = services.move(owner=request.user, application_id=application_id, to_stage=form.cleaned_data["to_stage"])
            messages.success(request, f"{change.application}: {change.why}.")
        except OnwardError as exc:
            messages.error(request, str(exc))
    else:
        messages.error(request, "Choose a stage to move to.")
    if request.headers.get("HX-Request") and request.POST.get("next") == reverse("tracker:board"):
        return board(request)
    return _back(request, application_id)


@require_POST
def reject(request: SeekerRequest, application_id: int) -> HttpResponse:
    app = services.get_application(owner=request.user, application_id=application_id)
    form = RejectForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            services.reject(
                owner=request.user, application_id=app.pk, received_on=data["received_on"],
                stage_reached=data["stage_reached"] or None,
                reasons=[{"code": c, "source": "seeker", "evidence": ""} for c in data["reasons"]],
                feedback_text=data["feedback_text"],
            )  # fmt: skip
        except OnwardError as exc:
            messages.error(request, str(exc))
            return redirect("tracker:application", application_id=app.pk)
        debrief = _first_page_url("playbook:debrief", application_id=app.pk)
        if debrief:
            return redirect(debrief)
        messages.success(request, "Recorded. The card has left the active board; its history stays.")
        return redirect("tracker:application", application_id=app.pk)
    messages.error(request, "Please check the rejection form.")
    return redirect("tracker:application", application_id=app.pk)


@require_POST
def set_ending(request: SeekerRequest, application_id: int) -> HttpResponse:
    action = request.POST.get("action", "")
    try:
        if action == "reopen":
            change = services.reopen(owner=request.user, application_id=application_id)
        else:
            change = services.end(owner=request.user, application_id=application_id, ending=action,
                                  note=request.POST.get("note", ""))  # fmt: skip
        messages.success(request, f"{change.why.capitalize()}.")
    except OnwardError as exc:
        messages.error(request, str(exc))
    return _back(request, application_id)


@require_POST
def delete_application(request: SeekerRequest, application_id: int) -> HttpResponse:
    services.delete_application(owner=request.user, application_id=application_id)
    messages.success(request, "Deleted.")
    return redirect("tracker:board")


@require_POST
def link_contact(request: SeekerRequest, application_id: int) -> HttpResponse:
    try:
        people.link_contact(owner=request.user, application_id=application_id,
                            contact_id=int(request.POST.get("contact_id", "0")), role=request.POST.get("role", "other"))  # fmt: skip
    except (OnwardError, ValueError) as exc:
        messages.error(request, str(exc))
    return _back(request, application_id)


@require_POST
def log_interaction(request: SeekerRequest, application_id: int) -> HttpResponse:
    form = InteractionForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            people.log_interaction(
                owner=request.user, kind=data["kind"], direction=data["direction"],
                occurred_at=data["occurred_at"], summary=data["summary"],
                contact_id=data["contact_id"], application_id=application_id,
            )  # fmt: skip
            messages.success(request, "Logged.")
        except OnwardError as exc:
            messages.error(request, str(exc))
    else:
        messages.error(request, "; ".join(f"{k}: {' '.join(str(e) for e in v)}" for k, v in form.errors.items()))
    return _back(request, application_id)


def contacts(request: SeekerRequest) -> HttpResponse:
    form = ContactForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            c = people.add_contact(owner=request.user, **form.cleaned_data)
        except OnwardError as exc:
            _form_error(form, exc)
        else:
            messages.success(request, f"Added {c.name}.")
            return redirect("tracker:contacts")
    rows = people.list_contacts(owner=request.user).prefetch_related("roles__application__company", "interactions")
    return render(request, "tracker/contacts.html", {"form": form, "contacts": rows})
