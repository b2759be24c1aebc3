// UI benchmark (not a test: it measures, it asserts nothing). For each store given (default
// /tmp/b10k.db, made by `rasd bench store --events 10000 /tmp/b10k.db`) it starts
// `rasd --db STORE serve` on a free loopback port, opens the page in Debian's Chromium and
// measures the first full render, then frame intervals (requestAnimationFrame in the page)
// and long tasks (PerformanceObserver) during pans, zooms, a timeline brush and a type
// filter change. Prints a table; writes ARTIFACTS/perf.json. PROFILE=1 also writes a CPU
// profile of the interactions (perf-<store>.cpuprofile, for Chrome's performance panel).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, cpus } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { launch } from './browser.mjs';

const RASD = resolve(process.env.RASD ?? '../target/release/rasd');
const ARTIFACTS = process.env.ARTIFACTS ?? 'artifacts';
const STORES = process.argv.slice(2).length ? process.argv.slice(2) : ['/tmp/b10k.db'];

// Runs in the page before its scripts: a frame sampler and a long-task log, both cheap.
function instrument() {
  const p = { frames: [], longtasks: [], sampling: false, readyAt: null, paintedAt: null };
  window.__perf = p;
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) p.longtasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const tick = (ts) => {
    if (p.sampling) p.frames.push(ts);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  // The first refresh done (data-ready set), then the next frame: markers and list painted.
  new MutationObserver((_, obs) => {
    if (!document.body?.dataset.ready) return;
    obs.disconnect();
    p.readyAt = performance.now();
    requestAnimationFrame(() => setTimeout(() => (p.paintedAt = performance.now())));
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
}

const freePort = () => new Promise((ok, fail) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => ok(port));
  }).on('error', fail);
});

async function serve(store) {
  const port = await freePort();
  const proc = spawn(RASD, ['--db', store, 'serve', '--bind', `127.0.0.1:${port}`], { stdio: ['ignore', 'ignore', 'inherit'] });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { proc, base };
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.kill();
  throw new Error(`rasd serve did not answer on ${base}`);
}

const pct = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const r1 = (x) => Math.round(x * 10) / 10;

/** Runs `action` with frames and long tasks recorded, then an idle tail for late renders. */
async function phase(page, name, action) {
  const t0 = await page.evaluate(() => {
    window.__perf.frames = [];
    window.__perf.sampling = true;
    return performance.now();
  });
  await action();
  await page.waitForTimeout(400);
  const { frames, longtasks, t1 } = await page.evaluate(() => {
    const p = window.__perf;
    p.sampling = false;
    return { frames: p.frames, longtasks: p.longtasks, t1: performance.now() };
  });
  const gaps = frames.slice(1).map((f, i) => f - frames[i]).sort((a, b) => a - b);
  const lt = longtasks.filter(([s]) => s >= t0 && s <= t1).map(([, d]) => d);
  return {
    phase: name,
    ms: Math.round(t1 - t0),
    frames: frames.length,
    p50: r1(pct(gaps, 0.5)),
    p95: r1(pct(gaps, 0.95)),
    max: r1(gaps.at(-1) ?? 0),
    over50: gaps.filter((g) => g > 50).length,
    longtasks: lt.length,
    longtask_max: Math.round(Math.max(0, ...lt)),
    longtask_total: Math.round(lt.reduce((a, b) => a + b, 0)),
  };
}

/** Waits for the refresh that follows an action (body[data-ready] changes). */
async function settled(page, action) {
  const before = await page.getAttribute('body', 'data-ready');
  await action();
  await page.waitForFunction((b) => document.body.dataset.ready !== b, before);
}

async function drag(page, from, to) {
  await page.mouse.move(...from);
  await page.mouse.down();
  await page.mouse.move(...to, { steps: 12 });
  await page.mouse.up();
}

async function measure(context, store) {
  const { proc, base } = await serve(store);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.addInitScript(instrument);
    await page.goto(base);
    await page.waitForFunction(() => window.__perf.paintedAt !== null, null, { timeout: 120000 });
    const first = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        dom_content_loaded: Math.round(nav.domContentLoadedEventEnd),
        ready: Math.round(window.__perf.readyAt),
        painted: Math.round(window.__perf.paintedAt),
        status: document.getElementById('status').textContent,
        markers: document.querySelectorAll('.leaflet-pane path.ev, .cluster').length,
        list: document.querySelectorAll('#list li.item').length,
        longtasks_to_paint: window.__perf.longtasks.filter(([s]) => s <= window.__perf.paintedAt).length,
        longtask_max_to_paint: Math.round(Math.max(0, ...window.__perf.longtasks.map(([, d]) => d))),
      };
    });
    const cdp = process.env.PROFILE ? await context.newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    const box = await page.locator('#map').boundingBox();
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const rows = [];
    rows.push(await phase(page, 'pan (6 drags)', async () => {
      for (const [dx, dy] of [[200, 0], [-200, 100], [0, -200], [150, 150], [-300, 0], [150, -50]]) {
        await drag(page, [cx, cy], [cx + dx, cy + dy]);
      }
    }));
    rows.push(await phase(page, 'zoom (wheel in/out)', async () => {
      for (const dy of [-240, -240, -240, 240, 240, 240]) {
        await page.mouse.move(cx + 40, cy - 30);
        await page.mouse.wheel(0, dy);
        await page.waitForTimeout(350);
      }
    }));
    rows.push(await phase(page, 'zoom (buttons +3 -3)', async () => {
      for (const sel of ['in', 'in', 'in', 'out', 'out', 'out']) {
        await page.click(`.leaflet-control-zoom-${sel}`);
        await page.waitForTimeout(350);
      }
    }));
    rows.push(await phase(page, 'pan zoomed in (4 drags)', async () => {
      await page.click('.leaflet-control-zoom-in');
      await page.click('.leaflet-control-zoom-in');
      await page.waitForTimeout(350);
      for (const [dx, dy] of [[250, 0], [0, 200], [-250, 0], [0, -200]]) {
        await drag(page, [cx, cy], [cx + dx, cy + dy]);
      }
      await page.click('.leaflet-control-zoom-out');
      await page.click('.leaflet-control-zoom-out');
    }));
    const tl = await page.locator('#timeline').boundingBox();
    rows.push(await phase(page, 'timeline brush', () => settled(page, () => drag(page,
      [tl.x + tl.width * 0.5, tl.y + tl.height / 2], [tl.x + tl.width * 0.7, tl.y + tl.height / 2]))));
    rows.push(await phase(page, 'type filter on/off', async () => {
      await settled(page, () => page.click('#range-clear'));
      await settled(page, () => page.selectOption('#f-type', 'air_strike'));
      await settled(page, () => page.selectOption('#f-type', ''));
    }));
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(join(ARTIFACTS, `perf-${basename(store, '.db')}.cpuprofile`), JSON.stringify(profile));
    }
    const events = await (await fetch(`${base}/api/stats`)).json();
    return { store, events: events.total, first_render: first, interactions: rows, page_errors: errors };
  } finally {
    await page.close();
    proc.kill();
  }
}

function print(r) {
  const f = r.first_render;
  console.log(`\n${r.store}: ${r.events} events; first render ${f.painted} ms after navigation `
    + `(data ready ${f.ready} ms), ${f.markers} markers/clusters, ${f.list} list items, `
    + `${f.longtasks_to_paint} long tasks (max ${f.longtask_max_to_paint} ms)\n  status: ${f.status}`);
  console.log('phase                     ms   frames  p50   p95    max  >50ms  longtasks  lt max  lt total');
  for (const x of r.interactions) {
    console.log(`${x.phase.padEnd(24)} ${String(x.ms).padStart(5)} ${String(x.frames).padStart(7)} `
      + `${String(x.p50).padStart(5)} ${String(x.p95).padStart(5)} ${String(x.max).padStart(6)} `
      + `${String(x.over50).padStart(6)} ${String(x.longtasks).padStart(10)} ${String(x.longtask_max).padStart(7)} `
      + `${String(x.longtask_total).padStart(9)}`);
  }
  if (r.page_errors.length) console.log(`page errors: ${r.page_errors.join('; ')}`);
}

for (const s of STORES) {
  if (!existsSync(s)) {
    console.error(`${s} is missing: make it with \`rasd bench store --events 10000 ${s}\``);
    process.exit(2);
  }
}
mkdirSync(ARTIFACTS, { recursive: true });
const context = await launch('rasd-perf-');
const results = [];
try {
  for (const s of STORES) {
    const r = await measure(context, s);
    print(r);
    results.push(r);
  }
} finally {
  await context.close();
}
const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, loadavg: loadavg().map(r1), at: new Date().toISOString() };
console.log(`\nmachine: ${machine.cpus} × ${machine.cpu}; load average ${machine.loadavg.join(', ')}`);
writeFileSync(join(ARTIFACTS, 'perf.json'), `${JSON.stringify({ machine, rasd: RASD, results }, null, 2)}\n`);
