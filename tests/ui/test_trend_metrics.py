"""The trends page's changes against the previous period, as the metric row shows them."""

from __future__ import annotations

import pytest

from feedback.insights.trends import Metric
from feedback.ui.trend_metrics import delta_text


@pytest.mark.parametrize(
    ("metric", "de", "en"),
    [
        (Metric("sentiment", 0.412, 0.414), "±0,00", "±0.00"),  # was "-0,00" with a red arrow
        (Metric("sentiment", 0.40, 0.35), "+0,05", "+0.05"),
        (Metric("sentiment", 0.30, 0.35), "-0,05", "-0.05"),
        (Metric("quotes", 120, 120), "±0", "±0"),
        (Metric("quotes", 1200, 1000), "+200", "+200"),
        (Metric("positive_share", 0.8001, 0.8003), "±0 Pp.", "±0 pp"),
        (Metric("positive_share", 0.83, 0.80), "+3 Pp.", "+3 pp"),
    ],
)
def test_a_change_that_rounds_to_zero_reads_as_none(metric, de, en):
    assert delta_text(metric, "de") == de
    assert delta_text(metric, "en") == en


def test_no_previous_period_shows_no_change():
    assert delta_text(Metric("sentiment", 0.4, None), "de") is None
