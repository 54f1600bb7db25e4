"""The word model beside the rules: what it may change, how it explains itself, how it is built."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from onward.mail import model, train
from onward.mail import understand_combine as C
from onward.mail.model import Opinion, features
from onward.mail.understand import CATEGORIES, MailText, understand
from onward.mail.understand_combine import MODEL_CEILING, Grounds, combine

ROOT = Path(__file__).resolve().parents[2]


def _opinion(category: str, probability: float, rejection: float | None = None,
             known: int = 100) -> Opinion:
    rest = (1 - probability) / (len(CATEGORIES) - 1)
    probabilities = {c: (probability if c == category else rest) for c in CATEGORIES}
    if rejection is not None and category != "rejection":
        probabilities["rejection"] = rejection
    return Opinion(category, probability, probabilities, known=known)


def test_features_are_words_and_word_pairs() -> None:
    assert features("we've found our person") == {
        "we've", "found", "our", "person", "we've found", "found our", "our person"}


def test_shipped_model_covers_every_category_and_says_what_it_was_trained_on() -> None:
    trained = model.shipped()
    assert trained is not None
    assert set(trained.classes) == {*CATEGORIES, model.NOT_ABOUT_A_JOB}
    assert set(trained.meta["trained_on"]) >= {"dev", "dev2", "dev3"}
    assert not {"holdout", "fresh"} & set(trained.meta["trained_on"])


def test_opinion_probabilities_sum_to_one_and_name_the_words_that_weighed() -> None:
    trained = model.shipped()
    assert trained is not None
    opinion = trained.opinion(
        "your application\n\nunfortunately we will not be progressing your application "
        "for the data analyst role. we wish you every success.")
    assert opinion.category == "rejection"
    assert sum(opinion.probabilities.values()) == pytest.approx(1.0)
    assert opinion.words() and all(w in opinion.describe() for w in opinion.words())


E = 0.01


@pytest.mark.parametrize(("rules", "confidence", "opinion", "expected"), [
    # a silence filled
    ("other", 0.8, _opinion("scheduling", C.FILL), "scheduling"),
    ("other", 0.8, _opinion("scheduling", C.FILL - E), "other"),
    ("other", 0.8, _opinion("rejection", C.FILL_REJECTION), "rejection"),
    ("other", 0.8, _opinion("rejection", C.FILL_REJECTION - E), "other"),  # needs more
    # a rejection vetoed only when the model gives it almost no chance
    ("rejection", 0.99, _opinion("scheduling", 0.9, rejection=C.VETO_BELOW - E), "scheduling"),
    ("rejection", 0.99, _opinion("scheduling", C.VETO_SURE - E, rejection=0.02), "rejection"),
    ("rejection", 0.99, _opinion("scheduling", 0.7, rejection=C.VETO_BELOW + E), "rejection"),
    ("rejection", 0.99, _opinion("other", 0.9, rejection=0.02), "rejection"),  # no evidence
    # weak calls overruled, confident ones kept
    ("scheduling", C.OVERRULE_BELOW - E, _opinion("rejection", C.OVERRULE_REJECTION), "rejection"),
    ("scheduling", C.OVERRULE_BELOW, _opinion("rejection", 0.99), "scheduling"),
    ("scheduling", 0.78, _opinion("rejection", C.OVERRULE_REJECTION - E), "scheduling"),
    ("interview_invite", C.SWAP_BELOW - E, _opinion("scheduling", C.SWAP), "scheduling"),
    ("interview_invite", C.SWAP_BELOW, _opinion("scheduling", 0.9), "interview_invite"),
    ("offer", 0.8, _opinion("other", 0.9), "offer"),  # "other" is no evidence against
    # an offer the rules read is never turned into a rejection by words alone (a declined
    # offer acknowledged reads "not", "offer", "thanks" too)
    ("offer", 0.5, _opinion("rejection", 0.99), "offer"),
])
def test_what_the_model_may_change(rules: str, confidence: float, opinion: Opinion,
                                   expected: str) -> None:
    combined = combine(rules, confidence, opinion)
    assert combined.category == expected
    assert combined.by_model == (expected != rules)
    if combined.by_model:
        assert combined.confidence <= MODEL_CEILING
        assert opinion.describe() in combined.why


@pytest.mark.parametrize(("grounds", "probability"), [
    (Grounds(closing_silenced=True), 0.99),  # "if you are not selected…", a quoted rejection
    (Grounds(nonjob=True), 0.99),  # a journal, a landlord, a pitch
    (Grounds(about_a_job=False), C.NO_JOB_WORDS - E),  # nothing about a job at all
    (Grounds(closing_cue=False), C.NO_CLOSING_CUE - E),  # not even "unfortunately"
])
def test_the_model_never_calls_a_rejection_the_rules_set_aside(grounds: Grounds,
                                                               probability: float) -> None:
    opinion = _opinion("rejection", probability)
    assert combine("other", 0.8, opinion, grounds).category == "other"
    assert combine("scheduling", 0.7, opinion, grounds).category == "scheduling"


def test_without_job_words_or_cues_the_model_must_be_surer() -> None:
    sure = _opinion("rejection", max(C.NO_JOB_WORDS, C.NO_CLOSING_CUE))
    assert combine("other", 0.8, sure, Grounds(about_a_job=False, closing_cue=False)
                   ).category == "rejection"


def test_an_informed_other_stands() -> None:
    # a reversal, a withdrawal acknowledged: the rules said "other" for a reason
    combined = combine("other", 0.85, _opinion("rejection", 0.99), Grounds(informed_other=True))
    assert combined.category == "other"


def test_without_an_opinion_the_rules_decide() -> None:
    assert combine("rejection", 0.9, None).category == "rejection"


def _tiny_model(word: str, category: str) -> model.Model:
    """A real model with one strong word, so the test does not depend on today's rule gaps."""
    index = list(CATEGORIES).index(category)
    return model.model_from_json({
        "classes": list(CATEGORIES), "intercept": [0.0] * len(CATEGORIES),
        "weights": {word: [[index, 9.0]]}, "meta": {}})


def test_a_model_call_shows_in_the_evidence_with_review_level_confidence(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(model, "shipped", lambda: _tiny_model("zorblat", "rejection"))
    body = ("Hi Sam, about your application for the junior designer role: zorblat. "
            "All the best, Maya")
    found = understand(MailText(subject="Junior designer", sender_name="Maya Chen",
                                sender_address="maya@studio.example", body=body))
    assert found.category == "rejection"
    assert found.decided_by == "model"
    assert found.confidence <= MODEL_CEILING
    assert found.evidence[0].startswith('model rejection 1.00: "zorblat"')
    assert found.stage is not None and found.reasons  # rejection details are read too


def test_the_model_does_not_speak_about_mail_with_no_job_words(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(model, "shipped", lambda: _tiny_model("zorblat", "rejection"))
    found = understand(MailText(subject="Saturday", sender_name="Alex",
                                sender_address="alex@home.example", body="zorblat, see you at 7"))
    assert found.category == "other"
    assert found.decided_by == "rules"


def test_corrections_outrank_the_model() -> None:
    from onward.mail.understand_corrections import Correction

    body = ("Hi Sam, after talking it over we're going to keep looking for someone with more "
            "agency experience for the junior designer role.")
    mail = MailText(subject="Junior designer", sender_name="Maya Chen",
                    sender_address="maya@studio.example", body=body)
    correction = Correction(category="on_hold", sender_address="maya@studio.example",
                            subject="Junior designer", body=body)
    found = understand(mail, corrections=[correction])
    assert found.category == "on_hold"
    assert found.decided_by == "correction"


def test_retraining_reproduces_the_shipped_model() -> None:
    assert train.main(["--check", "--corpora", str(ROOT / "corpus" / "mail")]) == 0


def test_explanations_name_telling_words_not_plain_ones() -> None:
    index = list(CATEGORIES).index("rejection")
    tiny = model.model_from_json({
        "classes": list(CATEGORIES), "intercept": [0.0] * len(CATEGORIES),
        "weights": {"the": [[index, 5.0]], "zorblat": [[index, 2.0]],
                    "thank you": [[index, 1.0]]}, "meta": {}})
    opinion = tiny.opinion("thank you, the zorblat")
    assert opinion.category == "rejection"
    assert opinion.words() == ("zorblat",)


def test_a_short_message_needs_a_surer_model() -> None:
    short = C.SHORT_TEXT - 1
    # a rejection with no closing cue, or over another reading
    sure = _opinion("rejection", C.SHORT_NO_CLOSING_CUE - E, known=short)
    assert combine("other", 0.8, sure, Grounds(closing_cue=False)).category == "other"
    assert combine("on_hold", 0.88, sure).category == "on_hold"
    surer = _opinion("rejection", C.SHORT_NO_CLOSING_CUE, known=short)
    assert combine("on_hold", 0.88, surer).category == "rejection"
    # another category over a rules reading
    assert combine("interview_invite", 0.76, _opinion("advancing", C.SHORT_SWAP - E, known=short)
                   ).category == "interview_invite"
    # a rejection where the rules found nothing decisive, even with "unfortunately" in it (a
    # note that feedback cannot be shared)
    assert combine("other", 0.8, _opinion("rejection", C.SHORT_FILL_REJECTION - E, known=short)
                   ).category == "other"
    assert combine("other", 0.8, _opinion("rejection", C.SHORT_FILL_REJECTION, known=short)
                   ).category == "rejection"


def test_the_models_probabilities_are_the_same_in_every_run() -> None:
    # the words of a text are a set, whose order follows the interpreter's hash seed; the same
    # mail must get the same probabilities (and so the same confidence) in every run
    code = (
        "from onward.mail import model\n"
        "text = 'thank you for applying to the data analyst role. unfortunately we have decided "
        "to move forward with other candidates whose experience more closely matches.'\n"
        "print(repr(sorted(model.shipped().opinion(text).probabilities.items())))\n"
    )
    runs = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout
        for seed in (1, 2, 3, 4)
    }
    assert len(runs) == 1
