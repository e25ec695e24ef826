/* geoevents web map: one night at a time, markers, choropleths, legend, search.
 *
 * Data comes from <script type="application/json"> blocks written by geoevents.webmap_data
 * (one "meta" block, one block per night, parsed only when that night is shown).
 * Every string that comes from a report is put on the page with textContent or a DOM
 * property, never parsed as HTML; links are made only for http(s) URLs.
 */
(function () {
  "use strict";
  if (window.GeoeventsMap) { return; }

  var COUNT_LABELS = {
    drones_launched: "drones launched", missiles_launched: "missiles launched",
    drones_downed: "drones downed", missiles_downed: "missiles downed", breached: "breached",
    drones_lost: "drones lost", killed: "killed", wounded: "wounded", places_hit: "places hit"
  };
  var TOTAL_ROWS = [
    ["drones_launched", "Drones launched"], ["missiles_launched", "Missiles launched"],
    ["drones_downed", "Drones downed"], ["missiles_downed", "Missiles downed"],
    ["breached", "Breached"], ["killed", "Killed"], ["wounded", "Wounded"], ["places_hit", "Places hit"]
  ];
  var WEAPON_LABELS = {drone: "drone", missile: "missile", both: "drones and missiles", unknown: "weapon not stated"};
  var SHAPES = {drone: "triangle", missile: "diamond", both: "square", unknown: "circle"};
  var PALETTE = ["#fee391", "#fec44f", "#fe9929", "#d95f0e", "#993404"];  // ColorBrewer YlOrBr
  var GROUP_TINTS = ["#f5f5f3", "#e2e4e8", "#ecefe9", "#efe9ed"];  // "No tiles": one per source
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var LINK = /^https?:\/\//i;
  var POPUP_PAGE = 100;
  var CACHE_NIGHTS = 6;
  var SVGNS = "http://www.w3.org/2000/svg";

  function node(tag, cls, text, parent) {
    var el = document.createElement(tag);
    if (cls) { el.className = cls; }
    if (text !== undefined && text !== null) { el.textContent = String(text); }
    if (parent) { parent.appendChild(el); }
    return el;
  }

  function fmt(n) {
    return (n === null || n === undefined) ? "–" : Number(n).toLocaleString("en-US");
  }

  function stopEvents(el) {
    L.DomEvent.disableClickPropagation(el);
    L.DomEvent.disableScrollPropagation(el);
  }

  /* ------------------------------------------------------------ glyph markers (canvas) */

  L.Canvas.include({
    _geoeventsGlyph: function (layer) {
      if (!this._drawing || layer._empty()) { return; }
      var p = layer._point, ctx = this._ctx, r = Math.max(Math.round(layer._radius), 1);
      ctx.beginPath();
      switch (layer.options.shape) {
        case "triangle":
          ctx.moveTo(p.x, p.y - 1.3 * r); ctx.lineTo(p.x + 1.15 * r, p.y + 0.8 * r);
          ctx.lineTo(p.x - 1.15 * r, p.y + 0.8 * r); ctx.closePath(); break;
        case "diamond":
          ctx.moveTo(p.x, p.y - 1.35 * r); ctx.lineTo(p.x + r, p.y);
          ctx.lineTo(p.x, p.y + 1.35 * r); ctx.lineTo(p.x - r, p.y); ctx.closePath(); break;
        case "square":
          ctx.rect(p.x - 0.9 * r, p.y - 0.9 * r, 1.8 * r, 1.8 * r); break;
        default:
          ctx.arc(p.x, p.y, r, 0, Math.PI * 2, false);
      }
      this._fillStroke(ctx, layer);
    }
  });

  var Glyph = L.CircleMarker.extend({
    options: {shape: "circle"},
    _updatePath: function () {
      if (this._renderer._geoeventsGlyph) { this._renderer._geoeventsGlyph(this); }
      else { this._renderer._updateCircle(this); }
    }
  });

  function glyphSvg(shape, colour, size) {
    var svg = document.createElementNS(SVGNS, "svg");
    var s = size || 14, c = s / 2, r = s * 0.34, el;
    svg.setAttribute("width", s); svg.setAttribute("height", s);
    svg.setAttribute("viewBox", "0 0 " + s + " " + s);
    svg.setAttribute("class", "ge-glyph");
    if (shape === "circle") {
      el = document.createElementNS(SVGNS, "circle");
      el.setAttribute("cx", c); el.setAttribute("cy", c); el.setAttribute("r", r);
    } else if (shape === "square") {
      el = document.createElementNS(SVGNS, "rect");
      el.setAttribute("x", c - 0.9 * r); el.setAttribute("y", c - 0.9 * r);
      el.setAttribute("width", 1.8 * r); el.setAttribute("height", 1.8 * r);
    } else {
      var pts = shape === "triangle"
        ? [[c, c - 1.3 * r], [c + 1.15 * r, c + 0.8 * r], [c - 1.15 * r, c + 0.8 * r]]
        : [[c, c - 1.35 * r], [c + r, c], [c, c + 1.35 * r], [c - r, c]];
      el = document.createElementNS(SVGNS, "polygon");
      el.setAttribute("points", pts.map(function (q) { return q[0].toFixed(1) + "," + q[1].toFixed(1); }).join(" "));
    }
    el.setAttribute("fill", colour); el.setAttribute("fill-opacity", "0.85");
    el.setAttribute("stroke", "#fff"); el.setAttribute("stroke-width", "1");
    svg.appendChild(el);
    return svg;
  }

  /* ------------------------------------------------------------ data blocks */

  function inflate(text) {
    if (typeof DecompressionStream === "undefined") {
      return Promise.reject(new Error("this browser cannot decompress the map data (no DecompressionStream); " +
        "rebuild the map with compression off"));
    }
    var bin = atob(text), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) { bytes[i] = bin.charCodeAt(i); }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate"));
    return new Response(stream).text();
  }

  function readBlock(id, encoding) {
    return new Promise(function (resolve) {
      var el = document.getElementById(id);
      if (!el) { throw new Error("missing data block " + id); }
      resolve(encoding === "deflate-base64" ? inflate(el.textContent) : el.textContent);
    }).then(function (text) { return JSON.parse(text); });
  }

  function decodeLine(arr) {
    var out = [], x = 0, y = 0;
    for (var k = 0; k + 1 < arr.length; k += 2) { x += arr[k]; y += arr[k + 1]; out.push([y / 1e4, x / 1e4]); }
    return out;
  }

  function monthLabel(date) {
    if (!date) { return "No date"; }
    return MONTHS[Number(date.slice(5, 7)) - 1] + " " + date.slice(0, 4);
  }

  /* ------------------------------------------------------------ controller */

  function Controller(map, config) {
    var self = this;
    this.map = map;
    this.config = config;
    this.container = map.getContainer();
    this.renderer = L.canvas({padding: 0.3, tolerance: 4});
    this.eventsLayer = L.featureGroup().addTo(map);
    this.cache = [];
    this.current = -1;
    this.seq = 0;
    this.metric = config.metric === "casualties" ? "casualties" : "events";
    this.unitLayers = [];
    this.values = {};
    this.noTiles = !!config.noTilesDefault;
    this.entries = [];
    this.container.setAttribute("data-geoevents-state", "loading");
    if (config.attribution && map.attributionControl) {
      map.attributionControl.addAttribution(config.attribution);  // escaped by Python: text only
    }
    this.ready = readBlock(config.meta, config.encoding).then(function (meta) {
      self.meta = meta;
      self.overview = meta.mode === "overview";
      self.nights = meta.nights;
      self.buildPanel();
      self.buildSearch();
      self.buildLegend();
      self.setNoTiles(self.noTiles);
      if (!meta.units.length || !config.polygons) { return null; }
      return readBlock(config.polygons, config.encoding).then(function (shapes) { self.buildUnits(shapes); });
    }).then(function () {
      self.buildLayerControl();
      self.buildMinimap();
      return self.show(self.overview ? 0 : self.initialNight());
    }).then(function () {
      window.requestAnimationFrame(function () {
        self.firstPaint = performance.now();
        self.container.setAttribute("data-geoevents-first-paint", String(Math.round(self.firstPaint)));
      });
    }, function (err) { self.fail(err); });
  }

  Controller.prototype.buildLegend = function () {
    var self = this;
    this.legend = L.control({position: "bottomleft"});
    this.legend.onAdd = function () {
      var div = node("div", "ge-legend leaflet-bar");
      stopEvents(div);
      self.legendBox = div;
      return div;
    };
    this.legend.addTo(this.map);
  };

  Controller.prototype.fail = function (err) {
    this.container.setAttribute("data-geoevents-state", "error");
    var text = "Could not show the map data: " + (err && err.message ? err.message : err);
    if (this.status) { this.status.textContent = text; } else { node("div", "ge-error", text, this.container); }
    if (window.console) { console.error(err); }
  };

  Controller.prototype.initialNight = function () {
    var match = /(?:^#|&)night=(\d{4}-\d{2}-\d{2})/.exec(window.location.hash || "");
    if (match) {
      for (var i = 0; i < this.nights.length; i++) { if (this.nights[i][0] === match[1]) { return i; } }
    }
    var latest = -1;
    for (var j = 0; j < this.nights.length; j++) { if (this.nights[j][0]) { latest = j; } }
    return latest >= 0 ? latest : Math.max(this.nights.length - 1, 0);
  };

  /* ---- panel: night selector and summary */

  Controller.prototype.buildPanel = function () {
    var self = this;
    var control = L.control({position: "topright"});
    control.onAdd = function () {
      var div = node("div", "ge-panel leaflet-bar");
      stopEvents(div);
      if (self.config.title) { node("div", "ge-title", self.config.title, div); }
      if (!self.overview && self.nights.length) {
        var nav = node("div", "ge-nav", null, div);
        var prev = node("button", "ge-prev", "◀", nav);
        prev.type = "button"; prev.title = "Previous night"; prev.setAttribute("aria-label", "Previous night");
        var select = node("select", "ge-night-select", null, nav);
        select.setAttribute("aria-label", "Night");
        var next = node("button", "ge-next", "▶", nav);
        next.type = "button"; next.title = "Next night"; next.setAttribute("aria-label", "Next night");
        var group = null, groupLabel = null;
        self.nights.forEach(function (night, i) {
          var label = monthLabel(night[0]);
          if (label !== groupLabel) {
            group = node("optgroup", null, null, select);
            group.label = label;
            groupLabel = label;
          }
          var text = night[2] ? night[1] + " — " + night[2] : night[1];
          group.appendChild(new Option(text, String(i)));
        });
        var slider = node("input", "ge-slider", null, div);
        slider.type = "range"; slider.min = "0"; slider.max = String(Math.max(self.nights.length - 1, 0));
        slider.step = "1"; slider.setAttribute("aria-label", "Night slider");
        var timer = null;
        slider.addEventListener("input", function () {
          var i = Number(slider.value);
          self.heading.textContent = self.nights[i][1];
          window.clearTimeout(timer);
          timer = window.setTimeout(function () { self.show(i); }, 150);
        });
        select.addEventListener("change", function () { self.show(Number(select.value)); });
        prev.addEventListener("click", function () { if (self.current > 0) { self.show(self.current - 1); } });
        next.addEventListener("click", function () {
          if (self.current < self.nights.length - 1) { self.show(self.current + 1); }
        });
        self.select = select; self.slider = slider; self.prevButton = prev; self.nextButton = next;
      }
      self.heading = node("div", "ge-night-title", null, div);
      self.totalsTable = node("table", "ge-totals", null, div);
      self.status = node("div", "ge-note", null, div);
      self.notice = node("div", "ge-notice", null, div);
      return div;
    };
    control.addTo(this.map);
  };

  Controller.prototype.updatePanel = function (i, built) {
    var night = this.overview ? null : this.nights[i];
    var ov = this.meta.overview;
    var totals = this.overview ? ov.totals : night[3];
    var keys = this.meta.totalKeys;
    this.heading.textContent = this.overview ? ov.label : night[1];
    while (this.totalsTable.firstChild) { this.totalsTable.removeChild(this.totalsTable.firstChild); }
    var body = node("tbody", null, null, this.totalsTable);
    TOTAL_ROWS.forEach(function (row) {
      var k = keys.indexOf(row[0]);
      var value = totals ? totals[k] : null;
      if (value === null || value === undefined) { return; }
      var tr = node("tr", "ge-total-" + row[0], null, body);
      node("th", null, row[1], tr);
      node("td", null, fmt(value), tr);
    });
    if (!body.firstChild) { node("td", null, "No figures stated.", node("tr", null, null, body)); }
    var drawn = this.overview ? ov.drawn : night[4];
    var all = this.overview ? ov.events : night[5];
    var text = fmt(drawn) + " local event" + (drawn === 1 ? "" : "s") + " drawn at " + fmt(built.groups) +
      " place" + (built.groups === 1 ? "" : "s");
    if (all > drawn) { text += "; " + fmt(all - drawn) + " without coordinates"; }
    this.status.textContent = text + ". Country-level tallies count in the totals only.";
    if (this.select) {
      this.select.value = String(i);
      this.slider.value = String(i);
      this.prevButton.disabled = i <= 0;
      this.nextButton.disabled = i >= this.nights.length - 1;
    }
  };

  Controller.prototype.setNotice = function () {
    if (!this.notice) { return; }
    this.notice.textContent = (this.noTiles && !this.meta.units.length)
      ? "No basemap and no boundary polygons: only markers are drawn (give boundaries to see outlines)."
      : "";
  };

  /* ---- search */

  Controller.prototype.buildSearch = function () {
    var self = this;
    var control = L.control({position: "topleft"});
    control.onAdd = function () {
      var div = node("div", "ge-search leaflet-bar");
      stopEvents(div);
      var input = node("input", "ge-search-input", null, div);
      input.type = "search"; input.placeholder = "Search places…"; input.setAttribute("aria-label", "Search places");
      var list = node("ul", "ge-results", null, div);
      function run() {
        while (list.firstChild) { list.removeChild(list.firstChild); }
        var q = input.value.trim().toLowerCase();
        if (q.length < 2) { return; }
        self.search(q).slice(0, 12).forEach(function (hit) {
          var li = node("li", null, null, list);
          var button = node("button", "ge-result", hit.label, li);
          button.type = "button";
          button.addEventListener("click", function () { hit.go(); });
        });
        if (!list.firstChild) { node("li", "ge-no-result", "No place of that name on this map view.", list); }
      }
      input.addEventListener("input", run);
      input.addEventListener("keydown", function (e) {
        if (e.key === "Enter") { var first = list.querySelector("button"); if (first) { first.click(); } }
      });
      self.searchInput = input;
      return div;
    };
    control.addTo(this.map);
  };

  Controller.prototype.search = function (q) {
    var self = this, hits = [];
    this.entries.forEach(function (entry) {
      if (entry.text.indexOf(q) < 0) { return; }
      hits.push({
        label: entry.label,
        rank: entry.name.toLowerCase().indexOf(q) === 0 ? 0 : 1,
        go: function () {
          self.map.setView(entry.marker.getLatLng(), Math.max(self.map.getZoom(), 11));
          entry.marker.openPopup();
        }
      });
    });
    this.unitLayers.forEach(function (ul) {
      ul.polygons.forEach(function (poly) {
        var name = ul.names[poly.geUnit];
        if (name.toLowerCase().indexOf(q) < 0) { return; }
        hits.push({
          label: name + " (" + ul.title + ")", rank: 2,
          go: function () { self.map.fitBounds(poly.getBounds()); }
        });
      });
    });
    hits.sort(function (a, b) { return a.rank - b.rank || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0); });
    return hits;
  };

  /* ---- polygons (choropleths) */

  Controller.prototype.buildUnits = function (shapes) {
    var self = this;
    this.meta.units.forEach(function (unit, u) {
      var group = L.featureGroup();
      var polygons = [];
      (shapes[u] || []).forEach(function (shape, i) {
        if (!shape.length) { return; }
        var latlngs = shape.map(function (rings) { return rings.map(decodeLine); });
        var poly = L.polygon(latlngs, {renderer: self.renderer, weight: 0.8, color: "#666", fillOpacity: 0});
        poly.geUnit = i;
        poly.geGroup = unit.groups[i] || 0;
        poly.bindTooltip(function () { return self.unitTooltip(u, i); }, {sticky: true});
        polygons.push(poly);
        group.addLayer(poly);
      });
      group.addTo(self.map);
      self.unitLayers.push({key: unit.key, title: unit.title, names: unit.names, breaks: unit.breaks,
        layer: group, polygons: polygons});
    });
    this.map.on("overlayadd overlayremove", function () { self.renderLegend(); });
  };

  Controller.prototype.unitValue = function (key, i) {
    var v = this.values[key];
    return v && v[i] ? v[i] : [0, 0];
  };

  Controller.prototype.unitTooltip = function (u, i) {
    var ul = this.unitLayers[u];
    var v = this.unitValue(ul.key, i);
    var span = node("span", "ge-unit-tip");
    node("strong", null, ul.names[i], span);
    span.appendChild(document.createTextNode(": " + fmt(v[0]) + " event" + (v[0] === 1 ? "" : "s") +
      ", " + fmt(v[1]) + " killed or wounded"));
    return span;
  };

  Controller.prototype.classOf = function (breaks, value) {
    if (!(value > 0) || !breaks.length) { return -1; }
    for (var c = 0; c < breaks.length; c++) { if (value <= breaks[c]) { return c; } }
    return breaks.length - 1;
  };

  Controller.prototype.colours = function (count) {
    if (count >= PALETTE.length) { return PALETTE.slice(); }
    var out = [];
    for (var c = 0; c < count; c++) {
      out.push(PALETTE[Math.round(count === 1 ? PALETTE.length - 2 : c * (PALETTE.length - 1) / (count - 1))]);
    }
    return out;
  };

  Controller.prototype.styleUnits = function () {
    var self = this, m = this.metric === "casualties" ? 1 : 0;
    this.unitLayers.forEach(function (ul) {
      var breaks = ul.breaks[self.metric] || [];
      var colours = self.colours(breaks.length);
      ul.polygons.forEach(function (poly) {
        var cls = self.classOf(breaks, self.unitValue(ul.key, poly.geUnit)[m]);
        if (cls >= 0) {
          poly.setStyle({fillColor: colours[cls], fillOpacity: 0.55, color: "#555", weight: 0.8});
        } else if (self.noTiles) {
          poly.setStyle({fillColor: GROUP_TINTS[poly.geGroup % GROUP_TINTS.length], fillOpacity: 1, color: "#777", weight: 0.8});
        } else {
          poly.setStyle({fillOpacity: 0, color: "#777", weight: 0.6});
        }
      });
    });
  };

  /* ---- layers, basemaps, minimap */

  Controller.prototype.buildLayerControl = function () {
    var self = this, bases = {}, overlays = {};
    var noTiles = L.layerGroup();
    (this.config.tiles || []).forEach(function (t) {
      var layer = window[t.layer];
      if (layer) { bases[t.name] = layer; }
    });
    bases[this.config.noTilesName] = noTiles;
    if (this.noTiles) { noTiles.addTo(this.map); }
    overlays[this.overview ? "Places hit (period)" : "Events (selected night)"] = this.eventsLayer;
    this.unitLayers.forEach(function (ul) { overlays[ul.title + " (choropleth)"] = ul.layer; });
    this.layerControl = L.control.layers(bases, overlays, {collapsed: true, position: "topright"}).addTo(this.map);
    this.map.on("baselayerchange", function (e) { self.setNoTiles(e.layer === noTiles); });
  };

  Controller.prototype.setNoTiles = function (on) {
    this.noTiles = on;
    L.DomUtil[on ? "addClass" : "removeClass"](this.container, "ge-notiles");
    this.styleUnits();
    this.setNotice();
  };

  Controller.prototype.buildMinimap = function () {
    var mm = this.config.minimap;
    if (!mm || !L.Control.MiniMap) { return; }
    var layer = null;
    if (mm.url) {
      layer = L.tileLayer(mm.url, mm.options || {});
    } else if (this.unitLayers.length) {
      var renderer = L.canvas({padding: 0.2});
      layer = L.featureGroup();
      this.unitLayers.forEach(function (ul) {
        ul.polygons.forEach(function (poly) {
          L.polygon(poly.getLatLngs(), {renderer: renderer, weight: 0.5, color: "#777", interactive: false,
            fillColor: GROUP_TINTS[poly.geGroup % GROUP_TINTS.length], fillOpacity: 1}).addTo(layer);
        });
      });
    }
    if (layer) {
      this.minimap = new L.Control.MiniMap(layer, {toggleDisplay: true, position: "bottomright",
        width: 150, height: 150, zoomLevelOffset: -5}).addTo(this.map);
    }
  };

  /* ---- nights */

  Controller.prototype.blockId = function (i) { return this.config.prefix + "-n" + i; };

  Controller.prototype.built = function (i) {
    for (var k = 0; k < this.cache.length; k++) {
      if (this.cache[k].index === i) {
        var hit = this.cache.splice(k, 1)[0];
        this.cache.push(hit);
        return Promise.resolve(hit);
      }
    }
    var self = this;
    return readBlock(this.blockId(i), this.config.encoding).then(function (blob) {
      var built = self.overview ? self.buildOverview(blob) : self.buildNight(i, blob);
      built.index = i;
      self.cache.push(built);
      if (self.cache.length > CACHE_NIGHTS) { self.cache.shift(); }
      return built;
    });
  };

  Controller.prototype.buildNight = function (i, blob) {
    var meta = this.meta, P = meta.places, n = blob.n, events = new Array(n), j, t;
    for (j = 0; j < n; j++) { events[j] = {p: blob.p[j], k: blob.k[j], c: null, x: "", s: null}; }
    var pos = 0, runs = blob.r || [];
    for (j = 0; j < runs.length; j++) {
      for (t = 0; t < runs[j]; t++) { events[pos].x = blob.x[j]; events[pos].s = blob.s[blob.rs[j]]; pos++; }
    }
    Object.keys(blob.c || {}).forEach(function (f) {
      var arr = blob.c[f], idx = -1, key = meta.countKeys[Number(f)];
      for (var q = 0; q + 1 < arr.length; q += 2) {
        idx += arr[q];
        (events[idx].c || (events[idx].c = {}))[key] = arr[q + 1];
      }
    });
    var groups = {}, list = [];
    events.forEach(function (e) {
      var key = P.y[e.p] + "," + P.x[e.p];
      var g = groups[key];
      if (!g) { g = groups[key] = {lat: P.y[e.p] / 1e5, lng: P.x[e.p] / 1e5, events: []}; list.push(g); }
      g.events.push(e);
    });
    var self = this, label = this.nights[i][1];
    var layer = L.featureGroup(), entries = [];
    list.forEach(function (g) {
      var style = self.groupStyle(g);
      var marker = new Glyph([g.lat, g.lng], {
        renderer: self.renderer, radius: style.radius, shape: style.shape,
        color: "#fff", fillColor: style.colour, fillOpacity: 0.85, weight: 1.2
      });
      marker.bindPopup(function () { return self.nightPopup(g, label); }, {maxWidth: 380, className: "ge-popup-wrap"});
      marker.bindTooltip(function () { return node("span", null, style.name); });
      layer.addLayer(marker);
      entries.push(self.entry(style.name, P.w[g.events[0].p], marker));
    });
    return {layer: layer, entries: entries, units: blob.u || {}, groups: list.length};
  };

  Controller.prototype.entry = function (name, where, marker) {
    var label = where ? name + " — " + where : name;
    return {name: name, label: label, text: label.toLowerCase(), marker: marker};
  };

  Controller.prototype.groupStyle = function (g) {
    var meta = this.meta, P = meta.places, K = meta.kinds;
    var drone = false, missile = false, attackers = {}, nAttackers = 0, perPlace = {}, names = [];
    g.events.forEach(function (e) {
      var kind = K[e.k], w = meta.weapons[kind[1]];
      if (w === "drone" || w === "both") { drone = true; }
      if (w === "missile" || w === "both") { missile = true; }
      if (kind[0] >= 0 && !attackers[kind[0]]) { attackers[kind[0]] = true; nAttackers++; }
      var pp = perPlace[e.p] || (perPlace[e.p] = {k: 0, w: 0});
      if (e.c) { pp.k = Math.max(pp.k, e.c.killed || 0); pp.w = Math.max(pp.w, e.c.wounded || 0); }
      if (names.indexOf(P.n[e.p]) < 0) { names.push(P.n[e.p]); }
    });
    var casualties = 0;
    Object.keys(perPlace).forEach(function (p) { casualties += perPlace[p].k + perPlace[p].w; });
    var weapon = drone && missile ? "both" : drone ? "drone" : missile ? "missile" : "unknown";
    return this.markerStyle(weapon, nAttackers === 1 ? Number(Object.keys(attackers)[0]) : (nAttackers ? -2 : -1),
      casualties, names.join(" / ") + (g.events.length > 1 ? " (" + g.events.length + " reports)" : ""));
  };

  Controller.prototype.markerStyle = function (weapon, attacker, casualties, name) {
    var meta = this.meta;
    var colour = attacker >= 0 ? meta.attackers[attacker][1] : (attacker === -2 ? meta.colours.mixed : meta.colours.unknown);
    return {shape: SHAPES[weapon], colour: colour, radius: Math.min(6 + 2.2 * Math.sqrt(casualties), 28), name: name};
  };

  Controller.prototype.nightPopup = function (g, label) {
    var self = this, box = node("div", "ge-popup"), shown = 0, more = null;
    if (g.events.length > 1) { node("div", "ge-popup-head", g.events.length + " reports at this place", box); }
    function page() {
      if (more) { box.removeChild(more); more = null; }
      var end = Math.min(shown + POPUP_PAGE, g.events.length);
      for (; shown < end; shown++) { self.eventSection(g.events[shown], label, box); }
      if (shown < g.events.length) {
        more = node("button", "ge-more", "Show more (" + (g.events.length - shown) + " left)", box);
        more.type = "button";
        more.addEventListener("click", page);
      }
    }
    page();
    return box;
  };

  Controller.prototype.eventSection = function (e, label, parent) {
    var meta = this.meta, P = meta.places, kind = meta.kinds[e.k];
    var sec = node("section", "ge-event", null, parent);
    node("strong", "ge-place", P.n[e.p] || "(place not named)", sec);
    if (P.w[e.p]) { node("div", "ge-where", P.w[e.p], sec); }
    var line = label;
    if (kind[0] >= 0) { line += " · attacker: " + meta.attackers[kind[0]][0]; }
    line += " · " + WEAPON_LABELS[meta.weapons[kind[1]]];
    if (kind[2] > 0) { line += " · " + meta.roles[kind[2]]; }
    node("div", "ge-meta", line, sec);
    if (e.c) {
      var parts = meta.countKeys.filter(function (k) { return e.c[k] !== undefined; })
        .map(function (k) { return fmt(e.c[k]) + " " + COUNT_LABELS[k]; });
      if (parts.length) { node("div", "ge-counts", parts.join(", "), sec); }
    }
    if (kind[3].length) {
      node("div", "ge-damage", "damage: " + kind[3].map(function (t) { return meta.damage[t]; }).join(", "), sec);
    }
    if (e.x) { node("blockquote", "ge-evidence", e.x, sec); }
    var src = e.s;
    if (src && src[1] && LINK.test(src[1])) {
      var a = node("a", "ge-source", "source: " + (src[0] || src[1]), sec);
      a.href = src[1]; a.target = "_blank"; a.rel = "noopener noreferrer";
    } else if (src && (src[0] || src[1])) {
      node("div", "ge-source", "source: " + (src[0] || src[1]), sec);
    }
  };

  Controller.prototype.buildOverview = function (blob) {
    var self = this, meta = this.meta, P = meta.places, o = blob.o, layer = L.featureGroup(), entries = [];
    o.p.forEach(function (p, j) {
      var cas = Math.max(o.k[j], 0) + Math.max(o.wd[j], 0);
      var name = P.n[p] || "(place not named)";
      var style = self.markerStyle(meta.weapons[o.w[j]], o.a[j], cas, name);
      var marker = new Glyph([P.y[p] / 1e5, P.x[p] / 1e5], {
        renderer: self.renderer, radius: style.radius, shape: style.shape,
        color: "#fff", fillColor: style.colour, fillOpacity: 0.85, weight: 1.2
      });
      marker.bindPopup(function () { return self.overviewPopup(o, j); }, {maxWidth: 360, className: "ge-popup-wrap"});
      marker.bindTooltip(function () { return node("span", null, name); });
      layer.addLayer(marker);
      entries.push(self.entry(name, P.w[p], marker));
    });
    return {layer: layer, entries: entries, units: blob.u || {}, groups: o.p.length};
  };

  Controller.prototype.overviewPopup = function (o, j) {
    var meta = this.meta, P = meta.places, p = o.p[j], box = node("div", "ge-popup");
    var sec = node("section", "ge-event", null, box);
    node("strong", "ge-place", P.n[p] || "(place not named)", sec);
    if (P.w[p]) { node("div", "ge-where", P.w[p], sec); }
    var first = meta.nights[o.f[j]], last = meta.nights[o.l[j]];
    node("div", "ge-meta", "Hit on " + fmt(o.nn[j]) + " night" + (o.nn[j] === 1 ? "" : "s") + " (" +
      fmt(o.e[j]) + " event" + (o.e[j] === 1 ? "" : "s") + ")", sec);
    node("div", "ge-meta", first === last ? first[1] : "first: " + first[1] + "; last: " + last[1], sec);
    var parts = [];
    if (o.k[j] >= 0) { parts.push(fmt(o.k[j]) + " killed"); }
    if (o.wd[j] >= 0) { parts.push(fmt(o.wd[j]) + " wounded"); }
    if (parts.length) { node("div", "ge-counts", parts.join(", ") + " (largest figure per night, summed)", sec); }
    return box;
  };

  Controller.prototype.show = function (i) {
    var self = this, token = ++this.seq;
    if (!this.overview && !this.nights.length) {
      this.heading.textContent = "No events to show";
      this.status.textContent = "The map was made from an empty selection of events.";
      this.renderLegend();
      this.container.setAttribute("data-geoevents-state", "ready");
      return Promise.resolve();
    }
    if (i < 0 || (!this.overview && i >= this.nights.length)) { return Promise.resolve(); }
    this.container.setAttribute("data-geoevents-state", "loading");
    return this.built(i).then(function (built) {
      if (token !== self.seq) { return; }
      if (self.shown) { self.eventsLayer.removeLayer(self.shown.layer); }
      self.eventsLayer.addLayer(built.layer);
      self.shown = built;
      self.current = i;
      self.entries = built.entries;
      self.values = {};
      Object.keys(built.units).forEach(function (key) {
        var flat = built.units[key], v = {};
        for (var q = 0; q + 2 < flat.length; q += 3) { v[flat[q]] = [flat[q + 1], flat[q + 2]]; }
        self.values[key] = v;
      });
      self.styleUnits();
      self.updatePanel(i, built);
      self.renderLegend();
      var date = self.overview ? "overview" : (self.nights[i][0] || "unknown");
      if (!self.overview && self.nights[i][0]) {
        try { window.history.replaceState(null, "", "#night=" + self.nights[i][0]); } catch (err) { /* sandboxed */ }
      }
      self.container.setAttribute("data-geoevents-night", date);
      self.container.setAttribute("data-geoevents-state", "ready");
    });
  };

  /* ---- legend */

  Controller.prototype.renderLegend = function () {
    var self = this, box = this.legendBox, meta = this.meta;
    if (!box) { return; }
    while (box.firstChild) { box.removeChild(box.firstChild); }
    var viewLabel = this.overview ? meta.overview.label : (this.nights[this.current] || [null, ""])[1];
    var details = node("details", "ge-legend-details", null, box);
    details.open = this.legendOpen !== false;
    details.addEventListener("toggle", function () { self.legendOpen = details.open; });
    node("summary", "ge-legend-title", viewLabel ? "Legend — " + viewLabel : "Legend", details);
    box = details;
    var markers = node("div", "ge-legend-section ge-legend-markers", null, box);
    node("div", "ge-legend-head", this.overview ? "Places hit (colour: attacker)" : "Events (colour: attacker)", markers);
    var colours = meta.attackers.map(function (a) { return [a[0], a[1]]; });
    colours.push(["not stated", meta.colours.unknown]);
    if (meta.attackers.length > 1) { colours.push(["several", meta.colours.mixed]); }
    colours.forEach(function (c) {
      var row = node("div", "ge-legend-row", null, markers);
      row.appendChild(glyphSvg("circle", c[1]));
      node("span", null, c[0], row);
    });
    node("div", "ge-legend-head", "Shape: weapon", markers);
    meta.weapons.forEach(function (w) {
      var row = node("div", "ge-legend-row", null, markers);
      row.appendChild(glyphSvg(SHAPES[w], "#555"));
      node("span", null, WEAPON_LABELS[w], row);
    });
    node("div", "ge-legend-head", "Size: killed + wounded", markers);
    var sizes = node("div", "ge-legend-row ge-legend-sizes", null, markers);
    [0, 10, 50].forEach(function (v) {
      var r = Math.min(6 + 2.2 * Math.sqrt(v), 28);
      sizes.appendChild(glyphSvg("circle", "#777", Math.ceil(2 * r + 4)));
      node("span", null, String(v), sizes);
    });
    this.unitLayers.forEach(function (ul) {
      if (!self.map.hasLayer(ul.layer)) { return; }
      var section = node("div", "ge-legend-section ge-legend-units", null, box);
      section.setAttribute("data-unit-layer", ul.key);
      var m = self.metric === "casualties" ? 1 : 0;
      node("div", "ge-legend-head", ul.title + ": " + (m ? "killed + wounded" : "events") +
        (self.overview ? " in the period" : " this night"), section);
      var breaks = ul.breaks[self.metric] || [];
      var colours = self.colours(breaks.length);
      var counts = breaks.map(function () { return 0; }), none = 0;
      ul.polygons.forEach(function (poly) {
        var c = self.classOf(breaks, self.unitValue(ul.key, poly.geUnit)[m]);
        if (c >= 0) { counts[c]++; } else { none++; }
      });
      breaks.forEach(function (b, c) {
        var lo = c === 0 ? 1 : breaks[c - 1] + 1;
        var row = node("div", "ge-legend-row", null, section);
        var sw = node("span", "ge-swatch", null, row);
        sw.style.background = colours[c];
        node("span", null, (lo === b ? fmt(b) : fmt(lo) + "–" + fmt(b)) + " (" + counts[c] + ")", row);
      });
      var row = node("div", "ge-legend-row", null, section);
      node("span", "ge-swatch ge-swatch-none", null, row);
      node("span", null, "none (" + none + ")", row);
    });
    if (this.unitLayers.length) {
      var metric = node("div", "ge-legend-metric", null, box);
      [["events", "events"], ["casualties", "killed + wounded"]].forEach(function (opt) {
        var lab = node("label", null, null, metric);
        var radio = node("input", null, null, lab);
        radio.type = "radio"; radio.name = self.config.prefix + "-metric"; radio.value = opt[0];
        radio.checked = self.metric === opt[0];
        radio.addEventListener("change", function () { self.metric = opt[0]; self.styleUnits(); self.renderLegend(); });
        lab.appendChild(document.createTextNode(" " + opt[1]));
      });
    }
  };

  window.GeoeventsMap = function (map, config) {
    var controller = new Controller(map, config);
    window.geoeventsMaps = window.geoeventsMaps || {};
    window.geoeventsMaps[config.prefix] = controller;
    window.geoevents = controller;
    return controller;
  };
})();
