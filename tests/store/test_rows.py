"""A claim's extra is stored as the same JSON text whichever way it is made (issue 17: rows of one
shape take a faster path); the text is what a re-import compares, so one byte off would make
every stored claim look changed."""

from __future__ import annotations

import json

import pytest

from mapdata.store.rows import extra_json


def _reference(extra: dict) -> str:
    return json.dumps(extra, ensure_ascii=False, sort_keys=True, allow_nan=False)


ACLED_LIKE = {"acled": {"event_id_no_cnty": "1445", "actor1": "Military Forces of Azerbaijan (2003-)", "iso3": "ARM"}}


@pytest.mark.parametrize(
    "extra",
    [
        ACLED_LIKE,
        {"acled": {**ACLED_LIKE["acled"], "actor1": 'Quote " back\\slash \n tab\t «Ağdam» 100%s %d \u2028 \x00'}},
        {"acled": {"b%s": "1", "a%": "%(x)s", "é": "ü"}},  # % in names and values
        {"acled": {"fatalities": 3, "notes": "x"}},  # not text: the encoder
        {"acled": {"notes": None, "x": "y"}},
        {"acled": {"nested": {"deep": ["a", 1]}, "x": "y"}},
        {"acled": {"only": "one"}},
        {"acled": {}},
        {"acled": "text"},
        {"ucdp": {"z": "1", "a": "2"}, "acled": {"b": "3", "a": "4"}},
        {1: {"a": "1", "b": "2"}},
        {"acled": {1: "1", 2: "2"}},
        {},
    ],
)
def test_extra_is_stored_as_sorted_json_text_whichever_way_it_is_made(extra):
    assert extra_json(extra) == _reference(extra)
    assert extra_json(extra) == _reference(extra)  # again, with its shape remembered


def test_a_value_of_another_type_in_a_known_shape_is_encoded_or_refused_as_before():
    assert extra_json({"acled": {"a": "1", "b": "2"}}) == '{"acled": {"a": "1", "b": "2"}}'
    assert extra_json({"acled": {"b": 2.5, "a": True}}) == '{"acled": {"a": true, "b": 2.5}}'
    with pytest.raises(ValueError):
        extra_json({"acled": {"a": float("nan"), "b": "2"}})
