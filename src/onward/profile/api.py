"""Profile endpoints: versions, JSON Resume import/export/validate, review, match, render, lessons."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from django.http import HttpResponse
from ninja import Field, Router, Schema, Status

from onward.accounts.requests import ApiRequest
from onward.errors import InvalidInput
from onward.profile import services
from onward.profile.validate import NotJson, parse_json, validate

router = Router(tags=["profile"])


class VersionIn(Schema):
    name: str = ""
    document: dict[str, Any] = Field(default_factory=dict)
    application_id: int | None = None
    theme: str = "classic"


class VersionPatch(Schema):
    name: str | None = None
    theme: str | None = None
    document: dict[str, Any] | None = None


class ProblemOut(Schema):
    path: str
    message: str


class VersionOut(Schema):
    id: int
    name: str
    application_id: int | None
    tailored_from_id: int | None
    theme: str
    created_at: str
    updated_at: str
    document: dict[str, Any]
    problems: list[ProblemOut]


class PostingIn(Schema):
    text: str = ""
    application_id: int | None = None


class TailorIn(Schema):
    application_id: int


def _version_dict(version: Any) -> dict[str, Any]:
    return {
        "id": version.pk, "name": version.name, "application_id": version.application_id,
        "tailored_from_id": version.tailored_from_id, "theme": version.theme,
        "created_at": version.created_at.isoformat(), "updated_at": version.updated_at.isoformat(),
        "document": version.document,
        "problems": [asdict(p) for p in validate(version.document)],
    }


@router.get("/versions", response=list[VersionOut])
def list_versions(request: ApiRequest) -> list[dict[str, Any]]:
    return [_version_dict(v) for v in services.list_versions(owner=request.auth)]


@router.post("/versions", response={201: VersionOut})
def create_version(request: ApiRequest, payload: VersionIn) -> Status:
    version = services.create_version(owner=request.auth, name=payload.name, document=payload.document,
                                      application_id=payload.application_id, theme=payload.theme)
    return Status(201, _version_dict(version))


@router.get("/versions/{version_id}", response=VersionOut)
def get_version(request: ApiRequest, version_id: int) -> dict[str, Any]:
    return _version_dict(services.get_version(owner=request.auth, version_id=version_id))


@router.patch("/versions/{version_id}", response=VersionOut)
def patch_version(request: ApiRequest, version_id: int, payload: VersionPatch) -> dict[str, Any]:
    version = services.update_version(owner=request.auth, version_id=version_id, name=payload.name,
                                      theme=payload.theme, document=payload.document)
    return _version_dict(version)


@router.delete("/versions/{version_id}", response={204: None})
def delete_version(request: ApiRequest, version_id: int) -> Status:
    services.delete_version(owner=request.auth, version_id=version_id)
    return Status(204, None)


@router.post("/versions/{version_id}/tailor", response={201: VersionOut})
def tailor(request: ApiRequest, version_id: int, payload: TailorIn) -> Status:
    version = services.tailor(owner=request.auth, version_id=version_id,
                              application_id=payload.application_id)
    return Status(201, _version_dict(version))


@router.post("/validate", response=list[ProblemOut])
def validate_document(request: ApiRequest) -> list[dict[str, str]]:
    """Validate the JSON Resume document sent as the body (nothing is stored)."""
    try:
        document = parse_json(request.body.decode("utf-8"))
    except (NotJson, UnicodeDecodeError) as error:
        raise InvalidInput({"body": str(error)}) from None
    return [asdict(p) for p in validate(document)]


@router.get("/versions/{version_id}/export")
def export_version(request: ApiRequest, version_id: int) -> HttpResponse:
    return HttpResponse(services.export_json(owner=request.auth, version_id=version_id),
                        content_type="application/json; charset=utf-8")


@router.get("/versions/{version_id}/render")
def render_version(request: ApiRequest, version_id: int, format: str = "html",
                   theme: str | None = None) -> HttpResponse:
    if format not in ("html", "pdf"):
        raise InvalidInput({"format": "use html or pdf"})
    body = services.render(owner=request.auth, version_id=version_id, fmt=format, theme=theme)
    kind = "application/pdf" if format == "pdf" else "text/html; charset=utf-8"
    return HttpResponse(body, content_type=kind)


@router.get("/versions/{version_id}/review")
def review_version(request: ApiRequest, version_id: int) -> dict[str, Any]:
    return services.review_version(owner=request.auth, version_id=version_id).as_dict()


@router.post("/versions/{version_id}/match")
def match_version(request: ApiRequest, version_id: int, payload: PostingIn) -> dict[str, Any]:
    """Match to pasted text (plain, saved-page HTML or JSON-LD) or an application's posting."""
    if payload.application_id is not None:
        posting = services.posting_for_application(owner=request.auth,
                                                   application_id=payload.application_id)
    else:
        posting = services.posting_from_pasted(payload.text)
    result = services.match_version(owner=request.auth, version_id=version_id, posting=posting)
    return {**result.as_cli_json(), "breakdown": result.as_dict()}


@router.get("/versions/{version_id}/lessons")
def version_lessons(request: ApiRequest, version_id: int) -> list[dict[str, Any]]:
    return [asdict(x) for x in services.lessons_for(owner=request.auth, version_id=version_id)]
