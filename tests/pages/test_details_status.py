"""The details panel says why a claim's clash has its status (AppTest): which rule applied, between
which accounts (claimant [side], date at place), and how far apart in days and kilometres the accounts
grouped with it are. walk40: every contested claim read one general rule, "the accounts blame
different parties, or state different casualties or name different weapons for the same day and
place", even where the accounts were at two places over two days; and the Thai army's denial at
Prey Chan read "wounded: no number given (the summary tells of it)" under the status "contested"."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from test_details_evidence import no_map_component, panel, visible_text

from apptools import open_page_without_error
from mapdata.extract.casualties import told_without_a_number
from mapdata.profiles import BUNDLED_IDS
from mapdata.store import Store
from tests.factories import make_claim

PREY_CHAN_DENIAL = "bundled:2025-11-12-th-army-prey-chan-denial"
PREY_CHAN_CLAIM = "bundled:2025-11-12-kh-officials-prey-chan"
SOTK_UAV = "bundled:2023-05-12-am-mod-sotk-uav"
__all__ = ["no_map_component"]  # the map component stubbed out here too (an autouse fixture)


def panel_text(claim_id: str) -> str:
    """The claim as the details panel draws it (opened by a link naming it), as a reader sees it."""
    return " ".join(visible_text(panel(claim_id)).split())


@pytest.fixture
def every_example(db_path: Path) -> Path:
    Store(db_path, seed=False).add_bundled(BUNDLED_IDS)
    return db_path


def test_a_contested_claim_says_whom_each_account_blames_and_how_far_apart_they_are(every_example: Path) -> None:
    text = panel_text(SOTK_UAV)
    # the status line words the status as the map's popup does (walk45 item 11); the part of the rule that
    # applied follows it (walk40: the general rule alone said nothing of this clash)
    assert (
        "Clash status: contested — the parties disagree on who fired: two parties' own accounts blame each other"
        in text
    )
    assert "own accounts blame each otherHere: Armenia and Azerbaijan blame each other.Azerbaijan is blamed" in text
    assert "Azerbaijan is blamed by Armenian MoD [Armenia] (2023-05-12 at Sotk — this claim)." in text
    assert (
        "Armenia is blamed by Daily Sabah [media] (2023-05-11 at Armenia–Azerbaijan border (Sotk–Kalbajar section)); "
        "Azerbaijani MoD [Azerbaijan] (2023-05-12 at Armenia–Azerbaijan border (Sotk–Kalbajar section))."
    ) in text
    assert "Grouped as one clash: 3 accounts at 2 places (Sotk, Armenia–Azerbaijan border (Sotk–Kalbajar" in text
    assert "over 2 days (2023-05-11 to 2023-05-12)" in text and "may tell of different events" in text
    assert "Grouped with:Azerbaijani MoD [Azerbaijan], 2023-05-12 at Armenia–Azerbaijan border" in text
    assert "(8.8 km away, a day earlier)" in text  # Daily Sabah's account of the day before


def test_the_prey_chan_denial_is_a_denial_on_record_and_tells_of_no_wounded(every_example: Path) -> None:
    text = panel_text(PREY_CHAN_DENIAL)
    assert "wounded not stated" in text and "no number given" not in text  # it denies wounding anyone
    assert "Clash status: denied — a party's denial of one of the claims is on record" in text
    assert "A denial of the claim of Cambodian officials [Cambodia] (2025-11-12 at Prey Chan) is on record:" in text
    denied = panel_text(PREY_CHAN_CLAIM)
    assert (
        "Clash status: denied" in denied
        and "A denial of this claim is on record (the other side's response, below)." in denied
    )
    assert "The other side's response, from the same report:The Thai army denied that its soldiers" in denied
    assert "killed 1 · wounded 3" in denied


def test_a_lone_claim_says_no_other_sides_account_is_near(db_path: Path) -> None:
    Store(db_path, seed=False).save([make_claim(id="manual:alone", claimant="<b>Someone</b>")])
    text = panel_text("manual:alone")
    assert (
        "Clash status: single source — one account, or no independent account of the same day and spot agrees on who firedHere: one account.No other "
        "reporting side's account is within a day and 15 km"
    ) in text


def test_names_in_the_explanation_are_shown_as_text(db_path: Path) -> None:
    hostile = "<img src=x onerror=alert(1)>"
    store = Store(db_path, seed=False)
    store.save(
        [
            make_claim(id="manual:one", claimant=hostile, reporting_side="Armenia", accused_side="Azerbaijan"),
            make_claim(id="manual:two", claimant="Other", reporting_side="Azerbaijan", accused_side="Armenia"),
        ]
    )
    at = open_page_without_error("app.py", {"claim": "manual:two"})
    body = next(e.proto.body for e in at.get("html") if 'data-claim-id="manual:two"' in e.proto.body)
    assert "<img" not in body and html.escape(hostile, quote=False) in body
    assert "is blamed by &lt;img src=x onerror=alert(1)&gt; [Armenia]" in body


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # walk40: a denial of wounding anyone is no loss told
        (
            "The Thai army rejected claims that it shot at or wounded civilians at Prey Chan, saying all the "
            "gunfire was Cambodian.",
            set(),
        ),
        ("No one was hurt.", set()),
        ("The soldier wasn't injured.", set()),
        ("There were no dead or wounded.", set()),
        ("The ministry denied that anyone was killed or wounded.", set()),
        ("The shelling killed no one.", set()),
        ("A soldier was killed; no one was wounded.", {"killed"}),
        ("Nobody was killed, but two soldiers were injured.", {"wounded"}),
        ("No fewer than three soldiers were killed.", {"killed"}),  # "no fewer than" negates nothing
        ("It is not known how many were wounded.", {"wounded"}),
        ("Azerbaijan denied the report, saying two soldiers were killed by a mine.", {"killed"}),
        ("A soldier of the army was killed by a gunshot wound.", {"killed"}),
    ],
)
def test_losses_a_text_negates_or_denies_are_not_told(text: str, told: set[str]) -> None:
    assert told_without_a_number(text) == told
