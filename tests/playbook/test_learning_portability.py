"""Export → import → export of steps 1–3's rows gives the same document."""

from __future__ import annotations

import datetime as dt

import pytest

from onward import portability
from onward.accounts.models import User
from onward.playbook import debrief_service, learn_portability, learn_service
from onward.tracker import services as tracker

pytestmark = pytest.mark.django_db


def test_learning_round_trip(owner) -> None:
    learn_portability.register()
    app = tracker.add_application(owner=owner, company="Acme", role_title="Analyst", applied_on=dt.date(2026, 10, 1))
    tracker.move(owner=owner, application_id=app.pk, to_stage="final_round")
    tracker.reject(owner=owner, application_id=app.pk, reasons=["other_candidate_stronger"], feedback_text="Clear answers; less depth on SQL.")
    state = debrief_service.save_debrief(owner=owner, application_id=app.pk, feeling=2, do_differently="Practise SQL")
    debrief_service.add_writing(owner=owner, kind="self_compassion", text="to a friend", debrief_id=state.debrief.pk, intention="SQL")
    learn_service.add_self_review(owner=owner, application_id=app.pk, ratings={"communication": "solid"}, on=dt.date(2026, 11, 2))
    learn_service.add_feedback(owner=owner, text="Mock: good STAR stories.", source="mock", received_on=dt.date(2026, 11, 3))

    first = portability.export_all(owner=owner)
    assert len(first["learning"]["debriefs"]) == 1 and first["learning"]["debriefs"][0]["rejection"] == ["a1", 0]
    fresh = User.objects.create(username="fresh")
    summary = portability.import_document(owner=fresh, document=first)
    assert summary["learning"] == 5
    second = portability.export_all(owner=fresh)
    assert second["learning"] == first["learning"]
    assert learn_service.ranked_focus_codes(owner=fresh, today=dt.date(2026, 11, 30)) == learn_service.ranked_focus_codes(
        owner=owner, today=dt.date(2026, 11, 30)
    )
