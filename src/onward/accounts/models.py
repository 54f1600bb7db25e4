from __future__ import annotations

from django.contrib.auth.models import AbstractUser


class User(AbstractUser):
    """A seeker (or, when hosted, a coach). Every personal row elsewhere points to one."""

    class Meta:
        db_table = "onward_user"
