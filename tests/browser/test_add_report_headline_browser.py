"""walk41: a pasted report's headline telling of a death, whose death a proposal holds, was listed among
the sentences "that tell of fire or losses but gave no claim". Our own words (invented facts)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from maptools import propose_report, wait_idle
from tests.pages.test_add_report_headline_used import BODY, ELSEWHERE, HEADER, HEADLINE

LIST = "Sentences that tell of fire or losses but gave no claim"


def said(page, words: str):
    """The page's text blocks that hold ``words`` (not the report's box, which holds them all)."""
    return page.locator("[data-testid=stMarkdownContainer]").filter(has_text=words)


def test_a_headline_restating_a_proposal_is_not_listed_as_passed_over(page, app_url, outside_requests):
    page.goto(f"{app_url}/Add_report")
    propose_report(page, HEADER + HEADLINE + BODY)
    page.get_by_text("1 proposed incident").wait_for(timeout=120_000)
    page.get_by_role("button", name="Save ticked incidents").wait_for()  # (drawn after the list)
    wait_idle(page)
    expect(page.get_by_text(LIST)).to_have_count(0)  # was listed, with the headline in it
    expect(said(page, "Our serviceman died as a result of Armenian fire in Kalbajar")).to_have_count(0)

    propose_report(page, HEADER + ELSEWHERE + BODY)  # another place: still a sentence passed over
    page.get_by_text(LIST).wait_for(timeout=120_000)
    expect(said(page, "Our serviceman died as a result of Armenian fire in Lachin")).to_have_count(1)
    assert outside_requests.not_tiles() == []
