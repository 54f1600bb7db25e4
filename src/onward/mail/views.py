"""Web pages of the mail room: the inbox review (proposals with evidence) and the import page."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from onward import taxonomy
from onward.accounts.requests import SeekerRequest
from onward.errors import NotAllowed, OnwardError
from onward.mail import background, services
from onward.mail.models import ImportRun, MailMessage
from onward.mail.propose import CATEGORY_LABEL
from onward.mail.sources import SourceError, parse_imap_url

CATEGORY_CHOICES = [("", "— keep —"), *((code, label) for code, label in CATEGORY_LABEL.items())]
# What a message may show: its own inline images, never anything fetched from elsewhere.
MESSAGE_CSP = "img-src 'self' data:; frame-src 'none'; form-action 'self'; object-src 'none'"


class EditForm(forms.Form):
    category = forms.ChoiceField(label="It is really", choices=CATEGORY_CHOICES, required=False)
    application_id = forms.TypedChoiceField(
        label="About", coerce=int, required=False, empty_value=None
    )
    stage_reached = forms.ChoiceField(
        label="Rejected", required=False,
        choices=[("", "— keep —"), *taxonomy.choices("rejection_stages")],
    )  # fmt: skip
    reasons = forms.MultipleChoiceField(
        label="Reasons", required=False, widget=forms.CheckboxSelectMultiple,
        choices=taxonomy.choices("reasons"),
    )  # fmt: skip

    def __init__(self, *args: Any, owner: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field: Any = self.fields["application_id"]
        field.choices = [("", "— keep —"), *application_choices(owner)]


def application_choices(owner: Any) -> list[tuple[Any, str]]:
    from onward.tracker import services as tracker

    return [
        (app.pk, f"{app.role_title} at {app.company.name}")
        for app in tracker.list_applications(owner=owner)
    ]


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def clean(self, data: Any, initial: Any = None) -> Any:
        if isinstance(data, (list, tuple)):
            return [super(MultipleFileField, self).clean(item, initial) for item in data]
        return super().clean(data, initial)


class ImportForm(forms.Form):
    files = MultipleFileField(  # type: ignore[assignment]
        label="An mbox or .eml files", required=False, widget=MultipleFileInput()
    )
    imap_url = forms.CharField(
        label="Or an IMAP folder", required=False,
        help_text="imaps://you@imap.example.com/INBOX — Onward only reads; nothing changes on the server.",
    )  # fmt: skip
    password = forms.CharField(
        label="IMAP password or app password", required=False, widget=forms.PasswordInput,
        help_text="Used for this import only, never stored.",
    )  # fmt: skip
    since = forms.DateField(
        label="IMAP: mail since", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )


def _proposal_card(request: SeekerRequest, proposal: Any, error: str = "") -> HttpResponse:
    return render(request, "mail/_proposal.html", {"p": proposal, "error": error})


PAGE = 100  # a long queue is reviewed a page at a time
ORDERS = {  # how the queue is sorted: the surest first, or the ones that most need a look
    "confident": ("Most confident first", ("-confidence", "id")),
    "unsure": ("Least sure first", ("confidence", "id")),
}


def review(request: SeekerRequest) -> HttpResponse:
    order = request.GET.get("order", "")
    order = order if order in ORDERS else "confident"
    pending = services.list_proposals(owner=request.user).order_by(*ORDERS[order][1])
    page = Paginator(pending, PAGE).get_page(request.GET.get("page"))
    decided = services.list_proposals(owner=request.user, status=None).exclude(status="pending")
    cards = list(page.object_list)
    going = services.files_on(request.user, cards)
    for card in cards:  # where accepting it now would file it, when that is a card already
        card.files_on = going.get(card.pk)
    context = {
        "cards": cards, "page_obj": page, "total": page.paginator.count,
        "order": order, "orders": [(key, label) for key, (label, _) in ORDERS.items()],
        "decided": decided[:20],
    }  # fmt: skip
    return render(request, "mail/review.html", context)


def _decide(request: SeekerRequest, proposal_id: int, action: Any) -> HttpResponse:
    try:
        action()
        error = ""
    except OnwardError as exc:
        error = str(exc)
    proposal = services.get_proposal(owner=request.user, proposal_id=proposal_id)
    if request.headers.get("HX-Request"):
        return _proposal_card(request, proposal, error)
    (messages.error if error else messages.success)(request, error or proposal.outcome or "Done.")
    return redirect("mail:review")


@require_POST
def accept(request: SeekerRequest, proposal_id: int) -> HttpResponse:
    return _decide(request, proposal_id,
                   lambda: services.accept(owner=request.user, proposal_id=proposal_id))  # fmt: skip


@require_POST
def dismiss(request: SeekerRequest, proposal_id: int) -> HttpResponse:
    actual = request.POST.get("actual_category") or None
    return _decide(request, proposal_id, lambda: services.dismiss(
        owner=request.user, proposal_id=proposal_id, actual_category=actual))  # fmt: skip


def edit(request: SeekerRequest, proposal_id: int) -> HttpResponse:
    """GET: the edit form (a fragment for htmx, a page without JavaScript); POST: accept it."""
    if request.method != "POST":
        proposal = services.get_proposal(owner=request.user, proposal_id=proposal_id)
        form = EditForm(owner=request.user, prefix=f"p{proposal_id}")
        fragment = bool(request.headers.get("HX-Request"))
        template = "mail/_edit_form.html" if fragment else "mail/edit.html"
        return render(request, template, {"p": proposal, "edit_form": form})
    form = EditForm(request.POST, owner=request.user, prefix=f"p{proposal_id}")
    if not form.is_valid():
        proposal = services.get_proposal(owner=request.user, proposal_id=proposal_id)
        return _proposal_card(request, proposal, "Please check the edit form.")
    edits = {k: v for k, v in form.cleaned_data.items() if v not in (None, "", [])}
    return _decide(request, proposal_id, lambda: services.accept(
        owner=request.user, proposal_id=proposal_id, edits=edits or None))  # fmt: skip


@require_POST
def accept_all(request: SeekerRequest) -> HttpResponse:
    try:
        threshold = float(request.POST.get("min_confidence", ""))
        result = services.accept_all(owner=request.user, min_confidence=threshold)
    except (ValueError, OnwardError) as exc:
        messages.error(request, f"Not done: {exc}")
        return redirect("mail:review")
    note = f"Accepted {result.accepted}."
    if result.failed:
        note += (
            f" {len(result.failed)} could not be applied; they stay in the list with the reason."
        )
    messages.success(request, note)
    return redirect("mail:review")


def message(request: SeekerRequest, message_id: int) -> HttpResponse:
    row = get_object_or_404(MailMessage, owner=request.user, pk=message_id)
    response = render(request, "mail/message.html", {"m": row})
    response["Content-Security-Policy"] = MESSAGE_CSP
    return response


IMPORT_LABEL = {
    "queued": "Waiting to start", "running": "Reading", "finished": "Done",
    "failed": "Failed", "interrupted": "Interrupted", "discarded": "Discarded",
    "stopping": "Stopping", "stopped": "Stopped",
}  # fmt: skip
ACTIVE = {"queued", "running", "stopping"}


def _short_source(source: str) -> str:
    """An error's source without the data directory: ``inbox.mbox#12``, ``INBOX;UID=5``."""
    return re.sub(r"^\d{4}-", "", Path(source).name) or source


def _run_context(run: Any, note: str = "") -> dict[str, Any]:
    status = background.status(run)
    return {
        "note": note,
        "run": run, "status": status, "status_label": IMPORT_LABEL.get(status, status),
        "active": status in ACTIVE, "stoppable": background.can_stop(run.pk), "percent": background.percent(run),
        "is_imap": background.is_imap(run.source),
        "errors": [(_short_source(e.get("source", "")), e.get("reason", "")) for e in run.errors],
    }  # fmt: skip


def _start_from_form(request: SeekerRequest, form: ImportForm) -> ImportRun | None:
    """Start the import the form asks for; None (with the reason on the form) if it cannot."""
    uploads = request.FILES.getlist("files")
    url, password = form.cleaned_data["imap_url"].strip(), form.cleaned_data["password"]
    if not uploads and not url:
        form.add_error(None, "Choose files to upload or give an IMAP folder.")
        return None
    try:
        if uploads:
            saved = background.save_uploads(uploads)
            return background.start_import(owner=request.user, spec=saved.spec, label=saved.label)
        else:
            target = parse_imap_url(url)  # a bad address is refused now, a bad login later
            label = f"{target.user} on {target.host}: {', '.join(target.folders)}"
            return background.start_import(
                owner=request.user, spec=url, label=label, since=form.cleaned_data["since"],
                password=password,
            )  # fmt: skip
    except (OnwardError, SourceError, OSError) as exc:
        form.add_error(None, str(exc))
        return None


def import_page(request: SeekerRequest) -> HttpResponse:
    """The form, and every recent import with a live progress bar while it runs."""
    posted = request.method == "POST"
    form = ImportForm(request.POST, request.FILES) if posted else ImportForm()
    started = _start_from_form(request, form) if posted and form.is_valid() else None
    if started is not None:  # to its card: on a phone it sits below the form
        return redirect(f"{reverse('mail:import')}#import-{started.pk}")
    runs = [_run_context(run) for run in services.latest_imports(owner=request.user)]
    context = {"form": form, "runs": runs, "any_active": any(r["active"] for r in runs)}
    return render(request, "mail/import.html", context)


def import_progress(request: SeekerRequest, run_id: int) -> HttpResponse:
    """One import's card: polled by htmx every second while the import runs."""
    run = background.get_run(owner=request.user, run_id=run_id)
    return render(request, "mail/_import_run.html", _run_context(run))


@require_POST
def import_stop(request: SeekerRequest, run_id: int) -> HttpResponse:
    """Stop after the message in hand; htmx gets the card back, saying stopped (or why not)."""
    try:
        background.stop(owner=request.user, run_id=run_id)
        note = ""
    except NotAllowed as exc:
        note = f"Not stopped: {exc}"
    if request.headers.get("HX-Request"):
        run = background.get_run(owner=request.user, run_id=run_id)
        return render(request, "mail/_import_run.html", _run_context(run, note))
    if note:
        messages.error(request, note)
    return redirect(f"{reverse('mail:import')}#import-{run_id}")


@require_POST
def import_resume(request: SeekerRequest, run_id: int) -> HttpResponse:
    try:
        background.resume(
            owner=request.user, run_id=run_id, password=request.POST.get("password", "")
        )
    except NotAllowed as exc:
        messages.error(request, f"Not resumed: {exc}")
    return redirect("mail:import")


@require_POST
def import_discard(request: SeekerRequest, run_id: int) -> HttpResponse:
    try:
        background.discard(owner=request.user, run_id=run_id)
    except NotAllowed as exc:
        messages.error(request, f"Not discarded: {exc}")
    return redirect("mail:import")
