//! PNG: the SVG drawing rasterised with resvg, headless and deterministic, with the Ubuntu
//! font egui ships embedded (no system fonts needed).

use super::FormatError;
use crate::model::Map;

/// Largest picture made, in pixels (about 100 megapixels, 400 MB while drawing).
pub const MAX_PIXELS: u64 = 100_000_000;

/// Renders the map at `scale` (1.0: one pixel per canvas unit).
pub fn write(map: &Map, scale: f32) -> Result<Vec<u8>, FormatError> {
    if !(scale.is_finite() && scale > 0.0) {
        return Err(FormatError::Export(format!("the scale must be a positive number, not {scale}")));
    }
    let svg = super::svg::write(map, &super::SvgOptions::default());
    let mut options = usvg::Options::default();
    options.fontdb_mut().load_font_data(epaint_default_fonts::UBUNTU_LIGHT.to_vec());
    options.fontdb_mut().set_sans_serif_family("Ubuntu");
    let tree = usvg::Tree::from_str(&svg, &options).map_err(|e| FormatError::Export(format!("SVG: {e}")))?;
    let size = tree.size();
    let (w, h) = ((size.width() * scale).ceil() as u32, (size.height() * scale).ceil() as u32);
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(FormatError::Limit { what: format!("a picture of {w}×{h} pixels"), limit: MAX_PIXELS as usize });
    }
    let mut pixmap = resvg::tiny_skia::Pixmap::new(w.max(1), h.max(1))
        .ok_or_else(|| FormatError::Export(format!("cannot make a {w}×{h} picture")))?;
    resvg::render(&tree, resvg::tiny_skia::Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| FormatError::Export(format!("PNG: {e}")))
}
