//! The relation lexicon (`assets/relations.tsv`): words that state a relation between two
//! actors, matched on their English stems.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use rust_stemmers::{Algorithm, Stemmer};

use super::words::WordBuild;

const RELATIONS: &str = include_str!("../../assets/relations.tsv");

/// One sense of the lexicon: the words that state it and how to label it.
#[derive(Clone, Debug, PartialEq)]
pub struct Sense {
    /// Label read from subject to object ("met with").
    pub label: String,
    /// Label when negated ("did not meet").
    pub negative: String,
    /// Prepositions that may come between the word and its object.
    pub preps: Vec<String>,
    /// "X and Y met": the relation has no direction.
    pub symmetric: bool,
    /// The object must follow the word directly ("told Reuters").
    pub adjacent: bool,
}

/// The parsed lexicon: stems (and multi-word phrases) to senses.
pub struct Lexicon {
    /// Every sense.
    pub senses: Vec<Sense>,
    /// Stem of a single word → sense.
    by_stem: HashMap<String, usize, WordBuild>,
    /// Multi-word phrases in lower case ("hold talks") → sense, longest first.
    pub phrases: Vec<(Vec<String>, usize)>,
    /// First word of a phrase → indices into `phrases` (longest first).
    phrase_heads: HashMap<String, Vec<usize>, WordBuild>,
    stemmer: Stemmer,
    /// Tells this lexicon's entries apart in the per-thread cache of `sense_of`.
    id: usize,
}

/// Ids of parsed lexicons.
static NEXT_ID: AtomicUsize = AtomicUsize::new(0);

// Most words of an article come back many times, and stemming costs more than a lookup:
// word → sense for one lexicon (its id first), per thread, emptied when it grows large or
// another lexicon is asked.
thread_local! {
    static SENSES: RefCell<(usize, SenseCache)> = RefCell::new((usize::MAX, HashMap::default()));
}
/// Word → sense, as `sense_of` found it.
type SenseCache = HashMap<String, Option<usize>, WordBuild>;
/// Entries of the per-thread cache of `sense_of` before it is emptied.
const CACHE_LIMIT: usize = 100_000;

/// The built-in lexicon, parsed once.
pub fn builtin() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(|| parse(RELATIONS).0)
}

/// Parses lexicon data; returns it with the 1-based lines it had to skip.
pub fn parse(data: &str) -> (Lexicon, Vec<usize>) {
    let stemmer = Stemmer::create(Algorithm::English);
    let mut senses = Vec::new();
    let mut by_stem = HashMap::default();
    let mut phrases = Vec::new();
    let mut bad = Vec::new();
    let rows = data.lines().enumerate().filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#')).skip(1);
    for (i, line) in rows {
        let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
        let (Some(words), Some(label), Some(negative)) = (cells.first(), cells.get(1), cells.get(2)) else {
            bad.push(i + 1);
            continue;
        };
        if words.is_empty() || label.is_empty() {
            bad.push(i + 1);
            continue;
        }
        let flags = cells.get(4).copied().unwrap_or("");
        let sense = senses.len();
        senses.push(Sense {
            label: (*label).to_owned(),
            negative: (*negative).to_owned(),
            preps: cells
                .get(3)
                .copied()
                .unwrap_or("")
                .split(';')
                .filter(|p| !p.is_empty())
                .map(str::to_owned)
                .collect(),
            symmetric: flags.split(',').any(|f| f.trim() == "sym"),
            adjacent: flags.split(',').any(|f| f.trim() == "adjacent"),
        });
        for w in words.split(';').map(str::trim).filter(|w| !w.is_empty()) {
            let parts: Vec<String> = w.split_whitespace().map(str::to_lowercase).collect();
            if parts.len() > 1 {
                phrases.push((parts, sense));
            } else {
                // The stemmer does not always give a word and its inflections one stem ("sue"
                // → "sue" but "sued" → "su"), so each inflection is stemmed too.
                for form in inflections(&w.to_lowercase()) {
                    by_stem.entry(stemmer.stem(&form).into_owned()).or_insert(sense);
                }
            }
        }
    }
    phrases.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
    let mut phrase_heads: HashMap<String, Vec<usize>, WordBuild> = HashMap::default();
    for (i, (words, _)) in phrases.iter().enumerate() {
        if let Some(first) = words.first() {
            phrase_heads.entry(first.clone()).or_default().push(i);
        }
    }
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    (Lexicon { senses, by_stem, phrases, phrase_heads, stemmer, id }, bad)
}

/// A word with its regular inflections: "sue" → sue, sues, sued, suing; "ban" → bans,
/// banned, banning; "ally" → allies, allied.
fn inflections(w: &str) -> Vec<String> {
    let mut out = vec![w.to_owned(), format!("{w}s"), format!("{w}es")];
    let chars: Vec<char> = w.chars().collect();
    let vowel = |c: char| "aeiou".contains(c);
    if let Some(stem) = w.strip_suffix('e') {
        out.extend([format!("{w}d"), format!("{stem}ing")]);
    } else if let Some(stem) = w.strip_suffix('y').filter(|s| s.chars().last().is_some_and(|c| !vowel(c))) {
        out.extend([format!("{stem}ies"), format!("{stem}ied"), format!("{w}ing")]);
    } else {
        out.extend([format!("{w}ed"), format!("{w}ing")]);
        // "ban" → "banned": a short word ending consonant–vowel–consonant doubles it.
        if let [.., a, b, c] = chars.as_slice()
            && !vowel(*a)
            && vowel(*b)
            && !vowel(*c)
            && !"wxy".contains(*c)
            && chars.len() <= 4
        {
            out.extend([format!("{w}{c}ed"), format!("{w}{c}ing")]);
        }
    }
    out
}

impl Lexicon {
    /// The phrases whose first word is `lower_word`, longest first.
    pub fn phrases_starting(&self, lower_word: &str) -> impl Iterator<Item = &(Vec<String>, usize)> {
        self.phrase_heads.get(lower_word).into_iter().flatten().filter_map(|&i| self.phrases.get(i))
    }

    /// The sense a single lower-case word states, if any.
    pub fn sense_of(&self, lower_word: &str) -> Option<usize> {
        // (Looked up by the borrowed word: no allocation when it is there.)
        let cached = SENSES.with(|c| {
            let c = c.borrow();
            if c.0 == self.id { c.1.get(lower_word).copied() } else { None }
        });
        if let Some(hit) = cached {
            return hit;
        }
        let sense = self.by_stem.get(self.stemmer.stem(lower_word).as_ref()).copied();
        SENSES.with(|c| {
            let mut c = c.borrow_mut();
            if c.0 != self.id || c.1.len() >= CACHE_LIMIT {
                c.0 = self.id;
                c.1.clear();
            }
            c.1.insert(lower_word.to_owned(), sense);
        });
        sense
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_lexicon_parses_cleanly() {
        let (l, bad) = parse(RELATIONS);
        assert_eq!(bad, Vec::<usize>::new());
        assert!(l.senses.len() > 60);
    }

    #[test]
    fn inflections_share_a_sense_and_irregular_forms_are_listed() {
        let l = builtin();
        let call = l.sense_of("call");
        assert!(call.is_some());
        for w in ["called", "calls", "calling"] {
            assert_eq!(l.sense_of(w), call, "{w}");
        }
        assert_eq!(l.sense_of("met"), l.sense_of("meet"));
        for (a, b) in [("sued", "sue"), ("suing", "sue"), ("banned", "ban"), ("allied", "ally"), ("freeing", "free")] {
            assert!(l.sense_of(a).is_some() && l.sense_of(a) == l.sense_of(b), "{a} / {b}");
        }
        assert_eq!(l.sense_of("freed"), l.sense_of("frees"));
        assert_eq!(l.sense_of("recognized"), l.sense_of("recognises"));
        assert_eq!(l.sense_of("the"), None);
        assert_eq!(l.sense_of("said"), None, "reported speech is not a relation");
        let met = l.sense_of("met").and_then(|s| l.senses.get(s));
        assert!(met.is_some_and(|s| s.symmetric && s.label == "met with"));
    }
}
