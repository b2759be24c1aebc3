//! Near-duplicate fingerprints: MinHash over word 3-shingles of the normalised text, with
//! LSH band keys for lookup. Syndicated copies and lightly edited re-posts share most
//! shingles; two outlets' own reports of one incident share few.

use crate::{normalize_str, tokenize};

/// Hashes in a signature.
pub const MINHASHES: usize = 64;
/// Signature rows per LSH band: 16 bands of 4 find pairs with Jaccard 0.7 with p ≈ 0.99.
pub const BAND_ROWS: usize = 4;
/// Bands of a signature.
pub const BANDS: usize = MINHASHES / BAND_ROWS;
/// Fewer words than this give no signature: short texts (a headline, a tweet) on one
/// incident share too many shingles by chance.
pub const MIN_WORDS: usize = 40;
/// Estimated Jaccard similarity from which two texts are near-duplicates.
pub const NEAR_DUPLICATE_JACCARD: f64 = 0.7;

/// A MinHash signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature(pub [u32; MINHASHES]);

impl Signature {
    /// The signature of a text, or `None` for texts shorter than [`MIN_WORDS`] words.
    pub fn of(text: &str) -> Option<Signature> {
        let norm = normalize_str(text);
        Signature::of_words(tokenize(&norm).into_iter().map(|t| t.text(&norm)))
    }

    /// The signature of already normalised words.
    pub fn of_words<'a>(words: impl IntoIterator<Item = &'a str>) -> Option<Signature> {
        let words: Vec<&str> = words.into_iter().collect();
        if words.len() < MIN_WORDS {
            return None;
        }
        let mut mins = [u32::MAX; MINHASHES];
        for shingle in words.windows(3) {
            let (h1, h2) = shingle_hashes(shingle);
            // Double hashing: g_i = h1 + i·h2 stands in for MINHASHES independent hashes.
            // Computed 8 lanes at a time by addition (same values; the loop vectorises).
            let mut g: [u64; LANES] =
                std::array::from_fn(|j| h1.wrapping_add((j as u64).wrapping_mul(h2)));
            let step = h2.wrapping_mul(LANES as u64);
            for chunk in mins.chunks_exact_mut(LANES) {
                for (m, x) in chunk.iter_mut().zip(g.iter_mut()) {
                    *m = (*m).min((*x >> 32) as u32);
                    *x = x.wrapping_add(step);
                }
            }
        }
        Some(Signature(mins))
    }

    /// The estimated Jaccard similarity of the two shingle sets.
    pub fn jaccard(&self, other: &Signature) -> f64 {
        let same = self.0.iter().zip(&other.0).filter(|(a, b)| a == b).count();
        same as f64 / MINHASHES as f64
    }

    pub fn near_duplicate(&self, other: &Signature) -> bool {
        self.jaccard(other) >= NEAR_DUPLICATE_JACCARD
    }

    /// One key per band; texts sharing a key are candidates to compare.
    pub fn band_keys(&self) -> [i64; BANDS] {
        let mut keys = [0i64; BANDS];
        for (b, key) in keys.iter_mut().enumerate() {
            let rows = &self.0[b * BAND_ROWS..(b + 1) * BAND_ROWS];
            let mut h = FNV_OFFSET ^ b as u64;
            for r in rows {
                h = fnv(h, &r.to_le_bytes());
            }
            *key = mix(h) as i64;
        }
        keys
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        self.0.iter().flat_map(|m| m.to_le_bytes()).collect()
    }

    pub fn from_bytes(bytes: &[u8]) -> Option<Signature> {
        if bytes.len() != MINHASHES * 4 {
            return None;
        }
        let mut mins = [0u32; MINHASHES];
        for (m, chunk) in mins.iter_mut().zip(bytes.chunks_exact(4)) {
            *m = u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
        }
        Some(Signature(mins))
    }
}

/// Hashes computed side by side in [`Signature::of_words`] (divides [`MINHASHES`]).
const LANES: usize = 8;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// SplitMix64's finaliser: every output bit depends on every input bit.
fn mix(mut h: u64) -> u64 {
    h ^= h >> 30;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^ (h >> 31)
}

/// Two independent hashes of a shingle. Fixed functions, so signatures stored by one build
/// match those of the next.
fn shingle_hashes(words: &[&str]) -> (u64, u64) {
    let mut h = FNV_OFFSET;
    for w in words {
        h = fnv(h, w.as_bytes());
        h = fnv(h, &[0xff]);
    }
    (mix(h), mix(h ^ 0x9e37_79b9_7f4a_7c15) | 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const REPORT: &str = "قصفت قوات النظام بالمدفعية الثقيلة بلدة البارة في جبل الزاوية جنوبي إدلب \
صباح اليوم الأحد، ما أدى إلى إصابة ثلاثة مدنيين بينهم طفل بجروح متفاوتة، وفق ما أفاد به الدفاع \
المدني السوري الذي قال إن فرقه أسعفت المصابين إلى مشفى قريب وتفقدت الأماكن المستهدفة وأمنتها. \
وتتعرض قرى وبلدات جبل الزاوية لقصف شبه يومي من قوات النظام والميليشيات المساندة لها رغم اتفاق \
وقف إطلاق النار الموقع في آذار من العام الماضي، ما يدفع الأهالي إلى النزوح نحو المخيمات.";

    const OTHER: &str = "أعلنت قوات سوريا الديمقراطية اليوم الاثنين القبض على ثلاثة أشخاص قالت إنهم \
ينتمون إلى خلايا تنظيم الدولة الإسلامية في ريف دير الزور الشرقي، خلال عملية أمنية نفذتها بدعم من \
التحالف الدولي في بلدة ذيبان، وأضافت في بيان أن العملية أسفرت عن مصادرة أسلحة وذخائر ومعدات \
اتصال، فيما لم تصدر أي تعليقات من الأهالي الذين تحدثوا عن حملة مداهمات واسعة طالت عدة منازل \
في البلدة وسط انتشار أمني كثيف على مداخلها ومخارجها طوال ساعات النهار.";

    fn sig(s: &str) -> Signature {
        Signature::of(s).unwrap()
    }

    #[test]
    fn signatures_are_the_double_hashing_minima() {
        let norm = normalize_str(REPORT);
        let toks = tokenize(&norm);
        let words: Vec<&str> = toks.iter().map(|t| t.text(&norm)).collect();
        let mut want = [u32::MAX; MINHASHES];
        for shingle in words.windows(3) {
            let (h1, h2) = shingle_hashes(shingle);
            for (i, m) in want.iter_mut().enumerate() {
                *m = (*m).min((h1.wrapping_add((i as u64).wrapping_mul(h2)) >> 32) as u32);
            }
        }
        assert_eq!(sig(REPORT).0, want);
    }

    #[test]
    fn a_copy_with_small_edits_is_a_near_duplicate() {
        let a = sig(REPORT);
        let edited = REPORT
            .replace("صباح اليوم الأحد", "صباح الأحد")
            .replace("بجروح متفاوتة", "بجروح");
        let b = sig(&format!("{edited} (المصدر: وكالات)"));
        assert!(a.near_duplicate(&b), "jaccard {}", a.jaccard(&b));
        assert!(a.band_keys().iter().any(|k| b.band_keys().contains(k)));
        // diacritics and letter variants are normalised away
        let c = sig(&REPORT.replace("إدلب", "ادلب").replace('ة', "ه"));
        assert_eq!(a, c);
    }

    #[test]
    fn another_report_is_not() {
        let (a, b) = (sig(REPORT), sig(OTHER));
        assert!(!a.near_duplicate(&b), "jaccard {}", a.jaccard(&b));
        assert!(!a.band_keys().iter().any(|k| b.band_keys().contains(k)));
    }

    #[test]
    fn bytes_round_trip() {
        let a = sig(REPORT);
        assert_eq!(Signature::from_bytes(&a.to_bytes()), Some(a));
        assert_eq!(Signature::from_bytes(&[1, 2, 3]), None);
    }

    #[test]
    fn short_texts_have_no_signature() {
        assert_eq!(Signature::of("قصف مدفعي على بلدة البارة جنوبي إدلب"), None);
    }
}
