//! `mtlint review FILE...`: the findings of each file one by one, for a person to decide on
//! (accept a suggestion, type their own, skip, reject, undo), then the whole change as a diff
//! to confirm before it is written.
//!
//! [`session`] holds the decisions and the resulting text (no terminal), [`screen`] what is
//! shown, [`allow`] the project allow list, [`term`] the keyboard. The flow here works on the
//! [`term::Keys`] trait, so it runs the same on a terminal and on scripted keys in tests.

pub mod allow;
pub mod screen;
pub mod session;
pub mod term;

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use crate::app::{self, ExitStatus};
use crate::cli::ReviewArgs;
use crate::error::Error;
use crate::lint::Engine;
use crate::settings::Settings;
use crate::source::InputFormat;
use crate::walk::{self, Input};
use screen::Style;
use session::{Decision, Passed, Session};
use term::{Key, Keys, ask, clear, read_line, show};

/// What the terminal refusal says.
pub const NEEDS_TERMINAL: &str =
    "mtlint review needs an interactive terminal; use `mtlint check --fix` or `--diff` in scripts";

/// Runs `mtlint review`.
pub fn run(
    args: &ReviewArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitStatus> {
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        writeln!(err, "error: {NEEDS_TERMINAL}")?;
        return Ok(ExitStatus::Error);
    }
    let (settings, engine) = match prepare(args) {
        Ok(x) => x,
        Err(e) => {
            writeln!(err, "error: {e}")?;
            return Ok(ExitStatus::Error);
        }
    };
    let color = colored::control::SHOULD_COLORIZE.should_colorize();
    let mut report = Vec::new();
    let status = {
        let mut keys = term::RawTerminal::enable()?;
        let mut review = Review {
            keys: &mut keys,
            out,
            color,
            settings: &settings,
            engine,
            args,
            report: &mut report,
        };
        let status = review.all();
        // The screen is left as it is; the summary follows below it.
        show(review.out, "\n")?;
        status?
    };
    for line in &report {
        writeln!(out, "{line}")?;
    }
    Ok(status)
}

/// Settings and engine, after checking that every path is a file.
fn prepare(args: &ReviewArgs) -> Result<(Settings, Engine), Error> {
    for p in &args.paths {
        if p.as_os_str() == "-" {
            return Err(Error::Usage(
                "mtlint review reads files, not standard input; name the file".into(),
            ));
        }
        match std::fs::metadata(p) {
            Err(source) => {
                return Err(Error::Io {
                    path: p.clone(),
                    source,
                });
            }
            Ok(m) if m.is_dir() => {
                return Err(Error::Usage(format!(
                    "{} is a folder; name the files to review (e.g. {}/*.txt)",
                    p.display(),
                    p.display()
                )));
            }
            Ok(_) => {}
        }
    }
    app::prepare(&args.to_check())
}

/// How the review of one file ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum End {
    /// Every finding was decided.
    Done,
    /// `q`: stop reviewing; `save` the accepted changes or not.
    Quit { save: bool },
    /// Ctrl-C: stop at once, write nothing.
    Interrupted,
}

struct Review<'a> {
    keys: &'a mut dyn Keys,
    out: &'a mut dyn Write,
    color: bool,
    settings: &'a Settings,
    engine: Engine,
    args: &'a ReviewArgs,
    /// Lines printed after the review ends.
    report: &'a mut Vec<String>,
}

/// `path` relative to the current folder when it lies below it, for messages.
fn shown(path: &Path) -> String {
    std::env::current_dir()
        .ok()
        .and_then(|cwd| {
            let cwd = std::fs::canonicalize(cwd).ok()?;
            path.strip_prefix(cwd).ok().map(|p| p.display().to_string())
        })
        .unwrap_or_else(|| path.display().to_string())
}

fn quoted(s: &str) -> String {
    format!("“{}”", s.split_whitespace().collect::<Vec<_>>().join(" "))
}

impl Review<'_> {
    fn style(&self) -> Style {
        Style {
            width: term::width(),
            color: self.color,
        }
    }

    /// Reviews every file in turn; the exit status.
    fn all(&mut self) -> std::io::Result<ExitStatus> {
        let mut status = ExitStatus::Success;
        let mut notes = Vec::new();
        let mut remembered: Vec<String> = Vec::new();
        for path in &self.args.paths {
            let name = path.display().to_string();
            let original = match walk::read(&Input::File(path.clone())) {
                Ok(t) => t,
                Err(e) => {
                    notes.push(format!("Could not read {name}: {e}"));
                    self.report.push(format!("error: {e}"));
                    status = ExitStatus::Error;
                    continue;
                }
            };
            let format = self
                .args
                .input_format
                .unwrap_or_else(|| InputFormat::detect(path));
            let ignored = self.settings.ignored_for(path);
            let findings =
                match app::check_text(&self.engine, &original, format, &name, &ignored, false) {
                    Ok(f) => f,
                    Err(e) => {
                        notes.push(format!("Could not check {name}: {e}"));
                        self.report.push(format!("error: {e}"));
                        status = ExitStatus::Error;
                        continue;
                    }
                };
            if findings.is_empty() {
                notes.push(format!("{name}: nothing to review."));
                self.report.push(format!("{name}: no findings."));
                continue;
            }
            let allow_path = allow::config_path(self.settings.config.as_deref(), path);
            let mut session = Session::new(original, findings);
            let end = self.file(&name, &mut session, &allow_path, &mut notes)?;
            remembered.extend(session.remembered());
            if !remembered.is_empty() {
                let mut all = self.settings.allow.clone();
                all.extend(remembered.iter().cloned());
                self.engine.set_allow(&all);
            }
            let save = matches!(end, End::Done | End::Quit { save: true });
            let outcome = if save && session.accepted() > 0 {
                self.save(path, &name, &session)?
            } else if end == End::Done {
                Ok(format!("{name}: no changes accepted; nothing written."))
            } else {
                Ok(format!("{name}: nothing written."))
            };
            match outcome {
                Ok(line) => {
                    notes.push(line.clone());
                    self.report.push(line);
                }
                Err(line) => {
                    notes.push(line.clone());
                    self.report.push(format!("error: {line}"));
                    status = ExitStatus::Error;
                }
            }
            if !session.remembered().is_empty() {
                self.report.push(format!(
                    "{name}: {} added to the allow list in {}.",
                    session
                        .remembered()
                        .iter()
                        .map(|p| quoted(p))
                        .collect::<Vec<_>>()
                        .join(", "),
                    shown(&allow_path)
                ));
            }
            if end != End::Done {
                break;
            }
        }
        Ok(status)
    }

    /// Asks about each finding of one file until all are decided, or the user quits.
    fn file(
        &mut self,
        name: &str,
        session: &mut Session,
        allow_path: &Path,
        notes: &mut Vec<String>,
    ) -> std::io::Result<End> {
        // Whether remembering finding i changed the config (so undo takes it back out).
        let mut added: Vec<(usize, bool)> = Vec::new();
        let total = session.findings().len();
        loop {
            for (i, why) in session.passed_since_last() {
                let f = &session.findings()[i];
                notes.push(match why {
                    Passed::Overlaps(j) => format!(
                        "Finding {}/{total} ({}) was dropped: it overlaps the change you accepted for finding {}.",
                        i + 1,
                        quoted(&f.matched),
                        j + 1
                    ),
                    Passed::Allowed => format!(
                        "Finding {}/{total} ({}) was passed over: you put that phrase on the allow list.",
                        i + 1,
                        quoted(&f.matched)
                    ),
                });
            }
            let Some(i) = session.current() else {
                return Ok(End::Done);
            };
            let d = session.findings()[i].clone();
            clear(self.out)?;
            let screen = screen::finding(
                name,
                i + 1,
                total,
                session.original(),
                &d,
                notes,
                self.style(),
            );
            notes.clear();
            show(self.out, &screen)?;
            let key = self.keys.key()?;
            show(self.out, "\n")?;
            match key {
                Key::Char(c @ '1'..='9') => {
                    let n = (c as usize) - ('1' as usize);
                    match d.suggestions.get(n) {
                        Some(s) if session.decide(Decision::Accept(n)) => notes.push(format!(
                            "Accepted: {} → {}.",
                            quoted(&d.matched),
                            quoted(&s.replacement)
                        )),
                        _ => notes.push(format!("There is no suggestion {c} for this one.")),
                    }
                }
                Key::Char('e') => {
                    let prompt = format!(
                        "  Type what should replace {} (Enter to use it, Esc to go back):\n  > ",
                        quoted(&d.matched)
                    );
                    match read_line(self.keys, self.out, &prompt)? {
                        Some(t) if !t.trim().is_empty() => {
                            notes.push(format!(
                                "Accepted your text: {} → {}.",
                                quoted(&d.matched),
                                quoted(&t)
                            ));
                            session.decide(Decision::Custom(t));
                        }
                        Some(_) => notes.push("Nothing typed; nothing changed.".into()),
                        None => {}
                    }
                }
                Key::Char('s') => {
                    session.decide(Decision::Skip);
                    notes.push(format!(
                        "Skipped {}: left as it is; it is shown again next time.",
                        quoted(&d.matched)
                    ));
                }
                Key::Char('r') => {
                    let q = format!(
                        "  Rejected: {} stays as it is.\n  Remember it in the project allow list ({}), so it is never flagged\n  again? y/n ",
                        quoted(&d.matched),
                        shown(allow_path)
                    );
                    let Some(answer) = ask(self.keys, self.out, &q, &['y', 'n'])? else {
                        continue;
                    };
                    let mut remember = answer == 'y';
                    if remember {
                        match allow::update(allow_path, &session::allow_key(&d.matched), false) {
                            Ok(changed) => {
                                added.push((i, changed));
                                notes.push(format!(
                                    "Rejected {}; added to the allow list in {}.",
                                    quoted(&d.matched),
                                    shown(allow_path)
                                ));
                            }
                            Err(e) => {
                                remember = false;
                                notes.push(format!(
                                    "Rejected {}, but not remembered: {e}",
                                    quoted(&d.matched)
                                ));
                            }
                        }
                    } else {
                        notes.push(format!("Rejected {}: left as it is.", quoted(&d.matched)));
                    }
                    session.decide(Decision::Reject { remember });
                }
                Key::Char('u') => match session.undo() {
                    Some((j, decision)) => {
                        let f = &session.findings()[j];
                        notes.push(format!(
                            "Undone: your choice for finding {}/{total} ({}).",
                            j + 1,
                            quoted(&f.matched)
                        ));
                        if decision == (Decision::Reject { remember: true })
                            && added.iter().any(|&(k, changed)| k == j && changed)
                        {
                            added.retain(|&(k, _)| k != j);
                            if let Err(e) =
                                allow::update(allow_path, &session::allow_key(&f.matched), true)
                            {
                                notes.push(format!("It is still in the allow list: {e}"));
                            } else {
                                notes.push(format!(
                                    "Taken off the allow list in {} again.",
                                    shown(allow_path)
                                ));
                            }
                        }
                    }
                    None => notes.push("Nothing to undo yet.".into()),
                },
                Key::Char('q') => {
                    let n = session.accepted();
                    if n == 0 {
                        return Ok(End::Quit { save: false });
                    }
                    let q = format!(
                        "  Save the {n} accepted change{} to {name}? You will see {} first.\n  y yes · n no, throw them away · c cancel, go on reviewing: ",
                        if n == 1 { "" } else { "s" },
                        if n == 1 { "it" } else { "them" }
                    );
                    match ask(self.keys, self.out, &q, &['y', 'n', 'c'])? {
                        Some('y') => return Ok(End::Quit { save: true }),
                        Some('n') => return Ok(End::Quit { save: false }),
                        _ => notes.push("Going on.".into()),
                    }
                }
                Key::Char('?') => {
                    clear(self.out)?;
                    let help = screen::help(self.style());
                    show(self.out, &help)?;
                    if self.keys.key()? == Key::Interrupt {
                        return Ok(End::Interrupted);
                    }
                }
                Key::Interrupt => return Ok(End::Interrupted),
                Key::Char(c) => {
                    notes.push(format!("The key {c} does nothing here; press ? for help."))
                }
                _ => notes.push("That key does nothing here; press ? for help.".into()),
            }
        }
    }

    /// Shows the whole change and writes it when confirmed. `Ok` and `Err` hold the line
    /// that reports it.
    fn save(
        &mut self,
        path: &PathBuf,
        name: &str,
        session: &Session,
    ) -> std::io::Result<Result<String, String>> {
        let new = session.result();
        let n = session.accepted();
        clear(self.out)?;
        let style = self.style();
        let intro = format!(
            "Your changes to {name}: lines starting with - go, the lines starting with + come in their place."
        );
        let mut head = screen::wrap_text(&intro, style.width, "").join("\n");
        head.push_str("\n\n");
        show(self.out, &head)?;
        let diff = app::unified_diff(name, session.original(), &new);
        show(self.out, &screen::diff(&diff, style))?;
        if diff.lines().count() + 4 > term::height() {
            show(self.out, "(Scroll up to see all of it.)\n")?;
        }
        let changes = if n == 1 { "change" } else { "changes" };
        let q = format!("\nWrite {{these}} {n} {changes} to {name}? y/n ")
            .replace("{these}", if n == 1 { "this" } else { "these" });
        if ask(self.keys, self.out, &q, &['y', 'n'])? != Some('y') {
            return Ok(Ok(format!(
                "{name}: nothing written ({n} accepted {changes} dropped)."
            )));
        }
        Ok(
            match crate::fix::write_atomic(path, session.original().as_bytes(), new.as_bytes()) {
                Ok(()) => Ok(format!("{name}: {n} {changes} written.")),
                Err(_)
                    if std::fs::read(path)
                        .is_ok_and(|now| now != session.original().as_bytes()) =>
                {
                    Err(format!(
                        "{name} was changed by another program while you reviewed it; your {n} {changes} were NOT written, so that the other change is not lost. Run `mtlint review {name}` again."
                    ))
                }
                Err(e) => Err(format!("{name}: your {n} {changes} were NOT written: {e}")),
            },
        )
    }
}
