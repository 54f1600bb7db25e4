"""The employer conduct ledger: reply times, silence, feedback, stage reached."""

from __future__ import annotations

from datetime import date

from onward.playbook.conduct import ConductFacts, ledger

TODAY = date(2026, 11, 30)


def test_ledger_per_company() -> None:
    rows = [
        ConductFacts("Acme", date(2026, 10, 1), date(2026, 10, 5), "rejected", "interviewing", True, True),
        ConductFacts("Acme", date(2026, 10, 10), date(2026, 10, 20), None, "screening", last_heard_on=date(2026, 11, 25)),
        ConductFacts("Globex", date(2026, 9, 1), None, None, "applied"),  # silent for months
        ConductFacts("Initech", date(2026, 10, 1), date(2026, 10, 3), "ghosted", "final_round"),
        ConductFacts("Umbrella", date(2026, 11, 20), None, None, "applied"),  # too soon to call it
    ]
    lines = {c.company: c for c in ledger(rows, TODAY)}
    acme = lines["Acme"]
    assert acme.applications == 2 and acme.replied == 2
    assert acme.median_days_to_reply == 7.0
    assert acme.feedback_given == 1 and acme.rejections == 1
    assert acme.furthest_stage == "interviewing"
    assert acme.treated_well
    assert lines["Globex"].ghosted == 1 and not lines["Globex"].treated_well
    assert lines["Initech"].ghosted_late == 1
    assert "after an interview" in lines["Initech"].summary
    assert lines["Umbrella"].ghosted == 0
    assert ledger(rows, TODAY)[0].company == "Acme"  # the well-behaved first


def test_rejection_without_feedback_is_noted() -> None:
    [line] = ledger([ConductFacts("Hooli", date(2026, 10, 1), date(2026, 10, 2), "rejected", "applied", True)], TODAY)
    assert line.summary == "replied in 1 day, gave no feedback"
    assert not line.treated_well
