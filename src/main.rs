//! The `knowledge-map` binary: the window, or a headless subcommand.

use std::process::ExitCode;

use clap::Parser as _;
use knowledge_map::cli::{self, Cli, Command, Status};

fn main() -> ExitCode {
    let args = Cli::parse();
    match args.command {
        Some(Command::Check { file }) => {
            let (out, err, status) = cli::check(&file);
            out.iter().for_each(|l| println!("{l}"));
            err.iter().for_each(|l| eprintln!("{l}"));
            match status {
                Status::Ok => ExitCode::SUCCESS,
                Status::Failed => ExitCode::from(1),
            }
        }
        None => match knowledge_map::ui::run(args.file) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: could not open the window: {e}");
                ExitCode::from(1)
            }
        },
    }
}
