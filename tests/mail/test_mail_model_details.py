"""The details models: a second reading of a rejection's reasons and stage, beside the rules."""

from __future__ import annotations

import pytest

from onward.mail import model_details
from onward.mail.model_details import (
    TAKE_STAGE,
    DetailsModel,
    details_from_json,
    learned_reasons,
    learned_stage,
    read,
)
from onward.mail.understand import MailText, understand
from onward.mail.understand_details import REASON_CODES, STAGES


def _tiny(reason_weights: dict[str, dict[str, float]] | None = None,
          stage_weights: dict[str, dict[str, float]] | None = None,
          reason_intercept: float = -6.0) -> DetailsModel:
    """Real models with a few strong words: a reason or stage is likely only where its word is.

    ``reason_weights``: word -> {code: weight}; ``stage_weights``: word -> {stage: weight}."""
    codes = list(REASON_CODES)
    reasons = {word: [[codes.index(c), w] for c, w in by_code.items()]
               for word, by_code in (reason_weights or {}).items()}
    stages = {word: [[STAGES.index(s), w] for s, w in by_stage.items()]
              for word, by_stage in (stage_weights or {}).items()}
    return details_from_json({
        "reasons": {"codes": codes, "intercept": [reason_intercept] * len(codes),
                    "weights": reasons},
        "stage": {"classes": list(STAGES), "intercept": [0.0] * len(STAGES), "weights": stages,
                  "meta": {}},
    })


def test_a_reason_the_model_is_sure_of_is_added_and_named_in_the_evidence() -> None:
    tiny = _tiny({"zorblat": {"compensation": 12.0}})
    reasons, evidence = learned_reasons(read("we cannot go to zorblat", tiny),
                                        ("no_reason_given",), "after_interview")
    assert reasons == ("compensation",)
    assert evidence == ('reason compensation: model 1.00: "zorblat"',)


def test_the_model_adds_nothing_it_is_unsure_of_and_keeps_the_rules_reasons() -> None:
    # compensation 0.38, experience_gap 0.12: neither added, neither ruled out
    tiny = _tiny({"zorblat": {"compensation": 5.5, "experience_gap": 4.0}})
    reasons, evidence = learned_reasons(read("zorblat", tiny), ("experience_gap",),
                                        "after_application")
    assert reasons == ("experience_gap",)
    assert evidence == ()


def test_the_model_never_drops_a_reason_the_rules_read() -> None:
    # the model all but rules it out (p = 0.0025), yet the letter's phrase is the evidence
    kept, evidence = learned_reasons(read("you are overqualified", _tiny(reason_intercept=-6.0)),
                                     ("overqualified",), "after_application")
    assert kept == ("overqualified",)
    assert evidence == ()


def test_added_reasons_follow_the_same_conventions_as_the_rules() -> None:
    # the post filled by an internal candidate is one fact; remarks on an interview need one
    tiny = _tiny({"zorblat": {"position_filled": 12.0, "interview_performance": 12.0},
                  "inside": {"internal_candidate": 12.0}})
    reasons, evidence = learned_reasons(read("zorblat inside", tiny), ("internal_candidate",),
                                        "after_application")
    assert reasons == ("internal_candidate",)
    assert evidence == ()
    reasons, evidence = learned_reasons(read("zorblat", tiny), (), "after_interview")
    assert set(reasons) == {"position_filled", "interview_performance"}
    assert len(evidence) == 2


def test_the_stage_changes_only_when_the_model_is_sure() -> None:
    sure = _tiny(stage_weights={"zorblat": {"after_final_round": 9.0}})
    stage, evidence = learned_stage(read("after the zorblat", sure), "after_interview")
    assert stage == "after_final_round"
    assert evidence == ('stage after_final_round: model 1.00: "zorblat"',)
    unsure = _tiny(stage_weights={"zorblat": {"after_final_round": 1.0}})
    assert learned_stage(read("zorblat", unsure), "after_interview") == ("after_interview", ())
    assert TAKE_STAGE > 0.5


def test_a_stage_read_from_a_cue_is_never_taken_back_to_the_application() -> None:
    # the model leans to the commonest stage on text it cannot read (another language)
    leaning = _tiny(stage_weights={"zorblat": {"after_application": 9.0}})
    assert learned_stage(read("nach dem zorblat", leaning), "after_interview") == (
        "after_interview", ())
    # where the rules had no cue (their default), the model's reading is taken
    assert learned_stage(read("nach dem zorblat", leaning), "after_screen")[0] == "after_screen"
    later = _tiny(stage_weights={"zorblat": {"after_interview": 9.0}})
    assert learned_stage(read("nach dem zorblat", later), "after_application")[0] == (
        "after_interview")


def test_the_evidence_of_a_rejection_shows_what_the_models_changed(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(model_details, "shipped",
                        lambda: _tiny({"zorblat": {"compensation": 12.0}}))
    found = understand(MailText(
        subject="Your application", sender_name="Maya Chen", sender_address="maya@studio.example",
        body="Hi Sam, thank you for your application for the designer role. Unfortunately we "
             "will not be moving forward, as zorblat.\n\nBest, Maya"))
    assert found.category == "rejection"
    assert "compensation" in found.reasons
    assert 'reason compensation: model 1.00: "zorblat"' in found.evidence


def test_without_the_models_the_rules_decide(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(model_details, "shipped", lambda: None)
    reading = read("anything")
    assert reading is None
    assert learned_reasons(reading, ("compensation",), "after_screen") == (("compensation",), ())
    assert learned_stage(reading, "after_screen") == ("after_screen", ())


# ---------------------------------------------------------------- the shipped models


def test_shipped_details_models_cover_every_reason_and_stage_and_never_a_measurement_set(
        ) -> None:
    import json
    from importlib import resources

    trained = model_details.shipped()
    assert trained is not None
    assert trained.codes == REASON_CODES
    assert set(trained.stages) <= set(STAGES)
    meta = json.loads(resources.files("onward.mail").joinpath(
        model_details.DETAILS_FILE).read_text("utf-8"))["meta"]
    assert {"dev", "dev2", "dev3"} <= set(meta["trained_on"])
    assert not any(name.startswith(("fresh", "holdout", "lookalikes"))
                   for name in meta["trained_on"])


def _rejection(body: str) -> MailText:
    return MailText(subject="Your application", sender_name="Dan Hughes",
                    sender_address="dan@depot.example", body=body)


def test_a_form_letter_that_gives_no_reason_is_not_given_one() -> None:
    found = understand(_rejection(
        "Dear Sam,\n\nThank you for your interest in the Data Analyst position. After careful "
        "consideration we have decided not to move forward with your application.\n\n"
        "Kind regards,\nTalent Acquisition"))
    assert found.category == "rejection"
    assert found.reasons == ("no_reason_given",)
    assert not [line for line in found.evidence if line.startswith(("reason ", "stage "))]


def test_a_reason_told_in_words_no_rule_has_is_read_by_the_model() -> None:
    found = understand(_rejection(
        "Hi Sam, thanks for applying to the Warehouse Operative role. We can only consider "
        "people who live within a 30-minute drive of the Doncaster site, as shifts start at "
        "5am, so we cannot take your application forward. Thanks, Dan"))
    assert found.category == "rejection"
    assert found.reasons == ("location_or_authorization",)
    assert any(line.startswith("reason location_or_authorization: model ")
               for line in found.evidence)
