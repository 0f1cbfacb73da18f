"""Round 20 (sentences of our own): how English news reports frame time and lists, read on the
build halves of unseen18/unseen19 (outside the repository) and checked on ../shared/articles."""

from __future__ import annotations

import pytest
from reading_helpers import dated_places, proposals

from mapdata.extract import extract


def _read(text: str, published: str = "2024-05-10") -> list[tuple[str | None, str | None]]:
    return dated_places(text, published)


# 2024-05-10 is a Friday; "on Thursday" is 2024-05-09.
FRAME = "Israel and Hezbollah on Thursday accused each other of breaking the truce. "


def test_the_past_24_hours_of_a_statement_count_back_from_the_day_the_lede_names():
    text = FRAME + "The Israeli army said Hezbollah fighters fired rockets at Metula over the past 24 hours."
    assert _read(text) == [("2024-05-08", "Metula")]


def test_overnight_in_a_statement_is_the_night_into_the_day_the_lede_names():
    text = FRAME + "The Lebanese army said an Israeli drone struck a house in Aitaroun overnight."
    assert _read(text) == [("2024-05-09", "Aitaroun")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the statement names its own day: the frame does not apply
        (
            FRAME + "The Israeli army said on Friday that rockets hit Metula over the past 24 hours.",
            [("2024-05-09", "Metula")],
        ),
        # the lede is today's: no frame, nothing moves
        (
            "Israel on Friday accused Hezbollah of breaking the truce. The Israeli army said rockets hit Metula "
            "over the past 24 hours.",
            [("2024-05-09", "Metula")],
        ),
        # not a statement: the text's own night
        (FRAME + "Overnight, an Israeli drone struck a house in Aitaroun.", [("2024-05-10", "Aitaroun")]),
    ],
)
def test_guard_the_frame_only_moves_a_statement_with_no_day_of_its_own(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("mark", [":", ";"])
def test_a_list_after_a_colon_or_semicolon_names_places_when_one_is_known(mark):
    # Ta Kwai is in the gazetteer; the other names are not, and stay places of their own
    text = (
        f"The Thai army said Cambodian troops opened fire in six areas on Thursday{mark} Ta Muan Thom, Ta Kwai, "
        "Chong Bok, Khao Pra Viharn, Chong An Ma, and Chong Chom."
    )
    places = [place for _, place in _read(text, "2025-07-25")]
    assert places == ["Ta Muan Thom", "Ta Kwai", "Chong Bok", "Khao Pra Viharn", "Chong An Ma", "Chong Chom"]


def test_guard_a_list_after_a_colon_with_no_known_place_is_not_taken_as_places():
    text = (
        "The Thai army said Cambodian troops opened fire near Ta Kwai on Thursday; Somchai Wong, Anan Boon "
        "and Preecha Kaew were wounded."
    )
    assert [place for _, place in _read(text, "2025-07-25")] == ["Ta Kwai"]


def _voices(text: str, published: str = "2025-04-22") -> list[tuple[str | None, str | None, str | None]]:
    return [(p.place, p.claimant, p.reporting_side) for p in proposals(text, published)]


@pytest.mark.parametrize(
    ("service", "claimant"),
    [
        ("Ukraine's Air Force reported", "Ukrainian Air Force"),
        ("Ukraine’s State Emergency Service said", "Ukrainian State Emergency Service"),
    ],
)
def test_a_state_service_named_with_its_country_speaks_for_that_side(service, claimant):
    text = f"On Monday, Russian forces fired three missiles at Kherson, {service}."
    assert _voices(text) == [("Kherson", claimant, "Ukraine")]


def test_a_civil_defence_speaks_for_its_country():
    text = "Israeli drones struck a house in Aitaroun on Monday, Lebanon's civil defence said."
    assert _voices(text) == [("Aitaroun", "Lebanese civil defence", "Lebanon")]


@pytest.mark.parametrize(
    "official",
    [
        "regional administration head Mykola Bondar said",
        "the head of the regional military administration, Mykola Bondar, said",
    ],
)
def test_the_head_of_a_regional_administration_is_a_local_official_of_the_side(official):
    text = f"On Monday, Russian drones hit a food plant in the Dnipropetrovsk region, {official}."
    [(place, _, side)] = _voices(text)
    assert (place, side) == ("Dnipropetrovsk", "Ukraine")


@pytest.mark.parametrize("impact", ["sparked a fire at", "damaged", "caused a fire at"])
def test_a_weapon_that_damages_or_sets_fire_is_an_attack(impact):
    text = f"On Monday, Russian drones {impact} a warehouse in Kherson, Ukraine's General Staff said."
    assert _voices(text) == [("Kherson", "Ukrainian General Staff", "Ukraine")]


def test_a_dateline_with_its_day_in_brackets_is_where_and_when_the_story_was_filed():
    # 2019-07-21 is a Sunday: "on Saturday" is the day the statement was made, the bracket's day the filing
    text = (
        "LUHANSK (Wire News / Agency - 21st July, 2019) One person was killed in the shelling of Pervomaisk "
        "by Ukrainian forces, the LPR prosecutor's office told reporters on Saturday."
    )
    assert _read(text, "2019-07-21") == [("2019-07-20", "Pervomaisk")]


@pytest.mark.parametrize("voice", ["a military statement said", "military sources said"])
def test_a_military_voice_that_names_no_side_is_the_army_of_the_side_it_does_not_blame(voice):
    text = f"Indian troops violated the ceasefire on Sunday in the Jandroot sector near Kotli, {voice}."
    [(place, _, side)] = _voices(text, "2014-10-05")
    assert (place, side) == ("Jandroot", "Pakistan")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Donetsk direction, militants fired grenade launchers at Ukrainian positions near Avdiivka "
            "(18km north of Donetsk) on Monday, the ATO press center said.",
            ["Avdiivka"],
        ),
        (
            "On Monday, Ukrainian strongholds outside Vodiane (16km north-west of Donetsk) came under enemy fire "
            "(30 km northeast of Mariupol), the ATO press center said.",
            ["Vodiane"],
        ),
    ],
)
def test_a_town_named_only_as_a_reference_point_is_not_a_place_of_the_fire(text, expected):
    assert [place for _, place in _read(text, "2017-05-09")] == expected


def test_the_abbreviation_of_border_outposts_is_no_place():
    text = (
        "Pakistan Rangers on Wednesday opened fire on border out posts (BoPs) along the International Border in "
        "the Samba-Kathua sector, a senior BSF officer said. The Rangers fired small arms on BoPs in Hiranagar and "
        "Samba sectors, the officer said."
    )
    assert "BoPs" not in [place for _, place in _read(text, "2019-09-19")]


def test_a_side_named_before_its_defence_spokesman_is_the_speakers_side():
    text = (
        "Two women died on Saturday when Ukraine's Armed Forces shelled the village of Maryevka in the Lugansk "
        "People's Republic (LPR), LPR defense spokesman Andrei Marochko said on Saturday."
    )
    [(place, _, side)] = _voices(text, "2018-10-14")
    assert (place, side) == ("Maryevka", "Russia")


def test_a_month_of_a_year_is_that_month():
    from mapdata.extract.dates import find_dates

    [mention] = find_dates("The last time was in August of 2010.", None)
    assert (mention.date.isoformat(), mention.precision) == ("2010-08-01", "month")


@pytest.mark.parametrize(
    "speaker",
    [
        "General Chea Mon, Cambodia's military commander, said",
        "General Chea Mon, Cambodia's military commander at Preah Vihear, said",
    ],
)
def test_an_office_in_apposition_to_the_speakers_name_gives_the_side(speaker):
    text = f"Thai troops opened fire near Preah Vihear temple on Friday, {speaker}."
    assert _voices(text, "2008-10-06") == [("Preah Vihear", "Cambodian MoD", "Cambodia")]


def test_a_claim_told_on_the_day_it_was_claimed_takes_the_day_its_detail_gives():
    # 2020-12-29 is a Tuesday: "on Monday" is the day of the claim, "On 27 December" the day of the attack
    text = (
        "The Azerbaijani Defence Ministry on Monday claimed that one of its soldiers had been killed in an attack "
        'on its positions in Nagorno-Karabakh. "On 27 December, an Armenian armed group attacked posts of the '
        "Azerbaijani Army in the village of Agdam. As a result, one of our servicemen was killed, and another "
        'soldier was wounded", the Defence Ministry said.'
    )
    result = extract("published: 2020-12-29\n\n" + text)
    assert [(p.date, p.place, p.killed, p.wounded) for p in result.proposals] == [("2020-12-27", "Agdam", 1, 1)]


@pytest.mark.parametrize(
    ("second", "killed", "wounded"),
    [
        ("One soldier was killed, and another soldier was wounded.", 1, 1),
        ("Another soldier was killed and one was wounded.", 2, 1),
    ],
)
def test_another_counts_more_victims_only_in_its_own_clause(second, killed, wounded):
    text = f"Pakistani troops shelled posts in the Uri sector on Monday, killing a soldier, the army said. {second}"
    [proposal] = extract("published: 2024-05-10\n\n" + text).proposals
    assert (proposal.killed, proposal.wounded) == (killed, wounded)


def test_a_span_over_the_night_ends_on_its_last_day_also_when_weekdays_name_its_days():
    # 2013-10-23 is a Wednesday
    text = (
        'Pakistan Rangers fired mortars at BSF posts in the Ramgarh sector. "Our troops retaliated to the firing '
        'which started at 8.45 p.m. yesterday (Tuesday) and continued till this (Wednesday) morning", a BSF '
        "officer said."
    )
    assert _read(text, "2013-10-23") == [("2013-10-23", "Ramgarh")]


def test_the_day_a_quotation_gave_its_events_stays_where_it_closes_with_the_day_it_was_said():
    # 2019-12-19 is a Thursday
    text = (
        '"On December 18, Russian forces violated the ceasefire seven times. One civilian was killed when they '
        'opened fire in Maryinka," the JFO staff said in its update on Thursday morning.'
    )
    assert _read(text, "2019-12-19") == [("2019-12-18", "Maryinka")]


def test_guard_a_statement_day_after_a_quote_of_one_sentence_dates_it():
    text = '"Russian forces opened fire in Maryinka," the JFO staff said on Thursday.'
    assert _read(text, "2019-12-20") == [("2019-12-19", "Maryinka")]


def test_what_an_attack_comes_a_day_after_was_the_day_before():
    # 2025-06-28 is a Saturday
    text = (
        "An Israeli drone strike killed one man in the village of Kunin on Saturday, the Lebanese health ministry said. "
        "The attack comes a day after Israel killed a woman in a drone strike on Nabatieh, the state news agency said."
    )
    assert _read(text, "2025-06-28") == [("2025-06-28", "Kunin"), ("2025-06-27", "Nabatieh")]


def test_a_line_closed_by_an_agency_photographer_credit_is_a_caption():
    text = (
        "Cambodian soldiers examine a burnt market near an ancient temple where Thai and Cambodian soldiers "
        "exchanged rocket fire in Preah Vihear province April 4, 2009. Cambodian Prime Minister Hun Sen said on "
        "Saturday a border clash with Thailand would not escalate. REUTERS/Chor Sokunthea"
    )
    assert _read(text, "2009-04-05") == []


@pytest.mark.parametrize("quote", ["'{}'", "\u2018{}\u2019"])
def test_a_quotation_in_single_quotes_is_read_like_one_in_double_quotes(quote):
    said = quote.format("Thai soldiers fired many rockets into the market near Preah Vihear temple on Friday,")
    text = f"{said} said Cambodian soldier Kim Chantha."
    assert _voices(text, "2009-04-05") == [("Preah Vihear", "Cambodian MoD", "Cambodia")]


def test_guard_apostrophes_are_no_quotation_marks():
    from mapdata.extract.text import split_sentences

    line = "The soldiers' families left Hezbollah's area, officials said. It's quiet now."
    assert '"' not in "".join(s.norm for s in split_sentences(line))


def test_the_sector_that_opens_a_sentence_frames_the_places_it_names_next():
    text = "In Luhansk sector, militants shelled Krymske with 120-mm mortars on Monday, the ATO press center said."
    assert _read(text, "2017-04-04") == [("2017-04-03", "Krymske")]


def test_guard_a_sector_named_alone_is_the_place():
    text = "In the Nikial sector, Indian troops opened fire on Monday, the ISPR said."
    assert _read(text, "2017-04-04") == [("2017-04-03", "Nikial")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # kept whole, hyphen and all
        ("On Monday, militants shelled Bohdanivka-Druha with mortars, the ATO press center said.", "Bohdanivka-Druha"),
        # a weekday after it is no part of its name
        ("Russian forces shelled Nova Krynytsia Monday, the Ukrainian military said.", "Nova Krynytsia"),
    ],
)
def test_the_place_a_verb_of_fire_takes_is_read_whole_without_a_day_after_it(text, place):
    assert _read(text, "2017-04-04") == [("2017-04-03", place)]
