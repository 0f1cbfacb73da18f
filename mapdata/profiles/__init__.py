"""Conflict profiles: each conflict's parties, their voices, monitors, countries and places, as data.

A profile is a TOML file (five are bundled in ``mapdata/data/profiles/``; users add their own
in a folder or with ``--profile FILE``). The model validates a claim's sides against its
profile, the store keeps the profile id in ``conflict``, the importers map ACLED/UCDP actors to
parties, the gazetteer prefers the profile's countries, the extractor reads its voices, and the
map takes colours and the first view from it. This package sits at the bottom of the library:
it imports nothing of ``mapdata`` but ``errors``.

Typical use::

    from mapdata.profiles import default_catalog
    profile = default_catalog().require("india-pakistan")
    profile.reporting_sides         # ('India', 'Pakistan', 'third party', 'media')
    profile.voice("ISPR")           # ('ISPR (Pakistan army)', 'Pakistan')
    profile.side_for("Pakistani")   # 'Pakistan'
    claimant_side(profile, "ISPR")  # 'Pakistan': the side the profile gives a claimant (``sides``)
"""

from mapdata.profiles.catalog import (
    BUNDLED_IDS,
    DEFAULT_PROFILE_ID,
    PROFILES_ENV,
    Catalog,
    bundled_profiles,
    default_catalog,
    load_catalog,
    reload_catalog,
    user_profiles_dir,
)
from mapdata.profiles.loader import load_profile, parse_profile
from mapdata.profiles.profile import (
    NON_PARTY_SIDES,
    THIRD_PARTY,
    Extent,
    FrontZone,
    Party,
    Profile,
    SupplementPlace,
    ThirdParty,
    Voice,
    fold,
)
from mapdata.profiles.sides import claimant_side, self_accusation, side_warning

__all__ = [
    "BUNDLED_IDS",
    "DEFAULT_PROFILE_ID",
    "NON_PARTY_SIDES",
    "PROFILES_ENV",
    "THIRD_PARTY",
    "Catalog",
    "Extent",
    "FrontZone",
    "Party",
    "Profile",
    "SupplementPlace",
    "ThirdParty",
    "Voice",
    "bundled_profiles",
    "claimant_side",
    "default_catalog",
    "fold",
    "load_catalog",
    "load_profile",
    "parse_profile",
    "reload_catalog",
    "self_accusation",
    "side_warning",
    "user_profiles_dir",
]
