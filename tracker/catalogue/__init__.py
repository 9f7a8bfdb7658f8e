"""The one field catalogue: each record type's fields, their kinds and labels
(tracker.catalogue.fields), the headers other people and programs write for them
(tracker.catalogue.aliases), how a header is read (tracker.catalogue.headers), and the
words values use for money, status and stages (tracker.catalogue.words)."""
