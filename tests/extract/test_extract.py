"""Extraction, module by module, on sentences written for these tests (not taken from articles)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from mapdata.cli import main as cli_main
from mapdata.extract import MAX_CHARS, extract, read_document
from mapdata.extract.attribution import SpeakerTracker, find_accused, find_attribution, side_of_claimant
from mapdata.extract.casualties import find_casualties, number_value, own_losses
from mapdata.extract.dates import find_dates, part_of_day, pick_date
from mapdata.extract.denials import find_denial, is_denial
from mapdata.extract.events import classify
from mapdata.extract.places import BORDER, border_mention, choose_places, find_place_mentions
from mapdata.extract.review import highlight, proposal_rows, rows_to_incidents
from mapdata.extract.text import parse_header, split_sentences, strip_html
from mapdata.extract.weapons import event_type, find_weapons
from mapdata.geo.gazetteer import Gazetteer
from mapdata.model import Incident

D = dt.date


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


# -- text ---------------------------------------------------------------------------
def test_header_lines_are_read_and_removed():
    meta, body = parse_header("url: https://x.example/a\npublished: 2022-03-04\noutlet: Example Daily\n\nFirst line.")
    assert meta == {"url": "https://x.example/a", "published": "2022-03-04", "outlet": "Example Daily"}
    assert body.strip() == "First line."


def test_text_without_header_is_unchanged():
    assert parse_header("Troops fired at a post.\nMore.") == ({}, "Troops fired at a post.\nMore.")


def test_sentences_keep_abbreviations_and_mark_headings():
    sentences = split_sentences(
        "Shots heard near the lake\nThe U.S. envoy said shooting began at 9 p.m. on Monday. It stopped later. \u201cWe saw it,\u201d he said."
    )
    assert sentences[0].heading and sentences[0].text == "Shots heard near the lake"
    texts = [s.text for s in sentences[1:]]
    assert texts == [
        "The U.S. envoy said shooting began at 9 p.m. on Monday.",
        "It stopped later.",
        "\u201cWe saw it,\u201d he said.",
    ]
    assert sentences[3].norm == '"We saw it," he said.' and len(sentences[3].norm) == len(sentences[3].text)


def test_html_is_reduced_to_visible_text_without_scripts():
    text, was_html = strip_html(
        "<div><p>Mortar fire hit a post.</p><script>alert('x')</script><p>Second &amp; last.</p></div>"
    )
    assert was_html
    assert "alert" not in text and "Mortar fire hit a post." in text and "Second & last." in text


def test_oversized_paste_is_truncated_with_a_warning():
    doc = read_document("A soldier fired. " * (MAX_CHARS // 17 + 100))
    assert any("only the first" in w for w in doc.warnings)
    assert sum(len(s.text) + 1 for s in doc.sentences) <= MAX_CHARS + 10


def test_nonsense_publication_date_is_a_warning_not_a_crash():
    doc = read_document("published: the 45th of Brumaire\n\nTroops fired on Friday.")
    assert doc.published is None
    assert any("not a date" in w for w in doc.warnings)


def test_free_form_publication_date_is_understood():
    assert read_document("Text.", published="3 March 2021").published == D(2021, 3, 3)


# -- dates --------------------------------------------------------------------------
def _date(sentence: str, published: dt.date | None, context: dt.date | None = None) -> dt.date | None:
    chosen = pick_date(find_dates(sentence, published, context), sentence)
    return chosen.date if chosen else None


def test_weekday_is_the_latest_such_day_on_or_before_publication():
    wednesday = D(2021, 6, 9)
    assert _date("Shelling resumed on Monday.", wednesday) == D(2021, 6, 7)
    assert _date("Shelling resumed late Wednesday.", wednesday) == wednesday
    assert _date("Shelling resumed on Thursday.", wednesday) == D(2021, 6, 3)


def test_previous_day_counts_back_from_the_date_being_discussed():
    assert _date("The previous day a post was hit.", D(2021, 6, 9), context=D(2021, 6, 4)) == D(2021, 6, 3)
    assert _date("Two days earlier a post was hit.", D(2021, 6, 9), context=D(2021, 6, 4)) == D(2021, 6, 2)


def test_night_spanning_two_days_is_the_second_day():
    assert _date("During the night of 3 to 4 August the post was fired at.", D(2019, 8, 5)) == D(2019, 8, 4)
    assert _date("On the night of August 3-4 the post was fired at.", D(2019, 8, 5)) == D(2019, 8, 4)


def test_year_is_inferred_and_never_after_publication():
    assert _date("On 29 December mortars were used.", D(2024, 1, 2)) == D(2023, 12, 29)
    assert _date("On March 8 mortars were used.", D(2024, 3, 10)) == D(2024, 3, 8)
    assert _date("On 8 March 2016 mortars were used.", D(2024, 3, 10)) == D(2016, 3, 8)


def test_overnight_and_today_are_the_publication_day_but_unknown_without_one():
    assert _date("Fire was opened overnight.", D(2020, 5, 5)) == D(2020, 5, 5)
    assert _date("Positions came under fire this morning.", D(2020, 5, 5)) == D(2020, 5, 5)
    assert _date("Positions came under fire on Friday.", None) is None
    assert _date("Positions came under fire.", D(2020, 5, 5)) is None  # the text says nothing: no silent default


def test_statement_day_gives_way_to_the_event_day():
    assert _date("The ministry said on Thursday that its post was shelled late Tuesday.", D(2022, 2, 10)) == D(
        2022, 2, 8
    )


def test_calendar_date_wins_over_relative_one():
    assert _date("In a note issued yesterday, it said that on 14 May two posts were hit.", D(2022, 5, 16)) == D(
        2022, 5, 14
    )


def test_part_of_day():
    assert part_of_day("shooting after midnight") == "night"
    assert part_of_day("at about 5 p.m. the post") == "afternoon"
    assert part_of_day("a quiet post") is None


# -- attribution ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence, claimant, side",
    [
        ("Azerbaijan's Defence Ministry said the post was hit.", "Azerbaijani MoD", "Azerbaijan"),
        ("\u201cThe post was hit,\u201d said a defence ministry statement from Baku.", "Azerbaijani MoD", "Azerbaijan"),
        ("The Armenian MoD reported that a post was hit.", "Armenian MoD", "Armenia"),
        ("According to the Ministry of Defence of Armenia, a post was hit.", "Armenian MoD", "Armenia"),
        ("The EU Monitoring Mission said its patrol heard explosions.", "EU mission", "third party"),
        ("Russian peacekeepers recorded two violations, the bulletin said.", "Russian peacekeepers", "third party"),
        ("According to local media reports, a post was hit.", "Example Times", "media"),
    ],
)
def test_attribution_names_claimant_and_side(sentence, claimant, side):
    found = find_attribution(
        sentence.replace("\u201c", '"').replace("\u201d", '"'), SpeakerTracker(outlet="Example Times")
    )
    assert (found.claimant, found.side) == (claimant, side)


def test_spokesperson_introduced_once_is_recognised_later():
    tracker = SpeakerTracker()
    find_attribution("Azerbaijani Defence Ministry spokesman Anar Guliyev told journalists the area was calm.", tracker)
    later = find_attribution("Guliyev added that two posts had been hit.", tracker)
    assert later is not None and later.claimant == "Azerbaijani MoD"
    back = find_attribution("The spokesman also said a drone was seen.", tracker)
    assert back is not None and back.side == "Azerbaijan"


def test_the_ministry_refers_back_to_the_last_ministry():
    tracker = SpeakerTracker()
    find_attribution("The Armenian Defence Ministry issued a statement.", tracker)
    assert find_attribution("The ministry said a post was hit.", tracker).side == "Armenia"


def test_a_publication_named_after_a_country_is_media():
    found = find_attribution(
        "Troops clashed, according to Armenia Today, citing residents.", SpeakerTracker(outlet="Example")
    )
    assert found.side == "media"


@pytest.mark.parametrize(
    "sentence, side",
    [
        ("Armenian units opened fire on Azerbaijani positions.", "Armenia"),
        ("Azerbaijani positions were fired upon by units of the Armenian army.", "Armenia"),
        ("The Armenian army shot down an Azerbaijani drone over the lake.", "Azerbaijan"),
        ("A sniper fired from Azerbaijani positions at a farmer.", "Azerbaijan"),
        ("Two Armenian soldiers were wounded when Azerbaijan shelled the village.", "Azerbaijan"),
        ("Shots were heard near the village.", None),
    ],
)
def test_accused_side(sentence, side):
    assert find_accused(sentence) == side


def test_side_of_claimant_text():
    assert side_of_claimant("Armenian MoD") == "Armenia"
    assert side_of_claimant("unattributed (Example Times)") == "media"
    assert side_of_claimant("Artsakh Defence Army") == "Armenia"
    assert side_of_claimant("EU mission") == "third party"


# -- denials ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Baku said the report was absolutely false.",
        "Yerevan said the information does not correspond to reality.",
        "The Armenian Defence Ministry denied that its troops had fired.",
    ],
)
def test_denials_are_recognised(sentence):
    assert is_denial(sentence)


def test_denial_names_who_denies_whom():
    tracker = SpeakerTracker()
    denial = find_denial("The Azerbaijani Defence Ministry denied the claims of the Armenian side.", tracker)
    assert (denial.denier_side, denial.denied_side) == ("Azerbaijan", "Armenia")


def test_ordinary_report_is_not_a_denial():
    assert not is_denial("Armenian units opened fire on a farm; the village lies near the border.")


# -- casualties -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence, killed, wounded",
    [
        ("Three of its servicemen had been wounded, the ministry said.", None, 3),
        ("A border guard was killed and two civilians were injured.", 1, 2),
        ("Private Aram Petrosyan and sergeant Levon Hakobyan died of their wounds.", 2, None),
        ("Twenty-one soldiers were wounded.", None, 21),
        ("One conscript received a shrapnel wound.", None, 1),
        ("The post came under fire.", None, None),
        ("More than 3,000 people have been killed in the war.", None, None),
        ("Hundreds were wounded over the years.", None, None),
        ("The shelling, which appears to follow an attack killing a soldier last week, hit a farm.", None, None),
    ],
)
def test_casualties_as_stated(sentence, killed, wounded):
    found = find_casualties(sentence)
    assert (found.killed, found.wounded) == (killed, wounded)


def test_number_words():
    assert number_value("four") == 4 and number_value("an") == 1 and number_value("thirty-two") == 32
    assert number_value("dozens") is None


def test_each_side_reporting_its_own_losses():
    losses = own_losses(
        "Azerbaijan confirmed that two soldiers had been killed, while Armenia said one serviceman was wounded."
    )
    assert [(side, c.killed, c.wounded) for side, c in losses] == [("Azerbaijan", 2, None), ("Armenia", None, 1)]


# -- weapons and events ---------------------------------------------------------------
def test_weapons_as_written_longest_first():
    assert find_weapons("They used trench mortars, mortars and UAVs (drones) and large-caliber machine guns.") == [
        "trench mortars",
        "mortars",
        "UAVs",
        "drones",
        "large-caliber machine guns",
    ]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Artillery shelled the village.", "shelling"),
        ("A kamikaze drone struck a truck.", "drone strike"),
        ("Snipers fired with small arms.", "small-arms fire"),
        ("Fierce battles went on all night with tanks and artillery.", "armed clash"),
        ("Combat aircraft bombed the depot.", "air strike"),
        ("A landmine exploded under a tractor.", "explosion"),
        ("Something happened.", "other"),
        # fire with no weapon named is small-arms fire (walk26); a weapon named still decides
        ("Azerbaijani forces opened fire on positions near Sotk, wounding two soldiers.", "small-arms fire"),
        ("Troops fired at the post overnight.", "small-arms fire"),
        ("Troops opened fire on the post with mortars.", "shelling"),
        ("The building caught fire.", "other"),
    ],
)
def test_event_type(text, kind):
    assert event_type(text) == kind


def test_event_signals():
    assert classify("Armenian units opened fire at a post.").event
    assert classify("Clashes broke out between Armenian and Azerbaijani troops.").symmetric
    assert classify("No ceasefire violations were recorded overnight.").negated
    assert classify("Our units took adequate retaliatory measures.").retaliation
    assert classify("Thousands died during the first war.").background
    assert not classify("In retaliation for the shelling, units opened fire.").retaliation


# -- places ---------------------------------------------------------------------------
def test_a_list_of_places_gives_one_place_each(gazetteer):
    mentions = find_place_mentions("Posts in the direction of Sotk, Jermuk and Kapan were shelled.", gazetteer)
    chosen = choose_places(mentions)
    assert [m.name for m in chosen] == ["Sotk", "Jermuk", "Kapan"]
    assert all(m.place is not None and m.place.country == "AM" for m in chosen)


def test_the_village_beats_its_province(gazetteer):
    chosen = choose_places(find_place_mentions("Shells hit the village of Tegh in Syunik province.", gazetteer))
    assert [m.name for m in chosen] == ["Tegh"]


def test_an_unknown_village_is_flagged_not_dropped(gazetteer):
    mentions = find_place_mentions("Shots were fired near the village of Zzyxqorvan.", gazetteer)
    assert [(m.name, m.place) for m in mentions] == [("Zzyxqorvan", None)]
    assert mentions[0].key == "unresolved:zzyxqorvan"


def test_adjectives_governments_and_faraway_cities_are_not_places(gazetteer):
    assert find_place_mentions("The Karabakh army said a drone was downed.", gazetteer) == []
    assert find_place_mentions("A statement from Yerevan said so before the talks in Brussels.", gazetteer) == []


def test_border_is_the_region_fallback():
    mention = border_mention("Fire was opened on the state border.")
    assert mention is not None and mention.place is BORDER and not mention.specific


# -- the whole pipeline -----------------------------------------------------------------
REPORT = """url: https://example.org/report
published: 2021-05-14
outlet: Example Times

Armenian forces opened fire on Azerbaijani positions near Alibeyli in Tovuz district on Thursday, Azerbaijan's Defence Ministry said.
One Azerbaijani soldier was wounded, the ministry added.
The Armenian Defence Ministry denied the claim, calling it disinformation.
Separately, the Armenian Defence Ministry said Azerbaijani units shelled positions in the direction of Sotk and Jermuk the previous day.
The two countries fought a war in 2020 in which thousands were killed.
"""


def test_report_becomes_claims_with_evidence_and_responses():
    result = extract(REPORT)
    assert result.published == D(2021, 5, 14) and result.outlet == "Example Times"
    summary = [
        (p.date, p.place, p.claimant, p.reporting_side, p.accused_side, p.killed, p.wounded) for p in result.proposals
    ]
    assert summary == [
        ("2021-05-13", "Alibeyli", "Azerbaijani MoD", "Azerbaijan", "Armenia", None, 1),
        ("2021-05-12", "Sotk", "Armenian MoD", "Armenia", "Azerbaijan", None, None),
        ("2021-05-12", "Jermuk", "Armenian MoD", "Armenia", "Azerbaijan", None, None),
    ]
    first = result.proposals[0]
    assert first.evidence["wounded"] == ["One Azerbaijani soldier was wounded, the ministry added."]
    assert first.responses == ["The Armenian Defence Ministry denied the claim, calling it disinformation."]
    assert [(r.side, r.denies_side, r.denies) for r in result.responses] == [("Armenia", "Azerbaijan", 0)]
    assert result.proposals[1].resolved and result.proposals[1].event_type == "shelling"


def test_resolved_proposals_validate_and_unresolved_ones_are_flagged():
    result = extract(REPORT)
    unresolved = [p for p in result.proposals if not p.resolved]
    for proposal in result.proposals:
        if proposal.resolved:
            incident = Incident.create(**proposal.incident_values())
            assert incident.origin == "article" and incident.extra["evidence"]["claim"]
    for proposal in unresolved:  # a village the gazetteer does not know in Armenia or Azerbaijan
        assert proposal.place and proposal.latitude is None
        assert any(proposal.place in w and "not in the gazetteer" in w for w in result.warnings)
        with pytest.raises(Exception, match="latitude"):
            Incident.create(**proposal.incident_values())


def test_summary_and_reported_clashes_are_not_incidents():
    text = (
        "published: 2022-01-20\n\nClashes broke out between Armenian and Azerbaijani troops on Wednesday. "
        "Reports indicate fighting continued later on Wednesday."
    )
    result = extract(text)
    assert result.proposals == []
    assert any("No incident" in w for w in result.warnings)


def test_media_voice_claim_is_attributed_to_the_outlet():
    result = extract(
        "A farmer was wounded late Monday when Azerbaijani troops fired at a tractor near the village of Chinari.",
        published="2019-03-05",
        outlet="Example Weekly",
    )
    [proposal] = result.proposals
    assert (proposal.claimant, proposal.reporting_side, proposal.accused_side) == (
        "Example Weekly",
        "media",
        "Azerbaijan",
    )
    assert (proposal.date, proposal.wounded, proposal.killed) == ("2019-03-04", 1, None)


def test_no_publication_date_leaves_relative_dates_unknown():
    result = extract("The Armenian Defence Ministry said Azerbaijani units fired at Sotk on Friday.")
    assert result.proposals[0].date is None
    assert any("publication date" in w for w in result.warnings)


def test_empty_and_incident_free_texts_say_so():
    assert extract("").proposals == [] and "empty" in extract("   ").warnings[0]
    result = extract("Foreign ministers met in Geneva on Tuesday to discuss a peace treaty.", published="2023-01-01")
    assert result.proposals == [] and "No incident" in result.warnings[0]


def test_hostile_html_paste_is_read_as_text():
    text = (
        "<html><body><p>The Armenian Defence Ministry said Azerbaijani units fired at Sotk on 2 June.</p>"
        "<script>document.cookie</script><img src=x onerror=alert(1)></body></html>"
    )
    result = extract(text, published="2022-06-03")
    assert [p.place for p in result.proposals] == ["Sotk"]
    assert any("HTML" in w for w in result.warnings)
    assert "cookie" not in json.dumps(result.to_dict())


# -- CLI ------------------------------------------------------------------------------
def test_cli_prints_proposals_as_json(tmp_path, capsys):
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    assert cli_main(["extract", str(report)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["published"] == "2021-05-14" and len(out["proposals"]) == 3
    assert out["proposals"][0]["evidence"]["claimant"]
    # the conflict was read off the text, not chosen (walk4: it said "chosen by the user")
    assert out["conflict_reason"] != "chosen by the user" and "Armenia" in out["conflict_reason"]
    assert cli_main(["extract", str(report), "--conflict", "armenia-azerbaijan"]) == 0
    assert json.loads(capsys.readouterr().out)["conflict_reason"] == "chosen by the user"


def test_cli_options_override_header_and_bad_dates_fail_clearly(tmp_path, capsys):
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    assert cli_main(["extract", str(report), "--published", "2021-05-21", "--outlet", "Other"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["published"] == "2021-05-21" and out["proposals"][0]["date"] == "2021-05-20"
    assert cli_main(["extract", str(report), "--published", "2021-02-30"]) == 1
    assert "not a valid date" in capsys.readouterr().err
    assert cli_main(["extract", str(tmp_path / "missing.txt")]) == 1


def test_cli_uses_the_aliases_saved_in_the_database_and_writes_nothing(tmp_path, capsys, monkeypatch):
    from mapdata.geo.gazetteer import Gazetteer
    from mapdata.geo.placebook import PlaceBook
    from mapdata.store import Store

    monkeypatch.delenv("MAPDATA_DB", raising=False)
    report = tmp_path / "report.txt"
    report.write_text(
        "published: 2022-06-03\n\nThe Armenian Defence Ministry said Azerbaijani units "
        "shelled positions near the village of Zzyxqorvan on 2 June.\n",
        encoding="utf-8",
    )
    assert cli_main(["extract", str(report)]) == 0
    assert json.loads(capsys.readouterr().out)["proposals"][0]["resolved"] is False
    db = tmp_path / "own.db"
    PlaceBook(Store(db)).save_alias("Zzyxqorvan", Gazetteer.default().geocode("Goris").place)
    before = db.read_bytes()
    assert cli_main(["extract", str(report), "--db", str(db)]) == 0
    proposal = json.loads(capsys.readouterr().out)["proposals"][0]
    assert proposal["resolved"] is True and round(proposal["latitude"], 2) == 39.51
    assert db.read_bytes() == before


# -- review rows ------------------------------------------------------------------------
def test_review_rows_validate_per_row_and_use_chosen_points():
    result = extract(REPORT)
    rows = proposal_rows(result.proposals)
    assert [r["save"] for r in rows] == [p.resolved for p in result.proposals]
    unresolved = [i for i, p in enumerate(result.proposals) if not p.resolved]
    bad = next(i for i, p in enumerate(result.proposals) if p.resolved)
    rows[bad]["date"] = "2021-02-30"
    rows[bad]["weapons"] = "mortars; drones"
    for row in rows:
        row["save"] = True
    outcome = {r.row: r for r in rows_to_incidents(rows, result.proposals)}
    assert outcome[bad].incident is None and outcome[bad].error.startswith("date:")
    for i in unresolved:
        assert outcome[i].error.startswith("latitude:")
    rows[bad]["date"] = "2021-05-12"
    points = dict.fromkeys(unresolved, (39.1, 46.2, None))
    fixed = rows_to_incidents(rows, result.proposals, points)
    assert all(r.incident is not None for r in fixed)
    assert fixed[bad].incident.weapons == ("mortars", "drones")
    rows[bad]["save"] = False
    assert bad not in [r.row for r in rows_to_incidents(rows, result.proposals, points)]


def test_highlight_escapes_before_marking():
    marked = highlight('<img src=x onerror=alert(1)> near Sotk with "mortars"', ["Sotk", "mortars"])
    assert "<img" not in marked and "&lt;img" in marked
    assert "<mark>Sotk</mark>" in marked and "<mark>mortars</mark>" in marked


def test_speaker_named_where_a_multi_sentence_quotation_ends():
    text = (
        'published: 2022-11-03\n\n"Units of the Armenian armed forces fired at our positions near Kalbajar district on '
        'Wednesday evening. Our units took adequate retaliatory measures," the Azerbaijani Defence Ministry said.\n'
        "The Armenian side said Azerbaijani troops shelled Sotk overnight, leaving two soldiers wounded."
    )
    result = extract(text)
    assert [(p.date, p.place, p.reporting_side, p.wounded) for p in result.proposals] == [
        ("2022-11-02", "Kalbajar", "Azerbaijan", None),
        ("2022-11-03", "Sotk", "Armenia", 2),
    ]


def test_a_denial_that_accuses_back_is_a_response_and_a_claim():
    text = (
        "published: 2020-08-03\n\nArmenia's Defence Ministry said Azerbaijani forces shelled the village of Chinari on Sunday.\n"
        "Azerbaijan's Defence Ministry denied the report and said it was Armenian troops that had opened fire near Sotk."
    )
    result = extract(text)
    assert [(p.place, p.reporting_side, p.accused_side, p.date) for p in result.proposals] == [
        ("Chinari", "Armenia", "Azerbaijan", "2020-08-02"),
        ("Sotk", "Azerbaijan", "Armenia", "2020-08-02"),
    ]
    assert [(r.side, r.denies) for r in result.responses] == [("Azerbaijan", 0)]


def test_a_country_named_as_a_location_is_not_the_actor():
    assert find_accused("Armenian detachments deployed in the territory of Azerbaijan fired at a post.") == "Armenia"


def test_dateline_dates_a_report_without_publication_date():
    result = extract(
        "Shots near Sotk\nMarch 3, 2021 - 09:10\nAzerbaijani units opened fire at Sotk on Tuesday, the Armenian MoD said."
    )
    assert result.published == D(2021, 3, 3)
    assert [p.date for p in result.proposals] == ["2021-03-02"]
    assert any("dateline" in w for w in result.warnings)


from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=600))
def test_any_text_gives_a_result_not_a_crash(text):
    result = extract(text, published="2022-01-01")
    assert isinstance(result.proposals, list) and isinstance(result.warnings, list)
    for proposal in result.proposals:
        assert proposal.reporting_side in ("Armenia", "Azerbaijan", "third party", "media")


_FRAGMENTS = [
    "Armenian",
    "Azerbaijani",
    "forces",
    "opened fire",
    "shelled",
    "near",
    "Sotk",
    "the village of",
    "Tegh",
    "on Friday",
    "the previous day",
    "overnight",
    "said",
    "the ministry",
    "Defence Ministry",
    '"',
    ",",
    ".",
    "denied",
    "absolutely false",
    "two soldiers were killed",
    "wounded",
    "in the direction of",
    "and",
    "Kapan",
    "clashes between",
    "war",
    "in 2016",
    "according to",
    "EU mission",
    "\n",
    "retaliatory",
    "Zzyx",
]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=60))
def test_report_like_word_salad_gives_a_result_not_a_crash(words):
    result = extract(" ".join(words), published="2022-01-01")
    for proposal in result.proposals:
        assert proposal.date is None or proposal.date <= "2022-01-08"
        assert (proposal.latitude is None) == (not proposal.resolved)


def test_vague_recent_dates_keep_their_precision_and_old_ones_are_background():
    week = extract("Azerbaijani units shelled Sotk last week, the Armenian MoD said.", published="2022-05-20").proposals
    assert [(p.date, p.date_precision) for p in week] == [("2022-05-13", "week")]
    month = extract(
        "Azerbaijani units shelled Sotk this month, the Armenian MoD said.", published="2022-05-20"
    ).proposals
    assert [(p.date, p.date_precision) for p in month] == [("2022-05-01", "month")]
    # "Earlier this month" introduces a recap of older events (issue 16, kind 6): background.
    recap = extract("Earlier this month Azerbaijani units shelled Sotk, the Armenian MoD said.", published="2022-05-20")
    assert recap.proposals == []
    old = extract("In April 2016 Azerbaijani units shelled Sotk, the Armenian MoD said.", published="2022-05-20")
    assert old.proposals == [] and any("background" in w for w in old.warnings)


def test_a_renamed_place_moves_the_point_or_is_refused(gazetteer):
    result = extract("Azerbaijani units shelled Sotk on 2 June, the Armenian MoD said.", published="2022-06-03")
    rows = proposal_rows(result.proposals)
    rows[0]["place"] = "Kapan"

    def geocode(name):
        return gazetteer.geocode(name, countries=("AM", "AZ")).place

    [moved] = rows_to_incidents(rows, result.proposals, geocode=geocode)
    kapan = gazetteer.geocode("Kapan", countries=("AM", "AZ")).place
    assert (moved.incident.place, moved.incident.latitude) == ("Kapan", kapan.latitude)
    rows[0]["place"] = "Zzyxqorvan"
    [refused] = rows_to_incidents(rows, result.proposals, geocode=geocode)
    assert refused.incident is None and refused.error.startswith("place:")
