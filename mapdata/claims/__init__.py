"""Counter-claims: which claims are accounts of the same clash (``groups``, found in linear
memory whatever the arrangement of the claims by ``linking``), and each clash's status —
single source, corroborated, contested or denied, and why, in words (``status``); the claims of one
report that answer each other, grouped or not (``answers``)."""

from mapdata.claims.answers import ReportLink, report_links
from mapdata.claims.groups import (
    PARTIES,
    Parties,
    group_counter_claims,
    group_ids,
    group_members,
    grouped_ids,
    link_labels,
    party_sets,
)
from mapdata.claims.linking import EARTH_RADIUS_KM, haversine_km, link_components, side_pairs
from mapdata.claims.status import (
    CLASH_STATUSES,
    STATUS_RULE,
    Clashes,
    StatusExplanation,
    clash_statuses,
    denial_on_record,
    explain_status,
    find_clashes,
    weapon_term,
)

__all__ = [
    "CLASH_STATUSES",
    "EARTH_RADIUS_KM",
    "PARTIES",
    "STATUS_RULE",
    "Clashes",
    "Parties",
    "ReportLink",
    "StatusExplanation",
    "clash_statuses",
    "denial_on_record",
    "explain_status",
    "find_clashes",
    "group_counter_claims",
    "group_ids",
    "group_members",
    "grouped_ids",
    "haversine_km",
    "link_components",
    "link_labels",
    "party_sets",
    "report_links",
    "side_pairs",
    "weapon_term",
]
