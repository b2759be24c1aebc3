//! `rasd bench extract-html` on the public article-extraction benchmark kept beside the
//! checkout (`../shared/bench/article-extraction`): the HTML reader must keep F1 ≥ 0.95.

use std::path::PathBuf;
use std::process::{Command, Output};

fn bench(dir: &std::path::Path) -> Output {
    match Command::new(env!("CARGO_BIN_EXE_rasd"))
        .args(["bench", "extract-html"])
        .arg(dir)
        .output()
    {
        Ok(o) => o,
        Err(e) => panic!("cannot run rasd: {e}"),
    }
}

/// The number after `name=` in `line`.
fn figure(line: &str, name: &str) -> f64 {
    line.split_once(&format!("{name}="))
        .and_then(|(_, rest)| rest.split([' ', ';']).next())
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("no {name} in {line}"))
}

#[test]
fn html_main_content_scores_f1_at_least_0_95() {
    let dir =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/bench/article-extraction");
    if !dir.join("ground-truth.json").is_file() {
        eprintln!(
            "SKIPPED: {} is absent (the shared folder sits beside the checkout)",
            dir.display()
        );
        return;
    }
    let out = bench(&dir);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(figure(&stdout, "F1") >= 0.95, "{stdout}");
    assert!(figure(&stdout, "precision") >= 0.93, "{stdout}");
    assert!(figure(&stdout, "recall") >= 0.97, "{stdout}");
}

#[test]
fn a_missing_benchmark_folder_is_a_clear_error() {
    let out = bench(std::path::Path::new("/nonexistent/article-extraction"));
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("no benchmark at /nonexistent/article-extraction"),
        "{stderr}"
    );
}
