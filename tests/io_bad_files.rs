//! Bad map files: each gives its own clear error, and `check` exits 1, never 101.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::Command;

use knowledge_map::io::{self, LoadError};

const SEED: &str = knowledge_map::seed::SEED_MAP_JSON;

fn seed_value() -> serde_json::Value {
    serde_json::from_str(SEED).expect("seed is JSON")
}

fn load_str(s: &str) -> Result<knowledge_map::model::Map, LoadError> {
    io::from_bytes(s.as_bytes())
}

fn with(f: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut v = seed_value();
    f(&mut v);
    serde_json::to_string_pretty(&v).expect("to string")
}

/// Runs `knowledge-map check` on `bytes` written to a file; returns (exit code, stdout, stderr).
fn check_bytes(bytes: &[u8]) -> (i32, String, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bad.json");
    std::fs::write(&path, bytes).expect("write");
    check_path(&path)
}

fn check_path(path: &Path) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_knowledge-map")).arg("check").arg(path).output().expect("run binary");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn assert_check_fails(bytes: &[u8], expected: &str) {
    let (code, out, err) = check_bytes(bytes);
    assert_eq!(code, 1, "stdout: {out}\nstderr: {err}");
    assert!(err.starts_with("error: "), "{err}");
    assert!(err.contains(expected), "expected {expected:?} in {err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn check_accepts_the_seed_map() {
    let (code, out, err) = check_path(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/seed-map.json")));
    assert_eq!(code, 0, "{err}");
    let map = knowledge_map::seed::seed_map().expect("seed");
    assert_eq!(
        out.trim(),
        format!(
            "ok: {} actors, {} relations, {} evidence spans verified",
            map.actors.len(),
            map.relations.len(),
            map.evidence_count()
        )
    );
}

#[test]
fn check_usage_errors_exit_2() {
    let out = Command::new(env!("CARGO_BIN_EXE_knowledge-map")).args(["check"]).output().expect("run binary");
    assert_eq!(out.status.code(), Some(2));
    let out = Command::new(env!("CARGO_BIN_EXE_knowledge-map"))
        .args(["check", "a", "b", "--frobnicate"])
        .output()
        .expect("run binary");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn missing_file() {
    let (code, _, err) = check_path(Path::new("/nonexistent/dir/map.json"));
    assert_eq!(code, 1);
    assert!(err.starts_with("error: cannot read the file"), "{err}");
    assert!(err.contains("/nonexistent/dir/map.json"), "{err}");
}

#[test]
fn truncated_json() {
    let cut = &SEED[..SEED.len() / 2];
    assert!(matches!(load_str(cut), Err(LoadError::Syntax { .. })));
    assert_check_fails(cut.as_bytes(), "not valid JSON");
}

#[test]
fn wrong_format() {
    let s = with(|v| v["format"] = "something-else".into());
    let e = load_str(&s).expect_err("wrong format");
    assert!(matches!(e, LoadError::NotAMap { .. }), "{e}");
    assert_check_fails(s.as_bytes(), "not a Knowledge Map file");
    assert_check_fails(b"[1, 2, 3]", "top level is an array");
    assert_check_fails(b"{\"version\": 1}", "no \"format\" key");
}

#[test]
fn version_999_names_both_versions() {
    let s = with(|v| v["version"] = 999.into());
    let e = load_str(&s).expect_err("too new");
    assert!(matches!(e, LoadError::TooNew { found: 999, supported: 1 }), "{e}");
    assert_check_fails(s.as_bytes(), "version 999, but this app reads versions up to 1");
    assert_check_fails(with(|v| v["version"] = "one".into()).as_bytes(), "no valid \"version\"");
    assert_check_fails(with(|v| v["version"] = 0.into()).as_bytes(), "no valid \"version\"");
}

#[test]
fn duplicate_ids() {
    let s = with(|v| {
        let first = v["actors"][0]["id"].clone();
        v["actors"][1]["id"] = first;
    });
    let e = load_str(&s).expect_err("duplicate");
    assert!(matches!(e, LoadError::Invalid(_)), "{e}");
    assert_check_fails(s.as_bytes(), "actors[1].id: duplicate actor id");
}

#[test]
fn dangling_relation() {
    let s = with(|v| v["relations"][2]["target"] = "nobody".into());
    assert_check_fails(s.as_bytes(), "relations[2].target: relation");
    assert_check_fails(s.as_bytes(), "\"nobody\", which does not exist");
}

#[test]
fn nan_and_infinite_positions() {
    let s = with(|v| v["actors"][0]["position"][0] = serde_json::Value::Null);
    assert_check_fails(s.as_bytes(), "actors[0].position[0]: invalid type: null");
    let s = SEED.replacen("\"position\": [", "\"position\": [NaN, ", 1);
    assert_check_fails(s.as_bytes(), "not valid JSON");
    let s = SEED.replacen("\"position\": [", "\"position\": [1e999, ", 1);
    assert!(load_str(&s).is_err());
    let s = with(|v| v["actors"][3]["position"] = serde_json::json!([1e39, 0.0]));
    assert_check_fails(s.as_bytes(), "actors[3].position: position of");
}

#[test]
fn evidence_out_of_range_or_off_char_boundary() {
    let s = with(|v| v["relations"][0]["evidence"][0]["end"] = 10_000_000.into());
    assert_check_fails(s.as_bytes(), "relations[0].evidence[0]: span");
    assert_check_fails(s.as_bytes(), "outside the source text");

    // Find an evidence quote that contains a multi-byte character, and cut into it.
    let map = knowledge_map::seed::seed_map().expect("seed");
    let (ri, ei, cut) = map
        .relations
        .iter()
        .enumerate()
        .flat_map(|(ri, r)| r.evidence.iter().enumerate().map(move |(ei, e)| (ri, ei, e)))
        .find_map(|(ri, ei, e)| {
            let off = e.quote.char_indices().find(|(_, c)| c.len_utf8() > 1)?.0;
            Some((ri, ei, e.start + off + 1))
        })
        .expect("the article has curly quotes inside some evidence");
    let s = with(|v| v["relations"][ri]["evidence"][ei]["end"] = cut.into());
    assert_check_fails(s.as_bytes(), "cuts a character of the source text in two");

    let s = with(|v| v["relations"][0]["evidence"][0]["quote"] = "not what the text says".into());
    assert_check_fails(s.as_bytes(), "is not the source text at");
}

#[test]
fn every_problem_is_listed_by_check() {
    let s = with(|v| {
        v["relations"][0]["target"] = "ghost".into();
        v["relations"][1]["evidence"][0]["quote"] = "wrong".into();
        v["actors"][2]["name"] = "".into();
    });
    let (code, _, err) = check_bytes(s.as_bytes());
    assert_eq!(code, 1);
    assert!(err.contains(": 3 problems"), "{err}");
    assert!(err.contains("error: actors[2].name"), "{err}");
    assert!(err.contains("error: relations[0].target"), "{err}");
    assert!(err.contains("error: relations[1].evidence[0]"), "{err}");
}

#[test]
fn a_300_mb_file_is_refused_before_reading() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("huge.json");
    let f = std::fs::File::create(&path).expect("create");
    f.set_len(300 * 1000 * 1000).expect("sparse file");
    let e = io::load(&path).expect_err("too large");
    assert!(matches!(e, LoadError::TooLarge { .. }), "{e}");
    let (code, _, err) = check_path(&path);
    assert_eq!(code, 1);
    assert!(err.contains("286 MiB, more than the limit of 256 MiB"), "{err}");
}

#[test]
fn non_utf8_bytes() {
    let mut bytes = SEED.as_bytes().to_vec();
    bytes[200] = 0xff;
    let e = io::from_bytes(&bytes).expect_err("not utf-8");
    assert!(matches!(e, LoadError::NotUtf8 { offset: 200 }), "{e}");
    assert_check_fails(&bytes, "not UTF-8 text (invalid byte at offset 200)");
}

#[test]
fn nesting_10000_deep() {
    let deep = format!(
        "{{\"format\":\"knowledge-map\",\"version\":1,\"title\":{}{}}}",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    // Read in one typed pass, the title is found to be a list, not text; either way a clear
    // error, never a stack overflow.
    assert_check_fails(deep.as_bytes(), "title: invalid type: sequence, expected a string");
    let deep_elsewhere = format!(
        "{{\"format\":\"knowledge-map\",\"version\":1,\"extra\":{}{},\"title\":\"t\"}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    assert_check_fails(deep_elsewhere.as_bytes(), "missing field `sources`");
    let deep_old_version = format!(
        "{{\"format\":\"knowledge-map\",\"version\":0,\"title\":{}{}}}",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    assert_check_fails(deep_old_version.as_bytes(), "nests deeper than 128 levels");
}

#[test]
fn wrong_types_name_their_json_path() {
    let s = with(|v| v["actors"][4]["kind"] = "dragon".into());
    let e = load_str(&s).expect_err("bad kind");
    let LoadError::Schema { path, message } = &e else {
        panic!("expected a schema error, got {e}");
    };
    assert_eq!(path, "actors[4].kind");
    assert!(message.contains("unknown variant `dragon`"), "{message}");
    assert_check_fails(with(|v| v["relations"] = 5.into()).as_bytes(), "relations: invalid type");
}

#[test]
fn over_long_names_hit_a_named_limit() {
    let s = with(|v| v["actors"][0]["name"] = "x".repeat(5000).into());
    assert_check_fails(s.as_bytes(), "actors[0].name: 5000 bytes of text exceeds the limit of 4096");
}

#[test]
fn a_folder_is_not_a_map() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (code, _, err) = check_path(dir.path());
    assert_eq!(code, 1);
    assert!(err.contains("this is a folder"), "{err}");
}

#[test]
fn positions_beyond_any_canvas_hit_a_named_limit() {
    let s = with(|v| v["actors"][2]["position"] = serde_json::json!([3.0e38, 0.0]));
    assert_check_fails(s.as_bytes(), "actors[2].position: coordinate");
    assert_check_fails(s.as_bytes(), "exceeds the limit of 10000000");
}
