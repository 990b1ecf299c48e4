//! The source panel: the article with every evidence span marked. Selecting a relation marks
//! its evidence and scrolls it into view; clicking a marked passage selects its relations;
//! selecting words offers to use them as evidence.

use std::sync::Arc;

use egui::text::{CCursor, LayoutJob, TextFormat};
use egui::{Align, FontId, Galley, Rect, TextEdit, Ui};

use crate::edit::Edit;
use crate::model::{Evidence, Map, RelationId, SourceId};
use crate::ui::app::KnowledgeMapApp;
use crate::ui::command::Command;
use crate::ui::selection::{Item, Selection};
use crate::ui::style;

/// A marked stretch of a source and the relations it is evidence for.
#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// Past the last byte.
    pub end: usize,
    /// The relations citing it.
    pub relations: Vec<RelationId>,
}

/// The source panel's state.
#[derive(Default)]
pub struct SourceState {
    /// Which source is shown (index into the map's sources).
    pub shown: usize,
    /// Scroll this span of this source into view at the next frame.
    pub scroll_to: Option<(SourceId, usize, usize)>,
    /// The words the person selected: (source, start byte, end byte).
    pub text_selection: Option<(SourceId, usize, usize)>,
    /// Screen rectangle of each marked span as last drawn (first line of it), for tests and
    /// tooling.
    pub span_rects: Vec<(Rect, Vec<RelationId>)>,
    /// The egui id of the text view as last drawn (it is read-only).
    pub text_id: Option<egui::Id>,
    /// Byte ranges marked as evidence of the selected relations, as last drawn.
    pub marked_selected: Vec<(usize, usize)>,
    last_selected: Vec<RelationId>,
    cache: Option<Cache>,
    galley: Option<(GalleyKey, Arc<Galley>)>,
}

/// What the laid-out text depends on: the map's derived spans (by their cache key), the
/// marked spans, the theme, and the wrap width.
#[derive(Clone, PartialEq)]
struct GalleyKey {
    cache: (u64, usize, bool),
    marked: Vec<(usize, usize)>,
    dark: bool,
    color: egui::Color32,
    width: f32,
    pixels_per_point: f32,
}

/// What the panel derives from the map, kept until the map, the shown source or the mention
/// setting changes (not recomputed every frame).
struct Cache {
    key: (u64, usize, bool),
    spans: Vec<Span>,
    mentions: Vec<(usize, usize)>,
    /// Character index of each span's start and of a point a little into it.
    span_chars: Vec<(usize, usize)>,
}

/// The evidence spans of `source`, merged where they are identical, sorted by start.
pub fn evidence_spans(map: &Map, source: &SourceId) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::new();
    let mut index: std::collections::HashMap<(usize, usize), usize> = std::collections::HashMap::new();
    for r in &map.relations {
        for e in r.evidence.iter().filter(|e| &e.source == source) {
            let i = *index.entry((e.start, e.end)).or_insert_with(|| {
                spans.push(Span { start: e.start, end: e.end, relations: Vec::new() });
                spans.len() - 1
            });
            if spans[i].relations.last() != Some(&r.id) {
                spans[i].relations.push(r.id.clone());
            }
        }
    }
    spans.sort_by_key(|s| (s.start, s.end));
    spans
}

/// Character indices of the byte offsets `bytes` (any order) in `text`, in one pass.
fn char_indices_of(text: &str, bytes: &[usize]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..bytes.len()).collect();
    order.sort_by_key(|&i| bytes[i]);
    let mut out = vec![0; bytes.len()];
    let mut chars = text.char_indices().enumerate().peekable();
    let total = text.chars().count();
    for i in order {
        while chars.peek().is_some_and(|(_, (b, _))| *b < bytes[i]) {
            chars.next();
        }
        out[i] = chars.peek().map_or(total, |(c, _)| *c);
    }
    out
}

/// Byte ranges where an actor's name or alias occurs in `text` (whole words, case-sensitive).
pub fn mention_ranges(map: &Map, text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for a in &map.actors {
        for name in a.names().filter(|n| n.chars().count() >= 2) {
            for (i, _) in text.match_indices(name) {
                let end = i + name.len();
                let before = text[..i].chars().next_back();
                let after = text[end..].chars().next();
                let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
                if boundary(before) && boundary(after) {
                    out.push((i, end));
                }
            }
        }
    }
    out.sort_unstable();
    out
}

/// The relations whose evidence contains the byte `offset`.
pub fn relations_at(spans: &[Span], offset: usize) -> Vec<RelationId> {
    let mut out: Vec<RelationId> = Vec::new();
    for s in spans.iter().filter(|s| s.start <= offset && offset < s.end) {
        for r in &s.relations {
            if !out.contains(r) {
                out.push(r.clone());
            }
        }
    }
    out
}

fn layout_job(
    text: &str,
    spans: &[Span],
    mentions: &[(usize, usize)],
    selection: &Selection,
    dark: bool,
    color: egui::Color32,
) -> LayoutJob {
    // A sweep over the boundaries, counting how many evidence spans, selected spans and
    // mentions cover each stretch: linear in the text plus the spans.
    let mut events: Vec<(usize, i32, i32, i32)> = Vec::with_capacity(2 * (spans.len() + mentions.len()) + 2);
    for s in spans {
        let sel = i32::from(s.relations.iter().any(|r| selection.has_relation(r)));
        events.push((s.start, 1, sel, 0));
        events.push((s.end, -1, -sel, 0));
    }
    for m in mentions {
        events.push((m.0, 0, 0, 1));
        events.push((m.1, 0, 0, -1));
    }
    events.push((0, 0, 0, 0));
    events.push((text.len(), 0, 0, 0));
    events.retain(|e| text.is_char_boundary(e.0));
    events.sort_by_key(|e| e.0);
    let mut job = LayoutJob::default();
    let (mut evidence, mut selected, mut mention) = (0, 0, 0);
    let mut i = 0;
    while i < events.len() {
        let at = events[i].0;
        while i < events.len() && events[i].0 == at {
            evidence += events[i].1;
            selected += events[i].2;
            mention += events[i].3;
            i += 1;
        }
        let Some(next) = events.get(i).map(|e| e.0) else { break };
        if next <= at {
            continue;
        }
        let mut format = TextFormat { font_id: FontId::proportional(14.5), color, ..Default::default() };
        if selected > 0 {
            format.background = style::selected_evidence_bg(dark);
        } else if evidence > 0 {
            format.background = style::evidence_bg(dark);
        }
        if mention > 0 {
            format.underline = egui::Stroke::new(1.5, style::mention_bg(dark).to_opaque());
            if evidence == 0 {
                format.background = style::mention_bg(dark);
            }
        }
        job.append(&text[at..next], 0.0, format);
    }
    job
}

fn byte_index(text: &str, char_idx: usize) -> usize {
    text.char_indices().nth(char_idx).map_or(text.len(), |(b, _)| b)
}

fn span_rect(galley: &Galley, origin: egui::Pos2, (start, into): (usize, usize)) -> Rect {
    let a = galley.pos_from_cursor(CCursor::new(start));
    let b = galley.pos_from_cursor(CCursor::new(into));
    let rect = if (a.top() - b.top()).abs() < 1.0 { a.union(b) } else { a.expand2(egui::vec2(8.0, 0.0)) };
    rect.translate(origin.to_vec2())
}

/// Shows the source panel.
pub fn source_ui(ui: &mut Ui, app: &mut KnowledgeMapApp) {
    let mut commands = Vec::new();
    let KnowledgeMapApp { doc, source: state, selection, settings, status, .. } = app;
    let map = &doc.map;
    if map.sources.is_empty() {
        ui.weak("This map has no source text.");
        return;
    }
    state.shown = state.shown.min(map.sources.len() - 1);
    // A newly selected relation drawn only from another source (an article added to the map):
    // show that source, at the words.
    let newest = selection.relations().last().cloned();
    if selection.relations().cloned().collect::<Vec<_>>() != state.last_selected
        && let Some(relation) = newest.as_ref().and_then(|id| map.relation(id))
        && !relation.evidence.is_empty()
        && relation.evidence.iter().all(|e| e.source != map.sources[state.shown].id)
        && let Some(e) = relation.evidence.first()
        && let Some(i) = map.sources.iter().position(|s| s.id == e.source)
    {
        state.shown = i;
        state.scroll_to = Some((e.source.clone(), e.start, e.end));
    }
    ui.horizontal(|ui| {
        ui.strong("Source");
        if map.sources.len() > 1 {
            egui::ComboBox::from_id_salt("source-picker").selected_text(&map.sources[state.shown].title).show_ui(
                ui,
                |ui| {
                    for (i, s) in map.sources.iter().enumerate() {
                        ui.selectable_value(&mut state.shown, i, &s.title);
                    }
                },
            );
        }
    });
    let source = &map.sources[state.shown];
    let key = (doc.revision, state.shown, settings.show_mentions);
    if state.cache.as_ref().is_none_or(|c| c.key != key) {
        let spans = evidence_spans(map, &source.id);
        let mentions = if settings.show_mentions { mention_ranges(map, &source.text) } else { Vec::new() };
        let bytes: Vec<usize> = spans.iter().flat_map(|s| [s.start, s.start + (s.end - s.start).min(24)]).collect();
        let chars = char_indices_of(&source.text, &bytes);
        let span_chars = chars.chunks(2).map(|c| (c[0], c.get(1).copied().unwrap_or(c[0]))).collect();
        state.cache = Some(Cache { key, spans, mentions, span_chars });
    }
    let Some(cache) = state.cache.as_ref() else { return };
    let (spans, mentions) = (&cache.spans, &cache.mentions);

    // Evidence actions for the selected words.
    let selected_words = state
        .text_selection
        .clone()
        .filter(|(s, a, b)| s == &source.id && a < b)
        .and_then(|(s, a, b)| Evidence::from_span(s, &source.text, a, b));
    if let Some(evidence) = &selected_words {
        ui.horizontal_wrapped(|ui| {
            let relation = match selection.single() {
                Some(Item::Relation(r)) => Some(r.clone()),
                _ => None,
            };
            if ui
                .add_enabled(relation.is_some(), egui::Button::new("Use as evidence for the selected relation"))
                .on_disabled_hover_text("Select one relation first")
                .clicked()
                && let Some(r) = relation
            {
                commands.push(Command::Edit(Edit::AddEvidence {
                    relation: r,
                    evidence: evidence.clone(),
                    index: None,
                }));
            }
            let two: Vec<_> = selection.actors().cloned().collect();
            if ui
                .add_enabled(two.len() == 2, egui::Button::new("New relation from this text"))
                .on_disabled_hover_text("Select the two actors first (Ctrl+click)")
                .clicked()
            {
                commands.push(Command::NewRelationFromText(evidence.clone()));
            }
        });
    }

    // Scroll targets: the evidence of a newly selected relation, or an explicit request.
    let selected_relations: Vec<RelationId> = selection.relations().cloned().collect();
    let mut scroll_to = state.scroll_to.take().filter(|(s, _, _)| s == &source.id).map(|(_, a, b)| (a, b));
    if selected_relations != state.last_selected {
        if let Some(first) = selected_relations.last()
            && let Some(span) = spans.iter().find(|s| s.relations.contains(first))
        {
            scroll_to = scroll_to.or(Some((span.start, span.end)));
        }
        state.last_selected = selected_relations;
    }

    state.marked_selected = spans
        .iter()
        .filter(|s| s.relations.iter().any(|r| selection.has_relation(r)))
        .map(|s| (s.start, s.end))
        .collect();
    let dark = ui.visuals().dark_mode;
    let color = ui.visuals().text_color();
    // The text is laid out again only when what it shows changes, not every frame (an article
    // can be megabytes).
    let cache_key = cache.key;
    let marked = state.marked_selected.clone();
    let galley_cache = &mut state.galley;
    let mut layouter = |ui: &Ui, _text: &dyn egui::TextBuffer, wrap_width: f32| -> Arc<Galley> {
        let pixels_per_point = ui.ctx().pixels_per_point();
        let key =
            GalleyKey { cache: cache_key, marked: marked.clone(), dark, color, width: wrap_width, pixels_per_point };
        if let Some((k, g)) = galley_cache.as_ref()
            && *k == key
        {
            return g.clone();
        }
        let mut job = layout_job(&source.text, spans, mentions, selection, dark, color);
        job.wrap.max_width = wrap_width;
        let galley = ui.fonts_mut(|f| f.layout_job(job));
        *galley_cache = Some((key, galley.clone()));
        galley
    };
    let text = source.text.as_str();
    egui::ScrollArea::vertical().id_salt(("source-scroll", state.shown)).auto_shrink([false, false]).show(ui, |ui| {
        let mut shown: &str = text;
        let text_id = egui::Id::new(("source-text", &source.id));
        let output = TextEdit::multiline(&mut shown)
            .id(text_id)
            .desired_width(f32::INFINITY)
            .frame(egui::Frame::NONE)
            .layouter(&mut layouter)
            .show(ui);
        let response = &output.response.response;
        state.text_id = Some(text_id);
        state.span_rects = spans
            .iter()
            .zip(&cache.span_chars)
            .map(|(s, &chars)| (span_rect(&output.galley, output.galley_pos, chars), s.relations.clone()))
            .collect();
        if let Some((a, b)) = scroll_to {
            let chars = char_indices_of(text, &[a, a + (b - a).min(24)]);
            let rect = span_rect(&output.galley, output.galley_pos, (chars[0], chars[1]));
            ui.scroll_to_rect(rect, Some(Align::Center));
        }
        if let Some(range) = output.cursor_range {
            let [lo, hi] = range.sorted_cursors();
            let (a, b) = (byte_index(text, lo.index.0), byte_index(text, hi.index.0));
            if a < b {
                state.text_selection = Some((source.id.clone(), a, b));
            } else {
                state.text_selection = None;
                if response.clicked() {
                    let hit = relations_at(spans, a);
                    if !hit.is_empty() {
                        *status = format!(
                            "{} relation{} drawn from this passage",
                            hit.len(),
                            if hit.len() == 1 { "" } else { "s" }
                        );
                        commands.push(Command::Select(hit.into_iter().map(Item::Relation).collect()));
                    }
                }
            }
        }
    });
    for c in commands {
        app.send(c);
    }
}
