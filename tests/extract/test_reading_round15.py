"""Round 15 of issue 16: rules read off the halves held out until round 14 (held11, held12,
held13, opened once their figures were written down), each with invented sentences (no article
text).
"""

from __future__ import annotations

from mapdata.extract import extract
from mapdata.profiles import default_catalog


def _read(text: str, published: str, profile_id: str, outlet: str = "Outlet"):
    return extract(text, published=published, outlet=outlet, profile=default_catalog().require(profile_id))


def _brief(result) -> list[tuple]:
    return [(str(p.date), p.place, p.claimant, p.reporting_side, p.accused_side) for p in result.proposals]


def test_a_bulletin_over_24_hours_said_today_tells_of_the_day_before():
    text = (
        "The posts of the Armenian army were fired upon 12 times over 24 hours, the Armenian defence ministry "
        "reports today.\n\nThe positions near the village of Chinari in the Tavush province came under fire."
    )
    result = _read(text, "2022-05-10", "armenia-azerbaijan")
    assert [(str(p.date), p.place) for p in result.proposals] == [("2022-05-09", "Chinari")], _brief(result)


def test_fire_for_over_24_hours_is_a_duration_not_the_past_day():
    text = "Azerbaijani troops fired at the village of Chinari for over 24 hours on Sunday, the Armenian ministry said."
    result = _read(text, "2022-05-10", "armenia-azerbaijan")
    assert [(str(p.date), p.place) for p in result.proposals] == [("2022-05-08", "Chinari")], _brief(result)


def test_the_last_23_hours_of_a_morning_statement_are_the_past_day():
    text = (
        "Ukrainian forces shelled the village of Kalinove three times over the last 23 hours, the "
        "LPR people's militia said on Monday."
    )
    result = _read(text, "2018-06-12", "russia-ukraine")
    assert [(str(p.date), p.place, p.reporting_side) for p in result.proposals] == [
        ("2018-06-10", "Kalinove", "Russia")
    ], _brief(result)


def test_a_days_total_in_a_bulletin_is_news_and_its_list_follows():
    text = (
        "Shelling in the LPR\n\n"
        "In total, the Kiev forces committed nine ceasefire violations over the past day, reported the "
        "defense department of the Lugansk People's Republic.\n\n"
        "The villages of Kalinove and Zolote underwent shelling."
    )
    result = _read(text, "2017-11-20", "russia-ukraine")
    assert sorted((str(p.date), p.place, p.reporting_side, p.accused_side) for p in result.proposals) == [
        ("2017-11-19", "Kalinove", "Russia", "Ukraine"),
        ("2017-11-19", "Zolote", "Russia", "Ukraine"),
    ], _brief(result)


def test_a_total_over_a_war_stays_background():
    text = (
        "In total, more than 300 people have been killed in shelling of the villages along the border, "
        "the ministry said on Monday."
    )
    assert _read(text, "2020-10-12", "armenia-azerbaijan").proposals == []


def test_a_partys_ministry_publishing_its_own_page_speaks_in_it():
    text = (
        "Starting from 22:00 on May 3 to 03:00 on May 4, the army positions were subjected to fire.\n\n"
        "Armenian armed forces units subjected to fire the positions stationed in the direction of the "
        "Zamanli settlement of the Gadabay region."
    )
    result = _read(text, "2023-05-04", "armenia-azerbaijan", outlet="Ministry of Defense of Azerbaijan (mod.gov.az)")
    assert [(p.place, p.reporting_side, p.accused_side) for p in result.proposals] == [
        ("Zamanli", "Azerbaijan", "Armenia")
    ], _brief(result)


def test_the_army_an_accusation_names_is_blamed_not_the_speaker():
    text = (
        "Border clashes resume\n\n"
        "Cambodia accused Thai military forces on Friday of shelling the village of Chouk Chey, "
        "according to state media."
    )
    result = _read(text, "2025-12-26", "thailand-cambodia")
    assert [(p.place, p.reporting_side, p.accused_side) for p in result.proposals] == [
        ("Chouk Chey", "Cambodia", "Thailand")
    ], _brief(result)


def test_a_body_right_after_said_opens_what_was_said():
    text = (
        "Border clashes resume\n\n"
        "Speaking in Phnom Penh, Lt Gen Sok Dara, spokesperson of the Ministry of National Defence, said Thai "
        "military operations began at dawn on Friday with heavy shelling of the village of Chouk Chey."
    )
    result = _read(text, "2025-12-26", "thailand-cambodia")
    assert [(p.place, p.reporting_side, p.accused_side) for p in result.proposals] == [
        ("Chouk Chey", "Cambodia", "Thailand")
    ], _brief(result)


def test_a_body_named_after_said_at_the_end_of_the_clause_still_speaks():
    text = (
        "Border clashes resume\n\nCambodian troops shelled the village of Ban Nong Chan on Friday, said the Thai army."
    )
    result = _read(text, "2025-12-26", "thailand-cambodia")
    assert [(p.place, p.reporting_side) for p in result.proposals] == [("Ban Nong Chan", "Thailand")], _brief(result)


def test_names_listed_on_lines_after_a_colon_are_the_places_it_announces():
    text = (
        "Rockets hit border provinces\n\n"
        "The Second Army Area said Cambodian troops began shelling eight fronts at 5.20am on Wednesday as follows:\n"
        "Buri Ram\n"
        "Surin\n"
        "Si Sa Ket\n\n"
        "Schools in the area were closed."
    )
    result = _read(text, "2025-12-10", "thailand-cambodia")
    assert sorted((str(p.date), p.place, p.reporting_side) for p in result.proposals) == [
        ("2025-12-10", "Buri Ram", "Thailand"),
        ("2025-12-10", "Si Sa Ket", "Thailand"),
        ("2025-12-10", "Surin", "Thailand"),
    ], _brief(result)


def test_a_colon_before_sentences_joins_nothing():
    from mapdata.extract.text import split_sentences

    sentences = split_sentences("The army said:\nTroops fired at the posts.\nNobody was hurt.")
    assert [s.text for s in sentences] == ["The army said:", "Troops fired at the posts.", "Nobody was hurt."]


def test_places_that_were_hit_are_incidents_without_a_weapon_named():
    text = (
        "Strikes north of the river\n\n"
        "The outskirts of Kfar Tebnit and Arnoun were hit on Monday, causing fires, Lebanon's National "
        "News Agency said."
    )
    result = _read(text, "2025-06-24", "israel-lebanon")
    assert sorted((str(p.date), p.place, p.reporting_side, p.accused_side) for p in result.proposals) == [
        ("2025-06-23", "Arnoun", "Lebanon", "Israel"),
        ("2025-06-23", "Kfar Tebnit", "Lebanon", "Israel"),
    ], _brief(result)


def test_a_person_hit_by_a_car_is_no_incident():
    text = "Road news\n\nA farmer was hit by a car near Kfar Tebnit on Monday, the police said."
    assert _read(text, "2025-06-24", "israel-lebanon").proposals == []


def test_a_weekday_in_brackets_names_the_day_of_last_night():
    text = (
        "Civilians hurt on the LoC\n\n"
        "Indian forces targeted civilians in the Nikial sector late last night (Friday), the ISPR said in a "
        "statement on Monday."
    )
    result = _read(text, "2020-07-06", "india-pakistan")
    assert [(str(p.date), p.place) for p in result.proposals] == [("2020-07-03", "Nikial")], _brief(result)


def test_fire_reported_on_two_days_is_one_claim_each_day():
    text = (
        "Border fire\n\n"
        "The Azerbaijani Defense Ministry reported on Friday and Saturday that its forces had come under fire "
        "from Armenia in the Kalbajar district."
    )
    result = _read(text, "2024-02-25", "armenia-azerbaijan")
    assert sorted((str(p.date), p.place, p.reporting_side) for p in result.proposals) == [
        ("2024-02-23", "Kalbajar", "Azerbaijan"),
        ("2024-02-24", "Kalbajar", "Azerbaijan"),
    ], _brief(result)


def test_a_day_it_was_said_beside_the_day_of_the_fire_stays_the_day_it_was_said():
    text = (
        "Border fire\n\n"
        "The ministry said on Friday and again on Saturday that Armenian forces fired at the Kalbajar "
        "district on Thursday."
    )
    result = _read(text, "2024-02-25", "armenia-azerbaijan")
    assert [(str(p.date), p.place) for p in result.proposals] == [("2024-02-22", "Kalbajar")], _brief(result)


def test_people_displaced_and_what_a_side_mainly_targets_are_background():
    text = (
        "Strike in the south\n\n"
        "More than 90,000 people have been displaced from southern Lebanon due to the fighting, according to the UN.\n\n"
        "Israel says it is targeting Hezbollah fighters, while the group says it is mainly targeting military "
        "positions in northern Israel."
    )
    assert _read(text, "2024-09-02", "israel-lebanon").proposals == []


def test_fire_over_the_weekend_has_no_day():
    text = (
        "Truce broken\n\n"
        "On Tuesday, Israeli artillery shelled the outskirts of Aita al-Shaab.\n\n"
        "Over the weekend, Israeli forces fired at a car near Kfarkila."
    )
    result = _read(text, "2023-11-29", "israel-lebanon")
    assert sorted((str(p.date), p.place) for p in result.proposals) == [
        ("2023-11-28", "Aita al-Shaab"),
        ("None", "Kfarkila"),
    ], _brief(result)


def test_a_lede_without_a_day_takes_the_day_its_voice_tells_later():
    text = (
        "Firing on the border\n\n"
        "Heavy firing by Pakistan Rangers has injured three troopers, a BSF officer told reporters, naming "
        "the Ramgarh and Arnia sectors.\n\n"
        "Our troops retaliated strongly to the firing, which started at 9 p.m. yesterday, the BSF officer said.\n\n"
        "The BSF officer said Pakistan Rangers fired on Monday night at posts in the Ramgarh, Arnia and "
        "Kanachak sectors."
    )
    result = _read(text, "2013-10-23", "india-pakistan")
    assert sorted({str(p.date) for p in result.proposals}) == ["2013-10-21"], _brief(result)


def test_a_side_responding_by_shelling_tells_its_own_fire_not_a_claim():
    text = (
        "Exchange of fire\n\n"
        "Hezbollah fired an anti-tank missile at an Israeli position near Shlomi on Wednesday, the Israeli "
        "military said. It responded by shelling the areas of Marwahin and Yarin in southern Lebanon."
    )
    result = _read(text, "2023-10-11", "israel-lebanon")
    assert [(p.place, p.reporting_side, p.accused_side) for p in result.proposals] == [
        ("Shlomi", "Israel", "Hezbollah")
    ], _brief(result)


def test_a_second_resident_sharing_a_name_is_not_the_first():
    text = (
        "Shelling in Uri\n\n"
        "Bashir Ahmad, a resident of Uri, said that Pakistani troops shelled the village of Silkote on Friday.\n\n"
        "Sadiq Ahmad Chechi, a resident of Batgra, said that Pakistani troops also shelled the village of Thajal."
    )
    result = _read(text, "2020-06-12", "india-pakistan")
    assert [p.claimant for p in result.proposals if p.place == "Thajal"] == ["resident (Sadiq Ahmad Chechi)"], _brief(
        result
    )


def test_a_long_subhead_naming_a_statement_does_not_voice_the_whole_text():
    text = (
        "Air force strikes after rocket attack\n\n"
        "UNIFIL in a statement says it is alarmed by the possible escalation following rocket fire on Israel; the "
        "prime minister and defense minister instruct the army to respond with force\n\n"
        "Rockets were fired at the border town of Metula early on Saturday morning."
    )
    result = _read(text, "2025-03-22", "israel-lebanon")
    assert [(p.place, p.reporting_side) for p in result.proposals] == [("Metula", "media")], _brief(result)


def test_a_statement_title_still_names_the_texts_speaker():
    text = (
        "Statement of the Ministry of Defense of Armenia\n\n"
        "On May 3, at 10:00, the Azerbaijani armed forces fired at the village of Sotk."
    )
    result = _read(text, "2023-05-03", "armenia-azerbaijan")
    assert [(p.place, p.reporting_side) for p in result.proposals] == [("Sotk", "Armenia")], _brief(result)


def test_the_occupied_land_named_before_the_verb_is_where_not_who():
    from mapdata.extract.attribution import find_accused
    from mapdata.extract.lexicon import lexicon_for

    lexicon = lexicon_for(default_catalog().require("russia-ukraine"))
    sentence = (
        "Militants backed by Russia in the occupied Ukrainian territories shelled a school in the "
        "village of Zolote on Thursday."
    )
    assert find_accused(sentence, lexicon) == "Russia"
    # an unqualified place stays as it was read before: "Terrorists operating in southern Lebanon fired"
    lebanon = lexicon_for(default_catalog().require("israel-lebanon"))
    assert find_accused("Terrorists operating in southern Lebanon fired a missile at Dovev.", lebanon) == "Lebanon"


def test_ukraines_state_news_agency_speaks_for_ukraine_but_an_outlet_of_that_name_does_not_voice_its_text():
    text = (
        "Shelling in Luhansk region\n\n"
        "Russian forces shelled the village of Zolote on Thursday, the National News Agency of Ukraine "
        "(Ukrinform) reported."
    )
    result = _read(text, "2022-02-17", "russia-ukraine")
    assert [(p.place, p.reporting_side) for p in result.proposals] == [("Zolote", "Ukraine")], _brief(result)
    plain = "Shelling\n\nShells hit the village of Zolote on Thursday."
    result = _read(plain, "2022-02-17", "russia-ukraine", outlet="Ukrinform (ukrinform.net)")
    assert [p.reporting_side for p in result.proposals] == ["media"], _brief(result)


def test_the_blamed_sides_losses_in_the_reply_are_not_the_claims_victims():
    text = (
        "Civilians killed on the LoC\n\n"
        "At least two civilians were killed on Wednesday when Indian troops resorted to unprovoked firing in "
        "the Rawalakot sector.\n\n"
        "Pakistan Army befittingly responded and killed at least three Indian soldiers, the ISPR said."
    )
    result = _read(text, "2017-10-04", "india-pakistan")
    assert [(p.place, p.killed) for p in result.proposals] == [("Rawalakot", 2)], _brief(result)


def test_a_total_over_the_past_weeks_is_background():
    text = (
        "Protest lodged\n\n"
        "During the past two weeks, Indian forces have targeted civilian areas in the Rawalakot sector, "
        "resulting in the deaths of 13 civilians."
    )
    assert _read(text, "2017-10-04", "india-pakistan").proposals == []


def test_firing_that_has_become_a_routine_is_a_habit_not_an_incident():
    text = (
        "Civilian injured\n\n"
        "Unprovoked firing by Indian forces has become a routine along the Line of Control and the Working Boundary."
    )
    assert _read(text, "2018-10-12", "india-pakistan").proposals == []


def test_a_loss_told_before_the_reply_is_read_as_a_loss_at_its_place():
    text = (
        "Fighting resumes\n\n"
        "The Thai military said on Wednesday that there had been clashes in Surin province, Thai media reported.\n\n"
        "One Thai soldier was injured in the Ban Nong Khan area of Surin province, the Thai army said, before "
        "Thai forces returned fire."
    )
    result = _read(text, "2025-12-24", "thailand-cambodia")
    told = [(p.place, p.reporting_side, p.wounded) for p in result.proposals if p.place == "Ban Nong Khan"]
    assert told == [("Ban Nong Khan", "Thailand", 1)], _brief(result)


def test_a_place_matched_only_far_outside_the_conflicts_area_is_left_to_the_reviewer():
    text = (
        "Civilians hurt on the LoC\n\n"
        "Indian troops fired on the village of Kakuta on Wednesday, injuring two civilians, the ISPR said."
    )
    result = _read(text, "2017-10-04", "india-pakistan")
    assert [(p.place, p.resolved, p.latitude) for p in result.proposals] == [("Kakuta", False, None)], _brief(result)
    # (spelt close to Kolkata, 1,500 km off: no guess at all since round 28, see test_reading_round28)
    assert not any("Kolkata" in w for w in result.warnings), result.warnings
    # a village whose exact namesake lies far off (Bagar, in Rajasthan) is left to the reviewer, with the reason
    text = (
        "Civilians hurt on the LoC\n\n"
        "Indian troops fired on the village of Bagar on Wednesday, injuring two civilians, the ISPR said."
    )
    result = _read(text, "2017-10-04", "india-pakistan")
    assert [(p.place, p.resolved, p.latitude) for p in result.proposals] == [("Bagar", False, None)], _brief(result)
    assert any("far outside the conflict's area" in w for w in result.warnings), result.warnings


def test_rajouri_is_the_town_in_jammu_and_kashmir():
    from mapdata.geo.gazetteer import Gazetteer

    place = Gazetteer.for_profile(default_catalog().require("india-pakistan")).geocode("Rajouri").place
    assert place is not None and 33.0 < place.latitude < 33.8 and 74.0 < place.longitude < 74.6


def test_a_unit_named_without_its_side_speaks_for_the_side_the_claim_does_not_blame():
    text = (
        "Soldier wounded in Donbas\n\n"
        "A serviceman was wounded by shrapnel on Wednesday evening in shelling by Russian-occupation forces near "
        "the village of Zolote, the Pivnich (North) task force said."
    )
    result = _read(text, "2021-06-17", "russia-ukraine")
    assert [(p.place, p.reporting_side, p.accused_side) for p in result.proposals] == [
        ("Zolote", "Ukraine", "Russia")
    ], _brief(result)


def test_the_army_named_first_without_its_side_speaks_for_the_side_hit():
    text = (
        "Soldier killed in eastern Ukraine\n\n"
        "One Ukrainian soldier was killed by enemy fire near the village of Zolote on Tuesday, the army said in a "
        "statement."
    )
    result = _read(text, "2020-02-18", "russia-ukraine")
    assert [(p.place, p.reporting_side) for p in result.proposals] == [("Zolote", "Ukraine")], _brief(result)
