"""A dense fixture of our own, shaped like the real ACLED export: hundreds of claims at one spot.

ACLED places every event "near Chinari" at one point, so one marker hides hundreds of claims.
These claims are invented (dates, claimants, numbers), written by us, and safe to ship; the
coordinates are of public places. Used by page and browser tests that must run without
../shared/.
"""

from __future__ import annotations

import datetime as dt

from mapdata.model import Incident

DENSE_SPOT = (40.8552, 45.5761)  # the spot the fixture stacks its claims on (Chinari, Tavush)
DENSE_COUNT = 320
SIDES = ("Armenia", "Azerbaijan", "media", "third party")
TYPES = ("armed clash", "shelling", "small-arms fire", "drone strike")
# One clash told by both parties (blaming each other) and a media report, on one day nearby.
CLASH_DAY = "2021-06-03"
CLASH_IDS = ("csv:dense-clash-am", "csv:dense-clash-az", "csv:dense-clash-media")


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
                latitude=spot[0],
                longitude=spot[1],
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
    incidents += [
        Incident.create(
            id=CLASH_IDS[0],
            latitude=spot[0] + 0.02,
            longitude=spot[1],
            claimant="Fixture Armenian MoD",
            reporting_side="Armenia",
            accused_side="Azerbaijan",
            killed=1,
            summary="Our positions near Chinari came under mortar fire.",
            source="Fixture MoD AM",
            **clash,
        ),
        Incident.create(
            id=CLASH_IDS[1],
            latitude=spot[0] + 0.02,
            longitude=spot[1] + 0.01,
            claimant="Fixture Azerbaijani MoD",
            reporting_side="Azerbaijan",
            accused_side="Armenia",
            summary="Armenian units shelled our positions opposite Chinari.",
            source="Fixture MoD AZ",
            **clash,
        ),
        Incident.create(
            id=CLASH_IDS[2],
            latitude=spot[0] + 0.02,
            longitude=spot[1],
            claimant="Fixture wire service",
            reporting_side="media",
            accused_side="unknown",
            summary="Both sides reported shelling near Chinari.",
            source="Fixture wire",
            **clash,
        ),
    ]
    return incidents
