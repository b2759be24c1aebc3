//! Bytes to text: BOM, then valid UTF-8, then a declared charset (HTML) checked against
//! detection, then `chardetng`'s guess. Binary and empty inputs are refused.

use std::fmt;

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

/// How many leading bytes are inspected for NULs and control characters.
pub const SNIFF_LEN: usize = 8 * 1024;

/// How many bytes `chardetng` sees at most; a prefix is enough to guess.
const DETECT_LEN: usize = 1024 * 1024;

/// Why bytes could not be turned into article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecodeError {
    /// No bytes, or only whitespace once decoded.
    Empty,
    /// NUL bytes or mostly control characters: not text.
    Binary,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DecodeError::Empty => "empty file",
            DecodeError::Binary => "binary file",
        })
    }
}

impl std::error::Error for DecodeError {}

/// Decodes a whole file's bytes without any declared charset.
pub fn decode_bytes(bytes: &[u8]) -> Result<String, DecodeError> {
    decode_with_hint(bytes, None)
}

/// Decodes an HTML document, honouring a `<meta charset>` (or `http-equiv` content type)
/// declared in its first bytes when that decodes cleanly and plausibly.
pub fn decode_html(bytes: &[u8]) -> Result<String, DecodeError> {
    decode_with_hint(bytes, declared_charset(bytes))
}

/// Decodes `bytes`; `declared` is the charset the document claims, if any. A BOM wins over
/// everything; valid UTF-8 wins over a declared legacy charset; a declared charset that
/// produces errors or looks like mojibake next to the detected one is overruled.
pub fn decode_with_hint(
    bytes: &[u8],
    declared: Option<&'static Encoding>,
) -> Result<String, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    let sample = &bytes[..bytes.len().min(SNIFF_LEN)];
    let bom = Encoding::for_bom(bytes).or_else(|| bomless_utf16(sample).map(|e| (e, 0)));
    let text = if let Some((encoding, bom_len)) = bom {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        let head: String = text.chars().take(SNIFF_LEN).collect();
        if head.contains('\0') || control_ratio_high(head.chars()) {
            return Err(DecodeError::Binary);
        }
        text.into_owned()
    } else {
        if looks_binary(sample) {
            return Err(DecodeError::Binary);
        }
        // SIMD validation: the common case, UTF-8 pages, was 2% of reading a crawl.
        match simdutf8::basic::from_utf8(bytes) {
            Ok(s) => s.to_owned(),
            Err(_) => decode_legacy(bytes, declared),
        }
    };
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    Ok(text)
}

/// True when the sample holds a NUL byte or is mostly control characters (as
/// [`control_ratio_high`] counts them over the bytes read as Latin-1, in one pass over the
/// bytes that vectorises).
pub fn looks_binary(sample: &[u8]) -> bool {
    if sample.contains(&0) {
        return true;
    }
    let bad = sample.iter().filter(|&&b| is_bad_control_byte(b)).count();
    too_many_controls(bad, sample.len())
}

/// An ASCII control character text does not use (tab, line ends, form feed and escape do).
fn is_bad_control_byte(b: u8) -> bool {
    (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b)) || b == 0x7f
}

fn is_bad_control(c: char) -> bool {
    u8::try_from(c).is_ok_and(is_bad_control_byte)
}

/// More than one character in twenty is a bad control.
fn too_many_controls(bad: usize, n: usize) -> bool {
    bad > 0 && bad * 20 > n
}

fn control_ratio_high(chars: impl Iterator<Item = char>) -> bool {
    let (mut n, mut bad) = (0usize, 0usize);
    for c in chars {
        n += 1;
        bad += usize::from(is_bad_control(c));
    }
    too_many_controls(bad, n)
}

/// UTF-16 without a BOM: NUL bytes at one parity only (ASCII spaces and digits), none at
/// the other.
fn bomless_utf16(sample: &[u8]) -> Option<&'static Encoding> {
    if !sample.contains(&0) || sample.len() < 8 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    let enough = |n: usize| n * 20 >= pairs;
    let encoding = match (even, odd) {
        (0, o) if enough(o) => UTF_16LE,
        (e, 0) if enough(e) => UTF_16BE,
        _ => return None,
    };
    let (text, errors) = encoding.decode_without_bom_handling(sample);
    (!errors && !control_ratio_high(text.chars())).then_some(encoding)
}

/// Bytes that are not valid UTF-8: mostly-UTF-8 with a few broken bytes stays UTF-8,
/// otherwise the declared charset or the detected one, whichever reads better.
fn decode_legacy(bytes: &[u8], declared: Option<&'static Encoding>) -> String {
    if mostly_utf8(bytes) {
        return String::from_utf8_lossy(bytes).into_owned();
    }
    let guess = detect(bytes);
    let declared = declared.filter(|d| *d != UTF_8 && *d != UTF_16LE && *d != UTF_16BE);
    let (guessed, guess_errors) = guess.decode_without_bom_handling(bytes);
    if let Some(declared) = declared.filter(|d| *d != guess) {
        let (text, errors) = declared.decode_without_bom_handling(bytes);
        if !errors && (guess_errors || suspicion(&text) <= suspicion(&guessed)) {
            return text.into_owned();
        }
    }
    guessed.into_owned()
}

/// At least eight valid non-ASCII characters for every invalid sequence.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut good, mut bad) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        good += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        bad += usize::from(!chunk.invalid().is_empty());
    }
    good > 0 && good >= bad * 8
}

fn detect(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    let prefix = &bytes[..bytes.len().min(DETECT_LEN)];
    detector.feed(prefix, prefix.len() == bytes.len());
    detector.guess(None, chardetng::Utf8Detection::Allow)
}

/// Counts whitespace-separated words that look like mojibake: Arabic mixed with Latin-1
/// symbols, C1 controls, runs of Latin-1 letters with no ASCII letter, or lower-to-upper
/// case flips inside a non-ASCII word.
pub(crate) fn suspicion(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| suspicious_word(w))
        .count()
}

fn suspicious_word(word: &str) -> bool {
    let (mut arabic, mut latin1, mut ascii_letters, mut letters) = (0, 0, 0, 0);
    let mut prev_lower = false;
    let mut case_flip = false;
    for c in word.chars() {
        let u = c as u32;
        if (0x80..0xa0).contains(&u) || c == '\u{fffd}' {
            return true;
        }
        arabic += usize::from((0x600..0x700).contains(&u));
        latin1 += usize::from((0xa0..0x100).contains(&u));
        ascii_letters += usize::from(c.is_ascii_alphabetic());
        letters += usize::from(c.is_alphabetic());
        if !c.is_ascii() && c.is_uppercase() && prev_lower {
            case_flip = true;
        }
        prev_lower = c.is_lowercase();
    }
    (arabic > 0 && latin1 > 0)
        || (letters >= 4 && ascii_letters == 0 && latin1 * 4 >= letters * 3)
        || (case_flip && ascii_letters == 0)
}

/// The charset an HTML document declares in its first 4 KiB, per `charset=` as in
/// `<meta charset="windows-1256">` or `content="text/html; charset=windows-1256"`.
pub fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"charset") {
        let mut i = from + pos + b"charset".len();
        from = i;
        while lower.get(i).is_some_and(|b| b.is_ascii_whitespace()) {
            i += 1;
        }
        if lower.get(i) != Some(&b'=') {
            continue;
        }
        i += 1;
        while lower
            .get(i)
            .is_some_and(|b| b.is_ascii_whitespace() || *b == b'"' || *b == b'\'')
        {
            i += 1;
        }
        let start = i;
        while lower
            .get(i)
            .is_some_and(|b| !b.is_ascii_whitespace() && !b"\"';>/".contains(b))
        {
            i += 1;
        }
        if let Some(encoding) = lower.get(start..i).and_then(Encoding::for_label) {
            return Some(encoding);
        }
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn looks_binary_counts_as_control_ratio_high_does() {
        let mut samples: Vec<Vec<u8>> = vec![
            b"plain text\n".to_vec(),
            b"a\x01b".to_vec(),
            b"\x01\x02\x03 text text text text text text text text text".to_vec(),
            "عربي\u{7f}\x1b\x0c\t\r".as_bytes().to_vec(),
            (0u8..=255).filter(|&b| b != 0).collect(),
            Vec::new(),
        ];
        samples.push([b'x'; 19].iter().chain(b"\x07").copied().collect());
        samples.push([b'x'; 20].iter().chain(b"\x07").copied().collect());
        for s in samples {
            let slow = s.contains(&0) || control_ratio_high(s.iter().map(|&b| char::from(b)));
            assert_eq!(looks_binary(&s), slow, "{s:?}");
        }
    }
}
