//! From article to draft map, offline: sentences, actor mentions (a built-in gazetteer, names
//! the map already has, titles, capitalised names), alias resolution, and relations from a
//! lexicon of relation words. Every proposal carries its evidence (the exact sentence) and a
//! confidence with the rule that produced it. Plain Rust: no egui, no network, no model.

mod gazetteer;
mod lexicon;
mod mentions;
mod relations;
mod resolve;
mod sentences;
mod tokens;
mod words;

use std::collections::{HashMap, HashSet};

use aho_corasick::{AhoCorasick, MatchKind};

pub use gazetteer::{Form, Gazetteer};
pub use resolve::Entity;
pub use sentences::split_sentences;
pub use tokens::{Token, tokenize};

use crate::edit::Edit;
use crate::model::{Actor, ActorId, Evidence, Map, Proposal, Relation, Source, SourceId};
use mentions::{Hit, Referent};

/// Highest confidence of a relation read only from a headline.
const HEADLINE_CONFIDENCE: f32 = 0.5;

/// Largest article extraction takes (bytes): far beyond any article, small enough that a
/// pasted book does not tie up a core for minutes.
pub const MAX_ARTICLE_BYTES: usize = 16 * 1024 * 1024;

/// Why an article could not be turned into a draft.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ExtractError {
    /// The bytes are not UTF-8 text.
    #[error("the article is not UTF-8 text (invalid bytes at offset {0}); save it as UTF-8 and try again")]
    NotUtf8(usize),
    /// Nothing but white space.
    #[error("the article is empty")]
    Empty,
    /// Over [`MAX_ARTICLE_BYTES`].
    #[error("the article is {size} bytes, over the limit of {limit} bytes")]
    TooLarge {
        /// Its size.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// Stopped by the person.
    #[error("extraction was cancelled")]
    Cancelled,
    /// The worker doing it stopped without an answer.
    #[error("extraction stopped unexpectedly")]
    Stopped,
}

/// Where the article came from, for the map's source record.
#[derive(Clone, Debug, Default)]
pub struct ArticleInfo {
    /// Headline; taken from the first line when empty.
    pub title: String,
    /// Publisher, if known.
    pub publisher: String,
    /// Publication date, if known.
    pub published: String,
    /// Address, if known.
    pub url: String,
}

/// What an extraction found, before it becomes a map.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Findings {
    /// Proposed actors (`known` set for those the map already had).
    pub actors: Vec<resolve::Entity>,
    /// Proposed relations between them, each with the sentences that state it.
    pub relations: Vec<Proposed>,
    /// The sentences, as byte ranges of the article.
    pub sentences: Vec<std::ops::Range<usize>>,
}

/// A relation extraction proposes.
#[derive(Clone, Debug, PartialEq)]
pub struct Proposed {
    /// Subject (index into [`Findings::actors`]).
    pub source: usize,
    /// Object.
    pub target: usize,
    /// Label read from subject to object.
    pub label: String,
    /// No direction.
    pub symmetric: bool,
    /// Sentences that state it (indexes into [`Findings::sentences`]).
    pub sentences: Vec<usize>,
    /// Best confidence over its sentences.
    pub confidence: f32,
    /// The rule behind the best one.
    pub rule: &'static str,
}

/// Names an existing map already uses, matched in the article before the gazetteer.
struct KnownNames {
    matcher: AhoCorasick,
    actor_of: Vec<usize>,
}

impl KnownNames {
    fn new(map: &Map) -> Option<Self> {
        let mut patterns = Vec::new();
        let mut actor_of = Vec::new();
        for (i, a) in map.actors.iter().enumerate() {
            for n in a.names() {
                let n = n.trim();
                let n = n.strip_prefix("the ").or_else(|| n.strip_prefix("The ")).unwrap_or(n);
                if n.chars().count() >= 2 {
                    patterns.push(n.to_owned());
                    actor_of.push(i);
                }
            }
        }
        if patterns.is_empty() {
            return None;
        }
        let matcher = AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).build(&patterns).ok()?;
        Some(Self { matcher, actor_of })
    }
}

/// Checks article bytes and returns the text.
pub fn article_text(bytes: &[u8]) -> Result<&str, ExtractError> {
    if bytes.len() > MAX_ARTICLE_BYTES {
        return Err(ExtractError::TooLarge { size: bytes.len(), limit: MAX_ARTICLE_BYTES });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| ExtractError::NotUtf8(e.valid_up_to()))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ExtractError::Empty);
    }
    Ok(text)
}

/// Finds the actors and relations of `text`. `map` (may be empty) supplies actors already
/// known, matched through their names and aliases. `progress` gets 0..=1 now and then and
/// returns `false` to cancel. A long text is read on two threads (see `read_text` and
/// `relate`); the findings are the same as on one.
pub fn find(text: &str, map: &Map, progress: &mut dyn FnMut(f32) -> bool) -> Result<Findings, ExtractError> {
    find_on(text, map, progress, PARALLEL_BYTES)
}

/// [`find`], on two threads when the text has at least `parallel` bytes.
fn find_on(
    text: &str,
    map: &Map,
    progress: &mut dyn FnMut(f32) -> bool,
    parallel: usize,
) -> Result<Findings, ExtractError> {
    if text.len() > MAX_ARTICLE_BYTES {
        return Err(ExtractError::TooLarge { size: text.len(), limit: MAX_ARTICLE_BYTES });
    }
    if text.trim().is_empty() {
        return Err(ExtractError::Empty);
    }
    let gaz = gazetteer::builtin();
    let lex = lexicon::builtin();
    let known = KnownNames::new(map);
    let (all_hits, known_entries) = raw_hits(text, gaz, known.as_ref());
    let two_threads = text.len() >= parallel;
    let Some((sentences, read)) = read_text(text, &all_hits, gaz, &mut *progress, two_threads) else {
        return Err(ExtractError::Cancelled);
    };
    let (per_sentence, headlines): (Vec<_>, Vec<bool>) =
        read.into_iter().map(|(tokens, found, headline)| ((tokens, found), headline)).unzip();
    let mut resolver = resolve::Resolver::new(map, gaz, &per_sentence);
    resolver.link_entries(known_entries);
    let mut relations = relate(&mut resolver, &per_sentence, &headlines, lex, &mut *progress, two_threads)?;
    // "Guyana summoned Suriname’s ambassador. … Suriname’s ambassador, Marcia Pinas, …": the
    // state stood in for its official until the text named her; what was done to the official
    // was done to her.
    // (Every sentence that states it must have had the official: "Guyana summons Suriname’s
    // envoy" in the headline, "summoned Suriname’s ambassador" in the lede; a headline's
    // shorthand "summons Myanmar envoy" goes with the lede.)
    let officials = resolver.named_officials();
    for &(_, state, person) in &officials {
        let stood_in = |n: &usize| officials.iter().any(|o| o.0 == *n && o.1 == state && o.2 == person);
        let headline = |n: &usize| headlines.get(*n).copied().unwrap_or(false);
        for i in 0..relations.len() {
            let r = &relations[i];
            // (Only what was done to the official: "summoned Suriname’s ambassador"; not what the
            // state itself did in that sentence, "over Suriname’s seizure of boats".)
            let mut body = r.sentences.iter().filter(|n| !headline(n)).peekable();
            let body_stood_in = body.peek().is_some() && body.all(stood_in);
            if !(r.sentences.iter().all(stood_in) || body_stood_in) || is_role_tie(r.rule) || r.target != state {
                continue;
            }
            let (source, target) = (r.source, person);
            let exists = relations.iter().any(|o| o.source == source && o.target == target && o.label == r.label);
            if source != target && !exists {
                relations[i].source = source;
                relations[i].target = target;
            }
        }
    }
    let mut actors = resolver.finish();
    join_early_short_forms(&mut actors, &mut relations);
    // A place does not act: "a provider based in Austin, Texas, which filed a complaint" is
    // the provider's doing. (Places are still where things happen: "strikes in Khan Younis".)
    relations.retain(|r| actors.get(r.source).is_none_or(|a| a.kind != crate::model::ActorKind::Place));
    // Nor is a world region a party to anything: "Africa’s last absolute monarchy", "one of West
    // Africa’s most stable democracies" (on the development set 8 such relations, none right).
    // (The gazetteer's world regions: its places that are nobody's.)
    let regions: HashSet<&str> = gaz
        .entries
        .iter()
        .filter(|g| g.international && g.kind == crate::model::ActorKind::Place)
        .map(|g| g.name.as_str())
        .collect();
    relations.retain(|r| {
        [r.source, r.target].iter().all(|&e| actors.get(e).is_none_or(|a| !regions.contains(a.name.as_str())))
    });
    // "the Houston-based company", "Shanghai-based Meiyun": a city a company is based in is
    // where it is, rarely what the article is about (on the development set 1 such relation
    // in 3 was annotated).
    relations.retain(|r| {
        !words::PLACED.iter().any(|(_, label)| r.label == *label)
            || actors.get(r.target).is_none_or(|a| a.kind != crate::model::ActorKind::Place)
    });
    // Groups and weakly named actors are proposed only when a relation names them.
    let in_relation: HashSet<usize> = relations.iter().flat_map(|r| [r.source, r.target]).collect();
    for (i, a) in actors.iter_mut().enumerate() {
        a.keep = a.keep || in_relation.contains(&i);
    }
    for r in &mut relations {
        // A second sentence stating the same thing makes it more likely.
        let extra = 0.05 * (r.sentences.len() as f32 - 1.0);
        r.confidence = (r.confidence + extra).min(0.95);
    }
    progress(1.0);
    Ok(Findings { actors, relations, sentences })
}

/// "India’s SEBI bars …" in a headline, "The Securities and Exchange Board of India (SEBI)" in
/// the lede: a short form taken for a name of its own (the resolver read it before the full
/// name that gives it as an alias) is the full name's actor. Its relations move there (the same
/// relation stated both ways becomes one, with every sentence), and it is no longer proposed.
fn join_early_short_forms(actors: &mut [resolve::Entity], relations: &mut Vec<Proposed>) {
    let short = |e: &resolve::Entity| {
        e.aliases.is_empty()
            && e.known.is_none()
            && (2..=8).contains(&e.name.chars().count())
            && e.name.chars().all(|c| c.is_ascii_uppercase() || c == '-' || c == '&')
    };
    if !actors.iter().any(short) {
        return;
    }
    // Every alias → the first actor with it, once: a long text has thousands of actors.
    let mut by_alias: HashMap<&str, usize> = HashMap::new();
    for (i, a) in actors.iter().enumerate() {
        for x in &a.aliases {
            by_alias.entry(x.as_str()).or_insert(i);
        }
    }
    let joins: Vec<(usize, usize)> = (0..actors.len())
        .filter(|&a| short(&actors[a]))
        .filter_map(|a| by_alias.get(actors[a].name.as_str()).filter(|&&full| full != a).map(|&full| (a, full)))
        .collect();
    if joins.is_empty() {
        return;
    }
    let mut to: Vec<usize> = (0..actors.len()).collect();
    for &(a, full) in &joins {
        to[a] = full;
        actors[full].mentions += actors[a].mentions;
        actors[a].keep = false;
        actors[a].mentions = 0;
    }
    for r in relations.iter_mut() {
        r.source = to[r.source];
        r.target = to[r.target];
    }
    relations.retain(|r| r.source != r.target);
    let mut kept: Vec<Proposed> = Vec::with_capacity(relations.len());
    let mut at: HashMap<(usize, usize, String, bool), usize> = HashMap::new();
    for r in relations.drain(..) {
        let key = (r.source, r.target, r.label.clone(), r.symmetric);
        match at.get(&key).and_then(|&i| kept.get_mut(i)) {
            Some(k) => {
                for s in r.sentences {
                    if !k.sentences.contains(&s) {
                        k.sentences.push(s);
                    }
                }
                k.sentences.sort_unstable();
                if r.confidence > k.confidence {
                    k.confidence = r.confidence;
                    k.rule = r.rule;
                }
            }
            None => {
                at.insert(key, kept.len());
                kept.push(r);
            }
        }
    }
    *relations = kept;
}

/// The relations the sentences state, in order, and the resolver's reading of each: on two
/// threads when `two_threads`, the resolver reading sentence after sentence on the second while
/// this one finds what each states (that needs the resolver's reading of the sentence and what
/// the sentences before it stated; the resolver needs nothing from it). `progress` hears 0.8
/// to 1 and may cancel.
fn relate(
    resolver: &mut resolve::Resolver<'_>,
    per_sentence: &[(Vec<Token<'_>>, Vec<mentions::Mention>)],
    headlines: &[bool],
    lex: &lexicon::Lexicon,
    progress: &mut dyn FnMut(f32) -> bool,
    two_threads: bool,
) -> Result<Vec<Proposed>, ExtractError> {
    use std::sync::atomic::{AtomicBool, Ordering};
    let read = |resolver: &mut resolve::Resolver<'_>, (tokens, found): &(Vec<Token<'_>>, Vec<mentions::Mention>)| {
        let pronoun_subject = tokens.first().is_some_and(|t| t.text == "It" || t.text == "They");
        resolver.sentence(found, tokens, pronoun_subject)
    };
    if two_threads {
        let stop = AtomicBool::new(false);
        let piped = std::thread::scope(|scope| {
            let (sender, receiver) = std::sync::mpsc::channel();
            let (stop, resolver) = (&stop, &mut *resolver);
            let reading = std::thread::Builder::new().spawn_scoped(scope, move || {
                for sentence in per_sentence {
                    if stop.load(Ordering::Relaxed) || sender.send(read(resolver, sentence)).is_err() {
                        break;
                    }
                }
            });
            let Ok(reading) = reading else { return None };
            let found = relate_with(per_sentence, headlines, lex, progress, &mut || receiver.recv().ok());
            // (Cancelled: the resolver need not read on.)
            stop.store(true, Ordering::Relaxed);
            reading.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            Some(found)
        });
        if let Some(found) = piped {
            return found;
        }
    }
    let mut next = per_sentence.iter();
    relate_with(per_sentence, headlines, lex, progress, &mut || next.next().map(|s| read(resolver, s)))
}

/// [`relate`] with each sentence's reading by the resolver from `readings`, in order.
fn relate_with(
    per_sentence: &[(Vec<Token<'_>>, Vec<mentions::Mention>)],
    headlines: &[bool],
    lex: &lexicon::Lexicon,
    progress: &mut dyn FnMut(f32) -> bool,
    readings: &mut dyn FnMut() -> Option<(Vec<relations::Slot>, Vec<relations::Found>)>,
) -> Result<Vec<Proposed>, ExtractError> {
    let mut relations: Vec<Proposed> = Vec::new();
    let mut index: HashMap<(usize, usize, String), usize> = HashMap::new();
    let mut previous = relations::Antecedents::default();
    for (n, (tokens, _)) in per_sentence.iter().enumerate() {
        if n % 16 == 0 && !progress(0.8 + 0.2 * n as f32 / per_sentence.len() as f32) {
            return Err(ExtractError::Cancelled);
        }
        let Some((slots, ties)) = readings() else { break };
        let mut acted = Vec::new();
        let mut stated = relations::in_sentence(tokens, &slots, lex, previous, &mut acted);
        // Headlinese ("Tianqi sues Chilean regulator to halt Codelco-SQM partnership") is read
        // right less than half the time (8 of 19 on the development set): below the default
        // accept-all threshold unless the body says it too.
        if headlines.get(n).copied().unwrap_or(false) {
            for f in &mut stated {
                f.confidence = f.confidence.min(HEADLINE_CONFIDENCE);
            }
        }
        // (What a title or apposition ties someone to qualifies them: "Pakistan’s military media
        // wing, Inter-Services Public Relations, rejected it. It said …" is the wing.)
        // (Only role ties: in "Rwanda-backed M23" the M23 is no qualifier.)
        let organs: Vec<usize> = ties.iter().filter(|t| is_role_tie(t.rule)).map(|t| t.target).collect();
        stated.extend(ties);
        previous = previous.after(tokens, &slots, &organs);
        for (label, source) in
            // (What was said first, then what was done: "Ukraine accused Russia of shelling the
            // plant, the IAEA said." leaves the accusation as what "Moscow denied that" denies.)
            acted
                .iter()
                .map(|(l, s)| (l.as_str(), *s))
                .chain(stated.iter().map(|f| (f.label.as_str(), f.source)))
        {
            previous.acted(label, source);
        }
        for f in stated {
            let key = if f.symmetric && f.target < f.source {
                (f.target, f.source, f.label.clone())
            } else {
                (f.source, f.target, f.label.clone())
            };
            // ("Algeria’s election authority" in the headline, "Algeria’s national election
            // authority" in the lede: one tie, under the fuller words.)
            let same_tie = || {
                let longer = |a: &str, b: &str| a.strip_suffix(b).is_some_and(|rest| rest.ends_with(' '));
                is_role_tie(f.rule)
                    .then(|| {
                        relations.iter().position(|r| {
                            r.source == f.source
                                && r.target == f.target
                                && is_role_tie(r.rule)
                                && (longer(&r.label, &f.label) || longer(&f.label, &r.label))
                        })
                    })
                    .flatten()
            };
            match index.get(&key).copied().or_else(same_tie) {
                Some(i) => {
                    let r = &mut relations[i];
                    if f.label.len() > r.label.len() {
                        r.label = f.label.clone();
                        index.insert(key, i);
                    }
                    if !r.sentences.contains(&n) {
                        r.sentences.push(n);
                    }
                    if f.confidence > r.confidence {
                        r.confidence = f.confidence;
                        r.rule = f.rule;
                    }
                }
                None => {
                    index.insert(key, relations.len());
                    relations.push(Proposed {
                        source: f.source,
                        target: f.target,
                        label: f.label,
                        symmetric: f.symmetric,
                        sentences: vec![n],
                        confidence: f.confidence,
                        rule: f.rule,
                    });
                }
            }
        }
    }
    Ok(relations)
}

/// Whether a relation's rule ties someone to what a title or a description says they are of
/// ("president of", "state agency of"), rather than stating an act.
fn is_role_tie(rule: &str) -> bool {
    matches!(rule, "title" | "apposition")
}

/// A match in the whole text: (start byte, end byte, referent, form).
type RawHit = (usize, usize, Referent, Form);

/// Every gazetteer and known-name match in the text, known names first where they overlap:
/// (start, end, referent, form), in order; and the gazetteer entries that are the map's actors.
/// A known name that is exactly a gazetteer name ("U.S.") stays a gazetteer hit, so the rules
/// that know states and organisations apply, and the entry is linked to the map's actor.
fn raw_hits(text: &str, gaz: &Gazetteer, known: Option<&KnownNames>) -> (Vec<RawHit>, HashMap<usize, usize>) {
    let mut out: Vec<RawHit> = Vec::new();
    if let Some(k) = known {
        for m in k.matcher.find_iter(text) {
            if gazetteer::whole_word(text, m.start(), m.end())
                && let Some(&a) = k.actor_of.get(m.pattern().as_usize())
            {
                out.push((m.start(), m.end(), Referent::Known(a), Form::Name));
            }
        }
    }
    // Both lists are in text order and the known ones do not overlap each other, so one pass
    // with a cursor finds the gazetteer hits a known name covers.
    let known_spans: Vec<(usize, usize)> = out.iter().map(|h| (h.0, h.1)).collect();
    let mut k = 0;
    let mut linked: HashMap<usize, usize> = HashMap::new();
    let mut replaced = HashSet::new();
    for (s, e, entry, form) in gaz.find_all(text) {
        while known_spans.get(k).is_some_and(|&(_, b)| b <= s) {
            k += 1;
        }
        let overlaps = known_spans.get(k).is_some_and(|&(a, _)| a < e);
        let same = known_spans.get(k).is_some_and(|&(a, b)| a == s && b == e);
        if same && let Some((_, _, Referent::Known(actor), _)) = out.get(k) {
            // (One entry is one actor: the first the text links it to.)
            if *linked.entry(entry).or_insert(*actor) == *actor {
                replaced.insert(k);
                out.push((s, e, Referent::Gazetteer(entry), form));
            }
        } else if !overlaps {
            out.push((s, e, Referent::Gazetteer(entry), form));
        }
    }
    drop_indices(&mut out, &replaced);
    out.sort_by_key(|h| (h.0, std::cmp::Reverse(h.1)));
    // "San Jose, California", "Paris, Texas": a capital's name followed by another place is
    // that town, not the government of the capital's state.
    // (Not "Moscow, Beijing and Washington": the place named after it is a name, and the
    // phrase ends with it.)
    let ends = |e: usize| text[e..].chars().next().is_none_or(|c| matches!(c, ',' | '.' | ';' | ')'));
    let elsewhere: HashSet<usize> = out
        .windows(2)
        .enumerate()
        .filter(|(_, w)| {
            matches!((&w[0].2, &w[1].2), (Referent::Gazetteer(a), Referent::Gazetteer(b)) if a != b)
                && w[0].3 == Form::Capital
                && w[1].3 == Form::Name
                && text.get(w[0].1..w[1].0) == Some(", ")
                && ends(w[1].1)
        })
        .map(|(i, _)| i)
        .collect();
    drop_indices(&mut out, &elsewhere);
    (out, linked)
}

/// Removes the items at `indices` (positions before any removal).
fn drop_indices<T>(items: &mut Vec<T>, indices: &HashSet<usize>) {
    let mut i = 0;
    items.retain(|_| {
        i += 1;
        !indices.contains(&(i - 1))
    });
}

/// A sentence as read before resolution: its tokens, its mentions, and whether it is a headline.
type ReadSentence<'t> = (Vec<Token<'t>>, Vec<mentions::Mention>, bool);

/// Texts of this many bytes or more (about 64 sentences) are read on two threads (see `find`).
const PARALLEL_BYTES: usize = 8_000;

/// The sentences of `text` (byte ranges) and how each reads: tokens, mentions, headline. With
/// `two_threads`, the text is read in two halves at once, the first on this thread, which
/// reports progress (0 to 0.8), hears Cancel and tells the other half to stop: cut at a line
/// break in its middle third (no sentence spans one), each half split into sentences on its
/// own thread; or, with no such line break, split here and its sentences halved. `None` when
/// cancelled.
fn read_text<'t>(
    text: &'t str,
    all_hits: &[RawHit],
    gaz: &Gazetteer,
    progress: &mut dyn FnMut(f32) -> bool,
    two_threads: bool,
) -> Option<(Vec<std::ops::Range<usize>>, Vec<ReadSentence<'t>>)> {
    let stop = std::sync::atomic::AtomicBool::new(false);
    let read_part = |part: Part, progress: Option<&mut dyn FnMut(f32) -> bool>| {
        let sentences = match part {
            Part::Text(range) => sentences::split_sentences_of(text, range),
            Part::Sentences(given) => given,
        };
        let read = read_sentences(text, &sentences, all_hits, gaz, &stop, progress)?;
        Some((sentences, read))
    };
    let whole = || Part::Text(0..text.len());
    if !two_threads {
        return read_part(whole(), Some(progress));
    }
    let middle = text.len() / 3..=text.len() * 2 / 3;
    let (head, tail) = match sentences::line_break_near_middle(text).filter(|c| middle.contains(c)) {
        Some(cut) => (Part::Text(0..cut), Part::Text(cut..text.len())),
        None => {
            let mut all = split_sentences(text);
            let tail = all.split_off(all.len() / 2);
            (Part::Sentences(all), Part::Sentences(tail))
        }
    };
    std::thread::scope(|scope| {
        let second = std::thread::Builder::new().spawn_scoped(scope, || read_part(tail, None));
        let Ok(second) = second else { return read_part(whole(), Some(&mut *progress)) };
        let head = read_part(head, Some(&mut *progress));
        let tail = second.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        let ((mut sentences, mut read), (more_sentences, more_read)) = (head?, tail?);
        sentences.extend(more_sentences);
        read.extend(more_read);
        Some((sentences, read))
    })
}

/// What one thread of [`read_text`] reads: a part of the text, to split into sentences there,
/// or sentences already split.
enum Part {
    Text(std::ops::Range<usize>),
    Sentences(Vec<std::ops::Range<usize>>),
}

/// The tokens, mentions and headline flag of each sentence of `part` (byte ranges of `text`),
/// `all_hits` being the text's gazetteer and known-name matches in order. `progress` hears the
/// share of `part` done (the halves are about as long, so about the share of the text) as 0 to
/// 0.8; `None` when it asks to stop or `stop` is set, which this then sets for the other half.
fn read_sentences<'t>(
    text: &'t str,
    part: &[std::ops::Range<usize>],
    all_hits: &[RawHit],
    gaz: &Gazetteer,
    stop: &std::sync::atomic::AtomicBool,
    mut progress: Option<&mut dyn FnMut(f32) -> bool>,
) -> Option<Vec<ReadSentence<'t>>> {
    use std::sync::atomic::Ordering;
    let mut out = Vec::with_capacity(part.len());
    let mut cursor = part.first().map_or(0, |r| all_hits.partition_point(|h| h.0 < r.start));
    for (n, range) in part.iter().enumerate() {
        if n % 16 == 0 {
            let cancelled = progress.as_mut().is_some_and(|p| !p(0.8 * n as f32 / part.len().max(1) as f32));
            if cancelled {
                stop.store(true, Ordering::Relaxed);
            }
            if stop.load(Ordering::Relaxed) {
                return None;
            }
        }
        let tokens = tokenize(text, range.start, range.end);
        while all_hits.get(cursor).is_some_and(|h| h.0 < range.start) {
            cursor += 1;
        }
        let upto = all_hits[cursor..].iter().position(|h| h.0 >= range.end).map_or(all_hits.len(), |p| cursor + p);
        let mut hits = align(&all_hits[cursor..upto], &tokens);
        // "Lloyd Austin", "Whitney Houston": a place name right after a capitalised word is
        // the end of a person's name.
        hits.retain(|h| {
            let place = matches!(h.referent, Referent::Gazetteer(g) if gaz.entries.get(g).is_some_and(|e| e.kind == crate::model::ActorKind::Place));
            let after_name = h.start > 0 && {
                let prev = &tokens[h.start - 1];
                prev.word && prev.capital && !words::not_a_name(prev.text) && !prev.text.ends_with('.')
            };
            // "the Aegean Star", "Gaza Humanitarian Foundation": a place name opening a longer
            // name (one the gazetteer does not know).
            let before_name = tokens.get(h.end).is_some_and(|next| {
                next.word
                    && next.capital
                    && !next.text.ends_with('.')
                    && !words::not_a_name(next.text)
                    && all_hits[cursor..upto].binary_search_by_key(&next.start, |h| h.0).is_err()
                    && mentions::role_at(&tokens, h.end, gaz).is_none()
            });
            // "Santiago Peña", "Moscow Times": a capital opening a name, too.
            let capital = h.form == Form::Capital;
            // "Israel’s National Security Council": not the U.N.'s, whose short name ends it.
            let org = matches!(h.referent, Referent::Gazetteer(g) if gaz.entries.get(g).is_some_and(|e| e.kind == crate::model::ActorKind::Organization));
            let inside_name = org
                && h.end - h.start >= 2
                && after_name
                && all_hits[cursor..upto].binary_search_by_key(&tokens[h.start - 1].start, |h| h.0).is_err();
            // ("Dr. Ana Lima", "lawyer, Klodiana Meta": a capital's or a company's one word after
            // a given name ends a person's name too; not at the sentence's start, nor a word the
            // name goes on after.)
            let surname = h.end == h.start + 1
                && h.start >= 2
                && after_name
                && (capital || (org && h.form == Form::Name))
                && all_hits[cursor..upto].binary_search_by_key(&tokens[h.start - 1].start, |h| h.0).is_err()
                && tokens.get(h.end).is_none_or(|n| !(n.word && n.capital));
            !(place && after_name) && !((place || capital) && before_name) && !inside_name && !surname
        });
        // A line of its own without final punctuation is a headline, however it is cased.
        let own_line = text[range.end..].starts_with(['\n', '\r']) || range.end == text.len();
        // ("…by the U.S." ends a sentence with a word that carries its period.)
        let unfinished = tokens.last().is_some_and(|t| t.word && !t.text.ends_with('.'));
        let headline = is_headline(&tokens) || (own_line && unfinished && tokens.len() <= 25);
        let mut found = mentions::find(text, &tokens, &hits, gaz, headline);
        mentions::complete_appositions(&tokens, &mut found, gaz, headline);
        out.push((tokens, found, headline));
    }
    Some(out)
}

/// Keeps the hits that start and end on token boundaries, as token ranges.
fn align(raw: &[RawHit], tokens: &[Token<'_>]) -> Vec<Hit> {
    let mut out: Vec<Hit> = Vec::new();
    for (s, e, referent, form) in raw {
        let start = tokens.iter().position(|t| t.start == *s);
        // A hit may end inside a token only at a possessive ("Trump’s" is two tokens already).
        let end = tokens.iter().position(|t| t.end == *e);
        if let (Some(a), Some(b)) = (start, end)
            && b >= a
            && out.last().is_none_or(|h| h.end <= a)
        {
            out.push(Hit { start: a, end: b + 1, referent: referent.clone(), form: *form });
        }
    }
    out
}

/// Hits of the built-in gazetteer (and no known names) in one sentence's tokens.
#[cfg(test)]
pub(crate) fn hits_in(text: &str, tokens: &[Token<'_>], gaz: &Gazetteer, map: Option<&Map>) -> Vec<Hit> {
    let known = map.and_then(KnownNames::new);
    align(&raw_hits(text, gaz, known.as_ref()).0, tokens)
}

/// A title-case line without final punctuation: a headline, whose capitals say nothing.
fn is_headline(tokens: &[Token<'_>]) -> bool {
    let words: Vec<&Token<'_>> = tokens.iter().filter(|t| t.word).collect();
    // ("Gazprom met Acme Corp.": an abbreviation's period ends the sentence too.)
    let ends = tokens.last().is_some_and(|t| {
        matches!(t.text, "." | "!" | "?" | "…" | "”" | "\"" | ":") || (t.word && t.text.ends_with('.'))
    });
    let capitals = words.iter().filter(|t| t.capital).count();
    let question = tokens.last().is_some_and(|t| matches!(t.text, "?" | "!"));
    (!ends && words.len() >= 3 && capitals * 2 > words.len())
        || (question && words.len() >= 4 && capitals * 10 >= words.len() * 7)
}

/// Turns an article into a new draft map: its one source is the article; every actor and
/// relation is a proposal. Actors are placed by the force layout.
pub fn draft_map(text: &str, info: &ArticleInfo, progress: &mut dyn FnMut(f32) -> bool) -> Result<Map, ExtractError> {
    let findings = find(text, &Map::default(), progress)?;
    let mut map = Map::default();
    let source = source_record(text, info, &map);
    map.title = source.title.clone();
    let source_id = source.id.clone();
    map.sources.push(source);
    let edits = edits_for(&findings, &map, &source_id, text);
    for e in edits {
        // Every edit was built against this very map; one that fails is skipped, not fatal.
        let _ = crate::edit::apply(&mut map, e);
    }
    place(&mut map);
    Ok(map)
}

/// The edit that adds an article to an existing map: its source, and only what is new (actors
/// the map lacks, relations it does not already state), all as proposals. One undoable step.
pub fn propose_into(
    map: &Map,
    text: &str,
    info: &ArticleInfo,
    progress: &mut dyn FnMut(f32) -> bool,
) -> Result<(Edit, usize, usize), ExtractError> {
    let findings = find(text, map, progress)?;
    let mut scratch = map.clone();
    let source = source_record(text, info, map);
    let source_id = source.id.clone();
    let mut edits = vec![Edit::AddSource { source: source.clone(), index: None }];
    scratch.sources.push(source);
    let before = (scratch.actors.len(), scratch.relations.len());
    let body = edits_for(&findings, &scratch, &source_id, text);
    let mut applied = Vec::new();
    for e in body {
        if crate::edit::apply(&mut scratch, e.clone()).is_ok() {
            applied.push(e);
        }
    }
    let new_ids: HashSet<ActorId> = scratch.actors[before.0..].iter().map(|a| a.id.clone()).collect();
    let moves = crate::layout::place_near_neighbours(&scratch, &new_ids, 7);
    for e in &mut applied {
        if let Edit::AddActor { actor, .. } = e
            && let Some((_, p)) = moves.iter().find(|(id, _)| id == &actor.id)
        {
            actor.position = *p;
        }
    }
    let counts = (scratch.actors.len() - before.0, scratch.relations.len() - before.1);
    edits.extend(applied);
    Ok((Edit::Batch { name: "Add article".into(), edits }, counts.0, counts.1))
}

fn source_record(text: &str, info: &ArticleInfo, map: &Map) -> Source {
    let title = if info.title.trim().is_empty() {
        let first = text.trim_start().lines().next().unwrap_or("").trim();
        crate::model::shorten(first, 120)
    } else {
        info.title.trim().to_owned()
    };
    let base = if map.sources.is_empty() { "article".to_owned() } else { format!("article-{}", map.sources.len() + 1) };
    let id = crate::model::fresh(&base, |c| map.sources.iter().any(|s| s.id.as_str() == c));
    Source {
        id: SourceId::from(id),
        title,
        publisher: info.publisher.clone(),
        published: info.published.clone(),
        url: info.url.clone(),
        text: text.to_owned(),
    }
}

/// Add edits for the new actors and relations of `findings`, with ids unused in `map` (the
/// edits are not applied to it).
fn edits_for(findings: &Findings, map: &Map, source: &SourceId, text: &str) -> Vec<Edit> {
    let mut edits = Vec::new();
    let mut ids: Vec<Option<ActorId>> = Vec::with_capacity(findings.actors.len());
    let mut taken: HashSet<String> = map.actors.iter().map(|a| a.id.0.clone()).collect();
    for e in &findings.actors {
        if let Some(k) = e.known {
            ids.push(map.actors.get(k).map(|a| a.id.clone()));
            continue;
        }
        if !e.keep {
            ids.push(None);
            continue;
        }
        let id = crate::model::fresh(&map.fresh_actor_id(&e.name).0, |c| taken.contains(c));
        taken.insert(id.clone());
        let mut actor = Actor::new(id.clone(), e.name.clone(), e.kind, [0.0, 0.0]);
        actor.aliases = e.aliases.iter().filter(|a| **a != e.name).take(MAX_EVIDENCE).cloned().collect();
        actor.proposal = Some(Proposal::new(e.confidence, e.rule));
        ids.push(Some(actor.id.clone()));
        edits.push(Edit::AddActor { actor, index: None });
    }
    let mut rel_taken: HashSet<String> = map.relations.iter().map(|r| r.id.0.clone()).collect();
    for r in &findings.relations {
        let (Some(Some(s)), Some(Some(t))) = (ids.get(r.source), ids.get(r.target)) else { continue };
        let already = map.relations.iter().any(|old| {
            let same_ends =
                (&old.source == s && &old.target == t) || (r.symmetric && &old.source == t && &old.target == s);
            same_ends && old.label.eq_ignore_ascii_case(&r.label)
        });
        if already {
            continue;
        }
        let id = crate::model::fresh(&format!("r-{}-{}", s.as_str(), t.as_str()), |c| rel_taken.contains(c));
        rel_taken.insert(id.clone());
        let mut rel = Relation::new(id, s.clone(), t.clone(), r.label.clone());
        rel.directed = !r.symmetric;
        rel.evidence = r
            .sentences
            .iter()
            .filter_map(|&n| findings.sentences.get(n))
            .filter_map(|range| Evidence::from_span(source.clone(), text, range.start, range.end))
            .take(MAX_EVIDENCE)
            .collect();
        rel.proposal = Some(Proposal::new(r.confidence, r.rule));
        edits.push(Edit::AddRelation { relation: rel, index: None });
    }
    edits
}

/// Most evidence spans (and aliases) a proposal keeps: the first sentences that state it. A
/// long text may state one relation thousands of times; the map format allows 10,000 per list,
/// and a reviewer reads a handful.
pub const MAX_EVIDENCE: usize = 1_000;

/// Positions a fresh draft: a short force layout from a circle.
fn place(map: &mut Map) {
    crate::layout::arrange_circle(map);
    let options = crate::layout::ForceOptions { iterations: 120, ..Default::default() };
    let pinned = HashSet::new();
    if let Some(moves) = crate::layout::force_layout(map, &options, &pinned, |_| true) {
        for (id, p) in moves {
            if let Some(a) = map.actor_mut(&id) {
                a.position = p;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The seed article four times over: a long text of many sentences.
    fn long_text() -> String {
        let seed = crate::seed::seed_map().unwrap_or_else(|e| panic!("{e}"));
        let article = seed.sources.first().map_or(String::new(), |s| s.text.clone());
        [article.as_str(); 4].join("\n\n")
    }

    #[test]
    fn a_relation_stated_thousands_of_times_keeps_a_bounded_evidence_list() {
        let text = "Kwame Asante met Amara Obiang in Accra. ".repeat(MAX_EVIDENCE + 200);
        let map = draft_map(&text, &ArticleInfo::default(), &mut |_| true).unwrap_or_default();
        let most = map.relations.iter().map(|r| r.evidence.len()).max().unwrap_or(0);
        assert_eq!(most, MAX_EVIDENCE, "{:?}", map.relations.iter().map(|r| &r.label).collect::<Vec<_>>());
        // (So the draft can be saved: the format allows 10,000 per list.)
        assert!(crate::io::limits::check(&map).is_ok());
    }

    #[test]
    fn two_threads_find_what_one_finds() {
        let text = long_text();
        let map = Map::default();
        let one = find_on(&text, &map, &mut |_| true, usize::MAX).unwrap_or_else(|e| panic!("{e}"));
        let mut heard = Vec::new();
        let two = find_on(
            &text,
            &map,
            &mut |p| {
                heard.push(p);
                true
            },
            2,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert!(
            one.sentences.len() > 100 && one.relations.len() > 20,
            "{} {}",
            one.sentences.len(),
            one.relations.len()
        );
        assert_eq!(one, two);
        // Progress goes on rising through the reading half, not stalling at 0.4.
        assert!(heard.windows(2).all(|w| w[0] <= w[1]), "{heard:?}");
        assert!(heard.iter().any(|&p| (0.6..0.8).contains(&p)), "{heard:?}");
        // Cancel is heard on the first thread's half.
        let mut calls = 0;
        let cancelled = find_on(
            &text,
            &map,
            &mut |_| {
                calls += 1;
                calls < 3
            },
            2,
        );
        assert!(matches!(cancelled, Err(ExtractError::Cancelled)), "{cancelled:?}");
        // And while the relations are found, the resolver reading ahead on the other thread.
        let mut relating = 0;
        let cancelled = find_on(
            &text,
            &map,
            &mut |p| {
                relating += usize::from(p >= 0.8);
                relating < 3
            },
            2,
        );
        assert!(matches!(cancelled, Err(ExtractError::Cancelled)), "{cancelled:?}");
        assert_eq!(relating, 3);
        // A headline and one long paragraph (no line break in the middle third): its sentences
        // are halved instead, with the same findings.
        let one_paragraph = format!("Putin calls Lukashenko\n{}", text.replace('\n', " "));
        let one = find_on(&one_paragraph, &map, &mut |_| true, usize::MAX).unwrap_or_else(|e| panic!("{e}"));
        let mut heard = Vec::new();
        let mut hear = |p: f32| {
            heard.push(p);
            true
        };
        let two = find_on(&one_paragraph, &map, &mut hear, 2).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(one, two);
        assert!(heard.iter().any(|&p| (0.3..0.8).contains(&p)), "{heard:?}");
    }

    #[test]
    fn an_added_article_reuses_the_map_s_actors_however_the_article_names_them() {
        let mut map = Map::default();
        map.actors.push(Actor::new("putin", "Vladimir Putin", crate::model::ActorKind::Person, [0.0, 0.0]));
        map.actors.push(Actor::new("by", "Belarus", crate::model::ActorKind::State, [1.0, 0.0]));
        // "Putin" alone is no alias on the map; the gazetteer knows whom it names.
        let text = "Putin called Lukashenko on Friday. Minsk thanked Putin.";
        let (edit, actors, relations) =
            propose_into(&map, text, &ArticleInfo::default(), &mut |_| true).unwrap_or_else(|e| panic!("{e}"));
        let mut after = map.clone();
        crate::edit::apply(&mut after, edit).unwrap_or_else(|e| panic!("{e}"));
        let names: Vec<&str> = after.actors.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names.iter().filter(|n| **n == "Vladimir Putin").count(), 1, "{names:?}");
        assert_eq!(names.iter().filter(|n| **n == "Belarus").count(), 1, "{names:?}");
        assert_eq!(actors, 1, "only Lukashenko is new: {names:?}");
        assert!(relations >= 2);
        let thanked =
            after.relations.iter().find(|r| r.label == "thanked").map(|r| (r.source.as_str(), r.target.as_str()));
        assert_eq!(thanked, Some(("by", "putin")));
    }

    #[test]
    fn a_map_actor_named_like_a_state_keeps_the_rules_for_states() {
        let mut map = Map::default();
        let mut us = Actor::new("us", "United States", crate::model::ActorKind::State, [0.0, 0.0]);
        us.aliases = vec!["U.S.".into(), "Washington".into()];
        map.actors.push(us);
        let text = "U.S. energy group Vantor Energy said its chief executive, Dana Whitfield, would visit Moscow.";
        let (edit, _, _) =
            propose_into(&map, text, &ArticleInfo::default(), &mut |_| true).unwrap_or_else(|e| panic!("{e}"));
        let mut after = map.clone();
        crate::edit::apply(&mut after, edit).unwrap_or_else(|e| panic!("{e}"));
        let name = |id: &ActorId| after.actor(id).map_or(String::new(), |a| a.name.clone());
        let r: Vec<String> =
            after.relations.iter().map(|r| format!("{} —{}→ {}", name(&r.source), r.label, name(&r.target))).collect();
        assert!(r.contains(&"Vantor Energy —energy group of→ United States".to_owned()), "{r:?}");
        assert!(r.contains(&"Dana Whitfield —chief executive of→ Vantor Energy".to_owned()), "{r:?}");
        assert_eq!(after.actors.iter().filter(|a| a.name == "United States").count(), 1);
        let edge = after.relations.iter().find(|r| r.label == "energy group of").map(|r| r.target.as_str());
        assert_eq!(edge, Some("us"), "the map's own actor");
    }

    #[test]
    fn a_dateline_in_capitals_and_a_body_after_u_s() {
        let map = draft_map(
            "UNITED NATIONS, Nov. 14 (Reuters) — A report by the U.N. Panel of Experts on Sudan accused Chad of \
             arming fighters. A U.S. Coast Guard cutter assisted the operation.",
            &ArticleInfo::default(),
            &mut |_| true,
        )
        .unwrap_or_default();
        let names: Vec<&str> = map.actors.iter().map(|a| a.name.as_str()).collect();
        assert!(names.contains(&"Panel of Experts") && !names.contains(&"UNITED NATIONS"), "{names:?}");
        assert!(names.contains(&"U.S. Coast Guard"), "{names:?}");
    }

    #[test]
    fn one_tie_under_its_fuller_words() {
        let text = "Algeria’s election authority bars three challengers\n\nALGIERS, March 14 (Reuters) — Algeria’s \
                    national election authority on Friday disqualified Karim Hadjadj. The Independent National \
                    Authority for Elections (ANIE) said he had too few signatures.";
        let map = draft_map(text, &ArticleInfo::default(), &mut |_| true).unwrap_or_default();
        let name = |id: &crate::model::ActorId| map.actor(id).map_or("?", |a| a.name.as_str());
        let ties: Vec<&str> =
            map.relations.iter().filter(|r| name(&r.target) == "Algeria").map(|r| r.label.as_str()).collect();
        assert_eq!(ties, ["national election authority of"]);
    }

    #[test]
    fn a_city_a_company_is_based_in_is_not_proposed() {
        let map = draft_map(
            "Houston-based Vantor Energy sued Nordlys Kraft. Kilima Air is 40% owned by Kenya-based Rift Capital.",
            &ArticleInfo::default(),
            &mut |_| true,
        )
        .unwrap_or_default();
        let name = |id: &crate::model::ActorId| map.actor(id).map_or("?", |a| a.name.as_str());
        let based: Vec<(&str, &str)> = map
            .relations
            .iter()
            .filter(|r| r.label == "based in")
            .map(|r| (name(&r.source), name(&r.target)))
            .collect();
        assert_eq!(based, [("Rift Capital", "Kenya")]);
        assert!(map.actors.iter().all(|a| a.name != "Houston"), "{:?}", map.actors);
    }

    #[test]
    fn what_only_a_headline_says_is_proposed_with_low_confidence() {
        let text = "Poland thanks Belarus for prisoner release\n\nMinsk freed 14 prisoners on Thursday. Warsaw \
                    welcomed the release.";
        let map = draft_map(text, &ArticleInfo::default(), &mut |_| true).unwrap_or_else(|e| panic!("{e}"));
        let confidence = |label: &str| {
            map.relations.iter().find(|r| r.label == label).and_then(|r| r.proposal.as_ref()).map(|p| p.confidence)
        };
        let thanked = confidence("thanked").unwrap_or(1.0);
        assert!(thanked <= HEADLINE_CONFIDENCE, "{thanked}");
        let freed = confidence("freed").unwrap_or(0.0);
        assert!(freed > HEADLINE_CONFIDENCE, "{freed}");
    }

    #[test]
    fn a_sentence_ending_on_an_abbreviation_is_no_headline() {
        let text = "Gazprom met Acme Corp. It was their first meeting.";
        let map = draft_map(text, &ArticleInfo::default(), &mut |_| true).unwrap_or_else(|e| panic!("{e}"));
        let met = map.relations.iter().find(|r| r.label == "met with").and_then(|r| map.actor(&r.target));
        assert_eq!(met.map(|a| a.name.as_str()), Some("Acme Corp."), "{:?}", map.relations);
        let confidence = map.relations.iter().find_map(|r| r.proposal.as_ref()).map_or(0.0, |p| p.confidence);
        assert!(confidence > HEADLINE_CONFIDENCE, "{confidence}");
    }

    #[test]
    fn a_spaced_dash_after_a_dateline_joins_nothing() {
        // The map's alias "Russian President Vladimir Putin" follows the dash directly.
        let mut map = Map::default();
        let mut putin = Actor::new("putin", "Vladimir Putin", crate::model::ActorKind::Person, [0.0, 0.0]);
        putin.aliases = vec!["Putin".into(), "Russian President Vladimir Putin".into()];
        map.actors.push(putin);
        let text = "ANKARA - Russian President Vladimir Putin met President Erdogan in Ankara on Monday.";
        let found = find(text, &map, &mut |_| true).unwrap_or_else(|e| panic!("{e}"));
        let met = found
            .relations
            .iter()
            .any(|r| r.label == "met with" && [r.source, r.target].iter().any(|&a| found.actors[a].known == Some(0)));
        assert!(met, "{:?}", found.relations);
    }
}
