//! Command-line flags (clap derive). Only parsing lives here; `app` acts on them.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

const EXAMPLES: &str = "\
Examples:
  mtlint check article.txt                 check one file with the built-in rules
  mtlint check docs/ translations/         check every text file below two folders
  cat article.txt | mtlint check -         check standard input
  mtlint check --diff article.txt          show the safe fixes as a diff
  mtlint check --fix article.txt           apply the safe fixes in place
  mtlint review article.txt                decide on each finding yourself, then save
  mtlint check --format json article.txt   machine-readable findings (also jsonl, sarif, github, concise, checkstyle)
  mtlint check --source-lang de text.txt   also use the rules for German source texts
  mtlint rules                             list the packs and rules
  mtlint score articles/                   spin score and verdict of each file
  mtlint check --max-score 5 articles/     fail only on files scoring above 5
  mtlint explain performed-down            why a rule exists, with examples
  mtlint rules test my-rules/              run the examples of your own rule files

Exit status: 0 no findings, 1 findings, 2 error (bad flag, rule file or input).";

/// Finds the literal substitutions of machine translation and article spinners in English
/// text ("performed down hopes", "instructed reporters", "information company"), says why
/// each is wrong, suggests the fix and can apply it.
#[derive(Debug, Parser)]
#[command(name = "mtlint", version, about, after_help = EXAMPLES, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,

    /// When to use colors (NO_COLOR is honoured under `auto`).
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check files, folders or standard input.
    #[command(after_help = EXAMPLES)]
    Check(CheckArgs),
    /// List the rule packs and rules, or test rules against their examples.
    Rules(RulesArgs),
    /// Go through the findings of files one by one and decide on each: accept a suggestion,
    /// type your own, skip or reject; see every change before it is written.
    Review(ReviewArgs),
    /// Spin score of each file: confidence-weighted findings per 1,000 words, with a verdict.
    Score(ScoreArgs),
    /// Explain a rule: why it exists, what it matches, examples and source.
    Explain(ExplainArgs),
    /// Write a commented starting `mtlint.toml` in the current folder.
    Init,
    /// Run the language server on standard input and output (for editors).
    Lsp(LspArgs),
    /// Print a shell completion script.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SeverityArg {
    Info,
    Warning,
    Error,
}

impl From<SeverityArg> for crate::diagnostic::Severity {
    fn from(s: SeverityArg) -> Self {
        match s {
            SeverityArg::Info => Self::Info,
            SeverityArg::Warning => Self::Warning,
            SeverityArg::Error => Self::Error,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum OutputFormat {
    /// Findings with the source line and suggestions, for people.
    #[default]
    Human,
    /// One JSON document (schema in README.md).
    Json,
    /// One JSON object per finding per line, for streaming.
    Jsonl,
    /// One line per finding: `path:line:col: rule: message -> suggestion`.
    Concise,
    /// SARIF 2.1.0, for code-scanning dashboards.
    Sarif,
    /// GitHub Actions workflow commands (annotations on the pull request).
    Github,
    /// Checkstyle XML.
    Checkstyle,
    /// One self-contained HTML page: the text with findings highlighted, for review.
    Html,
}

/// Which rules to use.
#[derive(Debug, Clone, Args, Default)]
pub struct RuleArgs {
    /// Add rules from a TOML file or a folder of them (repeatable).
    #[arg(long = "rules", value_name = "PATH")]
    pub rules: Vec<PathBuf>,
    /// Do not use the built-in rule packs.
    #[arg(long)]
    pub no_builtin: bool,
    /// Use only these rules or packs (comma-separated or repeated).
    #[arg(long, value_name = "RULE|PACK", value_delimiter = ',')]
    pub select: Vec<String>,
    /// Leave out these rules or packs (comma-separated or repeated).
    #[arg(long, value_name = "RULE|PACK", value_delimiter = ',')]
    pub ignore: Vec<String>,
    /// The language the text was translated from (ISO 639-1, e.g. `de`): turns on the packs written for it.
    #[arg(long, value_name = "LANG")]
    pub source_lang: Option<String>,
}

#[derive(Debug, Args, Default)]
pub struct CheckArgs {
    /// Files or folders to check; `-` reads standard input. Default: the current folder.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    #[command(flatten)]
    pub rules: RuleArgs,

    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub format: OutputFormat,

    /// Apply the best suggestion of every finding whose fix is safe, in place.
    #[arg(long)]
    pub fix: bool,

    /// With --fix or --diff, also apply fixes marked unsafe.
    #[arg(long)]
    pub unsafe_fixes: bool,

    /// Print the fixes as a unified diff instead of writing them.
    #[arg(long, conflicts_with = "fix")]
    pub diff: bool,

    /// Match only the rules' phrases and their inflections, not near misses (typos).
    #[arg(long)]
    pub no_fuzzy: bool,

    /// Fail (exit 1) only when a file's spin score is above this, instead of on any finding.
    #[arg(long, value_name = "SCORE")]
    pub max_score: Option<f32>,

    /// Print how many findings each rule made instead of the findings.
    #[arg(long)]
    pub statistics: bool,

    /// Print the findings only: no summary line.
    #[arg(long, short)]
    pub quiet: bool,

    /// Exit 0 even when there are findings (errors still exit 2).
    #[arg(long)]
    pub exit_zero: bool,

    /// Only findings of at least this severity fail the run (all are reported).
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub severity: Option<SeverityArg>,

    /// Only findings of at least this confidence (0–1) fail the run (all are reported).
    #[arg(long, value_name = "CONFIDENCE")]
    pub min_confidence: Option<f32>,

    /// Read inputs as this format instead of guessing from their names.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub input_format: Option<crate::source::InputFormat>,

    /// The file name standard input stands for (chooses its format, shown in reports).
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<PathBuf>,

    /// Leave out files and folders matching this glob when walking folders (repeatable).
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,

    /// Use this config file instead of the nearest `mtlint.toml`.
    #[arg(long, value_name = "PATH", conflicts_with = "isolated")]
    pub config: Option<PathBuf>,

    /// Ignore every config file.
    #[arg(long)]
    pub isolated: bool,

    /// Report `mtlint: ignore` comments that suppress nothing.
    #[arg(long)]
    pub report_unused_suppressions: bool,

    /// Print timings and the config file used on stderr.
    #[arg(long, short)]
    pub verbose: bool,

    /// Print the spin-score table instead of the findings (`mtlint score`).
    #[arg(skip)]
    pub score_table: bool,

    /// Threads to check with (default: one per core). Files are spread over them, and so are
    /// the parts of one large plain-text file.
    #[arg(long, short = 'j', value_name = "N")]
    pub threads: Option<usize>,

    /// Stream plain-text files larger than this many bytes, in parts of this size (default
    /// 8 MiB files, 1 MiB parts). For tests and benchmarks.
    #[arg(long, value_name = "BYTES", hide = true)]
    pub stream_chunk: Option<usize>,
}

#[derive(Debug, Args)]
pub struct ScoreArgs {
    /// Files or folders to score; `-` reads standard input. Default: the current folder.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    #[command(flatten)]
    pub rules: RuleArgs,

    /// Output format (`json` is the same document as `check --format json`).
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub format: OutputFormat,

    /// Exit 1 when a file's spin score is above this.
    #[arg(long, value_name = "SCORE")]
    pub max_score: Option<f32>,
}

impl ScoreArgs {
    /// The check that computes the scores.
    #[must_use]
    pub fn into_check(self) -> CheckArgs {
        CheckArgs {
            paths: self.paths,
            rules: self.rules,
            format: self.format,
            max_score: self.max_score,
            score_table: true,
            ..CheckArgs::default()
        }
    }
}

#[derive(Debug, Args)]
pub struct ReviewArgs {
    /// The files to review.
    #[arg(value_name = "FILE", required = true)]
    pub paths: Vec<PathBuf>,

    #[command(flatten)]
    pub rules: RuleArgs,

    /// Match only the rules' phrases and their inflections, not near misses (typos).
    #[arg(long)]
    pub no_fuzzy: bool,

    /// Read the files as this format instead of guessing from their names.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub input_format: Option<crate::source::InputFormat>,

    /// Use this config file instead of the nearest `mtlint.toml` (rejected phrases are
    /// remembered in it).
    #[arg(long, value_name = "PATH", conflicts_with = "isolated")]
    pub config: Option<PathBuf>,

    /// Ignore every config file.
    #[arg(long)]
    pub isolated: bool,
}

impl ReviewArgs {
    /// The check that finds what is reviewed.
    #[must_use]
    pub fn to_check(&self) -> CheckArgs {
        CheckArgs {
            paths: self.paths.clone(),
            rules: self.rules.clone(),
            no_fuzzy: self.no_fuzzy,
            input_format: self.input_format,
            config: self.config.clone(),
            isolated: self.isolated,
            ..CheckArgs::default()
        }
    }
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    #[command(subcommand)]
    pub action: Option<RulesAction>,

    #[command(flatten)]
    pub rules: RuleArgs,
}

#[derive(Debug, Subcommand)]
pub enum RulesAction {
    /// Run every rule's own examples: `flag` sentences must be flagged and fixed as written,
    /// `pass` sentences must not be flagged. With PATHs, test only those rule files.
    Test {
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Print every literal phrase the matcher looks for, in all its inflected forms, one per
    /// line (lower case, deduplicated): a phrase list other tools can load, e.g. for benchmarks.
    Phrases,
}

#[derive(Debug, Args)]
pub struct LspArgs {
    /// Accepted and ignored: editors pass it; standard input and output are the only transport.
    #[arg(long, hide = true)]
    pub stdio: bool,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The rule id, e.g. `performed-down`.
    pub rule: String,

    #[command(flatten)]
    pub rules: RuleArgs,
}
