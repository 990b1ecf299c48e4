//! Reading and writing maps: the native format (versioned JSON) and the atomic save.
//!
//! Every function here treats the file as untrusted: size and count limits, version checks and
//! full validation run before a map is handed to the rest of the app.

mod atomic;
mod error;
pub mod formats;
pub mod limits;
mod native;
pub mod recovery;

pub use atomic::write_atomic;
pub use error::{LoadError, SaveError};
pub use native::{CURRENT_VERSION, FORMAT_NAME, from_bytes, to_bytes};

use std::path::Path;

/// Loads a map from a native file, refusing files over [`limits::MAX_FILE_BYTES`] before
/// reading them.
pub fn load(path: &Path) -> Result<crate::model::Map, LoadError> {
    let io_err = |source| LoadError::Io { path: path.to_owned(), source };
    let meta = std::fs::metadata(path).map_err(io_err)?;
    if meta.is_dir() {
        return Err(LoadError::IsDirectory { path: path.to_owned() });
    }
    if meta.len() > limits::MAX_FILE_BYTES {
        return Err(LoadError::TooLarge { size: meta.len(), limit: limits::MAX_FILE_BYTES });
    }
    // Read with the cap too: a file that grows after the check cannot fill memory.
    let bytes = read_capped(path, limits::MAX_FILE_BYTES).map_err(io_err)?;
    from_bytes(&bytes)
}

/// Reads a whole file of at most `limit` bytes (an article, a file to import). A folder, or a
/// file over the limit (checked before and while reading, so a device or a growing file cannot
/// fill memory) is an error that says so.
pub fn read_capped(path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
    use std::io::{Error, ErrorKind, Read};
    let meta = std::fs::metadata(path)?;
    if meta.is_dir() {
        return Err(Error::new(ErrorKind::InvalidInput, "this is a folder, not a file"));
    }
    let too_large = |size: u64| {
        Error::new(ErrorKind::InvalidData, format!("the file is {size} bytes, over the limit of {limit} bytes"))
    };
    if meta.len() > limit {
        return Err(too_large(meta.len()));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    std::fs::File::open(path)?.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Saves a map atomically to `path`: the map is validated and serialized first, written to a
/// temporary file in the same folder, flushed to disk and renamed over the target. The previous
/// file, if any, is kept as `NAME.bak`. On any error the file at `path` is untouched.
pub fn save(map: &crate::model::Map, path: &Path) -> Result<(), SaveError> {
    let bytes = to_bytes(map)?;
    write_atomic(path, &bytes, true).map_err(|source| SaveError::Io { path: path.to_owned(), source })
}

/// The path of the backup kept by [`save`]: `NAME.bak` next to `path`.
pub fn backup_path(path: &Path) -> std::path::PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
}

/// What a file looked like on disk (modification time and length) when it was loaded or last
/// saved, to notice changes by another program before overwriting them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DiskStamp {
    /// Modification time in nanoseconds since 1970, when the system tells it.
    pub modified_ns: Option<u64>,
    /// Length in bytes.
    pub len: u64,
}

impl DiskStamp {
    /// The stamp of the file at `path` now, if it exists.
    pub fn of(path: &Path) -> Option<Self> {
        let meta = std::fs::metadata(path).ok()?;
        let modified_ns = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .and_then(|d| u64::try_from(d.as_nanos()).ok());
        Some(Self { modified_ns, len: meta.len() })
    }
}
