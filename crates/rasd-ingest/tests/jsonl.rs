mod common;

use common::{AR_REPORT, AR_REPORT_2, date, write};
use rasd_ingest::{
    JsonlReader, ReadError, SourceArticle, read_json_str, read_jsonl_str, read_paths,
};

fn line(text: &str, extra: &str) -> String {
    let text = serde_json::to_string(text).unwrap();
    format!("{{\"text\": {text}{extra}}}")
}

fn split(items: Vec<Result<SourceArticle, ReadError>>) -> (Vec<SourceArticle>, Vec<ReadError>) {
    let mut ok = Vec::new();
    let mut err = Vec::new();
    for item in items {
        match item {
            Ok(a) => ok.push(a),
            Err(e) => err.push(e),
        }
    }
    (ok, err)
}

#[test]
fn malformed_line_in_the_middle_is_reported_and_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let body = format!(
        "{}\n{{\"text\": \"ناقص\" \"title\": 3}}\n{}\n",
        line(
            AR_REPORT,
            r#", "title": "قصف رتل شاحنات قرب البوكمال", "outlet": "شبكة محلية""#
        ),
        line(AR_REPORT_2, r#", "published": "2024-08-10""#),
    );
    let path = write(dir.path(), "dump.jsonl", body);
    let (ok, err) = split(read_paths(std::slice::from_ref(&path)).collect());
    assert_eq!(ok.len(), 2);
    assert_eq!(err.len(), 1);
    let origin = path.display().to_string();
    assert_eq!(err[0].origin, format!("{origin}:2"));
    assert!(
        err[0].message.starts_with("invalid JSON: expected `,`"),
        "{}",
        err[0]
    );
    assert!(
        err[0]
            .to_string()
            .starts_with(&format!("{origin}:2: invalid JSON: "))
    );
    assert_eq!(ok[0].origin, format!("{origin}:1"));
    assert_eq!(ok[0].input.text, AR_REPORT);
    assert_eq!(
        ok[0].input.title.as_deref(),
        Some("قصف رتل شاحنات قرب البوكمال")
    );
    assert_eq!(ok[0].input.outlet.as_deref(), Some("شبكة محلية"));
    assert_eq!(ok[1].origin, format!("{origin}:3"));
    assert_eq!(ok[1].input.published, Some(date(2024, 8, 10)));
}

#[test]
fn published_formats() {
    let cases = [
        (r#""2024-08-10""#, Some(date(2024, 8, 10))),
        (r#""2024-08-10T15:14:00+02:00""#, Some(date(2024, 8, 10))),
        (r#""2024-08-10T23:30:00-05:00""#, Some(date(2024, 8, 10))),
        (r#""2024/08/10""#, Some(date(2024, 8, 10))),
        (
            r#""Sat, 10 Aug 2024 15:14:00 +0200""#,
            Some(date(2024, 8, 10)),
        ),
        (
            r#""Mon, 10 Aug 2024 15:14:00 GMT""#,
            Some(date(2024, 8, 10)),
        ),
        (r#"1723295640"#, Some(date(2024, 8, 10))),
        ("null", None),
        (r#""""#, None),
    ];
    for (published, want) in cases {
        let src = line(AR_REPORT_2, &format!(r#", "published": {published}"#));
        let got: Vec<_> = read_jsonl_str("t.jsonl", &src).collect();
        let article = got[0]
            .as_ref()
            .unwrap_or_else(|e| panic!("{published}: {e}"));
        assert_eq!(article.input.published, want, "{published}");
    }
}

#[test]
fn unknown_date_is_an_error_for_that_line_only() {
    let src = format!(
        "{}\n{}",
        line(AR_REPORT, r#", "published": "الأحد الماضي""#),
        line(AR_REPORT_2, "")
    );
    let (ok, err) = split(read_jsonl_str("t.jsonl", &src).collect());
    assert_eq!((ok.len(), err.len()), (1, 1));
    assert_eq!(err[0].origin, "t.jsonl:1");
    assert!(err[0].message.contains("published"), "{}", err[0]);
}

#[test]
fn url_date_fills_a_missing_published() {
    let src = line(
        AR_REPORT_2,
        r#", "url": "https://news.example/ar/2024/08/10/تعزيزات-الحسكة", "published": null"#,
    );
    let got: Vec<_> = read_jsonl_str("t.jsonl", &src).collect();
    assert_eq!(
        got[0].as_ref().unwrap().input.published,
        Some(date(2024, 8, 10))
    );
}

#[test]
fn missing_or_empty_text_and_blank_lines() {
    let src = format!(
        "\n{}\n   \n{{\"title\": \"بلا نص\"}}\n{{\"text\": \"  \"}}\n[1, 2]\n",
        line(AR_REPORT, "")
    );
    let (ok, err) = split(read_jsonl_str("t.jsonl", &src).collect());
    assert_eq!(ok.len(), 1);
    assert_eq!(ok[0].origin, "t.jsonl:2");
    let origins: Vec<_> = err.iter().map(|e| e.origin.as_str()).collect();
    assert_eq!(origins, ["t.jsonl:4", "t.jsonl:5", "t.jsonl:6"]);
    assert!(
        err[0].message.contains("missing field `text`"),
        "{}",
        err[0]
    );
    assert!(err[1].message.contains("empty"), "{}", err[1]);
}

#[test]
fn crlf_bom_and_extra_fields() {
    let src = format!(
        "\u{feff}{}\r\n{}\r\n",
        line(AR_REPORT, r#", "id": "x-1", "lang": "ar""#),
        line(AR_REPORT_2, "")
    );
    let (ok, err) = split(read_jsonl_str("t.jsonl", &src).collect());
    assert!(err.is_empty(), "{err:?}");
    assert_eq!(ok.len(), 2);
    assert_eq!(ok[0].input.lang.as_deref(), Some("ar"));
}

#[test]
fn oversized_line_is_skipped_and_reading_continues() {
    let long = line(&AR_REPORT.repeat(50), "");
    let src = format!("{}\n{long}\n{}", line(AR_REPORT_2, ""), line(AR_REPORT, ""));
    let reader = JsonlReader::new("big.jsonl", src.as_bytes()).with_max_line(1024);
    let (ok, err) = split(reader.collect());
    assert_eq!(ok.len(), 2);
    assert_eq!(err.len(), 1);
    assert_eq!(err[0].origin, "big.jsonl:2");
    assert!(err[0].message.starts_with("line too long"), "{}", err[0]);
    assert_eq!(ok[1].origin, "big.jsonl:3");
    assert_eq!(ok[1].input.text, AR_REPORT);
}

#[test]
fn utf16_jsonl_and_windows_1256_line() {
    let dir = tempfile::tempdir().unwrap();
    let src = format!("{}\n{}\n", line(AR_REPORT, ""), line(AR_REPORT_2, ""));
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in src.encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    let second = line(AR_REPORT_2, "");
    let (legacy, _, errors) = encoding_rs::WINDOWS_1256.encode(&second);
    assert!(!errors);
    let mut mixed = line(AR_REPORT, "").into_bytes();
    mixed.push(b'\n');
    mixed.extend_from_slice(&legacy);
    let paths = [
        write(dir.path(), "a.jsonl", utf16),
        write(dir.path(), "b.jsonl", mixed),
    ];
    let (ok, err) = split(read_paths(&paths).collect());
    assert!(err.is_empty(), "{err:?}");
    let texts: Vec<_> = ok.iter().map(|a| a.input.text.as_str()).collect();
    assert_eq!(texts, [AR_REPORT, AR_REPORT_2, AR_REPORT, AR_REPORT_2]);
}

#[test]
fn json_object_and_array() {
    let one = line(AR_REPORT, r#", "title": "عنوان""#);
    let got = read_json_str("one.json", &one);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].as_ref().unwrap().origin, "one.json");

    let array = format!(
        "[\n  {},\n  {{\"title\": \"بلا نص\"}},\n  {}\n]",
        line(AR_REPORT, ""),
        line(AR_REPORT_2, "")
    );
    let (ok, err) = split(read_json_str("many.json", &array));
    assert_eq!(ok.len(), 2);
    assert_eq!(ok[0].origin, "many.json:2");
    assert_eq!(ok[1].origin, "many.json:4");
    assert_eq!(err.len(), 1);
    assert_eq!(err[0].origin, "many.json:3");

    let lines = format!("{}\n{}\n", line(AR_REPORT, ""), line(AR_REPORT_2, ""));
    let (ok, err) = split(read_json_str("lines.json", &lines));
    assert!(err.is_empty(), "{err:?}");
    assert_eq!(ok[1].origin, "lines.json:2");

    let e = read_json_str("obj.json", "{\n  \"text\": \"x\",\n  \"title\" 3\n}");
    assert_eq!(e[0].as_ref().unwrap_err().origin, "obj.json:3");

    let broken = read_json_str("bad.json", "[\n{\"text\": \"x\"},\n{\"text\" \"y\"}\n]");
    assert_eq!(broken.len(), 1);
    let e = broken[0].as_ref().unwrap_err();
    assert_eq!(e.origin, "bad.json:3");
    assert!(e.message.starts_with("invalid JSON"), "{e}");
}

#[test]
fn the_author_field_is_read_and_a_wrong_type_is_an_error() {
    let src = format!(
        "{}\n{}\n",
        line(AR_REPORT_2, r#", "author": "سامر الحلبي""#),
        line(AR_REPORT, r#", "author": 7"#)
    );
    let (ok, err) = split(read_jsonl_str("t.jsonl", &src).collect());
    assert_eq!(ok[0].input.author.as_deref(), Some("سامر الحلبي"));
    assert_eq!(err.len(), 1, "{err:?}");
    assert!(err[0].to_string().contains("t.jsonl:2"), "{}", err[0]);
}
