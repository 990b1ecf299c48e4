//! Recovery files: unsaved work written in the background to the app's data folder (never over
//! the person's own file), offered back after a crash.
//!
//! A recovery file is JSON: `{"format": "knowledge-map-recovery", "version": 1, "document":
//! "/path/of/the/map.json" or null, "name": "…", "saved_at": 1764430000, "map": {native map}}`.
//! It is named `recovery-<pid>-<start time>.json`: two running windows never write the same
//! file, and a new process never overwrites a file left by an earlier one with the same pid.

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::Value;

use super::{LoadError, SaveError, write_atomic};
use crate::model::Map;

const FORMAT: &str = "knowledge-map-recovery";

/// A recovery file found on disk.
#[derive(Clone, Debug, PartialEq)]
pub struct Recovered {
    /// The recovery file itself.
    pub file: PathBuf,
    /// The document the work belonged to (`None` for an unsaved or built-in map).
    pub document: Option<PathBuf>,
    /// The name the window showed.
    pub name: String,
    /// When it was written, in seconds since 1970.
    pub saved_at: u64,
    /// The map as it was.
    pub map: Map,
    /// The document file's stamp as that session last loaded or saved it, so a later change by
    /// another program is still noticed before the restored work overwrites it.
    pub document_stamp: Option<super::DiskStamp>,
}

/// A recovery file name for this process in `dir`, unique to this process's lifetime.
pub fn own_file(dir: &Path) -> PathBuf {
    let started = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_micros());
    dir.join(format!("recovery-{}-{started}.json", std::process::id()))
}

/// What the recovery file says about the document the work belongs to.
#[derive(Clone, Copy, Debug)]
pub struct DocumentInfo<'a> {
    /// Its file, if it has one.
    pub path: Option<&'a Path>,
    /// The name the window shows.
    pub name: &'a str,
    /// The file's stamp when last loaded or saved.
    pub stamp: Option<super::DiskStamp>,
}

/// Writes `map` as the recovery file `file` (atomically; no backup).
pub fn write(file: &Path, map: &Map, doc: DocumentInfo<'_>) -> Result<(), SaveError> {
    let DocumentInfo { path: document, name, stamp } = doc;
    let native = super::to_bytes(map)?;
    let map_value: Value = serde_json::from_slice(&native).map_err(|e| SaveError::Serialize(e.to_string()))?;
    let saved_at = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let envelope = serde_json::json!({
        "format": FORMAT,
        "version": 1,
        "document": document.map(|p| p.display().to_string()),
        "name": name,
        "saved_at": saved_at,
        "document_modified_ns": stamp.and_then(|s| s.modified_ns),
        "document_len": stamp.map(|s| s.len),
        "map": map_value,
    });
    let bytes = serde_json::to_vec(&envelope).map_err(|e| SaveError::Serialize(e.to_string()))?;
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir).map_err(|source| SaveError::Io { path: dir.to_owned(), source })?;
    }
    write_atomic(file, &bytes, false).map_err(|source| SaveError::Io { path: file.to_owned(), source })
}

/// Reads a recovery file, validating the map inside like any map file.
pub fn read(file: &Path) -> Result<Recovered, LoadError> {
    let io_err = |source| LoadError::Io { path: file.to_owned(), source };
    let meta = std::fs::metadata(file).map_err(io_err)?;
    if meta.len() > super::limits::MAX_FILE_BYTES {
        return Err(LoadError::TooLarge { size: meta.len(), limit: super::limits::MAX_FILE_BYTES });
    }
    let bytes = std::fs::read(file).map_err(io_err)?;
    let value: Value = serde_json::from_slice(&bytes).map_err(|e| LoadError::Syntax {
        message: e.to_string(),
        line: e.line(),
        column: e.column(),
    })?;
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(LoadError::NotAMap { found: "not a recovery file".into() });
    }
    let map_value = value.get("map").cloned().unwrap_or(Value::Null);
    let map_bytes =
        serde_json::to_vec(&map_value).map_err(|e| LoadError::Syntax { message: e.to_string(), line: 0, column: 0 })?;
    let map = super::from_bytes(&map_bytes)?;
    Ok(Recovered {
        file: file.to_owned(),
        document: value.get("document").and_then(Value::as_str).map(PathBuf::from),
        name: value.get("name").and_then(Value::as_str).unwrap_or_default().to_owned(),
        saved_at: value.get("saved_at").and_then(Value::as_u64).unwrap_or(0),
        document_stamp: value.get("document_len").and_then(Value::as_u64).map(|len| super::DiskStamp {
            modified_ns: value.get("document_modified_ns").and_then(Value::as_u64),
            len,
        }),
        map,
    })
}

/// The newest readable recovery file in `dir` left by a process that is no longer running.
/// Unreadable ones are reported in the second value (they are kept, never deleted silently).
pub fn find(dir: &Path) -> (Option<Recovered>, Vec<(PathBuf, LoadError)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return (None, Vec::new());
    };
    let mut found: Vec<Recovered> = Vec::new();
    let mut broken = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        let Some(stem) = name.strip_prefix("recovery-").and_then(|n| n.strip_suffix(".json")) else {
            continue;
        };
        let pid = stem.split('-').next().unwrap_or(stem);
        if pid.parse::<u32>().is_ok_and(is_running) {
            continue;
        }
        match read(&path) {
            Ok(r) => found.push(r),
            Err(e) => broken.push((path, e)),
        }
    }
    found.sort_by_key(|r| std::cmp::Reverse(r.saved_at));
    (found.into_iter().next(), broken)
}

/// Whether another Knowledge Map process with this id is running now. This process counts as
/// not running (its recovery file is from an earlier life of the same pid), and so do zombies
/// (killed but not yet reaped) and processes of other programs that reuse the pid.
fn is_running(pid: u32) -> bool {
    if pid == std::process::id() || !cfg!(target_os = "linux") {
        return false;
    }
    let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
        return false;
    };
    // The state is the first field after the parenthesised command name.
    let state = stat.rsplit_once(')').and_then(|(_, rest)| rest.split_whitespace().next());
    if matches!(state, None | Some("Z" | "X")) {
        return false;
    }
    let comm = |p: &str| std::fs::read_to_string(format!("/proc/{p}/comm")).ok();
    comm(&pid.to_string()).is_some_and(|c| Some(c) == comm("self"))
}

/// Removes a recovery file; a missing file is fine.
pub fn remove(file: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(file) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_find_read_remove() {
        let dir = tempfile::tempdir().expect("dir");
        let mut map = crate::seed::seed_map().expect("seed");
        map.title = "edited".into();
        // A file left by a process that is gone (pid 0 is never a user process).
        let file = dir.path().join("recovery-0.json");
        let stamp = crate::io::DiskStamp { modified_ns: Some(1_764_000_000_123_456_789), len: 42 };
        let doc = DocumentInfo { path: Some(Path::new("/maps/a.json")), name: "a.json", stamp: Some(stamp) };
        write(&file, &map, doc).expect("write");
        let (found, broken) = find(dir.path());
        assert!(broken.is_empty());
        let r = found.expect("found");
        assert_eq!(r.map, map);
        assert_eq!(r.document.as_deref(), Some(Path::new("/maps/a.json")));
        assert_eq!(r.name, "a.json");
        assert_eq!(r.document_stamp, Some(stamp));
        remove(&file).expect("remove");
        assert!(find(dir.path()).0.is_none());
        remove(&file).expect("removing twice is fine");
    }

    #[test]
    fn a_broken_recovery_file_is_reported_not_deleted() {
        let dir = tempfile::tempdir().expect("dir");
        let file = dir.path().join("recovery-0.json");
        std::fs::write(&file, b"{\"format\": \"knowledge-map-recovery\", \"map\": 5}").expect("write");
        let (found, broken) = find(dir.path());
        assert!(found.is_none());
        assert_eq!(broken.len(), 1);
        assert!(file.exists());
    }
}
