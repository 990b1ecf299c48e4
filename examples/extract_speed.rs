//! Extracts from the development set repeated to about 1 MB, for profiling:
//! `cargo run --release --example extract_speed`.
fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/extract_set/dev");
    let mut files: Vec<_> = std::fs::read_dir(dir).into_iter().flatten().flatten().map(|e| e.path()).collect();
    files.sort();
    let all: String = files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect::<Vec<_>>()
        .join("\n\n");
    let mut big = String::new();
    while big.len() < 1_000_000 {
        big.push_str(&all);
        big.push_str("\n\n");
    }
    let started = std::time::Instant::now();
    let found = knowledge_map::extract::find(&big, &knowledge_map::model::Map::default(), &mut |_| true);
    let took = started.elapsed().as_secs_f64();
    let n = found.map(|f| f.relations.len()).unwrap_or(0);
    println!(
        "{} bytes in {:.0} ms: {:.2} MB/s, {n} relations",
        big.len(),
        took * 1000.0,
        big.len() as f64 / took / 1e6
    );
}
