from __future__ import annotations

from django.urls import include, path

from onward.api import api

urlpatterns = [
    path("accounts/", include("django.contrib.auth.urls")),
    path("api/v1/", api.urls),
    path("mail/", include("onward.mail.urls", namespace="mail")),
    path("profile/", include("onward.profile.urls", namespace="profile")),
    path("", include("onward.playbook.urls", namespace="playbook")),
    path("", include("onward.tracker.urls", namespace="tracker")),
]
