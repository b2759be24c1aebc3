// The embedded basemap: countries, then governorate borders (thin, dashed, clickable), then
// rivers on top, all in the overlay pane, under the control squares and the event circles.
/* global L */
import { el } from './dom.js';
import { getLang } from './i18n.js';

const only = (...layers) => (f) => layers.includes(f.properties.layer);

function countryStyle(f) {
  const syria = f.properties.iso3 === 'SYR';
  return { color: '#777', weight: syria ? 1.6 : 0.8, fillColor: syria ? '#fbf7ee' : '#ecebe6', fillOpacity: 1 };
}

function riverStyle(f) {
  return { color: '#4a90c8', weight: 2, dashArray: f.properties.approx ? '5 4' : null };
}

// A transparent fill, not none: a click anywhere inside picks the governorate.
function govStyle(f, on) {
  const p = f.properties;
  if (p.layer === 'undof') {
    return { color: '#3f6fb0', weight: on ? 2 : 1, dashArray: '2 3', fillColor: '#3f6fb0', fillOpacity: 0.15, className: 'undof' };
  }
  return { color: on ? '#4f4532' : '#a3977c', weight: on ? 2.4 : 0.9, dashArray: on ? null : '4 3', fillOpacity: 0, className: `gov gov-${p.country}` };
}

// The UNDOF zone has a name of its own; its admin1 is the governorate it lies in.
function govName(p) {
  const ar = getLang() === 'ar';
  return ar ? p.name_ar : (p.name ?? p.admin1);
}

/**
 * Draws `geo` (basemap.json) into `group`; `onGovernorate(admin1)` on a click on one.
 * Returns `select(admin1)`, which outlines that governorate (empty: none).
 */
export function drawBasemap(group, geo, { onGovernorate }) {
  L.geoJSON(geo, { filter: only('country'), style: countryStyle, interactive: false }).addTo(group);
  const govs = L.geoJSON(geo, {
    filter: only('governorate', 'undof'),
    style: (f) => govStyle(f, false),
    onEachFeature: (f, layer) => {
      const p = f.properties;
      layer.bindTooltip(() => el('span', {}, govName(p)), { sticky: true, direction: 'top' });
      layer.on('add', () => layer.getElement()?.setAttribute('data-admin1', p.admin1));
      // A double click zooms: its second click must not undo the first.
      layer.on('click', (e) => {
        if ((e.originalEvent?.detail ?? 1) <= 1) onGovernorate(p.admin1);
      });
    },
  }).addTo(group);
  L.geoJSON(geo, { filter: only('river'), style: riverStyle, interactive: false }).addTo(group);

  let selected = '';
  return function select(admin1) {
    if (admin1 === selected) return;
    selected = admin1;
    govs.eachLayer((layer) => {
      const on = layer.feature.properties.admin1 === admin1 && !!admin1;
      layer.setStyle(govStyle(layer.feature, on));
      if (on) layer.bringToFront();
    });
  };
}
