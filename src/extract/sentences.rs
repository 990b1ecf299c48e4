//! Sentence splitting: Unicode sentence boundaries (UAX #29) mended where a period ends an
//! abbreviation ("Mr.", "Gen.", "Jan.", "U.S." before a name, initials) rather than a sentence.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

/// Abbreviations after which a period does not end a sentence (titles, months, "No.", "St."),
/// except those of `AFTER_A_NAME` before a word that opens sentences.
pub(crate) const ALWAYS_CONTINUE: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt", "Sen", "Rep", "Gov",
    "Amb", "Pres", "Rev", "Hon", "St", "Mt", "No", "Nos", "vs", "etc", "cf", "approx", "Jan", "Feb", "Mar", "Apr",
    "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Inc", "Corp", "Ltd", "Co", "Jr", "Sr", "e.g", "i.e",
    "Lt-Gen", "Maj-Gen", "Ing", "Me", "Lic", "Dra", "Eng",
];

/// Abbreviations that close a name: UAX #29 only breaks after them before a capital, and the
/// sentence ends there when that capital opens sentences ("The", "It", "In").
const AFTER_A_NAME: &[&str] = &["Inc", "Corp", "Ltd", "Co", "Jr", "Sr"];

/// Byte ranges of the sentences of `text`, trimmed of surrounding white space, in order. Empty
/// segments are skipped; a line without final punctuation (a headline) is a sentence.
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    // A "sentence" of thousands of words (a list, a table, text without punctuation) is cut
    // at white space: the rules look at words near each other, and their cost grows with a
    // sentence's length.
    for range in unicode_sentences(text) {
        let mut start = range.start;
        while range.end - start > MAX_SENTENCE_BYTES {
            let cut = text[start..range.end]
                .char_indices()
                .skip_while(|(i, _)| *i < MAX_SENTENCE_BYTES / 2)
                .find(|(_, c)| c.is_whitespace())
                .map_or(range.end, |(i, _)| start + i);
            out.extend(trim(text, start..cut));
            start = cut;
        }
        out.extend(trim(text, start..range.end));
    }
    out
}

/// [`split_sentences`] of `text[part]`, as ranges of the whole `text`; empty when `part` is not
/// a range of it. Splitting the halves of a text cut just after a line break gives the
/// sentences of the whole (UAX #29 always breaks there, and no sentence is joined across one).
pub fn split_sentences_of(text: &str, part: Range<usize>) -> Vec<Range<usize>> {
    let Some(slice) = text.get(part.clone()) else { return Vec::new() };
    let mut out = split_sentences(slice);
    for r in &mut out {
        *r = r.start + part.start..r.end + part.start;
    }
    out
}

/// The byte just past the line break nearest the middle of `text` (to cut it into halves that
/// can be split on their own), if it has one that leaves text on both sides.
pub fn line_break_near_middle(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let middle = bytes.len() / 2;
    let after = bytes.get(middle..)?.iter().position(|&b| b == b'\n').map(|i| middle + i + 1);
    let before = bytes.get(..middle)?.iter().rposition(|&b| b == b'\n').map(|i| i + 1);
    let nearer = match (before, after) {
        (Some(b), Some(a)) => Some(if middle - b <= a - middle { b } else { a }),
        (b, a) => b.or(a),
    };
    nearer.filter(|&cut| cut > 0 && cut < bytes.len())
}

/// Longest sentence looked at as one, in bytes (about 300 words).
const MAX_SENTENCE_BYTES: usize = 2_000;

fn unicode_sentences(text: &str) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut pending: Option<Range<usize>> = None;
    let mut segments = text.split_sentence_bound_indices().peekable();
    while let Some((start, seg)) = segments.next() {
        let range = start..start + seg.len();
        let merged = match pending.take() {
            Some(p) => p.start..range.end,
            None => range,
        };
        let body = &text[merged.clone()];
        // ("Toyota Motor Corp. President Koji Sato said", "Mitsui & Co. Ltd.": after a name's
        // abbreviation, only a word that opens sentences starts a new one.)
        let next_opens = segments.peek().is_none_or(|(_, next)| {
            let word = next.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            super::words::not_a_name(word)
        });
        let name_goes_on = after_a_name(body) && !next_opens;
        if (continues_after(body) || name_goes_on) && !body.ends_with('\n') {
            pending = Some(merged);
        } else {
            out.extend(trim(text, merged));
        }
    }
    if let Some(p) = pending {
        out.extend(trim(text, p));
    }
    out
}

/// Whether a segment that UAX #29 ended is really cut at an abbreviation, so the next segment
/// continues the same sentence.
fn continues_after(segment: &str) -> bool {
    let Some(word) = word_before_final_dot(segment).filter(|w| !w.is_empty()) else { return false };
    if ALWAYS_CONTINUE.contains(&word) {
        // (After a name's abbreviation, see `after_a_name`.)
        return !AFTER_A_NAME.contains(&word);
    }
    // An initial ("John F. Kennedy", "J. R. R.") or a dotted acronym ("U.S.", "U.N."): a
    // sentence rarely ends on one, and news writes "U.S. officials" far more than "… the U.S."
    let mut chars = word.chars();
    let single_capital = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    let dotted =
        word.len() >= 3 && word.split('.').all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase));
    single_capital || dotted
}

/// Whether a segment ends with an abbreviation that closes a name ("China National Petroleum
/// Corp.", "Ferdinand Marcos Jr."): UAX #29 breaks after it before any capital, which may open
/// the next sentence ("… Petroleum Corp. The deal …") or go on with it ("… Corp. President …").
fn after_a_name(segment: &str) -> bool {
    word_before_final_dot(segment).is_some_and(|w| AFTER_A_NAME.contains(&w))
}

/// The word a segment's final period closes ("Gen" in "… met Gen."), if it ends with one.
fn word_before_final_dot(segment: &str) -> Option<&str> {
    let before_dot = segment.trim_end().strip_suffix('.')?;
    before_dot.rsplit(|c: char| c.is_whitespace() || c == '(' || c == '“' || c == '"').next()
}

fn trim(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let s = &text[range.clone()];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    (!t.is_empty()).then(|| range.start + lead..range.start + lead + t.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halves_cut_at_a_line_break_split_like_the_whole() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/extract_set/dev");
        let mut files: Vec<_> = std::fs::read_dir(dir).into_iter().flatten().flatten().map(|e| e.path()).collect();
        files.sort();
        let articles: Vec<String> = files
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .take(40)
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .collect();
        // Joined with single line breaks, and with "\r\n", so cuts fall at every kind of line end.
        for text in [articles.join("\n"), articles.join("\r\n"), articles.join("\n\n")] {
            let whole = split_sentences(&text);
            assert!(whole.len() > 400, "{}", whole.len());
            let cut = line_break_near_middle(&text).unwrap_or_else(|| panic!("no line break"));
            assert!(text[..cut].ends_with('\n') && cut.abs_diff(text.len() / 2) < 3_000, "{cut}");
            let mut halves = split_sentences_of(&text, 0..cut);
            halves.extend(split_sentences_of(&text, cut..text.len()));
            assert_eq!(halves, whole);
        }
        assert_eq!(line_break_near_middle("no break at all"), None);
        assert_eq!(line_break_near_middle("only at the end\n"), None);
        assert_eq!(line_break_near_middle("one line\nanother"), Some(9));
        assert!(split_sentences_of("Short.", 2..99).is_empty());
    }

    fn sentences(text: &str) -> Vec<&str> {
        split_sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn splits_on_final_punctuation_and_keeps_offsets() {
        let text = "Trump called Lukashenko. They spoke for an hour! Did it help?  ";
        assert_eq!(sentences(text), ["Trump called Lukashenko.", "They spoke for an hour!", "Did it help?"]);
        for r in split_sentences(text) {
            assert!(text.get(r).is_some());
        }
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_a_sentence() {
        let text = "Mr. Smith met Gen. Jones on Jan. 5 in Washington. U.S. envoy John F. Kennedy Jr. arrived. \
                    The U.N. Security Council met.";
        assert_eq!(
            sentences(text),
            [
                "Mr. Smith met Gen. Jones on Jan. 5 in Washington.",
                "U.S. envoy John F. Kennedy Jr. arrived.",
                "The U.N. Security Council met."
            ]
        );
    }

    #[test]
    fn an_abbreviation_closing_a_name_can_end_a_sentence() {
        assert_eq!(
            sentences(
                "Sinopec is led by China National Petroleum Corp. The deal closed. Ferdinand Marcos Jr. said so."
            ),
            ["Sinopec is led by China National Petroleum Corp.", "The deal closed.", "Ferdinand Marcos Jr. said so."]
        );
        assert_eq!(
            sentences("Toyota Motor Corp. President Koji Sato met Mitsui & Co. Ltd. It agreed."),
            ["Toyota Motor Corp. President Koji Sato met Mitsui & Co. Ltd.", "It agreed."]
        );
    }

    #[test]
    fn lines_and_paragraphs_are_sentences_and_unicode_is_safe() {
        let text = "Trump Calls Lukashenko\n\n«Ça va», dit-il. Лукашенко ответил.\nПутин молчал";
        assert_eq!(
            sentences(text),
            ["Trump Calls Lukashenko", "«Ça va», dit-il.", "Лукашенко ответил.", "Путин молчал"]
        );
    }

    #[test]
    fn a_sentence_without_end_is_cut_at_white_space() {
        let text = "word ".repeat(5_000);
        let parts = split_sentences(&text);
        assert!(parts.len() >= 10, "{} parts", parts.len());
        assert!(parts.iter().all(|r| r.len() <= MAX_SENTENCE_BYTES));
        assert!(parts.iter().all(|r| text[r.clone()].starts_with("word")));
    }

    #[test]
    fn empty_and_blank_text_have_no_sentences() {
        assert!(split_sentences("").is_empty());
        assert!(split_sentences(" \n\t ").is_empty());
    }
}
