"""Round 17 of issue 16: where fire fell, as English reports write it, read off build15 (the odd
half of the fifth fresh set, opened after its first-run figures were written down) and checked on
the other open sets. Each rule is one way of writing a place; every example is invented.
"""

from __future__ import annotations

from mapdata.extract import extract
from mapdata.profiles import default_catalog


def _read(text: str, published: str, profile_id: str):
    return extract(text, published=published, outlet="Outlet", profile=default_catalog().require(profile_id))


def _places(text: str, published: str, profile_id: str) -> list:
    return [p.place for p in _read(text, published, profile_id).proposals]


def test_a_settlement_named_in_the_sentence_beats_the_town_it_lies_towards():
    # "towards the north of X" says where a valley lies; the village named as one is where fire fell
    text = (
        "In the Gurdan valley towards the north of Rajouri, a shepherd was injured on Monday when a shell fired "
        "by Pakistani troops landed beside his hut in Dabbi village."
    )
    assert _places(text, "2021-03-02", "india-pakistan") == ["Dabbi"]


def test_a_reference_town_stays_the_place_when_nothing_else_is_named():
    # (guard: a lone "east of X" is still the nearest place the claim has)
    text = "Pakistani troops fired mortars at posts a few kilometres east of Rajouri on Monday, the army said."
    assert _places(text, "2021-03-02", "india-pakistan") == ["Rajouri"]


def test_a_name_followed_by_a_village_in_apposition_is_a_place():
    text = (
        "In Phum Khla, an evacuated village in Thailand's Si Sa Ket province where Cambodian shells hit two "
        "houses on Sunday, Thai soldiers guarded the school, the army said."
    )
    assert _places(text, "2025-07-28", "thailand-cambodia") == ["Phum Khla"]


def test_every_name_of_a_list_beside_a_known_town_is_a_place():
    # names the gazetteer lacks, listed with one it knows after "in": a list of the same kind
    text = (
        "Ukrainian forces shelled the positions of the people's militia in Horlivka, Zhovtanka, Shyrobalka and "
        "Vidrodka area on Tuesday, the DPR command said."
    )
    assert _places(text, "2015-08-26", "russia-ukraine") == ["Horlivka", "Zhovtanka", "Shyrobalka", "Vidrodka"]


def test_a_list_of_people_beside_a_town_is_no_list_of_places():
    # (guard: a list after "in" of names that are not places: no place is invented for them)
    text = (
        "Ukrainian forces shelled Horlivka on Tuesday, the DPR command said, in a statement signed by Basurin "
        "and Pushilin."
    )
    assert _places(text, "2015-08-26", "russia-ukraine") == ["Horlivka"]


def test_names_placed_in_a_sector_by_a_bracket_are_each_a_place():
    text = (
        "Pakistani troops fired small arms at the Dabbi and Gursai villages (both in Mendhar sector) on Sunday "
        "morning, officials said."
    )
    assert _places(text, "2019-03-10", "india-pakistan") == ["Dabbi", "Gursai"]
    text = (
        "Officials said firing by Pakistani troops was also reported from Dabbi and Gursai (both in Mendhar "
        "sector) early on Sunday."
    )
    assert _places(text, "2019-03-10", "india-pakistan") == ["Dabbi", "Gursai"]


def test_a_list_of_locations_after_a_colon_gives_each_line_a_place():
    text = (
        "The Royal Thai Army said fighting went on on Monday in three border areas of Surin and Si Sa Ket.\n\n"
        "A spokesman said Cambodian troops attacked at the following locations:\n\n"
        "Chong Khiao Pass in Surin\n\n"
        "Phu Khao Lek in Si Sa Ket\n\n"
        "Prasat Ban Rom in Si Sa Ket\n\n"
        "He said Cambodian troops fired artillery and rockets into Thai territory."
    )
    assert _places(text, "2025-07-28", "thailand-cambodia") == ["Chong Khiao", "Phu Khao Lek", "Prasat Ban Rom"]


def test_a_line_naming_a_place_without_a_colon_before_it_adds_nothing():
    # (guard: a heading that happens to name a place is no list member of the claim before it)
    text = (
        "Cambodian troops fired rockets at Thai positions near Ta Kwai temple on Monday, the Thai army said.\n\n"
        "Phu Khao Lek in Si Sa Ket\n\n"
        "Residents of the area were moved to shelters."
    )
    assert _places(text, "2025-07-28", "thailand-cambodia") == ["Ta Kwai"]


def _brief(result) -> list[tuple]:
    return [(str(p.date), p.place, p.reporting_side) for p in result.proposals]


def test_where_the_firing_troops_stand_after_a_comma_is_where_fire_came_from():
    text = (
        "Armenian armed forces, located in Berd village of Tavush district and in Chinari, Aygepar villages of "
        "Berd district, subjected to fire the positions of the Azerbaijani army located in Alibayli, Kohnegishlag "
        "villages of Tovuz district on Monday, the Azerbaijani Defense Ministry said."
    )
    result = _read(text, "2017-02-14", "armenia-azerbaijan")
    assert [p.place for p in result.proposals] == ["Alibayli", "Kohnegishlag"], _brief(result)


def test_troops_located_somewhere_after_a_verb_of_fire_were_hit_there():
    # (guard: "fired at units located in X": X is the target)
    text = (
        "Azerbaijani forces fired at Armenian units located in Chinari village on Monday, the Armenian defence "
        "ministry said."
    )
    assert _places(text, "2017-02-14", "armenia-azerbaijan") == ["Chinari"]


def test_the_past_day_told_to_a_news_agency_on_a_date_is_the_day_before_it():
    text = (
        "Over the past 24 hours, Armenian forces violated the ceasefire 20 times, firing at the Kamarli village "
        "of the Gazakh district, the Azerbaijani Defense Ministry told Trend Feb. 12."
    )
    result = _read(text, "2017-02-12", "armenia-azerbaijan")
    assert [(str(p.date), p.place) for p in result.proposals] == [("2017-02-11", "Kamarli")], _brief(result)


def test_firing_that_has_gone_on_for_days_has_no_one_day():
    text = (
        "Armenian forces have been firing on the Azerbaijani village of Tap in the Goranboy region for ten days, "
        "residents said."
    )
    result = _read(text, "2007-04-10", "armenia-azerbaijan")
    assert [(p.date, p.place) for p in result.proposals] == [(None, "Tap")], _brief(result)


def test_a_day_of_firing_told_in_the_perfect_keeps_its_day():
    # (guard: "have been shelling since Monday morning" names a day; only "for N days" has none)
    text = "Armenian forces have been shelling the village of Tap since Monday morning, residents said."
    result = _read(text, "2007-04-10", "armenia-azerbaijan")
    assert [p.date is not None for p in result.proposals] == [True], _brief(result)


def test_troops_located_somewhere_that_were_fired_upon_were_hit_there():
    # (guard: a passive after the located troops: they are the target)
    text = (
        "On Monday, the positions of Azerbaijani units located near the Kheyrimli settlement were subjected to "
        "fire by Armenian forces, the Azerbaijani MoD said."
    )
    assert _places(text, "2021-03-02", "armenia-azerbaijan") == ["Kheyrimli"]


def test_rockets_fired_into_a_village_of_a_district_land_in_the_village():
    # "into Z in X district, Y - ...": Z is where they fell; X and the province Y are its address
    text = (
        "At about 4pm on Monday, Cambodian forces fired BM-21 rockets into Ban Nong Phai in Khok Sung district, "
        "Sa Kaeo - an area of homes, the Thai army said."
    )
    assert _places(text, "2025-12-22", "thailand-cambodia") == ["Ban Nong Phai"]


def test_a_road_between_two_villages_is_at_the_first_also_with_a_two_word_name():
    text = (
        "An Israeli drone struck a car on the Ain Ebel-Bazuriyeh road on Thursday, the Lebanese health ministry said."
    )
    assert _places(text, "2025-09-11", "israel-lebanon") == ["Ain Ebel"]


def test_shells_that_hit_around_the_communities_of_a_and_b_fell_at_both():
    text = (
        "The Lebanese news agency said Israel fired more than ten artillery shells on Thursday, which hit around "
        "the communities of Kfar Hamam and Rashaya al-Fukhar."
    )
    assert _places(text, "2023-07-06", "israel-lebanon") == ["Kfar Hamam", "Rashaya al-Fukhar"]


def test_a_village_the_gazetteer_knows_only_far_from_its_stated_district_is_flagged():
    # the gazetteer's "Kamarli" is the Armenian town of that old name, ~140 km from the Gazakh district
    text = (
        "Armenian forces fired at the positions of the Azerbaijani army located in Kamarli village of Gazakh "
        "district on Monday, the Azerbaijani Defense Ministry said."
    )
    (proposal,) = _read(text, "2017-02-13", "armenia-azerbaijan").proposals
    assert (proposal.place, proposal.latitude) == ("Kamarli", None)


def test_a_village_found_inside_its_stated_district_stays_on_the_map():
    # (guard)
    text = "Azerbaijani forces fired at Dovegh village of Noyemberyan district on Monday, the Armenian MoD said."
    (proposal,) = _read(text, "2017-02-13", "armenia-azerbaijan").proposals
    assert proposal.place == "Dovegh" and proposal.latitude is not None


def test_a_town_placed_in_a_wide_region_is_not_flagged_for_its_distance():
    # (guard: "Rajouri in Jammu region": a region's point is its capital, over 100 km from its towns)
    text = "Pakistani troops shelled Rajouri in Jammu region on Monday, officials said."
    (proposal,) = _read(text, "2021-03-02", "india-pakistan").proposals
    assert proposal.place == "Rajouri" and proposal.latitude is not None


def test_the_army_named_with_its_short_name_that_shelled_is_not_who_speaks():
    # "The Armed Forces of Ukraine (AFU) shelled ..., told Lieutenant Colonel X, the representative of
    # the LPR": the army acts; the officer named after "told" speaks, for the side it does not blame
    text = (
        "The Armed Forces of Ukraine (AFU) shelled today the village of Kalynove near Lugansk, told Lieutenant "
        "Colonel Ivan Petrenko, the official representative of the Lugansk People's Republic."
    )
    result = _read(text, "2018-05-16", "russia-ukraine")
    assert [(p.place, p.reporting_side, p.accused_side) for p in result.proposals] == [
        ("Kalynove", "Russia", "Ukraine")
    ], _brief(result)


def test_an_army_conducting_operations_in_what_a_ministry_said_is_not_the_ministry():
    # "according to the ministry, the formations of the Armed Forces of Ukraine have not stopped
    # conducting military operations": the army acts; the ministry named before speaks, and the
    # next "the Ministry of Defense reports" is the same ministry
    text = (
        "All Russian troops stopped fighting at midnight, the Russian Defense Ministry said. However, according "
        "to the ministry, the formations of the Armed Forces of Ukraine have not stopped conducting military "
        "operations. Thus, the Ministry of Defense reports that Ukrainian forces attacked in the area of "
        "Dzerzhinsk on Thursday."
    )
    result = _read(text, "2025-05-08", "russia-ukraine")
    assert [(p.place, p.reporting_side, p.accused_side) for p in result.proposals] == [
        ("Dzerzhinsk", "Russia", "Ukraine")
    ], _brief(result)


def test_an_outlets_text_in_the_first_person_plural_is_the_partys_statement():
    text = (
        "The separatists attacked Ukrainian positions 20 times in the past 24 hours. The invaders fired 120mm "
        "mortars on our fortified positions near the town of Avdiivka. They also used 82mm mortars to shell "
        "areas near the village of Opytne."
    )
    result = _read(text, "2016-04-20", "russia-ukraine")
    assert {(p.place, p.reporting_side, p.accused_side) for p in result.proposals} >= {
        ("Avdiivka", "Ukraine", "Russia"),
        ("Opytne", "Ukraine", "Russia"),
    }, _brief(result)


def test_an_outlets_own_account_without_our_stays_the_outlets():
    # (guard)
    text = "The separatists fired 120mm mortars on Ukrainian positions near the town of Avdiivka on Tuesday."
    result = _read(text, "2016-04-20", "russia-ukraine")
    assert [(p.place, p.reporting_side) for p in result.proposals] == [("Avdiivka", "media")], _brief(result)


def test_a_bullet_from_a_side_blames_that_side():
    text = (
        "A soldier of the Armenian army died near the border with Azerbaijan on Sunday, a Defense Ministry "
        "spokesman said. According to Artur Petrosyan, the 30-year-old private was struck on Sunday by a bullet "
        "from the Azerbaijani side on the northern stretch of the border."
    )
    result = _read(text, "2019-07-29", "armenia-azerbaijan")
    assert [(p.reporting_side, p.accused_side) for p in result.proposals] == [("Armenia", "Azerbaijan")], _brief(result)


def test_where_the_reply_was_in_the_claims_sector_is_where_the_fire_was():
    text = (
        "Officials said Pakistan Rangers resorted to unprovoked firing on forward posts along the IB in "
        "Hiranagar sector on Saturday. The BSF retaliated, and the exchange of fire, which started around 4 am "
        "at Londi village in Hiranagar sector, lasted for two hours, the officials said."
    )
    assert _places(text, "2020-02-15", "india-pakistan") == ["Londi"]


def test_a_dateline_of_two_towns_in_capitals_is_where_the_report_was_filed():
    text = (
        "JAMMU/MUZAFFARABAD: Pakistani troops shelled border posts in the Nowshera sector on Tuesday, killing "
        "two soldiers, Indian officials said."
    )
    assert _places(text, "2016-11-01", "india-pakistan") == ["Nowshera"]


_LISTED_BELOW = (
    "Baku, 3 June 2024.\n"
    "The Ministry of Defence of Azerbaijan said that Armenian units fired small arms on 2 June at "
    "Azerbaijani army positions near the following settlements:\n"
    "{gap}Zod\nYukhari Shorzha\nIstisu\n"
    "One Azerbaijani serviceman was wounded, the ministry said.\n"
)


def test_settlements_listed_one_per_line_after_a_colon_are_each_a_place():
    # walk7: the first of three was dropped ("Zod Yukhari" read as one name with the next line's)
    result = _read(_LISTED_BELOW.format(gap=""), "2024-06-03", "armenia-azerbaijan")
    assert [(str(p.date), p.place) for p in result.proposals] == [
        ("2024-06-02", "Zod"),
        ("2024-06-02", "Yukhari Shorzha"),
        ("2024-06-02", "Istisu"),
    ], _brief(result)


def test_a_blank_line_after_the_colon_keeps_the_list_with_its_sentence():
    # walk7: with a blank line after the colon, no incident was found in the whole report
    result = _read(_LISTED_BELOW.format(gap="\n"), "2024-06-03", "armenia-azerbaijan")
    assert [p.place for p in result.proposals] == ["Zod", "Yukhari Shorzha", "Istisu"], _brief(result)


def test_a_denial_of_firing_answers_the_claim_of_firing_not_the_drone_strike_told_after_it():
    # walk7: the denial was attached to the last claim only, a drone strike it does not speak of
    text = (
        "The Armenian Ministry of Defence said that Azerbaijani units fired at Armenian positions near Tegh and "
        "Kornidzor on Friday evening. Separately, it said, an Azerbaijani drone struck a truck near Jermuk on "
        "Saturday morning. The Azerbaijani Defence Ministry denied that its units had opened fire."
    )
    result = _read(text, "2024-04-20", "armenia-azerbaijan")
    assert [(p.place, bool(p.responses)) for p in result.proposals] == [
        ("Tegh", True),
        ("Kornidzor", True),
        ("Jermuk", False),
    ], _brief(result)


def test_a_denial_naming_no_act_answers_the_latest_claim():
    # (guard)
    text = (
        "The Armenian Ministry of Defence said that Azerbaijani units fired at Armenian positions near Tegh on "
        "Friday evening. Separately, it said, an Azerbaijani drone struck a truck near Jermuk on Saturday "
        "morning. The Azerbaijani Defence Ministry denied the claims of the Armenian side."
    )
    result = _read(text, "2024-04-20", "armenia-azerbaijan")
    assert [(p.place, bool(p.responses)) for p in result.proposals] == [("Tegh", False), ("Jermuk", True)], _brief(
        result
    )
