"""ACLED writes "heavy machineguns" in one word: 280 rows of the Armenia export name them so (walk34)."""

from __future__ import annotations

from mapdata.extract.weapons import event_type, find_weapons


def test_machineguns_in_one_word_are_a_weapon_of_small_arms_fire():
    notes = (
        "Azerbaijani forces fired at Armenian positions near Chinari using small arms/sniper rifles/heavy machineguns."
    )
    assert find_weapons(notes) == ["small arms", "sniper rifles", "heavy machineguns"]
    assert event_type("fired with heavy machineguns") == "small-arms fire"
