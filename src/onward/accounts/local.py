"""Local mode: one seeker on their own laptop, no login.

The web app, CLI and API all act as this one user when ``ONWARD_LOCAL_MODE`` is on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from onward.accounts.models import User

LOCAL_USERNAME = "me"


def local_user() -> User:
    from onward.accounts.models import User

    user, _ = User.objects.get_or_create(
        username=LOCAL_USERNAME, defaults={"first_name": "", "is_active": True}
    )
    return user
