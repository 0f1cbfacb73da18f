/* Fetch a map's scripts and style sheets at once (mapdata.mapview.assets.preload_url).
 *
 * streamlit-folium adds the map's scripts one after another, each once the one before has run: five
 * requests in a row before the map is drawn. Listed first, this script asks the browser for all of
 * them now (<link rel="preload">); they still run in their order, each from what was fetched.
 * Its query names them: ?script=/app/static/...&style=/app/static/...
 */
(function () {
  "use strict";
  var me = document.currentScript;
  if (!me || !window.URLSearchParams) return;
  var asked = new URLSearchParams(me.src.split("?")[1] || "");
  [["script", "script"], ["style", "style"]].forEach(function (kind) {
    asked.getAll(kind[0]).forEach(function (url) {
      if (!/^\/app\/static\//.test(url)) return; // this app's own files only
      var link = document.createElement("link");
      link.rel = "preload";
      link.as = kind[1];
      link.href = url;
      document.head.appendChild(link);
    });
  });
})();
