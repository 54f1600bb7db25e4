"""Export → import into an empty account → export gives the same momentum section."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

pytestmark = pytest.mark.django_db


def export(owner: Any) -> dict[str, Any]:
    from onward.playbook.momentum_portability import export_momentum
    from onward.tracker.portability import export_tracker

    refs: dict[str, dict[str, int]] = {}
    return {"tracker": export_tracker(owner, refs), "momentum": export_momentum(owner, refs)}


def test_round_trip(owner: Any, other_owner: Any) -> None:
    from onward.playbook import bank_service, checkin_service, followup_service
    from onward.playbook.momentum_portability import import_momentum
    from onward.playbook.today_service import today_for
    from onward.tracker.demo import load_demo
    from onward.tracker.portability import import_tracker

    today = dt.date(2026, 11, 30)
    load_demo(owner=owner, today=today)
    page = today_for(owner=owner, today=today)
    followup_service.mark_done(owner=owner, follow_up_id=page.due[0].item.pk, today=today)
    win = bank_service.add_win(owner=owner, text="Final round at Northwind", kind="stage_reached", on=today)
    bank_service.save_story(owner=owner, title="Handling setbacks", focus_areas=["adaptability"], from_win_id=win.pk)
    checkin_service.record_checkin(owner=owner, mood=3, energy=4, on=today)

    first = export(owner)
    assert first["momentum"]["follow_ups"] and first["momentum"]["weekly_plans"]
    refs: dict[str, dict[str, int]] = {}
    import_tracker(other_owner, first["tracker"], refs)
    assert import_momentum(other_owner, first["momentum"], refs) > 0
    second = export(other_owner)
    assert second["momentum"] == first["momentum"]
