"""Reading every slide of the show as it is shown (feedback/render/slides.js).

A slide is laid out and its type fitted when it comes up, not when the frame opens, so a test
that checks every slide walks the show from the first slide to the last with the arrow key,
as a clicker does, and measures each one while it is the shown slide.
"""

from __future__ import annotations

from typing import Any

from playwright.sync_api import FrameLocator

_WALK = """(_, measure) => {
  const look = new Function("slide", "n", measure);
  const press = (key) => document.dispatchEvent(new KeyboardEvent("keydown", {key}));
  const found = [];
  press("Home");
  document.querySelectorAll(".slide").forEach((_, n) => {
    const got = look(document.querySelector(".slide.active"), n);
    if (got !== null && got !== undefined) found.push(...[got].flat());
    press("ArrowRight");
  });
  press("Home");
  return found;
}"""


def walk_slides(deck: FrameLocator, measure: str) -> list[Any]:
    """What ``measure`` (the body of a JavaScript function of ``slide`` and its index ``n``;
    null to skip a slide, an array for several findings) returns for each slide in turn."""
    return list(deck.locator("body").evaluate(_WALK, measure))
