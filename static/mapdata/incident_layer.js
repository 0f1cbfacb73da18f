/*
 * Incident layer of the Ceasefire Incident Map (our code; same licence as the project).
 *
 * Python sends the filtered incidents ONCE as compact column arrays (mapdata/mapview.py
 * incident_payload); this script builds the markers in the browser:
 *   - Supercluster indexes all points; only the clusters/points in view are drawn, redrawn on
 *     pan/zoom, so 100,000 incidents cost the same to draw as a few hundred;
 *   - circle markers (style = reporting side + geo precision + contested halo);
 *   - tooltip and popup content are DOM nodes filled with textContent, never innerHTML of
 *     data, so hostile text in an imported record stays text;
 *   - the tooltip's text ends with " · <incident id>": streamlit-folium returns that text
 *     as last_object_clicked_tooltip, and the page looks the incident up by id.
 */
(function () {
  "use strict";

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

  var IncidentLayer = L.FeatureGroup.extend({
    initialize: function (data) {
      L.FeatureGroup.prototype.initialize.call(this, []);
      var started = window.performance ? performance.now() : 0;
      this._data = data;
      this._strings = data.strings || [];
      this._base = Date.parse(data.base + "T00:00:00Z");
      // Ids arrive as origin prefix code + rest ("acled:" is sent once, not per incident).
      this._n = data.idRest.length;
      data.id = new Array(this._n);
      for (var q = 0; q < this._n; q++) data.id[q] = data.idPrefixes[data.idPrefix[q]] + data.idRest[q];
      // Coordinates arrive as integers in 1/coordScale degrees (smaller, faster to send).
      var scale = data.coordScale || 1;
      if (scale !== 1) {
        for (var c = 0; c < this._n; c++) {
          data.lat[c] = data.lat[c] / scale;
          data.lon[c] = data.lon[c] / scale;
        }
        data.coordScale = 1;
      }
      this._markers = L.featureGroup();
      this.addLayer(this._markers);
      this._index = new Supercluster({
        radius: data.clusterRadius || 30,
        maxZoom: data.clusterMaxZoom || 12,
        minPoints: data.clusterMinPoints || 3,
      });
      var features = new Array(this._n);
      for (var i = 0; i < this._n; i++) {
        features[i] = {
          type: "Feature",
          properties: { i: i },
          geometry: { type: "Point", coordinates: [data.lon[i], data.lat[i]] },
        };
      }
      this._index.load(features);
      this._renderer = this._n > (data.canvasAbove || 2000) ? L.canvas({ padding: 0.3 }) : undefined;
      if (data.heat && data.heat !== "off" && L.heatLayer) {
        var points = [];
        for (var k = 0; k < this._n; k++) {
          var w = data.heat === "casualties" ? (data.weight ? data.weight[k] : 0) : 1;
          if (w > 0) points.push([data.lat[k], data.lon[k], w]);  // leaflet-heat draws even weight 0 faintly
        }
        this._heat = L.heatLayer(points, {
          radius: 22, blur: 18, minOpacity: 0.25,
          max: data.heat === "casualties" ? (data.heatMax || 5) : (data.heatMax || 3),
        });
        this.addLayer(this._heat);
      }
      this.bindTooltip(L.bind(this._tooltipFor, this), { sticky: false, direction: "top", opacity: 0.95 });
      this.buildMs = window.performance ? performance.now() - started : 0;  // read by benchmarks/bench_map.py
    },

    onAdd: function (map) {
      L.FeatureGroup.prototype.onAdd.call(this, map);
      map.on("moveend zoomend", this._redraw, this);
      this._redraw();
      window.mapdataIncidentLayer = this;
    },

    onRemove: function (map) {
      map.off("moveend zoomend", this._redraw, this);
      this._markers.clearLayers();
      this._drawn = {};
      L.FeatureGroup.prototype.onRemove.call(this, map);
      if (window.mapdataIncidentLayer === this) window.mapdataIncidentLayer = null;
    },

    /** Number of incidents in this layer (after the page's filters). */
    total: function () { return this._n; },

    /** Draw what is in view: clusters where points crowd, single markers elsewhere.
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
      var singles = [];
      var clusters = [];
      var shown = 0;
      for (var j = 0; j < items.length; j++) {
        if (items[j].properties.cluster) {
          clusters.push(items[j]);
          shown += items[j].properties.point_count;
        } else {
          singles.push(items[j].properties.i);
          shown += 1;
        }
      }
      // Large dashed circles (region/country) underneath, exact dots on top, newest last.
      singles.sort(function (a, c) { return (data.prec[c] - data.prec[a]) || (data.day[a] - data.day[c]) || (a - c); });
      var old = this._drawn || {};
      var next = {};
      var k, key;
      for (k = 0; k < singles.length; k++) {
        key = "p" + singles[k];
        next[key] = old[key] || this._addPoint(singles[k]);
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
      this.shownInView = shown;
      this.drawnMarkers = singles.length;
      this.drawnClusters = clusters.length;
      var container = map.getContainer();
      container.setAttribute("data-incidents-total", String(this._n));
      container.setAttribute("data-incidents-drawn", String(singles.length + clusters.length));
      container.setAttribute("data-incidents-in-view", String(shown));
    },

    _style: function (i) {
      var d = this._data;
      var color = d.colors[d.side[i]] || "#555";
      var prec = d.precisions[d.prec[i]] || "exact";
      var style;
      if (prec === "exact") {
        style = { radius: 6, color: "#ffffff", weight: 1.5, fillColor: color, fillOpacity: 0.95 };
      } else if (prec === "near") {
        style = { radius: 7, color: color, weight: 3, fillColor: color, fillOpacity: 0.15 };
      } else if (prec === "region") {
        style = { radius: 16, color: color, weight: 2, dashArray: "5 4", fillColor: color, fillOpacity: 0.12 };
      } else {
        style = { radius: 24, color: color, weight: 2, dashArray: "5 4", fillColor: color, fillOpacity: 0.08 };
      }
      if (this._renderer) style.renderer = this._renderer;
      style.bubblingMouseEvents = true;
      return style;
    },

    _addPoint: function (i) {
      var d = this._data;
      var latlng = [d.lat[i], d.lon[i]];
      var style = this._style(i);
      var layers = [];
      if (d.contested && d.contested[i]) {
        var halo = {
          radius: style.radius + 5, color: "#111111", weight: 2, dashArray: "2 3",
          fill: false, interactive: false,
        };
        if (this._renderer) halo.renderer = this._renderer;
        var ring = L.circleMarker(latlng, halo);
        this._markers.addLayer(ring);
        layers.push(ring);
      }
      var marker = L.circleMarker(latlng, style);
      marker.incidentIndex = i;
      marker.bindPopup(L.bind(this._popupFor, this, i), { maxWidth: 320, autoPan: false });
      this._markers.addLayer(marker);
      layers.push(marker);
      return layers;
    },

    _addCluster: function (feature) {
      var count = feature.properties.point_count;
      var size = count < 10 ? "small" : count < 100 ? "medium" : count < 1000 ? "large" : "huge";
      var px = size === "small" ? 30 : size === "medium" ? 36 : size === "large" ? 42 : 50;
      var icon = L.divIcon({
        className: "mapdata-cluster mapdata-cluster-" + size,
        html: "<div><span>" + Number(count).toLocaleString("en") + "</span></div>",
        iconSize: [px, px],
      });
      var coords = feature.geometry.coordinates;
      var marker = L.marker([coords[1], coords[0]], { icon: icon, bubblingMouseEvents: true });
      marker.clusterId = feature.properties.cluster_id;
      marker.clusterCount = count;
      var self = this;
      marker.on("click", function () {
        var zoom = Math.min(self._index.getClusterExpansionZoom(marker.clusterId), self._map.getMaxZoom());
        self._map.setView(marker.getLatLng(), zoom);
      });
      this._markers.addLayer(marker);
      return [marker];
    },

    _text: function (column, i) {
      var values = this._data[column];
      if (!values) return "";
      var k = values[i];
      return k === null || k === undefined || k < 0 ? "" : this._strings[k];
    },

    _tooltipFor: function (layer) {
      var box = el("div", "mapdata-tip");
      if (layer && layer.clusterCount) {
        box.appendChild(el("span", null, layer.clusterCount + " incidents (click to zoom in)"));
        return box;
      }
      if (!layer || layer.incidentIndex === undefined) return box;
      var i = layer.incidentIndex;
      var d = this._data;
      box.appendChild(el("span", "mapdata-tip-main", dayString(this._base, d.day[i]) + " · " + this._text("place", i)));
      box.appendChild(el("span", "mapdata-tip-id", " · " + d.id[i]));
      return box;
    },

    _popupFor: function (i) {
      var d = this._data;
      var box = el("div", "mapdata-popup");
      box.appendChild(el("div", "mapdata-popup-title", dayString(this._base, d.day[i]) + " · " + this._text("place", i)));
      var side = d.sides[d.side[i]] || "";
      box.appendChild(el("div", "mapdata-popup-claimant", this._text("claimant", i) + (side ? " (" + side + ")" : "")));
      var summary = this._text("summary", i);
      if (summary) box.appendChild(el("div", "mapdata-popup-summary", summary));
      if (d.contested && d.contested[i]) box.appendChild(el("div", "mapdata-popup-contested", "Contested: another side's claim describes this clash differently."));
      box.appendChild(el("div", "mapdata-popup-hint", "Full details in the panel beside the map."));
      return box;
    },
  });

  window.MapdataIncidents = {
    IncidentLayer: IncidentLayer,
    /** Called from the FeatureGroup script that mapview.incident_feature_group() generates. */
    attach: function (group, data) {
      var layer = new IncidentLayer(data);
      group.addLayer(layer);
      return layer;
    },
  };
})();
