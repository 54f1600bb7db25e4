"""Session twelve's readings: no's in Norwegian, Swedish, Danish, Finnish, Dutch and German
told without their stock phrase, the everyday steps of a search in those languages, no's
buried in longer English mail, a shortlist told by who is on it, a reply whose quoted part is
introduced in another language, and applications for things that are not jobs. Each beside
mail in the same words that is not a no.

Each case is written fresh (not copied from a corpus).
"""

from __future__ import annotations

import pytest

from onward.mail.understand import MailText, understand


def _read(subject: str, body: str, *, sender: str = "rekruttering@lindholmvarme.example") -> str:
    return understand(MailText(subject=subject, sender_name="Rekruttering",
                               sender_address=sender, body=body)).category


def _assert_reading(found: str, category: str | None) -> None:
    """``category``, or (None) anything but a rejection: a look-alike's words decide nothing."""
    if category is None:
        assert found != "rejection"
    else:
        assert found == category


@pytest.mark.parametrize(("subject", "body"), [
    ("Logistikplanerare", "Hej Tove,\n\nTack för samtalet i måndags. Vi har stämt av i gruppen "
     "och går därför inte vidare med dig i rekryteringen. Lycka till!\n\nMalin"),
    ("Besked – lagerchef", "Hej Tove,\n\nValet har fallit på en annan kandidat med längre "
     "erfarenhet av lagerstyrning i kyllager.\n\nHälsningar Malin"),
    ("Forskningsassistent – besked", "Hej Tove,\n\nVi har erbjudit tjänsten till en annan "
     "sökande, och du har därför inte fått erbjudande om anställning.\n\nHR"),
    ("Etter intervjuet", "Hei Sindre,\n\nTakk for intervjuet på torsdag. Vi har valgt den "
     "andre kandidaten, som har lengre erfaring med hydraulikk på fartøy.\n\nHilsen Randi"),
    ("Søknad – verkstedleder", "Hei Sindre,\n\nTakk for søknaden. Vi kaller deg dessverre ikke "
     "inn til intervju denne gangen.\n\nHilsen Randi"),
    ("Lagerchef", "Hej Jonas,\n\nTak for din ansøgning. Vi har desværre allerede besat "
     "stillingen som lagerchef.\n\nVenlig hilsen Pernille"),
    ("Varastosuunnittelija", "Hei Ilkka,\n\nKiitos hakemuksestasi varastosuunnittelijan "
     "tehtävään. Emme valitettavasti jatka hakemustasi haastatteluvaiheeseen.\n\nTerveisin Satu"),
    ("Hakemuksesi tila", "Tehtävä: Varastosuunnittelija\nTila: Ei valittu\n\nKirjaudu "
     "palveluun nähdäksesi hakemuksesi."),
    ("Re: Sollicitatie magazijnchef", "Hallo Pieter,\n\nDank voor je cv. De vacature voor "
     "magazijnchef is inmiddels vervuld.\n\nGroet, Ilse"),
    ("Ihre Bewerbung als Lagerleiter", "Sehr geehrter Herr Brandt,\n\nwir haben uns nach "
     "reiflicher Überlegung gegen Sie entschieden.\n\nMit freundlichen Grüßen"),
])
def test_a_nordic_dutch_or_german_no_without_its_stock_phrase(subject: str, body: str) -> None:
    assert _read(subject, body) == "rejection"


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("Neste steg", "Hei Sindre,\n\nVi vil gjerne tilby deg stillingen som verkstedleder fra "
     "1. februar.\n\nHilsen Randi", "offer"),
    ("Din ansökan", "Hej Tove,\n\nOm du inte vill gå vidare med din ansökan kan du dra tillbaka "
     "den under Mina sidor.\n\nHälsningar HR", "other"),
    ("Haastattelu", "Hei Ilkka,\n\nOlet edennyt varastosuunnittelijan rekrytoinnissa "
     "haastatteluvaiheeseen. Lähetämme ajat erikseen.\n\nSatu", "advancing"),
    ("2. samtale", "Hej Jonas,\n\nVi vil gerne se dig igen til en 2. samtale torsdag kl. 10 "
     "på lageret i Kolding.\n\nPernille", "interview_invite"),
    ("Verkstedleder – status", "Hei Sindre,\n\nRekrutteringen er dessverre satt på vent til "
     "budsjettet er klart. Søknaden din er fortsatt aktiv.\n\nRandi", "on_hold"),
    ("Intervju", "Hej Tove,\n\nTyvärr behöver vi flytta din intervju på torsdag. Skulle "
     "fredag kl. 14 fungera i stället?\n\nMalin", "scheduling"),
])
def test_the_same_words_in_the_other_steps_of_a_nordic_search(
        subject: str, body: str, category: str) -> None:
    assert _read(subject, body) == category


@pytest.mark.parametrize(("subject", "body"), [
    ("Fleet Controller: your application", "Dear Ines,\n\nThank you for applying for the Fleet "
     "Controller post at Lindholm Heating. We have decided to continue the recruitment process "
     "without your application.\n\nLindholm Heating Recruitment"),
    ("Weekly round-up", "Hi Ines,\n\nThree things this week. Payroll: your timesheet is "
     "approved. The depot role: the client shortlisted six for interview and your CV wasn't "
     "one of them, so that one's over for you. The tender role is still open and I'll chase "
     "them Monday.\n\nGav"),
    ("Where we landed", "Hi Ines,\n\nThanks for the final interview on Tuesday. The budget "
     "is fixed at $70,000 for next year, the other finalist's expectations fit within it, and "
     "we've offered him the job.\n\nMara"),
])
def test_a_no_inside_a_longer_english_note(subject: str, body: str) -> None:
    found = understand(MailText(subject=subject, sender_name="Mara Quist",
                                sender_address="mara@lindholmheating.example", body=body))
    assert found.category == "rejection"
    # a phrase rule says why, not only the word model
    assert any(e.startswith("rule decision_") for e in found.evidence), found.evidence


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("Application update – Fleet Controller (Req 8812)", "Dear Ines,\n\nYour application for "
     "Fleet Controller (Req 8812) has progressed.\nCurrent status: Hiring Manager Review\n\n"
     "If you are selected for interview, you will receive an invitation.", "advancing"),
    ("Update", "Hi Ines,\n\nGood news: the director has narrowed it to four and you're one of "
     "them. I'll be in touch with dates.\n\nGav", "advancing"),
])
def test_progress_told_as_a_status_or_a_shortlist(subject: str, body: str, category: str) -> None:
    assert _read(subject, body, sender="gav@harrowfield-recruit.example") == category


def test_a_no_that_replies_over_a_quoted_invitation_in_another_language() -> None:
    body = ("Estimada Ines,\n\nThank you for coming to the plant for the interview. We have "
            "selected a candidate who has run a cold store of this size before.\n\nSaludos,\n"
            "Ramiro\n\n-----Mensaje original-----\nDe: Ramiro Vidal\nEnviado el: lunes, 5 de "
            "octubre de 2026 11:30\nPara: Ines\nAsunto: Invitación a entrevista\n\nWe are "
            "pleased to invite you to an interview at our plant on Wednesday.")
    assert _read("RE: Invitación a entrevista", body,
                 sender="ramiro@frigorificosur.example") == "rejection"


@pytest.mark.parametrize(("subject", "body"), [
    ("We have received your passport application", "Dear Applicant,\n\nYour passport "
     "application was received on 3 November. Standard processing: 20 business days. You can "
     "check the status of your application online."),
    ("Application received – 7 Larchmere Road", "Hi Ines,\n\nThanks for your application for "
     "7 Larchmere Road. We've received your documents and the owner will review the "
     "applications next week.\n\nLettings team"),
    ("Your application", "Dear Ines,\n\nThank you for your application for a tax clearance "
     "certificate. We have received your application and will review it within ten working "
     "days."),
])
def test_an_application_for_something_that_is_not_a_job(subject: str, body: str) -> None:
    assert _read(subject, body, sender="noreply@services.example") == "other"


def test_an_invitation_back_for_a_later_round_outranks_its_logistics() -> None:
    body = ("Dear Ines,\n\nThank you for your interview last week. We'd like to invite you back "
            "for a second, final interview with our Director. It will be on Monday 26 October, "
            "at either 10am or 2pm, on Teams.\n\nMara")
    assert _read("Second interview – Fleet Controller", body,
                 sender="mara@lindholmheating.example") == "interview_invite"


@pytest.mark.parametrize(("body", "category"), [
    ("Hey Ines, bad timing on the Tamworth one. Ridgeline Health filled that ortho/neuro "
     "contract yesterday before they even opened your profile. I'm watching two more.",
     "rejection"),
    # the same words about a contract the reader gets
    ("Great news Ines: Ridgeline Health filled that ortho/neuro contract with you. The offer "
     "letter follows today.", None),
])
def test_an_agency_contract_filled_before_the_reader_was_put_forward(
        body: str, category: str | None) -> None:
    _assert_reading(_read("Tamworth contract", body, sender="brandy@bluegum-nursing.example"),
                    category)


@pytest.mark.parametrize(("body", "category"), [
    # no's from ordinary employers in everyday words
    ("Thanks for the practical lesson. The panel weighed class control most, and it went to "
     "another applicant.", "rejection"),
    ("Thanks for applying for the kiln operator job. The night shift is finishing and none of "
     "the night roles are being filled, including the one you applied for.", "rejection"),
    ("The Reception position is covered. Thank you for the call on Friday.", "rejection"),
    ("For the payroll clerk position we top out at $24. So I think it's best I stop here rather "
     "than take up your evening with an interview.", "rejection"),
    ("I've gone back and forth all week. In the end I've asked Moana to take the job, mainly "
     "because she can drive the van.", "rejection"),
    ("The grant came back at half of what we asked, so there isn't a 2027 office position and "
     "your contract ends in December.", "rejection"),
    # the same words that decide nothing against the reader
    ("There isn't a role open yet, but we expect to advertise the kiln jobs in March.", None),
    ("The position is covered by the award, so the pay is fixed at $31 an hour.", None),
    ("We've asked you to take the job from Monday, if that still suits!", None),
])
def test_no_s_from_ordinary_employers_in_everyday_words(body: str, category: str | None) -> None:
    _assert_reading(_read("Your application", f"Hi Ines,\n\n{body}\n\nMoana",
                          sender="moana@kilnworks.example"), category)


@pytest.mark.parametrize("body", [
    "Just checking that my message reached you. The stores supervisor vacancy closes on Friday "
    "and I'd really like you in the pool.",
    "Not sure if my mail last week reached you (our server has been moody). The client wants "
    "CVs by the 18th for the planner role - happy to send the full brief.",
    "Just floating this back to the top of your inbox. The client interviews in early October, "
    "so if the rotation appeals I'd love to put you forward.",
])
def test_a_recruiter_chasing_an_unanswered_approach(body: str) -> None:
    assert _read("Re: Stores supervisor - Kestrel Mining", f"Hi Ines,\n\n{body}\n\nShauna",
                 sender="shauna@borealtalent.example") == "recruiter_outreach"


def test_a_manager_who_wants_to_do_a_phone_interview_invites_though_a_time_is_named() -> None:
    body = ("Hi Ines,\n\nFinally heard back from the quarry. The site manager wants to do a phone "
            "interview with you for the weighbridge job - Thursday 24 September at 10.30am. "
            "Can you confirm Thursday 10.30 suits and I'll let him know?\n\nDarren")
    assert _read("Weighbridge - phone interview?", body,
                 sender="darren@spencergulf-staff.example") == "interview_invite"


def _details(subject: str, body: str) -> tuple[str | None, tuple[str, ...]]:
    from onward.mail import model_details

    shipped = model_details.shipped
    model_details.shipped = lambda: None  # the rules alone: what unseen mail in these languages gets
    try:
        found = understand(MailText(subject=subject, sender_name="Rekruttering",
                                    sender_address="hr@lindholmvarme.example", body=body))
    finally:
        model_details.shipped = shipped
    assert found.category == "rejection"
    return found.stage, found.reasons


@pytest.mark.parametrize(("body", "stage", "reason"), [
    ("Hei Sindre,\n\nTakk for intervjuet på torsdag. Vi har valgt den andre kandidaten, som har "
     "lengre erfaring med hydraulikk.\n\nRandi", "after_interview", "experience_gap"),
    ("Hei Sindre,\n\nTakk for søknaden. Vi kaller deg dessverre ikke inn til intervju, fordi "
     "lønnsforventningene dine ligger over rammen.\n\nRandi", "after_application", "compensation"),
    ("Hej Tove,\n\nTack för samtalet i sista rundan med vd. Vi har erbjudit tjänsten till en "
     "annan sökande och går därför inte vidare med dig.\n\nMalin", "after_final_round", None),
    ("Hej Jonas,\n\nTak for din ansøgning. Med din baggrund er du simpelthen overkvalificeret til "
     "stillingen, så vi vælger ikke at gå videre.\n\nPernille", "after_application", "overqualified"),
    ("Hei Ilkka,\n\nKiitos hakemuksestasi. Tehtävään on valittu oma työntekijä, joten emme kutsu "
     "sinua haastatteluun.\n\nSatu", "after_application", "internal_candidate"),
    ("Hei Ilkka,\n\nKiitos ennakkotehtävän palauttamisesta. Ratkaisusi jäi muihin verrattuna "
     "ohueksi, joten emme jatka hakemustasi.\n\nSatu", "after_screen", "assessment_performance"),
])
def test_the_stage_and_reasons_of_a_nordic_no(body: str, stage: str, reason: str | None) -> None:
    found_stage, reasons = _details("Søknad", body)
    assert found_stage == stage
    if reason is not None:
        assert reason in reasons


@pytest.mark.parametrize(("subject", "body"), [
    ("Stillingen som lagerleder", "Hei Ines,\n\nTakk for andre intervju. Stillingen går til en "
     "intern kandidat, og det betyr dessverre at vi ikke kan tilby deg stillingen.\n\nHR"),
    ("Som jag sa", "Hej Ines,\n\nSom jag sa i telefon: vi valde den andra kandidaten i "
     "slutrundan.\n\nAnders"),
    ("Senior kartograf", "Hei Ines,\n\nVi har tilbudt stillingen til en som har jobbet med "
     "sjøkart i ti år, og hun har takket ja.\n\nSiri"),
    ("Status för din ansökan", "Tjänst: Förrådsansvarig\nNy status: Ej aktuell – ansökan "
     "avslutad\n\nLogga in för att se dina ansökningar."),
    ("Återkoppling", "Hej Ines!\n\nKunden vill ha någon som lett ett större team, så jag "
     "presenterar inte dig för dem den här gången.\n\nJonas"),
    ("Harbour post", "Hello Ines, the harbour post will not be offered to you. Thanks for your "
     "patience. Ahmed"),
    ("Assessment result", "Hello Ines,\n\nYour score was 54% against a cut-off of 65%, so your "
     "application closes at this point.\n\nRecruitment"),
    ("Next steps", "Hi Ines,\n\nThanks for the call. We're stopping here with your application: "
     "the role needs SurveyCTO from week one.\n\nNoah"),
])
def test_more_no_s_told_plainly(subject: str, body: str) -> None:
    assert _read(subject, body, sender="hr@fjordkart.example") == "rejection"


@pytest.mark.parametrize(("subject", "body"), [
    ("Recruitment outcome - Apprentice Joiner: K. Lee", "Vacancy: Apprentice Joiner\nApplicant: "
     "Kim Lee\nOutcome: Not progressed (after interview)\n\nYou are receiving this because you "
     "are listed as the supervising manager for this vacancy."),
    ("Kandidatstatus ändrad", "Hej Ines,\n\nDu får det här meddelandet eftersom du är "
     "rekryterande chef för annonsen Lagerarbetare (ref 2026-081). Kandidat: Ola Berg. Ny "
     "status: Ej aktuell."),
    ("CC: Internal posting 31-07", "This is a copy for your file. The letter below was sent to "
     "the employee today.\n\nDear Sam, we regret to inform you that your application for Shift "
     "Lead was not successful."),
    ("The guy from Dieppe", "Ines, not going to hire the guy from Dieppe you phone-screened. No "
     "forklift ticket. Can you let him down easy and send me the next two? Rick"),
])
def test_someone_elses_candidacy_that_the_reader_manages(subject: str, body: str) -> None:
    assert _read(subject, body, sender="hr@fjordkart.example") == "other"


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("Stillingen er besatt", "Hei Ines,\n\nStillingen som kartograf i Planavdelingen er nå "
     "besatt. Takk for at du søkte.\n\nVestby kommune", "rejection"),
    ("Besked", "Hej Ines,\n\nRekryteringen är klar och samtliga tjänster är tillsatta. Välkommen "
     "att söka igen!\n\nHR", "rejection"),
    ("Resultat", "Hej Ines,\n\nDitt resultat: 9 av 12. Eftersom provet inte är godkänt går din "
     "ansökan inte vidare i den här rekryteringen.\n\nHR", "rejection"),
    ("Tilbagemelding", "Hej Ines,\n\nKunden har valgt at fortsætte med to andre kandidater, og "
     "din del af forløbet slutter her.\n\nJonas", "rejection"),
    ("Haastattelun jälkeen", "Hei Ines,\n\nKiitos haastattelusta. Päädyimme toiseen "
     "hakijaan.\n\nSatu", "rejection"),
    ("Din ansøgning er sendt", "Hej Ines\n\nDin ansøgning til stillingen Lagerassistent hos "
     "Vestfjord A/S er nu sendt.\n\nJobindex", "application_received"),
    ("Ilmoitus valinnasta", "Hei Ines,\n\nIlo kertoa, että sinut on valittu "
     "kirjastovirkailijan tehtävään ajalle 1.1.–31.5.2027. Palkka määräytyy KVTES:n "
     "mukaan.\n\nVestby", "offer"),
    ("Rekryteringen", "Hej Ines,\n\nVi har lagt rekryteringen på is tills budgeten är klar. Din "
     "ansökan ligger kvar.\n\nHR", "on_hold"),
    ("Oppdrag", "Hei Ines,\n\nJeg jobber med rekruttering i Kystsøk og har en stilling for en "
     "av våre kunder i Bergen. Kunne du tenke deg en uforpliktende prat denne uka?\n\nSofie",
     "recruiter_outreach"),
])
def test_a_whole_nordic_mailbox(subject: str, body: str, category: str) -> None:
    assert _read(subject, body, sender="hr@vestby.example") == category
