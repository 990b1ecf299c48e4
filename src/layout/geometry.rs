//! The geometry every drawing of the map shares (the window, SVG and PNG): where arrows leave
//! boxes, how parallel relations curve, how self-relations loop. Plain `[x, y]` points.

/// A point `[x, y]`.
pub type Point = [f32; 2];

/// Where a ray from the centre `c` of a box with half-size `half`, in direction `dir`, leaves
/// the box (the centre itself for a zero direction).
pub fn box_boundary(c: Point, half: Point, dir: Point) -> Point {
    let [dx, dy] = dir;
    if dx.abs() < f32::EPSILON && dy.abs() < f32::EPSILON {
        return c;
    }
    let tx = if dx.abs() > f32::EPSILON { half[0] / dx.abs() } else { f32::INFINITY };
    let ty = if dy.abs() > f32::EPSILON { half[1] / dy.abs() } else { f32::INFINITY };
    let t = tx.min(ty);
    [c[0] + dx * t, c[1] + dy * t]
}

/// A relation between two boxes (centre, half-size) as a quadratic curve `[start, control,
/// end]`: the control point is `bend` to the left of the middle (0: a straight line), and the
/// ends sit where the curve leaves the boxes.
pub fn arc(a: Point, a_half: Point, b: Point, b_half: Point, bend: f32) -> [Point; 3] {
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let len = (dx * dx + dy * dy).sqrt().max(1e-3);
    let normal = [-dy / len, dx / len];
    let control = [a[0] + dx / 2.0 + normal[0] * bend, a[1] + dy / 2.0 + normal[1] * bend];
    let start = box_boundary(a, a_half, [control[0] - a[0], control[1] - a[1]]);
    let end = box_boundary(b, b_half, [control[0] - b[0], control[1] - b[1]]);
    [start, control, end]
}

/// Size of the `order`-th loop on one actor (0, 1, 2…: each one larger than the last).
pub fn loop_size(order: usize) -> f32 {
    22.0 + 12.0 * order as f32
}

/// A relation from an actor to itself: a cubic curve `[start, c1, c2, end]` looping above its
/// box (centre, half-size).
pub fn self_loop(c: Point, half: Point, size: f32) -> [Point; 4] {
    let top = c[1] - half[1];
    let start = [c[0] - half[0] * 0.3, top];
    let end = [c[0] + half[0] * 0.3, top];
    [start, [start[0] - size, top - size * 1.6], [end[0] + size, top - size * 1.6], end]
}

/// The point halfway along a quadratic curve.
pub fn quadratic_mid([s, c, e]: [Point; 3]) -> Point {
    [0.25 * s[0] + 0.5 * c[0] + 0.25 * e[0], 0.25 * s[1] + 0.5 * c[1] + 0.25 * e[1]]
}

/// The point halfway along a cubic curve.
pub fn cubic_mid([s, c1, c2, e]: [Point; 4]) -> Point {
    [(s[0] + 3.0 * c1[0] + 3.0 * c2[0] + e[0]) / 8.0, (s[1] + 3.0 * c1[1] + 3.0 * c2[1] + e[1]) / 8.0]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundary_and_arcs() {
        assert_eq!(box_boundary([0.0, 0.0], [10.0, 5.0], [1.0, 0.0]), [10.0, 0.0]);
        assert_eq!(box_boundary([0.0, 0.0], [10.0, 5.0], [0.0, -2.0]), [0.0, -5.0]);
        let [s, c, e] = arc([0.0, 0.0], [10.0, 5.0], [100.0, 0.0], [10.0, 5.0], 0.0);
        assert_eq!((s, c, e), ([10.0, 0.0], [50.0, 0.0], [90.0, 0.0]));
        let [_, c, _] = arc([0.0, 0.0], [10.0, 5.0], [100.0, 0.0], [10.0, 5.0], 20.0);
        assert_eq!(c, [50.0, 20.0], "left of a→b in a y-down canvas");
        assert!(loop_size(1) > loop_size(0));
    }
}
