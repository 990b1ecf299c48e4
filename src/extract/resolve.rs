//! Alias resolution: mentions become actors. Surnames join the full name ("Putin" →
//! "Vladimir Putin"), metonyms and capitals join their state, acronyms join the name they
//! abbreviate, and "the Belarusian leader" joins whoever the text tied to that role. Every
//! surface form is kept as an alias.

use std::collections::{HashMap, HashSet};

use super::gazetteer::{Gazetteer, RoleClass};
use super::mentions::{Mention, Referent};
use super::relations::{Found, Slot};
use super::tokens::Token;
use crate::model::{ActorKind, Map};

/// An actor extraction found.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    /// Name to show.
    pub name: String,
    /// Kind.
    pub kind: ActorKind,
    /// Every other surface form the article uses.
    pub aliases: Vec<String>,
    /// The existing map actor it is (index), if any.
    pub known: Option<usize>,
    /// Whether to propose it (groups and lone unknown names only when a relation names them).
    pub keep: bool,
    /// Confidence.
    pub confidence: f32,
    /// The rule that found it.
    pub rule: &'static str,
    /// How many times the article mentions it.
    pub mentions: usize,
    /// Roles the text gives it: (organ actor, role, class).
    ties: Vec<(Option<usize>, String, RoleClass)>,
    /// Sentence of its latest mention.
    last_seen: usize,
    /// Nouns the text describes it by ("Visayan Skylink, a regional carrier", "Canadian miner
    /// Northfield"): what "the carrier" or "the miner" may stand for.
    nouns: Vec<&'static str>,
}

/// Resolves mentions sentence by sentence into one list of actors.
pub struct Resolver<'a> {
    gaz: &'a Gazetteer,
    map: &'a Map,
    entities: Vec<Entity>,
    by_key: HashMap<String, usize>,
    by_gazetteer: HashMap<usize, usize>,
    by_known: HashMap<usize, usize>,
    /// Each word of a full person name, and each surname of two words or more ("Obiang Nzé",
    /// "van Loon") → the full names containing it.
    person_words: HashMap<String, HashSet<String>>,
    /// First and last words of organisation names → the names.
    org_words: HashMap<String, HashSet<String>>,
    /// The head word of known organisations' names the article uses ("Commission" for "European
    /// Commission", "Fund" for "International Monetary Fund") → those names.
    known_heads: HashMap<String, HashSet<usize>>,
    /// Surfaces named strongly somewhere (so a weak mention of them counts).
    strong: HashSet<String>,
    sentence: usize,
    /// The first organisation or state the previous sentence named as a subject could be
    /// (what "Its spokesman" at the start of the next one belongs to).
    previous_subject: Option<usize>,
    /// Gazetteer entries the article names somewhere.
    named: HashSet<usize>,
    /// The state of the dateline's city ("BOGOTÁ, June 11 —"): the article's home, which "the
    /// government" and "the country" more likely mean.
    home: Option<usize>,
    /// Every mention noted, as (sentence, entity), in order: the last actor of a kind that
    /// "the company" may stand for is found from the end, not among all of a long text's.
    seen: Vec<(usize, usize)>,
    /// The initials of every entity's name → the first entity with them ("IAEA").
    by_initials: HashMap<String, usize>,
    /// Per sentence, the mentions that name an organisation (what "Pakistan’s drug
    /// regulator" may be).
    bodies: Vec<Vec<Mention>>,
    /// Gazetteer entries that are actors of the map (entry → map actor).
    linked: HashMap<usize, usize>,
    /// The map's actors by every normalised name and alias (the first actor with it).
    map_names: HashMap<String, usize>,
    /// States that stood in for an official the text had not named yet: (sentence, state,
    /// role), from "summoned Suriname’s ambassador".
    stand_ins: Vec<(usize, usize, String)>,
    /// (sentence, actor) for every actor a sentence names itself, not through an owner's
    /// possessive or a stand-in ("Russia would respond").
    named_in: HashSet<(usize, usize)>,
    /// The last two institutions a sentence named side by side ("Pakistan and Afghanistan
    /// exchanged fire", "talks between the union and Kalahari Gem"), and that sentence: what
    /// "both sides" stands for.
    last_joined: Option<(usize, usize, usize)>,
}

/// Unions whose members are states: never "the union" of workers.
const UNIONS_OF_STATES: &[&str] = &["European Union", "African Union", "Eurasian Economic Union", "Soviet Union"];

/// Last words of bodies often named after a person ("the Mo Ibrahim Foundation").
const NAMED_AFTER_PEOPLE: &[&str] =
    &["Foundation", "Institute", "Trust", "Fund", "Prize", "Centre", "Center", "School", "University", "College"];

/// Heads of bodies an article may go on about without ever naming them ("the commission", "the
/// consortium"): actors of their own when no organisation the article names fits.
const UNNAMED_BODIES: &[&str] = &["commission", "committee", "tribunal", "panel", "council", "mission", "consortium"];

/// Nouns that describe the same kind of body ("the airline" is the carrier the text described).
const LIKE_NOUNS: &[&[&str]] = &[&["airline", "carrier"], &["miner", "producer"]];

/// Whether a description noun and a definite's head name the same kind of body.
fn same_noun(noun: &str, head: &str) -> bool {
    noun == head || LIKE_NOUNS.iter().any(|like| like.contains(&noun) && like.contains(&head))
}

/// The noun a name is described by in its sentence, if it is one a definite can take up: right
/// before it ("regional carrier Visayan Skylink") or in an apposition after it ("Visayan
/// Skylink, a regional carrier,").
fn described_noun(tokens: &[Token<'_>], m: &Mention) -> Option<&'static str> {
    let definite = |t: &Token<'_>| {
        super::words::DEFINITES.iter().find(|(n, k)| *k == ActorKind::Organization && t.word && !t.capital && t.is(n))
    };
    // (Not a verb's object before a name that begins a clause of its own: "told the committee
    // Facebook had misled users"; but "by the bank HSBC", "Spanish port operator Turia".)
    let verb_object = |k: usize| {
        k >= 2
            && ["the", "a", "an"].iter().any(|d| tokens[k - 1].is(d))
            && tokens[k - 2].word
            && !tokens[k - 2].capital
            && !super::relations::PREPOSITIONS.iter().chain(&["and", "or"]).any(|p| tokens[k - 2].is(p))
    };
    if let Some(k) = m.tokens.start.checked_sub(1)
        && let Some((n, _)) = definite(&tokens[k])
        && !verb_object(k)
    {
        return Some(n);
    }
    // ("the controllers’ union, EEEKE,": the noun before the comma the name is set off by.)
    if let Some(k) = m.tokens.start.checked_sub(2)
        && tokens[k + 1].text == ","
        && tokens.get(m.tokens.end).is_none_or(|t| matches!(t.text, "," | "." | "(" | ";"))
        && let Some((n, _)) = definite(&tokens[k])
        && tokens[k.saturating_sub(3)..k].iter().any(|t| t.is("the"))
    {
        return Some(n);
    }
    let end = m.tokens.end;
    let apposed = tokens.get(end).is_some_and(|t| t.text == ",")
        && tokens.get(end + 1).is_some_and(|t| t.is("a") || t.is("an") || t.is("the"));
    if !apposed {
        return None;
    }
    // Past a few words that qualify the noun ("a Cebu-based regional carrier"), to the first
    // noun that ends the description.
    let rest = &tokens[end + 2..tokens.len().min(end + 8)];
    let at = rest.iter().position(|t| definite(t).is_some())?;
    // (Not past a preposition: "Acme Logistics, a contractor for the airline," is no airline.)
    let qualifiers = rest[..at].iter().all(|t| {
        (t.word || t.text == "-")
            && !super::relations::PREPOSITIONS.iter().chain(&["that", "which", "who", "and", "said"]).any(|w| t.is(w))
    });
    let closed =
        rest.get(at + 1).is_none_or(|t| matches!(t.text, "," | "." | ";" | "(") || t.is("that") || t.is("which"));
    (qualifiers && closed).then(|| definite(&rest[at]).map(|(n, _)| *n)).flatten()
}

/// The state whose capital (or other city the gazetteer gives it) opens a dateline in capitals
/// ("BOGOTÁ, June 11 (Reuters) —", "KYIV (AP) —"), as its gazetteer entry.
fn dateline_state(tokens: &[Token<'_>], gaz: &Gazetteer) -> Option<usize> {
    let e = super::mentions::dateline_shape(tokens)?;
    let city = tokens[..e]
        .iter()
        .map(|t| {
            let mut chars = t.text.chars();
            chars.next().map_or(String::new(), |c| c.to_uppercase().chain(chars.flat_map(char::to_lowercase)).collect())
        })
        .collect::<Vec<_>>()
        .join(" ");
    let (_, _, entry, _) = gaz.find_all(&city).into_iter().find(|&(s, end, _, _)| s == 0 && end == city.len())?;
    (gaz.entries.get(entry)?.kind == ActorKind::State).then_some(entry)
}

/// Normal form for comparing names: lower case, plain apostrophes, no leading "the".
pub fn normalize(s: &str) -> String {
    let s = s.trim().to_lowercase().replace(['’', '‘'], "'");
    let s = s.strip_prefix("the ").unwrap_or(&s);
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl<'a> Resolver<'a> {
    /// A resolver for an article whose mentions, per sentence, are `sentences`.
    pub fn new(map: &'a Map, gaz: &'a Gazetteer, sentences: &[(Vec<Token<'_>>, Vec<Mention>)]) -> Self {
        let mut person_words: HashMap<String, HashSet<String>> = HashMap::new();
        let mut org_words: HashMap<String, HashSet<String>> = HashMap::new();
        let mut known_heads: HashMap<String, HashSet<usize>> = HashMap::new();
        let mut strong = HashSet::new();
        let mut named = HashSet::new();
        // (A name the article repeats is read once: what is learnt from it is the same.)
        let mut read: HashSet<(&str, ActorKind, bool, bool)> = HashSet::new();
        for (_, mentions) in sentences {
            for m in mentions {
                if let Referent::Gazetteer(g) = m.referent {
                    named.insert(g);
                    // "the Commission", "the Fund": a known body's head word, for it alone.
                    let organisation = gaz.entries.get(g).is_some_and(|e| e.kind == ActorKind::Organization);
                    let last = m.surface.split_whitespace().next_back().unwrap_or("");
                    let several = m.surface.split_whitespace().count() > 1;
                    if organisation && several && HEAD_WORDS.contains(&last) && !m.modifier && !m.possessive {
                        known_heads.entry(normalize(last)).or_default().insert(g);
                    }
                }
                if let Referent::Name { kind, weak } = &m.referent {
                    if !read.insert((m.surface.as_str(), *kind, *weak, m.title.is_some())) {
                        continue;
                    }
                    if !weak {
                        strong.insert(normalize(&m.surface));
                    }
                    let words: Vec<&str> = m.surface.split_whitespace().collect();
                    let person = *kind == ActorKind::Person || m.title.is_some();
                    if *kind == ActorKind::Organization && words.len() >= 2 && !weak {
                        // "Haedong" for "Haedong Heavy Industries", "Commission" for "Fair Trade
                        // Commission": the first or last word of one organisation's name.
                        // (Not a word that names a field or a region: "Petroleum Minister" is no
                        // short form of "Kumul Petroleum", "European" none of "European Data
                        // Protection Board".)
                        // "Coral Sea" for "Coral Sea Energy", "Gulf Metals" for "Gulf Metals
                        // Holding": the name without its last, generic word.
                        let last = words[words.len() - 1];
                        let generic_last =
                            super::words::is_generic_name_word(last) || super::words::ORG_WORDS.contains(&last);
                        if words.len() >= 3 && generic_last {
                            let prefix = words[..words.len() - 1].join(" ");
                            org_words.entry(normalize(&prefix)).or_default().insert(m.surface.clone());
                        }
                        let known = |w: &str| gaz.find_all(w).iter().any(|&(s, e, _, _)| s == 0 && e == w.len());
                        // ("Orchard" is the company, not its branch "Orchard Japan".)
                        let branch = known(last);
                        for (k, w) in [words[0], last].into_iter().enumerate() {
                            let generic = super::words::is_generic_name_word(w) || known(w) || (k == 0 && branch);
                            if !generic && w.chars().count() > 2 && w.chars().next().is_some_and(char::is_uppercase) {
                                org_words.entry(normalize(w)).or_default().insert(m.surface.clone());
                            }
                        }
                    }
                    if person && words.len() >= 2 && !weak {
                        for w in &words {
                            if w.chars().count() > 2 && w.chars().next().is_some_and(char::is_uppercase) {
                                person_words.entry(normalize(w)).or_default().insert(m.surface.clone());
                            }
                        }
                        // "Van Loon" at a sentence's start for "Sanne van Loon", "Obiang Nzé" for
                        // "Sylvère Obiang Nzé": a surname of two words or more.
                        // (From a particle on, not inside it: "de la Cruz", not "la Cruz".)
                        let inside_particle = |at: usize| words[at - 1].starts_with(char::is_lowercase);
                        for at in (1..words.len().saturating_sub(1)).filter(|&at| !inside_particle(at)) {
                            let surname = words[at..].join(" ");
                            person_words.entry(normalize(&surname)).or_default().insert(m.surface.clone());
                        }
                    }
                }
            }
        }
        // (Only when some mention is a state's body: they are rare, the names many.)
        let any_body = sentences.iter().any(|(_, ms)| ms.iter().any(|m| matches!(m.referent, Referent::Body { .. })));
        let bodies = sentences
            .iter()
            .filter(|_| any_body)
            .map(|(_, mentions)| {
                mentions
                    .iter()
                    // (A state's own body, not an international one: "Iran’s news agency" is no
                    // International Atomic Energy Agency.)
                    .filter(|m| {
                        super::mentions::names_organisation(&m.referent, gaz, false)
                            && !matches!(m.referent, Referent::Name { weak: true, .. })
                    })
                    .cloned()
                    .collect()
            })
            .collect();
        Self {
            seen: Vec::new(),
            by_initials: HashMap::new(),
            bodies,
            gaz,
            map,
            entities: Vec::new(),
            by_key: HashMap::new(),
            by_gazetteer: HashMap::new(),
            by_known: HashMap::new(),
            person_words,
            org_words,
            known_heads,
            strong,
            sentence: 0,
            previous_subject: None,
            stand_ins: Vec::new(),
            named_in: HashSet::new(),
            last_joined: None,
            named,
            home: sentences.iter().take(3).find_map(|(tokens, _)| dateline_state(tokens, gaz)),
            linked: HashMap::new(),
            map_names: map
                .actors
                .iter()
                .enumerate()
                .rev()
                .flat_map(|(i, a)| a.names().map(move |n| (normalize(n), i)))
                .collect(),
        }
    }

    /// Resolves one sentence's mentions: the slots the relation rules see, and the relations
    /// titles and appositions state ("Russian President Vladimir Putin" → president of Russia).
    ///
    /// `pronoun_subject`: the sentence opens with "It" or "They", which stands for the one it
    /// goes on about, so what "Its spokesman" in the next sentence belongs to stays the same.
    pub fn sentence(
        &mut self,
        mentions: &[Mention],
        tokens: &[super::tokens::Token<'_>],
        pronoun_subject: bool,
    ) -> (Vec<Slot>, Vec<Found>) {
        let mut resolved: Vec<Option<usize>> = Vec::with_capacity(mentions.len());
        // A modifier ("Russian" in "Russian oil depots") is an actor only when something is
        // tied to it.
        let organs: HashSet<usize> = mentions
            .iter()
            .filter_map(|m| match (&m.role_of, &m.referent) {
                (Some((o, _)), _) => Some(*o),
                (None, Referent::RoleRef { organ, .. }) => *organ,
                _ => None,
            })
            .chain(mentions.iter().filter_map(|m| m.done_by.as_ref().map(|(b, _)| *b)))
            .chain(mentions.iter().flat_map(|m| m.also.iter().map(|(o, _)| *o)))
            .collect();
        let mut weak_slots = HashSet::new();
        // The second actor of "both governments" (mention index, entity).
        let mut twins: Vec<(usize, usize)> = Vec::new();
        for (i, m) in mentions.iter().enumerate() {
            // "sentenced by a Belarusian court", "sent vessels to Israeli ports": a state's
            // demonym before a common noun stands for the state, weakly.
            let demonym_phrase = m.modifier
                && !organs.contains(&i)
                && super::mentions::names_state(&m.referent, self.gaz)
                && m.next_is_common_noun;
            if m.modifier && !organs.contains(&i) && !demonym_phrase {
                resolved.push(None);
                continue;
            }
            let existed = match m.referent {
                Referent::Gazetteer(g) => self.by_gazetteer.contains_key(&g),
                _ => true,
            };
            // ("both governments": two actors, the second one a twin of the first's slot.)
            let pair = match m.referent {
                Referent::Pair(kind) => self.pair(kind, &resolved),
                _ => None,
            };
            let e = if matches!(m.referent, Referent::Pair(_)) {
                pair.map(|(a, _)| a)
            } else {
                // ("The union accused the company of …": whom one accuses, sues or fines is not
                // oneself; "X said the company would …", "forced the group to halt" may be.)
                let acted_on = matches!(m.referent, Referent::Definite(_))
                    && !m.possessive
                    && m.tokens.start >= 1
                    && tokens[m.tokens.start].is("the")
                    && [
                        "accused",
                        "sued",
                        "fined",
                        "blamed",
                        "criticised",
                        "criticized",
                        "condemned",
                        "sanctioned",
                        "charged",
                        "investigated",
                    ]
                    .iter()
                    .any(|v| tokens[m.tokens.start - 1].is(v));
                // (The verb's own subject: the nearest actor before it with no comma or clause word
                // between; not "After Vale cut jobs, the union accused the company", whose subject
                // is the union.)
                let verb = m.tokens.start.saturating_sub(1);
                let clause = |t: &Token<'_>| {
                    t.text == "," || ["that", "which", "who", "and", "but", "after", "when"].iter().any(|w| t.is(w))
                };
                let subjects: Vec<String> = if acted_on {
                    mentions[..i]
                        .iter()
                        .zip(&resolved)
                        .rev()
                        .find(|(q, _)| !q.possessive && !q.modifier && q.tokens.end <= verb)
                        .filter(|(q, _)| !tokens[q.tokens.end..verb].iter().any(clause))
                        .and_then(|(_, e)| e.and_then(|e| self.entities.get(e)).map(|e| e.name.clone()))
                        .into_iter()
                        .collect()
                } else {
                    Vec::new()
                };
                self.resolve(m, &resolved, mentions, &subjects)
            };
            if let Some((first, second)) = pair {
                // ("Security officials from both countries": the two sides still.)
                self.last_joined = Some((first, second, self.sentence));
                twins.push((i, second));
                self.note(second, "");
            }
            if let Some(e) = e {
                if demonym_phrase {
                    weak_slots.insert(i);
                    if !existed {
                        self.entities[e].keep = false;
                    }
                } else if matches!(m.referent, Referent::Gazetteer(_)) && self.entities[e].kind != ActorKind::Place {
                    self.entities[e].keep = true;
                }
            }
            if let Some(e) = e {
                // "the company" is how the article refers to it, not a name for it.
                // (Nor is "the Brazilian group" after "Odebrecht,".)
                // (Nor is "the French ambassador" a name of France, which the official stands for.)
                let for_state = matches!(m.referent, Referent::RoleRef { .. })
                    && self.entities.get(e).is_some_and(|x| x.kind == ActorKind::State);
                let pronoun = matches!(m.referent, Referent::Definite(_) | Referent::Pair(_) | Referent::Body { .. })
                    || (matches!(m.referent, Referent::SameAs(_)) && m.surface.starts_with(|c: char| c.is_lowercase()))
                    || m.surface.eq_ignore_ascii_case("whose")
                    || for_state;
                let surface = if pronoun { "" } else { m.surface.as_str() };
                self.note(e, surface);
                if matches!(m.referent, Referent::Name { .. } | Referent::Gazetteer(_))
                    && let Some(noun) = described_noun(tokens, m)
                    && !self.entities[e].nouns.contains(&noun)
                {
                    self.entities[e].nouns.push(noun);
                }
                if let Some(called) = &m.called {
                    self.add_alias(e, called);
                }
            }
            if let Some(e) = e
                && !m.possessive
                && !m.modifier
                && !matches!(m.referent, Referent::RoleRef { .. })
            {
                self.named_in.insert((self.sentence, e));
            }
            resolved.push(e);
        }
        // "President Julius Maada Bio", "Chancellor Friedrich Merz’s government": a title the
        // gazetteer knows this person to hold is an office of that state, when the article
        // names the state somewhere. It ties the person to the state (so "the Sierra Leonean
        // president" finds him) but states a relation only where the text names the state or
        // its government: "President William Ruto" alone does not say "of Kenya".
        let mut offices: Vec<Option<usize>> = vec![None; mentions.len()];
        for (i, m) in mentions.iter().enumerate() {
            let (Some(title), Some(e)) = (&m.title, resolved[i]) else { continue };
            let held = self.gaz.officeholder(&self.entities[e].name).and_then(|p| self.gaz.office_of(p, title));
            let Some(g) = held.filter(|g| self.named.contains(g)) else { continue };
            let Some(office) = self.gazetteer_entity(g) else { continue };
            // The gazetteer's office wins over a state the text seems to give: "Ukraine urges
            // President Trump" does not make him Ukraine's president.
            offices[i] = Some(office);
            // "his government" is that state's, not whichever state the article names most.
            if let Some((o, _)) = &m.role_of
                && matches!(mentions[*o].referent, Referent::Definite(ActorKind::State))
            {
                resolved[*o] = Some(office);
            }
        }
        let mut slots = Vec::new();
        let mut ties = Vec::new();
        for (i, (m, e)) in mentions.iter().zip(&resolved).enumerate() {
            let Some(e) = *e else { continue };
            if !m.modifier || weak_slots.contains(&i) {
                let entity = &self.entities[e];
                let demonym = weak_slots.contains(&i);
                let vague = (entity.kind == ActorKind::Other && entity.rule == "capitalised word") || demonym;
                let person = entity.kind == ActorKind::Person;
                let group = matches!(m.referent, Referent::Group);
                let slot = Slot {
                    tokens: m.tokens.clone(),
                    actor: e,
                    possessive: m.possessive,
                    vague,
                    person,
                    demonym,
                    group,
                    titled: m.title.is_some(),
                    state: entity.kind == ActorKind::State,
                    place: entity.kind == ActorKind::Place,
                };
                // "both governments": a second slot over the same words.
                let twin: Vec<Slot> = twins
                    .iter()
                    .filter(|(t, _)| *t == i)
                    .map(|&(_, second)| Slot {
                        actor: second,
                        person: self.entities[second].kind == ActorKind::Person,
                        state: self.entities[second].kind == ActorKind::State,
                        place: self.entities[second].kind == ActorKind::Place,
                        ..slot.clone()
                    })
                    .collect();
                slots.push(slot);
                slots.extend(twin);
            }
            let organ =
                offices[i].or_else(|| m.role_of.as_ref().and_then(|(o, _)| resolved.get(*o).copied().flatten()));
            if let Some(title) = &m.title {
                let class = self.class_of(title);
                let entity = &mut self.entities[e];
                if entity.kind == ActorKind::Other {
                    entity.kind = ActorKind::Person;
                }
                if !entity.ties.iter().any(|t| t.0 == organ && t.1 == *title) {
                    entity.ties.push((organ, title.clone(), class));
                }
            }
            if let (Some(o), Some((_, role))) = (organ.filter(|&o| o != e), &m.role_of) {
                let label = tie_label(role);
                let (rule, confidence) = if m.title.is_some() { ("title", 0.85) } else { ("apposition", 0.6) };
                ties.push(Found { source: e, target: o, label, symmetric: false, confidence, rule });
            }
            // "Chief executive Omar Haddadin said the company would …": a company's role with no
            // company named is the role of the company the holder speaks for.
            if m.role_of.is_none()
                && let Some(title) = m.title.as_deref().filter(|t| super::words::is_company_role(t))
                && tokens.get(m.tokens.end).is_some_and(|t| t.is("said"))
                && let Some(k) = mentions.iter().position(|q| {
                    // ("said all of the company’s suppliers …": or a little further on.)
                    // (A company's noun: not "said the regulator had approved the plan".)
                    let head = q.surface.trim_end_matches(['’', '\'', 's']).rsplit(' ').next().unwrap_or("");
                    (m.tokens.end + 1..=m.tokens.end + 4).contains(&q.tokens.start)
                        && matches!(q.referent, Referent::Definite(ActorKind::Organization))
                        && COMPANY_HEADS.contains(&head.to_lowercase().as_str())
                })
                && let Some(o) = resolved.get(k).copied().flatten().filter(|&o| {
                    o != e && self.entities.get(o).is_some_and(|x| !NO_COMPANY.iter().any(|b| x.name.contains(b)))
                })
            {
                let label = tie_label(&title.to_lowercase());
                ties.push(Found { source: e, target: o, label, symmetric: false, confidence: 0.6, rule: "title" });
            }
            // "Italy’s Leonardo SpA, BAE’s partners": the second tie.
            for (o, role) in &m.also {
                if let Some(o) = resolved.get(*o).copied().flatten().filter(|&o| o != e) {
                    let label = tie_label(role);
                    ties.push(Found {
                        source: e,
                        target: o,
                        label,
                        symmetric: false,
                        confidence: 0.6,
                        rule: "apposition",
                    });
                }
            }
            // "Rwanda-backed M23": Rwanda backs M23.
            if let Some((b, verb)) = &m.done_by
                && let Some(by) = resolved.get(*b).copied().flatten().filter(|&by| by != e)
            {
                ties.push(Found {
                    source: by,
                    target: e,
                    label: verb.clone(),
                    symmetric: false,
                    confidence: 0.7,
                    rule: "hyphened participle",
                });
            }
        }
        // ("Pakistan and Afghanistan", "between the union and Kalahari Gem": two institutions
        // with one word, or "and the", between them.)
        let institution =
            |e: usize| matches!(self.entities[e].kind, ActorKind::State | ActorKind::Organization | ActorKind::Other);
        let joined = (1..mentions.len()).find_map(|i| {
            let (a, b) = (&mentions[i - 1], &mentions[i]);
            let (Some(x), Some(y)) = (resolved[i - 1], resolved[i]) else { return None };
            let near = b.tokens.start > a.tokens.end
                && tokens
                    .get(a.tokens.end..b.tokens.start)
                    .is_some_and(|between| between.iter().all(|t| t.text == "," || t.is("and") || t.is("the")))
                && b.tokens.start <= a.tokens.end + 2;
            let plain = |m: &Mention| !m.modifier && !m.possessive && !matches!(m.referent, Referent::Pair(_));
            (near && x != y && plain(a) && plain(b) && institution(x) && institution(y)).then_some((x, y))
        });
        if let Some((x, y)) = joined {
            self.last_joined = Some((x, y, self.sentence));
        }
        self.sentence += 1;
        let subject = mentions.iter().zip(&resolved).find_map(|(m, e)| {
            let e = (*e)?;
            // (Or a name of no known kind: "Chilean salmon producer AquaSur … said. Its chief
            // executive, …".)
            let institution =
                matches!(self.entities.get(e)?.kind, ActorKind::Organization | ActorKind::State | ActorKind::Other);
            // ("Its spokesman, …": a sentence opening with "its" goes on about the same one.)
            let its = m.tokens.start == 0 && m.surface.eq_ignore_ascii_case("its");
            // ("Fjordlaks’s board, which …, said … Its chairwoman": the owner opening the sentence.)
            // (Only its board and the like: not "Yemen’s Houthis said", nor "Glencore’s offer was
            // rejected by Teck. Its chief executive …", which is Teck's.)
            let owns_a_part = || {
                let k = m.tokens.end + usize::from(tokens.get(m.tokens.end).is_some_and(|t| t.is_possessive()));
                tokens.get(k).is_some_and(|t| {
                    ["board", "management", "directors", "shareholders", "executives", "leadership"]
                        .iter()
                        .any(|w| t.is(w))
                })
            };
            let opens = m.possessive && tokens.iter().take(m.tokens.start).all(|t| t.is("the")) && owns_a_part();
            (institution && ((!m.possessive && !m.modifier) || its || opens)).then_some(e)
        });
        // ("It said Hinode had cut fares. Its president, …": "It" is still the one before.)
        if !pronoun_subject {
            self.previous_subject = subject.or(self.previous_subject);
        }
        (slots, ties)
    }

    /// "both governments": two actors of `kind`, in the order the text met them. Two named
    /// earlier in this sentence ("Thailand and Cambodia said both countries …"); else the last
    /// two of that kind named side by side in the last six sentences; else, of those named in
    /// the last six sentences, the two the article names most (its two sides).
    /// "both sides" (`kind` Other): the two institutions a sentence of the last ten named side
    /// by side, or "both countries" stood for.
    fn pair(&self, kind: ActorKind, resolved: &[Option<usize>]) -> Option<(usize, usize)> {
        if kind == ActorKind::Other {
            let (a, b, n) = self.last_joined?;
            return (self.sentence.saturating_sub(n) <= 10).then_some((a.min(b), a.max(b)));
        }
        // ("the two companies" are no union or commission.)
        let company = |e: &Entity| kind != ActorKind::Organization || !NO_COMPANY.iter().any(|b| e.name.contains(b));
        let fits = |i: usize| self.entities.get(i).is_some_and(|e| e.kind == kind && company(e));
        let mut here: Vec<usize> = resolved.iter().flatten().copied().filter(|&i| fits(i)).collect();
        here.dedup();
        if let [a, b, ..] = here[..] {
            return Some((a.min(b), a.max(b)));
        }
        // ("Kyrgyzstan and Uzbekistan agreed … Officials from both countries": the two named
        // side by side, not whichever two the article names most.)
        if let Some((a, b, n)) = self.last_joined
            && fits(a)
            && fits(b)
            && self.sentence.saturating_sub(n) <= 6
        {
            return Some((a.min(b), a.max(b)));
        }
        // (Those seen lately, read back from the last mention: not every actor of a long text.)
        let mut recent: Vec<usize> = Vec::new();
        for i in self.seen_since(6) {
            if !recent.contains(&i) && fits(i) && self.entities[i].mentions > 0 && !resolved.contains(&Some(i)) {
                recent.push(i);
            }
        }
        recent.sort_by_key(|&i| {
            let e = &self.entities[i];
            std::cmp::Reverse((e.mentions, e.last_seen, std::cmp::Reverse(i)))
        });
        match recent[..] {
            [a, b, ..] => Some((a.min(b), a.max(b))),
            _ => None,
        }
    }

    fn class_of(&self, role: &str) -> RoleClass {
        self.gaz.roles.iter().find(|r| r.name == role).map_or(RoleClass::Office, |r| r.class)
    }

    fn note(&mut self, e: usize, surface: &str) {
        let sentence = self.sentence;
        self.seen.push((sentence, e));
        let entity = &mut self.entities[e];
        entity.mentions += 1;
        entity.last_seen = sentence;
        let surface = surface.trim();
        if surface.is_empty() {
            return;
        }
        if surface != entity.name && !entity.aliases.iter().any(|a| a == surface) {
            entity.aliases.push(surface.to_owned());
        }
        let key = normalize(surface);
        self.by_key.entry(key).or_insert(e);
    }

    /// Adds `alias` to entity `e`'s names (not a mention of it).
    fn add_alias(&mut self, e: usize, alias: &str) {
        let entity = &mut self.entities[e];
        if alias != entity.name && !entity.aliases.iter().any(|a| a == alias) {
            entity.aliases.push(alias.to_owned());
        }
        self.by_key.entry(normalize(alias)).or_insert(e);
    }

    fn create(&mut self, name: &str, kind: ActorKind, confidence: f32, rule: &'static str, keep: bool) -> usize {
        // The map already has an actor of that name ("Vladimir Putin", reached from "Putin"
        // through the gazetteer): that actor, not a second one.
        if let Some(e) = self.known_actor_named(name).and_then(|k| self.known_entity(k)) {
            self.by_key.insert(normalize(name), e);
            return e;
        }
        let e = self.entities.len();
        self.entities.push(Entity {
            name: name.to_owned(),
            kind,
            aliases: Vec::new(),
            known: None,
            keep,
            confidence,
            rule,
            mentions: 0,
            ties: Vec::new(),
            last_seen: self.sentence,
            nouns: Vec::new(),
        });
        self.by_key.insert(normalize(name), e);
        self.by_initials.entry(initials(name)).or_insert(e);
        e
    }

    fn known_actor_named(&self, name: &str) -> Option<usize> {
        self.map_names.get(&normalize(name)).copied()
    }

    /// Links gazetteer entries to the map's actors the text names them by (entry → actor).
    pub fn link_entries(&mut self, linked: HashMap<usize, usize>) {
        self.linked = linked;
    }

    /// The entity of the map's actor `k`, made on first use.
    fn known_entity(&mut self, k: usize) -> Option<usize> {
        if let Some(&e) = self.by_known.get(&k) {
            return Some(e);
        }
        let actor = self.map.actors.get(k)?;
        let e = self.entities.len();
        self.entities.push(Entity {
            name: actor.name.clone(),
            kind: actor.kind,
            aliases: Vec::new(),
            known: Some(k),
            keep: true,
            confidence: 1.0,
            rule: "already on the map",
            mentions: 0,
            ties: Vec::new(),
            last_seen: self.sentence,
            nouns: Vec::new(),
        });
        self.by_known.insert(k, e);
        self.by_key.insert(normalize(&actor.name), e);
        self.by_initials.entry(initials(&actor.name)).or_insert(e);
        Some(e)
    }

    /// The organisation that a state's body `m` ("Pakistan’s drug regulator") is: the first
    /// one named after it, in its sentence or the next three, with a word such a body's name
    /// has ("… Regulatory Authority …", "… Court …").
    fn named_body(&self, m: &Mention, head: &str) -> Option<Mention> {
        let words = super::words::NAMED_BODIES.iter().find(|(h, _)| *h == head).map(|(_, w)| *w)?;
        let fits = |c: &Mention| {
            let mut name = c.surface.split(|ch: char| ch.is_whitespace() || ch == '-' || ch == '’' || ch == '\'');
            let has = |w: &str| c.surface.split_whitespace().any(|x| x == w);
            // (A central bank, not "Standard Bank".)
            let central = head != "central bank"
                || ["Central", "National", "Reserve", "Federal", "Merkez", "Nemzeti"].iter().any(|w| has(w))
                || c.surface.starts_with("Bank of ");
            // (A workers' union is never the European Union.)
            let of_states = head == "union" && UNIONS_OF_STATES.iter().any(|u| c.surface.contains(u));
            name.any(|w| words.contains(&w)) && central && !of_states
        };
        let here = self.bodies.get(self.sentence)?.iter().filter(|c| c.tokens.start >= m.tokens.end);
        let after = self.bodies.iter().skip(self.sentence + 1).take(3).flatten();
        here.chain(after).find(|c| fits(c)).cloned()
    }

    /// The entities seen in the last `within` sentences, most recent first, each at its last
    /// mention (an entity mentioned twice in that sentence comes twice). Read from the end of
    /// what was seen, so it costs what lies between, not the whole text.
    fn seen_since(&self, within: usize) -> impl Iterator<Item = usize> + '_ {
        let now = self.sentence;
        self.seen
            .iter()
            .rev()
            .take_while(move |(s, _)| now.saturating_sub(*s) <= within)
            // (Earlier mentions say nothing of when an entity was last seen.)
            .filter(|&&(s, i)| self.entities.get(i).is_some_and(|e| e.last_seen == s))
            .map(|&(_, i)| i)
    }

    /// The entity last seen, in the last `within` sentences, for which `ok` holds; of those
    /// last seen in one sentence, the one known first (the lowest index: the map's actors, then
    /// the article's in order of first mention).
    fn last_seen_where(&self, within: usize, ok: &dyn Fn(&Entity) -> bool) -> Option<usize> {
        let sentence = |i: usize| self.entities.get(i).map_or(0, |e| e.last_seen);
        let mut found = self.seen_since(within).filter(|&i| self.entities.get(i).is_some_and(ok));
        let first = found.next()?;
        let last = sentence(first);
        Some(found.take_while(|&i| sentence(i) == last).fold(first, usize::min))
    }

    /// The entity of gazetteer entry `g`, made on first use.
    fn gazetteer_entity(&mut self, g: usize) -> Option<usize> {
        if let Some(&e) = self.by_gazetteer.get(&g) {
            return Some(e);
        }
        // The map's actor that the text names by this entry's name ("U.S." on a map whose
        // "United States" has that alias).
        // (The map already has it under the entry's name: `create` gives the map's actor.)
        let e = match self.linked.get(&g) {
            Some(&k) => self.known_entity(k)?,
            None => {
                let entry = self.gaz.entries.get(g)?;
                let (name, kind) = (entry.name.clone(), entry.kind);
                match self.by_key.get(&normalize(&name)) {
                    Some(&e) => e,
                    // A place is an actor when something happens to it or it acts.
                    None => self.create(&name, kind, 0.95, "gazetteer", kind != ActorKind::Place),
                }
            }
        };
        self.by_gazetteer.insert(g, e);
        Some(e)
    }

    /// The entity of mention `m`; `resolved` holds those of the sentence's `mentions` before it.
    fn resolve(
        &mut self,
        m: &Mention,
        resolved: &[Option<usize>],
        mentions: &[Mention],
        not: &[String],
    ) -> Option<usize> {
        match &m.referent {
            Referent::Known(i) => self.known_entity(*i),
            Referent::Gazetteer(g) => self.gazetteer_entity(*g),
            Referent::Group => {
                let key = normalize(&m.surface);
                Some(match self.by_key.get(&key) {
                    Some(&e) => e,
                    None => {
                        let name = m.surface.trim().to_owned();
                        let mut chars = name.chars();
                        let name = match chars.next() {
                            Some(c) if c.is_lowercase() => c.to_uppercase().chain(chars).collect(),
                            _ => name,
                        };
                        self.create(&name, ActorKind::Group, 0.6, "group noun", false)
                    }
                })
            }
            Referent::RoleRef { organ, class, role } => {
                let organ = organ.and_then(|o| resolved.get(o).copied().flatten());
                let tied = |strict: bool| {
                    self.entities
                        .iter()
                        .enumerate()
                        .filter(|(_, e)| {
                            e.ties.iter().any(|(o, r, c)| match organ {
                                Some(_) if strict => {
                                    *o == organ
                                        && (r.eq_ignore_ascii_case(role)
                                            || (*c == *class && *class == RoleClass::Leader))
                                }
                                // "President Alexander Lukashenko" … "the Belarusian leader": a
                                // leader named without his country is still its leader.
                                Some(_) => o.is_none() && *c == RoleClass::Leader && *class == RoleClass::Leader,
                                // ("the minister": the finance minister named before.)
                                // (Not a vice president for "the president", nor a prime
                                // minister for "the minister".)
                                None => {
                                    r.eq_ignore_ascii_case(role)
                                        || r.rsplit_once(' ').is_some_and(|(field, last)| {
                                            let before = field.rsplit(' ').next().unwrap_or(field);
                                            last.eq_ignore_ascii_case(role)
                                                && ![
                                                    "vice",
                                                    "deputy",
                                                    "former",
                                                    "prime",
                                                    "acting",
                                                    "assistant",
                                                    "first",
                                                ]
                                                .iter()
                                                .any(|w| before.eq_ignore_ascii_case(w))
                                        })
                                }
                            })
                        })
                        .max_by_key(|(_, e)| e.last_seen)
                        .map(|(i, _)| i)
                };
                // ("summoned the French ambassador": a state's official the text does not name
                // stands for the state.)
                // (Not "Vanuatu’s caretaker prime minister, Andrew Seule,": the holder named
                // right after the comma is who acts.)
                // (One token of one character between them, the comma: "…’s caretaker prime
                // minister, Andrew Seule,".)
                let named_after = mentions.iter().any(|n| {
                    n.tokens.start == m.tokens.end + 1
                        && n.span.start <= m.span.end + 2
                        && matches!(n.referent, Referent::Name { kind: ActorKind::Person | ActorKind::Other, .. })
                });
                let state = || {
                    organ.filter(|&o| !named_after && self.entities.get(o).is_some_and(|e| e.kind == ActorKind::State))
                };
                let holder = tied(true).or_else(|| tied(false));
                let stand_in = if holder.is_none() { state() } else { None };
                // (Who may be named later: "Suriname’s ambassador, Marcia Pinas," two sentences on.)
                if let Some(e) = stand_in {
                    self.stand_ins.push((self.sentence, e, role.clone()));
                }
                holder.or(stand_in)
            }
            Referent::Name { kind, weak } => {
                let e = self.resolve_name(m, *kind, *weak);
                // (A name first taken for a person's, later followed by "said it would …": an
                // organisation's after all, unless a title made it a person's.)
                if let Some(entity) = e.and_then(|e| self.entities.get_mut(e))
                    && m.no_person
                    && entity.kind == ActorKind::Person
                    && entity.ties.is_empty()
                {
                    entity.kind = ActorKind::Organization;
                }
                e
            }
            Referent::Body { head } => {
                let named = self.named_body(m, head);
                let state = || {
                    let organ = m.role_of.as_ref().and_then(|(o, _)| resolved.get(*o).copied().flatten());
                    organ.filter(|_| super::words::STATE_BODIES.contains(&head.as_str()))
                };
                match named {
                    Some(c) => match c.referent {
                        Referent::Name { kind, .. } => self.resolve_name(&c, kind, false),
                        Referent::Gazetteer(g) => self.gazetteer_entity(g),
                        Referent::Known(k) => self.known_entity(k),
                        _ => None,
                    },
                    None => state(),
                }
            }
            Referent::Pair(kind) => self.pair(*kind, resolved).map(|(a, _)| a),
            Referent::SameAs(other) => resolved.get(*other).copied().flatten(),
            Referent::Definite(kind) => {
                let its = m.surface.eq_ignore_ascii_case("its") || m.surface.eq_ignore_ascii_case("their");
                // ("Its chief executive, …": a company's role is no state's; regulators have
                // chairmen and chief executives too, so any organisation may be meant.)
                let company_like = |e: &Entity| e.kind == ActorKind::Organization;
                // (The sentence's own, or the one before's subject: a name of no known kind too.)
                let own_like = |e: &Entity| company_like(e) || e.kind == ActorKind::Other;
                // ("State Bank of India, the company’s largest lender": an owner's possessive in
                // apposition to a name is someone else's.)
                let apposed = (m.possessive && !its)
                    .then(|| {
                        mentions.iter().zip(resolved).find_map(|(n, e)| {
                            (n.tokens.end + 1 == m.tokens.start && m.span.start <= n.span.end + 2)
                                .then_some(*e)
                                .flatten()
                        })
                    })
                    .flatten()
                    .and_then(|e| self.entities.get(e))
                    .map(|e| e.name.clone());
                let apposed = apposed.as_ref();
                let wanted = |e: &Entity| {
                    let state = its && e.kind == ActorKind::State;
                    (if m.company_owner { company_like(e) } else { e.kind == *kind || state })
                        && e.mentions > 0
                        && apposed.is_none_or(|a| *a != e.name)
                        && !not.contains(&e.name)
                };
                // "the alliance" is more likely NATO than the last company named; "the bloc" the
                // EU or ASEAN.
                let head = m.surface.rsplit(' ').next().unwrap_or("").to_lowercase();
                let hints: &[&str] = match head.as_str() {
                    "alliance" => &["NATO", "Alliance", "Treaty", "OPEC", "Pact", "Coalition"],
                    "bloc" => &["Union", "EU", "ASEAN", "Community", "Mercosur", "BRICS", "League", "Bloc", "OPEC"],
                    "court" => &["Court", "Tribunal"],
                    // ("the Todos por Guatemala party": an alias the text gave with "party".)
                    "party" => &[
                        "Party",
                        "party",
                        "Movement",
                        "Front",
                        "Alliance",
                        "National Congress",
                        "People’s Congress",
                        "People's Congress",
                    ],
                    // ("the bank" is no fund: "Kazakhstan Deposit Insurance Fund"; the IMF is
                    // "the lender" too.)
                    "bank" => &["Bank", "Reserve"],
                    "lender" => &["Bank", "Fund", "Reserve"],
                    "ministry" => &["Ministry"],
                    "commission" => &["Commission"],
                    "department" => &["Department"],
                    // (The FTC, the FDA: a commission or an administration is "the agency" too.)
                    "agency" => &[
                        "Agency",
                        "Commission",
                        "Administration",
                        "Authority",
                        "Directorate",
                        "Service",
                        "Bureau",
                        "Intelligence",
                        "Programme",
                        "Program",
                        "Fund",
                        "Organization",
                        "Organisation",
                        "High Commissioner",
                    ],
                    "regulator" => &[
                        "Commission",
                        "Authority",
                        "Agency",
                        "Regulat",
                        "Office",
                        "Board",
                        "Superintendency",
                        "Superintendence",
                        "Superintendencia",
                        "Inspectorate",
                        "Directorate",
                    ],
                    "authority" => &["Authority"],
                    "committee" | "panel" => &["Committee", "Panel", "Commission", "Council"],
                    "council" => &["Council"],
                    "bureau" => &["Bureau"],
                    "tribunal" => &["Tribunal", "Court"],
                    "watchdog" => {
                        &["Commission", "Authority", "Agency", "Regulat", "Office", "Watchdog", "Board", "Inspectorate"]
                    }
                    "airline" => &["Air", "Airline", "Airlines", "Airways", "Aero"],
                    "newspaper" => &["Times", "Post", "Journal", "News", "Herald", "Daily", "Gazette", "Tribune"],
                    "broadcaster" => &["TV", "Television", "Radio", "Broadcasting", "BBC", "CNN"],
                    "consortium" => &["Consortium"],
                    "foundation" => &["Foundation", "Fondazione", "Fundación", "Fondation", "Stiftung"],
                    // (A workers' union: not the European Union, which news calls "the bloc".)
                    "union" => &["Union", "Unions", "Syndicat", "Sindicato", "Federation", "Confederation"],
                    "league" => &["League", "Liga", "Ligue"],
                    // (A sport's federation is often a union or an association by name.)
                    "federation" => &[
                        "Federation",
                        "Federación",
                        "Fédération",
                        "Federação",
                        "Union",
                        "Association",
                        "Confederation",
                    ],
                    "association" => &["Association", "Associação", "Asociación", "Associazione"],
                    "mission" => &["Mission", "Force", "Operation"],
                    "fund" => &["Fund", "Investment", "Capital"],
                    "club" => &["Club", "FC", "United", "City", "Athletic", "Athletico", "Sporting", "Real"],
                    "station" => &["TV", "Television", "Radio", "Broadcasting", "Channel"],
                    "assembly" => &["Assembly", "Parliament", "Congress", "Senate"],
                    "institute" => &["Institute", "Institut", "Instituto"],
                    "office" => &["Office", "Prosecutor", "Procurator", "Ombudsman", "Bureau"],
                    "university" => &["University", "Universidad", "Université", "Universität", "College", "Institute"],
                    "hospital" => &["Hospital", "Clinic", "Medical"],
                    "charity" => &["Relief", "Foundation", "Trust", "Rescue", "Charity"],
                    "exchange" => &["Exchange", "Bourse", "Börse"],
                    "network" => &["Network", "Red", "Rede", "Réseau"],
                    "airport" => &["Airport"],
                    "port" => &["Port"],
                    "shipyard" => &["Shipyard", "Yard"],
                    "refinery" => &["Refinery"],
                    "mine" => &["Mine"],
                    "coalition" => &["Coalition", "Alliance", "Front", "Bloc"],
                    "parliament" => &[
                        "Parliament",
                        "Assembly",
                        "Congress",
                        "Senate",
                        "Duma",
                        "Majlis",
                        "Khural",
                        "Rada",
                        "Knesset",
                        "Bundestag",
                        "Sejm",
                        "Storting",
                        "Riksdag",
                        "Diet",
                    ],
                    _ => &[],
                };
                // (A place is only the place of that name: "the port" is no airport.)
                // (Nor is "the party" the last organisation of any other name.)
                // A head with hints names only an actor with one of them ("the party" is no other
                // organisation), except the few used loosely for other bodies too ("the bank",
                // "the agency", "the regulator").
                let loose = [
                    "alliance",
                    "bloc",
                    "bank",
                    "lender",
                    "commission",
                    "department",
                    "agency",
                    "regulator",
                    "authority",
                    "committee",
                    "panel",
                    "council",
                    "bureau",
                ];
                let strict = *kind == ActorKind::Place || (!hints.is_empty() && !loose.contains(&head.as_str()));
                // "the company" is not a ministry or a court.
                // (Nor is a bare company role's: "chief executive Birgir Hallsson".)
                let company_role =
                    ["executive", "chairman", "chairwoman", "director", "founder", "officer", "ceo", "manager"];
                let bodies: &[&str] = if COMPANY_HEADS.contains(&head.as_str()) || company_role.contains(&head.as_str())
                {
                    NO_COMPANY
                } else {
                    &[]
                };
                // A hint is a word of the name ("Air", not "Airbus"), or its start when long
                // ("Regulat"), or a phrase in it ("People’s Congress").
                let has = |name: &str, h: &str| {
                    if h.contains(' ') {
                        return name.contains(h);
                    }
                    name.split([' ', '-']).any(|w| w == h || (h.len() >= 6 && w.starts_with(h)))
                };
                // (Nor is "the federation" one, now that a federation may be a union by name.)
                let of_states = |e: &Entity| {
                    matches!(head.as_str(), "union" | "federation") && UNIONS_OF_STATES.contains(&e.name.as_str())
                };
                let no_body =
                    |e: &Entity| !bodies.iter().any(|b| e.name.contains(b) || e.aliases.iter().any(|a| a.contains(b)));
                let fits = |e: &Entity| {
                    !of_states(e)
                        && no_body(e)
                        && (hints.is_empty()
                            || hints.iter().any(|h| has(&e.name, h) || e.aliases.iter().any(|a| has(a, h))))
                };

                // "TotalEnergies will resume … its chief executive": "its" is the sentence's own
                // organisation or state when it has one.
                let own = resolved
                    .iter()
                    .enumerate()
                    // (Never a mention that only qualifies another: "U.S." in "U.S. energy
                    // group Vantor Energy said its …"; nor an owner: "Denmark’s Skovgaard Line
                    // said it had moved its calls" are the line's.)
                    .filter(|(i, _)| mentions.get(*i).is_none_or(|q| !q.modifier && !q.possessive))
                    .filter_map(|(_, e)| *e)
                    .find(|&e| {
                        self.entities.get(e).is_some_and(|e| {
                            if m.company_owner {
                                own_like(e)
                            } else {
                                matches!(e.kind, ActorKind::Organization | ActorKind::State | ActorKind::Other)
                            }
                        })
                    });
                let previous_subject =
                    self.previous_subject.filter(|&e| !m.company_owner || self.entities.get(e).is_some_and(own_like));
                // ("Its foreign ministry": a state's.)
                let fits_kind = |e: &usize| {
                    *kind != ActorKind::State || self.entities.get(*e).is_some_and(|e| e.kind == ActorKind::State)
                };
                match own.filter(fits_kind).or(previous_subject.filter(fits_kind)).filter(|_| its) {
                    Some(e) => Some(e),
                    // ("Its foreign ministry" after a company: no state to guess.)
                    None if *kind == ActorKind::State && its => None,
                    // "the country": of the states named in the last dozen sentences, the one the
                    // article names most (its subject), not merely the last one.
                    // (The dateline's state counts as if named four more times.)
                    None if *kind == ActorKind::State && !its => self
                        .seen_since(12)
                        .filter(|&i| self.entities.get(i).is_some_and(&wanted))
                        .max_by_key(|&i| {
                            let home = self.home.and_then(|g| self.by_gazetteer.get(&g)) == Some(&i);
                            self.entities.get(i).map(|e| (e.mentions + 4 * usize::from(home), e.last_seen, i))
                        })
                        .or_else(|| self.last_seen_where(ARTICLE_SENTENCES, &wanted)),
                    // The last seen (see `last_seen_where`: "revoked the licence of BAR, a producer
                    // owned by Gulf Metals Holding, … accused the company" is BAR), recent ones
                    // first: in a long text the name checks would cost more than they could find.
                    // ("The union went on strike. The Forest Industries Federation accused the
                    // union": a union by name before a federation that may be one.)
                    // "Visayan Skylink, a regional carrier, … The airline said": the last one
                    // the text described by that noun (or its like), before any other.
                    // (Not "the company", "the group": said of so many that the last one named is
                    // the better guess.)
                    None => (!["company", "firm", "group"].contains(&head.as_str()))
                        .then(|| {
                            self.last_seen_where(40, &|e| wanted(e) && e.nouns.iter().any(|n| same_noun(n, &head)))
                        })
                        .flatten()
                        .or_else(|| {
                            (head == "union")
                                .then(|| {
                                    let union = |e: &Entity| {
                                        ["Union", "Unions", "Syndicat", "Sindicato"].iter().any(|u| has(&e.name, u))
                                    };
                                    self.last_seen_where(40, &|e| wanted(e) && fits(e) && union(e))
                                })
                                .flatten()
                                .or_else(|| self.last_seen_where(40, &|e| wanted(e) && fits(e)))
                                // ("the company" is never a union or a ministry, however far back.)
                                .or_else(|| {
                                    self.last_seen_where(ARTICLE_SENTENCES, &|e| {
                                        wanted(e) && no_body(e) && (!strict || fits(e))
                                    })
                                })
                                // "The commission, chaired by Nadia Berrada, concluded …": a body the
                                // article never names is an actor of its own, under the words it is
                                // called by (proposed only where a relation names it).
                                .or_else(|| {
                                    let name = m.surface.trim();
                                    let name =
                                        name.strip_prefix("the ").or_else(|| name.strip_prefix("The ")).unwrap_or(name);
                                    let unnamed = !its
                                        && !["his ", "her ", "their "].iter().any(|p| name.starts_with(p))
                                        && *kind == ActorKind::Organization
                                        && UNNAMED_BODIES.contains(&head.as_str())
                                        && name.chars().all(|c| c.is_lowercase() || c == ' ');
                                    unnamed.then(|| match self.by_key.get(&normalize(name)) {
                                        Some(&e) => e,
                                        None => self.create(name, ActorKind::Organization, 0.5, "unnamed body", false),
                                    })
                                })
                        }),
                }
            }
        }
    }

    fn resolve_name(&mut self, m: &Mention, kind: ActorKind, weak: bool) -> Option<usize> {
        let surface = m.surface.trim();
        let key = normalize(surface);
        if let Some(&e) = self.by_key.get(&key) {
            // ("Chile’s AquaSur raises bid …" in the headline, "Chilean salmon producer AquaSur"
            // in the lede: a name of no known kind is an organisation's once the text says so.)
            if let Some(entity) = self.entities.get_mut(e)
                && entity.kind == ActorKind::Other
                && kind == ActorKind::Organization
                && m.title.is_none()
            {
                entity.kind = ActorKind::Organization;
            }
            return Some(e);
        }
        let words: Vec<&str> = surface.split_whitespace().collect();
        // A surname (or given name) of exactly one full name: that person ("Van Loon" too, a
        // surname with its particle).
        // (Only such surnames are kept under more than one word.)
        if !words.is_empty()
            && let Some(full) = self.person_words.get(&key).filter(|f| f.len() == 1).and_then(|f| f.iter().next())
        {
            let full = full.clone();
            return Some(match self.by_key.get(&normalize(&full)) {
                Some(&e) => e,
                None => self.create(&full, ActorKind::Person, 0.75, "capitalised name", true),
            });
        }
        // "President Trump", "Erdogan": an officeholder the gazetteer knows, under the full name.
        if let Some(holder) = self.gaz.officeholder(surface).filter(|_| !self.person_words.contains_key(&key)) {
            let full = holder.name.clone();
            return Some(match self.by_key.get(&normalize(&full)) {
                Some(&e) => e,
                None => self.create(&full, ActorKind::Person, 0.85, "known officeholder", true),
            });
        }
        // (Two words only for a name of no person: "Mo Ibrahim" is not the Mo Ibrahim
        // Foundation. Known places, such as "Silicon Valley", never come here.)
        // ("Pacific Crown" for "Pacific Crown Airlines": two words that look like a person's
        // name are the organisation's when its name goes on with only a generic word.)
        // (A word of another person's name only: "Pacific Crown rejected it" read as a person's
        // name gave its own words.)
        let other_person = |w: &str| {
            self.person_words.get(&normalize(w)).is_some_and(|names| names.iter().any(|n| normalize(n) != key))
        };
        let short = words.len() == 1
            || (words.len() == 2
                && m.title.is_none()
                && (kind != ActorKind::Person
                    || self.org_words.get(&key).is_some_and(|names| {
                        // (Not "Amara Okafor" for "the Amara Okafor Foundation", named after her.)
                        names
                            .iter()
                            .all(|n| !n.split_whitespace().last().is_some_and(|w| NAMED_AFTER_PEOPLE.contains(&w)))
                    }))
                && !words.iter().any(|w| other_person(w)));
        if short
            && !self.person_words.contains_key(&key)
            && let Some(full) = self.org_words.get(&key).filter(|f| f.len() == 1).and_then(|f| f.iter().next())
        {
            let full = full.clone();
            return Some(match self.by_key.get(&normalize(&full)) {
                Some(&e) => e,
                None => self.create(&full, ActorKind::Organization, 0.7, "organisation name", true),
            });
        }
        // "the Commission" after "the European Commission": the known body already found.
        if words.len() == 1
            && let Some(e) = self
                .known_heads
                .get(&key)
                .filter(|entries| entries.len() == 1)
                .and_then(|entries| entries.iter().next())
                .and_then(|g| self.by_gazetteer.get(g).copied())
        {
            return Some(e);
        }
        // An acronym of a name already found: "International Atomic Energy Agency" → "IAEA".
        if words.len() == 1 && surface.chars().count() >= 2 && surface.chars().all(|c| c.is_uppercase()) {
            let hit = self.by_initials.get(surface).copied();
            if hit.is_some() {
                return hit;
            }
        }
        if weak && !self.strong.contains(&key) {
            return None;
        }
        let kind = if m.title.is_some() { ActorKind::Person } else { kind };
        let acronym = words.len() == 1 && surface.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
        let (confidence, rule) = match kind {
            _ if m.title.is_some() => (0.85, "title + name"),
            ActorKind::Person => (0.75, "capitalised name"),
            ActorKind::Organization if acronym => (0.5, "acronym"),
            ActorKind::Organization => (0.7, "organisation name"),
            ActorKind::Place | ActorKind::Event => (0.6, "place or event name"),
            _ => (0.4, "capitalised word"),
        };
        // Places and events are actors when they act or are acted upon; a lone acronym or
        // word when the article comes back to it (see `finish`) or a relation names it.
        if acronym && super::words::NOT_ACTOR_ACRONYMS.contains(&surface) {
            return None;
        }
        let keep = matches!(kind, ActorKind::Person | ActorKind::Organization);
        Some(self.create(surface, kind, confidence, rule, keep))
    }

    /// The officials a state stood in for, once the article has named them: (sentence, state,
    /// person) for "Guyana summoned Suriname’s ambassador" when "Suriname’s ambassador, Marcia
    /// Pinas," comes later; only where one person holds that role of that state, or, for a
    /// diplomat, where one person is named as a diplomat of no state ("the envoy, Marcia Pinas").
    pub fn named_officials(&self) -> Vec<(usize, usize, usize)> {
        self.stand_ins
            .iter()
            .filter(|(n, state, _)| !self.named_in.contains(&(*n, *state)))
            .filter_map(|(n, state, role)| {
                // ("Belarus’s chargé d’affaires" … "The envoy, Dmitry Kovalyov,": a diplomat
                // named as "the envoy" is the one the state sent.)
                let diplomat = |r: &str| {
                    ["ambassador", "envoy", "chargé d’affaires", "chargé d'affaires", "diplomat", "consul"]
                        .iter()
                        .any(|d| r.eq_ignore_ascii_case(d))
                };
                let mut holders = self.entities.iter().enumerate().filter(|(_, e)| {
                    e.kind == ActorKind::Person
                        && e.ties.iter().any(|(o, r, _)| {
                            (*o == Some(*state) && r.eq_ignore_ascii_case(role))
                                || (o.is_none() && diplomat(r) && diplomat(role))
                        })
                });
                let (person, _) = holders.next()?;
                holders.next().is_none().then_some((*n, *state, person))
            })
            .collect()
    }

    /// The actors, with confidence raised by repeated mentions and lone unknown names kept when
    /// the article mentions them more than once.
    pub fn finish(mut self) -> Vec<Entity> {
        for e in &mut self.entities {
            if e.mentions >= 2 && matches!(e.rule, "capitalised word" | "acronym") {
                e.keep = true;
            }
            e.confidence = (e.confidence + 0.03 * (e.mentions.saturating_sub(1) as f32)).min(0.97);
        }
        self.entities
    }
}

/// Nouns by which an article names a company again ("said the company would …").
const COMPANY_HEADS: &[&str] = &[
    "company",
    "firm",
    "group",
    "conglomerate",
    "carmaker",
    "automaker",
    "carrier",
    "airline",
    "miner",
    "lender",
    "bank",
    "insurer",
    "utility",
    "shipbuilder",
    "operator",
    "manufacturer",
    "maker",
    "producer",
    "retailer",
];

/// Words of a name that make it no company's: "the company" or "the two companies" are no
/// ministry, court or union.
const NO_COMPANY: &[&str] = &[
    "Ministry",
    "Cabinet",
    "Court",
    "Commission",
    "Council",
    "Department",
    "Agency",
    "Authority",
    "Parliament",
    "Government",
    "Party",
    "Union",
    "Organization",
    "Organisation",
    "Community",
    "Board",
    "Tribunal",
    "Bureau",
    "Directorate",
    "Inspectorate",
    "Superintendency",
    "Police",
];

/// Head words by which an article names again a body it named in full ("the Commission", "the
/// Fund", "the Court").
const HEAD_WORDS: &[&str] = &[
    "Commission",
    "Fund",
    "Bank",
    "Court",
    "Council",
    "Agency",
    "Tribunal",
    "Authority",
    "Organization",
    "Organisation",
    "Committee",
    "Parliament",
    "Programme",
    "Program",
];

/// How far back, in sentences, "the company" or "the union" may look: farther than any news
/// article is long, but bounded, so that a long text costs no more per sentence than a short one.
const ARTICLE_SENTENCES: usize = 300;

/// The label of a tie from its role: "president" → "president of", "based in" as it is, none
/// → "of".
fn tie_label(role: &str) -> String {
    let role = role.trim_end_matches('.').to_lowercase();
    let ends_in_prep = ["for", "at", "to", "with", "of", "in"].iter().any(|p| role.ends_with(&format!(" {p}")));
    match () {
        _ if role.is_empty() => "of".to_owned(),
        _ if ends_in_prep => role,
        _ => format!("{role} of"),
    }
}

/// Initials of the capitalised words of a name ("International Atomic Energy Agency" → "IAEA").
fn initials(name: &str) -> String {
    name.split_whitespace().filter_map(|w| w.chars().next().filter(|c| c.is_uppercase())).collect()
}
