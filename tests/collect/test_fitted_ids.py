"""A helpdesk's id longer than the store's id column: kept whole up to the limit, else shortened
to its start and a digest of the whole, the same on every import and distinct per id."""

from __future__ import annotations

import pytest

from feedback.collect.fingerprint import fitted_id
from feedback.domain import MAX_EXTERNAL_ID

LINK = "https://play.google.com/console/developers/8123456789012345678/app/4987654321098765432"


@pytest.mark.parametrize("external_id", ["12345", "x" * MAX_EXTERNAL_ID, "gp:AOqpTOE1"])
def test_an_id_that_fits_is_kept_as_it_is(external_id: str) -> None:
    assert fitted_id(external_id) == external_id


def test_a_long_id_fits_keeps_its_start_and_is_stable() -> None:
    long_id = f"{LINK}/user-feedback/review-details?reviewId=gp:AOqpTOE1&corpus=PUBLIC_REVIEWS"

    fitted = fitted_id(long_id)

    assert len(long_id) > MAX_EXTERNAL_ID
    assert len(fitted) == MAX_EXTERNAL_ID
    assert fitted.startswith(LINK[:60])
    assert fitted == fitted_id(long_id)  # a re-import finds the rating again


def test_long_ids_that_differ_only_at_the_end_stay_apart() -> None:
    first = f"{LINK}/user-feedback/review-details?reviewId=gp:AOqpTOE1&corpus=PUBLIC_REVIEWS"
    second = first.replace("TOE1", "TOE2")

    assert fitted_id(first) != fitted_id(second)
