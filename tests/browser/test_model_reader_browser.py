"""The optional language-model reader in headless Chromium: configured by the user (here a stub
server on 127.0.0.1), the Add report page offers it, says where the text will go, and its checked
proposals are saved like any others. Nothing else leaves the machine."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from maptools import propose_report
from tests.extract.test_llm import REPORT, incident
from tests.modelstub import StubModel, serve_stub_model


@pytest.fixture(scope="module")
def model_server() -> Iterator[tuple[StubModel, str]]:
    with serve_stub_model() as served:
        yield served


@pytest.fixture(scope="module")
def app_env(model_server) -> dict[str, str | None]:
    return {"MAPDATA_LLM_URL": model_server[1], "MAPDATA_LLM_MODEL": "stub-model"}


def test_the_model_reader_is_chosen_says_where_the_text_goes_and_its_proposal_is_saved(
    page, app_url, model_server, outside_requests
):
    model, url = model_server
    model.answer({"incidents": [incident()]})
    page.goto(f"{app_url}/Add_report")
    page.get_by_text("the language model stub-model at").click()
    page.get_by_text(f"The report's text will be sent to {url}").wait_for()
    propose_report(page, REPORT)
    page.get_by_text("read by the language model stub-model").wait_for()
    assert len(model.requests) == 1 and "Sotk" in model.requests[0]["body"]["messages"][-1]["content"]
    page.get_by_role("button", name="Save ticked incidents").click()
    # said once, under the Save button (ea61db1: it was said at the top of the page and again under the button)
    saved = page.get_by_text("Saved 1 incident: 1 new")
    saved.first.wait_for()
    expect(saved).to_have_count(1)
    assert outside_requests.not_tiles() == []
