"""Web pages of the profile: versions, import, review, match, downloads (editor in views_edit)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from onward.accounts.requests import SeekerRequest
from onward.errors import InvalidInput, OnwardError
from onward.profile import services
from onward.profile.posting import Posting
from onward.profile.render import THEMES
from onward.profile.validate import validate


def _applications(owner: Any) -> list[Any]:
    from onward.tracker import services as tracker

    return list(tracker.list_applications(owner=owner))


def _errors(exc: OnwardError) -> list[str]:
    if isinstance(exc, InvalidInput):
        return list(exc.errors.values())
    return [str(exc)]


def home(request: SeekerRequest) -> HttpResponse:
    versions = services.list_versions(owner=request.user)
    base = next((v for v in versions if v.is_base), None)
    lessons = services.lessons_for(owner=request.user, version_id=base.pk) if base else []
    return render(request, "profile/home.html", {
        "versions": versions, "base": base, "lessons": lessons,
        "applications": _applications(request.user),
    })


@require_POST
def new(request: SeekerRequest) -> HttpResponse:
    version = services.create_version(owner=request.user, name=request.POST.get("name", ""))
    messages.success(request, "A blank profile is ready. Start with your name and most recent role.")
    return redirect("profile:edit", version_id=version.pk)


@require_POST
def import_file(request: SeekerRequest) -> HttpResponse:
    upload = request.FILES.get("file")
    pasted = request.POST.get("json", "").strip()
    try:
        if upload is not None:
            version, notes = services.import_file(owner=request.user, filename=upload.name or "",
                                                  data=upload.read(), name=request.POST.get("name", ""))
        elif pasted:
            version, problems = services.import_json(owner=request.user, text=pasted,
                                                     name=request.POST.get("name", ""))
            notes = [str(p) for p in problems]
        else:
            raise InvalidInput({"file": "choose a file, or paste JSON Resume text"})
    except OnwardError as exc:
        for error in _errors(exc):
            messages.error(request, error)
        return redirect("profile:home")
    messages.success(request, f"Imported “{version.name}”.")
    for note in notes[:8]:
        messages.info(request, note)
    if len(notes) > 8:
        messages.info(request, f"…and {len(notes) - 8} more; the review page lists them all.")
    return redirect("profile:edit", version_id=version.pk)


@require_POST
def tailor(request: SeekerRequest, version_id: int) -> HttpResponse:
    try:
        copy_ = services.tailor(owner=request.user, version_id=version_id,
                                application_id=int(request.POST.get("application_id") or 0))
    except (OnwardError, ValueError) as exc:
        messages.error(request, str(exc))
        return redirect("profile:edit", version_id=version_id)
    messages.success(request, f"Made “{copy_.name}”. Your base profile stays as it was.")
    return redirect("profile:match", version_id=copy_.pk)


@require_POST
def delete(request: SeekerRequest, version_id: int) -> HttpResponse:
    services.delete_version(owner=request.user, version_id=version_id)
    messages.success(request, "Deleted that version.")
    return redirect("profile:home")


def review(request: SeekerRequest, version_id: int) -> HttpResponse:
    version = services.get_version(owner=request.user, version_id=version_id)
    result = services.review_version(owner=request.user, version_id=version_id)
    return render(request, "profile/review.html", {
        "version": version, "review": result, "problems": validate(version.document),
        "lessons": services.lessons_for(owner=request.user, version_id=version_id),
    })


def _posting_from_request(request: SeekerRequest, version: Any) -> Posting | None:
    upload = request.FILES.get("posting_file")
    if upload is not None:
        return services.posting_from_upload(filename=upload.name or "posting.txt", data=upload.read())
    text = request.POST.get("posting_text", "")
    if text.strip():
        return services.posting_from_pasted(text)
    application_id = request.POST.get("application_id") or request.GET.get("application")
    if not application_id and version.application_id and version.application.posting_text:
        application_id = version.application_id
    if application_id:
        return services.posting_for_application(owner=request.user, application_id=int(application_id))
    return None


def match(request: SeekerRequest, version_id: int) -> HttpResponse:
    version = services.get_version(owner=request.user, version_id=version_id)
    result, posting, errors = None, None, []
    try:
        posting = _posting_from_request(request, version)
        if posting is not None:
            result = services.match_version(owner=request.user, version_id=version_id, posting=posting)
    except (OnwardError, ValueError) as exc:
        errors = _errors(exc) if isinstance(exc, OnwardError) else [str(exc)]
    with_postings = [a for a in _applications(request.user) if a.posting_text.strip()]
    return render(request, "profile/match.html", {
        "version": version, "result": result, "posting": posting, "errors": errors,
        "rows": match_rows(result) if result else [],
        "applications": with_postings, "pasted": request.POST.get("posting_text", ""),
    })


def match_rows(result: Any) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for kind, covered, missing in (("required", result.required_covered, result.required_missing),
                                   ("preferred", result.preferred_covered, result.preferred_missing)):
        rows += [{"name": n, "kind": kind, "status": "covered", "status_text": "covered",
                  "where": result.evidence[n].where[:3], "note": ""} for n in covered]
        rows += [{"name": n, "kind": kind, "status": "missing", "status_text": "missing",
                  "where": [], "note": ""} for n in missing]
        if kind == "required":
            rows += [{"name": n, "kind": "alternative", "status": "alt", "status_text": "not needed",
                      "where": [], "note": f"the posting accepts {other} instead, which you show"}
                     for n, other in result.satisfied_by_alternative.items()]
    return rows


def download(request: SeekerRequest, version_id: int, fmt: str) -> HttpResponse:
    if fmt not in ("html", "pdf"):
        raise Http404("no such format")
    version = services.get_version(owner=request.user, version_id=version_id)
    theme = request.GET.get("theme") or version.theme
    try:
        body = services.render(owner=request.user, version_id=version_id, fmt=fmt, theme=theme)
    except OnwardError as exc:
        messages.error(request, str(exc))
        return redirect("profile:edit", version_id=version_id)
    kind = "application/pdf" if fmt == "pdf" else "text/html; charset=utf-8"
    response = HttpResponse(body, content_type=kind)
    if request.GET.get("inline") != "1":
        response["Content-Disposition"] = f'attachment; filename="{services.download_name(version, fmt)}"'
    return response


def export(request: SeekerRequest, version_id: int) -> HttpResponse:
    version = services.get_version(owner=request.user, version_id=version_id)
    response = HttpResponse(services.export_json(owner=request.user, version_id=version_id),
                            content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{services.download_name(version, "json")}"'
    return response


def preview(request: SeekerRequest, version_id: int) -> HttpResponse:
    theme = request.GET.get("theme")
    body = services.render(owner=request.user, version_id=version_id, fmt="html",
                           theme=theme if theme in THEMES else None)
    response = HttpResponse(body, content_type="text/html; charset=utf-8")
    response["X-Frame-Options"] = "SAMEORIGIN"
    return response
