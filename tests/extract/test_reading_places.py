"""Where fire fell, as English reports name it (issue 16, round 12), each rule with sentences of our own.

Every example is invented (no report's words): the way a place is written, not a report.
"""

from __future__ import annotations

from mapdata.extract import extract
from mapdata.profiles import default_catalog


def _read(text: str, published: str, profile_id: str):
    return extract(text, published=published, profile=default_catalog().require(profile_id))


def _places(text: str, published: str, profile_id: str) -> list:
    return [p.place for p in _read(text, published, profile_id).proposals]


def test_initials_are_part_of_a_towns_name():
    # "R.S. Pura"-style names: the initials abbreviate the first words of the name
    text = "Pakistani Rangers fired mortars at BSF posts in the K.L.Nagar and Gurhana sectors on Monday, the BSF said."
    assert _places(text, "2021-03-02", "india-pakistan") == ["K.L.Nagar", "Gurhana"]
    text = "A shell fell in P. K. Kotla village on Monday, injuring two people, the police said of Pakistani firing."
    assert _places(text, "2021-03-02", "india-pakistan") == ["P. K. Kotla"]


def test_where_a_spokesman_sits_is_not_where_fire_fell():
    text = "Pakistani troops opened fire on Indian forward posts on Sunday, said a defence spokesman in Jammu."
    assert "Jammu" not in _places(text, "2021-03-02", "india-pakistan")


def test_a_place_named_before_its_cue_lies_in_what_follows_of():
    # "the X sector of Y": Y is where the sector lies, not a second place
    text = "Pakistani troops fired mortars at the Dhargal sector of Mendhar on Monday, the army said."
    assert _places(text, "2021-03-02", "india-pakistan") == ["Dhargal"]
    # "two sectors of A and B ... in the X forward area of Y sector": the forward area is the place
    text = (
        "On Monday, Pakistan fired in two sectors of Rajouri and Poonch, wounding a soldier in the Gambira "
        "forward area of Manjakote sector, the army said."
    )
    assert _places(text, "2021-03-02", "india-pakistan") == ["Gambira"]


def test_a_sides_adjective_before_village_of_is_no_place():
    # "the Armenian village of X": X is the village (the adjective is a side, not a place holding it)
    text = "Azerbaijani forces shelled the Armenian village of Tsaghkavan on Monday, the Armenian MoD said."
    assert _places(text, "2021-03-02", "armenia-azerbaijan") == ["Tsaghkavan"]


def test_a_village_told_after_the_text_moved_to_another_day_is_not_inside_the_earlier_sector():
    text = (
        "On Thursday, Pakistani troops shelled the Qalai sector of Poonch district, the army said. "
        "On Wednesday night also, Pakistan army targetted villages along the LoC. "
        "A man from Harwan village of Uri sector in Baramulla district sustained a bullet injury in the ceasefire violation."
    )
    result = _read(text, "2021-03-05", "india-pakistan")
    assert ("2021-03-04", "Qalai") in [(p.date, p.place) for p in result.proposals]


def test_the_incident_located_later_moves_every_account_placed_at_the_area_holding_it():
    # both sides' accounts placed at a province; "The incident occurred near X in ... of <province>"
    text = (
        "A Cambodian soldier was killed in an exchange of fire with Thai troops on Monday in a disputed area "
        "in Surin, the Cambodian defence ministry said. The Thai army said Cambodian soldiers fired first, "
        "in Surin. The incident occurred near Phu Khamrai in Kap Choeng district of Surin at dawn."
    )
    result = _read(text, "2021-03-02", "thailand-cambodia")
    assert {(p.reporting_side, p.place) for p in result.proposals} == {
        ("Cambodia", "Phu Khamrai"),
        ("Thailand", "Phu Khamrai"),
    }


def test_an_area_named_after_the_border_is_where_the_clash_was():
    text = (
        "Cambodian troops fired artillery at Thai positions at the border on Sunday, the Thai army said. "
        "Through the night, gunfire echoed around the hills of Oddar Meanchey."
    )
    result = _read(text, "2021-03-08", "thailand-cambodia")
    assert [(p.place, p.geo_precision) for p in result.proposals] == [("Oddar Meanchey", "region")]


def test_a_title_and_its_office_are_a_person_not_places():
    # "Prime Minister Raja ...": a person's first name after a title, even when a town has it;
    # "the AJK Prime Minister": the office the region's name qualifies
    text = "AJK Prime Minister Raja Ahmed Khan condemned the unprovoked Indian firing on civilians on Monday."
    assert {p.place for p in _read(text, "2021-03-02", "india-pakistan").proposals} <= {None}


def test_every_name_of_a_list_of_targets_is_a_place():
    # "attacks on A Temple, B, C": a list of what was attacked, each with or without its kind
    text = "Thai troops launched attacks on Prasat Kro Temple, Phnom Trap and Kouk Sdech on Monday, the Cambodian MoD said."
    assert _places(text, "2021-03-02", "thailand-cambodia") == ["Prasat Kro", "Phnom Trap", "Kouk Sdech"]


def test_a_settlement_of_a_district_is_one_place_not_a_list():
    text = (
        "Armenian forces fired on Azerbaijani positions in the direction of Kochaly settlement of Tartar district "
        "on Monday, the Azerbaijani MoD said."
    )
    assert _places(text, "2021-03-02", "armenia-azerbaijan") == ["Kochaly"]


def test_positions_of_the_border_located_in_a_village_are_where_fire_came_from():
    text = (
        "From the positions of the state border located in Zurnaly settlement, Armenian forces fired at "
        "Azerbaijani positions near Kochaly settlement on Monday, the Azerbaijani MoD said."
    )
    assert _places(text, "2021-03-02", "armenia-azerbaijan") == ["Kochaly"]


# Round 13: place names that English announces, checked on several sets.


def _assert_places(profile_id: str, *cases: tuple[str, list[str | None]]) -> None:
    """Each invented report (published Tuesday 2021-03-02) proposes these places, in this order."""
    for text, places in cases:
        assert _places(text, "2021-03-02", profile_id) == places, text


def test_a_kind_word_written_with_a_capital_after_names_announces_them():
    # "in A and B Sectors": the plural cue with a capital announces every name of the list
    _assert_places(
        "india-pakistan",
        (
            "Pakistani troops fired mortars along the LoC in Gulpur and Dabsi Sectors on Monday, the army said.",
            ["Gulpur", "Dabsi"],
        ),
    )
    # "X District" with a capital: a district the gazetteer may not know is still a place
    _assert_places(
        "thailand-cambodia",
        (
            "Thai troops shelled Cambodian positions in Kork Mon District on Monday, the Cambodian MoD said.",
            ["Kork Mon"],
        ),
    )


def test_kinds_of_place_english_names_before_or_after_the_name():
    # a border checkpoint is a place of its own, more precise than the province holding it
    _assert_places(
        "thailand-cambodia",
        (
            "Cambodian troops fired rockets 5km south of Ban Krat checkpoint in Surin on Monday, the Thai army said.",
            ["Ban Krat"],
        ),
    )
    # Israel's kibbutz and moshav, before the name or as "the kibbutz of X"
    _assert_places(
        "israel-lebanon",
        ("Hezbollah fired anti-tank missiles at the kibbutz of Gilboa Tal on Monday, the IDF said.", ["Gilboa Tal"]),
        (
            "Rockets were fired on Monday at Kibbutz Ein Dror, Kerem and Yaara, the IDF said.",
            ["Ein Dror", "Kerem", "Yaara"],
        ),
    )


def test_a_name_of_three_words_after_its_cue_is_whole():
    _assert_places(
        "thailand-cambodia",
        ("Cambodian troops fired on Thai rangers near Ban Nong Kha on Monday, the Thai army said.", ["Ban Nong Kha"]),
    )
    # a weekday closing the name is the day; a unit's word after it makes no place of the unit
    _assert_places(
        "russia-ukraine",
        (
            "Russian forces shelled the village of Nova Krynytsia Monday, the Ukrainian military said.",
            ["Nova Krynytsia"],
        ),
        ("On Monday the enemy violated the ceasefire in the area of the Joint Forces Operation, the JFO said.", [None]),
    )


def test_the_name_after_a_regions_possessive_is_a_place_in_it():
    _assert_places(
        "israel-lebanon",
        (
            "An Israeli drone strike killed a man in south Lebanon's Kfar Tibnit on Monday, the health ministry said.",
            ["Kfar Tibnit"],
        ),
        (
            "Lebanon's health ministry said an Israeli strike hit a car on Monday in south Lebanon's Wadi Zibdin.",
            ["Wadi Zibdin"],
        ),
    )


def test_a_name_then_in_the_district_holding_it_is_a_place_without_a_comma():
    _assert_places(
        "israel-lebanon",
        (
            "A drone struck a car in Kfar Sir in the Nabatieh district on Monday, the health ministry said.",
            ["Kfar Sir"],
        ),
    )
    # a name of three words, then the province holding it
    _assert_places(
        "thailand-cambodia",
        (
            "Cambodian soldiers fired grenades toward Thai positions at Chong Ta Thao in Sa Kaeo province on Monday.",
            ["Chong Ta Thao"],
        ),
    )
    # the kind written with a capital is no part of the name
    _assert_places(
        "india-pakistan",
        ("Pakistani troops fired on Monday in Keri Sector of Rajouri district, the army said.", ["Keri"]),
    )


def test_a_list_announced_before_its_names_gives_every_place():
    # "the affected villages included A, B and C": the villages of the shelling just told
    text = (
        "Pakistani troops shelled Gulpur and Khari Karmara villages in Poonch on Monday, injuring five people, "
        "the police said. The affected villages included Gulpur, Sagra Pathan, Dabbi and Keri."
    )
    _assert_places("india-pakistan", (text, ["Gulpur", "Khari Karmara", "Sagra Pathan", "Dabbi", "Keri"]))
    # "the areas of A and B": both are places
    _assert_places(
        "israel-lebanon",
        (
            "The IDF said rockets were fired on Monday toward the northern areas of Shlomi and Nahal Ziv.",
            ["Shlomi", "Nahal Ziv"],
        ),
    )


def test_the_line_of_control_a_role_and_a_source_are_no_villages():
    # "the Line of Control region": the line (the border of India and Pakistan), not "Line" and "Control"
    _assert_places(
        "india-pakistan",
        ("Pakistani troops shelled villages in the Line of Control region of Rajouri district on Monday.", ["Rajouri"]),
    )
    # a person's role after a listed town, and the person "according to" whom, are no places
    _assert_places(
        "russia-ukraine",
        (
            "A battle began on Monday in the town of Krasnohorivka, Chaplain of the rescue service Ivan Petrenko said.",
            ["Krasnohorivka"],
        ),
        ("According to Volodymyr Petrenko, Russian forces shelled Marinka on Monday.", ["Marinka"]),
        # "X City Council of Y region" is the body that runs the village's area, not a second place
        (
            "Russian forces shelled the village of Zaitseve, Bakhmut City Council of Donetsk region, on Monday.",
            ["Zaitseve"],
        ),
    )


def test_what_fire_was_aimed_at_is_a_place():
    _assert_places(
        "russia-ukraine",
        (
            "Russian forces fired Grad rockets on Stara Vilshanka and nearby villages on Monday, Ukraine's army said.",
            ["Stara Vilshanka"],
        ),
        # a possessive of a word that is no name is no place
        ("The militants fired at the Republic's territory on Monday, the DPR militia said.", [None]),
    )
    # the two sides' names joined are their line, not a place
    _assert_places(
        "israel-lebanon",
        (
            "Anti-tank missiles were fired on Monday at the Israel-Lebanon border area near Metula, the IDF said.",
            ["Metula"],
        ),
    )


def test_where_fire_came_from_is_no_incident_of_its_own():
    _assert_places(
        "russia-ukraine",
        (
            'On Monday, a battle began in the town of Marinka. "Shooting comes from the town of Oleksandrivka. '
            'They are even firing from tanks," he said.',
            ["Marinka"],
        ),
        # "not far from the village of X" says where, not where from
        (
            "On Monday, Russian forces shelled the town of Marinka. Not far from the village of Pisky, the enemy "
            "opened fire from grenade launchers.",
            ["Marinka", "Pisky"],
        ),
    )


def test_initials_without_dots_and_one_letter_words_are_part_of_a_name():
    # round 14: "A B Nagar" (initials written without dots) and "Ban Nong I Lai" (a one-letter word
    # inside a Thai name) are one name each, not their last word
    _assert_places(
        "india-pakistan",
        (
            "Heavy firing was reported on Monday from the Chandwal, Sarhad and K L Nagar sectors, the BSF said.",
            ["Chandwal", "Sarhad", "K L Nagar"],
        ),
        ("On Monday, Pakistani troops fired mortars in the K L Nagar sector, the BSF said.", ["K L Nagar"]),
    )
    _assert_places(
        "thailand-cambodia",
        (
            "At Ban Nong I Lai in Surin on Monday, Cambodian troops fired mortar rounds into Thai territory, "
            "the Thai army said.",
            ["Ban Nong I Lai"],
        ),
    )


def test_where_the_firing_troops_are_stationed_is_where_fire_came_from():
    # round 14: "forces stationed near A fired at positions near B": B is the place; A is only so
    # when the stationed troops come after the verb of fire (they are then its target)
    _assert_places(
        "armenia-azerbaijan",
        (
            "On Monday, Armenian forces stationed near the Sarnaghbyur settlement fired rifles at Azerbaijani "
            "positions near the Kheyrimli settlement, the Azerbaijani MoD said.",
            ["Kheyrimli"],
        ),
        (
            "On Monday, Azerbaijani units fired rifles at Armenian troops stationed near the Sarnaghbyur "
            "settlement, the Armenian MoD said.",
            ["Sarnaghbyur"],
        ),
        # (a passive: the stationed troops were hit, and fire came from nowhere named)
        (
            "On Monday, the positions of Azerbaijani units stationed near the Kheyrimli settlement were fired upon "
            "by Armenian forces, who also hit a house in Gushchu Ayrum, the Azerbaijani MoD said.",
            ["Kheyrimli"],
        ),
    )


def test_a_short_month_and_who_holds_a_place_are_no_places():
    # round 14: "strikes on Oct. 8" names a day, not a place struck; "the Ukrainian-held towns of A
    # and B" names who holds A and B, not a place of its own
    _assert_places(
        "russia-ukraine",
        (
            "On Monday, Russian forces fired mortars on the Ukrainian-held towns of Marinka and Krasnohorivka, "
            "the JFO said.",
            ["Marinka", "Krasnohorivka"],
        ),
    )
    result = _read(
        "Israeli strikes on Oct. 8 hit a house in Houla, the Lebanese army said.", "2023-10-10", "israel-lebanon"
    )
    assert [(p.date, p.place) for p in result.proposals] == [("2023-10-08", "Houla")]


def test_a_hospital_or_an_office_named_after_a_town_is_not_where_fire_fell():
    # round 14: "X Governmental Hospital" is where the wounded were treated; "X Oblast governor Y",
    # "X administration head Y" name an office of X, who speaks, not a place hit
    _assert_places(
        "israel-lebanon",
        (
            "Three people wounded by an Israeli drone strike on Monday were treated at Tyre Governmental "
            "Hospital, the Lebanese army said.",
            [None],
        ),
    )
    _assert_places(
        "russia-ukraine",
        (
            "On Monday the militants shelled the village of Marinka, Donetsk Oblast governor Pavlo Petrenko said.",
            ["Marinka"],
        ),
        (
            "On Monday the militants shelled the village of Krasnohorivka, Marinka administration head Ivan Petrenko said.",
            ["Krasnohorivka"],
        ),
    )


def test_a_plural_cue_opening_a_sentence_announces_its_names():
    # round 14: "Towns of A, B, and C came under fire": each name is a town, known or not
    _assert_places(
        "russia-ukraine",
        (
            "On Monday the militants shelled Marinka, the JFO said. Towns of Krasnohorivka, Novomykhailivka, and "
            "Pobieda also came under mortar fire.",
            ["Marinka", "Krasnohorivka", "Novomykhailivka", "Pobieda"],
        ),
    )


def test_a_name_with_area_heads_the_list_it_opens():
    # round 14: "In the X area, A and B in C": X (an area) is a place of the list as much as A and B
    _assert_places(
        "thailand-cambodia",
        (
            "In the Chong Sa-ngam area, Ban Klang and Ban Sa-ngao in Si Sa Ket on Monday night, Cambodian troops "
            "fired mortars, the Thai army said.",
            ["Chong Sa-ngam", "Ban Klang", "Ban Sa-ngao"],
        ),
    )


def test_the_community_a_local_head_speaks_for_is_a_village():
    # round 14: "the Head of the X Community Y Z said they heard shooting": X is the village; a first
    # name that is also a town's ("Ararat") before a surname and a verb of speech is a person
    _assert_places(
        "armenia-azerbaijan",
        (
            "The Head of the Verin Kalash Community Samvel Petrosyan stressed that Azerbaijani forces fired at houses "
            "on Monday.",
            ["Verin Kalash"],
        ),
        (
            "The Head of the Berdavan Community Ararat Petrosyan underscored that Azerbaijani forces fired at "
            "houses on Monday.",
            ["Berdavan"],
        ),
    )


def test_an_area_named_by_three_or_four_words():
    # round 15: "in the X Y Z area", "the W X Y Z area": a Thai place's name is often three or four words
    _assert_places(
        "thailand-cambodia",
        ("On Monday, Cambodian troops opened fire in the Ban Nong Khwao area, the Thai army said.", ["Ban Nong Khwao"]),
        (
            "On Monday, Cambodian troops opened fire in the Phu Hin Lek Fai area, the Thai army said.",
            ["Phu Hin Lek Fai"],
        ),
    )


def test_a_road_named_after_a_village_is_at_the_village():
    # round 15: "on the X Road", "on X road": the road's name is the village's; a numbered road
    # ("National Road 7") names none
    _assert_places(
        "israel-lebanon",
        (
            "On Monday an Israeli drone struck a car driving on the Deir Kifa Road, which links two towns of the "
            "south, Lebanon's news agency said.",
            ["Deir Kifa"],
        ),
        (
            "On Monday an Israeli drone struck a motorcycle on Ain Ebel Fouqa road, Lebanon's news agency said.",
            ["Ain Ebel Fouqa"],
        ),
    )
    text = "On Monday Thai shells killed a man travelling on National Road 7 in Oddar Meanchey, the Cambodian MoD said."
    assert "National" not in _places(text, "2021-03-02", "thailand-cambodia")


def test_two_known_names_side_by_side_are_one_name():
    # round 15: the gazetteer knows "Ban Sam" and "Lang" (elsewhere), not "Ban Sam Lang": capitalised
    # words with only a space between are one name, not two villages; two districts side by side stay apart
    _assert_places(
        "thailand-cambodia",
        ("On Monday Cambodian rockets struck Ban Sam Lang, the Thai army said.", ["Ban Sam Lang"]),
        ("On Monday Cambodian troops shelled Prasat Ta Kwai, the Thai army said.", ["Prasat Ta Kwai"]),
    )


def test_a_wire_dateline_is_where_the_report_was_filed():
    # round 15: "City/City, Mon D (AGENCY) Text" and "(City) Text": the dateline, not a place of the incident
    for text in (
        "Lahore/Islamabad, March 2 (APP) A civilian was injured when Indian troops fired mortars at Nikial sector "
        "on Monday, the ISPR said.",
        "(Lahore) A civilian was injured when Indian troops fired mortars at Nikial sector on Monday, the ISPR said.",
    ):
        assert _places(text, "2021-03-02", "india-pakistan") == ["Nikial"], text


def test_a_name_joined_to_a_place_by_and_is_a_place():
    # round 15: "A district and B": B is a place also when the gazetteer's scan of the text misses it
    # (a looser spelling) or knows only a part of it ("Khlong" of "Ban Khlong Sai")
    _assert_places(
        "india-pakistan",
        ("On Monday Pakistani shells hit houses in Kupwara district and Baramulla, officials said.", ["Baramulla"]),
    )
    _assert_places(
        "thailand-cambodia",
        (
            "On Monday Cambodian rockets fell on Thai positions in Ta Phraya district and Ban Khlong Sai, the Thai "
            "army said.",
            ["Ban Khlong Sai"],
        ),
    )


def test_a_village_with_its_province_as_an_address_is_a_place():
    # round 15: "in X, Y province": X is where it happened (also when the gazetteer does not know it),
    # Y where X lies
    _assert_places(
        "thailand-cambodia",
        (
            "On Monday Cambodian troops fired rockets at Thai soldiers in Ban Nong Pling, Surin province, the "
            "Thai army said.",
            ["Ban Nong Pling"],
        ),
    )


def test_what_fire_fell_on_after_where_it_came_from():
    # round 15: "rockets fired from A fell near X Hospital": X is where fire fell (a hospital named after
    # its town is otherwise where the wounded were taken), and "a drone from A fell in the X area" too
    _assert_places(
        "thailand-cambodia",
        (
            "On Monday rockets fired from Cambodia fell near Ban Kruat Hospital in Buri Ram, the Thai army said.",
            ["Ban Kruat"],
        ),
    )
    _assert_places(
        "israel-lebanon",
        (
            "On Monday a drone launched from Lebanon exploded in the Shlomi area, close to Kibbutz Hanita, the IDF said.",
            ["Shlomi"],
        ),
    )


def test_a_stretch_between_two_places_is_at_the_first():
    # round 15: "at A B–C D in X", "in the A B C–D E area": a stretch of the border named by its two ends
    # (the reader's text has a hyphen for the dash) is at the first; a hyphen inside one word stays
    _assert_places(
        "thailand-cambodia",
        (
            "On Monday Cambodian troops opened fire at Khao Phra Lek–Nong Hin Tak in Surin, the Thai army said.",
            ["Khao Phra Lek"],
        ),
        (
            "On Monday a Thai soldier was wounded by Cambodian fire in the Phu Mo Dok–Huai Sai Lek area, the Thai "
            "army said.",
            ["Phu Mo Dok"],
        ),
    )


def test_fire_from_a_place_a_side_holds_with_a_long_qualifier():
    # round 15: "fired from non-government-controlled X" (two hyphens) is where fire came from, as
    # "from separatist-controlled X" was
    _assert_places(
        "russia-ukraine",
        (
            "On Monday a shell fired from non-government-controlled Staromykhailivka hit a house in Krasnohorivka, "
            "the SMM said.",
            ["Krasnohorivka"],
        ),
    )


def test_a_first_name_after_a_title_and_a_military_region_are_no_places():
    # round 15: "The Minister of X, Volodymyr Y," (Volodymyr is also a town) is a person; "Cambodia's 4th
    # Military Region" is a command's area, not a place named Military
    _assert_places(
        "russia-ukraine",
        (
            "The Minister of Defence, Volodymyr Petrenko, said Russian forces fired rockets at Avdiivka on Monday.",
            ["Avdiivka"],
        ),
    )
    text = (
        "On Monday the Cambodian defence ministry said Thai troops fired artillery into Cambodia's 4th Military Region."
    )
    assert "Military" not in _places(text, "2021-03-02", "thailand-cambodia")


def test_a_sides_land_with_a_compass_word_is_no_place():
    # round 15: "air strikes on South Lebanon", "the Northern Israeli city of X": a side's land (as
    # "southern Lebanon"), not a village called so; the place is the other name
    _assert_places(
        "israel-lebanon",
        (
            "On Monday Israel carried out air strikes on South Lebanon after rockets hit the town of Shlomi, the IDF said.",
            ["Shlomi"],
        ),
        ("On Monday Hezbollah fired rockets at the Northern Israeli city of Safed, the IDF said.", ["Safed"]),
    )


def test_a_dateline_with_a_dash_is_where_the_report_was_filed():
    # round 15: "LAHORE – Text": the reader's text has a hyphen for the dash, which the dateline now allows
    _assert_places(
        "india-pakistan",
        ("LAHORE – Indian troops fired mortars at the village of Dabsi on Monday, the ISPR said.", ["Dabsi"]),
    )


def test_after_subjected_to_fire_the_positions_named_are_targets():
    # round 15: "units from positions in the directions of A and B subjected to fire the positions
    # stationed in the directions of C, D and E": A and B are where fire came from, C, D and E the targets
    _assert_places(
        "armenia-azerbaijan",
        (
            "On Monday Armenian units from positions in the directions of the Sotk and Norabak settlements subjected to "
            "fire the Azerbaijan Army positions stationed in the directions of the Zarkhaj, Kamallı and Alagollar of "
            "the Kalbajar district, the Defense Ministry said.",
            ["Zarkhaj", "Kamallı", "Alagollar"],
        ),
    )


def test_a_tass_dateline_is_where_the_report_was_filed():
    # round 15: "CITY, Month D. /AGENCY/. Text": the agency between slashes closes a dateline too
    text = (
        "DONETSK, March 2. /TASS/. Ukrainian troops shelled positions of the militia on Monday, the DPR militia said."
    )
    assert "DONETSK" not in _places(text, "2021-03-02", "russia-ukraine")


def test_the_faith_of_a_temple_is_no_place():
    # round 15: "a Hindu temple", "an old Khmer Hindu temple called X": the faith or people, not a place's name
    _assert_places(
        "thailand-cambodia",
        (
            "On Monday Thai shells damaged a Hindu temple near the border, Cambodian officials said.",
            ["Thailand–Cambodia border"],
        ),
        (
            "On Monday Thai shells fell near an old Khmer Hindu temple called Prasat Ta Moan Thom, Cambodian officials "
            "said.",
            ["Prasat Ta Moan Thom"],
        ),
    )


def test_fire_from_across_the_border_in_a_place_fell_there():
    # round 15: "shelling from across the border in X sector": fire came from across the line, X was hit
    _assert_places(
        "india-pakistan",
        (
            "On Monday two civilians were wounded by shelling from across the border in Kanachak sector, the BSF said, "
            "while Pakistani troops also fired at posts near Suchetgarh.",
            ["Kanachak"],
        ),
    )


def test_troops_located_at_a_place_after_a_verb_of_fire_were_hit_there():
    # round 15: "opened fire on the positions of the forces located in the area of X": X was hit, as
    # "fired at units stationed near X" already was; "units located in X subjected to fire ..." stays an origin
    _assert_places(
        "armenia-azerbaijan",
        (
            "On Monday Azerbaijani forces opened fire on the positions of the Armenian armed forces located in the area "
            "of Sotk, wounding a soldier, and shelled Verin Shorzha, the Armenian MoD said.",
            # (round 42: Verin Shorzha, after its own verb of fire, is a place of the claim too)
            ["Sotk", "Verin Shorzha"],
        ),
    )


def test_a_sector_written_with_a_capital_after_a_name_is_where_fire_fell():
    # round 16: Pakistani statements write "in the X Sector" (ISPR, APP): the sector is the claim's
    # place; a village the claim's next sentence names lies in it and is where it happened
    _assert_places(
        "india-pakistan",
        (
            "Indian troops opened unprovoked fire along the LoC in the Nikial Sector on Monday, injuring a woman, "
            "the ISPR said.",
            ["Nikial"],
        ),
        (
            "One civilian was martyred when Indian troops fired mortars along the LoC in the Nikial Sector on Monday. "
            "Ahmed Khan, son of Bashir Khan, of village Dhanna embraced shahadat.",
            ["Dhanna"],
        ),
    )


def test_a_subdistrict_is_a_unit_of_a_district_and_an_address_after_a_place():
    # round 16: "subdistrict" (a Thai tambon), "commune" (Cambodia) name the unit a district is divided
    # into: the whole name before it is one place; after "a place, " (or "the X area, ", "X village, ")
    # it, like the district and province after it, says where that place lies
    _assert_places(
        "thailand-cambodia",
        (
            "Cambodian forces fired rockets on Monday that hit two houses in one village in Sao Thong Chai "
            "subdistrict, the Thai army said.",
            ["Sao Thong Chai"],
        ),
        (
            "Cambodian rockets fell on houses in Ban Nong Ya, Sao Thong Chai subdistrict, on Monday, the Thai army "
            "said.",
            ["Ban Nong Ya"],
        ),
        (
            "Thai artillery shells hit homes in Phum Thmei village, Thma Puok district, on Monday, the Cambodian "
            "defence ministry said.",
            ["Phum Thmei"],
        ),
        (
            "On Monday a Cambodian rocket struck a house in the Nong Khan area, Ta Miang Subdistrict, Phanom Dong Rak "
            "District, Surin Province, the Thai army said.",
            ["Nong Khan"],
        ),
    )


def test_an_ani_dateline_names_where_the_report_was_filed():
    # round 16: ANI writes its dateline with the state and the country in brackets
    _assert_places(
        "india-pakistan",
        (
            "Poonch (Jammu and Kashmir) [India], March 1 (ANI): Pakistani troops shelled houses in Mankote village on "
            "Monday, police said.",
            ["Mankote"],
        ),
    )


def test_a_district_of_a_city_is_a_part_of_it_where_fire_fell():
    # round 16: "the X district of Donetsk", "the A and B districts of the town": a city's district is a
    # place in the city, as specific as a village (a district of a province stays a region)
    _assert_places(
        "russia-ukraine",
        (
            "In the Donetsk region, Ukrainian shells hit houses in the Kuybyshevsky district of Donetsk on Monday, "
            "wounding a woman, DPR officials said.",
            ["Kuybyshevsky"],
        ),
        (
            "Ukrainian forces shelled the Kalininsky and Nikitovsky districts of the town and the village of Zaitseve "
            "on Monday, DPR officials said.",
            ["Kalininsky", "Nikitovsky", "Zaitseve"],
        ),
    )
    # a namesake far from the city is not the district: "the Kiev district of Donetsk" is not Kyiv
    text = (
        "Ukrainian shells hit houses in the Kiev district of Donetsk on Monday, wounding a woman, DPR officials said."
    )
    proposals = _read(text, "2021-03-02", "russia-ukraine").proposals
    assert [p.place for p in proposals] == ["Kiev"]
    assert not proposals[0].resolved


def test_an_airport_named_after_its_town_is_a_place_of_its_own():
    # round 16: "Donetsk airport" is a place of the front line reports name as such; it is found at its
    # town, with precision "near" (not the town itself)
    text = (
        "Separatist fighters fired mortars at the old terminal of Donetsk airport on Monday, the Ukrainian army said."
    )
    proposals = _read(text, "2021-03-02", "russia-ukraine").proposals
    assert [(p.place, p.geo_precision) for p in proposals] == [("Donetsk airport", "near")]


def test_a_list_member_written_after_its_kind_is_still_in_the_list():
    # round 16: "A, B and the railway station C": the kind of the last member before its name, as in
    # "A, B and the village of C", keeps C in the list of places fire fell on
    _assert_places(
        "russia-ukraine",
        (
            "Ukrainian forces shelled the settlements of Kalinovo, Zholobok and the railway station Maryevka on Monday, "
            "the LPR militia said.",
            ["Kalinovo", "Zholobok", "Maryevka"],
        ),
    )


def test_a_list_goes_on_after_a_members_region():
    # round 16: "near A, B in X Region and C in Y Region": each member followed by where it lies, the
    # list goes on after the region (which is no member of it)
    _assert_places(
        "russia-ukraine",
        (
            "Separatists shelled Ukrainian positions near Krymske, Zolote in Luhansk Region and Pisky in Donetsk "
            "Region on Monday, the Ukrainian military said.",
            ["Krymske", "Zolote", "Pisky"],
        ),
    )
