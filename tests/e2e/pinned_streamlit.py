"""``streamlit`` on the suite's pinned day: ``python -m tests.e2e.pinned_streamlit run app.py``.

The browser tests seed their store on the pinned day (tests/clock.py); the server they start
must live on the same day, or "this month" on a page would not be the month the store was
seeded for. The clock keeps ticking from noon of that day.
"""

from __future__ import annotations

import sys

from streamlit.web.cli import main

from tests.clock import travel_to_pinned_day

if __name__ == "__main__":
    with travel_to_pinned_day():
        sys.argv[0] = "streamlit"
        main()
