"""The profile editor: every section, reorderable entries, autosave with a live preview (htmx).

Without JavaScript every form still posts and redirects back; with htmx the server answers with
the changed fragment and an `HX-Trigger: profile-changed` that reloads the preview.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from onward.accounts.requests import SeekerRequest
from onward.errors import OnwardError
from onward.profile import editing, services
from onward.profile.render import THEMES, date_range
from onward.profile.validate import validate


def _is_htmx(request: SeekerRequest) -> bool:
    return bool(request.headers.get("HX-Request"))


def _entry_title(section: str, entry: Any) -> str:
    if not isinstance(entry, dict):
        return str(entry)
    keys = {"work": ("position", "name"), "volunteer": ("position", "organization"),
            "education": ("studyType", "institution"), "skills": ("name",),
            "languages": ("language",), "awards": ("title",), "references": ("name",),
            "profiles": ("network", "username")}
    parts = [str(entry.get(k) or "") for k in keys.get(section, ("name",))]
    title = " — ".join(p for p in parts if p.strip()) or "(untitled)"
    when = date_range(entry) if "startDate" in entry else ""
    return f"{title} · {when}" if when else title


def section_context(version: Any, section: str) -> dict[str, Any]:
    document = version.document if isinstance(version.document, dict) else {}
    items = editing.section_items(document, section)
    problems = validate(document)
    entries = []
    for index, entry in enumerate(items):
        prefix = f"{editing.section_path(section)}[{index}]"
        values = editing.entry_values(entry, section)
        known = {spec.key for spec in editing.SECTION_FIELDS[section]}
        entries.append({
            "extra": sorted(set(entry) - known) if isinstance(entry, dict) else [],
            "index": index, "title": _entry_title(section, entry), "anchor": f"{section}-{index}",
            "fields": [{"spec": spec, "value": values[spec.key],
                        "id": f"{section}-{index}-{spec.key}"} for spec in editing.SECTION_FIELDS[section]],
            "problems": [p for p in problems if p.path == prefix or p.path.startswith(prefix + ".")
                         or p.path.startswith(prefix + "[")],
        })
    return {"version": version, "section": section, "title": editing.SECTION_TITLES[section],
            "entries": entries, "last": len(entries) - 1}


def edit(request: SeekerRequest, version_id: int) -> HttpResponse:
    version = services.get_version(owner=request.user, version_id=version_id)
    from onward.tracker import services as tracker

    document = version.document if isinstance(version.document, dict) else {}
    basics = editing.basics_values(document)
    main = ("profiles", "work", "education", "skills", "projects")
    more = tuple(s for s in editing.SECTION_FIELDS if s not in main)
    return render(request, "profile/edit.html", {
        "version": version, "themes": THEMES,
        "basics": [{"spec": spec, "value": basics[spec.key], "id": "basics-" + spec.key.replace(".", "-")}
                   for spec in editing.BASICS_FIELDS],
        "main_sections": [section_context(version, s) for s in main],
        "more_sections": [section_context(version, s) for s in more],
        "more_open": any(document.get(s) for s in more),
        "problems": validate(document),
        "fixable_dates": editing.fixable_dates(document),
        "raw": services.document_text(document),
        "applications": tracker.list_applications(owner=request.user),
    })


def _saved(request: SeekerRequest, version: Any, where: str, message: str = "Saved") -> HttpResponse:
    if _is_htmx(request):
        problems = [p for p in validate(version.document) if p.path.startswith(where)] if where else []
        response = render(request, "profile/_saved.html", {"message": message, "problems": problems})
        response["HX-Trigger"] = "profile-changed"
        return response
    messages.success(request, message + ".")
    anchor = f"#{where.replace('[', '-').replace(']', '')}" if where else ""
    return redirect(reverse("profile:edit", kwargs={"version_id": version.pk}) + anchor)


def _failed(request: SeekerRequest, version_id: int, exc: OnwardError) -> HttpResponse:
    if _is_htmx(request):
        return render(request, "profile/_saved.html", {"error": str(exc)}, status=422)
    messages.error(request, str(exc))
    return redirect("profile:edit", version_id=version_id)


@require_POST
def save_basics(request: SeekerRequest, version_id: int) -> HttpResponse:
    fields = {spec.key: request.POST.get(spec.key, "") for spec in editing.BASICS_FIELDS
              if spec.key in request.POST}
    try:
        version = services.edit(owner=request.user, version_id=version_id, operation="set_basics",
                                fields=fields)
    except OnwardError as exc:
        return _failed(request, version_id, exc)
    return _saved(request, version, "basics")


@require_POST
def save_entry(request: SeekerRequest, version_id: int, section: str, index: int) -> HttpResponse:
    specs = editing.SECTION_FIELDS.get(section, ())
    fields = {spec.key: request.POST.get(spec.key, "") for spec in specs if spec.key in request.POST}
    try:
        version = services.edit(owner=request.user, version_id=version_id, operation="set_entry",
                                section=section, index=index, fields=fields)
    except OnwardError as exc:
        return _failed(request, version_id, exc)
    return _saved(request, version, f"{section}[{index}]")


def _section_changed(request: SeekerRequest, version_id: int, section: str, operation: str,
                     **arguments: Any) -> HttpResponse:
    try:
        version = services.edit(owner=request.user, version_id=version_id, operation=operation,
                                section=section, **arguments)
    except OnwardError as exc:
        return _failed(request, version_id, exc)
    if _is_htmx(request):
        response = render(request, "profile/_section.html", section_context(version, section))
        response["HX-Trigger"] = "profile-changed"
        return response
    return redirect(reverse("profile:edit", kwargs={"version_id": version_id}) + f"#section-{section}")


@require_POST
def add_entry(request: SeekerRequest, version_id: int, section: str) -> HttpResponse:
    return _section_changed(request, version_id, section, "add_entry")


@require_POST
def move_entry(request: SeekerRequest, version_id: int, section: str, index: int) -> HttpResponse:
    step = -1 if request.POST.get("direction") == "up" else 1
    return _section_changed(request, version_id, section, "move_entry", index=index, to=index + step)


@require_POST
def remove_entry(request: SeekerRequest, version_id: int, section: str, index: int) -> HttpResponse:
    return _section_changed(request, version_id, section, "remove_entry", index=index)


@require_POST
def save_settings(request: SeekerRequest, version_id: int) -> HttpResponse:
    try:
        version = services.update_version(owner=request.user, version_id=version_id,
                                          name=request.POST.get("name"), theme=request.POST.get("theme"))
    except OnwardError as exc:
        return _failed(request, version_id, exc)
    return _saved(request, version, "")


@require_POST
def save_raw(request: SeekerRequest, version_id: int) -> HttpResponse:
    import json

    try:
        document = json.loads(request.POST.get("document", ""))
    except json.JSONDecodeError as exc:
        messages.error(request, f"Not saved: not JSON ({exc.msg} at line {exc.lineno}).")
        return redirect("profile:edit", version_id=version_id)
    try:
        version = services.update_version(owner=request.user, version_id=version_id, document=document)
    except OnwardError as exc:
        return _failed(request, version_id, exc)
    problems = validate(version.document)
    messages.success(request, "Saved the document." + (f" {len(problems)} schema problem(s) listed below."
                                                         if problems else ""))
    return redirect("profile:edit", version_id=version_id)


@require_POST
def fix_dates(request: SeekerRequest, version_id: int) -> HttpResponse:
    version = services.get_version(owner=request.user, version_id=version_id)
    count = editing.fixable_dates(version.document)
    services.edit(owner=request.user, version_id=version_id, operation="normalise_dates")
    messages.success(request, f"Rewrote {count} date{'s' if count != 1 else ''} as YYYY-MM.")
    return redirect("profile:edit", version_id=version_id)
