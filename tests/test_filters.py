"""Filters are pure functions over the incidents frame, and their state survives the URL."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from factories import make_claim
from mapdata.filters import (
    FILTER_KEYS,
    URL_KEYS,
    FilterState,
    apply_filters,
    date_span,
    describe,
    file_stem,
    ignored_values,
    source_options,
    text_mask,
)
from mapdata.formats.importer import preview_import
from mapdata.store import Store
from tests.conftest import shared_file
from ui.common import FILTERS_ARE, NO_SUCH_FILTER, PAGE_KEYS, _unread_named

REPO = Path(__file__).resolve().parents[1]


def _named(ignored: list[tuple[str, str]]) -> list[str]:
    """The note's words for ``ignored``, as read (without the Markdown escapes)."""
    return [words.replace("\\", "") for words in _unread_named(ignored)]


@pytest.fixture
def frame(store) -> pd.DataFrame:
    return store.frame()


def test_no_filter_keeps_everything(frame):
    assert len(apply_filters(frame, FilterState())) == len(frame) == 18


def test_single_day_range_keeps_only_that_day(frame):
    day = dt.date(2023, 5, 11)
    shown = apply_filters(frame, FilterState(date_from=day, date_to=day))
    assert len(shown) == 1
    assert set(shown["date"].dt.date) == {day}


def test_date_range_is_inclusive_at_both_ends(frame):
    shown = apply_filters(frame, FilterState(date_from=dt.date(2023, 4, 11), date_to=dt.date(2023, 5, 12)))
    assert sorted(set(shown["date"].dt.date.astype(str))) == ["2023-04-11", "2023-05-11", "2023-05-12"]
    assert len(shown) == 5


def test_reporting_side_filter(frame):
    shown = apply_filters(frame, FilterState(sides=("Azerbaijan",)))
    assert len(shown) == 6
    assert set(shown["reporting_side"]) == {"Azerbaijan"}


def test_source_filter_and_options(frame):
    assert source_options(frame)[0] == "A1+"  # the most frequent source first
    shown = apply_filters(frame, FilterState(sources=("Trend News Agency",)))
    assert set(shown["place"]) == {"Tovuz"} and len(shown) == 3


def test_one_outlet_written_with_and_without_its_site_is_one_source(frame):
    """walk4: the Source filter offered "The Nation Thailand (nationthailand.com)" (a pasted report)
    and "The Nation Thailand" (a stored claim) apart; picking one missed the other."""
    frame = frame.copy()
    other = frame.index[frame["source"] != "Trend News Agency"][0]
    frame.loc[other, "source"] = "Trend News Agency (trend.az)"
    options = source_options(frame)
    assert "Trend News Agency" in options and not any("trend.az" in o for o in options)
    for chosen in ("Trend News Agency", "Trend News Agency (trend.az)"):  # an older link's spelling too
        shown = apply_filters(frame, FilterState(sources=(chosen,)))
        assert len(shown) == 4 and "Trend News Agency (trend.az)" in set(shown["source"])
    assert "A1+ (a1plus.am)" not in options and source_options(frame)[0] in {"A1+", "Trend News Agency"}


def test_one_body_spelled_two_ways_is_one_source_option(store):
    """walk5: "Armenian MoD" and "Ministry of Defence of Armenia" (ACLED's spelling) were two Source
    options. One option per body (the conflict profile's name for it), matching every spelling; the
    claims keep their sources as written."""
    store.save(
        [
            make_claim(id="manual:mod-short", source="Armenian MoD"),
            make_claim(id="manual:mod-acled", source="RFE/RL; Ministry of Defence of Armenia (mil.am)"),
            make_claim(id="manual:mod-us", source="Ministry of Defense of Armenia"),
        ],
        origin="manual",
    )
    frame = store.frame()
    options = source_options(frame)
    assert options.count("Armenian MoD") == 1 and not any("Ministry of Defen" in o for o in options)
    for chosen in ("Armenian MoD", "Ministry of Defence of Armenia"):  # an older link's spelling too
        shown = apply_filters(frame, FilterState(sources=(chosen,)))
        assert sorted(shown["id"]) == ["manual:mod-acled", "manual:mod-short", "manual:mod-us"]
    assert store.get("manual:mod-acled").source == "RFE/RL; Ministry of Defence of Armenia (mil.am)"  # as written
    assert set(apply_filters(frame, FilterState(sources=("A1+",)))["source"]) == {"A1+"}  # an outlet stays itself


def test_one_outlet_spelled_with_its_web_ending_or_in_other_case_is_one_source_option(store):
    """walk6: "PanARMENIAN.Net" (a typed source) and "Panarmenian" (ACLED's) were two Source options.
    One option, under the spelling most claims use, matching every spelling; claims keep theirs."""
    store.save(
        [
            make_claim(id="manual:pan-1", source="Panarmenian"),
            make_claim(id="manual:pan-2", source="Trend News Agency; Panarmenian; Armenpress"),
            make_claim(id="manual:newsam-1", source="News.am"),
            make_claim(id="manual:newsam-2", source="News Am"),
            make_claim(id="manual:newsam-3", source="News Am"),
        ],
        origin="manual",
    )
    frame = store.frame()
    bundled = int((frame["source"] == "PanARMENIAN.Net").sum())
    assert bundled >= 3  # the bundled claims' spelling, the most frequent of the two
    options = source_options(frame)
    assert [o for o in options if "armenian" in o.lower() and "MoD" not in o] == ["PanARMENIAN.Net"]
    assert [o for o in options if o.lower().startswith("news")] == ["News Am"]
    for chosen in ("PanARMENIAN.Net", "Panarmenian"):  # an older link's spelling too
        shown = apply_filters(frame, FilterState(sources=(chosen,)))
        assert len(shown) == bundled + 2 and {"manual:pan-1", "manual:pan-2"} <= set(shown["id"])
    assert len(apply_filters(frame, FilterState(sources=("News Am",)))) == 3
    assert store.get("manual:pan-1").source == "Panarmenian"  # as written
    assert len(apply_filters(frame, FilterState(sources=("Armenpress",)))) == 1  # another outlet stays apart


@pytest.mark.shared
def test_the_acled_import_offers_each_ministry_once(tmp_path):
    """The real ACLED file writes "Ministry of Defence of Armenia", "... of Azerbaijan" and "Artsakh
    Ministry of Defence": each is offered under its body's one name and finds every row naming it."""
    data = shared_file("data", "acled_hdx_armenia_conflict_2018-2020.csv").read_bytes()
    store = Store(tmp_path / "acled.db", seed=False)
    preview_import(data, store, filename="acled.csv").commit(store)
    frame = store.frame()
    options = source_options(frame)
    assert {"Armenian MoD", "Azerbaijani MoD", "Karabakh (Artsakh/NKR) Defense Ministry"} <= set(options)
    assert not [o for o in options if "Ministry of Defen" in o or "Ministry of Defence" in o]
    naming = frame["source"].str.contains("Ministry of Defence of Armenia", regex=False)
    shown = apply_filters(frame, FilterState(sources=("Armenian MoD",)))
    assert len(shown) == int(naming.sum()) == 13 and sorted(shown["id"]) == sorted(frame.loc[naming, "id"])
    assert len(apply_filters(frame, FilterState(sources=("Karabakh (Artsakh/NKR) Defense Ministry",)))) == 2


def test_a_combined_source_is_offered_and_matched_by_each_of_its_outlets(frame):
    """walk5: "Ministry of Defence of Armenia" missed claims whose source is "RFE/RL; Ministry of
    Defence of Armenia", and the filter offered 71 such combined strings as outlets of their own."""
    frame = frame.copy()
    tovuz = frame.index[frame["source"] == "Trend News Agency"]
    frame.loc[tovuz[0], "source"] = "RFE/RL; Trend News Agency"
    frame.loc[tovuz[1], "source"] = "Trend News Agency (trend.az);  RFE/RL (rferl.org)"
    options = source_options(frame)
    assert not any(";" in option for option in options) and "RFE/RL" in options
    assert options.count("Trend News Agency") == 1
    shown = apply_filters(frame, FilterState(sources=("Trend News Agency",)))
    assert set(shown["place"]) == {"Tovuz"} and len(shown) == 3  # the two combined ones too
    assert len(apply_filters(frame, FilterState(sources=("RFE/RL",)))) == 2


def test_text_search_needs_every_word(frame):
    assert text_mask(frame, "sotk friday").sum() == 1
    assert text_mask(frame, "sotk drones").sum() == 2
    assert text_mask(frame, "TOVUZ").sum() == 3
    assert text_mask(frame, "sotk nakhchivan").sum() == 0


def test_filters_do_not_modify_input(frame):
    before = frame.copy()
    apply_filters(frame, FilterState(sides=("Armenia",), text="sotk"))
    pd.testing.assert_frame_equal(frame, before)


def test_clash_status_filter_uses_the_given_statuses(frame):
    status = pd.Series("single source", index=frame.index)
    status.iloc[:2] = "denied"
    status.iloc[2] = "corroborated"
    shown = apply_filters(frame, FilterState(clash_statuses=("denied", "corroborated")), status)
    assert list(shown["id"]) == list(frame["id"].iloc[:3])
    assert len(apply_filters(frame, FilterState(clash_statuses=("denied",)))) == len(frame)  # no statuses given


def test_links_from_before_clash_statuses_still_mean_contested():
    assert FilterState.from_query({"contested": "1"}) == FilterState(clash_statuses=("contested",))
    assert FilterState.from_query({"status": ["denied", "nonsense", "contested"]}).clash_statuses == (
        "denied",
        "contested",
    )


def test_state_round_trips_through_query_params():
    state = FilterState(
        date_from=dt.date(2023, 5, 11),
        date_to=dt.date(2023, 5, 12),
        sides=("Armenia", "media"),
        sources=("Daily Sabah",),
        event_types=("shelling", "drone strike"),
        casualties=("killed",),
        precisions=("exact", "near"),
        text="sotk",
        clash_statuses=("corroborated", "contested"),
    )
    assert FilterState.from_query(state.to_query()) == state
    assert state.to_query()["type"] == ["shelling", "drone strike"]
    assert FilterState().to_query() == {} and FilterState().is_default


def test_malformed_query_params_are_ignored_not_fatal():
    state = FilterState.from_query(
        {
            "from": "yesterday",
            "to": ["2023-13-45"],
            "side": ["Narnia", "Armenia", "Armenia"],
            "type": ["shelling", "<script>"],
            "casualties": ["killed", "everyone"],
            "precision": "street",
            "q": "  many   spaces " + "x" * 500,
        }
    )
    assert state.sides == ("Armenia",) and state.event_types == ("shelling",) and state.casualties == ("killed",)
    assert state.precisions == () and state.date_from is None and state.date_to is None
    assert state.text.startswith("many spaces x") and len(state.text) == 200


def test_date_span(frame):
    assert date_span(frame) == (dt.date(2020, 7, 12), dt.date(2024, 8, 15))
    assert date_span(frame.iloc[0:0]) is None


def test_review_status_filter_and_its_url(store):
    store.review(["bundled:2023-05-12-am-mod-sotk-uav"], "disputed")
    frame = store.frame()
    shown = apply_filters(frame, FilterState(review=("disputed",)))
    assert shown["id"].tolist() == ["bundled:2023-05-12-am-mod-sotk-uav"]
    assert len(apply_filters(frame, FilterState(review=("unreviewed", "disputed")))) == 18
    state = FilterState(review=("verified", "disputed"), show_retracted=True)
    assert FilterState.from_query(state.to_query()) == state
    assert FilterState.from_query({"review": ["approved", "verified"]}).review == ("verified",)


def test_retracted_claims_are_shown_only_when_asked(store):
    store.retract(["bundled:2023-05-12-am-mod-sotk-uav"], reason="duplicate")
    frame = store.frame(include_retracted=True)
    assert len(apply_filters(frame, FilterState())) == 17
    assert len(apply_filters(frame, FilterState(show_retracted=True))) == 18


def test_event_type_filter(frame):
    shown = apply_filters(frame, FilterState(event_types=("drone strike",)))
    assert 0 < len(shown) < len(frame)
    assert set(shown["event_type"]) == {"drone strike"}


def test_casualty_filter_keeps_claims_stating_anyone_killed_or_wounded(frame):
    killed = apply_filters(frame, FilterState(casualties=("killed",)))
    wounded = apply_filters(frame, FilterState(casualties=("wounded",)))
    either = apply_filters(frame, FilterState(casualties=("killed", "wounded")))
    assert (killed["killed"] > 0).all() and (wounded["wounded"] > 0).all()
    assert len(killed) == int((frame["killed"].fillna(0) > 0).sum()) == 5
    assert len(wounded) == int((frame["wounded"].fillna(0) > 0).sum()) == 2
    assert len(either) == 6
    assert set(either["id"]) == set(killed["id"]) | set(wounded["id"])  # any of them, not both


def test_location_precision_filter(frame):
    shown = apply_filters(frame, FilterState(precisions=("region", "country")))
    assert 0 < len(shown) < len(frame)
    assert set(shown["geo_precision"]) <= {"region", "country"}


def test_search_matches_other_spellings_of_a_place(frame):
    assert text_mask(frame, "Zod").sum() == 0
    assert text_mask(frame, "Zod", {"zod": ("Sotk",)}).sum() == text_mask(frame, "Sotk").sum() == 4
    assert text_mask(frame, "zod drones", {"zod": ("sotk",)}).sum() == 2  # every word still has to match
    shown = apply_filters(frame, FilterState(text="ZOD"), synonyms={"zod": ("sotk",)})
    assert {"Sotk"} <= set(shown["place"]) and all("Sotk" in p for p in shown["place"])


def test_describe_names_every_active_filter():
    assert describe(FilterState()) == []
    words = describe(
        FilterState(
            date_from=dt.date(2020, 9, 27),
            sides=("Armenia",),
            casualties=("killed", "wounded"),
            text="Sotk",
            clash_statuses=("contested", "denied"),
        )
    )
    assert words == [
        ("Dates", "2020-09-27 to the last claim"),
        ("Reporting side", "Armenia"),
        ("Casualties stated", "any killed or any wounded"),
        ("Clash status", "contested, denied"),
        ("Search", "Sotk"),
    ]


def test_file_names_say_what_the_download_holds(frame):
    assert file_stem(FilterState(), frame) == "ceasefire-incidents_all"
    state = FilterState(date_from=dt.date(2023, 5, 11), date_to=dt.date(2023, 5, 11), sides=("Armenia", "media"))
    assert file_stem(state, apply_filters(frame, state)) == "ceasefire-incidents_2023-05-11_side-Armenia-media"
    odd = FilterState(sources=("A1+ / <b>news</b>", "x" * 300, "y" * 300), text="../../etc/passwd")
    stem = file_stem(odd, frame)
    assert len(stem) <= 120 and stem.endswith("-etc")
    assert all(c.isalnum() or c in "-_" for c in stem)
    assert file_stem(FilterState(text="nothing"), frame.iloc[0:0]) == "ceasefire-incidents_none_search-nothing"


def test_file_names_name_dates_only_when_a_date_filter_is_set(frame):
    """walk40: with only a conflict and a side chosen, the file was named
    "…_2025-07-24_to_2025-11-12_side-Thailand": the claims' own first and last days, which a colleague
    reads as a date filter. The dates are named only as the filter sets them."""
    side = FilterState(sides=("Armenia",))
    shown = apply_filters(frame, side)
    assert date_span(shown) is not None
    assert file_stem(side, shown) == "ceasefire-incidents_side-Armenia"
    conflict = FilterState(conflict="armenia-azerbaijan", sides=("Armenia",))
    assert file_stem(conflict, shown) == "ceasefire-incidents_armenia-azerbaijan_side-Armenia"
    assert file_stem(FilterState(conflict="armenia-azerbaijan"), frame) == "ceasefire-incidents_armenia-azerbaijan"
    since = side.with_changes(date_from=dt.date(2020, 9, 27))
    assert file_stem(since, apply_filters(frame, since)) == "ceasefire-incidents_from-2020-09-27_side-Armenia"
    until = side.with_changes(date_to=dt.date(2020, 11, 9))
    assert file_stem(until, apply_filters(frame, until)) == "ceasefire-incidents_to-2020-11-09_side-Armenia"
    both = since.with_changes(date_to=dt.date(2020, 11, 9))
    assert file_stem(both, apply_filters(frame, both)) == "ceasefire-incidents_2020-09-27_to_2020-11-09_side-Armenia"
    # A date filter wider than the claims is named as set, not as the claims' first and last days.
    wide = FilterState(date_from=dt.date(2019, 1, 1), date_to=dt.date(2025, 12, 31))
    assert file_stem(wide, apply_filters(frame, wide)) == "ceasefire-incidents_2019-01-01_to_2025-12-31"


def test_other_spellings_match_whole_words_only(frame):
    # "Tavus" is a spelling of Tovuz (Azerbaijan); it must not find Tavush (Armenia).
    tavush = int(frame["place"].eq("Tavush").sum())
    assert tavush and text_mask(frame, "Tovuz", {"tovuz": ("tavus",)}).sum() == text_mask(frame, "Tovuz").sum()
    assert text_mask(frame, "Tovuz", {"tovuz": ("tavush",)}).sum() == text_mask(frame, "Tovuz").sum() + tavush


def test_the_values_a_link_carries_that_no_filter_takes_are_named():
    """walk9: "?from=2020-13-45" was dropped without a word; the page now names what it ignored."""
    query = {
        "from": ["2020-13-45"],
        "to": ["2021-01-31"],
        "side": ["Armenia", "Narnia"],
        "type": ["shelling", "picnic"],
        "conflict": ["atlantis"],
        "q": ["Sotk"],
        "claim": ["bundled:x"],  # not a filter: another part of the page reads it
    }
    assert ignored_values(query, ("claim",)) == [
        ("conflict", "atlantis"),
        ("from", "2020-13-45"),
        ("side", "Narnia"),
        ("type", "picnic"),
    ]
    assert ignored_values(FilterState(sides=("Armenia",), date_from=dt.date(2020, 1, 2)).to_query()) == []
    assert FilterState.from_query(query) == FilterState(
        date_to=dt.date(2021, 1, 31), sides=("Armenia",), event_types=("shelling",), text="Sotk"
    )


def test_a_reversed_date_range_is_read_in_order(frame):
    """walk34: "?from=2020-12-31&to=2020-01-01" showed no claim, a picker of 2020-12-31 to 2020-12-31
    and "Dates: 2020-12-31 to 2020-01-01"; the range is read as the year it names, and said."""
    linked = FilterState.from_query({"from": ["2023-12-31"], "to": ["2023-01-01"]})
    assert linked.dates_reversed  # kept as the link gives it: the page says what it swapped
    read = linked.in_order()
    assert (read.date_from, read.date_to) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    assert not read.dates_reversed and read.in_order() == read
    in_order = FilterState(date_from=dt.date(2023, 1, 1), date_to=dt.date(2023, 12, 31))
    assert read == in_order
    assert 0 < len(apply_filters(frame, read)) == len(apply_filters(frame, in_order)) < len(frame)
    assert len(apply_filters(frame, linked)) == 0  # what the link showed before
    assert ("Dates", "2023-01-01 to 2023-12-31") in describe(read)
    assert read.to_query() == {"from": "2023-01-01", "to": "2023-12-31"}  # the page links carry it in order
    for state in (
        in_order,
        FilterState(date_from=dt.date(2023, 5, 11), date_to=dt.date(2023, 5, 11)),  # one day
        FilterState(date_from=dt.date(2023, 5, 11)),  # open-ended
        FilterState(date_to=dt.date(2023, 5, 11)),
        FilterState(),
    ):
        assert not state.dates_reversed and state.in_order() == state


def test_a_links_key_no_filter_reads_is_named():
    """walk34: "?start=2020-13-45" showed everything, without a word; the page now names the key."""
    query = {"start": ["2020-13-45"], "side": ["Armenia"], "Side": ["Azerbaijan"], "flag": [""], "claim": ["x"]}
    assert ignored_values(query, PAGE_KEYS) == [("start", "2020-13-45"), ("Side", "Azerbaijan"), ("flag", "")]
    assert _named(ignored_values(query, PAGE_KEYS)) == [
        f"start=2020-13-45 ({FILTERS_ARE})",  # the filters are listed once, at the first such key
        f"Side=Azerbaijan ({NO_SUCH_FILTER})",
        f"flag ({NO_SUCH_FILTER})",
    ]
    assert FILTERS_ARE.startswith("no such filter; the filters are conflict, from, to, side, source, type, ")
    assert "contested" not in FILTER_KEYS and set(FILTER_KEYS) < set(URL_KEYS)
    # A bad value of a filter's key keeps its own reason, before the keys of no filter.
    assert _named(ignored_values({"start": ["x"], "from": ["2020-13-45"]}, PAGE_KEYS)) == [
        "from=2020-13-45 (not a date: YYYY-MM-DD)",
        f"start=x ({FILTERS_ARE})",
    ]
    assert FilterState.from_query(query) == FilterState(sides=("Armenia",))


def test_no_key_the_app_writes_in_its_links_is_named():
    """The filters' keys (an old link's "contested" too), the claim open in full and Streamlit's own
    keys are read by someone: none is named as unread."""
    every_filter = FilterState(
        date_from=dt.date(2023, 1, 1),
        date_to=dt.date(2023, 12, 31),
        sides=("Armenia",),
        sources=("Armenian MoD",),
        event_types=("shelling",),
        casualties=("killed",),
        precisions=("exact",),
        text="Sotk",
        clash_statuses=("contested",),
        review=("verified",),
        show_retracted=True,
        conflict="armenia-azerbaijan",
    ).to_query()
    assert set(every_filter) == set(FILTER_KEYS)
    query = {**every_filter, "contested": "1", "claim": "bundled:x", "embed": "true", "embed_options": "dark_theme"}
    assert ignored_values(query, PAGE_KEYS) == []


def _written_keys() -> set[str]:
    """The query keys the pages' code names: ``st.query_params["key"]``, ``X_PARAM = "key"`` and the
    keys of the parameters a page switch or link adds (``go_to(PAGE, {"key": …})``)."""
    keys: set[str] = set()
    for path in [REPO / "app.py", *sorted((REPO / "ui").glob("*.py")), *sorted((REPO / "app_pages").glob("*.py"))]:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Subscript) and "query_params" in ast.unparse(node.value):
                if isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str):
                    keys.add(node.slice.value)
            elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
                if any(name.endswith("_PARAM") for name in names) and isinstance(node.value.value, str):
                    keys.add(node.value.value)
            elif isinstance(node, ast.Call) and ast.unparse(node.func) in {"go_to", "st.switch_page", "st.page_link"}:
                for arg in [*node.args, *(k.value for k in node.keywords)]:
                    if isinstance(arg, ast.Dict):
                        keys.update(
                            k.value for k in arg.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)
                        )
    return keys


def test_every_key_the_pages_write_is_one_the_note_knows():
    from ui.details import CLAIM_PARAM

    written = _written_keys()
    assert CLAIM_PARAM in written  # (the scan finds the one key a page writes besides the filters)
    assert written <= {*URL_KEYS, *PAGE_KEYS}, written - {*URL_KEYS, *PAGE_KEYS}
