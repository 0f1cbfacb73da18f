"""Round 26 (sentences of our own): read on build26 (unseen26's first half, gathered and run first this
session: 0.59 / 0.53 before any change, docs/extraction-quality.md), kept outside the repository."""

from __future__ import annotations

from reading_helpers import dated_places, proposals


def test_a_casualty_in_a_ceasefire_violation_is_an_incident_with_the_place_between():
    text = "A shepherd was martyred in Leepa valley in a fresh ceasefire violation by Indian troops on Sunday."
    found = proposals(text, "2019-09-03")
    assert [(p.date, p.place, p.accused_side, p.killed) for p in found] == [("2019-09-01", "Leepa", "India", 1)]


def test_a_casualty_with_a_district_between_it_and_the_violation():
    text = "Two porters were injured in Nakyal sector in a ceasefire violation by the Indian army on Monday."
    assert dated_places(text, "2019-09-03") == [("2019-09-02", "Nakyal")]


def test_a_soldier_who_became_shehid_is_one_killed():
    # the Azerbaijani Defence Ministry's words for a soldier killed
    text = (
        "On 3 March, soldier Aliyev Rauf became Shehid (Martyr) as a result of a provocation committed by "
        "the Armenian armed forces in the direction of the Tovuz region."
    )
    found = proposals(text, "2021-03-03")
    assert [(p.date, p.accused_side, p.killed) for p in found] == [("2021-03-03", "Armenia", 1)]


def test_a_regiment_named_after_a_state_is_no_place():
    text = (
        "A civilian was killed in fresh ceasefire violations by the Pakistani army in Kupwara on Monday. "
        "An official said the Pakistani army had targeted the forward posts of the 2 Jatt and 17 Bihar regiments."
    )
    assert dated_places(text, "2020-04-12") == [("2020-04-06", "Kupwara")]


def test_a_setting_of_another_day_lends_no_place():
    text = (
        "Two people were killed in an Israeli drone strike in southern Lebanon on Tuesday, the health ministry "
        "said. According to Lebanon's state news agency NNA, Israeli drones have been flying over Tyre since Tuesday "
        "morning. On Thursday, two Israeli strikes killed four people in southern Lebanon."
    )
    thursday = [p for p in proposals(text, "2025-06-24") if p.date == "2025-06-19"]
    assert [(p.place, p.killed) for p in thursday] == [(None, 4)]


def test_a_setting_of_the_same_day_still_lends_its_place():
    text = (
        "Israeli drones were flying over Tyre on Tuesday morning, the state news agency said. "
        "Hours later, an Israeli strike killed two people."
    )
    assert [place for _, place in dated_places(text, "2025-07-02")] == ["Tyre"]


def test_a_truces_age_is_no_history():
    text = (
        "Four people were killed in shelling in the rebel-held city of Donetsk yesterday, the city council said "
        "today, putting more strain on a 12-day ceasefire between the army and the separatists."
    )
    assert [(p.date, p.place, p.killed) for p in proposals(text, "2014-09-20")] == [("2014-09-19", "Donetsk", 4)]


def test_a_war_of_so_many_days_is_still_history():
    text = "Azerbaijani forces shelled Martakert during the 44-day war, the ministry recalled."
    assert proposals(text, "2021-05-01") == []


def test_a_conflict_that_has_killed_more_than_thousands_is_no_count_of_one():
    from mapdata.extract.casualties import find_casualties

    found = find_casualties("The truce brought some respite in a conflict that has killed more than 4,000.")
    assert (found.killed, found.wounded) == (None, None)
    assert find_casualties("A soldier was killed near the airport.").killed == 1


def test_an_outlets_losses_stand_beside_a_monitors_account_of_the_same_day():
    text = (
        "Four people were killed in shelling in the rebel-held city of Donetsk yesterday, the city council said "
        "today. A team of OSCE monitors said it also came under fire twice in the city yesterday."
    )
    found = proposals(text, "2014-09-20")
    assert [(p.place, p.killed) for p in found if p.killed] == [("Donetsk", 4)]


def test_a_post_named_so_is_the_whole_name():
    text = (
        "Pakistan's military said Indian troops crossed the Line of Control and raided a check post named Kala Patra."
    )
    assert [p.place for p in proposals(text, "2013-01-08")] == ["Kala Patra"]


def test_the_losses_told_after_a_sides_reply_are_its_claims():
    text = (
        "Pakistan's military said Indian troops crossed the Line of Control and raided a check post named Kala "
        "Patra. “Pakistan Army troops effectively responded to the attack. One Pakistani soldier embraced "
        "martyrdom while another was critically injured,” the statement said."
    )
    assert [(p.place, p.killed, p.wounded) for p in proposals(text, "2013-01-08")] == [("Kala Patra", 1, 1)]


def test_losses_on_a_day_of_their_own_are_that_days_incidents_place_by_place():
    text = (
        "A girl was martyred in Kotli on Friday when Indian troops violated the ceasefire, officials said. "
        "On Thursday, one person was martyred and six were injured in Nikyal sector alone, while elsewhere "
        "three persons were injured in Battal sector of Kotli district and 4 in Sehra valley."
    )
    found = [(p.date, p.place, p.killed, p.wounded) for p in proposals(text, "2020-05-16")]
    assert found == [
        ("2020-05-15", "Kotli", 1, None),
        ("2020-05-14", "Nikyal", 1, 6),
        ("2020-05-14", "Battal", None, 3),
        ("2020-05-14", "Sehra", None, 4),
    ]


def test_a_loss_on_the_claims_own_day_stays_with_it():
    text = (
        "Indian troops shelled villages in Kotli on Thursday. On Thursday evening, a girl was wounded in the shelling."
    )
    assert [(p.date, p.place, p.wounded) for p in proposals(text, "2020-05-16")] == [("2020-05-14", "Kotli", 1)]


def test_one_unnamed_official_is_the_voice_of_the_side_the_claim_blames_not_the_outlets():
    text = (
        "A porter was killed in firing by the Pakistani army along the LoC in Keran sector on Monday, an official "
        "said. Pakistani troops also fired shells in the Machil area, official said."
    )
    found = proposals(text, "2020-06-10")
    assert [(p.place, p.reporting_side) for p in found] == [("Keran", "India"), ("Machil", "India")]


def test_the_enemys_losses_are_not_the_claims():
    text = (
        "The Armenian armed forces fired mortars at Azerbaijani positions near Alibeyli on 3 March, the border "
        "service said. A soldier of ours was killed. The enemy suffered heavy losses, two officers were "
        "injured and a serviceman was killed."
    )
    assert [(p.place, p.killed, p.wounded) for p in proposals(text, "2020-03-04")] == [("Alibeyli", 1, None)]


def test_a_reply_with_losses_told_by_the_outlet_or_the_other_side_is_fire_of_its_own():
    text = "Israel responded with strikes in southern Lebanon on Wednesday, killing three Hezbollah fighters."
    assert [(p.date, p.accused_side, p.killed) for p in proposals(text, "2024-03-14")] == [("2024-03-13", "Israel", 3)]
    text = (
        "Israel responded with strikes in southern Lebanon on Wednesday, killing three Hezbollah fighters, "
        "the Lebanese army said."
    )
    assert [(p.reporting_side, p.accused_side, p.killed) for p in proposals(text, "2024-03-14")] == [
        ("Lebanon", "Israel", 3)
    ]


def test_a_party_telling_its_own_reply_tells_no_claim():
    text = "The IDF said it responded with strikes on Hezbollah positions in Khiam, killing three militants."
    assert proposals(text, "2024-03-14") == []


def test_forces_that_hit_targets_are_the_actor_and_a_heading_run_into_a_sentence_leaves_the_name():
    # (a page's heading run into its first sentence, no full stop between, as scraped)
    text = (
        "Ukrainian forces hit targets in western suburbs of Avdiivka Last night seen Ukrainian armed forces "
        "shell the western suburb of Gorlovka, the Defence Department of the DPR reported."
    )
    found = proposals(text, "2015-11-16")
    assert [p.accused_side for p in found] == ["Ukraine"] * len(found)
    assert "Avdiivka Last" not in [p.place for p in found]
    assert "Department" not in [p.place for p in found]
