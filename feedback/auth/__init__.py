"""Who may do what: roles, the signed-in actor, passwords and the mapping of company sign-ins.

Plain Python: no Streamlit here. The UI and the CLI build an :class:`~feedback.auth.roles.Actor`
and hand it to the service functions in :mod:`feedback.services`, which check it.
"""
