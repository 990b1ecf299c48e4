//! Extraction on arbitrary bytes: an error (not UTF-8, empty) or a draft map that validates and
//! whose every evidence span is the exact words of the article.
#![no_main]

use knowledge_map::extract::{ArticleInfo, article_text, draft_map};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = article_text(data) else { return };
    let Ok(map) = draft_map(text, &ArticleInfo::default(), &mut |_| true) else { return };
    assert!(knowledge_map::model::validate(&map).is_empty(), "a draft validates");
    for r in &map.relations {
        assert!(!r.evidence.is_empty());
        for e in &r.evidence {
            assert_eq!(text.get(e.start..e.end), Some(e.quote.as_str()));
        }
    }
});
