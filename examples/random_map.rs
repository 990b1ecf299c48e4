//! Writes a seeded random map, for benchmarks anyone can reproduce:
//! `cargo run --release --example random_map -- ACTORS RELATIONS SEED OUT.json`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [actors, relations, seed, out] = args.as_slice() else {
        eprintln!("usage: random_map ACTORS RELATIONS SEED OUT.json");
        return ExitCode::from(2);
    };
    let (Ok(actors), Ok(relations), Ok(seed)) = (actors.parse(), relations.parse(), seed.parse()) else {
        eprintln!("error: ACTORS, RELATIONS and SEED are whole numbers");
        return ExitCode::from(2);
    };
    let map = knowledge_map::generate::random_map(actors, relations, seed);
    match knowledge_map::io::save(&map, std::path::Path::new(out)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}
