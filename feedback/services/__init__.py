"""The write side, with the role checks: every page and every CLI command writes through here.

Each function takes the acting :class:`~feedback.auth.roles.Actor`, checks it against
:data:`~feedback.auth.roles.PERMISSIONS` (raising :class:`~feedback.auth.roles.NotAllowed`),
and calls the store or the submission pipeline, which write one transaction with its audit
rows under the actor's name. ``tests/test_layers.py`` checks that pages, the UI helpers and
the CLI reach the unchecked writers only through this package.
"""
