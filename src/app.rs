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
use crate::settings::{self, Settings};
use crate::source::{self, InputFormat};
use crate::stream;
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
        Command::Review(args) => crate::review::run(&args, out, err),
        Command::Rules(args) => rules(&args, out, err),
        Command::Explain(args) => explain(&args, out, err),
        Command::Init => init(out, err),
        Command::Lsp(_) => crate::lsp::serve(&mut std::io::stdin().lock(), out, err),
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

fn init(out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<ExitStatus> {
    let path = std::path::Path::new(settings::CONFIG_NAMES[0]);
    if path.exists() {
        error_line(
            err,
            &format!("{} already exists; not overwritten", path.display()),
        )?;
        return Ok(ExitStatus::Error);
    }
    std::fs::write(path, settings::STARTER)?;
    writeln!(
        out,
        "Wrote {}: edit it to choose packs, files and suppressions.",
        path.display()
    )?;
    Ok(ExitStatus::Success)
}

fn error_line(err: &mut dyn Write, e: &dyn std::fmt::Display) -> std::io::Result<()> {
    // File names and rule text come from the input: no control character reaches the terminal.
    let text = e.to_string().replace(
        |c: char| c.is_control() && c != '\n' && c != '\t',
        "\u{fffd}",
    );
    writeln!(
        err,
        "{} {text}",
        colored::Colorize::bold(colored::Colorize::red("error:"))
    )
}

fn load_options(args: &RuleArgs, verify_examples: bool, lean: bool) -> load::LoadOptions {
    load::LoadOptions {
        rule_paths: args.rules.clone(),
        no_builtin: args.no_builtin,
        verify_examples,
        lean,
    }
}

fn load_rules(args: &RuleArgs, verify_examples: bool, lean: bool) -> Result<RuleSet, Error> {
    load::load(&load_options(args, verify_examples, lean))
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

/// The config file a run uses: `--config`, else the nearest one above the first path.
fn config_for(
    args: &CheckArgs,
) -> Result<Option<(std::path::PathBuf, crate::settings::ConfigFile)>, Error> {
    if args.isolated {
        return Ok(None);
    }
    let path = match &args.config {
        Some(p) => Some(p.clone()),
        None => {
            let start = args
                .paths
                .iter()
                .find(|p| p.as_os_str() != "-")
                .cloned()
                .unwrap_or_else(|| ".".into());
            settings::find_config(&start)
        }
    };
    path.map(|p| settings::read_config(&p).map(|c| (p, c)))
        .transpose()
}

/// Settings, rules and the engine for a check, or the error that stops the run. The entry
/// point for every front end (CLI, review, language server).
pub fn prepare(args: &CheckArgs) -> Result<(Settings, Engine), Error> {
    prepare_rules(args, false)
}

/// [`prepare`], with the built-in packs `lean` (without examples and descriptions) when the
/// run shows neither: a quicker start.
fn prepare_rules(args: &CheckArgs, lean: bool) -> Result<(Settings, Engine), Error> {
    let config = config_for(args)?;
    let settings = Settings::resolve(
        config.as_ref().map(|(p, c)| (p.as_path(), c.clone())),
        &args.rules,
        args.no_fuzzy,
        &args.exclude,
        args.min_confidence,
    )?;
    let mut rules = load::load_selected(
        &load_options(&settings.rules, true, lean),
        &selection(&settings.rules),
    )?;
    for (id, severity) in &settings.severity {
        match rules.rules.iter_mut().find(|r| &r.id == id) {
            Some(rule) => rule.severity = *severity,
            None => {
                return Err(Error::UnknownSelector {
                    name: id.clone(),
                    hint: did_you_mean(id, rules.rules.iter().map(|r| r.id.as_str())),
                });
            }
        }
    }
    let mut engine = Engine::new(
        rules,
        MatcherOptions {
            fuzzy: settings.fuzzy,
        },
    );
    engine.set_allow(&settings.allow);
    Ok((settings, engine))
}

fn check(
    args: &CheckArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitStatus> {
    let started = Instant::now();
    if let Some(n) = args.threads {
        // Fails only if the pool was built already (a second run in one process): keep it.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global();
    }
    // SARIF reports carry each rule's description; other reports need only the rules.
    let lean = args.format != OutputFormat::Sarif;
    let (settings, engine) = match prepare_rules(args, lean) {
        Ok(x) => x,
        Err(e) => {
            error_line(err, &e)?;
            return Ok(ExitStatus::Error);
        }
    };
    if args.verbose {
        writeln!(
            err,
            "mtlint: config {}; {} rules in {} packs ready in {} ms",
            settings
                .config
                .as_ref()
                .map_or_else(|| "none".to_string(), |p| p.display().to_string()),
            engine.rules().rules.len(),
            engine.rules().packs.len(),
            started.elapsed().as_millis()
        )?;
    }
    let paths = if args.paths.is_empty() {
        vec![".".into()]
    } else {
        args.paths.clone()
    };
    let (inputs, walk_errors) = walk::expand(&paths, &|p| settings.walks_into(p));
    let mut errors: Vec<FileError> = walk_errors.iter().map(|e| file_error(e, None)).collect();
    for e in &walk_errors {
        error_line(err, e)?;
    }
    let allowed = if args.unsafe_fixes {
        FixSafety::Unsafe
    } else {
        FixSafety::Safe
    };
    let min_severity = args
        .severity
        .map_or(crate::diagnostic::Severity::Info, Into::into);
    let min_confidence = settings.min_confidence.unwrap_or(0.0);
    let fails =
        |d: &crate::Diagnostic| d.severity >= min_severity && d.confidence >= min_confidence;
    // Large plain-text files go part by part (all threads on one file), the rest file by file.
    let (streamed, whole): (Vec<Input>, Vec<Input>) =
        inputs.into_iter().partition(|i| streams(i, args));
    let mut results: Vec<(Input, Result<Outcome, Error>)> = Vec::new();
    for input in streamed {
        let jsonl = (args.format == OutputFormat::Jsonl).then_some(&mut *out);
        let result = check_streamed(&engine, &settings, &input, args, jsonl, &fails);
        results.push((input, result));
    }
    let progress = progress_bar(whole.len());
    let check_one = |input: Input| {
        let result = check_input(&engine, &settings, &input, args, allowed);
        if let Some(p) = &progress {
            p.inc(1);
        }
        (input, result)
    };
    // One input is checked on this thread: starting the thread pool for it only adds to the
    // start-up time (more so on a busy machine, where the pool's threads wait for a core).
    if whole.len() <= 1 {
        results.extend(whole.into_iter().map(check_one));
    } else {
        results.extend(whole.into_par_iter().map(check_one).collect::<Vec<_>>());
    }
    if let Some(p) = progress {
        p.finish_and_clear();
    }
    if args.verbose {
        writeln!(
            err,
            "mtlint: checked {} inputs in {} ms",
            results.len(),
            started.elapsed().as_millis()
        )?;
    }
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
            OutputFormat::Html => Box::new(crate::emit::html::Html),
        };
        emitter.emit(out, &reports, &summary)?;
    }
    let failing = || {
        reports.iter().any(|r| r.written.failing)
            || reports.iter().flat_map(|r| &r.diagnostics).any(fails)
    };
    let failed = match args.max_score {
        _ if args.exit_zero => false,
        Some(max) => reports.iter().any(|r| r.score.score > max),
        None if args.score_table => false,
        None if args.diff => outputs.iter().any(|o| !o.is_empty()),
        None => failing(),
    };
    // The rules are freed by the process's exit: dropping 8,000 rules one allocation at a time
    // would add a tenth to the start-up of a short run.
    std::mem::forget(engine);
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

/// A progress bar on stderr for runs over many files, only when stderr is a terminal.
fn progress_bar(total: usize) -> Option<indicatif::ProgressBar> {
    if total < 50 || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(total as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} files {elapsed}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    // Draw at once: a run of a few hundred milliseconds would otherwise show nothing.
    bar.tick();
    Some(bar)
}

/// The format an input is read in: `--input-format`, else by its (or `--stdin-filename`'s) name.
/// Whether `input` is a plain-text file large enough to be checked part by part. Fixes and
/// diffs need the whole text, so those runs never stream.
fn streams(input: &Input, args: &CheckArgs) -> bool {
    let Input::File(path) = input else {
        return false;
    };
    let min = args
        .stream_chunk
        .map_or(stream::STREAM_MIN_BYTES, |c| c as u64);
    !args.fix
        && !args.diff
        && format_of(input, args) == InputFormat::Plain
        && std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() > min)
}

/// Up to `batch` parts of a streamed file as read, and the read error that ended them early.
fn read_batch<R: std::io::Read>(
    chunks: &mut stream::Chunks<R>,
    batch: usize,
) -> (Vec<stream::Part>, Option<Error>) {
    let mut parts = Vec::with_capacity(batch);
    while parts.len() < batch {
        match chunks.next_part() {
            Some(Ok(p)) => parts.push(p),
            Some(Err(e)) => return (parts, Some(e)),
            None => break,
        }
    }
    (parts, None)
}

/// A part of a streamed file, its findings (in part offsets) and its word count.
type CheckedPart = (stream::Decoded, Vec<crate::Diagnostic>, usize);

/// Checks a large plain-text file part by part, a batch of parts at a time over all threads,
/// so memory is bounded by the batch, not the file. With `jsonl`, findings are written as each
/// batch is done and only counted; otherwise they are kept with the text of their lines.
fn check_streamed<W: Write + ?Sized>(
    engine: &Engine,
    settings: &Settings,
    input: &Input,
    args: &CheckArgs,
    mut jsonl: Option<&mut W>,
    fails: &(dyn Fn(&crate::Diagnostic) -> bool + Sync),
) -> Result<Outcome, Error> {
    let Input::File(path) = input else {
        unreachable!("only files stream")
    };
    let name = input.display();
    let file = std::fs::File::open(path).map_err(|source| Error::Io {
        path: path.clone(),
        source,
    })?;
    let ignored = settings.ignored_for(path);
    let chunk_bytes = args.stream_chunk.unwrap_or(stream::CHUNK_BYTES);
    let batch = 2 * rayon::current_num_threads();
    let mut chunks = stream::Chunks::new(std::io::BufReader::new(file), path, chunk_bytes);
    let mut report = FileReport {
        path: name.clone(),
        ..FileReport::default()
    };
    let mut score = crate::score::ScoreParts::default();
    let mut position = stream::Position::default();
    // The next batch is read while this one is checked.
    let mut next = read_batch(&mut chunks, batch);
    loop {
        let (parts, read_error) = next;
        if parts.is_empty() {
            match read_error {
                Some(e) => return Err(e),
                None => break,
            }
        }
        let check_part = |part: stream::Part| -> Result<CheckedPart, Error> {
            let decoded = part.decode(path)?;
            // Plain text is one segment: the words counted while normalizing it are the
            // words of the part.
            let (found, words) = check_text_counted(
                engine,
                &decoded.text,
                InputFormat::Plain,
                &name,
                &ignored,
                false,
            )?;
            Ok((decoded, found, words))
        };
        let more = read_error.is_none();
        let (checked, following) = rayon::join(
            || parts.into_par_iter().map(check_part).collect::<Vec<_>>(),
            || {
                if more {
                    read_batch(&mut chunks, batch)
                } else {
                    (Vec::new(), None)
                }
            },
        );
        next = following;
        // The first failing part in file order stops the file, before any of its batch is
        // reported (as when parts were decoded one by one while read).
        let checked = checked.into_iter().collect::<Result<Vec<_>, Error>>()?;
        if let Some(e) = read_error {
            return Err(e);
        }
        for (decoded, mut found, words) in checked {
            let chunk = position.place(decoded);
            chunk.to_file(&mut found);
            engine.add_words_to_score(&mut score, words, &found);
            match jsonl.as_deref_mut() {
                Some(out) => {
                    for d in &found {
                        report.written.add(d, fails(d));
                    }
                    crate::emit::lines::write_jsonl(&mut *out, &name, &found).map_err(
                        |source| Error::Io {
                            path: "-".into(),
                            source,
                        },
                    )?;
                }
                None => {
                    for d in &found {
                        let text = &chunk.text;
                        let at = d.span.start - chunk.offset;
                        let line_start = text[..at].rfind('\n').map_or(0, |p| p + 1);
                        let line_end = text[at..].find('\n').map_or(text.len(), |p| at + p);
                        // A line that began in an earlier part is kept from this part's start:
                        // the report shows a window around the finding anyway.
                        report.lines.entry(d.start.line).or_insert_with(|| {
                            (
                                chunk.offset + line_start,
                                text[line_start..line_end].to_string(),
                            )
                        });
                    }
                    report.diagnostics.extend(found);
                }
            }
        }
    }
    report.score = score.score();
    Ok(Outcome {
        report,
        output: None,
    })
}

fn format_of(input: &Input, args: &CheckArgs) -> InputFormat {
    if let Some(f) = args.input_format {
        return f;
    }
    match input {
        Input::File(p) => InputFormat::detect(p),
        Input::Stdin => args
            .stdin_filename
            .as_deref()
            .map_or(InputFormat::Plain, InputFormat::detect),
    }
}

/// Checks `text` as `format`: findings after suppressions and per-file ignores.
///
/// # Errors
/// The text is not valid `format`.
pub fn check_text(
    engine: &Engine,
    text: &str,
    format: InputFormat,
    name: &str,
    ignored: &[&str],
    report_unused: bool,
) -> Result<Vec<crate::Diagnostic>, Error> {
    check_text_counted(engine, text, format, name, ignored, report_unused).map(|(d, _)| d)
}

/// [`check_text`], and the words of the text's segments (see [`crate::lint::Checked::words`]).
///
/// # Errors
/// The text is not valid `format`.
pub fn check_text_counted(
    engine: &Engine,
    text: &str,
    format: InputFormat,
    name: &str,
    ignored: &[&str],
    report_unused: bool,
) -> Result<(Vec<crate::Diagnostic>, usize), Error> {
    let doc = source::parse(format, text).map_err(|e| {
        let lc = crate::line_index::LineIndex::new(text).line_col(text, e.offset.min(text.len()));
        Error::Parse {
            location: crate::error::Location {
                path: name.to_string(),
                line: lc.line,
                column: lc.column,
            },
            message: format!("not valid {format:?} ({})", e.message),
        }
    })?;
    let checked = engine.check_document(&doc);
    let words = checked.words;
    let mut diagnostics: Vec<crate::Diagnostic> = checked
        .diagnostics
        .into_iter()
        .filter(|d| !ignored.iter().any(|n| *n == d.rule || *n == d.pack))
        .collect();
    if report_unused {
        let index = crate::line_index::LineIndex::new(text);
        for dir in checked.unused {
            diagnostics.push(unused_suppression(text, &index, dir));
        }
        diagnostics.sort_by(|a, b| (a.span.start, &a.rule).cmp(&(b.span.start, &b.rule)));
    }
    Ok((diagnostics, words))
}

fn unused_suppression(
    text: &str,
    index: &crate::line_index::LineIndex,
    dir: source::Directive,
) -> crate::Diagnostic {
    crate::Diagnostic {
        rule: "unused-suppression".into(),
        pack: "mtlint".into(),
        message: if dir.rules.is_empty() {
            "this suppression suppresses nothing; remove it".into()
        } else {
            format!(
                "this suppression of {} suppresses nothing; remove it",
                dir.rules.join(", ")
            )
        },
        severity: crate::Severity::Info,
        confidence: 1.0,
        start: index.line_col(text, dir.at.start),
        end: index.line_col(text, dir.at.end),
        matched: text[dir.at.clone()].to_string(),
        span: dir.at,
        suggestions: Vec::new(),
        fix_safety: FixSafety::None,
        kind: crate::diagnostic::MatchKind::Exact,
        escape: source::Escape::None,
    }
}

fn check_input(
    engine: &Engine,
    settings: &Settings,
    input: &Input,
    args: &CheckArgs,
    allowed: FixSafety,
) -> Result<Outcome, Error> {
    let original = walk::read(input)?;
    let path = input.display();
    let format = format_of(input, args);
    let ignored = match input {
        Input::File(p) => settings.ignored_for(p),
        Input::Stdin => Vec::new(),
    };
    let check = |text: &str, report_unused: bool| {
        check_text(engine, text, format, &path, &ignored, report_unused)
    };
    let report_unused = args.report_unused_suppressions;
    let mut diagnostics = check(&original, report_unused && !args.fix)?;
    // The score describes the text as it came in, before any fix.
    let score = engine.spin_score(&original, &diagnostics);
    if !args.fix && !args.diff {
        return Ok(Outcome {
            report: FileReport {
                path,
                source: original,
                diagnostics,
                fixed: 0,
                score,
                ..FileReport::default()
            },
            output: None,
        });
    }
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
        diagnostics = check(&text, false)?;
    }
    if report_unused {
        diagnostics = check(&text, true)?;
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
            ..FileReport::default()
        },
        output,
    })
}

/// A unified diff of `old` to `new`, headed with `path`.
pub fn unified_diff(path: &str, old: &str, new: &str) -> String {
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
    if let Some(RulesAction::Phrases) = &args.action {
        let set = match load_rules(&args.rules, true, false)
            .and_then(|s| s.select(&selection(&args.rules)))
        {
            Ok(s) => s,
            Err(e) => {
                error_line(err, &e)?;
                return Ok(ExitStatus::Error);
            }
        };
        for phrase in crate::matcher::phrases(&set.rules) {
            writeln!(out, "{phrase}")?;
        }
        return Ok(ExitStatus::Success);
    }
    let set = match load_rules(&args.rules, true, false) {
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
    let set = match load_rules(&rule_args, false, false) {
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
    let set = match load_rules(&args.rules, true, false) {
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
