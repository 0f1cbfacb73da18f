"""A dense fixture of our own, shaped like the real ACLED export: hundreds of claims at one spot.

ACLED places every event "near Chinari" at one point, so one marker hides hundreds of claims.
These claims are invented (dates, claimants, numbers), written by us, and safe to ship; the
coordinates are of public places. Used by page and browser tests that must run without
../shared/.
"""

from __future__ import annotations

import datetime as dt

from factories import at
from mapdata.model import Incident

DENSE_SPOT = (40.8552, 45.5761)  # the spot the fixture stacks its claims on (Chinari, Tavush)
DENSE_COUNT = 320
SIDES = ("Armenia", "Azerbaijan", "media", "third party")
TYPES = ("armed clash", "shelling", "small-arms fire", "drone strike")
# One clash told by both parties (blaming each other) and a media report, on one day nearby.
CLASH_DAY = "2021-06-03"
# id, degrees east of the others, claimant, its side, the side it blames, killed, summary, source
CLASH_TELLINGS = (
    (
        "csv:dense-clash-am",
        0.0,
        "Fixture Armenian MoD",
        "Armenia",
        "Azerbaijan",
        1,
        "Our positions near Chinari came under mortar fire.",
        "Fixture MoD AM",
    ),
    (
        "csv:dense-clash-az",
        0.01,
        "Fixture Azerbaijani MoD",
        "Azerbaijan",
        "Armenia",
        None,
        "Armenian units shelled our positions opposite Chinari.",
        "Fixture MoD AZ",
    ),
    (
        "csv:dense-clash-media",
        0.0,
        "Fixture wire service",
        "media",
        "unknown",
        None,
        "Both sides reported shelling near Chinari.",
        "Fixture wire",
    ),
)
CLASH_IDS = tuple(telling[0] for telling in CLASH_TELLINGS)


def dense_incidents(count: int = DENSE_COUNT, spot: tuple[float, float] = DENSE_SPOT) -> list[Incident]:
    """``count`` claims at ``spot`` over two years (no two share a day), plus one three-claim clash."""
    start = dt.date(2019, 1, 1)
    incidents = []
    for n in range(count):
        side = SIDES[n % 7 % 4] if n % 7 else "Armenia"
        incidents.append(
            Incident.create(
                id=f"csv:dense-{n:04d}",
                date=(start + dt.timedelta(days=2 * n)).isoformat(),
                place="Chinari",
                **at(spot),
                geo_precision="near",
                claimant=f"{side} claimant {n % 5}",
                reporting_side=side,
                accused_side="Azerbaijan" if side != "Azerbaijan" else "Armenia",
                event_type=TYPES[n % len(TYPES)],
                killed=1 if n % 40 == 0 else None,
                wounded=n % 3 if n % 9 == 0 else None,
                summary=f"Dense fixture claim number {n}: fire reported near the village.",
                source=f"Fixture outlet {n % 3}",
                origin="csv",
            )
        )
    clash = dict(date=CLASH_DAY, place="Chinari", geo_precision="near", event_type="shelling", origin="csv")
    for claim_id, east, claimant, side, accused, killed, summary, source in CLASH_TELLINGS:
        incidents.append(
            Incident.create(
                id=claim_id,
                latitude=spot[0] + 0.02,
                longitude=spot[1] + east,
                claimant=claimant,
                reporting_side=side,
                accused_side=accused,
                killed=killed,
                summary=summary,
                source=source,
                **clash,
            )
        )
    return incidents
