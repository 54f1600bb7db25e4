"""What a rejection says beyond "no": the stage it came at, reasons, form letter or personal,
an invitation to re-apply, and any feedback (the sentences themselves).

Pure functions over the normalised (lower-case) text; the hits of the phrase families are
passed in so reasons implied by a deciding family ("the position has been filled") count.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from onward.mail.prefilter import Patterns, Scan
from onward.mail.rules import Hit

# ---------------------------------------------------------------- stage

# Before a stage word: it did not happen, or it is ahead ("not shortlisted for interview",
# "a chance to interview", "moving you to the onsite", "candidates for campus visits").
_NEGATED_BEFORE = re.compile(r"(?:not|n't|never|no|without|unable to|chance to|invite you to|"
                             r"invite you for|inviting you to|to proceed to|to move to|"
                             r"to progress to|on to the|onto the|into the|you to|you on to|"
                             r"candidates (?:for|to)|others (?:for|to)|prepared for|"
                             r"cancel\w*|planned|scheduled|upcoming|booked|put you through|"
                             # the same in the other languages Onward reads
                             r"não|nicht|keine[mnrs]?|pas|nie|non|niet|geen|sin|sans|ohne|senza|"
                             r"convoc\w*|convi[\w-]*|cham[\w-]*|einzuladen|einladen|invit(?:ar|er|are)\w*|uitnodig\w*|"
                             r"zaprosi\w*|"
                             # Norwegian, Swedish, Danish: "not taken on to interview", "called in
                             # to an interview", "invite you to a talk"
                             r"(?<![\w'])(?:ikke|inte|ej|til|till|uden|utan|uten|ilman|ei|eikä|kutsu\w*))\s+"
                             r"(?:[\w'-]+\s+){0,3}$")
# After a stage word: it did not take place ("your interview ... has been cancelled").
_NOT_HELD_AFTER = re.compile(r"^\W*(?:[\w'-]+\W+){0,6}?(?:cancel|will not (?:go ahead|take place)|"
                             r"won't (?:go ahead|take place)|planned for|scheduled for|booked for)")
_FINAL = re.compile(
    r"final (?:round|interviews?|stage|panel|presentation|meeting|conversation|step|phase|"
    r"assessment|call)|last (?:round|stage|interview)|on-?site (?:interview|visit|day|loop)|"
    r"(?:your|the) on-?site\b|superday|campus visit|(?:met|meeting|meet) (?:with )?(?:our |the )?"
    r"(?:ceo|cfo|cto|coo|founder|founders|board|managing director|vp|chief)|public forum\b|whole loop|"
    # only the last round has finalists, a job talk, a day with the team, two left to choose from
    r"\bfinalists?\b|(?:final|last) (?:two|three|four|2|3|4)\b|job talk|(?:full|whole) day with (?:us|the team)|between you and (?:one |"
    r"an)?(?:other|another) (?:candidate|person|applicant|finalist)|"
    r"offer stage|reference checks?|assessment (?:centre|center)|site visit|full loop|"
    r"(?:third|3rd|fourth|4th) (?:round|interview|stage)|"
    # Spanish, Portuguese, French, German, Italian, Dutch, Polish
    r"(?:entrevista|entretien|colloquio|gesprek|rozmow\w*) final\w*|(?:última|ultima|dernier|"
    r"ultimo|laatste) (?:entrevista|entretien|colloquio|gesprek|ronda|rodada|fase|etapa|étape|"
    r"ronde|tour)|(?:fase|etapa|étape|ronda|rodada|phase) final\w*|(?:finale[nr]?|letzte[nr]?) "
    r"(?:runde|auswahlrunde|gespräch\w*|phase)|abschlussgespräch\w*|eindgesprek\w*|"
    r"ostatni\w* (?:etap\w*|rozmow\w*)|etap\w* final\w*|"
    # Norwegian, Swedish, Danish, Finnish: the last round, the final candidates
    r"(?:siste|sista|sidste) (?:og \w+ )?(?:intervju\w*|runde\w*|rundan|omgång\w*|samtale\w*|"
    r"samtal\w*)|sluttrunde\w*|slutintervju\w*|slutkandidat\w*|finalerunde\w*|"
    r"viimei\w* (?:haastattelu\w*|kierro\w*|vaihe\w*)|loppusuora\w*|finaali\w*"
)
_SCREEN = re.compile(
    r"phone (?:screen|screening|interview|call|conversation)|(?:talk|chat|conversation|call) "
    r"(?:on|over) the phone|screening (?:call|interview)|"
    r"initial (?:call|conversation|chat|interview|screen|discussion)|intro(?:ductory)? "
    r"(?:call|chat|conversation)|recruiter (?:call|screen|chat)|(?:our|the|your) (?:brief |short |"
    r"quick |recent )?(?:call|chat|conversation)\b|first call|video screen|"
    r"(?:numerical|verbal|online|coding|technical|written|writing|aptitude|skills?|psychometric)"
    r" (?:test|assessment|exercise|challenge)|take[- ]home|assessments?\b|(?:the|your) test\b|"
    r"(?:the|your) (?:exercise|assignment|challenge|case study)|(?:written|practical|online|"
    r"entrance|qualifying|qualification|selection) (?:exam|examination|test)s?\b|"
    r"\bon the phone\b|(?:taking|take|took) (?:my|our|the) (?:call|phone call)\b|"
    # a recorded interview answers questions on a screen: no one interviews live
    r"(?:recorded|one-way|on-?demand|asynchronous|pre-?recorded) (?:video )?interviews?|"
    r"(?:completing|complete|completed|recording|recorded) (?:our |the |your )?(?:video|online) "
    r"interviews?|hirevue|"
    # other languages: a call, a first talk with the recruiter, a test
    r"(?:entrevista|conversación|conversa|charla|llamada|chamada|ligação|entretien|échange|appel|"
    r"colloquio|gesprek|rozmow\w*) (?:telef\w*|por teléfono|au téléphone|por telefone)|"
    r"(?:llamada|videollamada|chamada|videochamada|ligação|appel|telefonata|chiamata|"
    r"videochiamata|telefonat|telefoninterview|telefongespräch|telefoongesprek|belafspraak|"
    r"videogesprek)\w*|telefonische[ns]? (?:erst|kennenlern)?gespräch\w*|"
    r"\b(?:charla|conversa|conversación|échange|telefonat|chiacchierata|gesprekje)\b|"
    r"(?:prueba|pruebas|prova|provas|épreuve|épreuves|examen|exame|egzamin|toets|zadani\w*) "
    r"(?:[\w-]+ ){0,2}?(?:técnic\w*|psicotécnic\w*|escrit\w*|écrite?s?|scritt\w*|online|en ligne|"
    r"de nivel|de conhecimentos|rekrutacyjn\w*|teoretyczn\w*|praktyczn\w*)|"
    r"(?:online-?|eignungs|einstufungs|kompetenz)test\w*|\btest (?:técnico|technique|tecnico|"
    r"technischer|online|en ligne|psicotécnico|de personalidad|de nivel)|"
    # Norwegian, Swedish, Danish, Finnish: a call, a test, a task before any interview
    r"telefonintervju\w*|telefonsamtal\w*|telefonsamtale\w*|puhelinhaastattelu\w*|"
    r"\bpuhelu\w*|videosamtal\w*|\btest(?:ene|erna|ena|en|et|ien|it|iin)\b|testresultat\w*|"
    r"personlighe[dt]s?test\w*|ennakkotehtäv\w*|kodeopgave\w*|kodeoppgave\w*|"
    r"\bcase(?:t|n)\b|case-?(?:oppgave|opgave|uppgift)\w*|soveltuvuusarvi\w*|alkuhaastattelu\w*"
)
_INTERVIEW = re.compile(
    r"interview(?:ed|ing|s|ers?)?\b|(?:met|meeting|meet|speaking|spoke|talking|talked) (?:with )?"
    r"(?:us|you|me|the team|our team|the panel|the hiring|everyone|them)|panel|second round|"
    r"trial (?:shift|day)|kitchen trial|assessment (?:day|centre|center)|your visit|"
    r"(?:time|day) with us|came (?:in|down|by|to see)|(?:for|after|about) coming(?: in| down| by| to"
    r" see| to our| to the)?\b|presentation|meeting you|met you|(?:talking|speaking|chatting) (?:to|"
    r"with) you|the trial|(?:your|the) stage on|pairing session|work trial|(?:thanks?|thank you)"
    r"(?: again| so much)? for (?:meeting|coming|your visit|visiting|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|the meeting|the time (?:last|on|yesterday|this)|your time (?:last|"
    r"on|yesterday|this))|meeting (?:our|with|the) |(?:good|great|nice|lovely) (?:talking|"
    r"speaking|meeting|to meet)|(?:pleasant|good|great|lovely) conversation|the meeting (?:of|on|"
    r"last|yesterday)|(?:really )?liked you\b|long process|"
    # time spent with the people who decide, rounds held, a lesson taught, a day worked
    r"time (?:you spent |you gave )?with (?:our|the|my) (?:[\w-]+ )?(?:team|panel|partners|"
    r"founders)|(?:speaking|spoke|talking|talked|chatting|chatted|time|meeting|met) (?:with|to) "
    r"(?:[\w-]+,? ){1,3}(?:and|&) me\b|(?:the|your|our|those|two|three|both|all the|last \w+'s) "
    r"(?:[\w-]+ )?conversations\b|(?:technical|team|onsite|interview|panel|second|two|both|three|"
    r"\w+day's) rounds?\b|(?:nice|interesting|good|great|lovely|pleasant) (?:talk|chat|"
    r"conversation)\b|teaching (?:the|a|your|our) (?:[\w-]+ ){0,3}?(?:class|lesson)|(?:bake|cook|"
    r"trial|working|taster) (?:day|test|shift)\b|(?:good|great|lovely|nice) to see you\b|saw you "
    r"(?:on|at|last|yesterday)\b|walk-?through|appearance before|"
    # other languages: an interview, a talk, meeting the candidate
    r"\bentrevistas?\b|\bentretiens?\b|\bcolloqui[oa]?\b|vorstellungsgespr\w*|"
    r"bewerbungsgespr\w*|auswahlgespr\w*|\bgespräch\w*|\bkennenlernen\b|"
    r"sollicitatiegesprek\w*|\bgesprek(?:ken)?\b|kennismakingsgesprek\w*|"
    r"rozmow\w* (?:kwalifikacyjn|rekrutacyjn|z )\w*|\bspotkani[aeu]\b|"
    r"(?:conocerte|conocerle|conocerla|conhecer você|te conhecer|vous rencontrer|rencontre|"
    r"conoscerla|conoscerti|kennenzulernen|leren kennen)\b|"
    # Norwegian, Swedish, Danish, Finnish: an interview, a talk, a meeting
    r"\bintervju(?:et|er|ene|n|t|er)?\b|\bintervjuer\w*|\bsamtale(?:n|r|rne)?\b|"
    r"\bsamtal(?:et)?\b|jobbsamtale\w*|ansættelsessamtale\w*|haastattelu(?!un\b|vaiheeseen|kutsu)\w*|"
    r"\btapaami\w*|\bmøde(?:t)?\b|\bmøte(?:t)?\b|\bmötet\b"
)


def _first_unnegated(pattern: re.Pattern[str], scan: Scan) -> re.Match[str] | None:
    text = scan.text
    for match in scan.finditer(pattern):
        if _NEGATED_BEFORE.search(text[max(0, match.start() - 50) : match.start()]):
            continue
        if _NOT_HELD_AFTER.search(text[match.end() : match.end() + 60]):
            continue
        return match
    return None


def rejection_stage(text: str, hits: Iterable[Hit] = ()) -> str:
    """after_final_round > after_interview > after_screen > after_application.

    With no cue at all the answer is after_application, by far the most common stage."""
    if any(h.family == "decision_rescinded" for h in hits):
        return "after_final_round"  # an offer was made: every round had been passed
    scan = _scan(text)
    if _first_unnegated(_FINAL, scan):
        return "after_final_round"
    without_screens = scan.sub(_SCREEN, " ")
    if _first_unnegated(_INTERVIEW, scan if without_screens is text
                        else _INTERVIEW_ONLY.scan(without_screens)):
        return "after_interview"
    if _first_unnegated(_SCREEN, scan):
        return "after_screen"
    return "after_application"


# ---------------------------------------------------------------- reasons

_REASONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("experience_gap", re.compile(
        r"(?:more|additional|further|greater|deeper|broader|significant|extensive|direct|relevant|"
        r"hands-on|specific|enough|sufficient|minimum|prior|years of|level of|depth of|senior-level|"
        r"commercial|industry|leadership|management|people management) (?:[\w-]+ ){0,2}"
        r"(?:experience|exposure|track record|seniority)|"
        r"(?:lack|lacks|lacking|lacked|limited|less|insufficient|not enough|no|without) "
        r"(?:[\w-]+ ){0,3}"
        r"(?:experience|exposure|background|track record|certification|qualification|licen[cs]e)|"
        # a licence, registration or certificate the role needs and the candidate does not hold
        r"(?:require|requires|required|need|needs|needed|must (?:hold|have)) (?:a |an |the |"
        r"current |valid |active |full |professional )*(?:[\w-]+ ){0,3}?(?:registration|"
        r"licen[cs]e|certificate|certification|accreditation|clearance)\b|"
        r"(?:not|n't) (?:hold|have|possess|provide) (?:a |an |the |any |your )?(?:current |valid |"
        r"active |full )?(?:[\w-]+ ){0,3}?(?:registration|licen[cs]e|certificate|certification|"
        r"qualification|pin)\b|"
        r"(?:not|n't) (?:meet|satisfy|demonstrate|evidence) (?:the |all |our |one of the |each of "
        r"the )?(?:essential|minimum|key|required|mandatory|shortlisting) (?:criteria|criterion|"
        r"requirements?|qualifications?)|"
        r"(?:certification|certificate|chartered|accreditation|registration|licen[cs]e|degree) "
        r"(?:[\w-]+ ){0,3}(?:is |was |are )?(?:required|essential|mandatory|needed|a requirement)|"
        r"(?:do|does|did)(?: not|n't) (?:yet )?have (?:[\w-]+ ){0,3}?(?:experience|exposure|"
        r"background|track record)\b|(?:applicants|candidates|someone|somebody|people|a person) "
        r"with (?:[\w-]+ ){0,4}?experience (?:of|in|with|across)\b|"
        r"(?:more|most) experienced|(?:years|level) of experience|(?:minimum|essential) "
        r"(?:requirements?|criteria)|"
        # what the one chosen (or wanted) has: "a candidate whose background in structured
        # finance", "someone who already holds the certificate", "a person with more years in"
        r"whose (?:[\w-]+ )?(?:experience|background|track record) (?:in|with|of|on|at|across|"
        r"running|leading|building|managing|delivering)\b|"
        r"\b(?:who|that) (?:already |has already |had already )?(?:has|have|had|holds?|held|brings?|"
        r"'s|'d) (?:already )?(?:[\w-]+ ){0,6}?(?:experience|background|track record|"
        r"certificat\w*|licen[cs]e|registration|qualification|card|tickets?)\b|"
        r"(?<!your )\b(?:more|several|many|a few|[0-9]+|two|three|four|five|six|seven|eight|ten) "
        r"(?:more )?years (?:of|in|with|on|at|running|doing|working)\b(?! (?:[\w-]+ ){0,4}?you)|"
        r"(?:not|n't) (?:clearly )?(?:meet|satisfy|demonstrate|show|evidence) (?:the |this |that |"
        r"our |any )?(?:following |required |current |specialized |specialised |relevant )*"
        r"(?:[\w-]+ ){0,2}?(?:experience|registration|licen[cs]e|certificat\w*|essential "
        r"qualifications?)\b")),
    ("skills_mismatch", re.compile(
        r"(?:skills?|skill set|skillset|expertise|knowledge|proficiency|fluency|competenc\w+|"
        r"technical background|tech stack|toolset|language skills) (?:[\w-]+ ){0,5}?(?:closer|better|"
        r"more closely|match|align|required|requirement|needed|gap|did not|didn't|not)|"
        r"(?:closer|better|stronger|more direct) (?:match|fit|alignment)|(?:fluent|fluency|native|"
        r"proficient|proficiency) (?:[\w-]+ ){0,2}(?:in |level )?(?:german|french|english|spanish|"
        r"dutch|italian|polish|japanese|mandarin|korean|portuguese|language)|"
        r"(?:german|french|english|spanish|dutch|italian|polish|japanese|mandarin|korean|"
        r"portuguese|swedish|danish|norwegian|finnish|czech|arabic|cantonese) (?:language )?"
        r"(?:skills?|level|is (?:required|essential|mandatory|necessary)|requirement|fluency|"
        r"speaker)|speak (?:fluent |native |business |good )?(?:german|french|english|spanish|"
        r"dutch|italian|polish|japanese|mandarin|korean|portuguese|swedish)|\b[abc][12] level|"
        r"(?:knowledge|command|level|proficiency) of (?:[\w-]+ )?(?:german|french|english|spanish|"
        r"dutch|italian|polish|japanese|mandarin|korean|portuguese|swedish)|\([abc][12]\)|"
        r"(?:requirements?|criteria|qualifications) (?:[\w-]+ ){0,3}(?:not met|were not|was not|"
        r"wasn't|weren't)|(?:meet|match) (?:all )?(?:of )?(?:the |our )?(?:minimum |key |essential |"
        r"specific )?(?:requirements|criteria|qualifications)")),
    ("interview_performance", re.compile(
        r"(?:felt|noted|observed|sensed) (?:that )?(?:you|your|the)\b|found (?:that )?(?:you|your|the "
        r"(?:depth|answers|examples|responses))|would have liked (?:to see|more)|not as strong|"
        r"(?:struggled|fell short|did not demonstrate|didn't demonstrate|did not show|didn't show|"
        r"wasn't able to|were not able to|weren't able to) |\b(?:depth|clarity|structure|detail) "
        r"(?:in|of|on) (?:your|the)|(?:(?:your|the) (?:[\w&-]+ ){0,2}?)?(?:answers?|responses?|examples?|"
        r"presentation|pace|communication)\b (?:[\w-]+ ){0,3}?(?:were|was|lacked|did not|didn't|"
        r"stayed|ran)|(?:interview|panel) (?:feedback|performance)|(?:areas?|room) (?:for|of) "
        r"(?:improvement|development|growth)|the (?:panel|team|interviewers?|committee|hiring "
        r"manager) (?:felt|thought|noted|found|was looking|were looking|wanted)")),
    ("assessment_performance", re.compile(
        r"(?:(?:your|the) (?:solution|submission|code|take-home|assignment|exercise|case study|"
        r"write-up) "
        r"(?:[\w-]+ ){0,4}?(?:did not|didn't|does not|doesn't|wasn't|was not|lacked|missed))|"
        r"(?:test|assessment|exercise|assignment|challenge|take-home|case study|score|scores|result"
        r"|results|threshold|benchmark|pass mark|cut-?off|submission) (?:[\w-]+ ){0,5}?(?:below|"
        r"did not meet|didn't meet|not meet|did not reach|didn't reach|fell short|short of|not pass|"
        r"did not pass|didn't pass|unsuccessful|lower than|under the|not (?:at|up to) the)|"
        r"(?:below|under|short of|did not reach|didn't reach|not reach|not meet) (?:the |our )?"
        r"(?:[\w-]+ ){0,2}(?:threshold|benchmark|pass mark|cut-?off|bar|standard|score)")),
    ("culture_or_preference", re.compile(
        r"(?:culture|cultural|team|values) (?:fit|add|alignment)|right fit|not (?:the |a )?(?:right|"
        r"good|best) fit|(?:fit|match) (?:with|for) (?:the|our) (?:team|culture|values)|"
        r"(?:availability|schedule|shift pattern|hours) (?:[\w-]+ ){0,4}(?:preference|did not|didn't|"
        r"not|doesn't|does not)|preferred (?:availability|someone who)")),
    ("location_or_authorization", re.compile(
        r"sponsor|visa|work permit|right to work|(?:eligible|eligibility|authori[sz]ed|authori[sz]"
        r"ation) to work|work authori[sz]ation|citizenship|citizens\b|security clearance|relocat|"
        r"commut|(?:based|located|living|resident) (?:in|within|near)|on-?site(?! (?:stage|"
        r"interviews?|rounds?|visits?|day|loop|panel))|in-office|in the office|"
        r"remote|driving licen|driver's licen|(?:outside|within) (?:the |our )?(?:[\w-]+ )?"
        r"(?:area|region|country|eu|uk|us|time ?zone)")),
    ("compensation", re.compile(
        r"(?:salary|compensation|pay|rate|package|wage)s? (?:[\w-]+ ){0,4}?(?:expectations?|"
        r"requirements?|range|band|budget|level)|(?:outside|above|beyond|exceeds?|over) (?:of )?"
        r"(?:our|the|their) (?:budget|salary|pay|compensation|range|band)")),
    ("overqualified", re.compile(
        r"over-?qualified|too (?:senior|experienced)|(?:more|far more) senior than|junior for you")),
    ("internal_candidate", re.compile(
        r"internal (?:candidate|applicant|application|hire|transfer|promotion|colleague)|internally|"
        r"from within|in-house candidate|stepping up|(?:acting|acting up|been covering|covering) "
        r"(?:in |as )?(?:the|this) (?:role|post|position|job)|from our own (?:staff|team)|(?:someone|somebody) internal")),
    ("position_filled", re.compile(
        r"(?:position|role|job|vacancy|post|opening|places?|positions|roles) (?:has|have|had|is|was|"
        r"were) (?:now |already |since |recently )?(?:been )?(?:filled|taken)|filled (?:the|this|that) "
        r"(?:position|role|vacancy|post)")),
    ("role_closed_or_frozen", re.compile(
        r"(?:position|role|vacancy|post|requisition|search|opening|recruitment|hiring|process) "
        r"(?:[\w-]+ ){0,4}?(?:cancel+ed|withdrawn|eliminated|discontinued|defunded|closed|"
        r"frozen|paused|on hold|no longer exists|scrapped|pulled)|(?:hiring|recruitment) freeze|"
        r"(?:funding|budget|headcount) (?:[\w-]+ ){0,4}?(?:withdrawn|cut|lost|not approved|frozen|"
        r"not confirmed|reduced)|restructur|reorgani[sz]|rescind")),
)
# The same reasons as Spanish, Portuguese, French, German, Italian, Dutch and Polish letters state
# them: the common words for each, not one letter's phrasing.
_OTHER_LANGUAGES = {
    "experience_gap": (
        r"(?:mínimo|más|mayor|menor|menos|suficiente|falta de|poca|sin|buscamos personas con|"
        r"mais|maior|pouca|falta de|sem|mínimo de|plus d'|plus de|davantage d'|manque d'|peu d'|"
        r"sans|mehr|mehrjährige\w*|weniger|fehlende\w*|keine|ausreichende\w*|längere\w*|"
        r"einschlägige\w*|umfangreichere\w*|maggiore|più|poca|mancanza di|senza|meer|minder|"
        r"onvoldoende|geen|ruimere|więcej|większe\w*|brak|mniej|wystarczające\w*) "
        r"(?:[\w'-]+ ){0,4}?(?:experiencia|experiência|expérience|(?:berufs)?erfahrung|esperienza|"
        r"(?:werk)?ervaring|doświadczeni\w*)|(?:años|anos|années|jahre|jahren|anni|jaar|lat) "
        r"(?:de |d'|di |an |)(?:[\w-]+ )?(?:experiencia|experiência|expérience|(?:berufs)?erfahrung|"
        r"esperienza|(?:werk)?ervaring|doświadczenia)|(?:no tiene|no tienes|não tem|n'avez pas|"
        r"n'as pas|haben keine|hast keine|non ha|non hai|heeft geen|heb je geen|nie ma pan\w*) "
        r"(?:[\w'-]+ ){0,3}?(?:experiencia|experiência|expérience|erfahrung|esperienza|ervaring|"
        r"doświadczeni\w*)"),
    "skills_mismatch": (
        r"(?:conocimientos|competencias|habilidades|conhecimentos|competências|habilidades|"
        r"compétences|connaissances|kenntnisse|fähigkeiten|kompetenzen|competenze|conoscenze|"
        r"vaardigheden|kennis|kompetencj\w*|umiejętności) (?:[\w'-]+ ){0,4}?(?:requerid\w*|"
        r"necesari\w*|exigid\w*|necessári\w*|requises?|nécessaires|attendues|erforderlich\w*|"
        r"gefordert\w*|richiest\w*|necessari\w*|vereist\w*|nodig|wymagan\w*)|"
        r"(?:nivel|nível|niveau|livello|poziom\w*) (?:de |d'|di |van )?(?:inglés|alemán|francés|"
        r"inglês|alemão|francês|anglais|allemand|néerlandais|englisch|deutsch|französisch|"
        r"inglese|tedesco|francese|engels|duits|frans|angielskiego|niemieckiego)|"
        r"(?:deutsch|englisch|französisch|niederländisch)kenntnisse"),
    "compensation": (
        r"(?:expectativas? salarial\w*|pretensi\w+ salarial\w*|pretensão salarial|expectativa "
        r"de (?:salário|remuneração|renta)|prétentions? salariales?|attentes salariales|"
        r"gehaltsvorstellung\w*|gehaltswunsch|gehaltserwartung\w*|aspettative (?:economiche|"
        r"retributive|salariali)|richiesta economica|salariseis\w*|salarisindicatie|"
        r"salarisverwachting\w*|oczekiwania (?:finansowe|płacowe)|oczekiwań (?:finansowych|"
        r"płacowych))|(?:banda|rango|presupuesto|faixa|orçamento|fourchette|budget|budżet\w*|"
        r"gehaltsrahmen|gehaltsband|salarisschaal) (?:[\w'-]+ ){0,3}?(?:salarial|aprobad\w*|"
        r"previst\w*|prevue?|vorgesehen\w*|prevista)"),
    "location_or_authorization": (
        r"visado|permiso de trabajo|permisos? de residencia|autorização de trabalho|permis de "
        r"travail|titre de séjour|arbeitserlaubnis|aufenthaltstitel|arbeitsgenehmigung|permesso "
        r"di (?:lavoro|soggiorno)|werkvergunning|verblijfsvergunning|pozwoleni\w* na pracę|"
        r"reubicación|relocalización|mudanza|mudança|déménagement|relocalisation|umzug|"
        r"trasferimento|verhuizing|przeprowadz\w*|presencial\w*|présentiel|vor ort|in sede|"
        r"op kantoor|stacjonarn\w*|desplazamiento|pendeln|pendelstrecke|trajet|"
        r"tempo de deslocamento|disponibilidad (?:horaria|de turnos)|disponibilité|"
        r"schichtdienst|wochenenddienst|turnos?\b|turni\b|diensten\b|zmianow\w*"),
    "overqualified": (
        r"sobrecualificad\w*|sobre-?qualificad\w*|surqualifiée?s?|überqualifiziert\w*|"
        r"sovraqualificat\w*|overgekwalificeerd|zbyt (?:wysokie|duże) kwalifikacj\w*|"
        r"(?:demasiado|muito|trop|zu|troppo|zbyt) (?:senior|sênior|expérimentée?|erfahren|"
        r"esperto|ervaren|doświadczon\w*)"),
    "internal_candidate": (
        r"candidat[oa]s? intern[oa]s?|candidature interne|candidate? interne|en interne|"
        r"intern(?:e[nr]?|en) (?:kandidat\w*|bewerber\w*|besetz\w*|nachbesetz\w*)|intern "
        r"besetzt|candidato interno|internamente|interne (?:kandidaat|sollicitant)|intern "
        r"ingevuld|kandydat\w* wewnętrzn\w*|wewnętrzn\w* (?:kandydat|rekrutacj)\w*"),
    "position_filled": (
        r"(?:vacante|puesto|plaza|posición|vaga|cargo|poste|stelle|position|posizione|posto|"
        r"vacature|functie|stanowisko) (?:[\w'-]+ ){0,3}?(?:cubiert[oa]|ocupad[oa]|preenchid[oa]|"
        r"pourvue?|besetzt|vergeben|copert[oa]|ricopert[oa]|ingevuld|vervuld|obsadzon\w*)"),
    "role_closed_or_frozen": (
        r"(?:vacante|puesto|plaza|posición|proceso|vaga|processo|poste|recrutement|stelle|"
        r"ausschreibung|auswahlverfahren|posizione|selezione|vacature|procedure|stanowisk\w*|"
        r"rekrutacj\w*) (?:[\w'-]+ ){0,4}?(?:cancelad[oa]|anulad[oa]|congelad[oa]|suspendid[oa]|"
        r"cancelad[oa]|cancelled|annulée?|supprimée?|gelée?|suspendue?|gestrichen|gestoppt|"
        r"eingefroren|zurückgezogen|annullat[oa]|sospes[oa]|ingetrokken|geannuleerd|bevroren|"
        r"anulowan\w*|wstrzyman\w*|zawieszon\w*)|(?:congelación|gel|einstellungsstopp|blocco) "
        r"(?:de |des |delle )?(?:contrataciones|embauches|assunzioni)|einstellungsstopp|"
        r"reestructuraci\w+|reestruturaç\w+|restructuration|umstrukturierung|ristrutturazione|"
        r"reorganisatie|restrukturyzacj\w*"),
}
# Norwegian, Swedish, Danish and Finnish: the same, from how employers there write a no.
_NORDIC = {
    "experience_gap": (
        r"(?:mer|mere|mest|lengre|længere|längre|bredere|bredare|tilstrekkelig|tilstrækkelig|"
        r"tillräcklig|dokumentert|dokumenteret|dokumenterad|manglende|bristande|mangler|savner|"
        r"saknar|saknade) (?:[\w-]+ ){0,3}?(?:erfaring|erfarenhet)\w*|års (?:[\w-]+ )?(?:erfaring|"
        r"erfarenhet)|(?:enemmän|pidempi|pidemmän|pitkä|pitkän|usean vuoden|vuosien|riittävä\w*|"
        r"vahvemp\w*|laajemp\w*) (?:[\w-]+ ){0,3}?kokemu\w*|(?:ei|puuttu\w*|vähäi\w*) "
        r"(?:[\w-]+ ){0,3}?kokemu\w*"),
    "skills_mismatch": (
        r"oppfyll\w* (?:ikke|ikkje)|uppfyll\w* inte|opfyld\w* ikke|ei täytä|(?:inte|ikke) "
        r"(?:motsvarar|svarer til|tilsvarer) krave\w*|språkkrav\w*|(?:norsk|svensk|dansk|finsk|"
        r"engelsk)(?:kunnskap|kunskap|kundskab)\w*|kielitai\w*|kvalifikasjonskrav\w*|"
        r"kvalifikationskrav\w*|kravprofil\w*|vaatimuk\w* (?:[\w-]+ ){0,3}?"
        r"(?:ei|puuttu\w*)"),
    "compensation": (
        r"lønnsforventning\w*|lønnsnivå\w*|lønnsramme\w*|lønforventning\w*|lønniveau\w*|"
        r"lønramme\w*|lønønske\w*|løn(?:nen)? (?:[\w-]+ ){0,2}?(?:ramme|niveau)|dit ønske på|"
        r"löneanspråk\w*|lönenivå\w*|lönenivån|budgeten för (?:den här )?tjänsten|"
        r"palkkatoivee\w*|palkkatoive\w*|palkkapyyn\w*|palkkatas\w*"),
    "location_or_authorization": (
        r"pendl\w*|närvaro på plats|hjemmekontor\w*|distansarbet\w*|hjemmearbejd\w*|etätyö\w*|"
        r"läsnäolo\w*|arbeidstillatelse|arbetstillstånd|arbejdstilladelse|oleskelulupa\w*|"
        r"työlupa\w*|sikkerhetsklarering|säkerhetsprövning|flytte fra|flytta från|muuttaa "
        r"(?:[\w-]+ )?(?:tampereelta|helsingistä|pois)|bor i regionen|bo i regionen"),
    "overqualified": (
        r"overkvalifisert|överkvalificerad|overkvalificeret|ylikoulutet\w*|(?:for|för|alt for|"
        r"alltför|helt enkelt för) (?:kvalifisert|kvalificerad|kvalificeret)|ylittää tehtävän"),
    "internal_candidate": (
        r"interne? (?:kandidat|søker|sökande|ansøger)\w*|(?:besat|besatt|tillsatt|ansatt|ansat) internt|sisäi\w* (?:hakija|ehdoka|"
        r"haku)\w*|oma\w* (?:työntekijä|henkilökun)\w*|egen medarbejder|egne ansatte|egen ansatt|"
        r"intern ansøgning|redan arbetar (?:i|hos|på)"),
    "position_filled": (
        r"(?:stillingen|tjänsten|jobbet|paikka|tehtävä)\w* (?:[\w-]+ ){0,3}?(?:besat|besatt|"
        r"tillsatt|tillsatts|täytetty)|(?:allerede|redan) (?:besat|besatt|tillsatt)"),
    "role_closed_or_frozen": (
        r"ansettelsesstopp|ansættelsesstop|anställningsstopp|rekryteringsstopp|(?:stillingen|"
        r"tjänsten|rekrutteringen|rekryteringen|rekrytointi)\w* (?:[\w-]+ ){0,4}?(?:trukket|"
        r"dragits? tillbaka|avbryts|avbrutt|avbrudt|inndratt|nedlagt|keskeyte\w*|peruttu)|"
        r"dragit tillbaka tjänsten|muutosneuvottelu\w*|omorganiser\w*|omstrukturer\w*|"
        r"besparing\w*|sparetiltak\w*"),
    "assessment_performance": (
        r"(?:resultat\w*|poeng\w*|poäng\w*|tulos\w*|pisteet|score) (?:[\w-]+ ){0,6}?(?:under|"
        r"lavere enn|lägre än|lavere end|nådde inte|nådde ikke|når ikke|ei riittänyt)|(?:under|"
        r"alle) (?:grensen|gränsen|grænsen|rajan|minimumsnivå\w*|minimigräns\w*)|"
        r"minimumsniv\w* (?:[\w-]+ ){0,4}?(?:ikke|inte)|ratkaisusi jäi|løsningen (?:[\w-]+ ){0,3}?"
        r"manglede"),
    "interview_performance": (
        r"(?:svaret|svarene|svaren) (?:ditt |dine |dina |dit )?(?:ble |blev |var )?(?:[\w-]+ ){0,2}?"
        r"(?:for|för) (?:overordnet|övergripande|generelt|allmän\w*)|vastauksesi jäi|"
        r"jäi (?:melko )?(?:yleiselle|ohueksi)|havde (?:du )?svært ved|hade (?:du )?svårt (?:att|med)|"
        r"fastnade vi på|(?:vi )?savnet (?:vi )?konkrete|kom (?:du )?inte fram till"),
}
for _code, _words in _NORDIC.items():
    _OTHER_LANGUAGES[_code] = (f"{_OTHER_LANGUAGES[_code]}|{_words}" if _code in _OTHER_LANGUAGES
                               else _words)
_REASONS = tuple(
    (code, re.compile(f"{pattern.pattern}|{_OTHER_LANGUAGES[code]}"))
    if code in _OTHER_LANGUAGES else (code, pattern) for code, pattern in _REASONS)
# The reason codes in the order they are reported: the taxonomy's, a stronger candidate sixth.
REASON_CODES = (*(code for code, _ in _REASONS[:5]), "other_candidate_stronger",
                *(code for code, _ in _REASONS[5:]))
STAGES = ("after_application", "after_screen", "after_interview", "after_final_round", "unknown")
# Reasons that come with the phrase deciding the rejection count even without a second mention.
_WEAK_ALONE = frozenset({"culture_or_preference", "location_or_authorization"})
_CONTEXT = re.compile(r"(?:unfortunately|however|but|because|as|since|due to|given|while|although|"
                      r"feedback|felt|not|n't|decided|decision|reason|require|looking for|needs?|"
                      r"wanted|preferred|closer|stronger|more|lack|less|below|outside|above)")


# What makes a remark on the interview a reason: it says where the candidate fell short. Praise
# ("your presentation was the strongest we saw") is kind but is not why; a remark on the
# application, the requirements or the post being too small for them is another reason.
_SHORTFALL = re.compile(
    r"\b(?:less|fewer|weak\w*|lack\w*|struggl\w*|short|not|never|concerns?|too|general|vague|"
    r"high[- ]level|hard to follow|unclear|brief|lower|quiet|hesitat\w*|sticking point|fell down|"
    r"needs? to grow|needed to be|could have|would have (?:liked|helped)|ran long|long-winded|"
    r"stayed|missed|off by|rather than|instead of)\b|n't\b")
_INTERVIEWED = frozenset({"after_interview", "after_final_round"})
_NOT_PERFORMANCE = re.compile(
    r"felt (?:that )?the (?:[\w-]+ ){0,3}?(?:role|post|position|job)\b|\bthe fit with|closer match|"
    r"\b(?:application|cv|résumé|resume|profile|background|requirements?|criteria|bored|"
    r"overqualified|too (?:senior|experienced|qualified|junior)|(?:news|answer|outcome) you (?:were|had "
    r"been) hoping|reflection on you|"
    r"make use of|hold your interest|meet (?:the|this|our) (?:level|standard))\b")


def _fell_short(sentence: str) -> bool:
    return bool(_SHORTFALL.search(sentence)) and not _NOT_PERFORMANCE.search(sentence)


_COMPARED = re.compile(
    r"more closely|closer|better(?! news)|stronger|more (?:experience|experienced|relevant|suited|qualified|"
    r"aligned|direct|senior)|best (?:fit|match|suited|qualified)|whose|more directly|"
    r"(?:another|a different|the other|one other|a more|an? (?:external|successful|preferred)) "
    r"(?:candidate|applicant|finalist|person|individual|electrician|engineer)|someone (?:else|who|with)|"
    r"somebody (?:else|who|with)|(?:selected|chosen|appointed|hired|recommended) (?:a|another|the) "
    r"(?!(?:[\w-]+ )?(?:candidates|applicants|people|finalists)\b)"
    r"|offered (?:the|this) (?:role|position|post|job) to|in favou?r of|reserve list|runner"
)


# A closing that names who was chosen instead ("we have offered the post to another candidate",
# "the successful candidate had ...", a reserve or merit list): someone else was preferred.
# A cohort moved on ("we are moving forward with other candidates", "selected the candidates for
# interview") names no one; someone internal is an internal candidate, not a stronger one.
_CHOSEN_ONE = re.compile(
    r"\b(?:another|someone|somebody|the other|one other|her|him|candidature)\b|"
    r"\b(?:a|the) (?:[\w-]+ ){0,3}?(?:candidate|applicant|person|finalist|profile|freelancer|"
    r"consultant)\b(?!s)|(?:successful|selected|preferred|appointed|chosen) (?:candidate|applicant)"
    r"\b(?!s)|(?:candidate|applicant) (?:has|have|was)\b|"
    r"\bto \w+, (?:who|whose)\b|"
    # one person chosen, in the other languages Onward reads (the plural is a cohort)
    r"\b(?:otr[oa]|outr[oa]|un autre|une autre|quelqu'un d'autre|eine?n? andere[nr]?|einer "
    r"anderen|einem anderen|un altro|un'altra|een andere|innego|inną) (?:persona|pessoa|personne|"
    r"person|candidat[oa]?e?|kandidat(?:in)?|bewerber(?:in)?|kandidaat|kandydat\w*|osob[ęy]|"
    r"profil[eo]?|postulante)\b(?!s|en\b|innen\b|ten\b|i\b)")
_CLAUSE_END = re.compile(r"[.;!?\n]")
_LIST_FAMILIES = frozenset({"decision_reserve", "ranked_list"})
_NOT_CHOSEN_ONE = re.compile(r"internal|in-house|from within|with more\b|(?:hired|hiring|appointed|"
                             r"appointing|found) (?:someone|somebody)(?! else| who| with)")
# "the successful candidate will live on site" describes the post, not a person chosen
_DESCRIBES_THE_POST = re.compile(r"\s*(?:will|would|must|should|is expected|needs?)\b")


def _names_the_chosen(hit: Hit, text: str) -> bool:
    """Whether the closing ``hit`` (with the few words after it: "we ended up going with | a
    freelancer") names the one chosen instead."""
    if _DESCRIBES_THE_POST.match(text, hit.end):
        return False
    told = _CLAUSE_END.split(text[hit.start : hit.end + 24], maxsplit=1)[0]
    return bool(_CHOSEN_ONE.search(told)) and not _NOT_CHOSEN_ONE.search(told)


def _someone_preferred(text: str, hits: Iterable[Hit], found: set[str]) -> bool:
    """Whether a closing that says others were chosen gives that as a reason.

    "We are moving forward with other candidates" is the form letter's way of saying no; it
    names no one and compares nothing, so it gives no reason. A ranked, reserve or waiting list
    always does. Otherwise the mail must compare, or name the one chosen; and then "we found
    someone" is the post filled, and someone covering the role an internal candidate.
    """
    chosen = [h for h in hits if h.reason == "other_candidate_stronger"]
    if any(h.family in _LIST_FAMILIES for h in chosen):
        return True
    if "internal_candidate" in found:
        return False  # the one chosen was already on the inside: that is the reason
    if _scan(text).search(_COMPARED):
        return True
    return "position_filled" not in found and any(_names_the_chosen(h, text) for h in chosen)


def rejection_reasons(text: str, hits: Iterable[Hit], stage: str | None = None) -> tuple[str, ...]:
    """Reason codes in taxonomy order; ``("no_reason_given",)`` when the message states none.
    ``stage`` is ``rejection_stage(text, hits)`` when the caller has it already."""
    return stated_reasons(text, hits, stage)[0]


def stated_reasons(text: str, hits: Iterable[Hit], stage: str | None = None
                   ) -> tuple[tuple[str, ...], dict[str, str]]:
    """``rejection_reasons`` and, for each code, the words that state it (the closing phrase
    that carries it, or the stretch of the sentence around the reason's words)."""
    hits = list(hits)
    said: dict[str, str] = {}
    for hit in hits:
        if hit.reason and hit.signal == "rejection":
            said.setdefault(hit.reason, hit.text.strip())
    # One pass over the whole text first: most reasons never occur, so most sentences are skipped.
    scan = _scan(text)
    present = [(code, pattern) for code, pattern in _REASONS
               if code not in said and scan.search(pattern)]
    spans = _sentence_spans(text) if present else ()
    for code, pattern in present:  # a reason is found in the first sentence that states it
        for at, sentence in _holding(spans, scan.starts(pattern)):
            found = scan.search(pattern, sentence, at)
            if found is None:
                continue
            if code in _WEAK_ALONE and not _CONTEXT.search(sentence):
                continue
            if code == "interview_performance" and not _fell_short(sentence):
                continue
            said[code] = _around(sentence, found.start(), found.end())
            break
    codes = set(said)
    if "other_candidate_stronger" in codes and not _someone_preferred(text, hits, codes):
        codes.discard("other_candidate_stronger")
    if "interview_performance" in codes and stage is None:
        stage = rejection_stage(text, hits)
    kept = consistent(codes, stage or "")
    return kept, {code: said[code] for code in kept if code in said}


_AROUND = 45  # characters of the sentence kept on each side of a reason's words


def _around(sentence: str, start: int, end: int) -> str:
    """The reason's words with some of their sentence: all of it when short."""
    sentence_text = sentence.strip()
    if len(sentence_text) <= 2 * _AROUND + 30:
        return sentence_text
    left, right = max(0, start - _AROUND), min(len(sentence), end + _AROUND)
    if left and (space := sentence.find(" ", left, start)) >= 0:
        left = space + 1  # whole words only
    if right < len(sentence) and (space := sentence.rfind(" ", end, right)) > end:
        right = space
    return (("…" if left else "") + sentence[left:right].strip()
            + ("…" if right < len(sentence) else ""))


def consistent(found: set[str], stage: str) -> tuple[str, ...]:
    """Reason codes that say one thing once, in the order they are reported; ``("no_reason_
    given",)`` when none is left."""
    if "overqualified" in found:
        found.discard("experience_gap")  # the years named are the candidate's, and too many
    if "interview_performance" in found and stage not in _INTERVIEWED:
        # remarks on a test or an application are not on an interview ("reviewers noted that
        # the API didn't validate inputs" is the take-home's)
        found.discard("interview_performance")
    if "position_filled" in found and found & {"other_candidate_stronger", "internal_candidate"}:
        # "we offered the role to another candidate", "the post was filled internally": one fact
        found.discard("position_filled")
    ranked = [c for c in REASON_CODES if c in found]
    return tuple(ranked) or ("no_reason_given",)


# ---------------------------------------------------------------- form letter or personal

_FORM = re.compile(
    r"dear (?:candidate|applicant|sir|madam|sir or madam|sir/madam|job seeker)|do not reply|"
    r"do-not-reply|not monitored|automated|automatically|(?:high|large|overwhelming|significant) "
    r"(?:number|volume)|unable to (?:provide|offer|give) (?:individual|personal|specific|detailed)? ?"
    r"feedback|talent (?:community|network|pool)|candidate (?:portal|home|profile)|log ?in|"
    r"requisition|req(?:uisition)? ?(?:id|#|no)|job (?:id|ref|reference)|this (?:e-?mail|message) "
    r"(?:was|is) (?:sent|generated)|\[(?:first ?name|name|candidate)\]|all candidates|every applicant"
)
_PERSONAL = re.compile(
    r"(?:^|[.!?,] |\n)i (?:am|was|have|had|wanted|want|really|know|enjoyed|think|thought|'m|'ve|'d|"
    r"would|will|can|hope|just|personally|felt|feel|wish|appreciate|believe)|\bi'm\b|\bi've\b|\bi'd\b|"
    r"personally|(?:our|the) (?:chat|conversation|call) (?:last|on|yesterday)|it was (?:great|lovely|a "
    r"pleasure)|(?:enjoyed|loved) (?:meeting|speaking|talking|chatting)|\bmy (?:team|notes|"
    r"colleagues|view)"
)


_PERSON_SIGNATURE = re.compile(r"^\s*[A-Z][a-z'-]+(?: [A-Z]\.?)?(?: [A-Z][a-zA-Z'-]+){0,2}\s*$",
                               re.MULTILINE)
_TEAM_SIGNATURE = re.compile(r"\b(?:team|department|office|committee|recruitment|recruiting|talent "
                             r"acquisition|human resources|hr|careers|hiring)\b", re.IGNORECASE)


def is_templated(text: str, sender_name: str, sender_address: str, *, from_system: bool,
                 signature: str = "") -> bool:
    """A form letter (ATS, mass mailing) rather than a note a person wrote to this candidate.

    Points for a system sender, form phrases and a team signature; points against for a
    person writing in the first person. A message with no sign either way counts as a form
    letter: that is what most employer mail is.
    """
    score = 2 if from_system else 0
    scan = _scan(text)
    score += scan.count(_FORM, 2)
    personal = scan.count(_PERSONAL, 3)
    score -= personal
    signed_by_person = bool(_PERSON_SIGNATURE.search(signature)) or bool(
        _PERSON_SIGNATURE.match(sender_name or ""))
    if _TEAM_SIGNATURE.search(signature) and not signed_by_person:
        score += 1
    if signed_by_person and not from_system:
        score -= 1
    return score > 0 or (score == 0 and personal == 0)


# ---------------------------------------------------------------- re-apply and feedback

_REAPPLY = re.compile(
    r"(?:keep|kept|retain|retained|hold|store|stored|have|save|saved|remain|stay|added|add you|put "
    r"you|kept you) (?:[\w-]+ ){0,4}?(?:on file|in (?:our|the) (?:[\w-]+ ){0,2}?(?:database|system|"
    r"talent|records|files|pool|network|register|community)|on record|active in|on (?:our|the) "
    r"(?:[\w-]+ ){0,3}?(?:list|books|radar|register))|"
    r"(?:encourage|invite|welcome|urge) (?:you )?to (?:continue (?:to )?|keep |also )?(?:re-?apply|"
    r"apply|keep|stay|check|look|consider|join|visit|follow|submit|explore|exploring|sign|review|"
    r"take a look|browse)|re-?apply|apply again|apply for (?:other|future|another|similar|any)|"
    r"future (?:opportunities|openings|roles|positions|vacancies|cycles?|rounds?|intakes?|"
    r"campaigns?|opening|role|position|vacancy)|other (?:opportunities|openings|roles|positions|"
    r"vacancies) (?:with|at|that|which|in|on|coming)|talent (?:community|network|pool)|(?:reach out|contact you|be in touch|get in touch|think of "
    r"you|consider you|come back to you)(?: again)? (?:[\w-]+ ){0,3}?(?:if|when|should|for|as) "
    r"(?:[\w-]+ ){0,4}?(?:role|opening|opportunit|position|vacanc|something)|(?:careers? (?:page|"
    r"site|website)|jobs? (?:page|board))|(?:hope|love|like|happy|glad) to (?:hear from|see|talk "
    r"to|speak to|talk with) you (?:again|apply|in the future)|(?:see|talk|speak|chat) (?:to |with )?"
    r"(?:you |your application )again|door is (?:always )?open|reconnect|(?:look|see|consider) "
    r"(?:at )?(?:you|your \w+) again|look again|keep an eye (?:out|on)|give you a (?:shout|call|ring)|"
    r"(?:contact|call|ring|email|write to|reach out to|let) you (?:[\w-]+ ){0,3}?(?:if|when|should|"
    r"as soon as) (?:[\w-]+ ){0,4}?(?:role|position|opening|vacanc|opportunit|something|anything|"
    r"open|suitable)|(?:may|might|will) be contacted (?:if|when|should)|continue to (?:look|apply|"
    r"check|send|explore)|keep sending|job alerts|re-?open|re-?advertis|(?:more|other|new) "
    r"(?:[\w-]+ ){0,2}(?:roles|positions|openings|jobs|vacancies) (?:open|coming|later|next|soon)|"
    r"hiring again|keep you posted on (?:others|other)|open (?:positions|roles|vacancies|"
    r"opportunities)|(?:positions|roles|openings) that (?:match|suit|fit)|"
    r"(?:if|when|should|once) (?:a|another|any|the|our|something|anything|an?) (?:[\w-]+ ){0,4}?"
    r"(?:role|position|opening|vacancy|opportunity|headcount|post|something|anything)s? "
    r"(?:[\w-]+ ){0,3}?(?:opens?|comes? (?:up|back)|becomes? available|arises?|posts?|is posted|"
    r"appears?)|(?:if|should) your (?:expectations|circumstances|situation|plans) change|"
    r"(?:next|later this|later next) (?:year|season|cycle|intake)[^.]{0,60}(?:write to you|contact|"
    r"reach out|apply|hear from you|consider)"
)
_REAPPLY_NEGATED = re.compile(r"(?:not|n't|no) (?:[\w-]+ ){0,3}(?:keep|retain|re-?apply|apply again|"
                              r"consider you|future)")
_FEEDBACK_OFFER = re.compile(
    r"(?:happy|glad|willing|pleased|able|like|love|offer|offering) to (?:share|provide|give|offer|"
    r"pass on|walk you through|discuss|talk through|set up|arrange|have) (?:[\w-]+ ){0,3}?(?:feedback|"
    r"debrief|call to discuss)|(?:feedback|debrief) (?:[\w-]+ ){0,4}?(?:on request|upon request|if you"
    r"|available|call|session|is available|can be|let me know|just ask|reply|contact)|(?:request|ask "
    r"for|want|like) (?:some |any |more )?(?:feedback|a debrief)|(?:here is|here's|below is|some|"
    r"specific|the) feedback|feedback (?:from|was|is|:)"
)
_FEEDBACK_DENIED = re.compile(
    r"(?:unable|not able|cannot|can't|do not|don't|won't|will not|not in a position) (?:to )?"
    r"(?:provide|offer|give|share) (?:[\w-]+ ){0,2}feedback|no feedback|feedback (?:is|will) not"
)
_FEEDBACK_SENTENCE = re.compile(
    r"(?:felt|thought|noted|found|observed|would have liked|were looking for|was looking for|"
    r"wanted to see|looking for (?:someone|more|a candidate)|stronger|weaker|not as|lacked|lacking|"
    r"limited|less experience|more experience|struggled|fell short|impressed|strength|strong in|"
    r"depth|clarity|below|threshold|score|gap|areas? (?:for|of) (?:improvement|development)|"
    r"did not|didn't|could have|would benefit|recommend (?:that )?you|suggest (?:that )?you|"
    r"however|although|but)"
)
_FEEDBACK_TOPIC = re.compile(
    r"(?:your|you) |(?:the )?(?:panel|team|interviewers?|committee|hiring manager|assessors?|"
    r"reviewers?|client)"
)
_BOILERPLATE = re.compile(
    r"(?:large|high|overwhelming) (?:number|volume)|thank you|thanks|wish you|best of luck|"
    r"future|on file|apply|unable to provide|encourage|appreciate|interest in|your time|"
    r"careers? page|unsubscribe|survey"
)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


_GAP_PLACES = re.compile(r"[.!?\n]")  # a gap starts at a newline or just after one of .!?


def _gaps(text: str) -> list[tuple[int, int]]:
    """The spans of ``_SENTENCE_SPLIT.finditer(text)``, tried only where one can start (a
    pattern that opens with a look-behind is otherwise tried at every character)."""
    gaps: list[tuple[int, int]] = []
    position = 0
    match = _SENTENCE_SPLIT.match
    for place in _GAP_PLACES.finditer(text):
        begin = place.start()
        if text[begin] != "\n":
            begin += 1
        if begin < position:
            continue
        found = match(text, begin)
        if found is not None:
            gaps.append(found.span())
            position = found.end()
    return gaps


@lru_cache(maxsize=4)
def _sentence_spans(text: str) -> tuple[tuple[int, str], ...]:
    """The sentences of ``text`` (split at ``_SENTENCE_SPLIT``, stripped, longer than three
    characters), each with where it starts in ``text``, so one scan serves them all."""
    spans: list[tuple[int, str]] = []
    position = 0
    for start, end in [*_gaps(text), (len(text), len(text))]:
        piece = text[position:start]
        sentence = piece.strip()
        if len(sentence) > 3:
            spans.append((position + len(piece) - len(piece.lstrip()), sentence))
        position = end
    return tuple(spans)


def _sentences(text: str) -> list[str]:
    return [sentence for _, sentence in _sentence_spans(text)]


# What the details read in the whole (lower-case) text: scanned once per message.
_WHOLE = Patterns(*(pattern for _, pattern in _REASONS), _COMPARED, _FINAL, _SCREEN, _INTERVIEW,
                  _REAPPLY, _REAPPLY_NEGATED, _FEEDBACK_OFFER, _FEEDBACK_DENIED, _FORM, _PERSONAL)
_INTERVIEW_ONLY = Patterns(_INTERVIEW)


@lru_cache(maxsize=4)
def _scan(text: str) -> Scan:
    """The one scan of a message's text that its reasons, stage, re-apply, feedback offer and
    form-letter signs all read (``understand`` passes them the same text)."""
    return _WHOLE.scan(text)


def _holding(spans: tuple[tuple[int, str], ...], places: list[int] | None
             ) -> Iterable[tuple[int, str]]:
    """The sentences in which one of ``places`` (sorted) lies, in order: only there can a
    pattern that begins at one of them match. With no places known, every sentence."""
    if places is None:
        yield from spans
        return
    starts = [at for at, _ in spans]
    last = -1
    for place in places:
        index = bisect_right(starts, place) - 1
        if index > last and place < starts[index] + len(spans[index][1]):
            last = index
            yield spans[index]


def invites_reapply(text: str) -> bool:
    scan = _scan(text)
    if not scan.search(_REAPPLY):
        return False  # one pass over the whole text settles most messages
    return any(
        scan.search(_REAPPLY, s, at) and not scan.search(_REAPPLY_NEGATED, s, at)
        for at, s in _holding(_sentence_spans(text), scan.starts(_REAPPLY))
    )


@dataclass(frozen=True)
class Feedback:
    offered: bool
    sentences: tuple[str, ...]


def feedback_in(text: str, original_sentences: list[str], reasons: tuple[str, ...]) -> Feedback:
    """Specific feedback sentences (from the original-case text) and whether feedback is offered."""
    chosen: tuple[str, ...] = ()
    if any(code != "no_reason_given" for code in reasons):  # else no sentence is feedback
        chosen = _feedback_sentences(original_sentences)
    scan = _scan(text)
    offered = bool(scan.search(_FEEDBACK_OFFER)) and not scan.search(_FEEDBACK_DENIED)
    return Feedback(offered or bool(chosen), chosen[:5])


_FEEDBACK_WORDS = Patterns(_FEEDBACK_SENTENCE, _FEEDBACK_TOPIC, _BOILERPLATE)


def _feedback_sentences(original_sentences: list[str]) -> tuple[str, ...]:
    """The sentences that say something specific about the candidate: the lower-case
    sentences of a fitting length, joined, are scanned once."""
    lowered = [(original, original.lower()) for original in original_sentences]
    lowered = [(original, low) for original, low in lowered if 25 <= len(low) <= 400]
    scan = _FEEDBACK_WORDS.scan("\n".join(low for _, low in lowered))
    chosen: list[str] = []
    at = 0
    for original, low in lowered:
        if scan.search(_FEEDBACK_SENTENCE, low, at) and scan.search(_FEEDBACK_TOPIC, low, at) \
                and not scan.search(_BOILERPLATE, low, at):
            chosen.append(original)
        at += len(low) + 1
    return tuple(chosen)


def sentences(text: str) -> list[str]:
    return _sentences(text)
