"""One report's claims that answer each other (walk45 item 1): a claim whose evidence sentence is another
claim's response answers it, whether or not the two are grouped as one clash."""

from __future__ import annotations

import json

import pandas as pd

from mapdata.claims.answers import ReportLink, report_links

CLAIM = "On 3 December, Armenia's Defence Ministry said Azerbaijani units fired mortars near Sotk."
RESPONSE = "Azerbaijan's Defence Ministry rejected the statement and said Armenian forces had fired near Kalbajar."
URL = "https://example.org/walk45"


def row(id: str, place: str, lat: float, lon: float, extra: dict | None, url: str | None = URL, **more) -> dict:
    return {
        "id": id,
        "date": pd.Timestamp("2026-12-03"),
        "place": place,
        "latitude": lat,
        "longitude": lon,
        "claimant": more.get("claimant", "Armenian MoD"),
        "reporting_side": more.get("side", "Armenia"),
        "source_url": url,
        "extra": None if extra is None else json.dumps(extra),
    }


def walk45(*others: dict, url: str | None = URL) -> pd.DataFrame:
    sotk = row("a:sotk", "Sotk", 40.20007, 45.86951, {"evidence": {"claim": [CLAIM]}, "responses": [RESPONSE]}, url)
    kalbajar = row(
        "a:kalbajar",
        "Kalbajar",
        40.1,
        46.0,
        {"evidence": {"claim": [" ".join(RESPONSE.split(" "))]}},
        url,
        claimant="Azerbaijani MoD",
        side="Azerbaijan",
    )
    return pd.DataFrame([sotk, kalbajar, *others]).astype({"extra": "string"})


def test_the_response_names_the_claim_it_answers_and_the_other_way_round() -> None:
    frame = walk45()
    [answered] = report_links(frame, "a:kalbajar")
    assert (answered.incident_id, answered.answers) == ("a:sotk", True)
    assert answered.label == "Armenian MoD's claim at Sotk, 2026-12-03 (denied by this one)"
    assert answered.km is not None and round(answered.km, 1) == 15.7
    assert answered.sentence(grouped=False) == (
        "From the same report, this claim answers the claim of Armenian MoD [Armenia], 2026-12-03 at Sotk "
        "(15.7 km away): it denies that claim. The two are not grouped as one clash: accounts are grouped when "
        "at most a day and 15 km apart."
    )
    [answering] = report_links(frame, "a:sotk")
    assert (answering.incident_id, answering.answers) == ("a:kalbajar", False)
    assert answering.label == "Azerbaijani MoD's claim at Kalbajar, 2026-12-03 (denies this one)"
    assert answering.sentence(grouped=True).endswith(
        "it is the response quoted below. The two are grouped as one clash."
    )


def test_another_report_or_an_unrelated_claim_is_no_link() -> None:
    other_report = walk45(url=URL)
    other_report.loc[1, "source_url"] = "https://example.org/another"
    assert report_links(other_report, "a:kalbajar") == ()  # the same sentence in another report
    unrelated = row("a:third", "Verin Tsaghkavan Dzor", 40.03, 45.74, {"evidence": {"claim": ["A drone fell."]}})
    frame = walk45(unrelated)
    assert report_links(frame, "a:third") == ()
    assert [link.incident_id for link in report_links(frame, "a:sotk")] == ["a:kalbajar"]
    assert report_links(frame, "a:missing") == ()


def test_claims_without_an_address_are_linked_by_the_sentence() -> None:
    frame = walk45(url=None)
    assert [link.incident_id for link in report_links(frame, "a:kalbajar")] == ["a:sotk"]


def test_claims_without_evidence_cost_one_look_and_a_busy_export_stays_fast(monkeypatch) -> None:
    """ACLED's export: thousands of claims at a few points, none with evidence or responses; and a report's
    claim among them is found with one scan of the column: only the rows that may answer it are parsed."""
    import mapdata.claims.answers as answers

    parsed: list[object] = []
    real = answers.extra_fields
    monkeypatch.setattr(answers, "extra_fields", lambda value: parsed.append(value) or real(value))
    n = 200_000
    frame = pd.DataFrame(
        {
            "id": [f"acled:{i}" for i in range(n)],
            "date": pd.Timestamp("2020-01-01"),
            "place": "Chinari",
            "latitude": 40.9,
            "longitude": 45.3,
            "claimant": "ACLED",
            "reporting_side": "Armenia",
            "source_url": "https://acleddata.com",
            "extra": pd.array(['{"acled": {"event_id": "X"}}'] * n, dtype="string"),
        }
    )
    frame = pd.concat([frame, walk45()], ignore_index=True)
    assert report_links(frame, "acled:5") == () and len(parsed) == 1  # its own extra only
    [link] = report_links(frame, "a:kalbajar")
    assert isinstance(link, ReportLink) and link.incident_id == "a:sotk"
    assert len(parsed) == 3  # its own and the one claim with responses, of 200,002
