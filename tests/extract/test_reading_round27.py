"""Round 27: losses told with their cause further off, a loss on the line of contact or in a
shootout, and a denial whose clause names the fire it denies. Read off unseen27's build half and
general forms of English bulletins (tests are our own sentences)."""

from __future__ import annotations

from reading_helpers import proposals

from mapdata.extract import extract
from mapdata.extract.events import classify
from mapdata.extract.lexicon import lexicon_for
from mapdata.profiles import default_catalog

ARMENIA = lexicon_for(default_catalog()["armenia-azerbaijan"])
INDIA = lexicon_for(default_catalog()["india-pakistan"])


def test_a_loss_in_what_a_ministry_called_a_ceasefire_violation_is_its_claim():
    text = (
        "Two Azerbaijani soldiers were killed on Tuesday in what the Defence Ministry in Baku called a "
        "ceasefire violation by Armenian units."
    )
    (found,) = proposals(text, "2013-02-06", "armenia-azerbaijan")
    assert (found.date, found.claimant, found.accused_side, found.killed) == (
        "2013-02-05",
        "Azerbaijani MoD",
        "Armenia",
        2,
    )


def test_a_loss_as_a_side_initiated_a_truce_violation_is_fire():
    assert classify("A farmer was martyred as Indian troops initiated a truce violation in Battal sector.", INDIA).event
    assert classify(
        "Both servicemen died as a result of “a violation of the ceasefire regime by the other side.”", ARMENIA
    ).event
    # (talk about violations, or a year's history, is no fire)
    assert not classify("He died in hospital while talks on preventing ceasefire violations went on.", ARMENIA).event
    assert not classify("A soldier killed in 2016 in a ceasefire violation was buried in his village.", ARMENIA).event


def test_fire_opened_by_a_side_and_cross_border_fire_are_fire():
    assert classify("A soldier was killed as a result of the fire opened by the other side.", ARMENIA).event
    assert classify("A villager was also injured in cross-border fire.", INDIA).event
    assert not classify("A villager was injured when a fire broke out in his barn.", INDIA).event


def test_a_soldier_killed_on_the_line_of_contact_is_a_claim_there():
    text = "The Azerbaijani defence ministry said a soldier was killed on the line of contact in Nagorno-Karabakh on 9 March."
    (found,) = proposals(text, "2017-03-10", "armenia-azerbaijan")
    assert (found.date, found.place, found.claimant, found.killed) == (
        "2017-03-09",
        "Nagorno-Karabakh",
        "Azerbaijani MoD",
        1,
    )
    assert not classify("His grandfather was killed on the front line in 1993.", ARMENIA).event


def test_a_soldier_lost_in_a_shootout_is_fire_but_a_police_shootout_is_not():
    assert classify("In a shootout near the post killed a soldier of the border unit.", ARMENIA).event
    assert classify("A serviceman was wounded in a brief shootout near Agdam on Sunday.", ARMENIA).event
    assert not classify("Police killed a drug dealer in a shootout near Ijevan.", ARMENIA).event
    assert not classify("A soldier was killed in a gunfight with smugglers near the border.", ARMENIA).event


def test_a_denial_of_fire_is_no_claim_of_the_denier():
    text = (
        "Two Azerbaijani soldiers were killed on Tuesday in what the Defence Ministry in Baku called a "
        "ceasefire violation by Armenian units. The Armenian army denied that its units shot and killed any "
        "Azerbaijani soldiers on Tuesday."
    )
    found = proposals(text, "2013-02-06", "armenia-azerbaijan")
    assert [(p.claimant, p.accused_side) for p in found] == [("Azerbaijani MoD", "Armenia")]


def test_a_post_named_after_the_sector_is_where_the_fire_fell():
    text = (
        "Pakistan Rangers targeted Indian positions in the Akhnoor sector on Tuesday, killing a BSF jawan at the "
        "Pargwal border observation post, a BSF officer said."
    )
    found = proposals(text, "2017-05-18", "india-pakistan")
    assert [(p.date, p.place, p.killed) for p in found] == [("2017-05-16", "Pargwal", 1)]


def test_days_told_apart_stay_apart_without_a_publication_date():
    text = (
        "Pakistani troops violated the ceasefire along the LoC in Rajouri sector on Tuesday. "
        "Last week, Army jawan Naik Ram Kumar lost his life in cross-border firing in Nowshera sector of Rajouri district."
    )
    found = extract(text, published=None, profile=default_catalog()["india-pakistan"]).proposals
    assert sorted((p.place, p.killed) for p in found) == [("Nowshera", 1), ("Rajouri", None)]


def test_an_encounter_with_militants_is_no_fire_across_the_line():
    encounter = (
        "Earlier in the day, an encounter broke out between terrorists and security forces at Dangerpora village."
    )
    assert classify(encounter, INDIA).background
    assert classify("Security forces gunned down two terrorists in Shopian on Tuesday.", INDIA).background
    # (the other side's fire covering infiltrators is)
    assert not classify(
        "Pakistani troops resorted to shelling to give cover fire to infiltrating terrorists in Uri.", INDIA
    ).background


def test_the_incident_set_in_its_time_refers_back():
    assert not classify("The attack comes days after the truce talks in Geneva.", ARMENIA).event
    assert not classify(
        "The infiltration bid and firing by Pakistan Rangers also come close to the visit of the minister to Jammu.",
        INDIA,
    ).event
    assert classify("The firing by Pakistani troops killed two civilians in Uri on Monday.", INDIA).event


LEBANON = lexicon_for(default_catalog()["israel-lebanon"])


def test_a_towns_villages_in_a_sector_are_at_the_sector():
    text = (
        "The Indian Border Security Force resorted to unprovoked firing on Sialkot border villages in Charwah "
        "sector on Saturday, the Punjab Rangers said."
    )
    assert [p.place for p in proposals(text, "2017-05-22", "india-pakistan")] == ["Charwah"]


def test_a_town_far_off_that_only_locates_the_fire_is_no_place_of_it():
    text = (
        "Thai and Cambodian troops clashed near Ta Krabey temple on Friday, the Thai army said. Both sides "
        "accused each other of firing first in fighting about 150km west of Preah Vihear temple."
    )
    found = proposals(text, "2011-04-23", "thailand-cambodia")
    assert "Preah Vihear" not in {p.place for p in found}


def test_a_loss_following_a_sides_bombardment_blames_that_side():
    from mapdata.extract.attribution import find_accused

    assert (
        find_accused("A 16-year-old died of his wounds on Wednesday following an Israeli bombardment.", LEBANON)
        == "Israel"
    )


def test_a_local_official_from_a_village_is_the_voice():
    text = "A local official from the border village of Aitaroun told AFP a man died on Wednesday following an Israeli bombardment."
    (found,) = proposals(text, "2023-11-02", "israel-lebanon")
    assert found.claimant.startswith("A local official") and found.killed == 1


def test_the_accused_sides_own_count_is_not_the_claims():
    text = (
        "A local official from the border village of Aitaroun told AFP a man died on Wednesday following an Israeli "
        "bombardment. On the Israeli side, nine people have died, the army says."
    )
    (found,) = proposals(text, "2023-11-02", "israel-lebanon")
    assert found.killed == 1


def test_a_border_that_has_seen_exchanges_since_a_day_is_background():
    assert classify("The southern border has seen near-daily exchanges of fire since October 8.", LEBANON).background


def test_a_loss_added_to_a_tally_is_the_loss_not_the_tally():
    text = (
        "The army on Thursday retrieved the bodies of two shepherds killed by Israeli fire near Kfarchouba, official "
        "media said, raising to 66 the number killed in Lebanon since the war began."
    )
    (found,) = proposals(text, "2023-11-03", "israel-lebanon")
    assert (found.killed, found.accused_side) == (2, "Israel")


THAI = lexicon_for(default_catalog()["thailand-cambodia"])


def test_an_infiltration_attempt_by_a_sides_forces_is_an_attack():
    text = (
        "On January 11, an infiltration attempt by Azerbaijani armed forces in the northeastern marz of Tavush had "
        "resulted in the death of an Armenian villager, the Armenian Defence Ministry said."
    )
    (found,) = proposals(text, "2015-01-12", "armenia-azerbaijan")
    assert (found.date, found.place, found.accused_side, found.killed) == ("2015-01-11", "Tavush", "Azerbaijan", 1)
    # (militants' infiltration, no party's forces named, is not)
    assert not classify("Troops foiled an infiltration bid by militants near the fence.", INDIA).event


def test_two_days_joined_by_a_dash_are_told_as_of_the_second():
    import datetime as dt

    from mapdata.extract.dates import find_dates

    (mention,) = find_dates("On January 5-6, the Defense Army reported that shots were fired.", dt.date(2015, 1, 12))
    assert mention.date == dt.date(2015, 1, 6)
    (mention,) = find_dates("On January 5, shots were fired.", dt.date(2015, 1, 12))
    assert mention.date == dt.date(2015, 1, 5)


def test_losses_during_that_attack_are_the_attacks():
    text = (
        "In the early morning of January 3, an Azerbaijani attack took place against the positions of the Defense "
        "Army, its press service said. The adversary was pushed back to its starting position. However, during that "
        "attack, two soldiers were killed. On January 5-6, the Defense Army reported that shots were fired from "
        "Azerbaijani positions."
    )
    found = {p.date: p.killed for p in proposals(text, "2015-01-12", "armenia-azerbaijan")}
    assert found == {"2015-01-03": 2, "2015-01-06": None}


def test_its_forces_were_attacked_blames_the_other_side():
    text = "Thailand's Army said on Monday that its forces were attacked, killing one soldier and injuring four others."
    (found,) = proposals(text, "2025-12-08", "thailand-cambodia")
    assert (found.claimant, found.accused_side, found.killed, found.wounded) == ("Thai army", "Cambodia", 1, 4)
    from mapdata.extract.attribution import find_accused

    assert find_accused("The Thai army said its forces fired back at the positions.", THAI) == "Thailand"


def test_a_motive_clause_lends_no_time_actor_or_place_to_the_fire_told_before_it():
    text = (
        "Missiles fired by Hezbollah struck an Israeli military convoy near Mount Dov on Wednesday, killing two "
        "soldiers, in an apparent retaliation for a deadly airstrike on the Golan Heights earlier this month, the "
        "Israeli military said."
    )
    found = proposals(text, "2015-01-28", "israel-lebanon")
    assert [(p.date, p.place, p.accused_side, p.killed) for p in found] == [("2015-01-28", "Mount Dov", "Hezbollah", 2)]
    # (fire told again beside what it answered: the answered fire is the news)
    text = (
        "The shelling came in response to two rockets fired from Lebanon that struck an open field west of the town "
        "of Metula, Israeli military radio reported."
    )
    assert [p.place for p in proposals(text, "2014-01-05", "israel-lebanon")] == ["Metula"]


def test_a_side_naming_who_of_its_own_carried_out_the_attack_owns_it():
    text = (
        "Missiles fired by Hezbollah struck an Israeli military convoy near Mount Dov on Wednesday, the Israeli "
        "military said. Two soldiers were killed. In a statement, Hezbollah said its fighters destroyed several "
        "vehicles. The soldiers' ranks were not known. Hezbollah said the attack was carried out by a group calling "
        "itself the martyrs of Quneitra, in retaliation for an Israeli airstrike on the Golan Heights on Jan. 18. "
        "Ever since, Israel has braced for a response to the strike."
    )
    found = proposals(text, "2015-01-28", "israel-lebanon")
    assert [(p.reporting_side, p.place) for p in found] == [("Israel", "Mount Dov")]


def test_fighters_destroying_the_other_sides_vehicle_is_an_attack_and_their_own_side_tells_it_as_its_own():
    assert classify(
        "Hezbollah fighters destroyed a military vehicle of the Israeli army with a missile near Zar'it.", LEBANON
    ).event
    from mapdata.extract.attribution import tells_own_fire

    assert tells_own_fire("In a statement, Hezbollah said its fighters destroyed a number of Israeli vehicles.")


def test_a_countrys_capital_and_a_vehicles_model_are_no_places_and_a_military_post_is_one():
    from mapdata.extract.places import find_place_mentions
    from mapdata.geo.gazetteer import Gazetteer

    def names(sentence: str) -> list[str]:
        return [m.name for m in find_place_mentions(sentence, Gazetteer.default(), lexicon=LEBANON)]

    assert "Syrian" not in names("Two fighters were killed in Israeli airstrikes on the Syrian capital, Damascus.")
    assert "Wolf" not in names("A missile hit Israel's Wolf armoured personnel carrier near Zar'it.")
    assert "Shtula" in names("A missile hit a vehicle near Shtula military post in the Galilee.")


def test_a_side_naming_the_unit_that_carried_out_the_attack_owns_it_whoever_else_it_names():
    text = (
        "Hezbollah said that the attack was carried out by a unit named after two of its fighters who were killed "
        "in Israeli airstrikes on Damascus last week."
    )
    assert proposals(text, "2019-09-02", "israel-lebanon") == []


def test_days_later_count_from_the_day_the_sentence_before_names():
    text = (
        "On June 28, the two armies agreed to fully implement the ceasefire agreement, the ISPR said. However, only "
        "three days later, Indian troops shot at and injured a man in Battal village, the ISPR said."
    )
    (found,) = proposals(text, "2018-07-05", "india-pakistan")
    assert (found.date, found.place, found.wounded) == ("2018-07-01", "Battal", 1)


def test_fatally_shot_is_killed():
    from mapdata.extract.casualties import find_casualties

    assert (
        find_casualties("A Cambodian soldier was fatally shot during an exchange of fire with Thai troops.").killed == 1
    )
    assert find_casualties("Two soldiers were shot by snipers.").killed is None


def test_the_army_that_speaks_is_the_one_the_sentence_names_by_its_side():
    text = (
        "The Israeli military launched new strikes on Hezbollah infrastructure in Lebanon in response to fire from "
        "Lebanon, the army press service said. 'A short while ago, an anti-tank missile was fired at an IDF post near "
        "Shtula,' it said."
    )
    found = proposals(text, "2023-10-31", "israel-lebanon")
    assert found and {(p.reporting_side, p.accused_side) for p in found} == {("Israel", "Hezbollah")}
    # (with no army named by its side, whom the claim blames still tells which army speaks)
    (shtula,) = proposals(
        "Hezbollah fired an anti-tank missile at a post near Shtula, the army said.", "2023-10-31", "israel-lebanon"
    )
    assert (shtula.reporting_side, shtula.accused_side) == ("Israel", "Hezbollah")
