//! The GraphMl importer on arbitrary bytes: an error or a map that validates, never a panic.
#![no_main]

use knowledge_map::io::formats::{Format, import_bytes};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok((map, _warnings)) = import_bytes(data, Format::GraphMl) {
        assert!(knowledge_map::model::validate(&map).is_empty(), "an imported map validates");
    }
});
