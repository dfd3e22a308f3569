"""Theme chips and shout-out headers: every value is escaped before it reaches st.html."""

from __future__ import annotations

from feedback.render.chips import chips_html, shout_out_html

XSS = '<img src=x onerror="window.__xss=1">'


def test_chips_escape_team_made_theme_names():
    html = chips_html(["Schnelligkeit", XSS])
    assert html.count("<span") == 2
    assert "&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;" in html
    assert "<img" not in html


def test_shout_out_header_escapes_every_value():
    html = shout_out_html(XSS, "Team <b>Nord</b>", "3 Zitate & mehr")
    assert "<img" not in html
    assert "<b>" not in html
    assert "Team &lt;b&gt;Nord&lt;/b&gt;" in html
    assert "3 Zitate &amp; mehr" in html
    assert "🎉 <bdi>&lt;img" in html


def test_a_right_to_left_team_name_keeps_the_count_out_of_its_run():
    html = shout_out_html("محمد", "فريق الدعم", "1 Zitat")
    assert "<bdi>فريق الدعم</bdi> · 1 Zitat" in html
    assert html.count("overflow-wrap:anywhere") == 2  # an 80-letter name wraps in the card
