"""From a report to proposed incidents: read it (``mapdata.extract.reader``), then turn the claims
read into proposals: losses a side confirms go to its claim of the day, a same-day report's
undated claims take its day, summaries covered by detailed claims give way, tellings of one
incident merge (``mapdata.extract.merge``), and each claim's places become one proposal each.
Nothing is saved here: the result is a proposal for review.
"""

from __future__ import annotations

import bisect
import collections
import copy
import datetime as dt
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from mapdata.extract.attribution import Attribution, SpeakerTracker, find_attribution, resolve_side
from mapdata.extract.casualties import LOSS_TELLER, Casualties
from mapdata.extract.dates import find_dates, is_statement_day
from mapdata.extract.denials import Denial
from mapdata.extract.events import classify
from mapdata.extract.folded import FoldedPattern
from mapdata.extract.leftovers import Leftover, passed_over
from mapdata.extract.lexicon import Lexicon, detect_profile, lexicon_for
from mapdata.extract.merge import merge_tellings
from mapdata.extract.places import (
    SETTLEMENT_CUES,
    SPOT_CUES,
    PlaceMention,
    beyond_named_region,
    beyond_town_district,
    border_of,
    choose_places,
)
from mapdata.extract.proposal import Proposal
from mapdata.extract.reader import ANOTHER_INCIDENT, BACKGROUND_DAYS, OTHER_VIOLENCE, RECAP, Claim, Reader, in_region
from mapdata.extract.text import DATELINE, Document, Sentence, looks_english, read_document
from mapdata.extract.weapons import event_type, find_weapons, without_acts
from mapdata.geo.names import fold
from mapdata.profiles import DEFAULT_PROFILE_ID, THIRD_PARTY, Profile
from mapdata.safety import summary_of

__all__ = ["NOT_ENGLISH", "ExtractionResult", "Proposal", "Response", "extract", "extract_document"]

_ANY_DAY = dt.date.min  # key of "any claim of this side" in _attach_losses


@dataclass
class Response:
    """A denial: the other side's answer to a claim (``denies`` = index of that proposal, if in this report)."""

    by: str
    side: str | None
    denies_side: str | None
    sentences: list[str]
    denies: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


# said, after "No incident was found", of a text in another language (the Add report page keys on it)
NOT_ENGLISH = "The reader reads English reports, and this text does not look like English."


@dataclass
class ExtractionResult:
    proposals: list[Proposal]
    responses: list[Response]
    warnings: list[str]
    published: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    conflict: str = DEFAULT_PROFILE_ID  # the profile the report was read with
    conflict_reason: str = ""  # why: chosen by the user, or what the text names
    # sentences that tell of fire or losses but gave no claim, each with a draft (``leftovers``)
    leftovers: list[Leftover] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "published": self.published.isoformat() if self.published else None,
            "outlet": self.outlet,
            "url": self.url,
            "conflict": self.conflict,
            "conflict_reason": self.conflict_reason,
            "proposals": [p.to_dict() for p in self.proposals],
            "responses": [r.to_dict() for r in self.responses],
            "warnings": list(self.warnings),
            "leftovers": [left.to_dict() for left in self.leftovers],
        }


# Losses no ceasefire incident caused: accidents, illness, the fight against militants, a war's total
_NOT_THE_OTHER_SIDES = FoldedPattern(
    r"\b(?:accident|overturn|avalanche|landslide|flood|misfire|training|exercise|drill|covid|coronavirus|illness|"
    r"disease|heart\s+attack|heatstroke|drown|crash|suicide|fellow|militant|terrorist|insurgent|encounter|shootout|"
    r"since|so\s+far|in\s+total|to\s+date|during\s+the\s+war|in\s+the\s+war)\w*",
    re.I,
)
_OFF_THE_MAP_DEGREES = 0.3  # a place of another front lies outside the conflict's map, if only just
_MOST_LOSSES = 50  # more than this at once is a total, not one incident's


def _claims_of_own_losses(reader: Reader, lexicon: Lexicon) -> list[Claim]:
    """ "Azerbaijan's Defense Ministry said Saturday that four of its troops were killed overnight", in a
    report that tells fire and where that side tells no incident and is blamed for none: its losses
    are its claim against the other side (the first statement of each side only), at the places its
    sentence names, on the day it names for them (not the day it was said). Not losses of an
    accident, of illness or of the fight against militants, nor a total; not at a place far outside
    the conflict's map (another front)."""
    if not any(signals.event and not signals.background for signals in reader.signals.values()) and (
        reader.two_voiced.isdisjoint(reader.signals)
    ):
        return []  # (a sentence of two voices keeps the signals of its second half only)
    # (nor for a side told as the attacker: "Hezbollah announced the deaths of two of its fighters"
    # after a drone it launched, losses of the reply)
    told = {c.speaker.side for c in reader.claims} | {
        c.accused if c.accused is not None else lexicon.opponent(c.speaker.side) for c in reader.claims
    }
    made: list[Claim] = []
    for side, mention, counted, sentence in reader.own_losses:
        accused = lexicon.opponent(side)
        # (a side's losses told beside the other side's account in one sentence, "A said two of its soldiers
        # were killed, while B said a villager on its side also died", are its claim, blamed or not)
        mutual = sentence.index in reader.two_voiced
        if (side in told and not mutual) or not lexicon.is_party(side) or not lexicon.is_party(accused):
            continue
        if _NOT_THE_OTHER_SIDES.search(sentence.norm) or max(counted.killed or 0, counted.wounded or 0) > _MOST_LOSSES:
            continue
        named = choose_places(reader.places(sentence.norm))
        extent = lexicon.profile.extent
        if extent is not None and any(
            m.place is not None and _far_outside(m.place, extent, margin=_OFF_THE_MAP_DEGREES) for m in named
        ):
            continue  # ("nine of its soldiers were killed in Gaza": another front)
        places = [m for m in named if m.specific]
        told.add(side)
        found = find_attribution(sentence.norm, SpeakerTracker(lexicon=lexicon), update=False)
        subject = LOSS_TELLER.match(sentence.norm)
        who = subject.group("who") if subject is not None else side
        speaker = found if found is not None and found.side == side else Attribution(who, side, "authority", 0)
        if mention is not None and is_statement_day(mention, sentence.norm):
            mention = None  # "said Monday that two soldiers were killed over the weekend": not Monday's
        twin = (
            next((c for c in reader.claims if any(s.index == sentence.index for s in c.sentences)), None)
            if mutual
            else None
        )
        if mention is None and twin is not None:
            # ("... killed when fighting broke out on Friday, while B said a villager also died": that Friday)
            claim = Claim(speaker, twin.date, twin.precision, None)
        else:
            claim = Claim(speaker, mention.date if mention else None, mention.precision if mention else "day", None)
        claim.accused, claim.killed, claim.wounded, claim.places = accused, counted.killed, counted.wounded, places
        claim.add(sentence)
        for name in ("claim", "claimant", "killed" if counted.killed is not None else "wounded"):
            claim.add_evidence(name, sentence)
        if places:
            claim.add_evidence("place", sentence)
        made.append(claim)
    return made


def _without_dateline(sentence: str) -> str:
    """ "YEREVAN, 14 March 2024 - Armenia's Ministry ..." -> "Armenia's Ministry ...": a summary says
    what happened; where and when the report was filed is in the proposal's other fields."""
    dateline = DATELINE.match(sentence)
    rest = sentence[dateline.end() :].strip() if dateline is not None else ""
    return rest[:1].upper() + rest[1:] if rest else sentence


# "No casualties were reported.", "nobody was injured in the clash", "No Israelis were injured": none
# stated, which a report counts as 0 (not "no immediate reports of casualties": not yet known). Which
# figure: the word says ("causing no injuries" is no wounded; "no casualties" neither dead nor wounded).
_NONE_HURT = re.compile(
    r"(?<!immediate\s)\b(?:no|without)\s+(?:(?:reports?|word)\s+of\s+)?(?:any\s+)?(?P<noun>casualties|injuries|deaths|fatalities)\b"
    r"|\bwithout\s+causing\s+(?:any\s+)?(?P<caused>casualties|injuries)\b"
    r"|\b(?:no\s+one|nobody)\s+(?:was|were|has\s+been|had\s+been)\s+(?P<verb>killed|injured|wounded|hurt)\b"
    r"|\bno\s+(?:[A-Z]?[a-z]+\s+)?(?:soldiers?|troops|civilians?|people|Israelis|residents)\s+(?:was|were|had\s+been|have\s+been)\s+"
    r"(?P<verb2>killed|injured|wounded|hurt)\b",
    re.I,
)
_NONE_SENTENCE_CHARS = 140  # a sentence after the claim that only says so ("No casualties were reported.")


def _none_stated(claims: list[Claim], sentences: list[Sentence]) -> None:
    """A claim that states no figure, told in a sentence (or followed by a short one of no other claim)
    that says no one was hurt, has 0 for what it says: the report said so."""
    told_in = {s.index: c for c in claims for s in c.sentences}
    for claim in claims:
        if claim.killed is not None or claim.wounded is not None or not claim.sentences:
            continue
        last = max(s.index for s in claim.sentences)
        after = sentences[last + 1] if last + 1 < len(sentences) else None
        candidates = list(claim.sentences)
        if (
            after is not None
            and told_in.get(after.index, claim) is claim
            and not after.heading
            and len(after.norm) <= _NONE_SENTENCE_CHARS
        ):
            candidates.append(after)
        for sentence in candidates:
            found = _NONE_HURT.search(sentence.norm)
            if found is None:
                continue
            word = next(w for w in found.groups() if w).lower()
            if word in ("casualties", "hurt", "fatalities", "deaths", "killed"):
                claim.killed = 0
                claim.add_evidence("killed", sentence)
            if word in ("casualties", "hurt", "injuries", "injured", "wounded"):
                claim.wounded = 0
                claim.add_evidence("wounded", sentence)
            break


def _attach_losses(claims: list[Claim], pending: list) -> None:
    """ "Armenia confirmed four killed": to Armenia's claim of that day, if it states no figure itself."""
    first: dict[tuple[str | None, dt.date | None], int] = {}  # (side, date) -> first claim; date None = any
    for position, claim in enumerate(claims):
        first.setdefault((claim.speaker.side, claim.date), position)
        first.setdefault((claim.speaker.side, _ANY_DAY), position)
    for side, date, killed, wounded, sentence in pending:
        if date is None:
            found = first.get((side, _ANY_DAY))
        else:  # the first claim of that side on that day or with no day
            options = [first.get((side, date)), first.get((side, None))]
            found = min((o for o in options if o is not None), default=None)
        if found is None:
            continue
        claim = claims[found]
        if killed is not None and claim.killed is None:
            claim.killed = killed
            claim.add_evidence("killed", sentence)
        if wounded is not None and claim.wounded is None:
            claim.wounded = wounded
            claim.add_evidence("wounded", sentence)
        claim.add(sentence)


_PAST_PERFECT = re.compile(r"\bhad\s+(?:been\s+|also\s+)?\w+(?:ed|en|wn|ck|ot|uck|ung)\b", re.I)
# How English news says "this happened today" without a day: the present ("shelling is still going
# on", "soldiers are targeting each other's posts"), the news perfect ("four soldiers have been
# killed", "has been shelling since morning"). Closed lists of fire and loss verbs: "Israeli forces
# have conducted near-daily attacks" is a background summary, not today's news.
_SAME_DAY_NEWS = FoldedPattern(
    r"\b(?:is|are)\s+(?:still\s+|now\s+)?(?:shelling|firing|targeting|attacking|bombing|going\s+on|going|continuing)\b"
    r"|\b(?:has|have)\s+(?:also\s+)?(?:been\s+)?(?:killed|wounded|injured|hurt|died|shelled|shelling|fired|firing|"
    r"opened\s+fire|targeted|targeting|attacked|attacking|struck|hit|"
    # "the Israeli military has carried out fresh artillery and missile attacks": fresh or new, today's
    r"(?:carried\s+out|launched|conducted)\s+(?:fresh|new|renewed)|"
    # "Thailand's military has accused Cambodia of launching an attack": the accusation is the news
    r"accused\s+(?:[\w'’-]+\s+){1,3}?of\s+(?:firing|shelling|attacking|launching|opening|striking|violating)|"
    # ("Israeli shelling in southern Lebanon has resulted in the deaths of a woman", "has left two soldiers dead")
    r"resulted\s+in\s+(?:the\s+)?(?:deaths?|killing|injur\w+|wounding)|left\s+(?:[\w-]+\s+){1,4}?(?:dead|wounded|injured))\b"
    # "as Indian troops continue cross border firing across the LoC": fire going on as it is told
    r"|(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bmay\s)(?<!\bcould\s)\b(?:continue|continues)\s+(?:to\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:firing|shelling|fire|shell|attacks|attacking|attack|targeting|target|bombarding|bombard)\b"
    r"|\bsince\s+(?:this\s+|early\s+)?(?:morning|dawn|midnight)\b"
    # "Ukrainian forces have ignored the 30-hour truce": the breach of a truce is the news
    # (not a habit or a denial: "has violated the ceasefire hundreds of times since 2015", "Neither side has")
    r"|(?<!\bneither\sside\s)(?<!\bnot\s)(?<!\bnever\s)\b(?:has|have)\s+(?:also\s+)?(?:ignored|violated|breached|broken)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:truce|cease[-\s]?fire)\b(?![^.;]{0,80}\b(?:times|since|so\s+far|yet)\b)"
    # "Lebanese and Israeli troops are reported to have exchanged fire": news told as it comes in
    r"|\b(?:is|are)\s+(?:reported|said)\s+to\s+have\s+(?:exchanged|fired|shelled|clashed|"
    r"attacked|opened\s+fire|been\s+(?:killed|wounded|injured|hit))\b"
    # news still coming in ("Casualties are reported on the Armenian side", "The details are being verified")
    r"|\b(?:casualties|losses|injuries|deaths|victims)\s+(?:are|is)\s+(?:being\s+)?reported\b"
    r"|\b(?:details|circumstances|information)\s+(?:are|is)\s+(?:still\s+)?being\s+(?:verified|clarified|specified|checked|established)\b"
    # a 24-hour clock time with no day ("At 16:40 (GMT +4), Azerbaijani combat positions underwent fire")
    r"|\b(?:at|around|about|after|since)\s+(?:[01]\d|2[0-3]):[0-5]\d\b(?!\s*(?:am|pm|a\.m\.|p\.m\.))"
    # a wire story's clock time with no day ("the clashes began around 7.35am (12.35 GMT)")
    r"|\b(?:at|around|about|after|before|by|until|till)\s+(?:[01]?\d[.:][0-5]\d\s*(?:am|pm|a\.m\.|p\.m\.)|[01]?\d\s*(?:am|pm|a\.m\.|p\.m\.))",
    re.I,
)


_FINDS = re.compile(r"\b(?:observed|recorded|heard|registered|saw|monitored|documented)\b", re.I)
_DATELINE = re.compile(r"\s*(?:\(|[-–—]\s)")  # "KABUL, Feb 7 (Reuters) -": the day the report was filed


# "Daily Report 212/2019 issued by the OSCE Special Monitoring Mission (SMM) to Ukraine on 7 September 2019": a
# monitor's daily report, issued the morning after the day it tells
_DAILY_REPORT_ISSUED = re.compile(
    r"^\W{0,3}Daily\s+Report\s+\d{1,3}/\d{4}\s+issued\s+(?:by\s+[^.;]{0,120}?\s+)?on\s+"
    r"(?P<day>\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4})\b"
)


def _date_by_daily_report(claims: list[Claim], sentences: list[Sentence]) -> None:
    """A monitor's daily report issued on a day tells the day before: its claims with no day of their own take
    that day (the report's own words, not the page's publication date, say when it was issued)."""
    if not any(c.date is None and not c.day_unknown for c in claims):
        return
    issued = next((m for s in sentences[:3] if (m := _DAILY_REPORT_ISSUED.match(s.norm)) is not None), None)
    if issued is None:
        return
    try:
        day = dt.datetime.strptime(issued.group("day"), "%d %B %Y").date() - dt.timedelta(days=1)
    except ValueError:
        return
    for claim in claims:
        if claim.date is None and not claim.day_unknown:
            claim.date, claim.precision = day, "day"


def is_same_day_report(sentences: list[Sentence], published: dt.date | None, lexicon: Lexicon) -> bool:
    """Does the report tell the publication day's news? Yes when a sentence names that day for an
    event ("on Tuesday" in a Tuesday report, "today", "this morning", "right now"; in a line without
    closing punctuation too, but not a dateline, which names no event) or speaks in the present or
    the news perfect (``_SAME_DAY_NEWS``; not in headlines, which are always in the present) without
    naming another day. A past-tense account with no such sign gives no day at all."""
    if published is None:
        return False
    for sentence in sentences:
        if sentence.caption or (sentence.heading and not classify(sentence.norm, lexicon).event):
            continue
        days = {
            m.date
            for m in find_dates(sentence.norm, published)
            if m.date is not None and m.precision == "day" and not _DATELINE.match(sentence.norm[m.end : m.end + 4])
        }
        if published in days:
            return True
        if not days and not sentence.heading and _SAME_DAY_NEWS.search(sentence.norm):
            return True
    return False


def _date_by_publication(claims: list[Claim], published: dt.date | None, same_day: bool = True) -> int:
    """A claim the text gives no day for happened on the day of a news report that tells that day's
    news (``same_day``, see ``is_same_day_report``), unless told in the past perfect ("had struck", an
    earlier event). Otherwise it stays undated: the reviewer is asked for the day rather than given a
    guess. Returns how many were dated."""
    if published is None:
        return 0
    dated = 0
    for claim in claims:
        first = min(claim.sentences, key=lambda s: s.index) if claim.sentences else None
        # a monitor's daily update ("The SMM observed ... heard exchanges of fire") tells its day's findings
        monitor = claim.speaker.side == THIRD_PARTY and first is not None and _FINDS.search(first.norm) is not None
        if not (same_day or monitor):
            continue
        if claim.date is None and not claim.day_unknown and first is not None and not _PAST_PERFECT.search(first.norm):
            claim.date, claim.precision = published, "day"
            dated += 1
    return dated


_STATEMENT_LEDE_SENTENCES = 4  # a dateline, a caption and a headline may stand before the lede's sentence


def _date_by_the_ledes_statement_day(
    claims: list[Claim], sentences: list[Sentence], published: dt.date | None
) -> tuple[dt.date, int] | None:
    """ "Israeli soldiers killed a number of armed suspects, the country's military said on Monday" in a
    report published on Tuesday, then "Fields on the outskirts of the village were subjected to intense
    Israeli shelling" with no day: a wire story filed the day after its news, whose lede names only the
    day the news was told, tells that day's events. Claims with no day (not told in the past perfect)
    take it. Returns that day and how many claims took it, or None."""
    if published is None or not any(c.date is None and not c.day_unknown for c in claims):
        return None
    lede = [s for s in sentences if not s.heading and not s.caption][:_STATEMENT_LEDE_SENTENCES]
    day = None
    for sentence in lede:
        mentions = [m for m in find_dates(sentence.norm, published) if m.date is not None and m.precision == "day"]
        if not mentions:
            continue
        if all(is_statement_day(m, sentence.norm) for m in mentions) and len({m.date for m in mentions}) == 1:
            day = mentions[0].date
        break
    if day is None or not dt.timedelta(0) < published - day <= dt.timedelta(days=_LATER_TELLING_DAYS):
        return None
    dated = 0
    for claim in claims:
        first = min(claim.sentences, key=lambda s: s.index) if claim.sentences else None
        if claim.date is None and not claim.day_unknown and first is not None and not _PAST_PERFECT.search(first.norm):
            claim.date, claim.precision = day, "day"
            dated += 1
    return (day, dated) if dated else None


_LATER_TELLING_DAYS = 2  # the day a lede's fire was told later is at most this long before publication


_LEDE_SENTENCES = 2  # a text's lede: its first sentences (a dateline or byline may come first)


def _date_by_later_telling(claims: list[Claim], published: dt.date | None) -> None:
    """ "Heavy firing by X at 50 places has killed one trooper" (no day), then "X fired ... in A, B
    and C sectors" on the day a later sentence names: a lede with no day that the same voice
    tells again at one of its places takes that telling's day (a day or two before publication),
    rather than the publication day a same-day report would give it. Linear in the claims:
    each place key keeps its first dated claim per voice."""
    if published is None:
        return
    told: dict[tuple[str, str], Claim] = {}
    for claim in claims:
        if claim.date is None or not dt.timedelta(0) < published - claim.date <= dt.timedelta(days=_LATER_TELLING_DAYS):
            continue
        for place in claim.places:
            told.setdefault((claim.speaker.claimant, place.key), claim)
            told.setdefault(("", place.key), claim)
    for claim in claims:
        if claim.date is not None or claim.day_unknown or not claim.places:
            continue
        first = min(s.index for s in claim.sentences) if claim.sentences else -1
        if first > _LEDE_SENTENCES + 2:
            continue  # (deep in the body, a claim with no day is the report's day; a later one is another story)
        # (the outlet's own lede, "Fear grips X after a dozen were injured", sums up what the body
        # then tells in others' voices: any voice's later telling at its place gives its day)
        voice = "" if claim.speaker.kind == "media" and 0 <= first <= _LEDE_SENTENCES else claim.speaker.claimant
        later = [told.get((voice, place.key)) for place in claim.places]
        found = next((c for c in later if c is not None and min(s.index for s in c.sentences) > first), None)
        if found is not None:
            claim.date, claim.precision = found.date, found.precision


# the gap between a place's name and the day told for it ("Poonch on Monday")
_OWN_DAY_GAP = re.compile(r"\s+(?:late\s+|early\s+)?", re.I)


def _split_by_own_days(claims: list[Claim], published: dt.date | None) -> list[Claim]:
    """ "Pakistani troops shelled Poonch on Monday and Uri on Tuesday": each place told with a day of its own is a
    claim of its own on that day, not one claim on the first day. Linear in the claims and their sentences."""
    split: list[Claim] = []
    for claim in claims:
        parts = _parts_by_own_day(claim, published) if len(claim.places) >= 2 and claim.date is not None else None
        split.extend(parts or [claim])
    return split


def _parts_by_own_day(claim: Claim, published: dt.date | None) -> list[Claim] | None:
    sentence = next((s.norm for s in claim.sentences if all(p.name in s.norm for p in claim.places)), None)
    if sentence is None:
        return None
    days = [m for m in find_dates(sentence, published) if m.date is not None and m.precision == "day"]
    if len(days) < 2:
        return None
    starts = {m.start: m for m in days}
    own: dict[str, dt.date] = {}
    for place in claim.places:
        at = sentence.find(place.name)
        gap = _OWN_DAY_GAP.match(sentence, at + len(place.name)) if at >= 0 else None
        day = starts.get(gap.end()) if gap is not None else None
        if day is None or day.date is None:
            return None  # (every place needs its own day: "Poonch and Uri on Monday" stays one claim)
        own[place.key] = day.date
    if len(set(own.values())) < 2:
        return None
    parts: list[Claim] = []
    for place in claim.places:
        part = copy.copy(claim)
        part.places = [place]
        part.date, part.precision = own[place.key], "day"
        parts.append(part)
    return parts


def _date_by_named_day(claims: list[Claim], published: dt.date | None) -> None:
    """ "The Kiev forces bombarded Stakhanov and Pervomaisk on the night of Tuesday, December 19." then "In total,
    13 violations over the past day ... Stakhanov, Pervomaisk, Kalinovo and Frunze underwent shelling.": a
    bulletin's "past day" is a convention (the day before its statement); where its list names a place the text
    has already dated itself to the night into the statement's day, the list tells that same night's fire and
    takes the day named.
    Linear in the claims: each place key keeps the first day named for it."""
    named: dict[str, dt.date] = {}
    for claim in claims:
        if claim.past_day or claim.date is None or claim.precision != "day" or claim.day_borrowed:
            continue
        if claim.part != "night" or claim.said_day:
            # (only a night told as the statement's day is both that day and "the past day" a morning bulletin
            # looks back on; fire on the statement's morning is another event, and a day a claim was said is no
            # day of fire)
            continue
        if published is not None and claim.date > published:
            continue
        for place in claim.places:
            named.setdefault(place.key, claim.date)
    if not named:
        return
    for claim in claims:
        if not claim.past_day or claim.date is None:
            continue
        days = {named.get(place.key) for place in claim.places} - {None}
        if len(days) == 1:
            day = days.pop()
            if day is not None and day - claim.date == dt.timedelta(days=1):
                claim.date = day


# a village named for what came after the fire, or apart from it: "their funeral will be held in the village of X"
_ELSEWHERE_IN_THE_STORY = re.compile(
    r"\b(?:funerals?|buried|burial|hospitals?|clinic|fled|flee|displaced|evacuated|rall(?:y|ies)|speech|mourn\w*|"
    r"born|native|hometown|home\s+village|lived|lives)\b",
    re.I,
)


def _lend_the_storys_village(claims: list[Claim], sentences: list[Sentence], reader: Reader) -> None:
    """ "Israeli commandos raided a Hizbollah bastion on Saturday ... Three guerrillas were killed in a dawn
    firefight ... The commandos were intercepted on their way to an office in the village of Bodai.": a story whose
    claims name no place (the border aside), and which names one village (so announced: "the village of X") and no
    other settlement (but in a sentence that locates that village: "Bodai is 15 km from Baalbek"), tells of that
    village; its claims that blame a side (the side of the voice naming the village, if any) take it. Never where a claim of the text is placed already (the story has
    its places), nor where it names two settlements. Linear in the sentences (each one's mentions found once)."""
    if not claims or any(c.places or (c.region is not None and not _on_border(c.region)) for c in claims):
        return
    village: PlaceMention | None = None
    told_in: Sentence | None = None
    for sentence in sentences:
        if sentence.caption or sentence.heading:
            continue
        mentions = [m for m in reader.places(sentence.norm) if m.specific and not m.origin and not m.reference]
        if village is not None and (
            any(m.key == village.key for m in mentions) or re.search(rf"\b{re.escape(village.name)}\b", sentence.norm)
        ):
            continue  # ("Bodai is 15 km northwest of the city of Baalbek": the village located)
        for mention in mentions:
            if village is None and (mention.cue or "").lower() in SETTLEMENT_CUES:
                village, told_in = mention, sentence
                break
            return  # another settlement, or one named before any village was announced: no one story place
    if village is None or told_in is None or _ELSEWHERE_IN_THE_STORY.search(told_in.norm):
        return
    # (the voice that names the village tells its own side's story: "..., the Lebanese sources said" places the
    # Lebanese claims, not the Israeli ministry's charge of smuggling told after it)
    teller = find_attribution(told_in.norm, reader.tracker, update=False)
    side = teller.side if teller is not None and reader.lexicon.is_party(teller.side) else None
    for claim in claims:
        if claim.date is not None and claim.accused is not None and side in (None, claim.speaker.side):
            claim.places = [village]
            claim.region = None
            claim.add_evidence("place", told_in)


def _lend_story_region(claims: list[Claim]) -> None:
    """ "Forces opened fire on positions in the X province on Thursday." then "..., the ministry
    said": news tells where in the lede and who says so in the body. A claim that names no place
    and no region takes the region an earlier claim of the same day (or also without a day) named, when that region is the
    only place the day's claims name (one story, one area), and an outlet's lede that blames the
    other side tells another story; never a place fire came from. Only a
    region is lent, shown as such (region precision), since the claim's own words do not name a
    village."""
    by_day: dict[dt.date | None, list[Claim]] = {}
    for claim in claims:
        by_day.setdefault(claim.date, []).append(claim)
    for day_claims in by_day.values():
        # (the border is no area of its own: "on a disputed stretch of their border" beside "near the
        # Preah Vihear temple" is one story at the temple)
        named = [c for c in day_claims if c.places or (c.region is not None and not _on_border(c.region))]
        keys = {m.key for c in named for m in c.places} | {c.region.key for c in named if c.region is not None}
        if len(keys) != 1:
            continue
        # (or the one spot the day's claims name: "two clashes near the Preah Vihear temple", a temple, not a province)
        source = next(c for c in named if c.region is not None or c.places)
        region = source.places[0] if source.places else source.region
        if region is None or region.place is None or region.place.kind == "border" or region.origin:
            continue
        if source.places and (region.cue or "").lower() not in SPOT_CUES:
            continue  # (a town is the claim's own: only a spot named by its kind, a temple, is the story's)
        first = source.sentences[0].index if source.sentences else 0
        for claim in day_claims:
            if source.accused and claim.accused and source.accused != claim.accused and source.speaker.side == "media":
                continue  # the outlet's lede blames another side: not the story this claim tells
            if (
                (claim.region is None or _on_border(claim.region))
                and not claim.places
                and claim.sentences
                and claim.sentences[0].index > first
            ):
                if source.places:
                    claim.places, claim.region = [region], None
                else:
                    claim.region = region
                claim.evidence.setdefault("place", []).extend(
                    t for t in source.evidence.get("place", []) if t not in claim.evidence.get("place", [])
                )


def _on_border(mention: PlaceMention) -> bool:
    return mention.place is not None and mention.place.kind == "border"


# "Shelling was also reported on the Pakistani side", "in Russian-held Horlivka": places of the other side
_OTHER_SIDES_PLACES = re.compile(
    r"\bon\s+the\s+[\w-]+\s+side\b|\bacross\s+the\b|\b[\w-]+-(?:held|controlled|occupied)\b", re.I
)


@dataclass
class _Days:
    """Per day, once for the whole report (a claim asks about its day's others in constant time, not
    by a scan of every claim): the sides its claims blame and the places they name."""

    blamed: dict[dt.date | None, collections.Counter[str | None]] = field(default_factory=dict)
    names: dict[dt.date | None, collections.Counter[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, claims: list[Claim]) -> _Days:
        days = cls()
        for claim in claims:
            if not claim.summary_only:
                days.blamed.setdefault(claim.date, collections.Counter())[claim.accused] += 1
            days.names.setdefault(claim.date, collections.Counter()).update(fold(m.name) for m in claim.places)
        return days


def _blame_for_list(claim: Claim, days: _Days, lexicon: Lexicon) -> str | None:
    """The side to blame for a list of places in the outlet's own voice that blames nobody
    ("Shelling was reported from multiple areas along the LoC, including A, B and C" after a lede
    blaming the other side for the region's shelling): the one side every other claim of its day
    blames, when two or more of the list's villages or towns are named by no other claim of the day
    (the list is where it fell, told nowhere else), none lies in that side's own country and the
    sentence does not place them on its side ("on the Pakistani side", "Russian-held"). Else None."""
    if claim.speaker.kind != "media" or any(_OTHER_SIDES_PLACES.search(s.norm) for s in claim.sentences):
        return None
    blamed = list(days.blamed.get(claim.date, {}))
    if len(blamed) != 1 or blamed[0] is None:
        return None
    side = blamed[0]
    own = collections.Counter(fold(m.name) for m in claim.places)
    told = days.names.get(claim.date, collections.Counter())
    specific = [m for m in claim.places if m.specific]
    # (a name no other claim of the day names: all its mentions on that day are this claim's)
    if sum(told[fold(m.name)] <= own[fold(m.name)] for m in specific) < 2:
        return None
    party = next((p for p in lexicon.profile.parties if p.name == side), None)
    countries = set(party.countries) if party is not None else set()
    if any(m.place is not None and m.place.country in countries for m in specific):
        return None
    return side


def _lede_of_next(claim: Claim, following: Claim | None, lexicon: Lexicon) -> bool:
    """ "Israeli troops have fired gunshots at farmers in south Lebanon." then "'Israeli troops opened fire
    at four farmers in the village of Khyam [Saturday]', an army statement said.": an outlet's sentence
    with no day of its own, right before a party's dated claim blaming the same side, is its lede."""
    return (
        claim.date is None
        and following is not None
        and following.date is not None
        and lexicon.is_party(following.speaker.side)
        and (claim.accused is None or claim.accused == following.accused)
        and following.sentences[0].index <= claim.sentences[-1].index + 1
        and _same_account(claim, following)
    )


def _drop_covered_summaries(claims: list[Claim], lexicon: Lexicon, published: dt.date | None = None) -> list[Claim]:
    """A media sentence blaming nobody only stands when no claim covers its day; an outlet's own
    retelling without a place of its own ("mortar shells were fired at northern Israel"), or naming
    only provinces, gives way to a party's or monitor's claim of the same day: the lede restates
    the statement."""
    days_of_claims = _Days.of(claims)
    days = {c.date for c in claims if not c.summary_only}
    sourced_days = {c.date for c in claims if c.speaker.side not in (None, "media")}
    placed_on: dict[dt.date, set[str]] = {}
    for c in claims:
        if not c.summary_only and c.date is not None:
            placed_on.setdefault(c.date, set()).update(fold(m.name) for m in c.places)
    kept = []
    for at, claim in enumerate(claims):
        following = claims[at + 1] if at + 1 < len(claims) else None
        if (
            following is not None
            and claim.speaker.side not in (None, "media")
            and not claim.places
            and claim.region is not None
            and claim.region.place is not None
            and claim.region.place.kind != "border"
            and following.speaker.side == claim.speaker.side
            # (not another office of the side: the mayor of Gorlovka after the governor of Belgorod)
            and not (
                following.speaker.claimant != claim.speaker.claimant
                and following.speaker.kind == claim.speaker.kind == "official"
                and not any(in_region(m, claim.region) for m in following.places)
            )
            # (or a lede with no day of its own: "Russia's forces mounted seven attacks in Donbas, the JFO
            # reported." then the statement, "On December 18, ...")
            and (following.date == claim.date or (claim.date is None and not claim.day_unknown))
            and any(m.specific for m in following.places)
            # (not 90 km off "Popasna district", nor 300 km off "the Kursk region")
            and not beyond_town_district(claim.region, following.places)
            and not beyond_named_region(claim.region, following.places)
            and following.sentences[0].index <= claim.sentences[-1].index + 1
            # (not the next clause of the same sentence: "a drone hit the Sumy region, while a strike hit Nikopol")
            and following.sentences[0].index != claim.sentences[0].index
            # (not "Also, ... air defense forces over Crimea shot down a drone": another incident, told next)
            and not ANOTHER_INCIDENT.match(following.sentences[0].norm)
        ):
            continue  # "seven were injured in two areas of AJK. In Bandala sector ...": the next sentence details it
        lent = _blame_for_list(claim, days_of_claims, lexicon) if claim.summary_only else None
        if lent is not None:
            claim.accused = lent
        elif (
            claim.summary_only
            and not (claim.date is not None and claim.date not in days and claim.places)
            # ("On Friday both sides exchanged fire, leaving one soldier dead": a day's losses no claim
            # of the day tells are news of their own)
            and not (claim.date is not None and claim.date not in days and (claim.killed or claim.wounded))
            # ("Reports of heavy firing have come in from A, B and C sectors": places no claim of the
            # day names are news of their own)
            and not (
                claim.date is not None
                and _names_new_places(
                    claim,
                    placed_on.get(claim.date, set()),
                    bool(claim.sentences and _ALSO_TOLD.search(claim.sentences[0].norm)),
                )
            )
            and not _own_losses_of_the_day(claim, claims, lexicon)
            and not _in_the_other_land(claim, claims, lexicon)
            # ("In other violence, city authorities said five civilians were killed in Lugansk": another incident)
            and not (claim.places and claim.sentences and OTHER_VIOLENCE.match(claim.sentences[0].norm))
        ):
            if following is not None and _told_next_unplaced(claim, following, lexicon):
                # "Two porters were wounded in an exchange of fire in Balnoi on Thursday night. Pakistani troops fired
                # at Indian posts in Balnoi, the defence PRO said": the party's account, right after, of the outlet's
                # lede, names the place only as the gazetteer does not know it; the lede's place and losses are its
                _hand_lede_place(claim, following)
            continue
        if (
            following is not None
            and claim.speaker.side in (None, "media")
            and claim.date is None
            and not claim.day_unknown
            # (the day a same-day report's undated lede is of; not "On Saturday, airstrikes killed six" after it)
            and published is not None
            and following.date == published
            and _told_next_unplaced(claim, following, lexicon)
        ):
            # ("Russia resumed bombing Kyiv ... The massive barrage came on the eve of talks ... On Monday to Tuesday
            # nights, Russian forces launched 71 missiles, according to Ukraine's air force."): the party's dated
            # account, right after the outlet's undated lede, tells the same attack; the lede's place is its
            _hand_lede_place(claim, following)
            continue
        if following is not None and _sector_of_the_next_posts(claim, following, lexicon):
            _take_figures(following, claim)
            continue
        lede = following is not None and _lede_of_next(claim, following, lexicon)
        if (
            claim.speaker.side in (None, "media")
            and (claim.date in sourced_days or lede)
            and not any(m.specific for m in claim.places)
            and not (claim.sentences and RECAP.search(claim.sentences[0].norm))  # an earlier incident recapped
        ):
            if lede and following is not None:
                _take_figures(following, claim)  # ("Indian shelling has killed four civilians": the claim's dead)
            _hand_casualties(claim, claims)
            continue  # the lede's places are only provinces ("in the Syunik and Gegharkunik provinces")
        kept.append(claim)
    return kept


def _in_the_other_land(claim: Claim, claims: list[Claim], lexicon: Lexicon) -> bool:
    """Whether an outlet's claim names a place in one party's land while every other claim of its day that names a
    place names one in the other party's ("rockets from Lebanon landed near Nahariya" beside Lebanon's claims of
    Israeli shells near Qlaileh): fire on the other side of the line, news of its own."""

    def holders(c: Claim) -> set[str | None]:
        found = {lexicon.holder_of(m.place.country) for m in c.places if m.specific and m.place is not None}
        if (
            not found
            and c.places
            and lexicon.is_party(c.speaker.side)
            and c.accused == lexicon.opponent(c.speaker.side)
        ):
            found = {c.speaker.side}  # (a place the gazetteer lacks, in a party's claim of fire on it: its own land)
        return found

    own = holders(claim)
    if len(own) != 1 or not lexicon.is_party(next(iter(own))):
        return False
    others = [holders(c) for c in claims if c is not claim and c.date == claim.date and holders(c)]
    return bool(others) and all(not (h & own) for h in others)


# "There were also reports of firing in Mankote sub-sector": fire told as more than the day's claims told
_ALSO_TOLD = re.compile(r"\b(?:also|too|as\s+well)\b", re.I)


def _names_new_places(claim: Claim, named: set[str], also: bool = False) -> bool:
    """Whether a claim names specific places that no other claim of its day names: two or more (a
    list), or one with losses of its own ("12 people were wounded when an anti-tank missile hit the
    town of Beit Hillel", beside a claim of rockets fired at Mount Dov), or one named as a settlement or sector
    by a sentence that says the fire was "also" there."""
    specific = [m for m in claim.places if m.specific]
    # (one place named as a settlement: not "Three civilians were injured in Poonch", a district's lede)
    cue = specific[0].cue if len(specific) == 1 else None
    settled = (cue in SETTLEMENT_CUES and bool(claim.killed or claim.wounded)) or (
        also and cue in (*SETTLEMENT_CUES, "sector", "sub-sector", "subsector")
    )
    enough = len(specific) >= 2 or settled
    return bool(enough) and not any(fold(m.name) in named for m in specific)


def _is_bare(claim: Claim) -> bool:
    """No place, no region, no day and no losses: a claim that says nothing to map or count."""
    return (
        not claim.places
        and claim.region is None
        and claim.date is None
        and claim.killed is None
        and claim.wounded is None
    )


def _drop_bare_retellings(claims: list[Claim], lexicon: Lexicon) -> list[Claim]:
    """A party's claim with no place, no day and no losses, beside a claim of the same party blaming the
    same side that has a place or a day, is that party talking about the incident it told ("Military
    officials said they believed the rockets were fired by a small group"): no incident of its own.
    (An outlet's or an unknown voice's claims are never grouped so.)"""
    told = {(c.speaker.side, c.accused) for c in claims if not _is_bare(c) and lexicon.is_party(c.speaker.side)}
    return [
        c
        for c in claims
        if not (_is_bare(c) and lexicon.is_party(c.speaker.side) and (c.speaker.side, c.accused) in told)
    ]


def _fold_into_placed_claim(claims: list[Claim], lexicon: Lexicon) -> list[Claim]:
    """ "... shelled Al-Bustan on Wednesday, the group said." then "Three of its members were wounded on
    Wednesday": a party's claim with no place, beside the one placed claim of that party and day that
    blames the same side, is that claim's telling; its losses fill that claim's unstated ones and it is
    no proposal of its own (differing figures, or two placed claims to choose from, keep it)."""
    placed: dict[tuple[str | None, dt.date], list[Claim]] = {}
    outlets: dict[dt.date, list[Claim]] = {}  # the outlet's own claims of a day placed at spots
    for claim in claims:
        # (placed at a spot, or in a district: "the site of Sunday's rocket impact in Kantharalak district")
        located = bool(claim.places) or (claim.region is not None and not _on_border(claim.region))
        if located and claim.date is not None and lexicon.is_party(claim.speaker.side):
            placed.setdefault((claim.speaker.side, claim.date), []).append(claim)
        elif claim.places and claim.date is not None and claim.speaker.side == "media":
            outlets.setdefault(claim.date, []).append(claim)
    kept: list[Claim] = []
    for claim in claims:
        # (a claim told only "along the border" is no more placed than one with no place at all)
        if claim.places or (claim.region is not None and not _on_border(claim.region)) or claim.date is None:
            kept.append(claim)
            continue
        others = placed.get((claim.speaker.side, claim.date), [])
        told = outlets.get(claim.date, [])
        if (
            not others
            and len(told) == 1
            and lexicon.is_party(claim.speaker.side)
            and claim.accused is not None
            and told[0].accused == claim.accused
            and _same_account(claim, told[0])
            # (losses told after the outlet's account: not "Hezbollah said Israel had shelled the border area.
            # An AFP correspondent reported shelling near X", two accounts)
            and (claim.killed is not None or claim.wounded is not None)
            and min(s.index for s in claim.sentences) > min(s.index for s in told[0].sentences)
        ):
            # ("Pakistani troops pounded hamlets in A, B and C sectors, reports said." then '"Three were killed," a
            # police spokesman said': the outlet's placed account of the day, told with its losses by the party's
            # office, as a quote with the lede's figures already was (round 22))
            _take_figures(told[0], claim)
            told[0].speaker, told[0].summary_only = claim.speaker, False
            for sentence in claim.sentences:
                if sentence.text in claim.evidence.get("claimant", []):
                    told[0].add_evidence("claimant", sentence)
            continue
        if (
            len(others) != 1
            or not _same_account(claim, others[0])
            # (told "along the border", by the same voice: the Thai army's clash at a temple is no retelling of
            # the Thai PM office's shell on a house over the border)
            or (claim.region is not None and claim.speaker.claimant != others[0].speaker.claimant)
        ):
            kept.append(claim)
            continue
        _take_figures(others[0], claim)
    return kept


_AREA_CUES = frozenset({"sector", "sectors", "district", "districts", "region", "province", "subdivision", "tehsil"})


def _fold_area_into_its_spot(claims: list[Claim], lexicon: Lexicon) -> list[Claim]:
    """ "A woman was killed at Lam ... along the LoC in Nowshera sector on Wednesday night, police said"
    then "Pakistani troops fired along the LoC in Nowshera sector on Wednesday night, a defence spokesman
    said": a side's claim placed only at a sector or district, on a day another claim of that side
    places at a spot its own words put in that area ("Nowshera sector"), is that claim told at the
    area's scale (the labels' rule too: the village, not its district). Figures in conflict, or two
    such spots, keep it. Linear: claims are grouped by side and day once."""
    spots: dict[tuple[str | None, dt.date], list[Claim]] = {}
    for claim in claims:
        if claim.date is not None and lexicon.is_party(claim.speaker.side) and _spot_of(claim) is not None:
            spots.setdefault((claim.speaker.side, claim.date), []).append(claim)
    kept: list[Claim] = []
    for claim in claims:
        area = _area_of(claim)
        if area is None or claim.date is None:
            kept.append(claim)
            continue
        said = re.compile(rf"\b{re.escape(area.name)}\s+{re.escape(area.cue or '')}", re.I)
        holders = [
            other
            for other in spots.get((claim.speaker.side, claim.date), [])
            if other is not claim
            and _same_account(claim, other)
            and any(said.search(sentence.norm) for sentence in other.sentences)
            # (not where the other claim's voice holds office: "The mayor of Gorlovka in ... the Donetsk region", for
            # a claim with no losses of its own)
            and not (said.search(other.speaker.claimant or "") and (claim.killed, claim.wounded) == (None, None))
        ]
        if len(holders) != 1:
            kept.append(claim)
            continue
        _take_figures(holders[0], claim)
        for sentence in claim.sentences:
            holders[0].add(sentence)
    return kept


def _spot_of(claim: Claim) -> PlaceMention | None:
    """The one village-scale place of a claim (named without an area's kind), or None."""
    spots = [m for m in claim.places if m.specific and (m.cue or "").lower() not in _AREA_CUES]
    return spots[0] if len(spots) == 1 and len(claim.places) == 1 else None


def _area_of(claim: Claim) -> PlaceMention | None:
    """The one sector or district a claim is placed at, named with its kind ("Nowshera sector"), or None."""
    if len(claim.places) == 1 and (claim.places[0].cue or "").lower() in _AREA_CUES:
        return claim.places[0]
    if not claim.places and claim.region is not None and (claim.region.cue or "").lower() in _AREA_CUES:
        return claim.region
    return None


def _same_account(a: Claim, b: Claim) -> bool:
    """Do two claims of one party blame the same side with no figure in conflict?"""
    if a.accused is not None and b.accused is not None and a.accused != b.accused:
        return False
    return all(x is None or y is None or x == y for x, y in ((a.killed, b.killed), (a.wounded, b.wounded)))


def _told_next_unplaced(lede: Claim, following: Claim, lexicon: Lexicon) -> bool:
    """Is ``following`` a party's claim, told in the sentence right after the outlet's ``lede`` on its day, that names
    no place of its own while its sentence names the lede's place ("... in Balnoi, the defence PRO said"), or no
    place at all?"""
    specific = [m for m in lede.places if m.specific]
    return (
        bool(specific)
        and lexicon.is_party(following.speaker.side)
        and (following.date == lede.date or lede.date is None)
        and not any(m.specific for m in following.places)
        and bool(following.sentences)
        # (an undated lede may go on for a few sentences that tell no fire: "The massive barrage came on the eve of ...")
        and lede.sentences[-1].index
        < following.sentences[0].index
        <= lede.sentences[-1].index + (1 if lede.date else 3)
        and (
            all(fold(m.name) in fold(following.sentences[0].norm) for m in specific)
            # ("A trooper was injured as firing at R S Pura went on until 3am. A BSF spokesperson in Delhi said that
            # the Rangers also fired mortars.": an account naming no place at all details the lede's, when the place
            # is in the speaker's own land; not the other side's counter-claim, "Pakistan's army said Indian troops
            # fired first, killing a soldier")
            or (
                not following.places
                and following.region is None
                and all(
                    m.place is not None and lexicon.holder_of(m.place.country) == following.speaker.side
                    for m in specific
                )
            )
        )
    )


def _hand_lede_place(lede: Claim, following: Claim) -> None:
    """The outlet's lede's specific places and losses become those of the party's account told right after it."""
    following.places = [m for m in lede.places if m.specific]
    following.region = None
    for sentence in lede.sentences:
        if sentence.text in lede.evidence.get("place", []):
            following.add_evidence("place", sentence)
    _take_figures(following, lede)


def _sector_of_the_next_posts(claim: Claim, following: Claim, lexicon: Lexicon) -> bool:
    """ "Pakistani troops fired at Indian posts in Krishna Ghati sector on Wednesday." then an officer: "... fired at the
    posts of Kranti and Kirpan along the LoC in Krishna Ghati sector": the outlet's lede at a sector is the party's
    account of its posts, which names that sector as where they are."""
    if claim.speaker.side not in (None, "media") or not lexicon.is_party(following.speaker.side):
        return False
    if not claim.places or any(m.cue != "sector" for m in claim.places) or not following.places:
        return False
    if following.date != claim.date or claim.accused not in (None, following.accused):
        return False
    told = fold(" ".join(s.norm for s in following.sentences))
    own = {fold(m.name) for m in following.places}
    return all(fold(m.name) in told and fold(m.name) not in own for m in claim.places)


def _take_figures(claim: Claim, told: Claim) -> None:
    """Fill the claim's unstated losses from ``told``, with the sentences that state them."""
    for name in ("killed", "wounded"):
        if getattr(claim, name) is None and getattr(told, name) is not None:
            setattr(claim, name, getattr(told, name))
            for sentence in told.sentences:
                if sentence.text in told.evidence.get(name, []):
                    claim.add_evidence(name, sentence)


def _own_losses_of_the_day(summary: Claim, claims: list[Claim], lexicon: Lexicon) -> bool:
    """Does an outlet's sentence blaming nobody state losses at a place on a day that no party's claim
    tells and no other claim states losses of? ("Six people were killed in shelling in Donetsk
    yesterday, municipal authorities said", then "The OSCE said it was also shelled twice in the city
    yesterday": the six are news of their own, not the lede of the monitor's account. Beside "The
    Indian army said Pakistani troops violated the ceasefire in the Krishna Ghati sector on Tuesday",
    "Three civilians were injured in Poonch on Tuesday" is that statement's lede.)"""
    if (summary.killed is None and summary.wounded is None) or not summary.places:
        return False
    return not any(
        c is not summary
        and c.date == summary.date
        and (c.killed is not None or c.wounded is not None or lexicon.is_party(c.speaker.side))
        for c in claims
    )


def _voice_unnamed_sources(claims: list[Claim], url: str | None, lexicon: Lexicon) -> None:
    """ "Pakistani troops shelled forward posts in X, official sources said": an outlet's account
    that cites unnamed officials or sources is theirs, of the side the claim's blame shows (monitors
    label it "Indian officials"). Done once the story is read, so that the outlet's telling still
    holds its days and places together while it is read."""
    tracker = SpeakerTracker(lexicon=lexicon)
    for claim in claims:
        if claim.speaker.side != "media" or claim.speaker.kind != "media" or claim.accused is None:
            continue
        for sentence in claim.sentences:
            found = find_attribution(sentence.norm, tracker, update=False)
            if found is None or found.kind != "unnamed":
                continue
            resolved = resolve_side(found, claim.accused, url, lexicon)
            if lexicon.is_party(resolved.side):
                claim.speaker = resolved
                claim.add_evidence("claimant", sentence)
            break


_UNSIDED_OFFICES = ("official", "unnamed", "ministry", "spokesperson", "agency")


def _no_side_blames_itself(claims: list[Claim], denials: list[tuple[Denial, Sentence]], lexicon: Lexicon) -> None:
    """ "'This information is false,' the ministry stated. Starting from noon on July 12, units of the armed
    forces of Armenia ... opened artillery fire at Azerbaijani positions": a claim whose voice is of the side
    its sentences name as the one that fired, at the other side's positions, was read with the wrong voice
    (the one quoted last, inside the other side's statement). It is the claim of the last voice of the
    other side the text gave (a claim's or a denial's)."""
    last_of_side: dict[str, Attribution] = {}
    denied = iter(sorted(denials, key=lambda d: d[1].index))
    pending = next(denied, None)
    for claim in sorted(claims, key=lambda c: min((s.index for s in c.sentences), default=0)):
        start = min((s.index for s in claim.sentences), default=0)
        while pending is not None and pending[1].index < start:
            denial = pending[0]
            if lexicon.is_party(denial.denier_side):
                kind = "ministry" if re.search(r"\b(?:MoD|ministry|army)\b", denial.denier, re.I) else "country"
                last_of_side[denial.denier_side or ""] = Attribution(denial.denier, denial.denier_side, kind, 0)
            pending = next(denied, None)
        side = claim.speaker.side
        if (
            lexicon.is_party(side)
            and claim.accused == side
            and _fire_at_sides_own(claim, lexicon.opponent(side), lexicon)
        ):
            other = last_of_side.get(lexicon.opponent(side) or "")
            if other is not None:
                claim.speaker = other
        if lexicon.is_party(claim.speaker.side) and claim.accused != claim.speaker.side:
            last_of_side[claim.speaker.side or ""] = claim.speaker


_FIRE_AT_TARGET = re.compile(
    r"\b(?:fire|fired|firing|shelled|shelling|attacked|attacks?|strikes?|struck)\s+(?:[\w-]+\s+){0,2}?(?:at|on|upon|against)\s+"
    r"(?:the\s+)?(?P<side>[\w'’-]+)\s+(?:[\w-]+\s+)?(?:positions?|posts?|troops|army|soldiers|servicemen|units)\b|"
    # ("An Indian drone was shot down by the Pakistan Armed Forces": the other side acted, and tells it)
    r"\b(?:shot\s+down|downed|intercepted|destroyed)\s+by\s+(?:the\s+)?(?P<agent>[\w'’-]+)\s+(?:armed\s+forces|army|troops|forces|military)\b",
    re.I,
)


def _fire_at_sides_own(claim: Claim, side: str | None, lexicon: Lexicon) -> bool:
    """Does a sentence of the claim tell of fire at ``side``'s positions or troops ("opened artillery fire at
    Azerbaijani positions")? Then the side named as firing is the other one, and the voice is ``side``'s."""
    return side is not None and any(
        lexicon.side_of(m.group("side") or m.group("agent")) == side
        for s in claim.sentences
        for m in _FIRE_AT_TARGET.finditer(s.norm)
    )


def _side_by_later_blame(claims: list[Claim], url: str | None, lexicon: Lexicon) -> None:
    """ "Three civilians were injured in cross-border firing in X, police officials said. They said
    Pakistani troops fired mortars": an office named without its side, whose first sentence blamed
    no one, is of the side opposite the one its claim came to blame."""
    for claim in claims:
        speaker = claim.speaker
        if speaker.side != "media" or speaker.kind not in _UNSIDED_OFFICES or not lexicon.is_party(claim.accused):
            continue
        resolved = resolve_side(
            Attribution(speaker.claimant, None, speaker.kind, speaker.start), claim.accused, url, lexicon
        )
        if lexicon.is_party(resolved.side):
            claim.speaker = resolved


_VILLAGE_HEAD = re.compile(
    r"\b(?:head|chief|mayor|elder|administrator)\s+of\s+(?:the\s+)?\S+(?:\s+\S+)?\s+(?:community|village|municipality|settlement)\b|"
    r"\b(?:village|community)\s+(?:head|chief|elder)\b",
    re.I,
)


def _side_by_the_place_held(claims: list[Claim], lexicon: Lexicon) -> None:
    """ "The Head of the Aygepar Community stated that they heard shooting": a local official named
    without a side, whose claim blames no one, speaks for the side whose country holds every place
    the claim names (a village head of Armenia's Tavush speaks for Armenia). Only a village's or a
    community's own head: a city's mayor may be installed by the side that took it."""
    for claim in claims:
        speaker = claim.speaker
        if (
            speaker.side != "media"
            or speaker.kind != "official"
            or not claim.places
            or not _VILLAGE_HEAD.search(speaker.claimant)
        ):
            continue
        sides = {lexicon.holder_of(m.place.country) if m.place is not None else None for m in claim.places}
        side = next(iter(sides)) if len(sides) == 1 else None
        if side is not None:
            claim.speaker = Attribution(speaker.claimant, side, speaker.kind, speaker.start)
            if claim.accused is None:
                claim.accused = lexicon.opponent(side)


def _hand_casualties(summary: Claim, claims: list[Claim]) -> None:
    """A lede in the outlet's voice that gives way to a party's statement of the same day hands it
    the casualties it states, when that day has exactly one such statement and the statement
    gives none ("Five were killed in Pakistani shelling in Mendhar on Sunday ...
    officials said a shell hit a house in Devta village")."""
    if summary.speaker.side not in (None, "media"):
        return
    statements = [
        c for c in claims if c is not summary and c.date == summary.date and c.speaker.side not in (None, "media")
    ]
    if len(statements) != 1:
        return
    statement = statements[0]
    names = [fold(m.name) for m in summary.places]
    told_places = " ".join(fold(s.norm) for s in statement.sentences)
    if names and not any(name in told_places for name in names):
        return  # the statement tells of another place: its figures are not the lede's
    for name in ("killed", "wounded"):
        if getattr(statement, name) is None and getattr(summary, name) is not None:
            setattr(statement, name, getattr(summary, name))
            told = statement.evidence.setdefault(name, [])
            told.extend(s for s in summary.evidence.get(name, []) if s not in told)


def place_dict(place: Any) -> dict[str, Any]:
    return {
        "key": place.key,
        "name": place.name,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "country": place.country,
        "admin1": place.admin1,
        "precision": place.precision,
        "kind": place.kind,
    }


def _weapons_of_place(claim: Claim, key: str) -> list[str]:
    """A place's own weapons (its part of the sentence that listed the places), with those the claim's
    later sentences add that no place was told with."""
    placed = {w.lower() for weapons in claim.place_weapons.values() for w in weapons}
    own = claim.place_weapons.get(key, [])
    return without_acts(own + [w for w in claim.weapons if w.lower() not in placed])


def _without_others_losses(claim: Claim, key: str, evidence: dict[str, list[str]]) -> dict[str, list[str]]:
    """A place's evidence without the losses another place of its sentence was told with (walk41: Shumy's
    proposal cited the sniper's victim, whose death is Avdiivka's): its loss sentences, and the claim's
    sentences that tell nothing else of it."""
    if not claim.per_place or key in claim.per_place:
        return evidence
    losses = {*evidence.get("killed", []), *evidence.get("wounded", [])}
    kept_for = {
        text for name, texts in evidence.items() if name not in ("killed", "wounded", "claim") for text in texts
    }
    out = {name: texts for name, texts in evidence.items() if name not in ("killed", "wounded")}
    claim_texts: list[str] = []
    in_losses = False  # (the sentences after the loss that go on about it: "was taken to a hospital")
    for text in evidence.get("claim", []):
        in_losses = in_losses or (text in losses and text not in kept_for)
        if not in_losses or text in kept_for:
            claim_texts.append(text)
    out["claim"] = claim_texts
    return out


def _losses_by_weapon(claim: Claim) -> None:
    """ "... grenade launcher near A, a sniper was working ... in B. A soldier suffered a gunshot wound
    as a result of a shot from the enemy sniper": losses told with one place's own weapon are that
    place's, not pooled on the first."""
    if not claim.place_weapons or claim.per_place or (claim.killed is None and claim.wounded is None):
        return
    told = [*claim.evidence.get("killed", []), *claim.evidence.get("wounded", [])]
    named = {w.lower() for text in told for w in find_weapons(text)}
    owners = [key for key, weapons in claim.place_weapons.items() if named & {w.lower() for w in weapons}]
    if len(owners) == 1:
        claim.per_place = {owners[0]: Casualties(claim.killed, claim.wounded)}


def _place_counts(claim: Claim, key: str, first: bool) -> dict[str, int | None]:
    """Killed and wounded for one place of a claim. A figure stated place by place is that place's;
    a figure stated once for a list of places is pooled: the first place's record carries it (a
    monitor's sum over the map counts it once), and when the other kind is given place by place,
    no place carries the pooled one (which place had them is not said)."""
    if len(claim.places) < 2:
        return {"killed": claim.killed, "wounded": claim.wounded}
    own = claim.per_place.get(key)
    if own is not None:
        return {"killed": own.killed, "wounded": own.wounded}
    if claim.per_place or not first:
        # (none is no sum to pool: "A, B and C also came under attack, but officials reported no casualties"
        # says 0 of each place)
        return {"killed": 0 if claim.killed == 0 else None, "wounded": 0 if claim.wounded == 0 else None}
    return {"killed": claim.killed, "wounded": claim.wounded}


_FAR_DEGREES = 3.0  # beyond the conflict's map extent by this much (about 300 km), a match is no place of it


def _far_outside(place: Any, extent: Any, margin: float = _FAR_DEGREES) -> bool:
    """Is the place outside the box the conflict's map shows, by more than ``margin`` degrees?"""
    if place.latitude is None or place.longitude is None or place.precision == "country":
        return False
    return not (
        extent.south - margin <= place.latitude <= extent.north + margin
        and extent.west - margin <= place.longitude <= extent.east + margin
    )


# How many of a claim's sentences, and of the places they name, are offered as other places.
_OTHER_PLACE_SENTENCES = 10
MAX_OTHER_PLACES = 8


def _other_places(
    claim: Claim, mentions_of: Callable[[str], list[PlaceMention]] | None, lexicon: Lexicon
) -> list[tuple[str, dict[str, Any]]]:
    """(key, option) for each place the claim's sentences name, in the order named, once each:
    never "the border" or a whole country, never a name matched only far outside the conflict."""
    if mentions_of is None:
        return []
    options: dict[str, dict[str, Any]] = {}
    texts = [s.norm for s in sorted(claim.sentences, key=lambda s: s.index)]
    told = {s.text for s in claim.sentences}
    # and the sentences that gave it a day, a place or a figure from elsewhere in the report
    texts += list(dict.fromkeys(t for values in claim.evidence.values() for t in values if t not in told))
    for text in texts[:_OTHER_PLACE_SENTENCES]:
        for mention in mentions_of(text):
            place = mention.place
            if not mention.specific:
                continue  # a region, province or front that holds the place, not another place of it (walk8)
            if place is not None and (
                place.kind == "border" or place.precision == "country" or _far_outside(place, lexicon.profile.extent)
            ):
                continue
            if mention.key not in options and len(options) < MAX_OTHER_PLACES + 2:
                options[mention.key] = {
                    "name": mention.name,
                    "place": place_dict(place) if place is not None else None,
                    "precision": mention.precision,
                }
    return list(options.items())


def _area_named_after(mention: PlaceMention, claim: Claim, mentions_of: Callable[[str], list[PlaceMention]]) -> Any:
    """The district or region a claim's sentence names right after an unknown place ("X sector of Poonch district",
    "X village in the Nakyal sector" when the gazetteer knows Nakyal), if any."""
    for sentence in claim.sentences:
        found = mentions_of(sentence.norm)
        own = next((m for m in found if m.name == mention.name), None)
        if own is None:
            continue
        after = [
            m
            for m in found
            if m.start >= own.end
            and m.start - own.end <= _HOLDER_REACH
            # ("X sector of Poonch district", "X village, Tavush region", "X in the Nakyal sector"; not "X village
            # opposite Tavush region", "X facing Poonch", "X from Zaporizhzhia Oblast": review46)
            and _HOLDS.fullmatch(sentence.norm, own.end, m.start) is not None
            and m.place is not None
            and not m.specific
            and not _on_border(m)
        ]
        if after:
            return after[0].place
    return None


_HOLDER_REACH = 40  # characters between an unknown place and the area named as holding it
_HOLDS = re.compile(r"(?:\s+(?i:village|sector|area|post|outpost|town|hamlet))?\s*(?:,|\s+of|\s+in)\s+(?:the\s+)?")


def _proposals(
    claim: Claim,
    doc: Document,
    published: dt.date | None,
    lexicon: Lexicon,
    far: list[str] | None = None,
    mentions_of: Callable[[str], list[PlaceMention]] | None = None,
) -> list[Proposal]:
    """The claim's proposals, one per place; a match far outside the conflict's area is noted in
    ``far`` and left unresolved. ``mentions_of`` (a sentence's place mentions) gives each the other
    places its sentences name."""
    _losses_by_weapon(claim)
    side = claim.speaker.side or "media"
    if lexicon.is_party(side):  # a party blames the side it names, else its opponent
        named = claim.accused if lexicon.is_party(claim.accused) and claim.accused != side else None
        accused = named or lexicon.opponent(side) or "unknown"
    else:
        accused = claim.accused or "unknown"
    border = border_of(lexicon.profile)
    evidence = {k: list(v) for k, v in claim.evidence.items()}
    evidence["claim"] = [s.text for s in sorted(claim.sentences, key=lambda s: s.index)]
    text = " ".join(s.norm for s in claim.sentences)
    base: dict[str, Any] = dict(
        date=claim.date.isoformat() if claim.date else None,
        date_precision=claim.precision if claim.date else "day",
        claimant=claim.speaker.claimant,
        reporting_side=side,
        accused_side=accused,
        event_type=event_type(text),
        weapons=without_acts(claim.weapons),
        killed=claim.killed,
        wounded=claim.wounded,
        summary=summary_of(_without_dateline(claim.sentences[0].text)) if claim.sentences else None,
        part_of_day=claim.part,
        source=doc.outlet,
        source_url=doc.url,
        published=published.isoformat() if published else None,
    )
    mentions: list[PlaceMention | None] = list(claim.places) or [claim.region]
    offered = _other_places(claim, mentions_of, lexicon)
    own = {m.key for m in mentions if m is not None}

    def others(key: str | None) -> list[dict[str, Any]]:
        # the places named besides this proposal's own and its claim's other proposals'
        return [option for k, option in offered if k != key and k not in own][:MAX_OTHER_PLACES]

    out = []
    for position, mention in enumerate(mentions):
        if mention is None:
            out.append(
                Proposal(
                    place=None,
                    latitude=None,
                    longitude=None,
                    geo_precision=None,
                    admin1=None,
                    country=None,
                    evidence=dict(evidence),
                    resolved=False,
                    other_places=others(None),
                    **base,
                )
            )
            continue
        place = mention.place
        candidates = [place_dict(p) for p in (mention.candidates or ((place,) if place else ()))]
        if place is None and mentions_of is not None:
            # ("in the Krishna Ghati sector of Poonch district": a name the gazetteer lacks; the district named after it
            # is offered to place it by, at the district's scale, until the reviewer clicks its spot)
            holder = _area_named_after(mention, claim, mentions_of)
            if holder is not None and all(c["key"] != holder.key for c in candidates):
                candidates.append(place_dict(holder) | {"precision": "region"})
        if place is not None and place is not border and _far_outside(place, lexicon.profile.extent):
            # "Kakuta" matched only Kolkata, 1,500 km from the Line of Control: no fire of this
            # conflict fell there; left for the reviewer to place (the candidate stays offered)
            if far is not None:
                far.append(
                    f"{mention.name!r} matched only {place.name} ({place.country}), far outside the conflict's area"
                )
            place = None
        counts: dict[str, Any] = dict(_place_counts(claim, mention.key, first=position == 0))
        own_evidence = evidence
        if claim.place_weapons:
            counts["weapons"] = _weapons_of_place(claim, mention.key)
            own_evidence = _without_others_losses(claim, mention.key, evidence)
        out.append(
            Proposal(
                place=mention.name if place is not border else border.name,
                latitude=place.latitude if place else None,
                longitude=place.longitude if place else None,
                geo_precision=mention.precision if place is not border else "region",
                admin1=place.admin1 if place else None,
                country=place.country if place else None,
                evidence=dict(own_evidence),
                resolved=place is not None,
                place_key=place.key if place else None,
                place_candidates=candidates,
                other_places=others(mention.key),
                **(base | counts),
            )
        )
    return out


def _no_date(proposal: Proposal, published: dt.date | None) -> str:
    """Why a claim has no date, in the words of what its sentences hold: a day without its year ("On 5
    December", walk45: it said "No date could be read") or a weekday, with no publication date to take the
    year from or count the day from."""
    said = f"for the claim by {proposal.claimant}"
    sentences = proposal.evidence.get("claim", []) if published is None else []
    mentions = (m for sentence in sentences for m in find_dates(sentence, None))
    day = next((m for m in mentions if m.date is None and m.precision == "day"), None)
    if day is None:
        return f"No date could be read {said}: enter it before saving."
    read = (
        f"the day and month (“{day.text.strip()}”) were read but not the year"
        if day.kind == "explicit"
        else f"“{day.text.strip()}” was read, but not the date it counts from"
    )
    return (
        f"The date {said} is not complete: {read}, and no publication date was given. Give the report's "
        "publication date (YYYY-MM-DD) and propose again, or enter the claim's date before saving."
    )


def extract_document(
    doc: Document,
    gazetteer: Any = None,
    aliases: dict[str, str] | None = None,
    time_budget: float | None = None,
    profile: Profile | None = None,
) -> ExtractionResult:
    """Proposals for an already-read document.

    ``profile`` is the report's conflict (its parties, voices and places); without one, the
    conflict the text names most is taken (``detect_profile``) and the result says why.
    ``gazetteer`` defaults to that conflict's gazetteer. With ``time_budget`` (seconds), reading
    stops at the first sentence that starts after the budget is spent, and a warning says how
    far it got: every step costs time linear in its sentence, so a stop between sentences is
    never far behind the budget."""
    if profile is None:
        profile, why = detect_profile(doc.body)
    else:
        why = "chosen by the user"
    if gazetteer is None:
        from mapdata.geo.gazetteer import Gazetteer

        gazetteer = Gazetteer.for_profile(profile)
    lexicon = lexicon_for(profile)
    stop_at = time.monotonic() + time_budget if time_budget is not None else None
    reader = Reader(doc, gazetteer, aliases, lexicon)
    for sentence in doc.sentences:
        if stop_at is not None and time.monotonic() > stop_at:
            doc.warnings.append(
                f"Reading stopped after {time_budget:g} s: only the first {sentence.index} of {len(doc.sentences)} "
                "sentences were read. Paste a shorter text (one report) to read all of it."
            )
            break
        reader.read(sentence)
    _attach_losses(reader.claims, reader.pending_losses)
    reader.claims.extend(_claims_of_own_losses(reader, lexicon))
    _lend_story_region(reader.claims)
    _lend_the_storys_village(reader.claims, doc.sentences, reader)
    claims = _drop_covered_summaries(reader.claims, lexicon, reader.published)
    _voice_unnamed_sources(claims, doc.url, lexicon)
    _side_by_later_blame(claims, doc.url, lexicon)
    _no_side_blames_itself(claims, reader.denials, lexicon)
    _side_by_the_place_held(claims, lexicon)
    published = reader.published
    # (the scan reads every sentence again: only when a claim needs it)
    _date_by_later_telling(claims, published)
    _date_by_named_day(claims, published)
    _date_by_daily_report(claims, doc.sentences)
    same_day = any(c.date is None for c in claims) and is_same_day_report(doc.sentences, published, lexicon)
    undated_now = _date_by_publication(claims, published, same_day)
    told_on = None if same_day else _date_by_the_ledes_statement_day(claims, doc.sentences, published)
    claims = _split_by_own_days(claims, published)
    claims = _fold_into_placed_claim(_drop_bare_retellings(claims, lexicon), lexicon)
    claims = _fold_area_into_its_spot(claims, lexicon)
    _none_stated(claims, doc.sentences)
    left_undated = 0 if same_day or published is None else sum(1 for c in claims if c.date is None)
    proposals: list[Proposal] = []
    far_matches: list[str] = []
    owner: dict[int, list[int]] = {}
    for claim in claims:
        owner[id(claim)] = []
        for proposal in _proposals(claim, doc, published, lexicon, far_matches, reader.places):
            proposal.conflict = profile.id
            owner[id(claim)].append(len(proposals))
            proposals.append(proposal)
    responses = _responses(reader.denials, claims, owner, proposals)
    proposals, moved = merge_tellings(proposals)
    for response in responses:
        if response.denies is not None:
            response.denies = moved[response.denies]
    used = [s for p in proposals for texts in p.evidence.values() for s in texts]
    used += [s for response in responses for s in response.sentences]
    drafts = passed_over(reader, used)
    if any(draft.date is None for _, draft in drafts):
        # a draft the text gives no day for is dated as the claims are (walk8: "date unknown" beside
        # claims of the report's day)
        drafts_same_day = same_day or is_same_day_report(doc.sentences, published, lexicon)
        _date_by_publication([draft for _, draft in drafts], published, drafts_same_day)
    leftovers = [
        Leftover(sentence.index, sentence.text, _proposals(draft, doc, published, lexicon, None, reader.places))
        for sentence, draft in drafts
    ]
    for left in leftovers:
        for proposal in left.proposals:
            proposal.conflict = profile.id
    warnings = list(doc.warnings)
    if not doc.sentences:
        warnings.append("The text is empty: paste or upload a report.")
    elif not proposals:
        english = looks_english(doc.sentences)
        warnings.append(
            "No incident was found in this text (no sentence reports fire, shelling, an attack or a clash)."
            + ("" if english else f" {NOT_ENGLISH}")
        )
    if reader.old_events:
        warnings.append(
            f"{len(reader.old_events)} sentence(s) describe events more than {BACKGROUND_DAYS} days before publication "
            f"({published}); they were read as background. Check the publication date if that is wrong."
        )
    if told_on is not None:
        warnings.append(
            f"{told_on[1]} claim(s) give no day; they were dated by the day the report's opening says the news was "
            f"told ({told_on[0]}). Check the date before saving."
        )
    if undated_now:
        warnings.append(
            f"{undated_now} claim(s) give no day; they were dated by the publication date ({published}), as news "
            "reports and monitors' daily updates tell the latest events. Check the date before saving."
        )
    if left_undated and proposals:
        warnings.append(
            f"{left_undated} claim(s) give no day, and the report does not read as the same day's news (no "
            f'"today", no present tense, the publication day {published} not named): their date is left empty. '
            "Enter the day before saving."
        )
    if published is None and proposals:
        warnings.append('No publication date: relative dates ("on Friday", "yesterday") are left unknown.')
    for match in far_matches:
        warnings.append(f"The place {match}: pick the right place or click the map.")
    for proposal in proposals:
        if proposal.date is None:
            warnings.append(_no_date(proposal, published))
        if proposal.place is not None and not proposal.resolved:
            warnings.append(f"The place {proposal.place!r} is not in the gazetteer: pick a candidate or click the map.")
        elif proposal.place is None:
            warnings.append(f"The claim by {proposal.claimant} names no place: choose one before saving.")
    return ExtractionResult(
        proposals, responses, list(dict.fromkeys(warnings)), published, doc.outlet, doc.url, profile.id, why, leftovers
    )


# What a denial says did not happen, by kind of act: "denied that its units had opened fire" answers
# the claim of firing, not the drone strike told after it.
_ACTS = (
    re.compile(r"\b(?:open(?:ed|ing)?\s+fire|fir(?:ed|ing)|shots?|shooting|shell(?:ed|ing|s)|gunfire|sniper)\b", re.I),
    re.compile(r"\b(?:drones?|UAVs?|quadcopters?)\b", re.I),
    re.compile(r"\b(?:rockets?|missiles?)\b", re.I),
    re.compile(r"\b(?:air\s*strikes?|airstrikes?|bomb(?:ed|ing|s))\b", re.I),
)


def _denied_claim(denial: str, earlier: list[Claim]) -> Claim | None:
    """The claim a denial answers: the latest earlier claim telling the act it denies, else the latest."""
    acts = {i for i, act in enumerate(_ACTS) if act.search(denial)}
    if acts:
        for claim in reversed(earlier):
            told = " ".join(s.text for s in claim.sentences)
            if any(_ACTS[i].search(told) for i in acts):
                return claim
    return earlier[-1] if earlier else None


def _responses(
    denials: list[tuple[Denial, Sentence]], claims: list[Claim], owner: dict[int, list[int]], proposals: list[Proposal]
) -> list[Response]:
    """Denials grouped by who denies whom, attached to the latest claim they can answer."""
    by_side: dict[str | None, list[tuple[int, int]]] = {}  # side -> (first sentence, claim position), in order
    for position, claim in enumerate(claims):
        by_side.setdefault(claim.speaker.side, []).append((claim.sentences[0].index, position))
    for entries in by_side.values():
        entries.sort()
    grouped: dict[tuple[str, str | None], Response] = {}
    told: set[tuple[str, str | None, str]] = set()  # (a paste of one report many times told each denial once: walk34)
    for denial, sentence in denials:
        key = (denial.denier, denial.denied_side)
        if (*key, sentence.text) in told:
            continue
        told.add((*key, sentence.text))
        if key in grouped:
            grouped[key].sentences.append(sentence.text)
            continue
        entries = by_side.get(denial.denied_side, [])
        before = bisect.bisect_left(entries, (sentence.index, -1))  # claims that began before the denial
        target = _denied_claim(sentence.text, [claims[position] for _, position in entries[:before]])
        later = [claims[position] for _, position in entries[before:]]
        if target is None and later:
            # ("The Azerbaijani Defense Ministry's statement about ... is untrue, a spokesperson for Armenia's top
            # military agency told TASS. [...] Azerbaijan's Defense Ministry said earlier that ...": a lede's denial
            # of the claim the report tells after it)
            target = _denied_claim(sentence.text, later) or (later[0] if len(later) == 1 else None)
        index = owner[id(target)][0] if target is not None else None
        grouped[key] = Response(denial.denier, denial.denier_side, denial.denied_side, [sentence.text], index)
    siblings = {indices[0]: indices for indices in owner.values() if indices}
    for response in grouped.values():
        for i in siblings.get(response.denies, []) if response.denies is not None else []:
            proposals[i].responses.extend(response.sentences)
    return list(grouped.values())


def extract(
    text: str,
    published: object = None,
    outlet: str | None = None,
    url: str | None = None,
    gazetteer: Any = None,
    aliases: dict[str, str] | None = None,
    time_budget: float | None = None,
    profile: Profile | None = None,
) -> ExtractionResult:
    """Propose the incidents a news report describes (nothing is saved)."""
    return extract_document(read_document(text, published, outlet, url), gazetteer, aliases, time_budget, profile)
