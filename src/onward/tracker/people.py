"""Use cases on contacts, their roles on applications, and interactions with them."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from onward import taxonomy
from onward.accounts.models import User
from onward.owned import get_owned
from onward.tracker import services
from onward.tracker.errors import InvalidInput
from onward.tracker.models import ApplicationContact, Contact, Interaction


def get_contact(*, owner: User, contact_id: int) -> Contact:
    return get_owned(Contact.objects.select_related("company"), "contact", contact_id, owner=owner)


def list_contacts(*, owner: User, company: str | None = None) -> QuerySet[Contact]:
    qs = Contact.objects.filter(owner=owner).select_related("company")
    if company:
        qs = qs.filter(company__normalized_name__contains=services.normalize_company(company))
    return qs


def _validate_contact(name: str, email: str, linkedin_url: str, cadence_days: int | None) -> None:
    errors: dict[str, str] = {}
    if not name.strip():
        errors["name"] = "a name is required"
    if email:
        try:
            EmailValidator()(email)
        except ValidationError:
            errors["email"] = f"{email!r} is not an email address"
    if linkedin_url:
        try:
            URLValidator()(linkedin_url)
        except ValidationError:
            errors["linkedin_url"] = f"{linkedin_url!r} is not a web address"
    if cadence_days is not None and not 1 <= cadence_days <= 730:
        errors["cadence_days"] = "keep-in-touch cadence must be between 1 and 730 days"
    if errors:
        raise InvalidInput(errors)


@transaction.atomic
def add_contact(
    *,
    owner: User,
    name: str,
    email: str = "",
    phone: str = "",
    linkedin_url: str = "",
    company: str = "",
    title: str = "",
    how_we_know: str = "",
    cadence_days: int | None = None,
) -> Contact:
    _validate_contact(name, email, linkedin_url, cadence_days)
    comp = services.get_or_create_company(owner=owner, name=company) if company.strip() else None
    return Contact.objects.create(
        owner=owner, name=name.strip(), email=email.strip(), phone=phone.strip(),
        linkedin_url=linkedin_url.strip(), company=comp, title=title.strip(),
        how_we_know=how_we_know.strip(), cadence_days=cadence_days,
    )  # fmt: skip


@transaction.atomic
def update_contact(*, owner: User, contact_id: int, **fields: object) -> Contact:
    contact = get_contact(owner=owner, contact_id=contact_id)
    company = fields.pop("company", None)
    for name, value in fields.items():
        if not hasattr(contact, name) or name in {"id", "owner", "owner_id"}:
            raise InvalidInput({name: "not a field of a contact"})
        setattr(contact, name, value)
    _validate_contact(contact.name, contact.email, contact.linkedin_url, contact.cadence_days)
    if isinstance(company, str):
        contact.company = services.get_or_create_company(owner=owner, name=company) if company else None
    contact.save()
    return contact


@transaction.atomic
def link_contact(*, owner: User, application_id: int, contact_id: int, role: str = "other") -> ApplicationContact:
    if role not in taxonomy.CONTACT_ROLES:
        raise InvalidInput({"role": f"unknown role {role!r}; expected one of: {', '.join(taxonomy.CONTACT_ROLES)}"})
    app = services.get_application(owner=owner, application_id=application_id)
    contact = get_contact(owner=owner, contact_id=contact_id)
    link, _ = ApplicationContact.objects.get_or_create(application=app, contact=contact, role=role)
    return link


@transaction.atomic
def log_interaction(
    *,
    owner: User,
    kind: str = "email",
    occurred_at: dt.datetime | None = None,
    summary: str = "",
    contact_id: int | None = None,
    application_id: int | None = None,
    direction: str = "out",
) -> Interaction:
    """Log a conversation. Word from the employer reopens an application marked ``ghosted``."""
    if kind not in taxonomy.INTERACTION_KINDS:
        raise InvalidInput({"kind": f"unknown kind {kind!r}; expected one of: {', '.join(taxonomy.INTERACTION_KINDS)}"})
    if direction not in {"in", "out"}:
        raise InvalidInput({"direction": "direction must be 'in' (they reached you) or 'out'"})
    if contact_id is None and application_id is None:
        raise InvalidInput({"contact": "an interaction needs a contact, an application or both"})
    contact = get_contact(owner=owner, contact_id=contact_id) if contact_id is not None else None
    app = services.get_application(owner=owner, application_id=application_id) if application_id is not None else None
    when = occurred_at or timezone.now()
    if app is not None and direction == "in" and app.ending == "ghosted":
        services.move(
            owner=owner, application_id=app.pk, to_stage=app.stage, source="rule",
            note="they wrote again", at=when,
        )  # fmt: skip
    return Interaction.objects.create(
        owner=owner, contact=contact, application=app, kind=kind, occurred_at=when,
        summary=summary.strip(), direction=direction,
    )  # fmt: skip


def list_interactions(*, owner: User, contact_id: int | None = None, application_id: int | None = None) -> QuerySet[Interaction]:
    qs = Interaction.objects.filter(owner=owner).select_related("contact", "application__company")
    if contact_id is not None:
        qs = qs.filter(contact_id=contact_id)
    if application_id is not None:
        qs = qs.filter(application_id=application_id)
    return qs
