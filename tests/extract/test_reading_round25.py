"""Round 25 (sentences of our own): read on build24 (unseen24's odd half, opened this round; its
first-run figure, 0.46 / 0.47, is in docs/extraction-quality.md), kept outside the repository."""

from __future__ import annotations

from reading_helpers import proposals

from mapdata.extract.attribution import find_accused
from mapdata.extract.events import classify
from mapdata.extract.lexicon import lexicon_for
from mapdata.profiles import default_catalog

UKRAINE = lexicon_for(default_catalog()["russia-ukraine"])
ARMENIA = lexicon_for(default_catalog()["armenia-azerbaijan"])


def test_mortar_mines_that_land_on_positions_are_fire():
    # ("mines" is what Russian and Ukrainian bulletins call mortar rounds)
    text = (
        "Two servicemen were wounded in Donbas over the past day, the Ukrainian Defence Ministry's spokesman "
        "said. About 40 mines landed on Ukrainian positions near Popasna, he said."
    )
    assert [(p.place, p.reporting_side, p.accused_side) for p in proposals(text, "2018-03-01")] == [
        ("Popasna", "Ukraine", "Russia")
    ]


def test_mines_that_are_laid_or_found_are_no_fire():
    assert not classify("Deminers found mines in fields near Talish.", ARMENIA).event
    assert not classify("Mines were laid around the village of Talish.", ARMENIA).event


def test_heavy_weaponry_used_is_fire():
    assert classify("In the Mariupol sector, the militants used heavy weaponry twice.", UKRAINE).event
    assert classify("The enemy used heavy weapons near Avdiivka.", UKRAINE).event


def test_fire_on_a_sides_positions_came_from_the_other_side():
    assert find_accused("About 40 mines landed on Ukrainian positions near Popasna.", UKRAINE) == "Russia"
    assert find_accused("Fire was opened at Azerbaijani positions in the Tovuz direction.", ARMENIA) == "Armenia"
    assert find_accused("Shells fell on Armenian border posts near Sotk overnight.", ARMENIA) == "Azerbaijan"


def test_a_named_actor_still_wins_over_the_positions_it_fired_on():
    assert find_accused("Armenian units fired on Azerbaijani positions near Kalbajar.", ARMENIA) == "Armenia"
    # positions named as the place fire came from are no target
    assert find_accused("Shells were fired from Ukrainian positions near Avdiivka.", UKRAINE) != "Russia"
