"""The folium map: a constant base map plus one incident layer sent as compact data.

Why this shape:
* streamlit-folium remounts the map whenever the base map's script changes, so the filtered
  incidents travel in a ``FeatureGroup`` (``incident_feature_group``) that the component swaps
  in place over the constant :func:`mapdata.mapview.base.base_map`.
* One ``folium.Marker`` + ``Popup`` per incident costs seconds and megabytes at 10,000
  incidents. Instead the incidents go once as column arrays (``incident_payload``: integer
  columns as base64 of typed arrays, strings once in a table, claims at one point already
  numbered as one spot) and ``static/mapdata/incident_layer.js`` clusters and draws them in
  the browser.
* Popup/tooltip text comes from imports and pasted reports; the browser builds those nodes
  with ``textContent``, and the JSON is escaped for a ``<script>`` context here.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import os
import re
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import folium
import numpy as np
import pandas as pd
from branca.element import Element, Figure, MacroElement
from jinja2 import Template

from mapdata.claims import CLASH_STATUSES, STATUS_RULE
from mapdata.environment import collector_paused
from mapdata.mapview.base import SIDE_COLORS, STATUS_RINGS
from mapdata.model import GEO_PRECISIONS

__all__ = [
    "COORD_SCALE",
    "HEAT_MODES",
    "PAYLOADS_KEPT",
    "SUMMARY_MAX_INCIDENTS",
    "ClickedMarker",
    "Payload",
    "clicked_marker",
    "decode_payload",
    "incident_feature_group",
    "incident_layer",
    "incident_payload",
    "payload_rows",
    "payload_token",
    "publish_payload",
    "render_html",
]

HEAT_MODES: tuple[str, ...] = ("off", "count", "casualties")
COORD_SCALE = 100_000
# Payload files kept for the browser to fetch (publish_payload): the most recently used filter states.
PAYLOADS_KEPT = 16
_PAYLOAD_FILE = re.compile(r"[0-9a-f]{16}\.json\.gz")  # publish_payload's names: payload_token + .json.gz

# Summaries are the bulk of the payload. Popups carry a short one while the view holds at most
# SUMMARY_MAX_INCIDENTS (a whole ACLED country file fits); above that the popup shows date,
# place and claimant only, and the details panel (filled on click) has everything.
SUMMARY_MAX_INCIDENTS = 5_000
_SUMMARY_MAX_CHARS = 140


def _codes(values: pd.Series, vocabulary: tuple[str, ...]) -> np.ndarray:
    """Each value's position in ``vocabulary``, -1 for one not in it (or missing): the distinct
    values are looked up, not every claim's (a million claims hold a handful of sides)."""
    codes, distinct = pd.factorize(values)
    position = {value: k for k, value in reversed(list(enumerate(vocabulary)))}  # the first of repeats
    table = np.array([position.get(value, -1) for value in distinct] + [-1], dtype=np.int64)
    return table[codes]  # a missing value's code is -1: the table's last entry


# Typed columns travel as base64 of little-endian integers (the browser decodes them into typed
# arrays): at 1,000,000 claims JSON lists of numbers took seconds to write on the server and to
# parse in the browser, base64 takes milliseconds. Each column gets the narrowest type its values fit.
_COLUMN_TYPES: dict[str, np.dtype] = {"i1": np.dtype("<i1"), "i2": np.dtype("<i2"), "i4": np.dtype("<i4")}


def _column_type(values: np.ndarray) -> str:
    low, high = (int(values.min()), int(values.max())) if len(values) else (0, 0)
    for name, dtype in _COLUMN_TYPES.items():
        limits = np.iinfo(dtype)
        if limits.min <= low and high <= limits.max:
            return name
    raise ValueError(f"map column values {low}..{high} do not fit 32 bits")


def _encode_column(values: np.ndarray, kind: str) -> str:
    return base64.b64encode(np.ascontiguousarray(values, dtype=_COLUMN_TYPES[kind]).tobytes()).decode("ascii")


def decode_payload(payload: str) -> dict[str, object]:
    """The payload as the browser reads it: every typed column decoded to a list of ints (tests, tools)."""
    data = json.loads(payload)
    for name, kind in data.get("columns", []):
        data[name] = np.frombuffer(base64.b64decode(data[name]), dtype=_COLUMN_TYPES[kind]).tolist()
    return data


def _spots(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    """Each claim's spot (claims at exactly the same coordinates), numbered in order of first
    appearance: grouped here with one hash pass rather than in the browser with a key per claim."""
    keys = (lat + 90 * COORD_SCALE) * (400 * COORD_SCALE) + (lon + 200 * COORD_SCALE)
    return pd.factorize(keys)[0]


def _summary_chars(n: int) -> int:
    return _SUMMARY_MAX_CHARS if n <= SUMMARY_MAX_INCIDENTS else 0


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _script_safe_json(data: dict) -> str:
    """JSON for inside a ``<script>``, folium's templates and a template literal, whatever the text.

    * ``<``, ``>``, ``&``: the data can neither end the script element nor open markup;
    * `` ` `` and ``$``: nor end or interpolate a JavaScript template literal;
    * ``{`` and ``}``: folium re-parses each element's rendered script as a Jinja template,
      so ``{{ … }}`` in an imported summary would otherwise run as Jinja on the server.
    The structure is one object of arrays of scalars, so every other brace is inside a
    string, where ``\\uXXXX`` decodes back to the same text in the browser.
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    inner = (
        text[1:-1]
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("`", "\\u0060")
        .replace("$", "\\u0024")
        .replace("{", "\\u007b")
        .replace("}", "\\u007d")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )
    return text[0] + inner + text[-1]


def incident_payload(
    frame: pd.DataFrame, status: pd.Series | None = None, heat: str = "off", colors: Mapping[str, str] | None = None
) -> Payload:
    """The incidents as compact column arrays (JSON), what the browser needs and no more.

    ``status`` is each claim's clash status (``mapdata.claims.find_clashes``, indexed like
    ``frame``): the marker's ring and the popup show it. ``heat`` is one of HEAT_MODES
    (weighting by count or casualties). ``colors`` maps each reporting side shown to its colour
    (``side_colors`` of the conflicts shown; default: the Armenia–Azerbaijan sides).
    Integer columns (listed in ``columns`` as [name, type] pairs) are base64 of little-endian
    integers; :func:`decode_payload` reads them back. Ids stay here: position ``k`` in the payload
    is row ``k`` of :func:`payload_rows` of ``frame``.
    """
    with collector_paused():  # hundreds of thousands of small lists and tuples, no cycles
        return _payload(frame, status, heat, colors)


def _payload(frame: pd.DataFrame, status: pd.Series | None, heat: str, colors: Mapping[str, str] | None) -> Payload:
    colors = SIDE_COLORS if colors is None else colors
    sides = tuple(colors)
    if heat not in HEAT_MODES:
        raise ValueError(f"heat must be one of {HEAT_MODES}, not {heat!r}")
    rows = payload_rows(frame)
    n = len(rows)
    dates = pd.to_datetime(rows["date"])
    base = dates.min().normalize() if n and dates.notna().any() else pd.Timestamp("1970-01-01")
    days = ((dates.dt.normalize() - base) // pd.Timedelta(days=1)).fillna(-1).to_numpy(dtype=np.int64)

    summary_limit = _summary_chars(n)
    texts = [rows["place"].fillna("").astype(str), rows["claimant"].fillna("").astype(str)]
    if summary_limit:
        texts.append(rows["summary"].fillna("").astype(str).map(lambda s: _shorten(s, summary_limit)))
    codes, strings = pd.factorize(pd.concat(texts, ignore_index=True), sort=False)
    # No ids: a click names the claim's position in payload_rows(frame), and the page reads the
    # claim there (ids were a third of the payload at 1,000,000 claims and never shown).
    lat = np.rint(rows["latitude"].to_numpy(dtype=float) * COORD_SCALE).astype(np.int64)
    lon = np.rint(rows["longitude"].to_numpy(dtype=float) * COORD_SCALE).astype(np.int64)
    columns: dict[str, np.ndarray] = {
        # Coordinates in 1e-5 degrees (about 1 m) as integers, exact and small.
        "lat": lat,
        "lon": lon,
        "spot": _spots(lat, lon),
        "day": days,
        "side": _codes(rows["reporting_side"], sides),
        "prec": _codes(rows["geo_precision"], GEO_PRECISIONS),
        "place": codes[:n],
        "claimant": codes[n : 2 * n],
    }
    data: dict[str, object] = {
        "base": base.date().isoformat(),
        "n": n,
        "coordScale": COORD_SCALE,
        "strings": [str(s) for s in strings],
        "sides": list(sides),
        "colors": [colors[s] for s in sides],
        "precisions": list(GEO_PRECISIONS),
        "heat": heat,
    }
    if summary_limit:
        columns["summary"] = codes[2 * n :]
    if status is not None:
        # -1: unknown (not in ``status``)
        same = status.index.equals(rows.index)  # no claim without coordinates: no look-up by label
        columns["status"] = _codes(status if same else status.reindex(rows.index), CLASH_STATUSES)
        data["statuses"] = list(CLASH_STATUSES)
        data["statusRules"] = [STATUS_RULE[s] for s in CLASH_STATUSES]
        data["statusRings"] = [STATUS_RINGS.get(s) for s in CLASH_STATUSES]
    if "retracted_at" in rows and rows["retracted_at"].notna().any():
        # Claims a person retracted (shown only when asked for): drawn apart, whatever their side.
        columns["retracted"] = rows["retracted_at"].notna().to_numpy(dtype=np.int64)
    if heat == "casualties":
        killed = pd.to_numeric(rows["killed"], errors="coerce").fillna(0)
        wounded = pd.to_numeric(rows["wounded"], errors="coerce").fillna(0)
        columns["weight"] = (killed + wounded).clip(upper=np.iinfo(np.int32).max).to_numpy(dtype=np.int64)
    types = {name: _column_type(values) for name, values in columns.items()}
    data["columns"] = [[name, kind] for name, kind in types.items()]  # pairs: the payload holds no nested object
    # Base64 needs no escaping (letters, digits, + / =): only the rest goes through _script_safe_json.
    encoded = "".join(f',"{name}":"{_encode_column(values, types[name])}"' for name, values in columns.items())
    return Payload(_script_safe_json(data)[:-1] + encoded + "}")


def payload_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows of ``frame`` the payload carries, in payload order (a clicked marker's index is a position here)."""
    return frame.dropna(subset=["latitude", "longitude"])


class Payload(str):
    """The payload's text with its token worked out once: a rerun needs the token three or four
    times, and hashing 25 MB (a million claims) each time cost ~0.2 s of every click."""

    token: str

    def __new__(cls, text: str, token: str | None = None) -> Payload:
        made = super().__new__(cls, text)
        made.token = token or _fingerprint(text)
        return made

    def __reduce__(self) -> tuple[type[Payload], tuple[str, str]]:
        # st.cache_data hands back an unpickled copy on every rerun: keep the token, do not hash again.
        return (Payload, (str(self), self.token))


def _fingerprint(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def payload_token(payload: str) -> str:
    """A short fingerprint of one payload: a click is honoured only by the payload it came from."""
    return payload.token if isinstance(payload, Payload) else _fingerprint(payload)


class _Verbatim:
    """A stand-in for a compiled template that returns its text as is."""

    def __init__(self, text: str) -> None:
        self.text = text

    def render(self, **kwargs: object) -> str:
        return self.text


class _RawScript(Element):
    """Script text added to the page verbatim.

    branca's ``Element(text)`` compiles the text as a Jinja template (seconds for a 6 MB
    payload, and Jinja syntax in the data would run); this one is never parsed.
    """

    def __init__(self, text: str) -> None:
        super().__init__()
        self._template = _Verbatim(text)  # type: ignore[assignment]


class _IncidentData(MacroElement):
    """Hands the payload (or where to fetch it) to ``MapdataIncidents`` inside the feature group's script."""

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "{% if this.url %}"
        "MapdataIncidents.load({{ this._parent.get_name() }}, {{ this.url }}, {{ this.options }});"
        "{% else %}"
        "MapdataIncidents.attach({{ this._parent.get_name() }}, {{ this.payload }}, {{ this.options }});"
        "{% endif %}"
        "{% endmacro %}"
    )

    def __init__(self, payload: str | None, options: str, url: str | None = None) -> None:
        super().__init__()
        self._name = "IncidentData"
        self.payload = payload
        self.options = options
        self.url = None if url is None else _script_safe_json({"u": url})[5:-1]  # a JS string literal

    def render(self, **kwargs: object) -> str:
        script = self._template.module.__dict__["script"](self, kwargs)
        root = self.get_root()
        assert isinstance(root, Figure), "the incident layer renders inside a folium map's figure"
        root.script.add_child(_RawScript(script), name=self.get_name())
        return ""


def incident_feature_group(
    payload: str,
    *,
    fit: bool = False,
    url: str | None = None,
    selected: tuple[float, float] | None = None,
    unselect: bool = False,
    max_zoom: int | None = None,
    tiles_zoom: int | None = None,
    spot_zoom: int | None = None,
    reveal: bool = False,
    reveal_zoom: int | None = None,
) -> folium.FeatureGroup:
    """The layer to pass as ``st_folium(feature_group_to_add=...)`` (cheap: payload is prebuilt).

    ``fit``: the map's first view shows every incident (once per map; not when the page
    centres the map on one claim). Clicked markers carry :func:`payload_token` of ``payload``.
    ``url``: where the browser fetches the payload (:func:`publish_payload`) instead of finding
    it in the script, so the page sends a few hundred bytes per rerun, not the whole payload.
    ``selected``: a spot to ring as open (a linked claim's); a click rings its spot in the browser
    itself, as the layer's script changing on every click would rebuild the layer. ``unselect``
    (without ``selected``): the ring a click left goes, the claim it marks being no longer drawn.
    ``max_zoom``: the most the fit zooms in (default 11; :func:`mapdata.mapview.claim_zoom`).
    ``tiles_zoom``: the basemap's own last zoom (:func:`mapdata.mapview.claim_zoom`); the fit goes past
    it only as far as its spots need to stand apart, so one spot is framed there, not at ``max_zoom``.
    ``spot_zoom``: but a fit of one spot, or of spots close together, zooms in to at least this
    (:data:`mapdata.mapview.base.SPOT_FIT_ZOOM`, where the gazetteer's place names show; never past ``max_zoom``).
    ``reveal`` (with ``selected``): the map centres the selected spot at the least zoom from ``reveal_zoom``
    (default: the map's zoom then) where the spot's own marker stands apart from every cluster (a linked
    claim's, a claim whose point was just corrected); no fit then.
    """
    chosen: dict[str, object] = {"token": payload_token(payload), "fit": bool(fit)}
    if selected is not None:
        chosen["selected"] = [float(selected[0]), float(selected[1])]
    elif unselect:
        chosen["unselect"] = True
    if max_zoom is not None:
        chosen["maxZoom"] = int(max_zoom)
    if tiles_zoom is not None:
        chosen["tilesZoom"] = int(tiles_zoom)
    if spot_zoom is not None:
        chosen["spotZoom"] = int(spot_zoom)
    if reveal and selected is not None:
        chosen["reveal"], chosen["fit"] = True, False
        if reveal_zoom is not None:
            chosen["revealZoom"] = int(reveal_zoom)
    options = json.dumps(chosen)
    group = folium.FeatureGroup(name="Incidents", control=False)
    group.add_child(_IncidentData(payload if url is None else None, options, url))
    return group


def publish_payload(payload: str, folder: Path, keep: int = PAYLOADS_KEPT) -> str:
    """Write ``payload`` as ``folder/<payload_token>.json.gz`` for the browser to fetch; its file name.

    Why a file: streamlit-folium sends the layer's script with every rerun of the page (a click,
    a filter change), and the script held the whole payload: 25 MB at a million claims, seconds
    per click. Why gzip: Streamlit compresses a ``.json`` answer again for every request (about
    a second for 25 MB); a ``.gz`` file goes as it is, and the browser unpacks it natively. The
    file is named by its content, written once (atomically: readers never see half a file) and
    then only touched; files beyond the ``keep`` most recently used go. They hold what the page
    shows anyway, served only by this app (``static/``), and are a cache: delete them at any time.
    """
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{payload_token(payload)}.json.gz"
    target = folder / name
    data = payload.encode("utf-8")
    if _whole_gzip_of(target, len(data)):
        os.utime(target)  # recently used: kept by the pruning below
        return name
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".payload-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(gzip.compress(data, compresslevel=1, mtime=0))  # level 1: 0.2 s for 25 MB
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _prune_payloads(folder, keep)
    return name


def _whole_gzip_of(path: Path, size: int) -> bool:
    """Whether ``path`` is a gzip file of ``size`` bytes: its last four bytes say so (RFC 1952 ISIZE)."""
    try:
        with path.open("rb") as file:
            file.seek(-4, os.SEEK_END)
            return int.from_bytes(file.read(4), "little") == size % 2**32
    except (FileNotFoundError, OSError):
        return False


def _prune_payloads(folder: Path, keep: int) -> None:
    """Delete all but the ``keep`` most recently used payload files (and temporary files over a minute old)."""
    now = time.time()
    files = []
    for path in folder.iterdir():
        try:
            used = path.stat().st_mtime
        except FileNotFoundError:
            continue  # another server pruned it
        if path.name.startswith(".payload-"):
            if now - used > 60:
                path.unlink(missing_ok=True)
        elif _PAYLOAD_FILE.fullmatch(path.name):  # never anything else that may be in the folder
            files.append((used, path))
    for _, path in sorted(files, reverse=True)[keep:]:
        path.unlink(missing_ok=True)


def incident_layer(
    frame: pd.DataFrame, status: pd.Series | None = None, heat: str = "off", colors: Mapping[str, str] | None = None
) -> folium.FeatureGroup:
    """Convenience: payload + feature group in one call."""
    return incident_feature_group(incident_payload(frame, status=status, heat=heat, colors=colors))


def render_html(fmap: folium.Map, layer: folium.FeatureGroup | None = None) -> str:
    """The whole map as one standalone HTML page (tests, benchmarks, exports)."""
    if layer is not None:
        layer.add_to(fmap)
    return fmap.get_root().render()


@dataclass(frozen=True)
class ClickedMarker:
    """What the browser says about the marker clicked last: the incident's position in the payload."""

    index: int  # position in payload_rows(frame) of the claim (a stack: its first claim)
    stack: bool  # a stack of several claims at one spot, rather than one claim
    click: str  # differs for every click, so a replayed old click is not taken for a new one


def clicked_marker(drawing: object, payload: str, count: int) -> ClickedMarker | None:
    """The marker clicked on the map drawn from ``payload`` (``count`` rows), or None.

    ``drawing`` is streamlit-folium's ``last_active_drawing``: the GeoJSON of the clicked
    layer, whose properties only our incident layer sets (never text from the data). A click
    from another payload (the filters changed since) or of another shape is ignored.
    """
    if not isinstance(drawing, Mapping):
        return None
    properties = drawing.get("properties")
    if not isinstance(properties, Mapping) or properties.get("mapdata") != payload_token(payload):
        return None
    index, click = properties.get("i"), properties.get("click")
    if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < count:
        return None
    return ClickedMarker(index=index, stack="spot" in properties, click=str(click or ""))
