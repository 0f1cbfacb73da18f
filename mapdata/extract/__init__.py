"""Extraction: from a news report to proposed incidents, each with its evidence, for review.

``extract(text, published=None, outlet=None, url=None)`` returns an :class:`ExtractionResult`
whose ``proposals`` carry raw Incident values, the sentences each value came from and whether
the place was resolved; ``responses`` are the denials; ``warnings`` say what the text could
not tell. Rule-based and offline: sentences, patterns, the gazetteer and calendar arithmetic.
An optional second reader asks a language model the user runs (``llm``; off by default).
"""

from mapdata.extract.pipeline import ExtractionResult, Response, extract, extract_document
from mapdata.extract.proposal import Proposal
from mapdata.extract.text import MAX_CHARS, read_document

__all__ = ["MAX_CHARS", "ExtractionResult", "Proposal", "Response", "extract", "extract_document", "read_document"]
