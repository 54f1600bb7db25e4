"""The whole demo: a ten-week search (tracker) plus the weeks of plans, wins and check-ins
that a seeker using the playbook would have by now. Doors call this one function."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from onward.accounts.models import User


@transaction.atomic
def load_demo(*, owner: User, force: bool = False, today: dt.date | None = None) -> int:
    from onward.playbook.momentum_demo import load_momentum_demo
    from onward.tracker.demo import load_demo as load_search

    today = today or timezone.localdate()
    n = load_search(owner=owner, force=force, today=today)
    load_momentum_demo(owner=owner, today=today)
    return n
