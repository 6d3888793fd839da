//! Orchestration only: flags → rules → inputs → check → fix → report → exit status.

use std::io::{IsTerminal, Write};
use std::time::Instant;

use rayon::prelude::*;

use crate::cli::{
    CheckArgs, Cli, ColorChoice, Command, ExplainArgs, OutputFormat, RuleArgs, RulesAction,
    RulesArgs,
};
use crate::diagnostic::FixSafety;
use crate::emit::{
    Emitter, FileError, FileReport, Summary,
    checkstyle::Checkstyle,
    human::Human,
    json::Json,
    lines::{Concise, Github, JsonLines, Statistics},
    sarif::Sarif,
    score_table::ScoreTable,
};
use crate::error::{Error, did_you_mean};
use crate::fix;
use crate::lint::Engine;
use crate::matcher::MatcherOptions;
use crate::rules::{RuleSet, Selection, examples, load};
use crate::walk::{self, Input};

/// How many times `--fix` re-checks and fixes again, for fixes that uncover findings.
const MAX_FIX_PASSES: usize = 4;

/// The process exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// No findings.
    Success = 0,
    /// Findings (or, for `--diff`, fixes to apply; for `rules test`, failing examples).
    Failure = 1,
    /// A bad flag, rule file or input.
    Error = 2,
}

impl From<ExitStatus> for std::process::ExitCode {
    fn from(s: ExitStatus) -> Self {
        std::process::ExitCode::from(s as u8)
    }
}

/// Runs one command, writing results to `out` and problems to `err`.
pub fn run(cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<ExitStatus> {
    let color = match cli.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    };
    colored::control::set_override(color);
    match cli.command {
        Command::Check(args) => check(&args, out, err),
        Command::Score(args) => check(&args.into_check(), out, err),
        Command::Rules(args) => rules(&args, out, err),
        Command::Explain(args) => explain(&args, out, err),
        Command::Completions { shell } => {
            clap_complete::generate(
                shell,
                &mut <Cli as clap::CommandFactory>::command(),
                "mtlint",
                out,
            );
            Ok(ExitStatus::Success)
        }
    }
}

fn error_line(err: &mut dyn Write, e: &dyn std::fmt::Display) -> std::io::Result<()> {
    writeln!(
        err,
        "{} {e}",
        colored::Colorize::bold(colored::Colorize::red("error:"))
    )
}

fn load_rules(args: &RuleArgs, verify_examples: bool) -> Result<RuleSet, Error> {
    load::load(&load::LoadOptions {
        rule_paths: args.rules.clone(),
        no_builtin: args.no_builtin,
        verify_examples,
    })
}

fn selection(args: &RuleArgs) -> Selection {
    Selection {
        select: args.select.clone(),
        ignore: args.ignore.clone(),
        source_lang: args.source_lang.as_ref().map(|l| l.to_ascii_lowercase()),
    }
}

/// What checking one input produced.
struct Outcome {
    report: FileReport,
    /// `--diff`: the unified diff; stdin with `--fix`: the fixed text.
    output: Option<String>,
}

fn check(
    args: &CheckArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitStatus> {
    let started = Instant::now();
    let rules = match load_rules(&args.rules, true).and_then(|r| r.select(&selection(&args.rules)))
    {
        Ok(r) => r,
        Err(e) => {
            error_line(err, &e)?;
            return Ok(ExitStatus::Error);
        }
    };
    let engine = Engine::new(
        rules,
        MatcherOptions {
            fuzzy: !args.no_fuzzy,
        },
    );
    let paths = if args.paths.is_empty() {
        vec![".".into()]
    } else {
        args.paths.clone()
    };
    let (inputs, walk_errors) = walk::expand(&paths);
    let mut errors: Vec<FileError> = walk_errors.iter().map(|e| file_error(e, None)).collect();
    for e in &walk_errors {
        error_line(err, e)?;
    }
    let allowed = if args.unsafe_fixes {
        FixSafety::Unsafe
    } else {
        FixSafety::Safe
    };
    let results: Vec<(Input, Result<Outcome, Error>)> = inputs
        .into_par_iter()
        .map(|input| {
            let result = check_input(&engine, &input, args, allowed);
            (input, result)
        })
        .collect();
    let mut reports = Vec::new();
    let mut outputs = Vec::new();
    for (input, result) in results {
        match result {
            Ok(o) => {
                outputs.extend(o.output);
                reports.push(o.report);
            }
            Err(e) => {
                error_line(err, &e)?;
                errors.push(file_error(&e, Some(&input)));
            }
        }
    }
    let summary = Summary::of(&reports, errors, started.elapsed());
    let to_stdout = args.fix && reports.iter().any(|r| r.path == "-");
    if args.diff || to_stdout {
        for o in &outputs {
            out.write_all(o.as_bytes())?;
        }
        if args.diff {
            let would: usize = reports.iter().map(|r| r.fixed).sum();
            writeln!(
                err,
                "{would} fixes would be applied ({} findings in all).",
                summary.findings
            )?;
        }
    } else {
        let mut emitter: Box<dyn Emitter> = match args.format {
            OutputFormat::Human if args.score_table => Box::new(ScoreTable),
            OutputFormat::Human if args.statistics => Box::new(Statistics),
            OutputFormat::Human => Box::new(Human { quiet: args.quiet }),
            OutputFormat::Json => Box::new(Json),
            OutputFormat::Jsonl => Box::new(JsonLines),
            OutputFormat::Concise => Box::new(Concise),
            OutputFormat::Sarif => Box::new(Sarif {
                rules: engine.rules(),
            }),
            OutputFormat::Github => Box::new(Github),
            OutputFormat::Checkstyle => Box::new(Checkstyle),
        };
        emitter.emit(out, &reports, &summary)?;
    }
    let min_severity = args
        .severity
        .map_or(crate::diagnostic::Severity::Info, Into::into);
    let min_confidence = args.min_confidence.unwrap_or(0.0);
    let failing = || {
        reports
            .iter()
            .flat_map(|r| &r.diagnostics)
            .any(|d| d.severity >= min_severity && d.confidence >= min_confidence)
    };
    let failed = match args.max_score {
        _ if args.exit_zero => false,
        Some(max) => reports.iter().any(|r| r.score.score > max),
        None if args.score_table => false,
        None if args.diff => outputs.iter().any(|o| !o.is_empty()),
        None => failing(),
    };
    Ok(if !summary.errors.is_empty() {
        ExitStatus::Error
    } else if failed {
        ExitStatus::Failure
    } else {
        ExitStatus::Success
    })
}

fn file_error(e: &Error, input: Option<&Input>) -> FileError {
    let path = match e {
        Error::Io { path, .. } | Error::Binary { path } | Error::NotUtf8 { path, .. } => {
            path.display().to_string()
        }
        _ => input.map(Input::display).unwrap_or_default(),
    };
    FileError {
        path,
        message: e.to_string(),
    }
}

fn check_input(
    engine: &Engine,
    input: &Input,
    args: &CheckArgs,
    allowed: FixSafety,
) -> Result<Outcome, Error> {
    let original = walk::read(input)?;
    let path = input.display();
    let mut diagnostics = engine.check(&original);
    if !args.fix && !args.diff {
        let score = engine.spin_score(&original, &diagnostics);
        return Ok(Outcome {
            report: FileReport {
                path,
                source: original,
                diagnostics,
                fixed: 0,
                score,
            },
            output: None,
        });
    }
    // The score describes the text as it came in, before any fix.
    let score = engine.spin_score(&original, &diagnostics);
    let mut text = original.clone();
    let mut fixed = 0;
    for _ in 0..MAX_FIX_PASSES {
        let edits = fix::edits(&diagnostics, allowed);
        let result = fix::apply(&text, &edits);
        if result.applied == 0 {
            break;
        }
        fixed += result.applied;
        text = result.text;
        diagnostics = engine.check(&text);
    }
    let output = if args.diff {
        Some(unified_diff(&path, &original, &text))
    } else if *input == Input::Stdin {
        Some(text.clone())
    } else {
        if let Input::File(p) = input {
            if fixed > 0 {
                fix::write_atomic(p, original.as_bytes(), text.as_bytes())?;
            }
        }
        None
    };
    Ok(Outcome {
        report: FileReport {
            path,
            source: text,
            diagnostics,
            fixed,
            score,
        },
        output,
    })
}

fn unified_diff(path: &str, old: &str, new: &str) -> String {
    if old == new {
        return String::new();
    }
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(2)
        .header(&format!("a/{path}"), &format!("b/{path}"))
        .to_string()
}

fn rules(
    args: &RulesArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitStatus> {
    if let Some(RulesAction::Test { paths }) = &args.action {
        return rules_test(args, paths, out, err);
    }
    let set = match load_rules(&args.rules, true) {
        Ok(s) => s,
        Err(e) => {
            error_line(err, &e)?;
            return Ok(ExitStatus::Error);
        }
    };
    use colored::Colorize;
    for (p, pack) in set.packs.iter().enumerate() {
        let rules: Vec<_> = set.rules.iter().filter(|r| r.pack == p).collect();
        let lang = pack
            .source_lang
            .as_ref()
            .map(|l| format!(" (on with --source-lang {l})"))
            .unwrap_or_default();
        writeln!(out, "{} — {} rules{lang}", pack.id.bold(), rules.len())?;
        if let Some(t) = &pack.title {
            writeln!(out, "  {t}")?;
        }
        if let Some(s) = &pack.source {
            writeln!(out, "  source: {}", s.trim())?;
        }
        if let Some(l) = &pack.license {
            writeln!(out, "  license: {l}")?;
        }
        for r in rules {
            let arrow = if r.replacement_sources.is_empty() {
                String::new()
            } else {
                format!(" → {}", r.replacement_sources.join(" | "))
            };
            let what = if r.phrase_sources.is_empty() {
                "(regex)".to_string()
            } else {
                r.phrase_sources.join(" | ")
            };
            writeln!(out, "  {:<28} {what}{arrow}", r.id.yellow())?;
        }
        writeln!(out)?;
    }
    writeln!(
        out,
        "{} rules in {} packs. `mtlint explain RULE` tells more.",
        set.rules.len(),
        set.packs.len()
    )?;
    Ok(ExitStatus::Success)
}

fn rules_test(
    args: &RulesArgs,
    paths: &[std::path::PathBuf],
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitStatus> {
    let mut rule_args = args.rules.clone();
    if !paths.is_empty() {
        rule_args.rules.extend(paths.iter().cloned());
        rule_args.no_builtin = true;
    }
    let set = match load_rules(&rule_args, false) {
        Ok(s) => s,
        Err(e) => {
            error_line(err, &e)?;
            return Ok(ExitStatus::Error);
        }
    };
    let report = examples::verify_all(&set);
    for f in &report.failures {
        writeln!(out, "{}: {}: {}", f.location, f.rule, f.problem)?;
    }
    writeln!(
        out,
        "{} rules, {} examples: {} passed, {} failed",
        report.rules,
        report.examples,
        report.examples.saturating_sub(report.failures.len()),
        report.failures.len()
    )?;
    Ok(if report.failures.is_empty() {
        ExitStatus::Success
    } else {
        ExitStatus::Failure
    })
}

fn explain(
    args: &ExplainArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitStatus> {
    use colored::Colorize;
    let set = match load_rules(&args.rules, true) {
        Ok(s) => s,
        Err(e) => {
            error_line(err, &e)?;
            return Ok(ExitStatus::Error);
        }
    };
    let Some(rule) = set.rule(&args.rule) else {
        let hint = did_you_mean(&args.rule, set.rules.iter().map(|r| r.id.as_str()));
        error_line(
            err,
            &format!("no rule `{}`{hint}; `mtlint rules` lists them", args.rule),
        )?;
        return Ok(ExitStatus::Error);
    };
    let pack = set.pack_of(rule);
    writeln!(
        out,
        "{} (pack {}, {})",
        rule.id.bold(),
        pack.id,
        rule.location
    )?;
    writeln!(out, "\n{}", rule.message)?;
    if let Some(d) = &rule.description {
        writeln!(out, "\n{d}")?;
    }
    writeln!(out)?;
    if rule.phrase_sources.is_empty() {
        if let Some(re) = &rule.regex {
            writeln!(out, "Matches:      /{}/", re.as_str())?;
        }
    } else {
        writeln!(out, "Matches:      {}", rule.phrase_sources.join(" | "))?;
    }
    if !rule.replacement_sources.is_empty() {
        writeln!(
            out,
            "Suggests:     {}",
            rule.replacement_sources.join(" | ")
        )?;
    }
    for note in &rule.context_notes {
        writeln!(out, "Context:      {note}")?;
    }
    writeln!(
        out,
        "Fix:          {}; confidence {:.2}; severity {}; {}; {}",
        rule.fix.as_str(),
        rule.confidence,
        rule.severity.as_str(),
        if rule.case_sensitive {
            "case-sensitive"
        } else {
            "any letter case"
        },
        if rule.fuzzy {
            "near misses (typos) matched too"
        } else {
            "exact phrases only"
        }
    )?;
    if !rule.flag.is_empty() {
        writeln!(out, "\nFlagged:")?;
        for ex in &rule.flag {
            match &ex.fixed {
                Some(f) => writeln!(out, "  {} {}\n    → {}", "✗".red(), ex.text, f.green())?,
                None => writeln!(out, "  {} {}", "✗".red(), ex.text)?,
            }
        }
    }
    if !rule.pass.is_empty() {
        writeln!(out, "\nNot flagged:")?;
        for ex in &rule.pass {
            writeln!(out, "  {} {}", "✓".green(), ex.text)?;
        }
    }
    if let Some(s) = rule.source.as_ref().or(pack.source.as_ref()) {
        writeln!(out, "\nSource: {}", s.trim())?;
    }
    Ok(ExitStatus::Success)
}
