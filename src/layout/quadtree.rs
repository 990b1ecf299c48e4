//! A Barnes–Hut quadtree: approximate repulsion from far groups of points by their centre of
//! mass, so one layout step costs O(n log n) instead of O(n²).

/// One cell of the tree.
#[derive(Clone, Debug)]
struct Cell {
    /// Centre and half-size of the square.
    center: [f32; 2],
    half: f32,
    /// Number of points and their centre of mass.
    mass: f32,
    com: [f32; 2],
    /// First of four children (in `cells`), or `None` for a leaf.
    children: Option<usize>,
    /// The one point a leaf holds (index into the points), if any.
    point: Option<usize>,
}

/// A quadtree over a set of points.
pub struct QuadTree {
    cells: Vec<Cell>,
}

/// Below this cell size, points are considered to be at the same place (no further split).
const MIN_HALF: f32 = 1e-3;

impl QuadTree {
    /// Builds the tree over `points`.
    pub fn new(points: &[[f32; 2]]) -> Self {
        let (mut lo, mut hi) = ([f32::MAX; 2], [f32::MIN; 2]);
        for p in points {
            for k in 0..2 {
                lo[k] = lo[k].min(p[k]);
                hi[k] = hi[k].max(p[k]);
            }
        }
        if points.is_empty() {
            (lo, hi) = ([0.0; 2], [1.0; 2]);
        }
        let half = ((hi[0] - lo[0]).max(hi[1] - lo[1]) / 2.0).max(1.0) * 1.01;
        let center = [(lo[0] + hi[0]) / 2.0, (lo[1] + hi[1]) / 2.0];
        let mut tree = Self { cells: Vec::with_capacity(points.len() * 2 + 1) };
        tree.cells.push(Cell { center, half, mass: 0.0, com: [0.0; 2], children: None, point: None });
        for (i, p) in points.iter().enumerate() {
            tree.insert(0, i, *p, points);
        }
        tree
    }

    fn insert(&mut self, mut cell: usize, index: usize, p: [f32; 2], points: &[[f32; 2]]) {
        loop {
            // Update the centre of mass on the way down.
            let c = &mut self.cells[cell];
            let m = c.mass;
            c.com = [(c.com[0] * m + p[0]) / (m + 1.0), (c.com[1] * m + p[1]) / (m + 1.0)];
            c.mass = m + 1.0;
            if let Some(first) = c.children {
                cell = first + quadrant(c.center, p);
                continue;
            }
            match c.point {
                None if m == 0.0 => {
                    c.point = Some(index);
                    return;
                }
                // Too small to split: the points share this leaf (their mass adds up).
                _ if c.half < MIN_HALF => return,
                other => {
                    let (center, half) = (c.center, c.half / 2.0);
                    let first = self.cells.len();
                    for q in 0..4 {
                        let dx = if q & 1 == 1 { half } else { -half };
                        let dy = if q & 2 == 2 { half } else { -half };
                        self.cells.push(Cell {
                            center: [center[0] + dx, center[1] + dy],
                            half,
                            mass: 0.0,
                            com: [0.0; 2],
                            children: None,
                            point: None,
                        });
                    }
                    let c = &mut self.cells[cell];
                    c.children = Some(first);
                    c.point = None;
                    if let Some(old) = other {
                        let q = points[old];
                        let target = first + quadrant(center, q);
                        let t = &mut self.cells[target];
                        t.mass = 1.0;
                        t.com = q;
                        t.point = Some(old);
                    }
                    cell = first + quadrant(center, p);
                }
            }
        }
    }

    /// Calls `f(com, mass)` for the groups of points that act on `p` (cells far enough away
    /// by the opening criterion `theta`, single points otherwise), skipping point `me`.
    pub fn for_each_group(&self, p: [f32; 2], me: usize, theta: f32, mut f: impl FnMut([f32; 2], f32)) {
        // Depth first: at most three pending siblings per level, so 64 slots hold a tree 20
        // levels deep without growing (one allocation per call instead of five or six).
        let mut stack = Vec::with_capacity(64);
        stack.push(0usize);
        while let Some(i) = stack.pop() {
            let c = &self.cells[i];
            if c.mass == 0.0 {
                continue;
            }
            let (dx, dy) = (c.com[0] - p[0], c.com[1] - p[1]);
            let dist = (dx * dx + dy * dy).sqrt();
            match c.children {
                Some(first) if c.half * 2.0 > theta * dist => stack.extend(first..first + 4),
                _ => {
                    if c.point == Some(me) && c.mass <= 1.0 {
                        continue;
                    }
                    // A leaf holding `me` among coincident points: the others still push.
                    let mass = if c.point == Some(me) { c.mass - 1.0 } else { c.mass };
                    f(c.com, mass);
                }
            }
        }
    }
}

fn quadrant(center: [f32; 2], p: [f32; 2]) -> usize {
    usize::from(p[0] >= center[0]) | (usize::from(p[1] >= center[1]) << 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn total_mass_is_every_other_point() {
        let points: Vec<[f32; 2]> = (0..500).map(|i| [(i * 37 % 101) as f32, (i * 53 % 89) as f32]).collect();
        let tree = QuadTree::new(&points);
        for me in [0, 17, 499] {
            let mut mass = 0.0;
            tree.for_each_group(points[me], me, 0.8, |_, m| mass += m);
            assert!((mass - 499.0).abs() < 1e-3, "{mass}");
        }
    }

    #[test]
    fn coincident_points_do_not_recurse_forever() {
        let points = vec![[1.0, 1.0]; 100];
        let tree = QuadTree::new(&points);
        let mut mass = 0.0;
        tree.for_each_group(points[0], 0, 0.8, |_, m| mass += m);
        assert!(mass >= 98.0, "{mass}");
    }
}
