//! The `knowledge-map` binary: the window, or a headless subcommand.

use std::process::ExitCode;

use clap::Parser as _;
use knowledge_map::cli::{self, Cli, Command, Status};

fn main() -> ExitCode {
    let args = Cli::parse();
    let report = |(out, err, status): (Vec<String>, Vec<String>, Status)| {
        out.iter().for_each(|l| println!("{l}"));
        err.iter().for_each(|l| eprintln!("{l}"));
        match status {
            Status::Ok => ExitCode::SUCCESS,
            Status::Failed => ExitCode::from(1),
        }
    };
    match args.command {
        Some(Command::Check { file }) => report(cli::check(&file)),
        Some(Command::Export { file, output, to, scale }) => report(cli::export(&file, &output, to.as_deref(), scale)),
        Some(Command::Extract { article, output, title, into }) => {
            report(cli::extract(&article, &output, title.as_deref(), into.as_deref()))
        }
        Some(Command::WriteRecovery { file, recovery }) => report(cli::write_recovery(&file, &recovery)),
        Some(Command::Import { input, output, from }) => report(cli::import(&input, &output, from.as_deref())),
        Some(Command::Layout { file, output, iterations, seed, fresh }) => {
            report(cli::layout(&file, &output, iterations, seed, fresh))
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
