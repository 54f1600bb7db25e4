"""Use cases on applications and their lifecycle. Each runs in one transaction.

Doors (web, CLI, API, mail proposals, playbook rules) call these; nothing else writes
``Application``, ``StageChange`` or ``Rejection`` rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from onward import taxonomy
from onward.accounts.models import User
from onward.owned import get_owned
from onward.tracker import stages
from onward.tracker.errors import InvalidInput, NotAllowed
from onward.tracker.models import Application, Company, Rejection, StageChange
from onward.tracker.names import normalize_company

REASON_SOURCES = ("mail", "seeker", "inferred")
EDITABLE_FIELDS = (
    "role_title", "posting_url", "posting_text", "channel", "location", "salary_min",
    "salary_max", "salary_currency", "applied_on", "notes", "tags",
)  # fmt: skip


@dataclass(frozen=True)
class Change:
    application: Application
    changed: bool
    why: str


def _now(at: dt.datetime | None) -> dt.datetime:
    return at or timezone.now()


def _check_code(field: str, kind: str, code: str) -> None:
    if code not in taxonomy.codes(kind):
        allowed = ", ".join(taxonomy.codes(kind))
        raise InvalidInput({field: f"unknown {field.replace('_', ' ')} {code!r}; expected one of: {allowed}"})


def get_or_create_company(*, owner: User, name: str, domain: str = "") -> Company:
    name = name.strip()
    if not name:
        raise InvalidInput({"company": "a company name is required"})
    key = normalize_company(name)
    company, _created = Company.objects.get_or_create(
        owner=owner, normalized_name=key, defaults={"name": name, "domains": [domain] if domain else []}
    )
    if domain and domain not in company.domains:
        company.domains = [*company.domains, domain]
        company.save(update_fields=["domains"])
    return company


def get_application(*, owner: User, application_id: int) -> Application:
    return get_owned(Application.objects.select_related("company"), "application", application_id, owner=owner)


def list_applications(
    *,
    owner: User,
    stage: str | None = None,
    ending: str | None = None,
    company: str | None = None,
    open_only: bool = False,
) -> QuerySet[Application]:
    qs = Application.objects.filter(owner=owner).select_related("company")
    if stage:
        _check_code("stage", "stages", stage)
        qs = qs.filter(stage=stage)
    if ending:
        if ending == "open":
            qs = qs.filter(ending="")
        else:
            _check_code("ending", "endings", ending)
            qs = qs.filter(ending=ending)
    if company:
        qs = qs.filter(company__normalized_name__contains=normalize_company(company))
    if open_only:
        qs = qs.filter(ending="")
    return qs


def _validate_fields(fields: dict[str, Any]) -> None:
    errors: dict[str, str] = {}
    if "role_title" in fields and not str(fields["role_title"] or "").strip():
        errors["role_title"] = "a role title is required"
    if "channel" in fields and fields["channel"] not in taxonomy.CHANNELS:
        errors["channel"] = f"unknown channel {fields['channel']!r}; expected one of: {', '.join(taxonomy.CHANNELS)}"
    lo, hi = fields.get("salary_min"), fields.get("salary_max")
    if lo is not None and hi is not None and lo > hi:
        errors["salary_max"] = "the top of the range is below its bottom"
    applied = fields.get("applied_on")
    if applied is not None and not isinstance(applied, dt.date):
        errors["applied_on"] = "not a date (use YYYY-MM-DD)"
    if "tags" in fields and not all(isinstance(t, str) for t in fields["tags"] or []):
        errors["tags"] = "tags must be words"
    if errors:
        raise InvalidInput(errors)


@transaction.atomic
def add_application(
    *,
    owner: User,
    company: str,
    role_title: str,
    stage: str = "applied",
    applied_on: dt.date | None = None,
    channel: str = "job_board",
    source: str = "manual",
    at: dt.datetime | None = None,
    company_domain: str = "",
    **fields: Any,
) -> Application:
    """Record an application; writes the first entry of its history."""
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise InvalidInput({name: "not a field of an application" for name in sorted(unknown)})
    _check_code("stage", "stages", stage)
    if stage != "saved" and applied_on is None:
        applied_on = timezone.localdate() if at is None else at.date()
    fields.update(role_title=role_title, channel=channel, applied_on=applied_on)
    fields.setdefault("tags", [])
    _validate_fields(fields)
    fields["role_title"] = role_title.strip()
    comp = get_or_create_company(owner=owner, name=company, domain=company_domain)
    app = Application.objects.create(
        owner=owner, company=comp, stage=stage, furthest_stage=stage, **fields
    )
    StageChange.objects.create(
        application=app, from_stage="", to_stage=stage, at=_now(at), source=source, note="added"
    )
    return app


@transaction.atomic
def update_application(*, owner: User, application_id: int, company: str | None = None, **fields: Any) -> Application:
    app = get_application(owner=owner, application_id=application_id)
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise InvalidInput({name: "not an editable field" for name in sorted(unknown)})
    merged = {"salary_min": app.salary_min, "salary_max": app.salary_max, **fields}
    _validate_fields(merged)
    for name, value in fields.items():
        setattr(app, name, value.strip() if isinstance(value, str) else value)
    if company is not None:
        app.company = get_or_create_company(owner=owner, name=company)
    app.save()
    return app


def _state(app: Application) -> stages.AppState:
    return stages.AppState(stage=app.stage, furthest=app.furthest_stage, ending=app.ending or None)


def _apply(
    app: Application, outcome: stages.Outcome, *, source: str, note: str, at: dt.datetime | None
) -> Change:
    if not outcome.changed:
        return Change(app, False, outcome.why)
    new = outcome.state
    StageChange.objects.create(
        application=app,
        from_stage=app.stage,
        to_stage=new.stage,
        from_ending=app.ending,
        to_ending=new.ending or "",
        at=_now(at),
        source=source,
        note=note,
    )
    app.stage, app.furthest_stage = new.stage, new.furthest
    if (new.ending or "") != app.ending:
        app.ending = new.ending or ""
        app.ended_on = _now(at).date() if new.ending else None
    app.save(update_fields=["stage", "furthest_stage", "ending", "ended_on", "updated_at"])
    return Change(app, True, outcome.why)


def _run(fn: Any, *args: Any, **kwargs: Any) -> stages.Outcome:
    try:
        outcome: stages.Outcome = fn(*args, **kwargs)
    except stages.StageError as exc:
        raise NotAllowed(str(exc)) from None
    return outcome


@transaction.atomic
def move(
    *,
    owner: User,
    application_id: int,
    to_stage: str,
    source: str = "manual",
    note: str = "",
    at: dt.datetime | None = None,
) -> Change:
    app = get_application(owner=owner, application_id=application_id)
    _check_code("stage", "stages", to_stage)
    outcome = _run(stages.move, _state(app), to_stage, source=source)
    return _apply(app, outcome, source=source, note=note, at=at)


def stage_reached_for(furthest_stage: str) -> str:
    """Map the furthest stage reached to the rejection-stage vocabulary."""
    return {
        "saved": "after_application",
        "applied": "after_application",
        "screening": "after_screen",
        "assessment": "after_screen",
        "interviewing": "after_interview",
        "final_round": "after_final_round",
        "offer": "after_final_round",
    }[furthest_stage]


def _clean_reasons(reasons: Iterable[dict[str, str] | str]) -> list[dict[str, str]]:
    cleaned: list[dict[str, str]] = []
    for item in reasons:
        entry = {"code": item, "source": "seeker", "evidence": ""} if isinstance(item, str) else dict(item)
        _check_code("reasons", "reasons", entry.get("code", ""))
        if entry.setdefault("source", "seeker") not in REASON_SOURCES:
            raise InvalidInput({"reasons": f"reason source must be one of {', '.join(REASON_SOURCES)}"})
        entry.setdefault("evidence", "")
        if all(c["code"] != entry["code"] for c in cleaned):
            cleaned.append(entry)
    return cleaned or [{"code": "no_reason_given", "source": "inferred", "evidence": ""}]


@transaction.atomic
def reject(
    *,
    owner: User,
    application_id: int,
    received_on: dt.date | None = None,
    stage_reached: str | None = None,
    reasons: Sequence[dict[str, str] | str] = (),
    templated: bool | None = None,
    invites_reapply: bool | None = None,
    feedback_offered: bool | None = None,
    feedback_text: str = "",
    source: str = "manual",
    source_message_id: str = "",
    note: str = "",
    at: dt.datetime | None = None,
) -> Rejection:
    """Close the application as rejected and keep what the employer said (issue 4 §1)."""
    app = get_application(owner=owner, application_id=application_id)
    if stage_reached is not None:
        _check_code("stage_reached", "rejection_stages", stage_reached)
    cleaned = _clean_reasons(reasons)
    received_on = received_on or _now(at).date()
    outcome = _run(stages.end, _state(app), "rejected", source=source)
    if not outcome.changed:
        raise NotAllowed(f"not recorded: {outcome.why}")
    # A rejection received today happened now; one logged later is placed at noon that day.
    when = at or (timezone.now() if received_on >= timezone.localdate() else dt.datetime.combine(received_on, dt.time(12, 0), tzinfo=dt.UTC))
    _apply(app, outcome, source=source, note=note, at=when)
    return Rejection.objects.create(
        application=app,
        received_on=received_on,
        stage_reached=stage_reached or stage_reached_for(app.furthest_stage),
        reasons=cleaned,
        templated=templated,
        invites_reapply=invites_reapply,
        feedback_offered=feedback_offered if feedback_offered is not None else (bool(feedback_text) or None),
        feedback_text=feedback_text.strip(),
        source_message_id=source_message_id,
    )


def current_rejection(app: Application) -> Rejection | None:
    return app.rejections.filter(reversed_at__isnull=True).first()


@transaction.atomic
def reverse_rejection(
    *, owner: User, application_id: int, note: str = "", source: str = "manual", at: dt.datetime | None = None
) -> Change:
    """"Rejected in error": restore the application; the rejection stays in history, marked reversed."""
    app = get_application(owner=owner, application_id=application_id)
    if app.ending != "rejected":
        raise NotAllowed("this application is not rejected, so there is nothing to reverse")
    rejection = current_rejection(app)
    if rejection is not None:
        rejection.reversed_at = _now(at)
        rejection.reversal_note = note
        rejection.save(update_fields=["reversed_at", "reversal_note"])
    return _apply(app, _run(stages.reopen, _state(app)), source=source, note=note or "rejected in error", at=at)


@transaction.atomic
def end(
    *,
    owner: User,
    application_id: int,
    ending: str,
    source: str = "manual",
    note: str = "",
    at: dt.datetime | None = None,
) -> Change:
    """Withdraw, accept or mark as ghosted (rejections go through :func:`reject`)."""
    _check_code("ending", "endings", ending)
    if ending == "rejected":
        raise InvalidInput({"ending": "record a rejection with reject(), which keeps its reasons"})
    app = get_application(owner=owner, application_id=application_id)
    outcome = _run(stages.end, _state(app), ending, source=source)
    return _apply(app, outcome, source=source, note=note, at=at)


def withdraw(*, owner: User, application_id: int, note: str = "", at: dt.datetime | None = None) -> Change:
    return end(owner=owner, application_id=application_id, ending="withdrawn", note=note, at=at)


@transaction.atomic
def reopen(
    *, owner: User, application_id: int, note: str = "", source: str = "manual", at: dt.datetime | None = None
) -> Change:
    app = get_application(owner=owner, application_id=application_id)
    if app.ending == "rejected":
        return reverse_rejection(owner=owner, application_id=application_id, note=note, source=source, at=at)
    return _apply(app, _run(stages.reopen, _state(app)), source=source, note=note, at=at)


@transaction.atomic
def delete_application(*, owner: User, application_id: int) -> None:
    get_application(owner=owner, application_id=application_id).delete()
