// Checks the governorate polygons of basemap.json after a build: each admin1 once per country,
// rings closed, no ring crossing or touching itself (rounding to 0.001° could make one).
//   node check.mjs
import { readFileSync } from 'node:fs';

const geo = JSON.parse(readFileSync('../../crates/rasd-server/web/basemap.json', 'utf8'));
const problems = [];

// Orientation of c against segment a-b: >0 left, <0 right, 0 collinear.
const orient = (a, b, c) => (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
const onSegment = (a, b, c) =>
  Math.min(a[0], b[0]) <= c[0] && c[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= c[1] && c[1] <= Math.max(a[1], b[1]);

function meets(a, b, c, d) {
  const [o1, o2, o3, o4] = [orient(a, b, c), orient(a, b, d), orient(c, d, a), orient(c, d, b)];
  if (o1 * o2 < 0 && o3 * o4 < 0) return true;
  return (o1 === 0 && onSegment(a, b, c)) || (o2 === 0 && onSegment(a, b, d)) || (o3 === 0 && onSegment(c, d, a)) || (o4 === 0 && onSegment(c, d, b));
}

function checkRing(ring, what) {
  const n = ring.length - 1; // segments; the last vertex repeats the first
  const [a, z] = [ring[0], ring[n]];
  if (n < 3 || a[0] !== z[0] || a[1] !== z[1]) return problems.push(`${what}: open or short ring`);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (j === i + 1 || (i === 0 && j === n - 1)) continue; // neighbours share a vertex
      if (meets(ring[i], ring[i + 1], ring[j], ring[j + 1])) return problems.push(`${what}: self-intersection near ${ring[i]}`);
    }
  }
}

const seen = {};
for (const f of geo.features) {
  const p = f.properties;
  if (p.layer !== 'governorate' && p.layer !== 'undof') continue;
  const what = `${p.country} ${p.admin1 ?? p.name}`;
  if (p.layer === 'governorate') seen[what] = (seen[what] ?? 0) + 1;
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  for (const poly of polys) for (const ring of poly) checkRing(ring, what);
}
for (const [k, n] of Object.entries(seen)) if (n !== 1) problems.push(`${k}: ${n} features`);
const sy = Object.keys(seen).filter((k) => k.startsWith('SY ')).length;
if (sy !== 14) problems.push(`${sy} Syrian governorates, not 14`);
console.log(`${Object.keys(seen).length} governorates checked (${sy} Syrian)`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
