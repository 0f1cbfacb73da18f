/*
 * Incident layer of the Ceasefire Incident Map (our code; same licence as the project).
 *
 * Python sends the filtered incidents ONCE as compact column arrays (mapdata/mapview/incidents.py
 * incident_payload; integer columns as base64 typed arrays, each claim's spot numbered by the
 * server); this script builds the markers in the browser:
 *   - claims at the same coordinates form one *spot* (ACLED puts hundreds of events at one
 *     point): a spot of one claim is a circle marker styled by reporting side, location
 *     precision and a ring for its clash status; a spot of several is a *stack* showing its count, its
 *     ring split by reporting side; at high zoom a stack fans out (spiderfy) when it is small
 *     enough to read, and a click on it lists its claims in the details panel;
 *   - Supercluster indexes the spots (weighted by their claims); only what is in view is
 *     drawn, redrawn on pan/zoom, so 100,000 incidents cost the same to draw as a few hundred;
 *   - a claim placed only at region or country level keeps a dashed circle of its area at
 *     every zoom (at least a few kilometres wide on the ground), so it never looks exact;
 *   - tooltip and popup content are DOM nodes filled with textContent, never innerHTML of
 *     data, so hostile text in an imported record stays text;
 *   - the clicked marker identifies itself by GeoJSON properties our code sets (payload
 *     token, position in the payload, click time), which streamlit-folium returns as
 *     last_active_drawing: nothing in the data can forge another claim's identity.
 */
(function () {
  "use strict";

  var FAN_MAX = 60; // a stack of more claims shows its count; the details panel lists them
  var REGION_KM = 15; // ground radius drawn for a claim placed at region level
  var COUNTRY_KM = 80; // ... and at country level
  // Above this many spots the clusters come from a grid made per zoom level when first shown (one
  // pass over the spots) instead of Supercluster's index of every zoom level at once (~4-6 s for
  // a million spots in headless Chromium, before any marker shows).
  var GRID_ABOVE = 50000;
  // Spots closer than this many screen pixels form a cluster: the widest count badge (a cluster of
  // 1,000+ claims, 50 px), so two badges drawn side by side do not cover each other's counts.
  // (It was 30 on Supercluster's 512 px tiles, 15 px on Leaflet's: badges of 30-50 px overlapped.)
  var CLUSTER_RADIUS = 50;
  var FIT_APART_MAX = 2000; // a fit past the tiles' zoom looks for the zoom its spots stand apart up to this many
  var POPUP_MAX = 320; // a claim's popup text at most this wide (px) ...
  var POPUP_PAD = 24; // ... kept this far inside the map's edges by autoPan ...
  var POPUP_FRAME = 52; // ... with its own margins and tip around the text
  var POPUP_MIN = 120;
  var POPUP_CLEAR = 6; // ... and this far below the map's top controls (zoom, full screen, layers) and above its bottom ones
  // A label (tooltip) wraps to the room beside its marker: this CSS variable of the tooltip sets its
  // text's max-width (incident_layer.css; 260 px when unset), never under TIP_MIN; TIP_MARGIN is the
  // label's tip (6 px) and a margin to the map's edge.
  var TIP_WIDTH = "--mapdata-tip-max";
  var TIP_MIN = 120;
  var TIP_MARGIN = 12;

  /** The widest popup text that fits a map ``mapWidth`` px wide, padding and margins included. */
  function popupWidth(mapWidth) {
    return Math.max(POPUP_MIN, Math.min(POPUP_MAX, mapWidth - 2 * POPUP_PAD - POPUP_FRAME));
  }

  /** The height (px) the map's controls take at its top and at its bottom: the taller corner of each. */
  function controlsHeight(map) {
    var corners = map._controlCorners || {};
    function tallest(a, b) {
      return Math.max(corners[a] ? corners[a].offsetHeight : 0, corners[b] ? corners[b].offsetHeight : 0);
    }
    return { top: tallest("topleft", "topright"), bottom: tallest("bottomleft", "bottomright") };
  }

  /** autoPan's padding for a popup: clear of the map's edges and of its corner controls (walk45: at 420 px
   *  the layers button covered the popup's close button and the zoom buttons its left edge). */
  function popupPadding(map) {
    var controls = controlsHeight(map);
    return {
      topLeft: L.point(POPUP_PAD, Math.max(POPUP_PAD, controls.top + POPUP_CLEAR)),
      bottomRight: L.point(POPUP_PAD, Math.max(POPUP_PAD, controls.bottom + POPUP_CLEAR)),
    };
  }

  /** The map's size kept to its container's: the Map page sets the frame's height from the window's
   *  (walk45), and the container's height (incident_layer.css) can change after Leaflet measured it, with
   *  no window resize to tell Leaflet. Measured again now (a fit then frames the claims in the map as
   *  drawn), and on every later change of the container's size. */
  function followFrame(map) {
    // Only on a real change: invalidateSize forgets the exact centre set last (getCenter then reads it
    // back from pixels), and a view the user left is compared with it (test_fit_results_browser.py).
    function resized() {
      var box = map.getContainer(), size = map.getSize();
      return box.clientWidth !== size.x || box.clientHeight !== size.y;
    }
    if (resized()) map.invalidateSize({ pan: false });
    if (map._mapdataResize || typeof ResizeObserver !== "function") return;
    map._mapdataResize = new ResizeObserver(function () {
      if (resized()) map.invalidateSize();
    });
    map._mapdataResize.observe(map.getContainer());
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function dayString(base, offset) {
    if (offset === null || offset === undefined || offset < 0) return "date unknown";
    var d = new Date(base + offset * 86400000);
    return d.toISOString().slice(0, 10);
  }

  /** A typed column of the payload: base64 of little-endian integers (i1, i2 or i4). */
  function decodeColumn(text, type) {
    var bytes;
    if (typeof Uint8Array.fromBase64 === "function") {
      bytes = Uint8Array.fromBase64(text);
    } else {
      var binary = atob(text);
      bytes = new Uint8Array(binary.length);
      for (var b = 0; b < binary.length; b++) bytes[b] = binary.charCodeAt(b);
    }
    var Type = type === "i1" ? Int8Array : type === "i2" ? Int16Array : Int32Array;
    return new Type(bytes.buffer, bytes.byteOffset, bytes.byteLength / Type.BYTES_PER_ELEMENT);
  }

  function mercatorX(lon) { return lon / 360 + 0.5; }

  function mercatorY(lat) {
    var sin = Math.sin((lat * Math.PI) / 180);
    var y = 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
    return y < 0 ? 0 : y > 1 ? 1 : y;
  }

  function latitudeOf(y) {
    return (360 * Math.atan(Math.exp(((180 - y * 360) * Math.PI) / 180))) / Math.PI - 90;
  }

  /**
   * Clusters of spots on a grid of cells (2 x radius pixels) per zoom level, each level made the
   * first time it is shown. Answers like Supercluster (getClusters, getClusterExpansionZoom):
   * a cell holding one spot gives that spot, a cell of several a cluster at their mean position
   * with the number of claims. Above maxZoom every spot in view is itself.
   */
  function GridIndex(lon, lat, claims, radius, maxZoom, only) {
    var count = lon.length;
    this._lon = lon;
    this._lat = lat;
    this._claims = claims;
    this._only = only;  // each spot's one reporting-side bucket, -1 when its claims have several
    this._x = new Float64Array(count);
    this._y = new Float64Array(count);
    for (var k = 0; k < count; k++) {
      this._x[k] = mercatorX(lon[k]);
      this._y[k] = mercatorY(lat[k]);
    }
    this._cellPx = 2 * radius;
    this._maxZoom = maxZoom;
    this._levels = {};
  }

  GridIndex.prototype._level = function (zoom) {
    if (this._levels[zoom]) return this._levels[zoom];
    var cells = Math.ceil((256 * Math.pow(2, zoom)) / this._cellPx);
    var cellOf = new Map();
    var level = {
      first: [], spots: [], claims: [], x: [], y: [], lon: [], lat: [],
      // each cell's spots as a chain: the last spot put in it (head), then next[spot] back to the first (-1)
      head: [], next: new Int32Array(this._x.length), sides: new Map(),
    };
    for (var k = 0; k < this._x.length; k++) {
      var key = Math.min(cells - 1, Math.floor(this._y[k] * cells)) * cells + Math.min(cells - 1, Math.floor(this._x[k] * cells));
      var c = cellOf.get(key);
      if (c === undefined) {
        c = level.first.length;
        cellOf.set(key, c);
        level.first.push(k);
        level.head.push(-1);
        level.spots.push(0);
        level.claims.push(0);
        level.x.push(0);
        level.y.push(0);
      }
      level.next[k] = level.head[c];
      level.head[c] = k;
      level.spots[c] += 1;
      level.claims[c] += this._claims[k];
      level.x[c] += this._x[k];
      level.y[c] += this._y[k];
    }
    for (c = 0; c < level.first.length; c++) {
      level.lon.push((level.x[c] / level.spots[c] - 0.5) * 360);
      level.lat.push(latitudeOf(level.y[c] / level.spots[c]));
    }
    this._levels[zoom] = level;
    return level;
  };

  GridIndex.prototype.getClusters = function (bbox, zoom) {
    var west = bbox[0], south = bbox[1], east = bbox[2], north = bbox[3];
    var items = [];
    var k;
    if (zoom > this._maxZoom) {
      for (k = 0; k < this._lon.length; k++) {
        if (this._lon[k] >= west && this._lon[k] <= east && this._lat[k] >= south && this._lat[k] <= north) {
          items.push({ properties: { s: k, n: this._claims[k] } });
        }
      }
      return items;
    }
    var level = this._level(zoom);
    for (var c = 0; c < level.first.length; c++) {
      var lon = level.lon[c], lat = level.lat[c];
      if (lon < west || lon > east || lat < south || lat > north) continue;
      if (level.spots[c] === 1) {
        items.push({ properties: { s: level.first[c], n: level.claims[c] } });
      } else {
        items.push({
          properties: { cluster: true, cluster_id: c * 32 + zoom, n: level.claims[c] },
          geometry: { coordinates: [lon, lat] },
        });
      }
    }
    return items;
  };

  /**
   * Each cluster's claims per reporting side (``clusters``: getClusters' items at ``zoom``), set as
   * its properties.c: a cell not yet counted is counted over its own spots (its chain), by
   * ``addSpot(spot, counts)``, and kept with the level. Only clusters drawn are counted: a
   * per-side count of every cell of every level would be megabytes at a million spots.
   */
  GridIndex.prototype.countSides = function (clusters, zoom, buckets, addSpot) {
    var level = this._level(zoom);
    for (var k = 0; k < clusters.length; k++) {
      var c = Math.floor(clusters[k].properties.cluster_id / 32);
      var counts = level.sides.get(c);
      if (!counts) {
        counts = new Int32Array(buckets);
        for (var s = level.head[c]; s >= 0; s = level.next[s]) {
          var b = this._only[s];
          if (b >= 0) counts[b] += this._claims[s];
          else addSpot(s, counts);
        }
        level.sides.set(c, counts);
      }
      clusters[k].properties.c = counts;
    }
  };

  /** The cell of spot ``k`` at ``zoom`` (as _level files it). */
  GridIndex.prototype._cellKey = function (k, zoom) {
    var cells = Math.ceil((256 * Math.pow(2, zoom)) / this._cellPx);
    return Math.min(cells - 1, Math.floor(this._y[k] * cells)) * cells + Math.min(cells - 1, Math.floor(this._x[k] * cells));
  };

  /** Whether the cluster ``clusterId`` (getClusters') holds spot ``k``: the spot is in its cell. */
  GridIndex.prototype.holds = function (clusterId, k) {
    var zoom = clusterId % 32;
    var first = this._level(zoom).first[Math.floor(clusterId / 32)];
    return first !== undefined && this._cellKey(first, zoom) === this._cellKey(k, zoom);
  };

  /** The zoom a cluster opens at: two levels closer (cells a quarter of the size). */
  GridIndex.prototype.getClusterExpansionZoom = function (clusterId) {
    return Math.min((clusterId % 32) + 2, this._maxZoom + 1);
  };

  function metresPerPixel(lat, zoom) {
    return (40075016.686 * Math.cos((lat * Math.PI) / 180)) / Math.pow(2, zoom + 8);
  }

  var IncidentLayer = L.FeatureGroup.extend({
    initialize: function (data, options) {
      L.FeatureGroup.prototype.initialize.call(this, []);
      var started = window.performance ? performance.now() : 0;
      this._data = data;
      this._options = options || {};
      this._token = this._options.token || "";
      this._strings = data.strings || [];
      this._base = Date.parse(data.base + "T00:00:00Z");
      // Integer columns arrive as base64 (typed arrays here: no per-claim parsing).
      var typed = data.columns || [];
      for (var t = 0; t < typed.length; t++) data[typed[t][0]] = decodeColumn(data[typed[t][0]], typed[t][1]);
      data.columns = [];
      this._n = data.n;
      var n = this._n;
      // Coordinates arrive as integers in 1/coordScale degrees (exact, small to send).
      var scale = data.coordScale || 1;
      var lat = new Float64Array(n);
      var lon = new Float64Array(n);
      for (var c = 0; c < n; c++) {
        lat[c] = data.lat[c] / scale;
        lon[c] = data.lon[c] / scale;
      }
      data.lat = lat;
      data.lon = lon;
      data.coordScale = 1;
      // Spots (claims at exactly the same coordinates) come numbered from the server: list each
      // spot's claims, in payload order, in one flat array (a counting sort).
      var spot = data.spot;
      var spotCount = 0;
      for (var s = 0; s < n; s++) if (spot[s] >= spotCount) spotCount = spot[s] + 1;
      var start = new Int32Array(spotCount + 1);
      for (s = 0; s < n; s++) start[spot[s] + 1] += 1;
      for (s = 0; s < spotCount; s++) start[s + 1] += start[s];
      var fill = start.slice(0, spotCount);
      var members = new Int32Array(n);
      for (s = 0; s < n; s++) members[fill[spot[s]]++] = s;
      this._spotStart = start;
      this._spotMembers = members;
      this._spotCount = spotCount;
      this._markers = L.featureGroup();
      this.addLayer(this._markers);
      // A claim counts in a stack's or a cluster's ring under its reporting side, a side with no
      // colour as "other" (grey) and a retracted claim as retracted (light grey, as its marker).
      this._buckets = data.colors.length + 2;
      var radius = data.clusterRadius || CLUSTER_RADIUS;
      var maxZoom = data.clusterMaxZoom || 12;
      this.clustering = spotCount > (data.gridAbove || GRID_ABOVE) ? "grid" : "supercluster";
      if (this.clustering === "grid") {
        var spotLon = new Float64Array(spotCount);
        var spotLat = new Float64Array(spotCount);
        var claims = new Int32Array(spotCount);
        var only = new Int16Array(spotCount);  // the one bucket of a spot's claims, -1 for several
        var counted = new Int32Array(this._buckets);
        for (var g = 0; g < spotCount; g++) {
          spotLon[g] = lon[members[start[g]]];
          spotLat[g] = lat[members[start[g]]];
          claims[g] = start[g + 1] - start[g];
          counted.fill(0);
          this._addSpotSides(g, counted);
          only[g] = counted.indexOf(claims[g]);
        }
        this._index = new GridIndex(spotLon, spotLat, claims, radius, maxZoom, only);
      } else {
        var self = this;
        this._index = new Supercluster({
          radius: radius,
          extent: 256,  // Leaflet's tile size: radius in screen pixels (Supercluster assumes 512 px tiles)
          maxZoom: maxZoom,
          minPoints: data.clusterMinPoints || 2,
          // Each cluster counts its claims per reporting side (c, as _addSpotSides), so its ring shows
          // whose claims it holds. Supercluster copies a child cluster's properties shallowly:
          // reduce makes a new array rather than adding into one a child still holds.
          map: function (props) { return { n: props.n, c: self._addSpotSides(props.s, new Int32Array(self._buckets)) }; },
          reduce: function (acc, props) {
            var sum = Int32Array.from(acc.c);
            for (var b = 0; b < sum.length; b++) sum[b] += props.c[b];
            acc.n += props.n;
            acc.c = sum;
          },
        });
        var features = new Array(spotCount);
        for (var i = 0; i < spotCount; i++) {
          var first = members[start[i]];
          features[i] = {
            type: "Feature",
            properties: { s: i, n: start[i + 1] - start[i] },
            geometry: { type: "Point", coordinates: [lon[first], lat[first]] },
          };
        }
        this._index.load(features);
      }
      this._renderer = spotCount > (data.canvasAbove || 2000) ? L.canvas({ padding: 0.3 }) : undefined;
      if (data.heat && data.heat !== "off" && L.heatLayer) {
        var points = [];
        for (var h = 0; h < this._n; h++) {
          var w = data.heat === "casualties" ? (data.weight ? data.weight[h] : 0) : 1;
          if (w > 0) points.push([data.lat[h], data.lon[h], w]);  // leaflet-heat draws even weight 0 faintly
        }
        this._heat = L.heatLayer(points, {
          radius: 22, blur: 18, minOpacity: 0.25,
          max: data.heat === "casualties" ? (data.heatMax || 5) : (data.heatMax || 3),
        });
        this.addLayer(this._heat);
      }
      this._clicks = 0;
      this.bindTooltip(L.bind(this._tooltipFor, this), { sticky: false, direction: "right", opacity: 0.95 });
      this.on("tooltipopen", this._keepTooltipInside, this);
      this.on("tooltipopen", this._noteTooltip, this);
      this.on("tooltipclose", this._noteTooltip, this);
      this.buildMs = window.performance ? performance.now() - started : 0;  // read by benchmarks/bench_map.py
    },

    onAdd: function (map) {
      L.FeatureGroup.prototype.onAdd.call(this, map);
      followFrame(map);
      this._focusWithoutScrolling(map);
      map.on("moveend zoomend", this._redraw, this);
      map.on("zoomstart click", this._unfan, this);
      map.on("zoomstart", this._closeTooltip, this);
      // Fitted on the first view, again when none of the claims is in view (walk34: a filter that left
      // only claims elsewhere showed an empty map at the old view), and again while the map is where
      // the last fit left it (walk42: a search that narrowed 34 claims to Tovuz's 3 left the map at
      // world zoom); a view the user chose (a pan, a zoom, a claim's link) is kept while claims are in it.
      if (this._options.fit && this._n && (!map._mapdataFitted || !this._anyInView(map) || this._atLastFit(map))) {
        this.fitToData();
      }
      map._mapdataFitted = true;
      this._redraw();
      // (a link's ring goes around the spot's stack too, as a click's does: walk36 saw a 32 px ring
      // hidden under a 28 px stack)
      if (this._options.selected) this._select(this._options.selected, -1);
      else if (this._options.unselect) this._unselect();
      if (this._options.selected && this._options.reveal) this.reveal(this._options.revealZoom);
      window.mapdataIncidentLayer = this;
    },

    onRemove: function (map) {
      map.off("moveend zoomend", this._redraw, this);
      map.off("zoomstart click", this._unfan, this);
      map.off("zoomstart", this._closeTooltip, this);
      this._closeTooltip();
      this._unfan();
      this._markers.clearLayers();
      this._drawn = {};
      L.FeatureGroup.prototype.onRemove.call(this, map);
      if (window.mapdataIncidentLayer === this) window.mapdataIncidentLayer = null;
    },

    /** Number of incidents in this layer (after the page's filters). */
    total: function () { return this._n; },

    /** Number of distinct spots (coordinates) among them. */
    spotCount: function () { return this._spotCount; },

    /** The claims at spot k (positions in the payload), in payload order. */
    _members: function (k) { return this._spotMembers.subarray(this._spotStart[k], this._spotStart[k + 1]); },

    /** Show every incident of the layer (the first view, and the map's "fit" button). */
    /** Whether any claim lies in the map's view (one pass over the coordinates, stopping at the first). */
    _anyInView: function (map) {
      var view = map.getBounds(), d = this._data;
      var south = view.getSouth(), north = view.getNorth(), west = view.getWest(), east = view.getEast();
      for (var i = 0; i < this._n; i++) {
        if (d.lat[i] >= south && d.lat[i] <= north && d.lon[i] >= west && d.lon[i] <= east) return true;
      }
      return false;
    },

    /** Whether the map shows the view the last fit gave it (the user has not moved it since): its zoom,
     *  and its centre within a few pixels (the frame's resizing moves it by a pixel or two). */
    _atLastFit: function (map) {
      var fitted = map._mapdataFitView;
      if (!fitted || map.getZoom() !== fitted.zoom) return false;
      var size = map.getSize();
      return map.latLngToContainerPoint(fitted.center).distanceTo([size.x / 2, size.y / 2]) < 8;
    },

    fitToData: function () {
      var d = this._data;
      if (!this._map || !this._n) return;
      var south = 90, north = -90, west = 180, east = -180;
      for (var i = 0; i < this._n; i++) {
        if (d.lat[i] < south) south = d.lat[i];
        if (d.lat[i] > north) north = d.lat[i];
        if (d.lon[i] < west) west = d.lon[i];
        if (d.lon[i] > east) east = d.lon[i];
      }
      // Margins as mapview/base.py's FIT_PADDING_*: markers whole and clear of the map's controls
      // (zoom buttons, layer switch, scale bar and attribution).
      var bounds = L.latLngBounds([[south, west], [north, east]]);
      var padding = { paddingTopLeft: [56, 30], paddingBottomRight: [56, 56] };
      this._map.fitBounds(bounds, L.extend({ maxZoom: this._fitZoom(bounds, padding), animate: false }, padding));
      this._map._mapdataFitView = { center: this._map.getCenter(), zoom: this._map.getZoom() };
    },

    /** The most a fit of ``bounds`` zooms in. The page's maxZoom (11) spreads a few claims close together
     *  into markers coloured by side; but past the basemap's own last zoom (options.tilesZoom: 6 for the
     *  bundled offline tiles, mapview.claim_zoom) its tiles are enlarged into a blur, so the fit goes
     *  past it only as far as its spots need to be told apart: one spot (a filter leaving one place) is
     *  framed at the tiles' zoom (or at options.spotZoom when closer), not at 11, 5 km across over a smear
     *  (walk44 item 3). */
    _fitZoom: function (bounds, padding) {
      var most = this._options.maxZoom || 11, tiles = this._options.tilesZoom, spot = this._options.spotZoom;
      if (tiles === undefined || tiles === null || tiles >= most) return most;
      // One spot, or spots close together, are framed at least at options.spotZoom (9: where the
      // gazetteer's place names show), never at zoom 6 with the whole country round one marker (walk51).
      if (spot !== undefined && spot !== null) tiles = Math.min(most, Math.max(tiles, spot));
      if (tiles >= most) return most;
      var needed = Math.min(most, this._map.getBoundsZoom(bounds, false, L.point(112, 86)));
      if (needed <= tiles) return most;  // the fit stops short of the tiles' zoom anyway
      if (this._spotCount > FIT_APART_MAX) return most;  // (a few thousand spots in a small box: as before)
      var box = [bounds.getWest() - 0.01, bounds.getSouth() - 0.01, bounds.getEast() + 0.01, bounds.getNorth() + 0.01];
      for (var zoom = tiles; zoom < needed; zoom++) {
        var items = this._index.getClusters(box, zoom), apart = true;
        for (var j = 0; j < items.length && apart; j++) if (items[j].properties.cluster) apart = false;
        if (apart) return zoom;  // every spot its own marker here
      }
      return needed;
    },

    /** Draw what is in view: clusters where spots crowd, spots elsewhere.
     *  Markers still in view are kept (an open popup survives a pan); only the difference
     *  is added or removed. */
    _redraw: function () {
      var map = this._map;
      if (!map) return;
      var b = map.getBounds().pad(0.3);
      var bbox = [Math.max(-180, b.getWest()), Math.max(-85, b.getSouth()), Math.min(180, b.getEast()), Math.min(85, b.getNorth())];
      var zoom = Math.round(map.getZoom());
      var items = this._index.getClusters(bbox, zoom);
      var data = this._data;
      var firstOf = this._spotMembers;
      var start = this._spotStart;
      var singles = [];
      var clusters = [];
      var shown = 0;
      for (var j = 0; j < items.length; j++) {
        shown += items[j].properties.n;
        if (items[j].properties.cluster) clusters.push(items[j]);
        else singles.push(items[j].properties.s);
      }
      // Region/country areas underneath, exact dots on top, newest last.
      singles.sort(function (a, c) {
        var ia = firstOf[start[a]], ic = firstOf[start[c]];
        return (data.prec[ic] - data.prec[ia]) || (data.day[ia] - data.day[ic]) || (a - c);
      });
      var old = this._drawn || {};
      var next = {};
      var k, key;
      for (k = 0; k < singles.length; k++) {
        key = "s" + singles[k];
        next[key] = old[key] || this._addSpot(singles[k]);
      }
      var fresh = [];
      for (k = 0; k < clusters.length; k++) {
        if (!old["c" + zoom + ":" + clusters[k].properties.cluster_id]) fresh.push(clusters[k]);
      }
      if (fresh.length && this._index.countSides) {
        this._index.countSides(fresh, zoom, this._buckets, L.bind(this._addSpotSides, this));
      }
      for (k = 0; k < clusters.length; k++) {
        key = "c" + zoom + ":" + clusters[k].properties.cluster_id;
        next[key] = old[key] || this._addCluster(clusters[k]);
      }
      for (key in old) {
        if (!Object.prototype.hasOwnProperty.call(next, key)) {
          for (var r = 0; r < old[key].length; r++) this._markers.removeLayer(old[key][r]);
        }
      }
      this._drawn = next;
      // A label whose marker is gone goes too: the mouse can never leave a removed marker, so its
      // label stayed over the new view, pointing at nothing (walk34: a cluster's, after its click).
      if (this._tipLayer && !this._markers.hasLayer(this._tipLayer)) this._closeTooltip();
      this._sizeAreas(zoom);
      this.shownInView = shown;
      this.drawnMarkers = singles.length;
      this.drawnClusters = clusters.length;
      var container = map.getContainer();
      container.setAttribute("data-incidents-total", String(this._n));
      container.setAttribute("data-spots-total", String(this._spotCount));
      container.setAttribute("data-clustering", this.clustering);
      container.setAttribute("data-incidents-drawn", String(singles.length + clusters.length));
      container.setAttribute("data-incidents-in-view", String(shown));
      this._placeRing();
    },

    /** Region/country rings: their ground size at this zoom, never smaller than a marker. */
    _sizeAreas: function (zoom) {
      for (var key in this._drawn) {
        var layers = this._drawn[key];
        for (var r = 0; r < layers.length; r++) {
          var area = layers[r].areaKm;
          if (area) {
            var px = (area * 1000) / metresPerPixel(layers[r].getLatLng().lat, zoom);
            layers[r].setRadius(Math.max(layers[r].minRadius, Math.min(px, 4000)));
          }
        }
      }
    },

    _precision: function (i) {
      var d = this._data;
      return d.precisions[d.prec[i]] || "exact";
    },

    _style: function (i) {
      var d = this._data;
      var color = d.colors[d.side[i]] || "#555";
      var prec = this._precision(i);
      var style;
      if (prec === "exact") {
        style = { radius: 6, color: "#ffffff", weight: 1.5, fillColor: color, fillOpacity: 0.95 };
      } else if (prec === "near") {
        style = { radius: 7, color: color, weight: 3, fillColor: color, fillOpacity: 0.15 };
      } else {
        // The claim's own marker: a small hollow dashed ring at the area's centre.
        style = { radius: 6, color: color, weight: 2, dashArray: "3 3", fillColor: "#ffffff", fillOpacity: 0.6 };
      }
      if (d.retracted && d.retracted[i]) {
        // A retracted claim (shown only with "Show retracted claims"): grey and dotted, whatever its
        // side, as in the legend (mapdata/mapview/base.py, _LEGEND).
        style = { radius: 6, color: "#616161", weight: 2, dashArray: "1 3", fillColor: "#bdbdbd", fillOpacity: 0.5 };
      }
      if (this._renderer) style.renderer = this._renderer;
      style.bubblingMouseEvents = true;
      return style;
    },

    /** Our identity for a clicked marker: read back by Python from last_active_drawing. */
    _identify: function (marker, i, spot) {
      var properties = { mapdata: this._token, i: i };
      if (spot !== undefined) properties.spot = spot;
      marker.feature = { type: "Feature", properties: properties };
      var self = this;
      marker.on("click", function (event) {
        self._quietAfterClick(event);
        // A fresh value per click, so the page can tell a new click from the last one replayed.
        self._clicks += 1;
        properties.click = Date.now() + "-" + self._clicks;
        // The spot is the claim's own point, also for a dot drawn fanned out beside its stack: the
        // details show that spot's claims, and the ring follows the dot as it is drawn (_placeRing).
        self._select([self._data.lat[i], self._data.lon[i]], spot === undefined ? i : -1);
      });
    },

    /** A stack's or a cluster's ring goes around its icon; a single claim's around its dot. */
    _ringSize: function (marker) {
      var icon = marker.options && marker.options.icon;
      return icon && icon.options.iconSize ? icon.options.iconSize[0] + 18 : 32;
    },

    /** Ring the spot whose claims the details panel shows (walk 26: with hundreds of markers the
     *  reader lost which one was open): ``latlng`` is the spot, ``claim`` the claim clicked there
     *  (its position in this layer's payload; -1 for a stack or a link's spot). Kept on the map
     *  itself, not in this layer, so it survives the layer being replaced by a filter change; the
     *  page's own link (?claim=) rings its claim through options.selected. data-selected names the
     *  spot. The ring itself goes where _placeRing finds the claim drawn. */
    _select: function (latlng, claim) {
      var map = this._map;
      if (!map) return;
      var at = L.latLng(latlng);
      map._mapdataSelected = { at: at, claim: claim >= 0 ? claim : -1, token: this._token };
      map.getContainer().setAttribute("data-selected", at.lat.toFixed(5) + "," + at.lng.toFixed(5));
      this._placeRing();
    },

    /** No claim is open, or the one open is no longer drawn (retracted, or hidden by the filters): its
     *  ring goes (walk42: the ring of a claim just retracted stayed where the claim had been). */
    _unselect: function () {
      var map = this._map;
      if (!map) return;
      map._mapdataSelected = null;
      if (map._mapdataSelection) map.removeLayer(map._mapdataSelection);
      map._mapdataSelection = null;
      map.getContainer().removeAttribute("data-selected");
    },

    /** Show the selected spot (a claim's link, a claim whose point was just corrected): centred, at the
     *  least zoom from ``least`` (default: the map's zoom now) where its own dot or stack is drawn apart
     *  from every cluster, as Leaflet.markercluster's zoomToShowLayer shows a marker (walk46 items 3 and 5:
     *  a link opened at zoom 6 inside a ringed "3,951" cluster; a corrected claim's new point was off the
     *  view). Past the basemap's own zoom only as far as that takes (as _fitZoom); the zoom it chose. */
    reveal: function (least) {
      var map = this._map;
      var chosen = map && map._mapdataSelected;
      if (!chosen) return null;
      var start = least === undefined || least === null ? Math.round(map.getZoom()) : least;
      var most = map.getMaxZoom(), zoom = Math.min(start, most);
      var k = this._selectedSpot(chosen);
      if (k >= 0) {
        var d = this._data, first = this._spotMembers[this._spotStart[k]];
        var lat = d.lat[first], lon = d.lon[first], e = 1e-6;
        var box = [lon - e, lat - e, lon + e, lat + e];
        for (; zoom < most; zoom++) {
          var items = this._index.getClusters(box, zoom), apart = false;
          for (var j = 0; j < items.length && !apart; j++) {
            apart = !items[j].properties.cluster && items[j].properties.s === k;
          }
          if (apart) break;  // the spot's own marker at this zoom (above the index's last zoom, always)
        }
      }
      map.setView(chosen.at, zoom, { animate: false });
      map.getContainer().setAttribute("data-revealed", String(zoom));
      return zoom;
    },

    /** The selected claim's dot while its stack is fanned out around the spot (null otherwise). */
    _fannedDot: function (chosen) {
      if (!this._fanned || chosen.claim < 0 || chosen.token !== this._token) return null;
      var layers = this._fanned.layers;
      for (var r = 0; r < layers.length; r++) {
        if (layers[r].fanned && layers[r].incidentIndex === chosen.claim) return layers[r];
      }
      return null;
    },

    /** The spot of this layer at the selected point (-1: none of its claims is there), found once
     *  per layer: a click names its claim, a link or a replaced layer's ring only the point. */
    _selectedSpot: function (chosen) {
      if (chosen.token === this._token && chosen.claim >= 0) return this._data.spot[chosen.claim];
      if (chosen.spotToken === this._token) return chosen.spot;
      var d = this._data, lat = chosen.at.lat, lng = chosen.at.lng, found = -1;
      for (var k = 0; k < this._spotCount && found < 0; k++) {
        var i = this._spotMembers[this._spotStart[k]];
        // the payload holds coordinates to 1e-5 degrees; a link's come from the database unrounded
        if (Math.abs(d.lat[i] - lat) < 6e-6 && Math.abs(d.lon[i] - lng) < 6e-6) found = k;
      }
      chosen.spot = found;
      chosen.spotToken = this._token;
      return found;
    },

    /** Whether the cluster ``clusterId`` of the index holds spot ``k``. */
    _holds: function (clusterId, k) {
      if (this._index.holds) return this._index.holds(clusterId, k);
      var leaves = this._index.getLeaves(clusterId, Infinity);
      for (var l = 0; l < leaves.length; l++) if (leaves[l].properties.s === k) return true;
      return false;
    },

    /** The marker drawn now for the selected spot: its dot or stack, or, where the spot has gone
     *  into a cluster at this zoom, that cluster (null when none is drawn: out of view). */
    _drawnFor: function (chosen) {
      var k = this._selectedSpot(chosen);
      if (k < 0 || !this._drawn || !this._map) return null;
      var own = this._drawn["s" + k];
      if (own) return own[own.length - 1];  // the dot or the stack (an area or a halo goes first)
      var zoom = Math.round(this._map.getZoom());
      var held = chosen.held;
      if (!held || held.token !== this._token || held.zoom !== zoom) {
        // which cluster holds the spot: of the clusters drawn near it (a cluster sits within a couple
        // of radii of its spots), the nearest first; found once per zoom (a zoom's clusters stay)
        var prefix = "c" + zoom + ":", d = this._data, map = this._map;
        var first = this._spotMembers[this._spotStart[k]];
        var here = map.latLngToLayerPoint([d.lat[first], d.lon[first]]);
        var reach = 4 * (d.clusterRadius || CLUSTER_RADIUS);
        var near = [];
        for (var key in this._drawn) {
          if (key.lastIndexOf(prefix, 0) !== 0) continue;
          var cluster = this._drawn[key][0];
          var far = map.latLngToLayerPoint(cluster.getLatLng()).distanceTo(here);
          if (far <= reach) near.push([far, cluster.clusterId]);
        }
        near.sort(function (a, b) { return a[0] - b[0]; });
        held = null;
        for (var n = 0; n < near.length && !held; n++) {
          if (this._holds(near[n][1], k)) held = { token: this._token, zoom: zoom, id: near[n][1] };
        }
        if (!held) return null;  // not drawn (out of view): asked again after the next pan
        chosen.held = held;
      }
      var drawn = this._drawn["c" + zoom + ":" + held.id];
      return drawn ? drawn[0] : null;
    },

    /** Put the ring on the selected claim's marker as it is drawn now: its dot while its stack is
     *  fanned out, else the dot or the stack at its spot, or the cluster the spot is in at this
     *  zoom; around a stack's or a cluster's icon. Called on every redraw, fan and fold: a ring
     *  left where a fanned dot had been was empty once the fan folded (walk37, at zoom 11: the
     *  dot's point is beside its stack). It takes no clicks (its pane has pointer-events: none). */
    _placeRing: function () {
      var map = this._map;
      var chosen = map && map._mapdataSelected;
      if (!chosen) return;
      var marker = this._fannedDot(chosen) || this._drawnFor(chosen);
      var at = marker ? marker.getLatLng() : chosen.at;
      var size = marker ? this._ringSize(marker) : 32;
      if (!map.getPane("mapdataSelected")) {
        var pane = map.createPane("mapdataSelected");
        pane.style.zIndex = 450;  // above the dots (overlay pane, 400), under stacks and clusters (600)
        pane.style.pointerEvents = "none";
      }
      var ring = map._mapdataSelection;
      if (ring && ring.ringSize === size && map.hasLayer(ring)) {
        if (!ring.getLatLng().equals(at)) ring.setLatLng(at);
        return;
      }
      if (ring) map.removeLayer(ring);
      ring = L.marker(at, {
        icon: L.divIcon({ className: "mapdata-selected", iconSize: [size, size], html: "" }),
        pane: "mapdataSelected", interactive: false, keyboard: false,
      });
      ring.ringSize = size;
      ring.addTo(map);
      map._mapdataSelection = ring;
    },

    /** A mouse press on the map must not scroll the page. Leaflet focuses the map's container on
     *  a press when it is not focused, which scrolls the page to show the whole frame when the map
     *  runs past the window's bottom; the release then lands beside the marker pressed and no click
     *  happens (walk 6: a 1400 x 900 window never opened a single claim). The container is focused
     *  first, without scrolling, so Leaflet finds it focused and leaves the page where it is. */
    _focusWithoutScrolling: function (map) {
      var container = map.getContainer();
      if (container._mapdataFocusGuard) return;
      container._mapdataFocusGuard = true;
      container.addEventListener(
        "mousedown",
        function (event) {
          if (event.button === 0 && document.activeElement !== container) container.focus({ preventScroll: true });
        },
        true
      );
    },

    /** A marker a keyboard reaches: in the tab order (a stack's or cluster's icon is already; a
     *  single claim's circle gets a tabindex, where it is an SVG element of its own, not on a
     *  canvas), named for screen readers by its tooltip's words, and Enter or Space does what a
     *  click does (Leaflet itself only opens a popup on Enter). The name is set as an attribute
     *  (text, never HTML). */
    _keyboard: function (marker) {
      var self = this;
      marker.on("add", function () {
        var element = marker.getElement ? marker.getElement() : marker._path;
        if (!element || !element.setAttribute) return;
        element.setAttribute("tabindex", "0");
        element.setAttribute("role", "button");
        var parts = [];
        var tip = self._tooltipFor(marker).childNodes;
        for (var c = 0; c < tip.length; c++) parts.push(tip[c].textContent.trim());
        element.setAttribute("aria-label", parts.join(" "));
        // A mouse press does not move the focus to the marker (the keyboard's Tab does): the map
        // keeps it, taken without scrolling (_focusWithoutScrolling).
        element.addEventListener("mousedown", function (event) {
          if (event.button === 0) event.preventDefault();
        });
      });
      marker.on("keydown", function (event) {
        var key = event.originalEvent && event.originalEvent.key;
        if (key !== "Enter" && key !== " ") return;
        L.DomEvent.preventDefault(event.originalEvent);  // no scrolling on Space, no second "keypress"
        marker.fire("click", { latlng: marker.getLatLng(), originalEvent: event.originalEvent }, true);
      });
    },

    /** The dashed circle of a region/country claim's area, sized on every zoom (_sizeAreas). */
    _area: function (latlng, color, km, minRadius) {
      var style = {
        radius: minRadius, color: color, weight: 2, dashArray: "6 5", fillColor: color, fillOpacity: 0.08,
        interactive: false,
      };
      if (this._renderer) style.renderer = this._renderer;
      var ring = L.circleMarker(latlng, style);
      ring.areaKm = km;
      ring.minRadius = minRadius;
      this._markers.addLayer(ring);
      return ring;
    },

    _addSpot: function (k) {
      var members = this._members(k);
      return members.length === 1 ? this._addPoint(members[0]) : this._addStack(k);
    },

    _addPoint: function (i, at) {
      var d = this._data;
      var latlng = at || [d.lat[i], d.lon[i]];
      var style = this._style(i);
      var layers = [];
      var prec = this._precision(i);
      if (!at && (prec === "region" || prec === "country")) {
        layers.push(this._area(latlng, style.color, prec === "region" ? REGION_KM : COUNTRY_KM, prec === "region" ? 16 : 24));
      }
      // The ring says the clash's status: [colour, width, dashes] per status, as in the legend
      // (mapdata/mapview/base.py STATUS_RINGS); single source has none.
      var ringStyle = d.statusRings && d.status ? d.statusRings[d.status[i]] : null;
      if (ringStyle) {
        var halo = {
          radius: style.radius + 5, color: ringStyle[0], weight: ringStyle[1],
          dashArray: ringStyle[2] || null, fill: false, interactive: false,
        };
        if (this._renderer) halo.renderer = this._renderer;
        var ring = L.circleMarker(latlng, halo);
        this._markers.addLayer(ring);
        layers.push(ring);
      }
      var marker = L.circleMarker(latlng, style);
      marker.incidentIndex = i;
      this._identify(marker, i);
      if (at) {
        marker.fanned = true;
        marker.on("click", L.DomEvent.stopPropagation);  // keep the fan open while reading it
      }
      marker.bindPopup(L.bind(this._popupFor, this, i), { maxWidth: POPUP_MAX, autoPan: true, autoPanPadding: [POPUP_PAD, POPUP_PAD] });
      this._keyboard(marker);
      this._markers.addLayer(marker);
      layers.push(marker);
      return layers;
    },

    /** Several claims at one spot: the count, the ring split by reporting side. */
    _addStack: function (k) {
      var d = this._data;
      var members = this._members(k);
      var first = members[0];
      var latlng = [d.lat[first], d.lon[first]];
      var contested = false;
      var imprecise = 0;
      for (var m = 0; m < members.length; m++) {
        var i = members[m];
        if (this._status(i) === "contested") contested = true;
        var prec = this._precision(i);
        if (prec === "region" || prec === "country") imprecise += 1;
      }
      var count = members.length;
      var px = count < 10 ? 28 : count < 100 ? 32 : count < 1000 ? 38 : 44;
      var layers = [];
      if (imprecise === count) {
        layers.push(this._area(latlng, "#555555", this._precision(first) === "country" ? COUNTRY_KM : REGION_KM, px / 2 + 4));
      }
      // Only numbers and our own colours go into this HTML; no text from the data.
      var icon = L.divIcon({
        className: "mapdata-stack" + (contested ? " mapdata-stack-contested" : "") + (imprecise ? " mapdata-stack-imprecise" : ""),
        html: '<div style="background: ' + this._ring(this._addSpotSides(k, new Int32Array(this._buckets))) + '"><span>' +
          Number(count).toLocaleString("en") + "</span></div>",
        iconSize: [px, px],
      });
      var marker = L.marker(latlng, { icon: icon, bubblingMouseEvents: true, riseOnHover: true });
      marker.stackIndex = k;
      marker.stackCount = count;
      this._identify(marker, first, k);
      var self = this;
      marker.on("click", function (event) {
        L.DomEvent.stopPropagation(event);  // the map's own click would fold the fan right away
        self._fan(k, marker);
      });
      this._keyboard(marker);
      this._markers.addLayer(marker);
      layers.push(marker);
      return layers;
    },

    /** Fan a stack's claims out around it (at high zoom, when few enough to read). */
    _fan: function (k, marker) {
      var map = this._map;
      var already = this._fanned && this._fanned.k === k;
      this._unfan();
      if (already || !map) return;
      var members = this._members(k);
      if (map.getZoom() <= (this._data.clusterMaxZoom || 12) || members.length > FAN_MAX) return;
      var centre = map.latLngToLayerPoint(marker.getLatLng());
      var layers = [];
      var legStyle = { color: "#333", weight: 1, opacity: 0.6, interactive: false };
      for (var m = 0; m < members.length; m++) {
        var angle, radius;
        if (members.length <= 9) {
          angle = (2 * Math.PI * m) / members.length - Math.PI / 2;
          radius = 42;
        } else {  // a spiral keeps 60 markers apart
          angle = 0.9 * m + 1;
          radius = 34 + 3.2 * m;
        }
        var point = L.point(centre.x + radius * Math.cos(angle), centre.y + radius * Math.sin(angle));
        var at = map.layerPointToLatLng(point);
        var leg = L.polyline([marker.getLatLng(), at], legStyle);
        this._markers.addLayer(leg);
        layers.push(leg);
        layers = layers.concat(this._addPoint(members[m], at));
      }
      this._fanned = { k: k, layers: layers };
      map.getContainer().setAttribute("data-fanned", String(members.length));
      this._placeRing();
    },

    _unfan: function () {
      if (!this._fanned) return;
      for (var r = 0; r < this._fanned.layers.length; r++) this._markers.removeLayer(this._fanned.layers[r]);
      this._fanned = null;
      if (this._map) this._map.getContainer().removeAttribute("data-fanned");
      this._placeRing();  // a claim of the fan had the ring: back on its stack
    },

    /** Add the claims of spot k to ``counts``, one per bucket, and return ``counts``. A claim's bucket:
     *  its reporting side's position in the payload's colours; after them "other side" (a side with
     *  no colour), then "retracted" (grey whatever its side, as its marker). */
    _addSpotSides: function (k, counts) {
      // no function call or subarray per claim: the grid counts up to a million spots per level
      var d = this._data;
      var members = this._spotMembers;
      var retracted = d.retracted;
      var sides = d.side;
      var colours = d.colors.length;
      for (var m = this._spotStart[k], end = this._spotStart[k + 1]; m < end; m++) {
        var i = members[m];
        var side = sides[i];
        counts[retracted && retracted[i] ? colours + 1 : side >= 0 && side < colours ? side : colours] += 1;
      }
      return counts;
    },

    _bucketColor: function (b) {
      var colors = this._data.colors;
      return b < colors.length ? colors[b] : b === colors.length ? "#555555" : "#bdbdbd";
    },

    _bucketName: function (b) {
      var sides = this._data.sides;
      return b < sides.length ? sides[b] : b === sides.length ? "other" : "retracted";
    },

    /** A CSS conic gradient: the ring split by reporting side, each side's share of the claims
     *  counted (``counts`` per bucket), in the legend's order. Only our own colours and numbers. */
    _ring: function (counts) {
      var total = 0, b;
      for (b = 0; b < counts.length; b++) total += counts[b];
      var stops = [];
      var start = 0;
      for (b = 0; b < counts.length; b++) {
        if (!counts[b]) continue;
        var end = start + (counts[b] / total) * 100;
        stops.push(this._bucketColor(b) + " " + start.toFixed(2) + "% " + end.toFixed(2) + "%");
        start = end;
      }
      return stops.length ? "conic-gradient(" + stops.join(", ") + ")" : "#555555";
    },

    /** Several nearby spots: the count on a dark disc, the ring split by reporting side (a stack
     *  has a white disc); a click zooms in. */
    _addCluster: function (feature) {
      var count = feature.properties.n;
      var size = count < 10 ? "small" : count < 100 ? "medium" : count < 1000 ? "large" : "huge";
      var px = size === "small" ? 30 : size === "medium" ? 36 : size === "large" ? 42 : 50;
      var sides = feature.properties.c;
      var icon = L.divIcon({
        className: "mapdata-cluster mapdata-cluster-" + size,
        html: '<div style="background: ' + (sides ? this._ring(sides) : "#555555") + '"><span>' +
          Number(count).toLocaleString("en") + "</span></div>",
        iconSize: [px, px],
      });
      var coords = feature.geometry.coordinates;
      var marker = L.marker([coords[1], coords[0]], { icon: icon, bubblingMouseEvents: true });
      marker.clusterId = feature.properties.cluster_id;
      marker.clusterCount = count;
      marker.clusterSides = sides;
      var self = this;
      marker.on("click", function () {
        var zoom = Math.min(self._index.getClusterExpansionZoom(marker.clusterId), self._map.getMaxZoom());
        self._map.setView(marker.getLatLng(), zoom);
      });
      this._keyboard(marker);
      this._markers.addLayer(marker);
      return [marker];
    },

    /** The clash status of incident i ("single source", "corroborated", ...), or "" if not sent. */
    _status: function (i) {
      var d = this._data;
      if (!d.status || !d.statuses) return "";
      return d.statuses[d.status[i]] || "";
    },

    _text: function (column, i) {
      var values = this._data[column];
      if (!values) return "";
      var k = values[i];
      return k === null || k === undefined || k < 0 ? "" : this._strings[k];
    },

    /** Open beside the marker, never over it (a stack's or a cluster's count stays readable):
     *  on its right, or on its left where the right lacks room; where neither side holds the whole
     *  label, on the side with more room, its lines wrapped to fit there (walk37: at a 1400 px
     *  window the 548 px map cut "351 claims at Areni · 2018-05-26 to 2020-08-03" off at its right
     *  edge); shifted up or down so that the frame never cuts it off. */
    _keepTooltipInside: function (event) {
      var tooltip = event.tooltip;
      var map = this._map;
      var layer = event.layer;
      if (!tooltip || !map || !layer || !layer.getLatLng) return;
      var icon = layer.options.icon;
      var half = icon && icon.options.iconSize ? icon.options.iconSize[0] / 2 : (layer.options.radius || 6) + 5;
      var at = map.latLngToContainerPoint(layer.getLatLng());
      var size = map.getSize();
      var box = tooltip.getElement();
      // the label's own width first (one tooltip serves every marker: a narrowing of the last one goes)
      if (box) box.style.removeProperty(TIP_WIDTH);
      var width = box ? box.offsetWidth : 260;
      var gap = half + 6;
      // room for the whole label (its tip and a margin included) on each side of the marker
      var right = size.x - at.x - gap - TIP_MARGIN, left = at.x - gap - TIP_MARGIN;
      var wanted = width <= right ? "right" : width <= left ? "left" : right >= left ? "right" : "left";
      var room = wanted === "right" ? right : left;
      var narrowed = false;
      if (box && width > room) {
        var text = box.firstElementChild;
        var frame = width - (text ? text.offsetWidth : 0);  // the tooltip's padding and border
        box.style.setProperty(TIP_WIDTH, Math.max(TIP_MIN, Math.floor(room - frame)) + "px");
        width = box.offsetWidth;
        narrowed = true;
      }
      var height = box ? box.offsetHeight : 40;
      var dy = Math.max(4 + height / 2 - at.y, Math.min(0, size.y - 4 - height / 2 - at.y));
      var offset = [wanted === "right" ? gap : -gap, Math.round(dy)];
      var old = tooltip.options.offset;
      if (narrowed || tooltip.options.direction !== wanted || !old || old[0] !== offset[0] || old[1] !== offset[1]) {
        tooltip.options.direction = wanted;
        tooltip.options.offset = offset;
        tooltip.update();
      }
    },

    /** Which marker the open label belongs to (null when none is open). */
    _noteTooltip: function (event) {
      this._tipLayer = event.type === "tooltipopen" ? event.layer || null : null;
      var map = this._map, self = this;
      if (event.type === "tooltipopen" && map && map._mapdataQuiet) {
        setTimeout(function () { if (map._mapdataQuiet) self._closeTooltip(); }, 0);
      }
    },

    /** A marker's label goes when it is clicked, and stays away while the pointer rests where it clicked:
     *  the details panel now says what it said, and it stayed over the map beside the open spot (walk44
     *  item 20). The page's rerun puts a new layer under the resting pointer, and the browser's hover of
     *  its marker opened the label again: the quiet is kept on the map, which outlives the layer, and
     *  ends when the pointer moves away (a few pixels) or leaves the map; a next hover shows the label. */
    _quietAfterClick: function (event) {
      var map = this._map;
      if (!map) return;
      this._closeTooltip();
      map._mapdataQuiet = (event && event.containerPoint) || L.point(-1e9, -1e9);
      if (map._mapdataQuietWatch) return;
      map._mapdataQuietWatch = true;
      var container = map.getContainer();
      container.addEventListener("mousemove", function (e) {
        var at = map._mapdataQuiet;
        if (at && map.mouseEventToContainerPoint(e).distanceTo(at) > 4) map._mapdataQuiet = null;
      });
      container.addEventListener("mouseleave", function () { map._mapdataQuiet = null; });
    },

    /** Close the label on a zoom: the marker it names is redrawn, moved or gone (a cluster's click
     *  zooms in and removes it; its label stayed behind, walk34). */
    _closeTooltip: function () {
      this._tipLayer = null;
      if (this._tooltip && this.isTooltipOpen()) this.closeTooltip();
    },

    _tooltipFor: function (layer) {
      var box = el("div", "mapdata-tip");
      if (layer && layer.clusterCount) {
        box.appendChild(el("span", null, layer.clusterCount.toLocaleString("en") + " incidents (click to zoom in)"));
        // whose claims, in words too: "Armenia 9 · Azerbaijan 9 · Russia 3"
        var parts = [];
        var sides = layer.clusterSides || [];
        for (var b = 0; b < sides.length; b++) {
          if (sides[b]) parts.push(this._bucketName(b) + " " + sides[b].toLocaleString("en"));
        }
        if (parts.length) box.appendChild(el("div", "mapdata-tip-sides", parts.join(" · ")));
        return box;
      }
      var d = this._data;
      if (layer && layer.stackCount) {
        var members = this._members(layer.stackIndex);
        var lo = Infinity, hi = -Infinity;
        for (var m = 0; m < members.length; m++) {
          var day = d.day[members[m]];
          if (day >= 0 && day < lo) lo = day;
          if (day >= 0 && day > hi) hi = day;
        }
        var first = members[0];
        box.appendChild(el("span", "mapdata-tip-main", layer.stackCount.toLocaleString("en") + " claims at " + (this._text("place", first) || "this spot")));
        // one day is told once ("2025-07-24"), a range by its ends
        if (lo <= hi) {
          var dates = el("span", "mapdata-tip-dates", " · ");
          dates.appendChild(el("span", "mapdata-tip-day", dayString(this._base, lo)));
          if (lo < hi) {
            dates.appendChild(document.createTextNode(" to "));
            dates.appendChild(el("span", "mapdata-tip-day", dayString(this._base, hi)));
          }
          box.appendChild(dates);
        }
        box.appendChild(el("div", "mapdata-tip-hint", "Click: list them in the Details panel"));
        return box;
      }
      if (!layer || layer.incidentIndex === undefined) return box;
      var i = layer.incidentIndex;
      var main = el("span", "mapdata-tip-main");
      main.appendChild(el("span", "mapdata-tip-day", dayString(this._base, d.day[i])));
      main.appendChild(document.createTextNode(" · " + this._text("place", i)));
      box.appendChild(main);
      return box;
    },

    _popupFor: function (i, layer) {
      var d = this._data;
      // No wider than the map leaves beside autoPan's padding: a 320 px popup on a narrow map was cut
      // off at its right edge (walk6, 800 px window); Leaflet lays it out after asking for this content.
      var popup = layer && layer.getPopup ? layer.getPopup() : null;
      if (popup && this._map) {
        popup.options.maxWidth = popupWidth(this._map.getSize().x);
        // Below the top controls, above the bottom ones: autoPan runs after this content is laid out.
        var padding = popupPadding(this._map);
        popup.options.autoPanPaddingTopLeft = padding.topLeft;
        popup.options.autoPanPaddingBottomRight = padding.bottomRight;
      }
      var box = el("div", "mapdata-popup");
      box.appendChild(el("div", "mapdata-popup-title", dayString(this._base, d.day[i]) + " · " + this._text("place", i)));
      var side = d.sides[d.side[i]] || "";
      box.appendChild(el("div", "mapdata-popup-claimant", this._text("claimant", i) + (side ? " [" + side + "]" : "")));
      var summary = this._text("summary", i);
      if (summary) box.appendChild(el("div", "mapdata-popup-summary", summary));
      var status = this._status(i);
      if (status) {
        var rule = d.statusRules ? d.statusRules[d.status[i]] : "";
        box.appendChild(el("div", "mapdata-popup-status mapdata-status-" + status.replace(" ", "-"), "Clash status: " + status + (rule ? " — " + rule : "")));
      }
      box.appendChild(el("div", "mapdata-popup-hint", "Full details in the Details panel."));
      return box;
    },
  });

  var loads = 0; // the newest load() wins: a slower, older payload never replaces a newer one

  function showProblem(group, text) {
    var box = el("div", "mapdata-load-problem", text);
    var control = L.control({ position: "topright" });
    control.onAdd = function () { return box; };
    group.once("remove", function () { control.remove(); });
    if (group._map) control.addTo(group._map);
  }

  window.MapdataIncidents = {
    IncidentLayer: IncidentLayer,
    /** Called from the FeatureGroup script that mapview.incident_feature_group() generates. */
    attach: function (group, data, options) {
      var layer = new IncidentLayer(data, options);
      group.addLayer(layer);
      return layer;
    },
    /** The same, with the payload fetched from this app (mapview.publish_payload): the page's
     *  script then stays small, so a click or a filter change does not resend every claim. */
    load: function (group, url, options) {
      var mine = ++loads;
      return fetch(url, { credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) throw new Error("HTTP " + response.status);
          // A .gz payload is served as it is (application/gzip): unpack it here, natively.
          if (!/\.gz$/.test(url)) return response.json();
          return new Response(response.body.pipeThrough(new DecompressionStream("gzip"))).json();
        })
        .then(function (data) {
          return mine === loads ? window.MapdataIncidents.attach(group, data, options) : null;
        })
        .catch(function (error) {
          if (mine !== loads) return null;
          if (window.console) console.error("mapdata: incidents not loaded", error);
          showProblem(group, "The incidents could not be loaded (" + error.message + "). Reload the page.");
          return null;
        });
    },
  };
})();
