//! `mlrun-conformance`: see `cli::USAGE`.

use std::process::ExitCode;

use conformance::cli::{self, Command, USAGE};

fn main() -> ExitCode {
    let opts = match cli::parse_args(std::env::args().skip(1)) {
        Ok(Command::Run(opts)) => opts,
        Ok(Command::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("mlrun-conformance: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match conformance::run(&opts) {
        Ok(report) => {
            print!("{}", report.render());
            if let Some(path) = &report.scoreboard {
                eprintln!("wrote {}", path.display());
            }
            if report.success() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Err(e) => {
            eprintln!("mlrun-conformance: {e}");
            ExitCode::from(2)
        }
    }
}
