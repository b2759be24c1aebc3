// The sites layer and the posture panel: the gazetteer's bases, airports, fields, crossings
// and dams that have reports, as diamonds; a click shows who is there, what arrived and what
// left (totals keep their qualifiers: "100+" is a lower bound), and the dated reports with
// their sources. Everything from the API is inserted as text (dom.js).
/* global L */
import { el, clear, safeUrl } from './dom.js';
import { t, typeLabel, typeColour, modalityLabel, siteKindLabel, getLang } from './i18n.js';
import { quantityText } from './panel.js';

export function createSitesLayer(map, { onSite }) {
  const layer = L.layerGroup().addTo(map);
  let sites = [];
  let shown = true;

  function name(s) {
    return getLang() === 'ar' && s.name_ar ? s.name_ar : s.name;
  }

  function draw() {
    layer.clearLayers();
    for (const p of sites) {
      const s = p.site;
      const shape = el('span', { class: `site-shape site-${s.kind}` });
      const icon = L.divIcon({ className: 'site-marker', html: shape, iconSize: [16, 16] });
      const m = L.marker([p.coordinates[1], p.coordinates[0]], { icon, title: name(s), keyboard: true, zIndexOffset: 500 });
      m.on('add', () => m.getElement()?.setAttribute('data-site', s.id));
      m.bindTooltip(el('span', {}, `${name(s)} · ${siteKindLabel(s.kind)} · ${t('reports_n', { n: p.reports })}`));
      m.on('click', () => onSite(s.id));
      layer.addLayer(m);
    }
  }

  return {
    async load(getJSON) {
      sites = (await getJSON('/api/sites')).sites;
      draw();
    },
    relabel: draw,
    toggle() {
      shown = !shown;
      if (shown) layer.addTo(map);
      else layer.remove();
      return shown;
    },
    shown: () => shown,
    count: () => sites.length,
  };
}

function totalsText(ts) {
  if (!ts?.length) return '—';
  return ts.map((x) => `${x.text} ${x.unit}${x.kind ? ` (${x.kind})` : ''}`).join(', ');
}

function row(label, value) {
  return el('div', { class: 'row' }, el('dt', {}, label), el('dd', {}, value));
}

function sourceLinks(sources) {
  return (sources || []).map((a) => {
    const links = (a.urls || []).slice(0, 3).map((u) => {
      const href = safeUrl(u);
      return href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer nofollow', class: 'src-link' }, u) : el('span', { class: 'src-link' }, u);
    });
    return el('div', { class: 'site-src', dir: 'auto' }, el('b', {}, a.outlet ?? '—'), ' ', ...links);
  });
}

function entry(x, onPick) {
  const e = x.event;
  const sw = el('span', { class: 'swatch', 'aria-hidden': 'true' });
  sw.style.background = typeColour(e.event_type);
  const actors = [e.actor1, ...(e.assoc_actors || [])].filter(Boolean).join(' + ') || '—';
  const qs = (e.quantities || []).map(quantityText).join(', ');
  const li = el(
    'li',
    { class: `site-entry${x.summed ? '' : ' unsummed'}`, 'data-id': e.id },
    el('div', { class: 'item-head' }, sw, el('b', {}, typeLabel(e.event_type)), ' · ', el('bdi', { dir: 'ltr' }, e.date ?? t('undated')), ' · ', actors),
    qs ? el('div', { class: 'site-qty' }, qs) : null,
    el('div', { class: 'muted' }, modalityLabel(e.modality), x.summed ? '' : ` · ${t('not_summed')}`),
    ...sourceLinks(x.sources),
  );
  li.addEventListener('click', (ev) => {
    if (ev.target.tagName !== 'A') onPick(e.id);
  });
  return li;
}

export function renderSite(node, d, { onPick, onBack }) {
  clear(node);
  const p = d.posture;
  const s = p.site;
  const ar = getLang() === 'ar';
  const actors = p.actors.length ? p.actors.map((a) => `${a.actor} (${t(`presence_${a.status}`)})`).join(', ') : '—';
  node.append(
    el('button', { type: 'button', class: 'back', on: { click: onBack } }, t('back')),
    el('h2', { class: 'site-title' }, el('span', { class: `site-shape site-${s.kind}`, 'aria-hidden': 'true' }), ar ? s.name_ar : s.name),
    el('p', { class: 'muted', dir: 'auto' }, ar ? s.name : s.name_ar, ` · ${siteKindLabel(s.kind)}${s.admin1 ? ` · ${s.admin1}` : ''}`),
    el(
      'dl',
      { class: 'posture' },
      row(t('actors_present'), actors),
      row(t('arrived'), totalsText(p.arrived)),
      row(t('withdrawn'), totalsText(p.withdrawn)),
      row(t('works'), totalsText(p.works)),
      row(t('last_report'), p.last_report?.date ?? t('undated')),
    ),
    el('p', { class: 'muted' }, t('totals_hint')),
    el('h3', {}, t('site_timeline')),
    el('ol', { class: 'site-timeline' }, ...d.timeline.map((x) => entry(x, onPick))),
  );
  if (d.other_events.length) {
    node.append(el('h3', {}, t('other_here')), el('ol', { class: 'site-timeline' }, ...d.other_events.map((x) => entry(x, onPick))));
  }
}
