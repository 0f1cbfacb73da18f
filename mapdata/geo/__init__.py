"""Places: turning a name as written in a report or a file into a point, offline first.

Layers, each importing only those above it in this list:

* ``names`` — folding and spelling keys (Sotk / Sotq / Zod; "the village of …");
* ``index`` — the compact, cached index of GeoNames places plus our curated supplement;
* ``gazetteer`` — the pure offline gazetteer (:class:`Gazetteer`, :class:`Place`,
  :class:`GeocodeResult`): candidates, ambiguity resolved in the open, no I/O beyond the index;
* ``settings`` — whether the online fallback is on and where it sends names: from the user
  (environment, config file in the home folder, the page), never from a data file;
* ``online`` — the opt-in Nominatim fallback (geopy), polite and fail-fast, cached in the store;
* ``placebook`` — what users teach the gazetteer, kept in the store (aliases, unresolved
  names) and :class:`PlaceResolver`, the one entry point importers and the extractor use.
"""
