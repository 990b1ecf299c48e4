//! The native loader on arbitrary bytes: an error or a map that validates, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(map) = knowledge_map::io::from_bytes(data) {
        assert!(knowledge_map::model::validate(&map).is_empty(), "a loaded map validates");
        // What loads saves, and loads back the same.
        let bytes = knowledge_map::io::to_bytes(&map).expect("a valid map saves");
        assert_eq!(knowledge_map::io::from_bytes(&bytes).expect("and loads again"), map);
    }
});
