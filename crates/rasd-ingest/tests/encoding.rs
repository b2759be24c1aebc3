mod common;

use common::{AR_REPORT, AR_REPORT_2, write};
use encoding_rs::{Encoding, ISO_8859_6, UTF_16BE, UTF_16LE, WINDOWS_1252, WINDOWS_1256};
use rasd_ingest::{DecodeError, article_from_html_bytes, decode_bytes, decode_html, read_paths};

fn encode(encoding: &'static Encoding, s: &str) -> Vec<u8> {
    let (bytes, _, errors) = encoding.encode(s);
    assert!(!errors, "{} cannot encode the fixture", encoding.name());
    bytes.into_owned()
}

fn utf16(s: &str, big_endian: bool) -> Vec<u8> {
    let mut out = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for unit in s.encode_utf16() {
        out.extend_from_slice(&if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        });
    }
    out
}

#[test]
fn windows_1256_txt_decodes_to_the_same_string() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "report.txt", encode(WINDOWS_1256, AR_REPORT));
    let got: Vec<_> = read_paths(&[path]).collect();
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].as_ref().unwrap().input.text, AR_REPORT);
    assert_eq!(
        decode_bytes(&encode(WINDOWS_1256, AR_REPORT_2)).unwrap(),
        AR_REPORT_2
    );
}

#[test]
fn iso_8859_6_decodes() {
    let text = "اشتباكات عنيفة بين قوات النظام ومجموعات مسلحة في ريف درعا الغربي، وسقوط قتلى من الطرفين بحسب مصادر محلية.";
    assert_eq!(decode_bytes(&encode(ISO_8859_6, text)).unwrap(), text);
}

#[test]
fn utf16_with_bom_both_orders() {
    let dir = tempfile::tempdir().unwrap();
    let le = write(dir.path(), "le.txt", utf16(AR_REPORT, false));
    let be = write(dir.path(), "be.txt", utf16(AR_REPORT_2, true));
    let got: Vec<_> = read_paths(&[le, be])
        .map(|r| r.unwrap().input.text)
        .collect();
    assert_eq!(got, [AR_REPORT, AR_REPORT_2]);
}

#[test]
fn utf16_without_bom_is_recognised() {
    let mut le = Vec::new();
    for unit in AR_REPORT.encode_utf16() {
        le.extend_from_slice(&unit.to_le_bytes());
    }
    assert_eq!(decode_bytes(&le).unwrap(), AR_REPORT);
}

#[test]
fn utf8_bom_is_removed() {
    let mut bytes = b"\xef\xbb\xbf".to_vec();
    bytes.extend_from_slice(AR_REPORT.as_bytes());
    assert_eq!(decode_bytes(&bytes).unwrap(), AR_REPORT);
}

#[test]
fn mostly_utf8_with_a_stray_byte_stays_utf8() {
    let mut bytes = AR_REPORT.as_bytes().to_vec();
    let boundary = AR_REPORT.find(' ').unwrap();
    bytes.insert(boundary, 0xFF);
    let text = decode_bytes(&bytes).unwrap();
    assert!(text.contains("معبر البوكمال الحدودي"));
    assert_eq!(text.matches('\u{fffd}').count(), 1);
}

#[test]
fn binary_and_empty() {
    assert_eq!(decode_bytes(b""), Err(DecodeError::Empty));
    assert_eq!(decode_bytes(b" \n\t "), Err(DecodeError::Empty));
    assert_eq!(decode_bytes(b"\xef\xbb\xbf"), Err(DecodeError::Empty));
    assert_eq!(
        decode_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0"),
        Err(DecodeError::Binary)
    );
    let controls: Vec<u8> = (0..200u8)
        .map(|i| if i % 3 == 0 { 0x01 } else { b'a' })
        .collect();
    assert_eq!(decode_bytes(&controls), Err(DecodeError::Binary));
}

fn page(charset: &str, body: &str) -> String {
    format!(
        "<html lang=\"ar\"><head><meta charset=\"{charset}\"><title>تقرير ميداني</title></head>\
         <body><article><p>{}</p></article></body></html>",
        body.replace("\n\n", "</p><p>")
    )
}

#[test]
fn html_declared_charset_is_honoured() {
    let html = page("windows-1256", AR_REPORT);
    let bytes = encode(WINDOWS_1256, &html);
    assert_eq!(decode_html(&bytes).unwrap(), html);
    let article = article_from_html_bytes(&bytes).unwrap();
    assert!(
        article.text.ends_with("على إخماد الحرائق."),
        "{}",
        article.text
    );
}

#[test]
fn html_wrong_declared_charset_does_not_make_mojibake() {
    // Declared Latin-1 (decodes without errors), really windows-1256.
    let html = page("iso-8859-1", AR_REPORT);
    assert_eq!(decode_html(&encode(WINDOWS_1256, &html)).unwrap(), html);
    // Declared ISO-8859-6, really windows-1256.
    let html = page("iso-8859-6", AR_REPORT);
    assert_eq!(decode_html(&encode(WINDOWS_1256, &html)).unwrap(), html);
    // Declared UTF-8, really windows-1256.
    let html = page("utf-8", AR_REPORT);
    assert_eq!(decode_html(&encode(WINDOWS_1256, &html)).unwrap(), html);
    // Declared windows-1256, really UTF-8.
    let html = page("windows-1256", AR_REPORT);
    assert_eq!(decode_html(html.as_bytes()).unwrap(), html);
}

#[test]
fn http_equiv_charset_is_found() {
    let html = format!(
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">\
         </head><body><p>{AR_REPORT_2}</p></body></html>"
    );
    let bytes = encode(WINDOWS_1256, &html);
    assert_eq!(
        rasd_ingest::decode::declared_charset(&bytes),
        Some(WINDOWS_1256)
    );
    assert_eq!(decode_html(&bytes).unwrap(), html);
}

#[test]
fn html_declared_latin_charset_for_latin_text_is_kept() {
    let html = "<html lang=\"fr\"><head><meta charset=\"windows-1252\"><title>Réunion</title></head>\
                <body><p>Déjà vu à Alep: réunion à l'hôtel, café fermé, élèves évacués.</p></body></html>";
    assert_eq!(decode_html(&encode(WINDOWS_1252, html)).unwrap(), html);
}

#[test]
fn utf16_html_with_bom() {
    let html = page("utf-8", AR_REPORT_2);
    let article = article_from_html_bytes(&utf16(&html, false)).unwrap();
    assert!(article.text.contains(AR_REPORT_2));
    assert!(UTF_16LE != UTF_16BE);
}
