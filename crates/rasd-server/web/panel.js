// The side panel: the event list and one event's detail. Article text, titles, outlets and
// URLs are hostile input: they only ever reach the page as text nodes (dom.js).
import { el, clear, safeUrl } from './dom.js';
import { t, typeLabel, typeColour, modalityLabel, getLang } from './i18n.js';

function swatch(type) {
  const s = el('span', { class: 'swatch', 'aria-hidden': 'true' });
  s.style.background = typeColour(type);
  return s;
}

/** The date isolated left-to-right (an RTL page would otherwise reorder its digits). */
function dateText(e) {
  // Undated, a report may still name its weekday: "undated (a Thursday)".
  if (!e.date) return e.weekday ? `${t('undated')} (${t(`wd_${e.weekday}`)})` : t('undated');
  const d = el('bdi', { dir: 'ltr' }, e.date);
  return e.time_precision && e.time_precision > 1 ? el('span', {}, d, ` (${t(`precision_${e.time_precision}`)})`) : d;
}

/** In the Arabic interface: the Arabic evidence; otherwise the English note. */
function summary(e) {
  if (getLang() === 'ar' && e.sentence) {
    const s = e.sentence.length > 220 ? `${e.sentence.slice(0, 220)}…` : e.sentence;
    return el('div', { class: 'item-note', dir: 'rtl', lang: 'ar' }, s);
  }
  return el('div', { class: 'item-note', dir: 'ltr', lang: 'en' }, e.note);
}

export function listItem(e, onPick) {
  const loc = e.location;
  const place = loc ? (getLang() === 'ar' && loc.name_ar) || loc.name : '—';
  const li = el(
    'li',
    { class: 'item', 'data-id': e.id, 'data-type': e.event_type, tabindex: 0 },
    el('div', { class: 'item-head' }, swatch(e.event_type), el('b', {}, typeLabel(e.event_type)), ' · ', dateText(e), ' · ', place),
    summary(e),
    el('div', { class: 'item-src', dir: 'auto' }, e.outlet ?? '', e.incident?.outlets > 1 ? ` · ${t('outlets_n', { n: e.incident.outlets })}` : ''),
  );
  li.addEventListener('click', () => onPick(e.id));
  li.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter') onPick(e.id);
  });
  return li;
}

function row(label, ...value) {
  return el('div', { class: 'row' }, el('dt', {}, label), el('dd', {}, ...value));
}

export function quantityText(q) {
  const pre = { approx: '~', more_than: '>', less_than: '<' }[q.qualifier] ?? '';
  return `${pre}${q.value} ${q.unit}${q.kind ? ` (${q.kind})` : ''}`;
}

/** The evidence sentence, RTL, with the event's parts as highlighted spans. */
function evidence(segments) {
  const p = el('p', { class: 'evidence', dir: 'rtl', lang: 'ar' });
  for (const s of segments) {
    p.appendChild(s.role ? el('mark', { class: `role-${s.role}`, title: s.role }, s.text) : document.createTextNode(s.text));
  }
  return p;
}

function sourceItem(a) {
  const links = (a.urls || []).map((u) => {
    const href = safeUrl(u);
    return href
      ? el('a', { href, target: '_blank', rel: 'noopener noreferrer nofollow', class: 'src-link' }, u)
      : el('span', { class: 'src-link' }, u);
  });
  return el('li', { class: 'source' }, el('b', {}, a.outlet ?? '—'), a.published ? el('span', {}, ' · ', el('bdi', { dir: 'ltr' }, a.published)) : '', el('div', { dir: 'auto' }, a.title ?? ''), ...links);
}

export function renderDetail(node, d, { onPick, onBack }) {
  clear(node);
  const e = d.event;
  const actors = [e.actor1, ...(e.assoc_actors || [])].filter(Boolean).join(' + ') || '—';
  const loc = e.location;
  node.append(
    el('button', { type: 'button', class: 'back', on: { click: onBack } }, t('back')),
    el('h2', {}, swatch(e.event_type), typeLabel(e.event_type), el('span', { class: `badge mod-${e.modality}` }, modalityLabel(e.modality))),
    el('p', { class: 'note', lang: 'en', dir: 'ltr' }, e.note),
    el('h3', {}, t('evidence')),
    evidence(d.segments),
    el(
      'dl',
      {},
      row(t('date'), dateText(e)),
      row(t('place'), loc ? `${loc.name}${loc.name_ar ? ` — ${loc.name_ar}` : ''}${loc.admin1 ? `, ${loc.admin1}` : ''} (${t(`geo_${loc.geo_precision}`)})` : '—'),
      row(t('actors'), actors, e.target ? ` → ${t('target')}: ${e.target}` : ''),
      e.quantities?.length ? row(t('quantities'), e.quantities.map(quantityText).join(', ')) : null,
    ),
    el('h3', {}, t('sources')),
    el('ul', { class: 'sources' }, ...(d.sources || []).map(sourceItem)),
    el('h3', {}, t('incident')),
  );
  const others = d.incident?.other_events || [];
  if (!others.length) node.append(el('p', { class: 'muted' }, t('no_others')));
  else {
    node.append(
      el('ul', { class: 'others' }, ...others.map((o) => {
        const li = el('li', { class: 'other', tabindex: 0 }, swatch(o.event_type), typeLabel(o.event_type), ' · ', o.date ?? t('undated'), ' · ', o.place ?? '—', ' · ', o.outlet ?? '');
        li.addEventListener('click', () => onPick(o.id));
        return li;
      })),
    );
  }
}
