"""Recruiting mail in French, Spanish, German, Portuguese, Polish, Italian and Dutch is read, not
forgotten as "not about recruiting" (rules_intl.toml). Written for these tests, not from a corpus:
the closings, acknowledgements and invitations a seeker in those countries receives, and the
look-alikes that must not count as a no."""

from __future__ import annotations

import pytest

from onward.mail.understand import MailText, understand


def _read(subject: str, body: str):  # type: ignore[no-untyped-def]
    return understand(MailText(subject=subject, sender_name="Recrutement",
                               sender_address="jobs@example-employer.test", body=body))


@pytest.mark.parametrize(("subject", "body", "category"), [
    # French
    ("Votre candidature - Chargé(e) de communication",
     "Madame,\n\nNous vous remercions de l'intérêt que vous portez à notre entreprise. Après "
     "étude attentive de votre dossier, nous sommes au regret de vous informer que votre "
     "candidature n'a pas été retenue.\n\nNous vous souhaitons pleine réussite.\n\nService RH",
     "rejection"),
    ("Poste de technicien", "Bonjour Marc, malheureusement nous avons retenu un autre candidat "
     "dont l'expérience correspond davantage au poste. Bonne continuation !", "rejection"),
    ("Accusé de réception", "Bonjour, nous avons bien reçu votre candidature au poste d'analyste "
     "financier. Sans réponse de notre part sous quatre semaines, veuillez considérer que votre "
     "candidature n'a pas été retenue.", "application_received"),
    ("Entretien", "Bonjour Julie, votre profil nous intéresse et nous souhaiterions vous "
     "rencontrer pour un premier entretien la semaine prochaine. Quelles sont vos "
     "disponibilités ?", "interview_invite"),
    ("Report de notre entretien", "Bonjour, malheureusement je dois reporter notre entretien de "
     "jeudi. Seriez-vous disponible lundi à 14h ?", "scheduling"),
    # Spanish
    ("Proceso de selección", "Estimado Carlos: lamentamos comunicarle que su candidatura no ha "
     "sido seleccionada para continuar en el proceso. Guardaremos su currículum para futuras "
     "vacantes.", "rejection"),
    ("Vacante Analista", "Hola Ana, gracias por tu tiempo. Hemos decidido continuar el proceso "
     "con otros candidatos cuyo perfil se ajusta más a lo que buscamos.", "rejection"),
    ("Tu candidatura", "Hola, hemos recibido tu candidatura para el puesto de Diseñadora UX. Si "
     "no recibes noticias nuestras en 15 días, entiende que no ha sido seleccionada.",
     "application_received"),
    ("Entrevista", "Hola Lucía, nos gustaría invitarte a una entrevista por videollamada el "
     "martes a las 10:00. ¿Te viene bien?", "interview_invite"),
    # German
    ("Ihre Bewerbung als Konstrukteur", "Sehr geehrter Herr Weber,\n\nvielen Dank für Ihre "
     "Bewerbung. Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Bewerber "
     "entschieden haben.\n\nMit freundlichen Grüßen", "rejection"),
    ("Absage", "Hallo Jana, die Stelle wurde inzwischen besetzt. Wir wünschen dir viel Erfolg "
     "bei der weiteren Suche!", "rejection"),
    ("Eingangsbestätigung", "Sehr geehrte Frau Lang, wir haben Ihre Bewerbung erhalten und "
     "melden uns in den nächsten Wochen bei Ihnen.", "application_received"),
    ("Einladung", "Sehr geehrte Frau Lang, wir möchten Sie gerne zu einem Vorstellungsgespräch "
     "am 12. März einladen.", "interview_invite"),
    ("Position pausiert", "Hallo Tim, die Stelle ist vorerst auf Eis gelegt; über deine "
     "Bewerbung ist noch nichts entschieden. Wir melden uns, sobald es weitergeht.", "on_hold"),
    # Portuguese
    ("Processo seletivo", "Olá Pedro, agradecemos sua participação. Infelizmente sua candidatura "
     "não foi selecionada para a próxima etapa.", "rejection"),
    ("Vaga de Analista", "Oi Marina, a vaga já foi preenchida. Obrigado pelo interesse!",
     "rejection"),
    # Polish
    ("Rekrutacja - Analityk danych", "Dzień dobry, dziękujemy za udział w rekrutacji. Niestety "
     "zdecydowaliśmy się na innego kandydata.", "rejection"),
    ("Zaproszenie", "Dzień dobry Pani Anno, zapraszamy Panią na rozmowę kwalifikacyjną w "
     "czwartek o 11:00.", "interview_invite"),
    # Italian
    ("Candidatura", "Gentile Marco, purtroppo la sua candidatura non è stata selezionata per "
     "la posizione di Data Analyst.", "rejection"),
    ("Colloquio", "Ciao Giulia, vorremmo invitarti a un colloquio conoscitivo la prossima "
     "settimana.", "interview_invite"),
    ("Estado de tu postulación", "La empresa actualizó tu postulación.\n\nEstado: Descartado\n\n"
     "Sigue buscando: hay nuevas vacantes cada día.", "rejection"),
    ("gracias", "Pedro, gracias por venir ayer. Lo platicamos con el equipo y vamos a seguir "
     "buscando a alguien con más experiencia en campo. Un abrazo.", "rejection"),
    ("Su postulación", "¡Listo! Te postulaste a Analista de Datos en Grupo Sierra. La empresa "
     "revisará tu CV.", "application_received"),
    ("Visite", "Bonjour, je vous confirme l'entretien de mardi à 10h dans nos locaux ; "
     "demandez Mme Roy à l'accueil.", "scheduling"),
    # the ways a person says it, beyond the form letters
    ("Retour", "Bonjour Léa, merci pour l'échange de mardi. Après réflexion, on ne va pas "
     "poursuivre avec toi pour ce poste : il nous faut quelqu'un de plus senior en SQL.",
     "rejection"),
    ("Ihre Bewerbung", "Vielen Dank für Ihre Bewerbung. Wir haben uns entschieden, die Stelle "
     "anderweitig zu besetzen.", "rejection"),
    ("Feedback", "Ciao Luca, grazie per il colloquio. Abbiamo deciso di non procedere con la tua "
     "candidatura, ma ti terremo presente per le prossime posizioni.", "rejection"),
    ("Sua candidatura", "Olá Ana, obrigada pela conversa. Infelizmente decidimos não avançar com "
     "a sua candidatura neste momento.", "rejection"),
    ("Rekrutacja", "Cześć Kasia, dzięki za rozmowę. Tym razem nie przejdziemy dalej - szukamy "
     "kogoś z większym doświadczeniem w Pythonie.", "rejection"),
    ("Sollicitatie", "Beste Joost, de commissie heeft alle brieven beoordeeld; wij nodigen u "
     "daarom niet uit voor een gesprek.", "rejection"),
    # Dutch
    ("Je sollicitatie", "Hoi Sanne, helaas hebben we besloten verder te gaan met een andere "
     "kandidaat. Veel succes!", "rejection"),
    ("Uitnodiging", "Beste Tom, wij nodigen u graag uit voor een sollicitatiegesprek op "
     "dinsdag.", "interview_invite"),
    # closings with no stock word ("leider", "malheureusement", "infelizmente"…): who was
    # taken, or that the process ends here
    ("Mantenimiento industrial", "Hola Lucía, gracias por venir a ver la planta. Al final nos "
     "quedamos con un chico que ya había trabajado con prensas hidráulicas. Un saludo, Javier",
     "rejection"),
    ("Poste de dessinateur", "Bonjour Théo, on a finalement pris quelqu'un qui peut démarrer dès "
     "le 5 janvier. Merci encore pour l'échange. Claire", "rejection"),
    ("UX Research", "Hallo Jonas, danke fürs Gespräch am Dienstag! Wir haben lange überlegt und "
     "uns für jemanden entschieden, der schon im Gesundheitswesen gearbeitet hat. Viele Grüße",
     "rejection"),
    ("Arbeitsprobe", "Sehr geehrter Herr Weber, vielen Dank für Ihre Arbeitsprobe. Die Analyse "
     "blieb uns zu allgemein. Damit endet das Auswahlverfahren für Sie.", "rejection"),
    ("Farmacêutico/a", "Cara Beatriz, o processo de recrutamento ficou concluído. A escolha "
     "recaiu sobre uma candidata com experiência hospitalar. Obrigada pelo seu tempo.",
     "rejection"),
    ("Concours d'ingénieur territorial", "Madame, merci de votre candidature au poste "
     "d'ingénieur. Vos notes à l'épreuve écrite sont inférieures au seuil d'admissibilité ; "
     "votre participation au concours prend fin.", "rejection"),
    ("Functie financieel analist", "Beste Marta, door de overname moeten wij het aanbod voor de "
     "functie dat we je op 10 november hebben gedaan, en dat jij hebt geaccepteerd, intrekken.",
     "rejection"),
])
def test_recruiting_mail_in_other_languages(subject: str, body: str, category: str) -> None:
    found = _read(subject, body)
    assert found.category == category, found.evidence


@pytest.mark.parametrize(("subject", "body"), [
    # a delay that starts with "unfortunately"
    ("Votre candidature", "Bonjour, malheureusement le processus prend plus de temps que prévu : "
     "votre candidature est toujours en cours d'étude. Nous reviendrons vers vous."),
    ("Ihre Bewerbung", "Leider dauert es etwas länger als geplant; Ihre Bewerbung ist noch in "
     "Bearbeitung."),
    # a flat, applied for in the same words as a job
    ("Ihre Bewerbung für die Wohnung", "Vielen Dank für Ihre Bewerbung für die 2-Zimmer-Wohnung. "
     "Leider hat sich der Vermieter für einen anderen Bewerber entschieden."),
    # a personal note, not recruiting
    ("Samedi", "Salut ! Malheureusement je ne pourrai pas venir samedi, on se voit dimanche ?"),
    # the same words while nothing is decided
    ("UX Research", "Hallo Jonas, wir haben uns noch nicht für jemanden entschieden und melden "
     "uns nächste Woche."),
    ("Farmacêutico/a", "Cara Beatriz, ainda não optámos por uma candidata; o processo continua e "
     "damos notícias em breve."),
])
def test_not_a_rejection_in_other_languages(subject: str, body: str) -> None:
    assert _read(subject, body).category != "rejection"


def test_a_closing_names_its_evidence_in_the_mail_s_own_words() -> None:
    found = _read("Votre candidature", "Nous ne pouvons pas donner une suite favorable à votre "
                  "candidature au poste d'assistant(e) de direction.")
    assert found.category == "rejection"
    assert any("suite favorable" in line for line in found.evidence), found.evidence

