//! Stable string ids for the elements of a map.

use serde::{Deserialize, Serialize};

macro_rules! string_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// The id as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                Self(s.to_owned())
            }
        }

        impl From<String> for $name {
            fn from(s: String) -> Self {
                Self(s)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

string_id!(
    /// Id of an [`crate::model::Actor`], unique among the actors of a map.
    ActorId
);
string_id!(
    /// Id of a [`crate::model::Relation`], unique among the relations of a map.
    RelationId
);
string_id!(
    /// Id of a [`crate::model::Source`], unique among the sources of a map.
    SourceId
);

/// Lower-case ASCII slug of `text` (`"Vladimir Putin"` → `"vladimir-putin"`), at most 40
/// characters; `fallback` when nothing usable is left.
pub(crate) fn slug(text: &str, fallback: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= 40 {
            break;
        }
    }
    let out = out.trim_end_matches('-');
    if out.is_empty() { fallback.to_owned() } else { out.to_owned() }
}

#[cfg(test)]
mod tests {
    use super::slug;

    #[test]
    fn slugs_are_ascii_and_never_empty() {
        assert_eq!(slug("Vladimir Putin", "x"), "vladimir-putin");
        assert_eq!(slug("  U.S. citizens ", "x"), "u-s-citizens");
        assert_eq!(slug("Лукашенко", "actor"), "actor");
        assert_eq!(slug("", "relation"), "relation");
    }
}
