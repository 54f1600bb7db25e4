"""A no told through who got the post, or through the search closing: each beside mail in
the same words that decides nothing against the reader."""

from __future__ import annotations

import pytest

from onward.mail.understand import MailText, understand


def _read(subject: str, body: str) -> str:
    return understand(MailText(subject=subject, sender_name="Laura Beaumont",
                               sender_address="laura@beaumont-search.example",
                               body=body)).category


@pytest.mark.parametrize(("subject", "body"), [
    ("Plant manager search - outcome", "Marc, my client met both of you last week. Their offer "
     "went to the other person in the final two, and she signed it this morning. I'd like to "
     "keep you close for the next search."),
    ("Automotive SW job", "Hi Eva, quick update from the agency: the client took the one with "
     "the ISO 26262 certificate for the automotive software job. More soon."),
    ("After your panel interview", "Thank you for meeting our panel on 8 October. The panel "
     "will be recommending another candidate for appointment to the Operations Manager "
     "position, and your file will be closed once the appointment is confirmed."),
    ("Operations Manager, Shediac", "Thanks for your application. We're going with an internal "
     "move on this one: our plant manager in Shippagan is transferring down in December, so "
     "the posting comes down today."),
    ("Recruitment outcome - Senior Planner", "The selection panel has finalised its "
     "recommendation and the selected candidate has accepted an offer of employment. This "
     "notice closes the recruitment process for all remaining applicants."),
    ("Your take-home", "Thanks for sending the exercise back early. It fell short on the race "
     "condition the readme hints at, so your application for Firmware Engineer ends at this "
     "step. Happy to send the reviewers' comments."),
    ("Management accountant", "Happy new year. The client has decided to outsource its "
     "management accounts from April, so there is no hire at all and the shortlist has been "
     "stood down. I'll be in touch about two other clients."),
    ("Coffee last week", "Thanks again for the coffee. We hired Matti in the end: he has been "
     "building our prototype with us as a contractor since spring. Good luck with the search."),
])
def test_a_no_told_through_who_got_it_or_the_search_closing(subject: str, body: str) -> None:
    assert _read(subject, body) == "rejection"


@pytest.mark.parametrize(("subject", "body"), [
    # the offer on its way to the reader, through someone else's hands
    ("Your offer", "Good news: the offer went to another round of approvals this morning and "
     "should reach you by Friday for signature."),
    # a shortlist still standing, the reader on it
    ("Update", "The panel has not stood down the shortlist: you remain in the process and we "
     "will be in touch about interviews next week."),
    # an internal move talked about, not made against the reader
    ("Team news", "Some news from the team: Priya is going with an internal move to the Lisbon "
     "office next month. We'll miss her!"),
])
def test_the_same_words_deciding_nothing_against_the_reader(subject: str, body: str) -> None:
    assert _read(subject, body) != "rejection"


@pytest.mark.parametrize(("subject", "body", "is_no"), [
    ("Harbour Master (Deputy)", "Mr Okafor,\n\nThe trustees appointed Morag Fraser to the "
     "role on Monday evening. Many thanks for travelling to Oban.\n\nI. Campbell, Secretary",
     True),
    ("Finance Officer", "Dear Ms Byrne,\n\nOur committee has appointed to the Finance Officer "
     "post. Thank you for your time on Thursday.\n\nRegards,\nP. Walsh, Chair", True),
    # the same verb, deciding nothing against the reader
    ("Education Officer", "Dear Ms MacLeod,\n\nOur board has appointed an interview panel for "
     "the Education Officer post; we will write with a date for your interview next week.",
     False),
    ("Your application", "Hi Fiona, I've been appointed as your recruiter for the Education "
     "Officer post and will guide you through the interview stages.", False),
    ("Offer of appointment", "Dear Fiona, I am delighted to say that we have appointed you to "
     "the Education Officer post, subject to references. Your contract follows.", False),
])
def test_a_board_that_appointed_someone_to_the_post(subject: str, body: str, is_no: bool) -> None:
    assert (_read(subject, body) == "rejection") is is_no


# A no told through who got the post, what became of the reader's file, or a system's outcome,
# in English and in Norwegian, Swedish, Danish, Finnish, Spanish and French (session eleven).

@pytest.mark.parametrize(("subject", "body"), [
    ("Kiln supervisor", "Thanks for the trial shift on Sunday, the glaze room has never been so "
     "tidy. I'm giving the kiln supervisor spot to Berenice; she has fired the anagama with us "
     "for three winters."),
    ("Horticulture lectureship", "Thank you for your teaching session last week. The selection "
     "panel has offered the horticulture lectureship to a candidate who has run a seed bank "
     "for a decade."),
    ("Archivist search", "Thank you for visiting the reading room in March. The provost "
     "extended an offer to the candidate ranked first by the committee, and she accepted."),
    ("Glassblowing apprenticeship", "Thank you for applying for our glassblowing "
     "apprenticeship. The spring intake is now full, and the apprentices start on 4 March "
     "with the people already placed. We will keep your details for the autumn."),
    ("Bursar", "The governors met on Tuesday evening and appointed Mr Lusk-Abernathy. With "
     "thanks for your time at interview."),
    ("Application QP-5521 - Lamplighter Apprentice", "Application outcome: not shortlisted\n"
     "Requirement: a current working-at-height ticket.\n\nThank you for your interest."),
    ("Quantity surveyor", "Quick update: my client looked at the four CVs and picked a different "
     "surveyor from a rival agency, who had priced tram depots before. More soon."),
    ("Ferry deckhand vacancy", "Thank you for applying. We have reviewed every application, and "
     "we won't be contacting you about this vacancy again. Good luck with your search."),
    ("Warden post", "With reference to your interview on 3 May, the appointed person joins on "
     "1 July. Hence your candidature stands closed. We thank you for your interest."),
    ("Lifeguard trainee", "Your pool test: 50 m in 58 s (standard 45 s). Your application for the "
     "Lifeguard Trainee post has been finalised at this stage, and you may apply again next season."),
    ("Head of Languages", "Thank you for coming to interview. The principal has appointed "
     "Ms Okonkwo-Reyes to the post, and she starts after Easter."),
    ("Concierge process", "My client rang me this morning and asked me to stand you down from "
     "the quayside concierge process. They did not say more."),
    ("Island bar", "Staff housing on the island is full until October and the first ferry "
     "lands at 8. That rules your application out for the winter season, I'm afraid."),
    ("Competition PSC/27/04", "Final rank: 9 of 22. The Commission has appointed the two "
     "candidates ranked first; there is no appointment for you in this competition."),
    ("Almoner", "Further to your interview on 14 May, the trustees have confirmed a new almoner "
     "and the post is no longer vacant. Your certificates are ready for collection."),
    # Norwegian, Swedish, Danish
    ("Kokk, kantina", "Hei! Takk for søknaden din. Du når dessverre ikke opp i konkurransen om "
     "stillingen som kokk i kantina denne gangen. Lykke til videre!"),
    ("Snekker", "Hei Sigrid, vi har ansatt Torleif Haugland i stillingen. Takk for interessen."),
    ("Snickare", "Hej! Tack för din ansökan. Vi har valt att gå vidare med andra kandidater "
     "till tjänsten som snickare. Lycka till!"),
    ("Tømrer", "Kære Mads, tak for din ansøgning. Vi har valgt en anden kandidat til stillingen "
     "som tømrer. Held og lykke."),
    # Spanish and French
    ("Bodeguero", "Hola Berenice, gracias por venir el martes. Al final contratamos a Anselmo, "
     "que ya conocía el almacén de Quilmes. Un abrazo."),
    ("Concours de potier", "Madame, votre résultat à l'épreuve pratique est de 48 %, sous le "
     "seuil de 60 %. Votre dossier pour le concours est donc fermé."),
    ("Concurso alfarero", "Estimada Berenice: su puntaje fue 31 de 45. Con este resultado "
     "finaliza tu participación en el concurso de alfarería."),
    ("Cargo de ceramista", "La requisición fue retirada y el cargo no será provisto este año. "
     "Gracias por tu tiempo."),
])  # fmt: skip
def test_a_no_told_through_who_got_it_or_what_became_of_the_file(subject: str, body: str) -> None:
    assert _read(subject, body) == "rejection"


@pytest.mark.parametrize(("subject", "body"), [
    ("Your offer", "We're delighted to be offering the kiln supervisor position to you. The "
     "offer letter follows today."),
    ("Next step", "I've given your CV to Berenice, our kiln lead, and she would like to "
     "interview you on Thursday at 10. Does that suit?"),
    ("Interview times", "The interview slots for Thursday are now full, so please pick a time "
     "on Friday from the link below."),
    ("Welcome aboard", "Your cohort is now complete! Meet your fellow glassblowing trainees at "
     "orientation on Monday at 9."),
    ("Second interview", "The client picked a different date for your second interview: "
     "Tuesday at 10 instead of Monday."),
    ("Congratulations", "The governors met on Tuesday and appointed you as our new bursar. "
     "Congratulations! Your contract follows."),
    ("Ferry deckhand vacancy", "Hiring is paused: we won't be contacting you about this "
     "vacancy again until the new budget is approved in March. No decision has been made on "
     "your application."),
    ("Your withdrawal", "As you asked, your application for Lamplighter Apprentice has been "
     "closed at your request. We wish you well in the new job."),
    ("Intervju", "Hei! Du er blant dem vi har valgt å kalle inn til intervju for stillingen som "
     "kokk. Passer tirsdag klokka 10?"),
    ("Nästa steg", "Hej! Vi har valt att gå vidare med dig till nästa steg: en intervju på "
     "tisdag. Passar klockan 10?"),
])  # fmt: skip
def test_the_same_words_as_a_post_given_deciding_nothing_against_the_reader(subject: str, body: str) -> None:
    assert _read(subject, body) != "rejection"


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("Samtale - pædagog", "Kære Mads, tak for din ansøgning. Vi vil gerne invitere dig til en "
     "samtale om stillingen som pædagog torsdag kl. 10.", "interview_invite"),
    ("Intervju - kokk", "Hei Sigrid, vi ønsker å invitere deg til et intervju for stillingen som "
     "kokk i kantina. Passer fredag kl. 12?", "interview_invite"),
    ("Ny tid", "Hej, tyvärr måste vi flytta intervjun till fredag kl. 14 eftersom Pia är "
     "sjuk. Passar det?", "scheduling"),
    ("Tilbud", "Kære Mads, jeg er glad for at kunne tilbyde dig stillingen som pædagog fra 1. "
     "august. Kontrakten følger.", "offer"),
    ("Erbjudande", "Hej! Vi vill erbjuda dig tjänsten som snickare från 1 maj. Avtalet kommer "
     "med posten.", "offer"),
    ("Kvittering", "Kære Mads, vi har modtaget din ansøgning til stillingen som pædagog og "
     "vender tilbage efter ansøgningsfristen.", "application_received"),
    ("Rekrutteringen", "Hei Sigrid, vi har satt rekrutteringen på vent til budsjettet er klart. "
     "Ingen avgjørelse er tatt om søknaden din.", "on_hold"),
    ("Hakuvahti", "Hakuvahtisi 'kokki, Tampere' löysi 5 uutta työpaikkaa.", "job_alert"),
    ("Valinta", "Hei Aino, kiitos hakemuksestasi kokin tehtävään. Valinta ei tällä kertaa "
     "kohdistunut sinuun.", "rejection"),
    # the offer not made is a no, not an offer
    ("Stillingen", "Kære Mads, vi kan desværre ikke tilbyde dig stillingen som pædagog. Vi har "
     "valgt en anden kandidat.", "rejection"),
])  # fmt: skip
def test_the_everyday_steps_of_a_nordic_search(subject: str, body: str, category: str) -> None:
    assert _read(subject, body) == category


@pytest.mark.parametrize(("body", "category"), [
    ("The hiring team has finished reviewing applications for the Quayside Archivist post and "
     "has sent interview invitations to the people it chose. If you are receiving this message, "
     "your application stops at this stage of the process.", "rejection"),
    ("If you are receiving this email, you are among the candidates we would like to interview "
     "for the Quayside Archivist post. Please pick a time below.", "interview_invite"),
    ("Thank you for applying. If you have not heard from us within 14 days, please assume your "
     "application was unsuccessful.", "application_received"),
])  # fmt: skip
def test_a_message_whose_receipt_is_the_news(body: str, category: str) -> None:
    assert _read("Quayside Archivist", body) == category


@pytest.mark.parametrize(("body", "category"), [
    ("Hi Ottilie, Brackenfold Joinery filled the workshop lead role. Talk soon.", "rejection"),
    ("Ottilie, I have to walk back the offer I sent on Monday: head office froze all hiring at "
     "the Brackenfold site this morning. I'll ring you at 3.", "rejection"),
    ("No need to chase your last referee. The partners signed the other finalist on Friday, "
     "so I've called off the checks.", "rejection"),
    ("The job is on site four days a week and you said remote only, so I've taken you off the "
     "shortlist. Shout if that changes.", "rejection"),
    ("Requisition 55120 - Joiner\nYour candidacy status: Withdrawn by employer - requisition "
     "cancelled.", "rejection"),
    # the same words, deciding nothing against the reader
    ("Once we've filled the workshop lead role we'll write to everyone who applied; for now "
     "we're still interviewing.", None),
    ("The other finalist withdrew, so the partners would like you back for a final chat on "
     "Thursday at 10.", None),
    # the reader's own withdrawal, acknowledged with the post named between
    ("We confirm that your application for the post of Workshop Lead (ref 4410) has been "
     "withdrawn at your request, and you will not be contacted further about this "
     "competition.", None),
])  # fmt: skip
def test_short_notes_that_end_a_candidacy(body: str, category: str | None) -> None:
    found = _read("Workshop lead", body)
    assert found == category if category else found != "rejection"
