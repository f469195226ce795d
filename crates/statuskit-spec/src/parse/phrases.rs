//! The registered reason phrases: what a heading with no code (`### Service Unavailable`) may
//! name. Built from the registry; the reader looks phrases up in it.

use std::collections::HashMap;

use crate::registry::Registry;

/// The registered reason phrases, by lower-case phrase: what a heading with no code may name.
#[derive(Clone, Debug, Default)]
pub struct Phrases {
    codes: HashMap<String, u16>,
}

impl Phrases {
    /// The phrases of every status in the registry.
    pub fn of(registry: &Registry) -> Phrases {
        Phrases {
            codes: registry
                .entries
                .iter()
                .filter(|e| !e.is_unused())
                .map(|e| (e.phrase.to_lowercase(), e.code))
                .collect(),
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }

    /// The code whose phrase the text is, case aside.
    pub(crate) fn code(&self, text: &str) -> Option<u16> {
        self.codes.get(&text.trim().to_lowercase()).copied()
    }
}
