//! Running the real binary and making its output comparable.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// What one run of `mtlint` produced.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Exit code, stdout and stderr in one text, timings blanked, for snapshots.
    pub fn snapshot(&self) -> String {
        let time = regex::Regex::new(r"\(\d+ ms\)").unwrap();
        format!(
            "exit: {}\n----- stdout -----\n{}----- stderr -----\n{}",
            self.code,
            time.replace_all(&self.stdout, "(TIME)"),
            time.replace_all(&self.stderr, "(TIME)")
        )
    }
}

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixture(rel: &str) -> PathBuf {
    repo().join("fixtures").join(rel)
}

/// Runs `mtlint ARGS` in the repository root without colors, with `stdin` as input.
pub fn mtlint_in(dir: &Path, args: &[&str], stdin: &str, envs: &[(&str, &str)]) -> Run {
    use std::io::Write;
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_mtlint"));
    cmd.args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in envs {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("mtlint runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

pub fn mtlint(args: &[&str]) -> Run {
    mtlint_in(&repo(), args, "", &[])
}

pub fn mtlint_stdin(args: &[&str], stdin: &str) -> Run {
    mtlint_in(&repo(), args, stdin, &[])
}

/// The JSON report of `mtlint check --format json ARGS`.
pub fn json(args: &[&str]) -> (i32, serde_json::Value) {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let run = mtlint(&all);
    let value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}\n{}", run.stdout, run.stderr));
    (run.code, value)
}
