"""Tracker endpoints: applications, stage changes, rejections, contacts, interactions."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ninja import Field, Router, Schema, Status

from onward.accounts.requests import ApiRequest
from onward.tracker import people, present, services

router = Router(tags=["tracker"])


class ApplicationIn(Schema):
    company: str
    role_title: str
    stage: str = "applied"
    channel: str = "job_board"
    applied_on: dt.date | None = None
    location: str = ""
    posting_url: str = ""
    posting_text: str = ""
    salary_min: int | None = None
    salary_max: int | None = None
    salary_currency: str = ""
    notes: str = ""
    tags: list[str] = Field(default_factory=list)


class ApplicationPatch(Schema):
    company: str | None = None
    role_title: str | None = None
    channel: str | None = None
    applied_on: dt.date | None = None
    location: str | None = None
    posting_url: str | None = None
    posting_text: str | None = None
    salary_min: int | None = None
    salary_max: int | None = None
    salary_currency: str | None = None
    notes: str | None = None
    tags: list[str] | None = None


class ApplicationOut(Schema):
    id: int
    company: str
    role_title: str
    stage: str
    furthest_stage: str
    ending: str | None
    ended_on: str | None
    applied_on: str | None
    channel: str
    location: str
    posting_url: str
    salary_min: int | None
    salary_max: int | None
    salary_currency: str
    notes: str
    tags: list[str]


class StageChangeIn(Schema):
    to_stage: str
    note: str = ""


class StageChangeOut(Schema):
    id: int
    application_id: int
    from_stage: str | None
    to_stage: str
    from_ending: str | None
    to_ending: str | None
    at: str
    source: str
    note: str


class ReasonIn(Schema):
    code: str
    source: str = "seeker"
    evidence: str = ""


class RejectionIn(Schema):
    received_on: dt.date | None = None
    stage_reached: str | None = None
    reasons: list[ReasonIn] = Field(default_factory=list)
    templated: bool | None = None
    invites_reapply: bool | None = None
    feedback_offered: bool | None = None
    feedback_text: str = ""


class RejectionOut(Schema):
    id: int
    application_id: int
    received_on: str
    stage_reached: str
    reasons: list[dict[str, Any]]
    templated: bool | None
    invites_reapply: bool | None
    feedback_offered: bool | None
    feedback_text: str
    source_message_id: str
    reversed_at: str | None


class EndingIn(Schema):
    ending: str
    note: str = ""


class ContactIn(Schema):
    name: str
    email: str = ""
    phone: str = ""
    linkedin_url: str = ""
    company: str = ""
    title: str = ""
    how_we_know: str = ""
    cadence_days: int | None = None


class ContactOut(Schema):
    id: int
    name: str
    email: str
    phone: str
    linkedin_url: str
    company: str | None
    title: str
    how_we_know: str
    cadence_days: int | None


class LinkIn(Schema):
    contact_id: int
    role: str = "other"


class InteractionIn(Schema):
    kind: str = "email"
    occurred_at: dt.datetime | None = None
    summary: str = ""
    contact_id: int | None = None
    application_id: int | None = None
    direction: str = "out"


class InteractionOut(Schema):
    id: int
    contact_id: int | None
    application_id: int | None
    kind: str
    direction: str
    occurred_at: str
    summary: str


@router.get("/applications", response=list[ApplicationOut])
def list_applications(
    request: ApiRequest, stage: str | None = None, ending: str | None = None, company: str | None = None
) -> list[dict[str, Any]]:
    apps = services.list_applications(owner=request.auth, stage=stage, ending=ending, company=company)
    return [present.application_dict(a) for a in apps]


@router.post("/applications", response={201: ApplicationOut})
def create_application(request: ApiRequest, payload: ApplicationIn) -> Status:
    data = payload.dict()
    app = services.add_application(owner=request.auth, **data)
    return Status(201, present.application_dict(app))


@router.get("/applications/{application_id}", response=ApplicationOut)
def get_application(request: ApiRequest, application_id: int) -> dict[str, Any]:
    return present.application_dict(services.get_application(owner=request.auth, application_id=application_id))


@router.patch("/applications/{application_id}", response=ApplicationOut)
def patch_application(request: ApiRequest, application_id: int, payload: ApplicationPatch) -> dict[str, Any]:
    fields = payload.dict(exclude_unset=True)
    app = services.update_application(owner=request.auth, application_id=application_id, **fields)
    return present.application_dict(app)


@router.delete("/applications/{application_id}", response={204: None})
def delete_application(request: ApiRequest, application_id: int) -> Status:
    services.delete_application(owner=request.auth, application_id=application_id)
    return Status(204, None)


@router.get("/applications/{application_id}/stage-changes", response=list[StageChangeOut])
def list_stage_changes(request: ApiRequest, application_id: int) -> list[dict[str, Any]]:
    app = services.get_application(owner=request.auth, application_id=application_id)
    return [present.stage_change_dict(c) for c in app.history.all()]


@router.post("/applications/{application_id}/stage-changes", response={201: ApplicationOut, 200: ApplicationOut})
def change_stage(request: ApiRequest, application_id: int, payload: StageChangeIn) -> Status:
    change = services.move(owner=request.auth, application_id=application_id, to_stage=payload.to_stage, note=payload.note)
    return Status((201 if change.changed else 200), present.application_dict(change.application))


@router.post("/applications/{application_id}/rejection", response={201: RejectionOut})
def reject(request: ApiRequest, application_id: int, payload: RejectionIn) -> Status:
    data = payload.dict()
    rej = services.reject(owner=request.auth, application_id=application_id, **data)
    return Status(201, present.rejection_dict(rej))


@router.delete("/applications/{application_id}/rejection", response=ApplicationOut)
def reverse_rejection(request: ApiRequest, application_id: int, note: str = "") -> dict[str, Any]:
    change = services.reverse_rejection(owner=request.auth, application_id=application_id, note=note)
    return present.application_dict(change.application)


@router.get("/applications/{application_id}/rejections", response=list[RejectionOut])
def list_rejections(request: ApiRequest, application_id: int) -> list[dict[str, Any]]:
    app = services.get_application(owner=request.auth, application_id=application_id)
    return [present.rejection_dict(r) for r in app.rejections.all()]


@router.post("/applications/{application_id}/ending", response=ApplicationOut)
def set_ending(request: ApiRequest, application_id: int, payload: EndingIn) -> dict[str, Any]:
    change = services.end(owner=request.auth, application_id=application_id, ending=payload.ending, note=payload.note)
    return present.application_dict(change.application)


@router.post("/applications/{application_id}/reopen", response=ApplicationOut)
def reopen(request: ApiRequest, application_id: int) -> dict[str, Any]:
    change = services.reopen(owner=request.auth, application_id=application_id)
    return present.application_dict(change.application)


@router.post("/applications/{application_id}/contacts", response={201: dict[str, Any]})
def link_contact(request: ApiRequest, application_id: int, payload: LinkIn) -> Status:
    link = people.link_contact(owner=request.auth, application_id=application_id, contact_id=payload.contact_id, role=payload.role)
    return Status(201, {"application_id": link.application_id, "contact_id": link.contact_id, "role": link.role})


@router.get("/contacts", response=list[ContactOut])
def list_contacts(request: ApiRequest, company: str | None = None) -> list[dict[str, Any]]:
    return [present.contact_dict(c) for c in people.list_contacts(owner=request.auth, company=company)]


@router.post("/contacts", response={201: ContactOut})
def create_contact(request: ApiRequest, payload: ContactIn) -> Status:
    return Status(201, present.contact_dict(people.add_contact(owner=request.auth, **payload.dict())))


@router.get("/contacts/{contact_id}", response=ContactOut)
def get_contact(request: ApiRequest, contact_id: int) -> dict[str, Any]:
    return present.contact_dict(people.get_contact(owner=request.auth, contact_id=contact_id))


@router.get("/interactions", response=list[InteractionOut])
def list_interactions(request: ApiRequest, contact_id: int | None = None, application_id: int | None = None) -> list[dict[str, Any]]:
    rows = people.list_interactions(owner=request.auth, contact_id=contact_id, application_id=application_id)
    return [present.interaction_dict(i) for i in rows]


@router.post("/interactions", response={201: InteractionOut})
def create_interaction(request: ApiRequest, payload: InteractionIn) -> Status:
    return Status(201, present.interaction_dict(people.log_interaction(owner=request.auth, **payload.dict())))
