// Browser tests of the web UI against a running `rasd serve` (RASD_URL) over the demo store
// plus crates/rasd-server/tests/fixtures/hostile.jsonl. Debian's Chromium, driven by
// playwright-core; no browser is downloaded. Screenshots go to ARTIFACTS (default artifacts/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from './browser.mjs';

const BASE = process.env.RASD_URL ?? 'http://127.0.0.1:8080';
const ARTIFACTS = process.env.ARTIFACTS ?? 'artifacts';
mkdirSync(ARTIFACTS, { recursive: true });

let context;
let problems = [];

before(async () => {
  context = await launch('rasd-ui-');
});

after(async () => {
  await context?.close();
});

async function open(path = '/') {
  const page = await context.newPage();
  problems = [];
  page.on('dialog', async (d) => {
    problems.push(`dialog: ${d.message()}`);
    await d.dismiss();
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await page.goto(BASE + path);
  await page.waitForSelector('body[data-ready]');
  return page;
}

/** Waits until the page has finished the refresh that follows an action. */
async function settled(page, action) {
  const before = await page.getAttribute('body', 'data-ready');
  await action();
  await page.waitForFunction((b) => document.body.dataset.ready !== b, before);
}

const markerCount = (page) => page.evaluate(() => document.querySelectorAll('path.ev, .cluster').length);
const listTypes = (page) => page.$$eval('#list li.item', (els) => els.map((e) => e.dataset.type));

test('loads the demo data: basemap, markers, list, timeline', async () => {
  const page = await open();
  assert.ok((await markerCount(page)) > 5, 'markers on the map');
  assert.ok((await page.$$('#list li.item')).length > 20, 'events in the list');
  assert.ok((await page.$$('.gov-label')).length >= 14, 'governorate labels');
  assert.ok((await page.$$('#timeline .bars rect')).length > 10, 'timeline bars');
  assert.ok((await page.$$('.leaflet-overlay-pane path')).length > 10, 'basemap drawn');
  await page.screenshot({ path: join(ARTIFACTS, 'ui.png') });
  assert.deepEqual(problems, []);
  await page.close();
});

const SYRIA = ['Al-Hasakah', 'Aleppo', 'Ar-Raqqa', 'As-Suwayda', 'Damascus', 'Daraa', 'Deir ez-Zor', 'Hama', 'Homs', 'Idlib', 'Latakia', 'Quneitra', 'Rif Dimashq', 'Tartus'];

/**
 * A whole-pixel point of the viewport where `sel` is the topmost element, with a margin of
 * 3 px all round (null if none): a mouse event lands on whole pixels, so a point on the very
 * border may hit the neighbour.
 */
const uncovered = (page, sel) => page.evaluate((q) => {
  const e = document.querySelector(q);
  const r = e.getBoundingClientRect();
  const mine = (x, y) => document.elementFromPoint(x, y) === e;
  for (let y = Math.ceil(r.top) + 3; y < r.bottom - 3; y += 6) {
    for (let x = Math.ceil(r.left) + 3; x < r.right - 3; x += 6) {
      if (mine(x, y) && mine(x - 3, y) && mine(x + 3, y) && mine(x, y - 3) && mine(x, y + 3)) return [x, y];
    }
  }
  return null;
}, sel);

test('governorate borders: the 14 of Syria drawn under the markers; a click filters by one', async () => {
  const page = await open();
  const drawn = await page.$$eval('.leaflet-overlay-pane path.gov-SY', (els) =>
    els.filter((e) => e.getBBox().width > 5 && e.getBBox().height > 5).map((e) => e.dataset.admin1).sort());
  assert.deepEqual(drawn, SYRIA);
  assert.equal((await page.$$('path.gov-IQ')).length, 18, 'Iraq');
  assert.equal((await page.$$('path.undof')).length, 1, 'the UNDOF zone, apart');
  const z = (sel) => page.$eval(sel, (e) => Number(getComputedStyle(e).zIndex));
  assert.ok((await z('.leaflet-overlay-pane')) < (await z('.leaflet-events-pane')), 'borders under the markers');

  const daraa = 'path.gov-SY[data-admin1="Daraa"]';
  const at = await uncovered(page, daraa);
  assert.ok(at, 'a point of Daraa not covered');
  await settled(page, () => page.mouse.click(at[0], at[1]));
  assert.match(page.url(), /admin1=Daraa/);
  assert.equal(await page.inputValue('#f-admin1'), 'Daraa');
  assert.equal(await page.getAttribute(daraa, 'stroke-width'), '2.4', 'outlined');
  await page.screenshot({ path: join(ARTIFACTS, 'governorates.png') });
  // Arabic names on hover; a second click clears the filter.
  await settled(page, () => page.click('#lang'));
  const again = await uncovered(page, daraa); // the markers have moved with the filter
  await page.mouse.move(again[0], again[1]);
  await page.waitForSelector('.leaflet-tooltip');
  assert.equal(await page.textContent('.leaflet-tooltip'), 'درعا');
  await settled(page, () => page.mouse.click(again[0], again[1]));
  assert.doesNotMatch(page.url(), /admin1=/);
  assert.equal(await page.inputValue('#f-admin1'), '');
  assert.equal(await page.getAttribute(daraa, 'stroke-width'), '0.9');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the governorate filter lives in the URL: loaded, changed from the list, restored by Back', async () => {
  const page = await open('/?admin1=Daraa');
  const width = (admin1) => page.getAttribute(`path.gov-SY[data-admin1="${admin1}"]`, 'stroke-width');
  assert.equal(await page.inputValue('#f-admin1'), 'Daraa');
  assert.equal(await width('Daraa'), '2.4');
  assert.ok((await page.$$('#list li.item')).length > 0, 'events in Daraa');
  await settled(page, () => page.selectOption('#f-admin1', 'Homs'));
  assert.match(page.url(), /admin1=Homs/);
  assert.equal(await width('Homs'), '2.4');
  assert.equal(await width('Daraa'), '0.9');
  await settled(page, () => page.goBack());
  assert.match(page.url(), /admin1=Daraa/);
  assert.equal(await page.inputValue('#f-admin1'), 'Daraa');
  assert.equal(await width('Daraa'), '2.4');
  assert.equal(await width('Homs'), '0.9');
  assert.deepEqual(problems, []);
  await page.close();
});

test('filtering by type changes the markers, the list and the URL', async () => {
  const page = await open();
  const allTypes = await listTypes(page);
  await settled(page, () => page.selectOption('#f-type', 'deployment'));
  const types = await listTypes(page);
  assert.ok(types.length > 0 && types.length < allTypes.length);
  assert.ok(types.every((t) => t === 'deployment'), types.join());
  const paths = await page.$$eval('path.ev', (els) => els.map((e) => e.getAttribute('class')));
  assert.ok(paths.every((c) => c.includes('ev-deployment')), paths.join());
  assert.match(page.url(), /type=deployment/);
  // The URL keeps the state across a reload.
  await page.reload();
  await page.waitForSelector('body[data-ready]');
  assert.equal(await page.inputValue('#f-type'), 'deployment');
  assert.ok((await listTypes(page)).every((t) => t === 'deployment'));
  assert.deepEqual(problems, []);
  await page.close();
});

test('clicking an event shows its Arabic evidence with highlights', async () => {
  const page = await open('/?type=air_strike');
  await page.click('#list li.item >> nth=0');
  await page.waitForSelector('#detail:not([hidden]) .evidence');
  const ev = await page.$('#detail .evidence');
  assert.equal(await ev.getAttribute('dir'), 'rtl');
  assert.match(await ev.textContent(), /[\u0600-\u06FF]/);
  assert.ok((await page.$$('#detail .evidence mark.role-trigger')).length === 1);
  assert.ok((await page.$$('#detail .sources li')).length >= 1);
  assert.match(page.url(), /event=/);
  await page.screenshot({ path: join(ARTIFACTS, 'event.png') });
  assert.deepEqual(problems, []);
  await page.close();
});

test('hostile article text renders as text, never as markup', async () => {
  const page = await open(`/?q=${encodeURIComponent('سراقب')}`);
  const item = page.locator('#list li.item').first();
  assert.match(await item.textContent(), /<img src=x onerror=alert\(3\)>/);
  await item.click();
  await page.waitForSelector('#detail:not([hidden]) .evidence');
  const text = await page.textContent('#detail .evidence');
  assert.ok(text.includes('<script>alert(1)</script>'), text);
  assert.ok(text.includes('<img src=x onerror=alert(2)>'), text);
  const injected = await page.evaluate(() => document.querySelectorAll('#detail img, #detail script, #list img, #list b b').length);
  assert.equal(injected, 0);
  assert.ok((await page.textContent('#detail .sources')).includes('<b>'), 'title markup shown as text');
  await page.waitForTimeout(300);
  assert.deepEqual(problems, [], 'no dialog, no error, no CSP violation');
  await page.close();
});

test('the timeline brush narrows the dates; Arabic interface is right-to-left', async () => {
  const page = await open();
  const before = (await page.$$('#list li.item')).length;
  const box = await page.locator('#timeline').boundingBox();
  await settled(page, async () => {
    await page.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.99, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
  });
  assert.match(page.url(), /since=\d{4}-\d\d-\d\d&until=/);
  assert.ok((await page.$$('#list li.item')).length < before);
  await settled(page, () => page.click('#lang'));
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.match(page.url(), /lang=ar/);
  assert.match(await page.textContent('#legend'), /غارة جوية/);
  await page.screenshot({ path: join(ARTIFACTS, 'ui-ar.png') });
  assert.deepEqual(problems, []);
  await page.close();
});

test('sites: diamonds on the map; a click opens the posture panel with figures', async () => {
  const page = await open();
  await page.waitForSelector('.site-marker[data-site]');
  const n = (await page.$$('.site-marker')).length;
  assert.ok(n >= 1, 'site markers');
  assert.match(await page.textContent('#legend'), /Sites/);
  await page.click('.site-marker[data-site="sy.base.shaddadi"]', { force: true });
  await page.waitForSelector('#detail:not([hidden]) .posture');
  const posture = await page.textContent('#detail .posture');
  assert.match(posture, /~120 personnel/, posture);
  assert.match(posture, /COALITION/, posture);
  assert.ok((await page.$$('#detail .site-entry')).length >= 1, 'timeline entries');
  assert.match(await page.textContent('#detail .site-entry .site-qty'), /\d+ (vehicle|truck|personnel)/);
  assert.ok((await page.$$('#detail .site-src a[href^="https://"]')).length >= 1, 'source links');
  await page.screenshot({ path: join(ARTIFACTS, 'site.png') });
  // the legend toggles the layer
  await page.click('.legend-sites');
  assert.equal((await page.$$('.site-marker')).length, 0);
  await page.click('.legend-sites');
  assert.equal((await page.$$('.site-marker')).length, n);
  assert.deepEqual(problems, []);
  await page.close();
});

test('control layer: squares by actor, evidence panel, month slider in the URL', async () => {
  const page = await open();
  assert.equal((await page.$$('.ctl-marker')).length, 0, 'off by default');
  const events = await markerCount(page);
  await page.click('.legend-control');
  await page.waitForSelector('.ctl-marker[data-locality]');
  assert.match(page.url(), /control=1/);
  assert.equal(await markerCount(page), events, 'event markers stay');
  assert.match(await page.textContent('#control-bar'), /Control as of \d{4}-\d\d-\d\d/);

  // The slider to September 2024 (the Deir ez-Zor demo reports): the URL and the request follow.
  const request = page.waitForResponse((r) => r.url().includes('/api/control?at=2024-09-30'));
  await page.$eval('#control-month', (input) => {
    const out = document.querySelector('.ctl-month');
    for (let i = +input.max; i >= 0; i -= 1) {
      input.value = String(i);
      input.dispatchEvent(new Event('input'));
      if (out.textContent === '2024-09') break;
    }
    input.dispatchEvent(new Event('change'));
  });
  assert.equal((await request).status(), 200);
  await page.waitForFunction(() => document.querySelector('#control-bar')?.textContent.includes('2024-09-30'));
  assert.match(page.url(), /month=2024-09/);
  assert.ok((await page.$$('.ctl-marker[data-actor="SDF"]')).length >= 5, 'the SDF bank');
  assert.ok((await page.$$('.ctl-marker[data-actor="SYR_GOV"]')).length >= 2, 'regime towns');
  assert.ok((await page.$$('.ctl-marker .ctl-shape.contested')).length >= 1, 'a contested town');
  const legendText = await page.textContent('#control-bar .ctl-actors');
  assert.match(legendText, /SDF/);
  assert.match(legendText, /Syrian government/);

  // A contested locality: actor, Arabic evidence as RTL text, source, the other claim.
  await page.locator('.ctl-marker:has(.contested)').first().dispatchEvent('click');
  await page.waitForSelector('#detail:not([hidden]) .control-facts');
  assert.match(await page.textContent('#detail .ctl-actor'), /Tribal forces|SDF/);
  const ev = page.locator('#detail .ctl-basis .evidence');
  assert.equal(await ev.getAttribute('dir'), 'rtl');
  assert.match(await ev.textContent(), /[\u0600-\u06FF]/);
  assert.ok((await page.$$('#detail .ctl-basis a[href^="https://example.org/"]')).length === 1);
  assert.ok((await page.$$('#detail .ctl-contest')).length >= 1, 'contesting assertion');
  await page.screenshot({ path: join(ARTIFACTS, 'control.png') });

  // Real clicks: the events' pane (above the squares) lets clicks through where it draws
  // nothing, and its circles still take theirs.
  const topmost = (sel) => page.evaluate((q) => {
    for (const e of document.querySelectorAll(q)) {
      const r = e.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (e.contains(document.elementFromPoint(x, y))) return [x, y];
    }
    return null;
  }, sel);
  const square = await topmost('.ctl-marker');
  assert.ok(square, 'a control square not covered');
  await page.mouse.click(square[0], square[1]);
  await page.waitForSelector('#detail:not([hidden]) .control-facts');
  const circle = await topmost('path.ev');
  assert.ok(circle, 'an event circle not covered');
  await page.mouse.click(circle[0], circle[1]);
  await page.waitForSelector('#detail:not([hidden]) .evidence mark.role-trigger');

  // The month stays across a reload; Arabic labels for the actors.
  await page.reload();
  await page.waitForSelector('.ctl-marker[data-locality]');
  await page.waitForFunction(() => document.querySelector('#control-bar')?.textContent.includes('2024-09-30'));
  await page.click('#lang');
  await page.waitForFunction(() => document.querySelector('#control-bar')?.textContent.includes('قسد'));
  await page.screenshot({ path: join(ARTIFACTS, 'control-ar.png') });
  assert.deepEqual(problems, []);
  await page.close();
});
