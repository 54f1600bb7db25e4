"""Reasons a rejection states, as a seeker would read them: named when the mail names them, and
never read into praise, a cohort moving on or remarks on a test."""

from __future__ import annotations

import pytest

from onward.mail.understand import MailText, understand


def _rejection(body: str, subject: str = "Your application") -> tuple[str, ...]:
    found = understand(MailText(subject=subject, sender_name="Hiring Team",
                                sender_address="jobs@example.org", body=body))
    assert found.category == "rejection"
    return found.reasons


# ---------------------------------------------------------------- someone else was chosen


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for interviewing for the Data Steward post. The vacancy has been offered to the "
        "candidate placed first on the panel, so we are not able to offer you a post at present.",
        "Hi Lena, thanks for the two conversations. We ended up going with a freelancer we have "
        "worked with before, so we're sorted for this one. Good luck!",
        "Thanks for coming in on Friday. We've decided to go ahead with a candidate who speaks "
        "fluent Greek, as the role covers our Athens office. We won't take your application further.",
        "Thank you for attending the assessment day. You have been placed on the merit list; the "
        "current vacancies have been filled from candidates ranked higher on the list.",
        # the post named at length before who got it, and someone held out for
        "I have the client's decision: they have offered the VP Operations, APAC role to the other "
        "finalist, who accepted yesterday.",
        "I've talked things over with our administrator, and we've decided to hold out for someone "
        "with their gerontology certification. I didn't want to leave you waiting.",
    ],
)
def test_a_named_choice_of_someone_else_is_a_stronger_candidate(body: str) -> None:
    assert "other_candidate_stronger" in _rejection(body)


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for applying. We have decided to move forward with other candidates at this "
        "time and wish you every success.",
        "Thank you for your phone interview. The committee has now selected the candidates it will "
        "invite for campus visits, and we will not be extending an invitation to you.",
    ],
)
def test_a_cohort_moving_on_names_no_one(body: str) -> None:
    assert _rejection(body) == ("no_reason_given",)


def test_someone_covering_the_role_is_an_internal_candidate() -> None:
    body = ("Hi Tom, about the stores supervisor job: we've decided to give it to Priya, who has "
            "been covering the role since June. I'm sorry it isn't better news.")
    assert _rejection(body) == ("internal_candidate",)


def test_we_found_someone_is_the_post_filled() -> None:
    body = "Hey, thanks for popping in about the kitchen porter job. All sorted now, we found someone."
    reasons = _rejection(body, subject="Kitchen porter")
    assert "other_candidate_stronger" not in reasons


# ---------------------------------------------------------------- the interview as a reason


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for your interview with the panel. The panel found you appointable; however, "
        "the post has been offered to another candidate.",
        "Thank you for your presentation and interview last week; your presentation was the "
        "strongest we saw. We have decided to offer the post to a candidate with more hospice "
        "experience.",
        "Thank you for interviewing with us. The panel felt the role needs someone who has "
        "already run a night shift, so we will not be offering you the position.",
        "Thanks for the interview. They felt you were a bit too senior for the position and "
        "unfortunately they've decided not to progress.",
    ],
)
def test_praise_and_other_reasons_are_not_interview_performance(body: str) -> None:
    assert "interview_performance" not in _rejection(body)


def test_remarks_on_a_take_home_are_not_interview_performance() -> None:
    body = ("Thank you for submitting the take-home exercise. The reviewers noted that the API "
            "didn't validate inputs on the booking endpoints, so we won't be moving you forward.")
    assert "interview_performance" not in _rejection(body)


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for interviewing with us on Tuesday. In the system design round the panel felt "
        "the design stayed quite general and didn't get to failure handling, so we won't be "
        "moving forward.",
        "Thank you for your interview. The board noted that responses were lengthy and did not "
        "directly address the scenario questions. We are unable to offer you the position.",
    ],
)
def test_where_an_interview_fell_short_is_interview_performance(body: str) -> None:
    assert "interview_performance" in _rejection(body)


# ---------------------------------------------------------------- experience the post needed


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for interviewing. We have offered the role to another candidate, whose "
        "background in clinical trial logistics was closer to what the unit needs.",
        "Thanks for the two conversations. We've decided to go with a candidate who already holds "
        "a CSCS card, as the site opens next week.",
        "Thank you for applying. Your application did not demonstrate the specialized experience "
        "required for this grade, so you have been found ineligible.",
        "After the panel we appointed a candidate with several years of paediatric ward "
        "experience, which this post depends on.",
    ],
)
def test_the_experience_the_one_chosen_had_is_an_experience_gap(body: str) -> None:
    assert "experience_gap" in _rejection(body)


def test_the_candidates_own_years_are_not_a_gap_when_they_are_too_many() -> None:
    body = ("Thank you for applying. To be honest, with your nine years in hotel management you "
            "are overqualified for this junior receptionist post, so we will not take it further.")
    reasons = _rejection(body)
    assert "overqualified" in reasons
    assert "experience_gap" not in reasons


# ---------------------------------------------------------------- the stage reached


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for the time you spent with our team on Tuesday. We have decided to move "
        "forward with other candidates.",
        "Thanks so much for the two long conversations last week. We're going to keep looking.",
        "Thank you for teaching the Year 4 class on Monday. We have decided to offer the post to "
        "another candidate.",
        "Thanks for your time with Maria and me on Thursday. We talked afterwards and won't be "
        "taking things further.",
    ],
)
def test_time_spent_with_the_people_who_decide_is_an_interview(body: str) -> None:
    found = understand(MailText(subject="Your application", sender_name="Hiring Team",
                                sender_address="jobs@example.org", body=body))
    assert found.category == "rejection"
    assert found.stage == "after_interview"


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for the nice talk on the phone last week. We have decided not to proceed with "
        "your application.",
        "We didn't want to put you through three rounds knowing we can't meet your salary, so we "
        "are closing your application.",
    ],
)
def test_a_phone_talk_or_rounds_not_held_are_not_an_interview(body: str) -> None:
    found = understand(MailText(subject="Your application", sender_name="Hiring Team",
                                sender_address="jobs@example.org", body=body))
    assert found.category == "rejection"
    assert found.stage != "after_interview"


def _stage(body: str, subject: str = "Your application") -> str:
    found = understand(MailText(subject=subject, sender_name="Hiring Team",
                                sender_address="jobs@example.org", body=body))
    assert found.category == "rejection"
    return found.stage


@pytest.mark.parametrize(
    ("body", "stage"),
    [
        # Spanish, German, French, Italian, Dutch and Polish letters name the stage in their words
        ("Hola Marta, gracias por la entrevista del jueves con el equipo de operaciones. Hemos "
         "decidido continuar el proceso con otra candidata.", "after_interview"),
        ("Gracias por la llamada del martes. Lamentablemente hemos decidido no seguir adelante "
         "con su candidatura.", "after_screen"),
        ("Vielen Dank für das Vorstellungsgespräch am Montag. Leider müssen wir Ihnen mitteilen, "
         "dass wir uns für eine andere Bewerberin entschieden haben.", "after_interview"),
        ("Vielen Dank für das freundliche Telefonat letzte Woche. Leider haben wir uns für "
         "andere Bewerber entschieden.", "after_screen"),
        ("Merci d'être venue pour l'entretien final avec notre directrice. Nous avons le regret "
         "de vous informer que nous avons retenu une autre candidature.", "after_final_round"),
        ("La ringraziamo per il colloquio di giovedì. Purtroppo abbiamo deciso di proseguire con "
         "un altro candidato.", "after_interview"),
        ("Bedankt voor het gesprek van vorige week. Helaas hebben wij besloten om met een andere "
         "kandidaat verder te gaan.", "after_interview"),
        ("Dziękujemy za udział w rozmowie kwalifikacyjnej. Niestety zdecydowaliśmy się na innego "
         "kandydata.", "after_interview"),
        # a recorded video answers questions to a screen: no one interviewed the candidate live
        ("Thank you for completing the video interview. We will not be progressing your "
         "application to the assessment centre.", "after_screen"),
        ("Thanks for hopping on the phone Tuesday. My client has decided to go another way.",
         "after_screen"),
        # only the last round has finalists
        ("You were one of two finalists and it was very close, but we have offered the role to "
         "the other person.", "after_final_round"),
    ],
)
def test_the_stage_is_read_in_each_language_and_form(body: str, stage: str) -> None:
    assert _stage(body) == stage


def test_an_interview_that_was_not_offered_is_no_stage_reached() -> None:
    assert _stage("Gracias por su interés. Lamentamos informarle que no le convocaremos a "
                  "entrevista para este puesto.") == "after_application"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("Hemos revisado tu candidatura. Para este puesto buscamos un mínimo de seis años de "
         "experiencia en auditoría, por lo que no continuarás en el proceso.", "experience_gap"),
        ("Ihre Gehaltsvorstellung liegt leider deutlich über dem Rahmen, den wir vorgesehen "
         "haben. Wir können Ihre Bewerbung daher nicht weiter berücksichtigen.", "compensation"),
        ("Malheureusement, le poste a été pourvu en interne et nous ne pouvons pas donner suite "
         "à votre candidature.", "internal_candidate"),
        ("Purtroppo la posizione è stata annullata a causa di una ristrutturazione. La sua "
         "candidatura non sarà presa in considerazione.", "role_closed_or_frozen"),
        ("Helaas hebben wij besloten verder te gaan met een andere kandidaat, die al ervaring "
         "heeft met SAP.", "other_candidate_stronger"),
        ("Al final decidimos ofrecerle el puesto a otra persona con más experiencia en banca.",
         "other_candidate_stronger"),
        ("Thank you for attending the interview. The position has been offered to, and accepted "
         "by, another applicant.", "other_candidate_stronger"),
        ("Thank you for coming in. You do not have experience with a hotel booking system, which "
         "the role needs from day one, so we will not proceed with your application.",
         "experience_gap"),
    ],
)
def test_reasons_are_read_in_each_language(body: str, reason: str) -> None:
    assert reason in _rejection(body)


def test_a_post_filled_by_an_insider_is_one_reason() -> None:
    reasons = _rejection("Thank you for your interest. The position has been filled by an "
                         "internal candidate, so we will not take your application further.")
    assert reasons == ("internal_candidate",)


def test_a_portals_labelled_fields_name_the_post_and_the_employer() -> None:
    found = understand(MailText(
        subject="Notice of Results - FWA-26-0113",
        sender_name="USA Staffing", sender_address="no-reply@usastaffing.gov",
        body="NOTICE OF RESULTS\n\nPosition: IT Specialist (INFOSEC), GS-2210-12\n"
             "Agency: Federal Water Authority\nLocation: Denver, CO\n\nReferral Status: Not "
             "Referred\n\nYour application will not receive further consideration for this "
             "announcement."))
    assert found.category == "rejection"
    assert found.role == "IT Specialist (INFOSEC)"
    assert found.company == "Federal Water Authority"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Hola Ana: la empresa revisó tu postulación y decidió no continuar con tu perfil en esta "
         "búsqueda.", "rejection"),
        ("Hola Ana: lo conversé con el equipo. La candidata elegida viene de operar un programa "
         "igual; tu experiencia es más de diseño.", "rejection"),
        # the one to be chosen, described in an acknowledgement, is no decision
        ("Merci pour votre candidature. Le candidat retenu sera contacté par téléphone.", "other"),
    ],
)
def test_more_closings_and_what_is_not_one(body: str, expected: str) -> None:
    found = understand(MailText(subject="Re: your application", sender_name="Hiring Team",
                                sender_address="jobs@example.org", body=body))
    assert (found.category == "rejection") == (expected == "rejection")


def test_happy_to_see_you_apply_again_is_no_invitation() -> None:
    found = understand(MailText(
        subject="Re: User Researcher", sender_name="Hiring Team", sender_address="jobs@example.org",
        body="Here is the panel's feedback: the plan went straight to interviews without a "
             "hypothesis. We'd genuinely be happy to see you apply again in the future."))
    assert found.category != "interview_invite"
