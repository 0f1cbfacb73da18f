"""Reading a report sentence by sentence: who is speaking, which day the text is on, and which
sentences make one claim (``Reader``); ``pipeline`` turns the claims it groups into proposals.

A sentence with an incident trigger starts a new claim unless it only adds detail to the
claim being read (same speaker, no other day or part of day, no other place); "In particular,
... Sotk, Vardenis and Goris were shelled" refines a claim that only named the border. Casualty
sentences right after a claim belong to it; a side's statement about its own losses ("Armenia
confirmed that four servicemen had been killed") goes to that side's claim of the same day.
Summaries ("clashes between Armenia and Azerbaijan"), denials, negations, retaliation and
background are not incidents.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from mapdata.extract.attribution import (
    SPEECH,
    Attribution,
    SpeakerTracker,
    find_accused,
    find_attribution,
    fire_fell_on_own_positions,
    heading_attribution,
    reports_own_act,
    resolve_side,
    side_word,
    tells_own_fire,
)
from mapdata.extract.casualties import (
    Casualties,
    find_casualties,
    losses_told_by,
    number_value,
    own_losses,
    per_place_casualties,
)
from mapdata.extract.dates import (
    SAME_DAY,
    DateMention,
    clock_times,
    continues_into,
    day_words,
    find_dates,
    in_motive,
    is_bare_date,
    is_breadcrumb,
    is_statement_day,
    part_of_day,
    pick_date,
    since_told,
    top_line_date,
    truce_start,
)
from mapdata.extract.denials import Denial, find_denial, is_denial
from mapdata.extract.events import AGREEMENT_CLAUSE, Signals, classify, told_before_motive
from mapdata.extract.folded import FoldedPattern, gated
from mapdata.extract.lexicon import Lexicon
from mapdata.extract.places import (
    SETTLEMENT_CUES,
    PlaceMention,
    announces_places,
    beyond_named_region,
    beyond_town_district,
    border_mention,
    border_of,
    choose_places,
    find_place_mentions,
    frames,
    is_frame,
    other_pair,
    place_line,
    told_abroad,
)
from mapdata.extract.spans import Spans
from mapdata.extract.text import CLOSING_VOICE, DATELINE, Document, Sentence, examples_in_motive, motive_start
from mapdata.extract.weapons import find_weapons
from mapdata.geo.names import fold, skeleton

__all__ = ["ANOTHER_INCIDENT", "BACKGROUND_DAYS", "RECAP", "Claim", "Reader"]

# "On October 17, two BSF personnel had been injured in firing by the Rangers": an earlier day,
# told back in the past perfect by the reporter (not inside what someone said)
_TOLD_BACK = re.compile(
    r"\bhad\s+(?:been\s+)?(?:killed|injured|wounded|shelled|fired|resorted|attacked|targeted|opened)\b", re.I
)
# How a report recaps an earlier incident in its own words: "follows a previous attack on ...",
# "came hours after ...", "a previous incident".
RECAP = re.compile(
    r"\b(?:follows|followed|comes|came)\s+(?:just\s+|only\s+|barely\s+)?(?:\w+\s+){0,3}?(?:after|on\s+the\s+heels\s+of)\b|"
    r"\b(?:follows|followed)\s+(?:a|an|the)\s+(?:previous|earlier|prior)\b|"
    # "In the last instance of unprovoked Indian shelling in X on Aug 18, ...": an earlier incident the
    # outlet recalls (not "the latest attack", which is the one being told)
    r"^\W{0,3}(?:In|During)\s+the\s+(?:last|previous|prior|earlier)\s+(?:such\s+)?(?:instance|incident|case|episode)\b",
    re.I,
)

# A subject the attribution rules do not know, opening the sentence and speaking: "Moscow-appointed
# "governor of Kherson region," Vladimir Saldo, accused ...", "Meanwhile, authorities in the Russian-occupied
# territories also claimed ...". Its words are its own, not those of the voice quoted last; its side is
# read from whom it blames. The subject is a noun phrase: names, titles and the small words between
# them (no verb, no pronoun).
_SUBJECT_WORD = (
    r"(?:[A-Z][\w'’.-]*|[a-z]+-(?:appointed|installed|backed|occupied|controlled|held|led|proclaimed)|the|of|in|for|and|"
    r"local|regional|provincial|district|city|town|village|military|civil(?:ian)?|special|deputy|acting|senior|self-proclaimed|"
    r"authorities|officials?|governor|mayor|head|chief|envoy|leader|spokes(?:man|woman|person)|representative|commander|"
    r"administration|occupied|territories|territory|region|province|oblast|minister|president|police|separatist|"
    r"separatists|rebels?|group|forces)"
)
_UNKNOWN_SPEAKER = re.compile(
    r"(?:(?:Meanwhile|Additionally|Separately|However|Earlier|Later|Also|In\s+turn|For\s+(?:its|their)\s+part),\s+)?"
    # (a quotation inside the subject, never opening it: '"We were shot at," the commander said' is a quote)
    rf"(?P<who>{_SUBJECT_WORD}(?:,?\s+(?:{_SUBJECT_WORD}|\"[^\"]{{1,60}}\")){{0,11}}),?\s+"
    r"(?:also\s+|in\s+turn\s+|later\s+)?(?:said|says|claimed|claims|accused|accuses|alleged|alleges|stated|reported)\b"
)
# (a pronoun, the voice quoted last named again, "the minister", or people who are no body: "Locals in X")
_NOT_A_SUBJECT = re.compile(
    r"^(?:the\s+)?(?:He|She|It|They|We|I|This|That|These|Those|There|Locals?|Residents?|Villagers?|Witnesses|"
    r"Eyewitnesses|Sources?|Reports?|Media)\b|^(?:[Tt]he\s+|[Aa]n?\s+)?(?-i:[a-z]+(?:\s+[a-z]+)?)$",
    re.I,
)

# what the sentence before told, named again: "in that shelling", "in the same attack", "during that shelling"
_TOLD_JUST_BEFORE = re.compile(
    r"\b(?:that|the\s+same|this|the)\s+(?:shelling|attack|firing|fire|strike|incident|assault|bombardment|clash)\b",
    re.I,
)
# the past perfect: what had happened before the day the text is on ("he had already agreed")
_LOOKS_BACK = re.compile(
    r"\bhad\s+(?:already\s+|earlier\s+|previously\s+|also\s+)?(?!been\b)[a-z]+(?:ed|en|wn|de|id|ld|ht|ne)\b"
)

# "Let note that the Azerbaijani armed forces :" then a list, "It should be noted that ...": the outlet's own
# recall, in its voice, and the lines it announces too
_OUTLET_NOTES = re.compile(
    r"\W{0,3}(?:Let(?:\s+us|['’]s)?\s+(?:note|recall|remind)|It\s+(?:should\s+be|is\s+worth)\s+(?:noted|noting|recalled|recalling)|"
    r"(?:Note|Recall)\s+that)\b",
    re.I,
)
# "Reports of heavy firing have come in from ...", "There were also reports of shelling in ...": no voice
_UNSOURCED_REPORTS = re.compile(
    r"(?:(?:Meanwhile|Also),?\s+)?(?:there\s+(?:were|have\s+been|had\s+been)\s+(?:also\s+)?)?(?:unconfirmed\s+|further\s+|more\s+)?"
    r"reports\s+of\b",
    re.I,
)

# "both sides exchanged fire", "the two armies clashed": the clash itself told (not "deaths on both sides")
_CLASH_TOLD = re.compile(
    # ("traded gun and rocket fire")
    r"\b(?:exchang|trad)(?:ed|ing)\s+(?:heavy\s+|intense\s+|small-arms\s+|artillery\s+|(?:gun|rifle|rocket|mortar|artillery)\s+and\s+)?"
    r"(?:(?:rocket|mortar|artillery|rifle|gun)\s+)?(?:fire|gunfire|shots|shelling)\b|"
    r"\bclashed\b|"
    # ("Heavy fighting broke out Sunday between Ukrainian and rebel forces ..., killing at least six people")
    r"\b(?:fighting|clashes|a\s+(?:clash|firefight|gunfight|gun\s+battle)|gunfights?|firefights?)\s+(?:broke\s+out|erupted)\b",
    re.I,
)

BACKGROUND_DAYS = 31  # an event dated more than a month before publication is context, not news
_OLD_DAY_NAMED = 366  # ... unless the text names its calendar day
# "His health condition is assessed as medium severity.", "Their condition is stable.": the hit, told on
_CONDITION_OF_THE_HIT = re.compile(
    r"\W{0,3}(?:(?:His|Her|Their)\s+(?:health\s+|medical\s+)?(?:condition|state)\s+(?:is|was|has\s+been)\b|"
    r"(?:He|She|They)\s+(?:is|are|was|were)\s+(?:(?:now|currently)\s+)?in\s+(?:a\s+)?(?:stable|serious|critical|"
    r"satisfactory|grave|moderate)\s+condition\b|(?:His|Her|Their)\s+li(?:fe|ves)\s+(?:is|are)\s+(?:not\s+)?"
    r"(?:in|out\s+of)\s+danger\b)[^.;]{0,120}[.!]?\s*$",
    re.I,
)
_NIGHT_WORDS = re.compile(r"overnight|last\s+night", re.I)
_EACH_OTHER = re.compile(r"\beach\s+other\b|\bboth\s+sides\b|\bone\s+another\b|\bmutual\b", re.I)
# "… were registered in the X region. This is stated in the bulletin of the Y ministry.": a
# sentence that only names the source of the one before it.
# What may stand between a place and the day that is its own ("Sotk on 1 April", "Kut late on Monday").
_RIGHT_AFTER = re.compile(
    r"\s*(?:\(?[\w\s-]{0,30}\)\s*)?(?:village|town|area|sector|region|province|oblast|district\s+)?[\s,]*(?:late\s+|early\s+)?(?:on|at|in|in\s+the\s+\w+\s+of)?\s*",
    re.I,
)
# "The incident occurred on 14 September in the direction of X": when and where of the claim just told.
# "all the soldiers were injured in the town of X": where the losses just told were
# "one of the rockets was located near X", "the shells were found in X": where the weapon just told fell
_WEAPON_FOUND_AT = re.compile(
    r"\b(?:(?:one|two|three|both|all|some|each)\s+of\s+)?the\s+(?:rockets?|shells?|missiles?|projectiles?|katyushas?)\s+"
    r"(?:was|were|had\s+been)\s+(?:later\s+)?(?:located|found|discovered)\s+(?:near|in|at|outside)\s+(?-i:[A-Z])",
    re.I,
)
_LOSSES_PLACED = re.compile(
    r"(?:^|,\s*)(?:all\s+|both\s+)?(?:the|those|these|all|both)\s+(?:\w+\s+)?"
    r"(?:soldiers|servicemen|troops|civilians|people|victims|men|fighters|wounded|dead|injured)\s+"
    # ("were hit by splinters from mortar shells in X area")
    # (a name in the same clause: not "were killed while hiding in a basement, like those who died
    # in Stepanakert last week")
    r"(?:were|had\s+been)\s+(?:\w+\s+)?(?:injured|wounded|killed|hurt|hit)\b[^.;,]{0,60}?\s(?:in|at|near)\s+"
    r"(?:the\s+(?:\w+\s+)?(?:town|village|city|district|area|region|settlement)\s+of\s+)?(?-i:[A-Z])",
    re.I,
)
# ", where ...", ", which ...": a clause that describes the place named before it
# (", where ...", "the site where a land mine had blown the leg off a soldier on Thursday": the place's own past)
_PLACE_DESCRIBED_BY = re.compile(r",\s+(?:where|which)\b|\b(?:site|spot|place|area|scene)\s+where\b", re.I)
_INCIDENT_OCCURRED = re.compile(
    # (perhaps after who says so: "An AFP correspondent said the incident took place near X")
    # ("Lt-Col X, commander of Task Force Unit 163, said the fighting took place ...": an office in apposition)
    r"(?:(?P<teller>[^,.;:\"“”]{1,80}?(?:,[^,.;:\"“”]{1,60},)?)\s(?:said|says|added|reported|told\s+\w+)\s+"
    r"(?:earlier\s+|later\s+)?(?:that\s+)?|"
    # ("According to the Armenian Ministry of Defense, the shootout took place at X")
    r"according\s+to\s+[^,.;:\"“”]{1,80}?,\s+)?"
    # ('a "security incident" was unfolding near X': what the army calls an incident under way)
    # ("An attack took place in Y" is another incident, told anew: "a" only for a quoted or a
    # security incident, or one under way)
    # ("It took place about 1km from Ta Muen Thom temple": the incident just told, as a pronoun)
    r"(?:it\s+(?=occurred|took\s+place|happened)|"
    # ("He also said the initial clash took place when ...": which of the clashes told)
    r"(?:(?:the|this|that)\s+(?:(?:initial|first|second|third|latest|last|earlier|later|new|fresh|brief)\s+)?|"
    r"an?\s+(?=[\"“]|security\s+incident|\w+\s+was\s+(?:unfolding|under\s*way)))"
    r"[\"“]?(?:security\s+)?(?:incident|attack|shelling|violation|provocation|shooting|clash|exchange|skirmish|firing|fighting|strike|"
    r"shoot-?out|fire-?fight|gun-?fight)[\"”]?\s+"
    # ("The incident of firing occurred in the X sector": what the incident was)
    r"(?:of\s+(?:cross-border\s+|unprovoked\s+)?(?:firing|fire|shelling)\s+)?)"
    r"(?:occurred|took\s+place|happened|was\s+(?:recorded|registered|committed|unfolding|under\s+way|underway))\b",
    re.I,
)
# the losses of the event a motive clause names ("to avenge the attack that had left 26 civilians dead")
# "A Pakistani Ranger was killed and another injured in retaliatory firing by Indian troops": losses the reply caused
_LOSSES_OF_THE_REPLY = re.compile(
    # (only the clause holding those losses: "Two BSF jawans were killed in Pakistani shelling and three Pakistani
    # Rangers were killed in retaliatory firing by Indian troops" keeps the two)
    r"(?:^|,\s+|\s+and\s+|;\s+)(?P<clause>(?:(?!\s+and\s)[^.;,]){0,120}?\b(?:killed|injured|wounded|dead)\b[^.;,]{0,60}?"
    r"\bin\s+(?:the\s+)?(?:retaliatory|retaliation)\s+(?:fire|firing|action|strikes?|shelling)\s+by\s+(?:the\s+)?"
    r"(?P<who>[\w'’-]+(?:\s+[\w'’-]+)?))",
    re.I,
)
_LOSSES_OF_THE_ANSWERED = re.compile(
    r"\b(?:that|which|who)\s+(?:had\s+|has\s+)?(?:left|killed|claimed|wounded|injured)\b", re.I
)
# "... reported that the strike targeted a motorcycle", "said the strike had killed a member": the strike just told
_THE_STRIKE_TOLD = re.compile(
    r"\b(?:that\s+|said\s+)the\s+(?:drone\s+|air\s+|israeli\s+)?(?:strike|attack|raid|airstrike)\s+(?:had\s+|has\s+)?"
    r"(?:targeted|hit|struck|killed|wounded|injured)\b",
    re.I,
)
# "The drone targeted ...": the weapon the sentence before told of, and what it was aimed at
_THE_WEAPON_TOLD = re.compile(
    r"\W{0,3}the\s+(?:[\w-]+\s+)?(?:drone|missile|rocket|UAV|projectile)\s+(?:had\s+)?(?:targeted|was\s+(?:aimed|heading)\s+(?:at|for|towards?))\b",
    re.I,
)
# "The incident comes after a week-long attack on X": what came before the incident told, on a day of its own
_CAME_AFTER_AN_EARLIER = re.compile(
    r"\b(?:comes?|came)\s+(?:[\w-]+\s+){0,3}?after\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:attacks?|assaults?|offensive|shelling|clash(?:es)?|fighting|escalation)\b",
    re.I,
)
# "occurred in the X district": where it occurred, right after the verb
# ("occurred at about 10 pm in Veal Veng district's Thma Da commune": a time, and the district owning the place)
_RIGHT_IN = re.compile(
    # ("took place on Tuesday morning in X", "occurred early on 3 May near X": its day first)
    r"(?:,?\s+(?:(?:early|late)\s+(?:on\s+)?|on\s+(?:(?:early|late)\s+)?)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|"
    r"overnight|last\s+night|this\s+(?:morning|afternoon|evening)|[0-3]?\d\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\s+[0-3]?\d)"
    r"(?:\s+(?:morning|afternoon|evening|night))?,?)?"
    r"(?:\s+(?:at|around|about)\s+(?:about\s+|around\s+)?\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|hours|hrs)?)?"
    r"\s+(?:in|near|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?(?:(?:district|province|region|county)'s?\s+)?",
    re.I,
)
# "... wounded in the 20-minute clash", "killed during the attack": the incident just told.
_CLASH_NOUN = r"(?:clash|attack|shelling|exchange|firing|fighting|incident|skirmish|strike)"
_IN_THE_TOLD_CLASH = re.compile(rf"\b(?:in|during)\s+the\s+(?:[\w-]+\s+){{0,2}}?{_CLASH_NOUN}\b", re.I)
# "three days later", "two days earlier": a day counted from another
_BULLET = re.compile(r"[•*·▪◦‣–-]\s*\S")
_ITEM_LINES = 3  # lines after a bulleted place's heading that it places
_COUNTED_DAYS = re.compile(r"\b(?:days?|weeks?)\s+(?:later|earlier|after|before)\b", re.I)
_NAMED_DAY_KINDS = frozenset({"explicit", "night", "span", "period", "weekday"})
# "during that attack", "in that incident": the one just told, pointed back at
_DURING_THAT = re.compile(rf"\b(?:in|during)\s+(?:that|this|the\s+same)\s+(?:[\w-]+\s+){{0,2}}?{_CLASH_NOUN}\b", re.I)
# The subject of a loss: "One Thai soldier was wounded", "Two Indian jawans were killed".
_VICTIMS_OF = re.compile(
    r"\W{0,3}(?P<who>(?:[\w'’-]+\s+){1,4}?)(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:killed|wounded|injured)\b",
    re.I,
)
# "Hezbollah claimed responsibility for the strike": who carried out the attack just told.
_CLAIMED_RESPONSIBILITY = re.compile(
    r"^(?:\W*)(?P<actor>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:has\s+|have\s+)?"
    r"(?:claimed|took|has\s+taken|acknowledged)\s+(?:the\s+)?(?:responsibility|credit)\b"
)
# "Hezbollah said the attack was carried out by a group calling itself ...": naming who of its own did it
_CARRIED_OUT_BY_ITS = re.compile(
    r"\b(?:attack|operation|strike|ambush)\s+was\s+(?:carried\s+out|conducted|executed|staged)\s+by\s+"
    r"(?:a\s+group|a\s+unit|its\s+|their\s+|the\s+group|fighters|members)",
    re.I,
)
_SHOWS_ITS_ATTACK = re.compile(
    r"\b(?:published|released|posted|shared|broadcast|aired)\s+(?:a\s+|the\s+)?(?:video|footage|images|photos|pictures)\s+"
    r"(?:of|showing)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:attack|strike|operation|launch)",
    re.I,
)
_BLAME_FOR_FIGHTING = re.compile(
    r"\bblam(?:ed|e|es|ing)\s+(?:each\s+other|one\s+another)\s+for\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:fighting|conflict|clashes|hostilities|escalation|violence|war)\b",
    re.I,
)
# "the strike", "the attack": the attack just told, referred back to
_THE_TOLD_ATTACK = re.compile(r"\b(?:the|this|that)\s+(?:air\s*)?(?:strike|attack|raid|shelling|bombing)\b", re.I)
_SEVERAL_TOLD = re.compile(r"\b(?:these|those)\s+(?:[\w-]+\s+)?(?:attacks|strikes|shellings|raids|incidents)\b", re.I)
# "has not (yet) claimed responsibility", "no group has claimed responsibility", "declined to comment": a
# party's silence about the attack just told, no claim of its own
_SAYS_NOTHING = re.compile(
    r"^[^,;:]{0,80}?\b(?:(?:has|have|had|did)\s+not\s+(?:yet\s+|immediately\s+)?(?:claimed|claim|commented|comment)|"
    r"(?:no|none)\s+(?:one|group|party|side)?\s*(?:has|have|had)\s+(?:yet\s+)?claimed|"
    r"declined\s+to\s+comment|(?:was|were)\s+not\s+immediately\s+available\s+for\s+comment)\b[^,;:]{0,80}$",
    re.I,
)
_RESPONSIBILITY = re.compile(
    r"\b(?:claimed|claims|took|takes|taken|acknowledged)\s+(?:the\s+)?(?:responsibility|credit)\b", re.I
)
# A sentence that goes on about the attack just told ("The attack killed 12", "This shelling ...").
_TELLS_ON = re.compile(
    r"(?:the|this|that)\s+(?:[\w-]+\s+)?(?:attack|shelling|strike|raid|assault|clash|incident|skirmish|exchange|battle)(?:s|es)?\b"
    # ("The last such incident was reported on Oct 25, 2013. On that occasion, Pakistan had accused ...")
    r"|(?:on|at)\s+that\s+(?:occasion|time)\b",
    re.I,
)
_RECAP_OPENS = re.compile(
    r"\W{0,3}(?:to\s+recap|to\s+recall|recall\s+that|it\s+(?:should|must)\s+be\s+(?:recalled|noted|reminded)\s+that|"
    r"as\s+a\s+reminder|(?:it\s+is\s+)?worth\s+recalling|we\s+(?:would\s+like\s+to\s+)?remind\s+(?:you\s+)?that)\b",
    re.I,
)
_OPENS_ON_THE = re.compile(r"\s*,?\s*(?:the\s+)?", re.I)
_SITUATION = re.compile(r"\b(?:the\s+)?situation\s+(?:[\w-]+\s+){0,8}?(?:on|as\s+of|during)\s+(?:the\s+)?", re.I)
_COUNTED_EVENTS = re.compile(
    r"\b(?P<n>two|three|four|five|[2-5])\s+(?:cease[-\s]?fire\s+)?(?:violations|incidents|attacks|shellings)\b", re.I
)
_TODAY = re.compile(r"\b(?:today|this\s+(?:morning|afternoon|evening)|tonight|earlier\s+today)\b", re.I)
_AND = re.compile(r"\band\b|\bas\s+well\s+as\b", re.I)
# "Officials from both countries claimed the other side fired first", "each side blamed the
# other": an exchange told by both sides (bounded gap: linear in the sentence). Past tense only:
# "as both sides accuse the other of violating agreements" is the habitual present of background.
_BOTH_BLAME = re.compile(
    r"\b(?:both\s+(?:sides|countries|armies|governments|militaries)|the\s+two\s+(?:sides|countries|armies)|each\s+side)"
    r"\b[^.;]{0,60}?\b(?:blamed|accused|claimed|said)\s+(?:that\s+)?"
    r"(?:each\s+other|one\s+another|the\s+other(?:\s+side)?(?=\s+(?:of\s+|had\s+|has\s+)?(?:fired|shelled|opened|started|"
    r"attacked|violated|launched|firing|shelling|opening|starting|attacking|violating)))\b",
    re.I,
)
# ", while three others were injured in Rajouri": a clause of its own, with its own place
# ("two attempts to break through the border in the Kursk region, as well as attacks in the area of
# Dzerzhinsk": a second event, named by its own noun, at its own place)
_WHILE_CLAUSE = re.compile(
    r",\s+(?:while|whereas)\s+|,\s+as\s+well\s+as\s+(?=(?:[\w-]+\s+){0,2}?(?:attacks|strikes|shelling|assaults|attempts|"
    r"raids|fire|firing|drone\s+attacks)\s+(?:on|in|at|near|against|of)\b)",
    re.I,
)
# "...; separately, ...", "...; in another incident, ...": a second incident after a semicolon
_SEMICOLON_ANOTHER = re.compile(
    r";\s+(?:separately|meanwhile|elsewhere|in\s+(?:a\s+|another\s+)?(?:separate|other|another)\s+(?:incident|attack))\s*,?\s+",
    re.I,
)
# ", while the Thai Army stated that ...", ", as the Israeli military said it targeted ...": a second voice's
# account joined to the first's.
_WHILE_A_VOICE = re.compile(
    r"(?:,?\s+\b(?:while|whereas)|,\s+as)\s+(?=(?:[\w'’().-]+\s+){0,10}?(?:said|says|stated|states|claimed|claims|reported|"
    r"reports|announced|accused|alleged|insisted)\b)",
    re.I,
)
# ", where Kiev said ...": a clause about the place just named, in a voice of its own
_WHERE_A_VOICE = re.compile(
    r",\s+where\s+(?=(?:[\w'’().-]+\s+){0,6}?(?:said|says|stated|claimed|claims|reported|reports|announced)\b)", re.I
)
_REPLY_TOLD_AFTER = re.compile(
    r"\b(?:before|after\s+which|and\s+then)\s+(?:[\w'’-]+\s+){0,4}?(?:returned\s+fire|retaliat\w*|respond(?:ed|ing))\b",
    re.I,
)
# "In another disputed area on Saturday", "elsewhere": not the place told before
_ANOTHER_PLACE = re.compile(
    r"\b(?:in|at|on)\s+(?:another|other|some\s+other)\s+(?:[\w-]+\s+)?(?:area|place|location|village|sector|part|spot)s?\b|"
    # (not "elsewhere in the village": the place told)
    r"\belsewhere\b(?!\s+in\s+(?:the|that|this)\s+(?:village|town|city|area|camp|district))",
    re.I,
)
# "On Wednesday, an Israeli drone strike on the town killed two": the place named before, referred back to
# words that point back to the place just told ("dropped an incendiary device nearby"; not "there",
# which also opens "there was shooting")
# ("four more soldiers were killed", "two other civilians": more victims; not "another was injured", the enemy's wounded)
_MORE_LOSSES = re.compile(
    r"\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:more|other|additional|further)\b",
    re.I,
)
_TOWN_TOLD_REACH = 12  # sentences (quotes, colour) after the claim in which "the city" is still its town
_ON_THE_TOWN_TOLD = re.compile(
    r"\b(?:on|in|at|into|near|around)\s+the\s+(?:town|city|village|settlement)\b(?!\s+(?:of|hall|council|centre|center)\b)",
    re.I,
)
_PLACE_ANAPHOR = re.compile(r"\b(?:nearby|near\s+there|in\s+the\s+same\s+(?:area|place|spot|vicinity))\b", re.I)
_AFTER_FIRE_AT_IT = re.compile(
    r"\b(?:after|following)\s+(?:[\w-]+\s+){0,6}?(?:was|were|had\s+been)\s+(?:fired|launched|shot)\b", re.I
)
_MONTH_ALONE = FoldedPattern(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)$|\bweek$", re.I
)
_GOES_ON_ABOUT_IT = re.compile(r"\W*(?:This|That|It|These|Those)\b")
_RELATIVE_DAY = re.compile(
    r"\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|last\s+night)\b",
    re.I,
)
_TIMELINE_ENTRY = 2  # sentences of a timeline's entry its bare date dates
_TIMELINE_LINES = 60  # the first lines of a text, looked at for a timeline of bare dates
_THE_PLACE_TOLD = re.compile(r"\b(?:the|that|this)\s+(?:town|city|village|hamlet|settlement|area)\b", re.I)
_ENEMY_LOSSES = FoldedPattern(
    r"\b(?:the\s+)?enemy\s+(?:has\s+|had\s+)?(?:suffered|sustained|incurred)\b|\benemy(?:'s|’s)?\s+(?:losses|casualties)\b|"
    # ("As a result of the measures taken, one enemy officer was killed, another soldier injured")
    r"\b(?:an?|one|two|three|four|five|\d{1,3})\s+enemy\s+(?:officers?|soldiers?|servicem[ae]n|troops|fighters|personnel)\b",
    re.I,
)
_TROOPS = r"(?:troops|soldiers|servicem[ae]n|army\s+personnel|personnel|army\s+men|jawans)\b"
_MINISTRY_NAME = re.compile(r"\bMinistry\s+of\s+Defen[cs]e\b|\bDefen[cs]e\s+Ministry\b|\bMoD\b", re.I)
_OFFICIAL_PUBLISHER = re.compile(
    r"^(?!.*\breproduced\s+by\b)(?:.*?[,;]\s*)?(?:"
    r"(?:the\s+)?(?:Embassy|Ministry\s+of\s+Foreign\s+Affairs|Foreign\s+Ministry|MFA)\s+of\s+(?:the\s+)?(?P<sender>[A-Z][a-z]+)|"
    r"(?P<sender2>[A-Z][a-z]+)\s+(?:Embassy|MFA|Foreign\s+Ministry)\b)"
)
# "our positions", "our fortified positions", "our defenders": a party's own troops, in its own words
_OUR_FORCES = re.compile(
    r"\b[Oo]ur\s+(?:[\w-]+\s+){0,2}?(?:positions|troops|soldiers|servicemen|defenders|forces|units|posts|fighters|"
    r"strongholds|army)\b"
)
# "According to the ministry, they are X and Y", "According to the army, the dead soldiers were identified as X":
# the victims just told of, named by a voice
_VICTIMS_NAMED = re.compile(
    r"\s*(?i:according\s+to)\s+[^,.;]{3,80},\s+(?i:they|the\s+(?:dead|deceased|victims|killed|wounded|injured)"
    r"(?:\s+(?:soldiers|servicemen|men|civilians))?|the\s+(?:soldiers|servicemen))\s+(?i:are|were|have\s+been)\s+"
    # the names of the dead ("Eduard Harutyunyan (b. 1974) and ...", "Private A. Petrosyan, ..."), not what they were
    # ("they were Radwan Force commanders", "Lashkar-e-Taiba militants": the other side's dead, named by the enemy)
    r"(?i:identified\s+as\s+|named\s+as\s+)?(?:(?i:privates?|sergeants?|corporals?|junior|senior|lieutenants?|"
    r"sepoys?|riflemen|rifleman|naiks?|havildars?|soldiers?|servicemen|serviceman)\s+)?"
    r"[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?[A-Z][a-z]+(?:yan|ov|ev|ova|eva|li)?(?:\s*\(|,|\s+and\b|\s*$)"
)
# fire told with its side's adjective or as the subject ("by Indian shelling", "Indian troops fired")
_FIRE_OF_SIDE = re.compile(
    r"\b(?:by|in|from)\s+(?:the\s+)?[A-Z][a-z]+(?:i|ian|ani|ese)?\s+(?:shelling|fire|firing|strikes?|attacks?|drones?)\b|"
    r"\b[A-Z][a-z]+(?:i|ian|ani|ese)?\s+(?:troops|forces|army|soldiers)\s+(?:\w+\s+)?(?:fired|shelled|struck|attacked)\b"
)
_MAX_LOSS_PLACES = 25  # places a list of the wounded may place a claim at (a longer one is no report's: review46)
_SAME_STORY = 2  # sentences after an outlet's claim that still tell the same attack
_PLACED_LATER_REACH = 6  # sentences after the one incident told in which "the incident in X" still places it
# "reports of the incident in the border village of X", "the attack near X": the incident told, at a place
_THE_INCIDENT_IN = re.compile(
    r"\b(?:the|this|that)\s+(?:incident|attack|shooting|shelling|strike|firing)\s+(?:in|at|near)\s+(?:the\s+)?"
    r"(?:(?:border|southern|northern|frontline|front-line)\s+)?(?:(?:village|town|city|hamlet)\s+of\s+)?(?=[A-Z])"
)
# where a name recalled as a place may stand: after a preposition of place ("in", "near the")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|on|of|to|from|into|towards?|around|outside)\s+(?:the\s+)?$", re.I)
# ... and a cue that announces a person's home, not a place of fire ("a resident of Kalra village")
_HOME_BEFORE = re.compile(
    r"\b(?:residents?|natives?|hails?|belonging|belonged|native)\s+(?:of|from|to)\s+(?:the\s+)?$", re.I
)
# "two of them were wounded in Orikhiv": some of the losses already told, not losses of their own
_PARTITIVE = re.compile(r"\b(?:of\s+them|among\s+them|of\s+those|of\s+the\s+(?:wounded|injured|dead|victims))\b", re.I)
_MAX_ANNOUNCED = 40  # unknown names remembered per report (the pattern of them is scanned once per sentence)
_SOURCE_REACH = 6  # sentences back that "X reported this" can cover
# "..., it said, ...", "It added that ...": a pronoun speaker, the body just named.
# "They also fired ...": the sentence's actor is the one the sentence before told
_THEY_GO_ON = re.compile(
    r"They\s+(?:also\s+|then\s+|later\s+|again\s+|had\s+|have\s+)*(?!said|say|told|claim|deni|report)[a-z]+|"
    # ("Pakistani troops targeted 25 outposts. The troops again violated the ceasefire on 25 October": the
    # same troops, told again)
    r"The\s+(?:troops|soldiers|forces|rangers|militants)\s+(?:also|again|then|later)\s+(?!said|say|told|claim|deni|report|retaliat|respond)[a-z]+"
)
# "• On September 15, at 23.45, they fired at X": a list item whose actor the line announcing the list names
_THEY_IN_A_LIST = re.compile(
    r"\W{0,3}(?:(?:On|In|At)\s+[^,]{1,40},\s+(?:at\s+[^,]{1,20},\s+)?)?they\s+(?:also\s+)?[a-z]+", re.I
)
# "denied that its forces fired ...": what follows is what is denied, unless the denier turns to a
# claim of its own ("..., saying it was X's troops that opened fire")
_DENIED_CLAUSE = re.compile(r"\b(?:den(?:y|ies|ied|ying)|refut(?:e|es|ed|ing))\s+(?:that|having|any|its|their)\b", re.I)
# "Thursday's round of firing and shelling by Pakistan Rangers ...": the day of the fire told, named
_WEEKDAY_ROUND = re.compile(
    r"\W*(?:the\s+)?(?P<day>(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s\s+(?:[\w-]+\s+){0,3}?"
    r"(?:round|attacks?|strikes?|shelling|firing|fire|violations?|incidents?|clash(?:es)?|exchanges?)\b",
    re.I,
)
_OUTSIDE_BEFORE = re.compile(r"\b(?:just\s+)?outside\s+(?:the\s+|of\s+)?$", re.I)
# "Israeli media reported that the incoming rockets started fires near X": the weapon told before, named back
_THE_TOLD_WEAPON = re.compile(
    r"(?:[^.;]{0,80}?\bthat\s+)?the\s+(?:incoming\s+|same\s+)?(?:rockets|shells|missiles|projectiles|rounds)\b", re.I
)
# "describing the shooting late Sunday as unprovoked": the incident told before, named back with its day
_THE_TOLD_ON_DAY = re.compile(
    # (only as the voice describes it: not "vowed revenge for the strike on Sunday", another incident)
    r"\b(?:describing|describes|described|calling|calls|called|termed|terming)\s+"
    r"the\s+(?:shooting|firing|shelling|attack|incident|violation|strike|fire|clash)\s+(?:(?:late|early)\s+)?(?:on\s+)?"
    r"(?P<day>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.I,
)
# "The Poonch incident took place amid ...": an incident named by where it was, and its setting
_INCIDENT_AMID = re.compile(
    r"\W*(?:the|this|that)\s+(?P<name>[\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:incident|attack|clash|shelling|firing)\s+"
    r"(?:took\s+place|occurred|happened)\s+(?:amid|against\s+the\s+backdrop\s+of)\b",
    re.I,
)
_TOLD_REACH = 30  # sentences back where the incident named may have been told
_BY_THE_NIGHT = re.compile(r"\b(?:overnight|tonight|last\s+night)\b", re.I)
# "cross-border shelling", "firing from across the LoC": fire from the other side of the line
_FROM_ACROSS = re.compile(
    r"\bcross[-\s]border\s+(?:shelling|firing|fire|attacks?|strikes?)\b|"
    r"\bfrom\s+across\s+the\s+(?:border|LoC|Line\s+of\s+Control|frontier|line)\b",
    re.I,
)
_YESTERDAY = re.compile(r"\byesterday\b", re.I)
# "in the same sector", "at the same village": where the text was before
# "On July 4, the Armenian side deliberately bombarded the village": the village named before, no name of its own
# (not "the village of X", "the village head", "the village's school", nor "the village Sotk")
_THE_VILLAGE = re.compile(
    # ("it was also shelled twice in the city yesterday": the city of Donetsk, named before)
    r"\bthe\s+(?P<kind>village|town|settlement|hamlet|city)\b"
    r"(?!['’]s|\s+(?:of|head|chief|council|elders?|headman|authorit(?:y|ies)|administration|hall|officials?|mayor|[A-Z])\b)"
)
_HERE_OPENS = re.compile(r"\W{0,3}(?:(?:Here|There)\s*,|In\s+(?:this|that)\s+(?:area|sector|direction)\b,?)")
_ANOTHER_OWN_ACT = re.compile(r"\b(?:also|separately|meanwhile|another)\b", re.I)
_TARGETED_PERSON = re.compile(
    r"\b(?:members?|operatives?|commanders?|militants?|terrorists?|fighters?|officials?|officers?|cars?|vehicles?|"
    r"motorcycles?|motorbikes?)\b",
    re.I,
)
# "..., and denied opening fire first": a speaker's denial told after its own claim, in the same sentence
_AND_DENIED = re.compile(
    r",?\s+(?:and|while)\s+(?:also\s+)?(?:denied|denying|rejected|rejecting|refuted|refuting)\b", re.I
)
_WITNESSES_HOME = re.compile(
    r"\b(?:residents|villagers|locals)\s+of\s+(?P<place>(?:the\s+)?(?:(?:village|town|settlement)\s+of\s+)?"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:said|say|told)\b",
    re.I,
)
_WITNESSES_SPEAK = re.compile(r"\b(?:residents|villagers|locals|witnesses|eyewitnesses)\b", re.I)
_THE_VILLAGE_REACH = 6  # sentences back to the village the words point to
_THE_SAME_PLACE = FoldedPattern(
    r"\b(?:in|at|on|near)\s+the\s+(?:same\s+(?P<kind>sector|area|village|town|post|place|locality|spot)|"
    # ("after Pakistan opened fire in the sector on October 18": the sector named before, not "the sector of X")
    r"(?P<bare>sector)(?!\s+(?:of|commander|headquarters)\b))\b|"
    # ("On the night of 23-24 August, the same camera recorded ...": the monitor's camera, where it was named before)
    r"\bthe\s+same\s+(?P<device>camera)\b|"
    # ("the Azeri units themselves violated the ceasefire in the abovementioned area": every place told before)
    # ("The ceasefire in the mentioned area was actually violated by the Azerbaijani units": the same)
    r"\b(?:in|at|near|on)\s+the\s+(?P<above>(?:above|afore)[-\s]?mentioned|mentioned)\s+"
    r"(?:areas?|villages?|settlements?|directions?|sectors?|places?|locations?|positions?)\b",
    re.I,
)
# "The ministry released new disinformation accusing the Artsakh units of opening fire near X": the accuser's
# claim (the one who spread it), told after "accusing", with the outlet's word for it
_DISPUTED_ACCUSATION = re.compile(
    r"\b(?:(?:mis|dis)information|(?:false|fake|groundless|baseless)\s+(?:claims?|reports?|allegations?|information|statements?))"
    r"\s+(?:accusing|blaming)\s+",
    re.I,
)
# "disseminate misinformation claiming that X opened fire": the tale denied, told after its denial word
_DENIED_TALE = re.compile(
    r"\b(?:(?:mis|dis)information|(?:false|fake|groundless|baseless)\s+(?:claims?|reports?|allegations?|information))\s+"
    r"(?:claiming|alleging|saying|that)\s+(?:that\s+)?|"
    # ("India's army denied Pakistani claims that Indian troops had fired on villages near Sialkot"): the claim
    # denied, told after the other side's name
    # (only a claim named by whose it is: not "denied reports that its units had fired", no one's claim told)
    r"\b(?:denied|denies|rejected|rejects|dismissed|dismisses|refuted|refutes)\s+(?:the\s+)?"
    r"(?:(?!the\b|media\b|press\b|these\b|those\b|such\b|all\b|any\b)[\w'’-]+(?:['’]s)?\s+)"
    r"(?:claims?|reports?|allegations?|accusations?)\s+that\s+",
    re.I,
)
_DENIER_PRONOUN = re.compile(
    r"\s*(?:it|they|its\s+(?:forces|troops|fighters|units)|their\s+(?:forces|troops|fighters))\b", re.I
)
_COUNTER_TURN = re.compile(
    r"\b(?:saying|said|says|adding|added|claiming|claimed|insist(?:ed|ing|s)?|but|instead|blam(?:ed|ing|es)|accus(?:ed|ing|es))\b",
    re.I,
)
_PRONOUN_NEXT = re.compile(
    r"(?:^|,\s*)(?:it|he|she|they)\s+(?:also\s+|later\s+)?(?:said|added|stated|noted|claimed|reported|announced)\b",
    re.I,
)
# What joins two days that both apply ("on 12 July and on 10 July", "10 July and 12 July").
_DAYS_JOINED = re.compile(r"\s*(?:,\s*)?(?:and|as\s+well\s+as)\s+(?:again\s+)?(?:on\s+)?", re.I)
# "Tuesday's information bulletin", "yesterday's daily report": a statement that covers one day.
_BULLETIN_OF_DAY = re.compile(
    r"\b(?P<day>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today)['’]s\s+(?:[\w-]+\s+){0,2}?"
    r"(?:bulletin|report|summary|update|briefing)\b",
    re.I,
)
# "The Ukrainian authorities blamed pro-Russian forces": who blames whom, the sentence's subject first
# (blamed for the fire, or for nothing said: not "blamed Hezbollah for storing weapons in the building",
# "blamed Russia for the failure of the talks", "blamed Russian saboteurs for the blast" in another town)
_BLAMED = re.compile(
    r"^(?P<who>(?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+(?:blamed|blames|held\s+responsible)\s+(?P<whom>(?:the\s+)?(?:(?!for\b)[\w'’-]+\s+){0,3}?(?!for\b)[\w'’-]+)"
    r"(?=\s*(?:[.;]|$)|,\s+(?:saying|adding|which|who)\b|\s+(?:and|the|on|in|across|along)\b|"
    r"\s+for\s+(?:the\s+|its\s+|their\s+|this\s+|that\s+)?(?:(?:deadly|fatal|latest|overnight|cross-border)\s+)?"
    r"(?:attacks?|shelling|strikes?|deaths?|killings?|fire|firing|incident|it|them)\b(?!\s+(?:in|on|at)\s+[A-Z]))"
)
_SOURCE_OF_PREVIOUS = re.compile(
    r"^(?:this|that|the\s+information|such\s+information)\s+(?:is|was|has\s+been|had\s+been)\s+"
    r"(?:\w+\s+)?(?:reported|stated|said|announced|noted|confirmed|according|published)\b|"
    # "The JFO press center reported this on March 6."
    r"^\W{0,3}(?:[\w'’.-]+\s+){1,8}?(?:reported|stated|announced|said|informed|wrote)\s+(?:about\s+)?this\b|"
    # "The representative of the DPR to the JCCC reported, as the Donetsk News Agency informed.": a voice and its
    # verb, nothing told after it: the source of what was just told
    # (not "The General Staff has not yet reported.", "No losses have been reported.", "X also reported.")
    r"^\W{0,3}(?:the\s+|a\s+)?(?!(?:no|none|nothing)\b)[\w'’.-]+(?:\s+(?!(?:that|how|fired|shelled|attacked|killed|wounded|"
    r"injured|hit|struck|opened|launched|was|were|not|no|never|yet|also|been|had|have)\b)[\w'’().-]+){0,24}?\s+(?:has\s+)?"
    r"(?:reported|stated|announced|informed)(?:\s*,\s*(?:as|according\s+to)\s+[^.;,]{3,80})?\s*\.?\s*$",
    re.I,
)


# damage told without a word of fire: "two houses were damaged in Y", "a car was destroyed" (a
# building, a vehicle, property or livestock hit; not "relations were damaged")
_DAMAGE_TOLD = FoldedPattern(
    r"\b(?:houses?|homes?|buildings?|shops?|stores?|vehicles?|cars?|trucks?|tractors?|schools?|mosques?|churches|church|"
    r"temples?|propert(?:y|ies)|roofs?|walls?|livestock|cattle|cows?|sheep|power\s+lines?|gas\s+station|warehouses?|"
    r"barns?|sheds?|structures?|residences?|dwellings?)\b[^.;]{0,80}?\b(?:was|were|had\s+been|have\s+been|has\s+been)\s+"
    r"(?:\w+\s+)?(?:damaged|destroyed|gutted|burnt|burned|razed|flattened|set\s+on\s+fire|killed)\b|"
    r"\b(?:damaged|destroyed|gutted|razed|flattened)\s+(?:\w+\s+){0,3}?(?:houses?|homes?|buildings?|vehicles?|cars?|"
    r"shops?|schools?|propert(?:y|ies)|roofs?)\b",
    re.I,
)


# what did the damage: "damaged by strong winds", "destroyed by Ukrainian artillery", "hit by Azerbaijani fire"
_DAMAGE_BY = re.compile(
    r"\b(?:damaged|destroyed|gutted|razed|flattened|burnt|burned|hit)\s+(?:\w+\s+)?by\s+(?P<agent>[^,.;]{1,60})", re.I
)
_FIRE_AGENT = re.compile(
    r"\b(?:fire|firing|shell(?:s|ing)?|mortars?|artillery|rockets?|missiles?|drones?|UAVs?|strikes?|airstrikes?|"
    r"bombs?|bombing|grenades?|gunfire|bullets?|the\s+(?:attack|enemy|shelling))\b",
    re.I,
)


# What may tell one place of a name from its namesakes for the name to anchor others: its being the only one, or
# the only one in the conflict's countries or area (Odesa, not Odessa in Texas)
_ANCHOR_DECISIONS = frozenset({"only candidate", "focus region", "conflict area", ""})
_ANCHOR_CITY = 100_000  # people: a city this large is the one its name means (Mykolaiv, not the Lviv oblast town)
_DATELINE_REACH = 5  # the first sentences of a report, where its dateline stands


def _filed_in(doc: Document, lexicon: Lexicon) -> str | None:
    """The side whose capital the report's dateline names ("PHNOM PENH, April 3 (Xinhua) --"): an official
    quoted with no side in a report filed from a side's capital speaks for that side."""
    for sentence in doc.sentences[:_DATELINE_REACH]:
        dateline = DATELINE.match(sentence.norm)
        if dateline is None:
            continue
        town = re.split(r"[,(/]|\s[-–—:]", dateline.group(0).strip(" \t-–—:"), maxsplit=1)[0].strip()
        side = lexicon.side_of(town) if town else None
        capitals = {fold(c) for party in lexicon.profile.parties if party.name == side for c in party.capitals}
        if side is not None and fold(town) in capitals:
            return side
        return None
    return None


_AGENCY_DATELINE = re.compile(
    # ("BAKU, Azerbaijan, Sept. 13. Trend:", "YEREVAN, SEPTEMBER 13, ARMENPRESS.", "Baku, 13 September, AZERTAC.")
    r"\W{0,3}[A-Z][A-Za-z .'’-]{1,40},\s*(?:[A-Z][a-z]{2,20},\s*)?"
    r"(?P<date>[A-Z][A-Za-z]{2,9}\.?\s+[0-3]?\d|[0-3]?\d\s+[A-Z][A-Za-z]{2,9}\.?)(?:,\s*(?:19|20)\d\d)?[.,]\s+"
    r"/?[A-Z][A-Za-z-]{1,20}/?[.,:]\s"
)


def _filing_day(head: str, published: dt.date) -> dt.date | None:
    """The first calendar day ``head`` names, when it is one to three days before the publication day."""
    days = [
        m.date
        for m in find_dates(head, published)
        if m.kind == "explicit" and m.date is not None and m.precision == "day"
    ]
    day = days[0] if days else None
    return day if day is not None and dt.timedelta(days=1) <= published - day <= dt.timedelta(days=3) else None


def _filed_on(doc: Document) -> dt.date | None:
    """The day a wire dateline gives ("JAMMU, May 11 (PTI) -", "YEREVAN, September 13. ARMENPRESS."), when it is a
    day or three before the publication day: "yesterday" and "last night" in the wire copy count from the day it was
    filed, not from the page's day."""
    if doc.published is None:
        return None
    agency = _AGENCY_DATELINE.match(doc.body[:300])
    if agency is not None:
        # ("YEREVAN, September 13. ARMENPRESS.", "DONETSK, October 22. /TASS/.": the agency after the day)
        day = _filing_day(agency.group("date"), doc.published)
        if day is not None:
            return day
    for sentence in doc.sentences[:_DATELINE_REACH]:
        dateline = DATELINE.match(sentence.norm)
        if dateline is None:
            continue
        day = _filing_day(dateline.group(0), doc.published)
        if day is not None:
            return day
        break
    # ("09.05.2021 12:40", "Kyiv, 9 May 2021 (Ukrinform).", "3 Aug 2025 | 19:05" on a page dated a day later)
    top = top_line_date(doc.body, doc.published)
    if top is not None and dt.timedelta(days=1) <= doc.published - top[0] <= dt.timedelta(days=3):
        return top[0]
    return None


@dataclass
class Claim:
    speaker: Attribution
    date: dt.date | None
    precision: str
    part: str | None
    sentences: list[Sentence] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    region: PlaceMention | None = None
    accused: str | None = None
    weapons: list[str] = field(default_factory=list)
    killed: int | None = None
    wounded: int | None = None
    evidence: dict[str, list[str]] = field(default_factory=dict)
    summary_only: bool = False  # media report, nobody blamed: kept only if nothing else covers the day
    day_unknown: bool = False  # "a few days before": no day to give it, not even the publication's
    said_day: bool = False  # its day is the day it was said ("the ministry on Monday confirmed"), no event's
    # its day is the one the text was on when it began, not one its own sentence names
    day_borrowed: bool = False
    # its day is the day before a statement that told of "the past day" (a bulletin's convention, not a
    # day the text names for the event)
    past_day: bool = False
    # the time words of a day that could not be resolved (no publication date): "on tuesday", "last week"
    told_when: str | None = None
    per_place: dict[str, Casualties] = field(default_factory=dict)  # "2 in A and one each in B and C"
    # "fire from a grenade launcher ... near A, a sniper was working ... in B": each place's own weapons
    place_weapons: dict[str, list[str]] = field(default_factory=dict)
    # What is already in ``sentences`` / ``evidence``: a claim that goes on for thousands of
    # sentences must not compare each new one with all the others.
    _indices: set[int] = field(default_factory=set)
    _evidence_seen: set[tuple[str, str]] = field(default_factory=set)
    _last_counted: frozenset[str] = frozenset()  # the kinds of figure the last sentence with figures gave

    def add_evidence(self, name: str, sentence: Sentence) -> None:
        if (name, sentence.text) not in self._evidence_seen:
            self._evidence_seen.add((name, sentence.text))
            self.evidence.setdefault(name, []).append(sentence.text)

    def add(self, sentence: Sentence) -> None:
        if sentence.index not in self._indices:
            self._indices.add(sentence.index)
            self.sentences.append(sentence)

    def add_casualties(self, killed: int | None, wounded: int | None, sentence: Sentence) -> None:
        # A later sentence of the same claim that gives a figure again mostly restates or details
        # it ("killed one man on Tuesday ... killed one man in Yater"): the figures add up only when
        # it says they are more ("another", "also", "two others").
        later = sentence.index not in self._indices
        # ("Two servicemen were injured. Another defender received fatal wounds": another than the wounded
        # just counted, not one more dead than the claim's)
        other_kind = self._last_counted == frozenset({"wounded"}) and wounded is None
        if killed is not None:
            more = later and _more_victims(sentence.norm, _DEATH_WORD) and not other_kind
            self.killed = _combined(self.killed, killed, more)
            self.add_evidence("killed", sentence)
            if later and wounded is None and self.wounded is not None and _DIED_OF_WOUNDS.search(sentence.norm):
                # "... wounding one soldier. He was hospitalized, but died of his wounds": the wounded
                # told before are the dead now, not more victims
                self.wounded = (self.wounded - killed) or None if self.wounded >= killed else self.wounded
        if wounded is not None:
            more = later and _more_victims(sentence.norm, _INJURY_WORD, beside_the_dead=killed is not None)
            self.wounded = _combined(self.wounded, wounded, more)
            self.add_evidence("wounded", sentence)
        self._last_counted = frozenset(
            kind for kind, figure in (("killed", killed), ("wounded", wounded)) if figure is not None
        )
        self.add(sentence)


# Words that make a later sentence's victims more victims of the same claim, not the same ones.
# A sentence that starts another story: the losses told just before it are not its own.
ANOTHER_INCIDENT = re.compile(
    # (also inside a quotation: '"Also, at about 17:00, air defense forces over Crimea shot down ...')
    r"\s*\"?\s*(?:separately|meanwhile|in\s+the\s+meantime|elsewhere|in\s+(?:a\s+|another\s+)?(?:separate|other|another|different)\s+(?:incident|attack)|"
    r"in\s+another\s+(?:incident|attack)|also\b|earlier\b|later\b|"
    # ("Subsequent assaults targeted Anupong Base": attacks after the one told, each a claim of its own)
    r"(?:subsequent|further|later|fresh|new|another)\s+(?:[\w-]+\s+)?(?:assaults?|attacks?|strikes?|shelling|barrages?))",
    re.I,
)

# "In other violence, ...", "In a separate attack, ...": what follows is an incident of its own
OTHER_VIOLENCE = re.compile(
    r"\W*(?:in\s+(?:other|separate|further|more)\s+(?:violence|fighting|incidents?|attacks?|shelling)|"
    r"in\s+(?:another|a\s+separate)\s+(?:incident|attack))\b",
    re.I,
)
# a sentence opened by the day it tells ("On Saturday, ...", "Earlier, on Saturday, ...", "The day before, ...")
_DAY_OPENS = re.compile(
    r"\W*(?:earlier,?\s+)?(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|the\s+day\s+before|"
    r"the\s+previous\s+day)\b",
    re.I,
)
# "The Thai army reported several Cambodian violations on Tuesday.": a bulletin's lead, the day of the items after it
_VIOLATIONS_LOGGED = re.compile(
    r"\b(?:reported|recorded|registered|documented|logged|listed)\s+(?:[\w'’-]+\s+){0,4}?(?:violations|attacks|provocations|incidents)\b",
    re.I,
)
_REPLY_WORD = re.compile(r"\bretaliat\w*|\bin\s+response\b|\bresponded\b", re.I)
_CAPITAL_WORD = re.compile(r"\b[A-Z][\w'’-]+")
_PRONOUN_ACTOR = re.compile(
    r"\b(?:they|it)\s+(?:had\s+)?(?:also\s+)?(?:shelled|fired|attacked|targeted|opened|struck)\b", re.I
)
_NON_STATE_ACTOR = re.compile(r"\b(?:militants?|gunmen|gunman|terrorists?|insurgents?|police)\b", re.I)
_ISSUED_BY = re.compile(
    r"\W*(?:the\s+statement|it|the\s+(?:communiqu[eé]|bulletin|report))\s+was\s+(?:issued|released|published|posted|"
    r"put\s+out)\s+by\b",
    re.I,
)
_SEPARATE_INCIDENT = re.compile(r"\W*in\s+(?:another|a\s+separate)\s+(?:incident|attack)\b", re.I)
# what makes losses told without a fire word violent ("killed in a road accident" is not)
_VIOLENT = re.compile(
    r"\b(?:violence|fighting|attacks?|shell\w*|strikes?|struck|fire|firing|shot|bomb\w*|drones?|missiles?|rockets?|"
    r"mortars?|artillery|snipers?|explosions?|blasts?|clash\w*)\b",
    re.I,
)
_NOT_VIOLENT = re.compile(r"\b(?:accident|crash(?:ed)?|drown\w*|collapse\w*|fire\s+broke\s+out|illness)\b", re.I)

# "They shelled ...", "The enemy fired ...": a sentence whose subject is the one just told goes on
# telling the same fire (not "Pakistani troops also fired shells in the Machil area")
_GOES_ON = re.compile(
    r"\s*(?:they|the\s+(?:enemy|militants|attackers|shelling|attack|fire|firing))\b(?!\s+also\b)", re.I
)

# "In total, five attacks took place in the Luhansk sector yesterday": a sum of what was told, over
# the sector it was told in; it places none of the attacks it sums
_SUMS_UP = re.compile(r"\s*(?:in\s+total|in\s+all|overall|altogether|all\s+in\s+all)\s*,", re.I)

_MORE_VICTIMS = re.compile(
    r"\b(?:another|other|others|also|more|further|additional|besides|too|as\s+well|in\s+addition|"
    r"second|third|fourth|fifth|later\s+died|succumbed|among\s+them)\b",
    re.I,
)


# a sentence whose subject is fire told before ("The strikes were delivered from ...", "The shelling came from")
# "the rockets were fired from the town of X": the told weapon's origin, in the passive
_TOLD_WEAPON_FIRED_FROM = re.compile(
    # (the weapon told, not a side's: "the Israeli shells were fired from ...")
    r"\b(?:the|these|those|both)\s+(?:(?-i:[a-z0-9][\w-]*)\s+)?(?:rockets|missiles|shells|mortars|rounds|projectiles|katyushas)\s+"
    r"(?:were|had\s+been|have\s+been)\s+(?:apparently\s+|reportedly\s+|probably\s+)?(?:fired|launched)\s+from\b",
    re.I,
)
_TARGET_OR_MOTIVE_AFTER = re.compile(
    r"\b(?:at|into|towards?|on)\s+(?:the\s+)?(?:outskirts\s+of\s+|positions\s+|posts?\s+)?(?-i:[A-Z])|"
    r"\bin\s+(?:response|retaliation|reply)\b|\bretaliat",
    re.I,
)
_FIRE_WORD = re.compile(r"\b(?:fired|launched|shelled|struck|hit|attacked|opened\s+fire|shelling|strikes?)\b", re.I)
_THE_TOLD_FIRE_OPENS = re.compile(
    r"\W*(?:the|this|these|that|those)\s+(?:strikes?|fire|firing|shelling|shots|attacks?|shells|rounds|mortars|missiles|rockets)\b",
    re.I,
)
# "also reported attacks on the Israeli Northern Corps command", "claimed strikes against Russian positions"
_REPORTED_ATTACKS_ON = re.compile(
    r"\b(?:reported|announced|claimed)\s+(?:also\s+)?(?:[\w-]+\s+)?(?:attacks?|strikes?|operations?)\s+"
    r"(?:on|against|targeting)\s+(?:the\s+)?(?P<whose>[A-Z][\w'’-]+)"
)
# the wounded told before died: "died of his wounds", "succumbed to her injuries", "later died"
_DIED_OF_WOUNDS = re.compile(
    r"\b(?:(?:died|passed\s+away)\s+(?:of|from)|succumbed\s+to)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:wounds|injuries)\b"
    r"|\blater\s+died\b|"
    # ("The critically injured defender was taken to a hospital ... It was not possible to save the life of the
    # warrior"): the one wounded died
    r"\b(?:was|were)\s+not\s+possible\s+to\s+save\s+(?:the|his|her)\s+life\b|"
    r"\b(?:could\s+not|couldn't|were\s+unable\s+to|failed\s+to)\s+save\s+(?:the|his|her)\s+life\b",
    re.I,
)
_DEATH_WORD = re.compile(
    r"\b(?:killed|dead|died|deaths?|martyred|fatalit(?:y|ies)|lost\s+(?:their|his|her)\s+li(?:fe|ves))\b", re.I
)
_INJURY_WORD = re.compile(r"\b(?:wounded|injured|injuries|hurt)\b", re.I)
_CLAUSE_BREAK = re.compile(r".*[,;:]", re.S)


def _more_victims(text: str, word: re.Pattern[str], beside_the_dead: bool = False) -> bool:
    """Does the sentence say its dead (or wounded) are more victims? Looked for in the clause of the
    word that counts them ("one serviceman was killed, and another soldier was wounded": the
    wounded are another, the dead are not); the whole sentence when no such word is found.
    ``beside_the_dead``: the sentence counts its dead too, so "another seven were injured" is
    another than those dead ("two civilians lost their lives while another seven were injured"),
    not more than the wounded told before."""
    more = _MORE_THAN_TOLD if beside_the_dead else _MORE_VICTIMS
    found = False
    for match in word.finditer(text):
        found = True
        start = max(0, match.start() - 60)
        cut = _CLAUSE_BREAK.match(text, start, match.start())
        after = _AFTER_THE_COUNT.split(text[match.end() : match.end() + 20], maxsplit=1)[0]
        clause = text[cut.end() if cut is not None else start : match.end()] + after
        if more.search(clause):
            return True
    return not found and more.search(text) is not None


# (the words after a count that are still its clause: not "..., and", "while", "but" and what follows)
_AFTER_THE_COUNT = re.compile(r"[,;:]|\b(?:while|whereas|but|and)\b")
_MORE_THAN_TOLD = re.compile(
    r"\b(?:also|more|further|additional|besides|too|as\s+well|in\s+addition|later\s+died|succumbed)\b", re.I
)


def _combined(before: int | None, figure: int, more: bool) -> int:
    """A claim's figure after a sentence that states ``figure``: added when the sentence tells of
    more victims, else the larger of the two (a restatement, or a detail of the total)."""
    if before is None:
        return figure
    return before + figure if more else max(before, figure)


# "killed in separate border clashes", "in two attacks": a figure summed over incidents told one by one
_SEPARATE_INCIDENTS = re.compile(
    r"\bin\s+(?:two|three|four|several|multiple|separate)\s+(?:separate\s+|different\s+)?(?:border\s+)?"
    r"(?:clashes|incidents|attacks|skirmishes|shootings|shoot-?outs|exchanges\s+of\s+fire)\b",
    re.I,
)


_OFFICE_THEN_NAME = re.compile(
    r"\b(?:head|governor|mayor|chief|spokes(?:man|woman|person)|commander|minister|president|official|ombudsman)"
    r"(?:\s+(?:of|for|in)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)?\s*,\s*$",
    re.I,
)
_STREET_NAME = re.compile(r"\s(?:Street|St|Avenue|Ave|Boulevard|Lane|Square|Prospekt|Prospect|Ulitsa)$")


# "the shoot-outs were taking place near A and B", "the shelling took place in A": the fight just told, placed
_THE_TOLD_FIGHT_WAS_AT = re.compile(
    r"\b(?:the|these|those)\s+(?:shoot-?outs?|shootings?|firing|shelling|clash(?:es)?|skirmish(?:es)?|fighting|exchanges?\s+of\s+fire)\s+"
    r"(?:(?:were|was|are|is)\s+(?:taking|going\s+on)\s+place|took\s+place|happened|occurred|were\s+going\s+on)\s+"
    r"(?:near|in|at|around|close\s+to|on\s+the\s+outskirts\s+of)\b",
    re.I,
)


def _same_speaker(a: Attribution, b: Attribution) -> bool:
    if a.claimant == b.claimant and a.side == b.side:
        return True
    return a.side == b.side and "country" in (a.kind, b.kind)


def _one_military(a: Attribution, b: Attribution) -> bool:
    """ "..., Kiev's military said." then "A military spokesman said rebels opened fire at X": one side's military
    voice, named two ways."""
    return a.side == b.side and a.side is not None and {a.kind, b.kind} <= {"ministry", "spokesperson"}


def _date_alone(text: str, chosen: DateMention) -> bool:
    """ "On Sunday. The Pakistan Army resorted to firing in Mankot": a day cut off as a sentence of its
    own is the day of the sentence after it."""
    return (
        _BEFORE_A_LONE_DATE.fullmatch(text, 0, chosen.start) is not None
        and _AFTER_A_LONE_DATE.fullmatch(text, chosen.end) is not None
    )


_BEFORE_A_LONE_DATE = re.compile(r"[^\w]*(?:(?:on|late|early|later|earlier|and)\s+)?", re.I)
_AFTER_A_LONE_DATE = re.compile(r"[^\w]*")


def _words_before_speech(text: str) -> str:
    """The words of ``text`` before its first speech verb (all of it when it has none)."""
    said = SPEECH.search(text)
    return text[: said.start()] if said is not None else text


class Reader:
    """The state of one left-to-right reading of a document."""

    def __init__(self, doc: Document, gazetteer: Any, aliases: dict[str, str] | None, lexicon: Lexicon):
        self.doc = doc
        self.gazetteer = gazetteer
        self.aliases = aliases
        self.lexicon = lexicon
        self.border = border_of(lexicon.profile)
        self.tracker = SpeakerTracker(outlet=doc.outlet, url=doc.url, lexicon=lexicon)
        self.default: Attribution | None = self._publisher_voice()
        self.filed_in = _filed_in(doc, lexicon)  # the side whose capital the dateline names, if any
        self.published = doc.published
        self.filed_on = _filed_on(doc)  # a wire dateline's day before the page's, the day relative words count from
        # with no publication date, the first date the text gives in full lends its year to the
        # calendar dates that have none ("On Thursday, January 5th, 2023, ..." then "on January 6th")
        self.year_of = _first_full_date(doc.sentences) if doc.published is None else None
        self.date_ctx: dt.date | None = None
        self.date_precision = "day"
        self.date_sentence: Sentence | None = None
        self.date_kind: str | None = None  # the kind of the mention the text's day was last set by
        self.day_before: tuple[dt.date | None, str] = (None, "day")
        self.clock: tuple[dt.date, int] | None = None  # the last clock time told, on the text's day
        self.claims: list[Claim] = []
        self.current: Claim | None = None
        self.in_claim = False  # the previous sentence belonged to the current claim
        self.setting: tuple[list[PlaceMention], Sentence] | None = None
        # "Both sides accused each other of firing first around A and B": where the clash both
        # sides then tell of was, for their claims that name no place (that day only)
        self.clash: tuple[list[PlaceMention], Sentence, dt.date | None] | None = None
        self.pending_losses: list[tuple[str, dt.date | None, int | None, int | None, Sentence]] = []
        self.own_losses: list[tuple[str, DateMention | None, Casualties, Sentence]] = []
        self.two_voiced: set[int] = set()  # sentences that joined two sides' accounts (", while B said ...")
        # "Two soldiers were killed on Thursday. Pakistani troops violated the ceasefire in X.": losses
        # told with no fire, before it (sentence index, the losses, the day the sentence names)
        self.lead_loss: tuple[int, Casualties, dt.date | None] | None = None
        self.reply_at = -2  # the last sentence read as a side's reply ("IDF returned fire at posts in X")
        self.denials: list[tuple[Denial, Sentence]] = []
        self.skipped: list[str] = []
        self.old_events: list[str] = []  # events dated over a month before publication
        self.background_at = -2  # the last sentence read as background
        # (a sentence in the past perfect that looked back to an earlier day, and the day it left)
        self.looked_back: tuple[int, dt.date, str] | None = None
        self.motive_day: tuple[int, DateMention] | None = None  # a sentence's motive's own day, set aside
        self.bare_dates: int | None = None  # the text's first lines that are a date alone, once counted
        self.timeline_entry: int | None = None  # the last sentence a timeline's bare date dates
        self.past_day_told = False  # the text said its statement tells of "the past day"
        # "Russia and Ukraine on Wednesday accused each other ...": the day the text's statements
        # were made, when a sentence named only that day (``_in_statement_frame``)
        self.statement_day: dt.date | None = None
        self.near: list[tuple[float, float]] = self._anchor_points()
        self.quote_closers = _quote_closers(doc.sentences)
        self.list_announced = False  # the last line ended with a colon ("at the following locations:")
        # unknown names announced as places ("the town of Chamaa"), by folded name, and their pattern
        self._announced: dict[str, PlaceMention] = {}
        self._announced_names: re.Pattern[str] | None = None
        self.listing: Claim | None = None  # the claim whose places the lines after that colon list
        # "• Ban Nong Chan, Khok Sung district:" then what happened there: the item's place and line
        self.item: tuple[PlaceMention, int] | None = None
        self.reading_at = -1  # the index of the sentence being read
        self._apart_from: Claim | None = None  # the claim of a sentence's first clause, its second told apart
        # who was speaking and which day a sentence named, as the reading stood there: a sentence
        # that gave no claim can still be drafted as one for the reviewer (``draft``)
        self.read_as: dict[int, tuple[Attribution, DateMention | None, dt.date | None, str]] = {}
        # (text, names announced so far) -> its place mentions (``places``)
        self._mentions: dict[tuple[str, int, str | None], list[PlaceMention]] = {}
        self.signals: dict[int, Signals] = {}  # what each sentence read says about incidents
        self.classified: tuple[str, Signals] | None = None  # the last text read() classified, for read_event

    def _publisher_voice(self) -> Attribution | None:
        """A party's own body as the publisher ("Ministry of Defense of Azerbaijan (mod.gov.az)"):
        the page's unattributed text is that body's statement, not an outlet's telling."""
        if not self.doc.outlet:
            return None
        found = find_attribution(self.doc.outlet, self.tracker, update=False)
        if found is not None and _MINISTRY_NAME.search(self.doc.outlet) and self.lexicon.is_party(found.side):
            return found
        # ("Embassy of Azerbaijan in Seoul, Azerbaijani MFA site (seoul.mfa.gov.az)": a party's foreign ministry or
        # embassy publishes its government's account, as a ministry of defence does; the sending country's, never the
        # host's ("Embassy of Germany in Kyiv"), nor one named in brackets ("a paper, reproduced by the X Embassy"))
        outlet = re.sub(r"\([^()]*\)", " ", self.doc.outlet)
        sender = _OFFICIAL_PUBLISHER.search(outlet)
        if sender is None:
            return None
        side = self.lexicon.side_word(sender.group("sender") or sender.group("sender2"))
        if side is None or not self.lexicon.is_party(side):
            return None
        return Attribution(self.doc.outlet, side, "agency")

    def _anchor_points(self) -> list[tuple[float, float]]:
        """Coordinates of places the whole text names: a tie-break for ambiguous names. Only names of one
        place count: an ambiguous name at its first reading would pull its namesakes to itself ("Pivdenne near
        Odesa" read as the Donbas Pivdenne), and a side's capital is where statements come from, not near the
        fire ("Pisky ..., officials in Kyiv said" is not the Pisky nearest Kyiv)."""
        points = []
        for start, end, place in self.gazetteer.lookup_names(self.doc.body[:20000]):
            # (a province or district too: "near Nowshera in Khyber Pakhtunkhwa"; never a border line)
            if (
                place.country not in self.lexicon.profile.countries
                or place.precision not in ("exact", "region")
                or place.kind == "border"
            ):
                continue
            name = self.doc.body[start:end]
            if self.lexicon.is_capital(name) or self.lexicon.is_capital(place.name):
                continue
            decided = self.gazetteer.geocode(name, countries=self.lexicon.profile.countries).decided_by
            if decided not in _ANCHOR_DECISIONS and place.population < _ANCHOR_CITY:
                continue  # ("Pivdenne": three of that name, told apart by the front or by size, not by the text)
            points.append((place.latitude, place.longitude))
            if len(points) == 20:
                break
        return points

    def _party_words(self, text: str) -> list[str]:
        pattern = self.lexicon.party_names
        return [m.group(0) for m in pattern.finditer(text)] if pattern is not None else []

    def _told_abroad(self, text: str) -> bool:
        """Is the sentence's event in a country outside the conflict's (its motive aside: "killing two
        soldiers in an apparent retaliation for an airstrike in Syria" is fire here)?"""
        motive = told_before_motive(text)
        told = text if motive is None else text[:motive]
        # (the sentence's own mentions, found once, those before the motive)
        before = [m for m in self.places(text) if m.end <= len(told)]
        return told_abroad(told, before, self.gazetteer, self.lexicon)

    def places(self, text: str) -> list[PlaceMention]:
        """The place mentions of a text, found once per text (steps ask again for the same sentence).
        A name the gazetteer lacks, announced once as a place ("the town of Chamaa"), is a place
        where the text names it again without the cue ("an Israeli strike in Chamaa")."""
        item = self._item_place()
        key = (text, len(self._announced), item.name if item is not None else None)
        found = self._mentions.get(key)
        if found is None:
            found = find_place_mentions(
                text, self.gazetteer, near=self.near, aliases=self.aliases, lexicon=self.lexicon
            )
            found = self._with_announced(text, found)
            # ("the exchange of fire just outside Nagorny Karabakh": a region the fire was not in)
            found = [m for m in found if m.specific or not _OUTSIDE_BEFORE.search(text, max(0, m.start - 20), m.start)]
            # ("a shell landed on the building in Depovska Street": a street of the town told, no place of its own)
            found = [m for m in found if m.place is not None or not _STREET_NAME.search(m.name)]
            # ("according to the head of the region, Nikolai Volobuyev, the village of B": the office's holder)
            found = [
                m
                for m in found
                if m.place is not None
                or not _OFFICE_THEN_NAME.search(text, max(0, m.start - 60), m.start)
                # (not "According to a military spokesman, Novoselivka Persha was shelled": a place, no apposition)
                or not text.startswith(",", m.end)
            ]
            motive = told_before_motive(text)
            if motive is not None:  # ("struck a convoy, in retaliation for a strike on the Golan Heights")
                found = [m for m in found if m.start < motive]
            if item is not None and not any(m.specific for m in found):
                # (a line under "• Ban Nong Chan, Khok Sung district:" that names no place of its own)
                found = [*found, dataclasses.replace(item, start=0, end=0, group=None, specific=True)]
            self._mentions[key] = found
        return list(found)

    def _with_announced(self, text: str, found: list[PlaceMention]) -> list[PlaceMention]:
        """``found`` and the names announced earlier that ``text`` names again; remembers the unknown
        names ``found`` announces (at most ``_MAX_ANNOUNCED``, so the scan stays one pass)."""
        if self._announced_names is not None:
            taken = Spans(len(text))
            for mention in found:
                taken.add(mention.start, mention.end)
            for match in self._announced_names.finditer(text):
                # (only where a place is: "a strike in Chamaa", not "police officer Ghulam Dar said")
                if not taken.overlaps(*match.span()) and _PLACE_BEFORE.search(
                    text, max(0, match.start() - 12), match.start()
                ):
                    first = self._announced[fold(match.group(0))]
                    found = [*found, dataclasses.replace(first, start=match.start(), end=match.end(), group=None)]
        grew = False
        for mention in found:
            if (
                mention.place is None
                and mention.cue is not None
                and mention.specific
                and not _HOME_BEFORE.search(text, max(0, mention.start - 40), mention.start)
                and len(self._announced) < _MAX_ANNOUNCED
                and fold(mention.name) not in self._announced
            ):
                self._announced[fold(mention.name)] = mention
                grew = True
        if grew:
            names = sorted((m.name for m in self._announced.values()), key=len, reverse=True)
            self._announced_names = re.compile(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w'’-])")
        return sorted(found, key=lambda m: m.start)

    # -- per sentence --------------------------------------------------------------
    def speaker(self, sentence: Sentence) -> Attribution:
        closing = self.quote_closers.get(sentence.index)
        if closing is not None:
            # '"The group conducted a monitoring in X, [the OSCE's representative] took part, and the
            # Azerbaijani forces fired on it. The group failed to do its job", said Mr Hovhannisyan.':
            # inside a quotation that spans sentences, the speaker is the one named where it ends, not
            # a body the quoted words mention (the tracker learns the name as the quotation is read)
            said = closing.norm[closing.norm.rfind('"') :]
            ahead = find_attribution(said, self.tracker, update=False)
            if ahead is not None and ahead.kind != "unnamed":
                return find_attribution(said, self.tracker) or ahead
        found = self._voice_of_the_place_clause(sentence.norm) or find_attribution(sentence.norm, self.tracker)
        named_none = found is None
        seat = self.lexicon.statement_seat(sentence.norm, spoken=True) if found is not None else None
        if (
            found is not None
            and seat is not None
            and found.side != seat[2]
            and self.lexicon.side_word(_words_before_speech(sentence.norm[seat[1] :])) is None
        ):
            # ("In Islamabad, the army claimed ...": the army of the capital the statement was made in, not
            # the army quoted before)
            found = resolve_side(dataclasses.replace(found, side=None), None, None, self.lexicon, seat[2])
        if found is not None and found.kind == "unnamed":
            # "officials said", "sources said": the outlet's own telling, which the body's named
            # voices detail; only a reply they tell hands its fire to them (``_source_of_previous``)
            found = None
        if found is not None:
            return found
        if closing is not None:
            # '"Units fired at our posts. Our units responded," the ministry said.': the speaker
            # is named where the quotation ends.
            ahead = find_attribution(closing.norm[closing.norm.rfind('"') :], self.tracker)
            if ahead is not None:
                return ahead
        unknown = _UNKNOWN_SPEAKER.match(sentence.norm) if named_none else None
        if unknown is not None and not _NOT_A_SUBJECT.match(unknown.group("who")):
            who = " ".join(unknown.group("who").replace('"', "").replace(",", "").split())
            if len(who.split()) >= 2 and (self.tracker.current is None or self.tracker.current.side != "media"):
                # a new voice, named by words the rules do not know: not the party quoted last
                speaker = Attribution(" ".join(who.split()[:8]), self._side_of_subject(who), "official")
                self.tracker.current = speaker
                return speaker
        if _OUTLET_NOTES.match(sentence.norm):
            self.tracker.current = self.tracker.media()
            return self.tracker.current
        if _UNSOURCED_REPORTS.match(sentence.norm):
            # "Reports of heavy firing have come in from A, B and C": the outlet's gathering, not the
            # voice it quoted last
            return self.tracker.media()
        current = self.tracker.current or self.default
        if current is self.default and current is not None and self._blames_own_side(sentence.norm, current.side):
            # ("Two civilians were killed in Kotli by Indian shelling" on a page of India's embassy: the page tells the
            # other side's claim, as an outlet does; review46)
            return self.tracker.media()
        back = _TOLD_BACK.search(sentence.norm)
        recap = RECAP.search(sentence.norm) or (
            # (not reported speech: "were told / briefed that X had fired")
            back is not None
            and not SPEECH.search(sentence.norm)
            and not re.search(r"\bthat\b", sentence.norm[: back.start()], re.I)
            # ("..., the ministry said. On Saturday, Israeli troops had shelled X": the voice quoted, telling an
            # earlier day of its own account)
            and not (_DAY_OPENS.match(sentence.norm) and self._tells_opponents_fire(sentence.norm, current))
        )
        other = OTHER_VIOLENCE.match(sentence.norm)
        if (
            other is not None
            and _SEPARATE_INCIDENT.match(sentence.norm)
            and self._tells_opponents_fire(sentence.norm, current)
        ):
            # ("..., an Indian army spokesman said. In a separate incident, a civilian was wounded when ...": the
            # voice quoted goes on with its round-up; "In other violence" is the outlet's own gathering)
            other = None
        if current is not None and (recap or other) and not self._publisher_speaks():
            # "This attack follows a previous incident on July 24, when ...", "The latest violation
            # came hours after ...": a recap of an earlier incident is the outlet's, not the voice
            # it has been quoting
            return self.tracker.media()
        return current or self.tracker.media()

    def _tells_opponents_fire(self, text: str, current: Attribution | None) -> bool:
        """Does the sentence, with no voice of its own, tell fire by the opponent of the party quoted last (so that
        party goes on telling it)? Not a non-state actor's, nor the party's own side's (review47 items 3 and 4)."""
        if current is None or not self.lexicon.is_party(current.side) or SPEECH.search(text):
            return False
        if _NON_STATE_ACTOR.search(text):
            return False
        accused = find_accused(text, self.lexicon, current.side)
        if accused is None and _PRONOUN_ACTOR.search(text):
            return True  # ("On Saturday, they had shelled Chinari": the side the voice blamed before)
        return accused == self.lexicon.opponent(current.side)

    def _blames_own_side(self, text: str, side: str | None) -> bool:
        """Does the sentence name fire of ``side`` only (its words of that party and of no other party)?"""
        names = self.lexicon.party_names
        if side is None or names is None:
            return False
        sides = {self.lexicon.side_of(m.group(0)) for m in names.finditer(text)}
        return sides == {side} and _FIRE_OF_SIDE.search(text) is not None

    def _side_of_subject(self, who: str) -> str | None:
        """The side a speaking noun phrase names: by a joined word ("Moscow-appointed governor",
        "authorities in the Russian-occupied territories"), else by its first word ("Thai officials");
        a party word further in says where, not whose ("officials in the Ukrainian territories")."""
        joined = re.search(r"\b([A-Z][\w'’]*)-(?:appointed|installed|backed|occupied|controlled|held|led)\b", who)
        if joined is not None:
            return side_word(joined.group(1), self.lexicon)
        first = who.split()[0]
        return side_word(first, self.lexicon) if first.lower() != "the" else side_word(who.split()[1], self.lexicon)

    def _voice_of_the_place_clause(self, text: str) -> Attribution | None:
        """ "The rebels said they pushed back government forces around X, where Kiev said a unit had come
        under mortar fire": the fire is told in the clause about the place, in that clause's voice."""
        cut = _WHERE_A_VOICE.search(text)
        if cut is None:
            return None
        if classify(text[: cut.start()], self.lexicon).event or not classify(text[cut.end() :], self.lexicon).event:
            return None
        found = find_attribution(text[cut.end() :], self.tracker, update=False)
        if found is None or not self.lexicon.is_party(found.side):
            return None
        return find_attribution(text[cut.end() :], self.tracker)

    def _publisher_speaks(self) -> bool:
        """Is the text a party's own page (its unattributed words are that party's)?"""
        return self.default is not None and self.default.side not in (None, "media")

    def _two_voices(self, sentence: Sentence) -> tuple[Sentence, Sentence] | None:
        """ "A's ministry accused B's troops of shelling X, while B's army said A's soldiers fired at Y":
        two sides' accounts in one sentence, each read as a sentence of its own."""
        cut = _WHILE_A_VOICE.search(sentence.norm)
        if cut is None:
            return None
        if any(m.precision != "day" for m in self._find_dates(sentence.norm, self.date_ctx)):
            return None  # "A accused B of a build-up in August, while B accused A of ...": a recap, read whole
        first, second = sentence.norm[: cut.start()], sentence.norm[cut.end() :]
        one = find_attribution(first, self.tracker, update=False)
        other = find_attribution(second, self.tracker, update=False)
        if one is None or other is None or not self.lexicon.is_party(one.side) or not self.lexicon.is_party(other.side):
            return None
        if one.side == other.side:
            return None
        return (
            Sentence(sentence.index, sentence.text[: cut.start()], first),
            Sentence(sentence.index, sentence.text[cut.end() :], second),
        )

    def _while_clauses(self, sentence: Sentence) -> tuple[Sentence, Sentence] | None:
        """ "a Russian drone hit a substation in the Sumy region overnight, while an artillery strike damaged
        a power line in Nikopol", "authorities imposed a blackout in Srinagar, while firing was reported in
        Rajouri": two clauses, each with its own place, are read apart (the second tells fire of its own),
        so that a region named in one is not taken for the other's and a place where nothing was fired on
        is no incident's."""
        another = _SEMICOLON_ANOTHER.search(sentence.norm)
        if another is not None:
            # ("Rangers opened fire in Kathua, wounding two; separately, three militants were killed in a gun
            # battle in Pulwama": two incidents, the second of its own kind, read apart)
            first, second = sentence.norm[: another.start()] + ".", sentence.norm[another.end() :]
            return Sentence(sentence.index, sentence.text, first), Sentence(sentence.index, sentence.text, second)
        cut = _WHILE_CLAUSE.search(sentence.norm)
        if cut is None or _WHILE_CLAUSE.search(sentence.norm, cut.end()) is not None:
            return None
        first, second = sentence.norm[: cut.start()], sentence.norm[cut.end() :]
        if not classify(second, self.lexicon).event:
            return None
        told_first = [m for m in self.places(first) if not m.origin]
        if not told_first or not any(not m.origin for m in self.places(second)):
            return None
        if find_casualties(first) or (classify(first, self.lexicon).event and any(m.specific for m in told_first)):
            # ("ten were injured in Uri sector, while three others were injured in B": figures place by place,
            # read whole)
            return None
        # (a voice closing the sentence, "..., the ministry said.", tells the first clause too)
        closing = CLOSING_VOICE.search(second)
        if closing is not None and find_attribution(first, self.tracker, update=False) is None:
            first = first + closing.group(0)
        else:
            first = first + "."
        # (each clause keeps the whole sentence as its evidence)
        return Sentence(sentence.index, sentence.text, first), Sentence(sentence.index, sentence.text, second)

    def _item_heading(self, sentence: Sentence) -> bool:
        """ "• Ban Khlong Phaeng, Ta Phraya district:" (a bulleted place closed by a colon): the lines
        after it tell what happened there, so fire they tell without a place of its own is there."""
        text = sentence.norm.strip()
        if not (text.endswith(":") and _BULLET.match(text)):
            return False
        mention = place_line(text, self.gazetteer, lexicon=self.lexicon, near=self.near)
        if mention is None:
            return False
        self.item = (mention, sentence.index)
        self.list_announced, self.listing, self.in_claim = False, None, False
        return True

    def _item_place(self) -> PlaceMention | None:
        """The place of the bulleted item being read, if its heading is at most a few lines back."""
        if self.item is None or not 0 < self.reading_at - self.item[1] <= _ITEM_LINES:
            return None
        return self.item[0]

    def _listed_place(self, sentence: Sentence) -> bool:
        """ "clashes resumed at the following locations:" then one line per place: each line is a
        place of the claim being read; the list replaces the regions the claim named before it."""
        claim = self.current
        if not (self.list_announced or self.listing is not None) or claim is None:
            return False
        mention = place_line(sentence.norm, self.gazetteer, lexicon=self.lexicon, near=self.near)
        if mention is None or (self.listing is None and claim.sentences[-1].index < sentence.index - _SAME_STORY):
            self.listing = None
            return False
        if self.listing is not claim:
            claim.places, claim.per_place, self.listing = [], {}, claim
        if not any(_same_place(mention, known) for known in claim.places):
            claim.places.append(mention)
            claim.add_evidence("place", sentence)
        return True

    def read_heading(self, sentence: Sentence) -> None:
        found = heading_attribution(sentence.norm, self.tracker)
        if found is not None:
            self.default = found
        following = self.doc.sentences[sentence.index + 1] if sentence.index + 1 < len(self.doc.sentences) else None
        header_bar = following is not None and is_breadcrumb(following.text) and is_bare_date(sentence.text)
        # ("IN DATES / January 24, 2010 / ... / January 29, 2010 / ...": a timeline's entries, not the report's dateline)
        timeline = is_bare_date(sentence.text) and self._bare_dates_on_top() >= 2
        if timeline:
            # ("January 24, 2010 / Cambodian and Thai troops exchange fire near X."): the entry right after the
            # date, told in the present, is of that day
            day = next((m.date for m in find_dates(sentence.norm, None) if m.kind == "explicit" and m.date), None)
            around = [
                self.doc.sentences[i]
                for i in (sentence.index - 1, sentence.index + 1)
                if 0 <= i < len(self.doc.sentences)
            ]
            if (
                day is not None
                # (not a page's "published" and "updated" dates one above the other, nor a day after publication)
                and not any(is_bare_date(s.text) for s in around)
                and not (self.published is not None and day > self.published)
            ):
                self.date_ctx, self.date_precision = day, "day"
                self.current, self.timeline_entry = None, sentence.index + _TIMELINE_ENTRY
        if self.published is None and not header_bar and not timeline:
            # A dateline ("September 27, 2020 - 10:36") dates the report when nothing else does;
            # without a publication date a calendar date resolves only when it has its year. (Not a
            # date above the site's breadcrumb: the day the page was shown.)
            for mention in find_dates(sentence.norm, None):
                if mention.kind == "explicit" and mention.date is not None:
                    self.published = mention.date
                    self.doc.warnings.append(
                        f"No publication date was given; the dateline {sentence.text[:40]!r} was used ({self.published})."
                    )
                    break

    def _bare_dates_on_top(self) -> int:
        """How many of the text's first lines are a date alone (counted once, not at every heading)."""
        if self.bare_dates is None:
            self.bare_dates = sum(is_bare_date(s.text) for s in self.doc.sentences[:_TIMELINE_LINES])
        return self.bare_dates

    def _find_dates(self, text: str, context: dt.date | None = None) -> list[DateMention]:
        return find_dates(text, self.filed_on or self.published, context, self.year_of)

    def _past_midnight(self, time: tuple[int, int, int]) -> DateMention | None:
        """ "Later, at around 8.50pm, ... At 2.50am, troops at X reported an explosion": a small-hours
        time told after an evening one, with no day of its own, is the next day (the account runs
        on past midnight)."""
        start, end, hour = time
        if self.clock is None or self.date_ctx is None or self.date_precision != "day":
            return None
        day, last = self.clock
        if day != self.date_ctx or last < 18 or hour >= 6:
            return None
        if self.published is not None and day >= self.published:
            return None  # (a report of that day tells no morning after it: "stopped at 3am" is the night's)
        return DateMention(start, end, "", "next", day + dt.timedelta(days=1), "day")

    def is_background(self, sentence: Sentence, chosen: DateMention | None, background_words: bool) -> bool:
        if background_words:
            return True
        if chosen is None or chosen.date is None or self.published is None:
            return False
        age = self.published - chosen.date
        if chosen.precision == "year":
            return chosen.date.year < self.published.year
        if chosen.precision == "month":
            # ("A string of clashes along the LoC last month marked the worst violations ...": in a story already
            # on a day, last month is a recap)
            # (not a voice's own account of it: "Separately, the army said two soldiers were killed ... last month")
            if (
                chosen.kind == "last_month"
                and self.date_ctx is not None
                and self.date_precision == "day"
                and _VOICE_VERB.search(sentence.norm) is None
            ):
                return True
            return age > dt.timedelta(days=2 * BACKGROUND_DAYS)
        # ("On October 2, militants began shelling the centre of X": an older incident told with its calendar day,
        # not "has violated the ceasefire since August 5 last year", a span's start)
        if chosen.kind == "explicit" and chosen.precision == "day" and not since_told(chosen, sentence.norm):
            return age > dt.timedelta(days=_OLD_DAY_NAMED)
        return age > dt.timedelta(days=BACKGROUND_DAYS)

    def read(self, sentence: Sentence) -> None:
        text = sentence.norm
        if self.looked_back is not None and self.looked_back[0] != sentence.index:
            if not _TOLD_JUST_BEFORE.search(text):
                # ("In that shelling, two civilians were injured": the look back goes on, on its day)
                _, self.date_ctx, self.date_precision = self.looked_back
                # ("This comes two days after X was killed in shelling. Pakistani troops also shelled A": the
                # text is back on its day; what it tells next is no part of the incident recalled, unless it
                # goes on about it: "This resulted in multiple fatalities")
                if (
                    RECAP.search(self.doc.sentences[self.looked_back[0]].norm)
                    and self.current is not None
                    and not _GOES_ON_ABOUT_IT.match(text)
                    and self.current.sentences
                    and self.current.sentences[-1].index == self.looked_back[0]
                ):
                    self.current, self.in_claim = None, False
            self.looked_back = None
        self.reading_at = sentence.index
        if self.timeline_entry is not None and (sentence.index > self.timeline_entry or _RELATIVE_DAY.search(text)):
            # (past a timeline's entry, or at a day counted from the report's: its date is no longer the text's)
            self.date_ctx, self.timeline_entry = None, None
        if self._item_heading(sentence):
            return
        if self._listed_place(sentence):
            return
        self.list_announced = text.rstrip().endswith(":")
        if sentence.caption:
            self.in_claim = False
            return
        if sentence.heading:
            self.read_heading(sentence)
            self.in_claim = False
            return
        if (
            self.in_claim
            and self.current is not None
            and self.current.sentences
            and self.current.sentences[-1].index == sentence.index - 1
            and _CONDITION_OF_THE_HIT.match(text)
        ):
            # ("... a serviceman was shot near X. His health condition is assessed as medium severity. This is stated
            # in the report of the ministry.": the one hit, told on; the claim goes on to its voice)
            self.current.add(sentence)
            return
        halves = self._two_voices(sentence)
        if halves is not None:
            self.two_voiced.add(sentence.index)
            for half in halves:
                self.read(half)
            return
        clauses = self._while_clauses(sentence)
        if clauses is not None:
            before = len(self.claims)
            self.read(clauses[0])
            self._apart_from = self.current if len(self.claims) > before else None
            self.read(clauses[1])
            self._apart_from = None
            return
        if _SAYS_NOTHING.search(text):
            return  # "The Israeli army has not yet claimed responsibility for the attacks": no one's claim
        denial = find_denial(text, self.tracker)
        trailing = _AND_DENIED.search(text) if denial is not None else None
        if (
            denial is not None
            and trailing is not None
            and not is_denial(text[: trailing.start()])
            and classify(text[: trailing.start()], self.lexicon).event
        ):
            # "Azerbaijan's defence ministry said Armenian forces fired mortars at its positions in Kalbajar, and
            # denied opening fire first": the claim, then its speaker's denial of the other side's account; the
            # claim is read, the denial kept as the speaker's answer
            cut = trailing.start()
            self.read(Sentence(sentence.index, sentence.text[:cut] + ".", text[:cut] + "."))
            if self.current is not None and self.lexicon.is_party(self.current.speaker.side):
                speaker_side = self.current.speaker.side
                denial = Denial(
                    text, self.current.speaker.claimant, speaker_side, self.lexicon.opponent(speaker_side), named=True
                )
            self.denials.append((denial, sentence))
            return
        if denial is not None:
            previous = self.denials[-1] if self.denials else None
            if (
                previous is not None
                and not denial.named
                and self.lexicon.is_party(previous[0].denier_side)
                and (previous[1].index == sentence.index - 1 or denial.denier_side in (None, previous[0].denied_side))
            ):
                # ("X's statement is untrue, a spokesperson for Armenia's ministry told TASS. 'We strongly refute
                # the statement,' the spokesperson insisted": the same denier goes on; a denier not named, after
                # the side it denied spoke again, is the one that denied it before)
                denial = dataclasses.replace(previous[0], sentence=denial.sentence)
            self.denials.append((denial, sentence))
            self.in_claim = False
            self.read_counter_claim(sentence, denial)
            if self.lexicon.is_party(denial.denier_side) and _PRONOUN_NEXT.search(self._next_text(sentence)):
                # "X denied the reports. On the contrary, it said, ...": the denier goes on speaking
                self.tracker.current = Attribution(denial.denier, denial.denier_side, "ministry")
            return
        self._day_of_the_told_round(sentence)
        self._day_of_the_told_incident(sentence)
        if self._told_incident_set_amid(sentence):
            self.in_claim = False
            return
        if _SOURCE_OF_PREVIOUS.match(text):
            self._date_by_bulletin(sentence)
            if self._source_of_previous(sentence):
                return
        if self._blame_of_previous(sentence):
            return
        speaker_before = self.tracker.current
        speaker = self.speaker(sentence)
        if _CLAIMED_RESPONSIBILITY.match(text):
            # "Hezbollah claimed responsibility for the attacks": an admission, not the voice of
            # what the report tells next
            self.tracker.current = speaker_before
        mentions = self._find_dates(text, self._counted_from(sentence))
        chosen = self._said_on(sentence, pick_date(mentions, text))
        chosen = self._past_day_statement(text, mentions, chosen)
        chosen = self._in_statement_frame(text, mentions, chosen)
        chosen = self._day_inside_the_quote(sentence, mentions, chosen)
        chosen = self._today_of_yesterdays_quote(sentence, chosen)
        times = clock_times(text)
        if (chosen is None or chosen.date is None) and times:
            chosen = self._past_midnight(times[0]) or chosen
        if (
            chosen is not None
            and chosen.date is not None
            and self.date_ctx is not None
            and self.date_precision == "day"
            and chosen.date < self.date_ctx
            and in_motive(chosen, text)
        ):
            self.motive_day = (sentence.index, chosen)  # (the day of the places only the motive names: read_event)
            chosen = None  # the day of the earlier event the told one answers: the text's day stays
        if (
            chosen is not None
            and chosen.date is not None
            and self.date_ctx is not None
            and chosen.date - self.date_ctx == dt.timedelta(days=1)
            and continues_into(chosen, text)
        ):
            chosen = None  # "... came under fire on Monday evening. The fighting continued into Tuesday.": Monday's
        if (
            chosen is not None
            and chosen.kind == "ongoing"
            and self.in_claim
            and self.current is not None
            and self.current.date is not None
        ):
            # "... opened fire on Sotk late on Saturday. Positions near Sotk are being subjected to fire,
            # it said": the claim told goes on, on its day (a quote too: "They are targeting homes")
            chosen = None
        self.read_as[sentence.index] = (speaker, chosen, self.date_ctx, self.date_precision)
        if chosen is not None and chosen.kind == "vague" and _MONTH_ALONE.search(chosen.text):
            # ("... in Gurez sector on Wednesday. One porter was killed in firing in Keran area in March.": a
            # month, or "earlier in the week", the text gives no day of is another time than the claim's; it
            # does not go on with it)
            self.in_claim = False
        signals = classify(text, self.lexicon)
        self.signals[sentence.index] = signals
        self.classified = (text, signals)
        if (
            self.is_background(sentence, chosen, signals.background)
            or (chosen is None and self.background_at == sentence.index - 1 and _TELLS_ON.match(text))
            # ("To recap, units of the Armenian armed forces carried out large-scale provocations along the
            # border in Dashkasan": an earlier incident told again; with no day of its own, not today's)
            or (chosen is None and _RECAP_OPENS.match(text) is not None)
            # ("a commander killed last month in Syria in an attack blamed on Israel": another war's news)
            or (signals.event and self._told_abroad(text))
            # ("Tensions between India and China have risen after a violent clash in Ladakh": another pair's)
            or (signals.event and other_pair(text, self.gazetteer, self.lexicon))
        ):
            # "On 12 July, forces shelled X. The attack killed 12.": the next sentence about a
            # background attack is background too.
            if signals.event and not signals.background:
                self.old_events.append(sentence.text)
            self.background_at = sentence.index
            self.in_claim = False
            return
        if not signals.event:
            self._past_day_of_said_claim(sentence, speaker, chosen)
        part = part_of_day(text)
        motive = told_before_motive(text)
        answered = motive is not None and _LOSSES_OF_THE_ANSWERED.search(text, motive) is not None
        # ("... carried out strikes to avenge the attack in Pahalgam that had left 26 civilians dead": the
        # dead of what the fire answered are not its own; "... in retaliation for rocket fire, and killed two
        # people" are)
        casualties = find_casualties(text[:motive] if answered and motive is not None else text)
        reply = _LOSSES_OF_THE_REPLY.search(text) if casualties else None
        if (
            reply is not None
            and self.lexicon.is_party(speaker.side)
            and side_word(reply.group("who"), self.lexicon) == speaker.side
        ):
            # "A Pakistani Ranger was killed and another injured in retaliatory firing by Indian troops after heavy
            # shelling by Pakistani forces, the BSF said": the losses the claimant's own reply caused, not the
            # claim's victims (the other side's reply is the claim: "Two civilians were killed in retaliatory firing
            # by Indian troops, the ISPR said")
            start, end = reply.span("clause")
            casualties = find_casualties(text[:start] + " " * (end - start) + text[end:])
        dated = chosen is not None and chosen.date is not None
        self.day_before = (self.date_ctx, self.date_precision)  # the day the text was on before this sentence
        if (
            dated
            and chosen is not None
            and (
                signals.event
                or signals.weak
                or casualties
                or _date_alone(text, chosen)
                or _VIOLATIONS_LOGGED.search(text)
            )
            and not (chosen.precision in ("week", "month", "year") and self.date_precision == "day")
            # ("... have downgraded diplomatic relations since Wednesday": a span's start up to now, no day the
            # next sentences' incidents are on)
            and not (self.date_ctx is None and chosen.text.lower().startswith("since") and not self.claims)
            # ("Despite a 30-hour ceasefire starting on Saturday evening, both sides reported attacks": the truce's
            # start, no day the next sentences are on)
            and not truce_start(chosen, text)
        ):
            # ("in 2020 so far", "during the past week": a vaguer time does not move a text that is on a day)
            # Only a sentence about an incident (or the setting of one, below) moves the day the text
            # is on: "on Saturday the army accused Israel of delaying" does not.
            if (
                self.date_ctx is not None
                and self.date_precision == "day"
                and chosen.date is not None
                and chosen.date < self.date_ctx
                # ("This comes two days after a head constable was killed in shelling": a recap, too)
                and (_LOOKS_BACK.search(text) is not None or RECAP.search(text) is not None)
            ):
                # "On Saturday, he had already agreed to the truce, while accusing Moscow of attacks": a
                # look back from the day the text is on; the sentences after it are on that day again
                self.looked_back = (sentence.index, self.date_ctx, self.date_precision)
            self.date_ctx, self.date_precision, self.date_sentence = chosen.date, chosen.precision, sentence
            self.date_kind = chosen.kind
        if times and self.date_ctx is not None and self.date_precision == "day":
            self.clock = (self.date_ctx, times[-1][2])
        if signals.negated:
            self.in_claim = False
            return
        if (
            not signals.event
            and casualties
            and OTHER_VIOLENCE.match(text)
            and _VIOLENT.search(text)
            and not _NOT_VIOLENT.search(text)
            and any(m.place is not None and m.place.kind != "border" for m in self.places(text))
        ):
            # "In other violence, city authorities said five civilians were killed in Lugansk": losses
            # told as another incident, at a place, are one without a word for the fire
            signals = dataclasses.replace(signals, event=True)
        if signals.retaliation and self._reply_of_the_other_side(text, speaker):
            signals = dataclasses.replace(signals, retaliation=False)
        if (
            signals.retaliation
            and not (casualties and _REPLY_TOLD_AFTER.search(text))
            # (a reply with losses and no claim to belong to, in the outlet's voice, is told as fire of
            # its own: "Israel responded with strikes in southern Lebanon, killing three Hizbullah
            # fighters"; a party telling its own reply tells no claim: "The IDF said it responded ...")
            and not (
                casualties
                and not (self.in_claim and self.current is not None)
                and not (self.lexicon.is_party(speaker.side) and tells_own_fire(text))
            )
        ):
            # ("One soldier was wounded in X, the army said, before troops returned fire": the loss
            # is told first, the reply after it; read as the loss)
            self.reply_at = sentence.index
            if self.current is not None and self.in_claim:
                self.current.add(sentence)
                # ("The BSF retaliated, and the exchange, which started at X village in the sector, ...":
                # where the reply was is where the fire it answered was)
                _refine_to_settlement(self.current, self.places(text), sentence)
                if self.current.speaker.side == "media" and speaker is not speaker_before:
                    # "... shelled posts in Poonch. Indian troops retaliated strongly, officials said.":
                    # who tells the reply told the fire it replied to
                    self._source_of_previous(sentence, only_current=True)
            return
        if _INCIDENT_OCCURRED.match(text) and chosen is not None and _PLACE_DESCRIBED_BY.search(text, 0, chosen.start):
            # "The incident took place near the village of X, where the army said it had found explosives
            # on Monday": the clause tells of the place; its day is not the incident's
            chosen = None
            self.date_ctx, self.date_precision = self.day_before
        if _INCIDENT_OCCURRED.match(text) and self._locate_told_incident(sentence, chosen):
            return
        if (
            not signals.event
            and self.in_claim
            and self.current is not None
            and self.current.sentences[-1].index == sentence.index - 1
            and _LOSSES_PLACED.search(text)
        ):
            # "Six servicemen were wounded as militants launched attacks on army positions. According
            # to the ministry's spokesman, all the soldiers were injured in the town of X": where
            # the losses just told were, and who tells it
            self._place_and_date(self.current, sentence, chosen)
            if self.current.speaker.side == "media" and speaker is not speaker_before:
                self._source_of_previous(sentence, only_current=True)
            return
        if (
            not signals.event
            and self.current is not None
            and not self.current.places
            and self.current.sentences[-1].index >= sentence.index - 2
            and _WEAPON_FOUND_AT.search(text)
        ):
            # "... two Katyusha rockets fired from southern Lebanon landed in open areas. Police said that one of
            # the rockets was located near Nahariya": where the fire just told fell
            self._place_and_date(self.current, sentence, None)
            if self.current.speaker.side == "media" and speaker is not speaker_before:
                self._source_of_previous(sentence, only_current=True)
            return
        if (
            not signals.event
            and self.in_claim
            and self.current is not None
            and self.current.sentences[-1].index == sentence.index - 1
            and _VICTIMS_NAMED.match(text)
        ):
            # "Four soldiers were killed ... near X. According to the Ministry of Defense, they are A (b. 1974) and B
            # (b. 1982).": who names the dead tells of them
            self.current.add(sentence)
            if self.current.speaker.side == "media" and speaker is not speaker_before:
                self._source_of_previous(sentence, only_current=True)
            return
        # ("The attack in the hamlet of X ... was the most significant violation this year": the incident just told,
        # placed and ranked)
        if (not signals.event or signals.background) and self._incident_placed_later(sentence):
            return
        if (
            self.current is not None
            and _INCIDENT_OCCURRED.match(text)
            and (
                self.in_claim
                # ("Indian forces recently fired on a helicopter inside Azad Kashmir. The chopper was carrying the
                # prime minister. The incident took place on September 30": the day of the claim just told, which
                # its own sentence did not give, a sentence of setting between)
                or (
                    self.current.sentences[-1].index >= sentence.index - 2
                    and not any(
                        m.kind in ("explicit", "weekday")
                        for own in self.current.sentences
                        if own.text in self.current.evidence.get("date", [])
                        for m in self._find_dates(own.norm)
                    )
                    and chosen is not None
                    and chosen.date is not None
                    and chosen.kind == "explicit"
                )
            )
        ):
            self._place_and_date(self.current, sentence, chosen)
            # ("The firing occurred in X, where a soldier was killed": the losses it tells are the claim's)
            self.current.add_casualties(casualties.killed, casualties.wounded, sentence)
            if self.current.speaker.side == "media" and speaker is not speaker_before:
                # ("A soldier died in a shootout on the border. According to the ministry, the shootout took
                # place at X": who places it told it)
                self._source_of_previous(sentence, only_current=True)
            return
        responsible = _CLAIMED_RESPONSIBILITY.match(text)
        if responsible is not None and self.current is not None and self.in_claim:
            side = self.lexicon.side_word(responsible.group("actor"))
            if side is not None and self.current.speaker.side != side:
                # the claim just told was that side's attack; its taking responsibility is no claim of its own
                if self.current.accused is None:
                    self.current.accused = side
                    self.current.summary_only = False
                    self.current.add_evidence("accused_side", sentence)
                self.current.add(sentence)
                return
        if signals.event and _BOTH_BLAME.search(text) and self._read_both_accounts(sentence, chosen):
            return
        if casualties and not dated and self._losses_of_the_told_clash(sentence, casualties):
            return
        if not signals.event and _ISSUED_BY.match(text) and self.current is not None:
            # ('"..., killing one citizen," the statement said.' then "The statement was issued by Lebanon's health
            # ministry.": the body named after the quotation told it)
            was_in_claim, self.in_claim = self.in_claim, True
            if not self._source_of_previous(sentence, only_current=True):
                self.in_claim = was_in_claim
            return
        if signals.event or (signals.weak and self.current is not None and self.in_claim):
            self.read_event(sentence, speaker, chosen, part, casualties, weak_only=not signals.event)
            return
        # (a teller closing a sentence that names a place leaves it to the claim it tells of)
        losses = own_losses(text, self.lexicon, closing_teller=not any(m.specific for m in self.places(text)))
        teller = find_attribution(text, self.tracker, update=False) if casualties and not losses else None
        if (
            teller is not None
            and teller.side is not None
            and self.lexicon.is_party(teller.side)
            # (opening the sentence, or closing it: '"four soldiers were killed", according to the ministry')
            and (teller.start < 80 or len(text) - teller.start < 80)
        ):
            # ("General X, the Thai army commander, said five Thai troops were wounded": its own losses)
            counted = losses_told_by(text, teller.side, teller.start, self.lexicon)
            if (
                counted is None
                and teller.start < 80
                and self.in_claim
                and self.current is not None
                and self.current.speaker.side != teller.side
            ):
                # ("The IDF said it struck a facility. Lebanon's National News Agency said two people were
                # wounded in Markaba.": losses a party tells after the other side's claim are its own people's)
                counted = casualties
            losses = [(teller.side, counted)] if counted is not None else losses
        if (
            losses
            and len(losses) == 1
            and self.in_claim
            and self.current is not None
            and self.current.speaker.side == "media"
            and self.current.accused not in (None, losses[0][0])
            and not dated
            and not any(m.specific for m in self.places(text))
            # (not the accused side's dead, "Two Pakistani soldiers were killed in retaliatory fire": review47 item 9)
            and not _REPLY_WORD.search(text)
            and not any(
                self.lexicon.side_word(w.group(0)) == self.current.accused for w in _CAPITAL_WORD.finditer(text)
            )
            and self._source_of_previous(sentence, only_current=True)
        ):
            # ("Pakistani troops shelled villages in Uri on Tuesday. Two civilians were injured, an Indian army
            # spokesman said."): the side hit tells its losses of the fire just told, and so tells that fire
            self.current.add_casualties(losses[0][1].killed, losses[0][1].wounded, sentence)
            return
        if losses and not (
            self.in_claim and self.current and all(side == self.current.speaker.side for side, _ in losses)
        ):
            for side, counted in losses:
                self.pending_losses.append((side, self.date_ctx, counted.killed, counted.wounded, sentence))
                if not any(c.speaker.side == side for c in self.claims):
                    # a side's losses that no claim of its own tells yet: a claim against the other
                    # side, should none come (pipeline drops it when one does)
                    self.own_losses.append((side, chosen if dated else None, counted, sentence))
            self.in_claim = False
            return
        if casualties and self.in_claim and self.current is not None and self._hits_the_accused(text, self.current):
            # "Pakistan Army befittingly responded and killed three Indian troops": the losses of the
            # side the claim blames are the reply's, not the claim's victims
            self.current.add(sentence)
            return
        if casualties and self.in_claim and self.current is not None:
            told = self.current
            places = self.places(text)
            own_figures = _places_with_own_figures(text, places, casualties)
            elsewhere = own_figures or [m for m in choose_places(places) if m.specific]
            if (
                dated
                and chosen is not None
                and chosen.precision == "day"
                and told.date is not None
                and chosen.date != told.date
                and not is_statement_day(chosen, text)
            ):
                # "... a boy was martyred in Neelum Valley on Wednesday. On Tuesday, two persons were
                # martyred in Neelum Valley, while eight were injured in Nauseri": losses on a day of
                # their own are that day's incidents, not more of the claim's
                at = (
                    _places_with_own_figures(text, places, casualties)
                    or choose_places(places)
                    # ("In another disputed area on Saturday, a sergeant was hurt": not the place told before)
                    or ([] if _ANOTHER_PLACE.search(text) else list(told.places))
                )
                claim = self._new_claim(
                    sentence, told.speaker, chosen.date, chosen.precision, part_of_day(text), at, None, told.accused
                )
                claim.add_casualties(casualties.killed, casualties.wounded, sentence)
                if len(at) > 1:
                    figures = per_place_casualties(text, [(m.start, m.end) for m in at])
                    if figures is not None:
                        claim.per_place = {m.key: f for m, f in zip(at, figures)}
                return
            # ("... in Russia's Belgorod border region, the governor said. The mayor of Gorlovka said two
            # civilians had been wounded": another voice's losses at a place of their own)
            own_voice = find_attribution(text, self.tracker, update=False)
            other_voice = own_voice is not None and not _same_speaker(own_voice, told.speaker)
            if (
                (
                    told.places
                    or (
                        other_voice
                        and told.region is not None
                        and told.region.place is not None
                        and not _PARTITIVE.search(text)
                        and not any(in_region(m, told.region) for m in elsewhere)
                    )
                    or beyond_town_district(told.region, elsewhere)  # (a loss 90 km from the district told)
                )
                and elsewhere
                and not _settlement_in_sector(told, places)
                and _village_of_a_sector(told, places, text) is None
                and not any(_same_place(m, k) for m in elsewhere for k in told.places)
            ):
                # "Near A, the enemy fired mortars. One soldier was wounded near B.": a loss at another
                # place is that place's incident, told by the same voice on the same day (or by the
                # party the sentence names: "..., the Thai army said")
                own = own_voice
                voice = speaker if own is not None and self.lexicon.is_party(own.side) else told.speaker
                if own is not None and other_voice and not self.lexicon.is_party(own.side):
                    # (an office named without its side: of the side its losses show, opposite the one blamed)
                    voice = resolve_side(own, told.accused, self.doc.url, self.lexicon, self.filed_in)
                claim = self._new_claim(
                    sentence,
                    voice,
                    told.date,
                    told.precision,
                    part_of_day(text),
                    elsewhere,
                    None,
                    told.accused,
                    dated=False,
                )
                claim.add_casualties(casualties.killed, casualties.wounded, sentence)
                if len(elsewhere) > 1:
                    # ("X was injured in A and Y was injured in B": each place its own figure)
                    figures = per_place_casualties(text, [(m.start, m.end) for m in elsewhere])
                    if figures is not None:
                        claim.per_place = {m.key: f for m, f in zip(elsewhere, figures)}
                return
            if told.date is None and told.day_unknown and dated and chosen is not None and chosen.precision == "day":
                # ("The incident comes after a week-long attack on X. On Wednesday, two soldiers were killed": the
                # day its losses are told with is the earlier attack's day)
                told.evidence.pop("date", None)
                told.date, told.precision, told.day_unknown = chosen.date, chosen.precision, False
                told.add_evidence("date", sentence)
            told.add_casualties(casualties.killed, casualties.wounded, sentence)
            if (
                told.speaker.side == "media"
                and speaker is not speaker_before
                and self.lexicon.is_party(speaker.side)
                and speaker.side != told.accused
            ):
                # "Indian forces resorted to unprovoked firing in X sector. According to ISPR, a citizen
                # was martyred and a woman injured": the party that tells the losses told the attack
                self._source_of_previous(sentence, only_current=True)
            if not any(m.specific for m in told.places) and own_figures:
                # "Four civilians were killed, the military said. Three were killed in the Nakyal region,
                # while a fourth died in the Baghsar area": the total told first, place by place
                figures = per_place_casualties(text, [(m.start, m.end) for m in own_figures])
                if figures is not None:
                    told.places = own_figures
                    told.per_place = {m.key: f for m, f in zip(own_figures, figures)}
                    told.add_evidence("place", sentence)
                    return
            if not any(m.specific for m in told.places) and len(elsewhere) == 1:
                # "clashes in Surin province ... One soldier was injured in the X area of Surin province":
                # the one place the loss names is where the claim's clash was
                told.places = elsewhere
                told.add_evidence("place", sentence)
                return
            listed = [m for m in choose_places(elsewhere) if m.specific and m.group is not None]
            if (
                not any(m.specific for m in told.places)
                and 1 < len(listed) <= _MAX_LOSS_PLACES
                and len({m.group for m in listed}) == 1
            ):
                # "Indian shelling injured five people. A, 45, was injured in X village, B, 40, in Y and C, 13, in Z.":
                # the list of where the losses were is where the claim's fire fell, each place a claim
                told.places = listed
                told.add_evidence("place", sentence)
                return
            _refine_to_settlement(told, places, sentence)
            # (in the losses' own clause: not "a unit based in the Golan Heights area", "..., and residents of the
            # Galilee region were told")
            areas = {
                m.key: m
                for m in places
                if not m.specific
                and not m.origin
                and m.place is not None
                and _LOSS_CLAUSE_BEFORE.search(text, max(0, m.start - 160), m.start)
            }
            if (
                not told.places
                and (told.region is None or _on_the_line(told.region))
                and len(areas) == 1
                and not _on_the_line(next(iter(areas.values())))
            ):
                # ("... border explosion injures 2 soldiers" then "Two soldiers were injured when a bomb went off in
                # the Har Dov region": the one area the losses' sentence names is where the claim's blast was)
                told.region = next(iter(areas.values()))
                told.add_evidence("place", sentence)
            return
        places = self.places(text)
        current = self.current
        if self.in_claim and current is not None and _same_speaker(current.speaker, speaker) and announces_places(text):
            # "... four were injured in A and two in B. The affected villages included A, C and D.":
            # every village of the list is a place of the claim just told (C and D without figures)
            more = [
                m for m in choose_places(places) if m.specific and not any(_same_place(m, k) for k in current.places)
            ]
            if more and (current.places or len(more) > 1):
                current.places.extend(more)
                current.add(sentence)
                current.add_evidence("place", sentence)
                return
        if (
            self.in_claim
            and current is not None
            and _same_speaker(current.speaker, speaker)
            and (_settlement_in_sector(current, places) or _village_of_a_sector(current, places, text) is not None)
        ):
            # "... firing in the Nakyal Sector. X, of village Y, was martyred": the one village the
            # claim's next sentence names lies in its sector, and is where it happened
            _refine_to_settlement(current, places, sentence)
            current.add(sentence)
            return
        if self.in_claim and current is not None and not current.places and _same_speaker(current.speaker, speaker):
            specific = [m for m in choose_places(places) if m.specific]
            if len(specific) == 1:
                # "X violated the ceasefire on Thursday. X's troops then took the village of Z.": the
                # one place of the sentence that goes on with a claim naming none is where it was.
                current.places = specific
                current.add(sentence)
                current.add_evidence("place", sentence)
                return
        if (
            self.in_claim
            and current is not None
            and not current.places
            and current.region is not None
            and speaker.side is not None
            and speaker.side == current.speaker.side
            and _THE_TOLD_FIGHT_WAS_AT.search(text)
            # (of the day told: not "the shoot-outs took place near X last week")
            and (chosen is None or chosen.date == current.date)
        ):
            # "Azerbaijani forces opened fire on positions in the Gegharkunik region, the ministry said." then
            # "The ombudsman said that the shoot-outs were taking place near A and B, two villages in
            # Gegharkunik": another voice of the side places the fight just told
            spots = [m for m in choose_places(places) if m.specific and not m.origin and not m.reference]
            if (
                spots
                and not any(_same_place(m, current.region) for m in spots)
                and all(m.place is None or in_region(m, current.region) for m in spots)
            ):
                current.places = spots
                current.add(sentence)
                current.add_evidence("place", sentence)
                return
        if (
            casualties
            and not signals.event
            and current is not None
            and current.killed is None
            and current.wounded is None
            and current.sentences[-1].index >= sentence.index - 2
            and _DURING_THAT.search(text)
        ):
            # "... an attack took place against the positions. The adversary was pushed back. However,
            # during that attack, two soldiers were killed": the losses of the attack just told
            current.add(sentence)
            current.add_casualties(casualties.killed, casualties.wounded, sentence)
            return
        died = (
            not signals.event
            and current is not None
            and current.wounded is not None
            and current.sentences[-1].index >= sentence.index - 3
            and _DIED_OF_WOUNDS.search(text) is not None
        )
        if died and current is not None and (casualties.killed or (current.wounded == 1 and current.killed is None)):
            # "... inflicting severe injuries on one soldier. The forces did not return fire. The soldier was
            # hospitalized, but died of his wounds": the wounded of the claim just told died ("it was not
            # possible to save the life of the warrior": the one wounded)
            current.add_casualties(casualties.killed or 1, casualties.wounded, sentence)
            return
        if (
            casualties
            and not signals.event
            and not signals.negated
            and current is not None
            and self.lexicon.is_party(current.accused)
            and current.sentences[-1].index >= sentence.index - 3
            and ANOTHER_INCIDENT.match(text)
            and not _NOT_VIOLENT.search(text)  # ("Also in Kotli, a man was injured in a road accident in X village")
            and not (chosen is not None and chosen.date is not None and chosen.date != current.date)
        ):
            # "Two were injured in A village by Indian mortar shells, said X. ... Also in Kotli district, Saima, 10,
            # was injured in B village": more losses of the story's fire, at villages it had not named, told with
            # "also": a claim of their own against the same side
            spots = [m for m in places if m.specific and not m.origin and not m.reference and m.cue in SETTLEMENT_CUES]
            if spots and not any(_same_place(m, k) for m in spots for k in current.places):
                voice = resolve_side(speaker, current.accused, self.doc.url, self.lexicon, self.filed_in)
                claim = self._new_claim(
                    sentence, voice, current.date, current.precision, None, spots, None, current.accused, dated=False
                )
                claim.add_casualties(casualties.killed, casualties.wounded, sentence)
                return
        # (not a loss told with a time the text gives no day of: "One jawan was killed in firing in
        # Krishangati area in June" is no lead of the next sentence's clash)
        if (
            casualties
            and not signals.event
            and not signals.weak
            and not (chosen is not None and chosen.kind == "vague")
        ):
            self.lead_loss = (sentence.index, casualties, chosen.date if chosen is not None else None)
        if signals.symmetric and places:
            # "both sides accused each other of firing first around A and B": where their clash was
            day = chosen.date if chosen is not None and chosen.date is not None else self.date_ctx
            self.clash = (places, sentence, day)
        self.setting = (places, sentence) if places and chosen is not None else None
        situation = _SITUATION.search(text)
        # ("On the night of September 13-14, the situation on the border continued to be tense": the day opening it)
        about_day = (
            situation is not None
            and chosen is not None
            and (
                chosen.start > situation.start()
                or _OPENS_ON_THE.fullmatch(text, chosen.end, situation.start()) is not None
            )
        )
        if (self.setting is not None or about_day) and dated and chosen is not None:
            # a setting with a place, or a situation report's day ("the situation on the evening of
            # 24 November remained ..."): the day the incidents told next happened
            self.date_ctx, self.date_precision, self.date_sentence = chosen.date, chosen.precision, sentence
            self.date_kind = chosen.kind
        if self.setting is None:
            self.in_claim = False

    def _read_both_accounts(self, sentence: Sentence, chosen: DateMention | None) -> bool:
        """ "Officials from both countries claimed the other side fired first": an exchange of fire
        told by both sides is one claim by each, blaming the other, at the place and on the day of
        the exchange (this sentence's, else the claim just read). A side that already has a claim
        of that day keeps it. Returns False (read as usual) unless the conflict has two parties."""
        if len(self.lexicon.parties) != 2:
            return False
        current = self.current if self.in_claim else None
        chosen_places = choose_places(self.places(sentence.norm))
        if chosen_places:
            places = [m for m in chosen_places if m.specific]
            region = None if places else chosen_places[0]
        elif current is not None:
            places, region = list(current.places), current.region
        elif self.setting is not None or self.clash is not None:
            # "Troops of A and B exchanged fire near X on Tuesday." told just before
            told = choose_places((self.setting or self.clash or ([],))[0])
            places = [m for m in told if m.specific]
            region = None if places or not told else told[0]
        else:
            places, region = [], None
        if not places and region is None and _BLAME_FOR_FIGHTING.search(sentence.norm):
            # "The two countries have blamed each other for the renewed fighting": the conflict's
            # summary, at no place; no claim of either side (read as usual: nothing, or the outlet's)
            return False
        dated = chosen is not None and chosen.date is not None
        date: dt.date | None
        if chosen is not None and chosen.date is not None:
            date, precision = chosen.date, chosen.precision
        elif current is not None:
            date, precision = current.date, current.precision
        else:
            date, precision = self.date_ctx, self.date_precision
        for party in self.lexicon.parties:
            if any(c.speaker.side == party and c.date == date for c in self.claims):
                continue
            claim = Claim(
                speaker=Attribution(f"{party} (officials)", party, "country"), date=date, precision=precision, part=None
            )
            claim.add(sentence)
            claim.places, claim.region = list(places), region
            claim.accused = self.lexicon.opponent(party)
            for name in ("claimant", "accused_side"):
                claim.add_evidence(name, sentence)
            if dated:
                claim.add_evidence("date", sentence)
            if places or region is not None:
                claim.add_evidence("place", sentence if chosen_places else self._setting_sentence(current))
            self.claims.append(claim)
        if current is not None:
            current.add(sentence)
        return True

    def _another_day_than(self, setting: Sentence, date: dt.date | None) -> bool:
        """Does an incident told on its own day happen on another day than its setting? ("Israeli drones
        have been flying over Nabatieh since Tuesday morning. On Thursday, two Israeli strikes killed
        three people in southern Lebanon": Thursday's strikes were not over Nabatieh.)"""
        told = self.read_as.get(setting.index)
        day = told[1].date if told is not None and told[1] is not None else None
        return date is not None and day is not None and day != date

    def _setting_sentence(self, current: Claim | None) -> Sentence:
        """The sentence that named the place of the exchange: the claim just read's, else the setting's."""
        if current is not None and current.sentences:
            return current.sentences[0]
        told = self.setting or self.clash
        assert told is not None
        return told[1]

    def _next_text(self, sentence: Sentence) -> str:
        following = sentence.index + 1
        return self.doc.sentences[following].norm if following < len(self.doc.sentences) else ""

    def _date_by_bulletin(self, sentence: Sentence) -> None:
        """ "Two violations were registered in X. This is stated in Tuesday's information bulletin of
        the ministry.": a daily bulletin tells its own day; the claim just read, which named none,
        is of that day."""
        claim = self.current
        bulletin = _BULLETIN_OF_DAY.search(sentence.norm)
        if claim is None or not self.in_claim or claim.date is not None or bulletin is None:
            return
        day = pick_date(self._find_dates(bulletin.group("day"), self.date_ctx))
        if day is not None and day.date is not None:
            claim.date, claim.precision = day.date, day.precision
            claim.add(sentence)
            claim.add_evidence("date", sentence)

    def _blame_of_previous(self, sentence: Sentence) -> bool:
        """ "Four civilians died when a shell landed in X late on Saturday. The Ukrainian authorities
        blamed pro-Russian forces ...": the outlet's account, blaming nobody, is the claim of the side
        that blames the other in the sentence after it (or the one after that)."""
        claim = self.current
        blame = _BLAMED.match(sentence.norm)
        if (
            blame is None
            or claim is None
            or claim.speaker.side != "media"
            or claim.accused is not None
            or claim.sentences[-1].index < sentence.index - 2
            or any(
                self.signals[i].event for i in range(claim.sentences[-1].index + 1, sentence.index) if i in self.signals
            )
        ):
            return False  # (nor after another event told in between)
        found = find_attribution(sentence.norm, self.tracker, update=False)
        if found is not None and found.start >= blame.end("who"):
            return False  # the speaker found is not the subject that blames
        blamed = self.lexicon.side_word(blame.group("whom"))
        if (
            found is None
            or not self.lexicon.is_party(found.side)
            or not self.lexicon.is_party(blamed)
            or blamed == found.side
        ):
            return False
        claim.speaker, claim.accused, claim.summary_only = found, blamed, False
        claim.add(sentence)
        claim.add_evidence("claimant", sentence)
        claim.add_evidence("accused_side", sentence)
        return True

    def _source_of_previous(self, sentence: Sentence, only_current: bool = False) -> bool:
        """The claim just read was told by the speaker this sentence names, not by the outlet
        (with ``only_current``, that claim alone, not the outlet's claims before it)."""
        claim = self.current
        if claim is None or not self.in_claim or claim.speaker.side != "media":
            return False
        found = find_attribution(sentence.norm, self.tracker)
        closing = self.quote_closers.get(sentence.index)
        if found is None and closing is not None and not self._quote_names_other_places(sentence, closing, claim):
            # ('The incident took place at 2 a.m. "An incident of firing was reported in X. ...," the BSF said.':
            # a quotation over several sentences, its voice named where it ends; not one telling of other places)
            found = find_attribution(closing.norm[closing.norm.rfind('"') :], self.tracker)
        if found is not None and found.side is None and found.kind in ("unnamed", "ministry"):
            found = resolve_side(
                found, claim.accused, self.doc.url, self.lexicon, self.filed_in
            )  # "..., officials said.", "According to the Ministry of Defense, ..." (a side's, named without it)
        if found is None or found.side in (None, "media"):
            return False
        if found.side == claim.accused:
            return False  # ("Russian forces shelled X. The DPR militia reported.": no side tells of its own fire so)
        # the outlet's claims just before it are the source's too ("... near A. ... near B. The JFO
        # press center reported this."), back to the last sentence a speaker was named in
        told = [
            c
            for c in self.claims
            if c.speaker.side == "media" and c.sentences[-1].index >= sentence.index - _SOURCE_REACH
        ]
        for each in told if claim in told and not only_current else [claim]:
            each.speaker = found
            each.summary_only = False
            each.add(sentence)
            each.add_evidence("claimant", sentence)
        return True

    def _quote_names_other_places(self, sentence: Sentence, closing: Sentence, claim: Claim) -> bool:
        """Does the quotation from ``sentence`` to ``closing`` name a settlement the claim does not have?"""
        for told in self.doc.sentences[sentence.index : closing.index + 1]:
            for m in choose_places(self.places(told.norm)):
                if m.specific and not m.origin and not any(_same_place(m, k) for k in claim.places):
                    return True
        return False

    def read_counter_claim(self, sentence: Sentence, denial: Denial) -> None:
        """ "X denied the reports and said it was Armenian troops that opened fire near Y": the
        denial is a response, and the accusation that follows it is X's own claim."""
        text = sentence.norm
        tale = _DENIED_TALE.search(text)
        if tale is not None:
            self._read_denied_tale(sentence, denial, tale.end())
            return
        disputed = _DISPUTED_ACCUSATION.search(text)
        if disputed is not None and self._read_disputed_accusation(sentence, disputed):
            return
        denied = _DENIED_CLAUSE.search(text)
        if denied is not None and not _COUNTER_TURN.search(text, denied.end()):
            return  # "X denied that its forces shot and killed any soldiers": the fire denied, no other told
        if (
            not self.lexicon.is_party(denial.denier_side)
            or not classify(text, self.lexicon).event
            or find_accused(text, self.lexicon, denial.denier_side) != denial.denied_side
        ):
            return
        speaker = Attribution(denial.denier, denial.denier_side, "ministry")
        self.tracker.current = speaker
        chosen = pick_date(self._find_dates(text, self.date_ctx), text)
        if chosen is not None and chosen.date is not None:
            self.date_ctx, self.date_precision, self.date_sentence = chosen.date, chosen.precision, sentence
            self.date_kind = chosen.kind
        self.current = None  # never merged into the claim it denies
        self.read_event(sentence, speaker, chosen, part_of_day(text), find_casualties(text), weak_only=False)

    def _place_told_before(self, same: re.Match[str]) -> list[PlaceMention]:
        """The place of the latest claim that "the same sector" (or "the sector") points to: its one place, or the one of
        its places told with that word ("Arnia sector"); none when that is not clear. The mention is
        re-anchored on the words "the same sector" of this sentence."""
        if same.group("above"):
            for claim in reversed(self.claims):
                if claim.places:
                    return [
                        dataclasses.replace(m, start=same.start(), end=same.end(), group=None) for m in claim.places
                    ]
            return []
        kind = (same.group("kind") or same.group("bare") or same.group("device")).lower()
        for claim in reversed(self.claims):
            if not claim.places:
                continue
            told = (
                list(claim.places)
                if len(claim.places) == 1
                else [m for m in claim.places if (m.cue or "").lower() == kind]
            )
            if len(told) != 1:
                return []
            return [dataclasses.replace(told[0], start=same.start(), end=same.end(), group=None)]
        return []

    def _announced_as(self, mention: PlaceMention, kind: str, sentence: Sentence, named_in: Sentence) -> bool:
        """Was ``mention``'s place named with the cue ``kind`` ("the town of X") in a sentence within reach before
        ``named_in``?"""
        first = max(0, sentence.index - _THE_VILLAGE_REACH)
        return any(
            m.key == mention.key and (m.cue or "").lower().rstrip("s") == kind
            for earlier in self.doc.sentences[first : named_in.index]
            for m in self.places(earlier.text)
        )

    def _village_told_before(
        self, sentence: Sentence, the_village: re.Match[str], side: str | None
    ) -> list[PlaceMention]:
        """The one settlement of that kind the nearest sentence naming a place names ("the village of Alkhanly"
        before "the Armenian side bombarded the village"); none when it names two, or another place, or (for a
        party's claim) a village outside that party's country ("the town of Metula" is no town Lebanon's agency
        says Israeli shells hit). Re-anchored on the words."""
        kind = the_village.group("kind").lower()
        first = max(0, sentence.index - _THE_VILLAGE_REACH)
        for earlier in reversed(self.doc.sentences[first : sentence.index]):
            # (where fire came from, or the line, is no place the words could point at; a region it lies in may be
            # named too: "the village of Alkhanly of Fizuli region")
            named = [
                m
                for m in self.places(earlier.text)
                if m.specific and not m.origin and not (m.place is not None and m.place.kind == "border")
            ]
            spots = {m.key: m for m in named if (m.cue or "").lower().rstrip("s") == kind}
            if not spots and len({m.key for m in named}) == 1 and self._announced_as(named[0], kind, sentence, earlier):
                # ("... the rockets were fired from the town of Qlaileh." "... fired back, which landed near Qlaileh."
                # "... shells fell near the town": the one place named last, announced as a town before)
                spots = {named[0].key: named[0]}
            if not spots:
                if named:
                    return []  # (another settlement named since: the words may point at either)
                continue
            if len(spots) != 1 or len({m.key for m in named}) != 1:
                return []
            (told,) = spots.values()
            if (
                self.lexicon.is_party(side)
                and told.place is not None
                and self.lexicon.holder_of(told.place.country) != side
            ):
                return []
            return [dataclasses.replace(told, start=the_village.start(), end=the_village.end(), group=None)]
        return []

    def _day_of_the_told_round(self, sentence: Sentence) -> None:
        """ "Thursday's round of firing by Pakistan Rangers comes a week after ...": the report names the
        day of the fire it told. Claims it dated to the day after that (fire "overnight" or "tonight",
        read as the night into the publication day) take the day it names."""
        named = _WEEKDAY_ROUND.match(sentence.norm)
        if named is None or self.published is None:
            return
        days = [m.date for m in self._find_dates(named.group("day")) if m.date is not None]
        if not days:
            return
        day = days[0]
        for claim in self.claims:
            if claim.date == day + dt.timedelta(days=1) and self._dated_by_the_night(claim):
                claim.date, claim.precision = day, "day"
                claim.add_evidence("date", sentence)
        moved = self.date_ctx == day + dt.timedelta(days=1)
        if moved and self.date_sentence is not None and _BY_THE_NIGHT.search(self.date_sentence.norm):
            self.date_ctx = day

    def _day_of_the_told_incident(self, sentence: Sentence) -> None:
        """ "..., the spokesman said, describing the shooting late Sunday as 'unprovoked'": the incident just told,
        named back with the day it was, after the voice's statement day had dated it. The claim takes the day
        named when it is the day before (a statement tells of the night or day before it)."""
        current = self.current
        told = _THE_TOLD_ON_DAY.search(sentence.norm)
        if told is None or current is None or current.date is None or not current.places:
            return
        if current.sentences[-1].index < sentence.index - 2 or any(m.specific for m in self.places(sentence.norm)):
            return
        days = [m.date for m in self._find_dates(told.group("day"), current.date) if m.date is not None]
        if days and current.date - days[0] == dt.timedelta(days=1):
            said_on = current.date
            # (and the same voice's lede of that statement day, which names no place: "The military accused
            # Islamabad on Monday of a violation, alleging that troops opened fire")
            for claim in self.claims:
                if claim is current or (
                    (
                        claim.date == said_on
                        or (claim.date is None and claim.sentences[0].index < current.sentences[0].index)
                    )
                    and claim.speaker.side == current.speaker.side
                    and not any(m.specific for m in claim.places)
                ):
                    claim.date, claim.precision = days[0], "day"
                    claim.add_evidence("date", sentence)
            if self.date_ctx == days[0] + dt.timedelta(days=1):
                self.date_ctx = days[0]

    def _told_incident_set_amid(self, sentence: Sentence) -> bool:
        """ "The Poonch incident took place amid a crackdown by the army in Kathua": the incident an earlier
        sentence told at Poonch, set in its time by what went on around it; nothing new to read."""
        named = _INCIDENT_AMID.match(sentence.norm)
        if named is None or not self.claims:
            return False
        name = fold(named.group("name"))
        start = max(0, sentence.index - _TOLD_REACH)
        return any(name in fold(self.doc.sentences[i].norm) for i in range(start, sentence.index))

    def _dated_by_the_night(self, claim: Claim) -> bool:
        """Was the claim's day read from "overnight", "tonight" or "last night" alone (no weekday or date
        of its own)?"""
        told = claim.evidence.get("date", [])
        return any(_BY_THE_NIGHT.search(text) for text in told) and not any(
            m.kind in ("weekday", "explicit") for text in told for m in self._find_dates(text)
        )

    def _read_disputed_accusation(self, sentence: Sentence, disputed: re.Match[str]) -> bool:
        """ "The Azerbaijani Ministry of Defense released new disinformation accusing the Artsakh units of
        opening fire on February 20 near Shosh": whatever the outlet calls it, the accusation is the
        accuser's claim (named before the word), against the side named after "accusing"."""
        text = sentence.norm
        accuser = find_attribution(text[: disputed.start()] + " said", self.tracker, update=False)
        if accuser is None or not self.lexicon.is_party(accuser.side):
            return False
        told = Sentence(sentence.index, sentence.text[disputed.end() :], text[disputed.end() :])
        if not classify(told.norm, self.lexicon).event:
            return False
        if find_accused(told.norm, self.lexicon, accuser.side) != self.lexicon.opponent(accuser.side):
            return False
        self.current = None
        chosen = pick_date(self._find_dates(told.norm, self.date_ctx), told.norm)
        if chosen is not None and chosen.date is not None:
            self.date_ctx, self.date_precision, self.date_sentence = chosen.date, chosen.precision, sentence
            self.date_kind = chosen.kind
        self.read_event(told, accuser, chosen, part_of_day(told.norm), find_casualties(told.norm), weak_only=False)
        self.current, self.in_claim = None, False
        return True

    def _read_denied_tale(self, sentence: Sentence, denial: Denial, start: int) -> None:
        """ "The Azerbaijani side continues to disseminate misinformation claiming that the Armenian forces
        opened fire in the direction of X," the ministry said: the fire told after "claiming that" is the
        other side's claim, as the denier quotes it (on a day the text does not give), and the denial
        its answer; no claim of the denier's."""
        teller = find_attribution(sentence.norm, self.tracker, update=False)  # (who says so, found once)
        denier = denial.denier_side
        if not self.lexicon.is_party(denier):
            denier = teller.side if teller is not None else None
        side = denial.denied_side or self.lexicon.opponent(denier)
        if side is None or not self.lexicon.is_party(side) or side == denier:
            return
        told = Sentence(sentence.index, sentence.text[start:], sentence.norm[start:])
        if not classify(told.norm, self.lexicon).event:
            return
        accused = find_accused(told.norm, self.lexicon, side)
        # ("Hezbollah denied Israeli claims that it fired rockets at Metula": the denier, named by a pronoun)
        by_pronoun = accused is None and _DENIER_PRONOUN.match(told.norm) is not None
        if accused != self.lexicon.opponent(side) and not by_pronoun:
            return  # (the fire quoted must be the denier's side's, as the other side tells it)
        adjective = self.lexicon.adjectives.get(side, side)
        quoted_by = teller.claimant if teller is not None and teller.side == denier else denial.denier
        speaker = Attribution(f"{adjective} side (as quoted by {quoted_by})", side, "country")
        self.current = None
        before = len(self.claims)
        chosen = pick_date(self._find_dates(told.norm, self.date_ctx), told.norm)
        dated = chosen is not None and chosen.date is not None
        self.read_event(told, speaker, chosen, part_of_day(told.norm), find_casualties(told.norm), weak_only=False)
        if not dated:  # (the day the other side claimed it is not given)
            for claim in self.claims[before:]:
                claim.date, claim.day_unknown = None, True
        if by_pronoun:
            for claim in self.claims[before:]:
                claim.accused = claim.accused if claim.accused not in (None, "unknown") else self.lexicon.opponent(side)
        self.current, self.in_claim = None, False

    def _losses_of_the_told_clash(self, sentence: Sentence, casualties: Any) -> bool:
        """ "One Thai soldier was wounded in the clash": losses of a side in the clash just told are
        that side's claim's figures, when the story has its claim (a party tells of its own losses)."""
        text = sentence.norm
        back = _IN_THE_TOLD_CLASH.search(text)
        victims = _VICTIMS_OF.match(text)
        if back is None or victims is None or self.places(text):
            return False  # a loss placed by its own sentence is read as that place's claim
        side = side_word(victims.group("who"), self.lexicon)
        if side is None:
            return False
        recent = [
            c
            for c in self.claims
            if c.speaker.side == side
            and c.accused not in (None, side)
            and c.sentences[-1].index >= sentence.index - _SAME_STORY
        ]
        if len(recent) != 1:
            return False
        claim = recent[0]
        if claim.killed is not None or claim.wounded is not None:
            return False
        claim.add_casualties(casualties.killed, casualties.wounded, sentence)
        return True

    def read_event(
        self,
        sentence: Sentence,
        speaker: Attribution,
        chosen: DateMention | None,
        part: str | None,
        casualties: Any,
        weak_only: bool,
    ) -> None:
        text = sentence.norm
        accused = find_accused(text, self.lexicon, speaker.side)
        current = self.current
        back = _IN_THE_TOLD_CLASH.search(text)
        if (
            back is not None
            and casualties
            and current is not None
            and self.lexicon.is_party(current.speaker.side)
            and speaker.side == current.speaker.side
            and current.sentences[-1].index >= sentence.index - _SAME_STORY
            and not any(m.specific for m in self.places(text))
            and not classify(text[: back.start()] + " " * len(back.group(0)) + text[back.end() :], self.lexicon).event
            # (not "four more soldiers were killed in the fighting", said two days on: more losses, another day)
            and not _MORE_LOSSES.search(text)
            and (
                chosen is None
                or chosen.date is None
                or current.date is None
                or abs((chosen.date - current.date).days) <= 1
            )
        ):
            # "... the Thai forces opened fire, X said." then "On Saturday morning, X said police found the body of one
            # Thai soldier, and another was critically injured during the fighting": the losses of the fight the
            # voice just told, found the day after (the dead already told are not counted twice)
            if casualties.killed is not None:
                current.killed = max(current.killed or 0, casualties.killed)
                current.add_evidence("killed", sentence)
            if casualties.wounded is not None:
                current.wounded = max(current.wounded or 0, casualties.wounded)
                current.add_evidence("wounded", sentence)
            current.add(sentence)
            return
        if (
            accused is None
            and speaker.kind in ("official", "unnamed")
            and current is not None
            and current.accused
            and current.sentences[-1].index >= sentence.index - _SAME_STORY
        ):
            # "Russian shelling killed three ... Prosecutors said two bodies were recovered ...": a
            # local official telling of the attack just reported blames whom it blamed
            accused = current.accused
        if (
            accused is None
            and current is not None
            # (a caption or an "Advertisement" line between)
            and current.sentences[-1].index >= sentence.index - 2
            and _THEY_GO_ON.match(text)
            # (not when the other side tells it: "They also fired rockets at Kiryat Shmona, the
            # Israeli military said" after the Lebanese agency's claim)
            and not (
                self.lexicon.is_party(speaker.side)
                and self.lexicon.is_party(current.speaker.side)
                and speaker.side != current.speaker.side
            )
        ):
            # "Insurgents used mortars near X. They also fired from grenade launchers at Y": the
            # actor just told goes on
            before = current.sentences[-1].norm
            accused = current.accused or find_accused(before, self.lexicon, current.speaker.side)
            if accused is None and self.lexicon.is_party(current.speaker.side):
                accused = self.lexicon.opponent(current.speaker.side)  # (what a party's claim blames)
        if accused is None and sentence.index > 0 and _THEY_IN_A_LIST.match(text):
            # "Let note that the Azerbaijani armed forces :" then "• On September 15, they fired at X": the actor
            # is named in the line announcing the list
            before = self.doc.sentences[sentence.index - 1].norm
            if before.rstrip().endswith(":"):
                accused = find_accused(before, self.lexicon, speaker.side) or self._actor_named(before)
        if accused is None and _FROM_ACROSS.search(text):
            # "Ten persons were injured in cross-border shelling in Uri sector": fire from the other side of the
            # line, of a party the voice opposes, or (an outlet's) of the party the claim told last blamed
            if self.lexicon.is_party(speaker.side):
                accused = self.lexicon.opponent(speaker.side)
            else:
                blamed = [c.accused for c in self.claims if self.lexicon.is_party(c.accused)]
                accused = blamed[-1] if blamed else None
        if speaker.side is None:
            resolved = resolve_side(speaker, accused, self.doc.url, self.lexicon, self.filed_in)
            if speaker.kind == "unnamed" and not self.lexicon.is_party(resolved.side):
                # "sources said" of no side the claim tells: the voice the text was in
                resolved = self.tracker.current or self.default or self.tracker.media()
            elif (
                speaker.kind in ("ministry", "spokesperson")
                and not self.lexicon.is_party(resolved.side)
                and current is not None
                and current.sentences[-1].index == sentence.index - 1
                and current.speaker.kind == "ministry"
                and self.lexicon.is_party(current.speaker.side)
            ):
                # "Rebels fired 50 times, according to the Ukrainian military. Lt Col X said the village of
                # Y was hit by Grad rockets": an officer of no side named, right after a side's military spoke,
                # is of that military
                resolved = current.speaker
                accused = accused or current.accused or self.lexicon.opponent(current.speaker.side)
            if self.lexicon.is_party(resolved.side) or speaker.kind != "ministry":
                self._replace_speaker(speaker, resolved)
            # (an officer of no side named stays unsided for what they say next: "exchanges broke out,
            # said a commander. 'Thai soldiers triggered the attack,' the commander told Xinhua" is Cambodia's)
            speaker = resolved
        if speaker.side == "media" and self.lexicon.is_party(accused) and _OUR_FORCES.search(text):
            # "The invaders fired mortars on our fortified positions": an outlet's text in the first
            # person plural is a party's statement it carries, the party the fire was aimed at
            side = self.lexicon.opponent(accused)
            if side is not None:
                speaker = Attribution(self.lexicon.ministry_claimant(side), side, "ministry")
                self.tracker.current = speaker  # (its next sentences go on in its words)
        places = self.places(text)
        setting = self.setting
        self.setting = None
        border = border_mention(text, self.lexicon)
        # (read() classified this text already, unless a sentence read in two halves is on its other half)
        signals = (
            self.classified[1]
            if self.classified is not None and self.classified[0] == text
            else classify(text, self.lexicon)
        )
        symmetric = (signals.symmetric or (signals.mutual and speaker.side == "media")) and (
            accused is None or bool(_EACH_OTHER.search(AGREEMENT_CLAUSE.sub(" ", text)))
        )
        own_action = (
            (
                self.lexicon.is_party(speaker.side)
                and accused == speaker.side
                and (
                    # ("Israel said on Tuesday that it had launched air strikes ... after shots were fired from
                    # across the border towards its troops": its reply, told with the fire it answered)
                    (tells_own_fire(text) and not _AFTER_FIRE_AT_IT.search(text))
                    or not any(side_word(w, self.lexicon) not in (None, speaker.side) for w in self._party_words(text))
                    or _own_forces_act(text, self.lexicon.adjectives.get(speaker.side or ""))
                )
            )
            or (
                # "On June 23rd, the Israeli military reported targeting Hezbollah sites": its own strike, told
                self.lexicon.is_party(speaker.side) and reports_own_act(text)
            )
            or (
                # "The Lebanese militant group also reported attacks on the Israeli Northern Corps command": attacks
                # it reports on the other side's forces are its own
                self.lexicon.is_party(speaker.side) and self._reports_attacks_on_the_other_side(text, speaker.side)
            )
            or (
                # "The group also published a video of the attack on the city": showing the attack is owning it
                self.lexicon.is_party(speaker.side) and accused is None and _SHOWS_ITS_ATTACK.search(text) is not None
            )
            or (
                # "The Lebanese group said that the attack was carried out by a unit named after two of its
                # fighters who were killed in Israeli airstrikes": naming who of its own did it, whoever else is named
                self.lexicon.is_party(speaker.side) and _CARRIED_OUT_BY_ITS.search(text) is not None
            )
        )
        told = self.current
        if (
            told is not None
            and self.lexicon.is_party(speaker.side)
            and told.accused == speaker.side
            and told.speaker.side != speaker.side
            and told.sentences[-1].index >= sentence.index - _SAME_STORY
            and _THE_TOLD_ATTACK.search(text)
            and not any(m.specific and not any(_same_place(m, k) for k in told.places) for m in choose_places(places))
        ):
            # "An Israeli strike killed 10, the ministry said. ... An Israeli military spokesperson said
            # the strike targeted a weapons depot": the accused side's account of the attack just
            # told, its answer to the claim, not a claim against the other side
            self.skipped.append(sentence.text)
            self.in_claim = False
            return
        losses_of_a_clash = (
            symmetric
            and _CLASH_TOLD.search(text) is not None
            and not own_action
            and speaker.side == "media"
            and (casualties.killed or casualties.wounded)
            and chosen is not None
            and chosen.date is not None
            and chosen.precision == "day"
        )
        if losses_of_a_clash and places:
            # (its place still lends itself to the sides' accounts that follow, as a clash's does)
            day = chosen.date if chosen is not None and chosen.date is not None else self.date_ctx
            self.clash = (places, sentence, day)
        if (
            own_action
            and told is not None
            and not told.places
            and self.lexicon.is_party(speaker.side)
            and told.accused == speaker.side
            and told.speaker.side not in (speaker.side, None, "media", "third party")
            and told.sentences[-1].index >= sentence.index - 1
            and (told.date is None or chosen is None or chosen.date in (None, told.date))
        ):
            # "An Israeli strike killed two in southern Lebanon, the ministry said." then "The Israeli army said
            # it targeted a Hezbollah member in the X area": the accused side's own account of the strike just
            # told says where it was; the place goes to the told claim (its own act is no claim of its own)
            spots = [m for m in choose_places(places) if m.specific and not m.origin]
            if (
                spots
                and (told.region is None or all(in_region(m, told.region) or m.place is None for m in spots))
                # (its account of that strike, not of another: "it also struck a weapons depot in the X area")
                and not _ANOTHER_OWN_ACT.search(text)
                # (a strike that killed people is told by its target, a person or a vehicle: not "it targeted
                # artillery positions near X")
                and (not (told.killed or told.wounded) or _TARGETED_PERSON.search(text) is not None)
            ):
                told.places = spots
                told.add_evidence("place", sentence)
        if (symmetric or own_action) and not losses_of_a_clash:
            # A summary of both sides, or a party telling of its own fire ("the Islamic Resistance
            # carried out a warning response"): no claim against the other side. (A dated clash the
            # outlet tells with its dead and wounded, "on Friday both sides exchanged fire, leaving
            # one soldier dead", is an incident blaming no one.)
            self.in_claim = False
            spots = [m for m in choose_places(places) if not m.origin] if symmetric else []
            day = chosen.date if chosen is not None and chosen.date is not None else self.date_ctx
            if symmetric and places:
                self.clash = (places, sentence, day)
            if (
                spots
                and not own_action
                and speaker.side == "media"
                and day is not None
                and any(m.specific or m.cue for m in spots)
                and _CLASH_TOLD.search(text) is not None
            ):
                # ("Thai and Cambodian troops exchanged fire near the Preah Vihear temple on Friday": the outlet's
                # clash blaming no one, an incident of its own unless a side's account of the day covers it)
                self._new_claim(
                    sentence, speaker, day, self.date_precision, part, spots, None, None, dated=bool(chosen)
                )
            else:
                self.skipped.append(sentence.text)
            return
        fired_from = _TOLD_WEAPON_FIRED_FROM.search(text)
        if (
            told is not None
            and fired_from is not None
            and not (casualties.killed or casualties.wounded)
            and len(_FIRE_WORD.findall(text)) == 1
            # (the told fire's day, and no target or motive of its own: not "On Tuesday, the mortars were fired from
            # A at B", nor "the shells were fired from A in response to rocket fire on B")
            and (chosen is None or chosen.date is None or chosen.date == told.date)
            and not _TARGET_OR_MOTIVE_AFTER.search(text, fired_from.end())
        ):
            # "A Lebanese military official said that the rockets were fired from the town of Qlaileh, near Tyre":
            # where the fire just told came from, no new fire (and no claim against the other side)
            self.skipped.append(sentence.text)
            return
        chosen_places = _places_with_own_figures(text, places, casualties) or choose_places(places)
        if len(chosen_places) == 1:
            # "a drone dropped a bomb in the center of A and fired munitions on the outskirts of B": two places, each
            # with its own act
            chosen_places = _places_with_own_acts(text, places, self.lexicon) or chosen_places
        if len(chosen_places) >= 1 and ";" in text:
            # "fired mortars near A (94km south of Donetsk); an antitank missile system – outside B; small arms –
            # near C": a bulletin's items, one weapon and place each, are places of the claim
            itemized = _places_item_by_item(text, places, self.lexicon)
            if len(itemized) > len(chosen_places) and all(m in itemized for m in chosen_places):
                chosen_places = itemized
        if len(chosen_places) >= 1 and _CLOCK_SPAN.search(text):
            # "... from A village of X region at 1:35a.m to 1:50a.m, from B village at 1:40a.m to 1:50a.m, and from C
            # village at 4:40a.m to 4:55a.m": a bulletin's items, one place and time each, are places of the claim
            timed = _places_clock_by_clock(text, places, self.lexicon)
            if len(timed) > len(chosen_places) and all(m in timed for m in chosen_places):
                chosen_places = timed
        if chosen_places and all(m.origin for m in chosen_places) and _THE_TOLD_FIRE_OPENS.match(text):
            chosen_places = []  # "The strikes were delivered from A and B": where fire told before came from
        same = _THE_SAME_PLACE.search(text) if not chosen_places else None
        if same is not None:
            # "... injured by firing in the same sector on October 17": the place of the claim told before
            chosen_places = self._place_told_before(same)
        the_village = _THE_VILLAGE.search(text) if not chosen_places and not places else None
        if the_village is not None:
            chosen_places = self._village_told_before(sentence, the_village, speaker.side)
        home = _WITNESSES_HOME.search(text) if not chosen_places and speaker.kind == "witness" else None
        if home is not None:
            # "Residents of the village of Zorakhpyur said a drone dropped a grenade on a barn": the people of a place
            # telling of fire, no other place named, tell of fire at their place
            phrase = text[home.start("place") : home.end("place")]
            found = [m for m in self.places(phrase) if m.specific]
            if len(found) == 1:
                chosen_places = [
                    dataclasses.replace(
                        found[0], start=home.start("place") + found[0].start, end=home.start("place") + found[0].end
                    )
                ]
        here = _HERE_OPENS.match(text) if not chosen_places and not places and sentence.index else None
        if here is not None:
            # "The situation remains tense in the area of the X industrial zone. Here, the gangs were firing ...":
            # the place the sentence before names
            named_before = [
                m for m in self.places(self.doc.sentences[sentence.index - 1].norm) if m.specific and not m.origin
            ]
            if len({m.key for m in named_before}) == 1:
                chosen_places = [dataclasses.replace(named_before[0], start=here.start(), end=here.end(), group=None)]
        counted = _COUNTED_EVENTS.search(text)
        if counted is not None and len(chosen_places) == 1:
            # "Two violations were recorded: ... near A, ... near B": as many places as counted, one each
            specific = list({m.key: m for m in places if m.specific}.values())
            if len(specific) >= 2 and number_value(counted.group("n")) == len(specific):
                chosen_places = specific
        date = chosen.date if chosen is not None and chosen.date is not None else None
        vague = chosen is not None and chosen.kind == "vague"  # "a few days before": another day, unknown
        # ("The incident comes after a week-long attack by Azerbaijani forces on ... Berdzor": an earlier attack, not of
        # the day the text was on)
        vague = vague or (date is None and _CAME_AFTER_AN_EARLIER.search(text) is not None)
        when = day_words(chosen) if chosen is not None and chosen.date is None else None
        current = self.current
        if (
            current is not None
            and not current.places
            and chosen_places
            and all(m.specific and not m.origin for m in chosen_places)
            and (date is None or current.date == date)
            and current.sentences[-1].index >= sentence.index - 2
            and self.lexicon.is_party(current.speaker.side)
            and not self.lexicon.is_party(speaker.side)
            and accused is None
            and _THE_TOLD_WEAPON.match(text)
            # (where the side's claim says the fire fell: its own land, not "the shells landed near Khiam" in Lebanon
            # after "rockets were fired from Lebanon into Israel")
            and all(
                m.place is not None and self.lexicon.holder_of(m.place.country) == current.speaker.side
                for m in chosen_places
            )
        ):
            # "Three rockets were fired from Lebanon into Israeli territory, the army said. Israeli media reported
            # that the incoming rockets started fires near Kiryat Shmona": the rockets the side's claim told, where
            # they fell; the claim's place, not an outlet's claim of its own
            self._merge(current, sentence, chosen_places, None, None, casualties)
            return
        if current is not None and self._refines(current, speaker, date, places, chosen_places, when, sentence):
            # "positions in Nakhchivan" then "near Sadarak in the Nakhchivan Autonomous Republic":
            # the later sentence locates the same claim more precisely, inside the place named first
            current.places = chosen_places
            current.add_evidence("place", sentence)
        if (
            accused is None
            and speaker.side == "media"
            and current is not None
            and current.sentences[-1].index >= sentence.index - _SAME_STORY
            and current.accused
            and _same_speaker(current.speaker, speaker)
            and (date is None or current.date == date)
        ):
            # An outlet's next sentence about the same attack ("Two were killed in X village, where
            # shells landed") blames whom its previous sentence blamed.
            accused = current.accused
        # "these attacks" blaming no one: what attacks already told were ("... reported that these attacks
        # targeted homes"), not "these attacks were launched by X"
        several_told = accused is None and _SEVERAL_TOLD.search(text) is not None
        if (
            current is not None
            and self.in_claim
            and current.speaker.side == "media"
            and self.lexicon.is_party(speaker.side)
            and current.sentences[-1].index == sentence.index - 1
            and find_attribution(text, self.tracker, update=False) is not None
            and (
                accused is None
                or accused == current.accused
                # ("There was an exchange of fire in Balnoi on Thursday night. Pakistani troopers resorted to firing in
                # Balnoi at 8.05pm, the defence PRO said": the outlet's own account, blaming no one, told again at
                # its place by the party blaming the other)
                or (
                    current.accused is None
                    and current.speaker.kind == "media"
                    and any(m.specific for m in chosen_places)
                    and all(any(_same_place(m, k) for k in current.places) for m in chosen_places if m.specific)
                )
            )
            and speaker.side != current.accused  # ("The Israeli military claimed that strike targeted ...": its own)
            and not tells_own_fire(text)
            and not _RESPONSIBILITY.search(text)  # ("..., Hezbollah claimed responsibility": an admission)
            # ("... reported that these attacks targeted homes": of several; not "these attacks were launched by X")
            and not several_told  # (of several attacks, not the one just told)
            # (a sentence naming a new place tells more than the attack just told)
            and all(any(_same_place(m, k) for k in current.places) for m in chosen_places if m.specific)
            and self._continues(current, current.speaker, date, part, chosen_places, accused)
        ):
            # "Mortars were fired at A on Sunday. The shells struck open areas, the IDF said.": the
            # party named right after the outlet's account of an attack, going on about it, told it
            current.speaker = speaker
            current.summary_only = False
            current.add_evidence("claimant", sentence)
        if (
            current is not None
            and current.said_day
            and date is not None
            and current.date is not None
            and dt.timedelta(days=0) < current.date - date <= dt.timedelta(days=2)  # the day or two before it was said
            and _same_speaker(current.speaker, speaker)
            and current.sentences[-1].index >= sentence.index - _SAME_STORY
        ):
            # "Russia's Defense Ministry on Monday confirmed that forces breached the ceasefire in X.
            # The ministry said that in the past 24 hours it recorded one violation ...": the day of
            # the fire, told next, replaces the day it was said
            current.date, current.precision, current.said_day = date, chosen.precision if chosen else "day", False
            current.add_evidence("date", sentence)
        if (
            current is not None
            and current.places
            and (date is None or date == current.date)
            and current.sentences[-1].index == sentence.index - 1
            and _THE_WEAPON_TOLD.match(text) is not None
        ):
            # ("... shot down a drone over Crimea in the area of Cape Tarkhankut. The drone targeted the equipment of the
            # Glebovskoye gas storage facility": what the weapon just told was aimed at, not another incident)
            current.add(sentence)
            return
        if (
            current is not None
            and not chosen_places
            and not vague
            and current.sentences[-1].index >= sentence.index - 2
            and current.speaker.side != "media"
            and speaker.side in (current.speaker.side, current.accused)
            and _THE_STRIKE_TOLD.search(text) is not None
        ):
            if speaker.side == current.accused:
                # ("Israel said the strike had killed a member of Hezbollah": the striking side's own account of
                # the strike told, no claim against the side it struck)
                current.add(sentence)
                return
            # ("..., Lebanon's Health Ministry reported. The state news agency reported on Sunday that the strike
            # targeted a motorcycle, injuring two others": the same strike, told on by another voice of its side)
            # (with the day it was told, when the strike's claim had only the day of the report's filing a day or two
            # after: "Beirut, September 22 (ANI): ... killed ... reported on Sunday that the strike ...")
            if (
                date is not None
                and chosen is not None
                and (
                    current.date is None
                    or current.day_borrowed
                    or dt.timedelta(days=0) < current.date - date <= dt.timedelta(days=2)
                )
            ):
                current.evidence.pop("date", None)
                current.date, current.precision, current.day_borrowed = date, chosen.precision, False
                current.add_evidence("date", sentence)
            self._merge(current, sentence, [], border, accused, casualties)
            return
        # (a sum of what was told places none of it)
        summed = current is not None and bool(current.places or current.region) and _SUMS_UP.match(text) is not None
        if (
            current is not None
            and not vague
            and not (chosen_places and ANOTHER_INCIDENT.match(text))  # "In the meantime, forces fired at A"
            and not self._fire_from_other_places(text, current, chosen_places)
            and self._continues(current, speaker, date, part, [] if summed else chosen_places, accused, when)
        ):
            if (current.date is None or current.day_borrowed) and date is not None and chosen is not None:
                if current.day_borrowed:
                    current.evidence.pop("date", None)
                current.date, current.precision = date, chosen.precision  # the claim's first stated day
                current.day_borrowed = False
                current.add_evidence("date", sentence)
            self._merge(current, sentence, [] if summed else chosen_places, border, accused, casualties)
            return
        if weak_only:
            if current is not None and self._damage_elsewhere(current, sentence, speaker, date, chosen_places):
                # "Indian posts were shelled in X, the army said. In Y, two houses were damaged.": the
                # damage the attack just told did at another place is the same claim there
                claim = self._new_claim(
                    sentence,
                    current.speaker,
                    current.date,
                    current.precision,
                    part,
                    chosen_places,
                    border,
                    accused or current.accused,
                    dated=False,
                )
                claim.day_borrowed = current.day_borrowed
                return
            self.in_claim = False
            return
        clash_day = date if date is not None else self.date_ctx
        if not chosen_places and setting is None and self.clash is not None and self.clash[2] == clash_day:
            setting = (self.clash[0], self.clash[1])  # one side's account of the clash both sides told of
        if (
            not chosen_places
            and setting is None
            and current is not None
            and current.places
            and (
                (current.sentences[-1].index == sentence.index - 1 and _PLACE_ANAPHOR.search(text))
                # ("The attack on the city of X ... The military said 32 shells landed on the city": the one town told)
                or (
                    len(current.places) == 1
                    and current.sentences[-1].index >= sentence.index - _TOWN_TOLD_REACH
                    and _ON_THE_TOWN_TOLD.search(text)
                    # (not the other side's account: "Israeli shells landed near the village", after rockets on Kiryat
                    # Shimona, is another village)
                    and not (accused and current.accused and accused != current.accused)
                    and self.lexicon.opponent(speaker.side) != current.speaker.side
                )
            )
        ):
            # "..., the IDF fired the shells into the hills outside Kfar Chouba. The army said that an Israeli
            # drone also dropped an incendiary device nearby": the place just told
            setting = (list(current.places), current.sentences[-1])
        if (
            not chosen_places
            and setting is not None
            and (not self._another_day_than(setting[1], date) or _THE_PLACE_TOLD.search(text))
            and not _ANOTHER_PLACE.search(text)  # ("In another disputed area on Saturday, a sergeant was hurt")
        ):
            chosen_places = choose_places(setting[0])
            sentence_for_place = setting[1]
        else:
            sentence_for_place = sentence
        days = self._days_of_places(text, places) or self._days_of_one_place(text, chosen_places)
        if days is not None:
            # ("two were killed in A on Friday, while one was killed in B": each day's claim its own places' losses,
            # not the sentence's three each)
            spread = sorted((m for _, day_places in days for m in day_places), key=lambda m: m.start)
            figures = per_place_casualties(text, [(m.start, m.end) for m in spread]) if casualties else None
            own = dict(zip((m.start for m in spread), figures)) if figures is not None else None
            for day, day_places in days:
                precision = "day" if day is not None else self.day_before[1]
                self._new_claim(
                    sentence,
                    speaker,
                    day or self.day_before[0],
                    precision,
                    part,
                    day_places,
                    border,
                    accused,
                    dated=bool(day),
                )
                if own is None:
                    self.current.add_casualties(casualties.killed, casualties.wounded, sentence)  # type: ignore[union-attr]
                else:
                    parts = [own[m.start] for m in day_places]
                    killed = [f.killed for f in parts if f.killed is not None]
                    wounded = [f.wounded for f in parts if f.wounded is not None]
                    self.current.add_casualties(  # type: ignore[union-attr]
                        sum(killed) if killed else None, sum(wounded) if wounded else None, sentence
                    )
                    if len(day_places) > 1:
                        self.current.per_place = {m.key: own[m.start] for m in day_places}  # type: ignore[union-attr]
                self.current.told_when = when if day is None else None  # type: ignore[union-attr]
            return
        if several_told and date is None and not casualties and not any(m.specific for m in chosen_places):
            # "The Thai military reported that these attacks targeted homes": what the attacks told were, no
            # attack of its own
            self.skipped.append(sentence.text)
            self.in_claim = False
            return
        # ("its strikes are in retaliation for Israeli attacks on A and B": the attacks a motive names, at
        # places only it names, are of no day the report gives unless it names one)
        motive = motive_start(text) if date is None and chosen_places else None
        answered_only = (
            date is None
            and bool(chosen_places)
            and all(
                (motive is not None and m.start > motive) or examples_in_motive(text, m.start) for m in chosen_places
            )
        )
        motive_day = (
            self.motive_day[1] if self.motive_day is not None and self.motive_day[0] == sentence.index else None
        )
        if answered_only and motive_day is not None and motive_day.date is not None:
            # ("the bombings were in response to Israeli air strikes on A and B on Thursday evening")
            date, chosen, answered_only = motive_day.date, motive_day, False
        vague = vague or answered_only
        claim = self._new_claim(
            sentence,
            speaker,
            date if date is not None or vague else self.date_ctx,
            chosen.precision if chosen is not None and date is not None else self.date_precision,
            part,
            chosen_places,
            border,
            accused,
            setting=setting if sentence_for_place is not sentence else None,
            dated=date is not None,
        )
        claim.add_casualties(casualties.killed, casualties.wounded, sentence)
        self._losses_told_before(claim, sentence)
        claim.day_unknown = vague
        if answered_only:
            self.current, self.in_claim = None, False  # (what the next sentences tell is not of those attacks)
        claim.told_when = when if date is None else None
        claim.said_day = chosen is not None and date is not None and _said_that_day(chosen, text)
        several = len(chosen_places) > 1
        if several and casualties:
            figures = per_place_casualties(text, [(m.start, m.end) for m in chosen_places])
            if figures is not None and sentence_for_place is sentence:
                claim.per_place = {m.key: f for m, f in zip(chosen_places, figures)}

    def _damage_elsewhere(
        self,
        current: Claim,
        sentence: Sentence,
        speaker: Attribution,
        date: dt.date | None,
        chosen_places: list[PlaceMention],
    ) -> bool:
        """Does the sentence tell only of damage ("two houses were damaged in Y") at another specific
        place, right after the claim being read and in its voice, on no other day?"""
        return (
            self.in_claim
            and current.sentences[-1].index >= sentence.index - 2
            # ("IDF returned fire at posts in A and B. In the village of C, two houses were damaged": the reply's)
            and self.reply_at != sentence.index - 1
            and current.accused is not None
            and (date is None or date == current.date)
            and bool(chosen_places)
            and all(m.specific and not m.origin and not m.reference for m in chosen_places)
            and not any(_same_place(m, k) or in_region(m, k) for m in chosen_places for k in current.places)
            and (speaker is current.speaker or _same_speaker(speaker, current.speaker) or speaker.side == "media")
            and find_attribution(sentence.norm, self.tracker, update=False) is None
            and (damage := _DAMAGE_TOLD.search(sentence.norm)) is not None
            and not self._damage_of_another_cause(sentence.norm, damage, current)
        )

    def _damage_of_another_cause(self, text: str, damage: re.Match[str], current: Claim) -> bool:
        """ "damaged by strong winds", "two Russian vehicles were destroyed by Ukrainian artillery": the
        damage has a cause of its own, or hit the side the claim blames; it is no part of that claim."""
        for word in self._party_words(text[: damage.start() + 40]):
            if side_word(word, self.lexicon) == current.accused:
                return True  # (the accused side's own vehicles, posts or men)
        agent = _DAMAGE_BY.search(text)
        if agent is None:
            return False
        side = side_word(agent.group("agent"), self.lexicon)
        if side is not None:
            return side != current.accused
        return _FIRE_AGENT.search(agent.group("agent")) is None

    def _actor_named(self, text: str) -> str | None:
        """The side whose forces a line names ("Let note that the Azerbaijani armed forces :")."""
        for word in self._party_words(text):
            side = side_word(word, self.lexicon)
            if side is not None:
                return side
        return None

    def _hits_the_accused(self, text: str, claim: Claim) -> bool:
        """Does the sentence count losses among the troops of the side the claim blames?"""
        if _ENEMY_LOSSES.search(text):
            return True  # "The enemy suffered serious losses, one officer was injured, another serviceman was killed"
        adjective = self.lexicon.adjectives.get(claim.accused or "")
        if not adjective:
            return False
        # ("On the Israeli side, nine people have died": the accused side's own count)
        side_of = rf"\b(?:on|from)\s+the\s+{re.escape(adjective)}\s+side\b"
        # ("Reuters reported that four Lebanese were killed": the side's people, by its name alone)
        alone = rf"\b{re.escape(adjective)}s?\s+(?:were|was|have\s+been|had\s+been)\s+(?:killed|wounded|injured)\b"
        return re.search(rf"\b{re.escape(adjective)}\s+{_TROOPS}|{side_of}|{alone}", text, re.I) is not None

    def _days_of_places(self, text: str, places: list[PlaceMention]) -> list[tuple[dt.date | None, list]] | None:
        """ "Shelled A on 1 April and B on 2 April"; "fired near A and on 2 April near B": one
        sentence, several days, each place on its own. A day written right after a place is that
        place's; otherwise a place takes the last day named before it (none: the day the text is
        on, None here). Returns the places grouped by day, or None when the sentence gives all its
        places one day."""
        specific = [m for m in places if m.specific and not m.reference]  # ("north of X": where no fire fell)
        if not specific:
            # ("hit a facility in the Bryansk region early Wednesday and one in the Kursk region on
            # Tuesday": regions, each with its day, when the sentence names nothing more specific)
            specific = [m for m in places if m.place is not None and m.place.kind != "border" and not m.reference]
        framing = frames(specific)  # ("in the Samba sector on Tuesday, ... at the Manguchak post": one day)
        if len(specific) - len(framing) >= 1:
            specific = [m for m in specific if m not in framing]
        if len(specific) < 2 or len({m.key for m in specific}) < len(specific):
            return None
        mentions = [m for m in self._find_dates(text, self.date_ctx) if m.date is not None]
        # (fire told as going on dates the whole sentence, not the places after it)
        mentions = [m for m in mentions if not is_statement_day(m, text) and m.kind != "ongoing"]
        if not mentions or not any(specific[0].end <= m.start < specific[-1].start for m in mentions):
            return None  # no day between the places: the sentence's one day is every place's
        by_day: dict[dt.date | None, list[PlaceMention]] = {}
        for place in specific:
            after = next((m for m in mentions if m.start >= place.end), None)
            gap = text[place.end : after.start] if after is not None else ""
            if after is not None and len(gap) <= 60 and _RIGHT_AFTER.fullmatch(gap):
                by_day.setdefault(after.date, []).append(place)
                continue
            # (a place with no day of its own takes the last day named before it: "two were killed in A on Friday,
            # while one was killed in B" is one day)
            before = [m for m in mentions if m.end <= place.start]
            by_day.setdefault(before[-1].date if before else None, []).append(place)
        return list(by_day.items()) if len(by_day) > 1 else None

    def _refines(
        self,
        claim: Claim,
        speaker: Attribution,
        date: dt.date | None,
        places: list[PlaceMention],
        chosen: list[PlaceMention],
        when: str | None = None,
        sentence: Sentence | None = None,
    ) -> bool:
        """Does this sentence name, in the same voice and day, one place located in the claim's one place
        (or, right after a sector the claim was told in, the village where the fire fell)?"""
        if (
            not claim.places
            and claim.region is not None
            and claim.region.place is not None
            and claim.region.place.kind == "border"
            and len(chosen) == 1
            and _same_speaker(claim.speaker, speaker)
            and (date is None or claim.date == date)
            and any(m.start > chosen[0].start and m.place is not None and m.key == claim.region.key for m in places)
        ):
            # "... opened fire along the Line of Control. One other soldier was injured in the Rakhchikri sector
            # of the LoC": the sector of the line the claim was told on
            return True
        if len(claim.places) != 1 or len(chosen) != 1 or not chosen[0].specific:
            return False
        if date is None and claim.date is None and when and claim.told_when and when != claim.told_when:
            return False
        if not (_same_speaker(claim.speaker, speaker) or _one_military(claim.speaker, speaker)) or (
            date is not None and claim.date != date
        ):
            return False
        if (
            sentence is not None
            and is_frame(claim.places[0])
            and not is_frame(chosen[0])
            and not chosen[0].reference
            and claim.sentences[-1].index == sentence.index - 1
            and chosen[0].key != claim.places[0].key
            and _GOES_ON.match(sentence.norm) is not None
        ):
            # "Militants opened fire in the Luhansk sector after 8 p.m. They shelled positions in
            # Stanytsia Luhanska": the sector frames the village its next sentence names
            return True
        first = fold(claim.places[0].name)
        # ("in the Rakhchikri sector of the LoC" after "along the Line of Control": the place by another name)
        return chosen[0].key != claim.places[0].key and any(
            m.start > chosen[0].start
            and ((fold(m.name) + " ").startswith(first + " ") or (m.place is not None and m.key == claim.places[0].key))
            for m in places
        )

    def _counted_from(self, sentence: Sentence) -> dt.date | None:
        """The day "three days later" counts from: the day the sentence before names ("On June 28, the
        officials had agreed ... However, only three days later, troops shot at a man"), else the day
        the text is on."""
        if sentence.index == 0 or not (_COUNTED_DAYS.search(sentence.norm) or SAME_DAY.search(sentence.norm)):
            return self.date_ctx
        before = self.doc.sentences[sentence.index - 1].norm
        named = [m.date for m in self._find_dates(before, self.date_ctx) if m.date and m.kind in _NAMED_DAY_KINDS]
        return named[-1] if named else self.date_ctx

    def _said_on(self, sentence: Sentence, chosen: DateMention | None) -> DateMention | None:
        """'"This afternoon a drone dropped a grenade ...," UNIFIL said in a statement on Sunday':
        "today" inside a quotation is the day the quotation was said, when its end says which."""
        closing = self.quote_closers.get(sentence.index)
        if closing is None or chosen is None or not _TODAY.search(sentence.norm):
            return chosen
        for mention in self._find_dates(closing.norm, self.date_ctx):
            if mention.date is not None and is_statement_day(mention, closing.norm):
                return dataclasses.replace(chosen, date=mention.date, precision=mention.precision)
        return chosen

    def _past_day_statement(
        self, text: str, mentions: list[DateMention], chosen: DateMention | None
    ) -> DateMention | None:
        """ "Five violations over the past day." then "Forces opened fire five times, the JFO said in
        a statement on Tuesday": a daily statement's account is of the day before it, also when the
        sentence that says so is not the one with the statement's day. A sentence naming an event's
        own day ends that reading."""
        if any(m.kind == "past_day" for m in mentions):
            self.past_day_told = True
            if (
                chosen is not None
                and chosen.kind != "past_day"
                and chosen.date is not None
                and chosen.date == self.published
                and len([m for m in mentions if m.date is not None]) == 2
            ):
                # "... violated ceasefire 17 times over a day, representative of the republic in the JCCC on
                # July 23" in a report of July 23: the report's own day is the statement's, told of the day before
                return dataclasses.replace(chosen, kind="past_day", date=chosen.date - dt.timedelta(days=1))
            return chosen
        if not any(m.date is not None for m in mentions):
            return chosen
        if not all(is_statement_day(m, text) for m in mentions):
            self.past_day_told = False
            return chosen
        if self.past_day_told and chosen is not None and chosen.date is not None:
            return dataclasses.replace(chosen, kind="past_day", date=chosen.date - dt.timedelta(days=1))
        return chosen

    def _day_inside_the_quote(
        self, sentence: Sentence, mentions: list[DateMention], chosen: DateMention | None
    ) -> DateMention | None:
        """'"On December 18, forces violated the ceasefire seven times. ... One civilian was killed
        in Maryinka," the staff said on Thursday morning.': the day a quotation over several
        sentences gave its events stays theirs where it closes with the day it was said."""
        told = self.date_sentence
        if (
            chosen is None
            or chosen.date is None
            or told is None
            or self.date_ctx is None
            or self.date_precision != "day"
            or self.quote_closers.get(told.index) is not sentence
            or not all(is_statement_day(m, sentence.norm) for m in mentions if m.date is not None)
            or not dt.timedelta(days=0) < chosen.date - self.date_ctx <= dt.timedelta(days=3)
        ):
            return chosen
        return None

    def _today_of_yesterdays_quote(self, sentence: Sentence, chosen: DateMention | None) -> DateMention | None:
        """ "Fighting broke out at the temple yesterday ... '"By 3 pm this afternoon, Thai soldiers invaded ...," he
        said': the "today" of a quotation in a story of yesterday is the day it was said, yesterday, not the day
        the report came out."""
        told = self.date_sentence
        if (
            chosen is None
            or chosen.kind != "present"
            or self.published is None
            or chosen.date != self.published
            or self.date_ctx != self.published - dt.timedelta(days=1)
            or self.date_precision != "day"
            or told is None
            # (a story of yesterday, or of the day before publication named: "killed on Saturday, February 15")
            or (
                _YESTERDAY.search(told.norm) is None
                and not (
                    any(
                        m.kind in ("explicit", "weekday") and m.date == self.date_ctx
                        for m in self._find_dates(told.norm)
                    )
                    # (and the quotation said on no day of its own: not '"Today ...," a spokesman said on Saturday')
                    and all(m.start == chosen.start for m in self._find_dates(sentence.norm))
                )
            )
            or sentence.norm.count('"', 0, chosen.start) % 2 == 0  # (not inside a quotation)
        ):
            return chosen
        return None

    def _in_statement_frame(
        self, text: str, mentions: list[DateMention], chosen: DateMention | None
    ) -> DateMention | None:
        """ "Russia and Ukraine on Wednesday accused each other of ... The ministry said forces shelled
        X over the past 24 hours. Zelensky said a drone hit Y overnight.": a statement that names no
        day of its own was made on the day the text's statements were made, so its "past 24 hours" is
        the day before that day and its "overnight" the night into it, not counted from publication."""
        dated = [m for m in mentions if m.date is not None]
        if dated and all(is_statement_day(m, text) for m in dated):
            self.statement_day = dated[0].date
            return chosen
        if OTHER_VIOLENCE.match(text):
            self.statement_day = None  # ("In other violence, city authorities said ...": another story's statement)
        frame = self.statement_day
        if frame is None or chosen is None or chosen.date is None or len(dated) != 1:
            return chosen
        if frame == self.published or not SPEECH.search(text):
            return chosen  # (only a statement is framed; a text of today's statements needs no frame)
        if chosen.kind == "past_day":
            return dataclasses.replace(chosen, date=frame - dt.timedelta(days=1))
        if chosen.kind == "present" and _NIGHT_WORDS.fullmatch(chosen.text):
            return dataclasses.replace(chosen, date=frame)
        return chosen

    def _past_day_of_said_claim(self, sentence: Sentence, speaker: Attribution, chosen: DateMention | None) -> None:
        """ "... killed three people in the Kherson region, the local governor said Monday. Gov. X wrote
        that the casualties occurred over the last 24 hours": the claim dated by the day it was said
        happened over the day before it, as its voice goes on to say (the same side, the same story)."""
        current = self.current
        # ("Russian attacks over the weekend killed three people ..., the governor said on Monday. X wrote
        # that the casualties occurred over the last 24 hours": a claim of no one day, dated by its voice)
        undated = current is not None and current.date is None
        if (
            current is None
            or not self.in_claim
            or not (current.said_day or undated)
            or chosen is None
            or chosen.kind != "past_day"
            or chosen.date is None
            or speaker.side != current.speaker.side
            or current.sentences[-1].index < sentence.index - _SAME_STORY
            or not (current.date is None or dt.timedelta(days=0) < current.date - chosen.date <= dt.timedelta(days=1))
        ):
            return
        current.date, current.precision, current.said_day = chosen.date, chosen.precision, False
        current.add_evidence("date", sentence)

    def _incident_placed_later(self, sentence: Sentence) -> bool:
        """ "Israeli gunfire wounded five in south Lebanon. ... The military is investigating reports of the incident
        in the border village of X": the one incident told, placed by a later sentence that points back at it (the
        claim had no settlement of its own; the sentence names one, right after its words for the incident)."""
        claim = self.claims[-1] if self.claims else None
        back = _THE_INCIDENT_IN.search(sentence.norm)
        if (
            back is None
            or claim is None
            or claim.sentences[-1].index < sentence.index - _PLACED_LATER_REACH
            or any(m.specific for m in claim.places)
            or sum(1 for c in self.claims if c.date == claim.date) != 1
        ):
            return False
        spots = [m for m in choose_places(self.places(sentence.norm)) if m.specific and m.start == back.end()]
        if len(spots) != 1:
            return False
        claim.places = spots
        claim.add(sentence)
        claim.add_evidence("place", sentence)
        return True

    def _place_and_date(self, claim: Claim, sentence: Sentence, chosen: DateMention | None) -> None:
        """ "The incident occurred on 14 September near X": the day and place of the claim just told
        (whose own sentence gave only the day it was reported, or none)."""
        claim.add(sentence)
        if chosen is not None and chosen.date is not None:
            claim.date, claim.precision = chosen.date, chosen.precision
            claim.add_evidence("date", sentence)
        chosen_places = choose_places(self.places(sentence.norm))
        specific = [m for m in chosen_places if m.specific]
        if not specific and not any(m.specific for m in claim.places):
            # ("... opened fire along the Line of Control. The incident of firing occurred in the
            # Rakhchikri sector": a sector of the line is more precise than the line)
            specific = [m for m in chosen_places if m.cue == "sector" and (m.place is None or m.place.kind != "border")]
        if specific and not any(m.specific for m in claim.places):
            claim.places = specific
            claim.add_evidence("place", sentence)
        elif not specific and not claim.places:
            # ("Two Cambodians were killed in fire from Thailand. The incident occurred in the X
            # district of Y province": a district is more precise than the border or nothing;
            # "... attacked in Nagorno-Karabakh. The ministry said the attack took place in the
            # Khojavend region": where the claim's own voice says it took place, over an area
            # named in passing)
            told = _INCIDENT_OCCURRED.match(sentence.norm)
            area = next((m for m in chosen_places if not m.origin and not _on_the_line(m)), None)
            # (right after "occurred in": not "occurred as the minister was visiting X", "while troops were in X")
            if (
                area is not None
                and told is not None
                and _RIGHT_IN.fullmatch(sentence.norm, told.end(), area.start)
                and (claim.region is None or _on_the_line(claim.region) or _told_area_over(claim.region, area))
            ):
                claim.region = area
                claim.add_evidence("place", sentence)

    def _reply_of_the_other_side(self, text: str, speaker: Attribution) -> bool:
        """ "'The Israelis fired back, launching 25 shells at the outskirts of Kfar Shuba,' he told AFP":
        a party telling of the other side's reply at a place it names tells of fire on that place, not
        of its own reply."""
        if not self.lexicon.is_party(speaker.side):
            return False
        actor = find_accused(text, self.lexicon, speaker.side)
        if not self.lexicon.is_party(actor) or actor == speaker.side:
            return False
        return any(m.specific and not m.origin for m in choose_places(self.places(text)))

    def _locate_told_incident(self, sentence: Sentence, chosen: DateMention | None) -> bool:
        """ "The incident occurred near X in Y district of Z": the incident already told at Z (by
        each side that told it) was at X, which lies in Z. Every claim of that day placed at a
        place the sentence names after X takes X."""
        places = self.places(sentence.norm)
        specific = [m for m in choose_places(places) if m.specific]
        if len(specific) != 1:
            return False
        spot = specific[0]
        holders = [m for m in places if m.start > spot.end and m.key != spot.key]
        day = chosen.date if chosen is not None and chosen.date is not None else self.date_ctx
        located = False
        for claim in self.claims:
            if claim.date != day or len(claim.places) != 1:
                continue
            told = claim.places[0]
            if any(_same_place(told, m) or fold(told.name) == fold(m.name) for m in holders):
                claim.places = [spot]
                claim.add(sentence)
                claim.add_evidence("place", sentence)
                located = True
        told_by = _INCIDENT_OCCURRED.match(sentence.norm)
        prefix = told_by.group("teller") if told_by is not None else None
        teller = self.lexicon.side_word(prefix) if prefix else None
        if prefix is None:
            found = find_attribution(sentence.norm, self.tracker, update=False)
            teller = found.side if found is not None else None
        # (with no day at all, as in a report without its publication date, the undated claims)
        if not located and not self.in_claim and not self.lexicon.is_party(teller):
            # "..., a security source said. [the army's statement] An AFP correspondent said the
            # incident took place near the village of X": the day's claims that named no village
            # (only the border, a region, or nothing) were at X. (A party saying where "the attack
            # took place" tells its own claim: read as one.)
            for claim in self.claims:
                if claim.date == day and not claim.places and not (claim.region is not None and claim.region.origin):
                    claim.places = [spot]
                    claim.add(sentence)
                    claim.add_evidence("place", sentence)
                    located = True
        if not located and not self.in_claim and self.lexicon.is_party(teller):
            # "Israel said it struck Hezbollah posts after shots were fired from across the border.
            # [another matter] The military had said earlier that a security incident was unfolding
            # near X": the one claim that party made that day, placed at most on the border, was at X
            own = [
                claim
                for claim in self.claims
                if claim.speaker.side == teller
                and claim.date == day
                and all(m.place is not None and m.place.kind == "border" for m in claim.places)
            ]
            if len(own) == 1:
                own[0].places = [spot]
                own[0].add(sentence)
                own[0].add_evidence("place", sentence)
                located = True
        return located

    def _days_of_one_place(self, text: str, places: list[PlaceMention]) -> list[tuple[dt.date | None, list]] | None:
        """ "On 12 July and on 10 July, positions near X were fired at": days joined by "and" before
        the place(s) they all apply to are one incident each. None unless the sentence says so."""
        if not places or not _AND.search(text, 0, places[0].start):
            return None  # no "and" before the place: nothing to join (and no second reading of dates)
        found = self._find_dates(text, self.date_ctx)
        before = [m for m in found if m.date is not None and m.end <= places[0].start]
        mentions = [m for m in before if not is_statement_day(m, text)]
        if not mentions and not any(m.start > places[0].start for m in found):
            # "the ministry reported on Friday and Saturday that its forces came under fire in X":
            # the days it was said are the only days told, one report of fire each
            mentions = before
        if len(mentions) < 2 or len({m.date for m in mentions}) < len(mentions):
            return None
        if not all(_DAYS_JOINED.fullmatch(text[a.end : b.start]) for a, b in itertools.pairwise(mentions)):
            return None
        return [(m.date, list(places)) for m in mentions]

    def _losses_told_before(self, claim: Claim, sentence: Sentence) -> None:
        """ "Two soldiers were killed on Thursday. Pakistani troops violated the ceasefire in X, the
        army said.": the sentence just before told the losses of the fire this one tells, with no
        fire of its own; a claim that states no figure takes them (same day, or the first names none)."""
        lead = self.lead_loss
        if lead is None or lead[0] != sentence.index - 1 or claim.killed is not None or claim.wounded is not None:
            return
        index, casualties, day = lead
        if (day is not None and day != claim.date) or ANOTHER_INCIDENT.match(sentence.norm):
            return
        told = self.doc.sentences[index]
        teller = find_attribution(told.norm, self.tracker, update=False)
        if teller is not None and self.lexicon.is_party(teller.side) and teller.side != claim.speaker.side:
            return  # ('"four soldiers were killed", according to the ministry in Yerevan': the other side's losses)
        claim.add_casualties(casualties.killed, casualties.wounded, told)
        self.lead_loss = None

    def _new_claim(
        self,
        sentence: Sentence,
        speaker: Attribution,
        date: dt.date | None,
        precision: str,
        part: str | None,
        chosen_places: list[PlaceMention],
        border: PlaceMention | None,
        accused: str | None,
        setting: tuple[list[PlaceMention], Sentence] | None = None,
        dated: bool = True,
    ) -> Claim:
        """A claim begun by this sentence, now the one being read."""
        sentence_for_place = setting[1] if setting is not None else sentence
        if part is None and not dated and date is not None and self.date_sentence is not None:
            # ("On the night of September 13-14, the situation was tense. In particular, the enemy used attack
            # drones near Jermuk": the part of the day the claim's day was told with)
            part = part_of_day(self.date_sentence.norm)
        claim = Claim(speaker=speaker, date=date, precision=precision, part=part)
        claim.past_day = self.date_kind == "past_day" and date is not None and date == self.date_ctx
        # (residents telling of fire at their place are a voice of their own, not the outlet's summary of the day)
        claim.summary_only = (
            speaker.side == "media"
            and accused is None
            and not (speaker.kind == "witness" and _WITNESSES_SPEAK.search(sentence.norm) is not None)
        )
        claim.add(sentence)
        if setting is not None:
            claim.sentences.insert(0, setting[1])
        claim.add_evidence("date", sentence if dated or self.date_sentence is None else self.date_sentence)
        claim.day_borrowed = not dated and date is not None
        claim.add_evidence("claimant", sentence)
        _fill(claim, sentence, sentence_for_place, chosen_places, border, accused)
        self._lede_of_the_same_voice(claim, sentence)
        self.claims.append(claim)
        self.current = claim
        self.in_claim = True
        return claim

    def _lede_of_the_same_voice(self, claim: Claim, sentence: Sentence) -> None:
        """ "A warrant officer was killed in X on July 29. The Defence Ministry reported that positions in Y were
        also subjected to fire": the outlet's lede, told in no voice, is the account of the body that goes on with
        "also" in the sentence right after it (the same side's claim against the same side)."""
        before = self.claims[-1] if self.claims else None
        if (
            before is None
            or (before.speaker.kind, before.speaker.claimant) != ("media", self.tracker.media().claimant)
            or not self.lexicon.is_party(claim.speaker.side)
            or claim.speaker.kind in ("witness", "unnamed", "media")
            or before.sentences[-1].index != sentence.index - 1
            or before.accused in (None, claim.speaker.side)
            or any(SPEECH.search(s.norm) for s in before.sentences)
            or before.date != claim.date
            or _ALSO_OF_THE_SAME.search(sentence.norm) is None
        ):
            return
        before.speaker = claim.speaker
        before.summary_only = False
        before.add_evidence("claimant", sentence)

    def draft(self, sentence: Sentence) -> Claim:
        """A claim from a sentence the reading gave none, for a reviewer who judges it one: the voice
        and the day as the reading stood at that sentence, the places, side and losses it names. Not
        kept among the reading's claims."""
        text = sentence.norm
        speaker, chosen, day, precision = self.read_as.get(sentence.index, (self.tracker.media(), None, None, "day"))
        accused = find_accused(text, self.lexicon, speaker.side)
        if speaker.side is None:
            speaker = resolve_side(speaker, accused, self.doc.url, self.lexicon, self.filed_in)
        since = chosen is not None and since_told(chosen, text)
        if since:
            chosen, day = None, None  # "since August 5 last year" had drafted 5 August (walk8): the reviewer enters it
        named_day = chosen is not None and chosen.date is not None
        if chosen is not None and chosen.date is not None:  # the day it names, else the day the text was on
            day, precision = chosen.date, chosen.precision
        claim = Claim(speaker=speaker, date=day, precision=precision, part=part_of_day(text), day_unknown=since)
        claim.add(sentence)
        claim.add_evidence("claimant", sentence)
        if named_day:
            claim.add_evidence("date", sentence)
        _fill(claim, sentence, sentence, choose_places(self.places(text)), border_mention(text, self.lexicon), accused)
        casualties = find_casualties(text)
        claim.add_casualties(casualties.killed, casualties.wounded, sentence)
        return claim

    def _continues(
        self,
        claim: Claim,
        speaker: Attribution,
        date: dt.date | None,
        part: str | None,
        places: list[PlaceMention],
        accused: str | None,
        when: str | None = None,
    ) -> bool:
        if not _same_speaker(claim.speaker, speaker):
            return False
        if claim is self._apart_from and any(
            not m.origin and not any(_same_place(m, k) for k in claim.places) for m in places
        ):
            return False  # (the second clause of "A was hit, while B was hit": another place, another incident)
        if (
            date is not None
            and claim.date is not None
            and date != claim.date
            and not self._day_and_spot_told(claim, date, places)
        ):
            return False
        if date is None and claim.date is None and when and claim.told_when and when != claim.told_when:
            return (
                False  # "... on Tuesday." then "Last week, a jawan was killed ...": no day known, another all the same
            )
        if part is not None and claim.part is not None and part != claim.part:
            return False
        # ("Shooting comes from the town of Y": where fire came from is no other incident)
        places = [m for m in places if not m.origin]
        if places:
            keys = {m.key for m in places}
            known = {m.key for m in claim.places} | ({claim.region.key} if claim.region else set())
            if claim.places:
                # (a village named after the text moved to another day, "On Wednesday night also,
                # ...", is that day's, not inside the sector of the claim told before)
                moved = date is None and claim.date is not None and self.date_ctx not in (None, claim.date)
                if (
                    not all(any(_same_place(m, k) for k in claim.places) for m in places)
                    and not keys <= known
                    and (moved or not _settlement_in_sector(claim, places))
                ):
                    return False  # another village: another incident
            elif (
                not any(m.specific for m in places)
                and claim.region is not None
                and claim.region.place is not self.border
                and not keys <= known
            ):
                return False  # another region
            elif beyond_town_district(claim.region, places) or beyond_named_region(claim.region, places):
                return False  # "in Popasna district" then "in the Donetsk sector", 90 km off: another incident
            # a specific place for a claim that named only a region or the border refines it
        return not (accused and claim.accused and accused != claim.accused and not self.lexicon.is_party(speaker.side))

    def _reports_attacks_on_the_other_side(self, text: str, side: str | None) -> bool:
        found = _REPORTED_ATTACKS_ON.search(text)
        return found is not None and side_word(found.group("whose"), self.lexicon) == self.lexicon.opponent(side)

    def _fire_from_other_places(self, text: str, claim: Claim, chosen: list[PlaceMention]) -> bool:
        """ "... opened fire at positions in the village of A. Azerbaijani positions underwent fire from the
        positions located in the villages of B and C.": a bulletin's next item, whose target it leaves
        unnamed, is another incident, placed where the fire came from (not "Shooting comes from the
        town of Y", which tells where the fire just told came from)."""
        return (
            bool(chosen)
            and bool(claim.places)
            and all(m.origin for m in chosen)
            and not any(_same_place(m, k) for m in chosen for k in claim.places)
            and fire_fell_on_own_positions(text, self.lexicon)
        )

    @staticmethod
    def _day_and_spot_told(claim: Claim, date: dt.date, places: list[PlaceMention]) -> bool:
        """ "Indian officials claimed firing along the border in Kashmir left two dead." then "Singh accused
        the Pakistani guards of firing in the R S Pura sector on Thursday night.": a claim that named only
        a region, on the day the text was on (another party's day), is told in full by its voice's next
        sentence: the spot and the day (the one before or after) are that sentence's. (Not an attack
        recalled from days before: "Armenia resumed shelling after the provocation on March 5".)"""
        return (
            claim.day_borrowed
            and claim.date is not None
            and abs((date - claim.date).days) <= 1
            and not any(m.specific for m in claim.places)
            and any(m.specific and not m.origin for m in places)
        )

    def _merge(
        self,
        claim: Claim,
        sentence: Sentence,
        places: list[PlaceMention],
        border: PlaceMention | None,
        accused: str | None,
        casualties: Any,
    ) -> None:
        placed_first = not claim.places and claim.region is None and bool(places)
        claim.add(sentence)
        # (places with figures of their own, a local area the gazetteer lacks among them)
        specific = _places_with_own_figures(sentence.norm, places, casualties) or [m for m in places if m.specific]
        first_place = bool(specific) and not claim.places
        if len(claim.places) == 2 and not claim.per_place and casualties and len(specific) == 1:
            _split_pooled_figure(claim, specific[0], casualties)
        if claim.places:
            _refine_to_settlement(claim, places, sentence)
        if specific and not claim.places:
            claim.places = specific
            claim.add_evidence("place", sentence)
            if len(specific) > 1 and casualties:
                # "one was killed in A, another in B": each place's own figure, also when the
                # list comes after a lede that gave the total
                figures = per_place_casualties(sentence.norm, [(m.start, m.end) for m in specific])
                if figures is not None:
                    claim.per_place = {m.key: f for m, f in zip(specific, figures)}
        elif (
            len(places) > 1
            and not claim.places
            and claim.region is None
            and places[0].group is not None
            and all(m.group == places[0].group and not m.origin for m in places)
        ):
            # ("... called the bombardment a targeted attack. He said the regions of A, B and C were also attacked":
            # a list of regions the claim's voice names, one incident each, as a new claim's list is)
            claim.places = list(places)
            claim.add_evidence("place", sentence)
        elif places and not claim.places and (claim.region is None or _on_the_line(claim.region)):
            # ("exchanged fire at the border" then "gunfire from the vicinity of the temple in X
            # province": the area named next is more precise than the line)
            if claim.region is None or not (_on_the_line(places[0]) or places[0].origin):
                claim.region = places[0]
                claim.add_evidence("place", sentence)
        elif claim.region is None and border is not None and not claim.places:
            claim.region = border
        if accused and claim.accused is None:
            claim.accused = accused
            claim.summary_only = False
            claim.add_evidence("accused_side", sentence)
        for weapon in find_weapons(sentence.norm):
            if weapon.lower() not in {w.lower() for w in claim.weapons}:
                claim.weapons.append(weapon)
                claim.add_evidence("weapons", sentence)
        if first_place and len(specific) > 1:
            claim.place_weapons = _weapons_place_by_place(sentence.norm, specific)
        if first_place and len(specific) == 1:
            # "Strikes killed at least 10 in the south, the ministry said. An Israeli strike killed six in
            # X": the first place named is one incident of the total the claim began with; its own
            # figures are the incident's
            if casualties.killed is not None:
                claim.killed = None
            if casualties.wounded is not None:
                claim.wounded = None
        for kind in ("killed", "wounded"):
            figure, total = getattr(casualties, kind), getattr(claim, kind)
            if (
                placed_first  # (not "seven killed in two attacks on Kharkiv ... A missile hit a bus stop, killing two")
                and figure is not None
                and total
                and figure < total
                and any(_SEPARATE_INCIDENTS.search(told) for told in claim.evidence.get(kind, []))
            ):
                # "Two soldiers were killed in separate border clashes on Monday. ... opened fire on positions
                # in X, killing one soldier": the lede's total is of both incidents, this one's is its own
                setattr(claim, kind, None)
        claim.add_casualties(casualties.killed, casualties.wounded, sentence)
        self.in_claim = True

    def _replace_speaker(self, old: Attribution, new: Attribution) -> None:
        tracker = self.tracker
        for name, person in list(tracker.names.items()):
            if person == old or (person.side is None and person.claimant == old.claimant):
                tracker.names[name] = Attribution(new.claimant, new.side, person.kind, person.start)
        if tracker.last_spokesperson is not None and tracker.last_spokesperson.side is None:
            tracker.last_spokesperson = Attribution(new.claimant, new.side, tracker.last_spokesperson.kind)
        if tracker.last_ministry is not None and tracker.last_ministry.side is None:
            tracker.last_ministry = Attribution(new.claimant, new.side, "ministry")
        if tracker.current == old:
            tracker.current = new


_SAID_BEFORE_DAY = re.compile(r"\b(?:said|says|confirmed|claimed|reported|announced|stated|told\s+\w+)\s+$", re.I)
_SAID_AFTER_DAY = re.compile(r"\s+(?:confirmed|claimed|said|reported|announced|stated)\s+that\b", re.I)


def _fill(
    claim: Claim,
    sentence: Sentence,
    place_sentence: Sentence,
    chosen_places: list[PlaceMention],
    border: PlaceMention | None,
    accused: str | None,
) -> None:
    """A new claim's places (a list of several: one incident each), the side it blames and the
    weapons its sentence names, each with that sentence as evidence."""
    several = len(chosen_places) > 1
    claim.places = list(chosen_places) if several else [m for m in chosen_places if m.specific]
    claim.region = None if several else next((m for m in chosen_places if not m.specific), None) or border
    if claim.places or claim.region is not None:
        claim.add_evidence("place", place_sentence)
    claim.accused = accused
    if accused:
        claim.add_evidence("accused_side", sentence)
    claim.weapons = find_weapons(sentence.norm)
    if claim.weapons:
        claim.add_evidence("weapons", sentence)
    if several and place_sentence is sentence:
        claim.place_weapons = _weapons_place_by_place(sentence.norm, claim.places)


# a verb of fire told again before each place of "... dropped a bomb in A and fired munitions at B"
_ACT_BEFORE_PLACE = re.compile(
    r"\b(?:fired|dropped|struck|hit|shelled|targeted|bombed|attacked|launched|opened\s+fire)\b", re.I
)


# a clause opening right before a place ("..., B was shelled", "... and B came under fire")
# (", and that the village of B was hit": a reported clause of its own, the place named by its kind)
_CLAUSE_OPENS = re.compile(
    r"(?:,|;|\band)\s*(?:that\s+)?(?:the\s+)?(?:(?:village|town|city|settlement)\s+of\s+(?:the\s+)?)?$", re.I
)
# the place's own verb of fire, passive, after it ("B industrial zone was shelled twice", "B came under fire")
_PASSIVE_ACT_AFTER_PLACE = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:was|were|came)\s+(?:also\s+|again\s+)?"
    r"(?:shelled|hit|attacked|struck|targeted|bombed|fired\s+(?:at|on|upon)|under\s+(?:[\w-]+\s+){0,2}?fire)\b",
    re.I,
)


# "... were also subjected to the fire", "also came under fire", "also opened fire": more of what was just told
_ALSO_OF_THE_SAME = re.compile(
    r"\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+also\s+(?:subjected|shelled|fired|hit|targeted|attacked|under)\b|"
    r"\balso\s+(?:came\s+under|were\s+(?:subjected|shelled|fired|hit|targeted)|opened\s+fire|fired|shelled)\b",
    re.I,
)


_ANOTHER_HAND_AFTER = re.compile(
    # (a weapon's name is no hand: "was hit by Grad rockets")
    r"[^.;]{0,80}?(?:\bby\s+(?!(?:Grad|Uragan|Smerch|Kornet|Katyusha|Tochka|Iskander|Shahed|Kalibr|Kinzhal)\b)"
    r"(?:our|its|their|the\s+(?-i:[A-Z])[\w'’-]+|(?-i:[A-Z])[\w'’-]+)|"
    r"\bin\s+(?:a\s+)?(?:response|return|retaliation)|\breturn\s+(?:fire|strike)|\b(?:claimed|said|alleged)\b)",
    re.I,
)


_LOCATOR_BETWEEN = re.compile(
    r"\s*,?\s*(?:(?:\d+\s*(?:km|kilomet(?:er|re)s|miles)\s+)?(?:north|south|east|west|northeast|northwest|southeast|"
    r"southwest)(?:ern)?\s+of|near|outside|close\s+to)\b[^,.;]{0,40}?",
    re.I,
)
_NEW_ACTOR = re.compile(r"\b(?:troops|forces|army|soldiers|militants|units|fighters|jets|warplanes)\b", re.I)


def _places_with_own_acts(text: str, places: list[PlaceMention], lexicon: Lexicon) -> list[PlaceMention]:
    """Two or more settlements of one sentence, not a list, each after its own verb of fire of the same actor (the
    words since the place before hold a verb and no new subject: not "... and Indian troops targeted posts near
    Kotli", the other side's fire): each is a place of the claim. Else none."""
    spots = [m for m in places if m.specific and not m.origin and not m.reference and m.group is None]
    # ("the village of A, west of the rebel stronghold of D, was hit ... and that the village of B near the port city
    # of M was hit": a town right after a place, named to locate it, is no place of its own; the place's clause
    # goes on after it)
    ends: dict[int, int] = {}
    for before, after in itertools.pairwise(spots):
        if _LOCATOR_BETWEEN.fullmatch(text, before.end, after.start):
            ends[before.start] = after.end
    spots = [m for m in spots if m.end not in ends.values()]
    if len(spots) < 2 or len({m.key for m in spots}) != len(spots):
        return []
    previous_end = 0
    for at, mention in enumerate(spots):
        between = text[previous_end : mention.start]
        # ("... fired at the forces near A from mortars, B industrial zone was shelled twice": a clause of its own,
        # its verb after it)
        # (the first place too: "... said A, west of D, was hit by rockets and that B was hit by mortars")
        clause_at = ends.get(mention.start, mention.end)
        clause_at += 1 if text[clause_at : clause_at + 1] == "," else 0  # ("A, west of D, was hit")
        passive = _PASSIVE_ACT_AFTER_PLACE.match(text, clause_at)
        own_clause = (
            passive is not None
            and (at == 0 or _CLAUSE_OPENS.search(between))
            # (not "B was shelled by our artillery in response", "..., the militants claimed": another's fire)
            and not _ANOTHER_HAND_AFTER.match(text, passive.end())
        )
        if _ACT_BEFORE_PLACE.search(between) is None and not own_clause:
            return []
        if at and (_NEW_ACTOR.search(between) or lexicon.side_word(between) is not None):
            return []
        previous_end = ends.get(mention.start, mention.end)
    return spots


# a day or time named in an item ("; on Tuesday, B"): an item of another day, which the claim's day is not
_ITEM_DAY = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|morning|evening|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)\b"
)


_VOICE_VERB = re.compile(r"\b(?:said|says|told|reported|according\s+to|stated|announced)\b", re.I)
_ITEM_NEGATED = re.compile(r"\b(?:no|not|never|without)\b", re.I)


# a time of day or a span of them: "at 6:20p.m to 6:40p.m and 10:30p.m to 10:45p.m", "from 21:30 to 22:00"
_CLOCK = r"(?:\d{1,2}[:.]\d{2}(?:\s?[ap]\.?\s?m\b\.?)?|\d{1,2}\s?[ap]\.?\s?m\b\.?)"
_CLOCK_SPAN = re.compile(rf"\b(?:at|from|between)\s+{_CLOCK}(?:\s*(?:to|till|until|and|-|–)\s*{_CLOCK}){{0,6}}", re.I)


_ITEM_OPENS_WITH_WHERE = re.compile(
    r"\W*(?:(?:and|as\s+well\s+as)\s+)?(?:also\s+)?(?:from|near|in|at|on|around|outside)\b", re.I
)


def _places_clock_by_clock(text: str, places: list[PlaceMention], lexicon: Lexicon) -> list[PlaceMention]:
    """A bulletin's items each ending in its time of day ("violated the ceasefire from positions near A village of X
    region at 1:35a.m to 1:50a.m, from B village of Y region at 1:40a.m to 1:50a.m, and from C village at 4:40a.m"):
    the places of every item, the villages it names (where fire came from, when that is all it names) or else its
    region, when two or more items name one and no later item names an actor, a side or a day of its own. Else none."""
    ends = [m.end() for m in _CLOCK_SPAN.finditer(text)]
    if len(ends) < 2:
        return []
    itemized: list[PlaceMention] = []
    items = 0
    for lo, hi in itertools.pairwise([0, *ends]):
        inside = [m for m in places if lo <= m.start < hi and not m.reference]
        own = [m for m in inside if m.specific] or [m for m in inside if m.cue is not None][:1]
        if not own:
            continue
        before = text[lo : own[0].start]
        if _ITEM_NEGATED.search(text, lo, hi):
            return []
        if items and (
            _NEW_ACTOR.search(before)
            or lexicon.side_word(before) is not None
            or _ITEM_DAY.search(text, lo, hi)
            # (an item of the list opens with where, "from B village", "near C", or names its fire or weapon, "mortar
            # fire near C": not "and residents were moved to D")
            or not (_ITEM_OPENS_WITH_WHERE.match(before) or find_weapons(before) or _FIRE_WORD.search(before))
        ):
            return []
        items += 1
        itemized.extend(own)
    return itemized if items >= 2 and len({m.key for m in itemized}) == len(itemized) else []


def _places_item_by_item(text: str, places: list[PlaceMention], lexicon: Lexicon) -> list[PlaceMention]:
    """A bulletin's items split by semicolons, each a weapon (or a verb of fire) and where it was used ("fired
    120mm mortars near A (94km south of Donetsk); an antitank missile system – outside B; small arms – near C"):
    the places of every item, when the first item with a place holds a verb of fire and no later item names an
    actor, a side or a day of its own (not "...; Azerbaijani forces answered near C"). Else none."""
    bounds = [0, *(i for i, ch in enumerate(text) if ch == ";"), len(text)]
    itemized: list[PlaceMention] = []
    items = 0
    for lo, hi in itertools.pairwise(bounds):
        own = [m for m in places if lo <= m.start < hi and m.specific and not m.origin and not m.reference]
        if not own:
            continue
        before = text[lo : own[0].start]
        if _ITEM_NEGATED.search(text, lo, hi):
            return []  # ("...; no shelling near B was recorded": not a place of the fire)
        if not items:
            if _ACT_BEFORE_PLACE.search(before) is None:
                return []
        elif (
            not (find_weapons(before) or _ACT_BEFORE_PLACE.search(before))
            or _NEW_ACTOR.search(before)
            or lexicon.side_word(before) is not None
            or _ITEM_DAY.search(text, lo, hi)
        ):
            return []
        items += 1
        itemized.extend(own)
    return itemized if items >= 2 and len({m.key for m in itemized}) == len(itemized) else []


def _said_that_day(mention: DateMention, text: str) -> bool:
    """Is the day the one something was said on, written with its verb ("said on Monday", "the
    ministry on Monday confirmed that")? Not "... fired on Saturday, a spokesman said": that is the
    fire's day."""
    return bool(
        _SAID_BEFORE_DAY.search(text, max(0, mention.start - 30), mention.start)
        or _SAID_AFTER_DAY.match(text, mention.end)
    )


def _own_forces_act(text: str, adjective: str | None) -> bool:
    """ "An Israeli security source said the Israeli military 'struck a Hezbollah terrorist'": the
    speaker's own forces, named by its adjective, are the actor; the other side is the target."""
    if not adjective:
        return False
    return (
        re.search(
            rf"\b{re.escape(adjective)}\s+(?:military|army|forces|troops|jets|aircraft|warplanes|drones?|artillery|"
            r"air\s+force)\s+(?:also\s+|then\s+)?[\"“]?(?:struck|hit|targeted|attacked|fired|shelled|bombed|killed|eliminated)\b",
            text,
        )
        is not None
    )


def _settlement_in_sector(claim: Claim, places: list[PlaceMention]) -> list[PlaceMention]:
    """The one village a sentence names after a claim that named only a sector (else nothing)."""
    if len(claim.places) != 1 or claim.places[0].cue != "sector":
        return []
    # ("at Chakra village in Hiranagar sector": the claim's own sector named again is no other place)
    others = [m for m in places if m.specific and not _same_place(m, claim.places[0])]
    villages = [m for m in others if m.cue in SETTLEMENT_CUES]
    return villages if len(villages) == 1 and len(others) == 1 else []


def _split_pooled_figure(claim: Claim, named: PlaceMention, casualties: Casualties) -> None:
    """ "Six civilians were injured in A and B ... five were injured in B": the figure pooled over
    two places, then given for one of them, leaves the rest to the other (B 5, A 1)."""
    others = [m for m in claim.places if not _same_place(m, named)]
    if len(others) != 1:
        return
    for kind in ("killed", "wounded"):
        pooled, figure = getattr(claim, kind), getattr(casualties, kind)
        other_kind = "wounded" if kind == "killed" else "killed"
        if pooled and figure and figure < pooled and getattr(casualties, other_kind) is None:
            claim.per_place = {
                named.key: Casualties(**{kind: figure}),
                others[0].key: Casualties(**{kind: pooled - figure}),
            }
            return


def _refine_to_settlement(claim: Claim, places: list[PlaceMention], sentence: Sentence) -> None:
    """ "... firing in the Khuiratta sector. Fire hit a house in Jijot village, injuring a man": a
    village named by a later sentence of the claim is where it happened, inside the sector. Of a claim told in
    several sectors, a village named as one sector's ("lost her life in Kairni village of Neza Pir sector") takes
    that sector's place."""
    villages = _settlement_in_sector(claim, places)
    if villages:
        claim.places = villages
        claim.add_evidence("place", sentence)
        return
    found = _village_of_a_sector(claim, places, sentence.norm)
    if found is not None:
        village, held = found
        claim.places = [m for at, m in enumerate(claim.places) if at not in held[1:]]
        claim.places[held[0]] = village
        claim.per_place = {}
        claim.add_evidence("place", sentence)


def _village_of_a_sector(claim: Claim, places: list[PlaceMention], text: str) -> tuple[PlaceMention, list[int]] | None:
    """Of a claim told in several sectors, a village the sentence names as one sector's ("lost her life in Kairni
    village of Neza Pir sector"), with where that sector stands among the claim's places."""
    if len(claim.places) < 2:
        return None
    for village, container in itertools.pairwise(places):
        if (
            village.specific
            and village.cue in SETTLEMENT_CUES
            and container.cue == "sector"
            and _VILLAGE_OF_SECTOR.fullmatch(text, village.end, container.start)
            # (where the loss was: "lost her life in Kairni village of X sector", not "a resident of Kirni village in
            # X sector", where she lives)
            and _AT_THE_VILLAGE.search(text, max(0, village.start - 12), village.start) is not None
            and not any(_same_place(village, m) for m in claim.places)
        ):
            held = [at for at, m in enumerate(claim.places) if _same_place(m, container)]
            return (village, held) if held else None
    return None


_AT_THE_VILLAGE = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?$", re.I)
_VILLAGE_OF_SECTOR = re.compile(r"\s+(?:village|town|hamlet)?\s*(?:of|in)\s+(?:the\s+)?", re.I)


_FULL_DATE_SENTENCES = 40  # how far into a text without a publication date its first full date is looked for


def _first_full_date(sentences: list[Sentence]) -> dt.date | None:
    """The first calendar date with its year among the text's first sentences, if any."""
    for sentence in sentences[:_FULL_DATE_SENTENCES]:
        for mention in find_dates(sentence.norm, None):
            if mention.kind == "explicit" and mention.date is not None:
                return mention.date
    return None


def _on_the_line(mention: PlaceMention) -> bool:
    """ "the border", "the Line of Control": the whole line, the vaguest place a claim can have."""
    return mention.place is not None and mention.place.kind == "border"


def _told_area_over(region: PlaceMention, area: PlaceMention) -> bool:
    """Whether the area a sentence says an incident "took place in" replaces the claim's region: both
    areas the gazetteer knows, different, the claim's not where fire came from."""
    return (
        not region.origin
        and region.place is not None
        # (a commune or village the gazetteer lacks, named with its kind, is more precise than a province)
        and (area.place is not None or area.cue in ("commune", "village", "town", "settlement"))
        # ("along the border in Pursat province": a province named by its kind, though the gazetteer holds its town)
        and (region.place.precision in ("region", "country") or region.cue in ("province", "region", "oblast"))
        and (area.place is None or region.place.key != area.place.key)
    )


def in_region(mention: PlaceMention, region: PlaceMention) -> bool:
    """Does the gazetteer put the place inside the region ("Orikhiv" in the Zaporizhzhia region)?"""
    if mention.place is None or region.place is None or not mention.place.admin1:
        return False
    return fold(region.place.name).split()[0] in fold(mention.place.admin1)


# a loss word, then the rest of its clause up to where an area is named: "were lightly injured when a bomb went off near
# them in (the Har Dov region)"
_LOSS_CLAUSE_BEFORE = re.compile(r"\b(?:killed|wounded|injured|hurt)\b[^,;:]*$", re.I)


def _same_place(a: PlaceMention, b: PlaceMention) -> bool:
    """One place, also when spelled two ways in one report ("Khuiratta", "Khuriatta"): two names,
    one at least unknown to the gazetteer, that differ by two letters swapped or one letter changed,
    or only as transliterations do ("Baghsar", "Bagsar")."""
    if a.key == b.key:
        return True
    if a.place is not None and b.place is not None:
        return False
    x, y = fold(a.name), fold(b.name)
    if len(x) >= 5 and skeleton(x) == skeleton(y):
        return True  # "Baghsar" and "Bagsar": one name in two transliterations
    if len(x) != len(y) or len(x) < 6:
        return False
    diff = [i for i, (p, q) in enumerate(zip(x, y, strict=True)) if p != q]
    if len(diff) == 1:
        return True
    return len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]]


# the words between a place and the district or region that holds it
_LOCAL_AREA_CUES = {"valley", "sector"}
_CONTAINER_LINK = re.compile(
    r"\s+(?:(?i:sector|valley|area|village|town|tehsil|block)\s+)?(?:of|in)\s+(?:the\s+)?(?:(?i:district)\s+)?"
)


def _places_with_own_figures(
    text: str, places: list[PlaceMention], casualties: Casualties
) -> list[PlaceMention] | None:
    """ "Three were killed in A while two others were killed in B": places named apart, each with
    its own figure, are an incident each (not the first place with the sum)."""
    # (an area the gazetteer does not know, "Three were killed in the Nakyal region, while a fourth
    # died in the Baghsar area", is a local one: the regions of the parties' countries are known)
    # ("one near the Butivka mine, one in Verkhniotoretske and two near the Luhanske village": "near" a member
    # of a list, not a reference point)
    # ("and 10 in Leepa valley of district Hattian Bala": a valley or sector named by its cue is a place of the list)
    named = list(
        {
            m.key: m
            for m in places
            if (m.specific or m.place is None or m.cue in _LOCAL_AREA_CUES) and (not m.near or m.group is not None)
        }.values()
    )
    # ("in Nauseri sector of Muzaffarabad district and 10 in Leepa": the district holds the sector)
    # (only the mention right before each is looked at: linear in the mentions of a long sentence)
    ordered = sorted(places, key=lambda m: (m.start, m.end))
    before = {id(m): ordered[at - 1] for at, m in enumerate(ordered) if at > 0}
    specific = [
        m
        for m in named
        if not (
            id(m) in before
            and before[id(m)].end <= m.start
            and _CONTAINER_LINK.fullmatch(text, before[id(m)].end, m.start)
        )
    ]
    if len(specific) < 2 or not casualties:
        return None
    return specific if per_place_casualties(text, [(m.start, m.end) for m in specific]) is not None else None


def _quote_closers(sentences: list[Sentence]) -> dict[int, Sentence]:
    """For sentences inside a quotation that spans sentences, the sentence where it closes."""
    closers: dict[int, Sentence] = {}
    open_run: list[int] = []
    for sentence in sentences:
        if sentence.heading:
            open_run = []
            continue
        quotes = sentence.norm.count('"')
        if open_run:
            if quotes % 2 == 1:  # the quotation closes here
                for index in open_run:
                    closers[index] = sentence
                open_run = []
            else:
                open_run.append(sentence.index)
        elif quotes % 2 == 1:
            open_run = [sentence.index]
    return closers


def _weapons_place_by_place(text: str, places: list[PlaceMention]) -> dict[str, list[str]]:
    """ "opened fire from a grenade launcher and small arms not far from A, a sniper was working in the
    other direction, in the suburb of B": each place's weapons are those told from the place before it
    up to it (after the last, the last's); only when every place has weapons of its own (not "fired
    mortars at A, B and C", one fire told at a list). Linear in the text."""
    ordered = sorted(places, key=lambda m: m.start)
    found: dict[str, list[str]] = {}
    previous_end = 0
    for i, mention in enumerate(ordered):
        end = len(text) if i == len(ordered) - 1 else mention.end
        own = find_weapons(text[previous_end:end])
        if not own:
            return {}
        found[mention.key] = own
        previous_end = end
    return found


# Patterns run over a whole sentence only when it holds a word every match of theirs holds (same
# answers; folded.gated)
_SOURCE_OF_PREVIOUS = gated(_SOURCE_OF_PREVIOUS)
_INCIDENT_OCCURRED = gated(_INCIDENT_OCCURRED)
_BLAMED = gated(_BLAMED)
RECAP = gated(RECAP)
