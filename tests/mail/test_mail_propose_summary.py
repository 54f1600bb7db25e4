"""A proposal's summary reads like a sentence to the seeker; the payload keeps the codes."""

from __future__ import annotations

from onward.mail.matching import Match
from onward.mail.propose import AppState, plan


def test_rejection_summary_names_reasons_in_words_and_keeps_codes() -> None:
    facts = {"category": "rejection", "confidence": 0.97, "evidence": ["rule x"],
             "stage": "after_interview", "reasons": ["other_candidate_stronger", "experience_gap"],
             "invites_reapply": True, "feedback": [], "company": "Acme", "role": "Data Analyst"}
    app = AppState(id=1, company="Acme", role="Data Analyst", stage="interviewing", ending="")
    draft = plan(facts=facts, match=Match(1, 0.9, ("same company and role",)), app=app)
    assert draft is not None
    assert "reasons: another candidate chosen, experience gap" in draft.summary
    assert "invites re-apply" in draft.summary
    assert draft.payload["reasons"] == ["other_candidate_stronger", "experience_gap"]


def test_an_assessment_service_is_not_the_employer() -> None:
    from onward.mail.matching import company_from_sender

    assert company_from_sender("no-reply@codility.com", "Codility") is None
    assert company_from_sender("notifications@calendly.com", "Calendly") is None
    assert company_from_sender("jo@acme.example", "Jo Park") == "acme"
