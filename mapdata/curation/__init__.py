"""Curating the record before and after saving, shared by the app and the command line.

* ``duplicates`` — incoming claims that look like stored ones (same claimant, date within a
  day, same or near place; or the same source URL), found in linear time, and saving with
  the user's decision for each (skip, keep both, merge);
* ``edits`` — ``field=value`` edits made ready for the store: a new place resolved to its point.

The writes themselves (and their history entries) belong to :mod:`mapdata.store.curation`.
"""
