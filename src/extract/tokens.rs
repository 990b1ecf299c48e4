//! Words of a sentence with their byte offsets, and the few facts about each word the later
//! stages ask for.

use std::borrow::Cow;

use unicode_segmentation::UnicodeSegmentation;

/// One word or punctuation mark of a sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Token<'a> {
    /// The word as written (a possessive "’s" is a token of its own).
    pub text: &'a str,
    /// Byte offset of the first byte in the whole text.
    pub start: usize,
    /// Byte offset just past the token in the whole text.
    pub end: usize,
    /// Letters or digits (not punctuation).
    pub word: bool,
    /// Starts with an upper-case letter.
    pub capital: bool,
    /// In lower case, with typographic apostrophes made plain (borrowed from the text when it
    /// already is: most words are, and a token is made for every word of every article).
    pub lower: Cow<'a, str>,
}

impl Token<'_> {
    /// Whether this is the possessive ending "’s" / "'s" or a lone apostrophe after a plural.
    pub fn is_possessive(&self) -> bool {
        matches!(self.text, "’s" | "'s" | "’" | "'")
    }

    /// A hyphen standing as a token of its own ("Rwanda" "-" "backed"), either kind.
    pub fn is_hyphen(&self) -> bool {
        matches!(self.text, "-" | "‑")
    }

    /// Whether the token is this word, ignoring case.
    pub fn is(&self, word: &str) -> bool {
        self.text.eq_ignore_ascii_case(word)
    }
}

/// Tokens of `text[start..end]`; offsets are into the whole `text`. Dotted abbreviations keep
/// their final period ("U.S.", "Mr."), possessive endings are split off, and hyphenated words
/// stay whole ("lawyer-turned-envoy", "al-Sharaa").
pub fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token<'_>> {
    let Some(slice) = text.get(start..end) else { return Vec::new() };
    let mut raw: Vec<(usize, usize)> = Vec::new();
    for (i, w) in slice.split_word_bound_indices() {
        if w.trim().is_empty() {
            continue;
        }
        let (a, b) = (start + i, start + i + w.len());
        // Glue "U.S" + "." and "Mr" + "." (no space between), and hyphen chains.
        if let Some(last) = raw.last_mut() {
            let prev = &text[last.0..last.1];
            let glue_dot = w == "." && last.1 == a && is_abbreviation(prev);
            // "Trump-Lukashenko", "U.S.-Russia": two names, not one; but "Jens-Frederik
            // Nielsen", "Inter-Services Public Relations" (a capitalised word follows) are one.
            let after_pair = {
                let rest = &text[b..end];
                let word_end = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
                let tail = &rest[word_end..];
                tail.starts_with(' ') && tail[1..].chars().next().is_some_and(char::is_uppercase)
            };
            // (Nor "IRIS-T": one letter after the hyphen is part of a product's name.)
            let one_letter = {
                let rest = &text[b..end];
                rest.chars().nth(1).is_none_or(|c| !c.is_alphanumeric())
            };
            // ("Al-Shabaab", "El-Fasher": an Arabic article, not a first name. Capitalised, the
            // articles that are also English words — "As", "At", "An" — are left out.)
            let article = ["Al", "El", "Ad", "Ash", "Az", "Ar"].contains(&prev);
            // ("(SPLM-IO)": one acronym in brackets, and so wherever the text uses it.)
            // (Acronyms in capitals only: "(Israel-Hamas)" stays two names.)
            let bracketed = (w == "-" || w == "‑") && {
                let rest = &text[b..end];
                let word_end = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
                let caps = |s: &str| s.len() >= 2 && s.chars().all(|c| c.is_ascii_uppercase());
                let here = text[..last.0].ends_with('(') && rest[word_end..].starts_with(')');
                caps(prev)
                    && caps(&rest[..word_end])
                    && (here || text.contains(&format!("({prev}{w}{})", &rest[..word_end])))
            };
            // ("ZANU-PF", "GroenLinks-PvdA", "SPLM-IO": one party, written in capitals on both
            // sides; but "EU-UK trade talks": two, before the noun they qualify.)
            let capitals = |s: &str| s.chars().filter(char::is_ascii_uppercase).count() >= 2 && !s.contains('.');
            // (Nor "US-UK", "EU-UK": two short abbreviations are two names.)
            let acronym_pair = (w == "-" || w == "‑") && {
                let rest = &text[b..end];
                let word_end = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
                let after = rest[word_end..].trim_start();
                let head = &after[..after.find(|c: char| !c.is_alphabetic()).unwrap_or(after.len())];
                let short = |s: &str| s.chars().count() <= 3;
                capitals(prev)
                    && capitals(&rest[..word_end])
                    && word_end <= 6
                    && !(short(prev) && short(&rest[..word_end]))
                    && !COMPOUND_HEADS.contains(&head)
            };
            let names_pair = (w == "-" || w == "‑")
                && !article
                && !bracketed
                && !acronym_pair
                && prev.chars().next().is_some_and(char::is_uppercase)
                && text[b..end].chars().next().is_some_and(char::is_uppercase)
                && !after_pair
                && !one_letter;
            // "ANO-led", "Singapore-based", "Toronto-listed": the name stays a name.
            let next_word: &str = {
                let rest = &text[b..end];
                &rest[..rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len())]
            };
            let suffix = (w == "-" || w == "‑")
                && prev.chars().next().is_some_and(char::is_uppercase)
                && next_word.chars().next().is_some_and(char::is_lowercase)
                && (["led", "run", "born", "made", "style"].contains(&next_word) || next_word.ends_with("ed"));
            let glue_hyphen = last.1 == a
                && !names_pair
                && !suffix
                && prev != "-"
                && prev != "‑"
                && (w == "-" || w == "‑" || prev.ends_with('-') || prev.ends_with('‑'))
                && (w != "-" || text[b..end].chars().next().is_some_and(char::is_alphanumeric))
                && prev.chars().last().is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '‑');
            if glue_dot || glue_hyphen {
                last.1 = b;
                continue;
            }
        }
        raw.push((a, b));
    }
    let mut out = Vec::with_capacity(raw.len() + 4);
    for (a, b) in raw {
        let w = &text[a..b];
        // "Trump’s" → "Trump" + "’s".
        let split = ["’s", "'s", "’S", "'S"].iter().find_map(|p| w.strip_suffix(p).filter(|s| !s.is_empty()));
        match split {
            Some(stem) => {
                out.push(token(text, a, a + stem.len()));
                out.push(token(text, a + stem.len(), b));
            }
            None => out.push(token(text, a, b)),
        }
    }
    out
}

/// Nouns that a compound of two names qualifies ("EU-UK trade talks", "Russia-NATO council").
const COMPOUND_HEADS: &[&str] = &[
    "talks",
    "deal",
    "deals",
    "trade",
    "border",
    "relations",
    "summit",
    "meeting",
    "war",
    "ceasefire",
    "agreement",
    "accord",
    "pact",
    "rivalry",
    "tensions",
    "dialogue",
    "conflict",
    "partnership",
    "ties",
    "negotiations",
    "call",
    "council",
    "commission",
    "cooperation",
    "treaty",
    "dispute",
    "framework",
    "security",
    "joint",
    "free",
];

fn is_abbreviation(word: &str) -> bool {
    let dotted = word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2);
    // The same abbreviations that do not end a sentence.
    let single = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    dotted || single || super::sentences::ALWAYS_CONTINUE.contains(&word)
}

fn token(text: &str, start: usize, end: usize) -> Token<'_> {
    let t = &text[start..end];
    let first = t.chars().next();
    Token {
        text: t,
        start,
        end,
        word: t.chars().any(char::is_alphanumeric),
        capital: first.is_some_and(char::is_uppercase),
        lower: if !t.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
            Cow::Borrowed(t)
        } else if t.is_ascii() {
            Cow::Owned(t.to_ascii_lowercase())
        } else {
            Cow::Owned(t.to_lowercase().replace('’', "'"))
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, 0, text.len()).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn keeps_abbreviations_splits_possessives() {
        assert_eq!(
            words("U.S. envoy Mr. Coale, Trump’s lawyer-turned-envoy, met al-Sharaa."),
            ["U.S.", "envoy", "Mr.", "Coale", ",", "Trump", "’s", "lawyer-turned-envoy", ",", "met", "al-Sharaa", "."]
        );
    }

    #[test]
    fn hyphens_between_names_products_and_modifiers() {
        assert_eq!(words("the Trump-Lukashenko call"), ["the", "Trump", "-", "Lukashenko", "call"]);
        assert_eq!(words("Jens-Frederik Nielsen spoke"), ["Jens-Frederik", "Nielsen", "spoke"]);
        assert_eq!(words("IRIS-T launchers"), ["IRIS-T", "launchers"]);
        assert_eq!(words("Toronto-listed Northfield"), ["Toronto", "-", "listed", "Northfield"]);
        // An acronym given in brackets stays one wherever it stands; other pairs are two.
        assert_eq!(
            words("the Movement (SPLM-IO). The SPLM-IO said"),
            ["the", "Movement", "(", "SPLM-IO", ")", ".", "The", "SPLM-IO", "said"]
        );
        assert_eq!(words("US-EU talks"), ["US", "-", "EU", "talks"]);
        // A party written in capitals on both sides is one, unless a noun it qualifies follows.
        assert_eq!(words("the ruling ZANU-PF of"), ["the", "ruling", "ZANU-PF", "of"]);
        assert_eq!(words("GroenLinks-PvdA, the"), ["GroenLinks-PvdA", ",", "the"]);
        assert_eq!(words("the EU-UK trade deal"), ["the", "EU", "-", "UK", "trade", "deal"]);
        assert_eq!(words("Russia-NATO, the"), ["Russia", "-", "NATO", ",", "the"]);
        assert_eq!(words("The US-UK alliance"), ["The", "US", "-", "UK", "alliance"]);
        assert_eq!(words("the SPLM-IO said"), ["the", "SPLM-IO", "said"]);
    }

    #[test]
    fn offsets_slice_the_text_and_flags_are_right() {
        let text = "Über «Lukashenko» said: 42";
        for t in tokenize(text, 0, text.len()) {
            assert_eq!(&text[t.start..t.end], t.text);
        }
        let t = tokenize(text, 0, text.len());
        assert!(t[0].capital && t[0].word);
        assert!(!t[1].word);
        assert!(t.last().is_some_and(|t| t.word && !t.capital));
    }

    #[test]
    fn a_range_inside_the_text_gives_absolute_offsets() {
        let text = "First. Second sentence.";
        let t = tokenize(text, 7, text.len());
        assert_eq!((t[0].text, t[0].start), ("Second", 7));
    }
}
