//! Saves survive a kill: the binary lays out and saves a large map over an existing file and is
//! killed (SIGKILL) at many points; the file is always the old map or the new one, complete,
//! and `NAME.bak`, when present, is a complete map too.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
#![cfg(unix)]

use std::path::Path;
use std::process::Command;
use std::time::Instant;

fn layout_command(input: &Path, output: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_knowledge-map"));
    c.arg("layout").arg(input).arg("-o").arg(output).args(["--iterations", "2", "--seed", "5"]);
    c
}

#[test]
fn the_target_is_always_the_old_or_the_new_map() {
    let dir = tempfile::tempdir().expect("dir");
    let input = dir.path().join("in.json");
    let old = knowledge_map::generate::random_map(20_000, 60_000, 3);
    knowledge_map::io::save(&old, &input).expect("save input");
    let old_bytes = std::fs::read(&input).expect("read");

    // The new map, from one complete run (the layout is deterministic).
    let expected = dir.path().join("expected.json");
    let started = Instant::now();
    let status = layout_command(&input, &expected).status().expect("run");
    assert!(status.success());
    let full = started.elapsed();
    let new_bytes = std::fs::read(&expected).expect("read");
    assert_ne!(new_bytes, old_bytes);

    let target = dir.path().join("target.json");
    let mut outcomes = (0, 0);
    for i in 1..=16 {
        std::fs::write(&target, &old_bytes).expect("reset target");
        std::fs::remove_file(knowledge_map::io::backup_path(&target)).ok();
        let mut child = layout_command(&input, &target).spawn().expect("spawn");
        // Kill points spread over the whole run, the last ones during the write.
        std::thread::sleep(full.mul_f64(i as f64 / 16.0 * 1.05));
        child.kill().ok();
        child.wait().expect("wait");
        let now = std::fs::read(&target).expect("target still there");
        if now == old_bytes {
            outcomes.0 += 1;
        } else if now == new_bytes {
            outcomes.1 += 1;
        } else {
            panic!("kill point {i}: the target is neither the old nor the new map ({} bytes)", now.len());
        }
        knowledge_map::io::load(&target).expect("the target loads");
        let bak = knowledge_map::io::backup_path(&target);
        if bak.exists() {
            assert_eq!(std::fs::read(&bak).expect("bak"), old_bytes, "kill point {i}: the backup is the old map");
        }
        // A killed writer can leave its hidden temporary file (`.target.json.*.tmp`); it never
        // replaces the target. Clear it for the next round.
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .expect("ls")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp"))
            .collect();
        for name in leftovers {
            std::fs::remove_file(dir.path().join(name)).ok();
        }
    }
    eprintln!("kill points: {} left the old map, {} the new one (run takes {full:?})", outcomes.0, outcomes.1);
    assert!(outcomes.0 > 0, "some kills came before the save");
}

#[test]
fn a_recovery_file_is_always_the_old_or_the_new_one() {
    let dir = tempfile::tempdir().expect("dir");
    let old_map = knowledge_map::generate::random_map(3_000, 9_000, 4);
    let new_map = knowledge_map::generate::random_map(20_000, 60_000, 5);
    let new_file = dir.path().join("new.json");
    knowledge_map::io::save(&new_map, &new_file).expect("save");
    let recovery_dir = dir.path().join("recovery");
    std::fs::create_dir_all(&recovery_dir).expect("mkdir");
    let recovery = recovery_dir.join("recovery-1-1.json");
    let info = knowledge_map::io::recovery::DocumentInfo { path: None, name: "old", stamp: None };
    knowledge_map::io::recovery::write(&recovery, &old_map, info).expect("old recovery");
    let old_bytes = std::fs::read(&recovery).expect("read");
    let write = || {
        let mut c = Command::new(env!("CARGO_BIN_EXE_knowledge-map"));
        c.arg("write-recovery").arg(&new_file).arg(&recovery);
        c
    };
    let started = Instant::now();
    assert!(write().status().expect("run").success());
    let full = started.elapsed();
    assert_eq!(knowledge_map::io::recovery::read(&recovery).expect("read").map, new_map);
    let mut outcomes = (0, 0);
    for i in 1..=16 {
        std::fs::write(&recovery, &old_bytes).expect("reset");
        let mut child = write().spawn().expect("spawn");
        std::thread::sleep(full.mul_f64(i as f64 / 16.0 * 1.05));
        child.kill().ok();
        child.wait().expect("wait");
        // The envelope carries the time of writing, so compare what it holds, not its bytes.
        let now = knowledge_map::io::recovery::read(&recovery).expect("the recovery file reads");
        if now.map == old_map {
            outcomes.0 += 1;
        } else if now.map == new_map {
            outcomes.1 += 1;
        } else {
            panic!("kill point {i}: the recovery file is neither the old nor the new one");
        }
        // What the next start finds is a complete recovery file; a killed writer's temporary
        // file is not mistaken for one.
        let (found, broken) = knowledge_map::io::recovery::find(&recovery_dir);
        assert!(broken.is_empty(), "kill point {i}: {broken:?}");
        let found = found.expect("the recovery file is offered");
        assert!(found.map == old_map || found.map == new_map);
        for e in std::fs::read_dir(&recovery_dir).expect("ls").flatten() {
            if e.file_name().to_string_lossy().ends_with(".tmp") {
                std::fs::remove_file(e.path()).ok();
            }
        }
    }
    eprintln!(
        "recovery kill points: {} left the old file, {} the new one (run takes {full:?})",
        outcomes.0, outcomes.1
    );
    assert!(outcomes.0 > 0);
}
