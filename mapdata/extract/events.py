"""Does a sentence report an incident? Trigger words and the signals that cancel them.

A trigger ("opened fire", "shelled", "violated the ceasefire", "downed a drone", "clashes")
makes a sentence a candidate. It is not an incident of its own when it is symmetric ("clashes
between Armenia and Azerbaijan", "accused each other": a summary), negated ("no ceasefire
violations overnight"), a side's own retaliation ("took retaliatory measures"), or background
("the 2020 war", "since 1991").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from mapdata.extract.folded import FoldedPattern, gated
from mapdata.extract.lexicon import Lexicon, lexicon_for
from mapdata.extract.text import RANKING_WORDS, SCARE_QUOTES, motive_start
from mapdata.profiles import default_catalog

__all__ = ["AGREEMENT_CLAUSE", "Signals", "classify", "told_before_motive"]

_MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# a stretch of time over which incidents are counted ("this month", "in the past week", "almost daily", "in April")
_A_PERIOD = (
    rf"\b(?:this\s+(?:month|week|year)|the\s+(?:past|last)\s+(?:\w+\s+)?(?:days|weeks?|months?|years?)|"
    rf"last\s+(?:week|month|year)|(?:almost\s+)?daily|every\s+day|during\s+the\b|in\s+{_MONTH_NAME}\b|so\s+far)"
)
_STRONG = FoldedPattern(
    r"\b(?:open(?:ed|s|ing)?\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}fire|"
    # "fired at", "firing heavy weapons into the towns": fire and where it went
    # ("injured in firing across the India-Pakistan border")
    r"fir(?:ed|es|ing)\s+(?:[\w-]+\s+){0,3}?(?:at|on|upon|towards?|into|against|from|in\s+the\s+direction)\b|"
    # (told as done or going on: not "would respond to any firing across the LoC", "fear firing across the border
    # will resume")
    r"fired\s+(?:[\w-]+\s+){0,3}?across\b|(?:in|during|amid)\s+(?:[\w-]+\s+){0,2}?firing\s+across\b|"
    r"firing\s+across\s+(?:[\w'’-]+\s+){0,10}?(?:continued|went\s+on|erupted|broke\s+out|intensified)\b|"
    # "started firing Azerbaijani Armed Forces' positions": fire with its target as object (not the
    # noun "firing positions", nor "fired a shot")
    r"(?:started|began|continued|kept)\s+firing\s+(?:[\w'’-]+\s+){1,4}?(?:positions|posts|villages|settlements)\b|"
    # "the positions on nameless heights of the Gadabay district were shot at from ...": fire at them
    r"(?:was|were|been|being)\s+(?:also\s+|again\s+|repeatedly\s+|constantly\s+)?shot\s+at\b|"
    # ("four wounded Armenian soldiers as a result of Azerbaijani shootings in the direction of Sotk": the losses' cause)
    # (not "as a result of a fire at a post", "of an accidental fire", "of friendly fire": no enemy's)
    r"as\s+a\s+result\s+of\s+(?!an?\s)(?:the\s+)?(?!accidental\b|friendly\b)(?:[\w-]+\s+){0,2}?"
    # (not a bare "fire": "Our serviceman died as a result of Armenian fire in X" heads a report that tells it again)
    r"(?:shootings?|shelling|gunfire|firing|strikes?|attacks?)\b|"
    # "a drone dropped a grenade on a barn": a blast dropped from the air
    r"dropp(?:ed|ing|s)\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?(?:[\w-]+\s+){0,2}?(?:bombs?|grenades?|munitions?|explosives?|shells?)\b|"
    # "Pakistan troops today indulged in firing along LoC", "resorted to unprovoked shelling": fire, so told
    r"(?:indulg|engag)(?:ed|es|ing)\s+in\s+(?:[\w-]+\s+){0,3}?(?:firing|shelling)\b|"
    # ("resorted to small and medium weapon firing")
    r"resort(?:ed|s|ing)\s+to\s+(?:[\w-]+\s+){0,3}?(?:firing|shelling|fire)\b|"
    r"resort(?:ed|s|ing)\s+to\s+(?:small|medium|heavy|light|automatic)\s+and\s+(?:small|medium|heavy|light|automatic)\s+"
    r"(?:calibre\s+|caliber\s+)?(?:weapons?|arms)\s+(?:firing|fire|shelling)\b|"
    # "Hezbollah set off a large bomb on the border", "detonated an explosive device near a patrol": a blast set
    r"(?:set(?:s|ting)?\s+off|detonat(?:ed|es|ing))\s+(?:an?\s+|the\s+|two\s+)?(?:[\w-]+\s+){0,2}?(?:bombs?|explosives?|(?:explosive\s+)?devices?|IEDs?|charges?|mines?)\b|"
    # "Cambodian troops continue to bombard Thai positions": fire going on, told in its base form
    r"(?:continue[sd]?|keeps?|kept)\s+(?:to\s+|on\s+)?(?:bombard|pound|attack|strike|target|shoot\s+at)\b|"
    # "Azerbaijani combat positions underwent fire by Armenia", "positions took fire from ...": fire that fell
    r"(?:underwent|undergone|undergoes|took|sustained)\s+(?:[\w-]+\s+){0,2}?(?:fire|shelling)\s+(?:by|from|of)\b|"
    r"fire\s+(?:was|were|has\s+been)\s+opened|came\s+under\s+(?:[\w'’-]+\s+){0,3}?(?:fire|shelling|attack)|under\s+(?:the\s+)?(?:(?:hostile|enemy|heavy|intense|constant|sniper|mortar|artillery)\s+)?fire\b|subjected\b[^.]{0,120}\bfire|"
    # ("as a result of shellings by Ukrainian forces": the plural of the noun too)
    r"shell(?:ed|s|ings?)?|to\s+(?:open\s+)?fire|"
    # "violated the ceasefire", "violated the Karabakh (Artsakh) border ceasefire"
    r"(?:violat|breach)(?:ed|es|ing)\s+(?:the\s+)?(?:(?:[\w-]+|\([^()]{1,40}\))\s+){0,3}?(?:cease[-\s]?fire|truce|armistice)|"
    # the same in the passive, where the bulletin goes on to say from where or by whom: "the ceasefire
    # agreement was violated from positions located near X village" (Trend, 2008)
    # ("The ceasefire in the mentioned area was actually violated by the Azerbaijani units")
    r"(?:cease[-\s]?fire|truce|armistice)(?:\s+(?:agreement|regime))?(?:\s+(?:in|on|at|along)(?:\s+[\w-]+){1,4}?)?"
    r"\s+(?:was|were|has\s+been|had\s+been)\s+(?:again\s+|also\s+|actually\s+)?(?:violated|breached)\s+"
    r"(?=(?:again\s+)?(?:from|by|near|in|at|along)\b)(?!in\s+the\s+(?:night|morning|evening|afternoon|past)\b)|"
    # "have broken ceasefire with Azerbaijan 44 times", "broke the truce": the same deed in other words (not
    # "the ceasefire broke down", nor "ceasefire is broken", where no one is said to break it)
    r"\b(?:broke|broken|breaks|breaking)\s+(?:the\s+)?(?:(?:[\w-]+|\([^()]{1,40}\))\s+){0,2}?(?:cease[-\s]?fire|truce|armistice)\b|"
    # "violated the agreements [reached within the Trilateral Contact Group] ... three times": the truce's
    # agreements broken a counted number of times
    r"(?:violat|breach)(?:ed|es|ing)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:agreements?|arrangements?|accords?)\b"
    r"(?=[^.;]{0,160}?\b(?:\d{1,3}|once|twice|two|three|four|five|six|seven|eight|nine|ten)\s+times\b)|"
    # ("committed 13 ceasefire violations", "committed an unprovoked ceasefire violation")
    r"(?<!not\s)(?<!never\s)(?:initiated|resorted\s+to|committed|carried\s+out|perpetrated)\s+(?:an?\s+|\d{1,3}\s+|(?:two|three|four|five|six|seven|eight|nine|ten)\s+)?"
    r"(?:(?:unprovoked|heavy|fresh|repeated|multiple|serious|massive|blatant)\s+)?(?:cease[-\s]?fire|truce)\s+violations?|"
    # ("to condemn the unprovoked ceasefire violations on November 8 by the Indian Forces on the LoC"): a
    # violation with the force that committed it
    # (where it names the place: not "summoned to protest over the ceasefire violations by the Indian forces")
    # "There were two ceasefire violations in X sector", "The first ceasefire violation took place at 8 pm in X":
    # violations told as having happened, at a place (not "violations have taken place since ..." totals: _BACKGROUND)
    # (not a tally over a period: "There were 140 ceasefire violations in January", "in the past week", "daily")
    r"there\s+(?:was|were|have\s+been|has\s+been)\s+(?:an?\s+|\d{1,3}\s+|two\s+|three\s+|four\s+|five\s+|several\s+|multiple\s+)?"
    r"(?:(?:unprovoked|fresh|major|serious|heavy|repeated)\s+)?(?:cease[-\s]?fire|truce)\s+violations?\b"
    rf"(?=[^.;]{{0,60}}?\b(?:in|at|near|along)\s+(?:the\s+)?(?!{_MONTH_NAME}\b)[A-Z])(?![^.;]{{0,160}}?{_A_PERIOD})|"
    # ("It was followed by a ceasefire violation along IB in Jammu sector": the next of a run of violations)
    r"(?:it|this|that)\s+was\s+(?:then\s+|later\s+|soon\s+)?followed\s+by\s+(?:an?\s+|another\s+)?(?:fresh\s+)?"
    r"(?:cease[-\s]?fire|truce)\s+violations?\b|"
    r"(?:cease[-\s]?fire|truce)\s+violations?\s+(?:took\s+place|occurred|happened)\b"
    rf"(?=[^.;]{{0,60}}?\b(?:in|at|near|along)\s+(?:the\s+)?(?!{_MONTH_NAME}\b)[A-Z])(?![^.;]{{0,160}}?{_A_PERIOD})|"
    r"(?:cease[-\s]?fire|truce)\s+violations?\s+(?:on\s+(?:[\w,]+\s+){1,3}?)?by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:forces|troops|army|rangers|military|soldiers)\b(?=[^.;]{0,80}?\b(?:in|at|near)\s+(?:the\s+)?[A-Z])|"
    # an armed actor or a weapon as the subject of a killing: "Israeli troops killed", "shelling wounded"
    r"(?:troops|forces|soldiers|army|fire|gunfire|strikes?|airstrikes?|shelling|shells|drones?|rockets?|missiles?)\s+"
    r"(?:have\s+|has\s+)?(?:also\s+|reportedly\s+)?(?:killed|wounded|injured)|"
    # "following renewal of acts of aggression on the part of the Thai military": a side's attacks, so named
    r"acts?\s+of\s+(?:armed\s+)?aggression\s+(?:on\s+the\s+part\s+of|by|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:military|army|troops|forces|side|soldiers)\b|"
    # ("a soldier was killed ... as a result of an aggression by the Israeli enemy"): a loss the other side's
    # attack, so named, caused
    r"(?:killed|wounded|injured|died|martyred)\b[^.;]{0,80}?\b(?:as\s+a\s+result\s+of|in|by|during)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w'’-]+\s+)?aggression\s+(?:by|of|from)\s+(?:the\s+)?(?:[\w'’-]+\s+)?(?:enemy|army|forces|troops|military|side)\b|"
    # an armed actor as the subject of a hit: "Indian troops hit a vehicle near X" (not "hit back")
    r"(?:troops|forces|soldiers|army)\s+(?:have\s+|has\s+)?(?:also\s+)?(?:hit|struck|targeted)\s+(?!back\b)(?:an?\s+|the\s+)?[\w-]+|"
    # a weapon as the subject of its impact: "rockets hit a school", "two shells landed near the post"
    # ("drones sparked a fire at a warehouse", "a missile damaged a school")
    r"(?:shells|rockets?|missiles?|mortars?|mortar\s+rounds|projectiles?|drones?|bombs?)\s+(?:\w+\s+)?(?:hit|landed|fell|exploded|"
    # ("the incoming rockets started fires near Kiryat Shmona")
    r"damaged|destroyed|(?:sparked|started|ignited|set\s+off)\s+(?:an?\s+)?(?:fires?|blazes?)|caused\s+(?:an?\s+)?(?:fires?|blaze|damage))|"
    # fire of a side or a weapon that hit ("Israeli fire had hit six areas", "artillery fire hit the village";
    # not "a fire hit the warehouse")
    r"(?!Friendly\b)(?:[A-Z][a-z]+|enemy|artillery|tank|mortar|sniper|heavy|small-arms|machine-gun)\s+(?:gun)?fire\s+"
    r"(?:had\s+|has\s+|have\s+|also\s+)?(?:hit|struck)\b|"
    # "the agency reported Israeli fire in the area near X": a side's fire, named with where it fell
    # (what was reported or seen: not "died as a result of Armenian fire in X", a loss the sentence tells otherwise)
    r"(?:reported|recorded|observed|heard|witnessed)\s+(?:heavy\s+|intense\s+|sporadic\s+)?"
    r"(?:israeli|pakistani|indian|thai|cambodian|armenian|azerbaijani|azeri|ukrainian|russian|lebanese|hezbollah)\s+"
    r"(?:gun|artillery\s+|mortar\s+|sniper\s+)?fire\s+(?:in|on|at|near|towards?|against|into|targeting)\s"
    r"(?![^.;]{0,100}?\b(?:training|drills?|exercises?)\b)|"
    # a landmine a side is said to have laid is its attack ("stepped on an anti-personnel landmine
    # covertly planted by the Cambodian side"), not one left from a past war
    # (by a side's forces: not "a landmine laid by the Khmer Rouge in the 1980s", nor a pledge to stop laying mines)
    r"(?:land)?mines?\s+(?:[\w-]+\s+){0,2}?(?:planted|laid)\s+(?:recently\s+)?by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:side|army|troops|forces|soldiers|military|units)\b|"
    r"(?:planted|laid)\s+(?:new|fresh)\s+(?:anti-personnel\s+)?(?:land)?mines\b|"
    # "About 40 mines landed on Ukrainian positions": mortar mines, rounds and grenades that land (a
    # landmine that explodes is no fire)
    r"(?<!gas\s)(?<!stun\s)(?<!smoke\s)(?<!rubber\s)(?<!flash\s)(?<!blank\s)"
    r"(?:mines|rounds|grenades)\s+(?:\w+\s+)?(?:landed|fell)\s+(?:on|in|near|at|around)\b|"
    # "the outskirts of A, B and C were hit": places struck, the weapon left unsaid
    r"(?:was|were|has\s+been|have\s+been)\s+(?:also\s+|again\s+)?hit\b(?!\s+by\s+(?:a|the)\s+(?:car|truck|vehicle|bus))|"
    # "projectiles crossed from Lebanon", "rockets were launched from Gaza": fire across the line
    # ("Seven 82 mm mines were launched by the militants near X": mortar rounds, passive, with who fired them)
    r"(?:projectiles?|rockets?|missiles?|drones?|UAVs?|shells|mines|grenades)\s+(?:\w+\s+){0,2}?(?:crossed|were\s+fired|were\s+launched)\s+"
    r"(?:from|into|towards|over|by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:militants|enemy|forces|troops|army|occupiers|terrorists))\b|"
    # "the enemy used small arms", "used mortars": weapons used against a side
    # ("used 120- and 82-mm mortars": two calibres)
    r"\b(?:used|using|applied|employed)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:small\s+arms|mortars?|artillery|grenade\s+launchers?|machine[-\s]guns?|"
    # ("used light weapons and grenade launchers near X", "used armored personnel carrier in A and B")
    r"drones?|UAVs?|tanks?|sniper\s+rifles?|heavy\s+weap(?:ons|onry)|light\s+weapons|"
    r"armou?red\s+(?:personnel\s+carriers?|vehicles?)|APCs?|infantry\s+fighting\s+vehicles?|anti-?tank\s+(?:missiles?|weapons))\b|"
    # fire that left someone hurt: "the troops' firing left a teenager injured"
    r"(?:firing|fire|shelling|gunfire|shells?|strikes?|airstrikes?)\s+left\s+(?:[\w'’-]+\s+){1,4}?(?:injured|wounded|dead)|"
    # firing as a noun, qualified as an attack: "cross-border firing", "unprovoked firing by X"
    r"(?:cross-border|unprovoked|indiscriminate|heavy|intense|intermittent|ceasefire)\s+(?:[A-Z][\w-]*\s+)?firing|firing\s+by|"
    # "killed in Indian firing", "wounded by Thai firing": firing named by whose it was
    r"(?<=\s)(?:in|by|from)\s+(?:the\s+)?[A-Z][\w-]+\s+firing|"
    # ('accused Russia of launching "combat activity" in Pokrovsk')
    r"attack(?:ed|s|ing)?|launch(?:ed|ing)\s+\"?(?:an?\s+)?(?:[\w-]+\s+){0,3}(?:attack|offensive|strike|assault|"
    r"combat\s+activit(?:y|ies))|offensive|"
    # "launched two projectiles toward X": what is launched at someone is fire
    r"launch(?:ed|es|ing)\s+(?:[\w-]+\s+){0,3}(?:projectiles?|rockets?|missiles?|(?:explosive|attack|suicide|kamikaze|armed)\s+(?:drones?|UAVs?)|"
    # ("launched seven 82 mm mines": mortar rounds by their calibre; not "launched efforts to clear mines")
    r"mortar\s+(?:shells|bombs|rounds|mines)|shells|grenades?|\d{2,3}\s*-?mm\s+mines)"
    # ("Israel launched missiles in the vicinity of the Kefr Shuba area")
    r"\s+(?:toward|towards|at|into|against|on|near|(?:in\s+)?the\s+(?:vicinity|area|outskirts)\s+of)\b|"
    # "the exchange of fire lasted six hours", "troops exchanged fire": told by a party, a claim against the other
    # ("exchanged automatic weapons fire", "exchanged small arms fire": what fired, in lower case, before "fire")
    r"exchang(?:e|es|ed|ing)\s+(?:of\s+)?(?:[a-z-]+\s+){0,3}?(?:fire|gunfire)\b|"
    # "a drone dropped a grenade on a patrol", "jets dropped two bombs on the road": an attack
    # ("an Israeli drone dropped an incendiary device nearby")
    r"drop(?:ped|s|ping)?\s+(?:[\w-]+\s+){0,3}?(?:bombs?|grenades?|munitions|explosives|(?:incendiary|explosive)\s+devices?)|"
    # "wounded as a result of an Armenian ceasefire violation": a casualty caused by a violation
    # ("were injured in Nakyal sector in a ceasefire violation by the Indian army", "a boy was martyred
    # in Neelum Valley in a fresh ceasefire violation": the place or the day may come between)
    r"(?:killed|wounded|injured|died|martyred|became\s+(?:an?\s+)?(?:shehid|shahid|shaheed|martyr))\b"
    # (no year between: "Sepoy Khan, martyred in 2003 in a ceasefire violation, was remembered" is history)
    r"(?:(?!accident|natural|illness|disease|crash|heart|(?:19|20)\d\d\b)[^.;:]){0,80}?"
    r"\b(?:as\s+a\s+result\s+of|due\s+to|in|during|by)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:cease[-\s]?fire\s+violations?|violations?\s+of\s+the\s+cease[-\s]?fire|provocations?)|"
    # the violation named later in the sentence: "were killed on Tuesday in what the Defense Ministry
    # called a ceasefire violation", "died as a result of “a violation of the ceasefire regime”", "was
    # martyred as Indian forces initiated a truce violation"
    r"(?:killed|wounded|injured|died|martyred)\b"
    # (not talk about violations: "died in hospital amid talks on preventing ceasefire violations")
    r"(?:(?!accident|natural|illness|disease|crash|heart|(?:19|20)\d\d\b|amid\b|talks?\b|prevent|avoid|stop|curb|reduc)[^.;:!?]){0,120}?"
    r"\b(?:(?:cease[-\s]?fire|truce)\s+violations?|violations?\s+of\s+(?:the\s+)?(?:cease[-\s]?fire|truce))\b(?!\s+(?:in|since)\s+(?:19|20)\d\d)|"
    # "was fatally wounded in a northern military unit on Friday night, amid intensive ceasefire
    # violations incited by Azerbaijan's armed forces": a casualty amid violations
    r"(?:killed|wounded|injured|died)\b(?:(?!accident|natural|illness|disease|crash|heart)[^.;]){0,80}?\bamid\s+"
    r"(?:(?:intensive|intense|heavy|repeated|continued|continuing|fresh|frequent|massive|numerous|renewed)\s+)?"
    r"(?:cease[-\s]?fire\s+violations?|violations?\s+of\s+the\s+cease[-\s]?fire)|"
    # a loss at the line the ceasefire holds: "a soldier was killed on the line of contact", "died at
    # the front line", "was injured along the LoC"
    r"(?:killed|wounded|injured|died)\s+(?:[\w-]+\s+){0,3}?(?:on|at|along)\s+(?:the\s+)?"
    r"(?:line\s+of\s+contact|contact\s+line|front\s*-?\s*lines?|line\s+of\s+control|LoC)\b(?!\s+(?:in|since)\s+(?:19|20)\d\d)|"
    # a soldier lost in a shootout: "a soldier was killed in a shootout", "in a shootout killed a soldier"
    # (not "police killed a drug trafficker in a shootout", nor a gunfight "with militants": those are told
    # with their troops by the pattern above)
    r"(?:soldiers?|servicem[ae]n|troops|guards?|jawans?|sergeant|private|sepoy)\s+(?:[\w,-]+\s+){0,8}?(?:killed|wounded|injured|died)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:in|during)\s+an?\s+(?:[\w-]+\s+)?(?:shoot-?out|fire-?fight|gun-?fight)(?!\s+with\b)|"
    r"(?:in|during)\s+an?\s+(?:[\w-]+\s+)?(?:shoot-?out|fire-?fight|gun-?fight)(?!\s+with\b)\s+(?:[\w-]+\s+){0,4}?(?:killed|wounded|injured)\s+"
    r"(?:an?\s+|one\s+|two\s+|three\s+|\d{1,2}\s+)?(?:[\w-]+\s+){0,2}?(?:soldiers?|servicem[ae]n|troops|guards?|jawans?|sergeant|private|sepoy)\b|"
    # "an infiltration attempt by Azerbaijani armed forces": a party's troops crossing to attack (not
    # militants' infiltration, told without a party's forces)
    r"(?:infiltration|incursion|sabotage|diversion(?:ary)?)\s+(?:attempt|bid|raid|operation)?\s*by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:armed\s+forces|troops|army|forces|soldiers|servicemen|military|units)\b|"
    # "made two attempts to break through the state border in the Kursk region", "tried to storm our
    # positions": a ground attack by troops, told by the side attacked
    r"(?:attempts?|attempted|tried|trying)\s+to\s+(?:break\s+through|storm)\s+(?:the\s+|our\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:border|line|positions|defen[cs]es?)\b|"
    # ("Armenian units attempted to sabotage from the Noyemberyan region in the direction of the border
    # post"): a sabotage raid, tried
    r"(?:units|troops|forces|soldiers|servicemen|groups?)\s+(?:attempted|tried|attempts?)\s+(?:to\s+)?"
    r"(?:sabotage\b|(?:carry\s+out|commit|conduct|stage)\s+(?:an?\s+)?(?:sabotage|diversion|attack|raid)\b)|"
    # "Hezbollah fighters destroyed a military vehicle of the Israeli military": an armed actor
    # destroying the other side's hardware
    r"(?:fighters|forces|troops|soldiers|army|units|drones?|missiles?|rockets?|artillery)\s+(?:\w+\s+)?destroyed\s+"
    r"(?:an?\s+|the\s+|several\s+|two\s+|three\s+|\d{1,3}\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:vehicles?|tanks?|positions?|posts?|carriers?|launchers?|depots?|bunkers?|trenches|outposts?|APCs?)\b|"
    # "committed a provocation against the positions": a party's word for an attack on them
    # ("undertook a large-scale provocation in the direction of Sotk, Goris and Jermuk")
    r"(?:committed|staged|carried\s+out|perpetrated|undert(?:ook|aken|akes?))\s+(?:an?\s+)?(?:[\w-]+\s+)?provocations?|provocations?\s+against|"
    # "accused Cambodia of firing rockets at ...": the accusation tells the fire
    r"(?<!routinely\s)(?<!regularly\s)(?<!often\s)(?<!frequently\s)(?<!repeatedly\s)"
    r"accus(?:ed|es|ing)\s+(?!each\s+other|one\s+another)(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+of\s+"
    r"(?:firing|shelling|attacking|launching|opening\s+fire|striking|bombing|violations?|violating|provocations?|"
    # ("accused the Pakistani army of killing a soldier and injuring seven other people during firing")
    r"(?:killing|wounding|injuring)\s+(?:an?\s+|one\s+|two\s+|three\s+|four\s+|five\s+|\d{1,3}\s+)?(?:[\w-]+\s+)?"
    r"(?:soldiers?|civilians?|people|troops|personnel|villagers?|residents?|servicem[ae]n|jawans?))|"
    # "a drone launched from Lebanon toward ...", "rockets were launched at ...": what was launched
    # ("20-30 mortars were launched on Friday from Lebanon toward X": its day between)
    # ("Another rocket has been confirmed in Biranit", "rockets were located in communities near the border": where
    # they fell, found)
    r"(?:rockets?|missiles?|projectiles?|mortar\s+shells?|shells?)\s+(?:has\s+|have\s+|had\s+)?(?:been\s+|was\s+|were\s+)"
    r"(?:confirmed|found|located|discovered)\s+(?:in|at|near)\b|"
    r"(?:drones?|rockets?|missiles?|projectiles?|mortars?|shells?|UAVs?)\s+(?:was\s+|were\s+|had\s+been\s+)?launched\s+"
    r"(?:(?:early\s+|late\s+)?(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|overnight|"
    r"(?:early\s+)?this\s+(?:morning|afternoon|evening)|last\s+night)(?:\s+(?:morning|afternoon|evening|night))?,?\s+)?"
    r"(?:from|at|toward|towards|into|against)\b|"
    # "shot and killed a soldier", "shot dead", "a soldier was shot by a sniper", "gunned down"
    # (armed forces or a sniper shooting: a police or criminal shooting is no ceasefire incident)
    r"(?:forces|troops|soldiers|snipers?|army|units|border\s+guards|military)\s+(?:\w+\s+){0,2}?"
    r"(?:shot\s+(?:and\s+(?:killed|wounded|injured)|dead|at)|gunned\s+down)|"
    # ("was shot by the Azerbaijani Armed Forces": a name of two words before the force)
    r"(?:was|were|been)\s+(?:fatally\s+)?shot\s+(?:dead\s+|at\s+|and\s+(?:killed|wounded|injured)\s+)?by\s+(?:an?\s+|the\s+)?"
    r"(?:[A-Z][\w-]*\s+|enemy\s+){0,3}?(?:snipers?|forces|troops|soldiers|army|military|border\s+guards)|"
    # the Ukrainian General Staff's word for a fight: "1 combat engagement in the area of X", "3 engagements
    # in the Pokrovsk direction" (a count or "combat": not a diplomatic engagement)
    # (not talks, "two engagements with Cambodian officials", nor "infantry assault drills")
    r"combat\s+engagements?|(?:ground|infantry|armou?red|assault|storm)\s+(?:assaults?|attacks?)\b(?!\s+(?:drills?|exercises?|training))|"
    r"(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+)?engagements?\b(?!\s+with\b)|"
    r"struck|strikes?|airstrikes?|(?:air\s*)?raids?|raided|bombed|bombing|downed|shot\s+down|shoots\s+down|clash(?:es|ed)?|battles?|fighting|skirmish(?:es)?|"
    # ("there also had been a new round of artillery duels near Ta Moan": fire both ways, a clash told)
    r"(?:artillery|gun|tank|mortar|rocket)\s+duels?\b|"
    # ("a brief gunfight", "shootouts broke out"; "the firefight" is the one told already)
    r"(?<!the\s)(?<!The\s)(?<!penalty\s)(?:(?:gun|fire)-?\s?fights?|shoot-?outs?)\s+(?:[\w-]+\s+){0,3}?(?:with|between)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:troops|soldiers|forces|army|border\s+guards|rangers|servicemen|commandos|paratroopers)\b|"
    # ("Chinari, Movses and Berd were the primary targets of the Azeri operation": places hit, named as targets)
    r"\b(?:were|was)\s+(?:the\s+)?(?:(?:primary|main|principal|chief)\s+)?targets?\s+of\s+(?:the\s+|an?\s+)?"
    # (an operation of arms: "the Azeri operation", "the military operation"; not "the humanitarian operation", "a
    # counter-terrorism operation", "the evacuation operation")
    r"(?:[\w'’-]+\s+){0,2}?(?:(?<!humanitarian\s)(?<!evacuation\s)(?<!relief\s)(?<!rescue\s)(?<!police\s)(?<!search\s)"
    r"(?<!terrorism\s)(?<!insurgency\s)(?<!corruption\s)(?<!brigade\s)(?<!demining\s)operation|offensive|"
    r"attacks?|assault|fire|shelling|strikes?|drones?|bombardment)\b|"
    r"targett?(?:ed|ing)|bombard(?:ed|ing|ments?)|explosions?|exploded|sniper\s+fire|gunfire|shellfire|shooting|"
    # wire copy's verbs of shelling: "troops pounded forward posts", "hammered posts with mortars", "mortared
    # positions", "blasted positions with artillery" (a side's troops or weapons as their subject)
    r"(?:troops|forces|army|soldiers|separatists|militants|fighters|artillery|guns|units|rangers)\s+(?:\w+\s+)?"
    r"(?:pounded|pounding|hammered|hammering|blasted|pummell?ed|mortared|rocketed|shelled)\b"
    r"(?![^.;]{0,80}?\b(?:final|match|semi-?final|series|tournament|cup|league|innings)\b)|"
    # ("hit Ukrainian positions near Avdiivka with 82mm mortars": a hit told by its weapon)
    r"\b(?:pounded|hammered|blasted|pummell?ed|hit)\s+(?:[\w'’-]+\s+){1,5}?with\s+(?:[\w-]+\s+)?(?:mortars?|artillery|rockets?|shells|"
    r"missiles?|drones?|fire|heavy\s+weapons)\b|\bmortared\b|"
    # "a rocket barrage", "a barrage of Grad rockets", "unleashed a barrage of artillery"
    r"(?:rocket|missile|artillery|mortar|drone)\s+barrages?\b|\ba\s+barrage\s+of\s+(?:[\w-]+\s+){0,2}?"
    r"(?:rockets?|missiles?|artillery|shells|mortars?|drones?|fire|projectiles)\b|"
    # "a rocket slammed into a house": a weapon's impact
    r"(?:rockets?|missiles?|shells?|mortars?|mortar\s+rounds?|projectiles?|drones?|bombs?)\s+(?:\w+\s+)?(?:slammed|smashed|ploughed|plowed)\s+into\b|"
    # "The firing in Jura sector also left two people injured": fire told by what it left
    r"(?:firing|shelling|fire|attacks?|strikes?|shells?)\b[^.;]{0,60}?\bleft\s+(?:[\w-]+\s+){0,6}?(?:dead|killed|injured|wounded)\b|"
    # "wounded by a sniper's shot", "the death of a guard as a result of a sniper's shot"
    r"sniper(?:['’]s)?\s+(?:shots?|bullets?)|"
    # ("killed by a shot from the Azerbaijani Armed Forces": a loss to a shot a side fired)
    r"\b(?:killed|wounded|injured|hit)\s+by\s+(?:an?\s+)?(?:single\s+|enemy\s+|stray\s+)?(?:shot|bullet)s?\s+(?:fired\s+)?from\b|"
    # "a serviceman was killed by a Ukrainian sniper": a loss to a side's sniper
    # (a side's sniper, named by its side: not "a constable was killed by a sniper", review47 item 10)
    r"(?:killed|wounded|injured|shot)\s+by\s+(?:an?\s+|the\s+)?(?:israeli|pakistani|indian|thai|cambodian|armenian|"
    r"azerbaijani|azeri|ukrainian|russian|hezbollah|enemy|separatist|militia)\s+snipers?\b|"
    r"fire\s+(?:at|on)\s+(?:the\s+)?(?:\w+\s+)?positions|fired|"
    r"(?:small-arms|small\s+arms|artillery|mortar|machine-gun|automatic|heavy|intensive|sniper|rocket|tank|cross-border|enemy|unprovoked)\s+fire|"
    # "killed as a result of the fire opened by the Armenian side"
    r"fire\s+opened\s+by|"
    # ("a soldier was killed in Azerbaijani fire", "wounded by Russian fire": a loss to fire a side's name owns)
    # (a side's adjective: not "killed in Sunday's fire at a warehouse", "injured in the Carmel fire")
    r"\b(?:killed|wounded|injured|martyred|hurt)\s+(?:in|by)\s+(?:the\s+)?(?:[A-Z][a-z]+(?:i|ian|ani|ese|ish|an)\s+){1,2}fire\b|"
    # "Fire was (also) registered in the direction of X": a ministry's bulletin form for fire it logged
    # (not "a fire was recorded at a warehouse", "a case over the fire was registered")
    r"(?<!\ba\s)(?<!\bthe\s)(?<!\bA\s)(?<!\bThe\s)(?:fire|shots|shooting|gunfire)\s+(?:was|were|had\s+been|has\s+been)\s+"
    r"(?:also\s+)?(?:registered|recorded)\s+(?:in\s+the\s+direction|towards?|on\s+(?:the\s+)?positions|at\s+(?:the\s+)?positions|"
    # ("Single shots from grenade launchers were recorded near Avdiivka")
    r"near|in\s+the\s+area\s+of|outside|around|close\s+to)|"
    r"(?<!\ba\s)(?<!\bA\s)\bshots\s+(?:from|of)\s+(?:[\w-]+\s+){1,8}?(?:was|were)\s+(?:also\s+)?(?:registered|recorded)\b|"
    # "a violation of the ceasefire (regime) was recorded": the Russian MoD's bulletin form too
    r"(?<!rights\s)(?:cease[-\s]?fire\s+)?violations?(?:\s+of\s+the\s+cease[-\s]?fire(?:\s+regime)?)?\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
    r"(?:recorded|registered|observed|reported|documented)|"
    # a monitor's finding: "the SMM recorded / observed / heard multiple ceasefire violations"
    # ("the SMM recorded a slightly higher number of ceasefire violations": a count of them, so put)
    r"(?:recorded|registered|observed|heard)\s+(?:\w+\s+){0,2}(?:(?:\w+\s+)?(?:number|total)\s+of\s+)?(?:cease[-\s]?fire\s+)?violations?|(?:by|under)\s+(?:\w+\s+)?fire|fire\s+from|"
    # "the SMM camera in Avdiivka recorded, in sequence, 71 tracer rounds in flight": a monitor's count of fire seen
    r"(?:recorded|observed|heard|saw),?\s+(?:in\s+sequence,?\s+)?(?:at\s+least\s+|about\s+|over\s+|some\s+)?"
    r"(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|several|multiple)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:tracer\s+rounds?|projectiles?|bursts|impacts|shots))\b"
)
_WEAK = FoldedPattern(
    r"\b(?:provocations?|incidents?|cease[-\s]?fire\s+violations?|hostilities|damaged|destroyed|caught\s+fire|set\s+on\s+fire)\b"
)
_EACH_OTHER = r"\beach\s+other\b|\bboth\s+sides\b|\bthe\s+two\s+sides\b|\bmutual\b|\bone\s+another\b"


# "clashes between Armenia and Azerbaijan", "accused each other", with the conflict's names.
# ("on the contact line between the Azerbaijani and Armenian Armed Forces": the line, named by who holds it)
_SYMMETRIC = (
    # ("near the village of X, located on the border between Armenia and the Azerbaijani exclave": where X is)
    r"\b(?<!line\s)(?<!border\s)between\s+(?:the\s+)?(?:{party})\w*(?:\s+\w+){0,2}\s+and\s+(?:the\s+)?(?:{party})|"
    # (but "exchanges of fire took place along the contact line between the A and B forces": both sides' fire)
    r"\b(?:exchang\w*|clash\w*|skirmish\w*|fighting|firefights?|duels?)\b[^.;]{0,80}?\b(?:line|border)\s+between\s+(?:the\s+)?"
    r"(?:{party})\w*(?:\s+\w+){0,2}\s+and\s+(?:the\s+)?(?:{party})|" + _EACH_OTHER
)
# "Thai and Cambodian troops exchanged heavy fire": both sides as one subject of a mutual verb; in the
# outlet's voice a clash told of both, in a party's its claim against the other
_MUTUAL = (
    r"\b(?:{party})\w*\s+and\s+(?:the\s+)?(?:{party})\w*\s+(?:(?:troops|forces|soldiers|armies|militaries|"
    r"border\s+guards|units)\s+)?(?:have\s+|had\s+)?(?:exchanged|traded|clashed|exchange|trade|clash)\b"
)
# "a day after both sides agreed to a ceasefire": an agreement of both sides says nothing of who fired
AGREEMENT_CLAUSE = re.compile(
    r"\b(?:after|since|as|when|once)\s+(?:both\s+sides|the\s+two\s+sides|the\s+two\s+countries)\s+(?:had\s+|have\s+)?"
    r"(?:agreed|reached|signed|announced)\b[^,.;]{0,120}",
    re.I,
)


_NEGATED = FoldedPattern(
    r"\b(?:no|not\s+any|without)\s+(?:\w+\s+){0,2}(?:cease[-\s]?fire\s+)?(?:violations?|incidents?|shooting|shots|fire|firing|clashes|attacks?)\b|"
    r"\b(?:did\s+not|didn't|has\s+not|have\s+not|was\s+not|were\s+not)\s+(?:open\s+fire|fire|shell|attack)|"
    # "calm, with the exception of X, where it observed violations": calm elsewhere, fire at X
    r"\bcalm\b(?![^.;]{0,200}?\b(?:with\s+the\s+exception\s+of|except|apart\s+from|other\s+than)\b)|\bstabili[sz]ed\b|"
    # "the shelling from across the border stopped on Wednesday": the end of fire, not fire
    r"\b(?:shelling|firing|fire|fighting|clashes)\s+(?:[\w-]+\s+){0,8}?(?:stopped|ceased|halted|subsided|died\s+down)\b|"
    # "petrol stations switched off their lights to avoid being targeted": a precaution, no fire
    r"\b(?:to\s+avoid|for\s+fear\s+of|feared)\s+(?:being\s+)?(?:targeted|hit|shelled|attacked|struck|bombed)\b|"
    # "Of course we can open fire on X", "they could shell the town at any moment": what may be, no fire told
    r"\b(?:we|they|it|he|she|you)\s+(?:can|could|would|might|may|will)\s+(?:(?:still|also|always|easily)\s+)?"
    r"(?:open\s+fire|fire|shell|attack|strike)\b|"
    # ordnance found, not fired: "two artillery shells were discovered in the city"
    r"\b(?:shells?|mines?|munitions?|ordnance|explosives?|rockets?|missiles?)\s+(?:were|was|have\s+been|had\s+been)\s+"
    r"(?:discovered|found|defused|neutrali[sz]ed|cleared|removed)\b|"
    # a tally: "As of December 21, Ukrainian casualties amounted to 40 killed and 50 wounded"
    r"\b(?:casualties|losses|death\s+toll)\s+(?:(?:have|has)\s+)?(?:amounted\s+to|stood\s+at|stand\s+at|reached|risen\s+to|rose\s+to)\b|"
    # a supposition: "it is unlikely that terrorists would be able to fire rockets without its approval"
    r"\b(?:would|could)\s+(?:not\s+)?be\s+able\s+to\s+(?:fire|attack|strike|shell|launch)\b|"
    # "Nasrallah threatened that a response could strike anywhere along the border, including X": a threat
    r"\bthreaten(?:ed|s)\s+that\s+[^.;:]{0,120}?\b(?:could|would|will|might|may)\s+(?:\w+\s+)?"
    r"(?:strike|hit|target|attack|fire|shell)\b|"
    # "declined to comment on the alleged strike", "has yet to comment": no claim at all
    r"\b(?:declined|refused)\s+to\s+comment\b|\byet\s+to\s+comment\b|\bno\s+(?:immediate\s+)?comment\b|"
    # "Hezbollah fighters took no part in the exchange of fire": who was not in it
    # (its subject the fighters, not "civilians who took no part in the fighting were wounded"; and
    # "had no role in starting the clash" denies blame for a clash that was)
    r"(?<!\bwho\s)(?<!\bwhich\s)(?<!\bthat\s)\b(?:(?:took|take|takes|taking)\s+no|did\s+not\s+take)\s+part\s+in\s+"
    r"(?:the\s+)?(?:exchange|fighting|clash|firing|shelling|attack|skirmish)|"
    # "our units refrain from targeting civilian settlements": what a side does not do
    r"(?<!\bto\s)\brefrain(?:s|ed|ing)?\s+from\s+(?:\w+\s+){0,2}?(?:targeting|firing|shelling|attacking|striking|opening\s+fire)\b|"
    # "it was unlikely the rockets were fired by Hezbollah": who did not fire, as the speaker judges
    r"\b(?:it\s+(?:was|is)|it's)\s+(?:highly\s+|very\s+)?unlikely\s+(?:that\s+)?(?:the\s+)?[\w-]+\s+"
    r"(?:was|were|had\s+been)\s+(?:fired|launched|shot)\s+by\b"
)
_RETALIATION = FoldedPattern(
    r"(?<!in\s)\bretaliat(?!\w*\s+(?:to|for)\b)\w*|\b(?:struck|fired|hit|shot)\s+back\b|\b(?:adequate|appropriate|response|counter)[\s-]+measures\b|\breturned\s+fire\b|"
    r"\bresponse\s+fire\b|\breturning\s+fire\b|\bsuppressed\b|\bforced\s+to\s+retreat\b|"
    # "troops fired into the air", "opened fire in the air", "warning shots": a side's own warning, at no one
    r"\b(?:open(?:ed|ing)?\s+fire|fired|firing|fire|shots)\s+(?:\w+\s+)?in(?:to)?\s+the\s+air\b(?!\s+and\s+(?:at|on|towards?)\b)|(?<!exchanged\s)(?<!traded\s)\b(?:(?:fired|firing|fire)\s+)?warning\s+(?:shots|fire)\b|"
    # "It responded by shelling the areas of A, B and C", "responded with artillery fire"
    # ("The IDF initially responded to the attack with artillery fire against the source")
    r"\brespond(?:ed|s|ing)\s+(?:by\s+(?:shelling|firing|striking|bombing|targeting)|with\s+(?:\w+\s+){0,2}?(?:fire|shelling|strikes))\b|"
    # ("responded to the attack with artillery fire against the source": not "... fire on the outskirts of
    # Kfar Shuba", the fire on a named place an outlet tells)
    r"\brespond(?:ed|s|ing)\s+to\s+(?:the|this|that|their|its|such)\s+(?:[\w-]+\s+)?(?:attack|fire|firing|shelling|"
    r"aggression|provocation|violation)s?\s+with\s+(?:\w+\s+){0,2}?(?:fire|shelling|strikes)\b"
    r"(?![^.;]{0,30}?\b(?:on|at|near|in)\s+(?:the\s+)?(?:outskirts\s+of\s+|(?:village|town)\s+of\s+)?"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z])|"
    # "Pakistan Army troops effectively responded to the attack", "troops responded befittingly": the
    # reply, told between the attack and its losses
    # (troops that reply, and the reply ends the clause: not "Rescuers responded swiftly, and eight were
    # injured", "troops responded to the fire, and two soldiers were injured", "responded ... by striking X")
    r"\b(?:troops|forces|army|soldiers|units|jawans|rangers|posts)\s+(?:\w+\s+)?(?:effectively|befittingly|strongly|"
    r"appropriately|adequately|swiftly|immediately)\s+respond(?:ed|s|ing)\b(?=\s*(?:[.;!\"”]|$))|"
    r"\b(?:troops|forces|army|soldiers|units|jawans|rangers|posts)\s+(?:\w+\s+)?respond(?:ed|s|ing)\s+(?:effectively|"
    r"befittingly|strongly|appropriately|adequately|swiftly|immediately)\b(?=\s*(?:[.;!\"”]|$))|"
    r"\brespond(?:ed|s|ing)\s+to\s+(?:the|this|that|their|its|such)\s+(?:[\w-]+\s+)?"
    r"(?:attack|fire|firing|shelling|aggression|provocation|violation)s?\b(?=\s*(?:[.;!\"”]|$))|"
    # "the Indian Army is responding to the shelling in a befitting manner": the reply, however it goes on
    r"\brespond(?:ed|s|ing)\s+to\s+(?:the|this|that|their|its|such)\s+(?:[\w-]+\s+)?"
    r"(?:attack|fire|firing|shelling|aggression|provocation|violation)s?\s+in\s+an?\s+"
    r"(?:befitting|effective|strong|appropriate|adequate|matching|proportionate|fitting)\s+manner\b"
)
# "traded fire Tuesday in the fiercest clashes since the July 2006 war": the told clash ranked against
# the past (the past it names is no background of the sentence; "This marks ..." opening it is, above)
_RANKED_SINCE = re.compile(
    # ("in the first rocket attack on the northern border since December": the told attack, ranked)
    rf"(?<!^)\b(?:the\s+)?{RANKING_WORDS}\s+(?:[\w-]+\s+){{0,3}}?(?:clash(?:es)?|fighting|violence|exchanges?|incidents?|escalation|"
    # ("the first armed confrontation with Thai troops to occur away from the northern border since 2008")
    r"flare-?ups?|shelling|attacks?|strikes?|confrontations?|skirmish(?:es)?|battles?|fire-?fights?|gun-?fights?|"
    r"shoot-?outs?)\s+(?:[\w-]+\s+){0,10}?since\s+[^,.;:]{0,80}|"
    # ("Several rockets fired from Lebanon hit northern Israel on Tuesday, the first since 2009": the fire told, ranked)
    r"(?<=,\s)the\s+first\s+(?:(?:such|time|ones?)\s+)?since\s+[^,.;:]{0,80}|"
    # ("in the first major violation of the ceasefire in the Kashmir Valley this year": ranked in the year)
    r"(?<!^)\b(?:the\s+)?(?:first|biggest|worst|deadliest|heaviest|fiercest)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:violations?|clash(?:es)?|attacks?|exchanges?|incidents?)\b[^,.;:]{0,60}?\bthis\s+year\b",
    re.I,
)


# "..., killing six in one of the most serious clashes since ...": the ranking an adverbial of the fire told
_IN_A_RANKING = re.compile(r"\b(?:in|marking|during)\s+(?:one\s+of\s+)?$", re.I)
_RANKS_ITSELF = re.compile(r"\W*(?:This|That|It)\s+(?:is|was|marks|marked)\b")


_BACKGROUND = FoldedPattern(
    # (a truce's age is no history: "putting further strain on a 10-day ceasefire")
    # a war told as the setting of today's fire ("as the war in Gaza restarted", "amid the war",
    # "the war-torn region") does not make the fire history; nor does a body named for "war crimes"
    r"(?<!\bas\sthe\s)(?<!\bamid\sthe\s)(?<!\bamid\s)\bwars?\b(?!-torn)(?!\s+(?:crim|hysteria|rhetoric|of\s+words|footing|games|cr(?:y|ies)\b))|\b\d+-day\b(?!(?:\s+old|-old)?\s+(?:cease[-\s]?fire|truce|pause|lull|humanitarian|moratorium))|\bin\s+the\s+1990s\b|\bdecades?\b|\bdecadeslong\b|\bsince\s+(?:19|20)\d\d\b(?!\s*(?:hours?|hrs?)\b)|\bhistorically\b|"
    # ("in total" of one day is that day's tally: "13 violations in total over the past day",
    # "opened fire twice in total on Sunday")
    # ("Sporadic clashes have left a handful of killed soldiers on each side": many clashes, summed)
    r"\b(?:sporadic|occasional|frequent|repeated|periodic|intermittent)\s+(?:clashes|skirmishes|fighting|exchanges|incidents)\s+"
    r"(?:have|had)\b|"
    # ("The attack came about two weeks after a soldier fatally shot an Israeli soldier": an earlier incident recalled)
    r"^[^\w]*(?:the|this|that|today's|yesterday's)\s+(?:[\w-]+\s+){0,3}?(?:attacks?|strikes?|shelling|firing|fire|violations?|"
    r"incidents?|clash(?:es)?|rockets?)\s+(?:came|comes|come)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|just\s+|"
    r"more\s+than\s+|less\s+than\s+|only\s+)?(?:a|one|two|three|four|five|six|several|a\s+few|\d{1,2})\s+"
    r"(?:weeks?|months?|years?)\s+after\b|"
    # ("In most of the earlier cases, Pakistani troops have been involved in the firing": the cases before, summed up)
    # (opening the sentence: not "As in many other incidents, troops fired at posts in X on Monday")
    r"^[^\w]*in\s+(?:most|many|all|some|several)\s+(?:of\s+)?(?:the\s+|these\s+)?(?:earlier|previous|past|other|such)\s+"
    r"(?:cases|incidents|instances|violations)\b|"
    r"\bcampaign\b|\bin\s+total\b(?![^.;]{0,120}?\b(?:(?:past|last|previous)\s+(?:day|\d\d\s+hours|twenty-four\s+hours)|"
    r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|overnight|last\s+night)\b)|"
    r"\blast\s+major\s+escalation\b|\bprevious\s+escalation\b|"
    # "has maintained a state of alert in anticipation of an attack": an attack feared, none told
    # (a state of alert kept, the sentence's own predicate: not "shelled Uri ... as forces were on alert in anticipation
    # of an attack", a real attack with the alert beside it; review47 item 1)
    r"\b(?:has|have|had)\s+(?:maintained|kept|been\s+on|remained\s+on)\s+(?:a\s+)?(?:state\s+of\s+)?(?:high\s+|maximum\s+)?"
    r"alert\b[^.;]{0,80}?\bin\s+anticipation\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:attack|strike|response|retaliation|offensive)\b|"
    # hits counted over a war ("its headquarters has been hit by shelling several times since hostilities began")
    # ("had violated the ceasefire four times in Samba, Thangda and in Poonch sector since April 25": a
    # tally of days, not one of them)
    r"\b(?:several|many|multiple|numerous|countless|dozens\s+of|hundreds\s+of|three|four|five|six|seven|eight|nine|"
    r"ten|\d{1,3})\s+times\b[^.;]{0,120}?\bsince\s+(?!(?:this|early|the\s+early)\s|morning|dawn|midnight|last\s+night)|"
    # the incident before this one, recalled ("The last such incident was reported on Oct 25, 2013",
    # "The last fighting between the two sides occurred in February at the Si Sa Ket border")
    r"^[^\w]*(?:the\s+)?(?:last|previous)\s+(?:such\s+|similar\s+|major\s+|serious\s+|deadly\s+)?"
    r"(?:incident|fighting|clash|exchange|skirmish|flare-?up|violation|attack|shelling|firing|escalation)s?\b"
    r"(?:\s+[\w'’-]+){0,6}?\s+(?:was\s+(?:reported|recorded|registered)|were\s+(?:reported|recorded)|occurred|took\s+place|"
    r"happened|erupted|broke\s+out)\b|"
    # a threat or a hypothesis ("would not stand silent if Israel attacked the army in the future")
    # (a condition, not the words alone: "warned it would respond to any provocation in the future"
    # follows real fire)
    r"\bif\s[^.;:]{0,80}?\bin\s+the\s+future\b|\bwould\s+not\s+(?:stand|remain|stay|sit)\s+(?:silent|idle|still)\s+if\b|"
    # a monitor that has not established what happened ("said it had yet to ascertain the
    # circumstances"; not "unable to establish their identities": the dead are not in doubt)
    r"\byet\s+to\s+(?:ascertain|establish|determine)\s+(?:the\s+)?(?:circumstances|facts|details|what\s+happened)\b|"
    # a ceasefire's entry into force, a recap, a justification: context, not news
    r"\bin\s+response\s+to\s+the\s+repeated\b|"
    # a halt agreed or a commitment not to strike: about attacks, not an attack
    r"\b(?:halt|moratorium|pause|ban|freeze|stop|suspension|cessation)\s+(?:on|to|in|of)\s+(?:the\s+)?(?:\w+\s+)?(?:strikes|attacks|shelling|fire|firing)\b|"
    r"\b(?:commitments?|pledges?|promises?|agreed|undertook|vowed)\s+(?:\w+\s+){0,2}?not\s+to\s+(?:strike|attack|shell|fire)\b|"
    # why the act just told was done: "the offensive was launched in response to ..." (cut at its motive)
    r"\b(?:the|this|that)\s+(?:offensive|operation|strikes?|attacks?|raids?|action|retaliation)\s+(?:was|were|had\s+been)\s+"
    r"(?:launched|carried\s+out|conducted|undertaken|mounted|made)\s*,?\s*$|"
    # what the fire led to, not the fire: "In view of border shelling, the administration ordered the
    # closure of schools"; "foiled an infiltration bid": troops stopping a crossing, no fire told
    r"^[^\w]*(?:in\s+view\s+of|because\s+of|due\s+to|owing\s+to|in\s+the\s+wake\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:shelling|firing|fire|attacks|tensions?)\s*,\s*(?:(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:administration|authorities|government|"
    r"schools?|officials|district)\b|"
    # ("In the wake of unprovoked mortar shelling, Deputy Commissioner Rajouri X has ordered closure of all schools")
    r"(?:[\w'-]+\s+){1,8}?(?:has\s+|have\s+|had\s+)?(?:ordered|announced|closed|shut|suspended|decided|directed|declared|"
    r"imposed|evacuated)\b)|"
    r"\bfoil(?:ed|s|ing)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?infiltration\s+(?:bid|attempt|plan)\b(?![^.;]{0,60}\bfir(?:e|ed|ing)\b)|"
    # ("Since Monday, 49 servicemen have been killed"): losses counted from a day on, the day opening the sentence
    r"^[^\w]*since\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the\s+(?:cease[-\s]?fire|truce|war))\b[^.;]{0,60}?"
    r"\b(?:have|has)\s+been\s+(?:killed|wounded|injured)\b|"
    # ("Israeli strikes have killed 85 people in Lebanon since the ceasefire": a toll in the perfect, since the truce;
    # not "the first death since the truce began", review47 item 2)
    r"\b(?:have|has)\s+(?:been\s+)?(?:killed|wounded|injured)\b[^.;]{0,80}?\bsince\s+the\s+(?:cease[-\s]?fire|truce|war)\b|"
    # losses counted from a day on: "two Thai soldiers killed and 34 wounded in Sa Kaeo since December 8"
    r"\b(?:killed|wounded|injured|dead)\b[^.;]{0,80}?\bsince\s+(?:(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\s+\d|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)|the\s+(?:start|beginning|outbreak)|"
    # ("at least 16 people have been killed since fighting began April 22")
    r"(?:the\s+)?(?:fighting|clashes|conflict|hostilities|violence|escalation)\s+(?:began|broke\s+out|erupted|started|flared)|"
    # ("have killed 88 Thai soldiers along the border since tension there escalated in 2008")
    r"(?:the\s+)?(?:tensions?|fighting|clashes|conflict|hostilities)\s+(?:there\s+)?(?:escalated|intensified|began|erupted)|(?:19|20)\d\d\b)|"
    # losses summed over many incidents: "were killed ... as Pakistan targeted dozens of villages in over 100
    # incidents of ceasefire violations"
    r"\bin\s+(?:(?:over|more\s+than|nearly|almost|about|some)\s+)?(?:\d{2,}|dozens|hundreds|scores)\s+(?:of\s+)?"
    r"(?:separate\s+)?(?:incidents|instances|violations)\b|"
    # a place's recent past: "Debaltseve has been the focus of fighting for weeks"
    r"\b(?:has|have|had)\s+been\s+(?:the\s+|a\s+)?(?:main\s+)?(?:focus|scene|centre|center|site|epicent(?:er|re)|flashpoint)\s+of\s+"
    r"(?:[\w-]+\s+){0,2}?(?:fighting|clashes|shelling|battles?|hostilities)\b|"
    # a count over a period: "violated the ceasefire 646 times during the first two months of 2020"
    # (not a day's bulletin: "fired upon 12 times over 24 hours")
    r"\b(?:\d{1,3}(?:,\d{3})*|hundreds|thousands)\s+(?:of\s+)?times\s+(?:(?:during|in|over)\s+(?:the\s+)?"
    r"(?:first|past|last|previous)\s+(?:\w+\s+)?(?:weeks?|months?|years?)\b|in\s+(?:19|20)\d\d\b|so\s+far\b|"
    r"(?:this|last)\s+(?:year|month)\b)|"
    # a running tally: "eight out of ten days this month", "for the fourth day in a row" stays news
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:out\s+)?of\s+(?:the\s+)?(?:last\s+|past\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\s+days\b|"
    # a habit over a past period ("accused X of repeatedly firing at its posts over the past week")
    r"\b(?:repeatedly|continuously|constantly|regularly|frequently|routinely)\s+[a-z]+ing\b[^.;]{0,80}?"
    r"\b(?:over|during|in|throughout)\s+the\s+(?:past|last|previous)\s+(?:week|weeks|month|months|few\s+days|several\s+days)\b|"
    # "such massive attacks happen in this area not for the first day": a habit, not the day's news
    r"\bnot\s+for\s+the\s+first\s+(?:day|time|week|night)\b|"
    # a running total: "nearly three months of cross-border fire have left 175 dead, according to an AFP tally"
    r"\b(?:days|weeks|months|years)\s+of\s+(?:[\w-]+\s+){0,2}?(?:fire|fighting|clashes|hostilities|shelling|war)\b|"
    r"\b(?:an?|the|its|their)\s+(?:[\w-]+\s+)?tally\b|"
    # the habit a total is framed by: "where Hezbollah has primarily targeted military positions"
    r"\b(?:has|have)\s+(?:primarily|mainly|mostly|largely|chiefly)\s+(?:targeted|attacked|struck|shelled|hit)\b|"
    r"\b(?:is|are)\s+(?:primarily|mainly|mostly|largely|chiefly)\s+(?:targeting|attacking|striking|shelling|hitting)\b|"
    # a running total of people displaced: "more than 110,000 people have been displaced", "hundreds of
    # thousands have fled"
    # (a crowd's count only: "dozens of families have fled Kiryat Shmona after rockets hit the town" is news)
    r"\b(?:has|have)\s+been\s+displaced\b|"
    r"\b(?:hundreds|thousands|millions|\d{1,3}(?:,\d{3})+|\d{4,})\s+(?:of\s+(?:thousands\s+of\s+)?)?(?:[\w-]+\s+){0,2}?(?:have|has)\s+fled\b|"
    # an arrest or a trial, the fire only its charge ("villagers have been arrested for allegedly providing
    # target coordinates for rocket attacks"; not "were detained by Cambodian soldiers who fired at them")
    r"\b(?:was|were|been)\s+(?:arrested|detained|charged|jailed|sentenced|indicted)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:for|over|on\s+charges?)\b|"
    # a total over weeks or months: "during the past two weeks, forces have increasingly targeted ...,
    # resulting in the martyrdom of 13 civilians"
    r"\b(?:during|over|in|for)\s+the\s+(?:past|last|previous)\s+(?:two|three|four|five|six|several|few|\d{1,2})\s+(?:weeks|months)\b|"
    # a recap of recent days ("follows a string of Israeli operations ... in recent days")
    # the setting of the told incident: "The incident comes amid rising tension over clashes at Al-Aqsa mosque"
    r"\b(?:comes?|came|occurred|happened)\s+amid\s+(?:the\s+)?(?:rising|growing|heightened|increased|soaring|high|mounting)\s+"
    r"tensions?\b|"
    # ("have used heavy weapons in recent times to target the civilian population")
    r"\bin\s+(?:the\s+)?recent\s+(?:days|weeks|months|times|years)\b|"
    r"\b(?:follows?|followed|comes?\s+after|came\s+after)\s+(?:a|an)\s+(?:string|series|spate|wave)\s+of\b|"
    # (not "Before that, on August 30, Pakistani troops resorted to firing in X": an incident with its own day)
    r"\bbefore\s+that\b(?!,?\s+on\s+(?:the\s+)?(?:\d|(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b))|\bearlier\s+(?:this|in\s+the)\s+(?:month|year)\b|\b(?:a|another)\s+similar\s+(?:incident|attack|strike|case)\b|\bsince\s+the\s+(?:start|beginning)\b(?!\s+of\s+(?:the|this)\s+day\b(?![-\s]+(?:long|of)\b))|\bsince\s+then\b|"
    # a habit in the present perfect: "has been violating the ceasefire by targeting villages"
    r"\b(?:has|have)\s+been\s+(?:violating|targeting)\b(?![^.;]{0,80}\bsince\s+(?:the\s+)?(?:morning|evening|night|dawn|\d))|"
    # ("Since September 27 the Armed Forces have been indiscriminately targeting the civilian population": with an
    # adverb, only since a calendar day; "have been intensively targeting Tartar since early morning" is today's news)
    r"\b[Ss]ince\s+(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)\b[^.;]{0,80}?\b(?:has|have)\s+been\s+[a-z]+ly\s+"
    r"(?:violating|targeting)\b(?![^.;]*\b(?:today|this\s+morning|tonight|last\s+night|overnight)\b)|"
    # an idiom and a threat: "playing with fire", "vowing to intensify attacks"
    r"\bplaying\s+with\s+fire\b|\b(?:vow(?:ed|ing|s)?|threaten(?:ed|ing|s)?)\s+to\s+(?:\w+\s+){0,2}?(?:attacks|strikes|fire)\b|"
    # "a ceasefire halted four days of fierce fighting": the end of fighting, not fighting
    r"\b(?:halted|ended|stopped|paused|suspended)\s+(?:\w+\s+){0,3}?(?:fighting|clashes|hostilities|attacks)\b|"
    # a habit named as such: "unprovoked firing has become a routine along the LoC"
    r"\b(?:has|have|had)\s+become\s+(?:a\s+|the\s+)?(?:daily\s+)?(?:routine|norm|common|commonplace|regular|daily\s+occurrence)\b|"
    # a habit in the present: "Russian forces still shell the west bank", "regularly shell"
    r"\b(?:still|regularly|routinely|constantly|often|frequently|continue\s+to|continues\s+to)\s+"
    r"(?:shell|fire\s+at|strike|attack|target|bomb|accuses?)\b|"
    # ("The LoC and Working Boundary are regularly witnessing ceasefire violations by Indian troops that mostly end in
    # civilian casualties.": a line's habit, the sentence's only clause; not "Villages are regularly witnessing
    # shelling, and on Sunday two civilians were killed", which tells the day's news after it)
    r"^(?![^.]*\b(?:today|yesterday|tonight|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"killed|wounded|injured|hit)\b)[^;:]*?\b(?:is|are)\s+(?:regularly|routinely|constantly|often|frequently|repeatedly)\s+"
    r"witnessing\s+(?:[\w-]+\s+){0,3}?violations\b[^;:]*$|"
    # ("Israel says Hezbollah continues to try carrying out attacks": the same habit, tried)
    r"\bcontinues?\s+to\s+try(?:ing)?\s+(?:to\s+)?(?:carry(?:ing)?\s+out|launch(?:ing)?)\s+(?:\w+\s+)?attacks\b|"
    # a count in a series: "the third ceasefire violation in 24 days", "the sixth violation since"
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\s+(?:\w+\s+){0,2}?"
    r"(?:cease[-\s]?fire\s+)?(?:violations?|incidents?|attacks?)\s+(?:in|since|this|within)\b|"
    # the told clash counted ("This is the third military clash after the last two on Feb. 4 and
    # Feb. 5"): the sentence is about the count and the earlier clashes, not a clash of its own
    r"^(?:This|That|It)\s+(?:is|was|marks|marked)\s+the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d{1,3}(?:st|nd|rd|th))\s+(?:\w+\s+){0,2}?(?:clash|incident|attack|violation|exchange)\b|"
    # ("This is the 6th time since December 31 that Indian troops resorted to firing": a count since a day)
    r"^(?:This|That|It)\s+(?:is|was|marks|marked)\s+the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d{1,3}(?:st|nd|rd|th))\s+time\s+since\b(?![^.;]{0,200}\b(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|"
    # ("This marks the most severe ceasefire violation since the renewal of the truce on 25 February
    # 2021": the told clash ranked against the past, whose day is not its own)
    r"^(?:This|That|It)\s+(?:is|was|marks|marked)\s+(?:one\s+of\s+)?the\s+(?:most\s+\w+|worst|heaviest|deadliest|biggest|"
    r"largest|fiercest|first|latest)\s+(?:[\w-]+\s+){0,3}?(?:clash(?:es)?|incidents?|attacks?|violations?|exchanges?|"
    r"shelling|escalation|fighting)\b[^.;]{0,80}?\bsince\b"
    # (unless the sentence goes on to tell it: "... since October 2023: a rocket killed 12 children")
    r"(?![^:;]{0,200}?(?:[:;]|\bwith\b|\bkill|\bwound|\binjur))|"
    # ("This is the highest death toll in 2019 in a single day of Indian shelling": the told loss ranked)
    r"^(?:This|That|It)\s+(?:is|was|marks|marked)\s+(?:one\s+of\s+)?the\s+(?:highest|worst|heaviest|deadliest|biggest|"
    r"largest|most\s+\w+)\s+(?:[\w-]+\s+){0,2}?(?:death\s+toll|toll|loss(?:es)?|casualt(?:y|ies))\b"
    r"(?![^:;]{0,200}?(?:[:;]|\bwith\b))|"
    # a trend ("a spurt in ceasefire violations after ..."): about many incidents, not one
    r"\b(?:spurt|surge|rise|increase|uptick|spike|upswing)\s+in\s+(?:\w+\s+){0,2}?(?:cease[-\s]?fire\s+)?"
    r"(?:violations|attacks|incidents|shelling|strikes)\b|"
    # a call to stop attacks: "called on the world to pressure Israel to end its attacks"
    r"\b(?:call(?:ed|s|ing)?\s+on|urg(?:ed|es|ing)|appeal(?:ed|s)?\s+to)\b[^.;]{0,100}?\bto\s+(?:end|stop|halt|cease)\b|"
    # (an order opening the sentence, its main clause: "A UN resolution ordered Israel to end all offensive
    # military action"; not "struck Beirut, a day after Washington asked Israel to stop")
    r"^[\s\"“'‘(]*(?:[\w'’-]+\s+){0,6}?(?:order(?:ed|s)|demand(?:ed|s)|requir(?:ed|es)|ask(?:ed|s))\b(?!\s+(?:his|its|their)\s)"
    r"[^.;]{0,100}?\bto\s+(?:end|stop|halt|cease)\b|"
    # "had exchanged gunfire for seven straight days": days of fighting summed up
    r"\bfor\s+(?:\w+\s+)?(?:straight|consecutive|successive)\s+(?:days|nights|weeks)\b|"
    # ordnance found or cleared later: the aftermath, not an attack
    r"\b(?:defused|unexploded|bomb\s+squad|disposal\s+squad)\b|"
    # a habit told as a plural: "has carried out near-daily air raids", "repeated strikes"
    r"\b(?:near-daily|near\s+daily|almost\s+daily|daily|nightly|regular|frequent|repeated|routine)\s+"
    r"(?:air\s*|drone\s+)?(?:raids|strikes|airstrikes|attacks|shelling)\b|"
    # a count of incidents compared with another day's: a statistic
    r"\bcompared\s+(?:with|to)\s+\d|"
    # the start of a period told by its event: "Tension has spiked since December 16, when troops shot a soldier"
    r"\bsince\s+[^,.;]{1,40},\s+when\b|"
    # a running total: "across the region this year", "since June", "since last year"
    r"\bthis\s+year\b|\bsince\s+last\s+(?:year|month)\b|"
    # "Since surgical strikes by Army on launch pads in PoK, over 55 ceasefire violations have taken place": a
    # count of incidents since an event, told by it (not a time of day: "since 07:45")
    r"^[\s\"'(]{0,3}since\s+(?!\d)[^,;]{3,120},\s+(?:over\s+|more\s+than\s+|nearly\s+|about\s+|at\s+least\s+|some\s+)?"
    r"\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:violations|incidents|attacks|instances)\b[^.;]{0,60}?"
    # (not where they were recorded: "Since the truce, five violations have been recorded in Shusha and Mardakert")
    r"\b(?:have|has)\s+(?:taken\s+place|occurred)\b(?!\s+(?:in|at|near|along)\s+(?!which\b))|"
    r"\bsince\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)|"
    # "Instead, it has intensified airstrikes ..., killing 21 civilians and injuring 83": a campaign's toll so far
    r"\b(?:has|have)\s+(?:intensified|stepped\s+up|escalated|kept\s+up)\b[^.;]{0,120}?\b(?:killing|injuring|wounding)\s+"
    r"(?:more\s+than\s+|over\s+|at\s+least\s+)?\d|"
    # "Since fighting erupted on December 7, Thailand has ...": the time since a war's or a round's start, a tally
    # (not "Since 6 a.m.", "Since this morning": the day's own hours)
    r"^[\s\"'(]{0,3}since\s+(?!(?:\d|this\s|early\s|the\s+early\s|morning|dawn|midnight|last\s+night|then\b))"
    r"(?:[\w'’-]+\s+){1,6}?(?:erupted|began|started|broke\s+out|flared(?:\s+up)?|escalated|resumed)\b[^,;.]{0,40},|"
    # an award: "posthumously awarded Melkonyan the Medal for Service in Battle" honours a loss told
    # already (the medal's name is no battle)
    r"\b(?:posthumously\s+)?award(?:ed|s|ing)\s+(?:[\w'’-]+\s+){0,4}?(?:the\s+)?(?:[\w-]+\s+)?(?:medal|order)\b|"
    # a truce agreed or signed: the ceasefire's history, not a violation of it
    r"\b(?:agreed|signed|reached|brokered)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:cease[-\s]?fire|truce|armistice)\b"
)


# "Although no incidents were recorded elsewhere, the enemy opened fire on X": a negation inside a
# concessive clause (up to its comma) concedes something else; it does not cancel the main clause.
_CONCESSIVE = re.compile(r"(?:^|(?<=[,;]\s))\s*(?:although|though|even\s+though|while|whereas)\b[^,;]{0,300}[,;]", re.I)


def _negated(sentence: str) -> bool:
    """Does a negation cancel the sentence's claim (outside any concessive clause)?"""
    if not _NEGATED.search(sentence):
        return False
    return bool(_NEGATED.search(_CONCESSIVE.sub(" ", sentence)))


@dataclass(frozen=True)
class Signals:
    """What a sentence says about incidents."""

    event: bool = False  # a strong trigger: may start a claim
    weak: bool = False  # "provocation", "incident": may only add to the claim being read
    symmetric: bool = False
    mutual: bool = False  # both sides the subject of a mutual verb ("A and B troops exchanged fire")
    negated: bool = False
    retaliation: bool = False
    background: bool = False


_NAMED_BACK = re.compile(
    r"\b(?:as\s+a\s+result\s+of|because\s+of|during|after|following|in)\s+the\s+"
    r"(?:shooting|attack|firing|incident|shelling|fire)\b(?!\s+(?:on|in|at|near|against|by|from)\b)",
    re.I,
)


def _retaliation_only(sentence: str) -> bool:
    """A side's own response ("took retaliatory measures") -- unless the sentence first tells what it
    answered ("X opened fire on our unit, causing it to retaliate"): then it is that incident."""
    retaliation = _RETALIATION.search(sentence)
    if retaliation is None:
        return False
    # ("No IDF casualties as a result of the shooting, IDF returned fire at posts in X": the fire told before,
    # named back, is not what this sentence tells)
    trigger = _STRONG.search(_NAMED_BACK.sub(lambda m: " " * len(m.group()), sentence))
    return trigger is None or trigger.start() >= retaliation.start()


# "shortly after the attack", "since the strike": the incident already told, referred back to
# (nothing named after it: "after the attack on Metula" names one).
_REFERS_BACK = re.compile(
    r"\b(?:after|since|following|before|during)\s+(?:the|this|that)\s+(?:latest\s+|last\s+)?"
    r"(?:attack|strike|shelling|incident|raid|clash)\b(?!\s+(?:on|in|at|near|against)\b)|"
    # "found after a recent ceasefire violation at X": an earlier incident, wherever it was
    r"\b(?:after|since|following)\s+(?:a|an|the)\s+(?:recent|previous|earlier)\s+(?:[\w-]+\s+)?"
    r"(?:attack|strike|shelling|incident|raid|clash|violation)s?\b|"
    # "The attack comes days after ...", "The infiltration bid and firing by Pakistan Rangers also come
    # close to the visit of ...": the incident told, set in its time by what follows
    r"(?:^|[.;]\s+)\W*(?:the|this|these|that|today's|tuesday's|monday's|wednesday's|thursday's|friday's|saturday's|sunday's)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:attacks?|strikes?|shelling|firing|fire|violations?|incidents?|clash(?:es)?|escalation|exchanges?)"
    r"(?:\s+by(?:\s+[\w'’-]+){1,4}?)?\s+(?:also\s+)?(?:comes?|came)\s+(?=close\s+to|amid|ahead\s+of|after|days?\b|hours?\b|"
    r"weeks?\b|barely|just|only|a\s+(?:day|week)|as\b|at\s+a\s+time|on\s+the\s+(?:eve|heels))|"
    # "Last week's military attacks forced Artsakh authorities to tell residents of Aghavno to evacuate": what
    # attacks told as recent brought about, where that happened (not "Sunday's shelling forced ... to flee", its day)
    r"(?:^|[.;]\s+)\W*(?:last\s+(?:week|month)['’]s|(?:the\s+)?recent|(?:the\s+)?past\s+(?:week|month)['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attacks|strikes|shelling|fighting|clashes|hostilities)\s+(?:have\s+|had\s+)?(?:forced|prompted|led|pushed|caused)\b|"
    # "two soldiers were injured when an explosive accidentally exploded in a pile of garbage": a side's own
    # accident, fire of no one
    r"\b(?:accidentally|by\s+accident)\s+(?:exploded|detonated|went\s+off|blew\s+up)\b|"
    r"\b(?:exploded|detonated|went\s+off)\s+(?:accidentally|by\s+accident)\b|\baccidental\s+(?:explosion|blast|detonation)s?\b|"
    # "holds the Lebanese government responsible for not preventing the attacks", "views the rocket attacks as a
    # severe incident": a judgement of the attacks told, no other
    r"\bhold(?:s|ing)?\s+(?:[\w'’-]+\s+){0,6}?responsible\s+for\s+(?:[\w-]+\s+){0,3}?(?:the|these|this|such)\s+"
    r"(?:[\w-]+\s+)?(?:attacks?|incidents?|actions?|fire|firing|shelling|strikes?)\b|"
    r"\b(?:considers?|views?|regards?)\s+the\s+(?:[\w-]+\s+)?(?:attacks?|incidents?|strikes?|shelling|firing)\s+(?:as\s+)?"
    r"(?:an?\s+)?(?:severe|serious|grave|flagrant|blatant|dangerous)\b|"
    # ("a situation where there are no Radwan forces at the border and no more bombardments": what is wished for)
    r"\bno\s+more\s+(?:[\w-]+\s+)?(?:bombardments?|attacks?|shelling|strikes?|rockets?|missiles?|fire|firing|shooting)\b|"
    # "despite the great internal crisis in Lebanon and the explosion in Beirut, Hezbollah is ...": what the main
    # clause is set against, not an incident it tells
    r"\bdespite\s+(?:[\w'’-]+\s+){0,10}?(?:the|a|an)\s+(?:[\w-]+\s+)?(?:explosions?|blasts?)\b|"
    # "Israel has braced for a response to the strike": an answer to the strike told, awaited or given
    r"\b(?:response|reply|retaliation|revenge)\s+(?:to|for)\s+(?:the|this|that)\s+(?:attack|strike|shelling|incident|raid|killing)s?\b|"
    # "near the site of the clash": where the incident already told happened
    r"\b(?:site|scene)\s+of\s+the\s+(?:attack|strike|shelling|incident|raid|clash)\b|"
    # "summoned an Indian diplomat on Tuesday over the cross-LoC attack", "to protest the killings": a reaction
    # to the incident told (not "over the shelling of Kotli", "to protest the firing by Indian troops in Nakyal")
    r"\b(?:over|protest(?:ing|ed)?(?:\s+(?:against|over))?)\s+(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:attacks?|strikes?|shelling|firing|killings?|incidents?|(?:cease[-\s]?fire\s+)?violations?)\b"
    r"(?![^.;]{0,80}?\b(?:on|in|at|near|against|of|by|along|across)\s+(?:the\s+)?[A-Z])",
    re.I,
)


# A truce's start is context ("the ceasefire took effect on 27 November") ...
_TRUCE_STARTED = re.compile(r"\b(?:went|came|entered)\s+into\s+(?:effect|force)\b|\btook\s+effect\b", re.I)
# ... unless it only times today's fire ("hours after a ceasefire took effect", "a day after the truce
# came into force").
_TIMED_BY_TRUCE = re.compile(
    r"\b(?:hours?|minutes?|days?|a\s+day|shortly|soon|just|moments?)\s+(?:\w+\s+)?after\s+(?:the\s+|a\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:cease[-\s]?fire|truce)\b[^.;]{0,60}?\b(?:effect|force)\b",
    re.I,
)
# ... or names the truce broken by its start, in a clause of its own ("violated the agreements that came
# into force on 27 July 2020 three times": the violation is the news)
_TRUCE_DESCRIBED = re.compile(
    r"\b(?:violat|breach)\w*\s+(?:[\w\[\]-]+\s+){0,10}?(?:that|which)\s+(?:had\s+)?(?:came|come|entered|went)\s+into\s+(?:force|effect)\b",
    re.I,
)


# A habit told in the present perfect ("has been continuously violating"): a pattern, not an event;
# unless the sentence bounds it to the day just past ("in the last 24 hours have continuously
# breached the ceasefire"): that is the day's report.
_HABIT = re.compile(
    r"\b(?:has|have|had)\s+(?:been\s+)?(?:continuously|frequently|repeatedly|regularly|constantly|routinely|"
    r"persistently|systematically)\b|"
    # ("The Indian forces ... are continuously targeting civilian populated areas": what they keep doing)
    r"\b(?:is|are)\s+(?:continuously|frequently|repeatedly|regularly|constantly|routinely|persistently|"
    r"systematically)\s+[a-z]+ing\b(?![^.;]{0,300}\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|"
    r"last\s+night|overnight|morning|evening|afternoon|January|February|March|April|May|June|July|August|September|October|"
    r"November|December|past\s+24\s+hours|past\s+day)\b)|"
    # "Russia has unleashed barrages of airstrikes on civilian infrastructure": a war's course, summed up
    r"\b(?:has|have)\s+(?:\w+\s+)?(?:unleashed|launched|carried\s+out|conducted|fired)\s+(?:repeated\s+|relentless\s+|massive\s+)?"
    r"(?:barrages|waves|campaigns|hundreds|thousands|dozens|scores)\s+of\b|"
    # "The Azerbaijani Armed Forces keep violating the ceasefire regime and breaking the peace of ...": a habit
    # (not "continued shelling Sialkot border villages on Wednesday", one day's fire)
    # "Deadly clashes ... continue to break out periodically": how often, no one incident
    r"\b(?:break(?:s)?\s+out|erupt(?:s)?|flare(?:s)?\s+up|occur(?:s)?|take\s+place|takes\s+place)\s+"
    r"(?:periodically|regularly|frequently|occasionally|sporadically|from\s+time\s+to\s+time)\b|"
    # "Compared with the previous reporting period, the SMM recorded fewer ceasefire violations in both
    # Donetsk and Luhansk regions": a monitor's count set against the last one, no incident
    # (unless it says where the violence was: "..., with violence focused in the X area": a finding at X)
    r"\b(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|than\s+(?:in|during))\s+the\s+previous\s+reporting\s+period\b"
    r"(?![^.;]*?\b(?:violence|violations|explosions|shelling|fighting)\s+(?:was\s+|were\s+)?(?:focused|focussed|concentrated|"
    r"centred|centered)\s+(?:in|on|around)\b)|"
    # "The frequency of incidents ... as a result of cross border firing has increased": a trend, no
    # incident (not "the number of attacks on X has increased", a claim of attacks on X)
    r"\b(?:frequency|incidence)\s+of\s+(?:[\w-]+\s+){0,3}?(?:incidents|violations|casualties)\b"
    r"[^.;]{0,160}?\b(?:has|have)\s+(?:\w+\s+)?(?:increased|risen|grown|gone\s+up|surged|decreased|fallen|dropped)\b|"
    r"\bkeeps?\s+(?:on\s+)?violating\s+the\s+(?:cease[-\s]?fire|truce)\b(?![^.]{0,80}\b(?:(?:on|at|since)\s+[A-Z0-9]|overnight|last\s+night|yesterday|this\s+morning|earlier\s+today))",
    re.I,
)
_THE_DAY_PAST = re.compile(
    r"\b(?:past|last|previous)\s+(?:day|24\s+hours|twenty-four\s+hours)\b|\bsince\s+(?:the\s+)?(?:morning|dawn)\b", re.I
)


# "killed three members in strikes Sunday on southern Lebanon, where it has carried out repeated
# attacks despite an ongoing ceasefire": a relative clause after a comma describes a place or party
# named before it; its habit or history is not that of a main clause that names its day, which
# tells the day's news. (Without a day, "In the north, where the group has primarily targeted
# military positions, nine soldiers have been killed" is a running total, framed by the habit.)
_RELATIVE_CLAUSE = re.compile(
    r",\s+(?:where|which|whose|who)\b[^,;]*|"
    # ("killed Friday during a mortar attack in the eastern region where its forces have been fighting ... since
    # 2014": the region described, with no comma)
    r"\b(?:regions?|areas?|provinces?|oblasts?|districts?|sectors?|zones?|territor(?:y|ies)|villages?|towns?|cit(?:y|ies))"
    r"\s+where\b[^,;]*|"
    # ("in what Lebanon called a violation of the truce that halted Israel's 34-day war": what the truce ended)
    r"\b(?:truce|cease[-\s]?fire|resolution|agreement|deal|accord)\s+(?:that|which)\s+(?:halted|ended|stopped|followed)\b[^,;]*|"
    # ("to an area near the temple that was the scene of four days of fighting in February")
    r"\s(?:that|which)\s+(?:was|were|had\s+been|has\s+been)\s+the\s+(?:scene|site)\s+of\b[^,;]*",
    re.I,
)
_NAMED_DAY = FoldedPattern(
    r"\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|last\s+night)\b"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b"
    r"|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b",
    re.I,
)


# ", one of the hotspots on the map of the Donbas war.": what the place named is, not the incident's time
_PLACE_DESCRIBED = re.compile(
    # (", two contested villages in X that have been flashpoints ...": the places of a list described)
    r",\s+(?:one\s+of\s+the|an?|the|both|two|three|four|five)\s+(?:[\w'’-]+\s+){0,3}?(?:hotspots?|flashpoints?|towns?|villages?|cit(?:y|ies)|"
    # (perhaps before who said it: "..., two villages that have been flashpoints, the army said.")
    r"settlements?|areas?)\b[^.;,]{0,100}(?:,\s+(?:[\w'’-]+\s+){1,5}?(?:said|says|reported|added|stated))?[.;]?\s*$"
)


# "one of its soldiers was killed early Saturday, the third in recent days": the told loss counted
# in a series, said after a comma; the count's time is not the loss's
_COUNTED_AFTER = re.compile(
    r",\s+the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest)\b[^,;.]{0,60}|"
    # "..., raising to 66 the number killed in Lebanon since the war began": the told loss added to a tally
    r",\s+(?:raising|bringing|taking|pushing)\s+(?:to\s+[\d,]+\s+)?the\s+(?:overall\s+|total\s+)?"
    r"(?:death\s+toll|toll|number|tally|total)\b[^;.]{0,160}",
    re.I,
)
# "The border has seen near-daily exchanges of fire since October 8": a habit since a day, no event
_HAS_SEEN_SINCE = re.compile(
    r"\b(?:has|have)\s+seen\s+(?:[\w-]+\s+){0,3}?(?:exchanges|clashes|attacks|fire|fighting|violence|shelling|strikes|hostilities)\b"
    r"[^.;]{0,120}?\bsince\b|"
    # ("Escalation along the LoC has been seen since militants attacked an army base in September")
    r"\b(?:escalation|tensions?|violence|hostilities|fighting|exchanges|clashes|shelling)\b[^.;]{0,120}?"
    r"\b(?:has|have)\s+(?:been\s+(?:seen|witnessed|observed)|(?:risen|grown|increased|intensified|escalated|flared))\b"
    r"[^.;]{0,120}?\bsince\b",
    re.I,
)


# "Shakhtarsk is close to the rolling fields where MH17 came down": a place told by what happened there
# a day of the news ("on Tuesday", "yesterday"), not a calendar date of the past ("on July 17")
_RECENT_DAY = FoldedPattern(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|overnight|last\s+night)\b",
    re.I,
)
_PLACE_BY_ITS_PAST = re.compile(
    r"^\W*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:is|lies|sits)\s+(?:(?:very|just|only|also)\s+)?"
    r"(?:close\s+to|near|next\s+to|not\s+far\s+from)\b[^.;]{0,80}?\bwhere\b"
)


_TOTAL = re.compile(
    r"\b(?:has|have)\s+(?:\w+\s+)?(?:killed|wounded|injured|shelled|struck|hit|targeted|attacked)\b|"
    r"\b(?:more\s+than|over|nearly|almost|at\s+least)\s+\d",
    re.I,
)


# An encounter of security forces with militants is no fire across the line ("an encounter broke out
# between terrorists and security forces at X village", "security forces gunned down two terrorists"),
# unless the sentence ties it to the other side's fire or the truce
_COUNTER_INSURGENCY = FoldedPattern(
    r"\b(?:encounters?|gunfights?|gun\s*battles?|operations?|cordon)\b[^.;]{0,80}?\b(?:terrorists?|militants?|insurgents?|ultras)\b|"
    # ("five Hizbul Mujahideen militants, including a commander, were killed in a gun battle with security forces")
    r"\b(?:terrorists?|militants?|insurgents?|ultras)\b[^.;]{0,80}?\b(?:encounters?|gunfights?|gun\s*battles?)\b|"
    r"\b(?:gunned\s+down|killed|neutrali[sz]ed|eliminated)\s+(?:\w+\s+){0,2}?(?:terrorists?|militants?|insurgents?|ultras)\b"
)
_ACROSS_THE_LINE = re.compile(
    r"\b(?:cease[-\s]?fire|truce|cross-border|across\s+the\s+(?:border|LoC|line)|shell(?:s|ed|ing)|mortars?|artillery|"
    r"infiltrat\w*|cover(?:ing)?\s+fire)\b",
    re.I,
)


# "with clashes in December killing dozens": a toll told of a past month, no day's incident
_VAGUE_TOLL = re.compile(
    r"\b(?:killing|killed|left|leaving|claimed|claiming)\s+(?:at\s+least\s+|more\s+than\s+|over\s+)?"
    r"(?:dozens|scores|hundreds|thousands)\b",
    re.I,
)
_MONTH_ONLY = re.compile(
    rf"\b(?:in|since|during|throughout)\s+(?:early\s+|late\s+|mid-?)?{_MONTH_NAME}\b(?![\s,]+(?:[0-3]?\d\b|of\b))"
)

# ("A soldier was killed in a clash in the same area on May 28, which started the current crisis": the crisis's
# beginning, told as its history)
_STARTED_THE_CRISIS = re.compile(
    r"\b(?:which|that)\s+(?:started|sparked|triggered|began|set\s+off|ignited|led\s+to)\s+(?:the\s+)?"
    r"(?:current\s+|present\s+|latest\s+|ongoing\s+|whole\s+)?(?:crisis|conflict|war|standoff|stand-off|escalation|"
    r"tensions?|fighting|hostilities|row|dispute)\b",
    re.I,
)


def _background(sentence: str) -> bool:
    if _STARTED_THE_CRISIS.search(sentence) and not _RECENT_DAY.search(sentence):
        return True
    sentence = _COUNTED_AFTER.sub("", _PLACE_DESCRIBED.sub("", sentence))
    main = _RELATIVE_CLAUSE.sub(" ", sentence)
    # ("a sniper shot dead an officer on the border between the two countries, which have been locked
    # in a three-decades long dispute": the clause describes the countries; the main clause tells fire)
    # (not a running total in the main clause: "Russian shelling has killed more than 3,000 civilians in
    # Donetsk region, which has borne the brunt ...")
    if main != sentence and (_NAMED_DAY.search(main) or (_STRONG.search(main) and not _TOTAL.search(main))):
        sentence = main
    motive = told_before_motive(sentence)
    if motive is not None:
        # "Missiles struck a convoy on Wednesday, killing two soldiers in an apparent retaliation for a
        # deadly airstrike ... earlier this month": the motive's time is not the told fire's
        sentence = sentence[:motive]
    ranked = sentence if _RANKS_ITSELF.match(sentence) else _RANKED_SINCE.sub(lambda m: " " * len(m.group(0)), sentence)
    if _BACKGROUND.search(ranked):
        return True
    if _HABIT.search(sentence) and not _THE_DAY_PAST.search(sentence):
        return True
    if _HAS_SEEN_SINCE.search(sentence):
        return True
    if _VAGUE_TOLL.search(sentence) and _MONTH_ONLY.search(sentence) and not _RECENT_DAY.search(sentence):
        return True
    if _PLACE_BY_ITS_PAST.search(sentence) and not _RECENT_DAY.search(sentence):
        return True
    if _COUNTER_INSURGENCY.search(sentence) and not _ACROSS_THE_LINE.search(sentence):
        return True
    # ("killing six in one of the most serious clashes since the cease-fire went into effect": the truce ranks the
    # fire told; not "The airstrike on Thursday was the first since the ceasefire took effect", about the ranking)
    in_ranking = _RANKED_SINCE.search(sentence)
    truce_told = sentence
    if in_ranking is not None and _IN_A_RANKING.search(sentence, 0, in_ranking.start()):
        truce_told = ranked
    return (
        _TRUCE_STARTED.search(truce_told) is not None
        and _TIMED_BY_TRUCE.search(sentence) is None
        and _TRUCE_DESCRIBED.search(sentence) is None
    )


# fire of no particular time: "Russia was behind ... any upsurge in fighting", "warned that any attack
# would be met": no trigger of its own (the sentence's other fire stays: "shelled Jermuk and warned
# that any attack ...")
_ANY_FIRE = re.compile(
    # ("be ready to respond to any violations or provocations": a truce's terms, no violation told)
    r"\bany\s+(?:(?:upsurge|escalation|increase|rise)\s+(?:in|of)\s+)?"
    r"(?:fighting|attacks?|shelling|strikes?|escalation|violations?|provocations?)\b(?:\s+or\s+provocations?\b)?|"
    # ("began evacuating the city amid intensifying rocket and anti-tank missile attacks": a setting of attacks
    # going on, no one of them told)
    r"\bamid\s+(?:the\s+)?(?:intensifying|intensified|continuing|continued|ongoing|growing|escalating|increasing|"
    r"repeated|daily|frequent|persistent|renewed|mounting|sporadic|heavy)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:attacks?|fire|shelling|strikes?|clashes|fighting|violence|hostilities|exchanges)\b|"
    # ("As fears of an Israeli ground assault grew": an attack feared, not one made)
    r"\b(?:fears?|threats?|prospects?|risk|possibility|spectre|specter)\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:attacks?|assaults?|offensives?|invasion|incursion|strikes?|war|escalation|operation)\b",
    re.I,
)


# "an agreement with Ukraine and Russia to pause attacks on energy sites": what a deal is for, no fire
# (the sentence's own fire stays: "drones struck Odesa despite a deal to pause attacks")
_PAUSE_DEAL = re.compile(
    r"\b(?:agreements?|deals?|accords?|plans?|proposals?|call|calls|agreed|pledged|promised)\s+(?:[\w-]+\s+){0,8}?to\s+"
    r"(?:pause|halt|stop|cease|suspend|end)\s+(?:\w+\s+)?(?:strikes|attacks|shelling|fire|firing|hostilities)\b",
    re.I,
)


# "living about three kilometres from the clash site have evacuated": the place of the fire told before,
# named as a site, tells no fire
_SITE_OF_FIRE = re.compile(
    r"\b(?:clash|attack|battle|shelling|strike|shootout|firefight|fighting)\s+(?:sites?|scenes?)\b", re.I
)


def classify(sentence: str, lexicon: Lexicon | None = None) -> Signals:
    return _classify(sentence, lexicon or lexicon_for(default_catalog().default))


# A text that says one thing again and again (a pasted page of the same lines) is read once per
# distinct sentence: the answer depends on the sentence and the conflict alone (Signals is frozen).
# Memory stays bounded (256 sentences); the reader asks of one sentence at a time.
@lru_cache(maxsize=256)
def _classify(sentence: str, lexicon: Lexicon) -> Signals:
    told = _PAUSE_DEAL.sub(" ", _ANY_FIRE.sub(" ", _REFERS_BACK.sub(" ", SCARE_QUOTES.sub(r"\1", sentence))))
    told = _SITE_OF_FIRE.sub(" ", told)
    return Signals(
        event=bool(_STRONG.search(told)),
        weak=bool(_WEAK.search(_ANY_FIRE.sub(" ", sentence))),
        symmetric=bool(lexicon.compile(_SYMMETRIC).search(AGREEMENT_CLAUSE.sub(" ", sentence))),
        mutual=bool(lexicon.compile(_MUTUAL).search(sentence)),
        negated=_negated(sentence),
        retaliation=_retaliation_only(sentence),
        background=_background(sentence),
    )


def told_before_motive(sentence: str) -> int | None:
    """Where the motive of fire told before it begins ("X struck Y, in retaliation for Z"), or None."""
    motive = motive_start(sentence)
    if motive is None or not _STRONG.search(sentence[:motive]):
        return None
    return motive


# Patterns run over a whole sentence only when it holds a word every match of theirs holds (same
# answers; folded.gated)
_REFERS_BACK = gated(_REFERS_BACK)
_RANKED_SINCE = gated(_RANKED_SINCE)
_HABIT = gated(_HABIT)
_HAS_SEEN_SINCE = gated(_HAS_SEEN_SINCE)
_PAUSE_DEAL = gated(_PAUSE_DEAL)
