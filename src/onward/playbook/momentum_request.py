"""The seeker behind a web request, typed for the services (the middleware or login sets it)."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest

from onward.accounts.models import User


def seeker(request: HttpRequest) -> User:
    user = request.user
    if not isinstance(user, User) or not user.is_authenticated:
        raise PermissionDenied("sign in to see your follow-ups and plan")
    return user
