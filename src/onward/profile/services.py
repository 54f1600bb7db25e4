"""Profile use cases: versions, import/export, editing, review, match, render, lessons.

Loads rows, calls the pure modules, saves in one transaction. Every query is scoped by owner.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.utils import timezone

from onward.errors import InvalidInput
from onward.owned import get_owned
from onward.profile import editing, resume
from onward.profile.import_linkedin import draft_from_export, read_export
from onward.profile.import_text import draft_from_text, text_of_docx, text_of_pdf
from onward.profile.lessons import FeedbackFacts, Lesson, RejectionFacts, lessons
from onward.profile.match import Match, match
from onward.profile.models import ProfileVersion
from onward.profile.posting import Posting, PostingError, load_posting, posting_from_text
from onward.profile.render import THEMES, RenderError, render_html, render_pdf
from onward.profile.review import Review, review
from onward.profile.validate import NotJson, Problem, parse_json, validate

if TYPE_CHECKING:
    from onward.accounts.models import User

IMPORTABLE = (".json", ".pdf", ".docx", ".zip", ".csv")


def _today(today: dt.date | None) -> dt.date:
    return today or timezone.localdate()


# -- versions ---------------------------------------------------------------------------------

def list_versions(*, owner: User) -> list[ProfileVersion]:
    return list(ProfileVersion.objects.filter(owner=owner).select_related("application__company"))


def get_version(*, owner: User, version_id: int) -> ProfileVersion:
    rows = ProfileVersion.objects.select_related("application__company")
    return get_owned(rows, "profile version", version_id, owner=owner)


def base_version(*, owner: User) -> ProfileVersion | None:
    return ProfileVersion.objects.filter(owner=owner, application__isnull=True).order_by("id").first()


def own_addresses(*, owner: User) -> list[str]:
    """The seeker's e-mail addresses as her profiles give them (mail tells her sent mail by it)."""
    documents = ProfileVersion.objects.filter(owner=owner).values_list("document", flat=True)
    found = {resume.as_text(resume.basics(document).get("email")) for document in documents}
    return sorted(address for address in found if "@" in address)


@transaction.atomic
def create_version(*, owner: User, name: str = "", document: Any = None,
                   application_id: int | None = None, theme: str = "classic") -> ProfileVersion:
    document = {"basics": {"name": ""}} if document is None else document
    if not isinstance(document, dict):
        raise InvalidInput({"document": "a JSON Resume document is a JSON object"})
    application = _application(owner, application_id)
    if not name:
        name = (f"For {application.role_title} at {application.company.name}" if application
                else "My profile")
    return ProfileVersion.objects.create(owner=owner, name=name[:200], document=document,
                                         application=application, theme=_theme(theme))


def _application(owner: User, application_id: int | None) -> Any:
    if application_id is None:
        return None
    from onward.tracker import services as tracker

    return tracker.get_application(owner=owner, application_id=application_id)


def _theme(theme: str) -> str:
    if theme not in THEMES:
        raise InvalidInput({"theme": f"unknown theme '{theme}' (choose from {', '.join(THEMES)})"})
    return theme


@transaction.atomic
def tailor(*, owner: User, version_id: int, application_id: int) -> ProfileVersion:
    """A copy of a version for one application; the original stays as it was."""
    source = get_version(owner=owner, version_id=version_id)
    copy_ = create_version(owner=owner, document=copy.deepcopy(source.document),
                           application_id=application_id, theme=source.theme)
    copy_.tailored_from = source
    copy_.save(update_fields=["tailored_from"])
    return copy_


@transaction.atomic
def update_version(*, owner: User, version_id: int, name: str | None = None,
                   theme: str | None = None, document: Any = None) -> ProfileVersion:
    version = get_version(owner=owner, version_id=version_id)
    if name is not None:
        if not name.strip():
            raise InvalidInput({"name": "give this version a name"})
        version.name = name.strip()[:200]
    if theme is not None:
        version.theme = _theme(theme)
    if document is not None:
        if not isinstance(document, dict):
            raise InvalidInput({"document": "a JSON Resume document is a JSON object"})
        version.document = document
    version.save()
    return version


def delete_version(*, owner: User, version_id: int) -> None:
    get_version(owner=owner, version_id=version_id).delete()


# -- editing (the pure operations live in editing.py) ----------------------------------------

@transaction.atomic
def edit(*, owner: User, version_id: int, operation: str, **arguments: Any) -> ProfileVersion:
    """Apply one editing operation (set_basics, set_entry, add_entry, move_entry, remove_entry)."""
    version = get_version(owner=owner, version_id=version_id)
    try:
        version.document = editing.apply(version.document, operation, **arguments)
    except editing.EditError as error:
        raise InvalidInput({error.field: str(error)}) from None
    version.save(update_fields=["document", "updated_at"])
    return version


# -- import / export --------------------------------------------------------------------------

@transaction.atomic
def import_json(*, owner: User, text: str, name: str = "",
                application_id: int | None = None) -> tuple[ProfileVersion, list[Problem]]:
    """Store a JSON Resume document as found (problems are reported, not fixed silently)."""
    try:
        document = parse_json(text)
    except NotJson as error:
        raise InvalidInput({"file": str(error)}) from None
    if not isinstance(document, dict):
        raise InvalidInput({"file": "a JSON Resume document is a JSON object"})
    version = create_version(owner=owner, name=name or _name_from(document),
                             document=document, application_id=application_id)
    return version, validate(document)


def _name_from(document: dict[str, Any]) -> str:
    label = str(resume.basics(document).get("label") or "").strip()
    return f"My profile — {label}" if label else "My profile"


@transaction.atomic
def import_file(*, owner: User, filename: str, data: bytes, name: str = "",
                application_id: int | None = None) -> tuple[ProfileVersion, list[str]]:
    """Import JSON Resume, a PDF or DOCX résumé (draft), or a LinkedIn export (.zip/.csv)."""
    suffix = Path(filename).suffix.lower()
    if suffix == ".json":
        version, problems = import_json(owner=owner, text=data.decode("utf-8", "replace"),
                                        name=name, application_id=application_id)
        return version, [str(p) for p in problems]
    if suffix == ".pdf":
        draft = draft_from_text(_read(text_of_pdf, data, "PDF"))
    elif suffix == ".docx":
        draft = draft_from_text(_read(text_of_docx, data, "DOCX"))
    elif suffix in (".zip", ".csv"):
        draft = _linkedin(filename, data)
    else:
        raise InvalidInput({"file": f"can't import {suffix or 'this file'}: use "
                            + ", ".join(IMPORTABLE)})
    notes = ["A draft read from your file: please check every section.", *draft.notes]
    version = create_version(owner=owner, name=name or _name_from(draft.document) + " (draft)",
                             document=draft.document, application_id=application_id)
    return version, notes


def _read(reader: Any, data: bytes, kind: str) -> str:
    try:
        text: str = reader(data)
    except Exception as error:  # a broken file from outside: say so plainly
        raise InvalidInput({"file": f"this {kind} could not be read ({error.__class__.__name__})"}) from None
    if not text.strip():
        raise InvalidInput({"file": f"this {kind} has no text (a scanned image?)"})
    return text


def _linkedin(filename: str, data: bytes) -> Any:
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / Path(filename).name
        target.write_bytes(data)
        try:
            files = read_export(target if filename.lower().endswith(".zip") else Path(folder))
        except Exception as error:  # a broken archive from outside
            raise InvalidInput({"file": f"not a LinkedIn export ({error.__class__.__name__})"}) from None
    return draft_from_export(files)


def export_json(*, owner: User, version_id: int) -> str:
    return resume.dump(get_version(owner=owner, version_id=version_id).document)


# -- review, match, render --------------------------------------------------------------------

def review_version(*, owner: User, version_id: int, today: dt.date | None = None) -> Review:
    return review(get_version(owner=owner, version_id=version_id).document, today=_today(today))


def posting_from_upload(*, filename: str, data: bytes) -> Posting:
    suffix = Path(filename).suffix.lower() or ".txt"
    with tempfile.NamedTemporaryFile(suffix=suffix) as handle:
        handle.write(data)
        handle.flush()
        try:
            return load_posting(Path(handle.name))
        except PostingError as error:
            raise InvalidInput({"posting": str(error)}) from None


def posting_for_application(*, owner: User, application_id: int) -> Posting:
    from onward.tracker import services as tracker

    app = tracker.get_application(owner=owner, application_id=application_id)
    if not app.posting_text.strip():
        raise InvalidInput({"application_id": "this application has no saved posting text yet"})
    text = f"{app.role_title}\n{app.company.name}\n{app.location}\n\n{app.posting_text}"
    return posting_from_text(text)


def posting_from_pasted(text: str) -> Posting:
    if not text.strip():
        raise InvalidInput({"posting_text": "paste the posting's text"})
    stripped = text.lstrip()
    try:
        if stripped.startswith("<"):
            from onward.profile.posting import posting_from_html

            return posting_from_html(text)
        if stripped.startswith("{"):
            from onward.profile.posting import posting_from_json

            return posting_from_json(text)
        return posting_from_text(text)
    except PostingError as error:
        raise InvalidInput({"posting_text": str(error)}) from None


def match_version(*, owner: User, version_id: int, posting: Posting,
                  today: dt.date | None = None) -> Match:
    return match(get_version(owner=owner, version_id=version_id).document, posting,
                 today=_today(today))


def render(*, owner: User, version_id: int, fmt: str = "html", theme: str | None = None) -> bytes:
    version = get_version(owner=owner, version_id=version_id)
    chosen = _theme(theme or version.theme)
    try:
        if fmt == "pdf":
            return render_pdf(version.document, theme=chosen)
        return render_html(version.document, theme=chosen).encode("utf-8")
    except RenderError as error:
        raise InvalidInput({"format": str(error)}) from None


def download_name(version: ProfileVersion, fmt: str) -> str:
    name = str(resume.basics(version.document).get("name") or "profile").strip() or "profile"
    slug = "-".join("".join(c for c in name.lower() if c.isalnum() or c == " ").split()) or "profile"
    return f"{slug}-resume.{fmt}"


# -- fed by rejections ------------------------------------------------------------------------

def rejection_facts(*, owner: User) -> list[RejectionFacts]:
    from onward.tracker import services as tracker

    facts: list[RejectionFacts] = []
    for app in tracker.list_applications(owner=owner, ending="rejected"):
        rejection = tracker.current_rejection(app)
        if rejection is None:
            continue
        reasons = [r for r in rejection.reasons if isinstance(r, dict)]
        text = " ".join([*(str(r.get("evidence") or "") for r in reasons), rejection.feedback_text])
        facts.append(RejectionFacts(app.role_title, rejection.received_on,
                                    tuple(str(r.get("code")) for r in reasons), text))
    return facts


def feedback_facts(*, owner: User) -> list[FeedbackFacts]:
    try:
        from onward.playbook import learn_service
    except ImportError:  # the playbook room is optional for the profile
        return []
    return [FeedbackFacts(s.area, s.polarity, s.text, s.on)
            for s in learn_service.signals_for(owner=owner)]


def lessons_for(*, owner: User, version_id: int) -> list[Lesson]:
    version = get_version(owner=owner, version_id=version_id)
    return lessons(version.document, rejection_facts(owner=owner), feedback_facts(owner=owner))


# -- export / import of everything (onward export) ----------------------------------------------

def export_section(owner: User, refs: dict[str, dict[str, int]]) -> list[dict[str, Any]]:
    by_id = {pk: ref for ref, pk in refs.get("application", {}).items()}
    versions = list(ProfileVersion.objects.filter(owner=owner).order_by("id"))
    own = {v.pk: f"v{i}" for i, v in enumerate(versions, 1)}
    return [{"ref": own[v.pk], "name": v.name, "theme": v.theme, "document": v.document,
             "application": by_id.get(v.application_id) if v.application_id else None,
             "tailored_from": own.get(v.tailored_from_id) if v.tailored_from_id else None}
            for v in versions]


def import_section(owner: User, data: Any, refs: dict[str, dict[str, int]]) -> int:
    if not isinstance(data, list):
        raise InvalidInput({"$.profile": "expected a list of profile versions"})
    made: dict[str, ProfileVersion] = {}
    for i, item in enumerate(data):
        app_ref = item.get("application")
        app_id = refs.get("application", {}).get(app_ref) if app_ref else None
        version = ProfileVersion.objects.create(
            owner=owner, name=item.get("name") or "My profile", theme=item.get("theme") or "classic",
            document=item.get("document") or {}, application_id=app_id)
        made[item.get("ref") or f"v{i + 1}"] = version
        parent = made.get(item.get("tailored_from") or "")
        if parent is not None:
            version.tailored_from = parent
            version.save(update_fields=["tailored_from"])
    return len(made)


def document_text(document: Any) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False)
