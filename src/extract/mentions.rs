//! Actor mentions in one sentence: gazetteer names, names the map already knows, titles and
//! roles before names ("Russian President Vladimir Putin"), role references without a name
//! ("the Belarusian leader"), capitalised name runs and group nouns.

use std::ops::Range;

use super::gazetteer::{Form, Gazetteer, RoleClass};
use super::tokens::Token;
use super::words::{self, is_in};
use crate::model::ActorKind;

/// What a mention refers to, before mentions are resolved into actors.
#[derive(Clone, Debug, PartialEq)]
pub enum Referent {
    /// A gazetteer entry.
    Gazetteer(usize),
    /// An actor the map already has (index into its actors).
    Known(usize),
    /// A capitalised name not in the gazetteer, with the kind it looks like. `weak` names (a
    /// lone capitalised word opening a sentence, words of a headline) only join an actor that
    /// is named elsewhere.
    Name {
        /// The kind the name looks like.
        kind: ActorKind,
        /// Only joins actors named elsewhere.
        weak: bool,
    },
    /// A collective ("political prisoners"); an actor only if a relation names it.
    Group,
    /// "the bloc", "the company", "the country": the actor of this kind named last.
    Definite(ActorKind),
    /// The same actor as another mention of this sentence: an acronym in brackets after a name
    /// ("Mayors and Independents (STAN)"), "whose" after a name, a description after a comma
    /// ("Odebrecht, the Brazilian group").
    SameAs(usize),
    /// "both governments", "the two companies": two actors of this kind (see
    /// `Resolver::pair`).
    Pair(ActorKind),
    /// "Pakistan’s drug regulator", "Iraq’s top court": a state's body that the article names
    /// nearby ("The Drug Regulatory Authority of Pakistan (DRAP) said …"); else, for a regulator
    /// or an agency, the state acting through it, and for another body no one. The mention's
    /// `role_of` ties it to the state.
    Body {
        /// What kind of body: the head noun ("regulator", "court", "central bank").
        head: String,
    },
    /// "the Belarusian leader": whoever the text tied to this role of `organ` (a mention of
    /// this sentence), or to this role of anyone when there is no organ.
    RoleRef {
        /// Index of the organ's mention in this sentence's list.
        organ: Option<usize>,
        /// Class of the role.
        class: RoleClass,
        /// The role as the data writes it.
        role: String,
    },
}

/// One mention of an actor in a sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    /// Token range within the sentence.
    pub tokens: Range<usize>,
    /// Byte range of the mention's name in the whole text.
    pub span: Range<usize>,
    /// The words as written (the alias it adds).
    pub surface: String,
    /// What it refers to.
    pub referent: Referent,
    /// Followed by "’s": a modifier ("Trump’s envoy"), not a subject.
    pub possessive: bool,
    /// Only names an organ for a title ("Russian" in "Russian President Putin"); not a
    /// subject or object of a verb.
    pub modifier: bool,
    /// For people named with a title or apposition: the role and the mention it is a role of.
    pub role_of: Option<(usize, String)>,
    /// The title or role the text gives this person ("President", "envoy").
    pub title: Option<String>,
    /// A lower-case word follows ("Belarusian court"): a modifier of a common noun.
    pub next_is_common_noun: bool,
    /// Another tie when `role_of` is taken ("Italy’s Leonardo SpA, BAE’s partners": of Italy,
    /// and a partner of BAE).
    pub also: Vec<(usize, String)>,
    /// What the mention before a hyphen does to this one ("Rwanda-backed M23" → the mention
    /// of Rwanda, "backed").
    pub done_by: Option<(usize, String)>,
    /// The name with the noun of its kind after it ("the Fanilo party"): another alias.
    pub called: Option<String>,
    /// A possessive pronoun ("its", "their") before a company's role ("Its chief executive, …"):
    /// a company's, never a state's.
    pub company_owner: bool,
    /// Followed by "said it would …" or "said its …": a name of no person, whatever it looks like.
    pub no_person: bool,
}

impl Mention {
    /// Applies `to` to every index of another mention this one holds (its ties, what it is the
    /// same as), when mentions are inserted or removed.
    fn renumber(&mut self, to: impl Fn(usize) -> usize) {
        if let Some((o, _)) = &mut self.role_of {
            *o = to(*o);
        }
        if let Some((o, _)) = &mut self.done_by {
            *o = to(*o);
        }
        for (o, _) in &mut self.also {
            *o = to(*o);
        }
        if let Referent::SameAs(o) | Referent::RoleRef { organ: Some(o), .. } = &mut self.referent {
            *o = to(*o);
        }
    }

    /// Ties this mention to mention `organ` as `role` ("leader", "member", "largest customer"):
    /// its first tie, or one more beside a title's.
    fn tie(&mut self, organ: usize, role: String) {
        if self.role_of.is_some() {
            self.also.push((organ, role));
        } else {
            self.role_of = Some((organ, role));
        }
    }
}

/// A token-aligned match of a known name: (first token, end token, referent, form).
#[derive(Clone, Debug)]
pub struct Hit {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// What it names.
    pub referent: Referent,
    /// How (for gazetteer hits).
    pub form: Form,
}

/// Finds the mentions of one sentence. `hits` are the known-name matches that fall on token
/// boundaries of this sentence, in order; `headline` marks a title-case line.
pub fn find(text: &str, tokens: &[Token<'_>], hits: &[Hit], gaz: &Gazetteer, headline: bool) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    let mut hit_at = hits.iter().peekable();
    let spelled = spelled_by_acronyms(tokens);
    let mut i = 0;
    while i < tokens.len() {
        // "Royal Solomon Islands Police Force (RSIPF)", "U.N. Mission in South Sudan (UNMISS)":
        // the acronym spells one name, whatever known names are inside it.
        // (Not a name the gazetteer knows as it stands: "World Health Organization (WHO)".)
        let known = |r: &&Range<usize>| hits.iter().any(|h| h.start == r.start && h.end == r.end);
        if let Some(run) = spelled.iter().find(|r| r.start == i).filter(|r| !known(r)) {
            push_name(text, tokens, run.clone(), ActorKind::Organization, false, &mut out);
            i = run.end;
            continue;
        }
        // "Renamo, the main opposition party,", "Odebrecht, a construction company,": a
        // description of the name before, closed by a comma (see `complete_appositions`).
        if let Some(end) = described_name(tokens, i, &out) {
            let span = tokens[i].start..tokens[end - 1].end;
            out.push(plain(i..end, text, span, Referent::Definite(ActorKind::Organization)));
            i = end;
            continue;
        }
        // "OSLO, June 3 (Reuters) —", "(Bloomberg) --": the agency of a dateline is no actor.
        // (Only after a dateline's city in capitals or its date, or at the very start.)
        // (Looked at only after a bracket near the start: it reads the words before.)
        let dateline_before = || {
            i == 1
                || tokens[..i].iter().any(|t| {
                    (t.word && t.text.len() > 2 && t.text.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase))
                        || words::MONTHS.contains(&t.text.trim_end_matches('.'))
                })
        };
        if i > 0 && i < 12 && tokens[i - 1].text == "(" && dateline_before() {
            let close = tokens[i..tokens.len().min(i + 5)].iter().position(|t| t.text == ")").map(|p| i + p);
            let dash = |t: &Token<'_>| matches!(t.text, "—" | "–" | "-" | "--") || t.text.starts_with('-');
            if let Some(c) = close.filter(|&c| c > i && tokens.get(c + 1).is_some_and(dash)) {
                i = c + 1;
                continue;
            }
        }
        // "NAIROBI, Sept. 9 —", "UNITED NATIONS, Nov. 14 (Reuters) —": a dateline, not an
        // organisation (nor, in capitals, a known name).
        if let Some(e) = (i == 0).then(|| dateline_end(tokens, hits)).flatten() {
            i = e;
            continue;
        }
        while hit_at.peek().is_some_and(|h| h.start < i) {
            hit_at.next();
        }
        // A known name or gazetteer name starts here.
        if let Some(h) = hit_at.peek().filter(|h| h.start == i).map(|h| (*h).clone()) {
            hit_at.next();
            // "Greenpeace Indonesia", "Amnesty International Kenya", "the Kenya Red Cross": a
            // national chapter of a known body, one organisation.
            if let Some(end) = chapter_end(tokens, &h, hits, gaz).filter(|_| !headline) {
                push_name(text, tokens, h.start..end, ActorKind::Organization, false, &mut out);
                while hit_at.peek().is_some_and(|n| n.start < end) {
                    hit_at.next();
                }
                i = out.last().map_or(end, |m| m.tokens.end);
                continue;
            }
            // "Kenya Airports Authority", "Philippine Air Force", "Seoul High Court": an
            // organisation named after its country.
            let run = name_run(tokens, h.end, hits);
            let state_form = matches!(h.form, Form::Name | Form::Demonym | Form::Capital);
            let kind = match h.referent {
                Referent::Gazetteer(g) => gaz.entries.get(g).map(|e| e.kind),
                _ => None,
            };
            let institution = matches!(kind, Some(ActorKind::State | ActorKind::Organization | ActorKind::Place));
            // "U.S. Justice Department": an abbreviation with stops qualifies the name that
            // follows; "Kenya Airports Authority" is one name.
            let abbreviation = tokens[h.start..h.end].iter().any(|t| t.text.contains('.'));
            // ("Mozambique LNG", "Japan Tobacco", "Georgian Dream": a state's word and a name of no
            // person is one name too.)
            let state_entry = matches!(kind, Some(ActorKind::State));
            // (Not "the Vietnam War", "Brazilian Neymar": an event, a place or a person.)
            let company_after_state = || {
                state_entry
                    && !headline
                    && tokens[h.end..run.end].iter().all(|t| !words::not_a_name(t.text))
                    // (Not "German Labour Minister Bärbel Bas": a title inside.)
                    && (h.end..run.end).all(|k| role_at(tokens, k, gaz).is_none())
                    && match classify(&tokens[h.end..run.end]) {
                        ActorKind::Organization => true,
                        ActorKind::Other => h.form != Form::Demonym || tokens.get(run.end).is_some_and(|t| t.is("party")),
                        _ => false,
                    }
            };
            let org_run = state_form
                && institution
                && !abbreviation
                && run.end > h.end
                && role_at(tokens, h.end, gaz).is_none()
                && (classify(&tokens[h.start..run.end]) == ActorKind::Organization || company_after_state());
            // "Chinese Foreign Ministry spokesman Lin Jian": the ministry is part of a title.
            if org_run
                && let Some((role, after)) = role_at(tokens, run.end, gaz)
                && name_run(tokens, after, hits).end > after
            {
                let span = tokens[h.start].start..tokens[h.end - 1].end;
                let mut organ = plain(h.start..h.end, text, span, h.referent.clone());
                organ.modifier = true;
                out.push(organ);
                let organ = out.len() - 1;
                let name = name_run(tokens, after, hits);
                let title = format!("{} {}", &text[tokens[h.end].start..tokens[run.end - 1].end], role.name);
                push_name(text, tokens, after..name.end, ActorKind::Person, false, &mut out);
                if let Some(m) = out.last_mut() {
                    m.role_of = Some((organ, title.clone()));
                    m.title = Some(title);
                }
                i = name.end;
                continue;
            }
            if abbreviation
                && state_form
                && run.end > h.end
                && role_at(tokens, h.end, gaz).is_none()
                && classify(&tokens[h.end..run.end]) == ActorKind::Organization
            {
                let span = tokens[h.start].start..tokens[h.end - 1].end;
                let mut organ = plain(h.start..h.end, text, span, h.referent.clone());
                organ.modifier = true;
                out.push(organ);
                // ("U.S. Coast Guard" is how the text names it too.)
                let run = trim_openers(tokens, h.end..run.end);
                if !run.is_empty() && !headline {
                    push_name(text, tokens, run.clone(), ActorKind::Organization, false, &mut out);
                    if let Some(m) = out.last_mut() {
                        m.called = Some(text[tokens[h.start].start..tokens[run.end - 1].end].to_owned());
                    }
                    i = out.last().map_or(run.end, |m| m.tokens.end);
                    continue;
                }
                i = h.end;
                continue;
            }
            if org_run {
                push_name(text, tokens, h.start..run.end, ActorKind::Organization, headline, &mut out);
                i = out.last().map_or(run.end, |m| m.tokens.end);
                continue;
            }
            i = known_name(text, tokens, &h, gaz, &mut out);
            continue;
        }
        // A title before a name: "President Donald Trump", "Mr. Coale", "envoy Keith Kellogg".
        // Not a capitalised role word that opens an organisation's name ("General
        // Intelligence Directorate", "Federal Trade Commission").
        // ("General Council of the Judiciary": a body named before its "of" phrase.)
        let opens_org = tokens[i].capital && {
            let run = name_run(tokens, i, hits);
            let body_of = tokens[run.clone()].iter().position(|t| t.is("of")).is_some_and(|o| {
                o >= 2 && tokens[run.start + 1..run.start + o].iter().any(|t| is_in(words::ORG_WORDS, t.text))
            });
            run.len() > 1 && (tokens.get(run.end - 1).is_some_and(|t| is_in(words::ORG_WORDS, t.text)) || body_of)
        };
        if let Some((role, after)) = role_at(tokens, i, gaz).filter(|_| !opens_org) {
            let after = past_honorifics(tokens, after, hits, gaz);
            let after = portfolio_end(tokens, after, role, hits).unwrap_or(after);
            let mut titled_name = name_run(tokens, after, hits);
            // "summoned the U.S. chargé d’affaires, Karen Whitfield,": the role, a comma, and the
            // person who holds it (a person's name: two words or more, closed by a comma or a
            // full stop).
            let mut after = after;
            let mut apposed = false;
            // ("An LNA spokesman, Col. Salem al-Obeidi,": a name after "a" qualifies the role.)
            let qualifying = |m: &Mention| {
                m.possessive
                    || m.modifier
                    || (m.tokens.start > 0
                        && (tokens[m.tokens.start - 1].is("a") || tokens[m.tokens.start - 1].is("an")))
            };
            let definite =
                i > 0 && (tokens[i - 1].is("the") || out.last().is_some_and(|m| m.tokens.end == i && qualifying(m)));
            if titled_name.end <= after
                && definite
                && role.class != RoleClass::Honorific
                && tokens.get(after).is_some_and(|t| t.text == ",")
            {
                let named = past_honorifics(tokens, after + 1, hits, gaz);
                let run = name_run(tokens, named, hits);
                let closed = tokens.get(run.end).is_none_or(|t| matches!(t.text, "," | "." | ";"));
                let person_like = run.len() >= 2
                    && !looks_like_org(&tokens[run.clone()])
                    && !hits.iter().any(|h| h.start >= run.start && h.start < run.end);
                if closed && person_like {
                    after = named;
                    titled_name = run;
                    apposed = true;
                }
            }
            if after > i && titled_name.end > after && !looks_like_org(&tokens[after..titled_name.end]) {
                // ("Africa Minister Eleanor Hayes": a region before a title is its portfolio.)
                let region = |o: &usize| {
                    !out[*o].possessive
                        && matches!(out[*o].referent, Referent::Gazetteer(g) if gaz.entries.get(g).is_some_and(|e| e.kind == ActorKind::Place && e.international))
                };
                // ("opposition lawmaker Joel Ssenyonga": a collective qualifies the title only.)
                let mut organ = organ_before(tokens, i, &out, gaz)
                    .filter(|o| !region(o) && !matches!(out[*o].referent, Referent::Group));
                // ("…, chief executive Birgir Hallsson said": a company's role with no owner
                // named is the company's the article last named.)
                let bare_company_role = organ.is_none()
                    && !tokens[i].capital
                    && words::is_company_role(&role.name)
                    && !role.name.contains("founder")
                    && (i == 0
                        || !["former", "ex", "a", "an", "its", "his", "her", "their"]
                            .iter()
                            .any(|w| tokens[i - 1].is(w)))
                    // (Nor "chief executive Mary Barra of General Motors": its owner named after.)
                    && !tokens.get(titled_name.end).is_some_and(|t| t.is("of") || t.is("at"));
                if bare_company_role {
                    let span = tokens[i].start..tokens[after - 1].end;
                    let mut m = plain(i..after, text, span, Referent::Definite(ActorKind::Organization));
                    m.modifier = true;
                    m.company_owner = true;
                    out.push(m);
                    organ = Some(out.len() - 1);
                }
                // "Popular Party leader Alberto Núñez Feijóo told reporters": the party only
                // qualifies the title; the person is the one who acts.
                // (Not "with Saab’s chief executive, Micael Johansson": the owner before the
                // comma stays, and whoever is acted on is found through it.)
                if let Some(o) = organ.filter(|_| role.class != RoleClass::Honorific && !apposed) {
                    out[o].modifier = true;
                }
                // ("Shell’s Nigeria head Ann Obi": the country between owner and role only says
                // where the role is held.)
                // (Not "Russia’s U.S. ambassador": a state's, sent there.)
                if let Some(o) = organ
                    && o + 1 < out.len()
                    && out[o + 1].tokens.end == i
                    && names_state(&out[o + 1].referent, gaz)
                    && !names_state(&out[o].referent, gaz)
                {
                    out[o + 1].modifier = true;
                }
                push_name(text, tokens, after..titled_name.end, ActorKind::Person, false, &mut out);
                if let Some(m) = out.last_mut() {
                    m.title = Some(role.name.clone());
                    m.role_of = organ.filter(|_| role.class != RoleClass::Honorific).map(|o| (o, role.name.clone()));
                }
                i = titled_name.end;
                // "President Hakainde Hichilema’s government": the leader of the country the
                // article is about, and that country acting.
                let person = out.len() - 1;
                let governs = organ.is_none()
                    && role.class == RoleClass::Leader
                    && out[person].possessive
                    && tokens.get(titled_name.end + 1).is_some_and(|t| t.is("government") || t.is("administration"));
                if governs {
                    let g = titled_name.end + 1;
                    let span = tokens[g].start..tokens[g].end;
                    out.push(plain(g..g + 1, text, span, Referent::Definite(ActorKind::State)));
                    out[person].role_of = Some((out.len() - 1, role.name.clone()));
                    i = g + 1;
                }
                continue;
            }
            // "the president", "the Belarusian leader": a reference to whoever holds it.
            let organ = organ_before(tokens, i, &out, gaz);
            let first = organ.map_or(i, |o| out[o].tokens.start);
            // "Russia’s foreign minister" is as definite as "the Russian foreign minister".
            let definite = (first > 0 && tokens[first - 1].is("the")) || organ.is_some_and(|o| out[o].possessive);
            if role.class != RoleClass::Honorific && definite && after > i {
                let first = if first > 0 && tokens[first - 1].is("the") { first } else { first + 1 };
                let span = tokens[first - 1].start..tokens[after - 1].end;
                out.push(Mention {
                    tokens: first - 1..after,
                    surface: text[span.clone()].to_owned(),
                    span,
                    referent: Referent::RoleRef { organ, class: role.class, role: role.name.clone() },
                    possessive: false,
                    modifier: false,
                    role_of: None,
                    title: None,
                    next_is_common_noun: false,
                    also: Vec::new(),
                    done_by: None,
                    called: None,
                    company_owner: false,
                    no_person: false,
                });
                i = after;
                continue;
            }
        }
        // "minority investors", "Environmental groups", "other manufacturers": the adjective is
        // part of who they are.
        let qualified = (words::is_group_adjective(tokens[i].lower.as_ref())
            && (!tokens[i].capital || i == 0)
            && !hits.iter().any(|h| h.start == i))
        .then(|| {
            // ("Environmental groups", "rights groups"; not "small groups of prisoners".)
            let groups =
                tokens.get(i + 1).is_some_and(|t| t.is("groups")) && tokens.get(i + 2).is_none_or(|t| !t.is("of"));
            if groups { Some(i + 2) } else { group_at(tokens, i + 1) }
        })
        .flatten();
        // "Thousands of workers", "dozens of protesters": the count is part of who they are.
        let counted = (["thousands", "hundreds", "dozens", "scores", "millions"].iter().any(|w| tokens[i].is(w))
            && tokens.get(i + 1).is_some_and(|t| t.is("of")))
        .then(|| group_at(tokens, i + 2))
        .flatten();
        // "about 700 port workers", "more than 340,000 patients", "19 bereaved families": a
        // count, perhaps with one word before the group's noun; the group is named without the
        // count ("port workers"), as a year is no count ("2020 protesters").
        let numbered = {
            let approx = ["about", "some", "nearly", "roughly", "around", "almost", "over"];
            let two_words = |a: &str, b: &str| tokens[i].is(a) && tokens.get(i + 1).is_some_and(|t| t.is(b));
            let k = if approx.iter().any(|w| tokens[i].is(w)) {
                i + 1
            } else if two_words("more", "than") || two_words("at", "least") {
                i + 2
            } else {
                i
            };
            let number = tokens.get(k).is_some_and(|t| {
                let digits = t.text.starts_with(|c: char| c.is_ascii_digit())
                    && t.text.chars().all(|c| c.is_ascii_digit() || c == ',');
                let year = t.text.len() == 4 && (t.text.starts_with("19") || t.text.starts_with("20"));
                digits && !year
            });
            number
                .then(|| {
                    group_at(tokens, k + 1).or_else(|| {
                        tokens.get(k + 1).filter(|t| t.word && !t.capital).and_then(|_| group_at(tokens, k + 2))
                    })
                })
                .flatten()
                .map(|end| (k + 1, end))
        };
        if let Some((start, end)) = numbered.filter(|(_, e)| tokens.get(*e).is_none_or(|t| !(t.word && t.capital))) {
            // (The count stays in the mention's words, so what governs it still reaches it.)
            let span = tokens[start].start..tokens[end - 1].end;
            out.push(plain(i..end, text, span, Referent::Group));
            i = end;
            continue;
        }
        // "Hamas fighters attacked Israel", "M23 rebels seized Goma": the group they fight for.
        if words::ARMED_NOUNS.contains(&tokens[i].lower.as_ref())
            && let Some(last) = out.last_mut()
            && last.tokens.end == i
            && !last.possessive
            && !last.modifier
            && match &last.referent {
                Referent::Gazetteer(g) => {
                    gaz.entries.get(*g).is_some_and(|e| matches!(e.kind, ActorKind::Organization | ActorKind::Group))
                }
                // (Not "ordered Gripen fighters": a name of no known kind may be a product's,
                // unless it is written like a group's code: "M23", "ELN".)
                Referent::Name { kind, .. } => {
                    matches!(kind, ActorKind::Organization | ActorKind::Group)
                        || (*kind == ActorKind::Other && !last.surface.chars().any(char::is_lowercase))
                }
                _ => false,
            }
        {
            last.tokens.end = i + 1;
            // (A word before "fighters" is a name, wherever it stands.)
            if let Referent::Name { weak, .. } = &mut last.referent {
                *weak = false;
            }
            i += 1;
            continue;
        }
        // ("the main opposition Republican People’s Party": a collective's word before a name
        // qualifies the name.)
        // ("the Workers’ Party": nor a capitalised plural's possessive inside a name.)
        let before_name = |end: &usize| {
            tokens.get(*end).is_some_and(|t| t.word && t.capital)
                || (tokens[*end - 1].capital
                    && tokens.get(*end).is_some_and(|t| matches!(t.text, "’" | "'"))
                    && tokens.get(*end + 1).is_some_and(|t| t.word && t.capital))
        };
        // ("another opposition leader, Andry Ravelo": nor before a noun for one of its people or
        // its bodies.)
        let before_member = |end: &usize| {
            tokens.get(*end).is_some_and(|t| {
                !t.capital && (words::is_public_person_noun(&t.lower) || t.is("party") || t.is("parties"))
            })
        };
        if let Some(end) =
            counted.or(qualified).or_else(|| group_at(tokens, i)).filter(|e| !before_name(e) && !before_member(e))
        {
            let span = tokens[i].start..tokens[end - 1].end;
            out.push(plain(i..end, text, span, Referent::Group));
            i = end;
            continue;
        }
        // "Nordlys shareholders approved", "Wazalendo militias": people of a name, not the name.
        // ("The Erdemir family said": past the sentence's "The".)
        let g = if tokens[i].text == "The" { i + 1 } else { i };
        let owned_group = tokens.get(g + 1).is_some_and(|t| words::NAMED_GROUPS.contains(&t.lower.as_ref()))
            && tokens[g].capital
            && hits.binary_search_by_key(&g, |h| h.start).is_err()
            && name_run(tokens, g, hits).len() == 1
            && !words::not_a_name(tokens[g].text);
        if owned_group {
            let end = g + 2;
            let span = tokens[g].start..tokens[end - 1].end;
            out.push(plain(g..end, text, span, Referent::Group));
            i = end;
            continue;
        }
        // A possessive pronoun before a role and a comma: "Its military spokesman, Yahya Saree"
        // ("its" is the organisation or state last named), "His lawyer, Carmen Ledesma" (the
        // person), "The Constitutional Court, whose president, Cándido Conde-Pumpido," (the name
        // before the comma).
        let personal = tokens[i].is("his") || tokens[i].is("her");
        let owner = if tokens[i].is("its") || tokens[i].is("their") || personal {
            let kind = if personal { ActorKind::Person } else { ActorKind::Organization };
            Some(Referent::Definite(kind))
        } else if tokens[i].is("whose") && i >= 2 && tokens[i - 1].text == "," {
            // ("The International Maritime Organization (IMO), whose": past its short form.)
            let bracketed = |m: &Mention| m.tokens.end + 2 == i && tokens[i - 2].text == ")";
            out.iter().rposition(|m| (m.tokens.end + 1 == i || bracketed(m)) && !m.modifier).map(Referent::SameAs)
        } else {
            None
        };
        // ("Its draft decision was challenged by …", "rejected their offer": what it put
        // forward stands for it.)
        // ("approved his extradition", "ordered her release": what was done to the person.)
        let stance = |k: usize| tokens.get(k).is_some_and(|t| words::is_owned_act(&t.lower, personal));
        let puts_forward = stance(i + 1)
            || (tokens.get(i + 1).is_some_and(|t| t.word && !t.capital && !t.lower.ends_with("ing")) && stance(i + 2));
        let roled = || {
            // ("its chief executive Andrus Kask": or the holder's name right after it.)
            role_after_modifiers(tokens, i + 1, gaz)
                .is_some_and(|(_, after)| tokens.get(after).is_some_and(|t| t.text == "," || (t.word && t.capital)))
        };
        let whose = tokens[i].is("whose");
        // ("his Agrofert conglomerate": a person's company, see `complete_appositions`.)
        let owns_company = || {
            personal && {
                let run = name_run(tokens, i + 1, hits);
                !run.is_empty() && tokens.get(run.end).is_some_and(|t| is_in(words::OWNED_COMPANY_NOUNS, &t.lower))
            }
        };
        // ("Brazil, whose state-owned Instituto Paulista (IPI)": a name the owner's words qualify.)
        let owns_name = || {
            whose && {
                let k =
                    (i + 1..tokens.len().min(i + 4)).find(|&k| !tokens[k].word || tokens[k].capital).unwrap_or(i + 1);
                k > i + 1
                    && tokens[i + 1..k].iter().all(|t| t.text.contains('-') || t.lower.ends_with("owned"))
                    && (!name_run(tokens, k, hits).is_empty() || hits.iter().any(|h| h.start == k))
            }
        };
        // "Its foreign ministry summoned …", "Their army shelled …": the state "its" stands for
        // (see `resolve`), acting through one of its bodies.
        // (Only opening a sentence: not "Italy said through its embassy that it would …", nor
        // "Ukraine accused Russia after its army struck …", whose "its" is the nearer state's.)
        let state_body = ((tokens[i].is("its") || tokens[i].is("their")) && i == 0)
            .then(|| {
                (i + 1..(i + 4).min(tokens.len()))
                    .take_while(|&k| tokens[k].word && !tokens[k].capital)
                    .find(|&k| words::OWN_STATE_BODIES.contains(&tokens[k].lower.as_ref()))
                    // (Not "Its military spokesman": a role.)
                    .filter(|&k| role_at(tokens, k, gaz).is_none() && role_at(tokens, k + 1, gaz).is_none())
            })
            .flatten();
        if let Some(k) = state_body {
            let span = tokens[i].start..tokens[i].end;
            out.push(plain(i..k + 1, text, span, Referent::Definite(ActorKind::State)));
            i = k + 1;
            continue;
        }
        // ("Her party, the Union for Democratic Renewal (URD),": the party she is a member of;
        // see `describe_owned`.)
        let owns_party = personal
            && tokens.get(i + 1).is_some_and(|t| t.is("party"))
            && tokens.get(i + 2).is_some_and(|t| t.text == ",");
        // ("Its Humanitarian Aid Commission (HAC) refused": a body the owner "its" stands for has,
        // opening a sentence.)
        let owns_body = i == 0
            && tokens[i].is("its")
            && tokens.get(i + 1).is_some_and(|t| t.word && t.capital && !words::not_a_name(t.text))
            && {
                let run = name_run(tokens, i + 1, hits);
                run.len() >= 2 && tokens.get(run.end - 1).is_some_and(|t| is_in(words::ORG_WORDS, t.text))
            };
        if let Some(referent) = owner
            .filter(|_| (puts_forward && !whose) || roled() || owns_company() || owns_name() || owns_party || owns_body)
        {
            let span = tokens[i].start..tokens[i].end;
            let mut m = plain(i..i + 1, text, span, referent);
            m.possessive = true;
            m.company_owner = !personal
                && role_after_modifiers(tokens, i + 1, gaz).is_some_and(|(role, _)| words::is_company_role(&role.name));
            out.push(m);
            i += 1;
            continue;
        }
        // "the bloc", "the company", "the government": the last actor of that kind; and with one
        // adjective, "the central bank’s governor", when what follows is its role.
        let definite =
            |k: usize| tokens.get(k).filter(|n| n.word && !n.capital).and_then(|n| words::definite_kind(&n.lower));
        let adjective = tokens.get(i + 1).is_some_and(|a| {
            a.word
                && !a.capital
                && definite(i + 1).is_none()
                && !["of", "and", "or", "same", "other", "two", "three", "first", "last", "new", "former"]
                    .iter()
                    .any(|w| a.is(w))
        }) && definite(i + 2) == Some(ActorKind::Organization)
            && tokens.get(i + 3).is_some_and(Token::is_possessive);
        // ("The army-backed government, which is based in Port Sudan, accused …", "the interim
        // government": a state's government, however qualified.)
        let state_adjective = tokens[i].is("the")
            && tokens.get(i + 1).is_some_and(|a| {
                a.word
                    && !a.capital
                    && (["-backed", "-appointed", "-installed"].iter().any(|x| a.lower.ends_with(x))
                        || [
                            "interim",
                            "transitional",
                            "federal",
                            "central",
                            "national",
                            "military",
                            "civilian",
                            "caretaker",
                            "ruling",
                            "outgoing",
                            "incoming",
                            "coalition",
                        ]
                        .iter()
                        .any(|w| a.is(w)))
            })
            && tokens.get(i + 2).is_some_and(|n| n.is("government") || n.is("authorities") || n.is("junta"));
        let noun = if adjective || state_adjective { i + 2 } else { i + 1 };
        // "her office would ask the court", "his ministry": a person's body, the last of that kind.
        let personal_body = (tokens[i].is("his") || tokens[i].is("her"))
            && (tokens.get(i + 1).is_some_and(|n| n.is("office"))
                || definite(i + 1).is_some_and(|k| k != ActorKind::Person && k != ActorKind::Place))
            // (As the one acting: "her office would ask the court"; not "searched his office".)
            && tokens.get(i + 2).is_some_and(|n| {
                ["would", "will", "said", "says", "has", "had", "is", "was", "could", "can", "did", "does", "plans"]
                    .iter()
                    .any(|w| n.is(w))
            });
        if personal_body {
            let kind = definite(i + 1).unwrap_or(ActorKind::Organization);
            let m = phrase(text, tokens, i, i + 1, Referent::Definite(kind));
            i = m.tokens.end;
            out.push(m);
            continue;
        }
        // "commission chairman Kenji Moriyama", "Company spokesman Tom Reed": a bare noun before
        // a role and a name is the body last named.
        let bare = (i == 0 || (!tokens[i - 1].is("the") && !tokens[i].capital))
            && words::is_organisation_noun(&tokens[i].lower)
            && role_at(tokens, i + 1, gaz).is_some_and(|(_, e)| tokens.get(e).is_some_and(|t| t.capital && t.word));
        if bare {
            let span = tokens[i].start..tokens[i].end;
            out.push(plain(i..i + 1, text, span, Referent::Definite(ActorKind::Organization)));
            i += 1;
            continue;
        }
        if tokens[i].is("the")
            && let Some(kind) = definite(noun)
            // Not "the government of Spain", "the group of seven"; but "accused the alliance of …".
            && (tokens.get(noun + 1).is_none_or(|t| !t.is("of"))
                || tokens.get(noun + 2).is_some_and(|t| !t.capital && !t.text.starts_with(|c: char| c.is_ascii_digit())))
            // Nor "the carrier USS Gerald R. Ford", "the bank HSBC": the name that follows is who.
            && tokens.get(noun + 1).is_none_or(|t| !(t.word && t.capital))
        {
            // "the government in Tórshavn", "the authorities in Baghdad": the state named after it.
            if let Some(h) = state_after_in(tokens, noun + 1, hits, gaz).filter(|_| kind == ActorKind::State) {
                let span = tokens[i].start..tokens[h.end - 1].end;
                let mut m = plain(i..h.end, text, span, h.referent.clone());
                m.surface = text[tokens[h.start].start..tokens[h.end - 1].end].to_owned();
                out.push(m);
                i = h.end;
                continue;
            }
            let m = phrase(text, tokens, i, noun, Referent::Definite(kind));
            i = m.tokens.end;
            // "the country’s maritime regulator": the state's body, as after its name.
            let state_possessive = kind == ActorKind::State && m.possessive;
            out.push(m);
            if let Some((head, end)) = body_at(tokens, i, gaz).filter(|_| state_possessive) {
                i = push_body(text, tokens, i..end, head, &mut out);
            }
            continue;
        }
        // "government forces", "government troops": the state's.
        if tokens[i].is("government")
            && tokens.get(i + 1).is_some_and(|t| ["forces", "troops", "soldiers"].iter().any(|w| t.is(w)))
        {
            let span = tokens[i].start..tokens[i + 1].end;
            out.push(plain(i..i + 2, text, span, Referent::Definite(ActorKind::State)));
            i += 2;
            continue;
        }
        // "both governments", "the two companies": two named before.
        let two = if tokens[i].is("both") {
            Some(i + 1)
        } else if tokens[i].is("the") && tokens.get(i + 1).is_some_and(|t| t.is("two")) {
            Some(i + 2)
        } else {
            None
        };
        if let Some(noun) = two
            && let Some(&(_, kind)) = tokens.get(noun).and_then(|n| words::PAIR_NOUNS.iter().find(|(w, _)| n.is(w)))
            // (Not "both sides of the border"; but "accused both governments of treating".)
            && (tokens.get(noun + 1).is_none_or(|t| !t.is("of"))
                || (kind != ActorKind::Other && tokens.get(noun + 2).is_some_and(|t| t.lower.ends_with("ing"))))
            // (Nor "officials on both sides said", "detainees held by both sides": where, or by
            // whom, is no one acted on; but "called on both sides to" is.)
            && (kind != ActorKind::Other
                || i == 0
                || !PLACE_OR_AGENT_PREPOSITIONS.iter().any(|p| tokens[i - 1].is(p))
                || (tokens[i - 1].is("on") && i >= 2 && tokens[i - 2].lower.starts_with("call")))
        {
            let m = phrase(text, tokens, i, noun, Referent::Pair(kind));
            i = m.tokens.end;
            out.push(m);
            continue;
        }
        // "Western powers", "Gulf states", "European governments": a collective.
        let collective = tokens.get(i + 1).is_some_and(|n| words::COLLECTIVES.contains(&n.lower.as_ref()));
        if tokens[i].capital && tokens[i].word && collective && !words::not_a_name(tokens[i].text) {
            let span = tokens[i].start..tokens[i + 1].end;
            out.push(plain(i..i + 2, text, span, Referent::Group));
            i += 2;
            continue;
        }
        let run = name_run(tokens, i, hits);
        // "Minister of Industry and Trade": fields of a title, no name.
        if run.end > i
            && tokens[run.clone()].iter().all(|t| is_in(words::DOMAIN_WORDS, t.text) || t.is("and") || t.text == "&")
        {
            i = run.end;
            continue;
        }
        if run.end > i {
            let mut run = trim_openers(tokens, run);
            // "Trump-Lukashenko": two names joined for a compound, unless the whole is an
            // organisation ("Export-Import Bank") or a double surname ("Cándido Conde-Pumpido":
            // names before the hyphen, one word after it).
            // (Nor two short forms joined into one name, "AFL-CIO"; but "the ANC-DA coalition",
            // "PTI-PPP talks" join two.)
            let joint = tokens.get(run.end).is_some_and(|t| {
                [
                    "coalition",
                    "alliance",
                    "talks",
                    "deal",
                    "pact",
                    "government",
                    "agreement",
                    "merger",
                    "summit",
                    "relations",
                ]
                .iter()
                .any(|w| t.is(w))
            });
            let short_pair = run.end == run.start + 3
                && short_form(&tokens[run.start])
                && tokens[run.start + 1].is_hyphen()
                && short_form(&tokens[run.start + 2]);
            // ("Ndong-Mba said …" after "President Armand Ndong-Mba": a double surname the
            // text gives with a first name elsewhere.)
            // (Not "Trump-Lukashenko" after a headline's capitalised word: a part the text names
            // on its own is a name of its own.)
            // (Searched for near the run only: a long text would make it quadratic.)
            let at = tokens.get(run.start).map_or(0, |t| t.start);
            let near = &text[char_boundary(text, at.saturating_sub(NEAR), false)
                ..char_boundary(text, at.saturating_add(NEAR), true)];
            let alone = |part: &str| {
                near.match_indices(part).any(|(p, _)| {
                    let before = near[..p].chars().next_back();
                    let after = near[p + part.len()..].chars().next();
                    let joined = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '‑');
                    !joined(before) && !joined(after)
                })
            };
            let double_surname = || {
                let whole = &text[tokens[run.start].start..tokens[run.end - 1].end];
                run.end == run.start + 3
                    && !alone(tokens[run.start].text)
                    && !alone(tokens[run.start + 2].text)
                    && near.match_indices(whole).any(|(p, _)| {
                        let before = near[..p].strip_suffix(' ').unwrap_or("");
                        let word = before.rsplit([' ', '\n']).next().unwrap_or("");
                        before.len() < p
                            && word.chars().next().is_some_and(char::is_uppercase)
                            && word.chars().all(char::is_alphabetic)
                            && !words::not_a_name(word)
                    })
            };
            if let Some(h) = tokens[run.clone()].iter().position(|t| t.is_hyphen())
                && !(h >= 2 && run.start + h + 2 == run.end)
                && ((short_pair && joint)
                    || (!short_pair
                        && !matches!(
                            classify(&tokens[run.clone()]),
                            ActorKind::Organization | ActorKind::Place | ActorKind::Event
                        )))
                && !double_surname()
            {
                run.end = run.start + h;
            }
            // "Defence Secretary Gilberto Teodoro", "District Judge Amit Mehta": a title that
            // starts with words the role list does not have.
            // (The first role that runs up to the name: "Acting Prime Minister X" is a prime
            // minister, not a minister of "Acting Prime".)
            let inner_title = (run.start + 1..run.end)
                .filter_map(|k| role_at(tokens, k, gaz).map(|(r, e)| (k, r, e)))
                .find(|(_, r, e)| {
                    *e < run.end
                        && r.class != RoleClass::Honorific
                        && !looks_like_org(&tokens[*e..run.end])
                        && role_at(tokens, *e, gaz).is_none()
                });
            if let Some((k, role, e)) = inner_title {
                let title = text[tokens[run.start].start..tokens[e - 1].end].to_owned();
                let mut organ = organ_before(tokens, run.start, &out, gaz);
                // "Vantor Chief Executive Dana Whitfield", "Mines and Energy Minister Alexandre
                // Silveira": the words before the role may name the body (weakly: only a body the
                // article names elsewhere counts).
                let mut role_name = title.clone();
                // (Not "Business Secretary": a field names no body, except "Minister" →
                // "Ministry of …".)
                let is_field = |t: &Token<'_>| is_in(words::DOMAIN_WORDS, t.text) || t.is("and") || t.text == "&";
                // "Mines and Energy Minister": the fields before the last word, whichever role
                // was found first ("Energy Minister").
                let minister = tokens[e - 1].is("minister") && e >= 2 && tokens[run.start..e - 1].iter().all(is_field);
                let body_end = if minister { e - 1 } else { k };
                let field_only = tokens[run.start..body_end].iter().all(is_field);
                if organ.is_none() && body_end > run.start && (minister || !field_only) {
                    let words = text[tokens[run.start].start..tokens[body_end - 1].end].to_owned();
                    let surface = if minister { format!("Ministry of {words}") } else { words };
                    let span = tokens[run.start].start..tokens[body_end - 1].end;
                    let mut body = plain(
                        run.start..body_end,
                        text,
                        span,
                        Referent::Name { kind: ActorKind::Organization, weak: true },
                    );
                    body.surface = surface;
                    body.modifier = true;
                    out.push(body);
                    organ = Some(out.len() - 1);
                    role_name = if minister { "minister".to_owned() } else { role.name.clone() };
                }
                let e = past_honorifics(tokens, e, hits, gaz).min(run.end - 1);
                push_name(text, tokens, e..run.end, ActorKind::Person, false, &mut out);
                if let Some(m) = out.last_mut() {
                    m.role_of = organ.map(|o| (o, role_name));
                    m.title = Some(title);
                }
                i = run.end;
                continue;
            }
            if !run.is_empty() {
                let sentence_start = tokens[..run.start].iter().all(|t| !t.word);
                // ("Al-Shabaab attacked …": a hyphened capitalised word is a name wherever it
                // stands.)
                let single = run.len() == 1 && !tokens[run.start].text.contains(['-', '‑']);
                // ("BEUC, the consumer organisation, …": a word in capitals is a name even
                // opening a sentence; datelines are taken above.)
                let capitals = tokens[run.start].text.chars().filter(|c| c.is_alphabetic()).count() >= 3
                    && tokens[run.start].text.chars().all(|c| !c.is_alphabetic() || c.is_uppercase());
                // ("EXCLUSIVE: …" is a kicker, not a name.)
                let kicker = tokens.get(run.end).is_some_and(|t| t.text == ":");
                // ("Bulog said it would …", "Renamo accused …": a lone word opening a sentence
                // is a name when a verb of speech or of an act follows it, unless it reads as a
                // plural or a common noun: "Analysts said", "Police said".)
                let acts = tokens.get(run.end).is_some_and(|t| is_in(words::SUBJECT_VERBS, &t.lower))
                    && !tokens[run.start].lower.ends_with('s')
                    && !tokens[run.start].lower.ends_with("ly")
                    && !is_in(words::INDEFINITE_PRONOUNS, tokens[run.start].text)
                    && !is_in(words::ORG_WORDS, tokens[run.start].text)
                    && words::definite_kind(&tokens[run.start].lower).is_none()
                    && group_at(tokens, run.start).is_none();
                let weak = headline || (single && sentence_start && (!capitals || kicker) && !acts);
                // "San Jose, California": a name followed by the place it is in is a place.
                let in_place = tokens.get(run.end).is_some_and(|t| t.text == ",")
                    && hits.iter().any(|h| {
                        h.start == run.end + 1
                            && matches!(h.referent, Referent::Gazetteer(g) if gaz.entries.get(g).is_some_and(|e| matches!(e.kind, ActorKind::Place | ActorKind::State)))
                            // (Not "Rosneft, Russia’s biggest oil producer": an apposition.)
                            && tokens.get(h.end).is_none_or(|t| matches!(t.text, "," | "." | ";" | ")"))
                    });
                // "in Kota Kinabalu", "near Khor al-Zubair": a name after "in" or "near" is where
                // (not "in Vladimir Putin’s …", an owner).
                let in_place = in_place
                    || (run.start > 0
                        && ["in", "near", "outside"].iter().any(|w| tokens[run.start - 1].is(w))
                        && tokens.get(run.end).is_none_or(|t| !t.is_possessive()));
                // (Only a name of no clear kind: "Vantor Energy, Norway, and …" stays a company.)
                // ("the ruling Frelimo": a party; "the nationalist opposition party Rodina", "his
                // Agrofert conglomerate": an organisation's noun before or after the name.)
                let organisation_noun = |k: Option<usize>| {
                    k.and_then(|k| tokens.get(k))
                        .is_some_and(|t| t.word && !t.capital && words::is_organisation_noun(&t.lower))
                };
                // (Only a name closed there: not "the company Ivan Petrov founded", "told the
                // court Ivan Petrov had …".)
                let closed = tokens.get(run.end).is_none_or(|t| {
                    !t.word
                        || ["in", "of", "and", "to", "for", "with", "on", "at", "from", "which", "that"]
                            .iter()
                            .any(|w| t.is(w))
                });
                let ruling = run.start > 0 && ["ruling", "governing"].iter().any(|w| tokens[run.start - 1].is(w))
                    || (organisation_noun(run.start.checked_sub(1)) && closed)
                    || organisation_noun(Some(run.end));
                let kind = match classify(&tokens[run.clone()]) {
                    ActorKind::Person | ActorKind::Other if in_place => ActorKind::Place,
                    ActorKind::Person | ActorKind::Other if ruling => ActorKind::Organization,
                    kind => kind,
                };
                // "Orchard Japan", "DP World Canada", "Transparency International Kenya": a
                // company's or a body's branch in a country, one name.
                // (Opening a sentence, one word that reads as no adjective: "Vodafone Egypt", not
                // "Neighbouring Kenya".)
                let adjective = ["ing", "ed", "ern", "ly", "ful", "ous", "al", "ic", "ive"]
                    .iter()
                    .any(|e| tokens[run.start].lower.ends_with(e));
                // ("Inside Iran, protests …": not before a comma either.)
                let comma_after = |end: usize| tokens.get(end).is_some_and(|t| t.text == ",");
                let named = !weak || (single && sentence_start && !adjective);
                if let Some(end) = country_after(tokens, run.end, hits, gaz)
                    .filter(|&e| !headline && named && (!weak || !comma_after(e)))
                {
                    push_name(text, tokens, run.start..end, ActorKind::Organization, false, &mut out);
                    i = end;
                    continue;
                }
                push_name(text, tokens, run.clone(), kind, weak, &mut out);
            }
            i = run.end.max(i + 1);
            continue;
        }
        i += 1;
    }
    // "Hatton Hills, which …": a name of no person's title that "which" takes up is no person.
    // (Not "said it": "Ivan Petrov said it was too early" is a person's.)
    for m in &mut out {
        let which = tokens.get(m.tokens.end).is_some_and(|t| t.text == ",")
            && tokens.get(m.tokens.end + 1).is_some_and(|t| t.is("which"));
        if !which || m.title.is_some() {
            continue;
        }
        // (And the person a name was first taken for is none: "Japan’s Maruto Suisan … Maruto,
        // which offered 155 crowns"; see `resolve`.)
        if let Referent::Name { kind, .. } = &mut m.referent {
            m.no_person = true;
            if *kind == ActorKind::Person {
                *kind = ActorKind::Organization;
            }
        }
    }
    // "Seattle-based", "ANO-led": a modifier, neither subject nor object.
    for m in &mut out {
        let hyphen = tokens.get(m.tokens.end).is_some_and(|t| t.is_hyphen());
        if hyphen && tokens.get(m.tokens.end + 1).is_some_and(|t| t.word && !t.capital) {
            m.modifier = true;
        }
    }
    // "the Singapore-based company", "the Hyderabad-based firm": the company the article is
    // about, based there.
    // (Backwards: an insertion after `b` leaves the mentions still to visit where they were.)
    for b in (0..out.len()).rev() {
        let end = out[b].tokens.end;
        let based =
            tokens.get(end).is_some_and(|t| t.is_hyphen()) && tokens.get(end + 1).is_some_and(|t| t.is("based"));
        let the = out[b].tokens.start > 0 && tokens[out[b].tokens.start - 1].is("the");
        let Some(noun) = tokens.get(end + 2).filter(|_| based && the) else { continue };
        let organisation = words::is_organisation_noun(&noun.lower);
        if organisation && !out.iter().any(|m| m.tokens.contains(&(end + 2))) {
            let span = noun.start..noun.end;
            let mut m = plain(end + 2..end + 3, text, span, Referent::Definite(ActorKind::Organization));
            m.role_of = Some((b, "based in".to_owned()));
            insert_mention(&mut out, b + 1, m);
        }
    }
    // "a Belarusian court", "Israeli ports": the demonym may stand for its state. Not "the
    // Indian conglomerate" or "the Chilean regulator" (another actor) nor "the Czech
    // election" (an event).
    const NOT_THE_STATE: &[&str] = &["election", "elections", "vote", "referendum", "win", "victory", "summit"];
    for m in &mut out {
        let phrase: Vec<&Token<'_>> =
            tokens[m.tokens.end.min(tokens.len())..].iter().take_while(|t| t.word && !t.capital).take(3).collect();
        let other_actor = phrase.iter().any(|t| {
            NOT_THE_STATE.contains(&t.lower.as_ref()) || (words::is_organisation_noun(&t.lower) && t.lower != "court")
        });
        m.next_is_common_noun = !other_actor
            && phrase.first().is_some_and(|t| {
                !["and", "or", "of", "to", "in", "on", "at", "by", "for", "with"].contains(&t.lower.as_ref())
            });
        // "an Islamist insurgency", "Central Asian energy": an adjective of no known kind before
        // a common noun qualifies it.
        let adjective = tokens
            .get(m.tokens.end.saturating_sub(1))
            .is_some_and(|t| ["ist", "ian", "an", "ese", "ern", "ish"].iter().any(|s| t.text.ends_with(s)));
        let noun_next = m.next_is_common_noun || other_actor;
        // "the two Southeast Asian neighbours", "Middle Eastern capital": a region's adjective,
        // however many words it has.
        let regional = regional(tokens, m.tokens.clone());
        // "the Fanilo party", "the Pheu Thai party": the name is also written with its noun.
        // (Not "the Sánchez coalition": a person's name before a coalition is the person.)
        if matches!(m.referent, Referent::Name { kind: ActorKind::Other | ActorKind::Organization, .. })
            && !m.possessive
            && m.title.is_none()
            && let Some(noun) = tokens.get(m.tokens.end).filter(|t| {
                ["party", "movement"].contains(&t.text)
                    && tokens.get(m.tokens.end + 1).is_none_or(|n| !n.is_possessive())
            })
        {
            m.called = text.get(m.span.start..noun.end).map(str::to_owned);
            if let Referent::Name { kind, .. } = &mut m.referent {
                *kind = ActorKind::Organization;
            }
        }
        let unknown = matches!(m.referent, Referent::Name { kind: ActorKind::Other, .. });
        let named = matches!(m.referent, Referent::Name { .. });
        // "its Pome smartphones", "Gripen fighter jets", "Brent crude": a product's name.
        let product = unknown && phrase.iter().take(2).any(|t| words::PRODUCT_NOUNS.contains(&t.lower.as_ref()));
        if ((unknown && (adjective || product)) || (named && regional)) && noun_next && !m.possessive {
            m.modifier = true;
        }
    }
    // "Mayors and Independents (STAN)": the bracketed acronym is the same actor.
    for k in 1..out.len() {
        let (prev, this) = (&out[k - 1], &out[k]);
        let bracketed = prev.tokens.end + 1 == this.tokens.start
            && tokens.get(prev.tokens.end).is_some_and(|t| t.text == "(")
            && tokens.get(this.tokens.end).is_some_and(|t| t.text == ")");
        let acronym = this.surface.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
        // "…Republican People’s Party, or CHP,", "…of Kurdistan, known as APIKUR,": another
        // name given for it.
        let between = &tokens[prev.tokens.end..this.tokens.start.max(prev.tokens.end)];
        let given = matches!(between, [c, o] if c.text == "," && o.is("or"))
            || matches!(between, [c, k, a] if c.text == "," && k.is("known") && a.is("as"));
        let closed = tokens.get(this.tokens.end).is_none_or(|t| matches!(t.text, "," | "." | ";" | ")"));
        // "TikTok owner ByteDance", "Airbus rival Boeing": what the second is of the first.
        let company = |m: &Mention| match &m.referent {
            Referent::Gazetteer(g) => gaz.entries.get(*g).is_some_and(|e| e.kind == ActorKind::Organization),
            Referent::Name { kind, .. } => matches!(kind, ActorKind::Organization | ActorKind::Other),
            Referent::Known(_) => true,
            _ => false,
        };
        let tie = match between {
            [w] if words::COMPANY_TIES.contains(&w.lower.as_ref())
                && company(prev)
                && company(this)
                && !prev.possessive
                && this.role_of.is_none() =>
            {
                Some(w.lower.to_string())
            }
            _ => None,
        };
        // ("Autoriteit Persoonsgegevens (AP)": a known acronym that spells the name before it is
        // that name's, not the Associated Press.)
        let spells_prev = || {
            let initials: String =
                prev.surface.split_whitespace().filter_map(|w| w.chars().next()).filter(|c| c.is_uppercase()).collect();
            initials.len() >= 2 && initials == this.surface
        };
        let own_acronym = matches!(this.referent, Referent::Name { .. })
            || (matches!(this.referent, Referent::Gazetteer(_))
                && matches!(prev.referent, Referent::Name { .. })
                && spells_prev());
        if ((bracketed && acronym) || (given && acronym && closed)) && own_acronym {
            out[k].referent = Referent::SameAs(k - 1);
            // ("Samagi Jana Balawegaya (SJB)": people have no acronyms; a body does.)
            let untitled = out[k - 1].title.is_none();
            if let Referent::Name { kind: kind @ ActorKind::Person, .. } = &mut out[k - 1].referent
                && untitled
            {
                *kind = ActorKind::Organization;
            }
        } else if let Some(role) = tie {
            out[k].role_of = Some((k - 1, role));
        }
    }
    state_bodies_by_name(text, gaz, &mut out);
    out
}

/// Names that are a state's body only with the state's name before them.
const STATE_BODY_NAMES: &[&str] = &[
    "Embassy",
    "Consulate",
    "Navy",
    "Army",
    "Air Force",
    "Coast Guard",
    "Treasury",
    "Marines",
    "Border Guard",
    "Police",
];

/// "the U.S. Embassy", "the Chinese Embassy", "the Indian Navy": the state's words and the
/// body's are one name (two states' embassies are two actors), which holds the state's name
/// and so is not said to be "of" it.
fn state_bodies_by_name(text: &str, gaz: &Gazetteer, out: &mut Vec<Mention>) {
    let mut k = 1;
    while k < out.len() {
        let (prev, this) = (&out[k - 1], &out[k]);
        let body = matches!(this.referent, Referent::Name { .. })
            && STATE_BODY_NAMES.contains(&this.surface.as_str())
            && this.tokens.start == prev.tokens.end
            && !this.possessive
            && prev.modifier
            && !prev.possessive
            && names_state(&prev.referent, gaz);
        if body {
            let (tokens, span) = (prev.tokens.start..this.tokens.end, prev.span.start..this.span.end);
            let mut merged = remove_mention(out, k);
            merged.surface = text[span.clone()].to_owned();
            merged.tokens = tokens;
            merged.span = span;
            merged.referent = Referent::Name { kind: ActorKind::Organization, weak: false };
            // (Nothing of what tied it to the state's words, now its own.)
            merged.role_of = merged.role_of.filter(|(o, _)| *o != k - 1);
            merged.done_by = merged.done_by.filter(|(o, _)| *o != k - 1);
            merged.also.retain(|(o, _)| *o != k - 1);
            out[k - 1] = merged;
        } else {
            k += 1;
        }
    }
}

/// Inserts `m` at `at`, keeping every reference to a later mention pointing at it.
fn insert_mention(out: &mut Vec<Mention>, at: usize, m: Mention) {
    for other in out.iter_mut() {
        other.renumber(|i| if i >= at { i + 1 } else { i });
    }
    out.insert(at, m);
}

/// Removes the mention at `at` and returns it; what pointed at it points at the one before it
/// (which takes its place: see `state_bodies_by_name`), what pointed past it one lower.
fn remove_mention(out: &mut Vec<Mention>, at: usize) -> Mention {
    let mut removed = out.remove(at);
    for other in out.iter_mut().chain(std::iter::once(&mut removed)) {
        other.renumber(|i| if i >= at && i > 0 { i - 1 } else { i });
    }
    removed
}

/// A mention of the words from `start` to the noun at `noun` ("the company", "both
/// governments"), with a possessive ending after the noun taken in.
fn phrase(text: &str, tokens: &[Token<'_>], start: usize, noun: usize, referent: Referent) -> Mention {
    let span = tokens[start].start..tokens[noun].end;
    let mut m = plain(start..noun + 1, text, span, referent);
    if tokens.get(noun + 1).is_some_and(Token::is_possessive) {
        m.possessive = true;
        m.tokens.end += 1;
    }
    m
}

fn plain(tokens: Range<usize>, text: &str, span: Range<usize>, referent: Referent) -> Mention {
    Mention {
        tokens,
        surface: text[span.clone()].to_owned(),
        span,
        referent,
        possessive: false,
        modifier: false,
        role_of: None,
        title: None,
        next_is_common_noun: false,
        also: Vec::new(),
        done_by: None,
        called: None,
        company_owner: false,
        no_person: false,
    }
}

/// Handles a gazetteer or known-name hit at `h.start`; returns the next token to look at.
fn known_name(text: &str, tokens: &[Token<'_>], h: &Hit, gaz: &Gazetteer, out: &mut Vec<Mention>) -> usize {
    let span = tokens[h.start].start..tokens[h.end - 1].end;
    let mut m = plain(h.start..h.end, text, span, h.referent.clone());
    let mut next = h.end;
    let state_form = matches!(h.form, Form::Demonym | Form::Name) && names_state(&h.referent, gaz);
    if state_form {
        // "the Chinese company", "the UK company": the company last named, and the state it
        // belongs to.
        let the_before = h.start > 0 && tokens[h.start - 1].is("the");
        let noun_end = (h.end..(h.end + 3).min(tokens.len()))
            .take_while(|&k| tokens[k].word && !tokens[k].capital)
            .find(|&k| words::is_organisation_noun(&tokens[k].lower))
            // (Not "the French foreign ministry": the state itself acting.)
            .filter(|&k| !words::OWN_STATE_BODIES.contains(&tokens[k].lower.as_ref()))
            .map(|k| k + 1);
        if let Some(end) = noun_end.filter(|&e| the_before && tokens.get(e).is_none_or(|t| !t.word || !t.capital)) {
            m.modifier = true;
            out.push(m);
            let organ = out.len() - 1;
            let span = tokens[h.start - 1].start..tokens[end - 1].end;
            let mut definite = plain(h.start - 1..end, text, span, Referent::Definite(ActorKind::Organization));
            definite.role_of = Some((organ, tokens[end - 1].lower.to_string()));
            let mut next = end;
            if tokens.get(end).is_some_and(Token::is_possessive) {
                definite.possessive = true;
                definite.tokens.end += 1;
                next += 1;
            }
            out.push(definite);
            return next;
        }
    }
    // ("U.S. prosecutors", "UK forces": a state's abbreviation used as its demonym is.)
    let abbreviation = h.form == Form::Name
        && state_form
        && (m.surface.contains('.') || (m.surface.len() <= 3 && m.surface.chars().all(|c| c.is_ascii_uppercase())));
    if abbreviation
        && role_at(tokens, h.end, gaz).is_none()
        && let Some(end) = noun_at(tokens, h.end, state_nouns())
        && tokens[h.end..end].iter().all(|t| !t.capital)
        // (Not "U.S. official John Smith", "UK state broadcaster BBC": a role or a name's noun.)
        && role_at(tokens, end, gaz).is_none()
        && !tokens[end - 1].is("state")
        && !tokens.get(end).is_some_and(|t| t.word && t.capital)
    {
        m.tokens = h.start..end;
        out.push(m);
        return end;
    }
    if h.form == Form::Demonym {
        // "Russian President Vladimir Putin", "the Belarusian leader", "Ukrainian forces".
        if let Some((_, after)) = role_at(tokens, h.end, gaz) {
            m.modifier = true;
            out.push(m);
            return h.end.min(after);
        }
        // (Not "Russian state nuclear corporation Rosatom": "state" qualifies the name's noun.)
        let qualifies = |end: usize| {
            let nouns = tokens[end..].iter().take_while(|t| t.word && !t.capital).take(4).count();
            tokens[end - 1].is("state")
                && (1..=3).contains(&nouns)
                && tokens.get(end + nouns).is_some_and(|t| t.word && t.capital)
                && (is_in(words::COMPANY_NOUNS, &tokens[end + nouns - 1].lower)
                    || words::is_organisation_noun(&tokens[end + nouns - 1].lower))
        };
        if let Some(end) = noun_at(tokens, h.end, state_nouns()).filter(|&end| !qualifies(end)) {
            m.tokens = h.start..end;
            out.push(m);
            return end;
        }
        if let Some(end) = group_at(tokens, h.end) {
            let span = tokens[h.start].start..tokens[end - 1].end;
            out.push(plain(h.start..end, text, span, Referent::Group));
            return end;
        }
        // "the Polish daily Gazeta Wyborcza", "a Belarusian human rights group": the demonym
        // names the organ of what follows (see `complete_ties`).
        m.modifier = true;
        out.push(m);
        return h.end;
    }
    if tokens.get(next).is_some_and(Token::is_possessive) {
        m.possessive = true;
        m.tokens.end += 1;
        next += 1;
        // "Mozambique’s army", "Russia’s foreign ministry", "the Netherlands’ export credit
        // agency": the state acting through one of its bodies.
        let is_state = names_state(&h.referent, gaz);
        let body_end = (next..(next + 3).min(tokens.len()))
            .take_while(|&k| tokens[k].word && !tokens[k].capital)
            .find(|&k| words::STATE_BODIES.contains(&tokens[k].lower.as_ref()) && role_at(tokens, k, gaz).is_none())
            .map(|k| k + 1);
        // Not "Pakistan’s army chief": a role.
        // Nor "Brazil’s Ministry of Mines and Energy": a name.
        // (Nor "Uganda’s state minister": "state" qualifies the title.)
        let state_noun = noun_at(tokens, next, state_nouns()).filter(|&end| {
            role_at(tokens, next, gaz).is_none()
                && (tokens.get(next).is_some_and(|t| !t.capital) || role_at(tokens, end, gaz).is_some())
                && !(tokens[next].is("state") && role_at(tokens, end, gaz).is_some())
        });
        // "Pakistan’s drug regulator", "Iraq’s top court": a body of the state, which the
        // article usually names soon after.
        if let Some((head, end)) = body_at(tokens, next, gaz).filter(|_| is_state) {
            out.push(m);
            return push_body(text, tokens, next..end, head, out);
        }
        if let Some(end) = state_noun.or(body_end.filter(|_| is_state)).filter(|&end| !named_next(tokens, end)) {
            m.possessive = false;
            m.tokens.end = end;
            out.push(m);
            return end;
        }
    }
    // "U.S. envoy Keith Kellogg", "Trump’s envoy John Coale": the organ before a title.
    if role_at(tokens, next, gaz).is_some() {
        m.modifier = !m.possessive;
    }
    out.push(m);
    next
}

/// The end of a dateline in capitals opening the sentence ("NAIROBI, Sept. 9 —", "WASHINGTON
/// (AP) —"), if there is one.
fn dateline_end(tokens: &[Token<'_>], hits: &[Hit]) -> Option<usize> {
    let e = dateline_shape(tokens)?;
    // A known name in capitals ("NATO — which …", "OPEC, which meets in June,") is a dateline
    // only with its date right after the comma or its agency in brackets.
    let known = hits.iter().any(|h| h.start == 0);
    let month = |t: &Token<'_>| words::MONTHS.contains(&t.text.trim_end_matches('.'));
    let strict = || {
        tokens.get(e).is_some_and(|t| t.text == "(")
            || (tokens.get(e).is_some_and(|t| t.text == ",") && tokens.get(e + 1).is_some_and(month))
    };
    (!known || strict()).then_some(e)
}

/// The end of the capitalised words that open a sentence the way a dateline does: a word or
/// a few in capitals, then a comma, a dash or a bracket, and a date or a dash soon after.
pub fn dateline_shape(tokens: &[Token<'_>]) -> Option<usize> {
    let caps = |t: &Token<'_>| t.word && t.text.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    let e = tokens.iter().position(|t| !caps(t)).filter(|&e| e > 0 && e <= 4)?;
    let month = |t: &Token<'_>| words::MONTHS.contains(&t.text.trim_end_matches('.'));
    // (Not "ANDE, Paraguay’s state power utility": a dateline goes on with a date or a dash.)
    // ("GOMA, Congo (AP) —": the dash after a country and an agency.)
    let dated = tokens[e..tokens.len().min(e + 7)].iter().any(|t| matches!(t.text, "—" | "–") || month(t));
    let opens = tokens.get(e).is_some_and(|t| t.text == "," || t.text == "—" || t.text == "(");
    let long = tokens[..e].iter().map(|t| t.text.len()).sum::<usize>() > 3;
    (opens && long && dated).then_some(e)
}

/// Whether `r` is a state the gazetteer knows.
pub fn names_state(r: &Referent, gaz: &Gazetteer) -> bool {
    matches!(r, Referent::Gazetteer(g) if gaz.entries.get(*g).is_some_and(|e| e.kind == ActorKind::State))
}

/// Whether `r` names an organisation: a capitalised name of that kind or one the gazetteer
/// knows (international ones with `international`).
pub fn names_organisation(r: &Referent, gaz: &Gazetteer, international: bool) -> bool {
    match r {
        Referent::Name { kind: ActorKind::Organization, .. } => true,
        Referent::Gazetteer(g) => gaz
            .entries
            .get(*g)
            .is_some_and(|e| e.kind == ActorKind::Organization && (international || !e.international)),
        _ => false,
    }
}

/// "drug regulator", "top court" at token `next`, after a state's possessive: the body's head
/// and the end of its words. Not a role ("Pakistan’s army chief"), nor a body through which the
/// state itself acts ("defence ministry"), nor one named right there ("Iran’s state news
/// agency IRNA", "Georgia’s energy regulator, GNERC,").
fn body_at(tokens: &[Token<'_>], next: usize, gaz: &Gazetteer) -> Option<(&'static str, usize)> {
    // ("Serbia’s largest journalists’ union": past a plural's possessive too.)
    let plural_possessive = |k: usize| {
        matches!(tokens[k].text, "’" | "'") && k > next && tokens[k - 1].lower.ends_with('s') && tokens[k - 1].word
    };
    let (k, head, end) = (next..(next + 4).min(tokens.len()))
        .take_while(|&k| (tokens[k].word && !tokens[k].capital) || plural_possessive(k))
        .find_map(|k| words::named_body_head(tokens, k).map(|(head, end)| (k, head, end)))?;
    let acting = tokens[next..k].iter().any(|t| words::STATE_BODIES.contains(&t.lower.as_ref()));
    let named_here = tokens.get(end).is_some_and(|t| t.word && t.capital) || named_next(tokens, end);
    (role_at(tokens, next, gaz).is_none() && !acting && !named_here).then_some((head, end))
}

/// Whether a name follows the words ending at `end` after a comma ("Ivory Coast’s cocoa
/// regulator, the Conseil du Café-Cacao,", "Georgia’s energy regulator, GNERC,").
fn named_next(tokens: &[Token<'_>], end: usize) -> bool {
    let name = |t: &Token<'_>| t.capital && t.word && !words::not_a_name(t.text);
    tokens.get(end).is_some_and(|t| t.text == ",")
        && ((tokens.get(end + 1).is_some_and(|t| t.is("the"))
            && tokens.get(end + 2).is_some_and(|t| t.capital && t.word))
            || tokens.get(end + 1).is_some_and(name))
}

/// After a state's possessive (the last mention of `out`, which becomes the organ): the
/// mention of its body over `range`, of kind `head`, tied to the state; returns the token
/// after it.
fn push_body(text: &str, tokens: &[Token<'_>], range: Range<usize>, head: &str, out: &mut Vec<Mention>) -> usize {
    let Some(organ) = out.len().checked_sub(1) else { return range.start };
    out[organ].modifier = true;
    let span = tokens[range.start].start..tokens[range.end - 1].end;
    let mut b = plain(range.clone(), text, span, Referent::Body { head: head.to_owned() });
    b.role_of = Some((organ, b.surface.to_lowercase()));
    if tokens.get(range.end).is_some_and(Token::is_possessive) {
        b.possessive = true;
        b.tokens.end += 1;
    }
    let after = b.tokens.end;
    out.push(b);
    after
}

/// Token `i` right after a title, or past a second title or honorific there when a name follows
/// it: "Energy Minister Prince Abdulaziz bin Salman" names the person without "Prince".
fn past_honorifics(tokens: &[Token<'_>], mut i: usize, hits: &[Hit], gaz: &Gazetteer) -> usize {
    while let Some((_, a)) = role_at(tokens, i, gaz) {
        if name_run(tokens, a, hits).end <= a {
            break;
        }
        i = a;
    }
    i
}

/// The organ a title at token `i` belongs to: the mention right before it ("Russian",
/// "U.S.", "Trump’s"), skipping "the".
fn organ_before(tokens: &[Token<'_>], i: usize, out: &[Mention], gaz: &Gazetteer) -> Option<usize> {
    let mut last = out.len().checked_sub(1)?;
    // ("Sudan’s U.N. ambassador", "Russia’s EU envoy": the owner sends, the body is where to.)
    if last > 0
        && out[last].tokens.end == i
        && out[last - 1].possessive
        && matches!(out[last - 1].referent, Referent::Gazetteer(_) | Referent::Name { .. })
        && out[last - 1].tokens.end == out[last].tokens.start
        && tokens[out[last].tokens.clone()].iter().all(|t| t.text.chars().all(|c| c.is_uppercase() || c == '.'))
    {
        last -= 1;
        return Some(last);
    }
    // ("Ubuntu’s Angola chief, Sipho Dlamini": a company's head in a country is the company's.)
    if last > 0
        && out[last].tokens.end == i
        && !out[last].possessive
        && names_state(&out[last].referent, gaz)
        && out[last - 1].possessive
        && out[last - 1].tokens.end == out[last].tokens.start
        && (names_organisation(&out[last - 1].referent, gaz, true)
            || matches!(
                out[last - 1].referent,
                Referent::Name { kind: ActorKind::Organization | ActorKind::Other, .. }
            ))
    {
        return Some(last - 1);
    }
    let m = &out[last];
    let mut end = i;
    // "U.N. relief chief Tom Fletcher", "EU foreign policy chief": past the role's field, after
    // a body's name (not "Putin met President Erdogan": a person, and a verb).
    // (Not "Ukraine urges President Trump": a verb ends no field.)
    let field = |t: &Token<'_>| {
        t.word
            && !t.capital
            && !t.lower.ends_with("ed")
            && (!t.lower.ends_with('s') || ["rights", "affairs", "arms", "news"].contains(&t.lower.as_ref()))
            && ![
                "the", "a", "an", "and", "or", "of", "to", "met", "said", "says", "told", "saw", "as", "with", "by",
                "for",
            ]
            .iter()
            .any(|w| t.is(w))
    };
    let body = matches!(m.referent, Referent::Gazetteer(_) | Referent::Name { kind: ActorKind::Organization, .. });
    while body && end > i.saturating_sub(2) && end > m.tokens.end && tokens.get(end - 1).is_some_and(field) {
        end -= 1;
    }
    if body && end == m.tokens.end && end < i {
        return Some(last);
    }
    let mut end = i;
    if end > 0 && tokens[end - 1].is("the") {
        end -= 1;
    }
    (m.tokens.end == i || m.tokens.end == end).then_some(last)
}

/// The end of a national chapter's name starting with the hit `h`: a known body with national
/// chapters and a state's name right after it ("Greenpeace Indonesia"), or a state's name and
/// the Red Cross ("the Kenya Red Cross").
fn chapter_end(tokens: &[Token<'_>], h: &Hit, hits: &[Hit], gaz: &Gazetteer) -> Option<usize> {
    let Referent::Gazetteer(g) = h.referent else { return None };
    let first = gaz.entries.get(g)?;
    if is_in(words::NATIONAL_CHAPTER_BODIES, &first.name) {
        return country_after(tokens, h.end, hits, gaz);
    }
    // ("the Kenya Red Cross": the state's plain name, then the Red Cross as written.)
    let next = hits.iter().find(|n| n.start == h.end)?;
    let red_cross = matches!(next.referent, Referent::Gazetteer(n) if gaz.entries.get(n).is_some_and(|e| e.name == "Red Cross"))
        && tokens[next.start].text == "Red";
    let state = names_state(&h.referent, gaz) && h.form == Form::Name;
    // (Not "… Red Cross Society": a longer name goes on.)
    let closes = tokens.get(next.end).is_none_or(|t| !(t.word && t.capital));
    (state && red_cross && closes).then_some(next.end)
}

/// The state's name, capital or seat after "in" at token `k` ("the government in
/// Tórshavn", "the authorities in Baghdad": the state is who acts).
fn state_after_in<'h>(tokens: &[Token<'_>], k: usize, hits: &'h [Hit], gaz: &Gazetteer) -> Option<&'h Hit> {
    if !tokens.get(k).is_some_and(|t| t.is("in")) {
        return None;
    }
    hits.iter().find(|h| h.start == k + 1 && h.form != Form::Demonym && names_state(&h.referent, gaz))
}

/// Past a minister's portfolio after "for", when a person's name follows it ("Minister for
/// Foreign Affairs Simon Coveney", "Minister for Business and Mineral Resources Aaja Lyberth"):
/// the token where the name starts.
fn portfolio_end(tokens: &[Token<'_>], after: usize, role: &super::gazetteer::Role, hits: &[Hit]) -> Option<usize> {
    let minister = role.words.last().is_some_and(|w| ["minister", "secretary", "commissioner"].contains(&w.as_str()));
    if !minister || !tokens.get(after)?.is("for") {
        return None;
    }
    let field = |t: &Token<'_>| t.capital && words::is_portfolio_word(t.text);
    let mut k = after + 1;
    while tokens.get(k).is_some_and(|t| field(t) || ((t.is("and") || t.text == "&") && k > after + 1)) {
        k += 1;
    }
    let name = name_run(tokens, k, hits);
    (k > after + 1 && field(&tokens[k - 1]) && name.start == k && name.len() >= 2).then_some(k)
}

/// A role phrase starting at token `i`: the role and the token after it.
pub fn role_at<'g>(tokens: &[Token<'_>], i: usize, gaz: &'g Gazetteer) -> Option<(&'g super::gazetteer::Role, usize)> {
    let first = tokens.get(i)?;
    gaz.roles_starting(&first.lower).find_map(|r| {
        let end = i + r.words.len();
        let words = tokens.get(i..end)?;
        words.iter().zip(&r.words).all(|(t, w)| t.lower == *w).then_some((r, end))
    })
}

/// A role phrase at token `i` or after up to two lower-case modifiers ("military spokesman",
/// "former chairman"): the role and the token after it.
pub fn role_after_modifiers<'g>(
    tokens: &[Token<'_>],
    i: usize,
    gaz: &'g Gazetteer,
) -> Option<(&'g super::gazetteer::Role, usize)> {
    const NOT_MODIFIERS: &[&str] = &[
        "and", "or", "of", "the", "a", "an", "to", "for", "who", "which", "that", "said", "says", "in", "on", "at",
        "with", "by", "from", "has", "had", "have", "was", "is", "were", "are", "will", "would",
    ];
    for k in i..i + 3 {
        if let Some(found) = role_at(tokens, k, gaz) {
            // "deputy leader": a role that qualifies the role after it, whose rank it keeps (a
            // deputy leader is no leader).
            return Some(role_at(tokens, found.1, gaz).map_or(found, |(_, after)| (found.0, after)));
        }
        let t = tokens.get(k)?;
        // ("Kenya’s ICT Cabinet Secretary": an acronym of a field.)
        let acronym = t.text.len() <= 5 && t.text.len() >= 2 && t.text.chars().all(|c| c.is_ascii_uppercase());
        // ("Tanzania’s Agriculture Minister, Juma Salim Mrisho": a portfolio, capitalised.)
        let portfolio = words::is_portfolio_word(t.text);
        if !t.word || (t.capital && !acronym && !portfolio) || NOT_MODIFIERS.contains(&t.lower.as_ref()) {
            return None;
        }
    }
    None
}

/// Phrases of a word list split into lower-case words and indexed by their first word.
struct PhraseIndex(std::collections::HashMap<String, Vec<Vec<String>>, words::WordBuild>);

impl PhraseIndex {
    fn new(list: &[&str]) -> Self {
        let mut map: std::collections::HashMap<String, Vec<Vec<String>>, words::WordBuild> =
            std::collections::HashMap::default();
        for phrase in list {
            let words: Vec<String> = phrase.split(' ').map(str::to_lowercase).collect();
            if let Some(first) = words.first() {
                map.entry(first.clone()).or_default().push(words);
            }
        }
        Self(map)
    }
}

fn state_nouns() -> &'static PhraseIndex {
    static I: std::sync::OnceLock<PhraseIndex> = std::sync::OnceLock::new();
    I.get_or_init(|| PhraseIndex::new(words::STATE_NOUNS))
}

fn group_nouns() -> &'static PhraseIndex {
    static I: std::sync::OnceLock<PhraseIndex> = std::sync::OnceLock::new();
    I.get_or_init(|| PhraseIndex::new(words::GROUP_NOUNS))
}

/// The longest phrase of `index` (matched without case) starting at token `i`; its end.
fn noun_at(tokens: &[Token<'_>], i: usize, index: &PhraseIndex) -> Option<usize> {
    let first = tokens.get(i)?;
    index
        .0
        .get(&*first.lower)?
        .iter()
        .filter_map(|words| {
            let end = i + words.len();
            let toks = tokens.get(i..end)?;
            toks.iter().zip(words).all(|(t, w)| t.lower == *w).then_some(end)
        })
        .max()
}

fn group_at(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    noun_at(tokens, i, group_nouns())
}

/// The char boundary of `text` at or before (`up`: at or after) byte `i`, within the text.
fn char_boundary(text: &str, i: usize, up: bool) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        if up {
            i += 1;
        } else {
            i -= 1;
        }
    }
    i
}

/// How far around a hyphened name (in bytes) the text is searched for its parts alone and for
/// its first name.
const NEAR: usize = 4_000;

/// The end of the lower-case words after a name's capitalised start at `i..end` when an
/// acronym in brackets with the name's initial closes them ("Association des chauffeurs
/// autonomes (ACA)"); never across English words ("the", "said").
fn lower_words_to_acronym(tokens: &[Token<'_>], i: usize, end: usize) -> Option<usize> {
    const ENGLISH: &[&str] = &[
        "the", "of", "and", "for", "to", "in", "on", "at", "by", "with", "said", "says", "which", "that", "who", "is",
        "was", "has", "had", "its", "their", "a", "an", "as", "from", "after", "before", "will", "would",
    ];
    // (Past a sentence's capitalised "The".)
    let first = if tokens[i].is("the") { i + 1 } else { i };
    let initial = tokens.get(first).filter(|_| first < end)?.text.chars().next()?;
    // (At least one word of another language's: "des", "de", "l’…", "et", "für".)
    let mut foreign = false;
    let mut k = end;
    while k < end + 9 {
        let t = tokens.get(k)?;
        if t.text == "(" {
            let acronym = tokens.get(k + 1)?;
            let closed = tokens.get(k + 2).is_some_and(|c| c.text == ")");
            let caps = (2..=7).contains(&acronym.text.chars().count())
                && acronym.text.chars().all(|c| c.is_uppercase())
                && acronym.text.starts_with(initial);
            return (closed && caps && k > end && foreign).then_some(k);
        }
        let elided = matches!(t.text, "’" | "'") || ["l'", "d'"].iter().any(|a| t.lower.starts_with(a));
        foreign |= elided
            || words::is_connector(t.text)
            || is_in(words::ROMANCE_CONNECTORS, t.text)
            || ["et", "und", "à", "für", "y", "e", "des", "du"].iter().any(|w| t.is(w));
        let digits = t.text.chars().any(|c| c.is_ascii_digit());
        if !elided && (!t.word || t.capital || digits || ENGLISH.iter().any(|w| t.is(w))) {
            return None;
        }
        k += 1;
    }
    None
}

/// The run of capitalised words (with connectors between them) starting at `i`; empty when
/// token `i` does not start one. Stops before a known name.
fn name_run(tokens: &[Token<'_>], i: usize, hits: &[Hit]) -> Range<usize> {
    let starts_hit = |k: usize| hits.binary_search_by_key(&k, |h| h.start).is_ok();
    // ("Khalil al-Hayya", "Abdel Fattah el-Sisi": an article joined to a capitalised name.)
    // ("Tribunal de Commerce d’Abidjan", "Côte d’Ivoire": an elided article before a name too.)
    let article_before_name = |t: &Token<'_>| {
        ["al-", "el-", "ad-", "as-", "ash-", "at-", "az-", "ar-", "an-", "d’", "d'", "l’", "l'"]
            .iter()
            .any(|p| t.text.strip_prefix(p).is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase)))
    };
    let is_cap = |k: usize| {
        tokens.get(k).is_some_and(|t| t.word && (t.capital || (k > i && article_before_name(t))) && !t.is_possessive())
    };
    // ("C$310 million", "HK$2 billion": a currency's letters, no name.)
    let currency_at =
        |k: usize| tokens.get(k + 1).is_some_and(|n| n.text == "$" && tokens.get(k).is_some_and(|t| n.start == t.end));
    let currency = currency_at(i);
    // ("rates Mongolia B+", "Baa3": a credit rating after a name is no part of it.)
    // (Graded as the agencies grade: "AA-", "B+", "Baa3", "Caa1"; not "A-League", "Airbus A321".)
    let rating = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            let letters = ["AAA", "AA", "A", "BBB", "BB", "B", "CCC", "CC", "C"].contains(&t.text);
            let sign = tokens.get(k + 1).is_some_and(|n| {
                (n.text == "+" || n.text == "-")
                    && n.start == t.end
                    && tokens.get(k + 2).is_none_or(|a| !a.word || a.start > n.end)
            });
            let moody = t.text.len() >= 2
                && t.text.ends_with(['1', '2', '3'])
                && ["Aaa", "Aa", "A", "Baa", "Ba", "B", "Caa", "Ca"].contains(&&t.text[..t.text.len() - 1]);
            (letters && sign) || moody
        })
    };
    if !is_cap(i) || currency || rating(i) {
        return i..i;
    }
    // ("Pan American Health Organization": a demonym inside a body's name, which goes on to
    // the body's word.)
    let demonym_inside = |k: usize| {
        let h = &hits[hits.binary_search_by_key(&k, |h| h.start).ok()?];
        if h.form != Form::Demonym {
            return None;
        }
        let mut e = h.end;
        while is_cap(e) && !starts_hit(e) {
            e += 1;
        }
        (e > h.end && is_in(words::ORG_WORDS, tokens[e - 1].text)).then_some(e)
    };
    let mut end = i + 1;
    loop {
        // ("fined Zipr C$2.5 million": not the currency's letter.)
        if is_cap(end) && !starts_hit(end) && !rating(end) && !currency_at(end) {
            end += 1;
            continue;
        }
        if let Some(e) = demonym_inside(end) {
            end = e;
            continue;
        }
        // A connector (or two: "bin al-") followed by a capitalised word.
        let mut k = end;
        while tokens.get(k).is_some_and(|t| words::is_connector(t.text)) && k < end + 2 {
            k += 1;
        }
        // "General Council of the Judiciary", "Central Bank of the Philippines": "of the" in
        // the name of a body.
        // (Not "International Resources Holding of the United Arab Emirates": of a state.)
        let body =
            || tokens[i..end].iter().any(|t| is_in(words::ORG_WORDS, t.text) || is_in(words::ORG_FIRST_WORDS, t.text));
        // ("Alliance for the Union of Romanians": "for the" too; "National Bank of the Kyrgyz
        // Republic": a state's own body of the state named.)
        let state_body = || is_in(words::ORG_FIRST_WORDS, tokens[end - 1].text);
        // (Only a body's own word before "for": not "Coral Sea Energy for the Purari gas field".)
        let for_body = || {
            tokens[end].is("for")
                && [
                    "Alliance",
                    "Coalition",
                    "Committee",
                    "Office",
                    "Centre",
                    "Center",
                    "Council",
                    "Movement",
                    "Front",
                    "Union",
                    "Party",
                    "Commission",
                    "Agency",
                    "Foundation",
                    "Fund",
                    "Association",
                    "Institute",
                    "Society",
                    "League",
                    "Campaign",
                    "Network",
                    "Organisation",
                    "Organization",
                    // ("Unity for Latvia", "Solidarity for Peru": a party's word.)
                    "Unity",
                    "Solidarity",
                    "Renewal",
                    "Action",
                    // ("U.S. District Court for the Northern District of California".)
                    "Court",
                    "Tribunal",
                    // ("Rally for the Homeland", "Forum for Democratic Change".)
                    "Rally",
                    "Forum",
                    "Initiative",
                    "Platform",
                    "Convergence",
                ]
                .contains(&tokens[end - 1].text)
                // ("National Congress for Timorese Reconstruction"; not "approved by Congress for
                // Ukraine".)
                || (tokens[end - 1].text == "Congress" && end >= i + 2)
        };
        let of_body = || tokens[end].is("of") && body();
        if k == end + 1
            && (of_body() || for_body())
            && tokens.get(k).is_some_and(|t| t.text == "the")
            && (!starts_hit(k + 1) || (tokens[end].is("of") && state_body()))
        {
            k += 1;
        }
        let Some(here) = tokens.get(end) else { break };
        // "Korean Metal Workers’ Union": a plural possessive inside a name.
        if matches!(here.text, "’" | "'") && tokens[end - 1].text.ends_with('s') && is_cap(end + 1) {
            end += 2;
            continue;
        }
        // "Ramon “Monching” Dacanay": a nickname in quotes between a first name and a surname.
        if matches!(here.text, "“" | "\"")
            && is_cap(end + 1)
            && tokens.get(end + 2).is_some_and(|t| matches!(t.text, "”" | "\""))
            && is_cap(end + 3)
            && !starts_hit(end + 3)
        {
            end += 4;
            continue;
        }
        // "National Economic Prosecutor’s Office", "People’s Liberation Army": a possessive of
        // an office or a people inside a name.
        // ("Comptroller General’s Office", "Attorney General’s Office": an officer's title too.)
        let officer = tokens[end - 1].text == "General"
            && end >= 2
            && [
                "Attorney",
                "Comptroller",
                "Auditor",
                "Inspector",
                "Solicitor",
                "Accountant",
                "Procurator",
                "Prosecutor",
            ]
            .contains(&tokens[end - 2].text);
        if here.is_possessive() && (is_in(words::INNER_OWNERS, tokens[end - 1].text) || officer) && is_cap(end + 1) {
            end += 2;
            continue;
        }
        // ("Banco Central de Bolivia", "Petróleos de Venezuela": a Romance connector is always
        // inside a name.)
        let romance = is_in(words::ROMANCE_CONNECTORS, here.text);
        // ("Unity for Latvia": and "for" after a body's or a party's word.)
        let through_hit = here.is("of") || here.text == "-" || here.text == "‑" || romance || for_body();
        // "Kataib Hezbollah": a group's Arabic head word and the known name it goes on with.
        if end == i + 1 && is_in(words::GROUP_NAME_HEADS, tokens[i].text) && is_cap(end) {
            end += 1;
            continue;
        }
        // "Freedom and Direct Democracy party", "Mayors and Independents (STAN)": "and" inside
        // a name only when what follows marks the whole as an organisation.
        // "Ministry of Mines and Energy": and in an "of" phrase of a body's name.
        let first = (i..end).find(|&k| !words::not_a_name(tokens[k].text)).unwrap_or(i);
        let body_of = is_in(words::ORG_FIRST_WORDS, tokens[first].text)
            && tokens[first..end].iter().any(|t| t.is("of") || t.is("for"));
        // (Not "two Russian fishing companies, Severny Trawl and Kolsky Seafood Holding,": names
        // listed after a plural noun and a comma.)
        // (Nor "Cafés del Quindío, Exportadora Andina, Montecafé and Andes Trading": the last
        // two of names listed with commas; but "In London, Competition and Markets Authority".)
        let listed = i >= 2
            && tokens[i - 1].text == ","
            && (words::is_plural_kind_noun(&tokens[i - 2])
                || (i >= 3
                    && tokens[i - 2].word
                    && tokens[i - 2].capital
                    && !words::not_a_name(tokens[i - 2].text)
                    && !hits.iter().any(|h| h.end == i - 1)));
        let and_in_name = here.is("and")
            && !listed
            && (body_of || {
                let mut e = k;
                while is_cap(e) {
                    e += 1;
                    // ("Paper and Pulp Workers’ Union": past a plural's apostrophe.)
                    if matches!(tokens.get(e).map(|t| t.text), Some("’" | "'")) && e > k && is_cap(e + 1) {
                        e += 1;
                    }
                }
                // "Competition and Markets Authority": the run after "and" ends in a body's word.
                // ("Mines and Energy Minister …": two fields of one body.)
                let fields = is_in(words::DOMAIN_WORDS, tokens[end - 1].text)
                    && tokens.get(k).is_some_and(|t| is_in(words::DOMAIN_WORDS, t.text));
                // ("International Longshore and Warehouse Union": two words or more before
                // "and" open the body's name too.)
                // ("Pharmacy and Poisons Board": or one word that is no known name.)
                let opened = (end >= i + 2 || !words::not_a_name(tokens[i].text)) && !starts_hit(end - 1);
                // (Not "Calloway Asset Management and Brightwater Capital": two whole names.)
                // (But "The Petroleum and Natural Gas … Association": one word is no whole name.)
                let whole_before = (is_in(words::ORG_WORDS, tokens[end - 1].text)
                    || is_in(words::COMPANY_LAST_WORDS, tokens[end - 1].text))
                    && end >= first + 2;
                let body_after = e >= k + 2
                    && is_in(words::ORG_WORDS, tokens[e - 1].text)
                    && (is_in(words::DOMAIN_WORDS, tokens[end - 1].text) || opened)
                    && !whole_before;
                let body_after = body_after || fields;
                body_after
                    || tokens.get(e).is_some_and(|t| {
                        t.text == "("
                            || ["party", "alliance", "movement", "coalition", "bloc", "front", "union"]
                                .contains(&t.lower.as_ref())
                    })
            });
        // "Ministry of Agriculture, Fisheries and Food", "Paying Agency for Agriculture,
        // Fisheries and Rural Development": fields listed with commas in a body's name.
        let body_field = || {
            body_of
                || tokens[i..end]
                    .windows(2)
                    .any(|w| (w[1].is("for") || w[1].is("of")) && is_in(words::ORG_WORDS, w[0].text))
        };
        if here.text == "," && is_in(words::DOMAIN_WORDS, tokens[end - 1].text) && body_field() {
            let mut e = end;
            while tokens.get(e).is_some_and(|t| t.text == ",")
                && is_cap(e + 1)
                && is_in(words::DOMAIN_WORDS, tokens[e + 1].text)
                && !starts_hit(e + 1)
            {
                e += 2;
            }
            // (The last field opens the rest of the name: "… and Steel Workers of Peru".)
            let and = e > end && tokens.get(e).is_some_and(|t| t.is("and"));
            if and && is_cap(e + 1) && !starts_hit(e + 1) && is_in(words::DOMAIN_WORDS, tokens[e + 1].text) {
                end = e + 2;
                continue;
            }
        }
        // ("Peace and Security Council": a known name after "and" is part of a body's name.)
        let fields_and_body = here.is("and") && and_in_name && is_in(words::DOMAIN_WORDS, tokens[end - 1].text);
        // ("Foreign ministers Chimwemwe Banda of Malawi and Rehema Kombo of Tanzania": a person's
        // name ends before "of" and a name the gazetteer knows.)
        let person_of =
            here.is("of") && end >= i + 2 && starts_hit(k) && classify(&tokens[i..end]) == ActorKind::Person;
        if k > end
            && is_cap(k)
            && (!starts_hit(k) || through_hit || fields_and_body)
            && (!here.is("and") || and_in_name)
            && !person_of
        {
            // ("Prosecutor’s Office of Bosnia and Herzegovina": a known name after "of" is taken
            // whole, "and" and all.)
            end = hits.iter().find(|h| h.start == k && through_hit).map_or(k + 1, |h| h.end.max(k + 1));
            continue;
        }
        // "Commission nationale de l’informatique et des libertés (CNIL)": a name in a language
        // that writes most of its words in lower case, closed by its acronym.
        if let Some(close) = lower_words_to_acronym(tokens, i, end) {
            end = close;
            break;
        }
        // "Export-Import Bank": a hyphen between capitalised words, without spaces.
        let hyphen = tokens.get(end).is_some_and(|t| t.is_hyphen())
            && tokens
                .get(end + 1)
                .is_some_and(|n| n.start == tokens[end].end && tokens[end - 1].end == tokens[end].start);
        if hyphen && is_cap(end + 1) && !starts_hit(end + 1) {
            end += 2;
            continue;
        }
        break;
    }
    // "the Hai Feng 718", "the Haesung 707": a ship's (or a pipeline's) number closes its name.
    let number = tokens.get(end).is_some_and(|t| {
        (1..=4).contains(&t.text.len())
            && t.text.chars().all(|c| c.is_ascii_digit())
            && tokens.get(end + 1).is_none_or(|n| {
                n.text != "%"
                    && ![
                        "seats",
                        "percent",
                        "per",
                        "million",
                        "billion",
                        "people",
                        "km",
                        "kilometres",
                        "miles",
                        "votes",
                        "years",
                        "days",
                        "members",
                        "tonnes",
                        "barrels",
                        "metres",
                        "dead",
                        "killed",
                    ]
                    .iter()
                    .any(|w| n.is(w))
            })
    });
    // (Not "the Biden 2024 campaign": a year goes on only after a ship's noun.)
    let ship_noun =
        i > 0 && tokens[i - 1].word && !tokens[i - 1].capital && is_in(words::VESSEL_NOUNS, &tokens[i - 1].lower);
    let year = tokens.get(end).and_then(|t| t.text.parse::<u32>().ok()).is_some_and(|y| (1900..=2099).contains(&y));
    let named_thing = i > 0 && ((tokens[i - 1].is("the") && !year) || ship_noun);
    let month = (i..end).any(|k| is_in(words::MONTHS, tokens[k].text.trim_end_matches('.')));
    if number && named_thing && end > i && !month {
        end += 1;
    }
    i..end
}

/// Drops sentence openers and months from the start of a run ("On Tuesday", "The").
fn trim_openers(tokens: &[Token<'_>], run: Range<usize>) -> Range<usize> {
    let mut start = run.start;
    // ("All People’s Congress", "All Progressives Congress": "All" opens a party's name.)
    let party = |k: usize| run.end >= k + 3 && tokens[k].is("all") && is_in(words::ORG_WORDS, tokens[run.end - 1].text);
    // ("the A-League": a letter joined by a hyphen opens a name.)
    let joined = |k: usize| tokens.get(k + 1).is_some_and(|h| h.is_hyphen() && h.start == tokens[k].end);
    // ("Shares of Vardhan Infra fell": a market's word opening a sentence, before "of".)
    if start == 0
        && run.end > 2
        && ["Shares", "Stocks", "Bonds", "Sales", "Profits", "Exports", "Imports"].contains(&tokens[0].text)
        && tokens[1].is("of")
    {
        start = 2;
    }
    while start < run.end && words::not_a_name(tokens[start].text) && !party(start) && !joined(start) {
        start += 1;
    }
    // A run may not start with a connector either.
    while start < run.end && words::is_connector(tokens[start].text) {
        start += 1;
    }
    let mut end = run.end;
    // ("Panel of Experts": a plural after "of" is part of the name.)
    let after_connector = |k: usize| k >= start + 2 && tokens[k - 2].is("of") && tokens[k - 1].text.ends_with('s');
    while end > start && words::not_a_name(tokens[end - 1].text) && !after_connector(end) {
        end -= 1;
    }
    // Nor may it end with one ("Panel of").
    while end > start && words::is_connector(tokens[end - 1].text) {
        end -= 1;
    }
    start..end
}

/// Whether the words at `range` only name a region ("Western", "East African", "Southeast
/// Asian"): region words ending in a region's adjective.
fn regional(tokens: &[Token<'_>], range: Range<usize>) -> bool {
    let Some(last) = range.end.checked_sub(1).and_then(|k| tokens.get(k)) else { return false };
    tokens[range].iter().all(|t| is_in(words::REGION_WORDS, t.text)) && is_in(words::REGION_ADJECTIVES, last.text)
}

fn looks_like_org(tokens: &[Token<'_>]) -> bool {
    !matches!(classify(tokens), ActorKind::Person | ActorKind::Other)
}

/// A short form: two or more letters, all capitals ("ILO", "U.S.", "AFL").
fn short_form(t: &Token<'_>) -> bool {
    t.text.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && t.text.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
}

/// The kind a capitalised run looks like.
pub fn classify(tokens: &[Token<'_>]) -> ActorKind {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else { return ActorKind::Other };
    // ("AFL-CIO": or two joined by a hyphen.)
    let acronym = (tokens.len() == 1 && short_form(first))
        || (tokens.len() == 3 && short_form(first) && tokens[1].is_hyphen() && short_form(last));
    // ("the Asian Games": an event; "Hoshizora Games": a studio.)
    let games = last.text == "Games"
        && tokens.len() >= 2
        && tokens.get(tokens.len() - 2).is_some_and(|t| is_in(words::GAMES_EVENTS, t.text));
    // ("the Hai Feng 718": a ship's number.)
    let numbered = tokens.len() >= 2 && last.text.chars().all(|c| c.is_ascii_digit());
    if games {
        ActorKind::Event
    } else if numbered {
        ActorKind::Other
    } else if is_in(words::ORG_WORDS, last.text)
        || is_in(words::ORG_FIRST_WORDS, first.text)
        || (tokens.len() >= 2
            && (is_in(words::COMPANY_LAST_WORDS, last.text) || is_in(words::COMPANY_FIRST_WORDS, first.text)))
        || is_in(words::GROUP_NAME_HEADS, first.text)
        || acronym
        // ("Independent National Authority for Elections": a body's word before its "for".)
        || tokens.windows(2).any(|w| (w[1].text == "for" || w[1].text == "of") && is_in(words::ORG_WORDS, w[0].text))
    {
        ActorKind::Organization
    } else if is_in(words::PLACE_WORDS, last.text) {
        ActorKind::Place
    } else if is_in(words::EVENT_WORDS, last.text) {
        ActorKind::Event
    } else if is_in(words::DOCUMENT_WORDS, last.text) || (tokens.len() > 1 && is_in(words::VESSEL_PREFIXES, first.text))
    {
        // (And "BRP Datu Malinog", "USS Carl Vinson": a ship.)
        // "Mutual Defense Treaty", "Kids Online Safety Act": a text, not a person.
        ActorKind::Other
    } else if tokens.iter().any(|t| t.text == "of" || t.text == "for" || t.text == "&") {
        ActorKind::Organization
    } else if (2..=4).contains(&tokens.iter().filter(|t| t.word).count()) {
        ActorKind::Person
    } else {
        ActorKind::Other
    }
}

/// Token ranges of names that an acronym in brackets right after them spells out with their
/// initials, connectors counted or not ("Organization for Security and Co-operation in Europe
/// (OSCE)", "U.N. Mission in South Sudan (UNMISS)"), when the name spans two words or more.
fn spelled_by_acronyms(tokens: &[Token<'_>]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for open in 1..tokens.len().saturating_sub(2) {
        let (acronym, close) = (&tokens[open + 1], &tokens[open + 2]);
        if tokens[open].text != "(" || close.text != ")" {
            continue;
        }
        let letters: String = acronym.text.chars().filter(|c| c.is_alphabetic()).collect();
        if letters.len() < 3 || !letters.chars().all(char::is_uppercase) {
            continue;
        }
        let initials = |range: Range<usize>, connectors: bool| -> String {
            tokens[range]
                .iter()
                .filter(|t| t.word && !t.is_possessive())
                .flat_map(|t| {
                    let dotted = t.text.contains('.') && t.text.chars().filter(|c| c.is_alphabetic()).count() <= 3;
                    let letters: Vec<char> = if dotted {
                        t.text.chars().filter(|c| c.is_uppercase()).collect()
                    } else if t.capital && t.text.contains('-') {
                        // ("Movement-in-Opposition": each part.)
                        t.text
                            .split('-')
                            .filter(|p| connectors || p.starts_with(char::is_uppercase))
                            .filter_map(|p| p.chars().next())
                            .flat_map(char::to_uppercase)
                            .collect()
                    } else if t.capital {
                        t.text.chars().next().into_iter().collect()
                    } else if connectors {
                        t.text.chars().next().into_iter().flat_map(char::to_uppercase).collect()
                    } else {
                        Vec::new()
                    };
                    letters
                })
                .collect()
        };
        let small = ["in", "on", "of", "for", "and", "the", "to"];
        let fits = |t: &Token<'_>| {
            (t.word && (t.capital || words::is_connector(t.text) || small.iter().any(|w| t.is(w))))
                || t.is_possessive()
                || t.is_hyphen()
        };
        let mut start = open;
        while start > 0 && open - start < 10 && fits(&tokens[start - 1]) {
            start -= 1;
            if tokens[start].capital
                && open - start >= 2
                && (initials(start..open, false) == letters || initials(start..open, true) == letters)
            {
                // (A body's name only: not "United Arab Emirates (UAE)", "People’s Republic of
                // China (PRC)" or "Andrés Manuel López Obrador (AMLO)", which are no body.)
                let body = tokens[start..open].iter().any(|t| {
                    let head = t.text.split(['-', '‑']).next().unwrap_or("");
                    is_in(words::ORG_WORDS, head) || is_in(words::ORG_FIRST_WORDS, head) || is_in(BODY_HEADS, head)
                });
                // (Not the possessive ending before the bracket: "the East African Community’s
                // (EAC) common market protocol" names the Community.)
                let end = if tokens[open - 1].is_possessive() { open - 1 } else { open };
                if body && end > start {
                    out.push(start..end);
                }
                break;
            }
        }
    }
    out
}

/// Words that make a name spelled by an acronym a body's ("Mission", "Force"), besides
/// `ORG_WORDS` and `ORG_FIRST_WORDS`.
const BODY_HEADS: &[&str] = &[
    "Mission", "Force", "Forces", "Police", "Movement", "Front", "Army", "Guard", "Corps", "Alliance", "Forum",
    "Service",
];

/// The end of a state's name that closes a name run ending at `at` ("Orchard Japan"): the
/// state's plain name, not an abbreviation ("… U.S."), and no capitalised word after it.
fn country_after(tokens: &[Token<'_>], at: usize, hits: &[Hit], gaz: &Gazetteer) -> Option<usize> {
    let h = &hits[hits.binary_search_by_key(&at, |h| h.start).ok()?];
    // (Not "Jim Jordan", "Michael Chad": states that are also people's names.)
    if tokens[h.start..h.end].iter().any(|t| words::STATES_NAMED_LIKE_PEOPLE.contains(&t.text)) {
        return None;
    }
    let state = names_state(&h.referent, gaz);
    let plain_name = h.form == Form::Name && tokens[h.start..h.end].iter().all(|t| !t.text.contains('.'));
    let closes = tokens.get(h.end).is_none_or(|t| !(t.is_hyphen() || t.word && t.capital));
    (state && plain_name && closes).then_some(h.end)
}

fn push_name(text: &str, tokens: &[Token<'_>], run: Range<usize>, kind: ActorKind, weak: bool, out: &mut Vec<Mention>) {
    let span = tokens[run.start].start..tokens[run.end - 1].end;
    // ("the tanker Aegean Dawn": a ship, not a person.)
    let ship = run.start > 0 && {
        let t = &tokens[run.start - 1];
        t.word && !t.capital && is_in(words::VESSEL_NOUNS, &t.lower)
    };
    let kind = if ship && kind == ActorKind::Person { ActorKind::Other } else { kind };
    let mut m = plain(run.clone(), text, span, Referent::Name { kind, weak });
    if tokens.get(run.end).is_some_and(Token::is_possessive) {
        m.possessive = true;
        m.tokens.end += 1;
    }
    out.push(m);
}

/// "Pakistan’s military media wing, Inter-Services Public Relations,", "its owner, Athens-based
/// Halcyon Bulk,": a possessive, a short description, and between commas the name it describes,
/// which is that of the owner.
fn describe_owned(tokens: &[Token<'_>], mentions: &mut [Mention], o: usize, start: usize) {
    let mut k = start;
    // Plain words: not "and", a preposition or a participle ("the bloc’s members fighting in
    // court," is a clause).
    let plain = |t: &Token<'_>| {
        t.word
            && !t.capital
            && !["and", "or", "in", "on", "at", "of", "for", "with", "to", "from", "by"].iter().any(|w| t.is(w))
            && (!t.lower.ends_with("ing") || t.lower.chars().count() <= 5)
    };
    while tokens.get(k).is_some_and(|t| plain(t) || t.text == "-") {
        k += 1;
    }
    let words = tokens[start..k].iter().filter(|t| t.word).count();
    if !(1..=4).contains(&words) || tokens.get(k).is_none_or(|t| t.text != ",") {
        return;
    }
    // Past "the", "a", "state-run", "Athens-based" to the name; past an owner too ("Germany’s
    // Vormark AG"), and a company's noun ("U.S. private equity firm Halcyon Ridge Partners").
    let in_mention = |i: usize| mentions.iter().any(|b| b.tokens.contains(&i));
    let organisation_noun = |t: &Token<'_>| words::is_organisation_noun(&t.lower);
    let named = (0..mentions.len()).find(|&n| {
        let m = &mentions[n];
        // ("main shareholder, businessman Yerlan Abdikarimov": or a person's noun.)
        let described = m.tokens.start > 0
            && (organisation_noun(&tokens[m.tokens.start - 1])
                || (is_in(words::PERSON_NOUNS, &tokens[m.tokens.start - 1].lower)
                    && matches!(m.referent, Referent::Name { kind: ActorKind::Person, .. })));
        n != o
            && m.tokens.start > k
            && m.tokens.start <= k + 6
            && !m.modifier
            && !m.possessive
            && (m.role_of.is_none() || described)
            && tokens.get(m.tokens.end).is_none_or(|t| matches!(t.text, "," | "(" | "." | ";"))
            && matches!(m.referent, Referent::Name { .. } | Referent::Gazetteer(_))
            && (k + 1..m.tokens.start).all(|i| {
                let t = &tokens[i];
                let hyphened = |j: Option<usize>| j.and_then(|j| tokens.get(j)).is_some_and(|n| n.text == "-");
                in_mention(i)
                    || t.is("the")
                    || t.is("a")
                    || t.is("an")
                    || t.text.contains('-')
                    || hyphened(i.checked_sub(1))
                    || hyphened(Some(i + 1))
                    || (described && t.word && !t.capital)
            })
    });
    let Some(n) = named else { return };
    // (Closed by punctuation and no possessive: `named` looked only for such.)
    let person = matches!(mentions[n].referent, Referent::Name { kind: ActorKind::Person, .. });
    if person && mentions[n].title.is_some() {
        return;
    }
    // "second-largest shareholder": hyphens without spaces.
    let label = tokens[start..k].iter().fold(String::new(), |mut acc, t| {
        if !acc.is_empty() && t.text != "-" && !acc.ends_with('-') {
            acc.push(' ');
        }
        acc.push_str(t.text);
        acc
    });
    // ("Her party, the Union for Democratic Renewal,": she is its member.)
    if label == "party" && matches!(mentions[o].referent, Referent::Definite(ActorKind::Person)) {
        mentions[o].tie(n, "member".to_owned());
        return;
    }
    mentions[n].tie(o, label);
}

/// "X-backed Y": the hyphened participle and the relation X has to Y.
const COMPOUND_ACTS: &[(&str, &str)] = &[
    ("backed", "backs"),
    ("supported", "supports"),
    ("funded", "funds"),
    ("financed", "finances"),
    ("sponsored", "sponsors"),
    ("armed", "arms"),
    ("led", "leads"),
    ("owned", "owns"),
    ("controlled", "controls"),
    ("run", "runs"),
    ("brokered", "brokered"),
    ("mediated", "mediated"),
];

/// The end of a description in lower case of the name before the comma at `i - 1`, ending in
/// an organisation's noun and closed by a comma: ", the main opposition party,".
fn described_name(tokens: &[Token<'_>], i: usize, out: &[Mention]) -> Option<usize> {
    let after_name = i >= 2
        && tokens[i - 1].text == ","
        && out.last().is_some_and(|m| {
            m.tokens.end + 1 == i && !m.modifier && !m.possessive && matches!(m.referent, Referent::Name { .. })
        });
    if !after_name || !["the", "a", "an"].iter().any(|d| tokens[i].is(d)) {
        return None;
    }
    let organisation = |t: &Token<'_>| words::is_organisation_noun(&t.lower);
    // (Not "a spokeswoman for the ministry": the noun heads the description.)
    let function_word = |t: &Token<'_>| {
        ["of", "for", "at", "to", "with", "in", "on", "by", "and", "or", "the", "a", "an"].iter().any(|w| t.is(w))
    };
    let words = tokens[i + 1..]
        .iter()
        .take_while(|t| t.word && !t.capital && !t.is_possessive() && !function_word(t))
        .take(4)
        .count();
    let noun = i + words;
    (words >= 1 && organisation(&tokens[noun]) && tokens.get(noun + 1).is_some_and(|t| t.text == ","))
        .then_some(noun + 1)
}

/// The name joined to mention `p` by "and", with its own title perhaps ("Fisheries Minister
/// Nestor Ghiro and Mines Minister Alice Pitakaka").
fn joined_before(tokens: &[Token<'_>], mentions: &[Mention], p: usize) -> Option<usize> {
    // (Past a title's body: "Mines Minister" made "Ministry of Mines", a modifier.)
    let q = (0..p).rev().find(|&q| !mentions[q].modifier)?;
    let between = tokens.get(mentions[q].tokens.end..mentions[p].tokens.start)?;
    let joined = matches!(mentions[q].referent, Referent::Name { .. } | Referent::Known(_) | Referent::Gazetteer(_))
        && between.first().is_some_and(|t| t.is("and"))
        && between[1..].iter().all(|t| t.capital)
        && (between.len() == 1 || mentions[p].title.is_some());
    joined.then_some(q)
}

/// A role's words as a label: in lower case, but an acronym keeps its capitals ("ICT cabinet
/// secretary").
fn role_text(words: &[Token<'_>]) -> String {
    let word = |t: &Token<'_>| {
        if t.text.chars().all(|c| c.is_ascii_uppercase()) { t.text.to_owned() } else { t.lower.to_string() }
    };
    words.iter().map(word).collect::<Vec<_>>().join(" ")
}

/// "Investigators from the European Commission raided …", "Officials from the IMF met …": people
/// from a body act for it; the group only qualifies the body named after "from" or "at".
fn people_from_bodies(tokens: &[Token<'_>], mentions: &mut [Mention], gaz: &Gazetteer) {
    for g in 0..mentions.len().saturating_sub(1) {
        let end = mentions[g].tokens.end;
        let from = tokens.get(end).is_some_and(|t| t.is("from") || t.is("at"));
        let at = end + 1 + usize::from(tokens.get(end + 1).is_some_and(|t| t.is("the")));
        let body = mentions[g + 1].tokens.start == at
            && !mentions[g + 1].possessive
            && !mentions[g + 1].modifier
            && (names_state(&mentions[g + 1].referent, gaz)
                || names_organisation(&mentions[g + 1].referent, gaz, true));
        let people = matches!(mentions[g].referent, Referent::Group)
            && tokens.get(end - 1).is_some_and(|t| is_in(words::PEOPLE_OF_BODIES, &t.lower));
        if from && body && people {
            mentions[g].modifier = true;
        }
    }
}

/// "Foreign ministers Chimwemwe Banda of Malawi and Rehema Kombo of Tanzania signed": each person
/// is of the state named right after, which only qualifies them.
fn persons_of_states(tokens: &[Token<'_>], mentions: &mut [Mention], gaz: &Gazetteer) {
    for p in 0..mentions.len().saturating_sub(1) {
        let end = mentions[p].tokens.end;
        let person = matches!(mentions[p].referent, Referent::Name { kind: ActorKind::Person, .. });
        let of_state = tokens.get(end).is_some_and(|t| t.is("of"))
            && mentions[p + 1].tokens.start == end + 1
            && names_state(&mentions[p + 1].referent, gaz)
            && !mentions[p + 1].possessive;
        if person && of_state && !mentions[p].modifier && !mentions[p].possessive && mentions[p].role_of.is_none() {
            let role = mentions[p].title.clone().unwrap_or_default();
            mentions[p].tie(p + 1, role);
            mentions[p + 1].modifier = true;
        }
    }
}

/// "two Russian fishing companies, Severny Trawl and Kolsky Seafood Holding,": names listed
/// after a demonym's plural description and a comma are each of the state ("fishing company
/// of"), and of the description's kind; the demonym only qualifies them.
fn listed_after_description(tokens: &[Token<'_>], mentions: &mut [Mention], gaz: &Gazetteer) {
    let lower = |k: usize| tokens.get(k).is_some_and(|t| t.word && !t.capital);
    for d in 0..mentions.len() {
        if !mentions[d].modifier || !names_state(&mentions[d].referent, gaz) {
            continue;
        }
        let from = mentions[d].tokens.end;
        let Some(comma) = (from + 1..tokens.len().min(from + 3)).find(|&k| tokens[k].text == ",") else { continue };
        let noun = words::singular(&tokens[comma - 1].lower);
        let kind = words::definite_kind(&noun);
        if !(from..comma).all(lower) || !tokens[comma - 1].lower.ends_with('s') || kind.is_none() {
            continue;
        }
        let mut listed = Vec::new();
        let mut k = comma + 1;
        let mut closed = false;
        while let Some(m) = mentions.iter().position(|m| m.tokens.start == k && !m.modifier && !m.possessive) {
            listed.push(m);
            let end = mentions[m].tokens.end;
            match tokens.get(end).map(|t| t.lower.as_ref()) {
                Some(",") if !closed => k = end + 1,
                Some("and") if !closed => {
                    k = end + 1;
                    closed = true;
                }
                _ => break,
            }
        }
        if listed.len() < 2 || !closed {
            continue;
        }
        let role = words::singular(&tokens[from..comma].iter().map(|t| t.lower.as_ref()).collect::<Vec<_>>().join(" "));
        for &m in &listed {
            mentions[m].tie(d, role.clone());
            if let (
                Some(ActorKind::Organization),
                Referent::Name { kind: kind @ (ActorKind::Person | ActorKind::Other), .. },
            ) = (kind, &mut mentions[m].referent)
                && mentions[m].title.is_none()
            {
                *kind = ActorKind::Organization;
            }
        }
    }
}

/// Prepositions before "both sides" that make it a place or an agent, not an actor acted on.
const PLACE_OR_AGENT_PREPOSITIONS: &[&str] =
    &["on", "by", "from", "of", "in", "at", "across", "between", "among", "for", "with", "to"];

/// "Kalahari Gem, a joint venture between the government and Canadian miner Northstar
/// Diamonds,", "Nam Phak Power is a joint venture of …": each partner named after "between" or
/// "of" is a partner in the venture named before the comma or "is" (and the partners are not
/// said to cooperate with each other).
fn joint_ventures(tokens: &[Token<'_>], mentions: &mut [Mention]) {
    for v in 0..mentions.len() {
        if mentions[v].modifier || mentions[v].possessive {
            continue;
        }
        let Some(prep) = words::joint_venture_after(tokens, mentions[v].tokens.end) else { continue };
        // The partners: up to the clause's end, split at "and" and commas outside brackets; in
        // each part the last name outside brackets ("the state-owned Nigerian National Petroleum
        // Company (NNPC)", "Indian conglomerate Varman Industries").
        let from = prep + 1;
        let mut depth = 0usize;
        let mut end = from;
        // (A comma goes on to another partner when a name follows it, "of Siam Delta, South
        // Korea’s Hanul Power and the Lao government"; otherwise it closes the list.)
        // (But after "and" the last partner is named: "of A and B, the Lao government said".)
        let listed = |k: usize| tokens.get(k + 1).is_some_and(|t| (t.word && t.capital) || t.is("the"));
        let mut and_seen = false;
        while let Some(t) = tokens.get(end) {
            match t.text {
                "(" => depth += 1,
                ")" => depth = depth.saturating_sub(1),
                "." | ";" if depth == 0 => break,
                "," if depth == 0 && (and_seen || !listed(end)) => break,
                _ if depth == 0 && t.is("and") => and_seen = true,
                _ => {}
            }
            end += 1;
        }
        let bracketed = |m: &Mention| {
            (from..m.tokens.start).filter(|&i| tokens[i].text == "(").count()
                > (from..m.tokens.start).filter(|&i| tokens[i].text == ")").count()
        };
        let mut partners = Vec::new();
        let mut part = from;
        for cut in (from..=end).filter(|&i| i == end || tokens[i].is("and") || tokens[i].text == ",") {
            let head = (0..mentions.len()).rev().find(|&p| {
                let m = &mentions[p];
                m.tokens.start >= part && m.tokens.end <= cut && !m.modifier && !m.possessive && !bracketed(m)
            });
            partners.extend(head);
            part = cut + 1;
        }
        if partners.len() >= 2 {
            // (Not also "a joint venture of" the first partner: the venture is each one's.)
            let of_partner = |tie: &(usize, String)| partners.contains(&tie.0) && tie.1.contains("venture");
            if mentions[v].role_of.as_ref().is_some_and(of_partner) {
                mentions[v].role_of = None;
            }
            mentions[v].also.retain(|tie| !of_partner(tie));
            for p in partners {
                mentions[p].tie(v, "partner in".to_owned());
            }
            // (A venture is no person, whatever its name looks like.)
            if let Referent::Name { kind: kind @ (ActorKind::Person | ActorKind::Other), .. } =
                &mut mentions[v].referent
                && mentions[v].title.is_none()
            {
                *kind = ActorKind::Organization;
            }
        }
    }
}

/// Past the words that qualify a description's noun from `k`: hyphened compounds in lower case
/// ("state-backed"; not "Shenzhen-listed") and a few adjectives
/// ("former", "fellow"). `k` itself when there are none.
fn described_from(tokens: &[Token<'_>], mut k: usize) -> usize {
    let lower = |k: usize| tokens.get(k).is_some_and(|t| t.word && !t.capital);
    for _ in 0..2 {
        let hyphened = lower(k) && tokens[k].text.contains(['-', '‑']);
        if !hyphened && !tokens.get(k).is_some_and(|t| is_in(words::DESCRIPTION_ADJECTIVES, t.text)) {
            break;
        }
        k += 1;
    }
    k
}

/// Whether ", a growers’ association in …," follows `end`: an indefinite description whose noun
/// (past a few lower-case words and plural possessives) is a body's or a company's.
fn described_as_body(tokens: &[Token<'_>], end: usize) -> bool {
    let indefinite = tokens.get(end + 1).is_some_and(|t| t.is("a") || t.is("an"));
    if tokens.get(end).is_none_or(|t| t.text != ",") || !indefinite {
        return false;
    }
    let closer = |t: &Token<'_>| {
        matches!(t.text, "," | "." | ";" | "(") || ["in", "based", "from", "that", "which"].iter().any(|w| t.is(w))
    };
    let mut k = end + 2;
    while let Some(t) = tokens.get(k).filter(|_| k < end + 8) {
        let apostrophe = matches!(t.text, "’" | "'") && k > end + 2 && tokens[k - 1].lower.ends_with('s');
        let lower = t.word && !t.capital;
        if !(lower || apostrophe || t.is_hyphen()) {
            return false;
        }
        let noun = words::is_organisation_noun(&t.lower) || is_in(words::COMPANY_NOUNS, &t.lower);
        if noun && tokens.get(k + 1).is_some_and(closer) {
            return true;
        }
        if ends_description(t) {
            return false;
        }
        k += 1;
    }
    false
}

/// Words a description's noun cannot lie beyond: a clause's, a verb's or a preposition's ("an
/// official in the ministry" is no ministry).
fn ends_description(t: &Token<'_>) -> bool {
    [
        "who", "which", "that", "and", "said", "says", "is", "was", "has", "had", "of", "for", "with", "to", "at",
        "on", "by", "in", "from", "the", "near", "inside", "under", "within",
    ]
    .iter()
    .any(|w| t.is(w))
}

/// Completes the ties between mentions once all mentions of the sentence are known:
/// appositions ("Mary Barra, chief executive of General Motors," / "Sergei Lavrov, Russia’s
/// foreign minister," / "Viasna, a Belarusian human rights group,") and organs before a name
/// ("India’s Adani Group", "the Polish daily Gazeta Wyborcza").
pub fn complete_appositions(tokens: &[Token<'_>], mentions: &mut [Mention], gaz: &Gazetteer, headline: bool) {
    // "Dignidad Cafetera, a growers’ association in Huila province,": a name described as a body
    // is no person's, whatever it looks like.
    for m in mentions.iter_mut() {
        if m.title.is_some() || !described_as_body(tokens, m.tokens.end) {
            continue;
        }
        if let Referent::Name { kind: kind @ (ActorKind::Person | ActorKind::Other), .. } = &mut m.referent {
            *kind = ActorKind::Organization;
        }
    }
    // "Visayan Skylink said it would appeal", "… said its profit fell": "it" and "its" stand for
    // no person, so a name of no title they follow is an organisation's. (Not "said it was too
    // early", "said it would be hard": an "it" of no one.)
    for m in mentions.iter_mut() {
        let end = m.tokens.end;
        let said = tokens.get(end).is_some_and(|t| t.is("said") || t.is("says"));
        let its = tokens.get(end + 1).is_some_and(|t| t.is("its"));
        let it_acts = tokens.get(end + 1).is_some_and(|t| t.is("it"))
            && tokens.get(end + 2).is_some_and(|t| ["would", "will", "had", "has", "could"].iter().any(|w| t.is(w)))
            && tokens.get(end + 3).is_some_and(|t| t.word && !t.is("be") && !t.is("been") && !t.is("not"));
        if said
            && (its || it_acts)
            && m.title.is_none()
            && !m.possessive
            && let Referent::Name { kind: kind @ ActorKind::Person, .. } = &mut m.referent
        {
            *kind = ActorKind::Organization;
            m.no_person = true;
        }
    }
    // "Egyptian and Qatari mediators": the first demonym stands for its state too.
    for d in 0..mentions.len().saturating_sub(1) {
        let (first, second) = (&mentions[d], &mentions[d + 1]);
        let joined = tokens.get(first.tokens.end).is_some_and(|t| t.is("and") || t.text == ",")
            && second.tokens.start == first.tokens.end + 1;
        if first.modifier
            && joined
            && !second.modifier
            && second.tokens.len() > 1
            && matches!(second.referent, Referent::Gazetteer(_))
            && matches!(first.referent, Referent::Gazetteer(_))
        {
            mentions[d].modifier = false;
        }
    }
    // "Haedong’s chief executive, Park Ji-hoon": organ, role, comma, name. (Not "Paul Kabuswe,
    // Zambia’s mines minister, hands …", where the role is an apposition of the name before.)
    for o in 0..mentions.len() {
        let start = mentions[o].tokens.start;
        let apposed = start > 0
            && tokens[start - 1].text == ","
            && !tokens[start].is("whose")
            && mentions.iter().any(|m| m.tokens.end + 1 == start && !m.modifier);
        // ("Pakistan’s military media wing": a state noun took "military" into the mention.)
        // ("The U.N. special envoy for Syria, Ana Lucía Ferrer,": an organisation's modifier.)
        let org_modifier = mentions[o].modifier
            && !mentions[o].possessive
            && names_organisation(&mentions[o].referent, gaz, true)
            && role_after_modifiers(tokens, mentions[o].tokens.end, gaz).is_some();
        let owner_end = if mentions[o].possessive || org_modifier {
            Some(mentions[o].tokens.end)
        } else {
            (start..mentions[o].tokens.end).find(|&k| tokens[k].is_possessive()).map(|k| k + 1)
        };
        if apposed {
            continue;
        }
        // ("sentenced a French citizen, Théo Lemaire,": a demonym's description, comma, name.)
        // (A person's noun only: "an Israeli hostage, Noa Argamani," is no "hostage of Israel",
        // "a Chinese company, X," no company of the state's.)
        let people_noun = |t: &Token<'_>| {
            is_in(words::PERSON_NOUNS, &t.lower) || ["citizen", "national", "resident"].iter().any(|w| t.is(w))
        };
        let state = names_state(&mentions[o].referent, gaz)
            && tokens.get(mentions[o].tokens.end).is_some_and(people_noun)
            && tokens.get(mentions[o].tokens.end + 1).is_some_and(|t| t.text == ",");
        if mentions[o].modifier && state && start > 0 && (tokens[start - 1].is("a") || tokens[start - 1].is("an")) {
            describe_owned(tokens, mentions, o, mentions[o].tokens.end);
            continue;
        }
        let Some(owner_end) = owner_end else { continue };
        if !mentions[o].possessive && !org_modifier {
            describe_owned(tokens, mentions, o, owner_end);
            continue;
        }
        let Some((role, mut after)) = role_after_modifiers(tokens, mentions[o].tokens.end, gaz) else {
            describe_owned(tokens, mentions, o, owner_end);
            continue;
        };
        // "Vietnam’s Minister of Industry and Trade, Tran Quoc Hung", "Uganda’s state minister for
        // international affairs, Grace Nankabirwa Ssali": past the ministry's field.
        if tokens.get(after).is_some_and(|t| t.is("of") || t.is("for")) {
            // (Words only, up to the comma: "for international affairs,".)
            let comma = (after + 2..tokens.len().min(after + 8)).find(|&k| tokens[k].text == ",");
            // (A field, no clause: not "minister for trade resigned in March, Ruto announced".)
            let field = |k: &usize| {
                let t = &tokens[*k];
                let verb = !t.capital && (t.lower.ends_with("ed") || words::is_in(words::CLAUSE_WORDS, &t.lower));
                (t.word && !t.is_possessive() && !verb) || t.text == "&"
            };
            // (Not a state the role is for: "special envoy for Syria,", below.)
            let for_state = tokens[after].is("for")
                && comma.is_some_and(|c| {
                    mentions.iter().any(|m| {
                        m.tokens.start == after + 1 && m.tokens.end == c && names_state(&m.referent, gaz) && !m.modifier
                    })
                });
            if let Some(comma) = comma.filter(|&c| c <= after + 6 && (after + 1..c).all(|k| field(&k)) && !for_state) {
                after = comma;
            }
        }
        let role_end = after;
        // "Poland’s envoy to Belarus, Jan Kowalski,": past where the role is held.
        // ("The U.N. special envoy for Syria, Ana Lucía Ferrer,": past what the role is for.)
        let mut posted = None;
        let mut post = None;
        if tokens.get(after).is_some_and(|t| t.is("to") || t.is("in") || t.is("for")) {
            let from = after + 1 + usize::from(tokens.get(after + 1).is_some_and(|t| t.is("the")));
            if let Some(d) = mentions.iter().position(|m| m.tokens.start == from && !m.possessive && !m.modifier)
                && tokens.get(mentions[d].tokens.end).is_some_and(|t| t.text == ",")
            {
                posted = (!tokens[after].is("for")).then(|| (d, tokens[after].lower.as_ref()));
                post = Some(d);
                after = mentions[d].tokens.end;
            }
        }
        if role.class == RoleClass::Honorific || tokens.get(after).is_none_or(|t| t.text != ",") {
            describe_owned(tokens, mentions, o, owner_end);
            continue;
        }
        let role_words = &tokens[mentions[o].tokens.end..role_end];
        // (An acronym keeps its capitals: "ICT cabinet secretary".)
        let role_name = role_text(role_words);
        let near = |m: &Mention| m.tokens.start > after && m.tokens.start <= after + 4 && m.role_of.is_none();
        if let Some(p) = mentions.iter().position(near)
            && matches!(mentions[p].referent, Referent::Name { kind: ActorKind::Person | ActorKind::Other, .. })
        {
            // (The title's words are no name of their own: "ICT Cabinet Secretary".)
            let (from, to) = (mentions[o].tokens.end, role_end);
            for q in mentions.iter_mut().filter(|q| q.tokens.start >= from && q.tokens.end <= to) {
                q.modifier = true;
            }
            mentions[p].role_of = Some((o, role_name.clone()));
            mentions[p].title = Some(role.name.clone());
            if let Some((d, prep)) = posted {
                mentions[p].tie(d, format!("{role_name} {prep}"));
            }
            // (Where the role is held does not act beside its holder: not "Belarus met
            // Lukashenko" in "Poland’s envoy to Belarus, Jan Kowalski, met Lukashenko".)
            if let Some(d) = post {
                mentions[d].modifier = true;
            }
        }
    }
    let lower_word = |t: &Token<'_>| t.word && !t.capital;
    // "Togo Debout, of which DR is a member,": the name after "of which" belongs to the one
    // before.
    for p in 0..mentions.len() {
        let start = mentions[p].tokens.start;
        let of_which = start >= 4
            && tokens[start - 3].text == ","
            && tokens[start - 2].is("of")
            && (tokens[start - 1].is("which") || tokens[start - 1].is("whom"));
        if !of_which || mentions[p].modifier || mentions[p].role_of.is_some() {
            continue;
        }
        // (Or the short form in brackets after it: "the European Free Trade Association (EFTA), of
        // which", the same actor.)
        // (Or past its noun: "The Oneworld alliance, of which".)
        let noun_after = |m: &Mention| {
            let gap = &tokens[m.tokens.end.min(start - 3)..start - 3];
            (1..=2).contains(&gap.len())
                && gap.iter().all(lower_word)
                && gap.last().is_some_and(|t| words::is_organisation_noun(&t.lower))
        };
        let before = |m: &Mention| {
            m.tokens.end + 3 == start
                || (m.tokens.end + 4 == start && tokens[m.tokens.end].text == ")")
                || (m.tokens.end < start && noun_after(m))
        };
        let Some(o) = mentions.iter().rposition(|m| before(m) && !m.modifier) else { continue };
        let mut k = mentions[p].tokens.end;
        // ("of which Kazakhstan and Turkey are both members": each one joined.)
        let mut members = vec![p];
        while tokens.get(k).is_some_and(|t| t.is("and") || t.text == ",")
            && let Some(q) = mentions.iter().position(|m| m.tokens.start == k + 1 && !m.modifier && !m.possessive)
        {
            members.push(q);
            k = mentions[q].tokens.end;
        }
        if !tokens.get(k).is_some_and(|t| ["is", "was", "are", "were", "remains"].iter().any(|w| t.is(w))) {
            continue;
        }
        k += 1;
        // (Past an adverb too: "of which Finland is now part", "is also a member".)
        while tokens.get(k).is_some_and(|t| {
            ["a", "an", "the", "its", "their", "also", "now", "still", "already", "both", "all"].iter().any(|w| t.is(w))
        }) {
            k += 1;
        }
        let noun = (k..(k + 3).min(tokens.len())).take_while(|&i| lower_word(&tokens[i])).last();
        let closes = noun.is_some_and(|n| tokens.get(n + 1).is_none_or(|t| matches!(t.text, "," | "." | ";")));
        if let Some(n) = noun.filter(|&n| closes && is_in(words::MEMBER_NOUNS, &tokens[n].lower)) {
            let role = tokens[k..=n].iter().map(|t| t.text).collect::<Vec<_>>().join(" ");
            for m in members {
                mentions[m].tie(o, words::singular(&role));
            }
        }
    }
    // "Micronesia is one of eight members of the PNA", "Romania, a Black Sea member of the
    // European Union,", "Kazakhstan and Turkey are both members of the OTS": members of it.
    for p in 0..mentions.len() {
        if mentions[p].modifier || mentions[p].possessive {
            continue;
        }
        let k = mentions[p].tokens.end;
        let copula = tokens.get(k).is_some_and(|t| ["is", "are", "was", "were", "remains"].iter().any(|w| t.is(w)));
        let apposed =
            tokens.get(k).is_some_and(|t| t.text == ",") && tokens.get(k + 1).is_some_and(|t| t.is("a") || t.is("an"));
        let from = if copula {
            k + 1
        } else if apposed {
            k + 2
        } else {
            continue;
        };
        // (Nor "is not a member of NATO", "is no longer a member".)
        let stop = |t: &Token<'_>| {
            !t.word
                || [
                    "who", "which", "that", "and", "said", "says", "of", "in", "to", "for", "not", "no", "never",
                    "longer",
                ]
                .iter()
                .any(|w| t.is(w))
        };
        let Some(at) = (from..tokens.len().min(from + 6)).find(|&i| {
            (tokens[i].is("member") || tokens[i].is("members")) && tokens.get(i + 1).is_some_and(|t| t.is("of"))
        }) else {
            continue;
        };
        // ("one of eight members of": past the count.)
        let one_of = tokens[from].is("one")
            && tokens.get(from + 1).is_some_and(|t| t.is("of"))
            && tokens.get(from + 2).is_some_and(|t| t.word && !t.capital);
        let uninterrupted = (from..at).all(|i| !stop(&tokens[i]) || (one_of && i == from + 1));
        if !uninterrupted {
            continue;
        }
        let target_at = at + 2 + usize::from(tokens.get(at + 2).is_some_and(|t| t.is("the")));
        // (A definite starts at its "the": "a member of the alliance".)
        let Some(o) =
            mentions.iter().position(|m| (m.tokens.start == target_at || m.tokens.start == at + 2) && !m.modifier)
        else {
            continue;
        };
        // ("a member of Moraru’s Social Democratic Party": the owned party.)
        let o = if mentions[o].possessive {
            match mentions.iter().position(|m| m.tokens.start == mentions[o].tokens.end && !m.modifier) {
                Some(owned) => owned,
                None => continue,
            }
        } else {
            o
        };
        if o == p
            || mentions[p].also.iter().any(|(t, _)| *t == o)
            || mentions[p].role_of.as_ref().is_some_and(|(t, _)| *t == o)
        {
            continue;
        }
        let joined = if copula { joined_before(tokens, mentions, p) } else { None };
        for m in std::iter::once(p).chain(joined) {
            mentions[m].tie(o, "member".to_owned());
        }
    }
    // "SkyTeam, whose members include Korean Air and Delta Air Lines": each is a member.
    for o in 0..mentions.len() {
        // (Past its noun: "the rival SkyTeam group, whose members".)
        let mut k = mentions[o].tokens.end;
        let noun = (k..(k + 2).min(tokens.len())).take_while(|&i| lower_word(&tokens[i])).last();
        if let Some(n) = noun.filter(|&n| words::is_organisation_noun(&tokens[n].lower)) {
            k = n + 1;
        }
        let whose = tokens.get(k).is_some_and(|t| t.text == ",")
            && tokens.get(k + 1).is_some_and(|t| t.is("whose"))
            && tokens.get(k + 2).is_some_and(|t| t.is("members") || t.is("shareholders"))
            && tokens.get(k + 3).is_some_and(|t| ["include", "includes", "included", "are"].iter().any(|w| t.is(w)));
        if !whose || mentions[o].modifier || mentions[o].possessive {
            continue;
        }
        let role = words::singular(&tokens[k + 2].lower);
        let mut at = k + 4;
        while let Some(m) = mentions
            .iter()
            .position(|m| m.tokens.start == at + usize::from(tokens.get(at).is_some_and(|t| t.is("the"))))
        {
            if mentions[m].possessive || mentions[m].modifier {
                break;
            }
            mentions[m].tie(o, role.clone());
            at = mentions[m].tokens.end;
            // (Past ", " and "and": "Iberia, Finnair and Qatar Airways".)
            let joins = |i: usize| tokens.get(i).is_some_and(|t| t.text == "," || t.is("and"));
            if !joins(at) {
                break;
            }
            at += 1 + usize::from(joins(at + 1));
            if at >= tokens.len() {
                break;
            }
        }
    }
    // "Fisheries Minister Nestor Ghiro and Mines Minister Alice Pitakaka, both of the Kadere
    // Party,": members of it, beside their titles.
    for p in 0..mentions.len() {
        let k = mentions[p].tokens.end;
        let both_of = tokens.get(k).is_some_and(|t| t.text == ",")
            && tokens.get(k + 1).is_some_and(|t| t.is("both"))
            && tokens.get(k + 2).is_some_and(|t| t.is("of"));
        let Some(q) = joined_before(tokens, mentions, p).filter(|_| both_of) else { continue };
        let from = k + 3 + usize::from(tokens.get(k + 3).is_some_and(|t| t.is("the")));
        if let Some(o) = mentions.iter().position(|m| m.tokens.start == from && !m.modifier) {
            for m in [p, q] {
                mentions[m].tie(o, "member".to_owned());
            }
        }
    }
    for p in 0..mentions.len() {
        let named = &mentions[p];
        let is_name = matches!(named.referent, Referent::Name { .. } | Referent::Known(_) | Referent::Gazetteer(_));
        // ("Her deputy, Mateo Sandoval, a Colombian national,": a name with a role already may
        // still be described by a demonym's noun, below.)
        let had_role = named.role_of.is_some();
        if !is_name || named.possessive || named.modifier {
            continue;
        }
        let is_person = matches!(named.referent, Referent::Name { kind: ActorKind::Person, .. } | Referent::Known(_));
        let mut k = named.tokens.end;
        // ("the Nepal Electricity Authority (NEA), Nepal’s state utility,": past the acronym.)
        if tokens.get(k).is_some_and(|t| t.text == "(")
            && tokens.get(k + 2).is_some_and(|t| t.text == ")")
            && tokens.get(k + 3).is_some_and(|t| t.text == ",")
        {
            k += 3;
        }
        // ", the bank’s governor," or "is a senior fellow at …": an apposition, or a copula
        // with its article.
        // ("Australia is Papua New Guinea’s largest aid donor": or with an owner.)
        let copula = tokens.get(k).is_some_and(|t| ["is", "was", "became", "remains"].iter().any(|w| t.is(w)))
            && tokens.get(k + 1).is_some_and(|t| {
                ["a", "an", "the"].iter().any(|w| t.is(w))
                    || mentions.iter().any(|m| m.tokens.start == k + 1 && m.possessive)
            });
        // "Niger and Mali are both members of the AES": a plural, both of them.
        let plural = tokens.get(k).is_some_and(|t| t.is("are") || t.is("were"))
            && tokens.get(k + 1).is_some_and(|t| t.is("both") || t.is("all"))
            && tokens.get(k + 2).is_some_and(|t| lower_word(t) && t.lower.ends_with('s'));
        // "Maria Silva was elected president of the Workers’ Party", "was appointed chief
        // executive of", "became governor of": an office given to a person.
        let given = is_person
            .then(|| {
                let mut g = k;
                if tokens.get(g).is_some_and(|t| ["was", "is", "has", "had", "were"].iter().any(|w| t.is(w))) {
                    g += 1;
                    if tokens.get(g).is_some_and(|t| t.is("been")) {
                        g += 1;
                    }
                    let verb = tokens.get(g).filter(|t| {
                        ["elected", "appointed", "named", "re-elected", "reappointed", "made", "sworn"]
                            .iter()
                            .any(|w| t.is(w))
                    })?;
                    g += 1;
                    if verb.is("sworn") && tokens.get(g).is_some_and(|t| t.is("in")) {
                        g += 1;
                    }
                } else if tokens.get(g).is_some_and(|t| t.is("became")) {
                    g += 1;
                } else {
                    return None;
                }
                if tokens.get(g).is_some_and(|t| t.is("as")) {
                    g += 1;
                }
                role_after_modifiers(tokens, g, gaz).is_some().then_some(g)
            })
            .flatten();
        if let Some(g) = given {
            k = g - 1;
        }
        if tokens.get(k).is_none_or(|t| t.text != ",") && !copula && !plural && given.is_none() {
            continue;
        }
        k += 1;
        if plural {
            k += 1;
        }

        // ", one of Gavi’s largest donors,": one of several, described the same way.
        if tokens.get(k).is_some_and(|t| t.is("one")) && tokens.get(k + 1).is_some_and(|t| t.is("of")) {
            k += 2;
        }
        while tokens.get(k).is_some_and(|t| t.is("the") || t.is("a") || t.is("an") || t.is("its") || t.is("another")) {
            k += 1;
        }
        // ", a state-backed Emirati port operator,", ", a former Russian diplomat,": past
        // the words that qualify the demonym's noun.
        let qualified = described_from(tokens, k);
        let state_at = |k: usize| {
            mentions.iter().any(|m| m.tokens.start == k && m.modifier && matches!(m.referent, Referent::Gazetteer(_)))
        };
        if qualified > k && state_at(qualified) {
            k = qualified;
        }
        // "Russia’s foreign minister": organ first; or a demonym ("the Belarusian leader"); or
        // "the bloc’s foreign policy chief", whose mention starts at "the".
        // "Russia’s state shipping group", "the Belarusian state airline": a state noun too.
        // (Or one that took its noun in: ", a Russian diplomat,".)
        let state_noun = |m: &Mention| {
            matches!(m.referent, Referent::Gazetteer(_))
                && (tokens.get(m.tokens.end).is_some_and(&lower_word)
                    || tokens.get(m.tokens.end - 1).is_some_and(|t| lower_word(t) && !t.is_possessive()))
        };
        // (Not a region's adjective: "BEUC, the European consumer organisation," is of no one.)
        // (Nor "the East African regional bloc".)
        let regional = |m: &Mention| matches!(m.referent, Referent::Name { .. }) && regional(tokens, m.tokens.clone());
        let organ_first = mentions.iter().position(|m| {
            (m.tokens.start == k || m.tokens.start + 1 == k)
                && m.tokens.end > k
                && (m.possessive || m.modifier || state_noun(m))
                && !regional(m)
        });
        if let Some(o) = organ_first {
            k = mentions[o].tokens.end;
        }
        // ", a Christian Democratic Union (CDU) lawmaker,": an organisation's name before the
        // role, with its acronym perhaps.
        let body_role = (organ_first.is_none() && is_person && !had_role)
            .then(|| {
                let from = described_from(tokens, k);
                // (A whole name: not "the Conservative shadow foreign secretary".)
                let b = mentions.iter().position(|m| {
                    m.tokens.start == from
                        && !m.possessive
                        && names_organisation(&m.referent, gaz, true)
                        && (m.tokens.len() >= 2 || matches!(m.referent, Referent::Gazetteer(_)))
                })?;
                let mut end = mentions[b].tokens.end;
                if tokens.get(end).is_some_and(|t| t.text == "(") && tokens.get(end + 2).is_some_and(|t| t.text == ")")
                {
                    end += 3;
                }
                let (role, after) = role_after_modifiers(tokens, end, gaz)?;
                let closes =
                    tokens.get(after).is_none_or(|t| matches!(t.text, "," | "." | ";") || t.is("who") || t.is("and"));
                (closes && role.class != RoleClass::Honorific).then(|| (b, role.name.clone(), end, after))
            })
            .flatten();
        // ("Tamakoshi Jalvidyut Company, an NEA subsidiary,": a company's own company.)
        let owned_by = (organ_first.is_none() && !is_person && !had_role && !names_state(&mentions[p].referent, gaz))
            .then(|| {
                let from = described_from(tokens, k);
                let b = mentions.iter().position(|m| {
                    m.tokens.start == from && !m.possessive && names_organisation(&m.referent, gaz, true)
                })?;
                let role =
                    tokens.get(mentions[b].tokens.end).filter(|t| is_in(words::OWNED_COMPANY_ROLES, &t.lower))?;
                let closes = tokens
                    .get(mentions[b].tokens.end + 1)
                    .is_none_or(|t| matches!(t.text, "," | "." | ";") || t.is("which") || t.is("that"));
                closes.then(|| (b, role.lower.to_string()))
            })
            .flatten();
        if let Some((b, role)) = owned_by {
            mentions[p].role_of = Some((b, role));
            continue;
        }
        if let Some((b, title, end, after)) = body_role {
            let role_name = role_text(&tokens[end..after]);
            mentions[p].role_of = Some((b, role_name));
            mentions[p].title = Some(title);
            continue;
        }
        if let Some((role, mut after)) = role_after_modifiers(tokens, k, gaz).filter(|_| is_person && !had_role) {
            // "Asim Munir, a State Department spokeswoman said": the speaker, not an apposition.
            let speaker = tokens.get(after).is_some_and(|t| words::SPEECH_VERBS.iter().any(|w| t.is(w)));
            if role.class == RoleClass::Honorific || speaker {
                continue;
            }
            // ("Ruth Castell, Asia director at Human Rights Watch": a region only says where; the
            // body comes after "at".)
            let region = organ_first.is_some_and(|o| {
                matches!(mentions[o].referent, Referent::Gazetteer(g) if gaz.entries.get(g).is_some_and(|e| e.kind == ActorKind::Place))
            });
            let mut organ = organ_first.filter(|_| !region);
            if tokens.get(after).is_some_and(|t| t.is("of") || t.is("at") || t.is("to") || t.is("for")) {
                after += 1;
                // ("a spokeswoman for the ministry": "the ministry" starts at "the".)
                let from = after;
                if tokens.get(after).is_some_and(|t| t.is("the")) {
                    after += 1;
                }
                // "leader of the populist ANO movement": past a modifier or two.
                // ("a spokesman for Deng’s SPLM-IO": the body the owner's possessive names.)
                organ = organ.or_else(|| {
                    let first = mentions.iter().position(|m| m.tokens.start >= from && m.tokens.start <= after + 2)?;
                    let owned = mentions.iter().position(|m| {
                        mentions[first].possessive && m.tokens.start == mentions[first].tokens.end && !m.possessive
                    });
                    // ("secretary-general of the Russia-led CSTO": the body the compound qualifies.)
                    let end = mentions[first].tokens.end;
                    let compound = tokens.get(end).is_some_and(|t| t.is_hyphen())
                        && tokens.get(end + 1).is_some_and(|t| COMPOUND_ACTS.iter().any(|(w, _)| t.is(w)));
                    let qualified = compound
                        .then(|| mentions.iter().position(|m| m.tokens.start == end + 2 && !m.modifier))
                        .flatten();
                    Some(owned.or(qualified).unwrap_or(first))
                });
            }
            if let Some(o) = organ.filter(|&o| o != p) {
                mentions[p].role_of = Some((o, role.name.clone()));
                mentions[p].title = Some(role.name.clone());
            }
            continue;
        }
        // "Andrzej Poczobut, a correspondent for the Polish daily Gazeta Wyborcza,": a
        // description ending in a preposition, then the actor it relates to.
        let joined_before = joined_before(tokens, mentions, p).filter(|&q| mentions[q].role_of.is_none());
        // (A name with a role already takes only a demonym's description, below.)
        if had_role && !organ_first.is_some_and(|o| mentions[o].modifier) {
            continue;
        }
        if organ_first.is_none() {
            let is_prep = |t: &Token<'_>| ["of", "for", "at", "to", "with"].iter().any(|p| t.is(p));
            let mut words: Vec<&Token<'_>> = Vec::new();
            for t in tokens[k..].iter().take_while(|t| lower_word(t)).take(5) {
                words.push(t);
                if is_prep(t) {
                    break;
                }
            }
            // (Not ", according to …", ", citing …": a participle opens no description; nor do
            // "said one of …" or a count: ", one of six Permanent Participants".)
            let opener = &words.first().map_or("", |w| w.lower.as_ref());
            // (Nor a verb: "…Committee, wrote to the Department".)
            let verb = opener.ends_with("ed")
                || [
                    "wrote", "sent", "met", "gave", "took", "made", "went", "came", "held", "spoke", "led", "left",
                    "sought", "won", "lost", "struck", "told", "said",
                ]
                .contains(opener);
            // (Nor a clause: "The envoy, Dmitry Kovalyov, was given 72 hours to", "whose members
            // ship most of", "had filed the complaint with".)
            let relative = ["who", "which", "that"].iter().any(|w| words.first().is_some_and(|f| f.is(w)));
            let clause = !relative
                && words.iter().any(|w| {
                    ["was", "were", "is", "are", "has", "had", "have", "been", "whose", "would", "will", "could"]
                        .iter()
                        .any(|v| w.is(v))
                });
            let no_description = opener.ends_with("ing")
                || verb
                || clause
                || [
                    "said", "says", "told", "added", "one", "two", "three", "four", "five", "six", "some", "many",
                    "most", "all", "each", "both", "none", "last", "first", "only", "next", "latest", "and", "or",
                    "but",
                ]
                .contains(opener);
            let prep = words.last().filter(|t| is_prep(t)).filter(|_| !no_description);
            if let Some(prep) = prep.filter(|_| words.len() >= 2) {
                let mut after = k + words.len();
                if tokens.get(after).is_some_and(|t| t.is("the")) {
                    after += 1;
                }
                // Skip a demonym or possessive on the way ("the Polish daily …"); "the bureau"
                // starts at "the".
                let from = if after > 0 && tokens[after - 1].is("the") { after - 1 } else { after };
                let target = mentions
                    .iter()
                    .enumerate()
                    .filter(|(i, m)| *i != p && m.tokens.start >= from && m.tokens.start <= after + 3 && !m.modifier)
                    .map(|(i, _)| i)
                    .next();
                // "a unit of India’s Adani Group": the owned, not its owner.
                // (But "the largest donor to WFP’s operation in South Sudan": a place of what
                // is owned is no actor owned.)
                let target = target.map(|t| {
                    let owner_end = mentions[t].tokens.end;
                    let owned = mentions.iter().position(|m| {
                        (owner_end..=owner_end + 3).contains(&m.tokens.start)
                            && tokens[owner_end..m.tokens.start].iter().all(|t| {
                                lower_word(t) && !["in", "on", "near", "at", "to", "of"].iter().any(|p| t.is(p))
                            })
                    });
                    owned.filter(|_| mentions[t].possessive).unwrap_or(t)
                });
                // ("a unit of U.S. investor Crestline Power": the name the state's noun goes on to.)
                let target = target.map(|t| {
                    let end = mentions[t].tokens.end;
                    let named = mentions.iter().position(|m| {
                        (end + 1..=end + 2).contains(&m.tokens.start)
                            && tokens[end..m.tokens.start].iter().all(|t| {
                                lower_word(t)
                                    && ![
                                        "in", "on", "into", "its", "their", "his", "her", "the", "a", "an", "of", "to",
                                        "with", "for", "and", "at", "from", "by", "or",
                                    ]
                                    .iter()
                                    .any(|w| t.is(w))
                            })
                            && !m.modifier
                            && !m.possessive
                    });
                    named.filter(|_| names_state(&mentions[t].referent, gaz) && !mentions[t].possessive).unwrap_or(t)
                });
                if let Some(t) = target {
                    // "China, which has close ties with Pakistan": the clause without "which".
                    let relative = ["who", "which", "that"].iter().any(|w| words[0].is(w));
                    let from = usize::from(relative);
                    let mut label = words[from..words.len() - 1].iter().map(|t| t.text).collect::<Vec<_>>().join(" ");
                    // ("are both members of": each one a member.)
                    if plural {
                        label = words::singular(&label);
                    }
                    let role = format!("{label} {}", prep.text);
                    if let Some(q) = joined_before.filter(|_| plural) {
                        mentions[q].role_of = Some((t, role.clone()));
                    }
                    mentions[p].role_of = Some((t, role));
                }
            }
            continue;
        }
        // "Viasna, a Belarusian human rights group,": a description of the organ's.
        let Some(o) = organ_first.filter(|&o| o != p) else { continue };
        // ("SQM’s largest shareholder with a 22% stake": what follows the preposition qualifies
        // the description.)
        // (Not "an Iranian student detained in France": a participle's clause.)
        let qualifier = |t: &Token<'_>| ["with", "by", "since", "in", "at"].iter().any(|w| t.is(w));
        // (", a Russian diplomat,": the state's noun, taken into its mention, is the description.)
        let noun = |i: &usize| lower_word(&tokens[*i]) && !tokens[*i].is_possessive();
        let owned = tokens[mentions[o].tokens.clone()].iter().any(Token::is_possessive);
        // (", Mongolia’s parliament,": an owned noun taken in is the description when nothing
        // follows it.)
        let closed = tokens.get(k).is_none_or(|t| matches!(t.text, "," | "." | ";" | ")"));
        let k = if mentions[o].modifier || (owned && !closed) || !matches!(mentions[o].referent, Referent::Gazetteer(_))
        {
            k
        } else {
            mentions[o].tokens.clone().rev().take_while(noun).last().unwrap_or(k)
        };
        // ("Australia is Papua New Guinea’s largest aid donor and signed …": a verb after "and"
        // opens a new clause.)
        let and_verb = |i: usize| {
            tokens.get(i).is_some_and(|t| t.is("and"))
                && tokens.get(i + 1).is_some_and(|t| {
                    lower_word(t)
                        && ((t.lower.ends_with("ed") && t.lower.len() > 4)
                            || words::IRREGULAR_PASTS.contains(&t.lower.as_ref())
                            || ["is", "was", "has", "had", "will", "would", "says", "said"].contains(&t.lower.as_ref()))
                })
        };
        // ("China, Cambodia’s biggest investor and closest ally,": two descriptions joined.)
        let mut words: Vec<&Token<'_>> = tokens[k..]
            .iter()
            .enumerate()
            .take_while(|&(i, t)| lower_word(t) && !qualifier(t) && !and_verb(k + i))
            .map(|(_, t)| t)
            .take(7)
            .collect();
        // (", a Greek company that runs the field,": the description ends at its relative clause.)
        if let Some(r) = words.iter().skip(1).position(|w| ["that", "which", "who"].iter().any(|x| w.is(x))) {
            words.truncate(r + 1);
        }
        let joined_descriptions = words.iter().any(|w| w.is("and"));
        if !joined_descriptions {
            words.truncate(5);
        }
        // ", a Japanese maker of motors for hybrid cars,": the noun before its complement.
        let complement = words.iter().position(|t| t.is("of") || t.is("for")).filter(|&c| {
            (1..=3).contains(&c) && words[..c].iter().all(|w| !w.lower.ends_with("ed") && !w.lower.ends_with("ing"))
        });
        if let Some(c) = complement.filter(|_| mentions[o].modifier) {
            words.truncate(c);
        }
        let complemented = complement.is_some() && mentions[o].modifier;
        // ("In a statement to Reuters, the Kremlin said nothing": a verb opens no description.)
        // ("Asim Munir, a State Department spokeswoman said": nor a speaker.)
        let verb = words.first().is_some_and(|w| {
            ["has", "had", "have", "is", "was", "were", "are", "will", "would", "did"].contains(&w.lower.as_ref())
        }) || words.iter().any(|w| words::SPEECH_VERBS.contains(&w.lower.as_ref()));
        if verb {
            words.clear();
        }
        let participle = words.last().is_some_and(|w| w.lower.ends_with("ed"));
        let closes = complemented
            || tokens.get(k + words.len()).is_none_or(|t| {
                matches!(t.text, "," | "." | ";" | ")")
                    || ["that", "which", "who"].iter().any(|w| t.is(w))
                    || (qualifier(t) && !participle)
            })
            || and_verb(k + words.len());
        let short =
            words.len() <= 4 || (joined_descriptions && words.len() <= 6 && words.last().is_some_and(|w| !w.is("and")));
        // ("Karin Lindqvist, a Swede,": a state's people's noun alone: a national.)
        if words.is_empty()
            && is_person
            && mentions[o].modifier
            && names_state(&mentions[o].referent, gaz)
            && tokens.get(mentions[o].tokens.end).is_some_and(|t| matches!(t.text, "," | "." | ";") || t.is("who"))
            && mentions[o]
                .tokens
                .start
                .checked_sub(1)
                .and_then(|k| tokens.get(k))
                .is_some_and(|t| t.is("a") || t.is("an"))
        {
            mentions[p].tie(o, "national".to_owned());
            continue;
        }
        if !words.is_empty() && short && closes {
            // ("the Peruvian navy’s yard": the possessive joined to its word.)
            let label = words.iter().fold(String::new(), |mut label, t| {
                if !label.is_empty() && !t.text.starts_with(['’', '\'']) {
                    label.push(' ');
                }
                label.push_str(t.text);
                label
            });
            // "Rosneft and Lukoil, Russia’s two biggest oil producers,": both of them.
            let joined = |q: &Mention| {
                q.role_of.is_none()
                    && matches!(q.referent, Referent::Name { .. } | Referent::Known(_) | Referent::Gazetteer(_))
                    && matches!(&tokens[q.tokens.end..mentions[p].tokens.start], [t] if t.is("and") || t.text == ",")
            };
            if p > 0 && joined(&mentions[p - 1]) {
                mentions[p - 1].tie(o, label.clone());
            }
            // ("the Armenian unit of Russia’s Gazprom": of Gazprom too, the owned past its owner.)
            let of_at = k + words.len();
            let of_whom = (complemented && tokens[of_at].is("of"))
                .then(|| {
                    let from = of_at + 1 + usize::from(tokens.get(of_at + 1).is_some_and(|t| t.is("the")));
                    let at = |start: usize| mentions.iter().position(|m| m.tokens.start == start && !m.modifier);
                    let first = at(from)?;
                    if mentions[first].possessive { at(mentions[first].tokens.end) } else { Some(first) }
                })
                .flatten()
                .filter(|&w| w != p && w != o);
            mentions[p].tie(o, label.clone());
            // ("Kalliope Shipmanagement, a Greek company,": what the description calls it.)
            let body = words.last().is_some_and(|w| {
                words::is_organisation_noun(&w.lower) || is_in(words::COMPANY_NOUNS, &w.lower) || w.is("coalition")
            });
            if body
                && !complemented
                && let Referent::Name { kind: kind @ (ActorKind::Person | ActorKind::Other), .. } =
                    &mut mentions[p].referent
            {
                *kind = ActorKind::Organization;
            }
            if let Some(w) = of_whom {
                mentions[p].tie(w, label);
            }
        }
    }
    // "Petr Fiala’s centre-right Spolu alliance": the person leads the party.
    for o in 0..mentions.len() {
        // (Or a surname alone, whose kind is not known yet: "Moraru’s Social Democratic Party".)
        let surname = mentions[o].tokens.len() == 2
            && matches!(mentions[o].referent, Referent::Name { kind: ActorKind::Other, .. });
        let person = surname
            || matches!(
                mentions[o].referent,
                Referent::Name { kind: ActorKind::Person, .. }
                    | Referent::Known(_)
                    | Referent::Definite(ActorKind::Person)
            );
        if headline || !mentions[o].possessive || !person {
            continue;
        }
        let Some(n) = mentions.iter().position(|m| m.tokens.start >= mentions[o].tokens.end) else { continue };
        let between = &tokens[mentions[o].tokens.end..mentions[n].tokens.start];
        let short = between.len() <= 4 && between.iter().all(|t| lower_word(t) || t.text == "-");
        // ("Movement-in-Opposition": the first word of a hyphened one.)
        let party_word = |t: &Token<'_>| {
            let head = t.lower.split(['-', '‑']).next().unwrap_or("");
            ["party", "alliance", "movement", "coalition", "bloc", "front", "forum", "platform", "congress"]
                .contains(&head)
        };
        // ("Kalniņa’s centre-right Unity for Latvia": or a politics' adjective before it.)
        let political = between.iter().any(|t| {
            [
                "centre-right",
                "center-right",
                "centre-left",
                "center-left",
                "far-right",
                "far-left",
                "right-wing",
                "left-wing",
                "ruling",
                "conservative",
                "liberal",
                "nationalist",
                "populist",
                "socialist",
                "leftist",
            ]
            .contains(&t.lower.as_ref())
                // ("Munteanu’s pro-Western Alliance for Progress".)
                || t.lower.starts_with("pro-")
                || t.lower.starts_with("anti-")
        });
        let party = tokens.get(mentions[n].tokens.end).is_some_and(party_word)
            || tokens[mentions[n].tokens.clone()].last().is_some_and(party_word)
            // ("Munteanu’s Alliance for Progress": a name that opens with a party's word.)
            || (tokens[mentions[n].tokens.clone()].first().is_some_and(party_word) && mentions[n].tokens.len() >= 3)
            || (political && names_organisation(&mentions[n].referent, gaz, false));
        // ("Babiš’s Agrofert conglomerate": the person owns the company.)
        let company = tokens.get(mentions[n].tokens.end).is_some_and(|t| is_in(words::OWNED_COMPANY_NOUNS, &t.lower));
        if short && company && !party && matches!(mentions[n].referent, Referent::Name { .. }) {
            mentions[o].tie(n, "owner".to_owned());
            if let Referent::Name { kind, .. } = &mut mentions[n].referent {
                *kind = ActorKind::Organization;
            }
            continue;
        }
        if short && party && matches!(mentions[n].referent, Referent::Name { .. } | Referent::Gazetteer(_)) {
            // ("Czech Prime Minister Petr Fiala’s … alliance": a second tie beside the title's.)
            mentions[o].tie(n, "leader".to_owned());
            // ("Draganov’s Civic Unity bloc": the party, whatever its name looks like.)
            if let Referent::Name { kind, .. } = &mut mentions[n].referent {
                *kind = ActorKind::Organization;
            }
        }
    }
    // "India’s Adani Group", "the Polish daily Gazeta Wyborcza": the organ before a name.
    // Not in headlines, whose lower-case words are often verbs ("Kenyan court suspends Adani").
    for o in 0..mentions.len() {
        let organ = &mentions[o];
        // ("The bank’s Monetary Policy Committee": an organisation named by its noun too.)
        // (Or "whose" after one: "Brazil, whose state-owned …".)
        let named =
            |r: &Referent| matches!(r, Referent::Gazetteer(_) | Referent::Name { kind: ActorKind::Organization, .. });
        let institution = named(&organ.referent)
            || (organ.possessive && matches!(organ.referent, Referent::Definite(ActorKind::Organization)))
            || matches!(organ.referent, Referent::SameAs(k) if mentions.get(k).is_some_and(|m| named(&m.referent)));
        let Some(n) = mentions.iter().position(|m| m.tokens.start >= organ.tokens.end) else { continue };
        // (Not "The Belarusian leader met Putin": the demonym is inside a role's reference.)
        let inside = mentions
            .iter()
            .enumerate()
            .any(|(q, m)| q != o && m.tokens.start <= organ.tokens.start && m.tokens.end > organ.tokens.end);
        if inside {
            continue;
        }
        let mut between = &tokens[organ.tokens.end..mentions[n].tokens.start];
        // "a Tunisian club, Étoile du Sahel,": the name after a comma, closed by another.
        let company_noun = |t: &Token<'_>| words::COMPANY_NOUNS.contains(&t.lower.as_ref());
        if let [description @ .., comma] = between
            && comma.text == ","
            && description.last().is_some_and(company_noun)
            && organ.tokens.start > 0
            && ["a", "an", "the"].iter().any(|d| tokens[organ.tokens.start - 1].is(d))
            && tokens.get(mentions[n].tokens.end).is_none_or(|t| matches!(t.text, "," | "." | ";"))
        {
            between = description;
        }
        // (Only right before the name: not "the league’s decision angered Pruitt"; but "the
        // company’s unit Orchard Japan".)
        // ("its tanker Aegean Dawn": and a company's ship.)
        let company_role = organ.possessive
            && matches!(between, [noun] if is_in(words::OWNED_COMPANY_ROLES, &noun.lower) || is_in(words::VESSEL_NOUNS, &noun.lower));
        if matches!(organ.referent, Referent::Definite(_)) && !between.is_empty() && !company_role {
            continue;
        }
        // (Not "Vantor Energy’s takeover of Nordlys": a preposition makes it an act.)
        // (Nor "A Downing Street spokesperson said the Department …": a clause; nor "A
        // Vietnamese court jailed Anna Berg": a verb.)
        let plain_words = between.len() <= 3
            && between.iter().all(|t| {
                lower_word(t)
                    && !((t.lower.ends_with("ed") && t.lower.len() > 4 && !t.text.contains('-'))
                        || words::IRREGULAR_PASTS.contains(&t.lower.as_ref()))
                    && ![
                        "and", "or", "but", "of", "for", "in", "on", "to", "by", "with", "at", "said", "says", "told",
                        "added", "the", "a", "an", "that",
                    ]
                    .iter()
                    .any(|w| t.is(w))
            });
        // "U.S. energy group Vantor Energy", "U.S. online retailer Amazon": a state's name
        // before a company noun works as its demonym.
        let state_name = names_state(&organ.referent, gaz)
            && !between.is_empty()
            && between.last().is_some_and(|t| words::COMPANY_NOUNS.contains(&t.lower.as_ref()))
            && matches!(mentions[n].referent, Referent::Name { .. });
        // ("Vindhya’s subsidiary Koderma Mica Exports": a company's own company, whatever the
        // owner's name looked like where it stands.)
        let owned_company = company_role && matches!(mentions[n].referent, Referent::Name { .. });
        if headline || !(organ.possessive || organ.modifier || state_name) || !(institution || owned_company) {
            continue;
        }
        let target = &mentions[n];
        // "Israel’s Mossad", "the EU’s General Court": a state's (or a union's) own body that
        // the gazetteer knows.
        let entry = |r: &Referent| match r {
            Referent::Gazetteer(g) => gaz.entries.get(*g),
            _ => None,
        };
        let organ_is_state = entry(&organ.referent)
            .is_some_and(|e| e.kind == ActorKind::State || (e.international && e.kind == ActorKind::Organization));
        let own_body = organ_is_state
            && entry(&target.referent).is_some_and(|e| e.kind == ActorKind::Organization && !e.international);
        // "Alphabet’s Google": a company's own company.
        let company = |r: &Referent| entry(r).is_some_and(|e| e.kind == ActorKind::Organization && !e.international);
        // (Not "Microsoft’s OpenAI stake": the name qualifies a noun.)
        let stands_alone = tokens.get(target.tokens.end).is_none_or(|t| {
            !t.word
                || t.capital
                || t.lower.ends_with("ed")
                || ["was", "is", "has", "had", "said", "says", "will", "would", "and", "which", "who", "in", "on", "at"]
                    .contains(&t.lower.as_ref())
        });
        let own_body =
            own_body || (company(&organ.referent) && company(&target.referent) && between.is_empty() && stands_alone);
        if plain_words && target.title.is_none() && (matches!(target.referent, Referent::Name { .. }) || own_body) {
            let label = between.iter().map(|t| t.text).collect::<Vec<_>>().join(" ");
            // ("the Greek carrier Aegean Blue": what the noun says it is, an organisation.)
            if between.last().is_some_and(company_noun)
                && let Referent::Name { kind, .. } = &mut mentions[n].referent
            {
                *kind = ActorKind::Organization;
            }
            if state_name {
                mentions[o].modifier = true;
            }
            mentions[n].tie(o, label);
        }
    }
    // "International Resources Holding of the United Arab Emirates": an organisation of a state.
    for n in 0..mentions.len() {
        let org = names_organisation(&mentions[n].referent, gaz, false);
        let mut k = mentions[n].tokens.end;
        if !org || mentions[n].role_of.is_some() || tokens.get(k).is_none_or(|t| !t.is("of")) {
            continue;
        }
        k += 1;
        if tokens.get(k).is_some_and(|t| t.is("the")) {
            k += 1;
        }
        let state = mentions.iter().position(|m| m.tokens.start == k && !m.possessive && names_state(&m.referent, gaz));
        if let Some(s) = state {
            mentions[n].role_of = Some((s, String::new()));
        }
    }
    // "Eyal Dagan of the National Security Council", "Rodrigo Salvatierra of the centre-right
    // Alianza Cruceña": a person of a body.
    for n in 0..mentions.len() {
        let person = matches!(mentions[n].referent, Referent::Name { kind: ActorKind::Person, weak: false });
        let mut k = mentions[n].tokens.end;
        if !person
            || mentions[n].possessive
            || mentions[n].role_of.is_some()
            || tokens.get(k).is_none_or(|t| !t.is("of"))
        {
            continue;
        }
        k += 1;
        if tokens.get(k).is_some_and(|t| t.is("the")) {
            k += 1;
        }
        // (Only a few adjectives: not "Maria Lopez of the opposition said the Electoral
        // Commission …".)
        let adjective = |t: &Token<'_>| {
            t.is_hyphen()
                || (t.word
                    && !t.capital
                    && !t.lower.ends_with("ed")
                    && !["the", "a", "an", "and", "or", "said", "says", "told", "which", "who", "that"]
                        .iter()
                        .any(|w| t.is(w))
                    && (!t.lower.ends_with("ing") || t.is("ruling") || t.is("governing")))
        };
        while k < mentions[n].tokens.end + 6 && tokens.get(k).is_some_and(adjective) {
            k += 1;
        }
        let body = mentions
            .iter()
            .position(|m| m.tokens.start == k && !m.modifier && names_organisation(&m.referent, gaz, true));
        if let Some(b) = body {
            mentions[n].role_of = Some((b, String::new()));
        }
    }
    // "Athens-based Halcyon Bulk", "Cameroon-flagged Kestrel Star", "Mauritius-registered Indian
    // Ocean Telecom": where the actor is based, flagged, registered or listed.
    for b in 0..mentions.len() {
        let end = mentions[b].tokens.end;
        let Some(label) = tokens
            .get(end + 1)
            .filter(|_| tokens.get(end).is_some_and(|t| t.is_hyphen()))
            .and_then(|t| words::PLACED.iter().find(|(w, _)| t.is(w)))
            .map(|&(_, label)| label.to_owned())
        else {
            continue;
        };
        // (A known organisation too: "the Luxembourg-based EPPO", "London-based Reuters"; and
        // past the company's noun, "Kenya-based investment firm Rift Capital".)
        let mut at = end + 2;
        while at < end + 5 && tokens.get(at).is_some_and(|t| t.word && !t.capital && !t.is("and") && !t.is("of")) {
            at += 1;
        }
        let described = at > end + 2 && words::is_organisation_noun(&tokens[at - 1].lower);
        // ("A Kyrgyz-registered cargo airline, Aral Sky Cargo,": the name after the comma.)
        let at = if described { at + usize::from(tokens.get(at).is_some_and(|t| t.text == ",")) } else { end + 2 };
        // ("Sabin Vaccine Institute, a U.S.-based non-profit,": the name the description is of.)
        let start = mentions[b].tokens.start;
        let described_before = || {
            let article = start.checked_sub(1).filter(|&k| ["a", "an", "the"].iter().any(|d| tokens[k].is(d)))?;
            let comma = article.checked_sub(1).filter(|&k| tokens[k].text == ",")?;
            mentions.iter().position(|m| m.tokens.end == comma && !m.possessive && !m.modifier)
        };
        let named = mentions.iter().position(|m| m.tokens.start == at).or_else(described_before);
        if let Some(n) = named.filter(|&n| n != b)
            && (matches!(mentions[n].referent, Referent::Name { .. })
                || names_organisation(&mentions[n].referent, gaz, true))
        {
            if mentions[n].role_of.is_none() {
                mentions[n].role_of = Some((b, label));
            } else {
                mentions[n].also.push((b, label));
            }
        }
    }
    // "Corvina Tankers, which is registered in the Marshall Islands,", "Vantor is based in
    // Houston": where the actor is based, said with a verb; or in a description, "Cerulean
    // Systems, a company based in Cyprus", "Falcon, a logistics firm registered in the UAE".
    for n in 0..mentions.len() {
        let mut k = mentions[n].tokens.end;
        let comma = tokens.get(k).is_some_and(|t| t.text == ",");
        let is = |t: &Token<'_>| t.is("is") || t.is("was");
        if comma && tokens.get(k + 1).is_some_and(|t| t.is("which")) && tokens.get(k + 2).is_some_and(is) {
            k += 2;
        } else if comma && tokens.get(k + 1).is_some_and(|t| t.is("a") || t.is("an")) {
            let mut at = k + 2;
            let placed = |t: &Token<'_>| words::PLACED.iter().any(|(w, _)| t.is(w));
            while at < k + 6
                && tokens.get(at).is_some_and(|t| t.word && !t.capital && !t.is("and") && !t.is("of") && !placed(t))
            {
                at += 1;
            }
            // (Stands where "is" would: the check below reads the word after it.)
            if at > k + 2 && words::is_organisation_noun(&tokens[at - 1].lower) {
                k = at - 1;
            } else {
                continue;
            }
        } else if !tokens.get(k).is_some_and(is) {
            continue;
        }
        let Some(label) = tokens
            .get(k + 1)
            .and_then(|t| words::PLACED.iter().find(|(w, _)| t.is(w)))
            .map(|&(_, label)| label.to_owned())
        else {
            continue;
        };
        if !tokens.get(k + 2).is_some_and(|t| t.is("in")) {
            continue;
        }
        let from = k + 3 + usize::from(tokens.get(k + 3).is_some_and(|t| t.is("the")));
        let Some(d) = mentions.iter().position(|m| m.tokens.start == from && !m.possessive) else { continue };
        let named = matches!(mentions[n].referent, Referent::Name { .. })
            || names_organisation(&mentions[n].referent, gaz, true);
        if named && d != n && !mentions[n].possessive {
            mentions[n].tie(d, label);
        }
    }
    // "the Rwanda-backed M23 rebels", "the Saudi-led Arab Coalition", "Iran-backed Houthis": the first
    // one backs, leads or owns the second.
    for b in 0..mentions.len() {
        let end = mentions[b].tokens.end;
        let Some(verb) = tokens
            .get(end + 1)
            .filter(|_| tokens.get(end).is_some_and(|t| t.is_hyphen()))
            .and_then(|t| COMPOUND_ACTS.iter().find(|(w, _)| t.is(w)))
        else {
            continue;
        };
        // (Not a people's adjective that names no state: "the Kurdish-led Syrian Democratic
        // Forces" are not led by an actor "Kurdish".)
        let people = matches!(mentions[b].referent, Referent::Name { .. })
            && !mentions[b].surface.contains(' ')
            && ["ish", "ian", "ese", "ean"].iter().any(|x| mentions[b].surface.ends_with(x));
        if people {
            continue;
        }
        // Past "M23" in "Rwanda-backed M23 rebels" or straight to "Houthis".
        if let Some(n) = mentions.iter().position(|m| m.tokens.start == end + 2)
            && mentions[n].done_by.is_none()
            && !mentions[n].modifier
        {
            mentions[n].done_by = Some((b, verb.1.to_owned()));
            continue;
        }
        // ("Saraya al-Thaar, an Iran-backed militia,": the name the description is of.)
        let start = mentions[b].tokens.start;
        let described =
            start >= 2 && ["a", "an", "the"].iter().any(|d| tokens[start - 1].is(d)) && tokens[start - 2].text == ",";
        if let Some(n) = mentions.iter().position(|m| described && m.tokens.end + 2 == start)
            && mentions[n].done_by.is_none()
            && !mentions[n].modifier
            && !mentions[n].possessive
        {
            mentions[n].done_by = Some((b, verb.1.to_owned()));
        }
    }
    // "Odebrecht, the Brazilian group": the description is the name before it. So is "Renamo,
    // the main opposition party," (closed by a comma), and the name is an organisation's.
    for d in 1..mentions.len() {
        let start = mentions[d].tokens.start;
        let closed = tokens.get(mentions[d].tokens.end).is_some_and(|t| t.text == ",");
        let described = matches!(mentions[d].referent, Referent::Definite(ActorKind::Organization))
            && (mentions[d].role_of.is_some() || (closed && !headline))
            && start > 0
            && tokens[start - 1].text == ",";
        if !described {
            continue;
        }
        let head = (0..d).rev().find(|&h| {
            mentions[h].tokens.end + 1 == start
                && !mentions[h].modifier
                && matches!(mentions[h].referent, Referent::Name { .. } | Referent::Gazetteer(_) | Referent::Known(_))
        });
        if let Some(h) = head {
            mentions[d].referent = Referent::SameAs(h);
            if let Referent::Name { kind, weak } = &mut mentions[h].referent {
                *weak = false;
                if *kind == ActorKind::Other || (*kind == ActorKind::Person && mentions[h].title.is_none()) {
                    *kind = ActorKind::Organization;
                }
            }
        }
    }
    joint_ventures(tokens, mentions);
    people_from_bodies(tokens, mentions, gaz);
    listed_after_description(tokens, mentions, gaz);
    persons_of_states(tokens, mentions, gaz);
    // "Sovcomflot, Russia’s state shipping group,": a lone word opening a sentence is a name
    // when the text goes on to say what it is.
    if !headline {
        for m in mentions.iter_mut().filter(|m| m.role_of.is_some()) {
            if let Referent::Name { weak, .. } = &mut m.referent {
                *weak = false;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::gazetteer::builtin;
    use crate::extract::tokens::tokenize;

    fn mentions(text: &str) -> Vec<(String, Referent, bool, Option<String>)> {
        let gaz = builtin();
        let tokens = tokenize(text, 0, text.len());
        let hits = crate::extract::hits_in(text, &tokens, gaz, None);
        let mut found = find(text, &tokens, &hits, gaz, false);
        complete_appositions(&tokens, &mut found, gaz, false);
        found
            .iter()
            .map(|m| {
                let role = m.role_of.as_ref().map(|(o, r)| format!("{r} of {}", found[*o].surface));
                (m.surface.clone(), m.referent.clone(), m.possessive, role)
            })
            .collect()
    }

    fn names(text: &str) -> Vec<String> {
        mentions(text).into_iter().map(|m| m.0).collect()
    }

    #[test]
    fn titles_tie_people_to_states_and_people() {
        let m = mentions("Russian President Vladimir Putin met Trump’s envoy John Coale and U.S. envoy Keith Kellogg.");
        let roles: Vec<(String, Option<String>)> = m.into_iter().map(|m| (m.0, m.3)).collect();
        assert!(roles.contains(&("Vladimir Putin".into(), Some("President of Russian".into()))), "{roles:?}");
        assert!(roles.contains(&("John Coale".into(), Some("envoy of Trump".into()))), "{roles:?}");
        assert!(roles.contains(&("Keith Kellogg".into(), Some("envoy of U.S.".into()))), "{roles:?}");
    }

    #[test]
    fn appositions_tie_people_to_organisations() {
        let m = mentions(
            "Mary Barra, chief executive of General Motors, met Sergei Lavrov, Russia’s foreign minister, in Paris.",
        );
        let roles: Vec<Option<String>> = m.into_iter().map(|m| m.3).collect();
        assert!(roles.contains(&Some("chief executive of General Motors".into())), "{roles:?}");
        assert!(roles.contains(&Some("Foreign Minister of Russia".into())), "{roles:?}");
    }

    #[test]
    fn demonyms_count_only_before_roles_and_state_nouns() {
        let m = mentions("Ukrainian forces shelled Russian oil depots.");
        assert_eq!(m.len(), 2);
        assert!(matches!(m[0].1, Referent::Gazetteer(_)) && m[0].0 == "Ukrainian");
        assert_eq!(names("Belarusian political prisoners were freed."), ["Belarusian political prisoners"]);
    }

    #[test]
    fn role_references_without_a_name() {
        let m = mentions("Trump thanked the Belarusian leader.");
        assert!(matches!(m.last().map(|m| &m.1), Some(Referent::RoleRef { organ: Some(_), .. })), "{m:?}");
        assert_eq!(m.last().map(|m| m.0.as_str()), Some("the Belarusian leader"));
    }

    #[test]
    fn runs_skip_openers_and_keep_connectors() {
        assert_eq!(names("On Tuesday the Bank of England raised rates."), ["Bank of England"]);
        assert_eq!(names("The Ministry of Foreign Affairs said so."), ["Ministry of Foreign Affairs"]);
        assert_eq!(names("Trump and Putin met."), ["Trump", "Putin"]);
    }

    #[test]
    fn classify_guesses_kinds() {
        let kind = |s: &str| classify(&tokenize(s, 0, s.len()));
        assert_eq!(kind("Bank of England"), ActorKind::Organization);
        assert_eq!(kind("Keith Kellogg"), ActorKind::Person);
        assert_eq!(kind("Black Sea"), ActorKind::Place);
        assert_eq!(kind("Munich Security Conference"), ActorKind::Event);
        assert_eq!(kind("NABU"), ActorKind::Organization);
        assert_eq!(kind("Alaska"), ActorKind::Other);
        // Ships are not people.
        assert_eq!(kind("BRP Datu Malinog"), ActorKind::Other);
        assert_eq!(kind("USS Carl Vinson"), ActorKind::Other);
        // Lists and texts are not people either.
        assert_eq!(kind("Entity List"), ActorKind::Other);
        // A forum is a body; games are a company's unless a sport's.
        assert_eq!(kind("Mobile Content Forum"), ActorKind::Organization);
        assert_eq!(kind("Hoshizora Games"), ActorKind::Organization);
        assert_eq!(kind("Asian Games"), ActorKind::Event);
        // A body for an event is a body.
        assert_eq!(kind("Independent National Authority for Elections"), ActorKind::Organization);
        assert_eq!(kind("Presidential Elections"), ActorKind::Event);
    }
}
