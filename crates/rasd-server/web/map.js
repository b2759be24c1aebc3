// The map: Leaflet with no tiles, a basemap of borders and rivers embedded in the binary
// (drawn by basemap.js), governorate names at their capitals, and events as circles coloured
// by type and sized by their number of outlets, grouped into counted clusters where they crowd.
/* global L */
import { el } from './dom.js';
import { drawBasemap } from './basemap.js';
import { typeColour, typeLabel, t, getLang } from './i18n.js';

const CELL = 44; // px: events closer than this on screen are grouped
const SPOT_ZOOM = 10; // from here, a cluster lists its events instead of zooming

export function createMap(container, { onEvent, onSpot, onGovernorate }) {
  const map = L.map(container, {
    center: [35.0, 38.6],
    zoom: 7,
    minZoom: 5,
    maxZoom: 13,
    zoomSnap: 0.5,
    attributionControl: false,
  });
  // Syria whole, whatever the window size.
  map.fitBounds([[32.3, 35.6], [37.4, 42.4]]);
  const base = L.layerGroup().addTo(map);
  const labels = L.layerGroup().addTo(map);
  // Events in a pane of their own, above the control layer's squares (pane 405).
  map.createPane('events').style.zIndex = 410;
  const events = L.layerGroup().addTo(map);
  let features = [];
  let points = []; // features projected at zoom 0, once per setEvents: a zoom only scales them
  let govs = [];
  let riverLabels = [];
  let selected = null;
  let selectGov = () => {};

  function label(text, cls, latlng) {
    const icon = L.divIcon({ className: cls, html: el('span', {}, text), iconSize: null });
    return L.marker(latlng, { icon, interactive: false, keyboard: false });
  }

  function drawLabels() {
    labels.clearLayers();
    const ar = getLang() === 'ar';
    for (const g of govs) {
      const name = ar ? g.name_ar.replace(/^محافظة\s+/, '') : g.name.replace(/\s+Governorate$/, '');
      labels.addLayer(label(name, 'gov-label', [g.lat, g.lon]));
    }
    for (const r of riverLabels) labels.addLayer(label(ar ? r.name_ar : r.name, 'river-label', r.latlng));
  }

  function marker(f) {
    const p = f.properties;
    const [lon, lat] = f.geometry.coordinates;
    const outlets = Math.max(1, p.incident_outlets || 1);
    const m = L.circleMarker([lat, lon], {
      radius: 5 + 3 * Math.sqrt(outlets - 1),
      color: p.id === selected ? '#000' : '#fff',
      weight: p.id === selected ? 3 : 1,
      fillColor: typeColour(p.type),
      fillOpacity: 0.9,
      pane: 'events',
      className: `ev ev-${p.type}`,
    });
    m.bindTooltip(el('span', {}, `${typeLabel(p.type)} · ${p.date ?? t('undated')} · ${p.place}`));
    m.on('click', () => onEvent(p.id));
    return m;
  }

  function cluster(members, latlng) {
    const n = members.length;
    // Never wider than a grid cell, so neighbouring clusters do not cover each other.
    const size = Math.min(CELL - 2, Math.round(22 + 4 * Math.log2(n)));
    const counts = {};
    for (const f of members) counts[f.properties.type] = (counts[f.properties.type] || 0) + 1;
    const top = Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
    const badge = el('span', { class: 'cluster-n' }, String(n));
    badge.style.borderColor = typeColour(top);
    const icon = L.divIcon({ className: 'cluster', html: badge, iconSize: [size, size] });
    const m = L.marker(latlng, { icon, title: String(n) });
    m.on('click', () => {
      const pts = members.map((f) => [f.geometry.coordinates[1], f.geometry.coordinates[0]]);
      const b = L.latLngBounds(pts);
      const samePlace = b.getNorthEast().distanceTo(b.getSouthWest()) < 50;
      if (samePlace || map.getZoom() >= SPOT_ZOOM) onSpot(members.map((f) => f.properties.id));
      else map.fitBounds(b.pad(0.3), { maxZoom: SPOT_ZOOM });
    });
    return m;
  }

  function draw() {
    events.clearLayers();
    const cell = CELL / map.getZoomScale(map.getZoom(), 0);
    const cells = new Map();
    features.forEach((f, i) => {
      const key = `${Math.floor(points[i].x / cell)}:${Math.floor(points[i].y / cell)}`;
      const members = cells.get(key);
      if (members) members.push(f);
      else cells.set(key, [f]);
    });
    for (const members of cells.values()) {
      if (members.length === 1) {
        events.addLayer(marker(members[0]));
        continue;
      }
      let lat = 0;
      let lon = 0;
      for (const f of members) {
        lon += f.geometry.coordinates[0];
        lat += f.geometry.coordinates[1];
      }
      events.addLayer(cluster(members, [lat / members.length, lon / members.length]));
    }
  }

  map.on('zoomend', draw);

  return {
    map,
    setBasemap(geo, governorates) {
      selectGov = drawBasemap(base, geo, { onGovernorate });
      riverLabels = geo.features
        .filter((f) => f.properties.layer === 'river-label')
        .map((f) => ({ ...f.properties, latlng: [f.geometry.coordinates[1], f.geometry.coordinates[0]] }));
      govs = governorates;
      drawLabels();
    },
    setEvents(list) {
      features = list;
      points = list.map((f) => map.project([f.geometry.coordinates[1], f.geometry.coordinates[0]], 0));
      draw();
    },
    select(id) {
      selected = id;
      draw();
    },
    /** Outlines the governorate the filter names (empty: none). */
    selectGovernorate: (admin1) => selectGov(admin1),
    relabel: drawLabels,
    count: () => features.length,
  };
}
