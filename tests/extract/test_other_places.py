"""The other places a proposal's sentences name, offered to the reviewer as "also at": the reader
often picks one place where a report tells of two, or the wrong one (sentences of our own)."""

from __future__ import annotations

from mapdata.extract import extract
from mapdata.extract.pipeline import MAX_OTHER_PLACES
from mapdata.extract.review import proposal_at, proposal_rows

TWO_PLACES = """published: 2024-03-15

Azerbaijani forces fired at Armenian positions near Sotk and at the village of Kut in Gegharkunik on 14 March, the Armenian Defense Ministry said.
"""


def test_a_proposal_offers_the_other_places_its_sentence_names_but_not_its_own():
    [proposal] = extract(TWO_PLACES).proposals
    assert proposal.place == "Sotk"
    assert [(o["name"], o["place"]["name"] if o["place"] else None) for o in proposal.other_places] == [
        ("Kut", "Kut")  # not the province "Gegharkunik" the sentence also names
    ]


def test_the_claim_at_another_place_keeps_everything_else_and_is_placed_by_the_gazetteer():
    [proposal] = extract(TWO_PLACES).proposals
    moved = proposal_at(proposal, proposal.other_places[0])
    assert (moved.place, moved.resolved, moved.place_key) == ("Kut", True, proposal.other_places[0]["place"]["key"])
    assert (moved.latitude, moved.longitude) != (proposal.latitude, proposal.longitude)
    for name in ("date", "claimant", "reporting_side", "accused_side", "weapons", "evidence"):
        assert getattr(moved, name) == getattr(proposal, name), name
    assert (moved.killed, moved.wounded) == (None, None)  # the losses were the first place's (walk8)
    assert [o["name"] for o in moved.other_places] == ["Sotk"]  # the first place, offered back
    assert moved.other_places[0]["place"]["key"] == proposal.place_key
    assert proposal.place == "Sotk"  # the original is untouched
    [row] = proposal_rows([moved])
    assert (row["place"], row["place found"], row["save"]) == ("Kut", True, False)  # unticked until checked


def test_a_name_the_gazetteer_lacks_stays_a_name_to_place_on_the_map():
    text = (
        "published: 2024-03-15\n\nAzerbaijani forces fired at Armenian positions near Sotk on 14 March from "
        "the village of Zzyxqorvan, the Armenian Defense Ministry said."
    )
    proposal = next(p for p in extract(text).proposals if p.place == "Sotk")
    [option] = [o for o in proposal.other_places if o["name"] == "Zzyxqorvan"]
    moved = proposal_at(proposal, option)
    assert (moved.place, moved.resolved, moved.latitude, moved.place_candidates) == ("Zzyxqorvan", False, None, [])
    assert proposal_rows([moved])[0]["save"] is False  # unticked until a point is chosen


def test_a_region_that_holds_the_place_is_not_offered():
    # walk8: "Kashmir", "Oddar Meanchey", the "Uri" sector on each Uri village were noise
    text = (
        "published: 2024-03-15\n\nAzerbaijani forces fired at Armenian positions near Sotk in Gegharkunik province "
        "on 14 March, the Armenian Defense Ministry said."
    )
    [proposal] = extract(text).proposals
    assert proposal.place == "Sotk" and proposal.other_places == []


def test_the_border_and_a_list_already_proposed_are_not_offered_and_the_offer_is_bounded():
    listed = (
        "published: 2024-03-15\n\nAzerbaijani forces fired at Armenian positions in Kut, Norabak, Vardenis and Tsovak "
        "on the Armenia-Azerbaijan border on 14 March, the Armenian Defense Ministry said."
    )
    proposals = extract(listed).proposals
    assert [p.place for p in proposals] == ["Kut", "Norabak", "Vardenis", "Tsovak"]
    assert all(p.other_places == [] for p in proposals)  # each place is already a proposal; no border
    many = (
        "published: 2024-03-15\n\nAzerbaijani forces fired at Armenian positions near Sotk on 14 March from positions "
        "near Kut, Norabak, Vardenis, Tsovak, Azat, Jermuk, Tegh, Yeraskh, Khoznavar, Akhpradzor and Geghamasar, the "
        "Armenian Defense Ministry said."
    )
    offered = [len(p.other_places) for p in extract(many).proposals]
    assert max(offered) == MAX_OTHER_PLACES  # eleven other names in the sentence, eight offered


def test_a_place_the_claim_is_already_proposed_at_is_not_offered_again():
    from mapdata.extract.review import places_to_offer

    [proposal] = extract(TWO_PLACES).proposals
    assert [[o["name"] for o in options] for options in places_to_offer([proposal])] == [["Kut"]]
    moved = proposal_at(proposal, proposal.other_places[0])
    assert places_to_offer([proposal, moved]) == [[], []]  # Kut and Sotk are both rows of this claim now
