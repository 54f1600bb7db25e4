from __future__ import annotations

from collections.abc import Callable

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from onward.errors import NotAllowed, NotFound


class DomainErrorMiddleware:
    """Onward's own errors that escape a view become a 404 or a plain-worded 409 page."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exc: Exception) -> HttpResponse | None:
        if isinstance(exc, NotFound):
            raise Http404(str(exc))
        if isinstance(exc, NotAllowed):
            return render(request, "web/problem.html", {"message": str(exc)}, status=409)
        return None
