//! The built-in gazetteer: states (with capitals, demonyms and seats of power), organisations,
//! and the titles and roles that mark people. Shipped as data in `assets/gazetteer/`.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};

use crate::model::ActorKind;

const STATES: &str = include_str!("../../assets/gazetteer/states.tsv");
const ORGANIZATIONS: &str = include_str!("../../assets/gazetteer/organizations.tsv");
const ROLES: &str = include_str!("../../assets/gazetteer/roles.tsv");
const PLACES: &str = include_str!("../../assets/gazetteer/places.tsv");

/// Something the gazetteer knows by name.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// The name the map shows ("United States").
    pub name: String,
    /// What sort of actor it is.
    pub kind: ActorKind,
    /// An international organisation (listed under "# International organisations"): no
    /// state's own body, so "Ukraine’s NATO bid" does not make NATO Ukraine’s.
    pub international: bool,
}

/// How a surface form refers to its entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// The name or an alias ("Belarus", "U.S.").
    Name,
    /// The capital standing for the government ("Minsk").
    Capital,
    /// A seat of power standing for the government ("the Kremlin").
    Metonym,
    /// The adjective ("Belarusian"): a mention only before a role or a group noun.
    Demonym,
    /// The people ("Belarusians").
    DemonymPlural,
}

/// How a role relates its holder to what it is the role of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoleClass {
    /// Heads a state or organisation ("President", "chief executive").
    Leader,
    /// Holds an office in it ("envoy", "Foreign Minister").
    Office,
    /// Marks a person only ("Mr.", "Dr.").
    Honorific,
}

/// A role phrase, split into lower-case words for matching on tokens.
#[derive(Clone, Debug, PartialEq)]
pub struct Role {
    /// As the data writes it ("Foreign Minister").
    pub name: String,
    /// Its words in lower case.
    pub words: Vec<String>,
    /// What kind of role.
    pub class: RoleClass,
}

/// The parsed gazetteer with a matcher over every surface form.
pub struct Gazetteer {
    /// Every entry.
    pub entries: Vec<Entry>,
    /// For each pattern of the matcher: its entry and how it refers to it.
    pub forms: Vec<(usize, Form)>,
    /// Every surface form, in matcher order.
    pub patterns: Vec<String>,
    /// Leftmost-longest, case-sensitive matcher over all surface forms (none only if the data
    /// could not be compiled, which a test rules out).
    matcher: Option<AhoCorasick>,
    /// Roles, longest first.
    pub roles: Vec<Role>,
    /// Lower-case first word → the roles starting with it, longest first.
    role_index: std::collections::HashMap<String, Vec<usize>>,
}

/// A line of the data that could not be read.
#[derive(Debug, PartialEq)]
pub struct DataError {
    /// Which file.
    pub file: &'static str,
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub problem: String,
}

/// The built-in gazetteer, parsed once. Lines that do not parse are skipped (the test
/// `the_shipped_data_parses_cleanly` keeps there being none).
pub fn builtin() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| parse(STATES, &format!("{ORGANIZATIONS}\n{}", skip_header(PLACES)), ROLES).0)
}

/// `text` without its comment lines and header, to append to a file with the same columns.
fn skip_header(text: &str) -> String {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .skip_while(|l| l.trim().is_empty())
        .skip(1)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Data rows of a TSV file: skips comments, blank lines and the header; yields (line, cells).
fn rows(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .skip(1)
        .map(|(i, l)| (i + 1, l.split('\t').map(str::trim).collect()))
}

fn list<'a>(cell: Option<&&'a str>) -> impl Iterator<Item = &'a str> {
    cell.copied().unwrap_or("").split(';').map(str::trim).filter(|s| !s.is_empty())
}

/// Parses the three data files; returns the gazetteer and every line it had to skip.
pub fn parse(states: &str, organizations: &str, roles: &str) -> (Gazetteer, Vec<DataError>) {
    let mut entries = Vec::new();
    let mut patterns: Vec<String> = Vec::new();
    let mut forms = Vec::new();
    let mut errors = Vec::new();
    let mut add = |pattern: &str, entry: usize, form: Form, patterns: &mut Vec<String>| {
        patterns.push(pattern.to_owned());
        forms.push((entry, form));
    };
    for (line, cells) in rows(states) {
        let Some(name) = cells.first().filter(|n| !n.is_empty()) else {
            errors.push(DataError { file: "states.tsv", line, problem: "no name".into() });
            continue;
        };
        let e = entries.len();
        entries.push(Entry { name: (*name).to_owned(), kind: ActorKind::State, international: false });
        add(name, e, Form::Name, &mut patterns);
        list(cells.get(1)).for_each(|a| add(a, e, Form::Name, &mut patterns));
        list(cells.get(2)).for_each(|c| add(c, e, Form::Capital, &mut patterns));
        for d in list(cells.get(3)) {
            add(d, e, Form::Demonym, &mut patterns);
            let plural = format!("{d}s");
            // "Philippine" + "s" is the name itself.
            if !cells.iter().any(|c| c.split(';').any(|f| f.trim() == plural)) {
                add(&plural, e, Form::DemonymPlural, &mut patterns);
            }
        }
        list(cells.get(4)).for_each(|m| add(m, e, Form::Metonym, &mut patterns));
    }
    // The lines of the section of international organisations (1-based, as `rows` counts).
    let mut international_lines = std::collections::HashSet::new();
    let mut in_section = false;
    for (i, l) in organizations.lines().enumerate() {
        if let Some(heading) = l.strip_prefix('#') {
            if !heading.trim().is_empty() && l.len() < 60 {
                in_section = heading.trim().eq_ignore_ascii_case("International organisations");
            }
        } else if in_section {
            international_lines.insert(i + 1);
        }
    }
    for (line, cells) in rows(organizations) {
        let Some(name) = cells.first().filter(|n| !n.is_empty()) else {
            errors.push(DataError { file: "organizations.tsv", line, problem: "no name".into() });
            continue;
        };
        let kind = match cells.get(2).map(|k| ActorKind::parse(k)) {
            Some(Some(kind)) => kind,
            None => ActorKind::Organization,
            Some(None) => {
                errors.push(DataError { file: "organizations.tsv", line, problem: "unknown kind".into() });
                ActorKind::Organization
            }
        };
        let e = entries.len();
        entries.push(Entry { name: (*name).to_owned(), kind, international: international_lines.contains(&line) });
        add(name, e, Form::Name, &mut patterns);
        list(cells.get(1)).for_each(|a| add(a, e, Form::Name, &mut patterns));
    }
    let mut role_list = Vec::new();
    for (line, cells) in rows(roles) {
        let class = match cells.get(1).copied() {
            Some("leader") => RoleClass::Leader,
            Some("office") => RoleClass::Office,
            Some("honorific") => RoleClass::Honorific,
            _ => {
                errors.push(DataError { file: "roles.tsv", line, problem: "unknown class".into() });
                continue;
            }
        };
        let name = cells.first().copied().unwrap_or("").to_owned();
        let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
        if words.is_empty() {
            errors.push(DataError { file: "roles.tsv", line, problem: "no role".into() });
            continue;
        }
        // "Secretary-General" is one token or three ("Secretary", "-", "General") depending on
        // how the tokenizer met it; both forms match.
        if name.contains('-') {
            let split: Vec<String> = words
                .iter()
                .flat_map(|w| w.split('-').flat_map(|p| ["-".to_owned(), p.to_owned()]).skip(1).collect::<Vec<_>>())
                .collect();
            role_list.push(Role { name: name.clone(), words: split, class });
        }
        role_list.push(Role { name, words, class });
    }
    role_list.sort_by_key(|r| std::cmp::Reverse(r.words.len()));
    let matcher = match AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).build(&patterns) {
        Ok(m) => Some(m),
        Err(e) => {
            errors.push(DataError { file: "gazetteer", line: 0, problem: e.to_string() });
            None
        }
    };
    let mut role_index: std::collections::HashMap<String, Vec<usize>> = std::collections::HashMap::new();
    for (i, r) in role_list.iter().enumerate() {
        if let Some(first) = r.words.first() {
            role_index.entry(first.clone()).or_default().push(i);
        }
    }
    (Gazetteer { entries, patterns, forms, matcher, roles: role_list, role_index }, errors)
}

impl Gazetteer {
    /// The roles whose first word is `lower_word`, longest first.
    pub fn roles_starting(&self, lower_word: &str) -> impl Iterator<Item = &Role> {
        self.role_index.get(lower_word).into_iter().flatten().filter_map(|&i| self.roles.get(i))
    }

    /// Every whole-word match in `text`: (start, end, entry, form), in order.
    pub fn find_all(&self, text: &str) -> Vec<(usize, usize, usize, Form)> {
        let Some(matcher) = &self.matcher else { return Vec::new() };
        matcher
            .find_iter(text)
            .filter(|m| whole_word(text, m.start(), m.end()))
            .filter_map(|m| self.forms.get(m.pattern().as_usize()).map(|&(e, f)| (m.start(), m.end(), e, f)))
            .collect()
    }
}

/// Whether `text[start..end]` is not part of a longer word.
pub fn whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let inner = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    // "U.S." may be followed directly by a letter only in "U.S.-led"; a hyphen is a boundary.
    !inner(before) && !inner(after)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_data_parses_cleanly() {
        let (g, errors) = parse(STATES, &format!("{ORGANIZATIONS}\n{}", skip_header(PLACES)), ROLES);
        assert_eq!(errors, vec![]);
        assert!(g.entries.iter().filter(|e| e.kind == ActorKind::State).count() >= 193);
        assert!(g.entries.len() > 300);
        assert!(g.roles.len() > 50);
        assert_eq!(g.forms.len(), g.patterns.len());
        assert!(g.matcher.is_some());
    }

    #[test]
    fn every_surface_form_finds_its_own_entry() {
        let g = builtin();
        for (p, &(entry, form)) in g.patterns.iter().zip(&g.forms) {
            let found = g.find_all(&format!("({p})"));
            assert_eq!(found.first().map(|f| (f.2, f.3)), Some((entry, form)), "{p:?}");
        }
    }

    #[test]
    fn finds_states_capitals_metonyms_and_organisations_as_whole_words() {
        let g = builtin();
        let text = "Minsk and the Kremlin told the EU and U.S. officials; Belarusians in Russia, not Russiana.";
        let found: Vec<(&str, &str, Form)> =
            g.find_all(text).into_iter().map(|(a, b, e, f)| (&text[a..b], g.entries[e].name.as_str(), f)).collect();
        assert_eq!(
            found,
            [
                ("Minsk", "Belarus", Form::Capital),
                ("Kremlin", "Russia", Form::Metonym),
                ("EU", "European Union", Form::Name),
                ("U.S.", "United States", Form::Name),
                ("Belarusians", "Belarus", Form::DemonymPlural),
                ("Russia", "Russia", Form::Name),
            ]
        );
    }
}
