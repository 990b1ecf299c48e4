//! Export and import of a 10,000-actor / 30,000-relation map in every two-way format (target:
//! each under a second in release), plus the native load next to a raw `serde_json` parse of
//! the same bytes. `cargo bench --bench formats`.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use criterion::{Criterion, criterion_group, criterion_main};
use knowledge_map::generate::random_map;
use knowledge_map::io::{self, formats, formats::Format};

fn bench(c: &mut Criterion) {
    let map = random_map(10_000, 30_000, 1);
    let mut group = c.benchmark_group("10k actors, 30k relations");
    group.sample_size(10);
    for format in [
        Format::Native,
        Format::GraphMl,
        Format::Gexf,
        Format::Csv,
        Format::Kumu,
        Format::Jgf,
        Format::Dot,
        Format::Mermaid,
        Format::Cytoscape,
        Format::Svg,
    ] {
        let bytes = formats::export_bytes(&map, format).expect("export");
        println!("{:>10}: {:>6.1} MB", format.cli_name(), bytes.len() as f64 / 1e6);
        group.bench_function(format!("export {}", format.cli_name()), |b| {
            b.iter(|| std::hint::black_box(formats::export_bytes(&map, format).expect("export")))
        });
        if format.can_import() && format != Format::Csv {
            group.bench_function(format!("import {}", format.cli_name()), |b| {
                b.iter(|| std::hint::black_box(formats::import_bytes(&bytes, format).expect("import")))
            });
        }
    }
    // CSV import reads the relations table and the actors table from files.
    let dir = tempfile::tempdir().expect("dir");
    let csv = dir.path().join("m.csv");
    formats::export(&map, Format::Csv, &csv).expect("csv");
    group.bench_function("import csv (both tables)", |b| {
        b.iter(|| std::hint::black_box(formats::import(&csv, Format::Csv).expect("import")))
    });
    let native = io::to_bytes(&map).expect("bytes");
    group.bench_function("native load (parse, check, validate)", |b| {
        b.iter(|| std::hint::black_box(io::from_bytes(&native).expect("load")))
    });
    group.bench_function("serde_json::from_slice::<Value> (same bytes)", |b| {
        b.iter(|| std::hint::black_box(serde_json::from_slice::<serde_json::Value>(&native).expect("parse")))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
