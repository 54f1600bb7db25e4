"""Session thirteen's readings: a friend's or relative's own no told in a job no's words (the no
is told of "me"), a day job's flexible-working request refused, and advice that quotes what
no's say. Each beside a no to the reader in the same words, from a recruiter or an employer.

Each case is written fresh (not copied from a corpus).
"""

from __future__ import annotations

import pytest

from onward.mail.rules import find_hits
from onward.mail.understand import MailText, understand


def _read(subject: str, body: str, *, name: str = "Priya Lal",
          sender: str = "priya.lal@quokkamail.example") -> str:
    return understand(MailText(subject=subject, sender_name=name, sender_address=sender,
                               body=body)).category


@pytest.mark.parametrize(("subject", "body"), [
    ("meh", "Hey Tom,\n\nThe garden centre rang. They won't be moving forward with me for the "
     "assistant manager job, they want someone who's run a till team before.\n\nPub Friday?\n\nP"),
    ("no dice", "Tom,\n\nThe depot isn't taking me forward for the dispatcher post - they chose "
     "someone from their Ipswich site.\n\nP"),
    ("well", "Hi Tom,\n\nThey said I interviewed well but the panel went with someone who "
     "already has the forklift ticket. So that's that.\n\nP x"),
    ("news", "Tom!\n\nThe lab job I was so excited about is gone: they decided to go with "
     "another candidate with more HPLC.\n\nCall you Sunday,\nP"),
    ("noticias", "Tomás,\n\nMe dijeron que la entrevista estuvo bien, pero eligieron a otro "
     "candidato para el puesto de encargado.\n\nUn abrazo,\nPriya"),
])
def test_a_friends_own_no_is_not_the_readers(subject: str, body: str) -> None:
    assert _read(subject, body) != "rejection"


@pytest.mark.parametrize(("subject", "body"), [
    ("Assistant manager", "Hi Tom,\n\nThe garden centre won't be moving forward with you for "
     "the assistant manager job; they want someone who's run a till team before.\n\nPriya"),
    ("Dispatcher", "Tom,\n\nThe depot isn't taking you forward for the dispatcher post - they "
     "chose someone from their Ipswich site.\n\nPriya"),
    ("Feedback", "Hi Tom,\n\nThey said you interviewed well but the panel went with someone who "
     "already has the forklift ticket. Sorry it's not better news.\n\nPriya"),
])
def test_the_same_no_told_to_the_reader_by_a_recruiter_stays_a_rejection(
        subject: str, body: str) -> None:
    assert _read(subject, body, name="Priya Lal",
                 sender="priya@eastbayrecruitment.example") == "rejection"


def test_a_flexible_working_request_refused_is_no_job_no() -> None:
    body = ("Kia ora Tom,\n\nThank you for your request to move to a four-day week from "
            "February.\n\nAroha and I have considered it carefully. I am sorry to say that we "
            "have decided to decline the request at this time, because of the consultation "
            "workload.\n\nNgā mihi,\nJune")
    assert _read("Your flexible working request", body, name="June Pell",
                 sender="june.pell@harwichfreight.example") != "rejection"


def test_advice_quoting_what_a_no_says_is_no_no() -> None:
    body = ("JOBS WEEKLY\n\nWhat recruiters mean\n\n- \"We decided to go with another "
            "candidate\" often means someone with sector experience, not someone better.\n- Most "
            "shortlists are decided in a minute a CV.\n\nUnsubscribe")
    assert _read("What recruiters mean", body, name="Jobs Weekly",
                 sender="hello@jobsweekly.example") != "rejection"



@pytest.mark.parametrize(("text", "decides"), [
    ("it's not you, it's the shortlist.", False),  # a saying
    ("it isn't you, it's the market right now.", False),
    ("we have made our choice. sorry, it's not you this time.", True),
    ("i'm sorry to say the successful candidate is not you.", True),
])
def test_its_not_you_its_the_shortlist_is_a_saying_not_a_decision(text: str,
                                                                   decides: bool) -> None:
    found = {hit.family for hit in find_hits(text)[0]}
    assert ("decision_implicit" in found) is decides


@pytest.mark.parametrize(("subject", "body"), [
    ("Ya me contestaron", "Vero!!\n\nYa me llegó el correo de la constructora: \"Lamentablemente "
     "tu perfil no fue seleccionado\". Ni entrevista me dieron.\n\n¿Me ayudas con el CV?\n\nLuis"),
])
def test_a_friends_own_no_in_spanish_is_not_the_readers(subject: str, body: str) -> None:
    assert _read(subject, body, name="Luis Ortega", sender="luis.ortega@correo.example") != \
        "rejection"


# ---------------------------------------------------------------- no's the rules missed


@pytest.mark.parametrize(("subject", "body"), [
    # an agency: the interview is off because the client gave the post to someone else
    ("Stores Planner - tomorrow", "Hi Ben,\n\nJust had a call from the client. They're going to "
     "cancel your interview I'm afraid - they offered the Stores Planner job yesterday to "
     "someone they met earlier in the week and she has accepted.\n\nSorry,\nJo"),
    ("Tomorrow", "Hi Ben,\n\nSo sorry. Harlow Foods just called - they've hired for the "
     "dispatcher post, they offered it this morning to someone who'd been temping with them. "
     "So your interview tomorrow at 11 is off.\n\nJo"),
    # a talent partner who will not send the application on
    ("Research Assistant - your application", "Hi Ben,\n\nThanks for applying. The post is "
     "pitched well below your experience, so I'm not going to put you forward to the hiring "
     "manager for this one. Do look out for the senior post in spring.\n\nJo"),
    # a portal's status value
    ("Application status update", "Dear Ben,\n\nThe status of your application has changed.\n\n"
     "Position: Stores Planner\nStatus: Dispositioned\n\nLog in to see your applications."),
])
def test_a_no_told_by_what_happened_or_a_status_value(subject: str, body: str) -> None:
    assert _read(subject, body, name="Jo Marsh", sender="jo@marshtalent.example") == \
        "rejection"


@pytest.mark.parametrize(("subject", "body"), [
    ("Stillingen som lagerarbejder", "Kære Bo\n\nTak for samtalen i tirsdags. Du er ikke blandt "
     "de kandidater, vi går videre med til anden runde.\n\nVenlig hilsen\nHanne"),
    ("Stillinga som reinhaldar", "Hei Liv\n\nTakk for samtalen. Stillinga er tilboden til ein "
     "annan søkjar, som har takka ja.\n\nHelsing Turid"),
    ("Svar på søknad", "Hei Liv\n\nTakk for søknaden din. Vi vil informera om at stillinga no er "
     "tilsett.\n\nMed helsing\nSauda kommune"),
    ("Miljøterapeut", "Hei Liv\n\nEtter andre intervju har vi landet på en annen kandidat, som "
     "har jobbet hos oss som vikar.\n\nHilsen Turid"),
    ("Status på søknaden din er endra", "Søknaden din til stillinga Reinhaldar har fått ny "
     "status: Ikkje aktuell."),
    ("Statusændring", "Status på din ansøgning er ændret.\n\nNy status: Afsluttet – ikke udvalgt"),
    ("Hakemuksesi tila on muuttunut", "Hakemuksesi tehtävään Kirjastovirkailija on päivittynyt."
     "\n\nTila: Rekrytointi päättynyt – ei valittu"),
    ("Tiedote hakijoille", "Kiitos hakemuksestasi. Tehtävä on päätetty täyttää sisäisin "
     "järjestelyin, eikä haastatteluja järjestetä."),
    ("Anställningsbeslut – lokalvårdare", "Anställningsbeslut har fattats.\n\nTill anställningen "
     "har utsetts: Erik Lund.\n\nBeslutet kan överklagas."),
])
def test_a_nordic_no_in_more_constructions(subject: str, body: str) -> None:
    assert _read(subject, body, name="Rekruttering", sender="jobb@vestkysten.example") == \
        "rejection"


@pytest.mark.parametrize(("subject", "body"), [
    ("Dispatcher", "Ben, my niece is taking the dispatch job. Thanks for coming by the depot.\n\n"
     "Gord"),
    ("Re: Thanks for Thursday", "Ben - we went with Harjit, she's covered our night shifts for "
     "two summers. Thanks for coming out.\n\nGord"),
    ("Re: Stores interview", "Thank you Ben. We have taken someone from our Ipswich branch for "
     "the post.\n\nGord"),
    ("Re: following up", "Thanks Ben - we've hired the temp who has run our goods-in for a year, "
     "he goes permanent next month.\n\nGord"),
    ("Stores Supervisor", "Hi Ben,\n\nI wanted you to hear it from me first: Aroha Tane starts in "
     "the Stores Supervisor role on Monday. Her years on our forklifts decided it.\n\nGord"),
    ("Our stall at the jobs fair", "Hi Ben,\n\nThanks for visiting our stand. We came needing "
     "three pickers and we've hired all three from the people we met there.\n\nHR"),
    ("Shortlisting result", "Dear Ben,\n\nYour written answer was rated below the level we "
     "shortlisted at, so your application will not go to interview for this role.\n\nHR"),
    ("Stores Planner selection - Day 2 list", "Dear candidates,\n\nThank you for Day 1 of the "
     "selection for the Stores Planner post. The candidates to report for Day 2 (panel "
     "interviews) are below.\n\n1. A. Mensah\n2. K. Osei\n\nBen, since you asked: your name "
     "isn't on the list for Day 2.\n\nHR"),
    ("Re: Planner - client", "Hi Ben,\n\nThe client now wants four office days a week, and you "
     "told me two at most, so I haven't put your CV forward for this one.\n\nJo"),
    ("Coordinator post", "Dear Ben,\n\nThe post needs someone who has led a survey team, so I "
     "have not put you on the shortlist. Do apply for our officer post in spring.\n\nJo"),
    ("Application update", "Hi Ben,\n\nThe employer has updated your application.\n\nStores "
     "Planner - Harlow Foods\nStatus: Position closed\n\nJobs you might like: Planner, Picker"),
    ("Coordinator", "Hi Ben,\n\nThank you for coming up to see us. We've decided to bring in "
     "a consultant two days a month rather than take on a full-time coordinator.\n\nAnna"),
])
def test_a_no_told_by_who_was_hired_or_what_happens_next(subject: str, body: str) -> None:
    assert _read(subject, body, name="Gord Pell", sender="gord@harlowfoods.example") == \
        "rejection"


@pytest.mark.parametrize(("subject", "body"), [
    ("Re: Thursday", "Ben - we went with the later slot, she's free after 3. See you then.\n\n"
     "Gord"),
    ("Welcome", "Hi Ben,\n\nGreat news: you start in the Stores Supervisor role on Monday. "
     "Bring your boots.\n\nGord"),
    ("Day 2 list", "Dear candidates,\n\nThe list for Day 2 is below.\n\n1. A. Mensah\n2. "
     "B. Lowe\n\nBen, since you asked: your name is on the list for Day 2.\n\nHR"),
    ("Re: Planner - client", "Hi Ben,\n\nI haven't put your CV forward yet: the client is "
     "still finalising the job description.\n\nJo"),
])
def test_the_same_words_that_decide_nothing_against_the_reader(subject: str, body: str) -> None:
    assert _read(subject, body, name="Gord Pell", sender="gord@harlowfoods.example") != \
        "rejection"


@pytest.mark.parametrize(("subject", "body"), [
    ("Re: yard hand", "Ben - we lost the council contract, so there's no yard hand job this "
     "season after all. Sorry to have kept you waiting.\n\nGord"),
    ("Competition results: Stores Clerk 2", "Hello Ben,\n\nThe hiring process is now complete. "
     "Your results placed you on the eligibility list. An offer of employment was made to the "
     "top-ranked applicant.\n\nHuman Resources"),
    ("Re: picker contract", "Hey Ben - client came back, they're going with someone who's "
     "picked for them before. Thanks for letting me put you up for it.\n\nJo"),
    # Czech, Romanian, Hungarian, a Brazilian board
    ("Skladník – odpověď", "Dobrý den,\n\nděkujeme za Váš zájem o pozici skladník. Po zvážení "
     "všech uchazečů jsme se rozhodli pokračovat s jiným kandidátem.\n\nHR"),
    ("Skladník", "Dobrý den,\n\nMusíme Vám bohužel sdělit, že pozice již byla obsazena.\n\nHR"),
    ("Informace o stavu", "Stav Vaší odpovědi na pozici Skladník byl změněn.\n\nAktuální stav: "
     "Uzavřeno – nevybrán/a"),
    ("Rezultatul interviului", "Bună ziua,\n\nÎți mulțumim pentru interviu. Am decis să "
     "continuăm cu alți candidați, al căror profil corespunde mai bine.\n\nEchipa HR"),
    ("Aplicarea ta", "Bună ziua! Vă informăm că poziția a fost ocupată. Vă dorim mult succes!"),
    ("Tájékoztatás", "Tisztelt Pályázó!\n\nTájékoztatjuk, hogy az Ön pályázata nem került "
     "kiválasztásra a személyes meghallgatásra.\n\nHR"),
    ("Raktáros állás", "Kedves Bence!\n\nKöszönjük, hogy eljött. Végül egy olyan kollégát "
     "veszünk fel, aki már dolgozott hűtőházban.\n\nÜdvözlettel, Anna"),
    ("Atualização da sua candidatura", "Vaga: Auxiliar de estoque\n\nStatus: Processo seletivo "
     "encerrado\n\nA empresa finalizou este processo seletivo."),
])
def test_a_no_in_more_words_and_languages(subject: str, body: str) -> None:
    assert _read(subject, body, name="HR", sender="hr@skladvesna.example") == "rejection"


def test_an_agency_thanking_for_letting_it_submit_is_not_a_letting_agent() -> None:
    assert "not_recruiting" not in {hit.family for hit in find_hits(
        "thanks for letting me submit you, i'll keep you in mind.")[0]}
    assert "not_recruiting" in {hit.family for hit in find_hits(
        "the letting of flat 4 is agreed from monday.")[0]}


# ---------------------------------------------------------------- a note about the reader, relayed

_OUTLOOK_FORWARD = (
    "{outer}\n\nKofi\n\n________________________________\nFrom: Esi Quaye <esi@asantemalt.example>"
    "\nSent: Wednesday, October 21, 2026 11:04\nTo: Kofi Mensah <kofi@asantemalt.example>\n"
    "Subject: RE: CV - {who} (Stores Planner)\n\nHi Kofi,\n\nThanks for the referral. The "
    "planning lead has looked at {who}'s CV. {pronoun} is clearly organised, but we need someone "
    "who has run SAP MRP, so we won't be taking {object} forward for this one. Please let "
    "{object} know.\n\nEsi\nTalent Acquisition")


def _forwarded(who: str, pronoun: str, obj: str, outer: str) -> str:
    return understand(MailText(
        subject=f"Fw: CV - {who} (Stores Planner)", sender_name="Kofi Mensah",
        sender_address="kofi.mensah@gmail.example", to="Efua Agyeman <efua@kumasimail.example>",
        body=_OUTLOOK_FORWARD.format(outer=outer, who=who, pronoun=pronoun, object=obj),
    )).category


def test_a_friend_forwarding_hrs_note_about_the_reader_is_the_readers_no() -> None:
    # Outlook's forward (a rule and a header block), the note speaking of the reader as "her"
    assert _forwarded("Efua Agyeman", "She", "her",
                      "Efua, I'm sorry. See HR's reply below.") == "rejection"


def test_a_forwarded_note_about_someone_else_stays_their_news() -> None:
    assert _forwarded("Ama Boateng", "She", "her",
                      "Efua, see below - this is what they said about Ama.") != "rejection"


@pytest.mark.parametrize(("subject", "body"), [
    # a newsletter listing what no's say, in a run of quotations
    ("Digest: rejection-letter bingo", "FARM DIGEST\n\nREJECTION-LETTER BINGO\n\"While your "
     "experience is impressive...\" \"We have decided to progress with other applicants.\" \"We "
     "will keep your details on file.\" A recruiter explains what they mean.\n\nUnsubscribe"),
    ("Bulletin", "ALUMNI CAREERS BULLETIN\n\nAn advisor breaks down the usual rejection email - "
     "\"we have decided to pursue other candidates\", \"the position has been filled\", \"we "
     "encourage you to apply again\" - and when to follow up.\n\nUnsubscribe"),
    # a posting taken down, explained
    ("Stores Planner posting", "Hi Ben,\n\nOur Stores Planner posting came down yesterday only "
     "because we hit the application cap - it doesn't mean the position has been filled.\n\n"
     "Gail"),
    # a reply to an enquiry: no candidacy to close
    ("Re: any openings?", "Hi Ben,\n\nThanks for the note and CV. We're not hiring for a yard "
     "hand right now - the crew is set until spring. Keep an eye out in March.\n\nPete"),
])
def test_quoted_no_s_and_postings_explained_decide_nothing(subject: str, body: str) -> None:
    assert _read(subject, body, name="Farm Digest", sender="news@farmdigest.example") != \
        "rejection"


@pytest.mark.parametrize(("subject", "body"), [
    ("Re: Farmacêutica – valores", "Olá Inês,\n\nO valor máximo que conseguimos pagar para esta vaga é 1.450 € "
     "e a Inês indicou 1.900 €. É uma diferença grande demais, por isso ficamos por aqui.\n\n"
     "Marta"),
    ("Ogłoszenie zamknięte", "Dzień dobry,\n\nogłoszenie „Magazynier”, na które Pani aplikowała, "
     "zostało zamknięte. Stanowisko jest już obsadzone.\n\nZespół Rekrutacji"),
    ("Poste de magasinier", "Bonjour Thomas,\n\nNous avons recruté un magasinier qui connaissait "
     "déjà notre logiciel et pouvait démarrer lundi. Merci pour l'entretien.\n\nClaire"),
    ("Atualização da sua candidatura", "Oferta: Fiel de armazém\nProcesso: Encerrado\nEstado da "
     "candidatura: Arquivada"),
    ("Du nouveau sur ta candidature", "Poste : Magasinier\nStatut : Clôturée par l'entreprise"),
    ("Aggiornamento candidatura", "Offerta: Magazziniere\nStato attuale: Non in linea con il "
     "profilo"),
    ("Test result", "Dear Ben,\n\nResult: 58%. Pass mark: 70%. Applicants who do not reach the "
     "pass mark cannot progress to interview, so your application is now closed.\n\nHR"),
])
def test_a_plain_no_in_romance_languages_polish_or_a_pass_mark(subject: str, body: str) -> None:
    assert _read(subject, body, name="RH", sender="rh@armazemnorte.example") == "rejection"
