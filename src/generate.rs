//! Seeded random maps for benchmarks and tests, so anyone reproduces the figures.

use crate::model::{Actor, ActorKind, Map, Relation};

/// A small, fast, seeded generator (SplitMix64); not for cryptography.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator for `seed`.
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// A number in `[0, 1)`.
    pub fn unit(&mut self) -> f32 {
        (self.next_u64() >> 40) as f32 / (1u64 << 24) as f32
    }
}

/// A map of `actors` actors and `relations` relations between random pairs, spread over a
/// square that gives each actor room, with names and labels of realistic length.
pub fn random_map(actors: usize, relations: usize, seed: u64) -> Map {
    let mut rng = Rng::new(seed);
    let side = (actors as f32).sqrt().ceil() * 260.0;
    let words = ["Council", "Ministry", "Union", "Party", "Front", "Agency", "Bank", "Group", "Office", "Forum"];
    let verbs = ["funds", "meets", "sanctions", "supports", "criticizes", "negotiates with", "advises", "visits"];
    let mut map =
        Map { title: format!("Random map: {actors} actors, {relations} relations (seed {seed})"), ..Map::default() };
    map.actors = (0..actors)
        .map(|i| {
            let name = format!("{} {} {i}", words[rng.below(words.len())], words[rng.below(words.len())]);
            let kind = ActorKind::ALL[rng.below(ActorKind::ALL.len())];
            Actor::new(format!("a{i}"), name, kind, [rng.unit() * side, rng.unit() * side])
        })
        .collect();
    if actors > 0 {
        map.relations = (0..relations)
            .map(|i| {
                let (s, t) = (rng.below(actors), rng.below(actors));
                Relation::new(format!("r{i}"), format!("a{s}"), format!("a{t}"), verbs[rng.below(verbs.len())])
            })
            .collect();
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_map_and_valid() {
        let a = random_map(200, 600, 7);
        assert_eq!(a, random_map(200, 600, 7));
        assert_ne!(a, random_map(200, 600, 8));
        assert_eq!(crate::model::validate(&a), vec![]);
        assert_eq!((a.actors.len(), a.relations.len()), (200, 600));
    }
}
