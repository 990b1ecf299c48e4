//! An optional custom colour for an actor, stored as `"#rrggbb"`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An sRGB colour, written in files as `"#rrggbb"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Color(pub [u8; 3]);

impl Color {
    /// Parses `#rrggbb` (the `#` is optional).
    pub fn parse_hex(s: &str) -> Option<Self> {
        let hex = s.trim().strip_prefix('#').unwrap_or(s.trim());
        if hex.len() != 6 || !hex.is_ascii() {
            return None;
        }
        let byte = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
        Some(Self([byte(0)?, byte(2)?, byte(4)?]))
    }

    /// `#rrggbb`.
    pub fn to_hex(self) -> String {
        let [r, g, b] = self.0;
        format!("#{r:02x}{g:02x}{b:02x}")
    }
}

impl Serialize for Color {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_hex())
    }
}

impl<'de> Deserialize<'de> for Color {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Self::parse_hex(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("expected a colour like \"#1f77b4\", found {s:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::Color;

    #[test]
    fn hex_round_trip_and_rejects() {
        let c = Color([0x1f, 0x77, 0xb4]);
        assert_eq!(Color::parse_hex(&c.to_hex()), Some(c));
        assert_eq!(Color::parse_hex("1F77B4"), Some(c));
        assert_eq!(Color::parse_hex("#12345"), None);
        assert_eq!(Color::parse_hex("#gg0000"), None);
        assert_eq!(Color::parse_hex("#ééé"), None);
    }
}
