"""The tracker's section of an export: companies, contacts, applications with their history."""

from __future__ import annotations

import datetime as dt
from typing import Any

from onward import taxonomy
from onward.accounts.models import User
from onward.errors import InvalidInput
from onward.portability import Refs
from onward.tracker.models import (
    Application,
    ApplicationContact,
    Company,
    Contact,
    Interaction,
    Rejection,
    StageChange,
)


def _d(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


def export_tracker(owner: User, refs: Refs) -> dict[str, Any]:
    companies = list(Company.objects.filter(owner=owner).order_by("id"))
    refs["company"] = {f"c{i}": c.pk for i, c in enumerate(companies, 1)}
    cref = {c.pk: f"c{i}" for i, c in enumerate(companies, 1)}
    contacts = list(Contact.objects.filter(owner=owner).order_by("id"))
    refs["contact"] = {f"p{i}": c.pk for i, c in enumerate(contacts, 1)}
    pref = {c.pk: f"p{i}" for i, c in enumerate(contacts, 1)}
    apps = list(Application.objects.filter(owner=owner).order_by("id"))
    refs["application"] = {f"a{i}": a.pk for i, a in enumerate(apps, 1)}
    aref = {a.pk: f"a{i}" for i, a in enumerate(apps, 1)}
    return {
        "companies": [
            {"ref": cref[c.pk], "name": c.name, "domains": c.domains, "careers_url": c.careers_url}
            for c in companies
        ],
        "contacts": [
            {
                "ref": pref[c.pk], "name": c.name, "email": c.email, "phone": c.phone,
                "linkedin_url": c.linkedin_url, "company": cref.get(c.company_id) if c.company_id else None,
                "title": c.title, "how_we_know": c.how_we_know, "cadence_days": c.cadence_days,
                "created_at": _d(c.created_at),
            }
            for c in contacts
        ],
        "applications": [_export_application(a, cref, pref) for a in apps],
        "interactions": [
            {
                "contact": pref.get(i.contact_id) if i.contact_id else None,
                "application": aref.get(i.application_id) if i.application_id else None,
                "kind": i.kind, "direction": i.direction, "occurred_at": _d(i.occurred_at), "summary": i.summary,
            }
            for i in Interaction.objects.filter(owner=owner).order_by("occurred_at", "id")
        ],
    }


def _export_application(a: Application, cref: dict[int, str], pref: dict[int, str]) -> dict[str, Any]:
    return {
        "company": cref[a.company_id],
        "role_title": a.role_title, "posting_url": a.posting_url, "posting_text": a.posting_text,
        "channel": a.channel, "location": a.location, "salary_min": a.salary_min,
        "salary_max": a.salary_max, "salary_currency": a.salary_currency,
        "applied_on": _d(a.applied_on), "stage": a.stage, "furthest_stage": a.furthest_stage,
        "ending": a.ending or None, "ended_on": _d(a.ended_on), "notes": a.notes, "tags": a.tags,
        "created_at": _d(a.created_at),
        "history": [
            {"from_stage": h.from_stage, "to_stage": h.to_stage, "from_ending": h.from_ending,
             "to_ending": h.to_ending, "at": _d(h.at), "source": h.source, "note": h.note}
            for h in a.history.order_by("at", "id")
        ],
        "rejections": [
            {"received_on": _d(r.received_on), "stage_reached": r.stage_reached, "reasons": r.reasons,
             "templated": r.templated, "invites_reapply": r.invites_reapply,
             "feedback_offered": r.feedback_offered, "feedback_text": r.feedback_text,
             "source_message_id": r.source_message_id, "reversed_at": _d(r.reversed_at),
             "reversal_note": r.reversal_note}
            for r in a.rejections.order_by("id")
        ],
        "contacts": [
            {"contact": pref[link.contact_id], "role": link.role}
            for link in a.people.order_by("id")
        ],
    }  # fmt: skip


class _Reader:
    """Reads one section with errors that name the path inside the file."""

    def __init__(self, path: str) -> None:
        self.path = path

    def fail(self, where: str, msg: str) -> InvalidInput:
        return InvalidInput({f"{self.path}{where}": msg})

    def date(self, obj: dict[str, Any], key: str, where: str, *, with_time: bool = False) -> Any:
        value = obj.get(key)
        if value in (None, ""):
            return None
        try:
            return dt.datetime.fromisoformat(value) if with_time else dt.date.fromisoformat(value)
        except (TypeError, ValueError):
            raise self.fail(f"{where}.{key}", f"not a {'date-time' if with_time else 'date'}: {value!r}") from None

    def code(self, obj: dict[str, Any], key: str, kind: str, where: str, *, blank: bool = False) -> str:
        value = obj.get(key) or ""
        if blank and value == "":
            return ""
        if value not in taxonomy.codes(kind):
            raise self.fail(f"{where}.{key}", f"unknown {key.replace('_', ' ')} {value!r}")
        return str(value)

    def ref(self, refs: Refs, kind: str, value: Any, where: str) -> int | None:
        if value is None:
            return None
        if value not in refs.get(kind, {}):
            raise self.fail(where, f"refers to unknown {kind} {value!r}")
        return refs[kind][value]


def import_tracker(owner: User, data: Any, refs: Refs) -> int:
    r = _Reader("$.tracker")
    if not isinstance(data, dict):
        raise r.fail("", "must be an object")
    refs.update(company={}, contact={}, application={})
    for i, c in enumerate(data.get("companies", [])):
        from onward.tracker.names import normalize_company

        if not isinstance(c, dict) or not c.get("name"):
            raise r.fail(f".companies[{i}].name", "a company needs a name")
        row = Company.objects.create(
            owner=owner, name=c["name"], normalized_name=normalize_company(c["name"]),
            domains=c.get("domains") or [], careers_url=c.get("careers_url") or "",
        )  # fmt: skip
        refs["company"][c.get("ref") or f"c{i + 1}"] = row.pk
    for i, c in enumerate(data.get("contacts", [])):
        where = f".contacts[{i}]"
        person = Contact.objects.create(
            owner=owner, name=c.get("name") or "", email=c.get("email") or "", phone=c.get("phone") or "",
            linkedin_url=c.get("linkedin_url") or "", title=c.get("title") or "",
            company_id=r.ref(refs, "company", c.get("company"), f"{where}.company"),
            how_we_know=c.get("how_we_know") or "", cadence_days=c.get("cadence_days"),
        )  # fmt: skip
        _restore_created(Contact, person.pk, r.date(c, "created_at", where, with_time=True))
        refs["contact"][c.get("ref") or f"p{i + 1}"] = person.pk
    for i, a in enumerate(data.get("applications", [])):
        _import_application(owner, a, refs, r, i)
    for i, it in enumerate(data.get("interactions", [])):
        where = f".interactions[{i}]"
        Interaction.objects.create(
            owner=owner, contact_id=r.ref(refs, "contact", it.get("contact"), f"{where}.contact"),
            application_id=r.ref(refs, "application", it.get("application"), f"{where}.application"),
            kind=r.code(it, "kind", "interaction_kinds", where), direction=it.get("direction") or "out",
            occurred_at=r.date(it, "occurred_at", where, with_time=True), summary=it.get("summary") or "",
        )  # fmt: skip
    return len(refs["application"])


def _restore_created(model: Any, pk: int, created: dt.datetime | None) -> None:
    if created is not None:
        model.objects.filter(pk=pk).update(created_at=created)


def _import_application(owner: User, a: Any, refs: Refs, r: _Reader, i: int) -> None:
    where = f".applications[{i}]"
    if not isinstance(a, dict):
        raise r.fail(where, "must be an object")
    if not a.get("role_title"):
        raise r.fail(f"{where}.role_title", "an application needs a role title")
    company_id = r.ref(refs, "company", a.get("company"), f"{where}.company")
    if company_id is None:
        raise r.fail(f"{where}.company", "an application needs a company")
    app = Application.objects.create(
        owner=owner, company_id=company_id, role_title=a["role_title"],
        posting_url=a.get("posting_url") or "", posting_text=a.get("posting_text") or "",
        channel=r.code(a, "channel", "channels", where), location=a.get("location") or "",
        salary_min=a.get("salary_min"), salary_max=a.get("salary_max"),
        salary_currency=a.get("salary_currency") or "", applied_on=r.date(a, "applied_on", where),
        stage=r.code(a, "stage", "stages", where), furthest_stage=r.code(a, "furthest_stage", "stages", where),
        ending=r.code(a, "ending", "endings", where, blank=True), ended_on=r.date(a, "ended_on", where),
        notes=a.get("notes") or "", tags=a.get("tags") or [],
    )  # fmt: skip
    _restore_created(Application, app.pk, r.date(a, "created_at", where, with_time=True))
    refs["application"][f"a{i + 1}"] = app.pk
    for j, h in enumerate(a.get("history", [])):
        hw = f"{where}.history[{j}]"
        StageChange.objects.create(
            application=app, from_stage=h.get("from_stage") or "", to_stage=r.code(h, "to_stage", "stages", hw),
            from_ending=h.get("from_ending") or "", to_ending=h.get("to_ending") or "",
            at=r.date(h, "at", hw, with_time=True), source=h.get("source") or "manual", note=h.get("note") or "",
        )  # fmt: skip
    for j, rej in enumerate(a.get("rejections", [])):
        rw = f"{where}.rejections[{j}]"
        Rejection.objects.create(
            application=app, received_on=r.date(rej, "received_on", rw),
            stage_reached=r.code(rej, "stage_reached", "rejection_stages", rw),
            reasons=rej.get("reasons") or [], templated=rej.get("templated"),
            invites_reapply=rej.get("invites_reapply"), feedback_offered=rej.get("feedback_offered"),
            feedback_text=rej.get("feedback_text") or "", source_message_id=rej.get("source_message_id") or "",
            reversed_at=r.date(rej, "reversed_at", rw, with_time=True), reversal_note=rej.get("reversal_note") or "",
        )  # fmt: skip
    for j, link in enumerate(a.get("contacts", [])):
        lw = f"{where}.contacts[{j}]"
        contact_id = r.ref(refs, "contact", link.get("contact"), f"{lw}.contact")
        if contact_id is None:
            raise r.fail(f"{lw}.contact", "a link needs a contact")
        ApplicationContact.objects.create(
            application=app, contact_id=contact_id,
            role=r.code(link, "role", "contact_roles", lw),
        )  # fmt: skip
