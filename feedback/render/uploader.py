"""The file uploader's own words in the page's language: a script for the import page.

Streamlit draws its drop zone in English ("Upload", "25MB per file • …", "0.7KB"). The script
puts the page's words there, and again whenever Streamlit redraws the zone.
"""

from __future__ import annotations

from collections.abc import Mapping

from feedback.render.slides import script_json

__all__ = ["uploader_script"]

_UPLOADER_SCRIPT = """<script>(() => {
  window.__lwUploaderWords = %s;
  if (window.__lwUploaderWords_put) { window.__lwUploaderWords_put(); return; }
  const put = () => {
    const words = window.__lwUploaderWords;
    const places = [
      ['[data-testid="stFileUploaderDropzone"] [data-testid="stBaseButton-secondary"] p',
       words.button],
      ['[data-testid="stFileUploaderDropzoneInstructions"] span', words.limit],
    ];
    for (const [selector, text] of places) {
      for (const el of document.querySelectorAll(selector)) {
        if (el.textContent !== text) el.textContent = text;
      }
    }
    // The chosen file's size: "0.7KB" becomes "0,7 KB" on a German page, "73.0B" "73 B".
    for (const el of document.querySelectorAll('[data-testid="stFileChipName"] + div')) {
      const size = el.textContent.match(/^(\\d+)(?:[.,](\\d+))?\\s*([KMG]?B)$/);
      if (!size) continue;
      const decimals = size[2] && size[2] !== "0" ? words.decimal + size[2] : "";  // "73 B"
      const text = size[1] + decimals + "\\u00a0" + size[3];
      if (el.textContent !== text) el.textContent = text;
    }
  };
  window.__lwUploaderWords_put = put;
  new MutationObserver(put).observe(document.body, {childList: true, subtree: true});
  put();
})();</script>"""


def uploader_script(words: Mapping[str, str]) -> str:
    """The script with ``words`` ("button", "limit", "decimal") as JSON that no text can end
    the script element with (:func:`feedback.render.slides.script_json`)."""
    return _UPLOADER_SCRIPT % script_json(dict(words))
