//! Our force layout to convergence (the default 200 steps) on seeded random maps of 1k and 10k
//! actors with 1.5 relations per actor, from random positions; prints the quality figure
//! (mean relation length over mean actor distance, lower is better) next to the time.
//! `bash benches/vs_sfdp.sh` runs Graphviz sfdp on the same graphs.

use std::collections::HashSet;

use criterion::{Criterion, criterion_group, criterion_main};
use knowledge_map::edit::{Edit, apply};
use knowledge_map::generate::random_map;
use knowledge_map::layout::{ForceOptions, edge_length_ratio, force_layout};

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("layout");
    g.sample_size(10);
    for n in [1_000usize, 10_000] {
        let map = random_map(n, n * 3 / 2, 1);
        let options = ForceOptions { from_current: false, ..ForceOptions::default() };
        let pinned = HashSet::new();
        if let Some(moves) = force_layout(&map, &options, &pinned, |_| true) {
            let mut laid = map.clone();
            if apply(&mut laid, Edit::MoveActors { moves, layout: true }).is_ok() {
                println!("{n} actors: quality {:.3}", edge_length_ratio(&laid, 1));
            }
        }
        g.bench_function(format!("force layout, {n} actors"), |b| {
            b.iter(|| force_layout(&map, &options, &pinned, |_| true).map(|m| m.len()))
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
