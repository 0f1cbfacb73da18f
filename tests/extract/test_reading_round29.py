"""Round 29: read off unseen30's build half, opened for building this round; the tests are our own
sentences. Each test fails on dad7605 (the round's start); the sentences after "(...)" comments are the
guards a review of the round found broken and that now hold (fire and losses beside the new rules)."""

from __future__ import annotations

import datetime as dt

from reading_helpers import proposals

from mapdata.extract.attribution import Attribution
from mapdata.extract.events import classify
from mapdata.extract.lexicon import lexicon_for
from mapdata.extract.pipeline import _drop_bare_retellings, _fold_into_placed_claim
from mapdata.extract.places import PlaceMention
from mapdata.extract.reader import Claim
from mapdata.profiles import default_catalog

LEBANON = lexicon_for(default_catalog()["israel-lebanon"])
UKRAINE = lexicon_for(default_catalog()["russia-ukraine"])


def test_the_place_a_sentence_opens_on_before_an_official_speaks_is_where_the_official_sits():
    text = (
        "Thai troops fired rockets at Cambodian soldiers near Preah Vihear on Friday. In Phnom Penh, the Cambodian "
        "defence minister said two Cambodian soldiers were killed in the fighting."
    )
    found = {(p.place, p.reporting_side, p.killed) for p in proposals(text, "2010-05-07", "thailand-cambodia")}
    assert found == {("Preah Vihear", "Cambodia", 2)}
    # (a place that opens a sentence of fire is where the fire fell; so is the place a local office speaks of)
    text = "In Poipet, Thai troops fired rockets at Cambodian positions on Friday, the ministry said."
    assert [p.place for p in proposals(text, "2010-05-07", "thailand-cambodia")] == ["Poipet"]
    text = "In Kharkiv, local authorities said two people were killed by Russian shelling on Thursday."
    assert [(p.place, p.killed) for p in proposals(text, "2024-05-10", "russia-ukraine")] == [("Kharkiv", 2)]


def test_the_day_in_a_clause_describing_the_place_of_the_incident_does_not_date_it():
    text = (
        "Lebanese soldiers fired at an Israeli patrol on the border, Israeli army radio said. The incident took "
        "place near the Israeli village of Avivim, where the army said it had found two bombs on Monday."
    )
    (found,) = proposals(text, "2009-03-12", "israel-lebanon")
    assert (found.place, found.date) == ("Avivim", None)  # (the report gives the incident no day)


def test_the_day_a_pause_was_declared_is_not_the_day_of_the_attack_it_broke():
    text = (
        "A Ukrainian spokesman said separatists attacked an army convoy near Shakhtarsk on Friday morning. He said "
        'the attack came before the end of the "day of quiet" declared on Thursday.'
    )
    dates = {p.date for p in proposals(text, "2015-08-08", "russia-ukraine")}
    assert dates == {"2015-08-07"}


def test_a_spokesman_of_a_sides_security_service_speaks_for_that_side_not_for_a_body_named_after():
    text = (
        "Ukraine security spokesman Ivan Petrenko said rebels shelled army positions near Shakhtarsk on Friday, "
        "days before a visit by UN Secretary General Ban Ki-moon."
    )
    (found,) = proposals(text, "2015-08-08", "russia-ukraine")
    assert (found.reporting_side, found.accused_side) == ("Ukraine", "Russia")


def test_a_deal_to_pause_attacks_is_no_attack():
    text = (
        "The accusations came a day after Washington announced a deal with Kyiv and Moscow to pause attacks on "
        "energy sites."
    )
    assert proposals(text, "2025-04-02", "russia-ukraine") == []
    # (the sentence's own fire stays)
    text = "Russian drones struck a power plant in Odesa overnight despite a deal to pause attacks on energy sites."
    assert [p.place for p in proposals(text, "2025-04-02", "russia-ukraine")] == ["Odesa"]


def test_a_town_told_by_what_happened_near_it_long_ago_is_no_incident():
    text = (
        "Shakhtarsk is close to the fields where an airliner was shot down on July 17, killing 298 people, and "
        "fighting has raged around it for several days."
    )
    assert proposals(text, "2015-08-08", "russia-ukraine") == []
    # (a town located by a district where fire fell on a day of the news is that fire's place)
    text = "Nowshera is close to the Rajouri district, where Pakistani troops opened fire on Indian posts on Tuesday."
    assert len(proposals(text, "2019-06-05", "india-pakistan")) == 1


def test_regions_each_followed_by_their_own_day_are_two_incidents_on_two_days():
    text = (
        "Russia's defence ministry said Ukrainian drones hit a substation in the Bryansk region early Wednesday and "
        "a fuel depot in the Kursk region on Tuesday."
    )
    found = sorted((p.date, p.place) for p in proposals(text, "2025-04-03", "russia-ukraine"))
    assert found == [("2025-04-01", "Kursk"), ("2025-04-02", "Bryansk")]


def test_a_district_named_after_a_sector_and_a_comma_is_where_the_sector_lies_not_a_second_place():
    text = (
        '"Pakistan violated the ceasefire along the LoC in Naugam Sector, Kupwara (Kashmir), this morning by '
        'firing mortars," a defence spokesperson said in Jammu.'
    )
    assert [p.place for p in proposals(text, "2019-06-04", "india-pakistan")] == ["Naugam"]
    # (a list that goes on after the name is a list of sectors)
    text = "Pakistani troops shelled posts in Krishna Ghati Sector, Mendhar and Balakote on Tuesday, officials said."
    assert len(proposals(text, "2019-06-05", "india-pakistan")) >= 2


def test_an_incident_named_by_its_place_and_set_amid_other_events_is_no_new_claim():
    text = (
        "Pakistan Army responded to unprovoked firing by Indian forces in the Titri Nott sector, the ISPR said. "
        "Indian media reported that a mine blast occurred near the LoC in Poonch district. The Poonch incident took "
        "place amid a crackdown by the Indian Army in the Kathua district, where a military operation has been "
        "ongoing since March 23, targeting civilians."
    )
    found = [(p.place, p.reporting_side) for p in proposals(text, "2024-03-26", "india-pakistan")]
    assert found == [("Titri Nott", "Pakistan")]
    # (an incident told first in such words is news)
    text = (
        "The mortar attack occurred while soldiers were patrolling near Krishna Ghati on Tuesday, the Indian army said."
    )
    assert [p.place for p in proposals(text, "2019-06-05", "india-pakistan")] == ["Krishna Ghati"]


def test_a_side_talking_about_the_incident_it_told_adds_no_claim_without_place_day_or_losses():
    idf = Attribution("IDF", "Israel", "ministry")
    placed = Claim(idf, None, "day", None, places=[PlaceMention("Metula", 0, 6, None)])
    talk = Claim(idf, None, "day", None)  # "officials said they believed the rockets were fired by a small group"
    other = Claim(Attribution("Lebanese army", "Lebanon", "ministry"), None, "day", None)
    assert _drop_bare_retellings([placed, talk, other], LEBANON) == [placed, other]
    # (with a day or losses of its own, it is a claim the reviewer must see)
    dated = Claim(idf, dt.date(2012, 11, 16), "day", None)
    hurt = Claim(idf, None, "day", None, wounded=2)
    assert _drop_bare_retellings([placed, dated, hurt], LEBANON) == [placed, dated, hurt]
    # (nor when it blames another side, nor in the outlet's voice)
    blaming = Claim(idf, None, "day", None, accused="Lebanon")
    placed.accused = "Hezbollah"
    assert _drop_bare_retellings([placed, blaming], LEBANON) == [placed, blaming]
    outlet = Attribution("AFP", "media", "media")
    told = [
        Claim(outlet, None, "day", None, places=[PlaceMention("Metula", 0, 6, None)]),
        Claim(outlet, None, "day", None),
    ]
    assert len(_drop_bare_retellings(told, LEBANON)) == 2


def test_a_speaker_judging_a_side_unlikely_to_have_fired_makes_no_claim_against_it():
    assert classify("They said it was unlikely the rockets were fired by Hezbollah.").negated
    assert not classify("Officials said rockets fired by Hezbollah hit an unlikely target near Metula.").negated
    # (fire told beside a judgement of something else stands)
    text = (
        "Russian forces shelled Kherson on Thursday, killing two civilians, and officials said it is unlikely the "
        "truce will hold."
    )
    assert [(p.place, p.killed) for p in proposals(text, "2024-05-10", "russia-ukraine")] == [("Kherson", 2)]


def test_the_other_sides_reply_at_a_place_a_party_names_is_fire_on_that_place():
    text = (
        "A rocket fired from Lebanon hit an open area near Metula, the Israeli army said. A Lebanese security "
        'source confirmed the incident. "The Israelis fired back, launching 25 shells at the outskirts of Kfar '
        'Shuba," he told AFP.'
    )
    found = {(p.place, p.reporting_side, p.accused_side) for p in proposals(text, "2012-11-16", "israel-lebanon")}
    assert ("Kfar Shuba", "Lebanon", "Israel") in found
    # (a party's own reply stays no claim of its own: "Our troops fired back at Kfar Shuba")
    text = (
        "A rocket fired from Lebanon hit an open area near Metula, the Israeli army said. Israeli troops fired "
        "back at the outskirts of Kfar Shuba, the army said."
    )
    found = {(p.place, p.reporting_side) for p in proposals(text, "2012-11-16", "israel-lebanon")}
    assert found == {("Metula", "Israel")}


def test_losses_told_as_other_violence_at_a_place_are_an_incident_of_their_own():
    text = (
        "Rebels attacked an army convoy near Shakhtarsk on Friday, a Ukrainian military spokesman said. In other "
        "violence, city authorities said four civilians were killed and seven injured over the past 24 hours in "
        "Lugansk."
    )
    found = {
        (p.date, p.place, p.killed, p.wounded, p.reporting_side)
        for p in proposals(text, "2015-08-08", "russia-ukraine")
    }
    # (the past day of a statement of no day is the day before publication, and no side's voice carries into it)
    assert ("2015-08-07", "Lugansk", 4, 7, "media") in found
    assert ("2015-08-07", "Shakhtarsk", None, None, "Ukraine") in found
    # (losses of no violence are none: "In other incidents, two people were killed in a road accident")
    text = "In other incidents, two people were killed in a road accident in Donetsk on Thursday, officials said."
    assert proposals(text, "2015-08-08", "russia-ukraine") == []


def test_fire_told_in_a_clause_about_the_place_is_in_that_clauses_voice():
    text = (
        "The rebels said they had pushed back government forces around the town of Shakhtarsk, where Kiev said a "
        "paratrooper unit had come under mortar fire on Friday."
    )
    (found,) = proposals(text, "2015-08-08", "russia-ukraine")
    assert (found.place, found.reporting_side, found.accused_side) == ("Shakhtarsk", "Ukraine", "Russia")


def test_a_killing_at_a_border_with_a_third_country_is_another_lands_news():
    text = (
        "Shots were fired from Lebanon at an Israeli patrol on Wednesday, wounding a soldier, the army said. The "
        "shooting comes a day after an Israeli was shot and killed near the border fence with Egypt."
    )
    found = [(p.date, p.wounded, p.killed) for p in proposals(text, "2016-10-26", "israel-lebanon")]
    assert found == [("2016-10-26", 1, None)]
    # (a border of the conflict's countries with a third one is still the conflict's)
    text = "Cambodian troops shelled Thai positions near the border with Laos on Sunday, killing one Thai soldier."
    assert [p.killed for p in proposals(text, "2011-02-07", "thailand-cambodia")] == [1]


def test_a_side_said_to_go_on_trying_to_attack_tells_a_habit_not_an_incident():
    text = "Israel says that Hezbollah continues to try carrying out attacks in Israel."
    assert proposals(text, "2016-10-26", "israel-lebanon") == []
    # (a side said to go on violating the truce, with today's fire told, is news)
    text = (
        "Azerbaijan continues to violate the ceasefire, firing at Armenian positions near Sotk overnight, the "
        "Armenian defence ministry said."
    )
    assert [p.place for p in proposals(text, "2022-09-14", "armenia-azerbaijan")] == ["Sotk"]


def test_a_sides_information_minister_speaks_for_that_side():
    text = (
        "Cambodian troops fired rockets at Thai soldiers near the Preah Vihear temple on Friday, killing one Thai "
        "soldier, the Thai army said. Cambodian Information Minister Khieu Kanharith said two Cambodian soldiers "
        "were killed in the fighting."
    )
    found = {(p.reporting_side, p.killed) for p in proposals(text, "2009-04-03", "thailand-cambodia")}
    assert ("Thailand", 1) in found
    assert ("Thailand", 2) not in found


def test_a_claim_with_no_place_takes_the_one_area_of_the_days_story_rather_than_the_border():
    text = (
        "Thai and Cambodian soldiers exchanged rocket fire on a disputed stretch of their border on Friday. Both "
        "sides accused each other of firing first in two clashes near the Preah Vihear temple. One Thai soldier "
        "died from a grenade fired by Cambodian troops when fighting resumed after talks failed. Cambodian "
        "Information Minister Khieu Kanharith said he had received reports of two Cambodian soldiers killed this "
        "morning."
    )
    found = {(p.reporting_side, p.place, p.killed) for p in proposals(text, "2009-04-03", "thailand-cambodia")}
    assert ("Cambodia", "Preah Vihear", 2) in found


def test_a_claim_on_the_border_beside_the_days_one_area_is_at_that_area():
    text = (
        "Both sides accused each other of firing first in two clashes near the Preah Vihear temple on Friday. One "
        "Thai soldier died from a grenade fired by Cambodian troops on the border when fighting resumed after talks "
        "failed, the Thai army said. Cambodian officials claimed two Thais died in the morning clash."
    )
    found = {(p.reporting_side, p.place, p.killed) for p in proposals(text, "2009-04-03", "thailand-cambodia")}
    assert found == {("Thailand", "Preah Vihear", 1), ("Cambodia", "Preah Vihear", 2)}


def test_a_named_soldier_with_his_birth_year_in_brackets_is_one_killed():
    text = (
        "According to the Defense Ministry, Private Aram Petrosyan (b. 1999) was killed as a result of shelling "
        "from the Azerbaijani side earlier today."
    )
    (found,) = proposals(text, "2019-03-18", "armenia-azerbaijan")
    assert (found.date, found.killed, found.reporting_side) == ("2019-03-18", 1, "Armenia")


def test_fire_told_after_misinformation_claiming_that_is_the_other_sides_quoted_claim():
    text = (
        '"The Azerbaijani side continues to disseminate misinformation claiming that the Armenian forces opened fire '
        'in the direction of the village of Tapkarakoyunlu," the Karabakh Ministry of Defense said in a statement.'
    )
    (found,) = proposals(text, "2016-03-18", "armenia-azerbaijan")
    assert (found.place, found.reporting_side, found.accused_side) == ("Tapkarakoyunlu", "Azerbaijan", "Armenia")
    assert found.date is None  # (the day the other side claimed it is not given)
    assert "Karabakh" in found.claimant or "Artsakh" in found.claimant
    # (a day the tale gives is its day)
    text = text.replace("Tapkarakoyunlu,", "Tapkarakoyunlu on Tuesday,")
    assert [p.date for p in proposals(text, "2016-03-18", "armenia-azerbaijan")] == ["2016-03-15"]


def test_what_a_side_says_its_units_refrain_from_is_no_incident():
    text = (
        '"The front divisions of the Artsakh Defense Army not only refrain from targeting civilian settlements, but '
        'also resort to retaliatory measures against Azeri forces only when needed," the ministry said.'
    )
    assert proposals(text, "2016-03-18", "armenia-azerbaijan") == []
    # (asking the other side to refrain is no denial of its fire)
    text = (
        "Pakistani troops shelled forward posts in Poonch on Tuesday, and India asked Pakistan to refrain from "
        "targeting civilians."
    )
    assert [p.place for p in proposals(text, "2019-06-05", "india-pakistan")] == ["Poonch"]


def test_the_weekday_a_report_gives_its_round_of_fire_dates_the_fire_it_told_overnight():
    text = (
        "Two BSF troopers were injured after Pakistan Rangers resorted to heavy firing in the Arnia sector of Jammu "
        "overnight. Thursday's round of firing by the Rangers comes over a week after two BSF personnel were "
        "injured by firing by the Rangers in the same sector on October 17."
    )
    found = sorted((p.date, p.place, p.wounded) for p in proposals(text, "2023-10-27", "india-pakistan"))
    assert found == [("2023-10-17", "Arnia", 2), ("2023-10-26", "Arnia", 2)]
    # (a day the report states stays: only fire dated by "overnight" is moved)
    text = (
        "Russian forces shelled Kharkiv on Friday, killing two, the governor said. Thursday's strikes on Odesa "
        "killed three people."
    )
    assert ("2024-05-10", "Kharkiv") in {(p.date, p.place) for p in proposals(text, "2024-05-11", "russia-ukraine")}


def test_a_place_described_as_the_scene_of_earlier_fighting_does_not_make_todays_fighting_history():
    sentence = (
        "On Tuesday, fighting spread to an area near the Preah Vihear temple that was the scene of four days of "
        "deadly fighting in February."
    )
    assert not classify(sentence).background
    assert classify("The area was the scene of four days of deadly fighting in February.").background


def test_a_claim_with_no_place_beside_its_sides_one_placed_claim_of_the_day_is_that_claim():
    ukraine = Attribution("Ukrainian military (JFO)", "Ukraine", "ministry")
    day = dt.date(2022, 2, 17)

    def placed(name: str = "Vrubivka") -> Claim:
        return Claim(ukraine, day, "day", None, accused="Russia", places=[PlaceMention(name, 0, len(name), None)])

    vrubivka = placed()
    assert _fold_into_placed_claim([vrubivka, Claim(ukraine, day, "day", None, wounded=2)], UKRAINE) == [vrubivka]
    assert vrubivka.wounded == 2
    # (figures that differ, another day, another side blamed, or two placed claims to choose from: kept)
    assert (
        len(
            _fold_into_placed_claim(
                [placed(), Claim(ukraine, day, "day", None, killed=1), placed("Shchastia")], UKRAINE
            )
        )
        == 3
    )
    hurt = placed()
    hurt.wounded = 2
    assert len(_fold_into_placed_claim([hurt, Claim(ukraine, day, "day", None, wounded=5)], UKRAINE)) == 2
    assert (
        len(_fold_into_placed_claim([placed(), Claim(ukraine, dt.date(2022, 2, 16), "day", None, wounded=2)], UKRAINE))
        == 2
    )
    blaming = Claim(ukraine, day, "day", None, accused="Ukraine", killed=5)
    assert len(_fold_into_placed_claim([placed(), blaming], UKRAINE)) == 2


def test_a_report_of_fire_as_it_comes_in_is_the_publication_days_news():
    text = (
        "Lebanese and Israeli troops are reported to have exchanged fire on the border. According to Israel's army "
        "radio, Lebanese troops fired on Israeli forces near the village of Avivim."
    )
    dates = {p.date for p in proposals(text, "2007-02-08", "israel-lebanon")}
    assert dates == {"2007-02-08"}
