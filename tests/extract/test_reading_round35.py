"""Round 35: rules read off held40 (unseen40's half nobody had read until its first-run figure was
written), then off build41 (unseen41's build half, after its first-run figure), each tested with
sentences of our own; each test but the guards fails on 74f1389 (the round's start)."""

from __future__ import annotations

import datetime as dt

from reading_helpers import proposals

from mapdata.extract import extract
from mapdata.extract.attribution import SpeakerTracker, find_attribution, tells_own_fire
from mapdata.extract.dates import find_dates
from mapdata.extract.denials import find_denial
from mapdata.extract.events import classify
from mapdata.extract.lexicon import lexicon_for
from mapdata.extract.text import split_sentences
from mapdata.profiles import default_catalog


def read(text: str, published: str, conflict: str) -> list[tuple[str | None, str | None, str | None, str]]:
    return [(p.date, p.place, p.claimant, p.reporting_side) for p in proposals(text, published, conflict)]


def test_a_claim_to_land_is_no_statement_and_the_closing_voice_speaks():
    text = (
        "On Monday evening Russian rockets struck Sloviansk, a city in the Donetsk region that Moscow claims as its "
        "own, the city's mayor said."
    )
    [(date, place, claimant, side)] = read(text, "2023-02-07", "russia-ukraine")
    assert (date, place, side) == ("2023-02-06", "Sloviansk", "Ukraine")
    assert "mayor" in (claimant or "").lower()
    # the text itself is kept as written: only the reading changes
    [sentence] = split_sentences(text)
    assert sentence.text == text and len(sentence.norm) == len(text) and "claims as" not in sentence.norm


def test_guard_a_claim_still_speaks():
    text = "Moscow claims Ukrainian drones struck Belgorod on Monday."
    [(_, place, _, side)] = read(text, "2023-02-07", "russia-ukraine")
    assert (place, side) == ("Belgorod", "Russia")


def test_an_outlets_correspondent_posted_in_a_country_is_the_outlet():
    text = (
        "Israeli artillery shelled the outskirts of Kfar Kila on Tuesday, the Daily Tribune's correspondent in "
        "southern Lebanon reported. The town of Odaisseh was also targeted."
    )
    found = read(text, "2024-12-03", "israel-lebanon")
    assert [(p, s) for _, p, _, s in found] == [("Kfar Kila", "media"), ("Odaisseh", "media")]


def test_words_an_editor_put_into_a_quotation_are_read():
    text = (
        'The ISPR said Indian troops "targeted [the] civilian population in [the] village [of] Dhamala, Nikial '
        'sector overnight", killing one woman.'
    )
    found = proposals(text, "2018-02-10", "india-pakistan")
    assert [p.place for p in found] == ["Dhamala"]
    assert found[0].killed == 1


def test_a_village_its_sector_and_district_joined_by_commas_is_one_address():
    text = "Pakistani troops fired mortars at the village of Dhamala, Nikial, Kotli sector on Friday, the army said."
    assert [p.place for p in proposals(text, "2018-02-10", "india-pakistan")] == ["Dhamala"]


def test_guard_a_list_closed_by_and_stays_a_list():
    text = "Pakistani troops fired mortars at the villages of Dhamala, Nikial and Kotli on Friday, the army said."
    assert [p.place for p in proposals(text, "2018-02-10", "india-pakistan")] == ["Dhamala", "Nikial", "Kotli"]


def test_named_victims_and_their_home_village_are_no_places():
    text = (
        "A doctor at the hospital in Uri said that four civilians were injured due to shelling from across the LoC "
        "on Saturday. Two among the four injured were identified as Ali Khan (30) and Rashid Mir, both residents of "
        "Salotri village."
    )
    places = [p.place for p in proposals(text, "2020-06-20", "india-pakistan")]
    assert places and "Ali" not in places and "Salotri" not in places


def test_a_short_while_ago_is_the_day_of_the_report():
    text = '"A short while ago, mortar shells launched from Lebanon fell in open areas near Metula," the IDF said.'
    assert [(p.date, p.place) for p in proposals(text, "2023-11-02", "israel-lebanon")] == [("2023-11-02", "Metula")]


def test_a_motive_told_as_a_response_is_no_incident_of_its_own():
    text = "Hezbollah fired rockets at Kiryat Shmona on Tuesday as a response to an Israeli strike on Aitaroun, the IDF said."
    assert [p.place for p in proposals(text, "2023-11-02", "israel-lebanon")] == ["Kiryat Shmona"]


def test_that_day_is_the_day_just_told():
    text = (
        "Armenia's defense ministry said Azerbaijani forces shelled Sotk on September 12. The ministry also reported "
        "on Tuesday that on that same day Azerbaijani troops fired at positions near Jermuk."
    )
    found = [(p.date, p.place) for p in proposals(text, "2022-09-20", "armenia-azerbaijan")]
    assert found == [("2022-09-12", "Sotk"), ("2022-09-12", "Jermuk")]
    # told as history ("since a clash on May 28. That day, ..."): never the report's day
    text = (
        "Ties between the two countries have worsened since a border clash on May 28. That day, Thai soldiers "
        "opened fire on a Cambodian post near Chong Bok, killing one soldier."
    )
    assert all(p.date == "2025-05-28" for p in proposals(text, "2025-07-24", "thailand-cambodia"))


def test_agreements_and_suspensions_of_strikes_are_no_incidents():
    for text in (
        "Kyiv accepted the agreements reached in Jeddah on March 11 to stop attacks on energy facilities.",
        "The suspension of strikes on energy infrastructure was agreed after a phone call last week.",
    ):
        assert proposals(text, "2025-03-26", "russia-ukraine") == [], text


def test_a_second_event_after_as_well_as_is_read_at_its_own_place():
    text = (
        "The Russian Defense Ministry said Ukrainian forces made three attempts to break through the border in the "
        "Belgorod region, as well as attacks in the area of Toretsk, on Thursday."
    )
    assert sorted(p.place for p in proposals(text, "2025-05-08", "russia-ukraine")) == ["Belgorod", "Toretsk"]


def test_a_wars_course_summed_up_is_no_incident():
    text = (
        "Russian shells hit Kramatorsk on Friday morning, the mayor said. The Kremlin had ordered the truce to begin "
        "at noon, without saying in which time zone. Ukraine has pushed Russia back from some areas, and Russia has "
        "unleashed waves of missile strikes on power plants."
    )
    [found] = proposals(text, "2023-01-06", "russia-ukraine")
    assert (found.place, found.reporting_side, found.weapons) == ("Kramatorsk", "Ukraine", [])


# Rules read off build41 (unseen41's build half), after the half's first-run figure was written.


def test_unknown_villages_listed_with_their_districts_are_each_a_place():
    text = (
        "According to the ministry, Armenian units stationed in the Vardenis region and in the Chambarak area "
        "opened fire on Azerbaijani positions in Zeyva, the Kalbajar district, Karkhun and Ashaghy Ayrim in the "
        "Dashkasan district, and Khoshbulag in the Gadabay district on Sunday."
    )
    assert [p.place for p in proposals(text, "2023-03-06", "armenia-azerbaijan")] == [
        "Zeyva",
        "Karkhun",
        "Ashaghy Ayrim",
        "Khoshbulag",
    ]


def test_two_days_of_one_spell_of_fire_are_told_as_of_the_second():
    text = "Azerbaijan's Defense Ministry said its positions near Zeyva came under fire on March 5 and 6."
    assert [p.date for p in proposals(text, "2023-03-07", "armenia-azerbaijan")] == ["2023-03-06"]
    text = (
        '"From 16:00 (15:00 Moscow time) on March 5 and to 02:30 (01:30 Moscow time) on March 6, our positions '
        'near Zeyva were fired on 12 times," the Azerbaijani Defense Ministry said.'
    )
    assert [p.date for p in proposals(text, "2023-03-07", "armenia-azerbaijan")] == ["2023-03-06"]


def test_the_voice_closing_a_denial_is_the_denier():
    tracker = SpeakerTracker(lexicon=lexicon_for(default_catalog()["armenia-azerbaijan"]))
    find_attribution("According to the Azerbaijani Defense Ministry, its units took retaliatory measures.", tracker)
    denial = find_denial(
        "\"The statement issued by Azerbaijan's Defense Ministry that on Sunday Armenian forces opened fire on Azerbaijani "
        'positions on the Armenian-Azerbaijani border is disinformation," the press service of the Armenian Defense '
        "Ministry said on Monday.",
        tracker,
    )
    assert denial is not None and (denial.denier_side, denial.denied_side) == ("Armenia", "Azerbaijan")


def test_a_list_of_areas_whose_members_have_their_article_is_read_whole():
    text = (
        "Israeli artillery shelled the areas of Wadi Hamoul, the Hasbani River, Tallet Hamra and the Khiam Plain "
        "on Thursday, the NNA reported."
    )
    assert [p.place for p in proposals(text, "2024-04-18", "israel-lebanon")] == [
        "Wadi Hamoul",
        "Hasbani River",
        "Tallet Hamra",
        "Khiam Plain",
    ]


def test_the_one_a_vehicle_held_is_one_casualty():
    text = "An Israeli drone struck a motorcycle near Yater on Thursday, killing the rider, the NNA said."
    assert [(p.killed, p.wounded) for p in proposals(text, "2025-09-11", "israel-lebanon")] == [(1, None)]
    text = "An Israeli drone struck a car near Yater on Thursday, wounding its driver, the NNA said."
    assert [(p.killed, p.wounded) for p in proposals(text, "2025-09-11", "israel-lebanon")] == [(None, 1)]


def test_a_strike_between_two_villages_the_gazetteer_lacks_is_at_the_first():
    text = (
        "Local television reported that an Israeli strike on Thursday occurred between Deir Amesh and Kfar Dounine, "
        "amid Israeli flights over Tyre."
    )
    assert [p.place for p in proposals(text, "2025-09-11", "israel-lebanon")] == ["Deir Amesh"]


def test_silence_about_an_attack_is_no_claim_and_sirens_mark_no_place():
    text = (
        "An Israeli drone strike hit a motorcycle near Yater on Thursday, according to local media. "
        "The Israeli army has not yet claimed responsibility for the attacks."
    )
    assert [p.place for p in proposals(text, "2025-09-11", "israel-lebanon")] == ["Yater"]
    text = (
        "Two rockets fired from Lebanon on Wednesday struck northern Israel. The rockets sent residents into "
        "shelters as air raid sirens blared in Metula, Shlomi and Kiryat Shmona."
    )
    assert [p.place for p in proposals(text, "2021-08-05", "israel-lebanon")] == [None]


def test_its_own_quoted_fire_is_told_as_its_own():
    assert tells_own_fire('The IDF said that its "fighter jets struck the launch sites in Lebanon."')


def test_recently_is_no_day_and_tallies_over_months_are_no_incidents():
    text = "Recently, the Indian Army destroyed Pakistani posts opposite the Keran sector."
    assert [p.date for p in proposals(text, "2020-03-09", "india-pakistan")] == [None]
    for text in (
        "The minister told parliament that Pakistan violated the ceasefire 512 times during the first two months of 2020.",
        "Three civilians were killed as Pakistan targeted dozens of villages in over 100 incidents of ceasefire "
        "violations in Poonch and Rajouri.",
        "According to army sources, the strike was launched in response to frequent ceasefire violations by Pakistan.",
    ):
        assert proposals(text, "2020-03-09", "india-pakistan") == [], text


def test_a_day_cut_off_as_a_sentence_is_the_next_sentences_day():
    text = (
        "Pakistan violated the ceasefire in the Krishna Ghati sector on Monday, the army said. It is the second violation in "
        "two days. On Sunday. Pakistani troops fired mortars in the Balakote sector of Poonch."
    )
    assert [(p.date, p.place) for p in proposals(text, "2020-03-09", "india-pakistan")] == [
        ("2020-03-09", "Krishna Ghati"),
        ("2020-03-08", "Balakote"),
    ]


def test_what_fire_led_to_and_a_foiled_crossing_are_no_incidents():
    for sentence in (
        "In view of border shelling, the administration has ordered the closure of schools within 5 km of the border.",
        "The shelling came two days after BSF troops in the Samba district foiled an infiltration bid from across the border.",
    ):
        assert classify(sentence).background, sentence


def test_the_same_night_is_the_night_just_told():
    [same] = find_dates(
        "The same night, Pakistani troops fired mortars at Nowshera.", dt.date(2018, 2, 4), dt.date(2018, 2, 1)
    )
    assert (same.kind, same.date) == ("same", dt.date(2018, 2, 1))


def test_a_lede_with_no_day_gives_way_to_the_statement_it_sums_up():
    text = (
        "Russia's hybrid forces mounted six attacks on Ukrainian army positions in Donbas, with one Ukrainian soldier "
        "reported as wounded, one civilian was killed, the press center of the Joint Forces Operation (JFO) has "
        'reported.\n\n"On December 18, the armed forces of the Russian Federation violated the ceasefire six times. '
        "One Ukrainian soldier was reported as wounded. Moreover, one civilian was killed when Russia-led formations "
        'opened fire in Avdiivka," the JFO staff said in its update on Thursday.'
    )
    assert [(p.date, p.place) for p in proposals(text, "2019-12-19", "russia-ukraine")] == [("2019-12-18", "Avdiivka")]


def test_a_military_speaking_with_the_day_between_and_what_may_be_is_no_fire():
    text = "The Kiev military yesterday said the enemy was shelling Avdiivka."
    assert [p.reporting_side for p in proposals(text, "2015-02-16", "russia-ukraine")] == ["Ukraine"]
    text = '"Of course we can open fire on Avdiivka," a rebel commander told reporters on Sunday.'
    assert proposals(text, "2015-02-16", "russia-ukraine") == []
    text = "Avdiivka has been the focus of fierce fighting for weeks, the army said."
    assert proposals(text, "2015-02-16", "russia-ukraine") == []


def test_a_ministry_detailing_the_attacks_places_them():
    text = (
        "Russia's Defence Ministry said on Wednesday that Ukraine had launched two attacks on energy sites within "
        "the past 24 hours. These acts reportedly broke a moratorium on energy strikes. The Ministry detailed "
        "Ukraine's drone strikes on facilities in Russia's Belgorod region."
    )
    assert [(p.date, p.place) for p in proposals(text, "2025-04-02", "russia-ukraine")] == [("2025-04-01", "Belgorod")]


def test_a_village_head_speaks_for_the_side_holding_the_village():
    text = (
        "In a conversation with reporters the Head of the Berdavan Community, Artak X, stated that they heard "
        "shooting on February 21, which damaged roofs of houses."
    )
    [(date, place, _, side)] = read(text, "2013-02-22", "armenia-azerbaijan")
    assert (date, place, side) == ("2013-02-21", "Berdavan", "Armenia")


def test_a_posted_commander_speaks_and_an_agency_closing_a_line_marks_a_caption():
    text = (
        "Thai troops shelled Cambodian positions near Preah Vihear temple on Monday, a commander based near the "
        "temple said."
    )
    assert [p.reporting_side for p in proposals(text, "2011-02-08", "thailand-cambodia")] == ["Cambodia"]
    [caption] = split_sentences(
        "Villagers flee the border near the temple on Feb. 5, 2011. Tensions remained high. (Xinhua)"
    )
    assert caption.caption


# Rules read off held41 (unseen41's other half), after its first-run figure (0.43 / 0.39) was written.


def test_an_official_representative_named_after_his_office_speaks_for_its_side():
    text = (
        "Kiev military launched almost 300 mortar shells on the territory of the Lugansk People's Republic (LPR), "
        "the LPR Defense Establishment Official Representative, Lieutenant-colonel Ivan X reported on Monday. "
        "Besides, X reminded that over the past 24 hours Ukrainian military had violated the ceasefire regime ten "
        'times. "Ukrainian punishers shelled our units\' positions in the vicinities of the localities of Logvinovo, Kalinovo and Sokolniki," '
        "underlined the Lieutenant-colonel."
    )
    assert [(p.date, p.place, p.reporting_side) for p in proposals(text, "2017-02-27", "russia-ukraine")] == [
        ("2017-02-26", "Logvinovo", "Russia"),
        ("2017-02-26", "Kalinovo", "Russia"),
        ("2017-02-26", "Sokolniki", "Russia"),
    ]


def test_a_sides_command_speaks():
    text = "The Ukrainian army shelled Gorlovka overnight, the DPR command said."
    assert [p.reporting_side for p in proposals(text, "2016-06-13", "russia-ukraine")] == ["Russia"]


def test_places_where_fighting_took_place_and_a_spot_named_after_its_village():
    text = (
        "Fighting took place at Veal Srae, a patch of land near Preah Vihear temple, and at the Wat Chan pagoda on "
        "Wednesday, the Cambodian ministry said."
    )
    assert "Veal Srae" in [p.place for p in proposals(text, "2008-10-15", "thailand-cambodia")]
    text = (
        "Two persons were injured at a Saujiyan bus stand on Friday after a Pakistani shell exploded, officials said."
    )
    assert [p.place for p in proposals(text, "2020-11-13", "india-pakistan")] == ["Saujiyan"]


def test_a_title_case_dateline_gives_the_filing_day_not_the_fires():
    text = (
        "Beirut, Oct 10: Israeli artillery on Monday targeted the outskirts of Aitaroun in south Lebanon, a local "
        "TV channel reported."
    )
    assert [p.date for p in proposals(text, "2023-10-11", "israel-lebanon")] == ["2023-10-09"]


def test_weapons_applied_and_a_night_told_by_its_two_days():
    text = (
        "Overnight December 26-27, the adversary violated the ceasefire more than 50 times. As the NKR Defense "
        "Ministry reports, Azerbaijani forces also applied 82mm mortars in the eastern direction (Martakert)."
    )
    assert [(p.date, p.place) for p in proposals(text, "2016-12-27", "armenia-azerbaijan")] == [
        ("2016-12-27", "Martakert")
    ]


def test_a_partys_claim_of_its_own_strike_and_a_tweet_of_the_others_fire():
    text = (
        "Hezbollah claimed that its strike destroyed an Israeli military vehicle near Avivim on Sunday. "
        '"Hezbollah fired anti-tank missiles from Lebanon at an IDF post near Avivim," the IDF tweeted. '
        '"No Israelis were injured."'
    )
    found = proposals(text, "2019-09-01", "israel-lebanon")
    # (round 37: "No Israelis were injured" is a count of none, 0, as unseen41's label of this report has it)
    assert [(p.reporting_side, p.wounded) for p in found] == [("Israel", 0)]


def test_earlier_losses_and_a_habit_in_the_past_perfect_are_not_this_claims():
    text = (
        "An Azerbaijani soldier was killed in the direction of Tovuz on Monday, the Azerbaijani ministry said. "
        "According to Baku, 11 Azerbaijani soldiers were previously killed in the clashes on the border."
    )
    assert [p.killed for p in proposals(text, "2020-09-21", "armenia-azerbaijan")] == [1]
    text = (
        "Indian troops targeted civilians in the Nezapir sector on Sunday, the ISPR said. The spokesperson said "
        "Indian forces along the Working Boundary had been continuously targeting civilian areas with artillery."
    )
    assert [p.place for p in proposals(text, "2020-09-13", "india-pakistan")] == ["Nezapir"]


def test_a_village_administrator_speaks_for_the_side_holding_the_village():
    text = (
        "The administrator of Berdavan village Artak X said shots were fired at houses of the village on "
        "Friday evening."
    )
    assert [p.reporting_side for p in proposals(text, "2014-06-28", "armenia-azerbaijan")] == ["Armenia"]


def test_a_bulleted_place_places_the_lines_under_it():
    text = (
        "The First Army on Thursday (December 11) issued an update reporting continued clashes in Sa Kaeo province, "
        "with key developments as follows:\n\n"
        "  • Ban Nong Ri, Ta Phraya district:\n"
        "    Thai forces hold the area, while Cambodian troops continue to bombard Thai positions with rockets.\n"
        "  • Ban Khok Sung, Khok Sung district:\n"
        "    Cambodian forces are still targeting Thai troops with artillery and mortars.\n"
    )
    places = [p.place for p in proposals(text, "2025-12-12", "thailand-cambodia")]
    assert places == ["Ban Nong Ri", "Ban Khok Sung"]


def test_losses_counted_since_a_day_are_a_tally():
    assert classify(
        "The First Army reports two Thai soldiers killed and 34 wounded in Sa Kaeo since December 8."
    ).background


# Rules read off build42 (unseen42's build half), after its first-run figure (0.67 / 0.54) was written.


def test_positions_shot_at_are_fired_on():
    text = (
        "The Azerbaijani army positions located on nameless heights of the Gadabay district were shot at from the "
        "Armenian positions in the Krasnoselsk district of Armenia over the past 24 hours, the ministry said."
    )
    assert [p.place for p in proposals(text, "2017-04-07", "armenia-azerbaijan")] == ["Gadabay"]


def test_settlements_of_regions_named_after_from_are_where_fire_came_from():
    text = (
        "On August 12, the Armenian armed forces shelled Gadabay region's Zamanli settlement from Chambarak region's "
        "Artsvashen and Ttudzhur settlements and Basarkechar region's Shorzha settlement, the Azerbaijani "
        "ministry said."
    )
    assert [p.place for p in proposals(text, "2021-08-12", "armenia-azerbaijan")] == ["Zamanli"]
    text = (
        "On August 11, Armenian units fired at Azerbaijani positions in the direction of Heydarabad settlement of "
        "the Sadarak region from Vedi region's Yeraskh settlement and Chambarak region, the ministry said."
    )
    assert [p.place for p in proposals(text, "2021-08-12", "armenia-azerbaijan")] == ["Heydarabad"]


def test_a_precaution_and_a_terror_attack_named_by_its_place_are_no_incidents():
    text = (
        "Fighting erupted near Phu Pha Mok on Sunday. Petrol stations in Kantharalak switched off their lights to "
        "avoid being targeted by Cambodian troops."
    )
    assert "Kantharalak" not in [p.place for p in proposals(text, "2011-02-07", "thailand-cambodia")]
    text = (
        "Pakistan shelled the Nowshera sector on Saturday. Tension has mounted following the Pulwama terror attack "
        "and increasing ceasefire violations."
    )
    assert "Pulwama" not in [p.place for p in proposals(text, "2019-02-23", "india-pakistan")]


# Rules read off held42 (unseen42's other half), after its first-run figure (0.54 / 0.55) was written.


def test_a_saved_pages_date_stamp_is_a_line_of_its_own():
    text = (
        "date 2025-05-09 The Pakistani Army on Thursday night resorted to heavy firing across the Line of Control "
        "in the Uri and Karnah sectors of Jammu and Kashmir, officials said."
    )
    found = extract(text, profile=default_catalog()["india-pakistan"]).proposals
    assert [(p.date, p.place) for p in found] == [("2025-05-08", "Uri"), ("2025-05-08", "Karnah")]


def test_violations_by_a_sides_forces_told_by_a_foreign_office():
    text = (
        'The Foreign Office said the director general summoned the Indian envoy to "condemn the unprovoked ceasefire '
        'violations on November 8 by the Indian forces on the Line of Control in Khuirata and Battal sectors". The '
        "FO said the violation by India resulted in the death of four civilians."
    )
    found = proposals(text, "2016-11-09", "india-pakistan")
    # (the places; whose voice the quoted condemnation is, the reader does not yet tell: an open miss)
    assert {p.place for p in found} >= {"Khuirata", "Battal"}


def test_a_date_stamp_before_a_lede_leaves_the_ledes_own_day():
    text = (
        "date 2020-09-16 Pakistani troops fired with small arms and shelled mortars along the Line of Control in "
        "Jammu and Kashmir's Rajouri district on Tuesday, killing an Indian soldier and wounding two, PTI reported."
    )
    assert [(p.date, p.place) for p in proposals(text, "2020-09-16", "india-pakistan")] == [("2020-09-15", "Rajouri")]


def test_guard_a_protest_over_violations_by_a_force_naming_no_place_is_no_fire():
    # (found on unseen43 after its first run: cf8b7e3 read it as fire and lost the next sentence's place)
    sentence = (
        "The Indian Deputy High Commissioner was summoned to lodge a strong protest over the ceasefire violations by "
        "the Indian occupation forces."
    )
    assert not classify(sentence).event
