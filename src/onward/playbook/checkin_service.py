"""Check-ins (optional, 1–5 mood and energy) and the pacing they inform."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from onward.accounts.models import User
from onward.errors import InvalidInput
from onward.playbook import checkin
from onward.playbook.models_momentum import CheckIn
from onward.tracker.models import Rejection


@transaction.atomic
def record_checkin(*, owner: User, mood: int, energy: int, note: str = "", on: dt.date | None = None) -> CheckIn:
    """One check-in a day; checking in again the same day updates it."""
    errors = {name: "choose 1 to 5" for name, value in (("mood", mood), ("energy", energy)) if value not in checkin.SCALE}
    if errors:
        raise InvalidInput(errors)
    row, _ = CheckIn.objects.update_or_create(
        owner=owner, on=on or timezone.localdate(), defaults={"mood": mood, "energy": energy, "note": note.strip()}
    )
    return row


def recent_checkins(*, owner: User, today: dt.date, days: int = 28) -> list[CheckIn]:
    return list(CheckIn.objects.filter(owner=owner, on__gte=today - dt.timedelta(days=days), on__lte=today))


def pacing_for(*, owner: User, today: dt.date | None = None) -> checkin.Pacing:
    today = today or timezone.localdate()
    window = checkin.PacingRules().window_days
    entries = [checkin.CheckInEntry(c.on, c.mood, c.energy) for c in recent_checkins(owner=owner, today=today, days=window)]
    rejected_on = list(
        Rejection.objects.filter(
            application__owner=owner, reversed_at__isnull=True, received_on__gte=today - dt.timedelta(days=window)
        ).values_list("received_on", flat=True)
    )
    return checkin.pacing(entries, rejected_on, today=today)


def needs_checkin(*, owner: User, today: dt.date | None = None) -> bool:
    return not CheckIn.objects.filter(owner=owner, on=today or timezone.localdate()).exists()
