"""The side a conflict's profile gives a claimant, and what to check before a claim is saved under another.

Look-ups in one :class:`~mapdata.profiles.profile.Profile`, reading nothing else: the claimant's side
by the profile (a party's voice, a monitor, a party by its own name), the warning when a claim's
reporting side is not that side, and the warning when a party accuses itself. The map's
*Correct this claim*, the Add report page and ``edit`` ask them here, so all three say the same.
"""

from __future__ import annotations

from mapdata.profiles.profile import THIRD_PARTY, Profile

__all__ = ["claimant_side", "self_accusation", "side_warning"]


def claimant_side(profile: Profile, claimant: object) -> str | None:
    """The reporting side ``profile`` gives a claimant it names: a party's official voice ("Thai army":
    Thailand), a monitor or mediator ("third party"), or a party itself by any of its spellings
    ("Cambodian": Cambodia); None for a claimant it does not name (an outlet, "local residents")."""
    named = _named(profile, claimant)
    return named[0] if named else None


def _named(profile: Profile, claimant: object) -> tuple[str, str] | None:
    """(side, what the profile calls the claimant) for a claimant ``profile`` names."""
    name = str(claimant).strip() if claimant is not None else ""
    voice = profile.voice(name) if name else None
    if voice is not None:
        side = voice[1]
        return side, ("a monitor or mediator, side “third party”" if side == THIRD_PARTY else f"a voice of {side}")
    party = profile.side_for(name) if name else None
    return (party, f"a name of {party}") if party is not None and party in profile.party_names else None


def side_warning(profile: Profile, claimant: object, reporting_side: object, accused_side: object = None) -> str | None:
    """What to check before a claim is saved as ``claimant``'s under ``reporting_side`` when the
    profile gives that claimant another side (walk40: "Thai army", the profile's own voice of
    Thailand, saved as "Thai army [media]"; "Cambodian MoD" set to "third party"), or, given
    ``accused_side``, when a party accuses itself (:func:`self_accusation`); None when neither. A
    warning, not a refusal: a ministry quoted by the other side's media may be saved so on purpose.
    The side decides a claim's colour, the side filter and which clash it is grouped in, so a wrong
    one miscounts it everywhere."""
    named = _named(profile, claimant)
    side = str(reporting_side).strip() if reporting_side is not None else ""
    said = []
    if named is not None and side != named[0]:
        said.append(
            f"the {profile.title} profile names “{str(claimant).strip()}” {named[1]}, but the reporting side is "
            f"“{side or 'not set'}”: the side decides the claim's colour, the side filter and which clash it joins"
        )
    itself = self_accusation(profile, reporting_side, accused_side)
    if itself is not None:
        said.append(itself)
    return "; and ".join(said) or None


def self_accusation(profile: Profile, reporting_side: object, accused_side: object) -> str | None:
    """What to say of a claim whose reporting side is a party and whose accused side is that same
    party (walk41: "Cambodian MoD [Cambodia], accuses Cambodia" saved without a word); None otherwise
    (a medium or monitor may name any side, and "unknown" accuses no one)."""
    side = str(reporting_side).strip() if reporting_side is not None else ""
    accused = str(accused_side).strip() if accused_side is not None else ""
    if not side or side != accused or side not in profile.party_names:
        return None
    other = profile.opponent_of(side)
    return f"the reporting side “{side}” is also the accused side: a party's claim blames another side" + (
        f" (the {profile.title} profile's opponent of {side} is {other})" if other else ""
    )
