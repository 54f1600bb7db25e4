"""Understanding one message: its category, the facts in it, how sure we are and why.

Pure: plain values in, a frozen dataclass out; no Django, no network, no model download.

Steps:
1. ``clean``: plain characters, quoted replies cut, the signature set apart.
2. The subject and the first ``BODY_LIMIT`` characters of the body are lower-cased and
   re-flowed (hard-wrapped lines joined) so phrases split over lines still match.
3. ``rules.find_hits``: every phrase family that occurs, minus hits silenced by a mask
   (conditionals, negations, past-tense mentions).
4. The seeker's earlier corrections of similar mail add hits of their own.
5. ``understand_decide.decide`` picks the category.
6. Unless a correction decided, the word model (``model``, shipped weights) gives a second
   opinion where it could change the call, and ``understand_combine`` says whether it does
   (``decided_by`` tells which; the evidence names the model's words).
7. Details are read for the category: parties, form letter or not, and for a rejection the
   stage, reasons, re-apply invitation and feedback.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from datetime import datetime

from onward.mail import model, model_details
from onward.mail.clean import CleanBody, clean, forwarded_part, plain
from onward.mail.matching import ats_domain
from onward.mail.model import Opinion
from onward.mail.model_details import learned_reasons, learned_stage
from onward.mail.prefilter import AnyOf
from onward.mail.rules import Hit, find_hits
from onward.mail.understand_combine import Combined, Grounds, can_change, combine
from onward.mail.understand_corrections import Correction, correction_hits
from onward.mail.understand_decide import (
    APPLIED_ELSEWHERE,
    DECISIVE,
    Decision,
    decide,
    job_only_words,
)
from onward.mail.understand_details import (
    feedback_in,
    invites_reapply,
    is_templated,
    rejection_stage,
    sentences,
    stated_reasons,
)
from onward.mail.understand_letters import letter_to_another, reader_first_name
from onward.mail.understand_parties import Parties, find_contact, find_parties
from onward.mail.understand_role import find_role

__all__ = ["CATEGORIES", "Correction", "MailText", "Understanding", "understand"]

CATEGORIES = (
    "rejection",
    "on_hold",
    "advancing",
    "interview_invite",
    "scheduling",
    "assessment_invite",
    "offer",
    "application_received",
    "recruiter_outreach",
    "job_alert",
    "other",
)
BODY_LIMIT = 4000  # recruiting mail says what matters early; the rest is footers and quotes
CLEAN_LIMIT = 20_000  # quoted threads and pasted logs beyond this are never read
# A message with none of these word stems is not about recruiting; the rules are skipped.
RECRUITING_STEMS = (
    "applica", "interview", "role", "position", "candida", "offer", "recruit", "job", "hiring",
    "hire", "career", "cv", "resume", "résumé", "vacanc", "talent", "assessment", "shortlist",
    "opportunit", "salary", "employ", "intern", "fellowship", "post", "start", "referee",
    "reference", "test", "challenge", "exercise", "profile", "opening", "search", "freeze",
    "client", "regret", "unfortunately", "decision", "hr", "team", "shift", "trial", "contract",
    "your time", "meet", "call", "chat", "coffee", "reschedul", "zoom", "teams", "calendar",
    "not ", "n't", "thank", "sorry", "unfortunat", "decided", "further", "luck", "apprentic",
    "round", "stage", "study", "present", "panel", "list", "prepare", "welcome", "congrat",
    "news", "update", "status", "confirm", "invit", "schedul", "availab", "reject", "in error",
    "mistake", "someone", "somebody", "selected", "keep looking", "pass on", "passed on",
    "'ll pass", "to pass", "filled", "gone with", "went with", "going with", "direction",
    "recommend", "panel", "committee", "client", "shortlist", "staff",
    # the same in French, Spanish, German, Portuguese, Polish, Italian and Dutch (rules_intl.toml)
    "kandydat", "bewerb", "sollicit", "vacature", "vacante", "vaga", "puesto", "poste",
    "entretien", "entrevista", "colloquio", "gespräch", "rozmow", "rekrutac", "stanowisk",
    "stelle", "emploi", "empleo", "lavoro", "pracy", "recrutement", "reclutamiento",
    "recrutamento", "selezione", "selección", "seleção", "absage", "leider", "malheureusement",
    "lamentablemente", "infelizmente", "niestety", "purtroppo", "helaas", "retenu", "seleccion",
    "selecion", "zusage", "proposta", "propuesta", "gracias", "merci", "danke", "obrigad",
    "grazie", "dziękuj", "bedankt", "entrevue", "cargo", "proceso", "processus", "processo",
    "postula", "contrat", "siento", "désolé", "dispiace", "spiacent", "concours", "concurso",
    # Norwegian, Swedish and Danish
    "søk", "stilling", "ansøg", "ansök", "tjänst", "intervju", "rekrutter", "rekryter",
    "dessverre", "tyvärr", "desværre", "takk", "tack", "kandidat", "samtale", "ansætt", "ansett",
    "anställ", "bevakning", "hakemu", "haastattel", "työpaik", "rekrytoin", "tehtäv",
    "valitettavasti", "kiitos",
    # Czech and Slovak, Romanian, Hungarian
    "uchazeč", "uchádzač", "pozic", "výběrov", "pohovor", "životopis", "bohužel", "žiaľ",
    "děkuj", "interviu", "poziți", "angaj", "păcate", "mulțum", "pályáz", "állás", "munkakör",
    "interjú", "önéletrajz", "sajnos", "sajnálat", "köszön", "jelölt", "kiválaszt", "felvétel",
)
_ABOUT_JOBS = AnyOf(RECRUITING_STEMS)
_EVIDENCE_LIMIT = 6
# A line break inside a sentence. The "\n" is matched first and the character before it is
# checked behind it: a pattern that starts with a literal is searched for it alone, ten times
# faster than one that starts with a look-behind, tried at every position.
_WRAPPED = re.compile(r"\n(?<=[^\n.!?:;]\n)(?=[^\n])")
_SPACES = re.compile(r"[ ]{2,}")
_SYSTEM_SENDER = re.compile(
    r"^(?:no-?reply|noreply|do-?not-?reply|donotreply|notifications?|mailer|system|jobs?|careers?|"
    r"recruiting|recruitment|talent|hr|alerts?|jobalerts?|applications?|applicants?|candidates?|"
    r"hiring|people|team|staffing|employment|humanresources|talent-?acquisition|vacancies|"
    r"info|admin)(?:[.+_-].*)?@",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class MailText:
    subject: str
    sender_name: str
    sender_address: str
    body: str  # plain text; may still hold quoted replies and signatures
    to: str = ""
    date: datetime | None = None
    # Why this is the reader's own outgoing mail ("label: Sent", "mailbox: Sent", "from your
    # address …"; see pipeline.sent_by); "" when it is not.
    sent: str = ""
    # Whom the message is addressed to when the reader is only copied on it (see
    # pipeline.copied_on); "" when the reader is addressed, or it is not known.
    copied: str = ""


@dataclass(frozen=True)
class Understanding:
    category: str
    confidence: float
    evidence: tuple[str, ...]
    company: str | None
    role: str | None
    contact_name: str | None
    contact_email: str | None
    stage: str | None
    reasons: tuple[str, ...]
    templated: bool | None
    invites_reapply: bool | None
    feedback_offered: bool | None
    feedback: tuple[str, ...]
    decided_by: str = "rules"  # "rules", "model" (see understand_combine) or "correction"
    # For "other": what kind, when the rules can tell — "reversal" (an earlier rejection
    # withdrawn), "withdrawal" (the seeker's own, acknowledged), "onboarding", "status",
    # "survey", "nonjob" (another kind of no), "sent" (the reader's own outgoing mail); None
    # otherwise.
    kind: str | None = None

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        for key in ("evidence", "reasons", "feedback"):
            data[key] = list(data[key])
        return data


_READER_ON_PANEL = re.compile(r"\byou(?:'re| are) (?:on|part of|a member of) the (?:(?:interview |selection "
                              r"|hiring |search )?(?:panel|committee)|(?:interview|selection|hiring|"
                              r"search) team)\b")


def rule_text(subject: str, body: str) -> str:
    """The text the phrase families read: lower case, wrapped lines joined, bounded."""
    joined = _WRAPPED.sub(" ", body[:BODY_LIMIT])
    return _SPACES.sub(" ", f"{subject}\n\n{joined}".lower())


_LISTING = re.compile(
    r"^\W{0,4}[A-Z0-9][^\n]{2,70}? (?:-|–|\||·|@|at) [A-Z0-9][^\n]{1,60}$", re.MULTILINE
)
_LISTINGS_NEEDED = 3
# What stands between a listing's title and its company (``_LISTING``'s separators, with the
# spaces around them): every listing line holds one, and two lines never share one.
_SEPARATORS = (" - ", " – ", " | ", " · ", " @ ", " at ")


def listing_hits(body: str) -> list[Hit]:
    """Job boards list several "Title - Company - Place" lines; personal mail never does."""
    body = body[:BODY_LIMIT]
    # Fewer separators than listings needed: too few lines can match (``findall`` tries the
    # pattern at every line, most of them letters' sentences, at some 25 µs a kilobyte).
    if sum(body.count(separator) for separator in _SEPARATORS) < _LISTINGS_NEEDED:
        return []
    lines = _LISTING.findall(body)
    if len(lines) < _LISTINGS_NEEDED:
        return []
    return [Hit("listing_lines", "job_alert", 3.5, 0, 0, f"{len(lines)} job listing lines")]


def _evidence(decision: Decision, combined: Combined | None = None) -> tuple[str, ...]:
    lines: list[str] = []
    if combined is not None and combined.by_model:
        lines.append(combined.why)
    for hit in sorted(decision.deciding, key=lambda h: -h.weight):
        line = hit.describe()
        if line not in lines:
            lines.append(line)
    lines = lines[:_EVIDENCE_LIMIT]
    overruled = sorted({h.family for h in decision.overruled if h.weight >= 2})
    if overruled:
        lines.append("outweighed: " + ", ".join(overruled))
    return tuple(lines)


def _from_system(mail: MailText) -> bool:
    return bool(_SYSTEM_SENDER.match(mail.sender_address) or ats_domain(mail.sender_address))


def prepared(mail: MailText) -> tuple[CleanBody, str, str]:
    """The cleaned body, the plain subject and the rule text (what rules and model read)."""
    cleaned = clean(mail.body[:CLEAN_LIMIT])
    inner = letter_to_another(cleaned.text, mail.to)
    if inner is not None:  # a letter to someone else is read like quoted mail
        cleaned = CleanBody(cleaned.text[:inner].rstrip(), cleaned.signature)
    forwarded = forwarded_to_reader(mail)
    if forwarded is not None:
        cleaned = CleanBody(f"{cleaned.text}\n\n{forwarded.text}".strip(),
                            cleaned.signature or forwarded.signature)
    subject = plain(mail.subject).strip()
    return cleaned, subject, rule_text(subject, cleaned.text)


_FORWARD_SUBJECT = re.compile(r"^\s*(?:(?:re|aw|sv)\s*:\s*)*(?:fwd?|tr|wg|rv|enc)\s*:",
                              re.IGNORECASE)


def forwarded_to_reader(mail: MailText) -> CleanBody | None:
    """The message forwarded inside this one, cleaned, when it is about the reader.

    A forward is mail in mail: a seeker sending her own rejection on from an old address, an
    agency passing on the client's no, a friend passing on a recruiter's reply about the
    seeker. What was forwarded is then the news, and cutting it as a quoted reply would leave
    only "fyi". A friend forwarding *her own* letter ("Dear Chioma…") is someone else's news,
    so the forwarded words count only when they name the reader (the first name the message is
    addressed to): otherwise they stay cut, as before.
    """
    found = forwarded_part(mail.body[:CLEAN_LIMIT])
    if found is None:
        return None
    if found.original_message and not _FORWARD_SUBJECT.match(mail.subject):
        return None  # a reply quoting the message it answers, not a forward
    name = reader_first_name(mail.to)
    # (the name alone or as an owner: "Efua's CV")
    if not name or not re.search(rf"(?<![\w'’]){re.escape(name)}(?!\w|['’](?![sS]\b))",
                                 found.text):
        return None
    forwarded = clean(found.text)
    if not forwarded.text:
        return None
    return CleanBody(told_to_reader(forwarded.text, name), forwarded.signature)


# What a forwarded note says of the reader, as the reader hears it: "Efua's CV" is "your CV",
# "we won't be taking her forward" is "…taking you forward", "please let her know" is the
# relaying friend's errand, not a hiring manager's.
_OWNER = "(?:'s|’s)"
_OF_READER = re.compile(
    r"\b(?P<before>(?:taking|take|taken|moving|move|putting|put|bring|bringing|invite|inviting|"
    r"progress|progressing) )(?:her|him)\b(?= (?:forward|further|through|on to|onto|in|back)\b)"
    r"|\b(?P<asked>(?:let|tell|thank) )(?:her|him)\b"
    r"|\b(?P<for>for )(?:her|him)\b(?= *[.;,!\n]| right now| at the moment| this time| now)",
    re.IGNORECASE)


def _you(found: re.Match[str]) -> str:
    return f"{found.group('before') or found.group('asked') or found.group('for')}you"


def told_to_reader(text: str, name: str) -> str:
    """``text`` (a note forwarded to the reader that names her) with what it says of her in
    the second person: the possessive of her first name and the pronouns in the phrases above."""
    text = re.sub(rf"(?<![\w'’]){re.escape(name)}{_OWNER}", "your", text)
    return _OF_READER.sub(_you, text)


def understand(mail: MailText, *, corrections: Sequence[Correction] = ()) -> Understanding:
    """Category, details, confidence and evidence for one message (see the module docstring)."""
    if mail.sent:
        return replace(_SENT_BY_READER, evidence=(f"your own sent mail ({mail.sent})",))
    cleaned, subject, text = prepared(mail)
    hits: list[Hit] = []
    silenced: list[Hit] = []
    about_jobs = _ABOUT_JOBS.occurs_in(text)
    if about_jobs:
        hits, silenced = find_hits(text)
        hits.extend(listing_hits(cleaned.text))
    learned = correction_hits(corrections, subject=subject, body=cleaned.text,
                              sender_address=mail.sender_address)
    decision = _decide(hits, [hit for hit, _ in learned], text)
    combined = None
    if about_jobs and not learned and can_change(decision.category, decision.confidence):
        # the seeker's own corrections outrank the model; a confident reading it cannot move
        trained = model.shipped()
        opinion = trained.opinion(text) if trained is not None else None
        combined = combine(decision.category, decision.confidence, opinion,
                           _grounds(decision, hits, silenced, subject, cleaned.text))
        if combined.by_model and opinion is not None:
            decision = _model_decision(decision, combined, opinion, hits)
    if decision.category == "rejection" and not learned and _another_kind_of_no(
            hits, subject, cleaned.text):
        decision = Decision("other", 0.8, tuple(h for h in hits if h.signal == "nonjob"),
                            tuple(h for h in hits if h.signal != "nonjob"))
        combined = None
    copied_no = decision.category == "rejection" and not learned and _greets_addressee(
        mail.copied, cleaned.text)
    if copied_no:  # someone else's no, the reader in copy: not hers
        decision = Decision("other", 0.8, (), tuple(hits))
        combined = None
    if not hits and not learned and not (combined and combined.by_model):
        return _not_recruiting(mail, decision, cleaned.signature)
    if decision.category == "job_alert":  # an alert lists many employers and roles: name none
        contact_name, contact_email = find_contact(mail.sender_name, mail.sender_address,
                                                   cleaned.signature)
        parties = Parties(None, None, contact_name, contact_email)
    else:
        parties = find_parties(subject, cleaned.text[:BODY_LIMIT], cleaned.signature,
                               mail.sender_name, mail.sender_address)
    kind = combined.kind if combined and combined.kind else _other_kind(decision)
    templated = is_templated(text, mail.sender_name, mail.sender_address,
                             from_system=_from_system(mail), signature=cleaned.signature)
    found = Understanding(
        category=decision.category,
        confidence=decision.confidence,
        evidence=_evidence(decision, combined),
        # another kind of no (a landlord) names no employer; an alert's parties are None already
        company=None if kind == "nonjob" else parties.company,
        role=parties.role,
        contact_name=parties.contact_name,
        contact_email=parties.contact_email,
        stage=None,
        reasons=(),
        templated=templated,
        invites_reapply=None,
        feedback_offered=None,
        feedback=(),
        decided_by="correction" if learned else (
            "model" if combined and combined.by_model else "rules"),
        kind=kind,
    )
    if copied_no:
        found = replace(found, kind="nonjob", templated=None, evidence=(
            f"addressed to {mail.copied}, who the letter greets; this mailbox is only copied",
            *found.evidence))
    if decision.category == "rejection":
        found = _with_rejection_details(found, text, cleaned.text, hits)
    if learned and learned[0][0].signal == decision.category:
        found = _with_corrected_details(found, learned[0][1])
    return found


_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sr", "sra", "herr", "frau"})
_GREETING_LINE = re.compile(r"\A\s*(?:dear|hi|hello|hey|good (?:morning|afternoon|evening)|"
                            r"estimad[oa]|hola|bonjour|hallo|hej|hei)\b[^\n]{0,60}", re.IGNORECASE)


def _greets_addressee(copied: str, body: str) -> bool:
    """The letter greets the one it is addressed to (a word of the To header's name), not the
    reader who is only copied: "Dear Mr Chirwa" to "Mr B. Chirwa" <b.chirwa@…>."""
    if not copied:
        return False
    greeting = _GREETING_LINE.match(body)
    if greeting is None:
        return False
    said = {w.lower() for w in re.findall(r"[^\W\d_]{3,}", greeting.group())}
    named = {w.lower() for w in re.findall(r"[^\W\d_]{3,}", copied.split("<")[0])} - _TITLES
    return bool(said & named)


def _another_kind_of_no(hits: list[Hit], subject: str, body: str) -> bool:
    """A no with words of another kind of application (a landlord, a festival) and nothing
    that only jobs have: no job word beyond those other applications share, and no job title
    the role reader can find. Every rejection in the development corpora has one or the other.
    """
    if not any(h.signal == "nonjob" for h in hits):
        return False
    if job_only_words(hits):
        return False
    return find_role(subject, body) is None


_OTHER_KINDS = {"reversal": "reversal", "reversal_part": "reversal", "withdrawal": "withdrawal",
                "onboarding": "onboarding", "status": "status", "survey": "survey",
                "nonjob": "nonjob", "hiring_side": "nonjob",
                "topic": "nonjob"}


def _other_kind(decision: Decision) -> str | None:
    if decision.category != "other" or not decision.deciding:
        return None
    strongest = max(decision.deciding, key=lambda h: h.weight)
    return _OTHER_KINDS.get(strongest.signal)


def _grounds(decision: Decision, hits: list[Hit], silenced: list[Hit], subject: str,
             body: str) -> Grounds:
    signals = {h.signal for h in hits}
    outnumbered = decision.category == "other" and bool(decision.deciding) and all(
        h.signal == "nonjob" and h.family != APPLIED_ELSEWHERE for h in decision.deciding)
    nonjob = {h.text for h in hits if h.signal == "nonjob"}
    about_a_job = "context" in signals or "context_weak" in signals
    return Grounds(
        informed_other=decision.category == "other" and bool(decision.deciding),
        # whose candidacy it is, said outright: the reader is on the panel or the hiring team
        settled_other=decision.category == "other" and any(
            h.signal == "hiring_side" and _READER_ON_PANEL.search(h.text)
            for h in decision.deciding),
        # a decision the rules set aside (a quoted or conditional "we will not be moving
        # forward"), not a passing phrase in an aside
        closing_silenced=any(h.signal == "rejection" and h.weight >= DECISIVE for h in silenced),
        about_a_job=about_a_job,
        nonjob=len(nonjob) >= 2 or (bool(nonjob) and not about_a_job),
        job_words=len(job_only_words(hits)),
        closing_cue="rejection" in signals,
        third_party="third_party" in signals or "topic" in signals,
        applied_elsewhere=decision.category == "other" and any(
            h.family == APPLIED_ELSEWHERE for h in decision.deciding),
        # (the role reader runs only for these few; a board or a volunteer scheme "recruits"
        # too, so that word alone names no job)
        job_named_yet_outnumbered=outnumbered and bool(
            [w for w in job_only_words(hits) if "recruit" not in w]
            or find_role(subject, body) is not None),
    )


def _model_decision(rules: Decision, combined: Combined, opinion: Opinion,
                    hits: list[Hit]) -> Decision:
    """The model's call, with the rules' hits that agree with it as supporting evidence."""
    agreeing = tuple(h for h in hits if h.signal == combined.category)
    others = tuple(h for h in hits if h.signal != combined.category)
    return Decision(combined.category, combined.confidence, agreeing, others)


# The reader's own outgoing mail in an export of a whole mailbox: a withdrawal, a thank-you note
# or a feedback request she wrote is nobody's decision about her.
_SENT_BY_READER = Understanding(
    category="other", confidence=0.95, evidence=(),
    company=None, role=None, contact_name=None, contact_email=None, stage=None, reasons=(),
    templated=None, invites_reapply=None, feedback_offered=None, feedback=(), kind="sent",
)


def _not_recruiting(mail: MailText, decision: Decision, signature: str) -> Understanding:
    """Mail with not one word about jobs: no employer, role or form-letter call to make (most
    of an inbox, so this path is also the cheap one)."""
    contact_name, contact_email = find_contact(mail.sender_name, mail.sender_address, signature)
    return Understanding(
        category=decision.category, confidence=decision.confidence, evidence=_evidence(decision),
        company=None, role=None, contact_name=contact_name, contact_email=contact_email,
        stage=None, reasons=(), templated=None, invites_reapply=None, feedback_offered=None,
        feedback=(), kind=_other_kind(decision),
    )


def _decide(hits: list[Hit], learned: list[Hit], text: str) -> Decision:
    if learned:
        best = learned[0]
        rules = decide(hits, text)
        confidence = round(min(0.97, 0.45 + best.weight / 20), 3)
        overruled = tuple(h for h in hits if h.signal != best.signal)
        if rules.category == best.signal:
            confidence = max(confidence, rules.confidence)
            return Decision(best.signal, confidence, (best, *rules.deciding), overruled)
        return Decision(best.signal, confidence, (best,), overruled)
    return decide(hits, text)


def _with_rejection_details(found: Understanding, text: str, body: str,
                            hits: list[Hit]) -> Understanding:
    """Stage, reasons and feedback: the rules' reading, then the details models' second one
    (``model_details``), whose changes are named in the evidence."""
    reading = model_details.read(text)
    stage, stage_evidence = learned_stage(reading, rejection_stage(text, hits))
    ruled, said = stated_reasons(text, hits, stage)
    reasons, reasons_evidence = learned_reasons(reading, ruled, stage)
    # every reason shown with what states it: the letter's words, or the model's
    stated = tuple(f'reason {code}: "{said[code]}"' for code in reasons if code in said)
    feedback = feedback_in(text, sentences(body[:BODY_LIMIT]), reasons)
    return replace(
        found,
        evidence=found.evidence + stage_evidence + stated + reasons_evidence,
        stage=stage,
        reasons=reasons,
        invites_reapply=invites_reapply(text),
        feedback_offered=feedback.offered,
        feedback=feedback.sentences,
    )


def _with_corrected_details(found: Understanding, correction: Correction) -> Understanding:
    changes: dict[str, object] = {}
    if correction.stage and found.category == "rejection":
        changes["stage"] = correction.stage
    if correction.reasons and found.category == "rejection":
        changes["reasons"] = tuple(correction.reasons)
    if correction.company and not found.company:
        changes["company"] = correction.company
    return replace(found, **changes) if changes else found  # type: ignore[arg-type]
