// The control layer: who holds which locality as of the end of a month, as small squares
// filled with the holder's colour (a dashed outline where another actor is reported too),
// a bar with the month slider and the actors shown, and the panel with the evidence.
// Squares sit in their own pane under the event circles, so they never hide an event.
// Everything from the API is inserted as text (dom.js).
/* global L */
import { el, clear, safeUrl } from './dom.js';
import { t, actorLabel, actorColour, scopeLabel, modalityLabel, getLang } from './i18n.js';

/** 'YYYY-MM' → its last day, 'YYYY-MM-DD'; null for anything else. */
export function monthEnd(month) {
  const m = /^(\d{4})-(\d{2})$/.exec(month || '');
  if (!m || +m[2] < 1 || +m[2] > 12) return null;
  const last = new Date(Date.UTC(+m[1], +m[2], 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, '0')}`;
}

function swatch(actor, contested) {
  const s = el('span', { class: `ctl-shape${contested ? ' contested' : ''}`, 'aria-hidden': 'true' });
  s.style.background = actorColour(actor);
  return s;
}

export function createControlLayer(map, bar, { getJSON, onPick, onMonth }) {
  map.createPane('control').style.zIndex = 405;
  const layer = L.layerGroup();
  let months = null; // [{month, assertions}], loaded once
  let geo = null;
  let shown = false;
  let gen = 0;

  function name(p) {
    return getLang() === 'ar' && p.name_ar ? p.name_ar : p.name;
  }

  function draw() {
    layer.clearLayers();
    for (const f of geo?.features || []) {
      const p = f.properties;
      const contested = (p.contested_by || []).length > 0;
      const icon = L.divIcon({ className: 'ctl-marker', html: swatch(p.actor, contested), iconSize: [12, 12] });
      const m = L.marker([f.geometry.coordinates[1], f.geometry.coordinates[0]], { icon, pane: 'control', title: name(p), keyboard: true });
      m.on('add', () => {
        const e = m.getElement();
        e?.setAttribute('data-locality', p.id);
        e?.setAttribute('data-actor', p.actor);
      });
      const tip = `${name(p)} · ${actorLabel(p.actor)}${contested ? ` · ${t('contested')}` : ''}`;
      m.bindTooltip(el('span', {}, tip));
      m.on('click', () => onPick(p, geo.at));
      layer.addLayer(m);
    }
    drawBar();
  }

  function slider(at) {
    const input = el('input', { type: 'range', id: 'control-month', min: 0, max: Math.max(0, months.length - 1), step: 1, 'aria-label': t('control_month') });
    const idx = months.findIndex((m) => at && at.startsWith(m.month));
    input.value = String(idx >= 0 ? idx : months.length - 1);
    const label = el('output', { for: 'control-month', class: 'ctl-month' }, months[+input.value]?.month ?? '');
    input.addEventListener('input', () => {
      label.textContent = months[+input.value]?.month ?? '';
    });
    input.addEventListener('change', () => {
      const m = months[+input.value];
      if (m) onMonth(m.month);
    });
    return el('label', { class: 'ctl-slider' }, el('span', {}, t('control_month')), input, label);
  }

  function drawBar() {
    clear(bar);
    bar.hidden = !shown;
    if (!shown || !months) return;
    const at = geo?.at;
    bar.append(el('div', { class: 'legend-title' }, t('control_as_of'), ' ', el('bdi', { dir: 'ltr' }, at ?? '…')));
    if (months.length) bar.append(slider(at));
    const counts = {};
    let contested = 0;
    for (const f of geo?.features || []) {
      counts[f.properties.actor] = (counts[f.properties.actor] || 0) + 1;
      if ((f.properties.contested_by || []).length) contested += 1;
    }
    const actors = Object.entries(counts).sort((a, b) => b[1] - a[1]);
    const list = el('ul', { class: 'ctl-actors' });
    for (const [a, n] of actors) list.append(el('li', { 'data-actor': a }, swatch(a, false), `${actorLabel(a)} (${n})`));
    if (contested) list.append(el('li', {}, swatch('UNKNOWN', true), `${t('contested')} (${contested})`));
    bar.append(actors.length ? list : el('p', { class: 'muted' }, t('control_none')));
    if (geo?.truncated) bar.append(el('p', { class: 'muted' }, t('control_capped', { n: geo.count })));
  }

  return {
    /** Shows the layer as of the end of `month` ('' or unknown: the latest assertion). */
    async show(month) {
      shown = true;
      layer.addTo(map);
      const g = ++gen;
      months ??= (await getJSON('/api/control/months')).months;
      const at = monthEnd(month);
      const next = await getJSON(`/api/control${at ? `?at=${at}` : ''}`);
      if (g !== gen || !shown) return;
      geo = next;
      draw();
    },
    hide() {
      shown = false;
      gen += 1;
      layer.remove();
      drawBar();
    },
    relabel: draw,
    shown: () => shown,
  };
}

function assertionBlock(a, cls) {
  const href = a.url ? safeUrl(a.url) : null;
  return el(
    'div',
    { class: cls },
    el('div', { class: 'item-head' }, swatch(a.actor, false), el('b', {}, actorLabel(a.actor)), ' · ', el('bdi', { dir: 'ltr' }, a.date ?? t('undated')), ' · ', modalityLabel(a.modality)),
    el('p', { class: 'note', lang: 'en', dir: 'ltr' }, a.note),
    a.sentence ? el('p', { class: 'evidence', dir: 'rtl', lang: 'ar' }, a.sentence) : null,
    el('div', { class: 'site-src', dir: 'auto' }, el('b', {}, a.outlet ?? '—'), ' ', href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer nofollow', class: 'src-link' }, a.url) : null),
  );
}

function row(label, ...value) {
  return el('div', { class: 'row' }, el('dt', {}, label), el('dd', {}, ...value));
}

/** The side panel for one held locality (`p`: the feature's properties). */
export function renderControl(node, p, at, { onBack }) {
  clear(node);
  const ar = getLang() === 'ar';
  const contested = p.contested_by || [];
  node.append(
    el('button', { type: 'button', class: 'back', on: { click: onBack } }, t('back')),
    el('h2', { class: 'site-title' }, swatch(p.actor, contested.length > 0), ar ? p.name_ar || p.name : p.name),
    el('p', { class: 'muted', dir: 'auto' }, ar ? p.name : p.name_ar, p.admin1 ? ` · ${p.admin1}` : ''),
    el(
      'dl',
      { class: 'control-facts' },
      row(t('held_by'), el('b', { class: 'ctl-actor' }, actorLabel(p.actor)), ` (${p.actor})`),
      row(t('as_of'), el('bdi', { dir: 'ltr' }, p.as_of ?? t('undated')), ' ', el('span', { class: 'muted' }, `(${t('control_asked')} `, el('bdi', { dir: 'ltr' }, at), ')')),
      row(t('scope'), scopeLabel(p.scope)),
      p.present?.length ? row(t('present'), p.present.map(actorLabel).join(', ')) : null,
    ),
    el('h3', {}, t('evidence')),
    assertionBlock(p.basis, 'ctl-basis'),
  );
  if (contested.length) {
    node.append(el('h3', {}, t('contested_by')), ...contested.map((c) => assertionBlock(c, 'ctl-contest')));
  }
}
