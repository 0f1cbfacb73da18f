"""The optional language-model reader against a stub model server on 127.0.0.1: off unless the
user configures it, the text goes only to that address, nothing the model says is taken on trust
(evidence must be the report's own sentences, sides the conflict's, places our gazetteer's), and
a server that is down, slow, redirecting or babbling gives a clear error in bounded time."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from mapdata.cli import main
from mapdata.evaluate import evaluate_dir, model_reader
from mapdata.extract.llm import ModelReaderError, ModelSettings, model_settings, read_with_model
from mapdata.profiles import default_catalog

REPORT = """published: 2023-05-13
outlet: Example Wire

Azerbaijani forces fired mortars at Armenian positions near Sotk on 12 May, the Armenian Defence Ministry said.
One Armenian soldier was wounded.
"""
FIRST = (
    "Azerbaijani forces fired mortars at Armenian positions near Sotk on 12 May, the Armenian Defence Ministry said."
)


def settings(url: str, timeout: float = 10) -> ModelSettings:
    return ModelSettings(url=url, model="stub-model", timeout=timeout)


def incident(**changes: object) -> dict:
    base = {
        "date": "2023-05-12",
        "place": "Sotk",
        "claimant": "Armenian Defence Ministry",
        "reporting_side": "Armenia",
        "accused_side": "Azerbaijan",
        "event_type": "shelling",
        "killed": None,
        "wounded": 1,
        "evidence": [FIRST, "One Armenian soldier was wounded."],
        "latitude": 0.0,  # the model's own coordinates are never used
        "longitude": 0.0,
    }
    return base | changes


def test_off_unless_the_user_names_a_server_and_a_model():
    assert model_settings({}) is None
    found = model_settings({"MAPDATA_LLM_URL": "http://127.0.0.1:11434/v1", "MAPDATA_LLM_MODEL": "llama3.1"})
    assert found is not None and found.endpoint == "http://127.0.0.1:11434/v1/chat/completions"
    with pytest.raises(ModelReaderError, match="MAPDATA_LLM_MODEL"):
        model_settings({"MAPDATA_LLM_URL": "http://127.0.0.1:11434/v1"})
    with pytest.raises(ModelReaderError, match="http"):
        model_settings({"MAPDATA_LLM_URL": "file:///etc/passwd", "MAPDATA_LLM_MODEL": "x"})


def test_the_models_incidents_are_checked_and_placed_by_our_gazetteer(stub_model):
    model, url = stub_model
    model.answer(
        {
            "incidents": [
                incident(),
                incident(place="Jermuk", evidence=["Azerbaijani forces shelled Jermuk, the ministry said."]),
                incident(reporting_side="Narnia"),
                "not an object",
            ]
        }
    )
    profile = default_catalog().default
    result = read_with_model(REPORT, profile, settings(url))
    [proposal] = result.proposals
    assert (proposal.date, proposal.place, proposal.reporting_side, proposal.accused_side, proposal.wounded) == (
        "2023-05-12",
        "Sotk",
        "Armenia",
        "Azerbaijan",
        1,
    )
    assert proposal.resolved and abs(proposal.latitude - 40.2) < 0.2  # Sotk, from our gazetteer, not (0, 0)
    assert proposal.evidence["claim"][0] == FIRST
    assert any("incident 2 quotes no sentence of the report" in w for w in result.warnings)
    assert any("incident 3 names sides 'Narnia'" in w for w in result.warnings)
    assert any("incident 4 is not an object" in w for w in result.warnings)
    # The text went to the address the user gave, with the model the user named.
    [sent] = model.requests
    assert sent["path"] == "/v1/chat/completions" and sent["body"]["model"] == "stub-model"
    assert FIRST in sent["body"]["messages"][-1]["content"]
    assert result.conflict == profile.id and "stub-model" in result.conflict_reason


def test_a_fenced_json_answer_is_read(stub_model):
    model, url = stub_model
    model.answer("```json\n" + json.dumps({"incidents": [incident()]}) + "\n```")
    assert len(read_with_model(REPORT, default_catalog().default, settings(url)).proposals) == 1


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda m: setattr(m, "reply", "Sure! Here are the incidents: Sotk."), "did not answer with JSON"),
        (lambda m: setattr(m, "raw", b"<html>proxy error</html>"), "not an OpenAI-style chat completion"),
        (lambda m: setattr(m, "status", 500), "answered HTTP 500"),
        (lambda m: setattr(m, "raw", b"x" * (3 * 1024 * 1024)), "over 2 MB"),
        (lambda m: (setattr(m, "status", 302), m.headers.update(Location="http://example.org/")), "HTTP 302"),
    ],
)
def test_a_bad_answer_is_a_clear_error(stub_model, setup, message):
    model, url = stub_model
    setup(model)
    with pytest.raises(ModelReaderError, match=message):
        read_with_model(REPORT, default_catalog().default, settings(url))


def test_a_slow_or_absent_server_fails_in_bounded_time(stub_model):
    model, url = stub_model
    model.delay = 3
    started = time.monotonic()
    with pytest.raises(ModelReaderError, match=r"could not be reached|took more than"):
        read_with_model(REPORT, default_catalog().default, settings(url, timeout=0.5))
    assert time.monotonic() - started < 2.5
    with pytest.raises(ModelReaderError, match="could not be reached"):
        read_with_model(REPORT, default_catalog().default, settings("http://127.0.0.1:9/v1", timeout=2))


def test_the_evaluator_scores_the_model_reader(stub_model, tmp_path: Path):
    model, url = stub_model
    model.answer({"incidents": [incident()]})
    (tmp_path / "r.txt").write_text(REPORT, encoding="utf-8")
    label = {"date": "2023-05-12", "place": "Sotk", "reported_by": "Armenian MoD", "accused": "Azerbaijan"}
    (tmp_path / "r.labels.json").write_text(json.dumps([label | {"killed": None, "wounded": 1}]), encoding="utf-8")
    report = evaluate_dir(tmp_path, reader=model_reader(settings(url)))
    assert (report["overall"]["precision"], report["overall"]["recall"], report["overall"]["wounded"]) == (1, 1, 1)
    assert report["overall"]["reporting_side"] == 1


def test_the_command_line_reads_with_the_model_only_when_asked_and_configured(
    stub_model, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    model, url = stub_model
    model.answer({"incidents": [incident()]})
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    assert main(["extract", str(report), "--reader", "model"]) == 1
    assert "--reader model needs MAPDATA_LLM_URL" in capsys.readouterr().err
    monkeypatch.setenv("MAPDATA_LLM_URL", url)
    monkeypatch.setenv("MAPDATA_LLM_MODEL", "stub-model")
    assert main(["extract", str(report)]) == 0  # the rules, by default: the server is not asked
    assert model.requests == []
    capsys.readouterr()
    assert main(["extract", str(report), "--reader", "model"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [(p["place"], p["reporting_side"]) for p in out["proposals"]] == [("Sotk", "Armenia")]
    assert len(model.requests) == 1
