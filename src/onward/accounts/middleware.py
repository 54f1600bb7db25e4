from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from onward.accounts.local import local_user
from onward.config import get_settings

LOOPBACK = {"127.0.0.1", "::1", "localhost"}


class LocalUserMiddleware:
    """In local mode, requests from this machine act as the one local seeker (no login)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.local = get_settings().local_mode

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if self.local and request.META.get("REMOTE_ADDR", "127.0.0.1") in LOOPBACK:
            request.user = local_user()
        return self.get_response(request)
