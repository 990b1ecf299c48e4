//! A uniform grid over the view: which actors were drawn in each 48-point cell, so hover and
//! click look at a handful of boxes instead of the whole map.

use egui::{Pos2, Rect};
use petgraph::stable_graph::NodeIndex;

/// Cell side in points.
const CELL: f32 = 48.0;

/// Actors by screen cell, rebuilt every frame from the boxes drawn (memory kept).
#[derive(Default)]
pub struct Grid {
    origin: Pos2,
    columns: usize,
    rows: usize,
    cells: Vec<Vec<NodeIndex>>,
}

impl Grid {
    /// Fills the grid over `view` with `boxes` (node, screen box), in drawing order.
    pub fn rebuild(&mut self, view: Rect, boxes: impl Iterator<Item = (NodeIndex, Rect)>) {
        self.origin = view.min;
        self.columns = ((view.width() / CELL).ceil() as usize).clamp(1, 4096);
        self.rows = ((view.height() / CELL).ceil() as usize).clamp(1, 4096);
        let n = self.columns * self.rows;
        for c in &mut self.cells {
            c.clear();
        }
        self.cells.resize_with(n, Vec::new);
        self.cells.truncate(n);
        for (node, r) in boxes {
            let Some((c0, r0)) = self.cell(r.min) else { continue };
            let Some((c1, r1)) = self.cell(r.max) else { continue };
            for row in r0..=r1 {
                for col in c0..=c1 {
                    if let Some(cell) = self.cells.get_mut(row * self.columns + col) {
                        cell.push(node);
                    }
                }
            }
        }
    }

    /// The actors drawn over the cell containing `p`, in drawing order.
    pub fn at(&self, p: Pos2) -> &[NodeIndex] {
        let inside = p.x >= self.origin.x && p.y >= self.origin.y;
        let (col, row) = (((p.x - self.origin.x) / CELL) as usize, ((p.y - self.origin.y) / CELL) as usize);
        if !inside || col >= self.columns || row >= self.rows {
            return &[];
        }
        self.cells.get(row * self.columns + col).map_or(&[], Vec::as_slice)
    }

    /// The cell of `p`, clamped to the grid; `None` for NaN.
    fn cell(&self, p: Pos2) -> Option<(usize, usize)> {
        if !p.x.is_finite() || !p.y.is_finite() {
            return None;
        }
        let col = ((p.x - self.origin.x) / CELL).floor().clamp(0.0, (self.columns - 1) as f32) as usize;
        let row = ((p.y - self.origin.y) / CELL).floor().clamp(0.0, (self.rows - 1) as f32) as usize;
        Some((col, row))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::pos2;

    #[test]
    fn finds_the_boxes_over_a_point_and_nothing_elsewhere() {
        let mut g = Grid::default();
        let view = Rect::from_min_size(pos2(100.0, 50.0), egui::vec2(500.0, 300.0));
        let a = (NodeIndex::new(1), Rect::from_min_max(pos2(110.0, 60.0), pos2(300.0, 90.0)));
        let b = (NodeIndex::new(2), Rect::from_min_max(pos2(-50.0, -50.0), pos2(120.0, 70.0)));
        g.rebuild(view, [a, b].into_iter());
        assert_eq!(g.at(pos2(115.0, 65.0)), [NodeIndex::new(1), NodeIndex::new(2)]);
        assert_eq!(g.at(pos2(290.0, 85.0)), [NodeIndex::new(1)]);
        assert!(g.at(pos2(590.0, 340.0)).is_empty());
        assert!(g.at(pos2(10.0, 10.0)).is_empty(), "outside the view");
        g.rebuild(view, std::iter::empty());
        assert!(g.at(pos2(115.0, 65.0)).is_empty(), "rebuilt empty");
    }
}
