// Events per day, stacked by type, with a brush: drag across days to filter the map and
// the list to that range; click a day to pick it alone.
import { svg, clear } from './dom.js';
import { TYPES, typeColour, typeLabel, getLang } from './i18n.js';

const DAY = 86400000;
const H = 110;
const PAD = { l: 34, r: 10, t: 8, b: 20 };

const toDay = (s) => Date.parse(`${s}T00:00:00Z`);
const fromDay = (ms) => new Date(ms).toISOString().slice(0, 10);

export function createTimeline(node, onRange) {
  let days = [];
  let lo = 0;
  let hi = 1;
  let width = 600;
  let range = null; // [since, until]
  let brush = null;
  let shown = null; // the language and the days drawn, as JSON

  const x = (ms) => PAD.l + ((ms - lo) / (hi - lo)) * (width - PAD.l - PAD.r);
  const inv = (px) => lo + ((px - PAD.l) / (width - PAD.l - PAD.r)) * (hi - lo);

  function render() {
    clear(node);
    width = Math.max(300, node.clientWidth || 600);
    node.setAttribute('viewBox', `0 0 ${width} ${H}`);
    node.setAttribute('height', H);
    if (!days.length) return;
    lo = toDay(days[0].date);
    hi = toDay(days[days.length - 1].date) + DAY;
    if (hi - lo < 30 * DAY) {
      lo -= 15 * DAY;
      hi += 15 * DAY;
    }
    const max = Math.max(...days.map((d) => d.n));
    const y = (n) => ((H - PAD.t - PAD.b) * n) / max;
    const bw = Math.max(2, x(lo + DAY) - x(lo) - 1);
    const bars = svg('g', { class: 'bars' });
    for (const d of days) {
      let base = H - PAD.b;
      const x0 = x(toDay(d.date));
      for (const code of Object.keys(TYPES)) {
        const n = d.by_type[code];
        if (!n) continue;
        const h = y(n);
        base -= h;
        bars.appendChild(
          svg('rect', { x: x0, y: base, width: bw, height: Math.max(h, 1), fill: typeColour(code), 'data-date': d.date },
            svg('title', {}, `${d.date} · ${typeLabel(code)}: ${n}`)),
        );
      }
    }
    node.appendChild(bars);
    // Axis: one tick per year, or per month for short spans.
    const axis = svg('g', { class: 'axis' });
    const span = hi - lo;
    const start = new Date(lo);
    const monthly = span < 400 * DAY;
    let tick = Date.UTC(start.getUTCFullYear(), monthly ? start.getUTCMonth() + 1 : 0, 1);
    if (tick < lo) tick = Date.UTC(start.getUTCFullYear() + 1, 0, 1);
    for (let i = 0; tick < hi && i < 60; i++) {
      const px = x(tick);
      axis.appendChild(svg('line', { x1: px, x2: px, y1: H - PAD.b, y2: H - PAD.b + 4 }));
      axis.appendChild(svg('text', { x: px + 2, y: H - 5 }, fromDay(tick).slice(0, monthly ? 7 : 4)));
      const d = new Date(tick);
      tick = monthly ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) : Date.UTC(d.getUTCFullYear() + 1, 0, 1);
    }
    axis.appendChild(svg('text', { x: 2, y: PAD.t + 8 }, String(max)));
    node.appendChild(axis);
    brush = svg('rect', { class: 'brush', y: PAD.t, height: H - PAD.t - PAD.b, x: 0, width: 0 });
    node.appendChild(brush);
    showRange();
  }

  function showRange() {
    if (!brush) return;
    if (!range) {
      brush.setAttribute('width', 0);
      return;
    }
    const a = x(toDay(range[0]));
    const b = x(toDay(range[1]) + DAY);
    brush.setAttribute('x', Math.min(a, b));
    brush.setAttribute('width', Math.max(2, Math.abs(b - a)));
  }

  // The brush: pointer down, drag, up.
  let dragFrom = null;
  const localX = (ev) => {
    const r = node.getBoundingClientRect();
    return ((ev.clientX - r.left) / r.width) * width;
  };
  node.addEventListener('pointerdown', (ev) => {
    if (!days.length) return;
    dragFrom = localX(ev);
    node.setPointerCapture(ev.pointerId);
  });
  node.addEventListener('pointermove', (ev) => {
    if (dragFrom === null || !brush) return;
    const px = localX(ev);
    brush.setAttribute('x', Math.min(px, dragFrom));
    brush.setAttribute('width', Math.abs(px - dragFrom));
  });
  node.addEventListener('pointerup', (ev) => {
    if (dragFrom === null) return;
    const px = localX(ev);
    const a = Math.min(px, dragFrom);
    const b = Math.max(px, dragFrom);
    dragFrom = null;
    let since = fromDay(Math.floor(inv(a) / DAY) * DAY);
    let until = fromDay(Math.floor(inv(b) / DAY) * DAY);
    if (b - a < 3) until = since; // a click picks one day
    if (since > until) [since, until] = [until, since];
    range = [since, until];
    showRange();
    onRange(since, until);
  });
  window.addEventListener('resize', render);

  return {
    setDays(d) {
      // A brush refreshes with the same days (stats leave the dates out): keep the bars,
      // unless the language of their titles changed.
      const k = getLang() + JSON.stringify(d);
      if (k === shown && node.firstChild) return;
      shown = k;
      days = d;
      render();
    },
    setRange(r) {
      range = r;
      showRange();
    },
    render,
  };
}
