//! The map view: our own view over egui_graphs' `Graph`, `DisplayNode`/`DisplayEdge`,
//! `DrawContext` and `MetadataFrame`.
//!
//! Unlike egui_graphs' `GraphView` it never requests a repaint by itself (an idle window costs
//! nothing), never refits unless asked, keeps saved positions, draws text in screen pixels, and
//! supports what an editor needs: Ctrl+click, Shift+drag to connect, Shift+drag on empty space
//! to box-select, wheel zoom around the cursor. It does not change the model: it returns
//! [`MapAction`]s that the app turns into commands.

mod grid;
mod projection;
pub mod shapes;

pub use projection::{MapGraph, Projection};

use std::collections::HashSet;

use egui::{Pos2, Rect, Sense, Shape, Stroke, Vec2};
use egui_graphs::{DisplayNode as _, DrawContext, MetadataFrame, SettingsStyle};
use petgraph::stable_graph::{EdgeIndex, NodeIndex};

use crate::model::{ActorId, ActorKind, RelationId};
use crate::ui::selection::{Item, Selection};
use crate::ui::style;
use shapes::{EdgePalette, Emphasis};

/// Smallest and largest zoom.
const ZOOM_RANGE: (f32, f32) = (0.02, 8.0);

/// What the person did on the map this frame.
#[derive(Clone, Debug, PartialEq)]
pub enum MapAction {
    /// Select exactly these items (a click, a box selection).
    Select(Vec<Item>),
    /// Add or remove this item from the selection (Ctrl+click).
    Toggle(Item),
    /// Add these items to the selection (Ctrl+box selection).
    AddToSelection(Vec<Item>),
    /// Clear the selection (a click on empty space).
    ClearSelection,
    /// A drag of actors ended: each actor's position before and after.
    Moved(Vec<(ActorId, [f32; 2], [f32; 2])>),
    /// Shift+drag from one actor onto another.
    Connect(ActorId, ActorId),
    /// Double-click on empty space at this canvas position.
    AddActorAt([f32; 2]),
    /// Double-click on an item.
    Rename(Item),
}

/// What is under the pointer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Hit {
    Node(NodeIndex),
    Edge(EdgeIndex),
}

/// A gesture in progress.
#[derive(Clone, Debug)]
enum Drag {
    /// Moving actors: each actor with where it started, and how far the pointer has moved them
    /// (canvas units). Kept by id, so it survives the projection being rebuilt mid-drag (when
    /// a field's text is committed as the drag starts, say).
    Move { actors: Vec<(ActorId, Pos2)>, delta: Vec2 },
    /// Drawing a new relation from this actor.
    Connect(ActorId),
    /// Box selection from this screen point.
    Box { from: Pos2, additive: bool },
    /// Panning.
    Pan,
}

/// How the map is drawn this frame: derived from the app's selection, search and filters.
#[derive(Default)]
pub struct Highlights<'a> {
    /// The selection.
    pub selection: Option<&'a Selection>,
    /// Actors matching the search (`None` when no search is active).
    pub matches: Option<&'a HashSet<ActorId>>,
    /// Relations matching the search.
    pub relation_matches: Option<&'a HashSet<RelationId>>,
    /// Kinds the person chose to hide.
    pub hidden_kinds: Option<&'a HashSet<ActorKind>>,
}

/// The view's own state: zoom and pan, the gesture in progress, what the pointer is over.
pub struct MapView {
    /// Zoom and pan (pan relative to the widget's top-left corner).
    pub meta: MetadataFrame,
    /// Fit the map into the view at the next frame.
    pub fit_pending: bool,
    /// Fit again at the next frame (second pass of a fit).
    refit: bool,
    drag: Option<Drag>,
    hover: Option<Hit>,
    rect: Rect,
    pointer: Option<Pos2>,
    /// Per node index, at the last frame: screen box, hidden, dimmed. Kept to reuse its memory.
    node_boxes: Vec<(Rect, bool, bool)>,
    /// Whether the last frame was drawn far out (relation paths are then already cleared).
    far_last_frame: bool,
    /// Actors drawn at the last frame, by screen cell, in drawing order: hit-testing looks
    /// only at the cell under the pointer.
    grid: grid::Grid,
    /// Relations drawn with a hit path at the last frame.
    drawn_edges: Vec<EdgeIndex>,
    /// The far-out relation lines and actor boxes of the last frame (see [`reuse`]).
    far_lines: std::sync::Arc<egui::Mesh>,
    far_boxes: std::sync::Arc<egui::Mesh>,
}

impl Default for MapView {
    fn default() -> Self {
        Self {
            meta: MetadataFrame::new(None),
            fit_pending: true,
            refit: false,
            drag: None,
            hover: None,
            rect: Rect::NOTHING,
            pointer: None,
            node_boxes: Vec::new(),
            far_last_frame: false,
            far_lines: Default::default(),
            far_boxes: Default::default(),
            grid: Default::default(),
            drawn_edges: Vec::new(),
        }
    }
}

impl MapView {
    /// The widget's rectangle at the last frame.
    pub fn rect(&self) -> Rect {
        self.rect
    }

    /// Screen position of a canvas point, as of the last frame.
    pub fn canvas_to_screen(&self, p: Pos2) -> Pos2 {
        self.rect.min + (p.to_vec2() * self.meta.zoom + self.meta.pan)
    }

    /// Canvas position of a screen point, as of the last frame.
    pub fn screen_to_canvas(&self, p: Pos2) -> Pos2 {
        ((p - self.rect.min - self.meta.pan) / self.meta.zoom).to_pos2()
    }

    /// The canvas point at the centre of the view.
    pub fn center_canvas(&self) -> Pos2 {
        self.screen_to_canvas(self.rect.center())
    }

    /// Whether a gesture (drag, pan, box selection) is in progress.
    pub fn is_interacting(&self) -> bool {
        self.drag.is_some()
    }

    /// Forgets what the pointer is over (after the projection was rebuilt: indices changed).
    /// A gesture in progress goes on: it refers to actors by id.
    pub fn forget_hover(&mut self) {
        self.hover = None;
    }

    /// Zooms by `factor` around the screen point `center`.
    pub fn zoom_around(&mut self, factor: f32, center: Pos2) {
        let old = self.meta.zoom;
        let new = (old * factor).clamp(ZOOM_RANGE.0, ZOOM_RANGE.1);
        let local = center - self.rect.min;
        // Keep the canvas point under `center` where it is.
        self.meta.pan = local - (local - self.meta.pan) * (new / old);
        self.meta.zoom = new;
    }

    /// Frames every visible actor, with a margin.
    fn fit(&mut self, g: &MapGraph, hidden: Option<&HashSet<ActorKind>>) {
        let mut bounds = Rect::NOTHING;
        for (_, n) in g.nodes_iter() {
            let d = n.display();
            if hidden.is_some_and(|h| h.contains(&d.kind)) {
                continue;
            }
            bounds = bounds.union(d.canvas_rect());
        }
        if !bounds.is_positive() || self.rect.width() < 1.0 {
            self.meta.zoom = 1.0;
            self.meta.pan = self.rect.size() / 2.0;
            return;
        }
        let bounds = bounds.expand(30.0);
        let zoom =
            (self.rect.width() / bounds.width()).min(self.rect.height() / bounds.height()).clamp(ZOOM_RANGE.0, 1.5);
        self.meta.zoom = zoom;
        self.meta.pan = self.rect.size() / 2.0 - bounds.center().to_vec2() * zoom;
    }

    /// What is under the screen point `p`, as drawn at the last frame: the actor on top (a
    /// selected one first), else a relation. Looks only at the actors of the grid cell under
    /// `p` and the relations that were drawn, not the whole map.
    fn hit(&self, g: &MapGraph, p: Pos2, hidden: Option<&HashSet<ActorKind>>) -> Option<Hit> {
        let c = self.screen_to_canvas(p);
        let mut found = None;
        for &idx in self.grid.at(p) {
            let Some(n) = g.node(idx) else { continue };
            let d = n.display();
            if hidden.is_some_and(|h| h.contains(&d.kind)) {
                continue;
            }
            if d.is_inside(c) {
                found = Some(Hit::Node(idx));
                if d.selected {
                    break;
                }
            }
        }
        if found.is_some() {
            return found;
        }
        self.drawn_edges
            .iter()
            .copied()
            .find(|&e| g.edge(e).is_some_and(|e| !e.display().path.is_empty() && e.display().hit(p, 6.0)))
            .map(Hit::Edge)
    }

    /// Shows the map in the remaining space of `ui` and returns what the person did.
    pub fn show(&mut self, ui: &mut egui::Ui, projection: &mut Projection, hl: &Highlights<'_>) -> Vec<MapAction> {
        let Projection { graph: g, nodes: index, .. } = &mut *projection;
        let (rect, response) = ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
        if rect != self.rect {
            // Keep the canvas where it was on screen when the panel moves or resizes.
            if self.rect.is_positive() {
                self.meta.pan += self.rect.min - rect.min;
            }
            self.rect = rect;
        }
        let hidden = hl.hidden_kinds;
        if self.fit_pending {
            self.fit(g, hidden);
            self.fit_pending = false;
            // Box sizes depend on the zoom (names keep a legible size), so fit once more with
            // the boxes measured at the new zoom.
            self.refit = true;
            ui.ctx().request_repaint();
        } else if std::mem::take(&mut self.refit) {
            self.fit(g, hidden);
        }
        let mut actions = Vec::new();
        let (pointer, modifiers, scroll, zoom_delta, press_origin) = ui.input(|i| {
            (i.pointer.hover_pos(), i.modifiers, i.smooth_scroll_delta, i.zoom_delta(), i.pointer.press_origin())
        });
        self.pointer = pointer.filter(|p| rect.contains(*p));

        // Zoom with the wheel (and pinch / Ctrl+wheel) around the cursor.
        if response.hovered() {
            let factor = zoom_delta * (scroll.y * 0.0015).exp();
            if (factor - 1.0).abs() > 1e-4
                && let Some(p) = self.pointer
            {
                self.zoom_around(factor, p);
            }
        }

        if response.drag_started() {
            let origin = press_origin.unwrap_or(rect.center());
            self.drag = Some(match self.hit(g, origin, hidden) {
                Some(Hit::Node(n)) if modifiers.shift => match g.node(n) {
                    Some(node) => Drag::Connect(node.payload().clone()),
                    None => Drag::Pan,
                },
                Some(Hit::Node(n)) => {
                    let id = g.node(n).map(|n| n.payload().clone());
                    let selected = g.node(n).is_some_and(|n| n.display().selected);
                    let mut moving = vec![n];
                    if selected {
                        // Hidden actors stay put: a person moves only what they see.
                        moving.extend(
                            g.nodes_iter()
                                .filter(|(i, m)| {
                                    *i != n
                                        && m.display().selected
                                        && !hidden.is_some_and(|h| h.contains(&m.display().kind))
                                })
                                .map(|(i, _)| i),
                        );
                    } else if let Some(id) = id {
                        actions.push(MapAction::Select(vec![Item::Actor(id)]));
                    }
                    let actors = moving
                        .into_iter()
                        .filter_map(|i| g.node(i).map(|n| (n.payload().clone(), n.location())))
                        .collect();
                    Drag::Move { actors, delta: Vec2::ZERO }
                }
                _ if modifiers.shift => Drag::Box { from: origin, additive: modifiers.command },
                _ => Drag::Pan,
            });
        }
        if response.dragged() {
            let delta = response.drag_delta();
            match &mut self.drag {
                Some(Drag::Move { delta: moved, .. }) => *moved += delta / self.meta.zoom,
                Some(Drag::Pan) => self.meta.pan += delta,
                _ => {}
            }
        }
        if response.drag_stopped() {
            match self.drag.take() {
                Some(Drag::Move { actors, delta }) => {
                    if delta != Vec2::ZERO {
                        let moves = actors
                            .into_iter()
                            .map(|(id, from)| {
                                let to = from + delta;
                                (id, [from.x, from.y], [to.x, to.y])
                            })
                            .collect();
                        actions.push(MapAction::Moved(moves));
                    }
                }
                Some(Drag::Connect(from)) => {
                    if let Some(p) = pointer
                        && let Some(Hit::Node(to)) = self.hit(g, p, hidden)
                        && let Some(b) = g.node(to)
                    {
                        actions.push(MapAction::Connect(from, b.payload().clone()));
                    }
                }
                Some(Drag::Box { from, additive }) => {
                    let to = pointer.unwrap_or(from);
                    let area = Rect::from_two_pos(self.screen_to_canvas(from), self.screen_to_canvas(to));
                    let items: Vec<Item> = g
                        .nodes_iter()
                        .filter(|(_, n)| {
                            let d = n.display();
                            !hidden.is_some_and(|h| h.contains(&d.kind)) && area.intersects(d.canvas_rect())
                        })
                        .map(|(_, n)| Item::Actor(n.payload().clone()))
                        .collect();
                    actions.push(if additive { MapAction::AddToSelection(items) } else { MapAction::Select(items) });
                }
                Some(Drag::Pan) | None => {}
            }
        }

        self.hover = if self.drag.is_none() { self.pointer.and_then(|p| self.hit(g, p, hidden)) } else { None };
        let item_of = |hit: Hit| -> Option<Item> {
            match hit {
                Hit::Node(i) => g.node(i).map(|n| Item::Actor(n.payload().clone())),
                Hit::Edge(i) => g.edge(i).map(|e| Item::Relation(e.payload().clone())),
            }
        };
        if response.double_clicked() {
            if let Some(p) = response.interact_pointer_pos() {
                match self.hit(g, p, hidden).and_then(item_of) {
                    Some(item) => actions.push(MapAction::Rename(item)),
                    None => {
                        let c = self.screen_to_canvas(p);
                        actions.push(MapAction::AddActorAt([c.x, c.y]));
                    }
                }
            }
        } else if response.clicked()
            && let Some(p) = response.interact_pointer_pos()
        {
            match self.hit(g, p, hidden).and_then(item_of) {
                Some(item) if modifiers.command => actions.push(MapAction::Toggle(item)),
                Some(item) => actions.push(MapAction::Select(vec![item])),
                None if modifiers.command => {}
                None => actions.push(MapAction::ClearSelection),
            }
        }
        if self.hover.is_some() {
            let cursor = match self.hover {
                Some(Hit::Node(_)) if modifiers.shift => egui::CursorIcon::Crosshair,
                Some(Hit::Node(_)) => egui::CursorIcon::Grab,
                _ => egui::CursorIcon::PointingHand,
            };
            ui.ctx().set_cursor_icon(cursor);
        }
        // Where the dragged actors are now: their start plus the drag so far, re-applied every
        // frame so a rebuilt projection shows them where the pointer has them.
        let dragging = match &self.drag {
            Some(Drag::Move { actors, delta }) => Some((actors, *delta)),
            _ => None,
        };
        if let Some((actors, delta)) = dragging {
            for (id, start) in actors {
                if let Some(n) = index.get(id).and_then(|&i| g.node_mut(i)) {
                    let p = *start + delta;
                    n.set_location(p);
                    n.display_mut().location = p;
                }
            }
        }
        if matches!(self.drag, Some(Drag::Move { .. })) {
            ui.ctx().set_cursor_icon(egui::CursorIcon::Grabbing);
        }

        let connecting_from = match &self.drag {
            Some(Drag::Connect(id)) => index.get(id).copied(),
            _ => None,
        };
        let edges = &projection.edges;
        self.paint(ui, rect, &mut projection.graph, edges, hl, pointer, connecting_from);
        actions
    }

    #[allow(clippy::too_many_arguments)]
    fn paint(
        &mut self,
        ui: &egui::Ui,
        rect: Rect,
        g: &mut MapGraph,
        edge_index: &std::collections::HashMap<RelationId, EdgeIndex>,
        hl: &Highlights<'_>,
        pointer: Option<Pos2>,
        connecting_from: Option<NodeIndex>,
    ) {
        let painter = ui.painter_at(rect);
        painter.rect_filled(rect, 0.0, ui.visuals().extreme_bg_color);
        let mut meta = self.meta.clone();
        meta.pan += rect.min.to_vec2();
        let style = SettingsStyle::new();
        let ctx = DrawContext { ctx: ui.ctx(), painter: &painter, style: &style, is_directed: true, meta: &meta };
        let hidden = hl.hidden_kinds;
        let hovered_node = match self.hover {
            Some(Hit::Node(n)) => Some(n),
            _ => None,
        };
        let hovered_edge = match self.hover {
            Some(Hit::Edge(e)) => Some(e),
            _ => None,
        };
        let search_active = hl.matches.is_some();

        // Update node state and measure boxes; collect what is visible.
        let view = rect.expand(40.0);
        let indices: Vec<NodeIndex> = g.nodes_iter().map(|(i, _)| i).collect();
        let mut visible = Vec::with_capacity(indices.len());
        let mut top = Vec::new();
        // Per node index: its screen box, and whether it is hidden or dimmed (for relations).
        let bound = indices.iter().map(|i| i.index() + 1).max().unwrap_or(0);
        self.node_boxes.clear();
        self.node_boxes.resize(bound, (Rect::NOTHING, true, false));
        for i in indices {
            let Some(node) = g.node_mut(i) else { continue };
            // No per-node allocation: read the location and the id in place.
            let location = node.location();
            let id = node.payload();
            let selected = hl.selection.is_some_and(|s| s.has_actor(id));
            let emphasis = match hl.matches {
                Some(m) if m.contains(id) => Emphasis::Match,
                Some(_) => Emphasis::Dimmed,
                None => Emphasis::Normal,
            };
            let d = node.display_mut();
            d.location = location;
            d.selected = selected;
            if hidden.is_some_and(|h| h.contains(&d.kind)) {
                continue;
            }
            d.hovered = hovered_node == Some(i);
            d.emphasis = emphasis;
            let screen = d.screen_rect(&ctx);
            if let Some(slot) = self.node_boxes.get_mut(i.index()) {
                *slot = (screen, false, emphasis == Emphasis::Dimmed);
            }
            if screen.intersects(view) {
                if d.selected || d.hovered {
                    top.push(i);
                } else {
                    visible.push(i);
                }
            }
        }
        visible.extend(top);
        self.grid.rebuild(rect, visible.iter().filter_map(|&i| self.node_boxes.get(i.index()).map(|b| (i, b.0))));

        // Relations below actors. Far out, the plain ones go into one mesh of thin quads: no
        // shape, no tessellation, no allocation per relation (100k actors stay interactive).
        let palette = EdgePalette::from_visuals(ui.visuals());
        let far = meta.zoom < shapes::FAR_ZOOM;
        // The meshes live in the view between frames, so their memory is reused once egui has
        // drawn them (a 100k-actor map needs tens of megabytes of vertices).
        let mut far_lines = reuse(&mut self.far_lines);
        let line_color = palette.line.gamma_multiply(0.6);
        let dim_line_color = palette.line.gamma_multiply(0.15);
        let edge_indices: Vec<EdgeIndex> = if far {
            // Far out, only the relations that stand out (selected, hovered, touching the
            // hovered actor, matching the search) go through the full drawing below; the rest
            // are read in storage order and drawn as thin quads of one mesh.
            let mut special: HashSet<EdgeIndex> = HashSet::new();
            if let Some(s) = hl.selection {
                special.extend(s.relations().filter_map(|r| edge_index.get(r).copied()));
            }
            if let Some(m) = hl.relation_matches {
                special.extend(m.iter().filter_map(|r| edge_index.get(r).copied()));
            }
            special.extend(hovered_edge);
            if let Some(n) = hovered_node {
                use petgraph::Direction::{Incoming, Outgoing};
                use petgraph::visit::EdgeRef as _;
                for dir in [Outgoing, Incoming] {
                    special.extend(g.g().edges_directed(n, dir).map(|e| e.id()));
                }
            }
            self.far_edges(g, &special, &mut far_lines, line_color, dim_line_color, search_active);
            special.into_iter().collect()
        } else {
            // Only relations whose boxes come near the view, found from this frame's boxes
            // without touching the relations themselves; the others lose their hit paths.
            use petgraph::visit::{EdgeRef as _, IntoEdgeReferences as _};
            let near = rect.expand(80.0);
            let boxes = &self.node_boxes;
            let mut kept = Vec::new();
            let mut culled = Vec::new();
            for e in g.g().edge_references() {
                let ra = boxes.get(e.source().index()).map_or(Rect::NOTHING, |b| b.0);
                let rb = boxes.get(e.target().index()).map_or(Rect::NOTHING, |b| b.0);
                if ra.union(rb).intersects(near) {
                    kept.push(e.id());
                } else if !e.weight().display().path.is_empty() {
                    culled.push(e.id());
                }
            }
            for e in culled {
                if let Some(edge) = g.edge_mut(e) {
                    edge.display_mut().path.clear();
                    edge.display_mut().label_rect = None;
                }
            }
            kept
        };
        let mut edge_shapes: Vec<Shape> = Vec::new();
        let mut edge_top: Vec<Shape> = Vec::new();
        self.drawn_edges.clear();
        for e in edge_indices {
            let Some((a, b)) = g.edge_endpoints(e) else { continue };
            let (Some(na), Some(nb)) = (g.node(a), g.node(b)) else { continue };
            let (da, db) = (na.display(), nb.display());
            if hidden.is_some_and(|h| h.contains(&da.kind) || h.contains(&db.kind)) {
                if let Some(edge) = g.edge_mut(e) {
                    edge.display_mut().path.clear();
                    edge.display_mut().label_rect = None;
                }
                continue;
            }
            let (ra, rb) = (da.screen_rect(&ctx), db.screen_rect(&ctx));
            let touches_hover = hovered_node.is_some_and(|h| h == a || h == b);
            let a_dimmed = da.emphasis == Emphasis::Dimmed;
            let b_dimmed = db.emphasis == Emphasis::Dimmed;
            let Some(edge) = g.edge_mut(e) else { continue };
            if !ra.union(rb).expand(80.0).intersects(rect) {
                edge.display_mut().path.clear();
                edge.display_mut().label_rect = None;
                continue;
            }
            let id = edge.payload();
            let selected = hl.selection.is_some_and(|s| s.has_relation(id));
            let matched = hl.relation_matches.is_some_and(|m| m.contains(id));
            let d = edge.display_mut();
            d.selected = selected;
            d.hovered = hovered_edge == Some(e) || touches_hover;
            d.emphasis = if !search_active || matched || (!a_dimmed && !b_dimmed) {
                if matched { Emphasis::Match } else { Emphasis::Normal }
            } else {
                Emphasis::Dimmed
            };
            let shapes = d.draw(ra, rb, meta.zoom, &painter, palette);
            if !d.path.is_empty() {
                self.drawn_edges.push(e);
            }
            if d.selected || d.hovered {
                edge_top.extend(shapes);
            } else {
                edge_shapes.extend(shapes);
            }
        }
        if !far_lines.is_empty() {
            self.far_lines = std::sync::Arc::new(far_lines);
            painter.add(Shape::Mesh(self.far_lines.clone()));
        }
        painter.extend(edge_shapes);
        painter.extend(edge_top);

        // Far out, plain actors are filled boxes in one mesh; the rest draw themselves.
        let mut far_boxes = reuse(&mut self.far_boxes);
        let mut drawn_alone = Vec::new();
        for i in visible {
            let Some(node) = g.node_mut(i) else { continue };
            let d = node.display_mut();
            if far && !d.selected && !d.hovered && d.emphasis == Emphasis::Normal && !d.proposed {
                far_boxes.add_colored_rect(d.screen_rect(&ctx), d.fill);
            } else {
                drawn_alone.push(i);
            }
        }
        if !far_boxes.is_empty() {
            self.far_boxes = std::sync::Arc::new(far_boxes);
            painter.add(Shape::Mesh(self.far_boxes.clone()));
        }
        for i in drawn_alone {
            if let Some(node) = g.node_mut(i) {
                let shapes = node.display_mut().shapes(&ctx);
                painter.extend(shapes);
            }
        }

        self.far_last_frame = far;

        // Gesture feedback.
        match &self.drag {
            Some(Drag::Connect(_)) => {
                if let (Some(n), Some(p)) = (connecting_from.and_then(|i| g.node(i)), pointer) {
                    let start = n.display().screen_rect(&ctx).center();
                    painter.line_segment([start, p], Stroke::new(2.0, style::SELECTION));
                    painter.circle_filled(p, 4.0, style::SELECTION);
                }
            }
            Some(Drag::Box { from, .. }) => {
                if let Some(p) = pointer {
                    let r = Rect::from_two_pos(*from, p);
                    painter.rect(
                        r,
                        0.0,
                        style::SELECTION.gamma_multiply(0.12),
                        Stroke::new(1.0, style::SELECTION),
                        egui::StrokeKind::Inside,
                    );
                }
            }
            _ => {}
        }
        if g.node_count() == 0 {
            painter.text(
                rect.center(),
                egui::Align2::CENTER_CENTER,
                "Empty map — double-click to add an actor",
                egui::FontId::proportional(16.0),
                ui.visuals().weak_text_color(),
            );
        }
    }

    /// Far out: every relation not in `special` as a thin line of `mesh`, read in storage order
    /// from the node boxes of this frame. Their hit-test paths are cleared once, on the first
    /// far frame (clicking a one-pixel line is not a gesture).
    fn far_edges(
        &mut self,
        g: &mut MapGraph,
        special: &HashSet<EdgeIndex>,
        mesh: &mut egui::Mesh,
        color: egui::Color32,
        dim: egui::Color32,
        search_active: bool,
    ) {
        use petgraph::visit::{EdgeRef as _, IntoEdgeReferences as _};
        if !self.far_last_frame {
            let all: Vec<EdgeIndex> = g.edges_iter().map(|(i, _)| i).collect();
            for e in all {
                if let Some(edge) = g.edge_mut(e) {
                    edge.display_mut().path.clear();
                    edge.display_mut().label_rect = None;
                }
            }
        }
        let boxes = &self.node_boxes;
        let n = g.g().edge_count();
        mesh.reserve_vertices(3 * n);
        mesh.reserve_triangles(n);
        let view = self.rect;
        for e in g.g().edge_references() {
            if special.contains(&e.id()) || e.source() == e.target() {
                continue;
            }
            let (Some(&(ra, ha, da)), Some(&(rb, hb, db))) =
                (boxes.get(e.source().index()), boxes.get(e.target().index()))
            else {
                continue;
            };
            if ha || hb {
                continue;
            }
            let (a, b) = (ra.center(), rb.center());
            // Both ends off the same side of the view: nothing of it shows.
            if (a.x < view.left() && b.x < view.left())
                || (a.x > view.right() && b.x > view.right())
                || (a.y < view.top() && b.y < view.top())
                || (a.y > view.bottom() && b.y > view.bottom())
            {
                continue;
            }
            add_line(mesh, a, b, if search_active && (da || db) { dim } else { color });
        }
    }

    /// Screen point of the centre of an actor, as of the last frame.
    pub fn actor_screen_pos(&self, g: &MapGraph, node: NodeIndex) -> Option<Pos2> {
        g.node(node).map(|n| self.canvas_to_screen(n.location()))
    }

    /// Pans so that the canvas point `c` is at the centre of the view.
    pub fn center_on(&mut self, c: Pos2) {
        self.meta.pan = self.rect.size() / 2.0 - c.to_vec2() * self.meta.zoom;
    }

    /// Zoom level.
    pub fn zoom(&self) -> f32 {
        self.meta.zoom
    }
}

/// A line from `a` to `b` as a sliver triangle of `mesh`.
fn add_line(mesh: &mut egui::Mesh, a: Pos2, b: Pos2, color: egui::Color32) {
    let dir = b - a;
    // `sqrt` of the sum, not `hypot`: this runs for every relation of a large map.
    let len = (dir.x * dir.x + dir.y * dir.y).sqrt();
    if len < 0.5 {
        return;
    }
    // One sliver triangle, a point wide at `a` and sharp at `b`: at this zoom it reads as a
    // line, with three vertices where a quad needs four and half the indices.
    let n = egui::vec2(-dir.y, dir.x) * (0.6 / len);
    let base = mesh.vertices.len() as u32;
    for p in [a + n, a - n, b] {
        mesh.colored_vertex(p, color);
    }
    mesh.add_triangle(base, base + 1, base + 2);
}

/// The mesh of the last frame, emptied, when egui no longer holds it (its memory is then
/// reused); a new one otherwise.
fn reuse(last: &mut std::sync::Arc<egui::Mesh>) -> egui::Mesh {
    match std::sync::Arc::get_mut(last) {
        Some(mesh) => {
            let mut mesh = std::mem::take(mesh);
            mesh.clear();
            mesh
        }
        None => egui::Mesh::default(),
    }
}
