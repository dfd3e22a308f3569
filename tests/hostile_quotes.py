"""Hostile quotes (round 23): markup, directives, invisible and control characters, formulas.

Each is a customer's quote that passes the pipeline's checks; what it must never do is take
effect: run as HTML or a script, format as Streamlit markdown, run as a spreadsheet formula,
hide or reverse words, or leave terminal codes in the word clouds. ``REJECTED`` are refused,
with a reason in German and English.
"""

from __future__ import annotations

HOSTILE = [
    "Danke! <img src=x onerror=alert(1)> war super",
    "Toll </textarea><script>alert('x')</script> gemacht",
    "Super <svg/onload=alert(1)> Hilfe",
    "Danke [klick mich](javascript:alert(1)) Anna",
    "Danke :red[rot] und :material/home: und $$\\LaTeX$$ toll",
    "~~weg~~ und ***fett*** gut",
    "# Überschrift\n\n## zwei\n\nsehr freundlich",
    "| a | b |\n|---|---|\n| c | d |\n\nSuper Service",
    "Zeile<br>Zeile<br/>toll",
    "Danke \u202egnirts\u202c sehr gut",
    "Dan\u200bke\u200c sehr\u2060 gut\ufeff",
    "Z\u0336\u0337\u0338\u0339\u033a\u033b\u033c\u033d\u033e\u033f\u0340algo Hilfe war super",
    "NUL\x00 und \x07BEL \x1f und \x85 \x9b C1 super Hilfe",
    "\x1b[31mRot\x1b[0m war die Hilfe, \x1b[1;32mdanke\x1b[0m Anna, super Service",
    "Lone \ud800 surrogate, danke für die Hilfe",
    '=HYPERLINK("http://evil.example","klick") danke',
    "=cmd|' /C calc'!A0 danke",
    "+1+1 super",
    "-2+3 super",
    "@SUM(A1) super",
    "\t=1+1 Tab davor",
    "\r=1+1 CR davor",
    "＝1+1 voll breit",
    "'; DROP TABLE quotes;-- danke",
    'Er sagte "hallo",\n"=1+1",danke',
    'Zwei Absätze,\n\n=1+1 "; danke',
    "😀" * 500 + " super Hilfe",
]
# Markers of markup that must never take effect where a quote is shown.
RAW_TAGS = ("<img", "<script", "<svg", "</textarea", "<br")

REJECTED = {
    "x" * 100_000: "text_too_long",
    "😀" * 5_000: "text_too_long",
    "\x00\x1b[31m\u200b\u202e": "empty_text",
}
