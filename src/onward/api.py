"""The JSON API under ``/api/v1``; each room adds a router. OpenAPI at ``/api/v1/openapi.json``."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import CsrfViewMiddleware
from ninja import NinjaAPI
from ninja.errors import ValidationError as NinjaValidationError

from onward.errors import InvalidInput, NotAllowed, NotFound

SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


def _csrf_ok(request: HttpRequest) -> bool:
    """A browser cannot send ``application/json`` cross-site without a CORS preflight we never
    grant, so JSON requests are safe; anything else must carry Django's CSRF token."""
    if request.method in SAFE_METHODS:
        return True
    if request.content_type == "application/json":
        return True
    check = CsrfViewMiddleware(lambda r: HttpResponse())
    return check.process_view(request, lambda r: HttpResponse(), (), {}) is None


def seeker(request: HttpRequest) -> Any:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or not _csrf_ok(request):
        return None
    return user


api = NinjaAPI(
    title="Onward API",
    version="1",
    description="Applications, contacts, rejections, mail proposals, the playbook and the profile.",
    auth=seeker,
    urls_namespace="api",
)


@api.exception_handler(NotFound)
def _not_found(request: HttpRequest, exc: NotFound) -> HttpResponse:
    return api.create_response(request, {"detail": str(exc)}, status=404)


@api.exception_handler(InvalidInput)
def _invalid(request: HttpRequest, exc: InvalidInput) -> HttpResponse:
    errors = [{"loc": ["body", field], "msg": msg} for field, msg in exc.errors.items()]
    return api.create_response(request, {"detail": errors}, status=422)


@api.exception_handler(NotAllowed)
def _not_allowed(request: HttpRequest, exc: NotAllowed) -> HttpResponse:
    return api.create_response(request, {"detail": str(exc)}, status=409)


@api.exception_handler(NinjaValidationError)
def _schema_invalid(request: HttpRequest, exc: NinjaValidationError) -> HttpResponse:
    errors = [{"loc": list(e.get("loc", [])), "msg": e.get("msg", "invalid")} for e in exc.errors]
    return api.create_response(request, {"detail": errors}, status=422)


def _add_routers() -> None:
    from onward.mail.api import router as mail_router
    from onward.playbook.api import router as playbook_router
    from onward.profile.api import router as profile_router
    from onward.tracker.api import router as tracker_router

    api.add_router("/", tracker_router)
    api.add_router("/mail", mail_router)
    api.add_router("/playbook", playbook_router)
    api.add_router("/profile", profile_router)


_add_routers()
