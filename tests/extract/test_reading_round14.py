"""Round 14 of issue 16: rules read off build12 (the odd half of a set never seen before, opened
once its first-run figures were written down), each with invented sentences (no article text).
"""

from __future__ import annotations

import datetime as dt

from mapdata.extract import extract
from mapdata.extract.events import classify
from mapdata.extract.lexicon import lexicon_for
from mapdata.extract.places import choose_places, find_place_mentions
from mapdata.geo.gazetteer import Gazetteer
from mapdata.profiles import default_catalog


def _read(text: str, published: str, profile_id: str):
    return extract(text, published=published, outlet="Outlet", profile=default_catalog().require(profile_id))


def _brief(result) -> list[tuple]:
    return [(str(p.date), p.place, p.claimant, p.reporting_side) for p in result.proposals]


def _chosen(sentence: str, profile_id: str) -> list[str]:
    profile = default_catalog().require(profile_id)
    mentions = find_place_mentions(sentence, Gazetteer.for_profile(profile), lexicon=lexicon_for(profile))
    return [m.name for m in choose_places(mentions) if m.specific]


def test_a_body_that_condemns_speaks_and_the_army_goes_on_speaking():
    text = (
        "The Royal Thai Army has condemned the Cambodian military for a new breach of the truce.\n\n"
        "The army says it has received reports that Cambodian troops fired rifles at Thai posts near "
        "the village of Ban Nong Waeng on Tuesday night."
    )
    result = _read(text, "2025-07-31", "thailand-cambodia")
    assert [(p.place, p.reporting_side) for p in result.proposals] == [("Ban Nong Waeng", "Thailand")], _brief(result)


def test_names_placed_in_a_known_place_are_places_in_it():
    assert _chosen(
        "At Ban Khok Rang in Si Sa Ket, Cambodian troops opened fire at Thai posts.", "thailand-cambodia"
    ) == ["Ban Khok Rang"]
    assert _chosen(
        "In the hills area, Noen Daeng and Khao Sai in Si Sa Ket came under mortar fire.", "thailand-cambodia"
    ) == ["Noen Daeng", "Khao Sai"]


def test_where_people_were_hit_is_a_place_even_when_unknown():
    assert _chosen(
        "A drone struck a car and wounded its driver in Kfar Zoubra and Ain Nasrat on Friday.", "israel-lebanon"
    ) == ["Kfar Zoubra", "Ain Nasrat"]


def test_a_place_abroad_where_people_were_hit_is_not_proposed():
    assert _chosen("Two people were killed in Brussels when a gas pipe exploded.", "israel-lebanon") == []


def test_a_recap_of_recent_days_is_background():
    assert classify("Monday's strike follows a string of raids across the south in recent days.").background
    assert not classify("Artillery shelled the outskirts of the town on Monday.").background


def test_a_clock_time_without_a_day_is_the_day_of_a_wire_story():
    text = (
        "Thai soldiers said Cambodian troops opened fire at around 8.20am toward the Thai base near "
        "the village of Ban Nong Waeng, the army said."
    )
    result = _read(text, "2025-07-24", "thailand-cambodia")
    assert [str(p.date) for p in result.proposals] == ["2025-07-24"], _brief(result)


def test_an_exchange_of_cross_border_fire_is_an_incident():
    assert classify("The two sides engaged in a new exchange of cross-border fire on Wednesday morning.").event
    assert classify("Troops exchanged sporadic gunfire along the line overnight.").event


def test_a_day_inside_the_motive_is_not_the_day_of_the_reply():
    text = (
        "Hezbollah and Israel engaged in an exchange of cross-border fire on Wednesday morning.\n\n"
        "The Israeli army said Hezbollah fired a guided missile at a post near Metula in response to the deaths "
        "of two of its fighters when Israel shelled the south on Monday."
    )
    result = _read(text, "2023-10-11", "israel-lebanon")
    assert ("2023-10-11", "Metula") in [(str(p.date), p.place) for p in result.proposals], _brief(result)
    assert "2023-10-09" not in [str(p.date) for p in result.proposals if p.place == "Metula"], _brief(result)


def test_a_day_inside_the_motive_stays_when_the_text_is_on_no_later_day():
    text = (
        "The Israeli army said Hezbollah fired rockets at Metula in retaliation for an Israeli strike on a clinic "
        "earlier Thursday."
    )
    result = _read(text, "2024-03-29", "israel-lebanon")
    assert [(str(p.date), p.place) for p in result.proposals] == [("2024-03-28", "Metula")], _brief(result)


def test_the_party_named_right_after_the_outlets_account_told_it():
    text = (
        "Mortars were fired on Sunday morning at the village of Kfar Yuval.\n\n"
        "The shells struck open fields, the IDF said, causing no casualties."
    )
    result = _read(text, "2023-11-19", "israel-lebanon")
    assert [(p.place, p.reporting_side) for p in result.proposals] == [("Kfar Yuval", "Israel")], _brief(result)


def test_a_party_claiming_responsibility_does_not_take_over_the_account():
    text = (
        "Terrorists in southern Lebanon fired an anti-tank missile at the Israeli town of Shlomi on Sunday, "
        "wounding six civilians.\n\n"
        "Shortly after the attack, Hezbollah claimed responsibility for the attack."
    )
    result = _read(text, "2023-11-19", "israel-lebanon")
    assert ("Shlomi", "media") in [(p.place, p.reporting_side) for p in result.proposals], _brief(result)


def test_a_party_telling_of_its_own_strike_does_not_take_over_the_account():
    text = (
        "An Israeli drone strike killed one man in the village of Froun on Saturday.\n\n"
        "The Israeli military claimed that strike targeted a Hezbollah member."
    )
    result = _read(text, "2025-11-22", "israel-lebanon")
    assert ("Froun", "media") in [(p.place, p.reporting_side) for p in result.proposals], _brief(result)


def test_an_age_written_with_spaces_is_no_count():
    from mapdata.extract.casualties import find_casualties

    found = find_casualties("Four civilians including a 15 year old girl sustained serious injuries in the shelling.")
    assert (found.killed, found.wounded) == (None, 4)
    assert find_casualties("A 35-years-old farmer got injured near the village.").wounded == 1


def test_late_last_night_is_the_evening_before_the_report():
    from mapdata.extract.dates import find_dates, pick_date

    sentence = "Indian troops violated the ceasefire late last night along the Line of Control."
    assert str(pick_date(find_dates(sentence, dt.date(2020, 4, 12)), sentence).date) == "2020-04-11"
    sentence = "Troops fired at the post last night."
    assert str(pick_date(find_dates(sentence, dt.date(2020, 4, 12)), sentence).date) == "2020-04-12"


def test_one_voice_naming_the_part_of_the_day_later_tells_the_same_fire():
    text = (
        "Two civilians were injured as Indian troops violated the ceasefire in the Chirikot sector during the "
        "last 24 hours, the ISPR said on Sunday.\n\n"
        "Indian troops resorted to unprovoked firing late last night in the Chirikot sector, the ISPR said."
    )
    result = _read(text, "2020-04-12", "india-pakistan")
    assert [(str(p.date), p.place) for p in result.proposals] == [("2020-04-11", "Chirikot")], _brief(result)


def test_losses_in_clashes_with_a_side_blame_it_and_a_provincial_official_speaks():
    text = (
        "One Cambodian civilian was killed and four others were wounded during border clashes with Thailand "
        "near the village of Kouk Mon on Friday, a Cambodian provincial official said."
    )
    result = _read(text, "2025-07-25", "thailand-cambodia")
    assert [(p.place, p.reporting_side, p.accused_side, p.killed, p.wounded) for p in result.proposals] == [
        ("Kouk Mon", "Cambodia", "Thailand", 1, 4)
    ], _brief(result)


def test_wire_photo_captions_are_no_incidents():
    from mapdata.extract.text import split_sentences

    lines = [
        "Soldiers rest beside a gun near Ta Krabey on April 23, 2011. Troops exchanged gunfire again Saturday "
        "morning at the temple, a commander said. (Xinhua/Sok Dara)",
        "Sok Heng (C), a soldier wounded during a clash, is seen at a hospital in Preah Vihear, October 4, 2008.",
    ]
    for line in lines:
        assert all(s.caption for s in split_sentences(line)), line


def test_a_floor_before_the_count_is_no_count_of_its_own():
    from mapdata.extract.casualties import find_casualties

    found = find_casualties("An Israeli strike early Saturday killed at least 10 Syrian nationals, the ministry said.")
    assert (found.killed, found.wounded) == (10, None)
    found = find_casualties("The shelling killed at least three, wounding as many as 12 civilians.")
    assert (found.killed, found.wounded) == (3, 12)


def test_the_first_place_named_after_a_total_keeps_its_own_figures():
    text = (
        "Israeli strikes killed at least 10 people in southern Lebanon overnight, the Lebanese Health "
        "Ministry said on Tuesday.\n\n"
        "A ministry statement said an Israeli strike killed six people and injured two others in the town of "
        "Kfar Zoubra."
    )
    result = _read(text, "2024-12-03", "israel-lebanon")
    assert [(p.place, p.killed, p.wounded) for p in result.proposals] == [("Kfar Zoubra", 6, 2)], _brief(result)


def test_the_accused_sides_account_of_the_attack_just_told_is_no_claim():
    text = (
        "An Israeli strike on the village of Kfar Zoubra killed three people on Saturday, the Lebanese Health "
        "Ministry said.\n\n"
        "An Israeli military spokesperson said the strike targeted a weapons depot belonging to Hezbollah."
    )
    result = _read(text, "2024-08-17", "israel-lebanon")
    assert [(p.place, p.reporting_side) for p in result.proposals] == [("Kfar Zoubra", "Lebanon")], _brief(result)


def test_an_account_citing_unnamed_officials_is_their_sides():
    text = (
        "Pakistani troops fired mortar shells at forward posts in the Kirni sector of Poonch district on "
        "Friday, official sources said."
    )
    result = _read(text, "2020-08-07", "india-pakistan")
    assert [(p.place, p.reporting_side, p.accused_side) for p in result.proposals] == [
        ("Kirni", "India", "Pakistan")
    ], _brief(result)


def test_sources_opening_the_sentence_with_a_capital_are_unnamed_sources_too():
    text = (
        "Official sources said that Pakistani troops fired mortar shells at forward posts in the Kirni sector "
        "of Poonch district on Friday."
    )
    result = _read(text, "2020-08-07", "india-pakistan")
    assert [(p.place, p.reporting_side) for p in result.proposals] == [("Kirni", "India")], _brief(result)


def test_a_monitors_daily_update_tells_its_days_findings():
    text = (
        "The SMM observed a calm situation in most of the region. Positioned in Horlivka, the SMM heard "
        "exchanges of fire from artillery and mortars."
    )
    result = _read(text, "2016-01-08", "russia-ukraine")
    assert [(str(p.date), p.place, p.reporting_side) for p in result.proposals] == [
        ("2016-01-08", "Horlivka", "third party")
    ], _brief(result)


def test_both_sides_as_one_subject_of_a_mutual_verb_is_a_clash():
    lexicon = lexicon_for(default_catalog().require("thailand-cambodia"))
    assert classify("Thai and Cambodian troops exchanged heavy fire near the checkpoint.", lexicon).mutual
    assert not classify("Cambodian troops fired at Thai positions near the checkpoint.", lexicon).mutual
    text = (
        "Thai and Cambodian troops exchanged heavy fire for an hour yesterday near Ban Nong Waeng checkpoint in "
        "Surin.\n\n"
        '"Cambodian soldiers opened fire on us, and we fired back," a Thai army source said.\n\n'
        '"The Thai soldiers opened fire at our patrol," Cambodian defence ministry spokesman Chhum Socheat said.'
    )
    result = _read(text, "2010-04-18", "thailand-cambodia")
    assert sorted((p.place, p.reporting_side) for p in result.proposals) == [
        ("Ban Nong Waeng", "Cambodia"),
        ("Ban Nong Waeng", "Thailand"),
    ], _brief(result)


def test_a_habit_over_a_past_week_is_background():
    assert classify(
        "The ministry accused the other side of repeatedly firing at its posts outside the village over the past week."
    ).background
    assert not classify("Forces fired at its posts outside the village on Monday.").background


def test_fighting_that_continued_into_the_next_day_is_the_day_it_began():
    from mapdata.extract.dates import continues_into, find_dates

    sentence = "The side used mortars in the cross-border fighting that continued into the early hours of Tuesday."
    (tuesday,) = find_dates(sentence, dt.date(2021, 7, 20))
    assert continues_into(tuesday, sentence)
    sentence = "Forces shelled the village again on Tuesday."
    (tuesday,) = find_dates(sentence, dt.date(2021, 7, 20))
    assert not continues_into(tuesday, sentence)


def test_a_day_between_a_country_and_its_speech_verb():
    text = (
        "Thailand on Wednesday accused Cambodian troops of firing rifles at the village of Ban Nong Waeng on Tuesday."
    )
    result = _read(text, "2025-07-30", "thailand-cambodia")
    assert [(p.place, p.reporting_side) for p in result.proposals] == [("Ban Nong Waeng", "Thailand")], _brief(result)


def test_a_text_in_another_language_is_told_the_reader_reads_english():
    french = "Hier soir, les forces ont tiré sur des positions près du village de Sotk, a indiqué le ministère."
    russian = "Вчера вечером военные обстреляли позиции возле села Сотк, сообщило министерство обороны Армении."
    for text in (french, russian):
        assert "does not look like English" in " ".join(extract(text).warnings)
    english = "The weather in Yerevan was pleasant and the market was busy on Sunday with many visitors."
    assert "does not look like English" not in " ".join(extract(english).warnings)


def test_two_counts_joined_by_and_add_up_across_a_units_name():
    from mapdata.extract.casualties import find_casualties

    found = find_casualties("Two Border Security Force (BSF) men and a woman were injured as residents fled.")
    assert (found.killed, found.wounded) == (None, 3)


def test_a_headline_naming_who_says_it_names_the_voice_of_the_quoted_statement():
    text = (
        "Baku Says Azerbaijani Positions Come under Fire from Armenia\n\n"
        '"The Armenian armed forces fired small arms towards Azerbaijani positions near the Heydarabad '
        'settlement at 9:40 p.m. on February 24," the statement reads, an agency reported.'
    )
    result = _read(text, "2024-02-25", "armenia-azerbaijan")
    assert [(p.place, p.reporting_side) for p in result.proposals] == [("Heydarabad", "Azerbaijan")], _brief(result)


def test_a_body_addressed_by_its_full_name_and_initials_does_not_speak():
    text = (
        "Russian forces shelled the village of Vodiane with mortars on Thursday, the Ukrainian military said.\n\n"
        "The shelling was reported to the OSCE representatives through the Joint Center for Control and "
        "Coordination (JCCC). In the same area, the enemy opened fire from a machine gun."
    )
    result = _read(text, "2020-11-06", "russia-ukraine")
    assert "third party" not in [p.reporting_side for p in result.proposals], _brief(result)


def test_a_party_calling_the_attack_its_own_makes_no_claim_against_the_other():
    from mapdata.extract.attribution import tells_own_fire

    assert tells_own_fire("Hezbollah stated that its attack on Kiryat Shmona was a response to the strike on Frun.")
    assert not tells_own_fire("Hezbollah stated that the Israeli attack on Frun killed three paramedics.")


def test_a_party_showing_a_video_of_the_attack_owns_it():
    text = (
        "Three Israeli soldiers were wounded in Metula on Thursday by a drone launched from southern Lebanon, "
        "the IDF said.\n\n"
        "Hezbollah announced the deaths of two of its fighters. The group also published a video of the attack on "
        "the town."
    )
    result = _read(text, "2024-05-16", "israel-lebanon")
    assert [(p.place, p.reporting_side) for p in result.proposals] == [("Metula", "Israel")], _brief(result)


def test_the_speakers_own_forces_striking_the_other_side_is_its_own_action():
    text = (
        "An Israeli strike killed one person in the village of Kfar Zoubra on Monday, the Lebanese health "
        "ministry said.\n\n"
        "An Israeli security source said the Israeli military struck a Hezbollah operative in the Ain Nasrat area."
    )
    result = _read(text, "2025-04-14", "israel-lebanon")
    assert [p.reporting_side for p in result.proposals] == ["Lebanon"], _brief(result)


def test_a_few_days_before_is_another_day_the_text_does_not_give():
    text = (
        "An Armenian soldier was killed by Azerbaijani fire at an outpost near the village of Talish on "
        "19 October 2017.\n\n"
        "A few days before the meeting, another soldier was killed by Azerbaijani fire."
    )
    result = _read(text, "2017-10-20", "armenia-azerbaijan")
    assert sorted((str(p.date), p.killed) for p in result.proposals) == [("2017-10-19", 1), ("None", 1)], _brief(result)


def test_one_person_named_by_a_pronoun_or_a_death_counts_one():
    from mapdata.extract.casualties import find_casualties

    assert find_casualties("He was killed by Azeri fire in what turned out to be a violation.").killed == 1
    assert find_casualties("She was seriously injured by shrapnel.").wounded == 1
    assert find_casualties("The day saw the death of 19-year-old soldier Aram Petrosyan at an outpost.").killed == 1
    assert find_casualties("The man said he was not hurt.").wounded is None


def test_running_totals_and_their_habits_are_background():
    assert classify(
        "Nearly three months of cross-border fire have left 175 people dead, according to a tally."
    ).background
    assert classify(
        "In the north, where the group has primarily targeted military positions, nine soldiers have been killed."
    ).background
    assert not classify("Three soldiers were killed in cross-border fire on Monday.").background
    assert classify("Such massive attacks happen in this area not for the first day, the commander said.").background


def test_both_sides_blaming_each_other_for_the_fighting_at_no_place_is_a_summary():
    text = (
        "The two countries have blamed each other for the renewed fighting, which saw air strikes and tanks "
        "used on Monday."
    )
    result = _read(text, "2025-12-09", "thailand-cambodia")
    assert [p.reporting_side for p in result.proposals if p.reporting_side != "media"] == [], _brief(result)
    text = "Troops exchanged fire near the Ta Krabey temple on Monday. Officials from both countries claimed the other side fired first."
    result = _read(text, "2025-12-09", "thailand-cambodia")
    assert sorted(p.reporting_side for p in result.proposals) == ["Cambodia", "Thailand"], _brief(result)


def test_the_day_of_the_fire_told_next_replaces_the_day_it_was_said():
    text = (
        "Russia's Defense Ministry on Monday confirmed that Azerbaijani forces breached the ceasefire near the "
        "village of Sotk, wounding an Armenian soldier.\n\n"
        "The Russian Ministry of Defense said in a statement that in the past 24 hours it recorded one violation "
        "by the Azerbaijani military near Sotk."
    )
    result = _read(text, "2022-08-08", "armenia-azerbaijan")
    assert [(str(p.date), p.place) for p in result.proposals] == [("2022-08-07", "Sotk")], _brief(result)
    # the fire's own day, said after it, stays the fire's day
    text = "Pakistani troops violated the ceasefire in the Sunderbani sector on Saturday, a defence spokesman said."
    result = _read(text, "2019-03-09", "india-pakistan")
    assert [str(p.date) for p in result.proposals] == ["2019-03-09"], _brief(result)
