//! Extraction speed: a 2,000-word article and 1 MB of article text (the development set's
//! articles repeated), drafted into a map. Prints MB/s; the target is ≥ 5 MB/s in release.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use knowledge_map::extract::{ArticleInfo, find};
use knowledge_map::model::Map;

fn corpus() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/extract_set/dev");
    let mut files: Vec<_> = std::fs::read_dir(dir).into_iter().flatten().flatten().map(|e| e.path()).collect();
    files.sort();
    files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn bench(c: &mut Criterion) {
    let all = corpus();
    let words: Vec<&str> = all.split_inclusive(' ').collect();
    let article: String = words.iter().cycle().take(2000).copied().collect();
    let mut big = String::new();
    while big.len() < 1_000_000 {
        big.push_str(&all);
        big.push_str("\n\n");
    }
    let empty = Map::default();
    let mut g = c.benchmark_group("extract");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(article.len() as u64));
    g.bench_function("2000-word article", |b| b.iter(|| find(&article, &empty, &mut |_| true)));
    g.bench_function("2000-word article, whole draft map", |b| {
        b.iter(|| knowledge_map::extract::draft_map(&article, &ArticleInfo::default(), &mut |_| true))
    });
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.bench_function("1 MB of articles", |b| b.iter(|| find(&big, &empty, &mut |_| true)));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
