//! The command line of `mlrun-conformance`.

use std::path::PathBuf;

use crate::Options;

pub const USAGE: &str = "\
usage: mlrun-conformance [options]

Runs every case of every suite in the conformance directory through mlrun, prints
passed/total per suite and writes scoreboard.md. Exits 1 if a case fails unexpectedly
or the known-failures lists are not exact.

options:
  --suite NAME      only this suite (repeatable)
  --filter SUBSTR   only cases whose name contains SUBSTR
  --bless           write the current transcript into NAME.expected where it is
                    missing or differs (not for known failures)
  --mlrun PATH      the mlrun binary (default: $MLRUN, else beside this binary,
                    else built with cargo)
  --jobs N          cases run at once (default 2)
  --no-scoreboard   do not write scoreboard.md (implied by --suite and --filter,
                    whose partial figures would overwrite the full ones)
  -h, --help        this text

environment: CONFORMANCE_DIR (default: the conformance crate), MLRUN, CARGO";

#[derive(Debug)]
pub enum Command {
    Run(Options),
    Help,
}

pub fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Command, String> {
    let mut opts = Options::default();
    let mut no_scoreboard = false;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        // Both `--flag VALUE` and `--flag=VALUE`.
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => {
                (flag.to_string(), Some(value.to_string()))
            }
            _ => (arg.clone(), None),
        };
        let mut value = || {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| format!("{flag} needs a value"))
        };
        match flag.as_str() {
            "--suite" => opts.suites.push(value()?),
            "--filter" => opts.filter = Some(value()?),
            "--mlrun" => opts.mlrun = Some(PathBuf::from(value()?)),
            "--jobs" => {
                let v = value()?;
                opts.jobs = v
                    .parse()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or_else(|| format!("--jobs wants a positive number, not `{v}`"))?;
            }
            "--bless" if inline.is_none() => opts.bless = true,
            "--no-scoreboard" if inline.is_none() => no_scoreboard = true,
            "-h" | "--help" => return Ok(Command::Help),
            _ => return Err(format!("unknown argument `{arg}`")),
        }
    }
    opts.write_scoreboard = !no_scoreboard && opts.suites.is_empty() && opts.filter.is_none();
    Ok(Command::Run(opts))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Command, String> {
        parse_args(args.iter().map(|s| s.to_string()))
    }

    fn opts(args: &[&str]) -> Options {
        match parse(args).unwrap() {
            Command::Run(opts) => opts,
            Command::Help => panic!("help"),
        }
    }

    #[test]
    fn flags() {
        let o = opts(&[
            "--suite",
            "parse",
            "--suite=lang",
            "--filter",
            "rec",
            "--bless",
            "--mlrun=./m",
            "--jobs",
            "3",
        ]);
        assert_eq!(o.suites, ["parse", "lang"]);
        assert_eq!(o.filter.as_deref(), Some("rec"));
        assert!(o.bless);
        assert_eq!(o.mlrun, Some(PathBuf::from("./m")));
        assert_eq!(o.jobs, 3);
        assert!(!o.write_scoreboard);
    }

    #[test]
    fn full_runs_write_the_scoreboard() {
        let o = opts(&[]);
        assert!(o.write_scoreboard && !o.bless && o.suites.is_empty() && o.jobs == 2);
        assert!(!opts(&["--no-scoreboard"]).write_scoreboard);
    }

    #[test]
    fn errors() {
        assert!(parse(&["--suite"]).unwrap_err().contains("needs a value"));
        assert!(parse(&["--frobnicate"])
            .unwrap_err()
            .contains("unknown argument"));
        assert!(parse(&["--bless=yes"]).is_err());
        assert!(parse(&["--jobs", "0"]).is_err());
        assert!(matches!(parse(&["--help"]), Ok(Command::Help)));
    }
}
