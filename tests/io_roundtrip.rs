//! Saving and loading the native format: identity, determinism, atomicity and backups.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use knowledge_map::io;
use knowledge_map::model::validate;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn save_then_load_is_identity(map in common::arb_map()) {
        prop_assert_eq!(validate(&map), vec![]);
        let bytes = io::to_bytes(&map).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let back = io::from_bytes(&bytes).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&back, &map);
        // Deterministic: the same map gives the same bytes.
        let again = io::to_bytes(&back).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(again, bytes);
    }
}

#[test]
fn file_starts_with_format_and_version_and_ends_with_newline() {
    let map = knowledge_map::seed::seed_map().expect("seed map loads");
    let bytes = io::to_bytes(&map).expect("serializes");
    let text = String::from_utf8(bytes).expect("utf-8");
    assert!(text.starts_with("{\n  \"format\": \"knowledge-map\",\n  \"version\": 1,\n  \"title\""), "{}", &text[..80]);
    assert!(text.ends_with("}\n"));
}

#[test]
fn save_writes_atomically_and_keeps_a_backup() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("map.json");
    let mut map = knowledge_map::seed::seed_map().expect("seed map loads");
    io::save(&map, &path).expect("first save");
    assert!(!io::backup_path(&path).exists(), "no backup of a file that did not exist");
    let first = std::fs::read(&path).expect("read");

    map.title = "Second version".into();
    io::save(&map, &path).expect("second save");
    assert_eq!(std::fs::read(io::backup_path(&path)).expect("backup"), first);
    assert_eq!(io::load(&path).expect("reload"), map);

    // Nothing but the file and its backup is left in the folder.
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["map.json", "map.json.bak"]);
}

#[cfg(unix)]
#[test]
fn save_keeps_the_permissions_of_the_old_file() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("map.json");
    let map = knowledge_map::seed::seed_map().expect("seed map loads");
    io::save(&map, &path).expect("save");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    io::save(&map, &path).expect("save again");
    let mode = std::fs::metadata(&path).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
}

#[test]
fn saving_an_invalid_map_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("map.json");
    let mut map = knowledge_map::seed::seed_map().expect("seed map loads");
    io::save(&map, &path).expect("save");
    let before = std::fs::read(&path).expect("read");
    map.actors[0].position = [f32::NAN, 0.0];
    let err = io::save(&map, &path).expect_err("NaN must not be saved");
    assert!(err.to_string().contains("not a finite number"), "{err}");
    assert_eq!(std::fs::read(&path).expect("read"), before);
}

/// Makes `dir` read-only, even for root (which ignores permission bits) through the immutable
/// attribute. Returns false when neither works here.
#[cfg(unix)]
fn make_read_only(dir: &std::path::Path, on: bool) -> bool {
    use std::os::unix::fs::PermissionsExt as _;
    let mode = if on { 0o555 } else { 0o755 };
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(mode)).ok();
    let probe = dir.join(".probe");
    if !on || std::fs::write(&probe, b"x").is_err() {
        if !on {
            std::process::Command::new("chattr").arg("-i").arg(dir).status().ok();
        }
        return true;
    }
    std::fs::remove_file(&probe).ok();
    let ok = std::process::Command::new("chattr").arg("+i").arg(dir).status().is_ok_and(|s| s.success());
    ok && std::fs::write(&probe, b"x").is_err()
}

#[cfg(unix)]
#[test]
fn a_failed_save_leaves_the_old_file_intact_and_says_why() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("ro");
    std::fs::create_dir(&folder).expect("mkdir");
    let path = folder.join("map.json");
    let mut map = knowledge_map::seed::seed_map().expect("seed map loads");
    io::save(&map, &path).expect("save");
    let before = std::fs::read(&path).expect("read");

    if !make_read_only(&folder, true) {
        eprintln!("skipped: cannot make a folder read-only on this file system");
        return;
    }
    map.title = "changed".into();
    let result = io::save(&map, &path);
    make_read_only(&folder, false);

    let err = result.expect_err("saving into a read-only folder fails");
    let msg = err.to_string();
    assert!(msg.contains("file on disk is unchanged"), "{msg}");
    assert!(msg.contains("map.json"), "{msg}");
    assert_eq!(std::fs::read(&path).expect("read"), before);
    assert!(!io::backup_path(&path).exists());
}

#[test]
fn saving_into_a_missing_folder_names_the_target_not_a_temporary_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("no-such-folder").join("map.json");
    let map = knowledge_map::seed::seed_map().expect("seed map loads");
    let msg = io::save(&map, &path).expect_err("no folder").to_string();
    assert!(msg.contains("No such file or directory"), "{msg}");
    assert!(msg.ends_with("no-such-folder/map.json"), "{msg}");
    assert!(!msg.contains(".map.json."), "no temporary file name: {msg}");
}

#[cfg(unix)]
#[test]
fn saving_through_a_symlink_updates_the_target_and_keeps_the_link() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().expect("temp dir");
    let real = dir.path().join("real.json");
    let link = dir.path().join("link.json");
    let mut map = knowledge_map::seed::seed_map().expect("seed map loads");
    io::save(&map, &real).expect("save");
    assert_eq!(std::fs::metadata(&real).expect("meta").permissions().mode() & 0o777, 0o644);
    std::os::unix::fs::symlink(&real, &link).expect("symlink");
    map.title = "Through the link".into();
    io::save(&map, &link).expect("save through link");
    assert!(std::fs::symlink_metadata(&link).expect("meta").file_type().is_symlink());
    assert_eq!(io::load(&real).expect("load").title, "Through the link");
}

#[test]
fn a_map_over_the_limits_is_not_saved_so_every_saved_file_loads() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("map.json");
    let mut map = knowledge_map::seed::seed_map().expect("seed map loads");
    map.actors[0].name = "x".repeat(io::limits::MAX_SHORT_TEXT + 1);
    let err = io::save(&map, &path).expect_err("too long");
    assert!(err.to_string().contains("exceeds the limit"), "{err}");
    assert!(!path.exists());
}

#[test]
fn a_save_clears_temporaries_left_by_a_killed_save_but_not_fresh_ones() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.json");
    let stale = dir.path().join(".map.json.abc123.tmp");
    let fresh = dir.path().join(".map.json.def456.tmp");
    let other = dir.path().join(".other.json.ghi789.tmp");
    for f in [&stale, &fresh, &other] {
        std::fs::write(f, b"half a map").unwrap();
    }
    let two_hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
    for f in [&stale, &other] {
        std::fs::File::options().write(true).open(f).unwrap().set_modified(two_hours_ago).unwrap();
    }
    knowledge_map::io::save(&knowledge_map::seed::seed_map().unwrap(), &path).unwrap();
    assert!(!stale.exists(), "an old leftover of this file is removed");
    assert!(fresh.exists(), "a recent one may belong to a save in progress");
    assert!(other.exists(), "another file's leftovers are not ours to judge");
}
