"""Where? Place names in a sentence, resolved with the gazetteer, and the places of a claim.

Names come from two sources: the gazetteer's scan of the text (known places), and phrases
that announce a place even when the gazetteer does not know it ("the village of X", "the X
settlement", "in the direction of X, Y and Z"), so an unknown village is flagged for the user
instead of silently dropped. A list of places with no separate details gives one incident per
place; otherwise the most specific place wins (a village over its district). A claim that
names no place gets the region it names ("the border", a province) with a matching precision.
"""

from __future__ import annotations

import bisect
import collections
import dataclasses
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from mapdata.extract.first_chars import with_first_chars
from mapdata.extract.folded import FoldedPattern, gated
from mapdata.extract.lexicon import Lexicon, lexicon_for
from mapdata.extract.spans import Spans
from mapdata.extract.text import BRACKETED_FILING_DAY, FORCE_OF_BEFORE, LONG_STATE, without_posting
from mapdata.geo.gazetteer import Gazetteer, GeocodeResult, Place, haversine_km
from mapdata.geo.names import fold
from mapdata.profiles import Profile, default_catalog

_GARRISON_AFTER = re.compile(r"\s+(?:garrison|sector|front|direction)\b", re.I)

__all__ = [
    "BORDER",
    "FOCUS",
    "SETTLEMENT_CUES",
    "PlaceMention",
    "announces_places",
    "beyond_town_district",
    "border_mention",
    "border_of",
    "choose_places",
    "find_place_mentions",
    "focus_of",
    "frames",
    "is_frame",
    "place_line",
    "resolve_name",
    "told_abroad",
]

FOCUS = ("AM", "AZ")  # the default conflict's countries: a place elsewhere is not where an incident happened
BORDER_PROFILE = "armenia-azerbaijan"
# A capitalised word with a lower-case letter ("Sotk", not "OSCE"), perhaps two. Each word is
# tried from its first letter only and its lower-case letter is found by a look-ahead: the old
# "[A-Z][\w'’-]*[a-z][\w'’-]*" could split a long word in every way and was quadratic.
# "Mt. Dov" is one name (a mountain's, abbreviated). Initials before it are part of the name ("R.S.Pura", "R. S. Pura": Indian reports abbreviate
# the first words of a town's name), so the name is not cut to its last word ("Pura"); so are
# initials without dots ("R S Pura") and a one-letter word inside a Thai name ("Pha Mo E Daeng"),
# a lone capital only when a capitalised word follows it ("IDF" stays no name).
# ("RS Pura", "DG Khan": two initials written as one word; not an office or a country's initials before
# a name: "UN", "US", "DC Rajouri", "RF Kursk", "NK Martuni", "GT Road")
_WORD = (
    r"(?<![\w'’.-])(?:(?!(?:UN|US|UK|EU|AP|TV|PM|MP|IS|OK|DC|SP|IG|CM|HM|LG|RA|RF|NK|AR|GT|HQ|JK|PA|KG)[ \t])[A-Z]{2}[ \t](?=[A-Z][a-z]))?"
    r"(?:Mt\.[ \t]|[A-Z](?:\.[ \t]?|[ \t](?=[A-Z]))){0,3}[A-Z](?=[\w'’-]*?[a-z])[\w'’-]*"
)
# An Arabic name's second word with its article ("Ain al-Mazrab", "Safad al-Batikh") is part of it.
# ("Rab el Thalathine", "Deir al Zahrani": "al" and "el" written apart too; not "at", "as", "an"; "Ayta a-Shaab":
# the article assimilated)
_ARTICLE_WORD = (
    r"(?<![\w'’-])(?:(?:al|el|ad|ed|an|ar|as|ash|at|az|et|es|er|a|e)-|(?:al|el|ash|esh|ech|ez)[ \t])[A-Z][\w'’-]*"
)
_NAME = rf"(?:{_WORD}|{_ARTICLE_WORD})(?:\s+(?:{_WORD}|{_ARTICLE_WORD}))?"
# the first word and the article of an Arabic name whose last word the scan found ("Aita al-" before "Shaab")
_ARABIC_HEAD_BEFORE = re.compile(
    r"(?<![\w'’-])[A-Z][\w'’]*(?:-[A-Z][\w'’]*)?\s+(?:(?:al|el|ad|ed|an|ar|as|ash|at|az|et|es|er|a|e)-|(?:al|el)[ \t])$"
)
# A name of up to three words, only where a cue word right after it says it is one ("Phanom Dong Rak district").
_LONG_NAME = rf"{_WORD}(?:\s+(?:{_WORD}|{_ARTICLE_WORD})){{0,3}}"
# After a cue word before it, a name may have three words too ("near Phu Khao Kaeo", "the village of
# Nahr al-Kalb el-Jadid"); a weekday or month closing it is the time, not the name (_cued_names).
_CUED_NAME = rf"(?:{_WORD}|{_ARTICLE_WORD})(?:\s+(?:{_WORD}|{_ARTICLE_WORD})){{0,3}}"
# (a checkpoint or crossing of the border is a place of its own: "the X checkpoint", "the X border
# crossing"; Israel's kibbutz and moshav are villages: "the kibbutz of X")
_SETTLEMENT_WORDS = (
    # ("the Verkhnia Syrovatka hromada": a Ukrainian community, named after its village, as "community" is)
    r"villages?|settlements?|towns?|communit(?:y|ies)|hromadas?|localit(?:y|ies)|city|hamlet|height|heights|hill|mount|pagodas?|(?:sub-?)?sectors?|(?-i:belt)|temples?|"
    r"checkpoints?|crossings?|kibbutz|moshav|(?:border\s+)?outposts?|B[oO]Ps?|"
    # "the Manguchak border observation post", "X forward post", "X check post"
    r"(?:observation|forward|check)\s+posts?|check-?posts?|"
    # "its An Seh military base": a base named after where it is
    r"(?:military|army)\s+bases?"
)
_REGION_WORDS = (
    r"districts?|regions?|provinces?|marz|rayons?|exclave|autonomous\s+republic|oblasts?|front|valleys?|"
    # the unit a district is divided into: "Sao Thong Chai subdistrict" (a Thai tambon), "Kouk Romiet commune"
    # (not an Indian "tehsil", which reports name after its town: "shelling in Naushera tehsil" is at the town)
    r"sub-?districts?|communes?"
)
# Cue words a report may write with a capital after a name ("Kap Choeng District", "Sumy Oblast"); not
# "Community", "Front", "Town" or "Settlement", which end names of other things ("the
# International Community", "the Popular Front", "the Old Town", "a Peace Settlement").
# "Sector": Pakistani statements write "along the LoC in the X Sector" (ISPR, APP); a village the
# claim's next sentence names lies in it and refines it (reader: unseen7 08), and a list before
# "Sectors" names each sector fire fell on ("in A and B Sectors").
_CASED_CUES = (
    r"(?i:villages?|districts?|provinces?|regions?|temples?|sub-?districts?|communes?|oblasts?|hromadas?)|Sector"
)
_LIST_ANNOUNCED = (
    # ("the worst-hit areas included A and B", "multiple areas along the LoC, including A, B and C";
    # not "schools were closed in areas including A and B": areas only where fire fell)
    r"(?:villages|towns|settlements|communities|hamlets|localities|"
    r"(?:worst[-\s]hit|affected|shelled|targeted)\s+(?:areas|sectors)|"
    r"(?:areas|sectors)\s+along\s+the\s+[\w()]+(?:\s+[\w()]+){0,3}?|"
    # ("initiated artillery shelling in several sectors including Akhnoor, Rajouri, and RS Pura")
    r"(?:several|multiple|many|various|numerous|\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:(?:border|frontier|forward)\s+)?(?:sectors|locations|points|areas|villages|towns)"
    # ("targeting several areas in southern Lebanon, including Iqlim al-Tuffah")
    r"(?:\s+(?:in|of|across|along)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?)?),?\s+"
    r"(?:included|includes|include|including|such\s+as|namely),?"
)
# "Keshdak of the Kalbajar region": the region a member of a list lies in, said after it
# ("the Poonch and Rajouri districts in Jammu, as well as Baramulla and Kupwara in north Kashmir": the
# kind of the members and the region they lie in, said after them)
_LOCATED_OF = (
    rf"(?:\s+of\s+(?:the\s+)?{_WORD}\s+(?i:region|district|rayon|province)|"
    rf"(?:\s+(?i:districts|sectors))?\s+in\s+(?:(?:north|south|east|west)(?:ern)?\s+)?{_WORD}(?=\s*,|\s*\.|\s*$))?"
)
_LOCATOR_AROUND = (re.compile(r"\bof\s+(?:the\s+)?$"), re.compile(r"\s+(?i:region|district|rayon|province)\b"))
# ("... districts in Jammu", "Uri and Tangdhar in Baramulla", "... in north Kashmir": a name of the
# list after "in" is the region, not a member; the list's separators are commas and "and")
_LOCATOR_IN_BEFORE = re.compile(r"\bin\s+(?:(?:north|south|east|west)(?:ern)?\s+)?$")
_COMPASS_WORD = r"(?:north|south|east|west)(?:-?(?:east|west))?"  # "west", "north-east"
_BEFORE_NAME = re.compile(
    # ("an open field west of Kyriat Shmona": a compass point of a place, spelled as the gazetteer may not)
    rf"\b(?:(?P<cue>{_SETTLEMENT_WORDS}|{_REGION_WORDS}|direction|directions|vicinity|outskirts|suburbs?|areas?|"
    # ("dropped a bomb in the center of Odaisseh": a part of the place, named)
    r"(?<=the\s)(?:cent(?:er|re)|heart|edge|entrance)|"
    # ("bombardment on the hills of Kfarchouba", "the fields of Aitaroun": the land around a village, named)
    # ("bombed the heights overlooking Zghrin": read as "the heights of Zghrin", find_place_mentions)
    r"(?<=the\s)(?:hills|fields|orchards|plains?|slopes|farmlands?|groves|heights)|"
    rf"{_COMPASS_WORD}|"
    # "Towns of A, B and C came under fire": the cue word opening a sentence
    r"Villages|Towns|Settlements)\s+of|"
    # "the Indian post of Budwar", "a forward post of X": a side's or the border's post, named
    # (not "the post of chief minister")
    r"(?:forward|border|army|military|front-?line|[A-Z][a-z]+(?:an|ani|i|ese))\s+(?P<post_of>posts?)\s+of|"
    # "raided a check post named Sawan Patra", "a village called X": the name given, whole
    r"(?P<post_named>(?:check\s*|out|border\s+)?posts?|positions?)\s+(?:named|called)|"
    # "BSF outposts Jugnuvhak and Jai Kishan", "three BSF outposts- A, B and C- were targeted", "Border Out Post
    # (BOP) Chenaz", "BOP Chenaz", "the border outpost in Makwal": posts named right after their kind (Indian
    # and Pakistani reports name border posts so), or by the village they stand in
    # (not a rank, a number or a force after the kind: "BOP Commander Rajesh Kumar", "Outpost No 5", "BOP Border
    # Security Force positions"; nor a held or majority land after "in": "an outpost in Indian-administered Kashmir")
    r"(?P<post_kind>(?<![\w-])(?:[Oo]ut-?posts?|BOPs?)(?:\s*[-–—:])?(?:\s+in(?!\s+(?:the\s+)?[A-Z][a-z]+-[a-z]+))?"
    r"(?!\s+(?:the\s+)?(?:Commander|Commandant|Company|No\b|Number|Border\s+Security|BSF|Rangers|Indian|Pakistani)))|"
    # (not a predicate: "We are a village called Hope," the priest said)
    r"(?<!\bare\sa\s)(?<!\bis\sa\s)(?<!\bwas\sa\s)(?<!\bwere\sa\s)(?P<place_named>villages?|towns?|hamlets?)\s+(?:named|called)|"
    # "the affected villages included A, B and C", "villages such as A and B": a list announced before its names
    rf"(?P<announced>{_LIST_ANNOUNCED})|"
    # "near the following settlements: A, B and C": a list announced before its colon
    r"(?P<following>(?:the\s+)?following\s+(?:villages|towns|settlements|communities|localities|locations|areas|"
    r"places|points|sectors)\s*:)|"
    # "of village Balakot", "in village Kamalkote": the cue word right before the name
    rf"(?<=\bof\s)(?P<cue_before>village)|(?<=\bin\s)(?P<cue_in>village)|"
    # "Kalsoom Aziz, 40, in Pir Klanjar": where each of a list of the wounded, named with an age, was hit
    r"(?<=[a-z],\s\d,\s)(?P<age_in>in)|(?<=[a-z],\s\d\d,\s)(?P<age_in2>in)|"
    # "fired at villages in Nikial": a place the villages lie in, which the gazetteer may not know
    r"(?<=\bat\s)(?P<villages_in>villages|hamlets|settlements)\s+in|"
    # "Kibbutz X", "moshav X" (Israel), "tambon X" (a Thai sub-district): the kind word before the name
    rf"(?<![\w-])(?P<kind_before>[Kk]ibbutz|[Mm]oshav|[Tt]ambon)|"
    # "a village south of Kherson", "10 km north of X": where an unnamed place lies (not "move north of")
    # ("targeted a car on the road to Jarjouh": near the village the road leads to)
    rf"(?P<near>near|nearby|outside|towards|(?<=\bthe\s)road\s+to|(?:village|town|settlement|area|km|kilomet(?:er|re)s|miles|located|lies)\s+"
    rf"(?:north|south|east|west)(?:-?(?:east|west))?\s+of))\s+(?:the\s+)?(?P<names>{_CUED_NAME}{_LOCATED_OF}"
    # ("the areas of A, the Litani River, B, and the Marjayoun Plain": a member may have its article)
    rf"(?:(?:\s*,\s*(?:as\s+well\s+as\s+)?|,?\s+(?:and|or|as\s+well\s+as)\s+)(?:the\s+)?{_CUED_NAME}{_LOCATED_OF}){{0,24}})"  # (a bulletin lists up to two dozen villages)
)
# "a drone strike on Deir Seryan", "an attack on the town of X": the name the attack fell on is a
# place, also when the gazetteer does not know it.
# "Ta Krabey Temple, Phnom Khmaoch": the kind of place after each name of a list, with or without a capital
_KIND_AFTER = r"(?:\s+(?i:temple|pagoda|village|town|hill|height|post|pass))?"
_KIND_LAST = re.compile(r"\s+(?i:temple|pagoda|village|town|hill|height|post|pass)$")
# After a name a verb of fire takes: what belongs to a body or a person named so ("Hamas official",
# "Naftogaz facilities", "Energoatom's office"), not a place
_BODY_AFTER = re.compile(
    r"(?:['’]s\b|\s+(?:officials?|commanders?|leaders?|members?|operatives?|facilit(?:y|ies)|infrastructure|offices?|"
    r"headquarters|plants?|depots?|warehouses?|assets?|fighters|militants|cells?|vehicles?|convoys?)\b)"
)
# ("of attacking Ambassador Hun Saroeun's residence", "targeting Prime Minister Hun Manet": a person or an owner)
_PERSON_OR_OWNER = re.compile(
    r"^(?:Ambassador|President|Prime|Minister|General|Colonel|Commander|Mr|Mrs|Ms|Dr|Sheikh|King|Queen|Prince|"
    r"Senator|Governor|Mayor)\b|['’]s$"
)
_ATTACK_ON = re.compile(
    r"\b(?:(?:(?:air\s*|drone\s+)?strikes?|attacks?|raids?|assaults?)\s+on|"
    # "fired Grad rockets on X", "fired mortars at X and Y": what fire was aimed at
    # ("rockets were fired into X and Y": where they fell)
    # ("fired 12 122-mm calibre mortars at X": counts and calibres among the words)
    r"fired\s+(?:[a-z0-9][\w.-]*\s+|[A-Z][\w-]*\s+(?=[a-z0-9])){0,5}?(?:on|at|upon|into)|"
    # "militants shelled Krymske with mortars", "proxies attacked Pisky", "heavy weapons struck X":
    # the place a verb of fire takes
    # (", striking Markaba, Wazzani and Kfarchouba": a participle after a comma too)
    # ("Pakistani shells hit Basoni, Poonch district": the place a weapon hit, by its name)
    r"(?:(?<=shells\s)|(?<=shell\s)|(?<=rockets\s)|(?<=rocket\s)|(?<=missiles\s)|(?<=missile\s)|(?<=mortars\s)|"
    r"(?<=artillery\s)|(?<=drones\s)|(?<=bombs\s))hit(?=\s+[A-Z])|"
    r"(?<=[a-z,]\s)(?:shelled|attacked|bombarded|bombed|stormed|struck|pounded|targeted|"
    # ("started targeting Arnia and Ranbir Singh Pura": the gerund takes its object as well)
    r"shelling|attacking|bombarding|pounding|targeting|striking|hitting)(?=\s+[A-Z]))\s+(?:the\s+)?"
    rf"(?:(?:village|town|city)\s+of\s+)?(?P<names>{_LONG_NAME}{_KIND_AFTER}(?:\s*,\s*{_LONG_NAME}{_KIND_AFTER}){{0,8}}"
    # (a list that goes on after its "and": "striking Markaba, Wazzani and Kfarchouba, Khiyam, Taybe and ...")
    rf"(?:,?\s+(?:and|or)\s+{_LONG_NAME}(?:\s*,\s*{_LONG_NAME}{_KIND_AFTER}(?=\s*,|\s+and\b)){{0,8}})?"
    # ("struck Blida, Houla and Markaba, as well as Odaisseh and Rab Thalathine": the list's second part)
    rf"(?:,?\s+as\s+well\s+as\s+{_LONG_NAME}(?:\s*,\s*{_LONG_NAME}){{0,4}}(?:,?\s+and\s+{_LONG_NAME})?)?)"
)
# "along the Gorlovka direction", "in the Talish axis": a sector of the front named after a town,
# not the town itself.
_KIND_OF_NAME_AFTER = re.compile(r"\s+(?:village|town|city|hamlet|settlement)\s+of\s+(?:the\s+)?[A-Z]")
_DIRECTION_AFTER = re.compile(r"\s+(?:direction|directions|axis)\b", re.I)
# "underwent fire from the Armenian army positions located in A, B villages and on heights of the C
# district": every place after "from <positions> in/near" is where the fire came from, up to a word
# that names a target again ("at", "towards", "against", "fired on", "landed").
_FROM_POSITIONS = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:positions?|posts?|outposts?|trenches|lines)\s*,?\s+"
    # ("from the positions of the state border located in X"; "from the Armenian armed forces
    # positions, stationed in the directions of X, Y and Z settlements")
    r"(?:of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:located|stationed|deployed)\s+|(?:located|stationed|deployed)\s+)?"
    r"(?:in\s+the\s+directions?\s+of|in|near|on|at|around)\b",
    re.I,
)
# "fired mortars from Kotli at villages in Poonch", "fired rockets from the Khiam area toward Metula": where the fire
# came from, named before a target the sentence names after it
_FIRED_FROM_THEN_TARGET = re.compile(
    r"\b(?:fir(?:ed|es|ing)|launch(?:ed|es|ing)|shell(?:ed|s|ing))\s+(?:[\w-]+\s+){0,3}?from\s+(?=(?:the\s+)?"
    r"(?:positions?\s+(?:near|in|at)\s+)?[A-Z][^.;]{0,60}?\s(?:at|towards?|on|into|against)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)[A-Z])"
)
# "shelled X's A, B settlements from Chambarak region's Chambarak, Ttudzhur settlements and Basarkechar
# region's C settlement": the settlements of a region named with its possessive after "from"
_FROM_REGIONS_OWN = re.compile(
    r"\bfrom\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:region|district|province)['’]s\s"
)
# "positions were fired upon ... by units of the X forces deployed in the direction of A, B": the agent of
# a passive verb of fire, placed, stands where the fire came from (whatever verb of fire came before)
_AGENT_LOCATED = re.compile(
    r"\bby\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:units|forces|troops|formations|detachments|servicemen)\b"
    r"[^,.;]{0,60}?\b(?:located|stationed|deployed|positioned)\s+"
    r"(?:in\s+the\s+directions?\s+of|in|near|at|on)\b",
    re.I,
)
_TARGET_AGAIN = re.compile(
    r"(?<!located\s)\b(?:at|towards?|against|into|targeting|hitting)\b|\b(?:fire|fired|firing)\s+(?:on|upon)\b|"
    # ("... subjected to fire the positions stationed in the directions of C": the target again)
    r"\bin\s+the\s+directions?\s+of\b|\bsubjected\s+to\s+fire\b|\b(?:landed|hit|struck|fell|exploded|while)\b|;|"
    # ("formations from several Russian-controlled A and B areas shelled the village of C": the verb's object)
    r"\b(?:shelled|attacked|bombed|bombarded|targeted|stormed)\b",
    re.I,
)


# "Armenian armed forces, located in A village of X district, in B and C villages of Y district ...
# subjected to fire the positions ... in D": every place after where the acting troops stand is
# where fire came from, up to a word that names a target again (not after a verb of fire: "fired at
# units located in A" hit A).
_ACTOR_LOCATED = re.compile(
    r"\b(?:units|forces|troops|formations|detachments|servicemen)\b,?[^,.;]{0,40}?\b"
    # ("Armenian forces stationed in the Basarkecer region and in the Chambarak area opened fire on ...")
    r"(?:located|stationed|deployed|positioned)\s+(?:in|near|at|on)\b",
    re.I,
)
# ("the positions of units located near X were fired upon": the located troops were hit)
_PASSIVE = re.compile(r"\b(?:were|was|been|being|under)\b", re.I)
# "delivered from the Ukraine-controlled X and Y settlements", "fired from non-government-controlled X": what a
# side holds that fire came from
# (not a weapon: "shots from hand-held anti-tank grenade launchers")
# ("formations from several Russian-controlled Donetsk and Luhansk areas shelled ...")
_FROM_HELD = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:several\s+|some\s+|various\s+|other\s+)?(?!hand-)(?:[\w'’]+-){1,2}(?:controlled|held|occupied)\b",
    re.I,
)


def _origin_stretches(sentence: str) -> list[tuple[int, int]]:
    """Where the sentence names the origin of fire ("from positions in ..."), up to a new target."""
    stretches: list[tuple[int, int]] = []
    located: list[re.Match[str]] = []
    actors = list(_ACTOR_LOCATED.finditer(sentence))
    if actors:
        # (each actor's next target word and next passive, found by bisection in one scan of each:
        # searching on from every actor would read the rest of a long text once per actor)
        targets = [m.end() for m in _TARGET_AGAIN.finditer(sentence)]
        passives = [m.start() for m in _PASSIVE.finditer(sentence)]
        for m in actors:
            if _FIRE_BEFORE_ACTOR.search(sentence, max(0, m.start() - _ACTOR_REACH), m.start()) is not None:
                continue
            target = bisect.bisect_left(targets, m.end() + 1)
            passive = bisect.bisect_left(passives, m.end())
            if target < len(targets) and (passive == len(passives) or passives[passive] >= targets[target]):
                located.append(m)
    starts = sorted(
        [
            *_FROM_POSITIONS.finditer(sentence),
            *_FIRED_FROM_THEN_TARGET.finditer(sentence),
            *_FROM_HELD.finditer(sentence),
            *_FROM_REGIONS_OWN.finditer(sentence),
            *_AGENT_LOCATED.finditer(sentence),
            *located,
        ],
        key=lambda m: m.start(),
    )
    for match in starts:
        if stretches and match.start() < stretches[-1][1]:
            continue  # inside the stretch found already: each character is scanned once
        stop = _TARGET_AGAIN.search(sentence, match.end())
        stretches.append((match.end(), stop.start() if stop is not None else len(sentence)))
    return stretches


_AFTER_NAME = re.compile(
    # ("the Tovuz border district": a word of where it lies between the name and its cue)
    rf"\b(?P<name>{_LONG_NAME})\s+(?:(?:border|frontier|frontline)\s+)?(?P<cue>{_SETTLEMENT_WORDS}|{_REGION_WORDS}|{_CASED_CUES})\b"
    # "the KG sector", "the BG Sector": a sector known by its initials (Krishna Ghati, Bhimber Gali)
    # (not an office's or a trade's initials: "the UN sector", "the IT sector")
    rf"|(?<=\bthe\s)(?!(?:UN|US|UK|EU|IT|HQ|ID|IS|OK|AP|TV|PM|NGO|BSF|IDF|SMM)\b)(?P<initials_name>[A-Z]{{2,3}})\s+"
    rf"(?P<initials_cue>(?i:(?:sub-?)?sector))\b"
    # "the Mom Bei area", "in Kamal area": a whole name between "the" (or "in", "at") and "area"
    # ("the Tarkundi forward area": an area on the front line)
    rf"|(?:(?<=\bthe\s)|(?<=\bin\s)|(?<=\bat\s))(?P<area_name>{_NAME})\s+(?:forward\s+)?areas?\b"
    # "in the Chong An Ma area", "the Phlan Hin Pat Kon area": after "the", a Thai name of three or four words
    rf"|(?<=\bthe\s)(?P<long_area_name>{_WORD}(?:\s+{_WORD}){{2,3}})\s+areas?\b"
    # "in Donetsk direction", "in the Tovuz direction": a front's operational direction, named after
    # a city or district, is a stretch of the front (a region), not the city ("the direction of Z"
    # before its name is where fire went, a place: the cue words before a name, above)
    # ("the Svitlodarsk bulge": a stretch of the front named after its town, as a direction is)
    rf"|(?P<direction_name>{_LONG_NAME})\s+(?:directions?|bulge|salient)\b"
    # "the Glechevsk underground gas storage facility", "the Vlujki gas distribution station": a named
    # site (the gazetteer seldom knows it) is where a strike fell, at the place it is named after
    # (not a police or railway station; not "the Lukoil refinery in Volgograd", a site named after a
    # company in a town named next, which is the place)
    rf"|(?<=\bthe\s)(?P<site_name>{_NAME})\s+(?:(?!police|railway|bus|metro|train|fire|petrol|filling|radio|TV)[a-z-]+\s+){{0,3}}?"
    r"(?:facility|station|terminal|refinery|substation|plant|depot|airfield|airbase|dam)\b"
    rf"(?!\s+(?:in|near|at|outside)\s+(?:the\s+)?{_WORD}\b(?!['’]|\s+(?i:region|oblast|province|district|governorate)))"
    # "injured at a Saujiyan bus stand", "at the Uri market": a spot named after its village
    rf"|(?:(?<=\ba\s)|(?<=\bthe\s))(?P<spot_name>{_NAME})\s+(?:bus\s+(?:stand|stop|station)|market|bazaar|chowk)\b"
)
# "at Phu Pha Lek–Phlan Hin Paet Kon in X", "in the A B–C D area": a stretch of the border between two
# places of two words or more (the reader's text has a hyphen for the dash) is at the first; a name
# with a hyphen inside one word ("Chak Amru-Zafarwal", "Anti-Tank") is not such a stretch.
_RANGE_WORD = r"[A-Z][a-z'’]*"
_RANGE = re.compile(
    # ("the Phu Pha Lek – Phlan Hin Paet Kon area": the dash perhaps with spaces around it)
    rf"\b(?:at|in|near|the)\s+(?P<first>{_RANGE_WORD}(?:[ \t]+{_RANGE_WORD}){{1,3}})(?:-|[ \t]-[ \t]){_RANGE_WORD}"
    rf"(?:[ \t]+{_RANGE_WORD}){{1,3}}\s+(?:area\b|in\s)"
)
# "killed one man in Yater, in south Lebanon's Bint Jbeil district", "a car in X in the Y district":
# a name followed by the region it lies in is a place, also when the gazetteer does not know it.
_IN_REGION_AFTER = re.compile(
    rf"\b(?:in|at|near)\s+(?P<name>{_CUED_NAME}),?\s+(?:in|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}?(?:{_REGION_WORDS})\b|"
    # "an attack on troops in Ban Nong Chan, Sa Kaeo province": the village, then its province as an address
    rf"\b(?:in|at|near)\s+(?P<addressed>{_CUED_NAME}),\s+(?:the\s+)?{_LONG_NAME}\s+(?:province|district|region|oblast)\b"
)
# "the strike occurred between Ain Baal and Bazouriyeh": where a strike fell, told by the two villages it
# fell between, which the gazetteer may not know
_TOLD_BETWEEN = re.compile(
    rf"\b(?:occurred|took\s+place|happened|landed|fell|exploded|road)\s+between\s+(?:the\s+(?:villages|towns)\s+of\s+)?"
    rf"(?P<names>{_CUED_NAME}\s+and\s+(?:the\s+)?{_CUED_NAME})"
)
# "At Chong Khanma in Si Sa Ket", "Phu Makheu and Huai Thamariya in Si Sa Ket": names placed in a
# place the gazetteer knows are places in it, also when it does not know them.
_IN_KNOWN_PLACE = re.compile(
    # ("fired rockets into X in Y district": where they fell)
    # ("..., and Geyalli in the Gadabay district": a list's last member with its own district)
    rf"(?:\b(?:[Aa]t|[Ii]n|[Nn]ear|[Aa]round|[Ii]nto)\s+|\b(?:area|region|district|sector),\s+|,\s+and\s+)"
    rf"(?P<names>{_CUED_NAME}(?:\s*,\s*{_CUED_NAME})*(?:,?\s+and\s+{_CUED_NAME})?),?\s+in\s+"
    rf"(?:the\s+(?=(?:[\w'’-]+\s+){{1,2}}?(?:{_REGION_WORDS})\b))?(?P<container>{_CUED_NAME})"
)
# "in Naugam Sector, Kupwara (Kashmir), today morning": the name right after a sector and a comma, with
# no list going on after it, is the district the sector lies in
_SECTOR_THEN_DISTRICT = re.compile(
    rf"\b[Ss]ector,\s+(?P<container>{_CUED_NAME})(?=\s*\(|\s*,\s+(?-i:[a-z])|\s+(?:district|on|today|yesterday|in)\b|\s*[.;]|$)"
)
# "the head of the X community said they heard shooting": the community a local head speaks for is
# a village (the word "Community" with a capital ends other names: "the International Community").
_COMMUNITY_HEAD = re.compile(
    rf"\b(?:[Hh]ead|[Cc]hief|[Mm]ayor|[Ll]eader|[Aa]dministrator)\s+of\s+(?:the\s+)?(?P<name>{_NAME})\s+[Cc]ommunity\b"
)
# "killed one person and wounded several others in Tayr Debba and et-Taybe", "a shell landed near X":
# the name where fire fell or people were hit is a place, also when the gazetteer does not know it.
_HIT_IN = re.compile(
    r"\b(?:killed|killing|martyred|wounded|wounding|injured|injuring|hurt|struck|hit|shelled|targeted|fell|landed|exploded|"
    r"damaged|destroyed|"
    # ("An Israeli drone strike on a car in Wadi al-Hujeir": the place of a strike, named after its target)
    # ("An Israeli strike in Yaroun killed one person": where a strike fell)
    # (a side's strike or one from the air: not "a general strike in Yaroun", review47 item 13)
    r"(?:(?:[Ii]sraeli|[Pp]akistani|[Ii]ndian|[Tt]hai|[Cc]ambodian|[Aa]rmenian|[Aa]zerbaijani|[Uu]krainian|[Rr]ussian)\s+"
    r"(?:drone\s+|air\s*)?|drone\s+|air\s*)"
    r"strikes?(?:\s+on\s+(?:an?|the)\s+(?:car|vehicle|motorcycle|motorbike|house|home|building|truck|van))?|"
    # ("Fighting took place at Viel Intry, ..., as well as at the Keo Sikha Svara pagoda and Phnom Trap")
    r"(?:took\s+place|broke\s+out|erupted)|as\s+well\s+as(?=\s+(?:at|in|near)\s))\b[^.;,:]{0,60}?"
    r"\s(?:in|near|at)\s+(?:the\s+)?"
    # (each member perhaps with its kind in lower case: "the Keo Sikha Svara pagoda and Phnom Trap")
    # (not a person with an age after the name: "in Samahni village and Arif Hussain, 19, son of X")
    rf"(?P<names>{_CUED_NAME}{_KIND_AFTER}(?:\s*,\s*{_CUED_NAME}{_KIND_AFTER})*(?:,?\s+and\s+(?:the\s+)?{_CUED_NAME}\b(?![\w\s]*,\s*\d))?)"
)
# "Meis El Jabal, Ayta a-Shaab and al-Hrayba are also under shelling", "X came under heavy fire": names
# that are the subject of a verb of shelling are where it fell (looked for only before such a verb)
_SHELLED_VERB = re.compile(
    r"\s+(?:(?:was|were|is|are|has\s+been|have\s+been)\s+(?:also\s+|again\s+|repeatedly\s+|heavily\s+|reportedly\s+)?"
    r"(?:shelled|bombed|bombarded|under\s+(?:[A-Za-z-]+\s+){0,2}?(?:shelling|fire|bombardment))|"
    r"came\s+under\s+(?:[A-Za-z-]+\s+){0,3}?(?:fire|shelling|bombardment))\b"
)
_NAMES_SHELLED = re.compile(
    rf"(?P<names>{_CUED_NAME}(?:\s*,\s*{_CUED_NAME})*(?:,?\s+and\s+{_CUED_NAME})?)(?={_SHELLED_VERB.pattern})"
)
# "Serviceman Farman Yagublu", "Sepoy Ram Kumar": a rank then a person's names (the name looked at is one of them)
_RANK_BEFORE_NAME = re.compile(
    r"\b(?:Servicem[ae]n|Private|Soldier|Sergeant|Corporal|Sepoy|Havildar|Naik|Rifleman|Jawan|Constable|Gunner)"
    r"(?:\s+[A-Z][a-z]+)?\s+$"
)
# "one of them, who was identified as Chalong Mody, stepped on a mine": a person named
# ("Zahida Bibi (r/o Bari Bhaik)": "resident of", where a person lives, not where fire fell)
_NAMED_PERSON_OR_HOME_BEFORE = re.compile(
    r"\b(?:identified|named)\s+as\s+(?:[A-Z][a-z]+\s+){0,2}$|\b[rR]/[oO]\s+$|\bwho\s+lived\s+in\s+(?:the\s+)?$"
)
# "Kengerli village": the kind word written right after the name
_WRITTEN_SETTLEMENT = re.compile(r"\s+(?i:village|settlement|hamlet)\b")
_SHELLED_REACH = 120  # characters before the verb a list of its subjects may take (six names or so)
_SENTENCE_OPENS = re.compile(r"[\s\"“'‘(]*")
# "shelling of buildings in A, B, C and D area": a list after "in" (or "at", "near") of names of one
# kind; when the gazetteer knows one of them in the conflict's countries, the others are places too,
# whatever verb came before (the names it lacks are flagged, not dropped).
_LOCATIVE_LIST = re.compile(
    # (or after a colon or semicolon: "clashes in six areas; A, B, C and D"; or after places named by their kind:
    # "struck areas including A, B, C and the D temple", "across border areas, notably A and B")
    rf"(?:\b(?:in|at|near|around|towards?)\s+(?:the\s+)?|[:;]\s+|"
    r"(?P<kind>\b(?:areas|villages|towns|places|locations|positions|sites|settlements|districts|sectors|targets)\s*,?\s+"
    r"(?:including|notably|such\s+as|among\s+them)\s+(?:the\s+)?))"
    # (a list ends with "and" or "or": "in Chinari, Kasprzyk [a person] took part" is none)
    rf"(?P<names>{_CUED_NAME}(?:\s*,\s*{_CUED_NAME})*,?\s+(?:and|or)\s+(?(kind)(?:(?<=and\s)the\s+)?){_CUED_NAME})"
)
_AREAS_AFTER = re.compile(r"\s+(?:areas|regions|districts|provinces|sectors|oblasts)\b", re.I)
# "In X, an evacuated village in Y province": a name with a settlement in apposition is one
# ("X, a village elder" is a person).
_APPOSITION = re.compile(
    # ("at Zahr al-Jamal, an Israeli military site": a post or base in apposition too)
    rf"(?P<name>{_CUED_NAME}),\s+(?:an?|the)\s+(?:[A-Z][a-z]+\s+)?(?:[a-z][\w-]*\s+){{0,3}}?(?:village|town|hamlet|settlement|kibbutz|moshav|"
    r"(?<=military\s)(?:site|base|post|outpost|position)|barracks|outpost)"
    r"(?!\s+(?:elders?|heads?|chiefs?|councils?|residents?|officials?|leaders?|administrators?|mayors?|guards?))\b"
)
# "A and B (both in X sector)", "A, B and C villages (all in X district)": the names are places and
# X is where they lie, not another place of the incident.
_BRACKETED_CONTAINER = re.compile(
    rf"(?P<names>{_CUED_NAME}(?:\s*,\s*{_CUED_NAME})*,?\s+and\s+{_CUED_NAME})(?:\s+(?:villages|posts|sectors))?\s*"
    rf"\((?:both|all)\s+(?:in|of)\s+(?:the\s+)?(?P<container>{_CUED_NAME})"
)
# "in south Lebanon's Zibqin", "on Israel's Kiryat Shmona": the name after a region's possessive is
# a place in it, also when the gazetteer does not know it (the region must be a place it knows).
_REGION_POSSESSIVE = re.compile(
    r"\b(?:in|at|near|on|into)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+|(?:north|south)-?(?:east|west)(?:ern)?\s+)?"
    rf"(?P<region>{_WORD}(?:\s+(?:and\s+)?{_WORD}){{0,2}})['’]s\s+(?P<name>{_CUED_NAME})"
)
# "the Skhid (East) task force", "the Joint Forces Operation", "the 2 Jatt and 17 Bihar regiments": a
# unit or an operation, not a place.
_UNIT_AFTER = re.compile(
    r"\s*(?:\([^()]{1,30}\)\s*)?(?:task\s+force|operations?|brigade|battalion|regiment|division|corps|command|"
    # (plural units only closing the phrase: not "Near Bakhmut brigades repelled ...", and no plural
    # divisions, which are Pakistan's districts' regions)
    r"(?:regiments|battalions|brigades)(?=\s*(?:[.,;:)]|$))|"
    r"headquarters|press\s+cent(?:er|re))\b",
    re.I,
)
# "the Donetsk city administration", "the Poonch district police", "the Donetsk News Agency": an institution named after the
# place, which speaks or acts there; not where anything happened.
_INSTITUTION_AFTER = re.compile(
    # ("the Donetsk regional military administration", "the Kharkiv regional state administration")
    r"\s+(?:city|town|village|district|regional|municipal|provincial|oblast)\s+(?:(?:military|state|civil(?:ian)?)\s+)?"
    r"(?:administration|council|hall|police|"
    r"authorit(?:y|ies)|officials?|government|mayor|prosecutor|press\s+service)|"
    # "the Donetsk News Agency quoted him": a news agency named after its city
    r"\s+news\s+(?:agency|service)\b|"
    # ("the Lugansk Information Center reports": an information office named after its city, as a voice; not "a
    # shell hit the Horlivka information centre")
    r"\s+(?-i:Information\s+Cent(?:er|re))(?=\s+(?:reports?|reported|said|says|quoted|cited|stated)\b)|"
    # "X administration head Y said", "X Oblast governor Y said": an office named after the place
    r"\s+(?:administration|governor|mayor)\b",
    re.I,
)
# "Donetsk airport", "the Donetsk International Airport": an airport named after its town is a place of
# the front line of its own (reports and labels name it so), found at its town
_AIRPORT_AFTER = re.compile(r"\s+(?:[Ii]nternational\s+)?[Aa]irport\b")
# "the Donetsk Filtration Station", "the Avdiivka Coke Plant": a works named after its town, a place of its own
_WORKS_AFTER = re.compile(
    # ("near Donets railway station": a station named after its town, in lower case too)
    r"\s+(?:Water\s+)?(?:Filtration|Pumping|Railway|Power)\s+Station\b|\s+(?:[Rr]ailway|[Tt]rain)\s+station\b|\s+(?:Thermal\s+Power|Coke(?:\s+and\s+Chemical)?|"
    r"Power|Chemical)\s+Plant\b|"
    # ("near the Butivka mine": a coal mine named after its village, in lower case too)
    # ("near the town of Avdiyivka and Butivka coal mine")
    r"\s+(?:[Cc]oal\s+|[Ss]alt\s+)?[Mm]ine\b(?!\s*(?:-|explosion|blast|clearing|field))"
)
# "transferred to X Governmental Hospital": a hospital named after its town, where the wounded
# were carried, not where fire fell
_HOSPITAL_AFTER = re.compile(r"(?:\s+[A-Z][a-z]+){0,2}\s+(?:Hospital|Clinic)\b")
# "his body was taken to the Mendhar police station": where someone was taken, not where fire fell (not "shelling
# damaged the Mendhar police station")
# (the verbs of the wounded or the dead being carried somewhere, in this and _CARRIED_TO)
_CARRIED = r"\b(?:taken|transferred|rushed|evacuated|airlifted|shifted|referred|admitted|brought|moved|sent)\s+(?:\w+\s+){0,3}?"
_TAKEN_TO_BEFORE = re.compile(_CARRIED + r"(?:to|at|in)\s+(?:the\s+|a\s+)?$", re.I)
_INSTITUTION_NAMED_AFTER = re.compile(
    r"\s+(?:police\s+station|(?:(?:district|government|civil|central|regional|city|general|military)\s+){0,3}hospital|clinic|"
    r"health\s+cent(?:re|er))\b",
    re.I,
)
# "the bus was heading to Muzaffarabad", "a convoy bound for Tyre": where a vehicle or people were going, not where
# fire fell (not "residents returning to Houla", where they were fired on; not "drones heading towards Kyiv", "a
# missile bound for Haifa": where the weapon was aimed)
_DESTINATION_BEFORE = re.compile(
    r"\b(?:heading|headed|bound|travell?ing|going|driving|on\s+(?:its|their|his|her)\s+way|en\s+route)\s+"
    r"(?:back\s+)?(?:to|for|towards?)\s+(?:the\s+)?$",
    re.I,
)
# "the military convoy from Lvov came under fire": where the convoy came from, not where fire fell
_CONVOY_FROM_BEFORE = re.compile(
    r"\b(?:convoys?|columns?|motorcades?|bus(?:es)?|trains?|vehicles?)\s+(?:coming\s+)?from\s+(?:the\s+)?$", re.I
)
_WEAPON_BEFORE = re.compile(
    r"\b(?:drones?|missiles?|rockets?|shells?|projectiles?|shaheds?|UAVs?|jets?|aircraft|planes?|bombers?)\b", re.I
)
# "a general strike in Yaroun shut shops": a strike of work, where no fire fell
_WORK_STRIKE_BEFORE = re.compile(
    r"\b(?:general|labou?r|hunger|workers['’]?|nationwide|commercial)\s+strikes?\s+(?:in|at|across)\s+$", re.I
)
# ... unless fire fell on or near it: "rockets fell near X Hospital", "shells struck X Hospital"
_HIT_BEFORE = re.compile(
    r"\b(?:fell|landed|exploded|struck|hit|shelled|targeted|bombed)\s+(?:(?:near|at|on|in)\s+)?(?:the\s+)?$"
)
# "one man in X, another in Y, and a third in Z", "one each in Y and Z": each name is a place.
_DISTRIBUTIVE = re.compile(
    rf"\b(?:another|a\s+(?:second|third|fourth|fifth)|one\s+each|two\s+each|"
    # "five in Haris and four in Tallousa", "40 explosions near A and 12 near B": a figure per place
    # (not a weapon's number: "fired BM-21 rockets at Ban Nong Ri" is no figure of a place)
    rf"(?:(?<![\w-])\d{{1,4}}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+[a-z]+)?(?=\s+(?:in|near|at)\s))"
    rf"\s+(?:[a-z]+\s+)?(?:in|near|at)\s+(?:the\s+)?"
    rf"(?:(?:village|settlement|town)\s+of\s+|(?:Kibbutz|Moshav)\s+)?(?P<names>{_CUED_NAME}(?:,?\s+(?:and|or)\s+{_CUED_NAME})?)"
)
# "Balkote and Gokhan villages", "Uri, Nowgam, Keran and Gurez sectors", "A and B border villages",
# "A, B and C post sectors": a plural cue after a list announces every name of it.
_PLURAL_CUES = (
    # ("in Poonch sector's Gulpur and Khadi Karmara areas", "on Mangu Chak and Khawada posts of the BSF")
    # ("from Jura, Shahkot and Nousehri sector": a list of three or more with its cue in the singular)
    r"villages|settlements|towns|sectors|sector|districts|regions|provinces|rayons|oblasts|fronts|directions|heights|temples|areas|posts|outposts|"
    r"(?i:villages|sectors|districts|regions|provinces|temples)"
)
_REGION_OWNS = r"\s+(?:region|district|province)['’]s\s+"
_LIST_BEFORE_PLURAL = re.compile(
    # (also a list of commas only: "in the A, B, C villages of the Tovuz district"; a name of three
    # words too, the plural cue saying what each is: "in Si Sa Ket and Surin provinces")
    # (members grouped by their region's possessive: "in A region's B, C, D region's E and F villages")
    rf"(?P<names>{_CUED_NAME}(?:(?:\s*,\s*|,?\s+(?:and|or)\s+)(?:{_CUED_NAME}{_REGION_OWNS})?{_CUED_NAME})+)\s+"
    r"(?:(?:border|frontier|forward|post)\s+)?"
    rf"(?P<cue>{_PLURAL_CUES})\b"
)
_PLURAL_CUE = re.compile(rf"\b(?:{_PLURAL_CUES})\b")
_REGION_OWNS_RE = re.compile(_REGION_OWNS)
# what holds a list of places: "... regions of the Autonomous Republic of Nakhchivan", "... villages of Tovuz"
_LIST_HELD_BY = re.compile(rf"\s+of\s+(?:the\s+)?(?:(?:Autonomous\s+)?Republic\s+of\s+)?(?P<name>{_CUED_NAME})")
_COMPASS = re.compile(_COMPASS_WORD)
# "an open field west of X", "2 km north of X": a spot described by where it lies from a place
_SPOT_BEFORE_COMPASS = re.compile(
    r"\b(?:field|fields|area|areas|land|spot|site|point|km|kilometres|kilometers|miles|metres|meters|just|slightly)\s+$",
    re.I,
)
_LIST_HELD_IN = re.compile(
    rf"\s+in\s+(?:the\s+)?(?P<name>{_CUED_NAME})(?:\s+and\s+(?P<second>{_CUED_NAME}))?\s+"
    r"(?i:sectors?|districts?|areas?|regions?|tehsils?|provinces?|rayons?|oblasts?)\b"
)
# after a list of names: where its members lie ("... and C, D and E in Rajouri", "in the Rajouri district")
_SECOND_LIST_LOCATED = re.compile(
    rf"(?:\s+(?i:sectors?|villages?|areas?))?\s+(?:in|of)\s+(?:the\s+)?{_CUED_NAME}(?:\s+(?i:district|sector|area))?"
    r"(?=\s*(?:[,.;]|$)|\s+(?!and\b|or\b)(?-i:[a-z]))"
)


_BIG_REGION_AFTER = re.compile(r"\s+(?i:region|province|state|division|valley)\b")


def _second_list_locator(sentence: str, start: int, end: int) -> int | None:
    """Where "in X" locating a second list begins, for the names of a "<cue> of" phrase in
    ``sentence[start:end]`` ("sectors of Poonch and C, D in Rajouri": at " in Rajouri", inside the
    names or right after them); None when the names are only the holders of the list before."""
    # (not "sectors of Rajouri and Poonch in the Jammu region": a region holding both holders)
    after = _SECOND_LIST_LOCATED.match(sentence, end)
    if after is not None:
        return end if not _BIG_REGION_AFTER.match(sentence, after.end()) else None
    inner = sentence.rfind(" in ", start, end)
    located = _SECOND_LIST_LOCATED.match(sentence, inner) if inner > start else None
    if located is None or located.end() < end or _BIG_REGION_AFTER.match(sentence, located.end()):
        return None
    return inner


_LIST_REACH = 400  # characters a list before its plural cue may take ("A, B, ... and Z villages")
_NEAR_CUE = FoldedPattern(
    r"(?:direction|directions|vicinity|outskirts|suburbs?|area|(?<=the\s)(?:cent(?:er|re)|heart|edge|entrance)|(?:north|south|east|west)(?:-?(?:east|west))?)\s+of\s+(?:the\s+)?$|"
    # ("near the village of Sotk": near the village, as "near Sotk" is)
    r"\b(?:near|nearby|towards|around|close\s+to)\s+(?:the\s+)?(?:(?:village|town|settlement|city)\s+of\s+(?:the\s+)?)?$",
    re.I,
)
# "about 100km southwest of Preah Vihear temple": a town that far off only says where the place is
_DISTANCE_BEFORE = re.compile(
    r"\b(?P<n>\d{1,4}(?:\.\d+)?)\s*(?:km|kilomet(?:er|re)s?|mi|miles?)\s+(?:[\w-]+\s+){0,2}?$", re.I
)
_FAR_KM = 20.0


def _far_off(sentence: str, start: int) -> bool:
    """Is the place named only as a reference point at least _FAR_KM away ("100km southwest of X")?"""
    compass = _COMPASS_OF.search(sentence, max(0, start - 30), start)
    if compass is None:
        return False
    distance = _DISTANCE_BEFORE.search(sentence, max(0, compass.start() - 30), compass.start())
    if distance is None:
        return False
    value = float(distance.group("n"))
    return (value * 1.609 if distance.group(0).lower().rstrip().endswith(("mi", "mile", "miles")) else value) >= _FAR_KM


_COMPASS_OF = re.compile(rf"\b{_COMPASS_WORD}\s+of\s+(?:the\s+)?$", re.I)
_CAPITAL_OF = re.compile(r"\s+capital\b", re.I)
_ADJECTIVAL = re.compile(
    # ("a soldier from the Nagorno Karabakh (Artsakh) army": the other name in brackets between)
    r"\s*(?:\([^()]{1,40}\)\s+)?(?:'s\s+)?(?:army|armed\s+forces|forces|military(?!\s+(?:posts?|bases?|outposts?|camps?))|side|president|president's|authorities|government|troops|soldiers|"
    # "the AJK Prime Minister", "Punjab Chief Minister": the office the name qualifies
    r"(?:prime|chief)\s+minister|"
    r"leadership|defen[cs]e|ministry|people|officials|separatists|conflict|issue|talks|peace|war|contact\s+line|question|"
    # "the Syrian capital, Damascus"; "Israel's Wolf armoured personnel carrier", "a Merkava tank": a
    # country's capital, a vehicle's model
    r"capital|armou?red|tanks?|APCs?|personnel\s+carriers?|jeeps?|helicopters?|"
    # "the Nakhchivan border ceasefire", "the Karabakh (Artsakh) truce": the name qualifies the truce
    r"(?:\)\s+|\([^()]{1,40}\)\s+)?(?:border\s+)?(?:cease[-\s]?fire|truce|armistice))\b",
    re.I,
)
_NOT_NAMES = re.compile(
    r"^(?:The|A|An|In|On|At|Armed|Forces|Army|Ministry|Defense|Defence|President|Prime|State|Border|Republic|"
    # a cue word written with a capital ("Khuiratta Sector") is not a place of its own
    r"Sector|Village|District|Region|Province|Area|Town|Settlement|Temple|Hill|Height|Post|Kibbutz|Moshav|Tambon|"
    # a person's role or rank ("the town of X, Chaplain of the rescue service Y told ...")
    r"Chaplain|Commander|Head|Chief|Director|Deputy|Governor|Mayor|Colonel|General|Major|Lieutenant|Captain|"
    r"Sergeant|Spokes(?:man|woman|person)|Military|"
    # a military post's abbreviation ("border out posts (BoPs)", "forward posts (FDLs)")
    r"BoPs?|BOPs?|FDLs?|FOBs?|"
    # the faith or people a temple belongs to ("a 900-year-old Khmer Hindu temple called X")
    r"(?:Khmer\s+)?(?:Hindu|Buddhist)|Khmer|"
    # the faith or people of a village ("a mostly Christian Arab village"; "Arab al-Aramshe" is a name)
    r"(?:Christian|Muslim|Druze|Shiite|Shia|Sunni|Jewish|Alawite|Bedouin)(?:\s+Arab)?|Arab(?=$)|"
    # a body's adjective ("the UN-demarcated border", "UN-led talks")
    r"UN-[a-z]+|"
    # a compass point written with a capital ("in the North-Eastern part of the contact line", "the Northern direction")
    r"(?:North|South|East|West)(?:ern)?(?:[\s-]?(?:East|West|east|west)(?:ern)?)?|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    # a month written short ("trading strikes on Oct. 8")
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    # a count opening a sentence ("Thirteen villages were also targeted", "Several villages")
    r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|"
    r"Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Hundreds|Dozens|Several|Many|Some|All|Both|Most|"
    r"Numerous|Scores)(?:-\w+)?|"
    # a word of how often or which, opening a sentence ("Usually villages near border outposts get hit",
    # "Other villages", "Nearby villages")
    r"Usually|Often|Frequently|Sometimes|Normally|Typically|Generally|Mostly|Also|Other|Nearby|Neighbou?ring|"
    r"Remote|Such|These|Those|Their|Its|Our|Few|Frontline|Front-line|"
    # a word of the news itself, alone ("Shelling sector fired ...", "Line village": a sentence's first word before a
    # cue, never a place's whole name)
    r"(?:Line|Shelling|Firing|Fire|Shells?|Mortars?|Wounded|Killed|Injured|Dead|Troops|Soldiers|Civilians|Ceasefire|"
    r"Control|Report|Reports|Said|Near|Posts|Attack|Attacks|Strike|Strikes|Clashes|Fighting|Violations?|Fired|Shelled|"
    r"Targeted|Hit|Struck|Army|Village|Villages|District|Sector)(?=$))\b"
)
# A rank or title, then perhaps a first name: the name that follows is a person's
_PERSON_BEFORE = re.compile(
    r"\b(?:Colonel|Col\.?|General|Gen\.?|Lieutenant|Lt\.?|Major|Maj\.?|Captain|Capt\.?|Brigadier|Brig\.?|"
    r"Sergeant|Sgt\.?|Commander|Cdr\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Spokes(?:man|woman|person)|"
    # ("Private Erik G. Abovyan were killed": a soldier's rank, a first name and an initial)
    r"Private|Pvt\.?|Corporal|Cpl\.?|Serviceman|Rifleman|Sepoy|Havildar|Naik|Jawan|Constable|"
    # ("26-year-old Narek Poghosyan was killed": an age before the names)
    r"\d{1,3}-year-old)\s+"
    r"(?:(?:[A-Z][\w'’-]+|[A-Z]\.)\s+){0,3}$"
)
# South Asian honorifics that open a person's name ("Raja Farooq Haider", "Sardar Attique Khan")
_HONORIFIC = re.compile(r"Raja|Sardar|Chaudhry|Chaudhary|Sheikh|Syed|Mian|Khawaja|Nawab|Pir|Maulana|Hafiz")
# South Asian family names that only follow a person's first name ("Rajni Devi", "Shamim Akhtar Begum")
_FAMILY_NAME_AFTER = re.compile(r"\s+(?:Devi|Kumari|Begum|Bibi|Bano)\b")
# "Narek Poghosyan, 26,": a surname and an age after the name make it a person's
_AGE_APPOSITION = re.compile(r",\s+(?:aged\s+)?\d{1,2}\s*,\s+(?:in|at|from|of|was|were|is|and)\b")
_SURNAME_AND_AGE_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]+){1,2},\s+(?:aged\s+)?\d{1,3}\s*,")
_EDITORIAL_KIND = re.compile(r"(?<=\w) \[(?:village|settlement|town|city|hamlet|district|region)\](?= )")
_GENERIC_BORDER = r"state\s+border|the\s+border|line\s+of\s+contact|contact\s+line|frontline|front\s+line"


# "the Armenian-Azerbaijani border", "the Thai border", "the contact line", with the conflict's names.
_BORDER = rf"\b(?:(?:{{party}})[-–\s]+(?:{{party}})\s+(?:state\s+)?border|(?:{{party}})\s+border|{_GENERIC_BORDER})\b"


@dataclass(frozen=True)
class PlaceMention:
    """A place named in a sentence: as written, what the gazetteer made of it, how specific it is."""

    name: str
    start: int
    end: int
    place: Place | None
    candidates: tuple[Place, ...] = ()
    specific: bool = True  # a settlement or height (or an unknown name announced as one)
    near: bool = False  # "in the direction of X", "near X": the place is a reference point
    group: int | None = None  # mentions in one list share a group
    reason: str = ""
    cue: str | None = None  # the word that announced it ("village", "sector"), if any
    origin: bool = False  # "from positions in X": where fire came from
    reference: bool = False  # "north of X", "towards the southeast of X": a town that says where somewhere else lies
    opens: bool = False  # "In particular, in the Donetsk sector, ...": named where the sentence opens
    heights: bool = False  # "on nameless heights of the Gadabay district": unnamed spots, named by their district
    owner: bool = False  # "Oddar Meanchey province's O'Smach commune": named to say where the next place lies

    @property
    def key(self) -> str:
        return self.place.key if self.place is not None else f"unresolved:{fold(self.name)}"

    @property
    def precision(self) -> str:
        if self.place is None:
            return "near"
        if self.place.precision in ("region", "country"):
            return self.place.precision
        if not self.specific and self.cue is not None:
            # "the Tovuz district", "in Donetsk direction": the area its town names, shown at the town
            return "region"
        return "near" if self.near else self.place.precision


# The Armenia–Azerbaijan border as a whole: a region-precision point near its middle, used only
# when a claim names no place but "the border" (shown with precision "region").
BORDER = Place(
    key="region:armenia-azerbaijan-border",
    name="Armenia–Azerbaijan border",
    latitude=40.0,
    longitude=45.9,
    country="",
    admin1=None,
    kind="border",
    population=0,
    precision="region",
    alternate_names=(),
)


@lru_cache(maxsize=64)
def border_of(profile: Profile) -> Place:
    """The place standing for "the border" in a conflict: the default conflict's constant, else the
    profile's first place of kind "border" (the Line of Control, the Blue Line), else the middle of
    its map extent; always with region precision."""
    if profile.id == BORDER_PROFILE:
        return BORDER
    line = next((p for p in profile.places if p.kind == "border"), None)
    latitude, longitude = (line.latitude, line.longitude) if line else profile.extent.center
    return dataclasses.replace(
        BORDER,
        key=f"region:{profile.id}-border",
        name=line.name if line else f"{profile.title} border",
        latitude=latitude,
        longitude=longitude,
    )


def focus_of(lexicon: Lexicon | None) -> tuple[str, ...]:
    """The countries where a conflict's incidents happen (its parties' countries)."""
    return lexicon.profile.countries if lexicon is not None else FOCUS


def resolve_name(
    gazetteer: Gazetteer,
    name: str,
    *,
    near: Sequence[tuple[float, float]] = (),
    aliases: dict[str, str] | None = None,
    countries: Sequence[str] = FOCUS,
) -> GeocodeResult:
    """Geocode a name as found in a report, preferring the conflict's countries ("Mt. Dov" is
    "Mount Dov")."""
    name = _MOUNT.sub("Mount ", name)
    return gazetteer.geocode(name, countries=countries, near=near, aliases=aliases)


_MOUNT = re.compile(r"^Mt\.?\s+")


# fmt: off
_STOP_WORDS = {
    "the", "a", "an", "in", "on", "at", "and", "or", "armed", "forces", "army", "ministry", "defense", "defence",
    "president", "prime", "state", "border", "republic", "statement", "spokesman", "spokeswoman", "spokesperson",
    "armenian", "azerbaijani", "armenia", "azerbaijan", "armenia's", "azerbaijan's", "russian", "russia",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    # ("BOP Pindi and BOP Chakra", "BOPs Hiranagar and Kathua": the kind of a post before each name)
    "bop", "bops",
}
# fmt: on
# fmt: off
_ORG_WORDS = {"forces", "army", "ministry", "defense", "defence", "president", "statement", "spokesman",
              "spokeswoman", "spokesperson", "government", "units", "troops", "mission", "union",
              "department", "directorate", "agency", "committee"}
# fmt: on
_SPEAKER_CONTEXT = FoldedPattern(
    r"(?:statement|ministry|MoD|officials?|authorities|sources|reports?)\s+(?:from|in)\s+$|"
    # "according to Volodymyr Shved", "according to Baku": a source, never where fire fell
    r"\baccording\s+to\s+(?:the\s+)?$|"
    # "told a briefing in Donetsk": where something was said, not where it happened
    r"(?:briefing|press\s+conference|news\s+conference|speaking|spoke|meeting)\s+(?:held\s+)?in\s+$"
    # "said a defence spokesman in Jammu": where the spokesman sits, not where fire fell
    r"|\b(?:spokes(?:man|woman|person)|PRO)\s+(?:based\s+)?(?:in|at)\s+$"
    # "a defence spokesperson said in Jammu": where the spokesperson spoke
    r"|\b(?:spokes(?:man|woman|person)|PRO)\s+(?:said|told\s+\w+)\s+in\s+$"
    # "Mir Abid, Senior Superintendent of Police in Bhimber, told Dawn": where the officer serves
    r"|\b(?:Superintendent|Inspector|Commissioner)\s+of\s+Police\s+(?:in|of|for)\s+$",
    re.I,
)
# "Local authorities in Sartana reported ...": a town's own office, speaking of the town
_LOCAL_OFFICE_BEFORE = re.compile(
    r"\b(?:local|village|town|municipal)\s+(?:authorities|officials?|administration|council)\s+(?:in|of)\s+$", re.I
)
_THE_TOWN_AFTER = re.compile(r"\bthe\s+(?:town|village|city|settlement)\b(?!\s+of\b)", re.I)


def _its_own_town(sentence: str, start: int, end: int) -> bool:
    """ "Local authorities in Sartana reported rebels shelled the town": the office's own town, as the
    sentence goes on about it (not "Local officials in Kharkiv said forces shelled Kupiansk")."""
    return bool(
        _LOCAL_OFFICE_BEFORE.search(sentence, max(0, start - 30), start) and _THE_TOWN_AFTER.search(sentence, end)
    )


# "In Phnom Penh, Cambodian Information Minister X said he had received reports ...": a sentence that
# opens on a place and goes straight on to an official who speaks names where the official sits.
_SEAT_OPENS = re.compile(r"\W*In\s+(?:the\s+)?")
# (a national office only: "In Kharkiv, local authorities said two people were killed" is where it happened)
_SEAT_SPEAKS = re.compile(
    r",\s+(?:[\w'’.-]+\s+){0,6}?(?i:minister|ministry|president|premier|government\s+spokes(?:man|woman|person))"
    r"(?:\s+[A-Z][\w'’.-]*){0,4},?\s+(?i:has\s+|had\s+)?(?i:said|says|told|stated|announced|claimed)\b"
)
_POSSESSIVE = re.compile(r"['’]s$")
_POSSESSIVE_END = re.compile(r"['’]s?$")
_POSSESSIVE_BEFORE_NAME = re.compile(r"['’]s\s+[A-Z]")
# "Oddar Meanchey province's O'Smach commune": a region named, with its kind, to say where the next place lies
_KIND_POSSESSIVE_AFTER = re.compile(r"\s+(?i:province|district|region|oblast|governorate)['’]s\s+[A-Z]")
# "Jammu and Kashmir", "Azad Jammu and Kashmir", "the Line of Control": a name with "and" or "of"
# inside it, one place when the gazetteer knows it whole (else "A and B" is a list of two places,
# and "the Line of Control region" gave the places "Line" and "Control").
_JOINED_NAME = re.compile(rf"{_WORD}(?:\s+{_WORD})?\s+(?:and|of)\s+{_WORD}")
_SPEAKS_AFTER = re.compile(
    r"\s+(?:has\s+|have\s+)?(?:said|says|claimed|claims|stated|reported|denied|accused|announced)\b", re.I
)


# "the Armenian-occupied Goyarkh", "Russian-controlled Horlivka": who holds the place, not its name
_HELD_BY = re.compile(r"[A-Z][a-z]+-(?:occupied|controlled|held)")
_SETTLEMENT_KIND = re.compile(r"Kibbutz|Moshav|Moshava|Tambon")
_INSTITUTION_WORD = re.compile(
    r"(?i:council|administration|hall|police|authority|municipality|committee|hospital|clinic)"
)
_PARK_AFTER = re.compile(r"\s+(?:Park|Forest|Reserve)\b")
_KIND_WORD = re.compile(r"(?:Sectors?|Villages?|Districts?|Provinces?|Regions?|Areas?|Towns?|Settlements?)")
# a lower-case word right before: the name is inside a sentence, not at its start
_INSIDE_SENTENCE = re.compile(r"[a-z,]\s+$")


def _clean_span(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop leading words that are not part of a name ("Azerbaijan's Tovuz" -> "Tovuz"); reject org names.

    A possessive before a name is the region it lies in ("Kashmir's Poonch district",
    "Thailand's Surin province"), never the first word of the name; nor is who holds the place
    ("the Armenian-occupied Goyarkh") or the kind of settlement ("Kibbutz Yiftah", "Moshav Zarit").
    A capital "An" inside a sentence begins the name ("near the An Ses crossing")."""
    words = list(re.finditer(r"\S+", sentence[start:end]))
    article_name = (
        len(words) > 1 and words[0].group(0) == "An" and _INSIDE_SENTENCE.search(sentence, max(0, start - 3), start)
    )
    owner = [i for i, w in enumerate(words[:-1]) if _POSSESSIVE.search(w.group(0))]
    if owner and not article_name:
        words = words[owner[-1] + 1 :]  # "Neelam Valley's Mirpura": the region's words go with its possessive
    while (
        not article_name
        and words
        and (
            words[0].group(0).replace("’", "'").lower() in _STOP_WORDS
            or (len(words) > 1 and _POSSESSIVE.search(words[0].group(0)))
            or (len(words) > 1 and _HELD_BY.fullmatch(words[0].group(0)))
            or (len(words) > 1 and _SETTLEMENT_KIND.fullmatch(words[0].group(0)))
        )
    ):
        words.pop(0)
    if len(words) == 1 and _HELD_BY.fullmatch(words[0].group(0)):
        return None  # "attacks on the Ukrainian-controlled towns of A and B": who holds them, no name
    while len(words) > 1 and _KIND_WORD.fullmatch(words[-1].group(0)):
        words.pop()  # "in Sunderbani Sector of Rajouri district": the kind written with a capital is no part of the name
    if len(words) > 1 and words[-1].group(0) == "National" and _PARK_AFTER.match(sentence, start + words[-1].end()):
        words.pop()  # "into the Pha Mor E Daeng National Park area": the park, by the name it is known by
    while len(words) > 1 and _TIME_OPENER.fullmatch(words[-1].group(0)):
        words.pop()  # "... suburbs of Gorlovka Last night seen ...": a heading run into the next sentence
    if not words:
        return None
    if any(_POSSESSIVE_END.sub("", w.group(0).lower()) in _ORG_WORDS for w in words):
        return None  # ("the Armed Forces' servicemen": a possessive does not hide the word)
    if len(words) > 1 and any(_INSTITUTION_WORD.fullmatch(w.group(0)) for w in words[1:]):
        # "Toretsk City Council", "the Donetsk Regional Administration": a body, not a place ("Civil
        # Administration George Tuka": the body, then its head's name)
        return None
    # ("three outposts- A, B and C- were targeted": a dash closing the list is no part of its last name)
    last = words[-1]
    return start + words[0].start(), start + last.start() + len(last.group(0).rstrip("-–—"))


_CUED_NAME_RE = re.compile(_CUED_NAME)
_BOP_SPELLED_OUT = re.compile(r"\b[Bb]order\s+[Oo]ut\s*[Pp]osts?\s*\((?:BOPs?|BoPs?)\)")
# the capitalised word that opens a sentence about a time ("Last night", "Earlier today")
_TIME_OPENER = re.compile(r"Last|Late|Early|Earlier|Yesterday|Today|Tonight|Overnight")
_TIME_WORD = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
)


def _locates_a_member(sentence: str, span: tuple[int, int]) -> bool:
    """ "(Keshdak) of the Kalbajar region", "(Poonch and Rajouri) districts in Jammu": the name is the
    region a list's member lies in."""
    before, after = _LOCATOR_AROUND
    if _LOCATOR_IN_BEFORE.search(sentence, max(0, span[0] - 24), span[0]) is not None:
        return True
    return (
        before.search(sentence, max(0, span[0] - 8), span[0]) is not None and after.match(sentence, span[1]) is not None
    )


def _cued_names(names: str) -> Iterator[tuple[int, int]]:
    """Each name of a list after a cue word, as (start, end) in ``names``: up to three words, less a
    weekday or month at its end ("near Avdiivka Monday" names Avdiivka), and less a unit's word,
    which the checks of a name's next words then see."""
    for listed in _CUED_NAME_RE.finditer(names):
        words = list(re.finditer(r"\S+", listed.group(0)))
        while len(words) > 1 and (
            _TIME_WORD.fullmatch(words[-1].group(0)) or _UNIT_AFTER.match(listed.group(0), words[-2].end())
        ):
            words.pop()  # ("the area of the Joint Force Operation": "Joint Force" and the unit word after it)
        yield listed.start(), listed.start() + words[-1].end()


_LIST_ANNOUNCED_RE = re.compile(rf"\b{_LIST_ANNOUNCED}\s")


def announces_places(sentence: str) -> bool:
    """ "Some of the affected villages included A, B and C": the sentence lists where something
    already told happened (the list is announced before its names)."""
    return _LIST_ANNOUNCED_RE.search(sentence) is not None


def _joined_names(sentence: str, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """Spans of names with "and" or "of" inside that the gazetteer knows whole ("Jammu and Kashmir",
    "Line of Control").

    The gazetteer's scan of free text joins capitalised words only; the connective is capitalised
    for the look-up (same length, so the offsets hold) and a name found across it is one place."""
    found: list[tuple[int, int]] = []
    for match in _JOINED_NAME.finditer(sentence):
        phrase = match.group(0)
        connective = re.search(r"\s(?:and|of)\s", phrase)
        if connective is None:
            continue
        word = connective.group(0)[1:-1]
        probe = phrase[: connective.start() + 1] + word.capitalize() + phrase[connective.end() - 1 :]
        for start, end, _place in gazetteer.lookup_names(probe):
            if start <= connective.start() and end >= connective.end():
                found.append((match.start() + start, match.start() + end))
    return found


_BOTH_IN = re.compile(r"\((?:both|all)\s+(?:in|of)\b")


def _bracketed_containers(sentence: str) -> Iterator[re.Match[str]]:
    """``_BRACKETED_CONTAINER`` matches, looked for only before each "(both in": tried at every name
    of a long list of names, the pattern would read the rest of the list each time (quadratic)."""
    for bracket in _BOTH_IN.finditer(sentence):
        start = max(0, bracket.start() - _LIST_REACH)
        # the last match before this bracket is the list it closes
        found = collections.deque(_BRACKETED_CONTAINER.finditer(sentence, start, bracket.end() + 200), maxlen=1)
        if found and found[0].start("container") > bracket.start():
            yield found[0]


def _known_in(gazetteer: Gazetteer, name: str, focus: Sequence[str]) -> bool:
    """Does the gazetteer know ``name`` as a place (not a country) in the conflict's countries?"""
    return _in_focus(resolve_name(gazetteer, name, countries=focus).place, focus)


def _in_focus(place: Place | None, focus: Sequence[str]) -> bool:
    """Is the place one where the conflict's incidents happen (in its countries, and not a country)?"""
    return place is not None and place.kind != "country" and place.country in focus


# Kinds of a spot: "the Preah Vihear temple" is one place, though the gazetteer knows its name only as the province's
SPOT_CUES = frozenset({"temple", "temples", "airport", "barracks", "checkpoint", "crossing"})


def _is_region(place: Place | None, cue: str | None) -> bool:
    if cue and re.fullmatch(_REGION_WORDS, cue, re.I):
        return True
    if cue and cue.lower() in SPOT_CUES:
        return False
    return place is not None and place.precision in ("region", "country")


def _names_shelled(sentence: str) -> Iterator[tuple[int, int]]:
    """Spans of the names a verb of shelling has as its subject ("A and B were shelled"), looked for only
    in the stretch before each such verb (merged, so no text is scanned twice). One word opening the
    sentence is no name here ("Residents were shelled", "He came under fire")."""
    for start, end in _windows_before(_SHELLED_VERB, sentence, _SHELLED_REACH):
        for match in _NAMES_SHELLED.finditer(sentence, start, end):
            members = [
                span
                for a, b in _cued_names(match.group("names"))
                if (span := _clean_span(sentence, match.start("names") + a, match.start("names") + b)) is not None
            ]
            if (
                len(members) == 1
                and " " not in sentence[members[0][0] : members[0][1]]
                and _SENTENCE_OPENS.fullmatch(sentence, 0, members[0][0])
            ):
                continue
            yield from members


def _lists_before_plural_cues(sentence: str) -> Iterator[re.Match[str]]:
    """``_LIST_BEFORE_PLURAL`` matches, looked for only in the stretch before each plural cue word.

    Scanning a whole piece tries the list at every name of a long run of names ("Sotk, Goris,
    Kapan, ..."): quadratic in the names per piece. Most text has no cue word, and then nothing
    is scanned; stretches of nearby cues are merged, so no text is scanned twice."""
    for start, end in _windows_before(_PLURAL_CUE, sentence, _LIST_REACH):
        yield from _LIST_BEFORE_PLURAL.finditer(sentence, start, end)


def _windows_before(cue: re.Pattern[str], sentence: str, reach: int) -> list[tuple[int, int]]:
    """The stretches of ``sentence`` up to ``reach`` characters before each match of ``cue`` (and
    through it), overlapping ones merged: a pattern that must end at a cue is tried only there."""
    windows: list[list[int]] = []
    for found in cue.finditer(sentence):
        start = max(0, found.start() - reach)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = found.end()
        else:
            windows.append([start, found.end()])
    return [(start, end) for start, end in windows]


# (named with the area they make: not a dateline's "Lahore/Islamabad, March 2")
_SLASH_PAIR = re.compile(r"(?<=[a-z])/(?=[A-Z][a-z][\w'’-]*\s+(?:area|areas|direction|sector|road|axis|section)\b)")
_COUNT_ASIDE = re.compile(
    # (a number alone in brackets is a person's age: "Maqbool Mangral (20)")
    r"(?<=[\w'’])\s*\((?:\d{1,3}\s+times?|(?:one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+times?)?|once|twice)\)",
    re.I,
)
_DISTANCE_ASIDE = re.compile(
    r"\(\s*\d{1,4}(?:[.,]\d)?\s*(?:km|kilometres|kilometers|mi|miles)\s+(?:to\s+the\s+)?"
    r"(?:north|south|east|west)(?:-?(?:north|south|east|west))?(?:ern)?\s+of\s+[^()]{1,40}\)"
)


_WEB_NAME = re.compile(r"\b[A-Z][\w-]*\.(?:[Aa][Zz]|[Aa]m|[Rr]u|[Uu]a|[Gg]e|com|net|org)\b")


def find_place_mentions(
    sentence: str,
    gazetteer: Gazetteer,
    *,
    near: Sequence[tuple[float, float]] = (),
    aliases: dict[str, str] | None = None,
    lexicon: Lexicon | None = None,
) -> list[PlaceMention]:
    """Places named in ``sentence`` (in text order), each resolved or flagged as unresolved.

    ``lexicon`` is the report's conflict: its countries are where incidents happen, and its
    parties' names ("Lebanese", "Thai") are sides, never places."""
    lexicon = lexicon or lexicon_for(default_catalog().default)
    focus = focus_of(lexicon)
    # a translator's kind word in brackets ("the Taghavard [village] region") reads as a blank
    sentence = _EDITORIAL_KIND.sub(lambda m: " " * len(m.group(0)), sentence)
    # a distance in brackets ("Vodiane (94km south of Donetsk) and Novomykhailivka"): where the place lies, a
    # blank between the members of a list
    sentence = _DISTANCE_ASIDE.sub(lambda m: " " * len(m.group(0)), sentence)
    # "in Shusha (two) and Mardakert districts (three)": how many times, in brackets after a name, a blank too
    sentence = _COUNT_ASIDE.sub(lambda m: " " * len(m.group(0)), sentence)
    # "the heights overlooking Zghrin": the land above a village, named by it (as "the hills of X")
    sentence = _OVERLOOKING.sub(lambda m: " " * (len(m.group(0)) - 2) + "of", sentence)
    # "the Avdiivka/Yasynuvata area": two places joined by a slash, read as a list (same length: offsets hold)
    sentence = _SLASH_PAIR.sub(",", sentence)
    # an outlet's web name ("News.Az reports citing the ministry") is no place
    sentence = _WEB_NAME.sub(lambda m: " " * len(m.group(0)), sentence)
    # ("In Islamabad, the army claimed ...": the capital a statement was made in)
    seat = lexicon.statement_seat(sentence)
    if seat is not None:
        sentence = sentence[: seat[0]] + " " * (seat[1] - seat[0]) + sentence[seat[1] :]
    sentence = without_posting(sentence, only_on_the_line=True)
    # "Border Out Post (BOP) Chenaz": the long form read as its initials ("BOP Chenaz"), whose name follows
    sentence = _BOP_SPELLED_OUT.sub(lambda m: " " * (len(m.group(0)) - 3) + "BOP", sentence)
    spans: dict[tuple[int, int], str | None] = {}  # (start, end) -> cue word
    containers: set[tuple[int, int]] = set()  # "Balakote sector of Mendhar": Mendhar holds the place
    list_starts: set[int] = set()  # where a second list begins right after the place holding the first
    for match in _BEFORE_NAME.finditer(sentence):
        names_start = match.start("names")
        cue = (match.group("cue") or "").lower() or (
            "village"
            if match.group("cue_before")
            or match.group("cue_in")
            or match.group("kind_before")
            or match.group("announced")
            or match.group("following")
            or match.group("place_named")
            or match.group("villages_in")
            or match.group("age_in")
            or match.group("age_in2")
            else "outpost"
            if match.group("post_of") or match.group("post_named") or match.group("post_kind")
            else "near"
        )
        if _COMPASS.fullmatch(cue) and not _SPOT_BEFORE_COMPASS.search(
            sentence, max(0, match.start() - 30), match.start()
        ):
            continue  # "move north of the Litani River": a line drawn, not where a field was hit
        if match.group("villages_in") and (
            _known_in(gazetteer, match.group("names"), focus)
            or re.match(rf"\s+(?:{_REGION_WORDS}|sector|valley)\b", sentence[match.end("names") :], re.I)
        ):
            continue  # (a name the gazetteer knows is found as it is; "villages in Poonch district": a region)
        holds = match.group("cue") is not None and _names_before_cue(sentence, match.start(), lexicon)
        # "A and B sectors of Poonch and C, D and E in Rajouri": only the first name after the cue
        # holds A and B; the rest is a second list, with where it lies after it
        located_at = _second_list_locator(sentence, match.start("names"), match.end("names")) if holds else None
        held_alone = located_at is not None
        for order, (named_start, named_end) in enumerate(_cued_names(match.group("names"))):
            if order and (match.group("age_in") or match.group("age_in2")):
                break  # ("in Pir Klanjar, Ahsan Karim, 13, in ...": the next name is the next person's)
            span = _clean_span(sentence, names_start + named_start, names_start + named_end)
            if (
                span
                and not match.group("villages_in")
                and not match.group("post_kind")
                and not (match.group("age_in") or match.group("age_in2"))
                and _locates_a_member(sentence, span)
            ):
                # ("Keshdak of the Kalbajar region": the region is told by its own cue; "districts in
                # Jammu": the region the members lie in, which the gazetteer may know as a town)
                containers.add(span)
                continue
            if span:
                if located_at is not None and span[0] > located_at:
                    containers.add(span)  # ("... and C in Rajouri": Rajouri, where the second list lies)
                    continue
                if held_alone and order > 0:
                    spans[span] = cue.rstrip("s")
                    if order == 1:
                        list_starts.add(span[0])
                    continue
                spans[span] = cue
                if holds:
                    containers.add(span)
                    if held_alone and not re.match(r",?\s+and\s", sentence[span[1] :]):
                        held_alone = False  # "sectors of Poonch, Rajouri and C in X": no second list
    # (every match of _ROAD ends in "road" or "highway", as written: a sentence without either has none;
    # looked for once, its matches serve the roads' ends below too)
    roads_joining = list(_ROAD.finditer(sentence)) if "road" in sentence or "highway" in sentence else []
    for match in roads_joining:
        span = _clean_span(sentence, match.start("name"), match.end("name"))
        if span:
            spans.setdefault(span, "village")
    roads: set[int] = set()  # where the names of roads end
    for match in _NAMED_ROAD.finditer(sentence):
        span = _clean_span(sentence, match.start("name"), match.end("name"))
        if span and "-" not in sentence[span[0] : span[1]]:  # ("the Doha-Kafarman road": _ROAD's)
            spans.setdefault(span, "village")
            roads.add(span[1])
    for match in _TOLD_BETWEEN.finditer(sentence):
        names_start = match.start("names")
        for named_start, named_end in _cued_names(match.group("names")):
            span = _clean_span(sentence, names_start + named_start, names_start + named_end)
            if span:
                spans.setdefault(span, "village")  # (the second gives way: _without_second_of_between)
    for match in _COMMUNITY_HEAD.finditer(sentence):
        span = _clean_span(sentence, match.start("name"), match.end("name"))
        if span:
            spans.setdefault(span, "village")
    for match in _IN_REGION_AFTER.finditer(sentence):
        group = "name" if match.group("name") is not None else "addressed"
        start, end = next(_cued_names(match.group(group)))
        span = _clean_span(sentence, match.start(group) + start, match.start(group) + end)
        if span:
            spans.setdefault(span, "village")
    for match in _IN_KNOWN_PLACE.finditer(sentence):
        start, end = next(_cued_names(match.group("container")))
        container = _clean_span(sentence, match.start("container") + start, match.start("container") + end)
        if container is None:
            continue
        if not _known_in(gazetteer, sentence[container[0] : container[1]], focus):
            continue
        names_start = match.start("names")
        for named_start, named_end in _cued_names(match.group("names")):
            span = _clean_span(sentence, names_start + named_start, names_start + named_end)
            if span and span != container:
                spans.setdefault(span, "village")
                containers.add(container)
    for match in _SECTOR_THEN_DISTRICT.finditer(sentence):
        start, end = next(_cued_names(match.group("container")))
        container = _clean_span(sentence, match.start("container") + start, match.start("container") + end)
        if container is not None and _known_in(gazetteer, sentence[container[0] : container[1]], focus):
            containers.add(container)
    for match in _HIT_IN.finditer(sentence):
        names_start = match.start("names")
        for named_start, named_end in _cued_names(match.group("names")):
            span = _clean_span(sentence, names_start + named_start, names_start + named_end)
            if span:
                spans.setdefault(span, "hit")
    for start, end in _names_shelled(sentence):
        spans.setdefault((start, end), "hit")
    for match in _LOCATIVE_LIST.finditer(sentence):
        names_start = match.start("names")
        members = [
            span
            for named_start, named_end in _cued_names(match.group("names"))
            if (span := _clean_span(sentence, names_start + named_start, names_start + named_end)) is not None
        ]
        if _AREAS_AFTER.match(sentence, match.end()):
            continue  # "in Balakote and Mendhar areas": regions the places told next lie in
        if len(members) < 2:
            continue
        found = [resolve_name(gazetteer, sentence[a:b], countries=focus).place for a, b in members]
        if any(_in_focus(place, focus) for place in found) or (
            # ("raids were reported in Jabal Blat, Labbouneh, Hamoul, Markaba and Kounine": three or more
            # names in a list after "in", none of them known elsewhere or a country, are places too)
            len(members) >= (2 if match.group("kind") else 3)
            and match.group(0)[0] not in ":;"  # (not "...; Somchai Wong, Anan Boon and Preecha Kaew were wounded")
            and all(place is None or _in_focus(place, focus) for place in found)
        ):
            for span in members:
                spans.setdefault(span, "listed")
    for match in _APPOSITION.finditer(sentence):
        start, end = next(_cued_names(match.group("name")))
        span = _clean_span(sentence, match.start("name") + start, match.start("name") + end)
        if span:
            spans.setdefault(span, "village")
    for match in _bracketed_containers(sentence):
        start, end = next(_cued_names(match.group("container")))
        container = _clean_span(sentence, match.start("container") + start, match.start("container") + end)
        names_start = match.start("names")
        for named_start, named_end in _cued_names(match.group("names")):
            span = _clean_span(sentence, names_start + named_start, names_start + named_end)
            if span and span != container:
                spans.setdefault(span, "village")
        if container is not None:
            containers.add(container)
    for match in _REGION_POSSESSIVE.finditer(sentence):
        if resolve_name(gazetteer, match.group("region"), countries=focus).place is None:
            continue  # "in Hezbollah's Radwan unit": a party's, not a region's
        start, end = next(_cued_names(match.group("name")))
        span = _clean_span(sentence, match.start("name") + start, match.start("name") + end)
        if span:
            spans.setdefault(span, "named")
    for match in itertools.chain(_DISTRIBUTIVE.finditer(sentence), _ATTACK_ON.finditer(sentence)):
        names_start = match.start("names")
        name = _LONG_NAME if match.re is _ATTACK_ON else _CUED_NAME
        for listed in re.finditer(name, match.group("names")):
            if lexicon is not None and lexicon.side_word(listed.group(0).split()[0]) is not None:
                continue  # "attacks on Thai temple, ...": a side's adjective, not a listed name
            if match.re is _ATTACK_ON and (
                _BODY_AFTER.match(sentence, names_start + listed.end()) or _PERSON_OR_OWNER.search(listed.group(0))
            ):
                continue  # "targeted Hamas official X in Sidon", "struck Energoatom's office": a body, not a place
            kind = _KIND_LAST.search(listed.group(0))  # "Prasat Kro Temple": the name without its kind
            end = listed.start() + kind.start() if kind and kind.start() > 0 else listed.end()
            words = listed.group(0).rsplit(None, 1)
            if len(words) == 2 and _TIME_WORD.fullmatch(words[1]):
                end = listed.start() + len(words[0])  # "shelled Nova Krynytsia Monday": the day is no part of it
            span = _clean_span(sentence, names_start + listed.start(), names_start + end)
            if span:
                spans.setdefault(span, "village")
    for match in _lists_before_plural_cues(sentence):
        if match.group("cue") == "sector" and not (
            "," in match.group("names") and re.search(r"\s(?:and|or)\s", match.group("names"))
        ):
            # "Poonch and Rajouri sector" may be one sector and its district, "Kundan Pur, Chaprar, Sialkot
            # sector" a village, its sector and district; "A, B and C sector" is a list
            continue
        names_start = match.start("names")
        singular = match.group("cue").lower().rstrip("s")
        held = _LIST_HELD_BY.match(sentence, match.end())
        if held is not None:  # "A, B and C regions of the Autonomous Republic of X": X holds them
            container = _clean_span(sentence, held.start("name"), held.end("name"))
            if container is not None:
                containers.add(container)
        held_in = _LIST_HELD_IN.match(sentence, match.end())
        if held_in is not None:  # "A, B and C villages in X and Y sectors": X and Y hold them
            for group in ("name", "second"):
                if held_in.group(group) is not None:
                    container = _clean_span(sentence, held_in.start(group), held_in.end(group))
                    if container is not None:
                        containers.add(container)
        for listed in re.finditer(_CUED_NAME, match.group("names")):
            if _REGION_OWNS_RE.match(match.group("names"), listed.end()):
                continue  # "D region's E": D holds the members after it; it is no member
            span = _clean_span(sentence, names_start + listed.start(), names_start + listed.end())
            if span:
                spans[span] = singular
    after_spans: dict[tuple[int, int], str] = {}
    for match in _AFTER_NAME.finditer(sentence):
        group = next(
            g
            for g in (
                "name",
                "initials_name",
                "area_name",
                "long_area_name",
                "direction_name",
                "site_name",
                "spot_name",
            )
            if match.group(g) is not None
        )
        if group == "initials_name":  # ("the KG sector": _clean_span keeps no name without a small letter)
            after_spans[(match.start(group), match.end(group))] = match.group("initials_cue").lower()
            continue
        span = _clean_span(sentence, match.start(group), match.end(group))
        if span is not None:
            after_spans[span] = "front" if group == "direction_name" else (match.group("cue") or "area").lower()
    for match in _RANGE.finditer(sentence):
        span = _clean_span(sentence, match.start("first"), match.end("first"))
        if span is not None:
            after_spans[span] = "area"
    # ("on Tovuz, Terter and Aghdam directions": the last member is of the list's kind, as the others are)
    after_spans = {s: cue for s, cue in after_spans.items() if not (cue == "front" and spans.get(s) == "direction")}
    listed_directions = {s for s, cue in spans.items() if cue == "direction"}
    if after_spans:  # "Z village" wins over a listed name it overlaps
        by_cue_after = Spans(len(sentence))
        for start, end in after_spans:
            by_cue_after.add(start, end)
        spans = {s: cue for s, cue in spans.items() if not by_cue_after.overlaps(*s)}
        spans.update(after_spans)
    joined = _joined_names(sentence, gazetteer)
    if joined:  # "Azad Jammu and Kashmir" is one region, not the list "Azad Jammu" and "Kashmir"
        by_joined = Spans(len(sentence))
        for start, end in joined:
            by_joined.add(start, end)
        spans = {s: cue for s, cue in spans.items() if not by_joined.overlaps(*s)}
        spans.update(dict.fromkeys(joined))
    covered = Spans(len(sentence))
    for start, end in spans:
        covered.add(start, end)
    scan = list(gazetteer.lookup_names(sentence))
    scanned = sorted((a, b) for a, b, _ in scan)
    for start, end in [*spans, *scanned]:
        after = _AND_NEXT.match(sentence, end)
        if (
            after is None
            or covered.overlaps(after.start("name"), after.end("name"))
            or lexicon.side_of(sentence[start:end]) is not None  # ("between Israel and ...": a side)
        ):
            continue
        known = resolve_name(gazetteer, after.group("name"), countries=focus).place
        first = bisect.bisect_left(scanned, (after.start("name"), 0))  # the first scanned name inside it, if any
        inside = first < len(scanned) and scanned[first][1] <= after.end("name")
        if (
            _in_focus(known, focus)
            or (known is None and inside)
            # "at Phnom Trap hill and Veal Intry": joined to a place its kind word names, a place too
            or (
                known is None
                and spans.get((start, end)) in _KINDS_JOINING
                and not _NOT_NAMES.match(after.group("name"))
            )
        ):
            # "in Poonch district and Rajouri": a name joined to a place is a place, also when the
            # gazetteer finds it only by a looser match than its scan of free text makes; "into Ta
            # Phraya district and Ban Khlong Phaeng": the whole name, not the part the scan knows
            spans[(after.start("name"), after.end("name"))] = None
            covered.add(after.start("name"), after.end("name"))
    last: tuple[int, int] | None = None  # the last name found by the scan, when a settlement
    for start, end, known in scan:
        if covered.overlaps(start, end):
            continue
        head = _ARABIC_HEAD_BEFORE.search(sentence, max(0, start - 40), start)
        if head is not None and not covered.overlaps(head.start(), start):
            # "a strike on a car in Aita al-Shaab": the known word after the article ends a longer name, which the
            # gazetteer may lack ("Shaab" alone is a town in Israel)
            spans[(head.start(), end)] = None
            covered.add(head.start(), end)
            last = None
            continue
        if (
            last is not None
            and not _is_region(known, None)  # ("Poonch Rajouri": two districts side by side)
            and sentence[last[1] : start] == " "
            and not _NOT_NAMES.fullmatch(sentence[start:end])  # ("Khuiratta Sector": the kind word)
            and not _NOT_NAMES.fullmatch(sentence[last[0] : last[1]])
        ):
            # "attacked Ban Sam Lang in Trat", "the critical Prasat Ta Kwai": two known names with
            # only a space between are one name the gazetteer does not know ("Ban Sam" and "Lang")
            del spans[last]
            spans[(last[0], end)] = None
            last = None  # two names at most
            continue
        spans[(start, end)] = None  # known to the gazetteer but not announced as a place
        last = None if _is_region(known, None) else (start, end)
    origins = _origin_stretches(sentence)
    # (words some checks below need, looked for once: a text of many names meets them once, not per name)
    unnamed_spots = _UNNAMED_WORD.search(sentence) is not None
    offices = _OFFICE_WORD.search(sentence) is not None
    quarters: set[int] = set()  # where the names of a city's districts start
    mentions: list[PlaceMention] = []
    for (start, end), announced in sorted(spans.items()):
        # ("in Krishangati belt in Poonch district": Indian English's word for a sector)
        announced = "sector" if announced == "belt" else announced
        cue = (
            None
            if announced
            in (
                None,
                "direction",
                "directions",
                "vicinity",
                "outskirts",
                "suburb",
                "suburbs",
                "area",
                "areas",
                "near",
                "named",
                "hit",
                "listed",
            )
            else announced
        )
        if announced == "area" and _OPENING_IN.fullmatch(sentence, 0, start) and _FRAME_GAP.match(sentence, end):
            cue = "area"  # "In the Luhansk area, militants shelled X": the area that frames the sentence
        name = sentence[start:end].strip()
        if (
            not name
            or _NOT_NAMES.fullmatch(_POSSESSIVE.sub("", name))
            or (_ADJECTIVAL.match(sentence, end) and not cue)
            or _CAPITAL_OF.match(sentence, end)  # ("on the Syrian capital, Damascus": the country's, named next)
        ):
            continue
        if not cue and _PERSON_BEFORE.search(sentence, max(0, start - 40), start):
            continue  # "Colonel Devender Anand, defence ministry spokesman": a person's name, not the town Anand
        if not cue and _HONORIFIC.fullmatch(name) and _PERSON_AFTER.match(sentence, end):
            continue  # "Prime Minister Raja Farooq Haider": an honorific opening a person's name, not a town Raja
        if not cue and _FAMILY_NAME_AFTER.match(sentence, end):
            continue  # "A local, Rajni Devi of Arnia, was injured": a woman's first name, not the village of Rajani
        if not cue and _SURNAME_AND_AGE_AFTER.match(sentence, end):
            continue  # "Narek Poghosyan, 26, was killed": a first name, not the village of Narek
        if not cue and " " in name and _AGE_APPOSITION.match(sentence, end):
            continue  # ("..., Kalsoom Aziz, 40, in Pir Klanjar": a person of a list of the injured, with an age)
        if (
            not cue
            and FORCE_OF_BEFORE.search(sentence, max(0, start - 40), start)
            and not _GARRISON_AFTER.match(sentence, end)  # ("the units of Kharkiv garrison": a place's garrison)
        ):
            continue  # "the positions of the armed forces of Nagorno-Karabakh": whose force, not where it is
        if (
            _UNIT_AFTER.match(sentence, end)
            or _INSTITUTION_AFTER.match(sentence, end)
            or (_HOSPITAL_AFTER.match(sentence, end) and not _HIT_BEFORE.search(sentence, max(0, start - 30), start))
        ):
            continue  # "the Skhid (East) task force", "the Joint Force Operation": a unit, not a place
        if lexicon.side_of(name) is not None and not _capital_hit(sentence, start, name, lexicon):
            continue  # "Lebanese", "Thai", "Islamabad": a side (a demonym or a capital as metonym)
        compass = _COMPASS_SIDE.fullmatch(name)
        if compass is not None and lexicon.side_of(compass.group("side")) is not None:
            continue  # "air strikes on South Lebanon", "the Northern Israeli city": a side's land, as "southern Lebanon"
        if "-" in name and all(lexicon.side_of(part) is not None for part in name.split("-")):
            continue  # "the Israel-Lebanon border area": the two sides' line, not a place named so
        if "-" in name and name.split("-")[1][:1].islower() and lexicon.side_of(name.split("-")[0]) is not None:
            continue  # "Russian-occupation forces", "Israeli-controlled": a side's compound adjective
        if (
            announced is None
            and _PERSON_AFTER.match(sentence, end)
            and _RANK_BEFORE.search(sentence, max(0, start - 40), start)
        ):
            continue  # "Private Gurgen Ayvazyan": a soldier's first name, not the village of that name
        first_name = _FIRST_NAME_BEFORE.search(sentence, max(0, start - 20), start) if announced is None else None
        if first_name is not None and _RANK_BEFORE.search(
            sentence, max(0, first_name.start() - 40), first_name.start()
        ):
            continue  # "Serviceman Farman Yagublu lost his life": a soldier's surname, not the village of that name
        if (
            announced is None
            and _NAMED_PERSON_AFTER.match(sentence, end)
            and _TITLE_OF_BEFORE.search(sentence, max(0, start - 60), start)
        ):
            continue  # "The President of Ukraine, Volodymyr Zelenskyy,": a first name after a title, not a town
        if announced is None and (
            _NAME_PARTICLE_AFTER.match(sentence, end)
            or _NAME_PARTICLE_BEFORE.search(sentence, max(0, start - 6), start)
        ):
            continue  # "the elimination of Samir al-Kuntar": a first name, then a family name, not the village
        if _INSTITUTION_NAMED_AFTER.match(sentence, end) and _TAKEN_TO_BEFORE.search(
            sentence, max(0, start - 60), start
        ):
            continue  # "his body was taken to the Mendhar police station": where he was taken
        if (
            _DESTINATION_BEFORE.search(sentence, max(0, start - 40), start)
            or _CONVOY_FROM_BEFORE.search(sentence, max(0, start - 40), start)
        ) and not _WEAPON_BEFORE.search(sentence, max(0, start - 80), start):
            continue  # "the bus was heading to Muzaffarabad", "the convoy from Lvov": where it went, or came from
        if _IN_A_GROUP_NAME_AFTER.match(sentence, end) and sentence[start:end][:1].isupper():
            continue  # "the Samir Kuntar Group": a unit's name, not a place
        if _WORK_STRIKE_BEFORE.search(sentence, max(0, start - 40), start):
            continue  # "a general strike in Yaroun": a strike of work, not of arms
        if _LEFT_BEFORE.search(sentence, max(0, start - 8), start) and _HURT_AFTER.match(sentence, end):
            continue  # "firing left Ali Raza injured": a person hit, not a place
        home = _HOME_OF_PERSON.search(sentence, max(0, start - 60), start)
        if home is not None and not _NOT_A_PERSON.search(home.group(0)):
            continue  # "Mohan Singh Bhatti of Jerda village said": where a witness lives, not where fire fell
        if _RANK_BEFORE_NAME.search(sentence, max(0, start - 40), start) or _NAMED_PERSON_OR_HOME_BEFORE.search(
            sentence, max(0, start - 40), start
        ):
            continue  # "Servicemen Farman Yagublu lost his life": a soldier by rank and name, not a village
        if _is_dateline(sentence, start, end):
            continue  # "Jammu: A soldier was killed ...", "Jammu, Dec 16 :": where the report was filed
        if announced is None and (_FULL_NAME_SPEAKS.match(sentence, end) or _SURNAME_SPEAKS.match(sentence, end)):
            continue  # "Mohan Singh Bhatti of Jerda village said": a person who speaks, not a town
        if _POSSESSIVE_BEFORE_NAME.match(sentence, end):
            continue  # "Jammu and Kashmir's Rajouri district": the region the named place lies in
        if announced is None and _AGE_AFTER.match(sentence, end):
            continue  # "Bashir Uri (60)": a person with an age in brackets, not the town
        if (
            (_SPEAKER_CONTEXT.search(sentence[max(0, start - 30) : start]) or _SPEAKS_AFTER.match(sentence, end))
            and not _its_own_town(sentence, start, end)
            # ("Residents of the village of X reported machine-gun fire": a village named so is no government)
            and not (
                cue is not None
                and cue.lower()
                in ("village", "villages", "hamlet", "hamlets", "settlement", "settlements", "town", "towns")
            )
        ):
            continue  # "a statement from Yerevan", "Baku said": a government, not a place
        if (
            offices
            and _OFFICE_AT_BEFORE.search(sentence, max(0, start - 30), start)
            and _THEN_SPEAKS.match(sentence, end)
        ):
            continue  # "deputy chief of the relations office at the Poipet border crossing, said": where the speaker works
        if _MISSION_IN_BEFORE.search(sentence, max(0, start - 30), start):
            continue  # "confirmed by the Thai Embassy in Phnom Penh": where a diplomatic mission sits
        if _SEAT_OPENS.fullmatch(sentence, 0, start) and _SEAT_SPEAKS.match(sentence, end):
            continue  # "In Phnom Penh, the minister said ...": where the speaker sits
        query = f"{name} {cue}" if cue and re.fullmatch(_REGION_WORDS, cue, re.I) else name
        result = resolve_name(gazetteer, query, near=near, aliases=aliases, countries=focus)
        if result.place is None and query != name:
            result = resolve_name(gazetteer, name, near=near, aliases=aliases, countries=focus)
        place = result.place
        if place is not None and place.kind == "country":
            continue  # a country is a side, not where an incident happened
        # (a place of the user's own, a point clicked for a name, is where the user put it, whatever its country)
        if place is not None and place.country not in focus and place.kind not in ("border", "user"):
            if announced in (None, "hit", "listed") or (
                announced == "village"  # (announced by what was done there, not by a kind word: "Keri Sector")
                and place.population >= _CITY_ABROAD
                and _is_its_name(name, place)  # (not "Keri", a former name of Cary in the United States)
                and not _KIND_BEFORE.search(sentence, max(0, start - 30), start)
                and not _KIND_CLOSING_AFTER.match(sentence, end)
            ):
                # Brussels, Moldova: places in the news, not on the front line ("as Israel bombed Gaza":
                # a city abroad is that city, not a village of the same name the gazetteer lacks)
                continue
            place = None  # "near X" with X only known abroad: flag it, let the user choose
        near_cue = bool(_NEAR_CUE.search(sentence[max(0, start - 40) : start]))
        reference = bool(_COMPASS_OF.search(sentence, max(0, start - 30), start))
        airport = _AIRPORT_AFTER.match(sentence, end)
        if airport is not None:
            # "at the old terminal of Donetsk airport": the airport, by its town (precision "near")
            name, end, near_cue = f"{name} airport", airport.end(), True
        works = _WORKS_AFTER.match(sentence, end) if airport is None else None
        if works is not None:
            # ("on the roof of the Donetsk Filtration Station's office": the works, found at its town)
            name, end, near_cue = sentence[start : works.end()], works.end(), True
        heights = (
            unnamed_spots and _NAMELESS_HEIGHTS_OF.search(sentence[max(0, start - _HEIGHTS_REACH) : start]) is not None
        )
        quarter = _city_district(sentence, end, gazetteer, focus)
        if quarter is not None and place is not None and place.precision == "region":
            quarter = None  # "the Sadarak district of Nakhchivan": a district the gazetteer knows, of a region named as its city
        if quarter is not None:
            quarters.add(start)
        if place is not None and place.precision == "region" and _WRITTEN_SETTLEMENT.match(sentence, end):
            place = None  # "Kengerli village" is not the Kangarli district: flag the village, offer the guess
        if place is not None and _far_from_its_district(sentence, end, place, gazetteer, focus):
            place = None  # "Kamarli village of Gazakh district" is not the Armenian town once called Kamarlu: flag it
        if (
            quarter is not None
            and place is not None
            and quarter is not _OF_THE_CITY
            and haversine_km(place.latitude, place.longitude, quarter.latitude, quarter.longitude) > _QUARTER_KM
        ):
            place = None  # "the Kiev district of Donetsk" is not Kyiv: flag the name, offer the guess
        mentions.append(
            PlaceMention(
                name=name,
                start=start,
                end=end,
                place=place,
                candidates=tuple(result.candidates),
                specific=(
                    (quarter is not None or not _is_region(place, cue))
                    and not (_DIRECTION_AFTER.match(sentence, end) and (start, end) not in listed_directions)
                    and (start, end) not in containers
                    and not (reference and _far_off(sentence, start))
                )
                or heights,
                near=near_cue,
                reference=reference,
                reason=result.reason,
                cue=cue,
                heights=heights,
                owner=_KIND_POSSESSIVE_AFTER.match(sentence, end) is not None,
                opens=start <= _OPENER_CHARS and _OPENER.fullmatch(sentence, 0, start) is not None,
                origin=bool(
                    _fire_from_before(sentence, start)
                    or _located_actor_before(sentence, start)
                    or _stationed_actor_before(sentence, start, end)
                    or _stationed_actor_before(sentence, start, end, _POSITIONS_IN_BEFORE, reach=40)
                    or _armed_subject_from(sentence, start, end)
                    or any(a <= start < b for a, b in origins)
                ),
            )
        )
    road_ends = {match.start("name") for match in roads_joining}
    if road_ends:  # "the Kfardounin–Deir Kifa road": at its first village, not a place named "Kfardounin–Deir Kifa"
        mentions = [m for m in mentions if not (m.start in road_ends and ("-" in m.name or "–" in m.name))]
    mentions = _without_other_names(sentence, _without_second_of_between(sentence, _dedupe(mentions)))
    mentions = _village_of_described(sentence, mentions)
    if roads:
        # ("on Zawtar El Charqiyeh road in the Ain Al-Samahiya area": where on the road, named next, is the place)
        # (only a spot named as an area: not "the Marjayoun road near the Litani river", nor "in the X district")
        areas = {m.start for m in mentions if m.specific and _AREA_AFTER.match(sentence, m.end)}
        mentions = [
            m
            for m in mentions
            if not (
                m.end in roads and (after := _ROAD_IN_AREA.match(sentence, m.end)) is not None and after.end() in areas
            )
        ]
    outage = _OUTAGE_WORD.search(sentence) is not None  # (looked for once per sentence, not once per name)
    instructed = [match.span() for match in _RESIDENTS_INSTRUCTED.finditer(sentence)]
    mentions = [
        m
        for m in mentions
        if not any(start < m.start < end for start, end in instructed)
        and (m.end in roads or not _STREET_AFTER.match(sentence, m.end))
        and not _TERROR_ATTACK_AFTER.match(sentence, m.end)
        and not _CARRIED_TO.search(sentence, max(0, m.start - 120), m.start)
        and not _SIRENS_IN.search(sentence, max(0, m.start - 120), m.start)
        and not (outage and _OUTAGE_IN.search(sentence, max(0, m.start - 160), m.start))
        and not _HOME_OF.search(sentence, max(0, m.start - 60), m.start)
        # ("..., the Prosecutor General's office of Artsakh said": an office, by the title it serves)
        and not (m.name.endswith(("'s", "’s")) and _OFFICE_AFTER.match(sentence, m.end))
        # ("the Arab-Israeli village of Ghajar": what the place is, a compound of a side's name, before its
        # name; not "Koti village of Noyemberyan", a village and its district)
        and not (
            _KIND_OF_NAME_AFTER.match(sentence, m.end)
            and any(lexicon.side_of(part) is not None for part in re.split(r"[-–]", m.name)[1:])
        )
    ]
    if any(m.specific and m.cue in SETTLEMENT_CUES for m in mentions):
        # "... was injured in Sandhara village, said X, deputy commissioner of Kotli": beside the villages
        # named, the seat of the office that speaks is no place of fire (alone, it is: "shells landed in
        # the town, said X, the mayor of Nikopol")
        mentions = [m for m in mentions if not _OFFICE_SEAT_BEFORE.search(sentence, max(0, m.start - 80), m.start)]
    seats = [
        m
        for m in mentions
        if _OFFICE_OPENS_SENTENCE.match(sentence, 0, m.start) and _NAMED_HOLDER.match(sentence, m.end)
    ]
    if seats and any(m.specific and m not in seats for m in mentions):
        # "Governor of Dnipropetrovsk Serhiy X reported that Russians shelled Marhanets": the office's seat, its
        # holder speaking, beside the place told
        mentions = [m for m in mentions if m not in seats]
    # ("a village to the east of Mariupol on the Sea of Azov": the sea, not the town of Azov)
    mentions = [m for m in mentions if not _SEA_OF_BEFORE.search(sentence, max(0, m.start - 12), m.start)]
    mentions = [_without_possessive(m, gazetteer, focus) for m in mentions]
    doubled = [_with_double_name(sentence, m, gazetteer, focus) for m in mentions]
    extended = [(m.start, m.end) for m, was in zip(doubled, mentions) if m.end != was.end]
    # (the second name, found on its own by the gazetteer, is no place of its own)
    mentions = [m for m in doubled if not any(a < m.start and m.end <= b for a, b in extended)]
    return _plural_cue(
        sentence,
        _without_address_lists(
            sentence, _group_lists(sentence, _without_address_towns(sentence, mentions), list_starts)
        ),
        quarters,
    )


_SEA_OF_BEFORE = re.compile(r"\b(?:Sea|Gulf)\s+of\s+(?:the\s+)?$")
_OVERLOOKING = re.compile(r"(?:(?<=\bthe\sheights\s)|(?<=\bthe\shills\s))overlooking(?=\s+[A-Z])")
_NAME_POSSESSIVE = re.compile(r"['’]s$")  # (not _POSSESSIVE_END above, which takes a bare apostrophe too)


def _without_possessive(mention: PlaceMention, gazetteer: Gazetteer, focus: Sequence[str]) -> PlaceMention:
    """ "different sectors of Sialkot's working boundary": the place is Sialkot (its possessive was read as part of
    an unknown name, "Sialkot's"), resolved by that name."""
    if mention.place is not None or not _NAME_POSSESSIVE.search(mention.name) or len(mention.name) < 5:
        return mention
    name = mention.name[:-2]
    place = resolve_name(gazetteer, name, countries=focus).place
    return dataclasses.replace(
        mention, name=name, end=mention.end - 2, place=place if _in_focus(place, focus) else None
    )


# "houses burned by shelling in Zolote-5/Mykhailivka": a numbered part of a place, or its second name after a slash
_DOUBLE_NAME_AFTER = re.compile(r"(?:-\d{1,2})?/[A-Z][\w'’-]{2,30}(?:-\d{1,2})?\b|-\d{1,2}\b(?![\d:./-])")


_DOUBLE_NAME_KM = 15.0  # a second name after a slash is the same place's when it is no other place farther off


def _with_double_name(sentence: str, mention: PlaceMention, gazetteer: Gazetteer, focus: Sequence[str]) -> PlaceMention:
    """The name as written, with the numbered part or second name the gazetteer's match left out; where it lies
    stays the place the gazetteer found (a part of it, or the same place by its other name). Two towns apart
    ("Horlivka/Toretsk") stay two names."""
    after = _DOUBLE_NAME_AFTER.match(sentence, mention.end)
    if after is None or mention.place is None:
        return mention
    second = re.search(r"/([A-Z][\w'’-]+)", after.group(0))
    # (a numbered part's other name is the part's own: "Zolote-5/Mykhailivka", whatever namesake lies farther off)
    if second is not None and not after.group(0).startswith("-"):
        # (of many namesakes, the one nearest the first name: "Zolote-5/Mykhailivka" is that Mykhailivka)
        spot = (mention.place.latitude, mention.place.longitude)
        other = resolve_name(gazetteer, second.group(1), countries=focus, near=[spot]).place
        if other is not None and (
            haversine_km(other.latitude, other.longitude, mention.place.latitude, mention.place.longitude)
            > _DOUBLE_NAME_KM
        ):
            return mention
    return dataclasses.replace(mention, name=mention.name + after.group(0), end=after.end())


# "five Thai soldiers entered Veal Entry, or Eagle Field, encountering ...": a second name of the place
# just named, said as an aside (not a list's last member: "A, B, or C")
_OTHER_NAME_BETWEEN = re.compile(r",\s+(?:or|also\s+known\s+as|known\s+as|aka)\s+(?:the\s+)?|\s+\((?:or|aka|also)\s+")
_OTHER_NAME_CLOSES = re.compile(r"\s*(?:[,)]|$)")


# "in the Nagorno-Karabakh village of Taghavard": the region the village is in, said before its kind, and the
# village (not "Koti village of Noyemberyan region", a village and the district holding it)
_OFFICE_AFTER = re.compile(r"\s+(?:office|offices|bureau|department)\b", re.I)
_DESCRIBED_BEFORE = re.compile(r"\bthe\s+$", re.I)
_VILLAGE_OF_BETWEEN = re.compile(r"\s+(?:village|town|hamlet|settlement)\s+of\s+(?:the\s+)?")
_AREA_WORD_AFTER = re.compile(rf"\s+(?i:{_REGION_WORDS})\b")


# "the Arab-Israeli village of Ghajar", "the Lebanese village of X": what the village is, not a village's name
_DESCRIBING_WORD = re.compile(r"[-–]|(?:ese|ian|ish|eli)$")


def _village_of_described(sentence: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The mentions with "the A village of B" read as the village B, in A."""
    out: list[PlaceMention] = []
    skip: set[int] = set()
    for i, m in enumerate(mentions):
        if i in skip:
            continue
        after = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            after is not None
            and _DESCRIBED_BEFORE.search(sentence, max(0, m.start - 5), m.start)
            and _VILLAGE_OF_BETWEEN.fullmatch(sentence, m.end, after.start)
            and not _AREA_WORD_AFTER.match(sentence, after.end)
            # (a town's name as the district it heads, before a village the gazetteer lacks: "the Marjayoun
            # village of Wadi Slouki")
            and (m.place is None or m.place.kind != "settlement" or after.place is None)
        ):
            if m.place is None and after.place is not None and not _DESCRIBING_WORD.search(m.name):
                # ("a farmer from the Kyratagh village of Hadrut": a name the gazetteer lacks, then the district it
                # knows: the village, in that district, offered the district's point to place it by)
                offered = m.candidates or (after.place,)
                out.append(dataclasses.replace(m, specific=True, group=None, cue="village", candidates=offered))
                skip.add(i + 1)
                continue
            # (a village the gazetteer lacks is offered its district's town to place it by: the reviewer picks
            # it or clicks the village's own point)
            offered = after.candidates or ((m.place,) if after.place is None and m.place is not None else ())
            out.append(dataclasses.replace(after, specific=True, group=None, cue="village", candidates=offered))
            skip.add(i + 1)
            continue
        out.append(m)
    return out


def _without_other_names(sentence: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The mentions without a place's other name said right after it ("Veal Entry, or Eagle Field,")."""
    kept: list[PlaceMention] = []
    for m in mentions:
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and _OTHER_NAME_BETWEEN.fullmatch(sentence, previous.end, m.start)
            and _OTHER_NAME_CLOSES.match(sentence, m.end)
            and not re.search(r",\s*$", sentence[max(0, previous.start - 3) : previous.start])
        ):
            continue
        kept.append(m)
    return kept


# "on nameless heights of the Tartar, Khojavand and Fuzuli districts", "on nameless hills in Gadabay region":
# Azerbaijani bulletins name unnamed spots by their district, which is then the incident's place (a
# list of districts after the phrase each; read over a bounded stretch before the name)
_NAMELESS_HEIGHTS_OF = re.compile(
    r"\b(?:nameless|unnamed|unnamed?\s+strategic)\s+(?:hills?|heights?|hilltops?|elevations?)\s+(?:located\s+)?(?:of|in)\s+"
    r"(?:the\s+)?(?:[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?,[ \t])*(?:[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?,?[ \t]and[ \t])?$"
)
_HEIGHTS_REACH = 160
_UNNAMED_WORD = re.compile(r"\b(?:nameless|unnamed)\b", re.I)
_OFFICE_WORD = re.compile(
    r"\b(?:office|offices|headquarters|bureau|department|centre|center)\b|\([A-Z]{2,6}\)\s+(?:at|in)\b", re.I
)


# ("a representative from the Joint Centre for Control and Co-ordination (JCCC) in Debaltseve informed the SMM")
_OFFICE_AT_BEFORE = re.compile(
    r"(?:\b(?:office|offices|headquarters|bureau|department|centre|center)(?:\s+\([A-Z]{2,6}\))?|\([A-Z]{2,6}\))\s+"
    r"(?:at|in)\s+(?:the\s+)?$",
    re.I,
)
# ("Two Thai deaths were confirmed by the Thai Embassy in Phnom Penh")
_MISSION_IN_BEFORE = re.compile(
    r"\b(?:[Ee]mbass(?:y|ies)|[Cc]onsulate(?:\s+[Gg]eneral)?|"
    # ("summoned the acting Indian deputy high commissioner in Islamabad": where the envoy sits)
    r"(?:[Hh]igh\s+[Cc]ommission(?:er)?|[Aa]mbassador|[Cc]harg[eé]\s+d['’]\s?[Aa]ffaires|[Ee]nvoy))\s+(?:in|at|to)\s+(?:the\s+)?$"
)
_THEN_SPEAKS = re.compile(r"[^.;:,]{0,40}?,?\s+(?:said|says|told|stated|informed|reported)\b")


# "Chong Khiao Pass in Surin", "- Phu Khao Lek, Si Sa Ket province": a line of a list of locations,
# a name (with its kind) and perhaps where it lies, nothing else.
_PLACE_LINE = re.compile(
    rf"(?:[-•*–·]\s*|\d{{1,2}}[.)]\s*)?(?P<name>{_CUED_NAME})(?:\s+(?i:pass|temple|village|hill|post|checkpoint|area))?"
    # ("• Ban Khlong Phaeng, Ta Phraya district:": an item whose lines tell what happened there)
    rf"(?:\s*(?:,|\s+in)\s+(?:the\s+)?(?P<container>{_CUED_NAME})(?:\s+(?i:province|district|region|oblast))?)?\s*[.;:]?"
)
_LINE_MAX = 120  # characters: a list's line names a place, it tells nothing


def place_line(
    line: str, gazetteer: Gazetteer, *, lexicon: Lexicon, near: Sequence[tuple[float, float]] = ()
) -> PlaceMention | None:
    """The place a line of a list of locations names ("Chong Khiao Pass in Surin"), or None when
    the line is anything else. A name the gazetteer lacks is flagged, not dropped; where it lies
    (after "in" or a comma) only locates it."""
    match = _PLACE_LINE.fullmatch(line.strip()) if len(line) <= _LINE_MAX else None
    if match is None:
        return None
    start, end = next(_cued_names(match.group("name")))
    span = _clean_span(line, match.start("name") + start, match.start("name") + end)
    if span is None:
        return None
    kind = _KIND_LAST.search(line, span[0], span[1])  # ("Chong Khiao Pass": the name without its kind)
    if kind is not None and kind.start() > span[0]:
        span = (span[0], kind.start())
    name = line[span[0] : span[1]]
    if _NOT_NAMES.match(name) or lexicon.side_of(name) is not None:
        return None
    focus = focus_of(lexicon)
    result = resolve_name(gazetteer, name, near=near, countries=focus)
    place = result.place
    if place is not None and (place.kind == "country" or place.country not in focus):
        place = None
    return PlaceMention(
        name=name, start=span[0], end=span[1], place=place, candidates=tuple(result.candidates), reason=result.reason
    )


# "the Balakote sector of", "the Tarkundi forward area of", "Ramgarh and Arnia sectors of", "two
# sectors of": a place (or a count) named before the cue; what follows "of" is where it lies.
_NAMED_BEFORE_CUE = re.compile(
    rf"(?:(?P<word>{_WORD})\s+(?:(?:forward|border|frontier)\s+)?|\b(?:two|three|four|five|six|several|both|\d{{1,3}})\s+)$"
)


def _names_before_cue(sentence: str, cue_start: int, lexicon: Lexicon) -> bool:
    """Is the cue of "<cue> of Y" preceded by the name it announces ("Balakote sector of Mendhar") or
    by a count ("two sectors of Rajouri and Poonch")? Then Y is the region it lies in, not a second
    place. A side's adjective ("the Armenian village of X") announces nothing: there X is the place."""
    before = _NAMED_BEFORE_CUE.search(sentence, max(0, cue_start - 40), cue_start)
    if before is None:
        return False
    word = before.group("word")
    return word is None or (
        not _NOT_NAMES.fullmatch(word) and word.lower() not in _STOP_WORDS and lexicon.side_of(word) is None
    )


# "the Kiev district of Donetsk", "the Kalininsky and Nikitovsky districts of the town", "Nikitovsky district
# in Horlivka": a district of
# a city is a part of that city, where fire fell (not a district of a province, a region)
_CITY_DISTRICT = re.compile(
    rf"(?:(?:\s*,\s*|,?\s+and\s+){_NAME}){{0,6}}\s+(?i:districts?)\s+(?:of|in)\s+(?:the\s+)?"
    # (the city's name ends the phrase: not "of Jammu and Kashmir", "of Nabatieh province", "of Nakhchivan Autonomous Republic")
    # ("Nikitovsky district in Horlivka and the surroundings of Kreminna": "and" then no name)
    r"(?:(?:city|town)\b(?!\s+of\b)|(?P<city>[A-Z][\w'’-]*[a-z])(?=\s*[,.;:)]|\s*$|\s+(?!(?:and|or)\s+(?:the\s+)?[A-Z]|"
    rf"(?:{_REGION_WORDS})\b)[a-z]))"
)
# "A village of X district", "A, in the X region": the district the text places a name in
_DISTRICT_AFTER = re.compile(
    rf"(?:\s+(?:{_SETTLEMENT_WORDS}))?,?\s+(?:of|in)\s+(?:the\s+)?(?P<container>{_CUED_NAME})\s+"
    # (a district: a province or a region, "Rajouri in Jammu region", spans more than the distance allowed)
    # ("Ban Nong Ri in Sa Kaeo province": a province, given a wider reach, _PROVINCE_KM)
    r"(?P<kind>district|rayon|province|oblast)\b",
    re.I,
)
_DISTRICT_KM = 80.0  # further from its district's point than this, the gazetteer's place is a namesake elsewhere
_PROVINCE_KM = 160.0  # ... and from its province's point (a province spans 100-200 km)


def _far_from_its_district(sentence: str, end: int, place: Place, gazetteer: Gazetteer, focus: Sequence[str]) -> bool:
    """Is the place found for a name far from the district the text puts it in? A name the gazetteer
    knows only elsewhere (another country's town of that name, an old name of a city) is then
    flagged for the user rather than put on the map in the wrong place."""
    if place.precision in ("region", "country"):
        return False
    found = _DISTRICT_AFTER.match(sentence, end)
    if found is None:
        return False
    district = resolve_name(
        gazetteer, f"{found.group('container')} {found.group(0).split()[-1]}", countries=focus
    ).place
    if district is None or district.kind == "country":
        return False
    reach = _DISTRICT_KM if found.group("kind").lower() in ("district", "rayon") else _PROVINCE_KM
    return haversine_km(place.latitude, place.longitude, district.latitude, district.longitude) > reach


_QUARTER_KM = 25.0  # further from the city than this, a place found for its district is a namesake (a city spans 30 km)
_OF_THE_CITY = BORDER  # stands for "of the city" (a city the sentence does not name)


def _city_district(sentence: str, end: int, gazetteer: Gazetteer, focus: Sequence[str]) -> Place | None:
    """The city whose district the name ending at ``end`` is ("X district of Donetsk"), ``_OF_THE_CITY``
    for "X district of the city", else None (a district of a province, or no district)."""
    match = _CITY_DISTRICT.match(sentence, end)
    if match is None:
        return None
    if match.group("city") is None:
        return _OF_THE_CITY
    city = resolve_name(gazetteer, match.group("city"), countries=focus).place
    return city if city is not None and city.precision not in ("region", "country") and city.population else None


# "on the road between (the villages of) A and B": one spot located by two places, not two places.
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?:villages?|towns?|settlements?)\s+of\s+)?$", re.I)
_AND_BETWEEN = re.compile(r"\s+and\s+(?:the\s+)?(?:(?:village|town|settlement)\s+of\s+)?")


def _without_second_of_between(sentence: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Drop B of "between A and B": the incident is one, at (or near) A."""
    kept: list[PlaceMention] = []
    for mention in mentions:
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and _BETWEEN_BEFORE.search(sentence[max(0, previous.start - 40) : previous.start])
            and _AND_BETWEEN.fullmatch(sentence[previous.end : mention.start])
        ):
            continue
        kept.append(mention)
    return kept


# Before a capital that is where something happened ("struck Stepanakert", "landed in Baku",
# "the capital Stepanakert"), not the government that speaks or is blamed ("Baku said").
_TARGET_BEFORE = re.compile(
    r"\b(?:in|at|near|on|towards?|into|including|over|shell(?:ed|ing)|struck|hit|attack(?:ed|ing)|target(?:ed|ing)|"
    r"bomb(?:ed|ing)|strik(?:e|es|ing))\s+(?:the\s+)?(?:(?:capital|city)(?:\s+of)?\s+)?$|\bthe\s+capital,?\s+$",
    re.I,
)
_BLAME_ON = re.compile(
    r"\b(?:blame|responsibility|pressure|sanctions|demands?)\s+on\s+$|\b(?:called|calls|urged)\s+on\s+$", re.I
)
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told|speaking|spoke|statement|briefing|officials?)\s+(?:\w+\s+)?$", re.I)


def _capital_hit(sentence: str, start: int, name: str, lexicon: Lexicon) -> bool:
    """Is this party name a capital named as the place where something happened?"""
    folded = name.casefold()
    if not any(folded == c.casefold() for party in lexicon.profile.parties for c in party.capitals):
        return False
    before = sentence[max(0, start - 40) : start]
    target = _TARGET_BEFORE.search(before)
    if target is not None and _BLAME_ON.search(before):
        return False  # "laid the blame on Yerevan", "called on Baku": the government, not a place hit
    return target is not None and not _SPEECH_BEFORE.search(before[: target.start()])


# A rank or a unit right before a name, and a surname right after it: a person ("Private Gurgen
# Avetik Ayvazyan", "Sergeant of the Defence Army Gurgen Ayvazyan").
_RANK_BEFORE = re.compile(
    r"\b(?:private|sergeant|corporal|lieutenant|captain|major|colonel|soldier|serviceman|officer|conscript|"
    # ("Pakistan Army spokesman Major general Athar Abbas")
    r"general|brigadier|admiral|spokes(?:man|woman|person)|"
    # a title before a person's name ("Prime Minister Raja Muhammad Khan")
    r"army|forces|named|minister|president|governor|commissioner|mayor|premier|"
    # a lawmaker or a cleric ("MK Eyal Ben Reuven", "Sheikh Naim Qassem")
    r"MK|MP|lawmaker|legislator|senator|sheikh|imam|rabbi|"
    # South Asian ranks ("Lance Naik Muhammad Khan", "Havildar X") and ranks written short ("Lt. Col.
    # Pichit Nakkarun", "Brig. Gen. Yim Pim", "Capt. X")
    r"naik|havildar|subedar|sepoy|rifleman|jawan|constable|gunner|trooper|"
    r"(?:lt|col|gen|brig|maj|capt|sgt|cpl|pvt|adm|cmdr)\.)\s*,?\s+$",  # ("a serviceman of the army, Muslim X,")
    re.I,
)
# "South Lebanon", "Northern Israeli": a compass word before a side's name or adjective
_COMPASS_SIDE = re.compile(r"(?:North|South|East|West)(?:ern)?\s+(?P<side>\S+)")
_FIRST_NAME_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z][a-z]+[ \t]+$")
_PERSON_AFTER = re.compile(r"(?:\s+[A-Z][a-z]+){1,2}\b")
# A title "of" a body or a country, then the person ("The President of Ukraine, Volodymyr Zelenskyy,",
# "Chaplain of the rescue service Volodymyr (Shved) told"): the name after it begins the person's name.
_TITLE_OF_BEFORE = re.compile(
    r"\b(?:[Pp]resident|[Mm]inister|[Gg]overnor|[Mm]ayor|[Cc]ommander|[Ss]pokes(?:man|woman|person)|[Hh]ead|[Cc]hief|"
    r"[Cc]haplain|[Ss]ecretary|[Dd]irector)\s+of\s+(?:the\s+)?[^.;,]{1,40}?,?\s+$|"
    # ("one of their chief commanders, Samir Kuntar, was killed": a person named in apposition to a role)
    r"\b(?:[Cc]ommanders?|[Ll]eaders?|[Ff]ighters?|[Oo]peratives?|[Mm]ilitants?|[Oo]fficials?),[ \t]+$"
)
# The particle that opens an Arabic or Hebrew family name ("al-Kuntar", "bin Salman", "Ben Reuven")
# "the Samir Kuntar Group", "the Martyr X Brigade": a name inside an armed group's or a unit's own name
_IN_A_GROUP_NAME_AFTER = re.compile(
    r"(?:[ \t]+[A-Z][\w'’-]*){0,2}?[ \t]+(?:Group|Brigade|Battalion|Regiment|Division|Corps|Movement|Front|Company)\b"
)
_NAME_PARTICLE_AFTER = re.compile(r"[ \t]+(?:al|el|bin|ibn|ben|Ben|abu|Abu|abou|Abou)(?:-|[ \t]+)[A-Z]")
_NAME_PARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:bin|ibn|Ben|abu|Abu)[ \t]+$")
_NAMED_PERSON_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+|\([A-Z][a-z]+\))")
# "on the Doha-Kafarman road": a road named by the two places it joins is at the first
# (each end a capitalised word of its own: a name word may hold a hyphen, so _WORD cannot split it)
_ROAD = re.compile(
    # ("the Ain Baal-Bazuriyeh road": the first village's name may have two words)
    r"(?<![\w'’-])(?P<name>(?:[A-Z][\w'’]*[a-z][\w'’]*[ \t]+)?[A-Z][\w'’]*[a-z][\w'’]*)[-–][A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?\s+(?:road|highway)\b"
)
# "driving on the Khirbet Daoud Road", "travelling on X road": a road named after the village it
# leads to or through is at that village (not a numbered road, "National Road 56", nor a town's
# street, "on Artema Street", whose town the sentence names)
_NAMED_ROAD = re.compile(
    r"\b(?:on|along)\s+(?:the\s+)?(?!(?:National|Main|Ring|Coastal|Old|New|Military|International)\b)"
    rf"(?P<name>{_CUED_NAME})\s+(?:[Rr]oad|[Hh]ighway)\b(?!\s*\d)"
)
_ROAD_IN_AREA = re.compile(r"\s+(?:[Rr]oad|[Hh]ighway)\s+in\s+the\s+")
_AREA_AFTER = re.compile(r"\s+area\b")
# A person's full name then "of": the village after it is where the person is from.
_HOME_OF_PERSON = re.compile(
    r"(?<![\w'’-])(?!(?:The|Ministry|Army|Forces|Defen[cs]e|Republic|Command|Office|Department|Council|Directorate)\b)"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3}\s+of\s+(?:the\s+)?$"
)
# "from the positions located in X", "from the direction of X": the origin of fire, not its target
# ("not far from the village of X", "5 km away from X": where it happened, measured from X)
_FROM_BEFORE = re.compile(
    # (no target between: "from Poonch at villages in Kotli" names Kotli the target)
    r"(?<!\bfar\s)(?<!\baway\s)\bfrom\s+(?:the\s+)?(?:(?!(?:at|towards?|into|against)\b)[\w-]+\s+){0,3}?(?:in|near|at|of)\s+(?:the\s+)?$|"
    # "the rockets were fired from the Mansouri area": the verb of fire right before "from"
    r"\b(?:fired|launched)\s+from\s+(?:the\s+)?$",
    re.I,
)
# "fired from Lebanon at X": the side's land fire came from, then its target
_TARGET_AFTER_ORIGIN = re.compile(r"\b[A-Z][\w'’-]*\s+at\s+(?:the\s+)?$")
# ... unless the fire then fell at the name, or came "from across" the line
_LANDED = re.compile(r"\b(?:fell|landed|exploded|struck|hit|impacted|across)\b")


def _fire_from_before(sentence: str, start: int) -> bool:
    """Does "from ... in/near/at/of" right before the name say fire came from it?"""
    found = _FROM_BEFORE.search(sentence, max(0, start - 60), start)
    return (
        found is not None
        and _TARGET_AFTER_ORIGIN.search(found.group(0)) is None
        # "rockets fired from Cambodia fell near X", "shelling from across the border in X": X was hit
        and _LANDED.search(found.group(0)) is None
    )


def _actor_placed(verbs: str) -> re.Pattern[str]:
    """ "troops <verb> in/near X" right before a name: where the acting side stands."""
    return re.compile(
        rf"\b(?:units|forces|troops|formations|detachments|servicemen|personnel)\b[^,.;]{{0,40}}?\b(?:{verbs})\s+"
        r"(?:in|near|at|on)\s+(?:the\s+)?(?:(?:direction|vicinity|area)\s+of\s+(?:the\s+)?)?$",
        re.I,
    )


# "units of the X armed forces located in the direction of Y subjected to fire ...": where the
# actor stands, not what it hit
_ACTOR_LOCATED_BEFORE = _actor_placed("located")
# "The X forces stationed near A fired towards positions near B": where the subject of the sentence
# stands is where fire came from; not so after a verb of fire ("fired at units stationed near A",
# "opened fire at the positions stationed in A": there they are the target).
_ACTOR_STATIONED_BEFORE = _actor_placed("stationed|deployed|positioned")
_FIRE_BEFORE_ACTOR = re.compile(
    r"\b(?:fired|fire|firing|shelled|shelling|attacked|attacking|targeted|targeting|hit|struck|strikes?)\b", re.I
)
_ACTOR_REACH = 200  # characters before the stationed actor looked at for a verb of fire
# ... and after the name, the verb the stationed troops fire with, before any word of a passive
# ("the positions of the units stationed near X were subjected to fire": there X was hit)
_ACTOR_FIRES_AFTER = re.compile(
    r"(?:(?!\b(?:were|was|been|being|subjected|under)\b)[^.;]){0,120}?"
    r"\b(?:fired|fires|opened\s+fire|shelled|launched|attacked|targeted|bombed|shot)\b",
    re.I,
)


def _located_actor_before(sentence: str, start: int) -> bool:
    """Do the troops "located in/near" the name act ("units ... located in X subjected to fire ...")? Not
    after a verb of fire ("opened fire on the positions of the forces located in the area of X": there
    they were hit)."""
    found = _ACTOR_LOCATED_BEFORE.search(sentence, max(0, start - 90), start)
    return found is not None and (
        _FIRE_BEFORE_ACTOR.search(sentence, max(0, found.start() - _ACTOR_REACH), start) is None
    )


# ... and its verb right after the name (a list's other names between): "Separatists in Horlivka shelled", "in the
# occupied territories of Donetsk and Luhansk bombed"; not "The troops in Krymske returned fire after separatists
# shelled the village" (the enemy's verb, further on)
_ARMED_VERB_AFTER = re.compile(
    r"(?:\s*(?:,|and|or)?\s+[A-Z][\w'’-]*){0,3}(?:\s+(?:posts?|positions?|areas?|villages?))?"
    r"\s+(?:(?:have|has|had|again|also|reportedly|allegedly)\s+){0,2}"
    r"(?:fired|shelled|launched|attacked|targeted|bombed|shot|opened\s+fire|struck|pounded)\b"
)


def _armed_subject_from(sentence: str, start: int, end: int) -> bool:
    """Is the name the home of the armed subject whose verb of fire follows it ("Separatists in Horlivka shelled
    Zaitseve")? Not after a verb of fire ("fired at separatists in Horlivka who shelled ...")."""
    found = _ARMED_IN_BEFORE.search(sentence, max(0, start - 120), start)
    if found is None or _ARMED_VERB_AFTER.match(sentence, end) is None:
        return False
    return _FIRE_BEFORE_ACTOR.search(sentence, max(0, found.start() - _ACTOR_REACH), start) is None


def _stationed_actor_before(
    sentence: str, start: int, end: int, placed: re.Pattern[str] | None = None, reach: int = 90
) -> bool:
    """Does the subject of the sentence stand at the name ("forces stationed near X fired ...",
    with ``placed`` the words before the name that place it)? Not after a verb of fire ("fired at
    units stationed near X", "opened fire on positions in X": there they were hit)."""
    found = (placed or _ACTOR_STATIONED_BEFORE).search(sentence, max(0, start - reach), start)
    if found is None:
        return False
    fire_before = _FIRE_BEFORE_ACTOR.search(sentence, max(0, found.start() - _ACTOR_REACH), start)
    return fire_before is None and _ACTOR_FIRES_AFTER.match(sentence, end) is not None


# "Armenian military positions in the Vedi city opened fire on ...": the positions named as the
# subject, then the verb they fire with
_POSITIONS_IN_BEFORE = re.compile(r"\b(?:positions|posts|outposts)\s+(?:in|near|at)\s+(?:the\s+)?$", re.I)
# "Separatists in Donetsk shelled Pisky", "Militants backed by Russia in the occupied territories of Donetsk and
# Luhansk bombed a kindergarten in X": the armed subject's home, then its verb of fire; there fire came from
_ARMED_IN_BEFORE = re.compile(
    r"(?:^|[.;:]\s+|\b(?:the|The)\s+)[\"“]?(?:[A-Z][\w'’-]*\s+){0,2}?"
    r"(?:[Ss]eparatists|[Mm]ilitants|[Rr]ebels|[Ff]ighters|[Tt]roops|[Ff]orces|[Uu]nits|[Mm]ilitias?|[Oo]ccupiers|[Ss]oldiers)\b"
    # ("Pakistani troops from Daku and Pippal posts targeted ...": where they fired from)
    r"[^,.;]{0,40}?\s+(?:in|from)\s+(?:the\s+)?(?:(?:occupied|separatist-held|rebel-held|[\w-]+-controlled)\s+)?"
    r"(?:(?:[A-Z][\w'’-]*\s+)?(?:territories|areas|parts|regions?)\s+of\s+(?:the\s+)?)?$"
)


_LEFT_BEFORE = re.compile(r"\bleft\s+$")
_HURT_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]+){0,2}\s+(?:injured|wounded|dead)\b")
_NOT_A_PERSON = re.compile(
    rf"\b(?:{_SETTLEMENT_WORDS}|{_REGION_WORDS}|ministry|army|forces|defen[cs]e|republic|command|office|department|"
    r"council|directorate|service|guard|police|brigade|battalion|corps|division|university|hospital)\b",
    re.I,
)
# A dateline: the town a report was filed from, then a colon or a dash ("Jammu, Dec 16 :").
_DATELINE_AFTER = re.compile(
    # ("SRINAGAR/MUZAFFARABAD:": a second town, in capitals too)
    # ("SIALKOT/ RAWALPINDI -": a space after the slash)
    # ("JAMMU/SRINAGAR, 7 May:": the day before the month)
    r"(?:/\s?[A-Z][A-Za-z]+)?(?:\s*,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?))?\s*(?:\([^()]{1,30}\)\s*)?"
    r"(?:[:—–]|(?<=\s)-)\s|"
    # "Jammu/Srinagar, May 7 (PTI) At least ...": a wire dateline, with its agency and no colon
    r"(?:/[A-Z][a-z]+)?\s*,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\([A-Z]{2,8}\)\s|"
    # "SRINAGAR, India (AP) — ...", "DONETSK, Ukraine -- ...": the country (or state), perhaps the
    # agency, then a dash
    # ("SURIN, Thailand, July 25 (Reuters) - ...": and the day)
    # ("POONCH, Jammu and Kashmir --", "URI, Indian-administered Kashmir (AP) —": a state of three words)
    r"\s*,\s*(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|" + LONG_STATE + r")(?:\s*,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"\s*(?:\([A-Za-z.]{2,12}\)\s*)?(?:[—–]|-{1,2})\s|"
    # "LUHANSK (UrduPoint News / Sputnik - 21st July, 2019) ...": the agencies and the day in brackets
    rf"\s*{BRACKETED_FILING_DAY}\s|"
    # "LUGANSK, October 13. /TASS/.": the agency between slashes
    r"\s*,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\.\s*/[A-Za-z-]{2,12}/|"
    # "Poonch (Jammu and Kashmir) [India], Sept 8 (ANI):": ANI's, with the state and the country in brackets
    r"\s*\([^()]{1,30}\)\s*\[[^\[\]]{1,20}\]\s*,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\([A-Z]{2,8}\)"
)
# "Poonch district and Rajouri", "Baramulla and Kupwara": the name joined to a place by "and"
_KINDS_JOINING = frozenset({"hill", "height", "village", "temple", "post", "pass", "town"})
_AND_NEXT = re.compile(rf"(?:\s+(?:{_SETTLEMENT_WORDS}|{_REGION_WORDS}))?\s+and\s+(?P<name>{_CUED_NAME})\b")
# "Jammu/Srinagar, ...": the second town of a dateline of two
_DATELINE_FIRST = re.compile(r"[A-Z][A-Za-z]+/\s?")


def _is_dateline(sentence: str, start: int, end: int) -> bool:
    """Is the name where the report was filed ("Jammu, Dec 16 :", "Jammu/Srinagar, May 7 (PTI)",
    "(Karachi) A civilian ...") rather than where anything happened?"""
    before = sentence[:start]
    if before == "(" and sentence.startswith(") ", end):
        return True
    if before.strip() and not _DATELINE_FIRST.fullmatch(before):
        return False
    if sentence[start:end].isupper() and _CAPITALS_DATELINE_AFTER.match(sentence, end):
        return True  # ("SIMFEROPOL, June 9 A resident of ... died": a town in capitals, its day, no dash)
    return _DATELINE_AFTER.match(sentence, end) is not None


_CAPITALS_DATELINE_AFTER = re.compile(r",\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+(?=[A-Z])")


# "the administrator of the village Ararat Avalyan said": a surname and the verb right after it
_SPEECH_VERBS = r"(?:said|says|told|added|stated|underscored|stressed|noted|emphasi[sz]ed)"
_SURNAME_SPEAKS = re.compile(rf"\s+[A-Z][a-z]+\s+{_SPEECH_VERBS}\b")
# Two more capitalised words and then a speech verb: the name begins a person's full name.
_FULL_NAME_SPEAKS = re.compile(rf"(?:\s+[A-Z][a-z]+){{2}}\b[^.;\"“”]{{0,60}}?\b{_SPEECH_VERBS}\b")
# ("Bashir Uri (60)", "Arif Hussain, 19, son of X": a name with an age after it is a person's)
_AGE_AFTER = re.compile(
    # ("Ali Khan (30)": a first name, the rest of the name, then the age)
    r"(?:[ \t]+[A-Z][a-z]+){0,2}[ \t]*\(\d{1,3}\)|,\s*(?:aged\s+)?\d{1,3},\s+(?=[a-z])|"
    # ("Shahriyar Mammadov, born in 1988": a first name, a surname, then when the person was born)
    r"(?:[ \t]+[A-Z][a-z]+){1,2},?\s+born\s+(?:in|on)\s+(?:\d|[A-Z])|"
    # ("Raja Asif, Superintendent of Police in Kotli, said": a first name, a surname, then the person's office)
    r"(?:[ \t]+[A-Z][a-z]+){1,2},\s+(?:the\s+|a\s+)?(?:(?:Senior|Deputy|Assistant|Additional|Chief|District|Station)\s+)*"
    r"(?:Superintendent|Inspector|Commissioner|Magistrate|Sarpanch|Tehsildar|Prime\s+Minister|Minister|Director|"
    r"Chief\s+Minister|Chairman|Secretary)\b"
)  # (not a tally: "Kotli, 3, Bhimber, 2")
# After "X, Y": the end of the sentence or clause, not "and"/"or" or another name (a list).
_ADDRESS_END = re.compile(r"\s*(?:[.;:)—–]|-\s|,\s+(?!and\b|or\b)[a-z0-9]|$)")
_ADDRESS_KM = 30.0
_REGION_AFTER = re.compile(rf"\s+(?:{_REGION_WORDS})\b", re.I)
# between a place and the region after it that locates it: a comma, perhaps after the place's kind ("the Z area, ")
_ADDRESS_GAP = re.compile(rf"(?:\s+(?:{_SETTLEMENT_WORDS}|area))?,[ \t](?:the[ \t]+)?", re.I)


# "transferred to a hospital in the city of Tyre", "rushed to Government Medical College Hospital at
# Jammu": where the wounded were carried, not where fire fell
# "Lance Naik X, belonging to Hyderabad, was killed ... in Hamirpur area": where a victim comes from,
# not where fire fell (a witness's "a resident of X" stays: it is mostly where the shells landed)
_HOME_OF = re.compile(
    r"(?:\b(?:belong(?:ing|ed|s)\s+to|hail(?:ing|ed|s)\s+from|(?:a\s+)?native\s+of)\s+(?:the\s+)?"
    r"(?:(?:village|town|city|district)\s+of\s+)?|"
    # "31-year-old Sgt. Shlomi Cohen from Afula, was killed": a soldier's rank and name, then his home
    # town (a civilian's "Naseem Fatima from X village" is mostly where the shells fell: kept)
    r"\b(?:sgt|maj|capt|lt|col|cpl|pvt|sergeant|corporal|captain|lieutenant|major|private|naik|havildar|"
    r"sepoy|subedar|rifleman)\.?[ \t]+(?-i:[A-Z][a-z]+)(?:[ \t]+(?-i:[A-Z][a-z]+)){1,2},?"
    r"[ \t]+from[ \t]+$|"
    # "were identified as A (20), B (60) and C, all residents of Nambla village": the named victims' home
    r"\b(?:all|both)\s+(?:of\s+them\s+)?residents\s+of\s+(?:the\s+)?(?:(?:village|town)\s+of\s+)?$|"
    # "wife of Ali Akbar", "s/o Abdul Kareem": a relative's name, no place
    r"\b(?:son|daughter|wife|widow|husband|mother|father|brother|sister)\s+of\s+$|\b[sdw]/o\s+$|"
    # "The situation is similar to what happened in Tavush": a place compared with, not where fire fell
    r"\b(?:similar\s+to|the\s+same\s+as|unlike|like)\s+(?:what\s+(?:happened|took\s+place)\s+)?(?:in|at)\s+$)",
    re.I,
)

_OFFICE_SEAT_BEFORE = re.compile(
    r",\s+(?:the\s+|an?\s+)?(?:(?:deputy|assistant|senior|additional|district|local|regional|provincial)\s+)*"
    r"(?:commissioner|superintendent|governor|mayor|administrator|magistrate|police\s+chief)\s+of\s+(?:the\s+)?$",
    re.I,
)
# "Governor of X Serhiy Y reported ...", "Mayor of X Ivan Y said ...": an office and its seat opening the sentence
_OFFICE_OPENS_SENTENCE = re.compile(
    r"\W{0,3}(?:the\s+)?(?:(?:deputy|acting)\s+)?(?i:governor|mayor|head|chief)\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)*$"
)
_NAMED_HOLDER = re.compile(r"(?:\s+(?i:region|oblast|province|district))?,?\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")
_CARRIED_TO = re.compile(
    _CARRIED
    + r"(?:to|in|at)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,5}?(?:hospital|clinic|medical\s+(?:cent(?:er|re)|college))"
    r"\s*,?\s*(?:in|at|of)?\s*(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$",
    re.I,
)
# "air raid sirens blared in Kiryat Shmona, Kfar Giladi and Tel Hai": where the warning sounded (every
# name of the list after it), not where anything fell
_SIRENS_IN = re.compile(
    r"\b(?:sirens?\s+(?:[\w-]+\s+){0,2}?(?:sounded|blared|wailed|went\s+off|were\s+(?:heard|activated|triggered)|rang\s+out)|"
    # ("setting off air-raid sirens in Acre, Nahariya and ...")
    r"(?:setting|set|sets|triggering|triggered)\s+off\s+(?:[\w-]+\s+){0,2}?sirens?)\s+"
    r"(?:in|across|throughout|over)\s+(?:the\s+)?(?:[\w'’-]+(?:\s+[\w'’-]+)?,?\s+(?:and\s+)?){0,6}$",
    re.I,
)
# "residents of Menara, Margaliot and Misgav Am were instructed to stay in their homes": where people were told what
# to do (every name of the list), not where fire fell
_RESIDENTS_INSTRUCTED = re.compile(
    r"\b(?:residents|inhabitants|villagers|people)\s+of\s+(?:the\s+)?(?:(?:villages?|towns?|communities|settlements?)\s+of\s+)?"
    r"(?:(?-i:[A-Z])[\w'’-]*(?:[ \t]+(?-i:[A-Z])[\w'’-]*)?,?\s+(?:and\s+)?){1,8}?"
    r"(?:were|was|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:instructed|told|ordered|asked|urged|advised|warned)\s+to\b",
    re.I,
)
# "which led to a blackout in the settlements of Taramchuk, Slavne, Sladke": where the power went out
# (every name of the list after it), not where the shells fell
_OUTAGE_WORD = re.compile(r"\b(?:blackouts?|outages?|power\s+cuts?|without)\b", re.I)
_OUTAGE_IN = re.compile(
    r"\b(?:blackouts?|power\s+(?:outages?|cuts?)|outages?|(?:left|remained|are|were)\s+without\s+(?:power|electricity|"
    r"water(?:\s+supply)?|gas(?:\s+supply)?|heating|light))\s+(?:in|across|throughout|for)\s+(?:the\s+)?"
    r"(?:(?:settlements?|villages?|towns?|communities)\s+of\s+)?(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?,?\s+(?:and\s+)?){0,8}$",
    re.I,
)
# "following the Pulwama terror attack": a militants' attack named by its place, no fire across the line
_TERROR_ATTACK_AFTER = re.compile(r"\s+(?:terror(?:ist)?|suicide|militant)\s+(?:attacks?|bombings?|strikes?)\b", re.I)
# "on Artema Street": a street of the town the sentence names, not a town called Artema
_STREET_AFTER = re.compile(r"\s+(?:Street|St\.|Avenue|Ave\.|Road|Boulevard|Square|Lane|Prospekt|Highway)\b")


def _without_address_towns(sentence: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """ "near Vazashen, Idjevan." names a village and the town it belongs to, as an address: a town
    right after a comma, closing the phrase with no "and" (English lists have one), near the place
    before it (or after a village the gazetteer does not know) is not a second place; nor is a
    district named after a comma ("the village of Z, X district")."""
    kept: list[PlaceMention] = []
    for mention in mentions:
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and previous.specific
            and not mention.specific
            and _ADDRESS_GAP.fullmatch(sentence, previous.end, mention.start)
            and _REGION_AFTER.match(sentence, mention.end)
        ):
            continue  # "the village of Z, X district", "the Z area, Y Subdistrict, X District": where Z lies
        if (
            previous is not None
            and len(kept) >= 2
            and kept[-2].specific
            and not previous.specific
            and previous.cue is not None
            and re.fullmatch(_REGION_WORDS, previous.cue, re.I)
            and _LOCATED_IN.fullmatch(sentence, kept[-2].end, previous.start)
            and _REGION_AFTER.match(sentence, previous.end)
            and sentence[_REGION_AFTER.match(sentence, previous.end).end() : mention.start] == ", "  # type: ignore[union-attr]
            and _ADDRESS_END.match(sentence, mention.end)
        ):
            continue  # "into Z in X district, Y - an area of homes": the province of Z's address
        if (
            previous is not None
            and previous.specific
            and mention.specific
            and mention.place is not None
            and sentence[previous.end : mention.start] == ", "
            and (len(kept) < 2 or sentence[kept[-2].end : previous.start] not in (", ", ","))
            and _ADDRESS_END.match(sentence, mention.end)
            and (
                previous.place is None
                or haversine_km(
                    previous.place.latitude, previous.place.longitude, mention.place.latitude, mention.place.longitude
                )
                <= _ADDRESS_KM
            )
        ):
            continue
        kept.append(mention)
    return kept


_PLURAL_REGION = re.compile(r"\s+(?:districts|regions|provinces|rayons|fronts)\b", re.I)


# the singular word of a larger area closing an address ("Kundan Pur, Chaprar, Sialkot sector")
_ADDRESS_CLOSES = re.compile(
    r"\s+(?:sector|district|region|province|tehsil|oblast|rayon|marz)\b(?!\s*,?\s*(?:and|or)\b)", re.I
)


def _without_address_lists(sentence: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """ "the village of Kundan Pur, Chaprar, Sialkot sector": names joined by bare commas (no "and":
    English lists have one) from a village to a singular sector or district is one place's address,
    not a list of three: the village stays, the larger areas go."""
    groups: dict[int, list[PlaceMention]] = {}
    for mention in mentions:
        if mention.group is not None:
            groups.setdefault(mention.group, []).append(mention)
    alone: set[int] = set()  # by start: the village, now no list member
    dropped: set[int] = set()  # by start: the areas of its address
    for members in groups.values():
        first, last = members[0], members[-1]
        if (
            len(members) >= 2
            and first.cue in SETTLEMENT_CUES
            and all(sentence[a.end : b.start] == ", " for a, b in itertools.pairwise(members))
            and _ADDRESS_CLOSES.match(sentence, last.end)
        ):
            alone.add(first.start)
            dropped.update(m.start for m in members[1:])
    return [dataclasses.replace(m, group=None) if m.start in alone else m for m in mentions if m.start not in dropped]


def _plural_cue(sentence: str, mentions: list[PlaceMention], quarters: set[int]) -> list[PlaceMention]:
    """ "Dashkasan, Kalbajar and Lachin districts": the plural word makes every listed name a region
    (not "the A and B districts of the town", parts of a city)."""
    regions = {
        m.group
        for m in mentions
        if m.group is not None and _PLURAL_REGION.match(sentence, m.end) and m.start not in quarters
    }
    return [dataclasses.replace(m, specific=m.heights) if m.group in regions else m for m in mentions]


_FRAMES = ("sector", "front", "direction", "directions")


def is_frame(mention: PlaceMention) -> bool:
    """Is the place named as a sector of the front ("the Luhansk sector", "the Gorlovka direction")? (Not
    "the X area", which ``frames`` also lets frame a village in its own sentence: an area named in one
    sentence is not refined by a village the next sentence names.)"""
    return mention.cue in _FRAMES


def _dedupe(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """ "Nagorno-Karabakh (Artsakh)": two names of one place count once."""
    at: dict[str, int] = {}
    kept: list[PlaceMention] = []
    for mention in mentions:
        if mention.key in at:
            first = kept[at[mention.key]]
            if mention.heights and not first.specific:
                # "near Goyarkh village in Tartar region, ..., from nameless hills in Goranboy, Tartar and
                # Aghdam regions": the district that located a village, then named as a target of its own
                kept.append(mention)
            elif mention.specific and (
                not first.specific
                or (first.cue in _FRAMES and mention.cue not in _FRAMES and mention.name != first.name)
            ):
                # "along the Gorlovka direction ... the suburbs of Gorlovka": the town named as a
                # place counts, not the sector named after it ("In the Donetsk sector, ... in the
                # area of the ruined Donetsk airport": the airport)
                kept[at[mention.key]] = mention
            continue
        at[mention.key] = len(kept)
        kept.append(mention)
    return kept


# What may stand between two places of one list: a comma, "and"/"or", "the", a cue word of the
# previous name ("Kamalkote village and", "In the X area, A and B"), or a distributive "another in", "a third in",
# "one each in" (one incident per place, each with its own count).
_LIST_GAP = re.compile(
    # ("A, B, as well as C": a list's last member after "as well as")
    rf"(?:'s)?(?:\s+(?:{_SETTLEMENT_WORDS}|area))?\s*(?:,|,?\s+and|,?\s+or|,?\s+as\s+well\s+as)?\s*"
    r"(?:(?:another|a\s+(?:second|third|fourth|fifth)|one(?:\s+each)?|two|three|four|five|six|seven|eight|nine|ten|"
    r"\d{1,4})\s+(?:\w+\s+)?(?:in|near|at)\s+|"
    # ("injured in A village, Kalsoom Aziz, 40, in B and Nasreen Akhtar, 35, in C": the wounded, each by name and age)
    r"(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s+(?:aged\s+)?\d{1,2},\s+(?:(?:was|were)\s+\w+\s+)?(?:in|at)\s+)?"
    # ("A, B and the train station C": the kind of the next member before its name)
    r"(?:the\s+)?(?:(?:villages?|settlements?|towns?)\s+of\s+|(?:Kibbutz|Moshav)\s+|(?:train|railway)\s+station\s+)?",
    re.I,
)
_MAX_LIST_GAP = 48
# "at the Svitlodarsk bulge, near Zaitseve, Avdiivka and in the area of the ruined Donetsk airport": a
# series of places each with its own preposition (not "Sotk, in Gegharkunik": where Sotk lies)
_SERIES_GAP = re.compile(
    # ("in A, B and C, as well as in Naqoura": the last member with a preposition of its own)
    r",?\s+as\s+well\s+as\s+(?:in|at|near)\s+(?:the\s+)?|"
    r"(?:\s+(?:bulge|salient|area|outskirts))?\s*(?:,|,?\s+and)\s+"
    # ("including Nikitovsky district in Horlivka and the surroundings of Kreminna")
    r"(?:near|at|around|outside|(?:(?:in|near)\s+)?the\s+(?:area|vicinity|outskirts|surroundings)\s+of)\s+(?:the\s+)?(?:[a-z]+\s+)?",
    re.I,
)
_AND_WORD = re.compile(r"\band\b")
# "Pisky near Donetsk", "Degwar in Poonch": a bare preposition between two names, the second locating the first
_LOCATES = re.compile(r",?\s+(?:near|in|at|outside|of|close\s+to|between)\s+(?:the\s+)?", re.I)
# "Damirchidam settlement of Kalbajar district": one village and where it lies, not a list of two
_CUE_OF = re.compile(rf"\s+(?:{_SETTLEMENT_WORDS})\s+of\s+(?:the\s+)?", re.I)


# "shelled Poonch on Monday and Uri on Tuesday": each member with its own day (the pipeline dates each apart)
_DAY_LIST_GAP = re.compile(
    r"\s+(?:late\s+|early\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|morning|"
    r"evening|afternoon))?\s*,?\s+and\s+(?:(?:in|near|at|on|around)\s+)?(?:the\s+)?(?:(?:villages?|town)\s+of\s+)?",
    re.I,
)


# "fired grenade launchers near Shyrokyne and a heavy machine gun near Marinka", "small arms at positions in A district
# and mortars at positions in B district": a bulletin pairing each weapon with its place, the places a list
# "the A area in Donetsk region": a place, then the region it lies in
_IN_REGION_GAP = re.compile(r"(?:\s+(?:area|district|village|sector|settlement))?\s+in\s+(?:the\s+)?", re.I)
_WEAPON_SERIES_GAP = re.compile(
    r"(?:\s+(?:district|sector|area|village|region))?\s*,?\s+and\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:mortars?|grenade\s+launchers?|machine[-\s]guns?|small\s+arms|artillery|tanks?|sniper\s+(?:rifles?|fire)|drones?|"
    r"rockets?|shells|anti-tank\s+(?:missiles?|weapons)|heavy\s+weapons)\s+(?:fire\s+)?(?:at|near|on|in|towards?)\s+"
    r"(?:(?:positions|posts|villages?)\s+(?:in|near|of)\s+)?(?:the\s+)?",
    re.I,
)


def _joining(gap: str) -> str | None:
    """How two neighbouring names are joined: "list" (commas, "and"), "series" (each with its own
    preposition: "at the Svitlodarsk bulge, near Zaitseve"), or not as members of one list."""
    if len(gap) > _MAX_LIST_GAP or _CUE_OF.fullmatch(gap):
        return None
    if _LIST_GAP.fullmatch(gap) or _DAY_LIST_GAP.fullmatch(gap) or _WEAPON_SERIES_GAP.fullmatch(gap):
        return "list"
    return "series" if _SERIES_GAP.fullmatch(gap) else None


def _list_goes_on(sentence: str, mentions: list[PlaceMention], i: int) -> bool:
    """Whether mention ``i`` is joined to the next as a list member is ("near Zaitseve, Avdiivka and
    ..."): a series of places with their own prepositions, not "Shyrokine, near Mariupol," (where
    Shyrokine lies)."""
    return i + 1 < len(mentions) and _joining(sentence[mentions[i].end : mentions[i + 1].start]) is not None


def _district_of_sector(sentence: str, sector: PlaceMention, mention: PlaceMention) -> bool:
    """Is ``mention`` the district named right after ``sector`` ("Naugam Sector, Kupwara (Kashmir),")?"""
    match = _SECTOR_THEN_DISTRICT.search(sentence, sector.end)
    return match is not None and match.start("container") == mention.start


_OPENING_IN = re.compile(r"\W*(?:In|At|On)\s+(?:the\s+)?")
# (the sentence's subject after the comma, "the Svitlodarsk bulge was", "militants shelled": not "In the X area, A and B
# in C", a list the area opens)
_FRAME_GAP = re.compile(r"\s+(?i:area|sector|direction|region|district)\s*,\s+(?=the\s|[a-z])")
_FROM_TO_GAP = re.compile(r"(?:\s+(?i:temple|village|hill|mountain|area|post))?\s+to\s+(?:the\s+)?")
_STRETCH_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$")


def _group_lists(sentence: str, mentions: list[PlaceMention], starts: set[int] | None = None) -> list[PlaceMention]:
    """Mark mentions joined only by commas and "and" ("Sotk, Vardenis, Goris and Kapan") as one list;
    a mention at one of ``starts`` begins a list of its own ("sectors of Poonch and C, D in Rajouri")."""
    grouped: list[PlaceMention] = []
    group = 0
    for i, mention in enumerate(mentions):
        joined = (
            _joining(sentence[mentions[i - 1].end : mention.start])
            if i and mention.start not in (starts or ())
            else None
        )
        if (
            joined is None
            and i
            and _FROM_TO_GAP.fullmatch(sentence, mentions[i - 1].end, mention.start)
            and _STRETCH_FROM.search(sentence, max(0, mentions[i - 1].start - 12), mentions[i - 1].start)
        ):
            joined = "list"  # "from Ta Moan Thom Temple to the Mom Bei areas": both ends of the stretch fire fell on
        if joined == "list" and _district_of_sector(sentence, mentions[i - 1], mention):
            joined = None  # "in Naugam Sector, Kupwara (Kashmir)": the sector and the district it lies in
        if (
            joined == "list"
            and i == 1
            and _OPENING_IN.fullmatch(sentence, 0, mentions[0].start)
            and _FRAME_GAP.match(sentence, mentions[0].end, mention.start)
        ):
            joined = None  # "In the Luhansk area, the Svitlodarsk bulge was ...": the area frames the sentence
        if (
            joined == "list"
            and i >= 2
            and not mentions[i - 1].specific
            and mentions[i - 2].specific
            and grouped[-2].group is None
            and _IN_REGION_GAP.fullmatch(sentence, mentions[i - 2].end, mentions[i - 1].start)
            and _WEAPON_SERIES_GAP.fullmatch(sentence, mentions[i - 1].end, mention.start)
        ):
            # "with a grenade launcher in the A area in Donetsk region and with small arms near B village": the
            # series goes on from A, which the region only locates
            group += 1
            grouped[-2] = _with_group(grouped[-2], group)
            grouped.append(_with_group(mention, group))
            continue
        located = i >= 2 and mention.specific and _after_locator(sentence, grouped[-2], grouped[-1], mention)
        if i >= 2 and _owned_by_region_in_list(sentence, grouped[-2], grouped[-1], mention):
            # "A, B and D region's E villages": D holds E, the list goes on from B to E without D
            grouped[-1] = dataclasses.replace(grouped[-1], group=None)
            located = True
        if not located and (
            joined == "list"
            or (
                joined == "series"
                and (
                    grouped[-1].group is not None
                    or _list_goes_on(sentence, mentions, i)
                    # ("near Horlivka and near Zaitseve": two, joined by "and", each with its own preposition; not
                    # "Pisky near Donetsk and near Avdiivka", where Donetsk only says where Pisky lies, nor a district)
                    or (
                        _AND_WORD.search(sentence, mentions[i - 1].end, mention.start) is not None
                        and mentions[i - 1].specific
                        and not (i >= 2 and _LOCATES.fullmatch(sentence, mentions[i - 2].end, mentions[i - 1].start))
                    )
                )
            )
        ):
            prev = grouped[-1]
            if prev.group is None:
                group += 1
                grouped[-1] = _with_group(prev, group)
            grouped.append(_with_group(mention, group))
        elif located:
            # "near A, B in Luhansk Region and C in Donetsk Region": each member with where it lies
            prev = grouped[-2]
            if prev.group is None:
                group += 1
                grouped[-2] = _with_group(prev, group)
            grouped.append(_with_group(mention, prev.group or group))
        else:
            grouped.append(mention)
    return _origins_of_lists(sentence, grouped)


# the words between where fire came from and a town named to say where that lies
_LOCATES_ORIGIN = re.compile(
    r"(?:\s+(?:areas?|villages?|districts?|positions))?,?\s+(?:near|outside|close\s+to)\s+(?:the\s+)?"
    r"(?:[a-z]+\s+)?(?:(?:town|village|city)\s+of\s+)?"
)


def _origins_of_lists(sentence: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """ "shelled our positions from the direction of A and B": fire came from every member of a
    list whose first member it came from (the cue stands before the first name only)."""
    first: dict[int, PlaceMention] = {}
    for mention in mentions:
        if mention.group is not None:
            first.setdefault(mention.group, mention)
    marked: list[PlaceMention] = []
    for mention in mentions:
        previous = marked[-1] if marked else None
        if not mention.origin and (
            (mention.group is not None and first[mention.group].origin)
            # "fired from the A and B areas near the coastal town of C": C says where they lie
            or (
                previous is not None
                and previous.origin
                and _LOCATES_ORIGIN.fullmatch(sentence, previous.end, mention.start) is not None
            )
        ):
            mention = dataclasses.replace(mention, origin=True)
        marked.append(mention)
    return marked


# "A in X Region and B": a member of a list, its locator, then the next member; so "A of the X
# region, B and C of the Y region, as well as D of the Z region" (the ministry's bulletins)
_LOCATED_IN = re.compile(r"(?:\s+(?i:districts?|villages?|sectors?|settlements?))?\s+(?:in|of)\s+(?:the\s+)?")
# "the Zaitsevo settlement in the northern outskirts of Gorlovka": a town locating the place before it
_LOCATED_BY_TOWN = re.compile(
    r"(?:\s+(?i:village|settlement))?\s+(?:in|on)\s+the\s+(?:(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)?\s+)?"
    r"(?:outskirts|suburbs|vicinity)\s+of\s+(?:the\s+)?"
)
_AFTER_LOCATOR = re.compile(
    rf"(?:\s+(?i:{_REGION_WORDS}))?\s*(?:,|,?\s+and|,?\s+as\s+well\s+as)\s+"
    r"(?:(?:in\s+|near\s+)?the\s+(?:surroundings|outskirts|vicinity|area)\s+of\s+)?(?:the\s+)?"
)


def _after_locator(sentence: str, member: PlaceMention, locator: PlaceMention, mention: PlaceMention) -> bool:
    """Is ``mention`` the next member of ``member``'s list, after the region ``locator`` locating it?"""
    return (
        member.specific
        # (a town locates a district of its own: "Nikitovsky district in Horlivka and the surroundings of X")
        and (
            (
                (not locator.specific or member.cue in ("district", "districts"))
                and _LOCATED_IN.fullmatch(sentence, member.end, locator.start) is not None
            )
            or _LOCATED_BY_TOWN.fullmatch(sentence, member.end, locator.start) is not None
        )
        and _AFTER_LOCATOR.fullmatch(sentence, locator.end, mention.start) is not None
    )


def _owned_by_region_in_list(sentence: str, member: PlaceMention, region: PlaceMention, mention: PlaceMention) -> bool:
    """Is ``region`` named in ``member``'s list only to say, with its possessive, where ``mention``
    lies ("Kalbajar region's A, B, Gadabay region's C and D villages")?"""
    return (
        member.specific
        and member.group is not None
        and member.group == region.group
        and not region.specific
        and mention.specific
        and _REGION_OWNS_RE.fullmatch(sentence, region.end, mention.start) is not None
    )


def _with_group(mention: PlaceMention, group: int) -> PlaceMention:
    return dataclasses.replace(mention, group=group)


_DISTANCE_FROM_BEFORE = re.compile(
    r"\b\d[\d,.]*\s*(?:-\s*)?(?:kilomet(?:er|re)s?|km|miles?|metres|meters|m)\s+(?:away\s+)?(?:from|of)\s+(?:the\s+)?$",
    re.I,
)


def border_mention(sentence: str, lexicon: Lexicon | None = None) -> PlaceMention | None:
    """ "the border", "the contact line": the region fallback when nothing more precise is named."""
    lexicon = lexicon or lexicon_for(default_catalog().default)
    # (not the border where a victim serves: "a trooper, deployed on the India-Pakistan border, was killed")
    sentence = without_posting(sentence, only_on_the_line=True)
    match = lexicon.compile(_BORDER).search(sentence)
    if match and _DISTANCE_FROM_BEFORE.search(sentence, max(0, match.start() - 40), match.start()):
        # ("a village more than 25 kilometers from the border with Israel": a distance from the line, not the line)
        match = None
    if not match:
        return None
    border = border_of(lexicon.profile)
    return PlaceMention(
        match.group(0),
        match.start(),
        match.end(),
        border,
        (border,),
        specific=False,
        reason="region fallback: the text names only the border",
    )


def _without_locators(members: list[PlaceMention]) -> list[PlaceMention]:
    """ "Sotk, Gegharkunik" names one place and where it lies: a region right after a place inside
    it is its locator, not another place of the list. So is a name that is both a town and the
    province the place lies in, right after a comma ("near Paruyr Sevak, Ararat"), and a region
    right after a comma that follows a village the gazetteer does not know."""
    kept: list[PlaceMention] = []
    for member in members:
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and previous.specific
            and previous.place is None
            and not member.specific
            and member.start - previous.end <= 2
        ):
            continue  # "the village of Zzz, Sadarak district": where an unknown village lies
        if (
            previous is not None
            and previous.specific
            and previous.place is not None
            and member.place is not None
            and previous.place.admin1 is not None
            and (
                # a region inside which the place lies
                (not member.specific and fold(previous.place.admin1) == fold(member.place.admin1 or member.place.name))
                # a town named like the place's province, right after a comma ("near X, Ararat")
                or (member.start - previous.end <= 2 and fold(previous.place.admin1) == fold(member.name))
            )
        ):
            continue
        kept.append(member)
    return kept


def _names_origins(members: list[PlaceMention]) -> bool:
    """A list of two or more settlements fire came from ("from positions near A, B and C villages")."""
    specific = [m for m in members if m.specific]
    # ("from B region's Goysu settlement and Chambarak region": a settlement and a region, all where fire came from)
    return (len(specific) >= 2 and all(m.origin for m in specific)) or (
        len(specific) == 1 and len(members) >= 2 and all(m.origin for m in members)
    )


SETTLEMENT_CUES = ("village", "settlement", "town", "hamlet")  # cue words of one settlement, not a region
# cue words of one spot, settlement or post, that a sector holds
_PLURAL_SETTLEMENTS = ("villages", "settlements", "towns", "hamlets")
_NAMES_A_SPOT = re.compile(r"^(?:village|settlement|town|hamlet|(?:\w+\s+)*(?:out)?posts?|checkpoints?|b[o]ps?)$", re.I)


# people: a place this large outside the conflict's countries, named by its own name, is that place, not a
# village of the same name the gazetteer lacks (gazetteer.FOREIGN_CITY_IN_TEXT, 1,000,000, is the size at
# which the free-text scan reports a foreign city at all)
_CITY_ABROAD = 100_000
# (unless the text calls it a village: "the settlements of Hyderabad, Sadarak district" is Heydarabad)
_KIND_BEFORE = re.compile(r"\b(?:villages?|settlements?|hamlets?|communit(?:y|ies))\s+(?:of\s+)?(?:the\s+)?$", re.I)
# ... or after it, alone or closing a list of names: "Gorgan village of the Fuzuli district", "Gorgan, Horadiz
# villages of the Fuzuli district" (the gazetteer's only Gorgan is the Iranian city)
_KIND_CLOSING_AFTER = re.compile(
    r"(?:\s*,\s*(?:and\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}|\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}){0,12}"
    r"\s+(?i:villages?|settlements?|hamlets?)\b"
)


def _is_its_name(name: str, place: Place) -> bool:
    """Is the name as written the place's own name (not a spelling or an old name: "Keri" is one of
    Cary's, in the United States)?"""
    return fold(name) == fold(place.name)


_LOCATOR_GAP = 30  # characters: ", 30 km northeast of", " in the north of"
_FRAME_START = 8  # characters: "In the X sector," opens the sentence
_NEAR_SPOT_GAP = 40  # characters: " sector in Poonch near " (not a clause further on: "..., while troops fired near Y")
# "In particular, in the ", "Meanwhile, on the ", "At the same time, in ": what may stand before a place
# that opens its sentence
_OPENER_CHARS = 40
_OPENER = re.compile(
    r"\W*(?:(?:in\s+particular|meanwhile|also|moreover|besides|furthermore|in\s+addition|additionally|"
    r"at\s+the\s+same\s+time|separately|specifically|elsewhere|in\s+turn)\s*,?\s+)?"
    r"(?:in|on|at|along)\s+(?:the\s+)?",
    re.I,
)


def frames(specific: list[PlaceMention]) -> list[PlaceMention]:
    """The sectors (fronts, directions, areas) that frame other places of the sentence: one that opens
    it ("In Luhansk sector, militants shelled Krymske"), or one a village or post named after it lies
    in ("targeted positions in the Samba sector, killing a jawan at the Manguchak border observation
    post")."""
    # (a spot: a village or post named as one, or a name the gazetteer lacks that fire fell near: "at
    # Gulpur sector in Poonch near Khari Karmara")
    spots = [m.start for m in specific if _NAMES_A_SPOT.search(m.cue or "")]
    near_spots = [m.start for m in specific if m.near and m.place is None]
    return [
        m
        for m in specific
        if (
            m.cue in ("sector", "front", "direction", "area")
            and (
                m.start <= _FRAME_START
                or m.opens
                or any(start > m.start for start in spots)
                or any(0 < start - m.end <= _NEAR_SPOT_GAP for start in near_spots)
            )
        )
        # ("fired on Sialkot border villages in Bajwat sector": the villages of a town, in the sector named next)
        or (m.cue in _PLURAL_SETTLEMENTS and m.group is None and any(o.start > m.end for o in specific))
    ]


_DISTRICT_CUES = ("district", "districts", "raion", "rayon", "tehsil")
_TOWN_DISTRICT_KM = 50.0  # a district named after its town reaches about this far from it


def beyond_town_district(region: PlaceMention | None, places: list[PlaceMention]) -> bool:
    """Is a place named next out of reach of the district the claim named after its town ("in Popasna
    district", found as the town of Popasna)?"""
    if region is None or region.place is None or region.place.kind != "settlement" or region.cue not in _DISTRICT_CUES:
        return False  # (not "the Zaporizhzhia region", an oblast named after its city)
    return _any_farther(region.place, places, _TOWN_DISTRICT_KM)


_REGION_CUES = ("region", "oblast", "province")
_REGION_KM = 200.0  # a province or oblast named after its city reaches about this far from it


def beyond_named_region(region: PlaceMention | None, places: list[PlaceMention]) -> bool:
    """Is a place named next far out of the province the claim named after its city ("attacks in the western Kursk
    region" then "a drone strike ... around the town of Svatove", 300 km off in the Luhansk region)?"""
    if region is None or region.place is None or region.cue not in _REGION_CUES:
        return False
    return _any_farther(region.place, places, _REGION_KM)


def _any_farther(centre: Place, places: list[PlaceMention], km: float) -> bool:
    """Is any specific place of ``places`` more than ``km`` from ``centre``?"""
    return any(
        m.specific
        and m.place is not None
        and haversine_km(centre.latitude, centre.longitude, m.place.latitude, m.place.longitude) > km
        for m in places
    )


# "killed last month in Syria", "as Israel bombed Gaza": where a sentence says its event happened
_MAX_LANDS = 8  # names read per sentence (a hostile run of "in X in Y ..." costs no more)
# "in Lebanon", "In Syria,": a land the sentence names
_IN_A_LAND = re.compile(r"\b(?i:in|into|inside|on|over)\s+(?:the\s+)?(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")
# "killed last month in Syria", "Israel bombed Gaza": a land fire was told in, in the fire's own clause (not
# "shelled positions on Sunday, despite the ceasefire agreed in Moscow", nor "as talks resumed in Minsk")
_STRUCK_LAND = re.compile(
    # ("the attack on a Gurdwara in Kabul that killed 28": the noun too)
    r"\b(?P<verb>(?i:killed|struck|strikes?|airstrikes?|bombed|bombing|shelled|shelling|pounded|raided|attack(?:s|ed)?|fired))\b"
    r"(?:(?:(?!(?i:agreed|signed|brokered|talks|cease[-\s]?fire|truce|summit|meeting|mediat|negotiat))[^.;,:]){0,60}?"
    # ("shot and killed near a border fence with Egypt": a border with another land)
    r"\b(?i:in|into|inside|on|over|(?:border|frontier|boundary)\s+(?:fence|wall)\s+with)\s+|\s+)"
    r"(?:the\s+)?(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
)


def told_abroad(sentence: str, mentions: list[PlaceMention], gazetteer: Gazetteer, lexicon: Lexicon) -> bool:
    """Does the sentence tell of fire in a country outside the conflict's ("a commander killed last month
    in Syria", "Israel bombed Gaza"), naming no place or land of the conflict? Then it is another war's
    news, however it is worded. Only a land in the fire's own clause counts: a truce "agreed in Moscow"
    or talks "in Minsk" say nothing of where fire fell."""
    if any(m.place is not None or m.cue is not None for m in mentions):
        return False
    if any(
        lexicon.side_of(match.group("name")) is not None
        for match in itertools.islice(_IN_A_LAND.finditer(sentence), _MAX_LANDS)
    ):
        return False  # ("on Gaza as well as some districts in Lebanon": the conflict's own land too)
    focus = focus_of(lexicon)
    for match in itertools.islice(_STRUCK_LAND.finditer(sentence), _MAX_LANDS):
        if match.group("verb").lower().startswith("attack") and _MOTIVE_BEFORE.search(
            sentence, max(0, match.start() - 40), match.start()
        ):
            continue  # ("launched in response to an Israeli attack in Syria": the motive's land, not the fire's)
        name = match.group("name")
        place = gazetteer.geocode(name).place
        if place is None or place.country in focus or lexicon.side_of(name) is not None:
            continue
        if place.kind == "country" or (place.population >= _CITY_ABROAD and _is_its_name(name, place)):
            return True
    return False


_MOTIVE_BEFORE = re.compile(r"\b(?:response|retaliation|revenge|reprisal|answer|avenge|after)\b[^.;]*$", re.I)


# "a clash between India and China", "tensions between Armenia and Turkey": a pair of countries
_PAIR_OF_LANDS = re.compile(r"\bbetween\s+(?:the\s+)?(?P<a>[A-Z][a-z]+)\s+and\s+(?:the\s+)?(?P<b>[A-Z][a-z]+)\b")


def other_pair(sentence: str, gazetteer: Gazetteer, lexicon: Lexicon) -> bool:
    """Does the sentence name, as a pair, one of the conflict's sides and a country that is none of them
    ("a violent clash between the armies of India and China in Ladakh")? Then its fire is another
    conflict's (the first pair only is read)."""
    match = _PAIR_OF_LANDS.search(sentence)
    if match is None:
        return False
    sides = [lexicon.side_of(match.group(g)) for g in ("a", "b")]
    if sum(side is not None for side in sides) != 1:
        return False
    other = match.group("b") if sides[0] is not None else match.group("a")
    place = gazetteer.geocode(other).place
    return place is not None and place.kind == "country"


def choose_places(mentions: Iterable[PlaceMention]) -> list[PlaceMention]:
    """One list of several places -> all of them; else the most specific place; else the first region."""
    mentions = list(mentions)
    groups: dict[int, list[PlaceMention]] = {}
    for mention in mentions:
        if mention.group is not None:
            groups.setdefault(mention.group, []).append(mention)
    specific_alone = any(m.specific and m.group is None for m in mentions)
    lists: list[list[PlaceMention]] = []
    for members in groups.values():
        # ("near Avdiivka (18km north of Donetsk)": a reference point is no member of the list)
        members = [m for m in _without_locators(members) if not m.reference]
        if len(members) >= 2 and (any(m.specific for m in members) or not specific_alone):
            lists.append(members)  # "Sotk, Vardenis and Goris"; "Dashkasan, Kalbajar and Lachin districts"
        # a list of provinces locating a village named alone ("X, in the provinces of A and B") is not
        # a list of incidents: the village is the place
    # Every list of targets ("A and B settlements ..., firing towards C and D villages"), not a list
    # of where the fire came from ("from positions in E and F"), nor a further list of regions.
    targets = [m for members in lists if not members[0].origin and any(x.specific for x in members) for m in members]
    # ("In the Preah Vihear area, Phu Makheu and Huai Thamariya in Si Sa Ket ...": the area opening the
    # sentence frames the villages listed after it; it is no place of its own)
    targets = [m for m in targets if not (m.opens and not m.specific and m is targets[0] and len(targets) > 2)]
    if targets:
        # "A, B villages of X district and Z village of Y district": a village named alone beside the
        # lists is a target too
        # ("A and B sectors of X and C sector of Y": a member alone of the lists' own kind)
        kinds = {*SETTLEMENT_CUES, *(m.cue.rstrip("s") for m in targets if m.cue)}
        # ("..., and on nameless hills in Gadabay region": the district naming unnamed spots fire fell on too)
        alone = [
            m for m in mentions if m.group is None and m.specific and not m.origin and (m.cue in kinds or m.heights)
        ]
        return sorted([*targets, *alone], key=lambda m: m.start) if alone else targets
    # A list of where fire came from ("shelled from positions near A, B and C villages") is not
    # where it fell: the incident's place is another name of the sentence, or none of them.
    origin_lists = any(_names_origins(members) for members in lists)
    if all(m.origin for m in mentions):
        # "Azerbaijani positions took fire from the positions located in the villages of A and B": no target
        # named, the places fire came from are the incident's
        # (named with their kind, as a bulletin names them: not "from the direction of A and B")
        named = [
            members
            for members in lists
            if _names_origins(members) and any(m.specific for m in members) and any(m.cue for m in members)
        ]
        if named:
            # ("... near A, B villages of X, as well as from nameless heights of Y and Z districts": both lists)
            return [m for members in named for m in members]
    lists = [members for members in lists if not _names_origins(members)]
    if lists:
        return lists[0]
    # "in Sadarak in the north of Nakhchivan", "Vodiane, 30 km northeast of Mariupol": a town named
    # as a reference point right after a place locates that place, whatever the place's kind
    mentions = [
        m
        for i, m in enumerate(mentions)
        if not (
            m.reference
            and i
            and 0 <= m.start - mentions[i - 1].end <= _LOCATOR_GAP
            # (not after a region said as one: "a village in the Kharkiv region, 10 km north of
            # Kupiansk" locates the village the sentence does not name; Kupiansk says more)
            and (mentions[i - 1].specific or mentions[i - 1].cue is None)
        )
    ]
    specific = [m for m in mentions if m.specific and not m.origin]
    framing = frames(specific)
    if framing and len(specific) > len(framing):
        # "In Luhansk sector, militants shelled Krymske ...": the sector that opens the sentence
        # frames the places it names next, which are where fire fell
        specific = [m for m in specific if m not in framing]
        spots = [m for m in specific if m.near and m.place is None and 0 < m.start - framing[0].end <= _NEAR_SPOT_GAP]
        if spots:
            return spots[:1]  # "at Gulpur sector in Poonch near Khari Karmara": the village, not the district town
    # ("outside Vodiane (30 km northeast of Mariupol)": a town named only as a reference point for a
    # place named before it comes after that place; "5km south of Ban Krat in Surin" keeps Ban Krat)
    located = min((m.start for m in specific if not m.reference), default=None)
    specific.sort(key=lambda m: m.reference and located is not None and located < m.start)
    if specific:
        # "in the X valley towards the southeast of Y, ... hit his jeep in Z village": a town named as
        # a reference point gives way to the settlement the sentence names as one
        settled = next((m for m in specific if not m.near and m.cue in SETTLEMENT_CUES), None)
        first = [settled] if specific[0].reference and settled is not None else specific[:1]
        # ("at A village, and on nameless hills in Gadabay region": the district naming unnamed spots too)
        return first + [m for m in specific if m.heights and m not in first]
    specific = [m for m in mentions if m.specific and not origin_lists]  # a lone origin beside a region target
    plural = [m for m in specific if m.origin and m.cue in _PLURAL_SETTLEMENTS]
    if len(plural) >= 2 and len({m.cue for m in plural}) == 1:
        # "underwent fire from the positions located in the villages of A of X district and B of Y district":
        # the villages one plural cue names, each with its district, are one list
        return plural
    if specific:
        return specific[:1]
    # "on villages along the Working Boundary ... in the Chaprar sector": an area on the line is
    # more precise than the line; "heights of the A district underwent fire from heights of the B
    # district": the area fire fell on, not the one it came from
    # ("100km southwest of Preah Vihear temple": a reference point far off is no area of the fire)
    mentions = [
        m for m in mentions if not (m.reference and not m.specific and m.place is not None and m.place.kind != "border")
    ]
    areas = [m for m in mentions if m.place is None or m.place.kind != "border"]
    areas = [m for m in areas if not m.origin] + ([] if origin_lists else [m for m in areas if m.origin])
    areas = [m for m in areas if not m.owner] or areas  # (the commune a province is named for, not the province)
    return (areas or [m for m in mentions if not m.origin])[:1]


# Patterns that open with lookbehinds or alternatives the engine enters at every letter, though each of
# their matches starts with one of a few characters: tried only where one stands (same matches, same
# groups; first_chars.py)
_AFTER_NAME = with_first_chars(_AFTER_NAME)
_JOINED_NAME = with_first_chars(_JOINED_NAME)
_IN_KNOWN_PLACE = with_first_chars(_IN_KNOWN_PLACE)
_ATTACK_ON = with_first_chars(_ATTACK_ON)
_NAMED_ROAD = with_first_chars(_NAMED_ROAD)
_HIT_IN = with_first_chars(_HIT_IN)
_BEFORE_NAME = with_first_chars(_BEFORE_NAME)
_DISTRIBUTIVE = with_first_chars(_DISTRIBUTIVE)
_LOCATIVE_LIST = with_first_chars(_LOCATIVE_LIST)
_APPOSITION = with_first_chars(_APPOSITION)
_SECTOR_THEN_DISTRICT = with_first_chars(_SECTOR_THEN_DISTRICT)


# Patterns run over a whole sentence only when it holds a word every match of theirs holds (same
# answers; folded.gated)
_APPOSITION = gated(_APPOSITION)
_ACTOR_LOCATED = gated(_ACTOR_LOCATED)
_SECTOR_THEN_DISTRICT = gated(_SECTOR_THEN_DISTRICT)
_NAMED_ROAD = gated(_NAMED_ROAD)
_PLURAL_CUE = gated(_PLURAL_CUE)
