"""Round 28: daily military briefings (sectors that frame villages, sums of the day's attacks, a
district named after its town) and sentences closing on "p.m.". Read off unseen27's held half,
opened for building this round; the tests are our own sentences."""

from __future__ import annotations

from reading_helpers import proposals

from mapdata.extract import extract
from mapdata.extract.text import read_document
from mapdata.profiles import default_catalog


def test_a_sentence_may_end_on_pm_when_the_next_one_opens_with_they():
    sentences = [s.text for s in read_document("Fire resumed after 9 p.m. They shelled the bridge.").sentences]
    assert sentences == ["Fire resumed after 9 p.m.", "They shelled the bridge."]
    # (a day or a name after "p.m." goes on with the sentence)
    sentences = [s.text for s in read_document("Fire resumed at 9 p.m. Monday near the bridge.").sentences]
    assert sentences == ["Fire resumed at 9 p.m. Monday near the bridge."]


def test_the_village_named_after_the_sector_in_a_later_sentence_is_the_place():
    text = (
        "The ATO press center said on Thursday that militants had attacked Ukrainian positions nine times. "
        "Militants opened fire in the Luhansk sector in the evening, after 8 p.m. They shelled Ukrainian "
        "positions in Stanytsia Luhanska with mortars."
    )
    places = [p.place for p in proposals(text, "2017-03-02", "russia-ukraine")]
    assert places == ["Stanytsia Luhanska"]


def test_a_sector_after_an_opening_adverb_frames_the_village_near_which_fire_fell():
    text = (
        "Militants fired at Ukrainian positions twice on Sunday, the ATO headquarters said. In particular, in "
        "the Donetsk sector, the enemy fired 82-mm mortars at positions near Verkhnotoretske."
    )
    places = [p.place for p in proposals(text, "2018-02-05", "russia-ukraine")]
    assert places == ["Verkhnotoretske"]


def test_a_sum_of_the_days_attacks_places_none_of_them():
    text = (
        "Russian proxies shelled Ukrainian positions in Popasna district with 122-mm artillery yesterday, the "
        "spokesman said. In total, seven attacks took place in the Luhansk sector yesterday."
    )
    (found,) = proposals(text, "2016-11-03", "russia-ukraine")
    assert (found.date, found.place) == ("2016-11-02", "Popasna")


def test_a_loss_far_from_the_district_told_before_is_another_incident():
    text = (
        "Russian proxies shelled Ukrainian positions in Popasna district yesterday, the spokesman said. "
        "One Ukrainian serviceman was wounded by mortar fire in the Donetsk sector yesterday."
    )
    found = {(p.place, p.wounded) for p in proposals(text, "2016-11-03", "russia-ukraine")}
    assert found == {("Popasna", None), ("Donetsk", 1)}
    # (a village of the district itself details the district's claim)
    text = (
        "Russian proxies shelled Ukrainian positions in Popasna district yesterday, the spokesman said. "
        "One Ukrainian serviceman was wounded by mortar fire near Zolote yesterday."
    )
    found = {(p.place, p.wounded) for p in proposals(text, "2016-11-03", "russia-ukraine")}
    assert found == {("Zolote", 1)}


def test_a_close_spelling_is_no_place_far_from_the_conflict():
    from mapdata.geo.gazetteer import Gazetteer

    gazetteer = Gazetteer.for_profile(default_catalog()["india-pakistan"])
    # ("Baghsar", on the Line of Control, is spelt close to Bagar in Rajasthan, 400 km off)
    assert not gazetteer.geocode("Baghsar").found
    # (a close spelling near the line is still found: "Verkhniotoretske" for Verkhnotoretske)
    found = Gazetteer.for_profile(default_catalog()["russia-ukraine"]).geocode("Verkhniotoretske")
    assert found.found and found.place is not None and found.place.name == "Verkhnotoretske"


def test_a_total_then_told_place_by_place_gives_each_place_its_own_figure():
    text = (
        "At least five civilians have been killed by Indian shelling, the Pakistani military said on "
        "Wednesday. Four people were killed in the Nakyal region, while a fifth died when a shell hit his "
        "house in the Baghsar area, the military said."
    )
    found = {(p.place, p.killed) for p in proposals(text, "2020-06-18", "india-pakistan")}
    assert found == {("Nakyal", 4), ("Baghsar", 1)}


def test_one_name_in_two_transliterations_is_one_place():
    # (two spellings the gazetteer knows neither of, "gh" written or not: one place, one claim)
    text = (
        "A woman was killed when a shell hit her home in the Ghulpur area on Tuesday, the Pakistani military "
        "said. \u201cIndian troops initiated unprovoked ceasefire violations in Gulpur Sector,\u201d the military said."
    )
    found = [(p.place, p.killed) for p in proposals(text, "2020-06-17", "india-pakistan")]
    assert found == [("Ghulpur", 1)]


def test_the_last_or_first_day_of_a_year_is_a_day():
    from mapdata.extract.dates import find_dates

    (final,) = find_dates("Shells fell on the final day of 2018.", None)
    assert str(final.date) == "2018-12-31"
    (last,) = find_dates("Shells fell on the village on the last day of 2018.", None)
    (first,) = find_dates("Fire resumed on the first day of the year 2020.", None)
    assert (str(last.date), last.precision, str(first.date)) == ("2018-12-31", "day", "2020-01-01")


def test_a_village_the_gazetteer_lacks_named_near_a_sector_is_where_fire_fell():
    text = (
        "Pakistani troops fired mortars at Gulpur sector in Poonch near Khari Karmara on Friday, killing two "
        "porters, officials said."
    )
    (found,) = proposals(text, "2020-01-10", "india-pakistan")
    assert (found.place, found.killed) == ("Khari Karmara", 2)


def test_the_war_elsewhere_told_as_the_setting_is_no_incident_here():
    text = (
        "Hezbollah fired missiles at an Israeli army post near Arab al-Aramshe, the Israeli army said. Hezbollah "
        "said the missiles were a response to the killing of three of its fighters on Monday. The exchange came "
        "as Israel bombed Gaza in retaliation for an attack by Hamas."
    )
    places = [p.place for p in proposals(text, "2023-10-10", "israel-lebanon")]
    assert places == ["Arab al-Aramshe"]
    # (a city abroad is that city, never a village of the same name the gazetteer lacks)
    assert [
        p.place
        for p in proposals("Israeli jets bombed Gaza on Monday, Hezbollah said.", "2023-10-10", "israel-lebanon")
    ] == [None]


def test_an_event_told_in_a_country_outside_the_conflict_is_no_claim():
    abroad = "A Hezbollah commander was killed in an Israeli strike in Syria on Monday, the group said."
    assert proposals(abroad, "2024-01-10", "israel-lebanon") == []
    # (the conflict's own land named too, or only the motive abroad, keeps the claim)
    both = "Israeli jets struck Hezbollah targets in Lebanon and Syria on Monday, the group said."
    found = [(p.place, p.accused_side) for p in proposals(both, "2024-01-10", "israel-lebanon")]
    assert found == [(None, "Israel")]
    # (a truce agreed abroad, or talks held there, say nothing of where fire fell)
    moscow = (
        "Azerbaijani forces shelled Armenian positions near Sotk despite the ceasefire agreed in Moscow, the "
        "Armenian defence ministry said."
    )
    assert [p.place for p in proposals(moscow, "2024-01-10", "armenia-azerbaijan")] == ["Sotk"]
    minsk = "Separatists shelled Ukrainian positions on Monday, as talks resumed in Minsk, the Ukrainian military said."
    assert len(proposals(minsk, "2024-01-10", "russia-ukraine")) == 1
    motive = (
        "Hezbollah missiles struck an Israeli convoy near Mount Dov on Wednesday, killing two soldiers in an "
        "apparent retaliation for an airstrike in Syria, the army said."
    )
    assert [(p.place, p.killed) for p in proposals(motive, "2015-01-29", "israel-lebanon")] == [("Mount Dov", 2)]


def test_an_officer_of_no_named_side_speaking_right_after_a_sides_military_is_of_it():
    text = (
        "Separatists shelled Ukrainian positions 30 times over the past day, according to the Ukrainian military. "
        "Maj Ivan Petrenko said the village of Pisky was hit by Grad rockets during the night."
    )
    found = [(p.place, p.reporting_side, p.accused_side) for p in proposals(text, "2015-02-20", "russia-ukraine")]
    assert found == [("Pisky", "Ukraine", "Russia")]


def test_an_arrest_for_helping_attacks_and_a_count_of_people_fled_are_no_fire():
    from mapdata.extract.events import classify
    from mapdata.extract.lexicon import lexicon_for

    thai = lexicon_for(default_catalog()["thailand-cambodia"])
    ukraine = lexicon_for(default_catalog()["russia-ukraine"])
    arrested = "Two villagers have been arrested for allegedly guiding Cambodian rocket attacks on Thai positions."
    assert classify(arrested, thai).background
    fled = "Some 4,000 people have been killed and hundreds of thousands have fled the fighting in the Donbas."
    assert classify(fled, ukraine).background
    # (people detained by the other side's soldiers who fired at them, a town's families fleeing rockets: news)
    detained = "Two Thai farmers were detained by Cambodian soldiers who fired at them near Ta Kwai temple on Friday."
    assert classify(detained, thai).event and not classify(detained, thai).background
    lebanon = lexicon_for(default_catalog()["israel-lebanon"])
    families = "Dozens of families have fled Kiryat Shmona after Hezbollah rockets hit the town on Tuesday."
    assert classify(families, lebanon).event and not classify(families, lebanon).background


def test_hizb_allah_is_hezbollah_and_a_year_in_a_clause_about_the_place_is_its_history():
    text = (
        "Hizb Allah fighters fired rockets at an Israeli post near Ghajar, where residents took Israeli "
        "nationality after Israel captured the Golan Heights in 1967, the Israeli army said."
    )
    undated = extract(text, profile=default_catalog()["israel-lebanon"]).proposals  # read with no publication date
    found = [(p.date, p.place, p.accused_side) for p in undated]
    assert found == [(None, "Ghajar", "Hezbollah")]
    # (a clause telling when the event itself took place keeps its time)
    from mapdata.extract.dates import find_dates, pick_date

    own = "Hezbollah fired rockets at an Israeli post near Metula, which took place in August 2019, the army said."
    chosen = pick_date(find_dates(own, None), own)
    assert chosen is not None and str(chosen.date) == "2019-08-01"
    # (a spelling of the party's name is the party, never a place of that name)
    strike = "Israeli warplanes attacked Hizb Allah targets in south Lebanon on Monday, Lebanese police said."
    assert [p.place for p in proposals(strike, "2024-01-10", "israel-lebanon")] == [None]
    said = "Hizb Allah said Israeli shells hit the village of Kfar Kila on Monday."
    assert [p.reporting_side for p in proposals(said, "2024-01-10", "israel-lebanon")] == ["Hezbollah"]


def test_each_side_telling_its_own_losses_in_one_sentence_makes_a_claim_each():
    text = (
        "Cambodia said two of its soldiers were killed when fighting broke out on Friday, while Thailand said "
        "a villager on its side of the border also died."
    )
    found = {
        (p.date, p.reporting_side, p.accused_side, p.killed) for p in proposals(text, "2011-02-06", "thailand-cambodia")
    }
    assert found == {("2011-02-04", "Cambodia", "Thailand", 2), ("2011-02-04", "Thailand", "Cambodia", 1)}


def test_shellfire_hitting_a_village_is_fire():
    from mapdata.extract.events import classify
    from mapdata.extract.lexicon import lexicon_for

    lebanon = lexicon_for(default_catalog()["israel-lebanon"])
    assert classify("Peacekeepers detected shellfire from Israel hitting Kfar Shouba.", lebanon).event


def test_a_count_opening_a_sentence_is_no_place():
    text = (
        "Pakistan Rangers fired mortars at border outposts in Arnia on Saturday, officials said. "
        '"Thirteen villages were also targeted, killing two civilians," they said.'
    )
    found = [(p.place, p.killed) for p in proposals(text, "2014-08-24", "india-pakistan")]
    assert found == [("Arnia", 2)]


def test_a_landmine_a_side_planted_is_its_attack_and_it_took_place_near_the_temple():
    text = (
        "The Thai army said a sergeant on patrol on Tuesday stepped on a landmine newly planted by the Cambodian "
        "side, wounding him. It took place about 1km from Ta Muen Thom temple."
    )
    found = [(p.date, p.place, p.accused_side) for p in proposals(text, "2025-08-13", "thailand-cambodia")]
    assert found == [("2025-08-12", "Ta Muen Thom", "Cambodia")]
    # (a mine left from a past war, stepped on, is no side's attack)
    from mapdata.extract.events import classify
    from mapdata.extract.lexicon import lexicon_for

    thai = lexicon_for(default_catalog()["thailand-cambodia"])
    assert not classify("A farmer was killed by a landmine laid by the Khmer Rouge in the 1980s.", thai).event
    assert not classify("Both sides pledged to stop laying mines along the border.", thai).event


def test_losses_in_another_area_are_not_at_the_place_told_before():
    text = (
        "Cambodian troops fired rockets at Thai positions near Ta Muen Thom temple on Tuesday, the Thai army said. "
        "In another disputed area on Saturday, three Thai soldiers were wounded, the army said."
    )
    found = {(p.date, p.place, p.wounded) for p in proposals(text, "2025-08-13", "thailand-cambodia")}
    assert found == {("2025-08-12", "Ta Muen Thom", None), ("2025-08-09", None, 3)}


def test_a_victim_described_at_length_before_the_verb_is_counted():
    from mapdata.extract.casualties import find_casualties

    text = (
        "A 20-year-old soldier serving with the army units of the self-declared republic in the north was killed "
        "on Monday evening."
    )
    assert find_casualties(text).killed == 1
    # (the count stops at a second clause: "two soldiers ... and another" stay apart)
    assert find_casualties("Two soldiers were wounded and another was killed by sniper fire.").killed == 1
