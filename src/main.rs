//! The `mtlint` binary: parse flags, run, map the outcome to an exit status.

use std::process::ExitCode;

use clap::Parser;
use mtlint::app::{ExitStatus, run};
use mtlint::cli::Cli;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            // Usage errors are errors (2); --help and --version are not.
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    // stderr is not held locked: the progress bar writes to it from other threads.
    let result = run(cli, &mut out, &mut std::io::stderr()).and_then(|status| {
        std::io::Write::flush(&mut out)?;
        Ok(status)
    });
    match result {
        Ok(status) => status.into(),
        // A closed pipe (`mtlint check … | head`) is the reader's choice, not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitStatus::Error.into()
        }
    }
}
