"""Data shaping for the pages: plain functions from stored data to what a page shows.

No Streamlit here: every function takes values or DataFrames and returns values or DataFrames,
so it is tested without a UI. A page reads its widgets, calls one of these, and renders.
"""
