//! Shared fixtures: short Arabic news snippets written for these tests (illustrative, not
//! taken from any outlet).
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// A two-paragraph Arabic report.
pub const AR_REPORT: &str = "قصفت طائرات مسيّرة مجهولة صباح اليوم الأحد رتلاً من الشاحنات قرب معبر البوكمال الحدودي مع العراق، ما أدى إلى احتراق ثلاث شاحنات، بحسب مصادر محلية.\n\nوأفادت المصادر بأن الرتل كان متجهاً إلى ريف دير الزور الشرقي، وأن فرق الدفاع المدني عملت على إخماد الحرائق.";

/// A second report, for multi-article fixtures.
pub const AR_REPORT_2: &str = "وصلت تعزيزات عسكرية جديدة تضم عشرين آلية مدرعة إلى قاعدة في ريف الحسكة الجنوبي، وفق ما نقلت شبكة إخبارية محلية عن مصادر ميدانية.";

/// Writes `bytes` to `dir/name`, creating folders, and returns the path.
pub fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&path, bytes).unwrap();
    path
}

pub fn date(y: i16, m: i8, d: i8) -> jiff::civil::Date {
    jiff::civil::date(y, m, d)
}
