"""Shared helpers of the map-view tests."""

from __future__ import annotations

import base64
import re

_SWATCH = re.compile(r'<img class="mapdata-swatch"[^>]*src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)">')


def swatches_inlined(legend: str) -> str:
    """The legend with each swatch image's SVG written in place, so a test can read its colours."""
    return _SWATCH.sub(lambda m: base64.b64decode(m.group(1)).decode("utf-8"), legend)
