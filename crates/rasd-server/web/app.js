// The analyst's screen: filters (kept in the URL), map, timeline, list and event panel;
// the sites and control layers.
import { el, clear } from './dom.js';
import { getJSON, filterParams, FILTER_KEYS } from './api.js';
import { TYPES, MODALITIES, t, setLang, getLang, applyStatic, typeLabel, typeColour, modalityLabel } from './i18n.js';
import { createMap } from './map.js';
import { createTimeline } from './timeline.js';
import { renderDetail, listItem } from './panel.js';
import { createSitesLayer, renderSite } from './sites.js';
import { createControlLayer, renderControl } from './control.js';

const $ = (id) => document.getElementById(id);
// control: '1' when the control layer is on; month: its YYYY-MM (empty: the latest).
const STATE_KEYS = [...FILTER_KEYS, 'event', 'lang', 'control', 'month'];
const PAGE = 100;
// Beyond this the map shows the newest events only (measured smooth at 10,000: npm run perf).
const MAP_MAX = 10000;

let state = readUrl();
let facets = { actors: [], admin1: [] };
let next = null;
let generation = 0;
let spot = null; // ids of a clicked cluster at one place

function readUrl() {
  const p = new URLSearchParams(location.search);
  const s = {};
  for (const k of STATE_KEYS) s[k] = p.get(k) || '';
  return s;
}

function writeUrl(push) {
  const p = new URLSearchParams();
  for (const k of STATE_KEYS) if (state[k]) p.set(k, state[k]);
  const url = `${location.pathname}${p.toString() ? `?${p}` : ''}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

function options(select, items, label) {
  const keep = select.value;
  while (select.options.length > 1) select.remove(1);
  for (const [value, n] of items) {
    select.add(new Option(n === undefined ? label(value) : `${label(value)} (${n})`, value));
  }
  select.value = keep;
}

function fillSelects() {
  options($('f-type'), Object.keys(TYPES).map((k) => [k]), typeLabel);
  options($('f-modality'), Object.keys(MODALITIES).map((k) => [k]), modalityLabel);
  options($('f-actor'), facets.actors.map((k) => [k.key, k.n]), (v) => v);
  options($('f-admin1'), facets.admin1.map((k) => [k.key, k.n]), (v) => v);
  for (const k of ['type', 'actor', 'modality', 'admin1']) $(`f-${k}`).value = state[k];
  $('f-q').value = state.q;
}

function legend() {
  const box = clear($('legend'));
  box.append(el('div', { class: 'legend-title' }, t('legend')));
  for (const code of Object.keys(TYPES)) {
    const sw = el('span', { class: 'swatch' });
    sw.style.background = typeColour(code);
    const item = el('button', { type: 'button', class: `legend-item${state.type === code ? ' on' : ''}`, 'data-type': code }, sw, typeLabel(code));
    item.addEventListener('click', () => setFilter('type', state.type === code ? '' : code));
    box.append(item);
  }
  const diamond = el('span', { class: 'site-shape site-base', 'aria-hidden': 'true' });
  const toggle = el('button', { type: 'button', class: `legend-item legend-sites${sitesLayer.shown() ? ' on' : ''}`, 'aria-pressed': String(sitesLayer.shown()) }, diamond, t('sites'));
  toggle.addEventListener('click', () => {
    sitesLayer.toggle();
    legend();
  });
  box.append(toggle);
  const square = el('span', { class: 'ctl-shape ctl-legend', 'aria-hidden': 'true' });
  const on = !!state.control;
  const ctl = el('button', { type: 'button', class: `legend-item legend-control${on ? ' on' : ''}`, 'aria-pressed': String(on) }, square, t('control'));
  ctl.addEventListener('click', () => {
    state.control = state.control ? '' : '1';
    writeUrl(true);
    syncControl();
    legend();
  });
  box.append(ctl);
}

/** Shows or hides the control layer as the state says. */
async function syncControl() {
  if (!state.control) {
    controlLayer.hide();
    return;
  }
  try {
    await controlLayer.show(state.month);
  } catch (err) {
    status(t('error', { m: err.message }));
  }
}

function showControl(p, at) {
  renderControl($('detail'), p, at, { onBack: () => back() });
  openDetail();
}

function status(text) {
  $('status').textContent = text;
}

function setFilter(key, value) {
  state[key] = value;
  state.event = '';
  writeUrl(true);
  refresh();
}

async function refresh() {
  const gen = ++generation;
  spot = null;
  const p = filterParams(state);
  const noDates = filterParams(state, { dates: false });
  $('csv').href = `/api/export.csv?${p}`;
  $('range').textContent = state.since ? `${state.since} – ${state.until || state.since}` : '';
  $('range-clear').hidden = !state.since && !state.until;
  legend();
  mapView.selectGovernorate(state.admin1);
  status(t('loading'));
  try {
    const [geo, page, stats] = await Promise.all([
      getJSON(`/api/events.geojson?${p}&limit=${MAP_MAX + 1}`),
      getJSON(`/api/events?${p}&limit=${PAGE}`),
      getJSON(`/api/stats?${noDates}`),
    ]);
    if (gen !== generation) return;
    // One over the cap tells a capped map from one that holds exactly MAP_MAX.
    const capped = geo.features.length > MAP_MAX;
    mapView.setEvents(geo.features.slice(0, MAP_MAX));
    timeline.setDays(stats.by_day);
    timeline.setRange(state.since ? [state.since, state.until || state.since] : null);
    showList(page.events, false);
    next = page.next;
    $('more').hidden = !next;
    let line = next ? t('events_more', { n: page.events.length }) : page.events.length ? t('events_n', { n: page.events.length }) : t('none');
    if (capped) line += ` · ${t('map_capped', { n: MAP_MAX })}`;
    status(line);
    document.body.dataset.ready = String(gen);
  } catch (err) {
    if (gen === generation) status(t('error', { m: err.message }));
  }
  if (state.event) showEvent(state.event, false);
  else hideDetail();
}

/** A click on a governorate filters by it, a second click clears; one without events does nothing. */
function pickGovernorate(admin1) {
  const value = state.admin1 === admin1 ? '' : admin1;
  if (value && !facets.admin1.some((k) => k.key === value)) return;
  $('f-admin1').value = value;
  setFilter('admin1', value);
}

function showList(events, add) {
  const list = $('list');
  if (!add) clear(list);
  for (const e of events) list.append(listItem(e, (id) => showEvent(id, true)));
}

async function more() {
  if (!next) return;
  const p = filterParams(state);
  p.set('cursor', next);
  p.set('limit', PAGE);
  const page = await getJSON(`/api/events?${p}`);
  showList(page.events, true);
  next = page.next;
  $('more').hidden = !next;
}

async function showSpot(ids) {
  spot = ids;
  hideDetail();
  const list = clear($('list'));
  status(t('here_n', { n: ids.length }));
  $('more').hidden = true;
  for (const id of ids.slice(0, 100)) {
    const d = await getJSON(`/api/events/${encodeURIComponent(id)}`);
    if (spot !== ids) return;
    list.append(listItem(d.event, (x) => showEvent(x, true)));
  }
}

async function showEvent(id, push) {
  state.event = id;
  writeUrl(push);
  mapView.select(id);
  try {
    const d = await getJSON(`/api/events/${encodeURIComponent(id)}`);
    if (state.event !== id) return;
    const node = $('detail');
    renderDetail(node, d, { onPick: (x) => showEvent(x, true), onBack: () => back() });
    openDetail();
  } catch (err) {
    status(t('error', { m: err.message }));
  }
}

async function showSite(id) {
  try {
    const d = await getJSON(`/api/sites/${encodeURIComponent(id)}`);
    const node = $('detail');
    renderSite(node, d, { onPick: (x) => showEvent(x, true), onBack: () => back() });
    node.dataset.site = id;
    openDetail();
  } catch (err) {
    status(t('error', { m: err.message }));
  }
}

/** The side panel shows #detail (already filled) instead of the list. */
function openDetail() {
  const node = $('detail');
  node.hidden = false;
  $('list').hidden = true;
  $('more').hidden = true;
  node.scrollTop = 0;
}

function hideDetail() {
  $('detail').hidden = true;
  $('list').hidden = false;
  $('more').hidden = !next || !!spot;
}

function back() {
  state.event = '';
  writeUrl(true);
  mapView.select(null);
  hideDetail();
}

function setLanguage(l) {
  setLang(l);
  state.lang = l === 'ar' ? 'ar' : '';
  applyStatic(document);
  $('lang').textContent = l === 'ar' ? 'English' : 'عربي';
  $('lang').lang = l === 'ar' ? 'en' : 'ar';
  fillSelects();
  legend();
  mapView.relabel();
  sitesLayer.relabel();
  controlLayer.relabel();
}

// Wiring.
const mapView = createMap($('map'), { onEvent: (id) => showEvent(id, true), onSpot: showSpot, onGovernorate: pickGovernorate });
const sitesLayer = createSitesLayer(mapView.map, { onSite: showSite });
const controlLayer = createControlLayer(mapView.map, $('control-bar'), {
  getJSON,
  onPick: showControl,
  onMonth: (month) => {
    state.month = month;
    writeUrl(true);
    syncControl();
  },
});
const timeline = createTimeline($('timeline'), (since, until) => {
  state.since = since;
  state.until = until;
  state.event = '';
  writeUrl(true);
  refresh();
});

for (const k of ['type', 'actor', 'modality', 'admin1']) {
  $(`f-${k}`).addEventListener('change', (ev) => setFilter(k, ev.target.value));
}
let typing = null;
$('f-q').addEventListener('input', (ev) => {
  clearTimeout(typing);
  typing = setTimeout(() => setFilter('q', ev.target.value.trim()), 350);
});
$('filters').addEventListener('submit', (ev) => ev.preventDefault());
$('f-clear').addEventListener('click', () => {
  for (const k of FILTER_KEYS) state[k] = '';
  state.event = '';
  fillSelects();
  writeUrl(true);
  refresh();
});
$('range-clear').addEventListener('click', () => {
  state.since = '';
  state.until = '';
  writeUrl(true);
  refresh();
});
$('more').addEventListener('click', more);
$('lang').addEventListener('click', () => {
  setLanguage(getLang() === 'ar' ? 'en' : 'ar');
  writeUrl(false);
  if (state.event) showEvent(state.event, false);
  else refresh();
});
window.addEventListener('popstate', () => {
  state = readUrl();
  setLanguage(state.lang === 'ar' ? 'ar' : 'en');
  syncControl();
  refresh();
});

async function start() {
  setLanguage(state.lang === 'ar' ? 'ar' : 'en');
  const [basemap, govs, stats] = await Promise.all([
    getJSON('/basemap.json'),
    getJSON('/api/places?kind=governorate&limit=200'),
    getJSON('/api/stats'),
  ]);
  mapView.setBasemap(basemap, govs.places.filter((g) => g.country === 'SY'));
  facets = { actors: stats.by_actor, admin1: stats.by_admin1 };
  fillSelects();
  // Posture is over all reports, whatever the filters: the layer loads once.
  await sitesLayer.load(getJSON);
  syncControl();
  await refresh();
}

start().catch((err) => status(t('error', { m: err.message })));
