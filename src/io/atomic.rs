//! Atomic replacement of a file: the target is always either the old or the new content.

use std::io::Write as _;
use std::path::Path;

/// Writes `bytes` to `path` atomically.
///
/// The bytes go to a temporary file in the same folder, which is flushed to disk (`fsync`),
/// given the old file's permissions and renamed over `path`; then the folder is flushed so the
/// rename itself survives a crash. With `keep_backup`, the previous content of `path` is kept
/// as `NAME.bak` (also replaced atomically). On error, `path` is untouched and the temporary
/// file is removed.
pub fn write_atomic(path: &Path, bytes: &[u8], keep_backup: bool) -> std::io::Result<()> {
    // Saving through a symbolic link updates the file it points to, not the link.
    let resolved;
    let path = match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => {
            resolved = std::fs::canonicalize(path)?;
            resolved.as_path()
        }
        _ => path,
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => std::path::PathBuf::from("."),
    };
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(without_temp_name)?;
    tmp.write_all(bytes)?;
    tmp.flush()?;
    let old = std::fs::metadata(path).ok().filter(|m| m.is_file());
    match &old {
        Some(old) => tmp.as_file().set_permissions(old.permissions())?,
        // tempfile creates files only its owner can read; a new map gets the usual rw-r--r--.
        None => set_new_file_permissions(tmp.as_file())?,
    }
    tmp.as_file().sync_all()?;

    if keep_backup && old.is_some() {
        backup(path, &dir)?;
    }
    tmp.persist(path).map_err(|e| e.error)?;
    sync_dir(&dir);
    remove_stale_temporaries(&dir, &name);
    Ok(())
}

/// A writer killed mid-save leaves its hidden temporary file (`.NAME.xxxxxx.tmp`) behind; it
/// never replaced anything, so once a save of the same file has worked, leftovers older than
/// an hour (no live save takes that long) are removed. Failures here are ignored.
fn remove_stale_temporaries(dir: &Path, name: &str) {
    let prefix = format!(".{name}.");
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let file = entry.file_name();
        let file = file.to_string_lossy();
        if !(file.starts_with(&prefix) && file.ends_with(".tmp")) {
            continue;
        }
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > std::time::Duration::from_secs(3600));
        if old {
            std::fs::remove_file(entry.path()).ok();
        }
    }
}

/// tempfile's errors name the random temporary file, which means nothing to a person (our
/// messages name the target instead): keep only the system's reason.
fn without_temp_name(e: std::io::Error) -> std::io::Error {
    let message = e.to_string();
    let reason = message.split(" at path ").next().unwrap_or(&message);
    std::io::Error::new(e.kind(), reason.to_owned())
}

/// Copies the current `path` to `NAME.bak` through a temporary file and a rename, so the backup
/// is never half-written either.
fn backup(path: &Path, dir: &Path) -> std::io::Result<()> {
    let bak = super::backup_path(path);
    let tmp = tempfile::Builder::new().prefix(".bak.").suffix(".tmp").tempfile_in(dir).map_err(without_temp_name)?;
    std::fs::copy(path, tmp.path())?;
    tmp.as_file().sync_all()?;
    tmp.persist(&bak).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(unix)]
fn set_new_file_permissions(file: &std::fs::File) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt as _;
    file.set_permissions(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn set_new_file_permissions(_file: &std::fs::File) -> std::io::Result<()> {
    Ok(())
}

#[cfg(unix)]
fn sync_dir(dir: &Path) {
    // Makes the rename durable. A failure here cannot be acted on: the data is already in place.
    if let Ok(d) = std::fs::File::open(dir) {
        d.sync_all().ok();
    }
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) {}
