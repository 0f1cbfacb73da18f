"""Which losses a summary tells of in words (for a claim with no number): a negation or denial of the loss
itself means none told; a negation of another verb of the sentence does not (review40)."""

from __future__ import annotations

import pytest

from mapdata.extract.casualties import told_without_a_number


@pytest.mark.parametrize(
    "text, told",
    [
        ("A soldier who was not on duty was killed in the shelling.", {"killed"}),
        ("A shepherd who never crossed the line was wounded by fire from the other side.", {"wounded"}),
        ("Two soldiers were killed.", {"killed"}),
        ("The ministry denied the report, saying two soldiers were killed.", {"killed"}),
        ("No one was hurt.", set()),
        ("The soldier was not injured.", set()),
        ("He had not been injured.", set()),
        ("Nobody at the post was hurt.", set()),
        ("The army rejected claims that it shot at or wounded civilians.", set()),
        ("The shelling killed no one.", set()),
    ],
)
def test_a_loss_is_told_unless_the_loss_itself_is_negated(text: str, told: set[str]) -> None:
    assert set(told_without_a_number(text)) == told
