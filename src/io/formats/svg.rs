//! SVG of the whole map as the window draws it: rounded boxes in kind colours, arrows that fan
//! out where actors share several relations, labels on pills, a legend and the title. The same
//! drawing is rasterised for PNG export.

use super::xml::XmlOut;
use crate::layout::{LANE_SPACING, geometry, lanes};
use crate::model::{ActorKind, Map};

/// What to draw besides the map.
#[derive(Clone, Debug)]
pub struct SvgOptions {
    /// The legend of kinds.
    pub legend: bool,
    /// The map's title above it.
    pub title: bool,
}

impl Default for SvgOptions {
    fn default() -> Self {
        Self { legend: true, title: true }
    }
}

/// Font stack: Ubuntu is embedded for PNG; viewers fall back to their sans-serif.
pub const FONT: &str = "Ubuntu, 'DejaVu Sans', Arial, sans-serif";

fn f(v: f32) -> String {
    format!("{v:.1}")
}

/// Writes the SVG.
pub fn write(map: &Map, options: &SvgOptions) -> String {
    let pad = 40.0;
    let (mut min, mut max) = ((f32::MAX, f32::MAX), (f32::MIN, f32::MIN));
    for a in &map.actors {
        let [w, h] = a.approx_size();
        min = (min.0.min(a.position[0] - w / 2.0), min.1.min(a.position[1] - h / 2.0 - 60.0));
        max = (max.0.max(a.position[0] + w / 2.0), max.1.max(a.position[1] + h / 2.0));
    }
    if map.actors.is_empty() {
        (min, max) = ((0.0, 0.0), (400.0, 200.0));
    }
    let kinds: Vec<ActorKind> =
        ActorKind::ALL.into_iter().filter(|k| map.actors.iter().any(|a| a.kind == *k)).collect();
    let header = if options.title && !map.title.is_empty() { 36.0 } else { 0.0 };
    let legend_h = if options.legend && !kinds.is_empty() { 34.0 } else { 0.0 };
    let width = (max.0 - min.0 + 2.0 * pad).max(200.0);
    let height = max.1 - min.1 + 2.0 * pad + header + legend_h;
    // Canvas → picture: shift so the map starts at the padding, below the title.
    let ox = pad - min.0;
    let oy = pad + header - min.1;
    let at = |p: [f32; 2]| (p[0] + ox, p[1] + oy);

    let mut x = XmlOut::new();
    let (ws, hs) = (f(width), f(height));
    let view_box = format!("0 0 {ws} {hs}");
    x.open(
        "svg",
        &[
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("width", &ws),
            ("height", &hs),
            ("viewBox", &view_box),
            ("font-family", FONT),
        ],
    );
    x.open("defs", &[]);
    x.open(
        "marker",
        &[
            ("id", "arrow"),
            ("viewBox", "0 0 10 10"),
            ("refX", "10"),
            ("refY", "5"),
            ("markerWidth", "8"),
            ("markerHeight", "8"),
            ("orient", "auto-start-reverse"),
        ],
    );
    x.empty("path", &[("d", "M 0 0 L 10 5 L 0 10 z"), ("fill", "#555555")]);
    x.close();
    x.close();
    x.empty("rect", &[("width", "100%"), ("height", "100%"), ("fill", "#ffffff")]);
    if header > 0.0 {
        x.text(
            "text",
            &[("x", &f(pad)), ("y", &f(pad * 0.5 + 18.0)), ("font-size", "20"), ("fill", "#1b1b1f")],
            &map.title,
        );
    }

    let lanes = lanes(map);
    let by_id: std::collections::HashMap<&crate::model::ActorId, &crate::model::Actor> =
        map.actors.iter().map(|a| (&a.id, a)).collect();
    let position = |id: &crate::model::ActorId| by_id.get(id).map(|a| (at(a.position), a.approx_size()));
    x.open("g", &[("id", "relations"), ("fill", "none"), ("stroke", "#555555"), ("stroke-width", "1.5")]);
    let mut labels = Vec::new();
    let mut loops = std::collections::HashMap::<&str, usize>::new();
    for r in &map.relations {
        let (Some((a, sa)), Some((b, sb))) = (position(&r.source), position(&r.target)) else { continue };
        let marker = if r.directed { "url(#arrow)" } else { "" };
        let (ha, hb) = ([sa[0] / 2.0, sa[1] / 2.0], [sb[0] / 2.0, sb[1] / 2.0]);
        let (d, mid) = if r.source == r.target {
            let k = loops.entry(r.source.as_str()).or_insert(0);
            let curve = geometry::self_loop([a.0, a.1], ha, geometry::loop_size(*k));
            *k += 1;
            let [s, c1, c2, e] = curve;
            let m = geometry::cubic_mid(curve);
            let d = format!(
                "M {} {} C {} {} {} {} {} {}",
                f(s[0]),
                f(s[1]),
                f(c1[0]),
                f(c1[1]),
                f(c2[0]),
                f(c2[1]),
                f(e[0]),
                f(e[1])
            );
            (d, (m[0], m[1]))
        } else {
            let bend = lanes.get(&r.id).copied().unwrap_or(0.0) * LANE_SPACING;
            let curve = geometry::arc([a.0, a.1], ha, [b.0, b.1], hb, bend);
            let [s, c, e] = curve;
            let m = geometry::quadratic_mid(curve);
            (format!("M {} {} Q {} {} {} {}", f(s[0]), f(s[1]), f(c[0]), f(c[1]), f(e[0]), f(e[1])), (m[0], m[1]))
        };
        let mut attrs = vec![("d", d.as_str())];
        if !marker.is_empty() {
            attrs.push(("marker-end", marker));
        }
        x.empty("path", &attrs);
        if !r.label.is_empty() {
            labels.push((mid, r.label.as_str()));
        }
    }
    x.close();
    // Labels above every line, on white pills.
    x.open("g", &[("id", "relation-labels"), ("font-size", "11"), ("text-anchor", "middle")]);
    for (mid, label) in labels {
        let label = crate::model::shorten(label, 48);
        let w = 6.2 * label.chars().count() as f32 + 8.0;
        x.empty(
            "rect",
            &[
                ("x", &f(mid.0 - w / 2.0)),
                ("y", &f(mid.1 - 8.0)),
                ("width", &f(w)),
                ("height", "16"),
                ("rx", "4"),
                ("fill", "#ffffff"),
                ("fill-opacity", "0.9"),
            ],
        );
        x.text("text", &[("x", &f(mid.0)), ("y", &f(mid.1 + 4.0)), ("fill", "#1b1b1f")], &label);
    }
    x.close();
    x.open("g", &[("id", "actors"), ("font-size", "13"), ("text-anchor", "middle")]);
    for a in &map.actors {
        let (cx, cy) = at(a.position);
        let [w, h] = a.approx_size();
        let fill = a.fill().to_hex();
        x.empty(
            "rect",
            &[
                ("x", &f(cx - w / 2.0)),
                ("y", &f(cy - h / 2.0)),
                ("width", &f(w)),
                ("height", &f(h)),
                ("rx", "8"),
                ("fill", &fill),
                ("stroke", "#555555"),
                ("stroke-width", "1"),
            ],
        );
        x.text("text", &[("x", &f(cx)), ("y", &f(cy + 4.5)), ("fill", "#1b1b1f")], &a.name);
    }
    x.close();
    if legend_h > 0.0 {
        x.open("g", &[("id", "legend"), ("font-size", "12")]);
        let mut lx = pad;
        let ly = height - pad * 0.5 - 12.0;
        for k in kinds {
            x.empty(
                "rect",
                &[
                    ("x", &f(lx)),
                    ("y", &f(ly)),
                    ("width", "14"),
                    ("height", "14"),
                    ("rx", "3"),
                    ("fill", &k.default_color().to_hex()),
                    ("stroke", "#555555"),
                ],
            );
            x.text("text", &[("x", &f(lx + 20.0)), ("y", &f(ly + 11.5)), ("fill", "#1b1b1f")], k.label());
            lx += 34.0 + 7.0 * k.label().len() as f32;
        }
        x.close();
    }
    x.finish()
}
