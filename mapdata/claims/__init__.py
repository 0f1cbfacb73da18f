"""Counter-claims: which claims are accounts of the same clash (``groups``), found in linear
memory whatever the arrangement of the claims (``linking``)."""

from mapdata.claims.groups import PARTIES, contested_ids, group_counter_claims, group_members, link_labels, party_sets
from mapdata.claims.linking import EARTH_RADIUS_KM, haversine_km, link_components, side_pairs

__all__ = [
    "EARTH_RADIUS_KM",
    "PARTIES",
    "contested_ids",
    "group_counter_claims",
    "group_members",
    "haversine_km",
    "link_components",
    "link_labels",
    "party_sets",
    "side_pairs",
]
