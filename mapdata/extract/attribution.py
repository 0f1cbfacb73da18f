"""Who makes the claim, and whom does it blame?

Every incident is one party's claim. The claimant comes from the attribution in the sentence
("Azerbaijan's Defense Ministry said", "a defense ministry statement from Yerevan", "the
Armenian MoD reported", "according to the EU mission"), from a spokesperson introduced
earlier ("Stepanyan said"), from "the ministry" / "the spokesman" referring back, or, when a
report states something in its own voice, from the outlet (reporting side "media").
The accused side is whoever "opened fire", "shelled" or "violated" in the sentence; a party
to the conflict always accuses the other one.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

__all__ = [
    "Attribution",
    "SpeakerTracker",
    "find_accused",
    "find_attribution",
    "opponent",
    "side_of_claimant",
    "side_word",
]

_ARM = r"Armenia(?:n|'s)?|Yerevan(?:'s)?"
_AZE = r"Azerbaijan(?:i|'s)?|Azeri|Baku(?:'s)?"
_SIDE = rf"(?:{_ARM}|{_AZE})"
_MOD = r"(?:Ministry\s+of\s+Defen[cs]e|Defen[cs]e\s+Ministry|MoD|Defen[cs]e\s+Minist(?:er|ry)|military\s+spokes(?:man|woman|person))"
_SPOKES = r"(?:spokes(?:man|woman|person)|press\s+secretary|spokes\s*person|representative)"
_NAME = r"(?P<name>[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){1,2})"
_SPEECH = re.compile(
    r"\b(?:said|says|say|told|tells|report(?:s|ed)?|add(?:s|ed)|claim(?:s|ed)|stat(?:es|ed)|announc(?:es|ed)|"
    r"confirm(?:s|ed)|not(?:es|ed)|inform(?:s|ed)|declared|noted|according\s+to|statement|quoted)\b",
    re.I,
)


def side_word(text: str) -> str | None:
    """ "Armenia" or "Azerbaijan" for a word or phrase naming one side, else None."""
    if re.search(rf"\b(?:{_AZE})\b", text, re.I):
        return "Azerbaijan"
    if re.search(rf"\b(?:{_ARM}|Karabakh|Artsakh|Stepanakert)\b", text, re.I):
        return "Armenia"
    return None


def opponent(side: str | None) -> str | None:
    return {"Armenia": "Azerbaijan", "Azerbaijan": "Armenia"}.get(side or "")


_ADJ = {"Armenia": "Armenian", "Azerbaijan": "Azerbaijani"}


@dataclass(frozen=True)
class Attribution:
    """A claimant as it should be recorded, its side, and how it was found."""

    claimant: str
    side: str | None  # Armenia / Azerbaijan / third party / media; None = party not yet known
    kind: str  # ministry / spokesperson / authority / third party / country / media
    start: int = 0


# Third parties: (pattern, claimant)
_THIRD_PARTIES: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"\b(?:EU\s+(?:monitoring\s+|civilian\s+)?mission|EUMA|EUMM|European\s+Union\s+(?:monitoring\s+)?mission|EU\s+monitors|EU\s+observers)\b",
            re.I,
        ),
        "EU mission",
    ),
    (
        re.compile(
            r"\b(?:Russian\s+(?:Defen[cs]e\s+Ministry|MoD|Ministry\s+of\s+Defen[cs]e|military)|Ministry\s+of\s+Defen[cs]e\s+of\s+(?:the\s+)?Russia(?:n\s+Federation)?|Russia's\s+Defen[cs]e\s+Ministry)\b",
            re.I,
        ),
        "Russian MoD",
    ),
    (re.compile(r"\bRussian\s+peace-?keep(?:ers|ing\s+(?:contingent|forces|mission))\b", re.I), "Russian peacekeepers"),
    (re.compile(r"\bOSCE\b|\bOrganization\s+for\s+Security\s+and\s+Co-?operation\b", re.I), "OSCE"),
    (re.compile(r"\b(?:ICRC|International\s+Committee\s+of\s+the\s+Red\s+Cross)\b", re.I), "ICRC"),
    (re.compile(r"\bUN\s+(?:spokes\w+|mission|Secretary)|\bUnited\s+Nations\b", re.I), "United Nations"),
]
_MINISTRY_PATTERNS: list[re.Pattern[str]] = [
    re.compile(rf"\b(?P<side>{_SIDE})\s+(?:armed\s+forces'?\s+)?{_MOD}", re.I),
    re.compile(rf"\b{_MOD}\s+of\s+(?:the\s+Republic\s+of\s+)?(?P<side>Armenia|Azerbaijan)\b", re.I),
    re.compile(rf"\b{_MOD}\s+(?:statement\s+|spokes\w+\s+)?(?:from|in|of)\s+(?P<side>{_SIDE})\b", re.I),
    re.compile(rf"\b(?:{_SPOKES})\s+(?:for|of)\s+(?:the\s+)?(?P<side>{_SIDE})\s+{_MOD}", re.I),
]
_AGENCY = r"(?:State\s+Border\s+(?:Service|Guard)|Border\s+(?:Guard|Service)s?|National\s+Security\s+Service|Interior\s+Ministry|Ministry\s+of\s+(?:Internal|Foreign)\s+Affairs|Foreign\s+Ministry|Prosecutor\s+General's\s+Office|Human\s+Rights\s+Defender|Ombudsman|Emergency\s+Situations\s+Ministry|government|Security\s+Council|presidential\s+administration|Prime\s+Minister's\s+office)"
_AGENCY_PATTERNS: list[re.Pattern[str]] = [
    re.compile(rf"\b(?P<side>{_SIDE})\s+(?P<agency>{_AGENCY})", re.I),
    re.compile(rf"\b(?P<agency>{_AGENCY})\s+of\s+(?:the\s+Republic\s+of\s+)?(?P<side>Armenia|Azerbaijan)\b", re.I),
]
_BARE_MINISTRY = re.compile(rf"\b(?:the\s+|a\s+)?(?:{_MOD}|defen[cs]e\s+ministry)\b", re.I)
_AUTHORITY = re.compile(
    r"\b(?:(?:Nagorno-?)?Karabakh|Artsakh)(?:'s)?\s+(?:(?:de\s+facto\s+)?(?:President(?:'s)?(?:\s+(?:spokes\w+|office))?|"
    r"Defen[cs]e\s+Army|InfoCenter|Information\s+Center|Ombudsman|Human\s+Rights\s+Defender|authorities|"
    r"Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e|Emergency\s+Service|police))",
    re.I,
)
_MEDIA = re.compile(
    r"\b(?:reports?\s+(?:indicate|say|said|suggest)|according\s+to\s+(?:media\s+|local\s+|press\s+)?reports|"
    r"it\s+(?:was|has\s+been|is)\s+reported|(?:local\s+)?media\s+(?:reported|said|reports)|reportedly|"
    r"sources\s+(?:said|say|told))\b",
    re.I,
)
_ACCORDING = re.compile(
    r"\baccording\s+to\s+(?P<who>(?:the\s+)?[A-Z][\w.'-]*(?:\s+(?:of|in|for|the|and|[A-Z][\w.'-]*)){0,5})"
)
_COUNTRY_SPEAKS = re.compile(
    r"\b(?:the\s+)?(?P<side>Armenia|Azerbaijan|Yerevan|Baku|Armenian\s+side|Azerbaijani\s+side)\s+(?:also\s+|further\s+)?(?:said|says|added|adds|claimed|claims|reported|reports|stated|states|confirmed|announced|alleged|accused)\b"
)
_REFERS_MINISTRY = re.compile(r"\b(?:the|this)\s+(?:ministry|statement|MoD)\b(?!\s+of)", re.I)
_REFERS_SPOKES = re.compile(rf"\b(?:the|this)\s+{_SPOKES}\b", re.I)
_STATEMENT_HEADING = re.compile(r"\b(?:statement|press\s+release|report|information)\s+(?:of|from|by)\b", re.I)


_MAX_NAMES = 40  # spokespeople remembered (full and last names); a report names a handful


@dataclass
class SpeakerTracker:
    """What the text has established so far: named spokespeople, the last ministry, the current speaker."""

    outlet: str | None = None
    url: str | None = None
    names: dict[str, Attribution] = field(default_factory=dict)
    last_ministry: Attribution | None = None
    last_spokesperson: Attribution | None = None
    current: Attribution | None = None

    def media(self) -> Attribution:
        return Attribution(self.outlet or "unattributed report", "media", "media")

    def register(self, attribution: Attribution, sentence: str, end: int) -> Attribution:
        """Remember a person named right after an office ("spokeswoman Shushan Stepanyan")."""
        tail = sentence[end : end + 60]
        match = re.match(
            r"[\s,]*(?:(?i:spokes(?:man|woman|person)|press\s+secretary|representative|head|chief|minister)\s+)?"
            + _NAME,
            tail,
        )
        if (
            match
            and not side_word(match.group("name"))
            and not re.search(r"\b(?:Ministry|Army|Forces)\b", match.group("name"))
        ):
            person = Attribution(attribution.claimant, attribution.side, "spokesperson", attribution.start)
            full = match.group("name")
            self.names[full] = person
            self.names[full.split()[-1]] = person
            while len(self.names) > _MAX_NAMES:  # every sentence is searched for every name: keep few
                del self.names[next(iter(self.names))]
            self.last_spokesperson = person
        if attribution.kind == "ministry":
            self.last_ministry = attribution
        return attribution


def _ministry_claimant(side: str) -> str:
    return f"{_ADJ[side]} MoD"


def _tld_side(url: str | None) -> str | None:
    """Last resort for an office named without its country: the outlet's national domain."""
    if not url:
        return None
    host = re.sub(r"^https?://", "", url).split("/")[0].lower()
    return {"am": "Armenia", "az": "Azerbaijan"}.get(host.rsplit(".", 1)[-1])


def find_attribution(sentence: str, tracker: SpeakerTracker, update: bool = True) -> Attribution | None:
    """The speaker this sentence names (and remember it), or None if it names none."""
    found: list[tuple[int, int, Attribution]] = []
    m: re.Match[str] | None
    for pattern, claimant in _THIRD_PARTIES:
        for m in pattern.finditer(sentence):
            found.append((m.start(), m.end(), Attribution(claimant, "third party", "third party", m.start())))
    for pattern in _MINISTRY_PATTERNS:
        for m in pattern.finditer(sentence):
            side = side_word(m.group("side"))
            if side and not re.match(r"Russia", m.group("side"), re.I):
                found.append((m.start(), m.end(), Attribution(_ministry_claimant(side), side, "ministry", m.start())))
    for pattern in _AGENCY_PATTERNS:
        for m in pattern.finditer(sentence):
            side = side_word(m.group("side"))
            if side:
                agency = re.sub(r"\s+", " ", m.group("agency"))
                found.append((m.start(), m.end(), Attribution(f"{_ADJ[side]} {agency}", side, "agency", m.start())))
    for m in _AUTHORITY.finditer(sentence):
        phrase = re.sub(r"\s+", " ", m.group(0))
        found.append((m.start(), m.end(), Attribution(phrase, "Armenia", "authority", m.start())))
    if not found:
        for m in _BARE_MINISTRY.finditer(sentence):
            # "Defense Ministry spokeswoman ..." with no country: the last ministry, else unknown yet.
            if _REFERS_MINISTRY.match(m.group(0)) and tracker.last_ministry:
                found.append((m.start(), m.end(), tracker.last_ministry))
                continue
            side = tracker.last_ministry.side if tracker.last_ministry else None
            claimant = _ministry_claimant(side) if side else "Defense Ministry"
            found.append((m.start(), m.end(), Attribution(claimant, side, "ministry", m.start())))
    if not found:
        m = _REFERS_SPOKES.search(sentence)
        if m and tracker.last_spokesperson:
            found.append((m.start(), m.end(), tracker.last_spokesperson))
    if not found:
        for name, person in tracker.names.items():
            m = re.search(rf"\b{re.escape(name)}\b", sentence)
            if m and _SPEECH.search(sentence):
                found.append((m.start(), m.end(), person))
                break
    if not found:
        m = _REFERS_MINISTRY.search(sentence)
        if m and tracker.last_ministry and _SPEECH.search(sentence):
            found.append((m.start(), m.end(), tracker.last_ministry))
    if not found:
        m = _COUNTRY_SPEAKS.search(sentence)
        if m:
            side = side_word(m.group("side"))
            current = tracker.current
            if current is not None and current.side == side:
                found.append((m.start(), m.end(), current))  # "..., Armenia added" continues its ministry
            else:
                found.append((m.start(), m.end(), Attribution(side or m.group("side"), side, "country", m.start())))
    if not found:
        m = _ACCORDING.search(sentence)
        if m:
            who = m.group("who").strip()
            side = side_word(who)
            if side and re.fullmatch(rf"(?:the\s+)?(?:{_SIDE})", who, re.I):
                found.append((m.start(), m.end(), Attribution(side, side, "country", m.start())))
            else:
                found.append((m.start(), m.end(), Attribution(tracker.outlet or who, "media", "media", m.start())))
    if not found:
        m = _MEDIA.search(sentence)
        if m:
            found.append((m.start(), m.end(), tracker.media()))
    if not found:
        return None
    _, end, attribution = min(found, key=lambda item: item[0])
    if update:
        tracker.register(attribution, sentence, end)
        tracker.current = attribution
    return attribution


def heading_attribution(heading: str, tracker: SpeakerTracker) -> Attribution | None:
    """A heading such as "Statement of the Ministry of Defense of Armenia" names the speaker of the text."""
    if not _STATEMENT_HEADING.search(heading) and not re.search(r"\bstatement\b", heading, re.I):
        return None
    return find_attribution(heading, tracker)


def resolve_side(attribution: Attribution, accused: str | None, url: str | None) -> Attribution:
    """A ministry named without its country: the side it accuses is the other one; else the outlet's country."""
    if attribution.side is not None:
        return attribution
    side = opponent(accused) or _tld_side(url)
    if side is None:
        return Attribution(attribution.claimant, "media", attribution.kind, attribution.start)
    claimant = _ministry_claimant(side) if attribution.kind in {"ministry", "spokesperson"} else attribution.claimant
    return Attribution(claimant, side, attribution.kind, attribution.start)


_AGGRESSION = re.compile(
    r"\b(?:open(?:ed|s|ing)?\s+(?:an?\s+)?(?:\w+\s+){0,2}fire|fir(?:ed|es|ing)\s+(?:at|on|upon|towards|from)|fired|"
    r"shell(?:ed|s|ing)|violat(?:ed|es|ing)|attack(?:ed|s|ing)?|launch(?:ed|es|ing)|struck|strik(?:es|ing)|"
    r"subjected|target(?:ed|ing)|bombard(?:ed|ing)|used|using|provocation|invaded|advanced|shot)\b",
    re.I,
)
_PASSIVE_BY = re.compile(
    rf"\b(?:fired\s+upon|fired\s+on|shelled|attacked|targeted|launched|initiated|struck|hit|carried\s+out|committed)\s+by\s+(?P<agent>(?:[\w'-]+\s+){{0,6}}?(?:{_SIDE}))",
    re.I,
)
_DRONE_DOWNED = re.compile(
    rf"\b(?:downed|shot\s+down|shoots\s+down|destroyed|intercepted)\s+(?:an?\s+|two\s+|three\s+)?(?P<side>{_SIDE})\s+(?:drone|UAV|aircraft|helicopter|quadcopter)",
    re.I,
)
_VICTIM_NOUN = re.compile(
    r"\s*(?:armed\s+forces'?\s+)?(?:positions?|settlements?|villages?|territory|civilians?|servicem[ae]n|soldiers?|troops|border\s+guards?|people|doctors|infrastructure|side's\s+positions)\b",
    re.I,
)


_FIRE_FROM = re.compile(
    rf"\b(?:fire|fired|firing|shots?|shelling|shelled|shot)\s+(?:\w+\s+){{0,3}}?from\s+(?:the\s+)?(?P<side>{_SIDE})\b",
    re.I,
)


_PLACE_NOUN = re.compile(
    r"\s*(?:army\s+|armed\s+forces'?\s+|side's\s+)?(?:positions?|settlements?|villages?|territory|infrastructure|posts?)\b",
    re.I,
)
_LOCATIVE = re.compile(r"\b(?:in|into|of|on|at|from|near|to|inside|within|across)\s+(?:the\s+)?$", re.I)
_FORCE_NOUN = re.compile(
    r"\s*(?:armed\s+forces|army|forces|units|troops|military|side|soldiers|servicemen|snipers?|drones?|artillery|detachments|border\s+guards)\b",
    re.I,
)
_PASSIVE = re.compile(r"\b(?:was|were|been|came|is|are|got)\b", re.I)
_SIDE_RE = re.compile(rf"\b(?:{_SIDE})\b")
_ACTOR_REACH = 400  # characters between an actor and its verb, at most
_ACTOR_TRIES = 8  # side names tried per verb, at most


def find_accused(sentence: str) -> str | None:
    """The side the sentence says fired, shelled, attacked or violated the ceasefire; None if it does not say."""
    m = _FIRE_FROM.search(sentence)
    if m:
        return side_word(m.group("side"))
    m = _PASSIVE_BY.search(sentence)
    if m:
        return side_word(m.group("agent").split()[-1]) or side_word(m.group("agent"))
    m = _DRONE_DOWNED.search(sentence)
    if m:
        return side_word(m.group("side"))
    sides = [(m.start(), m.end(), m.group(0)) for m in _SIDE_RE.finditer(sentence)]
    starts = [start for start, _, _ in sides]
    for verb in _AGGRESSION.finditer(sentence):
        # The actor is the nearest side named before the verb that is not a target or a location;
        # only the last few within reach are read, so the cost per verb is bounded.
        first = bisect.bisect_left(starts, verb.start() - _ACTOR_REACH)
        last = bisect.bisect_left(starts, verb.start())
        for start, end, word in reversed(sides[max(first, last - _ACTOR_TRIES) : last]):
            if end > verb.start():
                continue
            after = sentence[end : verb.start()]
            if _PLACE_NOUN.match(after) or (_VICTIM_NOUN.match(after) and _PASSIVE.search(after)):
                continue  # "Azerbaijani positions", "Armenian troops were wounded when ...": the target
            if _LOCATIVE.search(sentence[max(0, start - 30) : start]) and not _FORCE_NOUN.match(after):
                continue  # "deployed in the territory of Azerbaijan": a location, not an actor
            best = side_word(word)
            if best:
                return best
    return None


def side_of_claimant(text: str | None) -> str:
    """The reporting side of a claimant written as text ("Armenian MoD", "unattributed (Daily Sabah)")."""
    if not text or re.match(r"\s*(?:unattributed|media|unknown)\b", text, re.I):
        return "media"
    for pattern, _ in _THIRD_PARTIES:
        if pattern.search(text):
            return "third party"
    return side_word(text) or "media"
