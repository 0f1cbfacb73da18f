"""Weapons named in a report, and the event type they imply.

The terms are kept as the report writes them ("trench mortars", "UAVs"), so a reader can find
them in the evidence. The event type follows from the strongest signal: aircraft make an air
strike, drones a drone strike, artillery and mortars shelling, small arms small-arms fire,
a battle or clash an armed clash, a mine or blast an explosion.
"""

from __future__ import annotations

import re

from mapdata.extract.folded import FoldedPattern

__all__ = ["event_type", "find_weapons", "without_acts"]

# Longer terms first: "trench mortars" before "mortars".
# fmt: off
_TERMS = [
    r"large-caliber machine guns?", r"heavy machine guns?", r"machine guns?",
    r"large-caliber machineguns?", r"heavy machineguns?", r"machineguns?", r"sniper rifles?", r"snipers?",
    r"small arms", r"automatic (?:weapons|rifles)", r"firearms", r"assault rifles?", r"rifles?",
    r"grenade launchers?", r"under-barrel grenade launchers?", r"hand grenades?",
    r"trench mortars?", r"mortars?", r"mortar shells?", r"artillery(?: shells)?", r"howitzers?", r"cannons?",
    r"multiple (?:launch )?rocket (?:launchers?|systems?)", r"rocket launchers?", r"MLRS", r"Grad(?: rockets?)?",
    r"Smerch", r"Polonez", r"rockets?", r"missiles?", r"ballistic missiles?", r"anti-tank (?:missiles?|weapons?)",
    r"tanks?", r"armou?red vehicles?", r"combat vehicles?",
    r"kamikaze drones?", r"attack drones?", r"loitering munitions?", r"combat drones?", r"drones?", r"UAVs?",
    r"unmanned aerial vehicles?", r"quadcopters?", r"Bayraktars?",
    r"helicopters?", r"combat aircraft", r"fighter jets?", r"aircraft", r"warplanes?",
    r"landmines?", r"mines?", r"explosive devices?", r"IEDs?",
    r"shelling",
]
# fmt: on
_TERM_RE = FoldedPattern(r"\b(?:" + "|".join(_TERMS) + r")\b")
_NOT_WEAPON = re.compile(
    # ("mine No 6/7": a coal mine, a place)
    r"\b(?:mine|mines)\b(?=\s+(?:of|is|are|was|No\b))|\bmy\s+mine\b",
    re.I,
)
# "the Butivka mine": a coal mine named after its village, a place (the name right before the word)
_NAMED_MINE = re.compile(r"\b[A-Z][a-z]{2,20}\s+$")

_DRONE = re.compile(r"\b(?:drones?|UAVs?|unmanned aerial|quadcopters?|Bayraktars?|loitering)\b", re.I)
_AIR = FoldedPattern(
    # ("ZU-23-2 anti-aircraft autocannons" are guns on the ground)
    r"(?<!anti-)(?<!anti\s)\b(?:F-1[56]s?|Su-(?:24|25|34)s?|aircraft|air\s+(?:strike|attack|raid)|airstrike|(?:fighter\s+)?jets?|warplanes?|aviation|bombing)\b",
    re.I,
)
_HEAVY = re.compile(
    r"\b(?:artillery|mortars?|howitzers?|cannons?|rockets?|MLRS|Grad|Smerch|Polonez|missiles?|tanks?|shell(?:ed|ing|s)?|grenade launchers?)\b",
    re.I,
)
# ("opened fire on positions", "fired at the post", no heavier weapon named: the usual meaning in
# the ministries' bulletins, which name artillery, mortars or drones when they were used; walk26)
_SMALL = re.compile(
    r"\b(?:small arms|snipers?|sniper rifles?|machine ?guns?|rifles?|firearms|automatic weapons|gunfire|shooting|shots|"
    r"open(?:ed|s|ing)?\s+fire|fired\s+(?:at|on|upon|towards?)|firing\s+(?:at|on|upon|towards?))\b",
    re.I,
)
_CLASH = re.compile(r"\b(?:battles?|clash(?:es|ed)?|fighting|skirmish(?:es)?|hostilities|offensive|assault)\b", re.I)
_BLAST = re.compile(r"\b(?:explosions?|exploded|blasts?|landmines?|mines?|explosive devices?|IEDs?|detonat\w+)\b", re.I)
_DOWNED = re.compile(r"\b(?:downed|shot\s+down|shoots\s+down|intercepted)\b", re.I)


def find_weapons(text: str) -> list[str]:
    """Weapon terms as written, in order of first mention, without repeats (case-insensitive)."""
    seen: dict[str, str] = {}
    for match in _TERM_RE.finditer(text):
        if _NOT_WEAPON.match(text, match.start()):
            continue
        if match.group(0).lower() == "mine" and _NAMED_MINE.search(text, max(0, match.start() - 24), match.start()):
            continue
        term = match.group(0)
        seen.setdefault(term.lower(), term)
    return list(seen.values())


# Terms of _TERMS that name what was done, not what it was done with: kept as a claim's weapon
# only when it names nothing else ("wounded in the shelling" after "opened fire with mortars"
# made "mortars, shelling", walk6).
_ACTS = frozenset({"shelling"})


def without_acts(terms: list[str]) -> list[str]:
    """A claim's weapon terms without the acts among them, when a weapon is named too."""
    weapons = [term for term in terms if term.lower() not in _ACTS]
    return weapons or list(terms)


def event_type(text: str) -> str:
    """One of the model's EVENT_TYPES for the evidence text of an incident."""
    if _CLASH.search(text) and not (_DRONE.search(text) and not _HEAVY.search(text)):
        return "armed clash"
    if _AIR.search(text):
        return "air strike"
    if _DRONE.search(text) and (_DOWNED.search(text) or not _HEAVY.search(text)):
        return "drone strike"
    if _HEAVY.search(text):
        return "shelling"
    if _SMALL.search(text):
        return "small-arms fire"
    if _BLAST.search(text):
        return "explosion"
    if _DRONE.search(text):
        return "drone strike"
    if _CLASH.search(text):
        return "armed clash"
    return "other"
