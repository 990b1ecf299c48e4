//! The built-in gazetteer: states (with capitals, demonyms and seats of power), organisations,
//! and the titles and roles that mark people. Shipped as data in `assets/gazetteer/`.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};

use crate::model::ActorKind;

const STATES: &str = include_str!("../../assets/gazetteer/states.tsv");
const ORGANIZATIONS: &str = include_str!("../../assets/gazetteer/organizations.tsv");
const ROLES: &str = include_str!("../../assets/gazetteer/roles.tsv");
const PLACES: &str = include_str!("../../assets/gazetteer/places.tsv");
const PEOPLE: &str = include_str!("../../assets/gazetteer/people.tsv");

/// Something the gazetteer knows by name.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// The name the map shows ("United States").
    pub name: String,
    /// What sort of actor it is.
    pub kind: ActorKind,
    /// An international organisation (listed under "# International organisations"): no
    /// state's own body, so "Ukraine’s NATO bid" does not make NATO Ukraine’s. Or a world
    /// region (under "# World regions"), which is nobody's: "Africa Minister" is a portfolio.
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

/// A person who holds a top office: "President Julius Maada Bio" is Sierra Leone's president
/// even where the article does not say of what.
#[derive(Clone, Debug, PartialEq)]
pub struct Officeholder {
    /// Full name.
    pub name: String,
    /// The entry of the state or organisation.
    pub of: usize,
    /// The offices held there, in lower case ("prime minister").
    pub roles: Vec<String>,
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
    role_index: std::collections::HashMap<String, Vec<usize>, super::words::WordBuild>,
    /// Officeholders.
    pub people: Vec<Officeholder>,
    /// Normalised name or alias → officeholder.
    person_index: std::collections::HashMap<String, usize>,
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
    G.get_or_init(|| {
        let (mut g, _) = parse(STATES, &format!("{ORGANIZATIONS}\n{}", skip_header(PLACES)), ROLES);
        g.add_people(PEOPLE);
        g
    })
}

/// `text` without its opening comment and header, to append to a file with the same columns.
/// (Its section headings stay: "# World regions".)
fn skip_header(text: &str) -> String {
    text.lines().skip_while(|l| l.starts_with('#') || l.trim().is_empty()).skip(1).collect::<Vec<_>>().join("\n")
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
                in_section = ["International organisations", "World regions"]
                    .iter()
                    .any(|h| heading.trim().eq_ignore_ascii_case(h));
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
    let mut role_index: std::collections::HashMap<String, Vec<usize>, super::words::WordBuild> =
        std::collections::HashMap::default();
    for (i, r) in role_list.iter().enumerate() {
        if let Some(first) = r.words.first() {
            role_index.entry(first.clone()).or_default().push(i);
        }
    }
    let (people, person_index) = (Vec::new(), std::collections::HashMap::new());
    (Gazetteer { entries, patterns, forms, matcher, roles: role_list, role_index, people, person_index }, errors)
}

/// Normal form of a person's name for lookup: lower case, plain apostrophes and spaces.
fn person_key(name: &str) -> String {
    name.to_lowercase().replace(['’', '‘'], "'").split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Gazetteer {
    /// Reads the officeholders of `people` (columns name, aliases, of, roles); returns the lines
    /// it had to skip: an unknown state or organisation, no roles, or a name already taken.
    pub fn add_people(&mut self, people: &str) -> Vec<DataError> {
        let mut errors = Vec::new();
        for (line, cells) in rows(people) {
            let error = |problem: &str| DataError { file: "people.tsv", line, problem: problem.to_owned() };
            let Some(name) = cells.first().filter(|n| !n.is_empty()) else {
                errors.push(error("no name"));
                continue;
            };
            let of_name = cells.get(2).copied().unwrap_or("");
            let Some(of) = self.entries.iter().position(|e| e.name == of_name) else {
                errors.push(error(&format!("no state or organisation named {of_name:?}")));
                continue;
            };
            let roles: Vec<String> = list(cells.get(3)).map(str::to_lowercase).collect();
            if roles.is_empty() {
                errors.push(error("no roles"));
                continue;
            }
            let forms: Vec<&str> = std::iter::once(*name).chain(list(cells.get(1))).collect();
            if let Some(taken) = forms.iter().find(|f| self.person_index.contains_key(&person_key(f))) {
                errors.push(error(&format!("{taken:?} names two people")));
                continue;
            }
            let p = self.people.len();
            self.people.push(Officeholder { name: (*name).to_owned(), of, roles });
            for form in forms {
                self.person_index.insert(person_key(form), p);
            }
        }
        errors
    }

    /// The officeholder a person's name (or listed alias) names.
    pub fn officeholder(&self, name: &str) -> Option<&Officeholder> {
        self.person_index.get(&person_key(name)).and_then(|&p| self.people.get(p))
    }

    /// The entry `holder` holds `title` in, when the title is one of the holder's offices
    /// ("President", "Prime Minister"; not "former president" or "Vice President").
    pub fn office_of(&self, holder: &Officeholder, title: &str) -> Option<usize> {
        let title = title.trim_end_matches('.').to_lowercase().replace('-', " ");
        let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
        holder.roles.iter().any(|r| r.replace('-', " ") == title).then_some(holder.of)
    }
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
        let (mut g, errors) = parse(STATES, &format!("{ORGANIZATIONS}\n{}", skip_header(PLACES)), ROLES);
        assert_eq!(errors, vec![]);
        assert_eq!(g.add_people(PEOPLE), vec![]);
        assert!(g.people.len() > 150);
        assert!(g.entries.iter().filter(|e| e.kind == ActorKind::State).count() >= 193);
        assert!(g.entries.len() > 300);
        assert!(g.roles.len() > 50);
        assert_eq!(g.forms.len(), g.patterns.len());
        assert!(g.matcher.is_some());
        // The sections that mark entries as nobody's own are found by their headings.
        let international = |name: &str| g.entries.iter().any(|e| e.name == name && e.international);
        assert!(international("Africa") && international("Korean Peninsula") && international("NATO"));
        assert!(!international("Red Sea") && !international("Gaza"));
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

    #[test]
    fn officeholders_are_found_by_name_and_alias_and_tied_only_by_their_own_title() {
        let g = builtin();
        let bio = g.officeholder("Julius Maada Bio").map(|p| p.name.as_str());
        assert_eq!(bio, Some("Julius Maada Bio"));
        let putin = g.officeholder("Putin");
        assert_eq!(putin.map(|p| p.name.as_str()), Some("Vladimir Putin"));
        let of = |name: &str, title: &str| {
            g.officeholder(name).and_then(|p| g.office_of(p, title)).map(|e| g.entries[e].name.as_str())
        };
        assert_eq!(of("Friedrich Merz", "Chancellor"), Some("Germany"));
        assert_eq!(of("Erdogan", "President"), Some("Turkey"));
        assert_eq!(of("Antonio Guterres", "Secretary-General"), Some("United Nations"));
        assert_eq!(of("Guterres", "Secretary General"), Some("United Nations"));
        // Not an office they hold, or not now.
        assert_eq!(of("Friedrich Merz", "President"), None);
        assert_eq!(of("Joe Biden", "former president"), None);
        assert_eq!(of("Donald Trump", "Vice President"), None);
        // Common surnames are not listed on their own.
        assert!(g.officeholder("Lee").is_none());
        assert!(g.officeholder("Sharif").is_none());
    }

    #[test]
    fn people_with_an_unknown_office_or_a_taken_name_are_reported() {
        let mut g = builtin_without_people();
        let errors = g.add_people(
            "name\taliases\tof\troles\nAda One\tOne\tAtlantis\tpresident\nBo Two\t\tFrance\t\nCy Three\tThree\tFrance\tpresident\nDi Four\tThree\tSpain\tking\n",
        );
        let problems: Vec<(usize, bool)> = errors.iter().map(|e| (e.line, e.problem.is_empty())).collect();
        assert_eq!(problems, vec![(2, false), (3, false), (5, false)]);
        assert_eq!(g.people.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Cy Three"]);
    }

    fn builtin_without_people() -> Gazetteer {
        parse(STATES, &format!("{ORGANIZATIONS}\n{}", skip_header(PLACES)), ROLES).0
    }
}
