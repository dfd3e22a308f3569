"""The feedback store: SQLAlchemy 2 models, engine setup, migrations and queries.

Plain Python: no Streamlit here. SQLite (embedded default) and PostgreSQL run the same code.
"""
