"""Training the compact sentiment model from public labelled data (``python -m feedback train``).

Nothing here runs in the app: ``corpora`` reads the data under data/external/ and makes the
seeded train/dev/test split, ``fit`` trains with scikit-learn (requirements-train.txt) and writes
the weights that ``feedback.analyze.sentiment.model`` reads at run time without scikit-learn.
"""
