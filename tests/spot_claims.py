"""Claims at one spot on one day, as a frame for ``find_clashes``: the dense shape that
tests/claims/test_many_sides.py checks and benchmarks/bench_claims.py times (its ``many_sides`` and
``weapons_overlap`` cases), built in one place so that the benchmark times what the tests check.
Synthetic: made here, never stored. The benchmark puts tests/ on its path to import it."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd


def claims_at_one_spot(
    sides: Sequence[object], weapons: list[list[str]], killed: object, *, id_prefix: str = "s:", **columns: object
) -> pd.DataFrame:
    """One claim per entry of ``sides`` (its reporting side) at 40.2, 45.87 on 2020-01-01, ids ``{id_prefix}0``,
    ``{id_prefix}1`` …, each blaming the party it is not (Armenia otherwise), naming ``weapons`` (one list per
    claim) and ``killed`` (one value for all or one per claim); ``columns`` are added as they are given."""
    n = len(sides)
    return pd.DataFrame(
        {
            "id": [f"{id_prefix}{i}" for i in range(n)],
            "date": pd.Timestamp("2020-01-01"),
            "latitude": 40.2,
            "longitude": 45.87,
            "reporting_side": sides,
            "accused_side": np.where(np.asarray(sides) == "Armenia", "Azerbaijan", "Armenia"),
            "weapons": weapons,
            "killed": killed,
            **columns,
            "extra": [{} for _ in range(n)],
        }
    )


def overlapping_lists(n: int) -> list[list[str]]:
    """review41's lists: {mortar, rifle}, {mortar, grenade}, {rifle, grenade}, then {mortar, rifle, gun i}:
    every two share a weapon, none is in all."""
    return (
        [["mortar", "rifle"], ["mortar", "grenade"], ["rifle", "grenade"]]
        + [["mortar", "rifle", f"gun {i}"] for i in range(3, n)]
    )[:n]
