"""Ceasefire incident map: the core library.

Plain Python (no Streamlit import): the claim model, the SQLite store, the gazetteer,
import/export formats, report extraction, filtering and map building. The Streamlit
pages and the ``python -m mapdata`` command line are thin layers over this package.
"""

from mapdata.model import Incident, ValidationError

__all__ = ["Incident", "ValidationError"]
__version__ = "0.1.0"
