//! `knowledge-map extract` through the real binary: a draft from a file and from stdin, adding
//! to an existing map, and clear errors for input that is not an article.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::Write;
use std::process::{Command, Stdio};

use knowledge_map::model::validate;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_knowledge-map"))
}

const ARTICLE: &str = "Belarus frees prisoners\n\nBelarusian President Alexander Lukashenko freed 14 prisoners \
    on Thursday after talks with U.S. envoy John Coale. Lukashenko thanked Trump. Poland welcomed the release.";

#[test]
fn drafts_a_map_from_a_file_and_from_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(&article, ARTICLE).unwrap();
    let out = dir.path().join("draft.json");
    let run = bin().args(["extract"]).arg(&article).arg("-o").arg(&out).output().unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(stdout.starts_with("ok: proposed "), "{stdout}");
    let map = knowledge_map::io::load(&out).unwrap();
    assert_eq!(validate(&map), vec![]);
    assert_eq!(map.sources.len(), 1);
    assert_eq!(map.sources[0].text, ARTICLE);
    assert_eq!(map.title, "Belarus frees prisoners");
    assert!(map.actors.iter().all(|a| a.proposal.is_some()));
    assert!(map.relations.iter().all(|r| r.proposal.is_some() && !r.evidence.is_empty()));
    let names: Vec<&str> = map.actors.iter().map(|a| a.name.as_str()).collect();
    for n in ["Alexander Lukashenko", "Belarus", "John Coale", "United States", "Poland"] {
        assert!(names.contains(&n), "{n} in {names:?}");
    }

    let piped = dir.path().join("piped.json");
    let mut child =
        bin().args(["extract", "-", "-o"]).arg(&piped).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(ARTICLE.as_bytes()).unwrap();
    assert!(child.wait_with_output().unwrap().status.success());
    let from_stdin = knowledge_map::io::load(&piped).unwrap();
    assert_eq!(from_stdin.actors.len(), map.actors.len());
    assert_eq!(from_stdin.relations.len(), map.relations.len());
}

#[test]
fn adding_an_article_proposes_only_what_is_new() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(&article, "Lukashenko met Putin in Minsk. Minsk later freed Ales Bialiatski.").unwrap();
    let seed = dir.path().join("seed.json");
    knowledge_map::io::save(&knowledge_map::seed::seed_map().unwrap(), &seed).unwrap();
    let out = dir.path().join("more.json");
    let run = bin().args(["extract"]).arg(&article).arg("-o").arg(&out).arg("--into").arg(&seed).output().unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let before = knowledge_map::seed::seed_map().unwrap();
    let after = knowledge_map::io::load(&out).unwrap();
    assert_eq!(after.sources.len(), before.sources.len() + 1);
    // Lukashenko, Putin and Belarus (Minsk) are matched to the actors already there.
    let new: Vec<&str> = after.actors[before.actors.len()..].iter().map(|a| a.name.as_str()).collect();
    assert_eq!(new, ["Ales Bialiatski"]);
    assert!(after.relations.iter().any(|r| r.source.as_str() == "lukashenko"
        && r.target.as_str() == "putin"
        && r.label == "met with"
        && r.proposal.is_some()));
    assert!(after.relations.iter().any(|r| r.source.as_str() == "belarus" && r.proposal.is_some()));
    // What the map had is untouched.
    assert_eq!(&after.actors[..before.actors.len()], &before.actors[..]);
}

#[test]
fn refuses_non_utf8_empty_and_missing_input_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &[u8], &str); 2] =
        [("latin1.txt", b"Lukashenko \xe9t\xe9 Minsk", "not UTF-8"), ("empty.txt", b" \n\t ", "empty")];
    for (name, bytes, says) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let out = dir.path().join("x.json");
        let run = bin().args(["extract"]).arg(&path).arg("-o").arg(&out).output().unwrap();
        assert_eq!(run.status.code(), Some(1), "{name}");
        let err = String::from_utf8_lossy(&run.stderr);
        assert!(err.contains(says), "{name}: {err}");
        assert!(!out.exists());
    }
    let run = bin().args(["extract", "/no/such/article.txt", "-o", "/tmp/never.json"]).output().unwrap();
    assert_eq!(run.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&run.stderr).contains("/no/such/article.txt"));
}
