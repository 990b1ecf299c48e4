//! How actors and relations look on the map: our `DisplayNode` and `DisplayEdge` for
//! egui_graphs, with text sized in screen pixels so labels stay readable at every zoom.

use egui::epaint::{CubicBezierShape, QuadraticBezierShape, RectShape};
use egui::{Align2, Color32, FontId, Pos2, Rect, Shape, Stroke, StrokeKind, Vec2, pos2, vec2};
use egui_graphs::{DisplayEdge, DisplayNode, DrawContext, EdgeProps, Node, NodeProps};
use petgraph::{Directed, stable_graph::DefaultIx};

use crate::layout::{LANE_SPACING, geometry};
use crate::model::{ActorId, ActorKind, RelationId};
use crate::ui::style;

/// Font size of actor names at zoom 1, in points.
pub const ACTOR_FONT: f32 = 14.0;
/// Smallest font size an actor name is drawn at; below it the zoom keeps the text at this size.
pub const MIN_FONT: f32 = 10.0;
/// Below this zoom, names are not drawn at all (boxes only).
pub const LABEL_MIN_ZOOM: f32 = 0.3;
/// Below this zoom, relations are plain lines (level of detail for large maps).
pub const FAR_ZOOM: f32 = 0.2;
/// Below this zoom, relation labels are drawn only for selected or hovered relations.
pub const EDGE_LABEL_MIN_ZOOM: f32 = 0.55;

/// How strongly an element is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Emphasis {
    /// As usual.
    #[default]
    Normal,
    /// Matches the search: drawn with a glow.
    Match,
    /// Does not match an active search: faded.
    Dimmed,
}

/// The look of one actor: a rounded box sized to its name, filled with its kind's colour.
#[derive(Clone, Debug)]
pub struct ActorShape {
    /// Name drawn in the box.
    pub label: String,
    /// Kind (for filters).
    pub kind: ActorKind,
    /// Box fill.
    pub fill: Color32,
    /// Centre on the canvas.
    pub location: Pos2,
    /// Selected in the app's selection.
    pub selected: bool,
    /// Under the pointer, or connected to what is.
    pub hovered: bool,
    /// Search emphasis.
    pub emphasis: Emphasis,
    /// Size of the box on the canvas at the last draw (for hit-testing and edge ends).
    pub size: Vec2,
    /// Size of the box at zoom 1, once measured (used while names are hidden).
    pub base: Option<Vec2>,
    /// An unreviewed proposal of extraction: drawn faded with a dashed outline.
    pub proposed: bool,
}

impl From<NodeProps<ActorId>> for ActorShape {
    fn from(props: NodeProps<ActorId>) -> Self {
        Self {
            label: props.label.clone(),
            kind: ActorKind::Other,
            fill: style::kind_fill(ActorKind::Other),
            location: props.location(),
            selected: props.selected,
            hovered: props.hovered,
            emphasis: Emphasis::Normal,
            size: approx_size(&props.label),
            base: None,
            proposed: false,
        }
    }
}

/// Canvas size of an actor box before it is first drawn (same estimate as the model's).
pub fn approx_size(label: &str) -> Vec2 {
    let [w, h] = crate::model::approx_box_size(label);
    vec2(w, h)
}

/// Font size of actor names at `zoom`.
pub fn actor_font_size(zoom: f32) -> f32 {
    (ACTOR_FONT * zoom).max(MIN_FONT)
}

impl ActorShape {
    /// The box on screen for the view transform of `ctx`.
    pub fn screen_rect(&self, ctx: &DrawContext) -> Rect {
        Rect::from_center_size(ctx.meta.canvas_to_screen_pos(self.location), self.size * ctx.meta.zoom)
    }

    /// The box on the canvas.
    pub fn canvas_rect(&self) -> Rect {
        Rect::from_center_size(self.location, self.size)
    }

    /// Measures the box for this zoom (text in screen pixels) and returns the name's galley
    /// when the name is drawn at all.
    fn measure(&mut self, ctx: &DrawContext) -> Option<std::sync::Arc<egui::Galley>> {
        let zoom = ctx.meta.zoom;
        if zoom < LABEL_MIN_ZOOM {
            // Names are not drawn: the box keeps its size at zoom 1, measured once.
            let base = *self.base.get_or_insert_with(|| {
                let galley =
                    ctx.painter.layout_no_wrap(self.label.clone(), FontId::proportional(ACTOR_FONT), style::ACTOR_TEXT);
                box_size(galley.size(), ACTOR_FONT)
            });
            self.size = base;
            return None;
        }
        let font = actor_font_size(zoom);
        let galley = ctx.painter.layout_no_wrap(self.label.clone(), FontId::proportional(font), style::ACTOR_TEXT);
        self.size = box_size(galley.size(), font) / zoom;
        Some(galley)
    }
}

fn box_size(text: Vec2, font: f32) -> Vec2 {
    text + vec2(font * 1.4, font * 0.8)
}

impl DisplayNode<ActorId, RelationId, Directed, DefaultIx> for ActorShape {
    fn closest_boundary_point(&self, dir: Vec2) -> Pos2 {
        rect_boundary(self.canvas_rect(), dir)
    }

    fn shapes(&mut self, ctx: &DrawContext) -> Vec<Shape> {
        let galley = self.measure(ctx);
        let rect = self.screen_rect(ctx);
        let zoom = ctx.meta.zoom;
        let radius = (rect.height() * 0.3).min(10.0);
        let dimmed = self.emphasis == Emphasis::Dimmed && !self.selected && !self.hovered;
        let proposed = self.proposed;
        let fade = |c: Color32| {
            if dimmed {
                c.gamma_multiply(0.3)
            } else if proposed {
                c.gamma_multiply(0.55)
            } else {
                c
            }
        };
        let mut shapes = Vec::with_capacity(4);
        if self.emphasis == Emphasis::Match {
            shapes.push(Shape::Rect(RectShape::filled(
                rect.expand(5.0),
                radius + 5.0,
                style::SEARCH_MATCH.gamma_multiply(0.8),
            )));
        }
        let outline = if self.selected {
            Stroke::new(3.0, style::SELECTION)
        } else if self.hovered {
            Stroke::new(2.5, style::HOVER)
        } else {
            Stroke::new((zoom).clamp(0.5, 1.2), fade(self.fill.gamma_multiply(0.55)).to_opaque())
        };
        if proposed && !self.selected && !self.hovered {
            shapes.push(Shape::Rect(RectShape::filled(rect, radius, fade(self.fill))));
            let r = rect.expand(1.0);
            let corners = [r.left_top(), r.right_top(), r.right_bottom(), r.left_bottom(), r.left_top()];
            let dash = Stroke::new(1.5, style::PROPOSED);
            shapes.extend(Shape::dashed_line(&corners, dash, 5.0, 3.0));
        } else {
            shapes.push(Shape::Rect(RectShape::new(rect, radius, fade(self.fill), outline, StrokeKind::Outside)));
        }
        if let Some(galley) = galley {
            let text_pos = rect.center() - galley.size() / 2.0;
            shapes.push(Shape::galley(text_pos, galley, fade(style::ACTOR_TEXT)));
        }
        shapes
    }

    fn update(&mut self, state: &NodeProps<ActorId>) {
        self.location = state.location();
    }

    fn is_inside(&self, pos: Pos2) -> bool {
        self.canvas_rect().contains(pos)
    }
}

/// Where a ray from the centre of `rect` in direction `dir` leaves it.
pub fn rect_boundary(rect: Rect, dir: Vec2) -> Pos2 {
    pos(geometry::box_boundary(p(rect.center()), half(rect), [dir.x, dir.y]))
}

fn p(v: Pos2) -> geometry::Point {
    [v.x, v.y]
}

fn pos([x, y]: geometry::Point) -> Pos2 {
    pos2(x, y)
}

fn half(r: Rect) -> geometry::Point {
    [r.width() / 2.0, r.height() / 2.0]
}

/// The look of one relation: an arrow (curved when it has siblings between the same actors,
/// a loop when it starts and ends at the same actor) with its label on a pill at the middle.
#[derive(Clone, Debug)]
pub struct RelationShape {
    /// The label.
    pub label: String,
    /// Whether it is drawn with an arrow head.
    pub directed: bool,
    /// Place among the relations between the same two actors (0, 1, 2…).
    pub order: usize,
    /// Signed lane: how far, in steps, the curve bends to the left of the straight line from
    /// its start to its end; 0 is straight. Set by the projection.
    pub lane: f32,
    /// Selected in the app's selection.
    pub selected: bool,
    /// Under the pointer, or touching a hovered actor.
    pub hovered: bool,
    /// Search emphasis.
    pub emphasis: Emphasis,
    /// The polyline last drawn, in screen coordinates (for hit-testing).
    pub path: Vec<Pos2>,
    /// The label's pill last drawn, in screen coordinates (for hit-testing).
    pub label_rect: Option<Rect>,
    /// An unreviewed proposal of extraction: drawn faded and dashed.
    pub proposed: bool,
}

impl From<EdgeProps<RelationId>> for RelationShape {
    fn from(props: EdgeProps<RelationId>) -> Self {
        Self {
            label: props.label,
            directed: true,
            order: props.order,
            lane: 0.0,
            selected: props.selected,
            hovered: false,
            emphasis: Emphasis::Normal,
            path: Vec::new(),
            label_rect: None,
            proposed: false,
        }
    }
}

/// The colours the map draws relations with in the current theme.
#[derive(Clone, Copy, Debug)]
pub struct EdgePalette {
    /// Plain relation lines.
    pub line: Color32,
    /// Label text.
    pub text: Color32,
    /// Label pill background.
    pub pill: Color32,
}

impl EdgePalette {
    /// Colours for egui's current visuals.
    pub fn from_visuals(v: &egui::Visuals) -> Self {
        Self {
            line: v.text_color().gamma_multiply(0.55),
            text: v.strong_text_color(),
            pill: v.extreme_bg_color.gamma_multiply(0.92),
        }
    }
}

impl RelationShape {
    /// Draws the relation between the screen boxes `a` and `b`.
    pub fn draw(&mut self, a: Rect, b: Rect, zoom: f32, painter: &egui::Painter, palette: EdgePalette) -> Vec<Shape> {
        let dimmed = self.emphasis == Emphasis::Dimmed && !self.selected && !self.hovered;
        // Far out, a relation is a plain thin line between centres: no curve, no arrow head,
        // no label, nothing kept for hit-testing (clicking a 1-pixel line is not a gesture).
        if zoom < FAR_ZOOM && !self.selected && !self.hovered && a != b {
            self.path.clear();
            self.label_rect = None;
            let color = if dimmed { palette.line.gamma_multiply(0.15) } else { palette.line.gamma_multiply(0.6) };
            return vec![Shape::line_segment([a.center(), b.center()], Stroke::new(1.0, color))];
        }
        let (color, width) = if self.selected {
            (style::SELECTION, 3.0)
        } else if self.hovered {
            (style::HOVER, 2.5)
        } else {
            (palette.line, (1.6 * zoom).clamp(1.0, 2.2))
        };
        let color = if dimmed {
            color.gamma_multiply(0.25)
        } else if self.proposed && !self.selected && !self.hovered {
            color.gamma_multiply(0.6)
        } else {
            color
        };
        let stroke = Stroke::new(width, color);
        let mut shapes = Vec::with_capacity(4);

        let (path, mid, end, end_dir) = if a == b {
            self.loop_geometry(a, zoom, stroke, &mut shapes)
        } else {
            self.arc_geometry(a, b, zoom, stroke, &mut shapes)
        };
        if self.proposed {
            // A proposal is dashed: the same path, drawn in dashes.
            shapes.clear();
            shapes.extend(Shape::dashed_line(&path, stroke, 7.0, 4.0));
        }
        if self.directed {
            let head = (9.0 * zoom.sqrt()).clamp(6.0, 12.0) + width;
            shapes.push(arrow_head(end, end_dir, head, color));
        }
        self.path = path;

        let show_label = !self.label.is_empty() && (zoom >= EDGE_LABEL_MIN_ZOOM || self.selected || self.hovered);
        self.label_rect = None;
        if show_label {
            let font = (12.0 * zoom).clamp(MIN_FONT, 16.0);
            let text_color = if dimmed { palette.text.gamma_multiply(0.3) } else { palette.text };
            let galley =
                painter.layout_no_wrap(crate::model::shorten(&self.label, 48), FontId::proportional(font), text_color);
            let rect = Align2::CENTER_CENTER.anchor_size(mid, galley.size()).expand2(vec2(4.0, 1.0));
            let pill = if dimmed { palette.pill.gamma_multiply(0.4) } else { palette.pill };
            let outline = if self.selected || self.hovered { Stroke::new(1.5, color) } else { Stroke::NONE };
            shapes.push(Shape::Rect(RectShape::new(rect, 4.0, pill, outline, StrokeKind::Outside)));
            shapes.push(Shape::galley(rect.min + vec2(4.0, 1.0), galley, text_color));
            self.label_rect = Some(rect);
        }
        shapes
    }

    /// A straight or curved arrow from box `a` to box `b`. Returns the polyline, the label
    /// anchor, the end point and the direction at the end.
    fn arc_geometry(
        &self,
        a: Rect,
        b: Rect,
        zoom: f32,
        stroke: Stroke,
        shapes: &mut Vec<Shape>,
    ) -> (Vec<Pos2>, Pos2, Pos2, Vec2) {
        let bend = self.lane * LANE_SPACING * zoom.max(0.4);
        let [start, control, end] = geometry::arc(p(a.center()), half(a), p(b.center()), half(b), bend).map(pos);
        if self.lane == 0.0 {
            shapes.push(Shape::line_segment([start, end], stroke));
            let mid = start + (end - start) / 2.0;
            (vec![start, end], mid, end, (end - start).normalized())
        } else {
            let curve =
                QuadraticBezierShape::from_points_stroke([start, control, end], false, Color32::TRANSPARENT, stroke);
            let path: Vec<Pos2> = (0..=16).map(|i| curve.sample(i as f32 / 16.0)).collect();
            let mid = curve.sample(0.5);
            shapes.push(Shape::QuadraticBezier(curve));
            (path, mid, end, (end - control).normalized())
        }
    }

    /// A loop on top of box `r` for a relation from an actor to itself.
    fn loop_geometry(
        &self,
        r: Rect,
        zoom: f32,
        stroke: Stroke,
        shapes: &mut Vec<Shape>,
    ) -> (Vec<Pos2>, Pos2, Pos2, Vec2) {
        let size = geometry::loop_size(self.order) * zoom.max(0.5);
        let [start, c1, c2, end] = geometry::self_loop(p(r.center()), half(r), size).map(pos);
        let curve = CubicBezierShape::from_points_stroke([start, c1, c2, end], false, Color32::TRANSPARENT, stroke);
        let path: Vec<Pos2> = (0..=20).map(|i| curve.sample(i as f32 / 20.0)).collect();
        let mid = curve.sample(0.5);
        shapes.push(Shape::CubicBezier(curve));
        (path, mid, end, (end - c2).normalized())
    }

    /// Whether the screen point `p` is on the relation as last drawn.
    pub fn hit(&self, p: Pos2, tolerance: f32) -> bool {
        if self.label_rect.is_some_and(|r| r.contains(p)) {
            return true;
        }
        self.path.windows(2).any(|w| distance_to_segment(p, w[0], w[1]) <= tolerance)
    }
}

impl DisplayEdge<ActorId, RelationId, Directed, DefaultIx, ActorShape> for RelationShape {
    fn shapes(
        &mut self,
        start: &Node<ActorId, RelationId, Directed, DefaultIx, ActorShape>,
        end: &Node<ActorId, RelationId, Directed, DefaultIx, ActorShape>,
        ctx: &DrawContext,
    ) -> Vec<Shape> {
        let palette = EdgePalette::from_visuals(&ctx.ctx.global_style().visuals);
        let a = start.display().screen_rect(ctx);
        let b = end.display().screen_rect(ctx);
        self.draw(a, b, ctx.meta.zoom, ctx.painter, palette)
    }

    fn update(&mut self, _state: &EdgeProps<RelationId>) {
        // Lanes come from the projection, which sees every sibling; egui_graphs' own `order`
        // puts all parallel relations on one side.
    }

    fn is_inside(
        &self,
        _start: &Node<ActorId, RelationId, Directed, DefaultIx, ActorShape>,
        _end: &Node<ActorId, RelationId, Directed, DefaultIx, ActorShape>,
        pos: Pos2,
    ) -> bool {
        // `pos` is on the canvas; the path is kept on screen, so this is only exact at zoom 1.
        // The map view hit-tests with `hit` in screen space instead.
        self.hit(pos, 5.0)
    }
}

fn arrow_head(tip: Pos2, dir: Vec2, size: f32, color: Color32) -> Shape {
    let dir = if dir.length_sq() > 0.0 { dir.normalized() } else { Vec2::X };
    let back = tip - dir * size;
    let side = vec2(-dir.y, dir.x) * size * 0.45;
    Shape::convex_polygon(vec![tip, back + side, back - side], color, Stroke::NONE)
}

/// Distance from `p` to the segment `a`–`b`.
pub fn distance_to_segment(p: Pos2, a: Pos2, b: Pos2) -> f32 {
    let ab = b - a;
    let len_sq = ab.length_sq();
    if len_sq <= f32::EPSILON {
        return p.distance(a);
    }
    let t = ((p - a).dot(ab) / len_sq).clamp(0.0, 1.0);
    p.distance(a + ab * t)
}
