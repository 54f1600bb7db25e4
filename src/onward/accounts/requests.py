from __future__ import annotations

from django.http import HttpRequest

from onward.accounts.models import User


class SeekerRequest(HttpRequest):
    """A request that belongs to a seeker (local mode's middleware or a login guarantees it)."""

    user: User


class ApiRequest(HttpRequest):
    """An API request; django-ninja puts the authenticated seeker in ``auth``."""

    auth: User
