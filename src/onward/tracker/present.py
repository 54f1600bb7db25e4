"""Plain-dict views of tracker rows, shared by the CLI's ``--json`` and the API."""

from __future__ import annotations

from typing import Any

from onward.tracker.models import Application, Contact, Interaction, Rejection, StageChange


def application_dict(app: Application) -> dict[str, Any]:
    return {
        "id": app.pk,
        "company": app.company.name,
        "role_title": app.role_title,
        "stage": app.stage,
        "furthest_stage": app.furthest_stage,
        "ending": app.ending or None,
        "ended_on": app.ended_on.isoformat() if app.ended_on else None,
        "applied_on": app.applied_on.isoformat() if app.applied_on else None,
        "channel": app.channel,
        "location": app.location,
        "posting_url": app.posting_url,
        "salary_min": app.salary_min,
        "salary_max": app.salary_max,
        "salary_currency": app.salary_currency,
        "notes": app.notes,
        "tags": list(app.tags),
    }


def stage_change_dict(ch: StageChange) -> dict[str, Any]:
    return {
        "id": ch.pk,
        "application_id": ch.application_id,
        "from_stage": ch.from_stage or None,
        "to_stage": ch.to_stage,
        "from_ending": ch.from_ending or None,
        "to_ending": ch.to_ending or None,
        "at": ch.at.isoformat(),
        "source": ch.source,
        "note": ch.note,
    }


def rejection_dict(rej: Rejection) -> dict[str, Any]:
    return {
        "id": rej.pk,
        "application_id": rej.application_id,
        "received_on": rej.received_on.isoformat(),
        "stage_reached": rej.stage_reached,
        "reasons": rej.reasons,
        "templated": rej.templated,
        "invites_reapply": rej.invites_reapply,
        "feedback_offered": rej.feedback_offered,
        "feedback_text": rej.feedback_text,
        "source_message_id": rej.source_message_id,
        "reversed_at": rej.reversed_at.isoformat() if rej.reversed_at else None,
    }


def contact_dict(c: Contact) -> dict[str, Any]:
    return {
        "id": c.pk,
        "name": c.name,
        "email": c.email,
        "phone": c.phone,
        "linkedin_url": c.linkedin_url,
        "company": c.company.name if c.company else None,
        "title": c.title,
        "how_we_know": c.how_we_know,
        "cadence_days": c.cadence_days,
    }


def interaction_dict(i: Interaction) -> dict[str, Any]:
    return {
        "id": i.pk,
        "contact_id": i.contact_id,
        "application_id": i.application_id,
        "kind": i.kind,
        "direction": i.direction,
        "occurred_at": i.occurred_at.isoformat(),
        "summary": i.summary,
    }


def application_detail(app: Application) -> dict[str, Any]:
    data = application_dict(app)
    data["history"] = [stage_change_dict(c) for c in app.history.all()]
    data["rejections"] = [rejection_dict(r) for r in app.rejections.all()]
    data["contacts"] = [
        {"contact_id": link.contact_id, "name": link.contact.name, "role": link.role}
        for link in app.people.select_related("contact")
    ]
    data["interactions"] = [interaction_dict(i) for i in app.interactions.all()]
    return data
