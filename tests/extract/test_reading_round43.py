"""Round 43: rules read off unseen53 (rotated to reading this round; its first run, 0.72 / 0.70 at f293e83, and two
later runs were written before anyone read it), each tested with sentences of our own; each test but the guards
fails on 55c197e (the round's start)."""

from __future__ import annotations

from reading_helpers import proposals

_BULLETIN = "The press centre of the JFO headquarters reported on Thursday that "


def _places(text: str, published: str, conflict: str) -> list[str | None]:
    return [p.place for p in proposals(text, published, conflict)]


def test_mortar_mines_launched_by_the_enemy_near_a_village_are_fire_there():
    text = _BULLETIN + "nine 120 mm mines were launched by the occupiers near Novobakhmutivka."
    assert _places(text, "2019-05-10", "russia-ukraine") == ["Novobakhmutivka"]


def test_positions_under_the_hostile_fire_are_a_claim_at_each_place():
    text = (
        _BULLETIN + "the positions on the outskirts of Lebedynske, Shyrokyne and Vodiane were under the hostile fire."
    )
    assert _places(text, "2019-05-10", "russia-ukraine") == ["Lebedynske", "Shyrokyne", "Vodiane"]


def test_a_second_clause_with_its_place_before_its_passive_verb_is_a_claim_too():
    text = _BULLETIN + "the militants fired at the forces near Pisky from mortars, Krasnohorivka was shelled twice."
    assert _places(text, "2019-05-10", "russia-ukraine") == ["Pisky", "Krasnohorivka"]


def test_a_second_clause_with_a_new_actor_is_not_the_same_claim():
    # guard: the other side's fire in the second clause is no place of this claim
    text = (
        _BULLETIN
        + "the militants fired at the forces near Pisky from mortars, and Ukrainian troops shelled Yasynuvata."
    )
    assert "Yasynuvata" not in _places(text, "2019-05-10", "russia-ukraine")


def test_according_to_a_side_opening_the_sentence_is_that_sides_claim():
    text = "According to the LPR, Kiev forces fired mortars at Kalynove on Tuesday."
    (found,) = proposals(text, "2021-03-04", "russia-ukraine")
    assert (found.claimant, found.reporting_side, found.place) == ("LPR", "Russia", "Kalynove")


def test_according_to_a_side_closing_the_sentence_keeps_no_full_stop():
    text = "Kiev forces fired mortars at Kalynove on Tuesday, according to the LPR."
    (found,) = proposals(text, "2021-03-04", "russia-ukraine")
    assert (found.claimant, found.reporting_side) == ("LPR", "Russia")


def test_according_to_a_person_named_before_keeps_that_persons_body():
    # guard: "According to Smith, ..." opening a sentence is the spokesman named before, not the outlet
    text = (
        "Armenian forces shelled Azerbaijani positions on Monday, defence ministry spokesman Vagif Dargahli said. "
        "According to Dargahli, the Armenian units also fired at the village of Alibeyli."
    )
    found = proposals(text, "2021-03-02", "armenia-azerbaijan")
    assert {p.reporting_side for p in found} == {"Azerbaijan"}


def test_counts_and_calibres_between_fired_and_at_keep_the_place():
    text = "Kiev forces fired 14 120-mm calibre mortars at Zaichenko on Tuesday, the DPR militia said."
    assert _places(text, "2021-03-04", "russia-ukraine") == ["Zaichenko"]


def test_a_republics_mission_to_the_joint_centre_speaks_for_its_side():
    text = "Kiev forces shelled Sakhanka on Tuesday, the DPR mission to the JCCC said."
    (found,) = proposals(text, "2021-03-04", "russia-ukraine")
    assert (found.claimant, found.reporting_side) == ("DPR militia", "Russia")


def test_there_were_violations_in_a_sector_is_a_claim_there():
    text = "There were three ceasefire violations in Uri sector on Monday, an Indian Army spokesman said."
    (found,) = proposals(text, "2016-05-03", "india-pakistan")
    assert (found.place, found.reporting_side, found.accused_side) == ("Uri", "India", "Pakistan")


def test_no_violation_there_is_no_claim():
    # guard: a denial in the same words
    text = "There has been no ceasefire violation in Uri sector since Monday, an Indian Army spokesman said."
    assert proposals(text, "2016-05-03", "india-pakistan") == []


def test_military_hours_after_since_are_a_time_not_a_year():
    text = (
        "There were two ceasefire violations in Uri sector since 2100 hours on Monday, an Indian Army spokesman said."
    )
    assert [p.place for p in proposals(text, "2016-05-03", "india-pakistan")] == ["Uri"]


def test_a_spokesperson_who_pointed_out_speaks():
    text = (
        "The Indian Army spokesperson pointed out that Pakistani troops shelled forward posts in Uri sector on Monday."
    )
    (found,) = proposals(text, "2016-05-03", "india-pakistan")
    assert (found.claimant, found.reporting_side) == ("Indian Army", "India")


def test_a_victims_name_in_commas_does_not_hide_the_death_or_its_village():
    text = (
        "Two civilians were killed on Monday when Indian troops fired mortars in Battal sector, a police official "
        "said. A 40-year old farmer, Ghulam Nabi, died in Jandrot village, while a boy, Asif, died in Bandi village."
    )
    found = {p.place: p.killed for p in proposals(text, "2016-05-03", "india-pakistan")}
    assert (found.get("Jandrot"), found.get("Bandi")) == (1, 1)


def test_a_quotation_over_sentences_credits_the_lede_it_confirms():
    text = (
        "A soldier was injured in unprovoked firing from across the border in Pargwal area on Monday. "
        'The incident took place at 1 a.m. "Firing was reported in Pargwal area from across the border. '
        'One constable was hurt," the BSF said.'
    )
    (found,) = proposals(text, "2024-05-07", "india-pakistan")
    assert (found.place, found.reporting_side) == ("Pargwal", "India")


def test_a_ministry_going_on_with_also_told_the_lede_before_it():
    text = (
        "A soldier of the Azerbaijani army was killed by Armenian fire near the village of Gapanli on July 3. "
        "The Azerbaijani Defence Ministry reported that positions near the village of Alibeyli were also "
        "subjected to fire of the Armenian armed forces."
    )
    found = {p.place: p.reporting_side for p in proposals(text, "2014-07-04", "armenia-azerbaijan")}
    assert found == {"Gapanli": "Azerbaijan", "Alibeyli": "Azerbaijan"}


def test_a_lede_blaming_the_ministrys_own_side_keeps_its_outlet():
    # guard: the ministry's "also" is no account of fire blamed on its own side
    text = (
        "Azerbaijani troops fired at the village of Chinari on July 3. "
        "The Azerbaijani Defence Ministry reported that positions near the village of Alibeyli were also "
        "subjected to fire of the Armenian armed forces."
    )
    found = {p.place: p.reporting_side for p in proposals(text, "2014-07-04", "armenia-azerbaijan")}
    assert found.get("Chinari") == "media"


def test_a_voice_and_its_verb_alone_are_the_source_of_what_was_told():
    text = (
        "The Ukrainian army fired four times on the village of Zaitseve on Sunday. "
        "The representative of the DPR to the Joint Centre for Control and Coordination reported, as a news agency informed."
    )
    (found,) = proposals(text, "2021-06-07", "russia-ukraine")
    assert (found.place, found.reporting_side) == ("Zaitseve", "Russia")


def test_the_operative_command_of_the_republics_armed_forces_speaks_for_it():
    text = (
        "As the operative command of the Armed Forces of the LPR reported, Ukrainian troops shelled Kalynove on Sunday."
    )
    (found,) = proposals(text, "2021-06-07", "russia-ukraine")
    assert (found.claimant, found.reporting_side) == ("LPR militia", "Russia")


def test_local_officials_named_in_several_ways_speak():
    text = (
        "Russian troops shelled the outskirts of Nikopol early on Sunday, said city council secretary Ivan Petrenko. "
        "Governor of Dnipropetrovsk Serhiy Lysak similarly reported that Russians shelled a UN convoy in Marhanets "
        "on Sunday. Vadym Filashkin, Governor of the Donetsk region, writes that Russians struck Kostiantynivka overnight."
    )
    found = {p.place: (p.claimant, p.reporting_side) for p in proposals(text, "2023-01-09", "russia-ukraine")}
    assert {place: side for place, (_, side) in found.items()} == {
        "Nikopol": "Ukraine",
        "Marhanets": "Ukraine",
        "Kostiantynivka": "Ukraine",
    }


def test_the_civil_defence_without_its_side_is_the_one_party_that_has_one():
    text = "Two people were injured by Israeli shelling in Yaroun on Monday, according to Ali Hamdan, the civil defence's head for the area."
    (found,) = proposals(text, "2023-10-17", "israel-lebanon")
    assert (found.claimant, found.reporting_side) == ("Lebanese civil defence", "Lebanon")


def test_the_incident_in_a_village_named_later_places_the_one_incident_told():
    text = (
        "Israeli gunfire wounded four residents in south Lebanon on Sunday, according to local media. "
        "Families had tried to return to their homes after the deadline. "
        "The Israeli military said it was investigating reports of the incident in the border village of Houla."
    )
    (found,) = proposals(text, "2025-01-27", "israel-lebanon")
    assert (found.place, found.wounded) == ("Houla", 4)


def test_the_hills_of_a_village_are_at_that_village():
    text = "An AFP correspondent reported Israeli artillery shelling on the hills of Kfarchouba on Monday."
    found = proposals(text, "2020-07-28", "israel-lebanon")
    assert [(p.place, p.reporting_side) for p in found] == [("Kfarchouba", "media")]


def test_an_agencys_correspondent_is_the_press_not_the_voice_quoted_before():
    text = (
        "Hezbollah said Israel had shelled the border area on Monday. "
        "An AFP correspondent reported Israeli shelling near Kfarkela on Monday."
    )
    found = {p.place: p.reporting_side for p in proposals(text, "2020-07-28", "israel-lebanon")}
    assert found.get("Kfarkela") == "media"


def test_a_party_spelled_another_way_telling_its_own_strike_is_no_claim():
    text = "Hizbollah later Wednesday said it launched a barrage of rockets towards Kiryat Shmona in northern Israel."
    assert proposals(text, "2023-12-28", "israel-lebanon") == []


def test_since_a_rounds_start_is_a_tally_not_the_incidents_day():
    text = (
        "Thailand intensified shelling on Cambodian border provinces yesterday, hitting Poipet. "
        "Since fighting erupted on December 7, Thailand has rejected calls for a ceasefire. "
        "Instead, it has intensified airstrikes on border towns, killing 21 Cambodian civilians and injuring 83 others."
    )
    (found,) = proposals(text, "2025-12-24", "thailand-cambodia")
    assert (str(found.date), found.place, found.killed, found.wounded) == ("2025-12-23", "Poipet", None, None)


def test_since_this_morning_is_the_days_own_hours():
    # guard: a time of the day told, not a tally since a round began
    text = "Since this morning, Thai artillery has shelled Poipet, the Cambodian defence ministry said on Tuesday."
    (found,) = proposals(text, "2025-12-23", "thailand-cambodia")
    assert (str(found.date), found.place) == ("2025-12-23", "Poipet")


def test_a_weekday_last_week_in_a_report_of_that_weekday_is_a_week_before():
    text = "On Sunday last week, Thai troops fired at Cambodian troops near Preah Vihear temple, a Cambodian official said."
    (found,) = proposals(text, "2010-01-31", "thailand-cambodia")
    assert str(found.date) == "2010-01-24"


def test_last_sunday_said_on_a_sunday_is_a_week_before():
    text = "Last Sunday, Thai troops fired at Cambodian troops near Preah Vihear temple, a Cambodian official said."
    (found,) = proposals(text, "2010-01-31", "thailand-cambodia")
    assert str(found.date) == "2010-01-24"


def test_on_sunday_in_a_report_of_a_sunday_is_that_day():
    # guard
    text = "On Sunday, Thai troops fired at Cambodian troops near Preah Vihear temple, a Cambodian official said."
    (found,) = proposals(text, "2010-01-31", "thailand-cambodia")
    assert str(found.date) == "2010-01-31"


# review43 (helper 195) broke these rules with its own sentences; each is narrowed and its sentence kept here.


def test_a_voice_that_has_not_yet_reported_is_no_source():
    text = "Kiev forces shelled Horlivka on Sunday. The Ukrainian General Staff has not yet reported."
    (found,) = proposals(text, "2021-06-07", "russia-ukraine")
    assert (found.reporting_side, found.accused_side) == ("media", "Ukraine")


def test_a_side_reporting_the_fire_blamed_on_it_is_no_source():
    text = "Russian forces shelled Avdiivka on Sunday. The DPR militia also reported."
    found = proposals(text, "2021-06-07", "russia-ukraine")
    assert all(p.reporting_side != "Russia" for p in found)


def test_according_to_a_sides_media_is_the_press():
    text = "According to Israeli media, Hezbollah fired rockets at Kiryat Shmona on Monday."
    (found,) = proposals(text, "2024-03-05", "israel-lebanon")
    assert found.reporting_side == "media"


def test_according_to_the_ukrainian_side_is_ukraine():
    text = "According to the Ukrainian side, Russian forces shelled Avdiivka on Sunday."
    (found,) = proposals(text, "2021-06-07", "russia-ukraine")
    assert (found.claimant, found.reporting_side) == ("Ukraine", "Ukraine")


def test_the_civil_defence_telling_of_hezbollahs_rockets_is_not_lebanons():
    text = "Rockets fired by Hezbollah hit Kiryat Shmona on Monday, the civil defence said."
    found = proposals(text, "2024-03-05", "israel-lebanon")
    assert all(p.reporting_side != "Lebanon" for p in found)


def test_also_does_not_credit_a_lede_blaming_no_one_or_told_by_others():
    text = (
        "Fighting broke out near the village of Chinari on July 3, killing two Armenian soldiers. "
        "The Azerbaijani Defence Ministry reported that its positions near the village of Alibeyli also came under "
        "fire from Armenian units."
    )
    found = {p.place: p.reporting_side for p in proposals(text, "2014-07-04", "armenia-azerbaijan")}
    assert found.get("Chinari") != "Azerbaijan"


def test_a_quotation_telling_of_another_place_does_not_take_the_lede():
    text = (
        "A soldier was injured in firing from across the border in Pargwal area on Monday. "
        'The incident took place at 1 a.m. "Indian troops opened unprovoked fire on our posts in Nakyal sector. '
        'Two civilians were hurt," the ISPR said.'
    )
    found = {p.place: p.reporting_side for p in proposals(text, "2024-05-07", "india-pakistan")}
    assert found.get("Pargwal") == "media"


def test_violations_counted_over_a_period_are_no_claim():
    for text in (
        "There were 140 ceasefire violations in January along the LoC, an Indian Army spokesman said.",
        "There have been 5 ceasefire violations in Poonch district this month, an Indian Army spokesman said.",
        "There were two ceasefire violations in the past week in Poonch and Rajouri, an Indian Army spokesman said.",
    ):
        assert proposals(text, "2016-05-03", "india-pakistan") == [], text


def test_a_place_shelled_in_response_is_not_the_claims():
    text = (
        "The JFO press center said on Monday the occupiers fired at the forces near Pisky from mortars, "
        "and Donetsk airport was shelled by our artillery in response."
    )
    assert [p.place for p in proposals(text, "2019-05-10", "russia-ukraine")] == ["Pisky"]


def test_insisted_on_a_meeting_is_no_speech():
    text = (
        "Pakistani troops shelled Uri sector on Monday. The Indian Army insisted on a flag meeting, but the ISPR said "
        "that India had violated the ceasefire in Nakyal first."
    )
    assert any(p.reporting_side == "Pakistan" for p in proposals(text, "2016-05-03", "india-pakistan"))


def test_the_republics_representative_to_the_joint_centre_speaks_for_it():
    text = (
        "Kiev forces shelled Horlivka on Sunday. "
        "The DPR representative to the JCCC reported, as the Donetsk News Agency informed."
    )
    (found,) = proposals(text, "2021-06-07", "russia-ukraine")
    assert found.reporting_side == "Russia"


def test_clearing_mines_is_no_fire():
    text = "The DPR militia said on Monday that Ukrainian sappers launched efforts to clear mines near Zaitseve."
    assert proposals(text, "2021-06-07", "russia-ukraine") == []


def test_the_name_of_a_slain_soldiers_father_keeps_his_wound():
    text = (
        "Pakistani troops shelled Uri on Monday, police said. "
        "The father of the slain soldier, Mohammad Yusuf, was wounded in his house."
    )
    assert any(p.wounded == 1 for p in proposals(text, "2016-05-03", "india-pakistan"))


# walk44 (helper 196), reading a report of our own on Add report


def test_residents_of_a_village_reporting_fire_place_it_there():
    text = (
        "Azerbaijani forces fired at Armenian positions near Sotk on Tuesday, the Armenian Defence Ministry said. "
        "Residents of the village of Verin Zaritsk reported machine-gun fire overnight, the Armenian ministry added."
    )
    assert "Verin Zaritsk" in [p.place for p in proposals(text, "2024-05-15", "armenia-azerbaijan")]


def test_a_town_that_speaks_is_still_its_government():
    # guard: "Baku said" is Azerbaijan's government, not the city
    text = "Armenian forces shelled the village of Alibeyli on Tuesday, Baku said."
    assert [p.place for p in proposals(text, "2024-05-15", "armenia-azerbaijan")] == ["Alibeyli"]


def test_a_governor_named_with_his_seat_keeps_it_in_the_claimant():
    text = "Governor of Zaporizhzhia Ivan Petrenko reported that Russians shelled the city of Orikhiv on Sunday."
    (found,) = proposals(text, "2023-01-09", "russia-ukraine")
    assert (found.claimant, found.place) == ("Governor of Zaporizhzhia", "Orikhiv")
