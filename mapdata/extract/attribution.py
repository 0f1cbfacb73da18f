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
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from typing import Any

from mapdata.extract.first_chars import with_first_chars
from mapdata.extract.folded import FoldedPattern, gated
from mapdata.extract.lexicon import Lexicon, lexicon_for
from mapdata.extract.text import DATELINE, FORCE_OF_BEFORE, SCARE_QUOTES, motive_start
from mapdata.profiles import THIRD_PARTY, default_catalog
from mapdata.profiles import fold as fold_name

__all__ = [
    "SPEECH",
    "Attribution",
    "Rules",
    "SpeakerTracker",
    "default_lexicon",
    "find_accused",
    "find_attribution",
    "fire_fell_on_own_positions",
    "opponent",
    "resolve_side",
    "rules_for",
    "side_of_claimant",
    "side_word",
    "tells_own_fire",
]

_MOD = r"(?:Ministry\s+of\s+(?:National\s+)?Defen[cs]e|(?:National\s+)?Defen[cs]e\s+Ministry|MoD|Defen[cs]e\s+Minist(?:er|ry)|Defen[cs]e\s+Department|military\s+spokes(?:man|woman|person))"
_SPOKES = r"(?:spokes(?:man|woman|person)|press\s+secretary|spokes\s*person|representative)"
_NAME = r"(?P<name>[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){1,2})"
SPEECH = FoldedPattern(  # a speech verb or an attribution phrase anywhere in a sentence
    r"\b(?:said|says|say|told|tells|report(?:s|ed)?|add(?:s|ed)|claim(?:s|ed)|stat(?:es|ed)|announc(?:es|ed)|"
    r"confirm(?:s|ed)|not(?:es|ed)|inform(?:s|ed)|declared|noted|according\s+to|statement|quoted|citing|quoting|"
    # condemning, blaming and accusing are said too ("the Royal Thai Army has condemned X for ...")
    r"condemn(?:s|ed)|blam(?:es|ed)|accus(?:es|ed)|referring\s+to|with\s+reference\s+to|"
    # ("The Ministry detailed Ukraine's use of drones ...": an account given in detail)
    r"detailed|specified|outlined|"
    r"(?:pointed\s+out|points\s+out|stress(?:es|ed)|emphasi[sz](?:es|ed)|underlined|insisted|asserted)"
    r"(?!\s+(?:on|upon|the\s+(?:need|importance|necessity))\b)|"
    # ('"Hezbollah fired 2-3 anti-tank missiles ...," the IDF tweeted.')
    r"tweet(?:s|ed)|wrote|posted\s+on|"
    # ("with Hezbollah claiming its strikes are in retaliation for ...": not "claiming the lives of", nor
    # "claiming to have caused casualties", its own act)
    r"claiming(?!\s+(?:the\s+)?(?:lives?|responsibility|to)\b))\b"
)


# Older texts name the Karabakh Armenians' authorities by the region; they count as the Armenian side.
_LEGACY_WORDS = {"Armenia": re.compile(r"\b(?:Karabakh|Artsakh|Stepanakert)\b", re.I)}


def default_lexicon() -> Lexicon:
    return lexicon_for(default_catalog().default)


def side_word(text: str, lexicon: Lexicon | None = None) -> str | None:
    """The party a word or phrase names ("Pakistani troops" -> "Pakistan"), else None."""
    lexicon = lexicon or default_lexicon()
    side = lexicon.side_word(text)
    if side is None:
        for party, pattern in _LEGACY_WORDS.items():
            if party in lexicon.parties and pattern.search(text):
                return party
    return side


def opponent(side: str | None, lexicon: Lexicon | None = None) -> str | None:
    """The side a party's claims blame when they name no one (the profile says)."""
    return (lexicon or default_lexicon()).opponent(side)


@dataclass(frozen=True)
class Attribution:
    """A claimant as it should be recorded, its side, and how it was found."""

    claimant: str
    side: str | None  # Armenia / Azerbaijan / third party / media; None = party not yet known
    kind: str  # ministry / spokesperson / authority / third party / country / media
    start: int = 0


# International bodies that speak in many conflicts (a profile's own monitors are among its voices).
_THIRD_PARTIES: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"\b(?:EU\s+(?:monitoring\s+|civilian\s+)?mission|EUMA|EUMM|European\s+Union\s+(?:monitoring\s+)?mission|EU\s+monitors|EU\s+observers)\b",
            re.I,
        ),
        "EU mission",
    ),
    (re.compile(r"\bOSCE\b|\bOrganization\s+for\s+Security\s+and\s+Co-?operation\b", re.I), "OSCE"),
    (re.compile(r"\b(?:ICRC|International\s+Committee\s+of\s+the\s+Red\s+Cross)\b", re.I), "ICRC"),
    (re.compile(r"\bUN\s+(?:spokes\w+|mission|Secretary)|\bUnited\s+Nations\b", re.I), "United Nations"),
]
_AGENCY = (
    r"(?:(?:Public\s+)?Health\s+Ministry|Ministry\s+of\s+(?:Public\s+)?Health|State\s+Border\s+(?:Service|Guard)|Border\s+(?:Guard|Service)s?|National\s+Security\s+Service|Interior\s+Ministry|Ministry\s+of\s+(?:Internal|Foreign)\s+Affairs|Foreign\s+Ministry|Foreign\s+Office|Prosecutor\s+General's\s+Office|Human\s+Rights\s+Defender|Ombudsman|Emergency\s+Situations\s+Ministry|government|Security\s+Council|presidential\s+administration|Prime\s+Minister's\s+office|"
    # ("Ukraine's Air Force reported", "Lebanon's civil defence said": a service of the side's state)
    r"Air\s+Force|Navy|General\s+Staff|(?:State\s+)?Emergency\s+Service|Civil\s+Defen[cs]e|(?:National\s+)?Police)"
)
_BARE_MINISTRY = FoldedPattern(rf"\b(?:the\s+|a\s+)?(?:{_MOD}|defen[cs]e\s+ministry)\b")
_AUTHORITY = FoldedPattern(
    r"\b(?:(?:Nagorno-?)?Karabakh|Artsakh)(?:'s)?\s+(?:(?:de\s+facto\s+)?(?:President(?:'s)?(?:\s+(?:spokes\w+|office))?|"
    r"Defen[cs]e\s+Army|InfoCenter|Information\s+Center|Ombudsman|Human\s+Rights\s+Defender|authorities|"
    r"Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e|Emergency\s+Service|police))"
)
_MEDIA = FoldedPattern(
    # ("..., according to local media": the press's account)
    r"\b(?:reports?\s+(?:indicate|say|said|suggest)|according\s+to\s+(?:media\s+|local\s+|press\s+)?reports|"
    r"according\s+to\s+(?:local|state|Lebanese|Israeli|Thai|Cambodian|Indian|Pakistani|Ukrainian|Russian|Armenian|"
    r"Azerbaijani)\s+media|"
    r"it\s+(?:was|has\s+been|is)\s+reported|(?:local\s+|state\s+)?media\s+(?:(?:had|have|also|earlier|later|previously)\s+)?(?:reported|said|reports)|reportedly|"
    r"sources\s+(?:said|say|told)|"
    # ("An on-the-ground correspondent for AA also revealed that ...": a news agency's reporter, the press)
    r"(?:correspondent|reporter|journalist)s?\s+(?:for|of|with|from)\s+(?:the\s+)?(?:[\w'’()-]+\s+){1,4}?"
    r"(?:also\s+)?(?:said|says|reported|reports|revealed|wrote|saw|witnessed)|"
    # ("..., The New Arab's Arabic language service reported": an outlet's own service)
    r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:service|desk|edition|website|channel)\s+(?:also\s+)?(?:said|says|reported|reports)\b|"
    # ("Al Mayadeen's correspondent in southern Lebanon reported": the outlet's own reporter, wherever posted)
    r"['’]s\s+(?:correspondent|reporter)s?(?:\s+(?:in|at|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?,?\s+"
    r"(?:also\s+)?(?:said|says|reported|reports|revealed|wrote|saw|witnessed)|"
    # ("An AFP correspondent reported Israeli artillery bombardment on ...": an agency's reporter, named by it)
    r"\b(?:an?|the)\s+(?:[\w'’-]+\s+){1,3}?(?:correspondent|reporter|journalist|photographer)s?"
    r"(?:\s+(?:in|at|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?,?\s+"
    r"(?:also\s+|later\s+)?(?:said|says|reported|reports|revealed|wrote|saw|witnessed|heard))\b"
)
# "Prime Minister Nikol Pashinyan", "ministry spokeswoman Aram Torosyan": a title, then a full name
_TITLED_PERSON = re.compile(
    r"\b(?P<title>(?:Prime|Foreign|Defen[cs]e|Interior)\s+Minister|President|"
    r"(?:(?i:defen[cs]e\s+)?(?i:ministry)|(?i:army)|(?i:military))\s+spokes(?:man|woman|person))\s+"
    r"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\b"
)
_FOREIGN_TITLE_BEFORE = re.compile(r"\b(?P<adj>[A-Z][a-z]+)\s+$")
_OWN_REPLY_FRAME = re.compile(r"\bin\s+(?:response|self-defen[cs]e|retaliation)\b|\bretaliat\w*|\bour\s+forces\b", re.I)
_UNSIDED_GOVERNMENT = re.compile(r"\b(?:an?|the)\s+government\s+spokes(?:man|woman|person)\b", re.I)
_UNSIDED_FOREIGN_OFFICE = re.compile(
    r"\b(?:(?:the\s+)?(?:Foreign\s+(?:Office|Ministry)|Ministry\s+of\s+Foreign\s+Affairs)(?:\s*\((?:FO|MoFA|MFA)\))?|"
    r"the\s+(?:FO|MoFA|MFA))\b"
)
_REPORTER_POSTED_IN = re.compile(
    r"\b(?:correspondent|reporter)s?\s+(?:in|at|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$", re.I
)
_ACCORDING = re.compile(
    # ("According to the DPR, Kiev forces fired ...": at a sentence's start too)
    r"\b[Aa]ccording\s+to\s+(?P<who>(?:the\s+)?[A-Z][\w.'-]*(?:\s+(?:of|in|for|the|and|[A-Z][\w.'-]*)){0,5})"
)
# the end of the name "according to" cites: punctuation or the sentence's end ("the Ukrainian side," too)
_NOUN_PHRASE_ENDS = re.compile(r"(?P<side>\s+side)?\s*(?:[,.;:)]|$)")
_SIDES_ACCOUNT = re.compile(
    r"\b[Aa]ccording\s+to\s+(?:the\s+)?(?P<who>[A-Z][\w'’-]+)\s+(?:report|statement|account|version|communiqu[eé]|bulletin)\b"
)
_SPEAKS_VERB = r"(?:also\s+|further\s+)?(?:said|says|added|adds|claimed|claims|reported|reports|stated|states|confirmed|announced|alleged|accused)\b"
# "the army", "the army press service", "the military's spokesman": a side's army named without the side
_THE_ARMY = re.compile(
    r"\bthe\s+(?:army|military)(?:['’]s)?(?:\s+(?:press\s+(?:service|office|centre|center)|spokes(?:man|woman|person)|media\s+wing))?\b",
    re.I,
)
_SIDES_ARMY = re.compile(r"\b(?P<side>[A-Z][\w'’-]+)\s+(?:military|army|armed\s+forces|defen[cs]e\s+forces)\b")
_REFERS_MINISTRY = re.compile(
    r"\b(?:the|this)\s+(?:ministry|statement|MoD|army|military|militia|mission|command|headquarters|press\s+(?:centre|center|service))\b(?!\s+of)",
    re.I,
)
_ARMY_VOICE = re.compile(
    r"\b(?:an?\s+|the\s+)?(?:military|army)\s+(?:statement|communiqu[eé]|press\s+release|sources?)\b|"
    # ("..., the republic's defense authority said": a side's defence office, its side not named)
    r"\b(?:the\s+)?(?:republic|region|country)['’]s\s+(?:defen[cs]e|military)\s+(?:authority|authorities|office|department)\b",
    re.I,
)
_REFERS_SPOKES = re.compile(rf"\b(?:the|this)\s+{_SPOKES}\b", re.I)
_BARE_HEALTH_MINISTRY = re.compile(r"\b(?:the\s+)?(?:health\s+ministry|ministry\s+of\s+(?:public\s+)?health)\b", re.I)
_BARE_CIVIL_DEFENCE = re.compile(r"\b(?:the\s+)?civil\s+defen[cs]e\b", re.I)
# ", the civil defence's head of disaster response for the area": the body a person named just before serves
_SERVES_BODY = re.compile(
    r",\s+(?:the\s+|an?\s+)?(?P<body>(?:[\w-]+\s+){0,3}?[\w-]+)['’]s\s+(?:(?:deputy|regional|local|area)\s+)?"
    r"(?:head|chief|director|spokes(?:man|woman|person)|official|commander|representative|coordinator)\b"
)
_STATEMENT_HEADING = re.compile(r"\b(?:statement|press\s+release|report|information)\s+(?:of|from|by)\b", re.I)


_JOINED = r"(?:occupation|occupying|backed|led|controlled|held|allied|supported|separatists?|proxy|proxies)"


@dataclass(frozen=True)
class Rules:
    """The attribution patterns of one conflict: the generic English ones with its party names."""

    lexicon: Lexicon
    ministry: tuple[re.Pattern[str], ...]
    officer: re.Pattern[str]
    agency: tuple[re.Pattern[str], ...]
    officials: re.Pattern[str]
    country_speaks: re.Pattern[str]
    country_only: re.Pattern[str]
    fire_from: re.Pattern[str]
    passive_by: re.Pattern[str]
    drone_downed: re.Pattern[str]
    side_names: re.Pattern[str]
    compound_actor: re.Pattern[str]
    role_of: re.Pattern[str]
    caused_by: re.Pattern[str]
    side_hit: re.Pattern[str]
    positions_hit: re.Pattern[str]
    clash_with: re.Pattern[str]
    fire_on: re.Pattern[str]


def _rules_of(lexicon: Lexicon) -> Rules:
    side = rf"(?:{lexicon.party_alternation})(?:['’]s)?"
    country = lexicon.party_alternation
    speaker = lexicon.speaker_alternation
    adjectives = "|".join(re.escape(a) for a in lexicon.adjectives.values()) or "(?!x)x"
    return Rules(
        lexicon=lexicon,
        ministry=(
            re.compile(rf"\b(?P<side>{side})\s+(?:armed\s+forces'?\s+)?{_MOD}", re.I),
            re.compile(rf"\b{_MOD}\s+of\s+(?:the\s+Republic\s+of\s+)?(?P<side>{country})\b", re.I),
            re.compile(rf"\b{_MOD}\s+(?:statement\s+|spokes\w+\s+)?(?:from|in|of)\s+(?P<side>{side})\b", re.I),
            re.compile(rf"\b(?:{_SPOKES})\s+(?:for|of)\s+(?:the\s+)?(?P<side>{side})\s+{_MOD}", re.I),
            # ("Separately, the Armenian ministry said a drone struck a farm ...": the side's ministry, speaking, after
            # its defence ministry was named in full; walk42 gave the claim to the other side's ministry told before)
            re.compile(
                rf"\b(?P<side>{side})\s+ministry(?=\s+(?:also\s+|later\s+)?(?:said|says|stated|reported|added|claimed|announced)\b)",
                re.I,
            ),
        ),
        # "a Cambodian commander said", "Thai military officials told reporters": the side's military
        officer=re.compile(
            rf"\b(?P<side>{side})\s+(?:(?:royal|military|army|field|border|artillery|navy|naval|air\s+force|defen[cs]e)\s+){{0,2}}"
            rf"(?:commanders?|officers?|generals?|colonels?|military\s+officials?|spokes(?:man|woman|person)|soldier(?!s)|"
            # "Thailand's army said", "Cambodia's military said": the side's army by its country's name
            # (its adjective's form is a voice of the profile: "the Thai army")
            rf"army|military|armed\s+forces|(?:operative\s+|operational\s+|military\s+)?command|"
            # "the LPR Defense Establishment Official Representative, Lieutenant-colonel X, reported"
            rf"(?:[\w'’-]+\s+){{0,3}}?official\s+representative)\b",
            re.I,
        ),
        officials=re.compile(
            rf"\b(?P<side>{side})\s+(?P<noun>(?:(?:government|state|local|security|military|defen[cs]e|intelligence|border|health|provincial|regional|district)\s+)?"
            # ("Ukraine security spokesman Vladislav Seleznev said": a spokesman of a body the side runs)
            rf"(?:authorities|officials?|sources?|president|(?:deputy\s+)?prime\s+minister|(?:deputy\s+)?(?:foreign|defen[cs]e|interior|information|home)\s+minister|"
            rf"(?<=security\s)spokes(?:man|woman|person)|(?<=government\s)spokes(?:man|woman|person)|"
            rf"foreign\s+secretary|army\s+chief))\b",
            re.I,
        ),
        agency=(
            # ("a rebel policeman who had been trying to guide people to cover": no police speaking)
            re.compile(rf"\b(?P<side>{side})\s+(?P<agency>{_AGENCY})(?![\w-])", re.I),
            re.compile(rf"\b(?P<agency>{_AGENCY})\s+of\s+(?:the\s+Republic\s+of\s+)?(?P<side>{country})\b", re.I),
        ),
        country_speaks=re.compile(
            # ("Thailand on Wednesday accused Cambodia of ...": the day may stand between)
            # ("Separatists, in turn, accused ...": a short aside between the side and its verb)
            rf"\b(?:the\s+)?(?P<side>(?i:{speaker})|(?:{adjectives})\s+side)(?:\s*,\s*(?:[\w'’-]+\s+){{0,2}}[\w'’-]+\s*,)?\s+"
            # ("Hizbollah later Wednesday said")
            rf"(?:(?:later|earlier)\s+)?(?:(?:on|late|early)\s+[A-Z][a-z]+\s+|[A-Z][a-z]+day\s+|(?:yesterday|today)\s+)?"
            rf"(?:has\s+|have\s+|had\s+)?{_SPEAKS_VERB}"
        ),
        country_only=re.compile(rf"(?:the\s+)?(?:{side})", re.I),
        fire_from=re.compile(
            # ("hit by a bullet from the Azerbaijani side": what was fired, from a side)
            rf"\b(?:fire|fired|firing|shots?|shelling|shelled|shot|crossed|launched|bullets?|shells|rounds|rockets|missiles)\s+"
            rf"(?:\w+\s+){{0,3}}?from\s+(?:the\s+)?(?P<side>{side})(?![\w-])",
            re.I,
        ),
        passive_by=re.compile(
            rf"\b(?:fired\s+upon|fired\s+on|fired|shelled|attacked|targeted|launched|initiated|struck|hit|carried\s+out|committed|"
            rf"(?:violations?|fire|firing|clash(?:es)?|attacks?|shelling|shooting|provocations?)\s+(?:[\w-]+\s+)?(?:incited|perpetrated|provoked)|"
            rf"shot|killed|wounded|injured|"
            # fire named as a noun, with its agent: "the gunfire by the X armed forces", "shelling by X troops"
            rf"gunfire|firing|shelling|shooting|shots|(?:sniper|mortar|artillery|small-arms|unprovoked)\s+fire|(?:ceasefire\s+)?violations?)"
            # ("the unprovoked ceasefire violations on November 8 by the Indian Forces": the day between)
            rf"(?:\s+on\s+(?:\w+\s+){{0,2}}?(?:January|February|March|April|May|June|July|August|September|October|November|"
            rf"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+\d{{1,2}})?)?"
            # (not a place on the way: "wounded by a drone attack in Russia's Belgorod region")
            rf"\s+by\s+(?P<agent>(?:(?!(?:in|at|near|inside|into|on|across|over)\s)[\w'-]+\s+){{0,6}}?(?:{side}))",
            re.I,
        ),
        drone_downed=re.compile(
            rf"\b(?:downed|shot\s+down|shoots\s+down|destroyed|intercepted)\s+(?:an?\s+|two\s+|three\s+)?(?P<side>{side})\s+(?:drone|UAV|aircraft|helicopter|quadcopter)|"
            # ("An Indian drone was shot down by the Pakistan Armed Forces": the drone's side, as above)
            rf"\b(?P<side2>{side})\s+(?:quad-?copter|drone|UAV)s?\s+(?:was|were|had\s+been|has\s+been)\s+"
            r"(?:shot\s+down|downed|destroyed|intercepted)\s+by\b",
            re.I,
        ),
        # "Russian-occupation forces", "Russian-backed units": a side joined to its forces by a hyphen
        # is an actor like "Russian forces" (the force noun is checked where the actor is chosen).
        # "pro-Russian separatists" act for Russia: the prefix joins them to the side
        side_names=re.compile(rf"(?<![\w'’-])(?:(?i:pro)-)?(?P<name>{country})(?:['’]s|-{_JOINED})?(?![\w-])"),
        # "Cambodia-launched rockets", "Israeli-fired shells": the side in the compound fired them.
        compound_actor=re.compile(rf"(?<![\w'’-])(?P<side>{country})-(?:launched|fired)\b"),
        # "wounded in Azerbaijan's cross-border shooting", "killed by Pakistani shelling": the side
        # whose fire it was, named by its adjective or its possessive right before the attack noun
        caused_by=re.compile(
            # ("as a result of Azerbaijani shootings in the direction of Sotk")
            rf"\b(?:in|by|from|during|after|following|under|amid|as\s+a\s+result\s+of|due\s+to)\s+(?:an?\s+|the\s+)?"
            rf"(?P<side>{country})(?:['’]s)?\s+"
            r"(?:(?:cross-border|heavy|intense|indiscriminate|unprovoked|artillery|mortar|sniper|small-arms|renewed)\s+)?"
            r"(?:shootings?|gunfire|fire|shelling|firing|attacks?|strikes?|airstrikes?|bombing|bombardments?|raids?|air\s+raids?)\b",
            re.I,
        ),
        # "One Ukrainian soldier was killed ... by enemy fire": the enemy of the side hit
        side_hit=re.compile(
            rf"\b(?P<side>{country})\s+(?:soldiers?|servicem[ae]n|troops|civilians?|border\s+guards?)\s+"
            r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+){0,2}?(?:killed|wounded|injured)\b",
            re.I,
        ),
        # "About 40 mines landed on Ukrainian positions", "fire was opened at Azerbaijani posts": fire
        # that fell on a side's positions, no actor named, came from the other side
        fire_on=re.compile(
            r"\b(?:landed|fell|fire|fired|firing|shelling|shelled|shots|attacks?|attacked|struck|targeted|hit)\s+"
            r"(?:[\w-]+\s+){0,3}?(?:on|at|upon|towards?|against)\s+(?:the\s+)?"
            rf"(?P<side>{country})\s+(?:(?:army|military|border|armed\s+forces'?|frontline|front-line|forward)\s+)?"
            r"(?:positions|posts|outposts|trenches|strongholds)\b",
            re.I,
        ),
        # "Azerbaijani positions located in the village of X took fire from ...", "Ukrainian positions
        # came under mortar fire": a side's positions as the subject fire fell on, no actor named
        positions_hit=re.compile(
            # ("The positions of the Azerbaijani Army were also fired from ...": the side after the noun;
            # "the Azerbaijani soldiers were also shot at from the positions in the districts of A, B and C")
            rf"\b(?:(?P<side>{country})\s+(?:(?:army|military|border|combat|armed\s+forces'?|frontline|front-line|forward)\s+)?"
            r"(?:positions|posts|outposts|trenches|strongholds|soldiers|servicemen|troops|units)|(?:positions|posts|outposts|trenches|strongholds)\s+of\s+(?:the\s+)?"
            rf"(?P<owner>{country})(?:\s+(?:army|military|armed\s+forces|border\s+guards))?)\b[^.;:]{{0,120}}?\s"
            r"(?:came\s+under|took|underwent|(?:were|have\s+been|had\s+been)\s+(?:(?:also|again|repeatedly)\s+)?"
            r"(?:subjected\s+to|shelled|fired\s+(?:at|on|upon|from)|attacked|targeted|struck|hit|shot\s+at))\b",
            re.I,
        ),
        # "killed during border clashes with Thailand": fighting with a side, told by the other
        clash_with=re.compile(
            r"\b(?:clash(?:es)?|fighting|battles?|skirmish(?:es)?|hostilities|firefights?|exchanges?\s+of\s+fire)\s+"
            rf"with\s+(?:the\s+)?(?P<side>{side})(?![\w-])",
            re.I,
        ),
        # "a spokesperson of the Ukrainian delegation to the TCG, X, told", "a source in the security
        # services of the DPR told": a role held in a side's body speaks for that side
        role_of=re.compile(
            rf"\b(?P<role>spokes(?:man|woman|person)|press\s+(?:secretary|office|service|cent(?:er|re))|representatives?|head|chief|commander|"
            rf"sources?|officials?|leader|mission|delegation|representation|deputy\s+(?:head|chief|commander))\s+"
            rf"(?:of|in|from|at|for|with)\s+"
            rf"(?:the\s+)?(?:[\w'’()-]+\s+){{0,6}}?(?P<side>{side})(?![\w-])",
            re.I,
        ),
    )


# (each rule tried only in a sentence holding a word every match of it holds; not the names of the sides, nor
# fire from a side, whose words are in most sentences: there the look costs more than it spares)
_UNGATED_RULES = ("lexicon", "side_names", "fire_from")


@lru_cache(maxsize=64)
def rules_for(lexicon: Lexicon) -> Rules:
    rules = _rules_of(lexicon)
    gates: dict[str, Any] = {}
    for name in (f.name for f in fields(rules) if f.name not in _UNGATED_RULES):
        value = getattr(rules, name)
        gates[name] = tuple(gated(p) for p in value) if isinstance(value, tuple) else gated(value)
    return replace(rules, **gates)


# "a statement by the", "a press release from": what a body's words came in, before its name
_STATEMENT_BY = (
    r"(?:(?:official\s+|joint\s+)?(?:statement|press\s+release|communiqu[eé])\s+(?:by|from|of)\s+(?:the\s+)?)?"
)

_ARMY_NOUN = re.compile(r"(?:army|military|armed\s+forces)$", re.I)
# what makes a country's army the speaker: its speech verb right after it ...
_ARMY_SPEAKS = re.compile(
    # ("the Kiev military yesterday said": the day between the body and its verb)
    r"\s+(?:(?:on|late|early)\s+[A-Z][a-z]+\s+|in\s+a\s+statement\s+|also\s+|(?:yesterday|today|earlier|later|tonight)\s+)?"
    r"(?:has\s+|had\s+|have\s+)?"
    r"(?:said|says|stated|reported|reports|announced|added|told|noted|claimed|claims|confirmed|denied|denies|"
    r"accused|accuses|blamed|blames|warned)\b",
    re.I,
)
# "Indian troops said they retaliated": a side's forces, named by its adjective, with their speech verb right after
_TROOPS_WORD = re.compile(r"\b(?:troops|soldiers)\s+(?:said|say|told|claimed|reported|stated)\b")
_TROOPS_SAY = re.compile(
    r"(?<![\w'’-])(?P<side>[A-Z][\w'’-]+)\s+(?P<noun>troops|soldiers)\s+(?:said|say|told|claimed|reported|stated)\b"
    r"(?!\s+(?:to|by)\b)"
)
# ... or "according to" before it, or a speech verb before it at the end of the sentence
_ACCORDING_ONLY = re.compile(
    r"\b(?:according\s+to|citing|quoting)\s+(?:an?\s+|the\s+)?"
    rf"{_STATEMENT_BY}$",
    re.I,
)
_CLAUSE_ENDS = re.compile(r"(?:\s+(?:on\s+[A-Z][a-z]+|in\s+a\s+statement))?\s*[.;!]?[\"”]?\s*$")

_NAME_IN_APPOSITION = re.compile(r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,3}),\s+(?:the\s+|an?\s+)?$")
_MAX_NAMES = 40  # spokespeople remembered (full and last names); a report names a handful


@dataclass
class SpeakerTracker:
    """What the text has established so far: named spokespeople, the last ministry, the current speaker."""

    outlet: str | None = None
    url: str | None = None
    lexicon: Lexicon = field(default_factory=default_lexicon)
    names: dict[str, Attribution] = field(default_factory=dict)
    last_ministry: Attribution | None = None
    last_spokesperson: Attribution | None = None
    current: Attribution | None = None

    @property
    def rules(self) -> Rules:
        return rules_for(self.lexicon)

    def media(self) -> Attribution:
        return Attribution(self.outlet or "unattributed report", "media", "media")

    def remember(self, full: str, person: Attribution, first_name: bool = False) -> None:
        """Who ``full`` is, by full and last name (and first name: "Bashir said"), the oldest forgotten."""
        keys = {full, full.split()[-1], *([full.split()[0]] if first_name else [])}
        for key in keys:
            self.names[key] = person
        while len(self.names) > _MAX_NAMES:  # every sentence is searched for every name: keep few
            del self.names[next(iter(self.names))]

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
            and not side_word(match.group("name"), self.lexicon)
            and not re.search(r"\b(?:Ministry|Army|Forces)\b", match.group("name"))
        ):
            person = Attribution(attribution.claimant, attribution.side, "spokesperson", attribution.start)
            self.remember(match.group("name"), person)
            self.last_spokesperson = person
        before = _NAME_IN_APPOSITION.search(sentence, max(0, attribution.start - 60), attribution.start)
        if before is not None and not side_word(before.group("name"), self.lexicon):
            # "Lt. Gen. Chhum Socheat, spokesman of Cambodia's Ministry of National Defense, said": the
            # person named before the office speaks for it when named again ('"...," Chhum Socheat said')
            self.remember(before.group("name"), Attribution(attribution.claimant, attribution.side, "spokesperson"))
        if attribution.kind == "ministry":
            self.last_ministry = attribution
        return attribution


def _statement_of(last: Attribution, sentence: str, lexicon: Lexicon) -> bool:
    """May an army's statement the sentence names without its side ("a military statement said") be the
    statement of ``last``, the army or ministry the text named before? Only when ``last`` has a side and
    the sentence names no one of that side (not "military sources reported firing by Indian troops" after
    the Indian army spoke: the other side's army, read from whom it blames)."""
    if last.side is None or not lexicon.is_party(last.side) or lexicon.party_names is None:
        return False
    # (only a statement that blames the side this army blames: "fire from the Israeli side" after the Lebanese army;
    # not "Hezbollah launched two rockets at Metula", nor a statement naming no side: review46)
    sides = {lexicon.side_of(m.group(0)) for m in lexicon.party_names.finditer(sentence)}
    return bool(sides) and sides == {lexicon.opponent(last.side)}


def _tld_side(url: str | None, lexicon: Lexicon) -> str | None:
    """Last resort for an office named without its country: the outlet's national domain."""
    if not url:
        return None
    host = re.sub(r"^https?://", "", url).split("/")[0].lower()
    code = host.rsplit(".", 1)[-1].upper()
    for party in lexicon.profile.parties:
        if code in party.countries:
            return party.name
    return None


_AGENT_BEFORE = re.compile(
    # ("retaliating to shelling and firing from Pakistan army": whose fire it was)
    r"\bby\s+(?:the\s+)?$|\b(?:fire|firing|shelling|shots|attacks?)\s+(?:by|from)\s+(?:the\s+)?$|"
    # ("Units of the Ukrainian military ... opened fire": its units are the actor, not a voice)
    r"^\W*(?:[Uu]nits|[Ff]ormations|[Dd]etachments|[Pp]ositions|[Tt]roops|[Ss]oldiers)\s+of\s+(?:the\s+)?$",
    re.I,
)
# "reported by the JFO press center", "as stated by the ministry": "by" after a speech verb names
# the speaker, not the agent of an act.
_TOLD_BY = re.compile(
    r"\b(?:reported|stated|said|announced|published|confirmed|noted|released|posted|issued)\s+by\s+(?:the\s+)?$", re.I
)
# "denied shooting at civilians": what a body denies doing, it is not read as doing
_DENIAL_VERB = r"(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing))"
_ACTS_AFTER = re.compile(
    # ("The Armed Forces of Ukraine (AFU) shelled": its short name in brackets between)
    # ("The Thai army denied shooting at civilians": what it denied, it did not do)
    r"\s*(?:\([^()]{1,30}\)\s*)?"
    rf"(?:(?!{_DENIAL_VERB}\b)[\w'-]+\s+){{0,3}}?"
    # ("The Pakistan Army has been resorting to heavy shelling": the progressive, after its auxiliary)
    r"(?:(?:has|have|had|was|were|is|are)\s+(?:been\s+)?(?:opening\s+fire|shelling|attacking|violating|resorting|targeting)|"
    r"(?:(?:has|have|had|was|were|is|are)\s+)?(?:open(?:ed|s)?\s+fire|fir(?:ed|es|ing)|shell(?:ed|s)|"
    r"attack(?:ed|s)|launch(?:ed|es)|violat(?:ed|es)|resort(?:ed|s)|initiat(?:ed|es)|target(?:ed|s)|struck|strikes|kill(?:ed|s)|"
    r"carr(?:ied|ies)\s+out|conduct(?:ed|s|ing)|"
    # ("The Thai army began shooting at us first," the commander said: the actor, not the speaker)
    r"shoot(?:s|ing)?|shot\s+(?:at|on)|bombard(?:ed|s)))\b",
    re.I,
)


def _acts(sentence: str, start: int, end: int) -> bool:
    """Is the name at start:end the actor of a violent verb ("Hezbollah fired", "fired by Hezbollah")?"""
    before = sentence[max(0, start - 24) : start]
    if (
        _AGENT_BEFORE.search(before)
        and not _TOLD_BY.search(before)
        # ("said a statement by the ISPR": by whom it was said, not done)
        and not _ACCORDING_BEFORE.search(sentence, max(0, start - 48), start)
    ):
        return True
    if _FIRE_OF_AFTER.match(sentence, end):
        return True  # ("the villages came under the Ukrainian army's fire, the report reads": whose fire)
    after = _ACTS_AFTER.match(sentence, end)
    return after is not None and not SPEECH.search(sentence[end : after.end()])


# "the Ukrainian army's fire", "Hezbollah's rocket attacks": the fire a name owns is fire it did
_FIRE_OF_AFTER = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:fire|firing|shelling|attacks?|strikes?|bombardment|shots|shells|rockets)\b", re.I
)


_SPEAKS_RIGHT_AFTER = re.compile(
    # (an aside between the speaker and the verb: "Lebanese authorities and Hezbollah, however, accused")
    r"(?:['’]s)?[\w\s'’()-]{0,40}?(?:,\s*(?:however|meanwhile|in\s+turn|for\s+(?:its|their|his|her)\s+part|too),\s*)?"
    r"\b(?:said|says|stated|states|reported|reports|announced|added|adds|told|noted|informed|"
    r"claimed|claims|confirmed|wrote|posted|tweeted|condemned|condemns|denounced|blamed|blames|accused|accuses|"
    # ("The army spokesperson pointed out that ...", "the ministry stressed that ...")
    r"(?:pointed\s+out|points\s+out|stressed|stresses|emphasi[sz]ed|underlined|insisted|asserted|explained)"
    r"(?!\s+(?:on|upon|the\s+(?:need|importance|necessity))\b)|alleged|"
    # ("a commander based near the temple was quoted as saying")
    r"quoted\s+as\s+saying)\b",
    re.I,
)
# "according to the ministry", "Trend reports, citing the ministry", "said the ministry": the name
# that follows cites the speaker (a reporting verb right before a name inverts the attribution).
# A monitor's finding is its statement: "the SMM recorded 20 explosions", "the Mission heard shots".
_VERB_RIGHT_AFTER = re.compile(
    r"\s+(?:also\s+)?(?:said|says|stated|informed|reported|added|noted|told|detailed|specified|outlined)\b", re.I
)
_MONITOR_FINDS = re.compile(
    # ("the SMM camera in Shyrokyne recorded": the monitor's camera, where it stands)
    r"(?:\s+cameras?(?:\s+(?:in|at|near)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?[\w'’-]+?)?)?"
    r"\s+(?:also\s+)?(?:recorded|observed|heard|registered|saw|documented|monitored|counted|spotted|noted)\b",
    re.I,
)
_ACCORDING_BEFORE = re.compile(
    r"\b(?:according\s+to|citing|quoting|referring\s+to|(?:with|in)\s+reference\s+to|"
    r"(?:said|says|stated|states|reported|reports|announced|added|adds|noted|claimed|told))(?:\s+an?)?\s+(?:the\s+)?"
    # "..., said a statement by the Inter-Services Public Relations", "according to a statement from X"
    rf"{_STATEMENT_BY}$",
    re.I,
)


_VICTIM_AFTER = re.compile(
    r"\s*,?\s*(?:(?:soldier|private|sergeant|corporal|serviceman|officer|lieutenant)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}\s*,?\s*|"
    # "a BSF jawan was injured": the body's member is the victim
    r"(?:jawans?|troopers?|soldiers?|servicem[ae]n|officers?|constables?|personnel|guards?|men)\s+)?"
    r"(?:was|were|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:killed|wounded|injured|martyred)\b"
)


# What a body named right after it is not the voice of: one addressed, one blamed, the dead.
_NO_VOICE_BEFORE = re.compile(
    # ("reported to the OSCE through the Joint Center for Control and Coordination (JCCC)": the body
    # addressed, also named by its initials after its full name)
    r"\b(?i:(?:reported|notified|informed|sent|passed|submitted)\s+to|through|via|within\s+the\s+framework\s+of)\s+"
    r"(?i:the\s+)?(?:[A-Z][^.;()]{0,80}\(\s*)?$|"
    # ("Israel said ... that it held the Lebanese government responsible": the body blamed)
    r"\b(?i:held|holds|hold|holding|blamed|blames|blame|accused|accuses|warned|urged|called\s+on|summoned)\s+(?i:the\s+)?$|"
    # ("found the body of one Thai soldier and reported that ...": the dead, not a voice)
    r"\b(?i:body|bodies|remains|death|deaths|killing|funeral)\s+of\s+(?i:one\s+|an?\s+|the\s+|two\s+|three\s+|\d+\s+)?$"
)
# A capitalised word right before a remembered name: a longer, other name ("Sadiq Ahmad Chechi")
# (not a title or a word opening the sentence: "Col Bashir said", "But Bashir said")
_NAME_BEFORE = re.compile(
    r"\b(?!(?:Mr|Mrs|Ms|Dr|Col|Colonel|Gen|General|Lt|Maj|Major|Capt|Captain|Sgt|Brig|President|Minister|"
    r"Spokesman|Spokeswoman|Spokesperson|But|And|Then|Later|Meanwhile|However|When|As|While|Also|In|On|At|"
    r"According|Said|Says)\s)[A-Z][a-z'’-]+\s$"
)
# "Cambodia accused Thai military forces of ...": the body an accusation names is who is blamed
# "..., said Thai military operations began at dawn": a body right after the verb opens what was
# said, unless the clause ends with it ("..., said the Thai army on Friday.")
_SAID_RIGHT_BEFORE = re.compile(
    r"\b(?i:said|says|added|stated|claimed|reported|alleged|noted)\s+(?i:that\s+)?(?i:the\s+)?$"
)
# ... and the clause goes on with a finite verb of its own within three words ("the Russian
# authorities failed", "Thai military operations began"); "said Thai army spokesman X at a
# briefing", "said Ukrainian officials quoted by Interfax" name the speaker, inverted
_SAID_CLAUSE_GOES_ON = re.compile(
    # ("said the Indian Border Security Force (BSF) personnel who were stationed at X targeted Y": its
    # initials, and its men described by a relative clause)
    r"(?:\s*\([A-Z]{2,8}\))?(?:(?:\s+[\w'’-]+){0,2}?\s+(?:personnel|troops|soldiers|forces|units|servicemen)\s+who\s+"
    r"(?:were|was|are|is|had|have)\b|"
    r"(?:['’]s)?(?:\s+(?!(?:who|which|that|at|in|on|during|without|with|via|through|when|while|after|before|as|"
    r"quoted|cited)\b)[\w'’-]+){0,3}?"
    r"\s+(?:had|has|have|was|were|is|are|would|will|could|did|does|do|began|begun|(?!(?:quoted|cited|armed|based|"
    r"backed|united|limited|related|appointed|authorized|authorised)\b)[a-z]+ed)\b(?!\s+(?:by|from)\b))"
)
# (the body's side or country before it: "said the Indian Border Security Force (BSF) personnel targeted")
_SAID_SIDE_BEFORE = re.compile(
    r"\b(?i:said|says|added|stated|claimed|reported|alleged|noted)\s+(?i:that\s+)?(?i:the\s+)?[A-Z][\w'’-]+\s+$"
)
# "Border Security Force (BSF)": the initials in brackets after the name (skipped back over)
_NAME_BEFORE_INITIALS = re.compile(r"(?:[A-Z][\w'’-]*\s+){0,6}[A-Z][\w'’-]*\s*\($")


def _subject_of_what_was_said(sentence: str, start: int, end: int) -> bool:
    """ "..., said Thai military operations began", "Sources said the Indian Border Security Force (BSF)
    personnel targeted ...": the body named right after a speech verb is the subject of what was said
    when its clause goes on with a verb of its own (its initials in brackets read with its name)."""
    if start > 0 and sentence[start - 1] == "(" and sentence.startswith(")", end):
        named = _NAME_BEFORE_INITIALS.search(sentence, max(0, start - 80), start)
        if named is None:
            return False
        start, end = named.start(), end + 1
    window = max(0, start - 40)
    said = _SAID_RIGHT_BEFORE.search(sentence, window, start) or _SAID_SIDE_BEFORE.search(sentence, window, start)
    return said is not None and _SAID_CLAUSE_GOES_ON.match(sentence, end) is not None


_AIMED_AT_BEFORE = re.compile(
    # ("Russians shelled a UN mission": what was fired at)
    r"\b(?:against|targeting|targeted|toward|towards|shelled|shelling|bombed|struck|attacked|attacking|fired\s+(?:at|on))"
    r"\s+(?:the\s+|an?\s+)?$",
    re.I,
)
# a clause that tells when, right before a body's name: "at a time when the OSCE Minsk Group co-chairs visit"
_WHEN_BEFORE = re.compile(r"\b(?i:when|while|as|whereas|after|before|during)\s+(?i:the\s+)?$")
# a body asked to act: "calling on the Lebanese government", "urged the ministry", "appealed to the army"
_ASKED_BEFORE = re.compile(
    r"\b(?i:call(?:ed|ing|s)?\s+(?:(?:up)?on|for)|urg(?:ed|ing|es)|appeal(?:ed|ing|s)?\s+to|demand(?:ed|ing|s)?(?:\s+that)?|"
    # ("When asked, the Indian Army said": asked a question, and speaking)
    r"(?<!when\s)(?<!if\s)(?<!as\s)(?<!When\s)(?<!If\s)(?<!As\s)ask(?:ed|ing|s))\s+"
    # ("call on international organizations, first of all, the OSCE, to condemn": one of those asked, named)
    r"(?:(?i:the\s+)?(?:international|world|global)\s+(?:organi[sz]ations|community|bodies),?\s+"
    r"(?i:first\s+of\s+all|above\s+all|in\s+particular|especially|including|notably),?\s+)?(?i:the\s+)?"
    # (its short name in brackets after the full one: "the Organization for Security and Cooperation in Europe (OSCE)")
    r"(?:(?:[A-Z][\w'’-]*|for|of|and|in|on|the)\s+){0,9}?(?:\(\s*)?$"
)
_ACCUSED_BEFORE = re.compile(r"\b(?i:accus(?:ed|es|ing)|blam(?:ed|es|ing)|condemn(?:ed|s|ing))\s+(?i:the\s+)?$")


def _speaks(sentence: str, start: int, end: int) -> bool:
    """Is the body named at start:end the subject of a speech verb, or what "according to" cites?"""
    before = sentence[max(0, start - 48) : start]
    if _NO_VOICE_BEFORE.search(before[-24:]):
        return False  # "were reported to the OSCE representatives": told to it, not by it
    if _SAID_RIGHT_BEFORE.search(before) and _SAID_CLAUSE_GOES_ON.match(sentence, end):
        return False  # "Klimkin said the Russian authorities failed to ...": whom the speech is about
    if _ACCORDING_BEFORE.search(before) or _TOLD_BY.search(before):
        return True
    if _APPOSITION_OPENS.search(before) and _APPOSITION_CLOSES.match(sentence, end):
        return True  # "General X, Cambodia's military commander at Y, said": the speaker's office
    if _NAMED_THEN_SPEAKS.match(sentence, end):
        return True  # "the LPR's official representative, Lieutenant-colonel Andrei X reported": the office, then who holds it
    return _SPEAKS_RIGHT_AFTER.match(sentence, end) is not None or _MONITOR_FINDS.match(sentence, end) is not None


_NAMED_THEN_SPEAKS = re.compile(
    # ("A Cambodian field commander, Col. Suos Sothea, said": the name closed by a comma)
    r",\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*(?:\s+|\s*,\s*)(?:has\s+)?(?:reported|said|stated|told|announced|noted|added)\b"
)
# "X, Cambodia's military commander at Y, said": an office in apposition to the name of the speaker
_APPOSITION_OPENS = re.compile(r"[A-Z][\w'’.-]+,\s+(?:the\s+|an?\s+)?$")
_APPOSITION_CLOSES = re.compile(
    r"[^,;.!?\"“”]{0,60},\s+(?:has\s+|had\s+)?(?:said|says|told|stated|added|claimed|confirmed|reported)\b", re.I
)
# "a field military commander", "the army spokesman": an officer of a side the words do not name.
_UNSIDED_OFFICER = re.compile(
    r"\b(?:an?|the)\s+(?:senior\s+|field\s+)*(?:military|army|border|artillery|frontline|front-line)\s+(?:field\s+)?"
    r"(?:commander|officer|official|spokes(?:man|woman|person))\b|"
    # "a commander based near the 900-year-old temple was quoted as saying": a commander where he is posted
    r"\b(?:an?|the)\s+(?:local\s+|senior\s+|field\s+)?commander\s+(?=(?:based|stationed|posted|deployed)\s+(?:at|near|in|on)\b)|"
    # "the Pivnich (North) task force said", "the 81st Brigade said": a unit named without its side
    r"\bthe\s+(?:[A-Z0-9][\w'’-]*\s+){1,2}(?:\([^()]{1,20}\)\s+)?(?i:task\s+force|brigade|operational[-\s]tactical\s+group)\b",
    re.I,
)
# ", the official representative of the Lugansk People's Republic (LPR)": whom an officer named
# without his side speaks for, right after his name (bounded: one anchored match of 80 characters).
_SPEAKS_FOR = re.compile(
    r",\s+(?:the\s+|an?\s+)?(?:official\s+|chief\s+|press\s+|deputy\s+)?"
    r"(?:representative|spokes(?:man|woman|person)|press\s+secretary|head|commander)\s+(?:of|for)\s+(?:the\s+)?"
    r"(?P<body>[^,.;:()\"“”]{2,80}?)(?:\s*\((?P<short>[A-Z]{2,6})\))?(?=\s*[,.;:\"“”]|\s*$)"
)
# "Col Rajesh Kalia said", "Lt. Gen. X, spokesman of ...": an officer by rank and name.
_RANKED_NAME = re.compile(
    r"\b(?:(?:(?:Lt|Lieut)\.?\s*(?:Col|Gen)\.?|Lieutenant\s+(?:Colonel|General)|Col(?:onel)?\.?|Brig(?:adier)?\.?(?:\s*Gen\.?)?|Capt(?:ain)?\.?)"
    r"\s+(?!(?:Staff|Command|General|Headquarters)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}|"
    # "General" and "Major" are ordinary words too ("the General Staff"): a full name must follow
    r"(?:Maj(?:or)?\.?\s*(?:Gen(?:eral)?\.?)?|Gen(?:eral)?\.?)\s+(?!(?:Staff|Command|General|Headquarters|Assembly)\b)"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})\b"
)


# "... of the Ukrainian delegation to the Trilateral Contact Group (TCG) Oleksiy X told": the rest of
# the body's name and the person's, then the speech verb; no verb of its own in between.
_ROLE_SPEAKS_AFTER = re.compile(
    r"\s*(?:(?!(?:was|were|is|are|has|had|have|been)\b)[\w'’().-]+,?\s+){0,15}?(?:said|says|told|stated|reported|added|claimed|confirmed)\b",
    re.I,
)


_MILITARY_BODY = re.compile(
    r"\b(?:military|army|armed\s+forces|defen[cs]e|troops|(?:northern|southern|central|eastern|western|regional|military)\s+command)\b",
    re.I,
)


# A local official who speaks: "Prosecutors said", "the region's governor, Oleh X, said".
_OFFICIAL = re.compile(
    # ("the Russian-appointed mayor of Gorlovka in the occupied part of the Donetsk region, Ivan X, said")
    r"\b(?P<who>(?:the\s+)?(?:[A-Z][\w'’]*-(?:appointed|installed|backed)\s+)?(?:(?:region's|regional|provincial|district|city|local|town)\s+)?"
    # ("Police inspector general Rajesh Kumar said")
    r"(?:governor|mayor|prosecutors?|police(?:\s+(?:inspector[-\s]general|director[-\s]general|chief|superintendent))?|"
    r"district\s+chief|deputy\s+commissioner|officials(?=\s+in\s+[A-Z])|"
    # ("..., village chief Narek Sahakyan told PanARMENIAN.Net")
    r"(?:village|community)\s+(?:head|chief|leader|mayor)|"
    # ("..., regional head Denis Pushilin has said": the region's head, named after the office)
    r"(?:regional|region's|republic's)\s+(?:head|leader)|"
    # "regional administration head X said", "the head of the regional military administration, X, said"
    # ("the head of the Donetsk regional military administration said": the region's name before its office)
    r"(?:[A-Z][\w'’-]*\s+)?(?:regional|district|city|oblast)\s+(?:(?:military|state)\s+)?administration\s+(?:head|chief)|"
    r"(?:head|chief)\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)?(?:regional|district|city|oblast)\s+"
    r"(?:(?:military|state)\s+)?administration|"
    # "the Head of the Aygepar Community, X, stated": a village's or town's own head
    r"(?:head|chief|mayor|administrator)\s+of\s+(?:the\s+)?[A-Z][\w'’-]*\s+(?i:community|village|municipality|town|settlement)|"
    # "an official at the operative staff of the Donetsk city administration said"
    r"an?\s+(?:local\s+)?official\s+(?:at|of|from|in|with)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,6}?"
    # ("a local official from the border village of Yater told AFP")
    r"(?:administration|council|office|staff|authorities|government|municipality|(?:village|town)\s+of\s+[A-Z][\w'’-]*)))"
    # ("the governor of the Luhansk region, X, claims": the region governed)
    r"(?P<seat>\s+in\s+[A-Z][\w'’-]*(?:\s+and\s+[A-Z][\w'’-]*)?|\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
    r"(?:\s+(?:region|province|oblast|district))?(?:\s+in\s+the\s+[^,;]{1,60})?)?(?:\s*,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*,|(?:\s+[A-Z][\w'’.-]*){1,3})?\s*,?\s+(?:has\s+|had\s+|have\s+)?"
    # ("Governor of X Oleksandr Y similarly reported that ...")
    r"(?:(?:similarly|also|later|earlier|separately|further)\s+)?"
    r"(?:said|says|told|reported|stated|wrote|writes|added|claim(?:s|ed)|underscored|noted|posted)\b",
    re.I,
)
# "..., said Deputy Superintendent of Police (DySP) (Nowshera) X": the official after the verb.
_OFFICIAL_AFTER_SAID = re.compile(
    # ("..., said Nakyal Assistant Commissioner Waleed Anwar", "..., said a police official": the office may
    # follow the place it serves, and an unnamed official is one too)
    r"\b(?:said|says|told\s+\w+|stated|added|wrote|reported)\s+(?:the\s+|an?\s+)?(?:(?!(?:Senior|Deputy|Additional|Assistant)\b)[A-Z][\w'’-]+\s+(?=(?:Senior|Deputy|Additional|Assistant|"
    r"Superintendent|Commissioner|District\s+Magistrate)\b))?(?P<who>(?:(?:Senior|Deputy|Additional|Assistant)\s+)*"
    r"(?:Superintendent\s+of\s+Police|Inspector[-\s]General\s+of\s+Police|Station\s+House\s+Officer|"
    r"Commissioner|District\s+Magistrate|(?:SSP|DySP|SHO)\b|"
    r"(?i:(?:district|provincial|regional|local)\s+(?:governor|official|chief|administrator)|"
    r"(?:provincial\s+)?governor|mayor|(?:police|security|army|military|government|senior)\s+(?:chief|officer|official)|"
    r"village\s+(?:head|chief)|press\s+(?:center|centre|service)|"
    # ("..., said city council secretary Anatoly X")
    r"(?:city|town|village|regional|district)\s+council\s+secretary|secretary\s+of\s+the\s+(?:city|town)\s+council)))\b"
    # (not a victim: "Villagers said an army officer was among those hurt")
    r"(?!\s+(?:was|were|is|are|had|has|have|who|among)\b)"
)
# "X, the head of a community of several villages in Y province, said": the office after the name.
_OFFICIAL_NAMED_BEFORE = re.compile(
    # ("Pavlo X, Governor of the Donetsk region, writes that ...": the office without its article too)
    rf"{_NAME},\s+(?:(?:the|an?)\s+)?(?P<who>(?i:(?:deputy\s+)?(?:head|mayor|governor|chief|administrator|"
    r"police\s+chief|district\s+chief))\s+(?:of|in|for)\s+[^,;]{1,100}),\s+(?:also\s+)?"
    r"(?:said|says|told|stated|added|wrote|writes|reported|posted)\b"
)
# "..., said local Dr Umer Azam, deputy commissioner of Kotli", "..., said Umer Azam, the district's police chief":
# a named official after the verb, the office after the name
_OFFICIAL_NAMED_AFTER_SAID = re.compile(
    r"\b(?:said|says|told\s+\w+|stated|added)\s+(?:(?:a\s+)?local\s+)?(?:(?:Dr|Mr|Mrs|Ms|Col|Maj|Capt|Gen)\.?\s+)?"
    rf"{_NAME},\s+(?:the\s+|an?\s+)?(?P<who>(?i:(?:(?:deputy|assistant|senior|additional|district|local|regional|provincial)\s+)*"
    r"(?:commissioner|superintendent(?:\s+of\s+police)?|governor|mayor|administrator|magistrate|police\s+(?:chief|officer|official)|"
    r"official|head|chief)(?:\s+(?:of|in|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?))"
)
_AFTER_OFFICE = re.compile(r"(?:\s*\([^()]{1,30}\))*\s*,?\s*" + _NAME)


def _seat_of_office(seat: str | None) -> str:
    """ " of Zaporizhzhia" of "Governor of Zaporizhzhia Ivan X reported": where an office sits, for its claimant ("the
    region's governor" said so is only "Governor"); a capitalised word after the seat is the holder's name."""
    if not seat or not seat.split() or seat.split()[0].lower() != "of":
        return ""
    words = seat.split()
    if words[-1].lower() in ("region", "province", "oblast", "district"):
        return " " + " ".join(words)
    return " " + " ".join(words[:3] if words[1].lower() == "the" else words[:2])


def _served_body(sentence: str, end: int, tracker: SpeakerTracker) -> Attribution | None:
    """The side's body a person serves, told in apposition right after the name ("X, the civil defence's head of
    ..."), when it is a voice with a side; else None."""
    m = _SERVES_BODY.match(sentence, end)
    if m is None:
        return None
    body = find_attribution(f"The {m.group('body')} said.", tracker, update=False)
    if body is None or body.side in (None, "media"):
        return None
    return replace(body, start=m.start("body"))


def _name_after(sentence: str, end: int) -> str | None:
    """The person named right after an office ("... of Police (DySP) (Nowshera) Brijesh Kumar")."""
    m = _AFTER_OFFICE.match(sentence, end)
    if m is not None:
        return m.group("name")
    single = re.match(r"(?:\s*\([^()]{1,30}\))*\s*,?\s*(?P<name>[A-Z][a-z'-]{2,})\b", sentence[end : end + 80])
    return single.group("name") if single else None


_WITNESS = re.compile(
    r"(?:\b(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}),\s+)?\b(?:an?|one)\s+(?:local\s+)?"
    r"(?:resident|villager|farmer|shopkeeper|eyewitness|witness)\s+(?:of|from|in)\s+[^,.;]{1,60}?,?\s+"
    r"(?:said|says|told|recalled|added)\b|"
    # ("Residents of the village of Zorakhpyur said ...": the people of a place)
    # ("residents of the village of X reported that a shell hit a barn", "according to local residents of X")
    r"\b(?:[Ll]ocal\s+)?(?:[Rr]esidents|[Vv]illagers|[Ll]ocals|[Ee]yewitnesses|[Ww]itnesses)"
    r"(?:\s+of\s+(?:the\s+)?(?:(?:village|town|city|settlement)\s+of\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?"
    r"\s+(?:said|say|told|reported|report|claimed)\b|"
    r"\b[Aa]ccording\s+to\s+(?:the\s+)?(?:local\s+)?(?:residents|villagers|locals|eyewitnesses|witnesses)\b"
)
_UNNAMED_SOURCES = re.compile(
    r"\baccording\s+to\s+(?:(?:official|security|military|army|police|local|defen[cs]e)\s+)?(?:sources|officials)\b|"
    r"(?<![\w'’-]\s)(?<![A-Z][\w'’-])\b(?:(?:official|security|military|army|local|defen[cs]e)\s+)?(?:sources|officials)\s+"
    r"(?:had\s+|have\s+)?(?:said|say|told|added)\b|"
    # one official, unnamed: "..., an official said", "..., official said" (not "the official said": one
    # named before)
    r"(?<![\w'’-]\s)(?<![A-Z][\w'’-])\b(?:an?\s+)?(?:(?:senior|security|military|army|local|defen[cs]e|police)\s+)?"
    r"official\s+(?:had\s+|has\s+)?(?:said|says|told|added)\b|"
    # ("Official sources said that ...", "Sources said ...", "An official said ...": opening the sentence)
    r"^\W{0,3}(?:(?:Official|Security|Military|Army|Local|Defen[cs]e)\s+)?(?:[Ss]ources|[Oo]fficials)\s+"
    r"(?:had\s+|have\s+)?(?:said|say|told|added)\b|"
    r"^\W{0,3}An?\s+(?:(?:senior|security|military|army|local|defen[cs]e|police)\s+)?official\s+"
    r"(?:had\s+|has\s+)?(?:said|says|told|added)\b"
)
# ("head of the DPR group in the Joint Center ...": a side's envoys to a joint body; not "the Armenian group of forces",
# "the Azerbaijani office of the ICRC")
_BODY_AFTER_SIDE = re.compile(
    r"\s+(?:group|office|mission|delegation|representation)\s+(?:in|at|to)\s+(?:the\s+)?"
    r"(?-i:Joint|JCCC|Trilateral|TCG|Minsk)\b",
    re.I,
)
_RELATIVE_OPENS = re.compile(r",\s*(?:which|who)\b[^,]*$", re.I)
_INFORMANT_TELLS = re.compile(r"[\s)]{0,3}(?:that|of|about)\b")
_INFORMED_BY = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:informed|told|notified|briefed)\s+by\s+(?:the\s+)?", re.I
)
# "..., he said." / "..., she added": a pronoun speaker, someone already named.
_PRONOUN_SPEAKS = re.compile(
    r"(?:,|\s)\s*(?:he|she|they)\s+(?:also\s+|had\s+|has\s+)?(?:said|says|added|adds|stated|noted|told)\b|"
    # '"... struck Hezbollah infrastructure," it said.': "it" closing a quote is the body quoted before
    r"[,\"”]\s*it\s+(?:also\s+)?(?:said|says|added|adds|stated|noted)\b(?=[^,;\"“”]{0,40}$)|"
    r"\b(?:said|added|noted)\s+(?:he|she)\b",
    re.I,
)


_LONGER_NAME_AFTER = re.compile(r"\s[A-Z][a-z]")


def _named_at(sentence: str, name: str) -> tuple[int, int] | None:
    """Where a remembered ``name`` stands whole in ``sentence``: not inside a word, nor the start of a
    longer name ("Sadiq Ahmad Chechi" is not "Bashir Ahmad"). Searched as a string, not a pattern
    compiled per name: a text naming a new person in each sentence compiled thousands (0.9 s)."""
    start = sentence.find(name)
    while start >= 0:
        end = start + len(name)
        if (
            (start == 0 or not _is_word_char(sentence[start - 1]))
            and (end == len(sentence) or not _is_word_char(sentence[end]))
            and not _LONGER_NAME_AFTER.match(sentence, end)
        ):
            return start, end
        start = sentence.find(name, start + 1)
    return None


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


# "near UNIFIL's headquarters", "the OSCE base": a body's site, where something happened, not its voice
_BROADCASTER_AFTER = re.compile(r"\s+(?i:radio|television|TV)\b")
# ("near one of the UNIFIL centers": one of its sites)
_AT_A_SITE_BEFORE = re.compile(
    r"\b(?:near|at|to|towards?|outside|inside|into|on)\s+(?:(?:one|some|two|several)\s+of\s+)?(?:the\s+)?$", re.I
)
_ITS_SITE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:headquarters|HQ|base|bases|compound|premises|observation\s+towers?|cent(?:er|re)s?|posts?|positions?)\b"
)
# "the truce between Israel and Hezbollah": the parties of a relation, named as a pair
_PAIRED_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?(?:[\w'’-]+(?:\s+[\w'’-]+)?\s+and\s+(?:the\s+)?)?$", re.I)


def _longest_voice(sentence: str, start: int, lexicon: Lexicon) -> tuple[str, str] | None:
    """The profile's voice named by the most capitalised words from ``start`` ("a spokesman for the Israel
    Defense Forces (IDF)": the IDF, not "Israel Defense" read as a ministry)."""
    words = _CAPITALISED_RUN.match(sentence, start)
    if words is None:
        return None
    parts = words.group(0).split()
    for count in range(len(parts), 1, -1):
        voice = lexicon.voice(" ".join(parts[:count]))
        if voice is not None:
            return voice
    return None


_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}")
# "the mission of the self-proclaimed DPR to the JCCC", "Ukraine's delegation to the TCG": a body seated
# at another, which speaks for its own side
# ("... to the Joint Center for Control and Coordination of the ceasefire (JCCC)": its short name too)
_SEATED_AT_BEFORE = re.compile(
    r"(?:\b(?:mission|delegation|representation|representatives?|envoys?|office)\s+(?:of|from)\s+[^,;.]{1,90}?\s+|"
    # ("the breakaway republics' missions to the JCCC")
    r"(?:['’]s|s['’])\s+(?:missions?|delegations?|representations?|representatives?|envoys?|offices?)\s+|"
    # ("head of the DPR group in the Joint Center for Control and Coordination of the Ceasefire (JCCC)")
    # ("the Donetsk People's Republic's (DPR) representation to the JCCC": its short name in brackets)
    r"(?<![\w'’-])\(?(?-i:[A-Z])[\w'’-]{0,40}\)?\s+(?:group|mission|delegation|representation|representative|office)\s+)"
    r"(?:to|at|in)\s+(?:the\s+)?(?:[^,;.()]{1,80}\(\s*)?$",
    re.I,
)
_SEAT_REACH = 100  # characters before a seat ("... representation to the") where the body holding it is named
_NAMED_WORD = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*")
_SEAT_TO = re.compile(r"\s(?:to|at|in)\s", re.I)


def _seated(
    sentence: str, m: re.Match[str], speech: bool, lexicon: Lexicon, seated: list[tuple[int, int, Attribution]]
) -> bool:
    """Is the body named by ``m`` the seat of another ("the DPR's representation to the JCCC")? If so, the body
    holding it (when the sentence speaks) is added to ``seated``, the speakers of last resort."""
    seat_at = _SEATED_AT_BEFORE.search(sentence, max(0, m.start() - 200), m.start())
    if seat_at is None:
        return False
    holder = _seat_holder(sentence, seat_at.start(), m.end(), lexicon) if speech else None
    if holder is not None:
        seated.append((seat_at.start(), m.end(), holder))
    return True


def _seat_holder(sentence: str, seat_start: int, end: int, lexicon: Lexicon) -> Attribution | None:
    """The body seated at a joint one ("the DPR's representation to the JCCC", "the mission of the LPR to the
    JCCC"): the last party word named in the seat's words or just before them, as that party's voice (its
    militia's name when the profile gives one, else its ministry's)."""
    # (only words before the seat's "to/at/in": in "the Special Monitoring Mission to Ukraine (SMM)" Ukraine is where
    # the mission works, no body holding a seat)
    seat = sentence[seat_start:end]
    where = _SEAT_TO.search(seat)
    words = _NAMED_WORD.findall(
        sentence[max(0, seat_start - _SEAT_REACH) : seat_start + (where.start() if where else 0)]
    )
    for word in reversed(words):
        word = re.sub(r"['’]s$", "", word)
        side = side_word(word, lexicon)
        if side is None or not lexicon.is_party(side):
            continue
        voice = lexicon.voice(f"{word} militia")
        claimant = voice[0] if voice is not None and voice[1] == side else lexicon.ministry_claimant(side)
        return Attribution(claimant, side, "ministry", seat_start)
    return None


# A quotation that opens the sentence, then its voice by a pronoun or by a name the text gave before:
# '"...," he added.', '"...," Chhum Socheat said.'
_QUOTE_THEN_VOICE = re.compile(
    r"\s*[\"“](?P<quote>[^\"“”]{20,})[\"”]\s*,?\s*(?P<who>he|she|they|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+"
    r"(?:also\s+|further\s+)?"
    r"(?:said|says|added|adds|told|stated|states|noted|stressed|explained|continued|insisted)\b[^\"“”]{0,160}$",
    re.I,
)


_PROSE_ASIDE = re.compile(r"\((?=[a-z])[^()]{10,160}\)")
# (an aside that attributes: "(according to the Armenian Defence Ministry)", "(the army said ...)")
_SPEECH_IN_ASIDE = re.compile(r"\b(?:according|said|says|told|reported|stated|claimed|announced)\b", re.I)


_WHAT_IT_SAID = re.compile(
    # (not "Krasnohorivka, which the military said was hit by 30 shells": the military speaks)
    r"\b(?:what|targets)\s+(?:it|they|he|she)\s+"
    r"(?:said|says|called|calls|described\s+as|claimed|claims)\s+(?:were|was|are|is)\b",
    re.I,
)


def _voices_only(found: list[tuple[int, int, Attribution]], sentence: str) -> list[tuple[int, int, Attribution]]:
    """``found`` without the bodies named only as addressed, blamed or dead (:data:`_NO_VOICE_BEFORE`)."""
    return [item for item in found if not _NO_VOICE_BEFORE.search(sentence[max(0, item[0] - 120) : item[0]])]


def find_attribution(sentence: str, tracker: SpeakerTracker, update: bool = True) -> Attribution | None:
    """The speaker this sentence names (and remember it), or None if it names none."""
    found: list[tuple[int, int, Attribution]] = []
    seated: list[tuple[int, int, Attribution]] = []  # bodies named by their seat at a joint body, a last resort
    m: re.Match[str] | None
    lexicon, rules = tracker.lexicon, tracker.rules
    # ("X, spokesman for the Karabakh armed forces (a term the Azerbaijani side does not accept), said": an aside in
    # brackets, told in prose, names no speaker)
    sentence = _PROSE_ASIDE.sub(
        lambda aside: aside.group(0) if _SPEECH_IN_ASIDE.search(aside.group(0)) else " " * len(aside.group(0)), sentence
    )
    # ("strikes against what it said were Hezbollah fighters": the side named is what was said of, not who said it)
    sentence = _WHAT_IT_SAID.sub(lambda said: " " * len(said.group(0)), sentence)
    quoted = _QUOTE_THEN_VOICE.match(sentence)
    if quoted is not None and (
        quoted.group("who").lower() in ("he", "she", "they")
        or any(name in tracker.names for name in (quoted.group("who"), quoted.group("who").split()[-1]))
    ):
        # '"... the Thai military violated the ceasefire and alleged against Cambodia ...," he added': the
        # one speaking before goes on; a body the quotation names is what it speaks of
        sentence = " " * quoted.end("quote") + sentence[quoted.end("quote") :]
    speech = SPEECH.search(sentence) is not None
    if lexicon.voice_names is not None:
        # The profile's voices and monitors, by name, win ties; but only as speakers: "the IDF
        # said", not "fired by Hezbollah" or "Pakistani army resorted to firing".
        for m in lexicon.voice_names.finditer(sentence):
            if not speech and not _MONITOR_FINDS.match(sentence, m.end()):
                continue  # named, but neither speaking nor a monitor recording what it found
            if _ACCUSED_BEFORE.search(sentence, max(0, m.start() - 30), m.start()):
                continue  # "Cambodia accused Thai military forces of ...": the body blamed
            if _AIMED_AT_BEFORE.search(sentence, max(0, m.start() - 20), m.start()):
                continue  # "air strikes against Hezbollah observation posts": the target
            if _PAIRED_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
                continue  # "the ceasefire between Israel and Hezbollah": one of a pair, not a speaker
            if _WHEN_BEFORE.search(sentence, max(0, m.start() - 30), m.start()) and not _speaks(
                sentence, m.start(), m.end()
            ):
                continue  # ("at a time when the OSCE Minsk Group co-chairs visit Azerbaijan": when, not who)
            if _seated(sentence, m, speech, lexicon, seated):
                continue  # "the mission of the DPR to the JCCC said": where the speaker sits; the body seated speaks
            if _ITS_SITE_AFTER.match(sentence, m.end()) and _AT_A_SITE_BEFORE.search(
                sentence, max(0, m.start() - 20), m.start()
            ):
                continue  # "a house was targeted near UNIFIL's headquarters": a landmark, not a speaker
            broadcaster = _BROADCASTER_AFTER.match(sentence, m.end())
            if broadcaster is not None:
                # "Israeli Army Radio announced": a broadcaster, which speaks as the press does, not the army
                name = sentence[m.start() : broadcaster.end()]
                found.append((m.start(), broadcaster.end(), Attribution(name, "media", "media", m.start())))
                continue
            if _subject_of_what_was_said(sentence, m.start(), m.end()):
                continue  # "..., said Thai military operations began": the subject of what was said
            voice = lexicon.voice(m.group(0))
            if voice is not None and not _acts(sentence, m.start(), m.end()):
                claimant, voice_side = voice
                kind = "third party" if voice_side == THIRD_PARTY else "ministry"
                found.append((m.start(), m.end(), Attribution(claimant, voice_side, kind, m.start())))
    for pattern, claimant in _THIRD_PARTIES:
        for m in pattern.finditer(sentence):
            if _seated(sentence, m, speech, lexicon, seated):
                continue  # "the mission of the DPR to the JCCC said": where the speaker sits; the body seated speaks
            if _AIMED_AT_BEFORE.search(sentence, max(0, m.start() - 20), m.start()):
                continue  # ("Russians shelled a UN mission": the target, not a voice)
            if _ITS_SITE_AFTER.match(sentence, m.end()) and _AT_A_SITE_BEFORE.search(
                sentence, max(0, m.start() - 20), m.start()
            ):
                continue  # ("civilians near one of the UNIFIL centers": a landmark, not a speaker)
            if not speech and not _MONITOR_FINDS.match(sentence, m.end()):
                continue  # ("... killed near Aghdam when the OSCE Minsk Group co-chairs were visiting": no voice)
            if _WHEN_BEFORE.search(sentence, max(0, m.start() - 30), m.start()) and not _speaks(
                sentence, m.start(), m.end()
            ):
                continue  # ("According to the report, at a time when the OSCE co-chairs visit Azerbaijan, ...": a time)
            found.append((m.start(), m.end(), Attribution(claimant, "third party", "third party", m.start())))
    for pattern in rules.ministry:
        for m in pattern.finditer(sentence):
            side = side_word(m.group("side"), lexicon)
            if side and not _ACCUSED_BEFORE.search(sentence, max(0, m.start() - 30), m.start()):
                # ("the DPR's defense ministry": the profile's own voice of that name, not Russia's ministry)
                voiced = lexicon.voice_names.search(m.group(0)) if lexicon.voice_names is not None else None
                voice = lexicon.voice(voiced.group(0)) if voiced is not None else None
                claimant = voice[0] if voice is not None and voice[1] == side else lexicon.ministry_claimant(side)
                found.append((m.start(), m.end(), Attribution(claimant, side, "ministry", m.start())))
    for m in rules.officer.finditer(sentence):
        side = side_word(m.group("side"), lexicon)
        if side and _speaks(sentence, m.start(), m.end()):
            is_army = _ARMY_NOUN.search(m.group(0)) is not None
            if is_army and not _ARMY_SPEAKS.match(sentence, m.end()):
                # "Thailand's army said": it speaks; "..., according to Thailand's army", "..., said
                # Thailand's army." too; not "Ukraine said Russia's army, backed by drones, shelled
                # X" nor "said Thai military operations began": the subject of what was said
                before = sentence[max(0, m.start() - 48) : m.start()]
                if not (
                    _ACCORDING_ONLY.search(before)
                    or (_ACCORDING_BEFORE.search(before) and _CLAUSE_ENDS.match(sentence, m.end()))
                ):
                    continue
            # ("Thailand's army said": the profile's name for the side's army, "Thai army")
            army = lexicon.voice(f"{lexicon.adjectives.get(side, side)} army") if is_army else None
            claimant = army[0] if army is not None and army[1] == side else lexicon.ministry_claimant(side)
            found.append((m.start(), m.end(), Attribution(claimant, side, "ministry", m.start())))
    for m in _TROOPS_SAY.finditer(sentence) if _TROOPS_WORD.search(sentence) else ():
        side = side_word(m.group("side"), lexicon)
        if side and lexicon.is_party(side) and not _ACCUSED_BEFORE.search(sentence, max(0, m.start() - 30), m.start()):
            # "Indian troops said they retaliated to Pakistani firing": the side's forces speaking, named as they are
            claimant = f"{lexicon.adjectives.get(side, side)} {m.group('noun')}"
            found.append((m.start(), m.end("noun"), Attribution(claimant, side, "ministry", m.start())))
    for m in rules.officials.finditer(sentence):
        side = side_word(m.group("side"), lexicon)
        if side and _speaks(sentence, m.start(), m.end()):
            # "Pakistani authorities have reported", "Lebanese officials said": the side's officials
            noun = re.sub(r"\s+", " ", m.group("noun")).lower()
            claimant = f"{lexicon.adjectives.get(side, side)} {noun}"
            found.append((m.start(), m.end(), Attribution(claimant, side, "authority", m.start())))
    for m in rules.role_of.finditer(sentence):
        side = side_word(m.group("side"), lexicon)
        if side and (_speaks(sentence, m.start(), m.end()) or _ROLE_SPEAKS_AFTER.match(sentence, m.end())):
            body = _MILITARY_BODY.search(sentence, m.start(), m.end() + 20)
            if body is not None:  # "a source in the Thai military": the side's army, by its voice's name
                voice = _longest_voice(sentence, m.start("side"), lexicon) or lexicon.voice(
                    sentence[m.start("side") : body.end()]
                )
                claimant = voice[0] if voice is not None else lexicon.ministry_claimant(side)
                found.append((m.start(), m.end(), Attribution(claimant, side, "ministry", m.start())))
                continue
            role = re.sub(r"\s+", " ", m.group("role")).lower()
            if _BODY_AFTER_SIDE.match(sentence, m.end("side")):
                role = "representative"  # ("head of the DPR group in the JCCC": the side's envoy, not its head)
            claimant = re.sub(r"\s+", " ", m.group("side")) + " " + role
            found.append((m.start(), m.end(), Attribution(claimant, side, "authority", m.start())))
    for pattern in rules.agency:
        for m in pattern.finditer(sentence):
            if not speech and m.group("agency")[:6] == "border":
                continue  # ("as Indian and Pakistani border guards traded gunfire": troops, no office speaking)
            side = side_word(m.group("side"), lexicon)
            if side:
                agency = re.sub(r"\s+", " ", m.group("agency"))
                voice = lexicon.voice(m.group(0))  # "Lebanon's Ministry of Health": the profile's name for it
                claimant = voice[0] if voice is not None else f"{lexicon.adjectives.get(side, side)} {agency}"
                found.append((m.start(), m.end(), Attribution(claimant, side, "agency", m.start())))
    if "Armenia" in lexicon.parties:
        for m in _AUTHORITY.finditer(sentence):
            phrase = re.sub(r"\s+", " ", m.group(0))
            found.append((m.start(), m.end(), Attribution(phrase, "Armenia", "authority", m.start())))
    # ("the municipality stated, calling on the Lebanese government to act": a body asked to act does not speak)
    found = [item for item in found if not _ASKED_BEFORE.search(sentence, max(0, item[0] - 150), item[0])]
    if not found:
        found = seated  # (a side's body named only by where it sits: "the DPR's representation to the JCCC")
    if not any(_speaks(sentence, start, end) for start, end, _ in found):
        for m in (*_UNSIDED_OFFICER.finditer(sentence), *_RANKED_NAME.finditer(sentence)):
            if _speaks(sentence, m.start(), m.end()):
                body = _SPEAKS_FOR.match(sentence, m.end())
                side = side_word(body.group("body"), lexicon) if body is not None else None
                if body is not None and lexicon.is_party(side):
                    # "told Lt Col X, the official representative of the Lugansk People's Republic
                    # (LPR)": the body he speaks for, as the text names it (walk7: "Russian MoD")
                    voice = lexicon.voice(body.group("body"))
                    named = body.group("short") or re.sub(r"\s+", " ", body.group("body"))
                    claimant = voice[0] if voice is not None else f"{named} representative"
                    found.append((m.start(), m.end(), Attribution(claimant, side, "ministry", m.start())))
                    continue
                titled = next((a for _, end, a in found if 0 <= m.start() - end <= 2), None)
                if titled is not None:
                    # "Director General ISPR Major General Babar Iftikhar ... said": the body his title names
                    found.append((m.start(), m.end(), replace(titled, start=m.start())))
                    continue
                # "..., said a field commander", "Col X said": a side's officer named without the
                # side; whom the claim blames tells which (``resolve_side``)
                found.append((m.start(), m.end(), Attribution("Defense Ministry", None, "ministry", m.start())))
    if not found:
        for m in _BARE_MINISTRY.finditer(sentence):
            # "Defense Ministry spokeswoman ..." with no country: the last ministry, else unknown yet.
            if _REFERS_MINISTRY.match(m.group(0)) and tracker.last_ministry:
                found.append((m.start(), m.end(), tracker.last_ministry))
                continue
            side = tracker.last_ministry.side if tracker.last_ministry else None
            claimant = lexicon.ministry_claimant(side) if side in lexicon.parties else "Defense Ministry"
            side = side if side in lexicon.parties else None
            found.append((m.start(), m.end(), Attribution(claimant, side, "ministry", m.start())))
    if not any("health" in item[2].claimant.lower() for item in found):
        m = _BARE_HEALTH_MINISTRY.search(sentence)
        health = lexicon.health_ministry() if m is not None else None
        if m is not None and health is not None and _speaks(sentence, m.start(), m.end()):
            # "the health ministry said": the one party of the conflict that counts its dead so
            found.append((m.start(), m.end(), Attribution(health[0], health[1], "agency", m.start())))
    if not any("civil defen" in item[2].claimant.lower() for item in found):
        m = _BARE_CIVIL_DEFENCE.search(sentence)
        service = lexicon.only_service(r"\bcivil\s+defen[cs]e\b") if m is not None else None
        if (
            m is not None
            and service is not None
            and _speaks(sentence, m.start(), m.end())
            # (not "Rockets fired by Hezbollah hit Kiryat Shmona, the civil defence said", nor "rockets fired from
            # Lebanon": a sentence naming the service's own side or a third one is another side's service speaking)
            and all(
                side == lexicon.opponent(service[1])
                for side in (side_word(n.group("name"), lexicon) for n in rules.side_names.finditer(sentence))
                if side is not None
            )
        ):
            # "the civil defence said": the one party of the conflict the profile gives one
            found.append((m.start(), m.end(), Attribution(service[0], service[1], "agency", m.start())))
    if not found:
        m = _REFERS_SPOKES.search(sentence)
        if m and tracker.last_spokesperson:
            found.append((m.start(), m.end(), tracker.last_spokesperson))
    if not found:
        for name, person in tracker.names.items() if speech else ():
            at = _named_at(sentence, name)
            if at is None or _NAME_BEFORE.search(sentence, max(0, at[0] - 25), at[0]):
                continue
            found.append((at[0], at[1], person))
            break
    if not found:
        m = _REFERS_MINISTRY.search(sentence)
        if m and tracker.last_ministry and SPEECH.search(sentence):
            found.append((m.start(), m.end(), tracker.last_ministry))
        elif m and m.group(0).lower().endswith(("army", "military")) and _speaks(sentence, m.start(), m.end()):
            # "..., the army said in a statement" with no army named before: a side's army, which
            # one read from whom the claim blames (``resolve_side``)
            found.append((m.start(), m.end(), Attribution("Defense Ministry", None, "ministry", m.start())))
    if not found:
        m = _UNSIDED_GOVERNMENT.search(sentence)
        if m and _speaks(sentence, m.start(), m.end()):
            # "..., said a government spokesman": a side's government named without the side; whom the claim
            # blames, or where the report was filed, tells which (``resolve_side``)
            found.append((m.start(), m.end(), Attribution("government spokesperson", None, "agency", m.start())))
    if not found:
        m = _TITLED_PERSON.search(sentence)
        foreign = _FOREIGN_TITLE_BEFORE.search(sentence, max(0, m.start() - 24), m.start()) if m is not None else None
        if (
            m
            and _speaks(sentence, m.start(), m.end())
            # (not "French President X said", another country's leader; nor a leader framing the fire as his own
            # side's reply: "... in response to provocations, Prime Minister X said", review47 item 5)
            and not (foreign is not None and side_word(foreign.group("adj"), lexicon) is None)
            and not _OWN_REPLY_FRAME.search(sentence)
        ):
            # "..., Prime Minister Nikol Pashinyan said", "ministry spokeswoman X told reporters": a side's
            # leader or spokesperson named without the side; whom the claim blames tells which (``resolve_side``)
            title = re.sub(r"\s+", " ", m.group("title"))
            if re.search(r"spokes|Defen", title, re.I):
                found.append((m.start(), m.end(), Attribution("Defense Ministry", None, "ministry", m.start())))
            else:
                named = re.sub(r"\s+", " ", m.group(0))
                found.append((m.start(), m.end(), Attribution(named, None, "agency", m.start())))
    if not found:
        m = _UNSIDED_FOREIGN_OFFICE.search(sentence)
        if m and _speaks(sentence, m.start(), m.end()):
            # "Foreign Office (FO) said", "the FO said": a side's foreign ministry named without the side,
            # which whom the claim blames tells (``resolve_side``)
            found.append((m.start(), m.end(), Attribution("Foreign Office", None, "agency", m.start())))
    if not found:
        m = _ARMY_VOICE.search(sentence)
        last = tracker.last_ministry
        if m and SPEECH.search(sentence) and last is not None and _statement_of(last, sentence, lexicon):
            # "The Lebanese army said ..." then "A military statement said that ... came under fire from the
            # Israeli side": the army the text named speaks again
            found.append((m.start(), m.end(), last))
        elif m and SPEECH.search(sentence):
            # "..., a military statement said", "military sources reported firing by Indian troops": a
            # side's army, named by neither side; whom the claim blames tells which (``resolve_side``)
            found.append((m.start(), m.end(), Attribution("Defense Ministry", None, "ministry", m.start())))
    # (a body named only as the one blamed or addressed is no speaker: "Israel said ... it held the Lebanese
    # government responsible" is Israel speaking)
    found = _voices_only(found, sentence)
    if not found:
        m = rules.country_speaks.search(sentence)
        if m and _REPORTER_POSTED_IN.search(sentence, max(0, m.start() - 60), m.start()):
            m = None  # "Al Mayadeen's correspondent in southern Lebanon reported": where the reporter is
        if m:
            side = side_word(m.group("side"), lexicon)
            current = tracker.current
            if current is not None and current.side == side:
                found.append((m.start(), m.end(), current))  # "..., Armenia added" continues its ministry
            else:
                found.append((m.start(), m.end(), Attribution(side or m.group("side"), side, "country", m.start())))
    if not found:
        m = (
            _OFFICIAL.search(sentence)
            or _OFFICIAL_AFTER_SAID.search(sentence)
            or _OFFICIAL_NAMED_BEFORE.search(sentence)
            or _OFFICIAL_NAMED_AFTER_SAID.search(sentence)
        )
        if m:
            # "Prosecutors said", "the region's governor, X, said", "..., said Deputy Superintendent
            # of Police X", "X, the head of a community in Y, said": an official of the place hit,
            # whose side is read from whom the claim blames (``resolve_side``)
            who = re.sub(r"\s+", " ", re.sub(r"^the\s+", "", m.group("who"), flags=re.I))
            seat = _seat_of_office(m.groupdict().get("seat"))
            official = Attribution(who[:1].upper() + who[1:] + seat, None, "official", m.start())
            current = tracker.current
            if (
                who.lower().startswith("police")
                and current is not None
                and current.side is not None
                and current.claimant.lower().endswith(" police")
            ):
                # ("Indian police accused ... Police said ...", "Police inspector general X said": the police just named)
                official = current
            found.append((m.start(), m.end(), official))
            named = m.groupdict().get("name") or _name_after(sentence, m.end())
            if named and update and not side_word(named, lexicon):
                tracker.remember(named, official)  # "Brijesh told ANI" later is the same official
    if not found:
        m = _WITNESS.search(sentence)
        if m:
            # "Bashir Ahmad, a resident of Silkote, said": a civilian who saw it, no side's voice
            name = m.group("name")
            claimant = f"resident ({name})" if name else "residents"
            witness = Attribution(claimant, "media", "witness", m.start())
            if name and update:
                tracker.remember(name, witness, first_name=True)
            found.append((m.start(), m.end(), witness))
    if not found:
        m = _UNNAMED_SOURCES.search(sentence)
        if m:
            # "sources said", "according to officials": unnamed, of the side whose claim it is (read
            # from whom it blames, ``resolve_side``); they vouch for this sentence only
            who = "sources" if "source" in m.group(0).lower() else "officials"
            found.append((m.start(), m.end(), Attribution(f"unnamed {who}", None, "unnamed", m.start())))
    if not found:
        m = _SIDES_ACCOUNT.search(sentence)
        side = side_word(m.group("who"), lexicon) if m else None
        if m and lexicon.is_party(side):
            # "According to the Armenian report, ...": the side's own account, by its country
            found.append((m.start(), m.end(), Attribution(str(side), side, "country", m.start())))
    if not found:
        m = _ACCORDING.search(sentence)
        if m:
            who = m.group("who").strip()
            if re.search(r"[\w'-]{2}\.$", who):
                who = who[:-1]  # ("..., according to the DPR.": the sentence's full stop, not an abbreviation's)
            side = side_word(who, lexicon)
            whole = _NOUN_PHRASE_ENDS.match(sentence, m.end())
            if side and rules.country_only.fullmatch(who) and whole is not None:
                # ("according to the DPR": the side's body as the text names it, not "Russia"; "according to the
                # Ukrainian side": the side; not "According to Israeli media,": the press)
                named = str(side) if whole.group("side") else re.sub(r"^the\s+", "", who, flags=re.I)
                found.append((m.start(), m.end(), Attribution(named, side, "country", m.start())))
            elif m.group(0)[0] == "a" and (serves := _served_body(sentence, m.end(), tracker)) is not None:
                # ("according to Moussa X, the civil defence's head of disaster response": the body he serves)
                found.append((m.start(), m.end(), serves))
            elif m.group(0)[0] == "a":
                # (not "According to Eyvazov, ..." opening a sentence: a person the text named before, whom the
                # tracker already knows)
                found.append((m.start(), m.end(), Attribution(tracker.outlet or who, "media", "media", m.start())))
    if not found:
        m = _MEDIA.search(sentence)
        if m:
            found.append((m.start(), m.end(), tracker.media()))
    if not found:
        return None
    # Of several bodies named ("fired near an EU mission patrol, the Armenian ministry said"), the
    # one that speaks is the speaker; the others are targets, places or the subject of the news.
    # "were reported to the OSCE representatives": a body told something is not who tells it
    found = _voices_only(found, sentence)
    if not found:
        return None
    speaking = [item for item in found if _speaks(sentence, item[0], item[1])]
    if not speaking and tracker.last_ministry is not None:
        # "... in the territory where the Russian peacekeepers are deployed, fired at X, the ministry
        # informed": the bodies named do not speak; the ministry the text is quoting does
        refer = next(
            (m for m in _REFERS_MINISTRY.finditer(sentence) if _VERB_RIGHT_AFTER.match(sentence, m.end())), None
        )
        if refer is not None:
            speaking = [(refer.start(), refer.end(), tracker.last_ministry)]
    if not speaking:
        army_voice = next((m for m in _THE_ARMY.finditer(sentence) if _speaks(sentence, m.start(), m.end())), None)
        if army_voice is not None:
            # "The Israeli military struck Hezbollah infrastructure ..., the army said": the army the
            # sentence names by its side speaks, not the other body it names
            sides = {
                side_word(m.group("side"), lexicon) for m in _SIDES_ARMY.finditer(sentence, 0, army_voice.start())
            } - {None}
            side = next(iter(sides)) if len(sides) == 1 and lexicon.is_party(next(iter(sides))) else None
            claimant = lexicon.ministry_claimant(side) if side is not None else "Defense Ministry"
            speaking = [
                (army_voice.start(), army_voice.end(), Attribution(claimant, side, "ministry", army_voice.start()))
            ]
    if not speaking and _PRONOUN_SPEAKS.search(sentence):
        return None  # "X's army shelled Y, he said": the speaker is the one already named, X acts
    # "Azerbaijani border guard, soldier X, was killed": a body named as the victim does not speak
    candidates = speaking or [item for item in found if not _VICTIM_AFTER.match(sentence, item[1])]
    if not candidates and _REFERS_MINISTRY.search(sentence) and SPEECH.search(sentence):
        candidates = found  # "Lebanese army soldiers were wounded ..., the army said": the body speaks of its own
    informed = _INFORMED_BY.search(sentence)
    if informed is not None and not _RELATIVE_OPENS.search(sentence, max(0, informed.start() - 60), informed.start()):
        # "UNIFIL was informed by the Israel Defense Forces (IDF) that a missile had been fired ...": the body
        # that informed tells it; the one informed passes it on (not "UNIFIL, which had been told by the IDF to
        # leave its post, said ...": an aside, and not what the IDF said)
        informant = [item for item in found if informed.end() <= item[0] <= informed.end() + 40]
        first = min(informant, key=lambda item: item[0]) if informant else None
        if first is not None and _INFORMANT_TELLS.match(sentence, first[1]):
            candidates = [first]
    if not candidates:
        return None
    _, end, attribution = min(candidates, key=lambda item: item[0])
    if update and attribution.kind != "unnamed":
        tracker.register(attribution, sentence, end)
        tracker.current = attribution
    return attribution


def heading_attribution(heading: str, tracker: SpeakerTracker) -> Attribution | None:
    """A heading such as "Statement of the Ministry of Defense of Armenia" names the speaker of the text."""
    # (a long subhead summing up the story, "UNIFIL in a statement says it is alarmed ...; the prime
    # minister instructs the army to respond", names who said one thing, not the text's speaker)
    if len(heading) <= _TITLE_CHARS and (
        _STATEMENT_HEADING.search(heading) or re.search(r"\bstatement\b", heading, re.I)
    ):
        return find_attribution(heading, tracker)
    # a headline "Armenian MoD: Azerbaijan shelled Sotk": the voice before the colon speaks the text
    voiced = _HEADLINE_VOICE.match(heading) if len(heading) <= _TITLE_CHARS else None
    if voiced is not None:
        found = find_attribution(f"{voiced.group('who')} said.", tracker, update=False)
        if found is not None and tracker.lexicon.is_party(found.side):
            return found
    # a headline "Baku Says ...", "Armenia Accuses ...": its words capitalised, the country speaks
    m = _HEADLINE_SPEAKS.match(heading)
    if m is not None:
        side = side_word(m.group("side"), tracker.lexicon)
        if side is not None and tracker.lexicon.is_party(side):
            return Attribution(side, side, "country", 0)
    return None


_TITLE_CHARS = 120  # a statement's title; a longer heading is a subhead summing up the story
_HEADLINE_VOICE = re.compile(r"\W{0,3}(?P<who>[A-Z][^:.;\"“”]{1,60}?):\s+\S")
_HEADLINE_SPEAKS = re.compile(r"\W{0,3}(?P<side>[A-Z][\w'’-]+)\s+(?:Says|Claims|Accuses|Reports|Blames)\b")


def resolve_side(
    attribution: Attribution,
    accused: str | None,
    url: str | None,
    lexicon: Lexicon | None = None,
    filed_in: str | None = None,
) -> Attribution:
    """A ministry named without its country: the side it accuses is the other one; else the outlet's country;
    else the side whose capital the report was filed from ("PHNOM PENH (Xinhua) -- ..., said a government
    spokesman": Cambodia's), ``filed_in``."""
    if attribution.side is not None:
        return attribution
    lexicon = lexicon or default_lexicon()
    side = lexicon.opponent(accused) or _tld_side(url, lexicon) or filed_in
    if side is None:
        # an office named without its country, whose claim blames no one: not a side's voice
        claimant = (
            attribution.claimant if attribution.kind not in {"ministry", "spokesperson"} else "an unnamed officer"
        )
        return Attribution(claimant, "media", attribution.kind, attribution.start)
    claimant = (
        lexicon.ministry_claimant(side) if attribution.kind in {"ministry", "spokesperson"} else attribution.claimant
    )
    if attribution.kind == "unnamed":  # "unnamed sources" of the side: "Indian sources"
        claimant = f"{lexicon.adjectives.get(side, side)} {attribution.claimant.split()[-1]}"
    return Attribution(claimant, side, attribution.kind, attribution.start)


# a side's word opening an outlet's name ("Ukrainian News Agency", "Armenian Public Radio", "Azerbaijani TV")
_MEDIA_NAME_AFTER = re.compile(
    r"\s+(?:(?:State\s+|National\s+|Public\s+|Independent\s+)?(?:News(?:\s+Agency)?|Radio|Television|TV|Pravda|Press)\b)"
)
_DENIED_BEFORE = re.compile(rf"\b{_DENIAL_VERB}\s+(?:(?:ever|any|having|that\s+it|it)\s+)?$", re.I)
# "Putin ordered a temporary cessation of strikes on Ukraine's energy facilities": attacks halted,
# not made
_HALTED_BEFORE = re.compile(
    r"\b(?:cessation|halt|halting|stop|stopping|suspension|pause|moratorium|ban|end|refrain\w*)\s+(?:of|to|on|in|from)\s+"
    r"(?:(?:all|any|further|the|such)\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
_AGGRESSION = FoldedPattern(
    r"\b(?:open(?:ed|s|ing)?\s+(?:an?\s+)?(?:\w+\s+){0,2}fire|fir(?:ed|es|ing)\s+(?:at|on|upon|towards|from)|fired|"
    # "responded by firing mortars at Nakyal": the weapon between the verb and its target
    r"fir(?:es|ing)\s+(?:[\w-]+\s+){1,3}?(?:at|on|upon|towards|into)\s|"
    r"shell(?:ed|s|ing)|violat(?:ed|es|ing)|attack(?:ed|s|ing)?|(?<!repelled\s)(?<!repulsed\s)(?<!repelled\san\s)(?<!repulsed\san\s)assault(?:ed|s|ing)?(?!\s+(?:brigades?|rifles?|troops|units?|groups?|battalions?|regiments?|forces|detachments?))|launch(?:ed|es|ing)|struck|strik(?:es|ing)|(?:air|drone\s+)?strikes?|"
    r"bomb(?:ed|ing)|(?<=\s)firing(?=\s+(?:in|at|on|along|across|near)\b)|(?:air\s+)?raids?|"
    # ("after Indian forces' fire killed three civilians": the fire that killed, its side named before it)
    r"(?<=\s)fire(?=\s+(?:killed|wounded|injured|hit|struck)\b)|"
    r"subjected|target(?:ed|ing)|bombard(?:ed|ing)|used|using|provocation|invaded|advanced|shot|resort(?:ed|s|ing)\s+to|"
    # ("Hezbollah set off a large bomb on the border")
    r"set\s+off\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:bombs?|explosives?|devices?|IEDs?|charges?|mines?)|detonat(?:ed|es|ing)|"
    # ("an Israeli drone dropped a bomb in the center of Odaisseh")
    r"dropp(?:ed|ing|s)\s+(?:an?\s+|the\s+|\w+\s+)?(?:[\w-]+\s+){0,2}?(?:bombs?|munitions?|explosives?|grenades?|shells?|mines?)|"
    r"shoot(?:s|ing)?\s+(?:at|on|upon|towards)|"
    # "Ukrainian forces hit targets in the western suburbs of Gorlovka"
    r"hit\s+(?:[\w-]+\s+)?(?:targets|positions|posts|villages|settlements|areas|suburbs)|"
    # "Indian troops hit a vehicle near Danjar": an armed body that hit something
    r"(?<=troops\s)hit|(?<=forces\s)hit|(?<=soldiers\s)hit|(?<=army\s)hit|"
    r"initiat(?:ed|es|ing)|committ(?:ed|ing)\s+(?:[\w-]+\s+){0,3}?violations?|destroy(?:ed|s|ing)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:vehicles?|tanks?|positions?|posts?|carriers?)|"
    # "a Russian missile hit an apartment block": the weapon's side hit it
    r"(?:missiles?|rockets?|drones?|shells?|bombs?|strikes?)\s+(?:\w+\s+)?(?:hit|hits|landed|exploded))\b"
)
_VICTIM_NOUN = re.compile(
    r"\s*(?:armed\s+forces'?\s+)?(?:positions?|settlements?|villages?|territory|civilians?|servicem[ae]n|soldiers?|troops|border\s+guards?|people|doctors|infrastructure|side's\s+positions|"
    r"citizens?|residents?|villagers?|farmers?|nationals?|workers?|children|women|men|families|police(?:m[ae]n)?)\b",
    re.I,
)


# "positions of Ukrainian troops", "the posts of the Indian army": the side named as the owner of a target
# (not "launched from positions of the Ukrainian army": there the owner fired)
_POSITIONS_OF_BEFORE = re.compile(
    r"(?<!\bfrom\s)(?<!\bfrom\sthe\s)(?<!\bfrom\sits\s)(?<!\bfrom\stheir\s)"
    r"\b(?:positions|posts|outposts|trenches|strongholds)\s+of\s+(?:the\s+)?$",
    re.I,
)
_PLACE_NOUN = re.compile(
    # ("DPR capital Donetsk was also attacked", "Israeli towns were hit": whose place was hit)
    r"\s*(?:army\s+|armed\s+forces'?\s+|side's\s+|border\s+)?(?:positions?|settlements?|villages?|territory|infrastructure|posts?|"
    r"capital|cit(?:y|ies)|towns?|areas|communit(?:y|ies)|kibbutz(?:im)?|homes?|houses?)\b",
    re.I,
)
# ("in the occupied Ukrainian territories": who holds it may qualify the place)
_LOCATIVE = re.compile(
    # ("injured due to the Indian firing": a cause, not a place)
    # ("at a time when the co-chairs visit Azerbaijan": where they go, no actor)
    r"\b(?:in|into|of|on|at|from|near|(?<!due\s)(?<!owing\s)to|inside|within|across|"
    # (the verb only: not "Modi's visit Pakistan violated", "after the visit Russia shelled")
    r"(?<!['’]s\s)(?<!s['’]\s)(?<!\bthe\s)(?<!\ba\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)visit(?:s|ed|ing)?)\s+(?:the\s+)?"
    r"(?:(?:occupied|temporarily\s+occupied|[\w]+-(?:held|controlled|occupied))\s+)?$",
    re.I,
)
_FORCE_NOUN = re.compile(
    # ("in the Indian Border Security Forces' shelling": a force named in full)
    r"\s*(?:armed\s+forces|army|forces|units|troops|military|side|soldiers|servicemen|snipers?|drones?|artillery|detachments|border\s+guards|"
    r"border\s+security\s+forces?)\b",
    re.I,
)
_PASSIVE = re.compile(r"\b(?:was|were|been|came|is|are|got)\b", re.I)
# a casualty told in the passive between a side's name and the attack ("X was killed by the shelling")
_HURT_BETWEEN = re.compile(r"\b(?:was|were|been|got)\s+(?:\w+\s+)?(?:killed|wounded|injured|martyred|hurt)\b", re.I)
# A reporting verb that opens a clause ("the Armenian ministry said [that] the enemy opened fire"):
# a side named before it is the speaker, and the clause after it has its own subject. Not when a
# comma follows ("Azerbaijani forces, the ministry said, opened fire": an aside inside the clause).
_SPEECH_OPENS_CLAUSE = re.compile(
    # ("Lebanon's Health Ministry confirmed via the NNA that the strike ...": a clause it tells; not "confirmed
    # the strike", its own) (one group: other patterns are built on this one)
    r"(?:\b(?:said|says|stated|states|reported|reports|announced|announces|claimed|claims|added|told\s+\w+)\b(?!\s*,)|"
    r"\bconfirm(?:ed|s)(?=(?:\s+[\w'’()-]+){0,8}?\s+that\b)|"
    # ("Ukraine's military said, adding that militants were firing Grad rockets at ...": the clause it adds;
    # "the ministry issued a statement, claiming that units of the Defense Army had opened fire": the one it tells)
    r"\b(?:adding|saying|claiming|alleging|stating)(?=\s+that\b))",
    re.I,
)
# ... and when that clause's subject is the speaker itself ("Hezbollah said in a statement that it
# fired"; "we", "our units"), the speaker is the actor after all.
_SUFFERED_BEFORE = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+\s+)?$", re.I)
_OWN_SUBJECT = re.compile(
    # ("Hezbollah said Wednesday that it targeted ...": the day it said so, then its own act)
    r"(?:\s+(?:in|on|late|early|earlier)\b[\w\s]{0,30}?|\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday))?"
    r"(?:\s+that)?\s+(?:it|we|its|our)\b",
    re.I,
)
# "X said [that] it / its forces [had] fired ...": the speaker tells of its own fire, whatever
# else the sentence names ("... in response to an Armenian attack").
_TELLS_OWN_FIRE = re.compile(
    _SPEECH_OPENS_CLAUSE.pattern
    + _OWN_SUBJECT.pattern
    # ('the IDF said that its "fighter jets struck the launch sites"': its own, quoted)
    + r"(?:\s*[\"“]?\s*(?:forces|troops|units|army|soldiers|military|side|artillery|fighters|men|drones|(?:fighter\s+)?jets|"
    # ("Hezbollah claimed that its strike destroyed an Israeli military vehicle": its own strike)
    + r"warplanes|aircraft|strikes?|attacks?|operations?|missiles?|rockets?))?(?:\s+(?:also|then|had|has|have)){0,2}\s+"
    # ('the Israeli army said it "struck and eliminated" Karky': its own verb, quoted)
    + r"[\"“]?(?:open(?:ed|s)\s+fire|fired|shelled|struck|hit|attacked|targeted|launched|retaliated|responded|destroyed|"
    + r"carried\s+out|conducted|killed|eliminated|neutrali[sz]ed)\b",
    re.I,
)
# "accused Armenia of 130 bombardments", "accusing the Thai side of opening fire"
_ACCUSED_OF = re.compile(
    r"\baccus(?:ed|es|ing)\s+(?:the\s+)?(?P<side>[A-Z][\w'’-]*(?:\s+side|\s+troops|\s+forces|\s+army)?)\s+of\b"
)
_REPLY_TO = re.compile(r"\b(?:retaliation|response|revenge|reprisal|answer)\b", re.I)
_ENEMY_FIRE = re.compile(r"\bby\s+(?:the\s+)?enemy(?:'s)?\s+(?:fire|shelling|shooting|sniper|attack)", re.I)
# "killed by shelling in Nikopol by Russian forces", "wounded by firing on Saturday night by Pakistani
# Rangers": the means, a place or a time, then the agent after a second "by"
_SECOND_BY = re.compile(r"\s+by\s+[^.;,]{0,60}?\s(?=by\s)", re.I)
_ACTOR_REACH = 400  # characters between an actor and its verb, at most
_ACTOR_TRIES = 8  # side names tried per verb, at most


# a verb of fire right before a side's name: that side is its object ("attacked Ukrainian defenders")
_VERB_OF_FIRE_BEFORE = re.compile(
    r"\b(?:provoked|attacked|shelled|targeted|struck|ambushed|fired\s+(?:at|on|upon)|"
    # ("an inhumane and brutal attack against Cambodian civilians that clearly violated the truce": the target)
    r"(?:attacks?|aggression|assaults?|strikes?|shelling|fire|firing)\s+(?:against|targeting))\s+(?:the\s+)?$",
    re.I,
)


# "Kyiv – Terrorists attacked ...": a side's capital in title case, then a dash, opens a report filed from there
# ("September 26, 2014, Kyiv – ...": the day first)
_CAPITAL_DATELINE = re.compile(
    r"^\W{0,3}(?:(?:[A-Z][a-z]{2,8}\s+[0-3]?\d|[0-3]?\d\s+[A-Z][a-z]{2,8}),?\s+(?:19|20)\d\d,\s+)?"
    r"(?P<town>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s[-–—]{1,2}\s"
)


def find_accused(sentence: str, lexicon: Lexicon | None = None, speaker_side: str | None = None) -> str | None:
    """The side the sentence says fired, shelled, attacked or violated the ceasefire; None if it does not say.

    With ``speaker_side``, the speaker's own name for the other side ("the enemy", "the Kyiv
    regime") blames that side's opponent when no party is named as the actor."""
    return _find_accused(sentence, lexicon or default_lexicon(), speaker_side)


# The reader asks it of one sentence at each step (read_event, _new_claim, _continues), and a text
# may repeat its sentences: the answer depends on its arguments alone. Memory stays bounded.
@lru_cache(maxsize=256)
def _find_accused(sentence: str, lexicon: Lexicon, speaker_side: str | None) -> str | None:
    rules = rules_for(lexicon)
    # ('"indiscriminate and unprovoked firing" by the Indian occupation forces': a few words in scare quotes
    # read as the words)
    sentence = SCARE_QUOTES.sub(r"\1", sentence)
    motive = motive_start(sentence)
    if motive is not None:
        sentence = sentence[:motive]  # ("..., in retaliation for an Israeli airstrike": not the told fire's actor)
    m = _ACCUSED_OF.search(sentence)
    if m:
        side = side_word(m.group("side"), lexicon)
        if side is not None:
            return side  # "X has accused Armenia of 130 bombardments": whom the accusation names
    m = rules.fire_from.search(sentence)
    if m:
        return _firing_from(m.group("side"), lexicon)
    m = rules.passive_by.search(sentence)
    if m is None:
        without_second_by, replaced = _SECOND_BY.subn(" ", sentence, count=1)
        if replaced:  # (nothing replaced: the same sentence, searched already)
            m = rules.passive_by.search(without_second_by)
    if m:
        return side_word(m.group("agent").split()[-1], lexicon) or side_word(m.group("agent"), lexicon)
    m = rules.drone_downed.search(sentence)
    if m:
        return side_word(m.group("side") or m.group("side2"), lexicon)
    for m in rules.caused_by.finditer(sentence):
        if _REPLY_TO.search(sentence, max(0, m.start() - 100), m.start()):
            continue  # "fired rockets in retaliation for ... by Israeli strikes": what the fire answered
        return side_word(m.group("side"), lexicon)
    m = rules.compound_actor.search(sentence)
    if m:
        return side_word(m.group("side"), lexicon)
    dateline = DATELINE.match(sentence) or _CAPITAL_DATELINE.match(sentence)
    if dateline is not None and dateline.re is _CAPITAL_DATELINE and not lexicon.is_capital(dateline.group("town")):
        dateline = None
    skip_before = dateline.end() if dateline else 0  # "KYIV (Reuters) -": where the report was filed
    sides = [
        (m.start(), m.end(), m.group("name")) for m in rules.side_names.finditer(sentence) if m.start() >= skip_before
    ]
    starts = [start for start, _, _ in sides]
    aggression = False  # (a verb of attack found: _AGGRESSION.search's answer below, without a second search)
    for verb in _AGGRESSION.finditer(sentence):
        aggression = True
        if _DENIED_BEFORE.search(sentence, max(0, verb.start() - 30), verb.start()):
            continue  # "The Thai army denied shooting at civilians, saying ...": what it denies doing
        if _HALTED_BEFORE.search(sentence, max(0, verb.start() - 40), verb.start()):
            continue  # "ordered a cessation of strikes on ...": no attack
        # The actor is the nearest side named before the verb that is not a target or a location;
        # only the last few within reach are read, so the cost per verb is bounded.
        first = bisect.bisect_left(starts, verb.start() - _ACTOR_REACH)
        last = bisect.bisect_left(starts, verb.start())
        for start, end, word in reversed(sides[max(first, last - _ACTOR_TRIES) : last]):
            if end > verb.start():
                continue
            after = sentence[end : verb.start()]
            # ("of Indian firing on June 3", "Indian firing in Nakyal sector on June 3": the noun, whatever follows)
            noun = verb.group(0) if _ATTACK_NOUN.fullmatch(verb.group(0)) else verb.group(0).split()[0]
            if not after.strip() and _ATTACK_NOUN.fullmatch(noun) and _is_demonym(word, lexicon):
                best = side_word(word, lexicon)
                if best:
                    return best  # "killed in Pakistani shelling": the side's own attack, named by its noun
            if _PLACE_NOUN.match(after) or (_VICTIM_NOUN.match(after) and _PASSIVE.search(after)):
                continue  # "Azerbaijani positions", "Armenian troops were wounded when ...": the target
            if _POSITIONS_OF_BEFORE.search(sentence, max(0, start - 30), start):
                continue  # "to seize positions of Ukrainian troops near X, which they attacked": whose positions
            if _VERB_OF_FIRE_BEFORE.search(sentence, max(0, start - 30), start):
                continue  # "Invaders provoked Ukrainian defenders by using ...": the side is the verb's object
            if _MEDIA_NAME_AFTER.match(after):
                continue  # "As Ukrainian News Agency earlier reported, ... militants fired": an outlet's name
            if _HURT_BETWEEN.search(after):
                continue  # "a serviceman of the Azerbaijan Army was killed as a result of the shelling": the victim's side
            if (
                _LOCATIVE.search(sentence[max(0, start - 30) : start])
                and not _FORCE_NOUN.match(after)
                and not FORCE_OF_BEFORE.search(sentence, max(0, start - 40), start)  # "the armed forces of X fired"
            ):
                continue  # "deployed in the territory of Azerbaijan": a location, not an actor
            speech = _SPEECH_OPENS_CLAUSE.search(after)
            if speech is not None:
                if _OWN_SUBJECT.match(after, speech.end()):
                    if _SUFFERED_BEFORE.search(after):
                        # "Thailand's Army said that its forces were attacked": the other side's attack
                        return lexicon.opponent(side_word(word, lexicon))
                    return side_word(word, lexicon)  # "X said that it fired": X's own fire
                break  # "the Armenian ministry said the enemy opened fire": the speaker, not the actor
            best = side_word(word, lexicon)
            if best:
                return best
    enemy = lexicon.enemy_names.get(speaker_side or "")
    if enemy is not None and enemy.search(sentence) and aggression:
        return lexicon.opponent(speaker_side)
    if not lexicon.is_party(speaker_side) and aggression:
        # an outlet retelling a party's bulletin in its words ("the occupiers shelled X"): the
        # name only that party gives its enemy blames that enemy
        users = [party for party, names in lexicon.own_epithets.items() if names.search(sentence)]
        if len(users) == 1:
            return lexicon.opponent(users[0])
    if _ENEMY_FIRE.search(sentence):
        m = rules.side_hit.search(sentence)
        if m:
            return lexicon.opponent(side_word(m.group("side"), lexicon))
    m = rules.clash_with.search(sentence)
    if m:
        side = side_word(m.group("side"), lexicon)
        if side is not None and side != speaker_side:
            return side
    m = rules.fire_on.search(sentence)
    if (
        m
        and not _NOT_OR_IF_BEFORE.search(sentence, max(0, m.start() - 30), m.start())
        and not _OTHER_ARMED.search(sentence)
    ):
        target = side_word(m.group("side"), lexicon)
        if lexicon.is_party(target):
            return lexicon.opponent(target)
    m = rules.positions_hit.search(sentence)
    if m and not _OTHER_ARMED.search(sentence):
        target = side_word(m.group("side") or m.group("owner"), lexicon)
        if lexicon.is_party(target):
            return lexicon.opponent(target)
    return None


def fire_fell_on_own_positions(sentence: str, lexicon: Lexicon) -> bool:
    """ "Azerbaijani positions took fire from the positions located in A": a side's positions as the
    subject of the fire that fell on them, in a clause of its own."""
    return rules_for(lexicon).positions_hit.search(sentence) is not None


# ("ordered his troops not to fire on Russian positions", "any fire at Armenian positions would be
# answered": no fire; "insurgents fired on Thai army posts": not the other side's)
_NOT_OR_IF_BEFORE = re.compile(
    r"\b(?:not(?:\s+to)?|never|no|any|would|will|if|threatened\s+to|plans?\s+to)\s+(?:\w+\s+)?$", re.I
)
_OTHER_ARMED = re.compile(r"\b(?:insurgents?|gunmen|smugglers?|police|bandits?|criminals?|drug\s+traffickers?)\b", re.I)


def _firing_from(name: str, lexicon: Lexicon) -> str | None:
    """ "Fired from Lebanon": fire from a country's territory blames whoever the side it hit
    blames (Israel blames Hezbollah, not the Lebanese state); "from the Lebanese army's positions"
    names the party itself."""
    side = side_word(name, lexicon)
    if side is None or _is_demonym(name, lexicon):
        return side
    hit = lexicon.opponent(side)
    blamed = lexicon.opponent(hit) if hit is not None else None
    return blamed if blamed is not None and blamed != hit else side


_ATTACK_NOUN = re.compile(
    r"shelling|firing|(?:air|drone\s+)?strikes?|attacks?|bombing|(?:air\s+)?raids?|provocation|(?:missiles?|rockets?|drones?|shells?|bombs?)"
    r"(?:\s+\w+)?\s+(?:hit|hits|landed|exploded)",
    re.I,
)


def _is_demonym(word: str, lexicon: Lexicon) -> bool:
    """ "Pakistani", "Israeli": a party's adjective (not its name, which may be a place: "in Azerbaijan")."""
    folded = fold_name(re.sub(r"['’]s$", "", word))
    return any(folded == fold_name(w) for party in lexicon.profile.parties for w in party.words)


# "the army confirmed the attack, claiming that it had targeted Hezbollah officers"
_CLAIMING_OWN = re.compile(
    r"\b(?:claiming|saying)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+)?(?:targeted|struck|hit|killed|attacked)\b|"
    # "Hezbollah stated that its attack on Kiryat Shmona was a response to ...": its own attack, named as a noun
    r"\b(?:stated|said|says|added|announced|claimed)\s+(?:that\s+)?(?:its|their|our)\s+(?:[\w-]+\s+)?"
    r"(?:attacks?|strikes?|operations?|shelling|bombardment)\s+(?:on|against|at|targeting)\b",
    re.I,
)


# "On June 23rd, the Israeli military reported targeting military sites ...": the speaker tells of its own
# act, the verb of telling right before it (not "reported shelling on X", a noun: what was reported)
_REPORTED_OWN_ACT = re.compile(
    # ("The Israeli army claimed to have struck a weapons storage facility": the same, as a perfect infinitive)
    # ("Hezbollah also reported launching attacks on several Israeli military positions": its own attacks)
    r"^[^.;:\"“”]{0,80}?\b(?:reported|announced|claimed|claims|acknowledged)\s+(?:having\s+|to\s+have\s+)?(?:targeting|targeted|"
    r"striking|struck|hitting|attacking|attacked|destroyed|(?:launching|carrying\s+out|conducting)\s+(?:\w+\s+)?"
    r"(?:attacks?|strikes?|operations?|raids?)|"
    # ("The Israeli military announced a strike in the same area": its own strike, announced)
    r"(?<=announced\s)(?:an?|the)\s+(?:[\w-]+\s+)?(?:strike|attack|raid|operation))\b(?!\s+(?:by|from|on\s+its)\b)",
    re.I,
)


def reports_own_act(sentence: str) -> bool:
    """Does the sentence open on a speaker telling of its own strike ("the army reported targeting X")?"""
    return _REPORTED_OWN_ACT.search(sentence) is not None


def tells_own_fire(sentence: str) -> bool:
    """Does a speaker say that it (its forces) fired ("Azerbaijan says it shelled Sotk")?"""
    return _TELLS_OWN_FIRE.search(sentence) is not None or _CLAIMING_OWN.search(sentence) is not None


def side_of_claimant(text: str | None) -> str:
    """The reporting side of a claimant written as text ("Armenian MoD", "unattributed (Daily Sabah)")."""
    if not text or re.match(r"\s*(?:unattributed|media|unknown)\b", text, re.I):
        return "media"
    for pattern, _ in _THIRD_PARTIES:
        if pattern.search(text):
            return "third party"
    return side_word(text) or "media"


# Patterns that open with lookbehinds or alternatives the engine enters at every letter, though each of
# their matches starts with one of a few characters: tried only where one stands (same matches, same
# groups; first_chars.py)
_WITNESS = with_first_chars(_WITNESS)
_UNSIDED_FOREIGN_OFFICE = with_first_chars(_UNSIDED_FOREIGN_OFFICE)
_SIDES_ACCOUNT = with_first_chars(_SIDES_ACCOUNT)

# Patterns run over a whole sentence only when it holds a word every match of theirs holds (same
# answers; folded.gated)
_OFFICIAL = gated(_OFFICIAL)
_UNNAMED_SOURCES = gated(_UNNAMED_SOURCES)
_SIDES_ACCOUNT = gated(_SIDES_ACCOUNT)
_WITNESS = gated(_WITNESS)
_UNSIDED_OFFICER = gated(_UNSIDED_OFFICER)
_PRONOUN_SPEAKS = gated(_PRONOUN_SPEAKS)
_ARMY_VOICE = gated(_ARMY_VOICE)
