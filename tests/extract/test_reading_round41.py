"""Round 41: rules read off build51 (half of unseen51, whose first run, 0.54 / 0.55, was written before anyone
read it), each tested with sentences of our own; each test but the guards fails on a1086dd (the round's start)."""

from __future__ import annotations

from reading_helpers import places, proposals


def test_a_bulletins_tally_throughout_the_day_is_the_day_before_its_statement():
    text = (
        "Baku, May 3. Units of the Armenian armed forces violated the ceasefire 31 times throughout the day, the "
        "Defense Ministry said. Armenian units located in Berkaber village fired at Azerbaijani positions in Kemerli "
        "village of the Gazakh district."
    )
    found = proposals(text, "2021-05-03", "armenia-azerbaijan")
    assert {(p.place, str(p.date)) for p in found} == {("Kemerli", "2021-05-02")}


def test_shelling_throughout_the_day_is_the_day_told():
    text = (
        "Armenian forces shelled Kemerli village of the Gazakh district throughout the day on May 2, the ministry said."
    )
    assert [str(p.date) for p in proposals(text, "2021-05-03", "armenia-azerbaijan")] == ["2021-05-02"]


def test_the_abovementioned_area_is_where_the_claim_before_was():
    text = (
        "The Azerbaijani Defense Ministry said Armenian units fired at its positions near Kemerli and Ashagi Askipara "
        "on June 4. The Armenian Defense Ministry rejected the claim and said Azerbaijani units themselves violated "
        "the ceasefire in the abovementioned area on June 4."
    )
    found = proposals(text, "2021-06-05", "armenia-azerbaijan")
    armenian = sorted(p.place or "" for p in found if p.reporting_side == "Armenia")
    assert armenian == ["Ashagi Askipara", "Kemerli"]


def test_an_accusation_called_disinformation_is_still_the_accusers_claim():
    text = (
        "The Azerbaijani Defense Ministry spread new disinformation accusing Armenian units of opening fire on June 4 "
        "at Azerbaijani positions adjacent to the villages of Kemerli and Ashagi Askipara."
    )
    found = proposals(text, "2021-06-05", "armenia-azerbaijan")
    assert sorted((p.place, p.reporting_side, p.accused_side) for p in found) == [
        ("Ashagi Askipara", "Azerbaijan", "Armenia"),
        ("Kemerli", "Azerbaijan", "Armenia"),
    ]


def test_a_village_listed_in_a_named_district_is_not_the_city_abroad_of_its_name():
    # the gazetteer's only Gorgan is the Iranian city; here it is a village of the Fuzuli district
    text = (
        "Azerbaijani positions were shelled from Armenian positions located near Gorgan and Horadiz villages of the "
        "Fuzuli district, the Azerbaijani Defense Ministry said on May 15."
    )
    assert "Gorgan" in places(text, "2017-05-15", "armenia-azerbaijan")
    single = "Armenian units located near Gorgan village of the Fuzuli district fired, the ministry said on May 15."
    assert "Fuzuli" not in places(single, "2017-05-15", "armenia-azerbaijan")


def test_a_list_of_directions_is_one_place_each():
    text = (
        "On February 17, the Russian-backed militants shelled Joint Forces positions on Novoaidarske, Popasnianske "
        "and Toretsk directions, the Ukrainian Defense Ministry said."
    )
    assert places(text, "2022-02-17", "russia-ukraine") == ["Novoaidarske", "Popasnianske", "Toretsk"]


def test_formations_from_several_occupied_areas_fire_from_there():
    text = (
        "On February 17, the illegal armed formations from several Russian-controlled Donetsk and Luhansk areas "
        "shelled the village of Vrubivka, the Ukrainian Defense Ministry said."
    )
    assert places(text, "2022-02-17", "russia-ukraine") == ["Vrubivka"]


def test_cross_border_shelling_told_by_an_outlet_blames_whom_its_story_blamed():
    text = (
        "Three civilians were killed as the Pakistan army shelled forward villages in Mendhar on Wednesday. "
        "Panic-stricken residents took refuge in underground bunkers. Schools were closed. "
        "Among the dead were two children and a teacher. "
        "Five people were also injured in cross-border shelling in Uri sector, the officials said."
    )
    found = {p.place: p for p in proposals(text, "2025-05-07", "india-pakistan")}
    assert found["Uri"].accused_side == "Pakistan"


def test_the_body_that_informed_a_monitor_tells_the_claim():
    text = (
        '"UNIFIL was informed by the Israel Defense Forces (IDF) that an anti-tank missile had been fired from the '
        'vicinity of Aitaroun in southern Lebanon at an IDF vehicle in the Avivim area," a UNIFIL statement read on '
        "Sunday."
    )
    (claim,) = proposals(text, "2019-09-01", "israel-lebanon")
    assert (claim.place, claim.claimant, claim.accused_side) == ("Avivim", "IDF", "Hezbollah")


def test_an_event_a_week_before_the_told_fire_is_not_its_place():
    text = (
        "Hezbollah fired anti-tank missiles at an Israeli army vehicle near Avivim on Sunday, a week after the group "
        "vowed revenge for a drone attack in Beirut, the IDF said."
    )
    assert places(text, "2019-09-01", "israel-lebanon") == ["Avivim"]


def test_a_person_named_after_a_role_is_no_village():
    text = (
        "Israeli artillery shelled the outskirts of Kfar Shouba on Monday, after one of the group's commanders, "
        "Samir Kuntar, was killed, the Lebanese army said."
    )
    assert "Samir" not in places(text, "2016-01-04", "israel-lebanon")


def test_a_bomb_set_off_is_an_attack_by_who_set_it_off():
    text = (
        "On Monday, Hezbollah set off a large bomb near two IDF vehicles. The incident occurred on the western section "
        "of Mount Dov."
    )
    (claim,) = proposals(text, "2016-01-04", "israel-lebanon")
    assert (claim.place, claim.accused_side) == ("Mount Dov", "Hezbollah")


def test_a_sides_defence_sources_speak_for_that_side():
    text = (
        "Pakistani defence sources claimed on Saturday that two civilians were killed in firing by Indian troops "
        "near Sialkot."
    )
    (claim,) = proposals(text, "2014-08-23", "india-pakistan")
    assert (claim.place, claim.reporting_side, claim.accused_side) == ("Sialkot", "Pakistan", "India")


def test_a_reported_sentence_without_its_full_stop_is_read_not_taken_for_a_title():
    text = (
        "Pakistani troops fired at BSF posts in Arnia sector last night, the BSF said.\n\n"
        "Meanwhile, Pakistani officials today claimed that a woman and a 60-year-old man were killed in firing by "
        "Indian troops near Sialkot, reports the Press Trust of India\n\n"
        "Talks between the two countries were called off this week."
    )
    assert "Sialkot" in places(text, "2014-08-23", "india-pakistan")


def test_a_sides_group_in_the_joint_centre_speaks_for_the_side():
    text = (
        "DONETSK, November 3. Ukrainian forces shelled the village of Staromikhaylovka on Saturday, head of the DPR "
        "group in the Joint Center for Control and Coordination of the Ceasefire (JCCC) Ruslan Yakubov said on Sunday."
    )
    (claim,) = proposals(text, "2019-11-03", "russia-ukraine")
    assert (claim.place, claim.reporting_side, claim.claimant) == ("Staromikhaylovka", "Russia", "DPR representative")


def test_the_today_of_a_quote_in_a_story_of_yesterday_is_yesterday():
    text = (
        "Fighting between Cambodian and Thai soldiers broke out near Preah Vihear temple yesterday.\n\n"
        "“By 3 pm this afternoon, Thai soldiers fired at Cambodian troops around the area of Sambok Khmum,” a "
        "Cambodian government spokesman said."
    )
    found = {p.place: str(p.date) for p in proposals(text, "2011-02-05", "thailand-cambodia")}
    assert found.get("Sambok Khmum") == "2011-02-04"


def test_the_today_of_a_quote_in_a_story_of_today_stays_today():
    text = (
        "Fighting broke out near Preah Vihear temple on Friday. “Today Thai soldiers fired at Cambodian troops around "
        "the area of Sambok Khmum,” a Cambodian government spokesman said on Saturday."
    )
    found = {p.place: str(p.date) for p in proposals(text, "2011-02-05", "thailand-cambodia")}
    assert found.get("Sambok Khmum") == "2011-02-05"


def test_a_body_told_something_in_an_aside_still_speaks():
    # (review41: the informed-by rule handed UNIFIL's claim to the IDF, which then accused itself)
    text = (
        "UNIFIL, which had been told by the Israel Defense Forces (IDF) to leave its post, said Israeli tanks shelled "
        "its position near Naqoura on Tuesday."
    )
    (claim,) = proposals(text, "2024-01-09", "israel-lebanon")
    assert (claim.place, claim.claimant, claim.accused_side) == ("Naqoura", "UNIFIL", "Israel")


def test_a_tally_during_the_day_today_is_today():
    text = (
        "Pakistani troops fired mortars at Indian posts in the Krishna Ghati sector three times during the day today, "
        "an Indian army spokesman said this evening."
    )
    assert [str(p.date) for p in proposals(text, "2023-05-10", "india-pakistan")] == ["2023-05-10"]


def test_a_sides_group_of_forces_is_no_envoy():
    text = "The commander of the Armenian group of forces in Tavush said Azerbaijani troops fired at Chinari on Sunday."
    (claim,) = proposals(text, "2021-05-10", "armenia-azerbaijan")
    assert claim.claimant != "Armenian representative"


def test_a_sides_ministry_named_short_speaks_for_that_side():
    # (walk42: after the Azerbaijani ministry's counter-claim, "the Armenian ministry said" kept Azerbaijan's voice)
    text = (
        "Armenia's defence ministry said on Monday that Azerbaijani units opened fire on Armenian positions near Sotk "
        "late on Sunday. Azerbaijan's defence ministry rejected the statement and said that Armenian forces had fired "
        "mortars at Azerbaijani positions in the Kalbajar district the same night.\n\n"
        "Separately, the Armenian ministry said a drone struck a farm near the village of Kharbertsor in Syunik on "
        "Sunday afternoon."
    )
    found = {p.place: p for p in proposals(text, "2025-03-03", "armenia-azerbaijan")}
    assert (found["Kharbertsor"].reporting_side, found["Kharbertsor"].accused_side) == ("Armenia", "Azerbaijan")
