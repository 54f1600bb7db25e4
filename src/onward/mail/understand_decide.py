"""Which of the eleven categories a message belongs to, from the phrase-family hits.

The order of the questions is the point (issue 3):

1. A notice that an earlier rejection was a mistake restores the application: ``other``.
2. The seeker's own withdrawal or declined offer, or onboarding after an accepted offer,
   acknowledged, or mail to the reader as an interviewer, panel member or approver (someone
   else's candidacy): ``other``.
3. A rescinded offer closes the candidacy: ``rejection``. Closing phrases told as history
   ("we were unable to offer you the role last year") or beside "you are one of them" are
   dropped first.
4. Is this candidacy closed? A decisive closing phrase (or enough weaker ones together) makes a
   rejection, whatever thanks, compliments, delay apologies or survey links surround it — unless
   a concrete offer or interview invitation comes *after* the decline (one role declined,
   another offered), or the role is paused with an explicit "no decision on you yet".
5. Otherwise the strongest remaining signal wins; ties go to the more consequential category.
   A rejection reached this way (closing words, no decision) gets review-level confidence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from onward.mail.rules import Hit
from onward.mail.understand_applied import (
    AppliedFor,
    applied_for,
    names_a_job,
    not_about_a_job,
)

DECISIVE = 3.5  # one family at or above this weight settles "is this candidacy closed?"
APPLIED_ELSEWHERE = "applied_for_not_a_job"  # the family of a no about another application
FEEDBACK_CALL = "feedback_call"  # the family of a call booked to hear feedback
MINIMUM = 2.5  # below this, nothing recruiting-specific was said: "other"

# Signals that are not categories of their own but kinds of "other".
OTHER_KINDS = frozenset({"status", "survey", "withdrawal", "reversal", "onboarding",
                         "hiring_side", "topic"})
# Signals that inform a decision but are not evidence for any category by themselves.
CONTEXT_KINDS = frozenset({"context", "context_weak", "nonjob", "reversal_part", "third_party"})
# Footer furniture of bulk mail (unsubscribe, alert settings, "see similar jobs"): evidence of a
# job alert only beside something an alert says; alone it never reaches MINIMUM.
BOILERPLATE = frozenset({"cue_unsubscribe", "alert_button", "alert_settings"})
_BOILERPLATE_CAP = 2.0
# Job words other kinds of application use too (a school place is offered, a grant panel asks
# you to apply again): they do not show that a message is about a job.
SHARED_WORDS = frozenset({"apply", "applied", "applying", "offer", "panel", "round", "rounds",
                          "contract", "post", "hr", "start date", "shift",
                          # a flat or a seat on a board is applied for in these words too
                          "bewerbung", "bewerber", "bewerberin", "bewerbern", "bewerberinnen",
                          "candidature", "candidatura", "kandydatura", "kandydat"})


def job_only_words(hits: Iterable[Hit]) -> set[str]:
    """The job words among ``hits`` that no other kind of application uses."""
    return {h.text for h in hits if h.signal == "context"} - SHARED_WORDS


# What a careers site's housekeeping mail (an account deleted, an alert expired, an application
# sent twice) mentions without being one.
_HOUSEKEPT = frozenset({"job_alert", "application_received", "recruiter_outreach"})
FEEDBACK_REQUEST_ACK = "feedback_request_ack"
_ABOUT_THE_PAST_ROUND = frozenset({"assessment_invite", "interview_invite", "scheduling",
                                   "application_received"})

# Tie-break order among the non-closing categories: the more consequential first.
PRIORITY = (
    "offer",
    "interview_invite",
    "assessment_invite",
    "scheduling",
    "advancing",
    "on_hold",
    "rejection",
    "other",
    "application_received",
    "recruiter_outreach",
    "job_alert",
)


# A later invitation outranks a decline only when it is about a job, not a feedback chat.
_ABOUT_A_JOB = re.compile(r"interview|role|position|opening|opportunit|vacanc|post\b|job|"
                          r"salary|base\b|bonus|offer letter|start date|contract|package")
_FEEDBACK_CHAT = re.compile(r"feedback|debrief|notes")
_MEETING_WORD = re.compile(r"interview|call|chat|meet|conversation|screen|coffee|visit|onsite|panel|"
                           r"test|assessment|exercise|offer|position|role")


# A call booked to hear the panel's feedback after a no, not an interview: "the feedback call you
# requested", "I'd be glad to talk you through the panel's feedback", "I'll bring the panel
# notes".
_FEEDBACK_MEETING = re.compile(
    r"feedback (?:call|chat|session|conversation|meeting)\b|"
    r"\bfeedback (?:that |which )?you (?:asked for|requested|wanted|were after)\b|"
    r"\b(?:request(?:ed)?|asked|ask|like|hear|want(?:ed)?) (?:for |to hear |to have |to get )?"
    r"(?:the |some |more |any |your )?(?:panel's |interviewers' |interview |detailed )?feedback\b|"
    r"\b(?:talk|walk|take) you through (?:the |my |our )?(?:panel's |interview )?(?:feedback|notes)\b|"
    r"\b(?:bring|go through|share) (?:the |our |my )?(?:panel |interview |interviewers' )?notes\b"
)
# Meetings that are not interviews, for mail that names no job at all ("meeting" and
# "appointment" are not among them: a recruiter or an agency books those too).
_OTHER_MEETING = re.compile(
    r"\b(?:sync|stand-?up|workshop|fieldwork|site visit|training|class|lesson|webinar|seminar|"
    r"surgery|clinic|flight|delivery|project|sprint|retro|one-to-one|1:1)s?\b")
_CANDIDACY_NAMED = re.compile(r"\b(?:candidate|candidacy|interview(?:ed|s)?|hire|hired|hiring|"
                              r"recruit(?:ed|ing|ment)?|vacancy|shortlist(?:ed)?)\b")
# An invitation or a move that names the interview itself stays one.
_INTERVIEW_NAMED = re.compile(r"interview|round|stage|assessment|onsite|on-site")

_MOVED = re.compile(r"reschedul|re-?book|postpon|cancel|mov(?:e|ed|ing)|push|shift|new (?:time|date)|"
                    r"another (?:time|date)|changed|running late")


# Signs the interview was already agreed: arranging it is scheduling, not an invitation.
_AGREED = re.compile(
    r"as (?:discussed|agreed|promised|mentioned|requested)|thanks? (?:you )?for confirming\b|"
    r"thanks? (?:you )?for (?:sending |sharing |"
    r"confirming |letting me know )?your availability|following (?:up on )?our (?:call|conversation|"
    r"chat)|per our|you(?:'ve| have) (?:already )?(?:agreed|accepted|confirmed)"
)


# A decision told as history: another year, another time.
_PAST_DECISION = re.compile(
    # ("since last year", "over the last year" date something else, not the decision)
    r"\b(?:(?<!since )(?<!the )last (?:year|time|cycle)|previously|in the past|back then|earlier this year|"
    r"a while ago|some time ago|(?:a few|several|some|two|three) months ago|"
    r"(?:sorry|apologies) again)\b")
# An approach that asks to meet.
_INVITING = re.compile(r"\b(?:up for|open to|interested in|keen on|free for)\b")
# The seeker is among those chosen.
_INCLUDED = re.compile(
    r"\b(?:you are|you're|you were|you've been|you have been) (?:one of (?:them|those|these)|"
    r"among (?:them|those|these))\b|\bincluding you(?:rself)?\b")


# Both patterns above open with ``\b`` and an alternation, which ``re`` tries at every
# character of the text. Every match holds one of these strings, and a few substring tests
# cost a tenth of the search, so most messages (which hold none) skip it.
def _may_tell_history(text: str) -> bool:
    """Whether ``_PAST_DECISION`` can match ``text``."""
    return ("last " in text or "ago" in text or "again" in text or "previously" in text
            or "in the past" in text or "back then" in text or "earlier this year" in text)


def _may_include(text: str) -> bool:
    """Whether ``_INCLUDED`` can match ``text``."""
    return "one of " in text or "among " in text or "including you" in text


_NEGATED_CLAUSE = re.compile(r"\b(?:not|no|none|neither|nor|never|no longer)\b|n't\b")
_CLAUSE_BREAK = re.compile(r"[.!?;\n]")


def _included(text: str) -> bool:
    """Whether the reader is told she is among those chosen ("you are one of them", "we have
    invited five candidates, including you"). "We will not be continuing with any candidates,
    including you" includes her in a no."""
    for found in _INCLUDED.finditer(text):
        if found.group(0).startswith("including"):
            clause = _CLAUSE_BREAK.split(text[max(0, found.start() - 120):found.start()])[-1]
            if _NEGATED_CLAUSE.search(clause):
                continue
        return True
    return False


@dataclass(frozen=True)
class Decision:
    category: str
    confidence: float
    deciding: tuple[Hit, ...]  # the hits that made the call
    overruled: tuple[Hit, ...]  # hits that pointed elsewhere and lost


def _score(hits: Iterable[Hit]) -> float:
    """Sum of the family weights; a family repeated adds a little, not its full weight again."""
    best: dict[str, float] = {}
    repeats: dict[str, int] = {}
    for hit in hits:  # (the best weight starts at 0.0, as ``max(0.0, weight)`` would)
        family, weight = hit.family, hit.weight
        if family in best:
            repeats[family] += 1
            if weight > best[family]:
                best[family] = weight
        else:
            repeats[family] = 1
            best[family] = weight if weight > 0.0 else 0.0
    # a family once adds its weight, twice 0.25 more, more often 0.5 more (the same sums as
    # ``w + min(0.5, 0.25 * (repeats - 1))``, a third cheaper: this runs a few times a message)
    return sum([w if repeats[f] == 1 else w + (0.25 if repeats[f] == 2 else 0.5)
                for f, w in best.items()])


def _by_signal(hits: list[Hit]) -> dict[str, list[Hit]]:
    grouped: dict[str, list[Hit]] = defaultdict(list)
    for hit in hits:
        grouped[hit.signal].append(hit)
    return grouped


def _category_of(signal: str) -> str:
    return "other" if signal in OTHER_KINDS else signal


def _scores(grouped: dict[str, list[Hit]]) -> dict[str, float]:
    scores: dict[str, float] = defaultdict(float)
    for signal, hits in grouped.items():
        if signal in CONTEXT_KINDS:
            continue
        category = _category_of(signal)
        score = _score(hits)
        if not BOILERPLATE.isdisjoint([h.family for h in hits]) and _only_boilerplate(hits):
            score = min(score, _BOILERPLATE_CAP)
        scores[category] = max(scores[category], score)
    return scores


def _only_boilerplate(hits: list[Hit]) -> bool:
    """Whether every hit is footer furniture or lies inside some ("manage your job alerts")."""
    spans = [(h.start, h.end) for h in hits if h.family in BOILERPLATE]
    return bool(spans) and all(
        h.family in BOILERPLATE or any(s <= h.start and h.end <= e for s, e in spans)
        for h in hits)


def _confidence(top: float, runner_up: float, *, ceiling: float = 0.97) -> float:
    """Grows with the winning score and with its lead over the runner-up."""
    margin = max(0.0, top - runner_up)
    value = 0.45 + 0.07 * min(top, 6.0) + 0.06 * min(margin, 4.0)
    return round(min(ceiling, value), 3)


def _after(hits: list[Hit], point: int) -> list[Hit]:
    return [h for h in hits if h.start > point]


def _others(hits: list[Hit], *excluded: str) -> list[Hit]:
    return [h for h in hits if _category_of(h.signal) not in excluded]


def _about_a_job(hit: Hit, text: str) -> bool:
    if not _MEETING_WORD.search(text[hit.start : hit.end + 40] if text else hit.text):
        return False
    if not text:
        return True
    around = text[max(0, hit.start - 250) : hit.end + 150]
    return bool(_ABOUT_A_JOB.search(around)) and not _FEEDBACK_CHAT.search(
        text[max(0, hit.start - 60) : hit.end + 100])


def _sentence(text: str, hit: Hit) -> str:
    start = max(text.rfind(c, 0, hit.start) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, hit.end) for c in ".!?\n") if i >= 0]
    return text[start : min(ends, default=len(text))]


def _current(closing: list[Hit], text: str) -> list[Hit]:
    """Closing hits that are news: not a decision of another year ("we were unable to offer you
    the role last year") told as a lead-in to something new."""
    if not text or not _may_tell_history(text) or not _PAST_DECISION.search(text):
        return closing
    return [h for h in closing if not _PAST_DECISION.search(_sentence(text, h))]


def _closing(grouped: dict[str, list[Hit]], hits: list[Hit], text: str) -> Decision | None:
    """Step 4: the candidacy is closed, unless a later concrete invitation or offer outranks it."""
    closing = grouped.get("rejection", [])
    if not closing:
        return None  # (no closing words, no score: most mail)
    decisive = [h for h in closing if h.weight >= DECISIVE]
    score = _score(closing)
    if not decisive and score < DECISIVE:
        return None
    last_decline = max(h.start for h in (decisive or closing))
    for category in ("offer", "interview_invite", "assessment_invite"):
        later = [h for h in _after(grouped.get(category, []), last_decline)
                 if h.weight >= DECISIVE and _about_a_job(h, text)]
        outreach = grouped.get("recruiter_outreach", [])
        if later and category == "interview_invite" and _score(outreach) >= DECISIVE \
                and not grouped.get("application_received"):
            # "That role didn't work out, but I have another with a client" is an approach.
            return Decision("recruiter_outreach", _confidence(_score(outreach), 2.0, ceiling=0.85),
                            tuple(outreach), tuple(closing))
        if later:
            return Decision(category, _confidence(_score(later) + 1, 2.0, ceiling=0.85),
                            tuple(later), tuple(closing))
    holding = grouped.get("on_hold", [])
    undecided = any(h.family.endswith("no_decision") for h in holding)
    if undecided and _score(holding) >= score - 1:
        return Decision("on_hold", _confidence(_score(holding), score, ceiling=0.85),
                        tuple(holding), tuple(closing))
    against = max((v for k, v in _scores(grouped).items() if k != "rejection"), default=0.0)
    ceiling = 0.99 if decisive else 0.9
    if against >= DECISIVE:
        ceiling = 0.85  # a mixed message (a no beside an invitation or an approach): review it
    confidence = _confidence(score + (2.0 if decisive else 0.0), min(against, 3.0) * 0.7,
                             ceiling=ceiling)
    return Decision("rejection", confidence, tuple(closing), tuple(_others(hits, "rejection")))


def _without_hits(text: str) -> Decision:
    """``decide`` for mail no phrase family spoke in (most mail): only a thing applied for
    that is not a job can say more than "other" for want of anything said."""
    elsewhere = not_about_a_job(applied_for(text)) if text else []
    if elsewhere:
        return _applied_elsewhere(elsewhere, [])
    return Decision("other", 0.9, (), ())  # as step 5 finds: no score at all


def _feedback_call(meeting: list[Hit], hits: list[Hit], text: str) -> Decision | None:
    """A call booked to hear feedback after a no decides nothing new: "other", unless the
    meeting words name an interview."""
    found = _FEEDBACK_MEETING.search(text) if text else None
    if found is None or any(_INTERVIEW_NAMED.search(h.text) for h in meeting):
        return None
    named = Hit(FEEDBACK_CALL, "status", 3.0, found.start(), found.end(), found.group(0))
    return Decision("other", 0.8, (named,), tuple(hits))


def _applied_elsewhere(elsewhere: list[AppliedFor], hits: list[Hit]) -> Decision:
    """A place at a school or in a choir, a scholarship, a loan: named as the thing applied
    for or offered, and no job named as one."""
    named = tuple(Hit(APPLIED_ELSEWHERE, "nonjob", 3.0, o.start, o.end, o.text)
                  for o in elsewhere)
    return Decision("other", 0.8, named, tuple(hits))


def decide(hits: list[Hit], text: str = "") -> Decision:
    """The category of a message from its (unmasked) hits; see the module docstring."""
    if not hits:
        return _without_hits(text)
    grouped = _by_signal(hits)
    nonjob = {h.text for h in grouped.get("nonjob", [])}
    context = {h.text for h in grouped.get("context", [])}
    job_words = len(context) + 0.5 * len({h.text for h in grouped.get("context_weak", [])})
    # Before a no, count only words no other kind of application uses (a school place is
    # "offered" too, and a grant panel asks you to "apply" again).
    strict_job_words = len(job_only_words(grouped.get("context", []))) + (
        0.5 if grouped.get("context_weak") else 0)
    # A decision that names the seeker's candidacy in its own words ("decided to go ahead with
    # another candidate") speaks of a job, whatever the job's own domain words (a procurement
    # role's "tender", a property firm's "tenant").
    named = _CANDIDACY_NAMED.findall(" ".join(h.text for h in grouped.get("rejection", [])
                                              if h.weight >= DECISIVE))
    job_words += len(set(named))
    strict_job_words += len(set(named))
    objects = applied_for(text) if text else []
    if ((len(nonjob) >= 2 and len(nonjob) > job_words) or (
            nonjob and job_words < 1 and grouped.get("rejection")) or (
            len(nonjob) >= 2 and len(nonjob) > strict_job_words and grouped.get("rejection"))
            ) and not names_a_job(objects):
        # A landlord, a journal or a conference saying no is not a job rejection: its own
        # words outnumber the few job-like ones ("applying", "offer") such mail also uses, or
        # it has its own words and none about a job (a scholarship, a pull request) — unless
        # the mail names a job as the thing applied for ("your proposal for this VA job").
        return Decision("other", 0.8, tuple(grouped["nonjob"]), tuple(hits))
    elsewhere = not_about_a_job(objects)
    if elsewhere:
        return _applied_elsewhere(elsewhere, hits)
    for signal, threshold in (("reversal", 6.0), ("withdrawal", 4.5), ("onboarding", 4.5),
                              ("hiring_side", 4.5), ("topic", 4.5)):
        found = grouped.get(signal, [])
        if signal == "reversal":  # halves of a reversal count only together with it
            found = [*found, *grouped.get("reversal_part", [])]
        if found and _score(found) >= threshold:
            return Decision("other", _confidence(_score(found), 0.0, ceiling=0.9), tuple(found),
                            tuple(_others(hits, "other", "reversal_part")))
    if grouped.get("rejection"):
        grouped["rejection"] = _current(grouped["rejection"], text)
        if text and _may_include(text) and _included(text):
            grouped["rejection"] = []  # "we selected a few candidates, and you are one of them"
        if grouped.get("third_party"):
            grouped["rejection"] = []  # the writer's own no ("I didn't get it"): their news
    rescinded = [h for h in grouped.get("rejection", []) if h.family == "decision_rescinded"]
    if rescinded:
        return Decision("rejection", 0.95, tuple(grouped["rejection"]),
                        tuple(_others(hits, "rejection")))
    closed = _closing(grouped, hits, text)
    if closed is not None:
        return closed
    scores = _scores(grouped)
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], PRIORITY.index(kv[0])))
    if not ranked or ranked[0][1] < MINIMUM:
        weakest = ranked[0][1] if ranked else 0.0
        talks_jobs = 0.1 if grouped.get("context") else 0.0  # about jobs, yet nothing we know
        return Decision("other", round(0.9 - 0.1 * weakest - talks_jobs, 3), (), tuple(hits))
    category, top = ranked[0]
    if category in _HOUSEKEPT and _score(
            [h for h in grouped.get("status", []) if h.family == "account_housekeeping"]) >= 4.5:
        # "you've been unsubscribed from job alerts", "we already have your application":
        # a site keeping its house speaks of alerts and applications without sending either
        category, top = "other", scores["other"]
    elif category in _ABOUT_THE_PAST_ROUND and _score(
            [h for h in grouped.get("status", []) if h.family == FEEDBACK_REQUEST_ACK]) >= 4:
        # an answer to the seeker's request for feedback speaks of the test or interview she
        # took ("candidates who take our assessments", "the test instructions"), not of one
        # to come
        category, top = "other", scores["other"]
    if category == "scheduling" and scores.get("interview_invite", 0) >= DECISIVE and not any(
        _MOVED.search(h.text) for h in grouped.get("scheduling", [])
    ) and not _AGREED.search(text):
        # A first invitation often arrives with its date already set: still an invitation.
        category, top = "interview_invite", scores["interview_invite"]
    if (top < DECISIVE or (category in ("scheduling", "on_hold", "advancing") and (
            nonjob or _OTHER_MEETING.search(text)))) \
            and not grouped.get("context") and not grouped.get("context_weak"):
        # Weak signals with no word about jobs at all: a friend's "what time works?"; or a
        # flight rebooked, a project paused, with words of another world ("refund") or a
        # meeting of another kind (the day job's sprint, a surgery's clinic, a flight).
        return Decision("other", 0.75, (), tuple(hits))
    if category in ("interview_invite", "scheduling") and scores.get("recruiter_outreach", 0) >= 3.5 \
            and not grouped.get("application_received") and not grouped.get("advancing"):
        # "Would you be open to a call?" from someone the seeker never applied to is outreach.
        category, top = "recruiter_outreach", scores["recruiter_outreach"]
    elif category == "recruiter_outreach" and any(
            h.family == "thanks_applying" for h in grouped.get("application_received", [])) \
            and any(_INVITING.search(h.text) for h in grouped["recruiter_outreach"]):
        # The seeker applied: "would you be up for a coffee?" is the employer's invitation.
        category = "interview_invite"
        top = max(top, DECISIVE)
    if category in ("scheduling", "interview_invite"):
        feedback_call = _feedback_call(grouped.get(category, []), hits, text)
        if feedback_call is not None:
            return feedback_call
    # the strongest reading besides the one chosen, however it was chosen
    runner_up = max((score for c, score in scores.items() if c != category), default=0.0)
    deciding = tuple(h for h in hits if _category_of(h.signal) == category)
    ceiling = 0.85 if runner_up >= DECISIVE else 0.97  # two strong readings: ask the seeker
    if category == "rejection":
        ceiling = 0.7  # closing words but no decision among them: the seeker should look
    return Decision(category, _confidence(top, runner_up, ceiling=ceiling), deciding,
                    tuple(_others(hits, category)))
