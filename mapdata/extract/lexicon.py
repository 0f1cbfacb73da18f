"""A conflict profile's words, ready for reading text: who the parties are called, who speaks.

The reader knows no conflict by heart: every name it looks for comes from the report's
profile (``mapdata.profiles``): each party's name, aliases, demonyms and capitals (to tell who
acts: "Pakistani troops", "New Delhi said"), its official voices and the monitors (to tell
who speaks: "ISPR", "the JFO press centre", "UNIFIL"), and how its statements name the other
side ("the enemy"). Names are plain text in the profile; here they become whole-word patterns,
compiled once per profile. A name in capitals ("IDF", "UN") only matches in capitals.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from mapdata.profiles import THIRD_PARTY, Profile, default_catalog
from mapdata.profiles import fold as fold_name

__all__ = ["Lexicon", "alternation", "detect_profile", "lexicon_for", "names_pattern"]


def _phrase(name: str) -> str:
    """A plain name as a pattern: spaces and dashes loose, apostrophes either way."""
    parts = [re.escape(p) for p in re.split(r"[\s\-‐‑–—]+", name.strip()) if p]
    return re.sub("['’]", "['’]", r"[\s\-]+".join(parts))


def alternation(names: Iterable[str]) -> str:
    """Plain names as one alternation, longest first; names in capitals match only in capitals.
    A name that matches nothing (no names) is returned as a pattern that never matches."""
    unique = sorted({n.strip() for n in names if n and n.strip()}, key=len, reverse=True)
    if not unique:
        return "(?!x)x"
    return "(?:" + "|".join(_phrase(n) if n.isupper() else "(?i:" + _phrase(n) + ")" for n in unique) + ")"


_DEFENCE = re.compile(r"(?<=[Dd]efen)[cs](?=e)")


def _both_spellings(name: str) -> list[str]:
    """A name with "Defence" also as "Defense" and the other way round: outlets write either, whichever the
    profile lists ("Russia's defence ministry" is "Russia's Defense Ministry")."""
    other = _DEFENCE.sub(lambda m: "s" if m.group(0) == "c" else "c", name)
    return [name] if other == name else [name, other]


def names_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """One whole-word pattern for plain names (see :func:`alternation`)."""
    names = list(names)
    if not any(n and n.strip() for n in names):
        return None
    return re.compile(r"(?<![\w'’-])" + alternation(names) + r"(?![\w-])")


_SPOKE = r"(?:said|says|claimed|claims|stated|told|announced|alleged|accused|insisted|reported)"
_CAPITALISED = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
_OFFICIAL_VOICE = (
    r"(?:spokes(?:man|woman|person)|officials?|ministry|army|military|sources?|government|officers?|authorities|"
    r"foreign\s+office|police)"
)
_STATEMENT_SEAT = re.compile(
    # (an official voice speaking right after the comma: not "In Kyiv, Russian missiles hit ...", nor "In
    # Stepanakert, residents said ...", where the capital is the place told)
    rf"^\W*In\s+(?P<opening>{_CAPITALISED})\s*,\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){{0,2}}?{_OFFICIAL_VOICE}\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?{_SPOKE}\b|"
    rf"\b{_OFFICIAL_VOICE}\s+(?:in|from)\s+(?P<seat>{_CAPITALISED})\s+{_SPOKE}\b|"
    # ("the headquarters in Delhi was being briefed every hour": an office's seat, the subject of its own verb; not
    # "a strike hit a headquarters in Beirut on Friday")
    rf"\b(?:headquarters|HQ|embassy|ministry)\s+in\s+(?P<office>{_CAPITALISED})\s+(?:was|were|is|are|has|had)\b"
)


@dataclass(frozen=True, eq=False)  # one per profile (lexicon_for): compared and hashed by identity
class Lexicon:
    """The names of one profile as patterns, and what each name stands for."""

    profile: Profile
    parties: tuple[str, ...]
    party_names: re.Pattern[str] | None  # any spelling of any party: name, alias, demonym, capital
    party_alternation: str  # the same as an alternation, to build larger patterns with
    speaker_alternation: str  # names a country speaks with ("Islamabad said"): name, aliases, capitals
    sides: dict[str, str]  # folded spelling -> party
    voice_names: re.Pattern[str] | None  # official voices and monitors
    voices: dict[str, tuple[str, str]]  # folded name -> (claimant, side)
    enemy_names: dict[str, re.Pattern[str]]  # party -> how its statements name the side they blame
    # party -> the names for the side it blames that only this party uses ("the occupiers", not
    # "the enemy"): a text using them, whoever writes it, tells that party's account
    own_epithets: dict[str, re.Pattern[str]]
    adjectives: dict[str, str]  # party -> its first demonym ("Armenian"), else its name
    capitals: frozenset[str]  # the parties' capitals, folded: where statements come from ("Kyiv", "Baku")
    _compiled: dict[str, re.Pattern[str]] = field(default_factory=dict)

    def side_word(self, text: str) -> str | None:
        """The first party a phrase names ("Pakistani troops" -> "Pakistan"), else None."""
        if self.party_names is None:
            return None
        match = self.party_names.search(text)
        return self.side_of(match.group(0)) if match else None

    def side_of(self, spelling: str) -> str | None:
        return self.sides.get(fold_name(re.sub(r"['’]s$", "", spelling).replace("’", "'")))

    def is_capital(self, name: str) -> bool:
        """Is ``name`` a party's capital ("Kyiv – ...", "officials in Kyiv said")?"""
        return fold_name(name) in self.capitals

    def statement_seat(self, sentence: str, spoken: bool = False) -> tuple[int, int, str] | None:
        """The party's capital a sentence says a statement was made in (``spoken``), or an office sits in, as
        (start, end, party): "In Islamabad, the army claimed ...", "a BSF spokesperson in Delhi said ...",
        "the headquarters in Delhi". Where the words were said, not where fire fell; and the unnamed "army"
        speaking there is that capital's."""
        for match in _STATEMENT_SEAT.finditer(sentence):
            group = next(g for g in ("opening", "seat", "office") if match.group(g))
            if spoken and group == "office":
                continue
            if self.is_capital(match.group(group)):
                side = self.side_of(match.group(group))
                if side is not None:
                    return match.start(group), match.end(group), side
        return None

    def opponent(self, side: str | None) -> str | None:
        return self.profile.opponent_of(side)

    def is_party(self, side: str | None) -> bool:
        return side in self.parties

    def holder_of(self, country: str | None) -> str | None:
        """The party whose country ``country`` (a country code) is, else None."""
        code = (country or "").upper()
        return next((p.name for p in self.profile.parties if code in {c.upper() for c in p.countries}), None)

    def health_ministry(self) -> tuple[str, str] | None:
        """(claimant, side) of the one party's health ministry the profile names, else None."""
        return self.only_service(r"\bhealth\s+ministry\b|\bministry\s+of\s+(?:public\s+)?health\b")

    def only_service(self, pattern: str) -> tuple[str, str] | None:
        """(claimant, side) of the one party's voice whose name matches ``pattern`` ("the civil defence" is Lebanon's in
        the Israel–Lebanon profile), else None: named without its side, a service only one party has is that party's."""
        found = {
            (voice.claimant, party.name)
            for party in self.profile.parties
            for voice in party.voices
            if re.search(pattern, voice.claimant, re.I)
        }
        return next(iter(found)) if len(found) == 1 else None

    def voice(self, name: str) -> tuple[str, str] | None:
        """(claimant, side) for a voice or monitor named so; the side is "third party" for a monitor."""
        return self.voices.get(fold_name(name.replace("’", "'")))

    def compile(self, template: str) -> re.Pattern[str]:
        """A case-insensitive pattern with ``{party}`` standing for any spelling of any party
        ("between {party} and {party}"), compiled once per profile and template."""
        found = self._compiled.get(template)
        if found is None:
            found = self._compiled[template] = re.compile(template.replace("{party}", self.party_alternation), re.I)
        return found

    def ministry_claimant(self, side: str) -> str:
        """How a party's defence ministry or army is recorded: its voice that says MoD, else "<Adjective> MoD"."""
        for party in self.profile.parties:
            if party.name == side:
                for voice in party.voices:
                    if re.search(r"\bMoD\b", voice.claimant):
                        return voice.claimant
                if any(voice.claimant == party.name for voice in party.voices):
                    return party.name  # a party with no ministry speaks as itself (Hezbollah, not "Hezbollah MoD")
        return f"{self.adjectives.get(side, side)} MoD"


def _build(profile: Profile) -> Lexicon:
    sides: dict[str, str] = {}
    speaking: list[str] = []
    for party in profile.parties:
        for spelling in (party.name, *party.aliases, *party.words, *party.capitals):
            sides.setdefault(fold_name(spelling), party.name)
        speaking += [s for s in (party.name, *party.aliases, *party.capitals) if len(s) > 3]
    voices: dict[str, tuple[str, str]] = dict(profile.voices)
    for third in profile.third_parties:
        for name in (third.claimant, *third.names):
            voices.setdefault(fold_name(name), (third.claimant, THIRD_PARTY))
    for folded, voice in list(voices.items()):
        for spelled in _both_spellings(folded):
            voices.setdefault(spelled, voice)
    # Country codes ("AM", "IND", "UKR") name a side in data files, not in prose ("9 AM").
    codes = {c.upper() for c in profile.countries}
    codes |= {n.upper() for names in profile.country_names.values() for n in names if len(n) <= 3}
    spellings = [s for p in profile.parties for s in (p.name, *p.aliases, *p.words, *p.capitals) if s not in codes]
    voice_names = [n for p in profile.parties for v in p.voices for n in (v.claimant, *v.names)]
    voice_names += [n for t in profile.third_parties for n in (t.claimant, *t.names)]
    voice_names = [spelled for n in voice_names for spelled in _both_spellings(n)]
    enemies = {p.name: names_pattern(p.calls_opponent) for p in profile.parties}
    # (not "the enemy", which both sides say, nor "Pakistani troops", which names the side itself)
    used = [fold_name(n) for p in profile.parties for n in p.calls_opponent]
    party_names = names_pattern(spellings)
    own = {
        p.name: names_pattern(
            [
                n
                for n in p.calls_opponent
                if used.count(fold_name(n)) == 1 and not (party_names is not None and party_names.search(n))
            ]
        )
        for p in profile.parties
    }
    return Lexicon(
        profile=profile,
        parties=profile.party_names,
        party_names=party_names,
        party_alternation=alternation(spellings),
        speaker_alternation=alternation(speaking),
        sides=sides,
        voice_names=names_pattern(voice_names),
        voices=voices,
        enemy_names={k: v for k, v in enemies.items() if v is not None},
        own_epithets={k: v for k, v in own.items() if v is not None},
        adjectives={p.name: (p.words[0] if p.words else p.name) for p in profile.parties},
        capitals=frozenset(fold_name(c) for p in profile.parties for c in p.capitals),
    )


@lru_cache(maxsize=64)
def lexicon_for(profile: Profile) -> Lexicon:
    """The compiled names of a profile (cached: profiles are immutable)."""
    return _build(profile)


def detect_profile(text: str, profiles: Iterable[Profile] | None = None) -> tuple[Profile, str]:
    """The conflict a report is about, and why: the profile whose parties, voices and monitors
    it names most often (the first 20,000 characters are read). Ties and texts naming no
    party give the default profile."""
    catalog = default_catalog()
    candidates = list(profiles) if profiles is not None else list(catalog)
    sample = text[:20_000]
    scores = []
    for profile in candidates:
        lexicon = lexicon_for(profile)
        parties = len(lexicon.party_names.findall(sample)) if lexicon.party_names else 0
        voices = len(lexicon.voice_names.findall(sample)) if lexicon.voice_names else 0
        scores.append((parties + 2 * voices, parties, voices, profile))
    scores.sort(key=lambda item: item[0], reverse=True)
    best = scores[0] if scores else None
    default = catalog.default
    if best is None or best[0] == 0 or (len(scores) > 1 and scores[1][0] == best[0]):
        return default, "no conflict's parties or voices are named more than another's: the default conflict"
    _, parties, voices, profile = best
    return profile, (f"names {profile.title}'s parties {_times(parties)} and its voices or monitors {_times(voices)}")


def _times(count: int) -> str:
    return "once" if count == 1 else f"{count} times"
