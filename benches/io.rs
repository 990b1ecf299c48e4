//! Loading and saving maps of 10k and 100k actors (3 relations per actor) in the native
//! format, next to a raw `serde_json::from_slice::<Value>` of the same bytes: the ratio shows
//! what checking, typing and validating cost over bare parsing. `cargo bench --bench io`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use knowledge_map::generate::random_map;

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("io");
    g.sample_size(10);
    for n in [10_000usize, 100_000] {
        let map = random_map(n, 3 * n, 1);
        let Ok(bytes) = knowledge_map::io::to_bytes(&map) else { return };
        println!("{n} actors: {:.1} MB", bytes.len() as f64 / 1e6);
        g.throughput(Throughput::Bytes(bytes.len() as u64));
        g.bench_function(format!("load {n} actors"), |b| b.iter(|| knowledge_map::io::from_bytes(&bytes)));
        g.bench_function(format!("serde_json Value {n} actors"), |b| {
            b.iter(|| serde_json::from_slice::<serde_json::Value>(&bytes).map(|v| v.is_object()))
        });
        g.bench_function(format!("save {n} actors"), |b| b.iter(|| knowledge_map::io::to_bytes(&map).map(|b| b.len())));
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
