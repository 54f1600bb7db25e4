"""``onward worker``: periodic work without a broker (healthchecks' ``sendalerts`` pattern).

Each pass brings every seeker's follow-up queue in line with the clocks (ghosting silent
applications, reopening answered ones, due keep-in-touch reminders). Passes repeat every
``interval`` seconds until SIGTERM/SIGINT, which finishes the current seeker and stops.
Each seeker is handled in its own transaction, so two workers never half-apply a pass.
"""

from __future__ import annotations

import signal
import time
from dataclasses import dataclass, field
from types import FrameType


@dataclass
class PassSummary:
    seekers: int = 0
    ghosted: int = 0
    reopened: int = 0
    errors: list[str] = field(default_factory=list)


class _Stop:
    requested = False

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        self.requested = True


def run_pass(stop: _Stop | None = None) -> PassSummary:
    from django.db import transaction

    from onward.accounts.models import User
    from onward.playbook.followup_service import refresh_queue

    summary = PassSummary()
    for owner in User.objects.filter(is_active=True, applications__isnull=False).distinct().order_by("pk"):
        if stop is not None and stop.requested:
            break
        try:
            with transaction.atomic():
                result = refresh_queue(owner=owner)
        except Exception as exc:  # one seeker's bad row must not stop the others
            summary.errors.append(f"{owner.username}: {exc}")
            continue
        summary.seekers += 1
        summary.ghosted += len(getattr(result, "ghosted", ()) or ())
        summary.reopened += len(getattr(result, "reopened", ()) or ())
    return summary


def run_forever(*, interval: float, once: bool, report: object = print) -> None:
    stop = _Stop()
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    while not stop.requested:
        started = time.monotonic()
        s = run_pass(stop)
        report(f"worker pass: {s.seekers} seekers, {s.ghosted} marked quiet, {s.reopened} reopened, {len(s.errors)} errors")  # type: ignore[operator]
        for err in s.errors:
            report(f"  error: {err}")  # type: ignore[operator]
        if once:
            return
        while not stop.requested and time.monotonic() - started < interval:
            time.sleep(0.5)
