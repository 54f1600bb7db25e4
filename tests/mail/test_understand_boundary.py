"""The line between a closed candidacy and mail that only sounds like one (session six).

Each case is written for this test, not copied from a corpus. A rejection told to the reader
must be read as one; the same words in someone else's news, a newsletter about rejection
letters, a referral the reader made, a withdrawal the reader asked for or a pause with no
decision must not.
"""

from __future__ import annotations

import pytest

from onward.mail.understand import MailText, understand

CASES: list[tuple[str, str, str, str, str]] = [
    # (expected, sender, to, subject, body)
    # ---- a no in words the rules did not read before
    ("rejection", "concorsi@istituto.example", "", "Outcome of selection RTD-12",
     "Dear Dr Novak,\n\nthe selection procedure for one fixed-term researcher position is "
     "concluded. After the oral interview the Commission approved the final ranking. We inform "
     "you that you are not included among the winners of the selection."),
    ("rejection", "hr@bank.example", "", "Vacancy R-88 Credit Analyst",
     "Dear Ms Ito,\n\nAfter the reorganisation of the lending unit the vacancy Credit Analyst "
     "has been withdrawn and its tasks move to the new hub. For this reason the selection is "
     "closed. New vacancies appear on our careers site."),
    ("rejection", "recruitment@trust.example", "", "Band 6 Physiotherapist: post re-graded",
     "Dear Priya,\n\nThe post has been re-graded and will be advertised again as a Band 5 post. "
     "The Band 6 vacancy is closed and applications to it will not be taken forward."),
    ("rejection", "faculty@univ.example", "", "Lecturer post 14 - ranking",
     "Dear Dr Moreau,\n\nAfter the interviews the committee ranked the candidates and you were "
     "placed third. The post will be offered to the candidate ranked first."),
    ("rejection", "talent@insure.example", "", "Product Designer - outcome",
     "Hi Ana,\n\nThanks for waiting while the Product Designer role was on hold. After the "
     "restructure the role has now been filled, and the process is closed. We have added you "
     "to our talent pool and will contact you when a suitable vacancy opens."),
    ("rejection", "r.ibanez@search.example", "", "Re: Jefe de Bodega",
     "Pablo,\n\nHablé con el cliente. Tu expectativa de renta está sobre la banda aprobada, así "
     "que no van a seguir con tu candidatura. Te aviso si aparece algo en tu rango."),
    ("rejection", "cto@startup.example", "", "Ton offre",
     "Camille,\n\nNotre investisseur s'est retiré et nous sommes obligés de retirer l'offre que "
     "nous t'avions faite pour le poste de Lead Chimie. Je suis vraiment désolé."),
    ("rejection", "rh@chimie.example", "", "Poste Responsable Qualité - suite",
     "Bonjour Lucie,\n\nLa rémunération souhaitée dépasse notre grille et nous préférons ne pas "
     "poursuivre vers une proposition d'embauche. Je regrette cette issue."),
    # ---- the same words, not a decision on the reader
    ("other", "referrals@studio.example", "", "Update on your referral: Kofi Mensah",
     "Hi Ama,\n\nThanks for referring Kofi Mensah for the QA Engineer role. We wanted to let you "
     "know that Kofi is no longer being considered for this role. We've told him directly. "
     "Keep the referrals coming!"),
    ("other", "digest@careers-weekly.example", "", "Issue 40: what rejection emails really say",
     "This week: we read 250 rejection emails so you don't have to. The most common opening? "
     "\"Unfortunately, we have decided not to proceed.\" Also: the \"position has been filled\" "
     "myth.\n\nYou're receiving this because you subscribed. Unsubscribe any time."),
    ("other", "mentor@mail.example", "", "Re: three knockbacks",
     "Tom,\n\nthree \"not this time\" letters in two months is normal. The reserve list at the "
     "clinic means you were appointable. Let's practise the competency questions next week."),
    ("other", "hr@school.example", "", "Re: Physics teacher",
     "Dear Karin,\n\nThank you for telling us your decision. We are sad, but we understand, and "
     "I have closed your application according to your wish. Good luck in the new school!"),
    ("other", "concursos@puerto.example", "", "Concurso 07/2025: estado del proceso",
     "Estimado postulante: debido al alto número de postulaciones la evaluación se extenderá "
     "hasta el 30 de mayo. Lamentamos los inconvenientes. Ningún postulante ha sido descartado "
     "a la fecha."),
    ("rejection", "jefe@fundo.example", "", "Re: Proceso Jefe de Bodega",
     "Pablo,\n\nLos dueños decidieron no crear el cargo esta temporada. O sea, el proceso queda "
     "cancelado y no vamos a contratar a nadie. Lo siento mucho.\n\nJaime"),
    ("rejection", "acme@myworkday.com", "", "Update on your application",
     "Hi Jo,\n\nWe've reviewed all candidates and we won't be moving your application forward "
     "to the next stage.\n\nThis email may be confidential; if you received it in error, "
     "please delete it and notify us."),
    ("other", "acme@taleo.net", "", "Acme Careers - New account created",
     "Dear Jo,\n\nAn account has been created for you in the Acme career section. For "
     "security reasons, your password is not included in this message."),
    ("other", "noreply@careers.example", "", "Your one-time passcode",
     "Use the following verification code to continue with your application on Acme Careers: "
     "604 218. This code expires in 10 minutes."),
    ("rejection", "no-reply@taleo.net", "", "Your application: Site Engineer",
     "Dear Ravi,\n\nThis role requires chartered status. As your application does not show "
     "that you hold it, we are unable to progress it further. Please apply again once you do."),
    ("other", "people@startup.example", "", "Welcome aboard! Before your first day",
     "Hi Ingrid, and welcome aboard! We're so happy you signed. To get ready for your first day "
     "on 1 May, please upload your passport and tell me which laptop you want."),
    ("other", "chair@symposium.example", "", "Your abstract 212",
     "Dear Dr Lee,\n\nThe programme committee could not accept your abstract for an oral "
     "slot, but we would like to offer you a poster in Session B of the symposium."),
    # ---- the same questions in the seeker's other languages
    ("rejection", "vagas@gupy.example", "", "Sua candidatura",
     "Olá, Beatriz!\n\nObrigado por participar da etapa de testes. Infelizmente, desta vez você "
     "não avançou para a próxima etapa do processo."),
    ("rejection", "powiadomienia@board.example", "", "Odpowiedź pracodawcy",
     "Dzień dobry, dziękujemy za udział w rekrutacji. Tym razem nie możemy zaprosić Panią do "
     "kolejnego etapu. Życzymy powodzenia."),
    ("rejection", "directeur@labo.example", "", "Suite de votre entretien",
     "Bonjour Madame Petit,\n\nAprès réflexion, nous avons choisi de poursuivre avec un profil "
     "plus expérimenté en validation. Je vous souhaite une belle suite."),
    ("rejection", "personal@amt.example", "", "Ergebnis des Auswahlverfahrens",
     "Sehr geehrte Frau Huber,\n\nnach den Hearings wurden Sie an die dritte Stelle gereiht. "
     "Die Funktion wird mit der erstgereihten Person besetzt."),
    ("rejection", "rrhh@ayto.example", "", "Calificaciones primer ejercicio",
     "Su calificación en el primer ejercicio ha sido de 3,9 puntos, por lo que figura como NO "
     "APTO y no podrá continuar en el proceso selectivo."),
    ("rejection", "ceo@startup.example", "", "Oferta Analista",
     "Hola Ana, la ronda de inversión se postergó y se congelaron las contrataciones. Con mucho "
     "pesar te comunico que no podremos formalizar la oferta."),
    ("other", "rh@usine.example", "", "Rectificatif - votre candidature",
     "Bonjour Madame Roux,\n\nVous avez reçu hier un message indiquant que votre candidature "
     "n'était pas retenue. Ce message vous a été envoyé par erreur. Votre candidature est "
     "toujours en cours d'étude."),
    ("application_received", "seleccion@empresa.example", "", "Confirmación de recepción",
     "Estimada Sra. Ruiz:\n\nLe confirmamos que hemos recibido correctamente su candidatura. "
     "Si en un plazo de 30 días no ha recibido noticias nuestras, entienda que su candidatura "
     "no ha sido seleccionada."),
    ("other", "comite@congres.example", "", "Votre proposition de communication n° 41",
     "Madame Dubois,\n\nNous avons le regret de vous informer que votre proposition de "
     "communication n'a pas été retenue par le comité scientifique du congrès."),
    # ---- a pause with no decision, even beside words of a closing
    ("on_hold", "deputy@school.example", "", "Biology teacher - information",
     "Dear Mr Berg,\n\nThe new group depends on enrolment in June, so at this moment the "
     "recruitment is stopped, but it is not closed and no decision was made about your "
     "application. I will write to you again in June."),
]


@pytest.mark.parametrize(("expected", "sender", "to", "subject", "body"), CASES,
                         ids=[f"{i:02d}-{c[0]}" for i, c in enumerate(CASES)])
def test_boundary(expected: str, sender: str, to: str, subject: str, body: str) -> None:
    found = understand(MailText(subject=subject, sender_name="", sender_address=sender, body=body,
                                to=to))
    assert found.category == expected, found.evidence


def test_a_partners_forwarded_no_in_spanish_is_her_news() -> None:
    """A Gmail forward with Spanish header lines is cut like an English one: the partner's no
    forwarded for sympathy is hers, not the reader's."""
    body = ("Amor, mira esto. Ni siquiera me dieron entrevista.\n\nV.\n\n"
            "---------- Forwarded message ---------\n"
            "De: Estudio Norte <postulaciones@norte.example>\n"
            "Date: mié, 19 mar 2025 a las 17:41\n"
            "Subject: Postulación Arquitecta Junior\n"
            "To: <vale@mail.example>\n\n"
            "Estimada Valentina:\n\nLamentablemente, en esta oportunidad no continuaremos con tu "
            "postulación al cargo de Arquitecta Junior.\n\nEquipo Estudio Norte")
    found = understand(MailText(subject="Fwd: Postulación Arquitecta Junior", sender_name="Vale",
                                sender_address="vale@mail.example", body=body,
                                to="Tomás Reyes <tomas@mail.example>"))
    assert found.category != "rejection", found.evidence


def test_a_forwarded_no_that_names_the_reader_still_counts() -> None:
    """The same forward when the no is the reader's own (sent on from an old address)."""
    body = ("fyi\n\n---------- Mensaje reenviado ---------\n"
            "De: Estudio Norte <postulaciones@norte.example>\n"
            "Fecha: 19 mar 2025\nAsunto: Postulación\nPara: <tomas.old@mail.example>\n\n"
            "Estimado Tomás:\n\nLamentablemente, en esta oportunidad no continuaremos con tu "
            "postulación al cargo de Arquitecto Junior.\n\nEquipo Estudio Norte")
    found = understand(MailText(subject="Fwd: Postulación", sender_name="Tomás",
                                sender_address="tomas.old@mail.example", body=body,
                                to="Tomás Reyes <tomas@mail.example>"))
    assert found.category == "rejection", found.evidence
