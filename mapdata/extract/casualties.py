"""Killed and wounded as a sentence states them.

"Two of its soldiers had been wounded" -> wounded 2; "an Azerbaijani soldier was killed" ->
killed 1; named dead ("sergeant Vugar Sadigov and corporal Elshad Mammadov died") are counted.
A figure the text does not state stays None, never 0. Totals of a war or a campaign ("tens
of thousands have been killed in the two wars") are not an incident's casualties: callers
skip background sentences, and vague quantities ("dozens", "more than") are not read; "at least
three" is read as three, the figure the report vouches for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from mapdata.extract.attribution import side_word
from mapdata.extract.folded import FoldedPattern, folded_if_ignorecase, gated
from mapdata.extract.lexicon import Lexicon
from mapdata.extract.spans import Spans
from mapdata.extract.text import without_posting

__all__ = [
    "LOSS_TELLER",
    "Casualties",
    "find_casualties",
    "number_value",
    "own_losses",
    "per_place_casualties",
    "told_without_a_number",
]

# fmt: off
_UNITS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "another": 1,
}
# fmt: on
_COUNT = r"(?:(?<![\w-])(?:half\s+a|a|one|two|three|four|five)\s+dozen\b|(?<![\d,.])\d{1,3}(?:,\d{3})+|(?<![\d,.])(?:(?<!\bof\s)|(?!(?:19|20)\d\d\b))\d{1,5}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
# ("a local resident of 1935 died": after "of", a year is a birth year, not a count)
# "another" counts one ("killing four and wounding another"); "another three" is three.
_NUM = rf"(?:{_COUNT}|an?|another(?!\s+(?:{_COUNT})\b))"  # ("another nine wounded": nine, not one)
_AUX = r"(?:(?:was|were|is|are|had\s+been|have\s+been|has\s+been|being|got|are\s+confirmed\s+to\s+have\s+been|were\s+reportedly|was\s+reportedly)\s+(?:also\s+)?(?:(?:seriously|severely|lightly|slightly|critically|badly)\s+)?)"
_APPOSITIVE = r"(?:[\w'-]+\s+){0,5}?[\w'-]+,\s+[^,.;]{1,60},\s+"  # "a serviceman, soldier X Y, was ..."
# the Azerbaijani MoD's "soldier X became Shehid (Martyr)"
_SHEHID = r"(?:shehid|shahid|shaheed|martyr)"
_BECAME_SHEHID = rf"became\s+(?:an?\s+)?{_SHEHID}"
_KILL = (
    r"(?:killed|dead|died|martyred|slain|perished|shot\s+dead|lost\s+their\s+lives|lost\s+his\s+life|"
    rf"(?:fatally|mortally)\s+(?:wounded|injured|shot|hit|struck)|embraced\s+(?:martyrdom|shahadat)|{_BECAME_SHEHID})"
)
_WOUND = r"(?:wounded|injured|hurt)"
# ("four civilians including a girl sustained serious injuries")
_WOUND_PHRASE = rf"(?:{_WOUND}|(?:received|sustained|suffered)\s+(?:\w+\s+)?(?:wounds|injuries))"
# Who a count is of, after the verb ("killed two soldiers", "wounding three civilians").
_VICTIMS = (
    r"(?:soldiers?|servicem[ae]n|civilians?|people|troops|persons?|residents?|m[ae]n|wom[ae]n|child(?:ren)?|boys?|"
    r"girls?|guards?|officers?|policem[ae]n|farmers?|herders?|shepherds?|villagers?|workers?|fighters?|members?|"
    r"personnel|militants?|sons?|daughters?|jawans?|porters?|troopers?|majors?|captains?|constables?|sepoys?|"
    r"nationals|citizens?|individuals|paramedics|rescuers|journalists|drivers?|riders?|motorcyclists?|passengers?|others)"
)
# "targeted a motorcycle, killing the rider": the one person a vehicle held (not "the riders")
_THE_VEHICLES_ONE = (
    r"(?P<n>)(?:the|its)\s+(?:[\w-]+\s+)?(?:driver|rider|motorcyclist|motorist|occupant|passenger)\b(?!s)"
)
# ("At least 23 Cambodians, including civilians, soldiers, and police, were injured": a people by its name)
_VICTIMS_OR_NATION = (
    rf"(?:{_VICTIMS}|cambodians|thais|israelis|lebanese|palestinians|syrians|indians|pakistanis|kashmiris|armenians|"
    r"azerbaijanis|ukrainians|russians)"
)
# The words between a count and its verb name who was hit ("two of its soldiers"); they never
# run over "and", "or" or another count ("two died and another three were hurt" is 2 and 3).
# An age is a description, not a count ("a 60-year-old woman was killed" is one; "a 15 year old
# girl", "a 35-years-old civilian" too).
# (animals are no victims to count: "four cattle heads killed")
_GAP_WORD = (
    rf"(?!(?:and|or|but|while|another|{_COUNT})\b(?![-\s]years?[-\s]old))"
    # (a place in apposition after the people: "a 47-year-old worker in the village of X, Kherson region, was killed")
    r"(?!(?:cattle|cows?|sheep|goats?|livestock|animals?|buffalo(?:es)?|horses?|donkeys?|mules?|camels?)\b)[\w'’-]+"
    r"(?:,(?=\s+[A-Z][\w'’-]*\s+(?:region|oblast|district|province|governorate)\b)|"
    r"(?:(?<=region)|(?<=oblast)|(?<=district)|(?<=province)|(?<=governorate)),)?\s+"
)
# A time before the count's verb is no count of people ("Two days after a soldier was killed" is
# one: the soldier). The gap may run on after the count's people ("six of its soldiers manning an
# outpost in Karabakh's east had been wounded" is six).
_NOUN_GAP = (
    r"(?!(?:minutes?|hours?|days?|weeks?|months?|years?)\s+(?:after|before|since|later|earlier|ago)\b)"
    # (after the people, a description of up to 12 words: "A 20 year old soldier serving with the military
    # formations of the self-declared Nagorno-Karabakh Republic was killed")
    # (not across a clause of another subject before the people: "four landmines near the site where
    # a soldier was injured" is the soldier, one)
    rf"(?:(?!(?:where|when|which)\b){_GAP_WORD}){{0,7}}?(?:{_VICTIMS}\s+(?:{_GAP_WORD}){{0,12}}?)?"
)
# A count right after "killed" is its object ("an attack killed two soldiers"), not its subject's.
# ("killed at least 10 Syrian nationals": a floor before the count is no count of its own)
_AT_LEAST = r"(?:(?:at\s+least|as\s+many\s+as|some)\s+)?"
# ("a conflict that has killed more than 3,000": a vague count after the verb is its object too)
# (not "about", "around", "up to": before clock times and distances, "killed around 3 am")
_OBJECT_FOLLOWS = rf"(?!\s+(?:{_AT_LEAST}|(?:more\s+than|over|nearly|almost)\s+)(?:{_NUM})\b)"
# "killing one and wounding three": a count with its noun left out, ending the phrase.
_COUNT_ALONE = r"(?=\s*(?:[,.;]|and\b|$))"
_NONE = re.compile(r"\b(?:no|not|without)\s+$", re.I)  # "no one was hurt" states no count to record
_VAGUE = re.compile(
    r"\b(?:more\s+than|over|about|around|up\s+to|nearly|almost|dozens|hundreds|thousands|tens)\s+$", re.I
)

# "five civilians including a girl and a woman got injured": the count covers those it includes.
# (the list holds no verb of its own: "15 people including children were killed and 50 injured" is 15 killed,
# not 15 injured)
_INCLUDING = (
    r"(?P<n>{num})\s+(?:[\w-]+\s+){{0,2}}?{victims}\s*,?\s+including\s+"
    # ("At least 23 Cambodians, including civilians, soldiers, and police, were injured": commas, no count)
    # (nor another count: "..., and 25 others were injured", "..., while 20 others were wounded")
    # (nor a second verb: "killed four people including a sub-inspector, and also injured six")
    r"(?:(?!\b(?:killed|died|dead|injured|wounded|hurt|others|while)\b|\d+\s|\band\s+also\b)[^.;]){{1,80}}?,?\s+"
    r"{aux}?(?:also\s+)?(?:got\s+)?"
    r"(?:{verb})\b"
)

# "the soldier was killed by an Armenian sniper fire": one person, told of before (a claim keeps the
# larger figure of a restatement, so the one is never added twice). Not beside a count of its own
# sentence ("Three soldiers died; the officer was killed by a sniper"), nor in a recap.
# one person a report has introduced, named back ("the soldier", "the driver")
_ONE_PERSON = (
    r"(?:soldier|serviceman|civilian|officer|jawan|villager|resident|farmer|shepherd|guard|man|woman|boy|girl|driver|"
    r"owner|rider|passenger|commander|fighter|worker"
)
_THE_ONE = FoldedPattern(
    # ("the ministry said its soldier was killed", "our serviceman was killed")
    rf"(?:^|[.;,]\s*|\b(?:that|and|said)\s+)(?P<n>)(?:the|its|our)\s+(?:[\w-]+\s+)?{_ONE_PERSON})\s+"
    r"(?:was|has\s+been|had\s+been)\s+(?:(?:later|also|reportedly)\s+)?(?:killed|martyred|shot\s+dead)\b",
    re.I,
)
# ... and wounded ("The driver was wounded"): counted only where the sentence counts no one else either
_THE_ONE_WOUNDED = FoldedPattern(
    rf"(?:^|[.;,]\s*|\b(?:that|and)\s+)(?P<n>)(?:the|its|his|her)\s+(?:[\w-]+\s+)?{_ONE_PERSON}|wife|husband|son|daughter)\s+"
    r"(?:was|has\s+been|had\s+been)\s+(?:(?:later|reportedly|seriously|severely|lightly|slightly|critically|badly)\s+)?"
    r"(?:wounded|injured|hurt)\b",
    re.I,
)
_RECALLED = re.compile(r"\b(?:recalled|remembered|a\s+year\s+ago|years?\s+ago|last\s+year|anniversary)\b", re.I)
# "a woman and her daughter", "a father and his two sons": one person and the kin named with them (group "kin": how
# many kin, empty for one)
_WITH_KIN = (
    r"(?P<n>an?|one)\s+(?:[\w'’-]+\s+){0,2}?(?:man|woman|boy|girl|father|mother|farmer|shepherd|civilian|villager|"
    r"resident|soldier|elderly\s+man|elderly\s+woman)\s+and\s+(?:his|her)\s+(?:(?P<kin>" + _COUNT + r")\s+)?"
    r"(?:[\w'’-]+\s+)?(?:sons?|daughters?|wife|husband|child(?:ren)?|brothers?|sisters?|grand(?:son|daughter|child)s?|"
    r"nephews?|nieces?|father|mother)\b"
)
# "an elderly man and woman", "a man and a woman", "an elderly couple": two people in one phrase (an empty
# group "kin" adds the second to the one "a" counts)
_PAIR = (
    r"(?P<n>an?)\s+(?:(?:elderly|old|young|married|local)\s+)?"
    r"(?:(?:man|woman|husband|wife|boy|girl)\s+and\s+(?:an?\s+)?(?:(?:elderly|old|young)\s+)?"
    r"(?:man|woman|wife|husband|boy|girl)|couple(?!\s+of\b))\b(?P<kin>(?!))?"
)
# "killing him", "wounding his wife", "killing the owner": one person, named back or by kin
_HIM_OR_KIN = (
    r"\s+(?P<n>)(?:him|her|(?:his|her|their|the)\s+(?:wife|husband|son|daughter|father|mother|brother|sister|owner|driver|"
    r"rider|farmer|shepherd))\b"
)
# ... counted only where the sentence counts no one else (not "two were injured ..., injuring him in the leg")
_KILLED_HIM = FoldedPattern(rf"\b(?:kill(?:ed|ing)|martyr(?:ed|ing)){_HIM_OR_KIN}", re.I)
_WOUNDED_HIM = FoldedPattern(rf"\b(?:wound(?:ed|ing)|injur(?:ed|ing)){_HIM_OR_KIN}", re.I)
_SUCCUMBED = re.compile(
    r"\b(?:later\s+|then\s+)?succumbed\s+to\s+(?:his|her)\s+(?:[\w-]+\s+)?(?:injuries|wounds)\b", re.I
)
_COUNTED_ALONE = (_THE_ONE, _THE_ONE_WOUNDED, _KILLED_HIM, _WOUNDED_HIM)
_COUNTED: dict[str, list[re.Pattern[str] | FoldedPattern]] = {
    "killed": [
        re.compile(rf"\b(?:kill(?:ed|ing)|martyr(?:ed|ing))\s+{_WITH_KIN}", re.I),
        re.compile(rf"\b{_WITH_KIN}\s+(?:were|have\s+been|had\s+been)\s+(?:killed|martyred)\b", re.I),
        re.compile(rf"\b{_INCLUDING.format(num=_NUM, victims=_VICTIMS_OR_NATION, aux=_AUX, verb=_KILL)}", re.I),
        # (after the count including them: "five civilians including a man and a woman" are five)
        re.compile(rf"\b(?:kill(?:ed|ing)|martyr(?:ed|ing))\s+{_PAIR}", re.I),
        re.compile(
            rf"\b{_PAIR}\s+(?:(?:were|have\s+been|had\s+been)\s+(?:killed|martyred)|(?:have\s+|had\s+)?died)\b", re.I
        ),
        re.compile(rf"\b(?P<n>{_NUM})\s+{_NOUN_GAP}{_AUX}?(?:{_KILL})\b{_OBJECT_FOLLOWS}", re.I),
        re.compile(rf"\b(?P<n>{_NUM})\s+{_APPOSITIVE}{_AUX}(?:{_KILL})\b", re.I),
        re.compile(rf"\b(?P<n>{_NUM})\s+{_NOUN_GAP}(?:have|has|had)\s+(?:died|been\s+killed)\b", re.I),
        re.compile(
            rf"\b(?:kill(?:ed|ing)|martyr(?:ed|ing)|shot\s+dead)\s+{_AT_LEAST}(?P<n>{_NUM})\s+(?:[\w-]+\s+){{0,3}}?(?:{_VICTIMS}|border\s+guards?)\b",
            re.I,
        ),
        re.compile(rf"\b(?P<n>\d{{1,4}}|{_NUM})\s+dead\b", re.I),
        # ("The agency reported two deaths from Israeli shelling in Houla and one in Jebbayn": deaths a voice
        # reports, counted)
        re.compile(
            rf"\b(?:reported|recorded|registered|announced|confirmed)\s+(?P<n>\d{{1,4}}|{_NUM})\s+deaths\b(?!\s+(?:of|in\s+total))",
            re.I,
        ),
        re.compile(rf"\bkill(?:ed|ing)\s+{_AT_LEAST}(?P<n>{_COUNT}){_COUNT_ALONE}", re.I),
        re.compile(rf"\bleaving\s+(?P<n>{_NUM})\s+{_NOUN_GAP}dead\b", re.I),
        # "killed Defense Army soldier Andranik X": one victim named by rank and name
        re.compile(
            r"\b(?:kill(?:ed|ing)|martyr(?:ed|ing)|shot\s+dead)\s+(?P<n>)(?:[A-Z][\w'’-]*\s+){0,4}"
            r"(?:soldier|serviceman|private|sergeant|corporal|officer|civilian|resident|jawan|porter)\s+[A-Z][a-z]"
        ),
        # "Army jawan Lance Naik X lost his life", "Constable X succumbed to his injuries": one victim
        # named by rank and name
        re.compile(
            r"\b(?i:jawan|soldier|serviceman|constable|trooper|sepoy|naik|havildar|rifleman|gunner|private|sergeant|"
            r"corporal|lieutenant|major|captain|officer|civilian|porter)\s+(?P<n>)(?:[A-Z][\w'’.-]*\s+){1,6}"
            r"(?:lost\s+(?:his|her)\s+life|succumbed\s+to\s+(?:his|her)\s+(?:[\w-]+\s+)?(?:injuries|wounds))"
        ),
        # "caused the death / the martyrdom of one person", "resulting in the loss of one of our soldiers"
        re.compile(
            rf"\b(?:deaths?|martyrdom|shahadat|killing|loss)\s+of\s+(?P<n>{_NUM})\s+(?:of\s+(?:our|its|their|the)\s+)?(?:\w+\s+){{0,2}}?{_VICTIMS}\b",
            re.I,
        ),
        # "On Sunday we have lost three valiant defenders of Avdiivka": a side's own dead, told as its loss
        # (people only: not "lost two tanks", "lost three positions")
        re.compile(
            rf"\b(?:we|it|they|the\s+army|our\s+(?:army|forces|unit|brigade))\s+(?:have\s+|has\s+|had\s+)?lost\s+"
            rf"(?P<n>{_NUM})\s+(?:[\w-]+\s+){{0,2}}?(?:{_VICTIMS}|defenders|heroes|comrades)\b"
            # (not a toll over a time, "lost 13 soldiers this month", "since the summer", nor "lost four soldiers
            # wounded")
            r"(?![^.;]{0,60}?\b(?:since|this\s+(?:month|year|week)|last\s+(?:month|year|week)|so\s+far|in\s+total|"
            r"to\s+date|over\s+the|during\s+the|wounded|injured)\b)",
            re.I,
        ),
        # "he was given first aid but succumbed to his injuries": the one wounded died
        re.compile(
            r"\b(?P<n>)(?:he|she)\s+(?:later\s+|then\s+|also\s+)?succumbed\s+to\s+(?:his|her|the)\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds)\b",
            re.I,
        ),
        # "The soldier was hospitalized, but died of his wounds later that day": the one wounded died
        re.compile(r"\b(?P<n>)died\s+(?:of|from)\s+(?:his|her)\s+(?:[\w-]+\s+)?(?:injuries|wounds)\b", re.I),
        _THE_ONE,
        # "He was killed by Azeri fire": one person, named before
        re.compile(
            r"(?:^|[.;,]\s*|\band\s+)(?P<n>)(?:he|she)\s+was\s+(?:\w+\s+)?(?:killed|martyred|shot\s+dead)\b", re.I
        ),
        # "19 October saw the death of 19-year-old Armenian soldier X": one named victim's death
        re.compile(
            r"\b(?P<n>)(?:death|shahadat|martyrdom)\s+of\s+(?:an?\s+|the\s+)?(?:\d{1,3}-year-old\s+)?(?:[\w'’-]+\s+){0,2}?"
            r"(?:soldier|serviceman|civilian|officer|resident|jawan|porter|villager|farmer|shepherd)\b",
            re.I,
        ),
        # "two bodies were recovered from the rubble"
        re.compile(rf"\b(?P<n>{_COUNT})\s+bodies\b", re.I),
        # "the shelling claimed the lives of two civilians", "claimed the life of a serviceman"
        re.compile(
            # (not a tally, "which has claimed the lives of 300 civilians": review47 item 8)
            rf"(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)\bclaim(?:ed|ing|s)?\s+the\s+lives?\s+of\s+{_AT_LEAST}(?P<n>{_NUM})\s+(?:[\w-]+\s+){{0,3}}?{_VICTIMS}\b",
            re.I,
        ),
        # "the death toll from Tuesday's shelling has risen to 15": the told incident's dead, as last counted
        re.compile(
            rf"\bdeath\s+toll\b[^.;]{{0,80}}?\b(?:rose|risen|climbed|increased|jumped|reached|stands?\s+at|stood\s+at)\s+"
            rf"(?:to\s+)?(?P<n>{_COUNT})\b",
            re.I,
        ),
        # "A soldier injured in Pakistani firing on Tuesday later succumbed to his injuries": the one wounded died
        re.compile(
            r"\b(?P<n>an?|one)\s+(?:[\w'’-]+\s+){0,2}?(?:soldier|serviceman|jawan|civilian|man|woman|boy|girl|villager|"
            r"officer|constable|porter|resident|farmer|shepherd)\s+(?:[\w'’,-]+\s+){0,12}?(?:later\s+|then\s+)?"
            r"succumbed\s+to\s+(?:his|her)\s+(?:[\w-]+\s+)?(?:injuries|wounds)\b",
            re.I,
        ),
        re.compile(rf"\b(?:kill(?:ed|ing)|martyr(?:ed|ing))\s+{_THE_VEHICLES_ONE}", re.I),
        _KILLED_HIM,
    ],
    "wounded": [
        # ("leading to two non-fatal casualties": the wounded, as the BSF counts them)
        re.compile(rf"\b(?P<n>{_NUM})\s+non-?fatal\s+casualt(?:y|ies)\b", re.I),
        re.compile(rf"\b(?:wound(?:ed|ing)|injur(?:ed|ing))\s+{_WITH_KIN}", re.I),
        re.compile(rf"\b{_WITH_KIN}\s+(?:were|have\s+been|had\s+been)\s+(?:wounded|injured|hurt)\b", re.I),
        re.compile(rf"\b{_INCLUDING.format(num=_NUM, victims=_VICTIMS_OR_NATION, aux=_AUX, verb=_WOUND_PHRASE)}", re.I),
        re.compile(rf"\b(?:wound(?:ed|ing)|injur(?:ed|ing))\s+{_PAIR}", re.I),
        re.compile(rf"\b{_PAIR}\s+(?:were|have\s+been|had\s+been)\s+(?:wounded|injured|hurt)\b", re.I),
        re.compile(rf"\b(?P<n>{_NUM})\s+{_NOUN_GAP}{_AUX}(?:{_WOUND})\b", re.I),
        re.compile(rf"\b(?P<n>{_NUM})\s+{_APPOSITIVE}{_AUX}(?:{_WOUND})\b", re.I),
        # ("a strike wounded four soldiers": the count after the verb is its object, not "a")
        re.compile(
            rf"\b(?P<n>{_NUM})\s+(?:\w+\s+)?{_WOUND}\b(?!\s+(?:serviceman|servicemen|soldier|soldiers)){_OBJECT_FOLLOWS}",
            re.I,
        ),
        # "five were killed and two others critically wounded": the verb's auxiliary left out
        re.compile(
            rf"\b(?P<n>{_NUM})\s+others?\s+(?:(?:seriously|severely|lightly|slightly|critically|badly)\s+)?{_WOUND}\b",
            re.I,
        ),
        re.compile(
            rf"\b(?P<n>{_NUM})\s+{_NOUN_GAP}(?:received|sustained|suffered|got)\s+(?:an?\s+|\w+\s+)?(?:\w+\s+)?(?:wounds?|injur(?:y|ies))\b",
            re.I,
        ),
        re.compile(rf"\bleaving\s+(?P<n>{_NUM})\s+{_NOUN_GAP}(?:wounded|injured)\b", re.I),
        # "She was injured by shrapnel": one person, named before
        re.compile(r"(?:^|[.;,]\s*|\band\s+)(?P<n>)(?:he|she)\s+was\s+(?:\w+\s+)?(?:wounded|injured|hurt)\b", re.I),
        # "A woman was killed and her husband injured": one relative of the victim just counted
        re.compile(
            r"\b(?:killed|died|dead|martyred)\s+(?:,\s*)?(?:and|while)\s+(?P<n>)(?:his|her|their)\s+"
            r"(?:husband|wife|son|daughter|brother|sister|father|mother|child|uncle|aunt|nephew|niece|cousin)\s+"
            r"(?:was\s+|were\s+|got\s+)?(?:(?:seriously|severely|lightly|slightly|critically|badly)\s+)?(?:wounded|injured|hurt)\b",
            re.I,
        ),
        # "military serviceman Elkhan Muradov suffered a wound to his shoulder": one victim named by rank and name
        re.compile(
            r"\b(?i:serviceman|soldier|jawan|private|sergeant|corporal|lieutenant|officer|civilian|resident|porter|"
            r"constable|rifleman)\s+(?P<n>)(?:[A-Z][\w'’.-]*\s+){1,4}(?:suffered|received|sustained|got)\s+"
            r"(?:an?\s+)?(?:[\w-]+\s+)?(?:wound|injury)\b"
        ),
        # ("the Armenian side confirmed the wounding of its soldier"): one victim, named as a noun
        re.compile(
            r"\b(?:wounding|injuring|injury)\s+of\s+(?P<n>)(?:its|their|a|an|one|his|her)\s+(?:[\w-]+\s+)?"
            r"(?:soldier|serviceman|jawan|officer|border\s+guard|civilian|resident|fighter|contract\s+soldier)\b",
            re.I,
        ),
        # "left Mohammad Danish injured": one named person
        re.compile(r"\bleft\s+(?P<n>)(?:[A-Z][\w'’-]+\s+){1,3}(?:wounded|injured)\b"),
        re.compile(
            rf"\b(?:wound(?:ed|ing)|injur(?:ed|ing))\s+{_AT_LEAST}(?P<n>{_NUM})\s+(?:[\w-]+\s+){{0,3}}?{_VICTIMS}\b",
            re.I,
        ),
        re.compile(r"\b(?:wound(?:ed|ing)|injur(?:ed|ing))\s+(?P<n>another)\b", re.I),
        # "causing injuries to two passengers", "inflicting wounds on three soldiers"
        re.compile(
            rf"\b(?:caus(?:ed|ing)|inflict(?:ed|ing))\s+(?:\w+\s+)?(?:injuries|wounds)\s+(?:to|on)\s+{_AT_LEAST}(?P<n>{_NUM})\s+"
            rf"(?:[\w-]+\s+){{0,2}}?{_VICTIMS}\b",
            re.I,
        ),
        # "resulted in the death of one citizen and the injury of two others" (the health ministry's wording)
        re.compile(rf"\binjury\s+of\s+(?P<n>{_COUNT})\s+(?:[\w-]+\s+)?(?:others|{_VICTIMS})\b", re.I),
        # "killing a Lebanese officer and another soldier and injuring two more"
        re.compile(rf"\b(?:wound(?:ed|ing)|injur(?:ed|ing))\s+(?P<n>{_NUM})\s+more\b", re.I),
        re.compile(rf"\b(?:wound(?:ed|ing)|injur(?:ed|ing))\s+{_AT_LEAST}(?P<n>{_COUNT}){_COUNT_ALONE}", re.I),
        re.compile(rf"\b(?:wound(?:ed|ing)|injur(?:ed|ing))\s+{_THE_VEHICLES_ONE}", re.I),
        _THE_ONE_WOUNDED,
        _WOUNDED_HIM,
    ],
}
# Every sentence with a word of death or wounds meets each count pattern: searched over lower-cased
# text (see folded.py), the ones written case-insensitively cost a third.
_COUNTED = {kind: [folded_if_ignorecase(pattern) for pattern in patterns] for kind, patterns in _COUNTED.items()}
# Words without which no pattern of a kind can match (a cheap test before the patterns).
_ANY_KILL = FoldedPattern(
    r"kill|dead|died|death|martyr|slain|perish|lost\s+(?:their|his)\s+li|lost\s+\w|loss\s+of|li(?:fe|ves)\s+of|fatally|mortal|bodies|succumb|shahadat|"
    rf"{_SHEHID}"
)
_ANY_WOUND = re.compile(r"wound|injur|hurt|non-?fatal", re.I)
# "A serviceman received fatal injuries", "two soldiers sustained mortal wounds": they died of them
# ("Another Ukrainian defender received wounds not compatible with life": the same, as Ukraine's bulletins say it)
_FATAL_WOUNDS = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:received|sustained|suffered)\s+(?:a\s+)?(?:(?:fatal|mortal|deadly)\s+"
    r"(?:injur(?:y|ies)|wounds?)\b|(?:injur(?:y|ies)|wounds?)\s+(?:not\s+compatible|incompatible)\s+with\s+life\b)",
    re.I,
)
_OWN_LOSS_VERB = re.compile(r"\b(?:confirmed|said|reported|announced|stated|acknowledged)\b", re.I)
# The verb of a named death; its subject is read backwards from it (see _named_deaths).
_DEATH_VERB = re.compile(
    r"(?<=\s)(?:also\s+)?(?:died|was\s+killed|were\s+killed|has\s+died|have\s+died|was\s+martyred|were\s+martyred|"
    rf"embraced\s+martyrdom|became\s+(?:an?\s+)?(?i:{_SHEHID})|"
    # "X was mortally wounded", "X has received a mortal wound": X died of it
    r"(?:was|were)\s+(?:mortally|fatally)\s+(?:wounded|injured|hit|struck)|(?:has\s+|have\s+)?received\s+a\s+mortal\s+wound)\b"
)
_PERSON_ASIDE = re.compile(
    r"\s*(?:(?:born|b\.)\s+(?:(?:in|on)\s+)?(?:\d{4}|year|date)(?:\s+in\s+[A-Z][a-z]+)?|aged?\s+\d{1,3}|\d{1,3}(?:-year-old)?)\s*"
)
_INITIAL = re.compile(r"(?<![\w.])[A-Z]\.")
_BRACKETED_ASIDE = re.compile(r"\([^()]{0,24}\)")
_CLAUSE_OPENER = re.compile(r"\b(?:which|who|whom|that|when|where|whereby|after|while|because|as|so)\b")
_SUBJECT_WINDOW = 300  # a subject of named people is a few names long
_PERSON = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:[A-Z]\.\s*)*[A-Z][a-z]+)+\b|\b[A-Z]\.\s*[A-Z][a-z]+\b")  # "G. Khurshudian"
_NOT_PERSON = re.compile(
    r"\b(?:Armenian|Azerbaijani|Azerbaijan|Armenia|Army|Armed|Forces|Ministry|Defense|Defence|Republic|State|"
    r"Border|Service|Karabakh|Artsakh|Nagorno|Russian|European|Union|Mission|President|Prime|Minister|"
    r"Despite|The|During|As|In|On|At|"
    # ("No Israelis were injured": no one, and a people, not a named person)
    r"No|None|Neither|Israelis?|Lebanese|Indians?|Pakistanis?|Thais?|Cambodians?|Ukrainians?|Russians|Armenians|"
    r"Azerbaijanis|Hezbollah|Israel|Lebanon|India|Pakistan|Thailand|Cambodia|Ukraine|Russia)\b"
)


@dataclass(frozen=True)
class Casualties:
    """Counts stated in one sentence; None = not stated."""

    killed: int | None = None
    wounded: int | None = None

    def __bool__(self) -> bool:
        return self.killed is not None or self.wounded is not None


def number_value(word: str) -> int | None:
    """12 -> 12, "four" -> 4, "twenty-one" -> 21, "an" -> 1."""
    word = word.lower().strip().replace(",", "")
    if word.isdigit():
        return int(word)
    if word.endswith("dozen"):  # "a dozen" 12, "half a dozen" 6, "two dozen" 24
        head = re.sub(r"\s+dozen$", "", word)
        return 6 if head.startswith("half") else (_UNITS.get(head) or 0) * 12 or None
    total = 0
    for part in re.split(r"[-\s]+", word):
        if part not in _UNITS:
            return None
        total += _UNITS[part]
    return total or None


# The verb of a named person's wounds: "Munshi, 65, son of Rukan Din was injured", "X and Y also suffered injuries"
_WOUND_VERB = re.compile(
    r"(?<=\s)(?:also\s+)?(?:(?:was|were)\s+(?!mortally|fatally)(?:\w+\s+)?(?:injured|wounded|hurt)|"
    r"(?:suffered|sustained|received)\s+(?:\w+\s+)?(?:injuries|wounds))\b"
)
# what stands before a name that is no victim: a place ("in Goi Barmoch"), a relative ("son of X", "w/o X")
_NOT_VICTIM_BEFORE = re.compile(r"(?:\b(?:in|at|near|of|from|to|[sdw]/o)|\b[sdw]/o)\s+(?:the\s+)?$", re.I)
# an aside about a person named before: kin ("wife of X", "s/o X") or home ("of village X", "resident of X")
_KIN_OR_HOME = re.compile(
    r"\s*(?:(?:son|daughter|wife|widow|husband|mother|father|brother|sister)\s+of|[sdwr]/o|of|from|resident\s+of)\b"
)
_LONE_NAME = re.compile(r"\s*(?P<name>[A-Z][a-z]{2,})\s*")
_NOT_LONE_NAME = re.compile(
    r"Meanwhile|However|Also|Separately|Earlier|Later|Today|Yesterday|Both|All|Another|[A-Z][a-z]+day"
)


# a member of a list of names read back over its commas: a soldier's rank first, or a name with an initial (not
# "Late Tuesday", "In Tavush Province")
_RANKED_OR_INITIALLED = re.compile(
    r"\s*(?:(?:Senior|Junior|Lance|Staff|Master)\s+)?(?:Private|Sergeant|Lieutenant|Captain|Major|Colonel|Corporal|"
    r"Soldier|Serviceman|Sepoy|Rifleman|Havildar|Naik|Jawan|Constable|Gunner|Ensign)\b|[^,]*\b[A-Z]\.\s*[A-Z]"
)


_KIN_BY_FIRST_NAME = re.compile(
    r"\band\s+(?:his|her|their)\s+(?:son|daughter|wife|husband|brother|sister|father|mother|grandson|granddaughter|"
    r"nephew|niece|cousin)\s+[A-Z][a-z]+\b(?!\s+[A-Z])"
)


def _named_deaths(sentence: str) -> int:
    """People named as having died ("sergeant Vugar Sadigov and corporal Elshad Mammadov died")."""
    if not re.search(rf"\b(?:died|killed|martyred|martyrdom|mortally|fatally|mortal|(?i:{_SHEHID}))\b", sentence):
        return 0
    return _named_victims(sentence, _DEATH_VERB)


def _named_wounded(sentence: str) -> int:
    """People named as wounded ("Rabia Kosar, 32, wife of X, and Maria Hameed, aged two, ..., were injured")."""
    return _named_victims(sentence, _WOUND_VERB)


def _named_victims(sentence: str, verb: re.Pattern[str]) -> int:
    """People named as the subject of ``verb``, read backwards from each of its matches."""
    count = 0
    previous_end = 0
    for match in verb.finditer(sentence):
        # The subject runs back from the verb to the previous verb or the last . ; : (within a
        # window): found by scanning backwards once, never by a pattern retried at each position.
        window_start = max(previous_end, match.start() - _SUBJECT_WINDOW)
        window = sentence[window_start : match.start()]
        plain = _INITIAL.sub(lambda m: m.group(0)[:-1] + " ", window)  # "G. Khurshudian" is no sentence end
        # ("Private Artyom Varderesyan (b. 1996) was killed": an aside in brackets holds no sentence end)
        plain = _BRACKETED_ASIDE.sub(lambda m: " " * len(m.group(0)), plain)
        cut = max(plain.rfind("."), plain.rfind(";"), plain.rfind(":"))
        previous_end = match.end()
        # "X, born in 1996, was mortally wounded": an aside about the person is not the subject
        every = [p for p in window[cut + 1 :].split(",") if p.strip()]
        # ("Munshi, 65, son of X was injured": one name alone, its age after it, is a person)
        lone = {
            i
            for i, p in enumerate(every[:-1])
            if _LONE_NAME.fullmatch(p)
            and _PERSON_ASIDE.fullmatch(every[i + 1])
            and not _NOT_LONE_NAME.fullmatch(p.strip())
        }
        parts = [
            p if i not in lone else f"{p} Person"
            for i, p in enumerate(every)
            if not _PERSON_ASIDE.fullmatch(p) and not (verb is _WOUND_VERB and _KIN_OR_HOME.match(p))
        ]
        # ("Sahiba A., 50, and Zahra G., 2, were killed": a list of names goes back over its "and")
        first = len(parts) - 1
        while first > 0 and (
            re.match(r"\s*and\b", parts[first])
            # ("Senior Lieutenant Shavarsh M. Melikyan, Private Edgar G. Narayan and Private Erik G. Abovyan were
            # killed": a list of names, each a name alone, goes back over its commas too)
            or (
                _PERSON.fullmatch(parts[first - 1].strip()) is not None
                and _RANKED_OR_INITIALLED.match(parts[first - 1]) is not None
                and re.search(r"\band\b", parts[first]) is not None
            )
        ):
            first -= 1
        subject = ",".join(parts[first:]) if parts else ""
        # ("Indian BSF targeted civilians along Working Boundary due to which Abdul Ghafar was killed":
        # the subject begins after the clause's opening word, not at the sentence's start)
        openers = [m.end() for m in _CLAUSE_OPENER.finditer(subject)]
        if openers and _PERSON.search(subject, openers[-1]):
            # (not "Sergeant X and Private Y who were repairing a trench were killed": the names before it)
            subject = subject[openers[-1] :]
        # ("Mohammad Aslam, 45, and his son Bilal, 12, were killed": kin named by one name are a person too)
        count += sum(1 for _ in _KIN_BY_FIRST_NAME.finditer(subject))
        for person in _PERSON.finditer(subject):
            if verb is _WOUND_VERB and _NOT_VICTIM_BEFORE.search(subject, max(0, person.start() - 12), person.start()):
                continue  # ("wife of Ali Akbar", "in Goi Barmoch village": no victim)
            words = [w for w in person.group(0).split() if not _NOT_PERSON.fullmatch(w)]
            if len(words) >= 2:
                count += 1
    return count


# "Two soldiers and a civilian were killed": two counts, one verb
# ("Two Border Security Force (BSF) men and a woman were injured": a unit's name and its initials)
# ("leaving one soldier dead and seven others injured", "one soldier martyred and three others injured": the
# first count is of another kind)
_WORDS_OF_NOUN = r"(?:(?!(?:and|or|but|were|was|have|has|including|among|dead|killed|died|lost|martyred|slain|injured|wounded|hurt)\b)[\w'()-]+\s+){1,5}?"
_JOINED_COUNTS: dict[str, tuple[re.Pattern[str] | FoldedPattern, ...]] = {
    kind: (
        re.compile(
            # ("a man and a woman were killed": an article counts one when a person follows it)
            rf"\b(?P<n>{_COUNT}|an?(?=\s+(?:[\w-]+\s+)?{_VICTIMS}\b))\s+{_WORDS_OF_NOUN}and\s+(?P<m>{_NUM})\s+"
            rf"{_WORDS_OF_NOUN}{_AUX}(?:{verb})\b",
            re.I,
        ),
        # "Three women and a man died when a shell landed", "Two soldiers and a civilian killed as ...":
        # no auxiliary, then only people before an intransitive verb or a headline's participle (not
        # "two shells and a rocket injured a woman", "two medics and a driver pulled the wounded")
        re.compile(
            rf"\b(?P<n>{_COUNT}|an?)\s+(?:[\w-]+\s+){{0,2}}?{_VICTIMS}\s+and\s+(?P<m>{_NUM})\s+(?:[\w-]+\s+){{0,2}}?"
            rf"{_VICTIMS}\s+(?:{intransitive}|{verb}(?=\s+(?:as|when|in|after|by|during)\b))\b",
            re.I,
        ),
        # "injuring an Army major and a BSF jawan": two objects of one verb
        re.compile(
            rf"\b{stem}(?:ed|ing)\s+(?P<n>{_NUM})\s+(?:[\w-]+\s+){{0,2}}?{_VICTIMS}\s+and\s+(?:(?:his|her|their)\s+)?(?P<m>{_NUM})\s+"
            rf"(?:[\w-]+\s+){{0,2}}?{_VICTIMS}\b",
            re.I,
        ),
        # "a skirmish which left three Lebanese soldiers and a journalist dead"
        re.compile(
            rf"\b(?:left|leaving)\s+(?P<n>{_COUNT}|an?)\s+{_WORDS_OF_NOUN}and\s+(?P<m>{_NUM})\s+{_WORDS_OF_NOUN}(?:{left})\b",
            re.I,
        ),
    )
    for kind, verb, stem, intransitive, left in (
        ("killed", _KILL, r"(?:kill|martyr)", r"died|perished|lost\s+their\s+lives", r"dead"),
        ("wounded", _WOUND, r"(?:wound|injur)", r"(?!)", r"wounded|injured"),
    )
}
# (searched over lower-cased text too: see _COUNTED)
_JOINED_COUNTS = {kind: tuple(folded_if_ignorecase(p) for p in patterns) for kind, patterns in _JOINED_COUNTS.items()}


# "Beirut, Aug 4 A boy was killed": a month's day is no count (blanked before counting)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
_MONTH_DAY = re.compile(rf"\b({_MONTH}[a-z]{{0,6}}\.?\s+)([0-3]?\d)\b")
_INSIDE_A_COUNT = re.compile(r"\b(?:including|among\s+them|among\s+whom)\s+$", re.I)


_PLURAL_VERB = re.compile(r"\b(?:were|have\s+been|are)\b", re.I)


def _counted(sentence: str, kind: str) -> int | None:
    total: int | None = None
    taken = Spans(len(sentence))
    for joined in (match for pattern in _JOINED_COUNTS[kind] for match in pattern.finditer(sentence)):
        before = sentence[max(0, joined.start() - 20) : joined.start()]
        first, second = number_value(joined.group("n")), number_value(joined.group("m"))
        if first is None or second is None or _VAGUE.search(before) or _NONE.search(before):
            continue
        if _INSIDE_A_COUNT.search(before):
            continue  # "five civilians including a girl and a woman were injured": five, not seven
        taken.add(*joined.span())
        total = (total or 0) + first + second
    for pattern in _COUNTED[kind]:
        if any(pattern is alone for alone in _COUNTED_ALONE) and (total is not None or _RECALLED.search(sentence)):
            continue
        for match in pattern.finditer(sentence):
            if taken.overlaps(*match.span()):
                continue
            before = sentence[max(0, match.start("n") - 20) : match.start("n")]  # "more than", "no"
            if _VAGUE.search(before) or _NONE.search(before):
                continue
            value = number_value(match.group("n")) if match.group("n") else 1  # a named person is one
            if value is None:
                continue
            kin = "kin" in match.re.groupindex
            if kin:  # "a father and his two sons": the kin named with the one counted
                value += (number_value(match.group("kin")) or 1) if match.group("kin") else 1
            if not kin and match.group("n").lower() in ("a", "an") and _PLURAL_VERB.search(match.group(0)):
                continue  # "Two Thai rangers at an outpost near the border were wounded": not "an outpost"
            taken.add(*match.span())
            total = (total or 0) + value
    return total


# A side remark about another event ("..., which appears to be in retaliation to X killing a soldier
# the day before") does not give this incident's casualties.
_ASIDE = FoldedPattern(
    r",\s*which\s+(?:appears|appeared|seems|seemed|came|comes|follows|followed)\b|\bin\s+(?:retaliation|response)\s+(?:to|for)\b|"
    # "..., raising to 66 the number killed in Lebanon since ...": a tally the told loss is added to
    r",\s+(?:raising|bringing|taking|pushing)\s+(?:to\s+[\d,]+\s+)?the\s+(?:overall\s+|total\s+)?(?:death\s+toll|toll|number|tally|total)\b|"
    # ("The latest casualties bring the total number of civilians killed ... to at least 15, according to
    # Hezbollah, which also reported 90 of its fighters killed": a tally)
    r"\b(?:bring|brings|brought|raise|raises|raised|take|takes|took|push|pushes|pushed)\s+the\s+(?:overall\s+|total\s+)?"
    r"(?:death\s+toll|toll|number|tally|total)\b|"
    # ("the latest conflict along the border near his home that so far has killed 13 soldiers": a running toll)
    # (a conflict's, not "shelling of Kharkiv on Monday, which so far has killed three people": the strike's own)
    r"\b(?:conflict|war|fighting|battles?|violence|clashes|hostilities)\b[^.;]{0,60}?\b(?:that|which)\s+"
    r"(?:(?:so\s+far|to\s+date|thus\s+far)\s+(?:has|have)\s+(?:killed|claimed|left)\b|"
    r"(?:has|have)\s+(?:killed|claimed\s+the\s+lives\s+of)\s+[^.;]{0,40}?\b(?:so\s+far|to\s+date|thus\s+far)\b)|"
    # ("The latest casualties add to the estimated 10,000 already killed in the three-year battle": a war's toll)
    r"\badd(?:s|ed|ing)?\s+to\s+(?:the|an)\s+(?:estimated\s+|overall\s+|total\s+)?(?:[\d,]+|death\s+toll|toll|number|tally|total)\b",
    re.I,
)


_AGE = (
    r"(?:\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
# "a 19-year old boy, Zahid, died", "a man, Sufi Amin, and a boy were killed": a victim's name set off by commas
# after the word for the victim; the word counts, the name is an aside
_NAME_IN_APPOSITION = re.compile(
    r"\b(?P<noun>boy|girl|man|woman|child|teenager|youth|farmer|civilian|soldier|resident|student|shepherd|"
    r"labou?rer|driver|porter|villager|policeman|trooper|jawan|sepoy|serviceman|mother|father|son|daughter|wife|husband)"
    r",\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*\s*,(?=\s+(?:and\s+|was\s+|were\s+|had\s+|died\b|succumbed\b))"
)
# (not "the father of the slain soldier, X, was wounded": the name is the wounded father's, the soldier told before)
_OWNER_OF_BEFORE = re.compile(
    r"\b(?:slain|killed|martyred|late|deceased|dead|of\s+(?:the|a|an|his|her|their))\s+$", re.I
)


def _without_name_aside(m: re.Match[str]) -> str:
    if _OWNER_OF_BEFORE.search(m.string, max(0, m.start() - 24), m.start()):
        return m.group(0)
    return m.group("noun") + " " * (m.end() - m.end("noun"))


_AGED = re.compile(
    # (an age after "and" is bare: "aged 34 and two other civilians" counts two more)
    rf",?\s+aged\s+(?:between\s+)?{_AGE}(?:\s*(?:,|and|to|-)\s*{_AGE}(?![\w-]|\s+(?!(?:years?|old|and|or|were|was|who|respectively)\b)[a-z]))*"
    r"(?:\s+years?(?:\s+old)?)?,?",
    re.I,
)


_EARLIER_LOSSES = re.compile(
    r"\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+previously\s+(?:killed|wounded|injured|martyred)\b", re.I
)


_DASHED_BREAKDOWN = re.compile(
    r"(?:(?<=people)|(?<=persons)|(?<=civilians)|(?<=soldiers)|(?<=others))\s+[—–-]\s+[^—–.;]{1,120}?\s+[—–-](?=\s)|"
    r"\b(?:between\s+the\s+ages\s+of|aged\s+between)\s+\d{1,3}\s+and\s+\d{1,3}\b"
)


def _no_count(year: re.Match[str]) -> str:
    """ "born in 1961" -> "born in year": the words stay (an aside about a person is still one), the number goes."""
    return re.sub(r"\d{4}", "year", year.group(0))


# a year, no count: "born in 1961", "(born 1975)", "a 1990-born soldier", "in 2015", "since 2014"
_A_YEAR = re.compile(
    r"\b(?:(?:born|in|since|of)\s+(?:the\s+year\s+)?(?:19|20)\d\d|(?:19|20)\d\d(?:-born|\s+birth))\b|"
    # ("born on 12 May 1961", "on May 12, 1961": a date's year; "the 1999 Kargil war veteran", "a 1971 war veteran":
    # a war's year)
    r"\b(?:19|20)\d\d(?=\s+(?:[A-Z][\w'’-]+\s+)?(?:war|conflict|ceasefire|truce|agreement|accord|veterans?)\b)",
    re.I,
)


_MONTH_WORD = rf"{_MONTH}[a-z]*\.?"
# a calendar date with its year: "12 May 1961", "May 12, 1961", "May 1961"
_DATE_WITH_YEAR = re.compile(
    rf"\b(?:(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_WORD}|{_MONTH_WORD}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?),?\s+"
    r"(?:19|20)\d\d\b|"
    # ("born on 12.05.1998", "12/05/1998": the date in figures)
    r"\b\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d\b"
)


@lru_cache(maxsize=256)  # (a text that repeats its sentences reads each once; Casualties is frozen)
def find_casualties(sentence: str) -> Casualties:
    """Killed and wounded stated in one sentence (numbers, number words, named dead)."""
    aside = _ASIDE.search(sentence)
    if aside:
        sentence = sentence[: aside.start()]
    sentence = _MONTH_DAY.sub(lambda m: m.group(1) + " " * len(m.group(2)), sentence)
    sentence = _FATAL_WOUNDS.sub(" was killed", sentence)
    sentence = without_posting(sentence)  # "A trooper, deployed on the border in X, was killed"
    sentence = _AGED.sub("", sentence)  # "two boys aged six and 10 years and a girl": ages, no counts
    sentence = _NAME_IN_APPOSITION.sub(_without_name_aside, sentence)
    # "12 people — 11 men and one woman between the ages of 20 and 65 — were wounded": a breakdown set off
    # by dashes (spaced hyphens once normalised) right after a count; the count is the figure
    sentence = _DASHED_BREAKDOWN.sub(" ", sentence)
    sentence = _DATE_WITH_YEAR.sub("date", sentence)  # ("born on 12 May 1961": no count of 12 nor of 1961)
    sentence = _A_YEAR.sub(_no_count, sentence)  # "a woman born in 1961 was injured": 1, not 1961
    # ("one serviceman was wounded in action and one was killed in a road accident": the accident's dead are
    # no losses of fire)
    sentence = _NOT_BY_FIRE.sub(
        lambda m: m.group(0)[: m.start("clause") - m.start()] + " " * len(m.group("clause")), sentence
    )
    if _EARLIER_LOSSES.search(sentence):
        return Casualties()  # "12 soldiers were previously killed in the clashes": losses of earlier days
    # Every pattern of a kind needs one of its words: most sentences are spared the patterns.
    killed = _counted(sentence, "killed") if _ANY_KILL.search(sentence) else None
    if killed is None:
        named = _named_deaths(sentence)
        killed = named or None
    wounded = _counted(sentence, "wounded") if _ANY_WOUND.search(sentence) else None
    if wounded is None and _ANY_WOUND.search(sentence):
        wounded = _named_wounded(sentence) or None
    if wounded and killed and _SUCCUMBED.search(sentence):
        # ("A soldier was injured in the firing and later succumbed to his injuries": one man, dead; review47 item 7)
        wounded = (wounded - 1) or None
    return Casualties(killed, wounded)


# a loss clause whose cause is no fire: "one serviceman was killed in a road accident", "died of illness"
# (a clause of its own: not across "and" or another loss; not a crash that fire caused: "killed in a helicopter
# crash after it was hit by Russian fire")
_NOT_BY_FIRE = re.compile(
    r"(?:^|[,;]|\band\b)(?P<clause>(?:(?!\b(?:and|killed|died|dead|injured|wounded|hurt)\b)[^,;.]){0,80}"
    r"\b(?:killed|died|dead|injured|wounded|hurt)\s+(?:in|from|of|after)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:accident|crash|illness|disease|heart\s+attack|drowning)s?\b)"
    r"(?![^.;]{0,60}?\b(?:hit|struck|shot|fire|shelling|shelled|drone|mine|missile|rocket|attack(?:ed)?)\b)",
    re.I,
)
_EACH = FoldedPattern(rf"\b(?P<n>{_NUM})\s+(?:[a-z]+\s+)?each\b")  # "one each", "two people each"
_JUST_LIST = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s*")
# "one man in A, another in B and a third in C": one more of the same kind at each place.
_ONE_MORE = re.compile(
    r"^\W*(?:and\s+)?(?:another|an?\s+(?:second|third|fourth|fifth|sixth))\s+"
    # ('and another after "an enemy drone launched a strike on a motorbike" at the entrance of the town of X': what
    # befell the one more told between, in a clause of its own)
    r"(?:(?:\w+\s+){0,3}?|(?:after|when|as|in)\s[^.;]{0,120}?\s)"
    r"(?:in|at|near)\s+(?:(?:the\s+)?\w+\s+of\s+){0,2}(?:the\s+)?$",
    re.I,
)


# "including five in Haris and four in Tallousa": a bare count right before its place
_COUNT_BEFORE_PLACE = FoldedPattern(rf"\b(?P<n>{_COUNT})\s+(?:[a-z]+\s+)?(?:in|near)\s+(?:the\s+)?$", re.I)


def per_place_casualties(sentence: str, spans: list[tuple[int, int]]) -> list[Casualties] | None:
    """ "Two civilians were killed in A and one each in B and C": each place of a list with its own
    figure (2, 1, 1), read from the words before it; an "each" figure carries over the list that
    follows it. None when the sentence gives one figure for the whole list (or no figures)."""
    if len(spans) < 2:
        return None
    whole = find_casualties(sentence)
    if whole.killed is None and whole.wounded is None:
        return None  # no figure
    after = _figures_after_places(sentence, spans)
    if after is not None:
        return after
    if whole.killed is not None and whole.wounded is not None:
        return _both_kinds_per_place(sentence, spans)
    kind = "killed" if whole.killed is not None else "wounded"
    figures: list[int | None] = []
    carried: int | None = None
    previous_end = 0
    for start, end in spans:
        segment = sentence[previous_end:start]
        previous_end = end
        bare = None if _EACH.search(segment) else _COUNT_BEFORE_PLACE.search(segment)
        own: int | None = number_value(bare.group("n")) if bare else getattr(find_casualties(segment), kind)
        if own is not None:
            carried = None
        else:
            each = _EACH.search(segment)
            if each is not None:
                carried = own = number_value(each.group("n"))
            elif _ONE_MORE.match(segment):
                own = 1
            elif carried is not None and _JUST_LIST.fullmatch(segment):
                own = carried
        figures.append(own)
    if any(f is None for f in figures):
        return None
    return [Casualties(**{kind: f}) for f in figures]


_ANOTHER_STRIKE = re.compile(
    r"\b(?:another|a\s+second|a\s+third|a\s+separate|a\s+further)\s+(?:[\w-]+\s+)?"
    r"(?:strike|airstrike|air\s+strike|attack|shell|raid|drone|missile|rocket|bombardment)s?\b",
    re.I,
)


def _figures_after_places(sentence: str, spans: list[tuple[int, int]]) -> list[Casualties] | None:
    """ "a strike on A killed five and wounded two, while another strike on B killed four": each place's
    figures told after it, up to the next place (none before the first)."""
    head = find_casualties(sentence[: spans[0][0]])
    if head.killed is not None or head.wounded is not None:
        return None
    # (each later place the target of another strike: not "a strike in A killed three people from the village of B")
    if not all(_ANOTHER_STRIKE.search(sentence, end, start) for (_, end), (start, _) in pairwise(spans)):
        return None
    ends = [start for start, _ in spans[1:]] + [len(sentence)]
    figures = [find_casualties(sentence[end:upto]) for (_, end), upto in zip(spans, ends)]
    if any(f.killed is None and f.wounded is None for f in figures):
        return None
    return figures


def _both_kinds_per_place(sentence: str, spans: list[tuple[int, int]]) -> list[Casualties] | None:
    """ "two persons were martyred and eight were injured in A, while eight persons were injured in B
    and 10 in C": killed and wounded before each place, read from the words before it; a bare count
    ("and 10 in C") is of the kind named last."""
    figures: list[Casualties] = []
    last_kind: str | None = None
    previous_end = 0
    for start, end in spans:
        segment = sentence[previous_end:start]
        previous_end = end
        own = find_casualties(segment)
        if own:
            figures.append(own)
            last_kind = "wounded" if _ANY_WOUND.search(segment.rsplit(",", 1)[-1]) else "killed"
            continue
        bare = _COUNT_BEFORE_PLACE.search(segment)
        if bare is None or last_kind is None:
            return None
        figures.append(Casualties(**{last_kind: number_value(bare.group("n"))}))
    return figures


# who tells a side's own losses: the clause's subject before its verb of saying ("Armenia confirmed",
# "Azerbaijan's Defense Ministry said")
LOSS_TELLER = re.compile(
    r"\s*(?:the\s+)?(?P<who>[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+(?:also\s+)?(?:confirmed|said|reported|announced|stated|acknowledged)\b",
    re.I,
)


# ... or after it, closing the sentence: "One Thai villager was killed and four Thai troops were
# injured, Thai army spokesman Col. X said."
_TRAILING_TELLER = re.compile(
    r",\s*(?:the\s+)?(?P<who>[\w'’.-]+(?:\s+[\w'’.-]+){0,6}?)\s+(?:said|reported|announced|stated|confirmed)"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?\s*[.!]?\s*$",
    re.I,
)


# ("Armenian soldiers"; "On the Armenian side, four soldiers were killed": the side the victims are on)
_SIDE_VICTIMS = re.compile(
    rf"\b(?P<side>[A-Z][\w'’-]+)\s+(?:[a-z][\w-]*\s+)?{_VICTIMS}\b|"
    r"\b[Oo]n\s+the\s+(?P<side_on>[A-Z][\w'’-]+)\s+side\s*,"
)
# (the other side's dead, or dead the teller's side killed)
_NOT_OWN_LOSSES = re.compile(
    r"\b(?:enemy|intruders?|infiltrators?|militants?|terrorists?|insurgents?|attackers?)\b|\bby\s+(?:the\s+)?[A-Z]"
)


_CLOSING_TELLER_BEFORE = re.compile(r"[,”\"]\s*(?:according\s+to|said|says|reported|told)\s+(?:the\s+)?$", re.I)


def losses_told_by(sentence: str, teller_side: str, teller_start: int, lexicon: Lexicon) -> Casualties | None:
    """ "General X, the army commander for north-eastern Thailand, said five Thai troops were wounded":
    the losses a side's named voice tells of victims named as its own side's (and no other side's)."""
    if _CLOSING_TELLER_BEFORE.search(sentence, max(0, teller_start - 40), teller_start):
        # ('"four soldiers were killed", according to the Ministry of Defense in Yerevan': told before it)
        return _own_side_losses(sentence[:teller_start], teller_side, lexicon)
    return _own_side_losses(sentence[teller_start:], teller_side, lexicon)


def _own_side_losses(told: str, side: str, lexicon: Lexicon | None) -> Casualties | None:
    """The losses ``told`` counts when its victims are named as ``side``'s and no other side is named."""
    named = {side_word(w, lexicon) for w in re.findall(r"[A-Z][\w'’-]+", told)} - {None}
    victims = {side_word(m.group("side") or m.group("side_on"), lexicon) for m in _SIDE_VICTIMS.finditer(told)} - {None}
    casualties = find_casualties(told)
    if named == {side} and victims == {side} and not _NOT_OWN_LOSSES.search(told) and casualties:
        return casualties
    return None


def own_losses(
    sentence: str, lexicon: Lexicon | None = None, *, closing_teller: bool = True
) -> list[tuple[str, Casualties]]:
    """ "Armenia confirmed that four servicemen had been killed, while Azerbaijan confirmed three":
    each side's statement about its own losses, clause by clause. With ``closing_teller``, a teller
    after the losses tells them when the victims are named as its own side's and no other side is
    named ("One Thai villager was killed ..., Thai army spokesman X said"; not "10 enemy soldiers
    were killed", nor "five intruders were killed by the Indian troops")."""
    results: list[tuple[str, Casualties]] = []
    if not _OWN_LOSS_VERB.search(sentence) or not (_ANY_KILL.search(sentence) or _ANY_WOUND.search(sentence)):
        return results
    for clause in re.split(r",\s*(?:while|whereas|and)\s+|;\s*|(?<!\s)\s+while\s+", sentence):
        subject = LOSS_TELLER.match(clause)
        if not subject:
            continue
        side = side_word(subject.group("who"), lexicon)
        casualties = find_casualties(clause)
        if side and casualties:
            results.append((side, casualties))
    if not results and closing_teller:
        trailing = _TRAILING_TELLER.search(sentence)
        side = side_word(trailing.group("who"), lexicon) if trailing is not None else None
        if trailing is not None and side is not None:
            counted = _own_side_losses(sentence[: trailing.start()], side, lexicon)
            if counted is not None:
                results.append((side, counted))
    return results


_TOLD_DEATH = re.compile(r"\b(?:killed|died|dead|deaths?|martyred|martyrdom|fatal(?:ly|ities|ity)?|shehid)\b", re.I)
_TOLD_INJURY = re.compile(r"\b(?:wounded|injured|injur(?:y|ies)|hurt)\b", re.I)


_NEGATED_VERB_ONLY = re.compile(r"not|never|n't", re.I)  # a verb's negation (not a subject's: "no one")
_AUXILIARY_BETWEEN = re.compile(r"\b(?:was|were|is|are|has|have|had)\b", re.I)
_OTHER_CLAUSE_BETWEEN = re.compile(r"\b(?:who|which|whose|whom)\b", re.I)


def told_without_a_number(text: object) -> frozenset[str]:
    """Which losses ("killed", "wounded") a text tells of in words at all, for a claim that states no
    number: an ACLED export without its fatalities column leaves "killed" unknown while the note
    says "a soldier ... was killed" (walk34), and the claim should not look like one of no deaths.

    A loss the text negates or denies is not told (walk40: a denial, "The Thai army rejected claims
    that it shot at or wounded civilians", read as "wounded: no number given, the summary tells of
    it"): a negation a few words before the word ("no one was hurt", "was not injured", "no dead or
    wounded"), "killed no one" after it, or a denial earlier in its clause ("denied that anyone was
    killed"; a clause ends at a comma or at "saying", "but": "denied the report, saying two soldiers
    were killed" tells of deaths). "No fewer than", "not known how many" negate nothing."""
    if not isinstance(text, str) or not text:
        return frozenset()
    sample = text[:5_000]
    clause_end = re.compile(r"[.!?;:,\n]|\b(?:but|saying|said|says|adding|while|although|though)\b", re.I)
    denial = re.compile(
        r"\b(?:den(?:y|ies|ied|ying|ial)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?)\b", re.I
    )
    negator = re.compile(
        r"\b(?:no(?!\s+(?:fewer|less|more|longer|sooner)\b)|not(?!\s+(?:known|clear|yet|immediately|only)\b)"
        r"|never|nobody|none|neither|nor|without)\b|n't\b",
        re.I,
    )
    nobody_after = re.compile(r"\s+(?:no\s+one|no-one|nobody|none|no\s+(?!fewer|less|more)\w+)\b", re.I)

    def told(match: re.Match[str]) -> bool:
        before = sample[max(0, match.start() - 400) : match.start()]
        clause = clause_end.split(before)[-1]
        if denial.search(clause):
            return False
        window = " ".join(clause.split()[-5:])
        negations = list(negator.finditer(window))
        if negations:
            between = window[negations[-1].end() :]
            # (the negation must be the loss's, not another verb's: "A soldier who was not on duty was
            # killed" tells of a death; "was not injured", "no one was hurt" do not)
            verb = _NEGATED_VERB_ONLY.fullmatch(negations[-1].group(0)) is not None
            if not (verb and (_OTHER_CLAUSE_BETWEEN.search(between) or _AUXILIARY_BETWEEN.search(between))):
                return False
        return nobody_after.match(sample, match.end()) is None

    return frozenset(
        kind
        for kind, words in (("killed", _TOLD_DEATH), ("wounded", _TOLD_INJURY))
        if any(told(match) for match in words.finditer(sample))
    )


# Patterns run over a whole sentence only when it holds a word every match of theirs holds (same
# answers; folded.gated)
_NOT_BY_FIRE = gated(_NOT_BY_FIRE)
_ANY_WOUND = gated(_ANY_WOUND)
